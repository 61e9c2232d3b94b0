"""A pattern tried only at the places one of its matches may start (see
:class:`_AtStarts`; the date patterns of ``_dates`` use it)."""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["_AtStarts"]


class _AtStarts:
    """``rx`` tried only where one of its matches may start: at each place
    ``starts`` finds (a character), where every match of ``rx`` starts. A
    pattern that opens with lookbehinds or a group of alternatives gives ``re``
    no first character to skip ahead by, so ``finditer`` tries it at every
    position; here one scan finds the few places worth trying. The matches are
    those of ``rx.finditer`` (none of them empty; a lookbehind or ``\\b`` still
    sees the text before the place tried)."""

    def __init__(self, rx: re.Pattern[str], starts: re.Pattern[str]) -> None:
        self.rx = rx
        self.starts = starts

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        at = pos
        match = self.rx.match
        for c in self.starts.finditer(text, pos, endpos):
            p = c.start()
            if p >= at and (m := match(text, p, endpos)) is not None:
                yield m
                at = m.end()
