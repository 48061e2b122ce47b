"""Password hashing (argon2id) for users and the kiosk PIN."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters


def hash_secret(secret: str) -> str:
    return _HASHER.hash(secret)


def verify_secret(stored_hash: str, secret: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


class Throttle:
    """Back-off after repeated wrong secrets (kiosk PIN, sign-in): 3 free tries, then waits of
    30 s, 60 s, 120 s … (capped at 15 min). Time comes from the caller, so tests need no sleep."""

    FREE_TRIES = 3
    BASE_DELAY = 30.0
    MAX_DELAY = 900.0

    def __init__(self) -> None:
        self.failures = 0
        self.locked_until = 0.0

    def wait_seconds(self, now: float) -> float:
        return max(0.0, self.locked_until - now)

    def record_failure(self, now: float) -> None:
        self.failures += 1
        if self.failures >= self.FREE_TRIES:
            extra = self.failures - self.FREE_TRIES
            self.locked_until = now + min(self.BASE_DELAY * 2 ** extra, self.MAX_DELAY)

    def record_success(self) -> None:
        self.failures = 0
        self.locked_until = 0.0
