"""Retrying a short write on a busy database, within a bounded time, then saying so.

A kiosk must never pretend to have saved an answer. When another program holds the database
(SQLite: a write lock held by an import, a backup or another kiosk; PostgreSQL: a serialization
failure, a deadlock, a dropped connection), the write is run again after a growing pause, for at
most `Retry.budget` seconds in all; if it still cannot be stored, `StorageUnavailable` is raised
and the caller tells the person (the kiosk keeps the answer on screen to try again).

On SQLite, SQLite's own busy handler already waits for a lock (busy_timeout, 5 s on our
connections): during a retried write it is set to the attempt's slice of the budget (0.25 s,
then 0.5 s, 1 s, ... never past the budget), and restored before the connection goes back to
the pool. On PostgreSQL, lock_timeout does the same for the attempt's transaction (SET LOCAL).

No Qt here: the kiosk catches the exception and words the message.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from app.models.db import SQLITE_BUSY_TIMEOUT_MS

T = TypeVar("T")

# PostgreSQL SQLSTATE classes and codes worth another try: connection exceptions (08),
# transaction rollback (40: serialization failure, deadlock), operator intervention (57: server
# shutting down or restarting), lock not available (55P03).
_PG_TRANSIENT_CLASSES = {"08", "40", "57"}
_PG_TRANSIENT_CODES = {"55P03"}


class StorageUnavailable(Exception):
    """The database did not take the write within the retry budget; nothing was stored."""

    def __init__(self, attempts: int, cause: BaseException):
        super().__init__(
            f"the database did not accept the write after {attempts} attempt(s): "
            f"{type(cause).__name__}: {cause}".splitlines()[0]
        )
        self.attempts = attempts


@dataclass(frozen=True)
class Retry:
    """How long to keep trying: `budget` seconds in all (waits for locks included). An attempt
    waits for a lock at most `first_wait` seconds, doubling with each attempt; between attempts
    it pauses from `first_pause`, doubling up to `max_pause`."""

    budget: float = 3.0
    first_pause: float = 0.05
    max_pause: float = 0.8
    first_wait: float = 0.25


KIOSK_WRITE = Retry()  # an answer, a finish: the respondent waits for it
HEARTBEAT = Retry(budget=0.3, first_pause=0.05, max_pause=0.1, first_wait=0.1)  # skipped if busy


def is_transient(exc: BaseException) -> bool:
    """Whether another attempt may succeed: a locked/busy SQLite file, a PostgreSQL
    serialization failure or deadlock, a lost or refused connection."""
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    orig = exc.orig
    module = type(orig).__module__ if orig is not None else ""
    if module.startswith("sqlite3"):
        message = str(orig).lower()
        return isinstance(exc, OperationalError) and ("locked" in message or "busy" in message)
    if not isinstance(exc, (OperationalError, InterfaceError)):
        return False
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if state is None:  # psycopg: a connection that failed or broke carries no SQLSTATE
        return True
    return state[:2] in _PG_TRANSIENT_CLASSES or state in _PG_TRANSIENT_CODES


def run_with_retry(
    session: Session,
    work: Callable[[], T],
    policy: Retry | None = None,
    *,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """Run `work()` (statements, no commit) and commit; on a transient failure roll back and run
    it again until `policy.budget` is spent (default: KIOSK_WRITE, looked up at each call), then
    raise StorageUnavailable. `work` must be safe to run again from the start. Any other
    exception is rolled back and raised as is."""
    policy = policy or KIOSK_WRITE
    dialect = session.get_bind().dialect.name
    sqlite, postgresql = dialect == "sqlite", dialect == "postgresql"
    start = clock()
    pause, wait = policy.first_pause, policy.first_wait
    attempts = 0
    while True:
        attempts += 1
        raw = None
        # how long this attempt may wait for a lock: its slice, never past the budget
        wait_ms = max(1, int(min(wait, policy.budget - (clock() - start)) * 1000))
        wait *= 2
        try:
            if sqlite:
                raw = session.connection().connection.driver_connection
                raw.execute(f"PRAGMA busy_timeout={min(wait_ms, SQLITE_BUSY_TIMEOUT_MS)}")
            elif postgresql:
                session.execute(text(f"SET LOCAL lock_timeout = {wait_ms}"))
            try:
                result = work()
            finally:
                if raw is not None:  # the pool's next user gets the usual patience back
                    raw.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            session.commit()
            return result
        except Exception as exc:
            _rollback(session)
            if not is_transient(exc):
                raise
            if clock() - start + pause > policy.budget:
                raise StorageUnavailable(attempts, exc) from exc
            sleep(pause)
            pause = min(pause * 2, policy.max_pause)


def _rollback(session: Session) -> None:
    try:
        session.rollback()
    except DBAPIError:  # a dead connection: the pool replaces it on the next attempt
        pass
