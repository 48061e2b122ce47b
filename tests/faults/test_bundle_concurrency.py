"""A kiosk keeps answering while HR imports a bundle (issue 15.3, 15.7), on SQLite and
PostgreSQL: every answer the kiosk was told is saved is in the database, and the import is
whole."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from app.data.answer_store import answers_of
from app.data.bundles import import_bundle
from app.data.sessions import record_answer, start_session
from app.data.store import open_database
from app.models.campaign import SurveySession
from tests.faults.test_bundle_malformed import bundle_bytes, campaign, valid_session  # noqa: F401


def test_a_kiosk_answering_during_an_import_loses_nothing(db, campaign, tmp_path):  # noqa: F811
    path = tmp_path / "big.zip"
    path.write_bytes(bundle_bytes([valid_session(k) for k in range(600)]))
    kiosk = open_database(db.url)
    with kiosk.session() as s:
        sid = start_session(s, campaign, "ru", [("climate", "1.0")])
    saved: dict[str, int] = {}
    errors: list[str] = []
    stop = threading.Event()

    def answer() -> None:
        k = 0
        while not stop.is_set() or k < 20:
            item, value = f"q{1 + k % 10}", 1 + k % 8
            try:
                with kiosk.session() as s:
                    record_answer(s, sid, "climate", item, value)
            except Exception as exc:  # a refusal is allowed; a silent loss is not
                errors.append(f"{type(exc).__name__}: {exc}")
            else:
                saved[item] = value
            k += 1

    thread = threading.Thread(target=answer)
    thread.start()
    try:
        with db.session() as s:
            result = import_bundle(s, path, campaign)
            s.commit()
    finally:
        stop.set()
        thread.join()
    kiosk.dispose()
    assert result.added == 600 and errors == []
    with db.session() as s:
        stored = answers_of(s, sid, "climate")
        assert stored == saved
        assert (
            s.scalar(
                select(func.count())
                .select_from(SurveySession)
                .where(SurveySession.origin == result.origin)
            )
            == 600
        )
