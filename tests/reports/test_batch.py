"""Batch printing goes on past a bad document, audits personal ones and leaves no partial files."""

from __future__ import annotations

from app.data.audit import entries
from app.reports.batch import PrintJob, print_documents


def _fail(_session):
    raise LookupError("card 42 not found")


def test_one_bad_document_does_not_stop_the_batch(db, tmp_path):
    jobs = [
        PrintJob("a.pdf", lambda s: b"%PDF-a", audit=("card", "1")),
        PrintJob("b.pdf", _fail),
        PrintJob("c.pdf", lambda s: b"%PDF-c"),
    ]
    results = list(print_documents(jobs, tmp_path / "out", db.session, audit_detail="test"))
    assert [r.error for r in results] == ["", "card 42 not found", ""]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.pdf", "c.pdf"]
    with db.session() as s:
        assert [(e.object_type, e.object_id) for e in entries(s, "print")] == [("card", "1")]


def test_stopping_early_writes_only_finished_documents(db, tmp_path):
    jobs = [PrintJob(f"{n}.pdf", lambda s, n=n: f"%PDF-{n}".encode()) for n in range(5)]
    batch = print_documents(jobs, tmp_path / "out", db.session)
    next(batch)
    next(batch)
    batch.close()  # the UI's cancel button
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["0.pdf", "1.pdf"]
