"""Private user ids for submissions, unique across every grading run on this machine.

Each run holds one *block* of user ids for as long as it lives: block K is the ids
`FIRST_UID + K * BLOCK_SIZE` onward, and a run owns it by holding an exclusive `flock` on the
file `block-K.lock`. The kernel drops the lock when the run ends, however it ends, so a crashed
run never leaves a block taken. Two runs at once get two blocks: killing "every process of my
job's uid" can never touch another run's job.
"""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

FIRST_UID = 200_000
BLOCK_SIZE = 1_000
BLOCKS = 200

#: Where the lock files live: a root-owned folder outside /tmp, so a run leaves nothing in /tmp.
LOCK_FOLDER = Path("/run/lock/learndash-uids")


class NoFreeUids(RuntimeError):
    """Every block of private user ids is held by another grading run."""


class UidBlock:
    """A block of private user ids held by this process until `release()`."""

    def __init__(self, folder: Path = LOCK_FOLDER) -> None:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        for block in range(BLOCKS):
            handle = os.open(folder / f"block-{block}.lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(handle)
                continue
            self._handle: int | None = handle
            self.first = FIRST_UID + block * BLOCK_SIZE
            self._next = 0
            return
        raise NoFreeUids(f"all {BLOCKS} blocks of private user ids in {folder} are held by other grading runs.")

    def take(self) -> int:
        """The next user id of the block (a run with more jobs than the block reuses ids of ended jobs)."""
        uid = self.first + self._next % BLOCK_SIZE
        self._next += 1
        return uid

    def all(self) -> range:
        """Every user id of the block."""
        return range(self.first, self.first + BLOCK_SIZE)

    def release(self) -> None:
        if self._handle is not None:
            os.close(self._handle)
            self._handle = None
