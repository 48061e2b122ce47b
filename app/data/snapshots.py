"""A campaign's answer vectors, demographics and own-variant texts in one row: the answer cache
(app/data/answer_store.py) compacted, so that opening a large campaign's analysis is one blob
read instead of a row per respondent. Written after the writes that change a closed campaign's
answers (and at start-up for any that is missing), never by a read.

Validity is exact, not guessed: `campaigns.vector_revision` is raised by a database trigger on
every insert or delete of one of the campaign's answer vectors (a finished session, an import,
a deleted session or campaign), whoever writes it (several kiosks on PostgreSQL included). A
snapshot records the revision it was built at and is used only while the revision, and the
count of the campaign's matching sessions, are unchanged. It covers the default analysis
(finished anonymous sessions) only. Writing it is best effort: a read-only or busy database
just means the next load reads the vectors again.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine, delete, insert, select

from app.models.campaign import Campaign, CampaignSnapshot

log = logging.getLogger(__name__)

# Below this, reading the vectors row by row is as fast as the snapshot: no row is written.
MIN_RESPONDENTS = 2000
# Stored before the layout: a snapshot written in another format is never read.
FORMAT = "column-major-1|"


def revision(conn: Connection, campaign_id: int) -> int:
    return int(
        conn.execute(select(Campaign.vector_revision).where(Campaign.id == campaign_id)).scalar()
        or 0
    )


def current(conn: Connection, campaign_id: int, at_revision: int) -> bool:
    """Whether the campaign has a snapshot built at `at_revision`."""
    return (
        conn.execute(
            select(CampaignSnapshot.revision).where(
                CampaignSnapshot.campaign_id == campaign_id,
                CampaignSnapshot.revision == at_revision,
            )
        ).first()
        is not None
    )


def read(conn: Connection, campaign_id: int, at_revision: int) -> dict | None:
    """The snapshot built at `at_revision`, or None."""
    row = conn.execute(
        select(
            CampaignSnapshot.respondents,
            CampaignSnapshot.ids,
            CampaignSnapshot.meta,
            CampaignSnapshot.layout,
            CampaignSnapshot.data,
            CampaignSnapshot.texts,
        ).where(
            CampaignSnapshot.campaign_id == campaign_id, CampaignSnapshot.revision == at_revision
        )
    ).first()
    if row is None:
        return None
    n, ids, meta, layout, data, texts = row
    ids = bytes(ids)
    if len(ids) != 32 * n or not layout.startswith(FORMAT):
        return None
    import numpy as np  # here: app.models is imported at start-up, numpy is not needed then

    return {
        "ids": np.frombuffer(ids, dtype="S32").astype(str).tolist(),
        "meta": meta,
        "layout": layout[len(FORMAT) :],
        "data": bytes(data),
        "texts": [tuple(t) for t in texts or []],
    }


def write(
    engine: Engine,
    campaign_id: int,
    at_revision: int,
    ids: list[str],
    meta: dict[str, list],
    layout: str,
    blobs,
    texts: list,
) -> bool:
    """Store the snapshot in its own transaction; never raises (it is a cache). Returns
    whether it was written."""
    from app.scoring.matrix import column_major

    try:
        with engine.begin() as conn:
            if revision(conn, campaign_id) != at_revision:
                return False  # a session finished meanwhile: what we read is already old
            conn.execute(
                delete(CampaignSnapshot).where(CampaignSnapshot.campaign_id == campaign_id)
            )
            conn.execute(
                insert(CampaignSnapshot).values(
                    campaign_id=campaign_id,
                    revision=at_revision,
                    respondents=len(ids),
                    ids="".join(ids).encode("ascii"),
                    meta=meta,
                    layout=FORMAT + layout,
                    data=column_major(blobs),
                    texts=[list(t) for t in texts],
                )
            )
    except Exception as exc:  # read-only file, a busy server: the next load reads the rows
        log.info("campaign %s: analysis snapshot not written (%s)", campaign_id, exc)
        return False
    return True
