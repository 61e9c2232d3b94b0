"""Visitors counted, then named by example.

A review counts its guests by their countries and names some of them after the
place visited: "The foreign ministers of 12 countries visited Mongolia in 2023,
among them Hungary, Japan and Kazakhstan", "Heads of state of five countries paid
visits to Peru, including Chile and Spain". Each country named by example is a
visitor (the count is a figure of its own); the travel frame
(:mod:`communique.extract._frames_travel`) asks here before it falls back on the
guest the text is about.
"""

from __future__ import annotations

import re

from ._frame_parts import _ents, _group
from ._recognise import ISSUER, Sentence
from ._triggers import Trigger

__all__ = ["counted_visitors"]

#: the subject: offices (or delegations) of a counted set of countries, just before
#: the verb: "the foreign ministers of 12 countries", "delegations from over 20
#: states", "leaders of several nations"
_COUNTED_SUBJECT = re.compile(
    r"\b(?:of|from)\s+(?:(?:more\s+than|over|about|around|nearly|some|almost|at\s+least)\s+)?"
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|several|many|numerous|various|a\s+number\s+of|dozens\s+of)\s+"
    r"(?:(?:other|foreign|partner|friendly)\s+)?(?:countries|states|nations|governments)\b"
    r"[^.;]{0,40}?$|"
    # or the visitors themselves counted: "more than 25 heads of government came to"
    # (the count may open the clause searched from: a word's edge, not a space, before
    # it, as the space before a sentence's first word lies outside the span)
    r"(?<![\w-])(?:(?:more\s+than|over|about|around|nearly|some|almost|at\s+least)\s+)?"
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|several|many|numerous|dozens\s+of)\s+(?:(?:foreign|visiting|official)\s+)?"
    r"(?:heads\s+of\s+(?:state|government)(?:\s+(?:and|or|and/or)\s+(?:of\s+)?government)?|"
    r"leaders|presidents|prime\s+ministers|"
    r"(?:foreign\s+)?ministers|delegations)\s*$", re.I)
#: the examples, after the place visited and its time: ", among them", ", including"
_EXAMPLES = re.compile(r"[^.;]{0,50}?,\s*(?:including|among\s+them|among\s+which|among\s+whom|"
                       r"such\s+as|notably|namely|in\s+particular|for\s+instance|"
                       r"for\s+example)\s+(?:those\s+of\s+)?(?:the\s+)?", re.I)


def counted_visitors(s: Sentence, t: Trigger, clause_start: int, after: int, end: int,
                     dest: list[str]) -> list[str]:
    """The countries named by example after the place visited (``after``: where
    the places end), when the subject counts the visitors' countries before the
    trigger ``t``; else none."""
    if not _COUNTED_SUBJECT.search(s.text, max(clause_start, t.start - 120), t.start):
        return []
    m = _EXAMPLES.match(s.text, after, end)
    if m is None:
        return []
    listed = _group(s, _ents(s, m.end(), end, "country", "adj"))
    if not listed or listed[0].start > m.end() + 30:
        return []
    return list(dict.fromkeys(e.code for e in listed
                              if e.code not in dest and e.code != ISSUER and not e.place))
