"""Seed the motivator map (App. 7) and the motivation-tool list (table 8.2) from shipped files.

The database copy is what HR edits; the files are only the defaults for a new database.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.cards import MotivationTool, Motivator, MotivatorGroup
from app.paths import resources_dir


def catalogue_path(name: str) -> Path:
    return resources_dir() / "catalogues" / f"{name}.json"


def seed_catalogues(session: Session) -> None:
    """Insert the default catalogues unless the database already has them."""
    if session.scalar(select(MotivatorGroup.id).limit(1)) is None:
        path = catalogue_path("motivator_map")
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            for gpos, group in enumerate(data["groups"]):
                g = MotivatorGroup(position=gpos, name_ru=group["name"]["ru"], name_kk=group["name"]["kk"])
                for mpos, m in enumerate(group["motivators"]):
                    # App. 7 gives the characteristic and methods per group (merged cells);
                    # each motivator carries them so HR can refine them one by one.
                    characteristic = m.get("characteristic") or group.get("characteristic") or {}
                    methods = m.get("methods") or group.get("methods") or {}
                    g.motivators.append(Motivator(
                        position=mpos, name_ru=m["name"]["ru"], name_kk=m["name"]["kk"],
                        characteristic_ru=characteristic.get("ru", ""),
                        characteristic_kk=characteristic.get("kk", ""),
                        methods_ru=methods.get("ru", ""), methods_kk=methods.get("kk", ""),
                    ))
                session.add(g)
    if session.scalar(select(MotivationTool.id).limit(1)) is None:
        path = catalogue_path("motivation_tools")
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            pos = 0
            for cat in data["categories"]:
                for tool in cat["tools"]:
                    session.add(MotivationTool(
                        position=pos, category_ru=cat["name"]["ru"], category_kk=cat["name"]["kk"],
                        name_ru=tool["name"]["ru"], name_kk=tool["name"]["kk"]))
                    pos += 1
    session.flush()
