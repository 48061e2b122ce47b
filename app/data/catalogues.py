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
                g = MotivatorGroup(
                    position=gpos, name_ru=group["name"]["ru"], name_kk=group["name"]["kk"]
                )
                for mpos, m in enumerate(group["motivators"]):
                    # App. 7 gives the characteristic and methods per group (merged cells);
                    # each motivator carries them so HR can refine them one by one.
                    characteristic = m.get("characteristic") or group.get("characteristic") or {}
                    methods = m.get("methods") or group.get("methods") or {}
                    g.motivators.append(
                        Motivator(
                            position=mpos,
                            name_ru=m["name"]["ru"],
                            name_kk=m["name"]["kk"],
                            characteristic_ru=characteristic.get("ru", ""),
                            characteristic_kk=characteristic.get("kk", ""),
                            methods_ru=methods.get("ru", ""),
                            methods_kk=methods.get("kk", ""),
                        )
                    )
                session.add(g)
    if session.scalar(select(MotivationTool.id).limit(1)) is None:
        path = catalogue_path("motivation_tools")
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            pos = 0
            for cat in data["categories"]:
                for tool in cat["tools"]:
                    session.add(
                        MotivationTool(
                            position=pos,
                            category_ru=cat["name"]["ru"],
                            category_kk=cat["name"]["kk"],
                            name_ru=tool["name"]["ru"],
                            name_kk=tool["name"]["kk"],
                        )
                    )
                    pos += 1
    session.flush()


class CatalogueError(ValueError):
    """A catalogue edit was refused; `code` says why (empty_name, not_found)."""


def _clean(name_ru: str, name_kk: str) -> tuple[str, str]:
    ru, kk = name_ru.strip(), name_kk.strip()
    if not ru:
        raise CatalogueError("empty_name")
    return ru, kk or ru


def add_motivator(session: Session, group_id: int, name_ru: str, name_kk: str) -> int:
    group = session.get(MotivatorGroup, group_id)
    if group is None:
        raise CatalogueError("not_found")
    ru, kk = _clean(name_ru, name_kk)
    first = group.motivators[0] if group.motivators else None
    motivator = Motivator(
        position=len(group.motivators),
        name_ru=ru,
        name_kk=kk,
        characteristic_ru=first.characteristic_ru if first else "",
        characteristic_kk=first.characteristic_kk if first else "",
        methods_ru=first.methods_ru if first else "",
        methods_kk=first.methods_kk if first else "",
    )
    group.motivators.append(motivator)
    session.flush()
    return motivator.id


def add_tool(session: Session, name_ru: str, name_kk: str) -> int:
    ru, kk = _clean(name_ru, name_kk)
    last = session.scalars(select(MotivationTool).order_by(MotivationTool.position.desc())).first()
    tool = MotivationTool(
        position=(last.position + 1) if last else 0,
        category_ru=last.category_ru if last else "",
        category_kk=last.category_kk if last else "",
        name_ru=ru,
        name_kk=kk,
    )
    session.add(tool)
    session.flush()
    return tool.id


def update_entry(
    session: Session, kind: str, entry_id: int, name_ru: str, name_kk: str, active: bool
) -> None:
    """Rename or (de)activate a motivator (`kind` "motivator") or tool ("tool"). Entries are
    never deleted: cards refer to them, and a deactivated one stays readable on old cards but
    is no longer offered."""
    model = {"motivator": Motivator, "tool": MotivationTool}.get(kind)
    entry = session.get(model, entry_id) if model is not None else None
    if entry is None:
        raise CatalogueError("not_found")
    entry.name_ru, entry.name_kk = _clean(name_ru, name_kk)
    entry.is_active = active


def motivator_groups(session: Session) -> list[MotivatorGroup]:
    """The motivator map in its order, each group with its motivators (retired ones included)."""
    return list(session.scalars(select(MotivatorGroup).order_by(MotivatorGroup.position)))


def motivation_tools(session: Session) -> list[MotivationTool]:
    """The motivation tools in their order (retired ones included)."""
    return list(session.scalars(select(MotivationTool).order_by(MotivationTool.position)))


def card_choices(session: Session, lang: str) -> dict[str, list[tuple[int, str, str]]]:
    """What a card may choose from, in the content language (kk falls back to ru where the
    Kazakh name is empty): active motivators with their group, and active tools."""

    def pick(ru: str, kk: str) -> str:
        return kk if lang == "kk" and kk else ru

    motivators = [
        (m.id, pick(m.name_ru, m.name_kk), pick(group.name_ru, group.name_kk))
        for group in motivator_groups(session)
        for m in group.motivators
        if m.is_active
    ]
    tools = [
        (t.id, pick(t.name_ru, t.name_kk), "") for t in motivation_tools(session) if t.is_active
    ]
    return {"motivator": motivators, "tool": tools}
