"""Sign-in: argon2 hashes, persistent lock-out with back-off, first-run admin, scope of heads."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.data.accounts import (
    AccountError,
    authenticate,
    change_password,
    create_first_admin,
    create_user,
)
from app.data.audit import entries
from app.models.users import User

T0 = datetime(2026, 5, 4, 9, 0, 0)


def test_first_admin_only_once_and_password_rules(db):
    with db.session() as s:
        with pytest.raises(AccountError) as err:
            create_first_admin(s, "admin", "Кадры", "short")
        assert err.value.code == "weak"
        uid = create_first_admin(s, " Admin ", "Кадры", "correct horse")
        user = s.get(User, uid)
        assert user.username == "admin" and user.password_hash.startswith("$argon2id$")
        assert "correct horse" not in user.password_hash
        with pytest.raises(AccountError) as err:
            create_first_admin(s, "other", "", "another password")
        assert err.value.code == "exists"


def test_lock_out_backs_off_and_survives_a_restart(db):
    with db.session() as s:
        create_first_admin(s, "admin", "", "correct horse")
        s.commit()
    with db.session() as s:
        for _attempt in range(2):
            with pytest.raises(AccountError) as err:
                authenticate(s, "admin", "wrong", T0)
            assert err.value.code == "wrong"
        with pytest.raises(AccountError) as err:
            authenticate(s, "admin", "wrong", T0)  # third failure: 30 s
        assert err.value.code == "locked" and err.value.wait_seconds == 30
        s.commit()
    with db.session() as s:  # a new session (restart) still sees the lock
        with pytest.raises(AccountError) as err:
            authenticate(s, "admin", "correct horse", T0 + timedelta(seconds=10))
        assert err.value.code == "locked" and err.value.wait_seconds == 20
        with pytest.raises(AccountError) as err:
            authenticate(s, "admin", "wrong", T0 + timedelta(seconds=31))  # fourth: 60 s
        assert err.value.wait_seconds == 60
        p = authenticate(s, "admin", "correct horse", T0 + timedelta(seconds=92))
        assert p.is_admin and p.department_ids is None
        assert s.scalar(__import__("sqlalchemy").select(User.failed_attempts)) == 0
        assert [e.action for e in entries(s)][-1] == "sign_in"


def test_department_head_is_scoped_and_can_change_password(db):
    from app.models import Department, Organisation

    with db.session() as s:
        org = Organisation(name_ru="О", name_kk="О")
        s.add(org)
        s.flush()
        d1, d2 = (Department(organisation_id=org.id, name_ru=n, name_kk=n) for n in "AB")
        s.add_all([d1, d2])
        s.flush()
        create_user(s, "head", "Руководитель", "head password", "department_head", (d1.id,))
        p = authenticate(s, "head", "head password", T0)
        assert not p.is_admin and p.department_ids == frozenset({d1.id})
        assert p.may_see_department(d1.id) and not p.may_see_department(d2.id)
        assert not p.may_see_department(None)
        with pytest.raises(AccountError):
            change_password(s, p.user_id, "bad old", "new password 1")
        change_password(s, p.user_id, "head password", "new password 1")
        assert authenticate(s, "head", "new password 1", T0).username == "head"
        with pytest.raises(AccountError) as err:
            create_user(s, "HEAD", "", "whatever123")
        assert err.value.code == "taken"


# --- sign-in privacy (issue 14.5) and the administrator's password reset (issue 23.2)


def test_a_password_typed_as_user_name_never_reaches_the_audit_log(db):
    from app.data.accounts import UNKNOWN_USER
    from app.models.users import AuditEntry

    with db.session() as s:
        create_first_admin(s, "admin", "", "correct horse")
        s.commit()
    with db.session() as s:
        for typed in ("Secret-Pass-42", '=HYPERLINK("x")', "  admin2  "):
            with pytest.raises(AccountError) as err:
                authenticate(s, typed, "anything", T0)
            assert err.value.code == "wrong"  # the same answer as a wrong password
        s.commit()
    with db.session() as s:
        failed = [e for e in entries(s) if e.action == "sign_in_failed"]
        assert [e.detail for e in failed] == [UNKNOWN_USER] * 3
        stored = " ".join(
            f"{e.object_id} {e.detail}"
            for e in s.scalars(__import__("sqlalchemy").select(AuditEntry))
        )
        for typed in ("Secret-Pass-42", "HYPERLINK", "admin2"):
            assert typed not in stored


def test_a_known_user_name_is_logged_by_id(db):
    with db.session() as s:
        uid = create_first_admin(s, "admin", "", "correct horse")
        s.commit()
        with pytest.raises(AccountError):
            authenticate(s, "Admin", "wrong password", T0)
        s.commit()
        failed = [e for e in entries(s) if e.action == "sign_in_failed"]
        assert [(e.object_id, e.user_id) for e in failed] == [(str(uid), uid)]


def test_unknown_and_known_names_cost_the_same_argon2_verification(db, monkeypatch):
    """No timing: every attempt calls verify_secret exactly once — an unknown name against the
    dummy argon2 hash (same parameters as real ones), a known or locked one against its own."""
    import app.data.accounts as accounts
    from app.data.auth import _HASHER, dummy_hash, verify_secret

    calls = []

    def spy(stored_hash, secret):
        calls.append(stored_hash)
        return verify_secret(stored_hash, secret)

    monkeypatch.setattr(accounts, "verify_secret", spy)
    with db.session() as s:
        uid = create_first_admin(s, "admin", "", "correct horse")
        s.commit()
        real = s.get(User, uid).password_hash
        for name, password in (
            ("nobody", "x"),
            ("admin", "x"),
            ("nobody", "correct horse"),
            ("admin", "correct horse"),
        ):
            try:
                authenticate(s, name, password, T0)
            except AccountError:
                pass
        assert calls == [dummy_hash(), real, dummy_hash(), real]
        # the dummy is a real argon2id hash with the hasher's current parameters
        assert dummy_hash().startswith("$argon2id$") and not _HASHER.check_needs_rehash(
            dummy_hash()
        )
        assert _HASHER.check_needs_rehash(real) is False
        calls.clear()
        for _ in range(3):  # lock the account, then try while locked
            with pytest.raises(AccountError):
                authenticate(s, "admin", "wrong", T0)
        with pytest.raises(AccountError) as err:
            authenticate(s, "admin", "wrong", T0)
        assert err.value.code == "locked" and calls == [real] * 4


def test_reset_password_clears_the_lock_and_is_audited(db):
    from app.data.accounts import list_users, reset_password

    with db.session() as s:
        create_first_admin(s, "admin", "Кадры", "correct horse")
        s.commit()
        for _ in range(3):
            with pytest.raises(AccountError):
                authenticate(s, "admin", "forgotten", T0)
        s.commit()
        assert list_users(s, T0)[0].locked
        with pytest.raises(AccountError) as err:
            reset_password(s, "admin", "short")
        assert err.value.code == "weak"
        with pytest.raises(AccountError) as err:
            reset_password(s, "nobody", "long enough 1")
        assert err.value.code == "missing"
        reset_password(s, " Admin ", "new password 1")
        s.commit()
        assert not list_users(s, T0)[0].locked
        assert authenticate(s, "admin", "new password 1", T0).is_admin
        with pytest.raises(AccountError):
            authenticate(s, "admin", "correct horse", T0)
        assert [e.action for e in entries(s)].count("password_reset") == 1


@pytest.mark.sqlite_only
def test_users_commands_list_and_reset_password(db, monkeypatch, capsys):
    import io

    from app.cli import main

    with db.session() as s:
        create_first_admin(s, "admin", "Кадры", "correct horse")
        s.commit()
    url = str(db.path)
    assert main(["--db", url, "users", "list"]) == 0
    assert "admin" in capsys.readouterr().out
    answers = iter(["new password 1", "new password 2"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["--db", url, "users", "reset-password", "admin"]) == 1  # they differ
    assert "differ" in capsys.readouterr().err
    answers = iter(["new password 1", "new password 1"])
    assert main(["--db", url, "users", "reset-password", "admin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("from stdin 123\n"))
    assert main(["--db", url, "users", "reset-password", "ADMIN", "--password-stdin"]) == 0
    assert main(["--db", url, "users", "reset-password", "bob", "--password-stdin"]) == 1
    assert "no user 'bob'" in capsys.readouterr().err
    with db.session() as s:
        assert authenticate(s, "admin", "from stdin 123", T0).is_admin
        resets = [e for e in entries(s) if e.action == "password_reset"]
        assert len(resets) == 2 and all(e.detail == "command line" for e in resets)
