"""Case-insensitive patterns searched on the lower-cased text, which is faster.

``re`` cannot skip ahead by the first characters of a pattern compiled with
``re.I``, and compares each letter both ways. The same pattern with its
letters lowered (``[A-Z]`` becomes ``[a-z]``, escapes such as ``\\S`` kept),
compiled without ``re.I``, matches the lower-cased text at exactly the places
where the pattern matches the text, provided that

- the pattern's letters are ASCII or accented Latin ones (``é``, whose only
  case partner is ``É``), its other characters have no case at all (``’``,
  ``–``: ``re.I`` matches them to themselves, and nothing lowers to them),
  and it sets no flags inline (``(?-i:...)`` would make
  part of it case-sensitive);
- lower-casing keeps every character of the text one character (``İ`` becomes
  two), so that offsets agree;
- the text holds no character that ``re.I`` equates with an ASCII letter
  while ``str.lower`` does not turn it into that letter (``ı``, ``ſ``).

Otherwise the pattern itself is used. The lowered pattern only finds where a
match starts; the pattern itself then matches there on the text, so the
groups read the text as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ._trie import trie_pattern

__all__ = ["Anchored", "Folded", "Lowered", "lower_literals", "lowered_source"]

#: characters ``re.I`` equates with an ASCII letter that ``str.lower`` keeps
#: apart ("ı" with "i", "ſ" with "s"; "İ" lowers to two characters)
_APART = ("ı", "ſ")


#: a character given by its code: "\x27", "\u2019"
_CODE_ESCAPE = re.compile(r"\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4}))")


def lower_literals(p: str) -> str:
    """The pattern with its letters in lower case, escapes left alone
    (``\\S`` stays a class, ``[A-Z]`` becomes ``[a-z]``): on lower-case text it
    matches wherever the pattern matches the original text under re.I.
    A character given by code (``\\x27``, ``\\u00C9``) is kept when it has no case
    and lowered otherwise. Raises re.error for escapes it cannot lower safely
    (``\\N{...}``, ``\\U...``, back-references)."""
    out, i = [], 0
    while i < len(p):
        if p[i] == "\\":
            esc = p[i:i + 2]
            code = _CODE_ESCAPE.match(p, i)
            if code is not None:
                # a character given by code ("\x27" for an apostrophe in a TOML
                # literal string): a caseless one stays as written, a letter is lowered
                ch = chr(int(code.group(1) or code.group(2), 16))
                out.append(code.group(0) if _caseless(ch) else re.escape(ch.lower()))
                i = code.end()
                continue
            if esc[1:] in ("x", "u", "U", "N", "0") or esc[1:].isdigit():
                raise re.error(f"cannot lower {esc!r} safely")
            out.append(esc)
            i += 2
            continue
        out.append(p[i].lower())
        i += 1
    return "".join(out).replace("(?p<", "(?P<").replace("(?p=", "(?P=")


#: accented Latin letters whose only partners under ``re.I`` are their upper and
#: lower case as ``str.lower`` gives them ("Å", the angstrom sign, lowers to "å")
_LATIN = frozenset("àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ")
#: flags set inside a pattern ("(?-i:[A-Z])", "(?s)"); an escaped "\\(?" is taken
#: for one too, which only costs the faster search
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")


def _caseless(c: str) -> bool:
    """A character with no case ("’", "–"): ``re.I`` matches it to itself only,
    and no other character lowers to it."""
    return c.lower() == c == c.upper() and c.casefold() == c


@lru_cache(maxsize=2)
def _lowered(text: str) -> str | None:
    """``text`` in lower case, or None when that would not match as ``re.I`` does
    (a document is lowered once: its sentences are searched one after another)."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in _APART):
        return None
    return low


def lowered_source(rx: re.Pattern[str]) -> str | None:
    """The source of ``rx`` (compiled with ``re.I``) with its letters lowered, to
    be compiled without ``re.I`` and searched on the lower-cased text; None when
    that would not match as ``rx`` does (see the module's notes)."""
    if not rx.flags & re.I or _INLINE_FLAGS.search(rx.pattern) or not all(
            c.isascii() or c.lower() in _LATIN or _caseless(c) for c in rx.pattern):
        return None
    try:
        return lower_literals(rx.pattern)
    except re.error:
        return None


class Folded:
    """A pattern compiled with ``re.I``, searched on the lower-cased text where
    that is the same (see the module's notes)."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self._low: re.Pattern[str] | None = None
        low = lowered_source(rx)
        if low is not None:
            try:
                self._low = re.compile(low, rx.flags & ~re.I)
            except re.error:
                self._low = None

    def _text(self, text: str) -> str | None:
        return _lowered(text) if self._low is not None else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        endpos = len(text) if endpos is None else endpos
        low = self._text(text)
        if low is None:
            return self.rx.search(text, pos, endpos)
        assert self._low is not None
        hit = self._low.search(low, pos, endpos)
        return None if hit is None else self.rx.match(text, hit.start(), endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None
                 ) -> Iterator[re.Match[str]]:
        endpos = len(text) if endpos is None else endpos
        low = self._text(text)
        if low is None:
            yield from self.rx.finditer(text, pos, endpos)
            return
        assert self._low is not None
        for hit in self._low.finditer(low, pos, endpos):
            m = self.rx.match(text, hit.start(), endpos)
            assert m is not None and m.end() == hit.end()
            yield m


class Lowered:
    """Whether a case-insensitive pattern matches a short string (the few words
    before a trigger): its lowered pattern searched, without ``re.I``, on the
    string lowered, which answers the same (see the module's notes; where they
    do not hold, the pattern itself is searched). Unlike :class:`Folded`, which
    lowers a whole document once for its many sentences, each string is lowered
    when it is searched."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        low = lowered_source(rx)
        self._low = re.compile(low, rx.flags & ~re.I) if low is not None else None

    def found(self, text: str) -> bool:
        if self._low is not None:
            low = text.lower()
            if len(low) == len(text) and _APART[0] not in low and _APART[1] not in low:
                return self._low.search(low) is not None
        return self.rx.search(text) is not None


class Anchored:
    """A pattern tried only where one of its matches may start: at a digit
    (``digits``) or at one of ``words`` (lower case) in the lower-cased text.

    For a pattern that begins with optional, case-insensitive parts ("more
    than", "about", then a number), ``re`` finds no first character to skip
    ahead by and tries the whole pattern at every position. Here one cheap
    scan finds the places where a match can start, and the pattern is matched
    there only; the matches are those of ``finditer`` as long as every match
    starts with a digit or one of the words (the caller's promise), and the
    text lowers as ``re.I`` compares (see the module's notes; otherwise the
    pattern itself scans)."""

    def __init__(self, rx: re.Pattern[str], words: tuple[str, ...], digits: bool) -> None:
        if any(not w or w != w.lower() for w in words):
            raise ValueError("the words must be in lower case")
        # each start one character long, the rest of its word looked ahead (a
        # trie per first character): starts found by finditer never hide one another
        alts = [r"\d"] if digits else []
        rests: dict[str, set[str]] = {}
        for w in words:
            rests.setdefault(w[0], set()).add(w[1:])
        alts += [re.escape(c) + ("" if "" in rests[c] else f"(?={trie_pattern(rests[c])})")
                 for c in sorted(rests)]
        self.rx = rx
        self._starts = re.compile("|".join(alts)) if alts else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None
                 ) -> Iterator[re.Match[str]]:
        endpos = len(text) if endpos is None else endpos
        low = _lowered(text)
        if low is None or self._starts is None:
            yield from self.rx.finditer(text, pos, endpos)
            return
        at = pos
        match = self.rx.match
        for c in self._starts.finditer(low, pos, endpos):
            p = c.start()
            if p < at:
                continue
            m = match(text, p, endpos)
            if m is not None:
                if m.end() == p:  # an empty match: let re's own scan handle the rest
                    yield from self.rx.finditer(text, p, endpos)
                    return
                yield m
                at = m.end()
