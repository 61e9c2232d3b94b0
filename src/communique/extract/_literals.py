"""The literal text a regular expression cannot match without.

A pattern such as ``(?:had|held) (?:an? )?tete-a-tete with`` matches only
where "tete-a-tete with" occurs, and ``met(?! by)`` only where "met" does. A
substring test (``str.__contains__``, a fast C search) rules such a pattern out
on most sentences before any regular expression runs.

:func:`needed` reads a pattern with the standard library's own regular
expression parser and returns a set of strings one of which every match holds
(in its matched text or in a lookahead), or None when it cannot tell. It is
conservative: anything it does not know (a flag set inside the pattern, a
back-reference, a class of characters) ends the literal run there instead of
being guessed at. Lookbehinds are left out, as they may read text before the
span searched; so are negative assertions and optional parts.

The strings are exact for a pattern compiled without ``re.I``: a caller that
searches case-insensitively lowers the pattern's letters and the text first
(see ``_fold.lower_literals``).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# the parser re itself uses (re._parser since Python 3.11; the typeshed stubs
# know it by its older name, which still works with a warning)
_p: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

__all__ = ["needed", "needed_all"]

#: more alternatives than this and a set is not worth testing one by one
_MAX_SET = 24
#: strings at least this long are taken to be rare enough in a sentence
_RARE = 5


def needed(pattern: str, most: int = _MAX_SET) -> frozenset[str] | None:
    """Strings one of which occurs in every match of ``pattern`` (compiled
    without flags), or None when no such set is known; ``most``: the most
    strings such a set may hold (the alternatives of a group each add theirs)."""
    sets = _sets(pattern)
    return None if sets is None else _best(sets, most)


def needed_all(pattern: str) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    """``needed(pattern)``, and every set of strings known of ``pattern`` one of
    which occurs in every match: a match holds a string of each set ("held" and
    "meeting with" in ``held (?:a|the) meeting with``), [] when none is known."""
    sets = _sets(pattern)
    if sets is None:
        return None, []
    return _best(sets), [_shortest(s) for s in sets if s and all(s) and len(s) <= _MAX_SET]


def _sets(pattern: str) -> list[frozenset[str]] | None:
    try:
        parsed = _p.parse(pattern, 0)
    except (re.error, RecursionError, ValueError):
        return None
    if parsed.state.flags & (re.I | re.X | re.VERBOSE):
        return None  # a flag set for the whole pattern: "(?i)..."
    try:
        return _required(list(parsed))
    except (TypeError, ValueError, RecursionError):
        return None


def _best(sets: list[frozenset[str]], most: int = _MAX_SET) -> frozenset[str] | None:
    """The most telling set, cheapest to test: of the sets whose strings are all
    long enough to be rare, the one with fewest strings; else the one whose
    shortest string is the longest. A string holding another of its set is
    dropped (where it occurs, so does the other)."""
    good = [_shortest(s) for s in sets if s and all(s) and len(s) <= most]
    if not good:
        return None
    return max(good, key=lambda s: (min(len(x) for x in s) >= _RARE, -len(s),
                                    min(len(x) for x in s)))


def _shortest(strings: frozenset[str]) -> frozenset[str]:
    return frozenset(x for x in strings if not any(y != x and y in x for y in strings))


def _required(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Sets of strings each of which is needed by a match of the sequence
    ``items`` (one string of each set occurs in the match)."""
    out: list[frozenset[str]] = []
    run: set[str] = {""}

    def close() -> None:
        nonlocal run
        if run and all(run):
            out.append(frozenset(run))
        run = {""}

    for op, av in items:
        if op is _c.LITERAL:
            run = {s + chr(av) for s in run}
            continue
        whole = _whole(op, av)
        if whole is not None and len(run) * len(whole) <= _MAX_SET:
            # a short alternation of plain strings ("had|held") continues the run
            run = {s + w for s in run for w in whole}
            continue
        close()
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not (add_flags or del_flags):
                out += _required(list(sub))
        elif op is _c.BRANCH:
            alts = [_best(_required(list(alt))) for alt in av[1]]
            if alts and all(a is not None for a in alts):
                out.append(frozenset().union(*[a for a in alts if a is not None]))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            if lo >= 1:
                out += _required(list(sub))
        elif op is _c.ASSERT:
            direction, sub = av
            if direction == 1:  # a lookahead reads text after the position
                out += _required(list(sub))
        elif op is _c.ATOMIC_GROUP:
            out += _required(list(av))
        # anything else (classes, any character, assertions, references):
        # nothing needed from it, and the run ends there
    close()
    return out


def _whole(op: Any, av: Any) -> frozenset[str] | None:
    """The strings a group or alternation matches when it is only plain
    strings ("(?:had|held)", "an?"), else None."""
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _strings(list(sub))
    if op is _c.BRANCH:
        return _strings([(op, av)])
    return None


def _strings(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Every string a sequence of literals and plain alternations matches."""
    acc: set[str] = {""}
    for op, av in items:
        if op is _c.LITERAL:
            acc = {s + chr(av) for s in acc}
        elif op is _c.BRANCH:
            alts: set[str] = set()
            for alt in av[1]:
                got = _strings(list(alt))
                if got is None:
                    return None
                alts |= got
            acc = {s + a for s in acc for a in alts}
        elif op is _c.SUBPATTERN and not (av[1] or av[2]):
            got = _strings(list(av[3]))
            if got is None:
                return None
            acc = {s + a for s in acc for a in got}
        else:
            return None
        if len(acc) > _MAX_SET:
            return None
    return frozenset(acc)
