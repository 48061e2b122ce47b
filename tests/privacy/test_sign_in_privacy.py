"""Sign-in (issue 14.5): what was typed as a user name is logged only if it is an existing
user's name, and unknown names cost the same argon2 verification as known ones (checked by
counting the verifications, never by timing)."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from app.data.accounts import UNKNOWN_USER, AccountError, authenticate, create_user
from app.models.users import AuditEntry

NOW = datetime(2026, 5, 4, 9, 0)


def _all_audit_text(session) -> str:
    return " | ".join(
        f"{e.action} {e.object_id} {e.detail}" for e in session.scalars(select(AuditEntry))
    )


def test_the_audit_log_and_its_export_never_hold_a_mistyped_password(db, tmp_path):
    from openpyxl import load_workbook

    from app.reports.excel import write_table

    with db.session() as s:
        create_user(s, "kadry", "Кадры", "correct horse")
        s.commit()
        with pytest.raises(AccountError):
            authenticate(s, "correct horse battery", "", NOW)  # password in the name field
        with pytest.raises(AccountError):
            authenticate(s, "=cmd|' /C calc'!A0", "x", NOW)
        s.commit()
        text = _all_audit_text(s)
        assert "correct horse battery" not in text and "calc" not in text
        assert text.count(UNKNOWN_USER) == 2
        rows = [[e.action, e.object_id, e.detail] for e in s.scalars(select(AuditEntry))]
    path = write_table(tmp_path / "audit.xlsx", "Audit", "Audit", ["a", "o", "d"], rows)
    values = [c.value for row in load_workbook(path).active.iter_rows() for c in row]
    assert not any(isinstance(v, str) and "correct horse battery" in v for v in values)


def test_unknown_names_are_verified_against_a_dummy_hash(db, monkeypatch):
    import app.data.accounts as accounts
    from app.data.auth import dummy_hash

    seen = []
    original = accounts.verify_secret
    monkeypatch.setattr(accounts, "verify_secret", lambda h, p: seen.append(h) or original(h, p))
    with db.session() as s:
        create_user(s, "kadry", "", "correct horse")
        for name in ("guess1", "guess2", "kadry"):
            with pytest.raises(AccountError) as err:
                authenticate(s, name, "wrong", NOW)
            assert err.value.code == "wrong"
    assert len(seen) == 3 and seen[:2] == [dummy_hash()] * 2 and seen[2] != dummy_hash()
