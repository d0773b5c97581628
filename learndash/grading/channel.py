"""JSON messages over a pair of pipes, between the grading process and the child running a submission.

Each message is a 4-byte big-endian length, then that many bytes of UTF-8 JSON. The parent reads
with a deadline and a size cap, because the other end runs untrusted code: a child that never
answers, answers too much, or answers garbage is a `ChannelError`, never a hang or a crash.
`parse_untrusted` reads any JSON text the child wrote (the message, and the answer bodies inside
it) under the same rules.
"""
from __future__ import annotations

import json
import os
import select
import struct
import time
from collections.abc import Callable
from typing import Any

from learndash.protocol import UnreadableJSON, loads_untrusted

#: The most one message may hold (a layout with a few large figures fits easily).
MESSAGE_LIMIT = 32 * 1024 * 1024


class ChannelError(Exception):
    """The other end went away, sent something unreadable, or did not answer in time."""


class MessageTooLarge(ChannelError):
    """A message over MESSAGE_LIMIT: refused before it is written (or, from a child that wrote one anyway, read)."""

    def __init__(self, size: int) -> None:
        super().__init__(f"a message of {size:,} bytes, over the limit of {MESSAGE_LIMIT:,}")
        self.size = size


class ChannelTimeout(ChannelError):
    """No answer before the deadline."""


class ChannelClosed(ChannelError):
    """The other end closed its pipe (it ended)."""


class Channel:
    """One end: read messages from `read_fd`, write them to `write_fd`."""

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self.read_fd = read_fd
        self.write_fd = write_fd
        self.closed = False

    def send(self, message: Any) -> None:
        """Write `message`; `MessageTooLarge` (nothing written) when it is over MESSAGE_LIMIT."""
        data = json.dumps(message, allow_nan=False, default=repr).encode("utf-8")
        if len(data) > MESSAGE_LIMIT:
            raise MessageTooLarge(len(data))
        frame = struct.pack(">I", len(data)) + data
        try:
            while frame:
                written = os.write(self.write_fd, frame)
                frame = frame[written:]
        except (BrokenPipeError, OSError) as error:
            raise ChannelClosed(f"the other end is gone ({error.strerror or error})") from None

    def receive(self, deadline: float | None = None) -> Any:
        """The next message; `deadline` is a `time.monotonic()` value (None: wait as long as it takes)."""
        header = self._read_exactly(4, deadline)
        (size,) = struct.unpack(">I", header)
        if size > MESSAGE_LIMIT:
            raise MessageTooLarge(size)
        try:
            text = self._read_exactly(size, deadline).decode("utf-8")
        except UnicodeDecodeError:
            raise ChannelError("a message that is not UTF-8 text") from None
        return parse_untrusted(text)

    def _read_exactly(self, size: int, deadline: float | None) -> bytes:
        chunks = []
        while size:
            if deadline is not None:
                # Past the deadline, an answer already waiting is still read: this process may have
                # been too busy to look in time (grading another submission), not the child too slow.
                remaining = max(deadline - time.monotonic(), 0)
                try:
                    readable, _, _ = select.select([self.read_fd], [], [], remaining)
                except (OSError, ValueError) as error:  # the pipe was closed while we waited
                    raise ChannelClosed(f"the pipe was closed ({error})") from None
                if not readable:
                    raise ChannelTimeout("no answer in time")
            try:
                chunk = os.read(self.read_fd, min(size, 1 << 20))
            except OSError as error:
                raise ChannelClosed(f"the pipe failed ({error.strerror})") from None
            if not chunk:
                raise ChannelClosed("the other end closed the pipe")
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        """Close both pipes, once: a file descriptor number closed twice may already be someone else's."""
        if self.closed:
            return
        self.closed = True
        for fd in (self.read_fd, self.write_fd):
            try:
                os.close(fd)
            except OSError:
                pass


def parse_untrusted(text: str, parse: Callable[[str], Any] = json.loads) -> Any:
    """`parse(text)` for JSON text the child wrote, under `loads_untrusted`'s limits (depth, and
    `CONTAINER_LIMIT` lists and objects); a `ChannelError` saying which it broke."""
    try:
        return loads_untrusted(text, parse)
    except UnreadableJSON as error:
        raise ChannelError(str(error)) from None
