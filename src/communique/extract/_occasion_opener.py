"""Phrases before a travel trigger that name no traveller. An opening phrase of time
that names a gathering ("Following the ASEAN Summit, the
Prime Minister travelled to Fiji", "Ahead of the AU Assembly, the Minister flew to
Addis Ababa"): the body named there is the occasion's, not the traveller of the clause
after it, who is read past the phrase (the issuer's official when none is named). A visit
named by example after a count ("hosted 12 foreign visits, including the visit of
the President of Peru"): the visitor is named after "of", the subject before the
count is the host. An opening phrase naming a trip before, with its own time ("After his
visit to Thailand on 12-13 March, the State Secretary flew to Vientiane on 14 March"):
that time is the earlier trip's, not the next one's, when the clause after it tells its
own."""

from __future__ import annotations

import re

from ._recognise import Sentence

__all__ = ["example_before", "example_in", "occasion_opener_end", "trip_opener_end"]

_OCCASION_OPENER = re.compile(
    r"\W*(?:(?:shortly|soon|immediately|just|right|directly)\s+)?(?:after|following|before|"
    r"ahead\s+of|prior\s+to|at\s+the\s+(?:close|end|conclusion)\s+of|on\s+the\s+(?:sidelines|"
    r"margins)\s+of)\s+(?:the|this|that|his|her|their)\s+(?:[^,;]{0,60}?\s)?(?:summit|"
    r"session|conference|meeting|forum|assembly|ministerial|council|congress|gathering|"
    r"games|talks)s?\b[^,;]{0,60},\s*", re.I)


def occasion_opener_end(s: Sentence, clause_start: int, t_start: int) -> int:
    """Where an opening phrase naming a gathering ends, when it ends before the
    trigger; else 0."""
    m = _OCCASION_OPENER.match(s.text, clause_start, t_start)
    return m.end() if m else 0


#: an opening phrase naming a trip (or talks) that came before: "After his visit to
#: Thailand on 12-13 March,", "Following her talks in Hanoi on 3 May,", "After visiting
#: Peru on Monday,"
_TRIP_OPENER = re.compile(
    r"\W*(?:(?:shortly|soon|immediately|just|right|directly)\s+)?(?:after|following)\s+"
    r"(?:(?:the|his|her|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|stay|tour|talks)\b|"
    r"(?:visiting|touring)\b)[^,;]{0,100},\s*", re.I)


def trip_opener_end(s: Sentence, t_start: int, end: int) -> int:
    """Where an opening phrase naming a trip before ends, when it tells a time of its
    own and the clause after it (up to ``end``) tells another before or after trigger
    ``t_start``; else 0."""
    m = _TRIP_OPENER.match(s.text, s.start, t_start)
    if m is None or not any(s.start <= d.start < m.end() for d in s.dates) \
            or not any(m.end() <= d.start < end for d in s.dates):
        return 0
    return m.end()


#: the examples of what was counted, just before the visit's noun: ", including the",
#: ", among them the", ", notably the"
_EXAMPLE = re.compile(r",\s*(?:including|among\s+them|among\s+which|notably|in\s+particular|"
                      r"such\s+as)\s+(?:the\s+)?$", re.I)


def example_before(s: Sentence, t_start: int) -> bool:
    """Whether a visit's noun is named by example after a count (", including the")."""
    return _EXAMPLE.search(s.text, max(s.start, t_start - 30), t_start) is not None


#: the example named by a pronoun inside the trigger: "visits, among them those of"
_EXAMPLE_IN = re.compile(r",?\s+(?:including|among\s+them|among\s+which|notably|in\s+particular|"
                         r"such\s+as)\s+(?:those|that)\s+of$", re.I)


def example_in(t_text: str) -> bool:
    """Whether a visit's trigger names its guests by example ("visits, among them those
    of"): the guests follow, the subject before the count is the host."""
    return _EXAMPLE_IN.search(t_text) is not None
