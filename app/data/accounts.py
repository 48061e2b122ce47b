"""Users, sign-in with lock-out, and what a signed-in user may see (PRODUCT.md §8).

The lock-out state lives in the database (failed attempts, locked until), so restarting the
program does not reset it. Times come from the caller, so tests need no sleep.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.data.audit import record
from app.data.auth import Throttle, dummy_hash, hash_secret, verify_secret
from app.models.base import Role
from app.models.users import User, UserDepartment

MIN_PASSWORD = 8
UNKNOWN_USER = "unknown user"  # the audit detail of a sign-in with a name that is no user's


class AccountError(ValueError):
    """Sign-in or account change refused; `code`: wrong, locked, inactive, weak, exists, taken."""

    def __init__(self, code: str, wait_seconds: float = 0.0):
        super().__init__(code)
        self.code, self.wait_seconds = code, wait_seconds


@dataclass(frozen=True)
class Principal:
    """Who is signed in. `department_ids` None means every department (HR administrator)."""

    user_id: int | None
    username: str
    role: str
    department_ids: frozenset[int] | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == Role.HR_ADMIN.value

    def may_see_department(self, department_id: int | None) -> bool:
        return self.department_ids is None or department_id in self.department_ids


# Used when no sign-in applies (command line on the office's own database, tests).
FULL_ACCESS = Principal(None, "", Role.HR_ADMIN.value, None)


def has_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count(User.id))))


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError("weak")


def create_user(
    session: Session,
    username: str,
    full_name: str,
    password: str,
    role: str = Role.HR_ADMIN.value,
    department_ids: tuple[int, ...] = (),
) -> int:
    username = username.strip().lower()
    if not username:
        raise AccountError("empty")
    _check_password(password)
    if session.scalar(select(User.id).where(User.username == username)):
        raise AccountError("taken")
    user = User(
        username=username,
        full_name=full_name.strip(),
        role=role,
        password_hash=hash_secret(password),
    )
    for dept in department_ids:
        user.departments.append(UserDepartment(department_id=dept))
    session.add(user)
    session.flush()
    record(session, "user_create", "user", user.id, role, user_id=user.id)
    return user.id


def create_first_admin(session: Session, username: str, full_name: str, password: str) -> int:
    """First run: the administrator can be created only while there is no user at all."""
    if has_users(session):
        raise AccountError("exists")
    return create_user(session, username, full_name, password, Role.HR_ADMIN.value)


def _delay(failures: int) -> float:
    extra = failures - Throttle.FREE_TRIES
    return min(Throttle.BASE_DELAY * 2**extra, Throttle.MAX_DELAY) if extra >= 0 else 0.0


def _utc(value: datetime) -> datetime:
    """Times are UTC; SQLite gives them back without a zone, PostgreSQL with one."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def authenticate(session: Session, username: str, password: str, now: datetime) -> Principal:
    """Check the password; after 3 failures each further one locks the account longer.

    What was typed as the user name is never recorded unless it is an existing user's name
    (people type their password into it). Every attempt costs one argon2 verification — an
    unknown name against a dummy hash, a locked or disabled account against its own — so the
    answer time does not tell which user names exist."""
    now = _utc(now)
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    password_ok = verify_secret(user.password_hash if user is not None else dummy_hash(), password)
    if user is None:
        record(session, "sign_in_failed", "user", "", UNKNOWN_USER)
        raise AccountError("wrong")
    if user.locked_until is not None and _utc(user.locked_until) > now:
        raise AccountError("locked", (_utc(user.locked_until) - now).total_seconds())
    if not user.is_active:
        raise AccountError("inactive")
    if not password_ok:
        user.failed_attempts += 1
        wait = _delay(user.failed_attempts)
        user.locked_until = now + timedelta(seconds=wait) if wait else None
        record(session, "sign_in_failed", "user", user.id, user_id=user.id)
        raise AccountError("locked" if wait else "wrong", wait)
    user.failed_attempts, user.locked_until = 0, None
    record(session, "sign_in", "user", user.id, user_id=user.id)
    return principal_of(user)


def principal_by_id(session: Session, user_id: int) -> Principal:
    """The signed-in account's rights, by its id."""
    user = session.get(User, user_id)
    if user is None:
        raise AccountError("wrong")
    return principal_of(user)


def principal_of(user: User) -> Principal:
    departments = None
    if user.role != Role.HR_ADMIN.value:
        departments = frozenset(d.department_id for d in user.departments)
    return Principal(user.id, user.username, user.role, departments)


def change_password(session: Session, user_id: int, old: str, new: str) -> None:
    user = session.get(User, user_id)
    if user is None or not verify_secret(user.password_hash, old):
        raise AccountError("wrong")
    _check_password(new)
    user.password_hash = hash_secret(new)
    record(session, "password_change", "user", user.id, user_id=user.id)


def set_active(session: Session, user_id: int, active: bool) -> None:
    """Disable or re-enable an account (accounts are not deleted: the audit log names them)."""
    user = session.get(User, user_id)
    if user is None:
        raise AccountError("missing")
    user.is_active = active
    record(session, "user_enable" if active else "user_disable", "user", user.id)


@dataclass(frozen=True)
class UserRow:
    username: str
    full_name: str
    role: str
    is_active: bool
    locked: bool
    id: int = 0
    department_ids: tuple[int, ...] = ()


def list_users(session: Session, now: datetime | None = None) -> list[UserRow]:
    now = _utc(now or datetime.now(UTC))
    return [
        UserRow(
            u.username,
            u.full_name,
            u.role,
            u.is_active,
            u.locked_until is not None and _utc(u.locked_until) > now,
            u.id,
            tuple(d.department_id for d in u.departments),
        )
        for u in session.scalars(select(User).order_by(User.username))
    ]


def usernames(session: Session) -> dict[int, str]:
    """Every account's user name by id (the audit log names who did what)."""
    return dict(session.execute(select(User.id, User.username)).all())


def find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username.strip().lower()))


def reset_password(session: Session, username: str, new: str, via: str = "command line") -> int:
    """For whoever has the database file (`motivdesk users reset-password`): a new password
    without the old one, the lock-out cleared, and the reset in the audit log."""
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise AccountError("missing")
    _check_password(new)
    user.password_hash = hash_secret(new)
    user.failed_attempts, user.locked_until = 0, None
    record(session, "password_reset", "user", user.id, via)
    return user.id
