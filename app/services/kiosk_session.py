"""The kiosk's promises as plain objects, tested without Qt: no answer shown as saved that is
not stored (`PendingWrites`), and an idle session counted down, kept alive and abandoned on
time (`SessionTimer`). The kiosk controller (app/services/kiosk_controller.py) calls them on
clicks and on its one-second tick, and replies to the window what they report.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from app.data import sessions as store
from app.scoring.answer_rules import InvalidAnswer

# A write of one thing of a session: key -> write(session). Keys: ("answer", instrument, item),
# ("demographics",), ("agreement", instrument). A newer write of the same key replaces an older
# one not yet stored (the respondent changed the answer meanwhile).
Write = Callable[[Any], None]


class Flush(Enum):
    STORED = "stored"  # everything queued is in the database
    BUSY = "busy"  # the database did not take it (after the bounded retries): still queued
    CLOSED = "closed"  # another program closed the session: nothing more can be stored


class PendingWrites:
    """The writes the database has not taken yet, in order, and the answers it refused."""

    def __init__(self, session_factory: Callable[[], Any]):
        self._session = session_factory
        self.pending: dict[tuple, Write] = {}
        # answers on screen the answer rules refused to store (a split whose points do not add
        # up yet): the screen cannot be left until they are changed and stored
        self.refused: set[tuple] = set()

    def __bool__(self) -> bool:
        return bool(self.pending)

    def clear(self) -> None:
        self.pending, self.refused = {}, set()

    def put(self, key: tuple, write: Write) -> Flush:
        """Queue `write` under `key` and write everything queued."""
        self.pending[key] = write
        return self.flush()

    def flush(self) -> Flush:
        """Write the queued writes in order, each removed only once the database has it."""
        if not self.pending:
            return Flush.STORED
        try:
            with self._session() as session:
                while self.pending:
                    key = next(iter(self.pending))
                    try:
                        self.pending[key](session)
                    except InvalidAnswer:  # not storable as it stands: kept on screen only
                        self.refused.add(key)
                    else:
                        self.refused.discard(key)
                    del self.pending[key]
        except store.SessionStateError:
            return Flush.CLOSED
        except store.StorageUnavailable:
            return Flush.BUSY
        return Flush.STORED

    def unsaved_items(self, instrument_id: str) -> set[str]:
        """The items of an instrument whose answers are on screen but not yet stored."""
        return {key[2] for key in self.pending if key[0] == "answer" and key[1] == instrument_id}

    def first_refused(self) -> tuple | None:
        return next(iter(self.refused), None)


class Idle(Enum):
    ACTIVE = "active"  # someone is using it
    COUNTDOWN_STARTED = "countdown_started"  # just went idle: "Are you still there?"
    COUNTING = "counting"  # the countdown runs
    EXPIRED = "expired"  # nobody came back: abandon the session


class SessionTimer:
    """Idle time, the "still there?" countdown and the heartbeat of one kiosk session.

    `clock` is a monotonic clock in seconds (tests pass a fake one)."""

    def __init__(
        self,
        idle_seconds: float,
        countdown_seconds: float,
        clock: Callable[[], float],
        heartbeat_seconds: float = store.HEARTBEAT_SECONDS,
    ):
        self.idle_seconds, self.countdown_seconds = idle_seconds, countdown_seconds
        self.heartbeat_seconds = heartbeat_seconds
        self.clock = clock
        self.last_activity = self.last_beat = clock()
        self.countdown_started: float | None = None

    def restart(self) -> None:
        """A new session: active now, heartbeat just sent (the session row is new)."""
        self.last_activity = self.last_beat = self.clock()
        self.countdown_started = None

    def touch(self) -> bool:
        """The respondent did something. True if that stopped a running countdown."""
        self.last_activity = self.clock()
        stopped = self.countdown_started is not None
        self.countdown_started = None
        return stopped

    def stop_countdown(self) -> None:
        self.countdown_started = None

    @property
    def counting(self) -> bool:
        return self.countdown_started is not None

    def idle(self, now: float | None = None) -> Idle:
        now = self.clock() if now is None else now
        if self.countdown_started is None:
            if now - self.last_activity >= self.idle_seconds:
                self.countdown_started = now
                return Idle.COUNTDOWN_STARTED
            return Idle.ACTIVE
        if now - self.countdown_started >= self.countdown_seconds:
            return Idle.EXPIRED
        return Idle.COUNTING

    def seconds_left(self) -> int:
        if self.countdown_started is None:
            return round(self.countdown_seconds)
        return max(0, round(self.countdown_seconds - (self.clock() - self.countdown_started)))

    # heartbeat: other programs starting up treat a session without one as interrupted
    def heartbeat_due(self, now: float) -> bool:
        return now - self.last_beat >= self.heartbeat_seconds

    def beat_stored(self, now: float | None = None) -> None:
        self.last_beat = self.clock() if now is None else now

    def beat_refused_busy(self, now: float) -> None:
        """The database was busy: try again in five seconds, not a whole minute later."""
        self.last_beat = now - self.heartbeat_seconds + 5


class ScreenClock:
    """How long each screen of questions was on show, in memory only (answer quality,
    app/scoring/quality.py): at the end only the flag «too fast» is stored, never a time.
    `enter` on every screen shown (items = questions on it, 0 for others), `too_fast` at the
    finish, `clear` when the respondent leaves."""

    def __init__(self) -> None:
        self._screens: list[tuple[float, int]] = []
        self._open: tuple[float, int] | None = None

    def clear(self) -> None:
        self._screens = []
        self._open = None

    def enter(self, items: int, now: float) -> None:
        self.close(now)
        self._open = (now, items) if items > 0 else None

    def close(self, now: float) -> None:
        if self._open is not None:
            started, items = self._open
            self._screens.append((max(0.0, now - started), items))
            self._open = None

    def too_fast(self, seconds_per_item: float, now: float) -> bool | None:
        from app.scoring.quality import too_fast

        self.close(now)
        return too_fast(self._screens, seconds_per_item)
