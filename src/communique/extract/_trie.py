"""Compile many literal phrases into one fast regular expression.

Python's ``re`` tries alternatives one by one; thousands of country and
organisation names as a plain alternation would be slow. Factoring the
phrases into a character trie gives a pattern that does one step per
character, which keeps gazetteer matching near plain tokenisation speed.

The trie is never built as nodes: the phrases, sorted, are cut into runs that
share a prefix, and a run's common part (or a phrase's own ending) is written
in one piece. That is what makes compiling the gazetteers (thousands of names)
quick at start-up; the pattern is the same as a node-by-node walk would write.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from os.path import commonprefix

__all__ = ["NameScan", "trie_pattern"]


def trie_pattern(phrases: Iterable[str], after_first: str = "") -> str:
    """A regex source matching any of ``phrases`` (longest match first).

    ``after_first`` (an assertion) is put right after each phrase's first
    character: a lookbehind written there rather than before the whole pattern
    leaves the pattern starting with one literal character per branch, which
    ``re`` uses to skip ahead to the positions where a phrase may start."""
    words = sorted({p for p in phrases if p})
    if not words:
        return r"(?!)"
    if not after_first:
        return _Writer(words).node(0, len(words), 0)
    # one branch per first character (no character class, which re does not
    # skip ahead by when it is one branch among literals)
    w = _Writer(words)
    return "(?:" + "|".join(re.escape(words[a][0]) + after_first
                            + ("" if b - a == 1 and len(words[a]) == 1 else w.node(a, b, 1))
                            for a, b in w.groups(0, len(words), 0)) + ")"


class _Writer:
    """The pattern of the trie of ``words`` (sorted, unique, none empty). A node
    is a run ``words[lo:hi]`` sharing their first ``d`` characters."""

    def __init__(self, words: list[str]) -> None:
        self.words = words

    def groups(self, lo: int, hi: int, d: int) -> list[tuple[int, int]]:
        """``words[lo:hi]`` (all longer than ``d``) in runs by their character at ``d``."""
        words = self.words
        out = []
        a = lo
        while a < hi:
            ch = words[a][d]
            b = a + 1
            while b < hi and words[b][d] == ch:
                b += 1
            out.append((a, b))
            a = b
        return out

    def node(self, lo: int, hi: int, d: int) -> str:
        """The node's pattern: where no phrase ends nor parts, a run of
        characters written at once, then the node where they part or end."""
        words = self.words
        if hi - lo == 1:
            return re.escape(words[lo][d:])
        # the shortest phrase sorts first: the run stops where it ends
        e = len(commonprefix([words[lo], words[hi - 1]]))
        return re.escape(words[lo][d:e]) + self._fork(lo, hi, e) if e > d \
            else self._fork(lo, hi, d)

    def _fork(self, lo: int, hi: int, d: int) -> str:
        words = self.words
        ends = len(words[lo]) == d
        branches = []
        singles = []
        for a, b in self.groups(lo + 1 if ends else lo, hi, d):
            if b - a == 1 and len(words[a]) == d + 1:
                singles.append(re.escape(words[a][d]))
            else:
                branches.append(re.escape(words[a][d]) + self.node(a, b, d + 1))
        if singles:
            branches.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            if len(branches) == 1 and len(body) == 1 or body.startswith("["):
                return body + "?"
            return "(?:" + body + ")?"
        return body


_WORDS = re.compile(r"\w{4,}")
#: more strings than this, and a rare part of a ``NameScan`` is always searched
_GATES_AT_MOST = 12
#: how many characters ``NameScan.spans`` scans at once (from the span asked for)
_CHUNK = 16_000


class NameScan:
    """``re.compile("(?:" + trie_pattern(names, after_first) + ")" + tail)``'s
    ``finditer``, as a list: every name found in a scan that goes on after each.

    ``re`` skips ahead to the first characters of the names (the branches of the
    trie) and tries the trie only there. A few names that start with a small
    letter or a digit ("al-Menfi", "eSwatini", "16+1") would make that every
    "a", "e" or digit of the text; so those are a pattern of their own, searched
    only where one of them occurs as written (a substring test), and its matches
    merged with the others' in the order the one pattern would find them. (The
    two parts' names start with different characters, so at any place at most
    one part can match, as at most one branch of the trie could.)"""

    def __init__(self, names: Iterable[str], after_first: str, tail: str) -> None:
        names = sorted({n for n in names if n})
        common = [n for n in names if not n[0].islower()]
        rare = [n for n in names if n[0].islower()]
        if not common or not rare:
            common, rare = names, []
        self.rx = re.compile("(?:" + trie_pattern(common, after_first) + ")" + tail)
        self.rare = re.compile("(?:" + trie_pattern(rare, after_first) + ")" + tail) \
            if rare else None
        # a name's longest word stands for it ("Sisi" for "el-Sisi" and "el Sisi")
        gates: list[str] = []
        for n in sorted((max(_WORDS.findall(n) or [n], key=len) for n in rare), key=len):
            if not any(g in n for g in gates):
                gates.append(n)
        #: the rare names' own strings, none inside another (None: too many to test)
        self.gates: Sequence[str] | None = tuple(gates) if len(gates) <= _GATES_AT_MOST \
            else None
        self._tail = re.compile(tail)
        #: the last chunk scanned (see ``spans``): its text, from, to, the matches'
        #: starts and ends, the matches (one tuple, replaced whole)
        self._chunk: tuple[str, int, int, list[int], list[int], list[re.Match[str]]] | None \
            = None

    def spans(self, text: str, pos: int = 0, endpos: int | None = None
              ) -> list[re.Match[str]]:
        """``finditer``'s matches, read from one scan of a chunk of ``text`` that
        holds the span (a sentence, the head, a line): one scan for the sentences
        and lines the steps read one after another, not one per request.

        The chunk's matches inside ``[pos, endpos)`` are the span's own when none
        of them crosses ``pos`` or ``endpos`` and ``tail`` (a lookahead that fails
        only on a character, ``(?!\\w)``) holds at ``endpos`` as written: then at
        each place of the span every branch reads the same characters in both
        scans (lookbehinds read before ``pos`` in both; a branch reaching past
        ``endpos`` makes a crossing match or fails in both). Otherwise the span is
        scanned alone."""
        end = len(text) if endpos is None else endpos
        if pos < 0 or end < 0 or end > len(text):
            return self.finditer(text, pos, end)  # (re clamps these)
        c = self._chunk
        if c is None or c[0] is not text or pos < c[1] or end > c[2]:
            b = min(len(text), max(end, pos + _CHUNK))
            ms = self.finditer(text, pos, b)
            c = self._chunk = (text, pos, b, [m.start() for m in ms], [m.end() for m in ms], ms)
        _text, _a, b, starts, ends, ms = c
        if end < b and self._tail.match(text, end) is None:
            return self.finditer(text, pos, end)
        i = bisect_left(starts, pos)
        if i and ends[i - 1] > pos:
            return self.finditer(text, pos, end)
        j = bisect_left(starts, end, i)
        if j > i and ends[j - 1] > end:
            return self.finditer(text, pos, end)
        return ms[i:j]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None
                 ) -> list[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        rare = self.rare
        if rare is not None and self.gates is not None and pos >= 0 and end >= 0:
            seg = text[pos:end]  # (one slice: "in" is cheaper than find's arguments)
            for g in self.gates:
                if g in seg:
                    break
            else:
                rare = None  # none of the rare names here
        if rare is None:
            return list(self.rx.finditer(text, pos, end))
        out = []
        rx = self.rx
        u, r = rx.search(text, pos, end), rare.search(text, pos, end)
        while u is not None or r is not None:
            m = u if r is None or (u is not None and u.start() < r.start()) else r
            assert m is not None
            out.append(m)
            at = m.end()
            if u is not None and u.start() < at:
                u = rx.search(text, at, end)
            if r is not None and r.start() < at:
                r = rare.search(text, at, end)
        return out
