"""A pattern tried only where the literal text it needs occurs.

Many rule patterns open with ``\\b`` and an alternation of words, searched
case-insensitively ("will|would|is due to|..."): ``re`` finds no first
character to skip ahead by and tries every alternative at every position,
and the span most often holds none of the words. :class:`Gated` reads once,
with ``_literals.needed``, the strings one of which every match holds, and
answers "no match" without running the pattern where none of them is in the
span searched: a substring test is a fast C scan.

The answers are those of the pattern itself:

- a match lies inside ``[pos, endpos)`` and a lookahead cannot read past
  ``endpos``, so the needed strings are looked for there only (lookbehinds,
  which may read before ``pos``, are never among them);
- a pattern compiled with ``re.I`` has its letters lowered and the span
  lower-cased (``_fold.lowered_source``: only where that compares exactly as
  ``re.I`` does; otherwise, and for a span whose lower case changes its
  length or holds "ı" or "ſ", the pattern simply runs).

Where no needed strings are known the pattern always runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._fold import lowered_source
from ._literals import needed

__all__ = ["Gated"]

#: how many times a pattern runs ungated before its needed strings are read
LEARN_AFTER = 100
#: a pattern longer than this (a trie of names) is not read: its strings would be
#: too many to test, and reading it costs more than the test saves
_READ_AT_MOST = 1000
#: at most this many strings tested (the words of every alternative of a rule
#: pattern, "tomorrow|will be held|is scheduled|..."): each a fast C scan
_MOST = 40
#: characters ``re.I`` equates with an ASCII letter that ``str.lower`` keeps apart
_APART = ("ı", "ſ")


class Gated:
    """``rx`` behind a substring test (``search``, ``match``, ``fullmatch``,
    ``finditer``, ``findall``, with the arguments of ``re.Pattern``)."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.pattern = rx.pattern
        self.flags = rx.flags
        self.fold = bool(rx.flags & re.I)
        #: the strings, longest first (rarer, so most spans fail on the first ones);
        #: read from the pattern once it has run ``LEARN_AFTER`` times (reading
        #: costs about what a few hundred short searches do: a text of one page
        #: does not pay it)
        self.needs: tuple[str, ...] | None = None
        self._runs = 0

    def _learn(self) -> None:
        need: frozenset[str] | None = None
        if not self.flags & re.X and len(self.pattern) <= _READ_AT_MOST:
            source = lowered_source(self.rx) if self.fold else self.pattern
            need = needed(source, _MOST) if source is not None else None
        self.needs = tuple(sorted(need, key=lambda x: (-len(x), x))) if need else None

    def may_match(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """False only where the pattern cannot match ``text[pos:endpos]``."""
        needs = self.needs
        if needs is None:
            if self._runs <= LEARN_AFTER:
                self._runs += 1
                if self._runs > LEARN_AFTER:
                    self._learn()
            return True
        end = len(text) if endpos is None else endpos
        if pos < 0 or end < 0:
            return True  # (re clamps what slicing and str.find count from the end)
        # (loops rather than ``any`` over a generator: this runs for every
        # sentence of most rules, and most often with one string or two)
        if not self.fold:
            for x in needs:
                if text.find(x, pos, end) >= 0:
                    return True
            return False
        span = text[pos:end]
        low = span.lower()
        if len(low) != len(span) or "ı" in low or "ſ" in low:  # (_APART)
            return True
        for x in needs:
            if x in low:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        return self.rx.search(text, pos, end) if self.may_match(text, pos, end) else None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        return self.rx.match(text, pos, end) if self.may_match(text, pos, end) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None
                  ) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        return self.rx.fullmatch(text, pos, end) if self.may_match(text, pos, end) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None
                 ) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        return self.rx.finditer(text, pos, end) if self.may_match(text, pos, end) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list:
        end = len(text) if endpos is None else endpos
        return self.rx.findall(text, pos, end) if self.may_match(text, pos, end) else []
