"""Which Motivdesk programs have a SQLite database open, so that restore can refuse while any
of them (a kiosk on another PC, the HR workspace, a command) is still using it.

SQLite keeps no lock while a connection is idle, so it cannot tell whether a kiosk is sitting
on its welcome screen. Every program that opens a database file therefore holds a *presence
lock* for as long as it has the database open:

    <folder>/.<file name>.motivdesk/<host>-<pid>-<random>.lock   exclusive lock, held
    <folder>/.<file name>.motivdesk/gate                         held briefly

* Opening: take the gate (waiting while a restore runs), create this program's own presence
  file and lock it exclusively, release the gate. The lock lives as long as the open file
  handle; `release()` (Database.dispose) removes it, and the operating system drops it when the
  process dies, however it dies (kill -9 included).
* Restore: take the gate (so nobody can open the database meanwhile), try to lock every
  presence file. A file that cannot be locked belongs to a live program: refuse. A file that
  can be locked was left by a dead one: delete it.

The locks are `flock` on Linux/macOS and `msvcrt.locking` on Windows. Windows byte-range locks
also hold across the SMB share of the README's several-PCs set-up; `flock` holds on local disks
and NFS (a Linux SMB mount may keep it local to that PC). Both are per open file, so a program
that holds a presence lock also sees itself as a user: the app closes its own database before
restoring.
"""

from __future__ import annotations

import os
import secrets
import socket
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.data.migrate import DatabaseError

GATE_WAIT_SECONDS = 120.0  # opening waits this long for a restore to finish
_POLL = 0.05


def presence_dir(database_path: Path) -> Path:
    database_path = Path(database_path)
    return database_path.with_name(f".{database_path.name}.motivdesk")


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class GateBusy(DatabaseError):
    """Another program holds the gate (a restore is running) for longer than we may wait.
    A DatabaseError, so the app and the commands show it like any database they cannot open."""

    def __init__(self, path: str):
        super().__init__("restore_running", path)

    def __str__(self) -> str:
        return (
            "another Motivdesk program is restoring this database; try again when it has finished"
        )


@dataclass
class _Lock:
    path: Path
    fd: int

    def release(self, remove: bool = False) -> None:
        if self.fd < 0:
            return
        removed = False
        if remove:  # before closing: nobody can take the file between unlink and close
            try:
                self.path.unlink(missing_ok=True)
                removed = True
            except PermissionError:  # Windows: not while open; after closing then
                pass
        _unlock(self.fd)
        os.close(self.fd)
        self.fd = -1
        if remove and not removed:
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                pass


def _open_locked(path: Path, wait: float) -> _Lock:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait
    while not _try_lock(fd):
        if time.monotonic() >= deadline:
            os.close(fd)
            raise GateBusy(str(path))
        time.sleep(_POLL)
    return _Lock(path, fd)


@dataclass
class Presence:
    """This program's hold on a database file; `release()` when the database is closed."""

    lock: _Lock | None = field(default=None)

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release(remove=True)
            self.lock = None


def hold_presence(database_path: Path, wait: float = GATE_WAIT_SECONDS) -> Presence:
    """Announce that this program uses `database_path` until `release()`."""
    folder = presence_dir(database_path)
    folder.mkdir(exist_ok=True)
    gate = _open_locked(folder / "gate", wait)
    try:
        name = f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(4)}.lock"
        own = _open_locked(folder / name, 0.0)
        os.write(own.fd, f"{socket.gethostname()} {os.getpid()}\n".encode())
    finally:
        gate.release()
    return Presence(own)


@dataclass
class Exclusive:
    """Held by restore: nobody else has the database open, and nobody can open it until
    `release()`. `stale` counts presence files of dead programs that were cleared."""

    gate: _Lock
    stale: int = 0

    def release(self) -> None:
        self.gate.release()


class InUse(RuntimeError):
    """`users`: how many other programs hold the database open; `where`: their host names."""

    def __init__(self, users: int, where: list[str]):
        super().__init__(f"{users} program(s) use the database: {', '.join(where)}")
        self.users, self.where = users, where


def acquire_exclusive(database_path: Path, wait: float = 5.0) -> Exclusive:
    """Take the database for a restore, or raise InUse naming who has it open."""
    folder = presence_dir(database_path)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        gate = _open_locked(folder / "gate", wait)
    except GateBusy:
        raise InUse(1, ["?"]) from None  # another restore, or a program opening right now
    live: list[str] = []
    stale = 0
    for path in sorted(folder.glob("*.lock")):
        try:
            other = _open_locked(path, 0.0)
        except GateBusy:
            try:
                live.append(path.read_text(encoding="utf-8").split()[0])
            except (OSError, IndexError, UnicodeDecodeError):
                live.append(path.name.rsplit("-", 2)[0])
            continue
        except FileNotFoundError:  # its owner closed the database meanwhile
            continue
        other.release(remove=True)
        stale += 1
    if live:
        gate.release()
        raise InUse(len(live), sorted(set(live)))
    return Exclusive(gate, stale)
