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


# The hash of a secret nobody knows, with the hasher's own parameters: sign-in verifies an
# unknown user name's password against it, so that an unknown name costs the same argon2 work
# as a known one and the answer time does not tell which names exist.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$t+3hWhTneTHKZxg5Z9tFNA$"
    "sW+r8a2QEh6vDxz7z9rkADqPAdtcAQiGoE0cqDcCois"
)


def dummy_hash() -> str:
    """The dummy hash, made again once if the library's parameters have changed since."""
    global _DUMMY_HASH
    if _HASHER.check_needs_rehash(_DUMMY_HASH):
        _DUMMY_HASH = _HASHER.hash("motivdesk: no such user")
    return _DUMMY_HASH


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
            self.locked_until = now + min(self.BASE_DELAY * 2**extra, self.MAX_DELAY)

    def record_success(self) -> None:
        self.failures = 0
        self.locked_until = 0.0
