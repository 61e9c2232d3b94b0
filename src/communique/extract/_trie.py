"""Compile many literal phrases into one fast regular expression.

Python's ``re`` tries alternatives one by one; thousands of country and
organisation names as a plain alternation would be slow. Factoring the
phrases into a character trie gives a pattern that does one step per
character, which keeps gazetteer matching near plain tokenisation speed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_pattern"]

_END = ""


def trie_pattern(phrases: Iterable[str], after_first: str = "") -> str:
    """A regex source matching any of ``phrases`` (longest match first).

    ``after_first`` (an assertion) is put right after each phrase's first
    character: a lookbehind written there rather than before the whole pattern
    leaves the pattern starting with one literal character per branch, which
    ``re`` uses to skip ahead to the positions where a phrase may start."""
    root: dict[str, dict] = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if not root:
        return r"(?!)"
    if not after_first:
        return _emit(root)
    # one branch per first character (no character class, which re does not
    # skip ahead by when it is one branch among literals)
    return "(?:" + "|".join(re.escape(ch) + after_first + ("" if list(root[ch]) == [_END]
                                                           else _emit(root[ch]))
                            for ch in sorted(root)) + ")"


def _emit(node: dict[str, dict]) -> str:
    ends = _END in node
    branches = []
    singles = []
    for ch in sorted(k for k in node if k != _END):
        sub = node[ch]
        if len(sub) == 1 and _END in sub:
            singles.append(re.escape(ch))
        else:
            branches.append(re.escape(ch) + _emit(sub))
    if singles:
        branches.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        if len(branches) == 1 and len(body) == 1 or body.startswith("["):
            return body + "?"
        return "(?:" + body + ")?"
    return body
