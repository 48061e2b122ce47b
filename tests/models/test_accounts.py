"""Sign-in: argon2 hashes, persistent lock-out with back-off, first-run admin, scope of heads."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.models.accounts import (
    AccountError, authenticate, change_password, create_first_admin, create_user,
)
from app.models.audit import entries
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
        for i in range(2):
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
