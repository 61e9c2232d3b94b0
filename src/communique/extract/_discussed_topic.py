"""What was discussed, told between the verb and the official talked with: "discussed
Ukraine with the Foreign Minister of Poland", "discussed Syria and Lebanon by phone with
the Foreign Minister of Jordan", "discussed Gaza with the Secretary General of the
United Nations", "exchanged views on Iran at a meeting with". The countries and
organisations of that object are the topic, no side of the talks; the official after
"with" is."""

from __future__ import annotations

import re

from ._gate import Gated
from ._recognise import Ent, Sentence

__all__ = ["in_discussed_topic", "in_discussion_of", "in_passive_topic"]

_WORD = r"(?!(?:with|and)\b)[\w.'’-]+\s+"
#: an official (or a name set off before the office) right after "with": the side
#: talked with ("with the Italian Foreign Minister", "with A, Foreign Minister of B")
_OFFICIAL = re.compile(
    r"(?:(?:the|his|her|their)\s+)?(?:(?:" + _WORD + r"){0,3}?|(?:" + _WORD + r"){1,3}?"
    r"[\w.'’-]+,\s+(?:the\s+)?(?:" + _WORD + r"){0,3}?)"
    r"(?-i:counterparts?|colleagues?|Ministers?|Presidents?|Prime|Secretary|Secretaries|"
    r"Ambassadors?|Foreign|King|Emir|Chancellor|Premier|High Representative|"
    r"Special Representative|Special Envoy|Commissioner|Director|delegation)\b", re.I)
#: the verb that opens the object ("discussed", "discusses", "talked about", "exchanged
#: views on")
_VERB = Gated(re.compile(r"\b(?:discuss(?:ed|es)|talk(?:ed|s)\s+(?:about|over)|exchanged\s+"
                         r"(?:views|opinions)\s+on)\s", re.I))
_WITH = re.compile(r"\bwith\s+", re.I)
#: how far the object may reach before and after the name (characters)
_BEFORE, _AFTER = 90, 80


def in_discussed_topic(s: Sentence, e: Ent) -> bool:
    """Whether ``e`` is named in what was discussed: after the verb with no official
    talked with between, and before a "with" that brings one."""
    verbs = list(_VERB.finditer(s.text, max(s.start, e.start - _BEFORE), e.start))
    if not verbs or any(_OFFICIAL.match(s.text, w.end())
                        for w in _WITH.finditer(s.text, verbs[-1].end(), e.start)):
        return False
    return any(_OFFICIAL.match(s.text, w.end()) for w in _WITH.finditer(
        s.text, e.end, min(s.end, e.end + _AFTER)))


#: a discussion named by its noun, then what it was of, listed ("In-depth discussion of
#: the Kosovo question, Libya and the Sahel, ...", "an exchange of views on Mali, Chad
#: and the Sahel"): the countries listed are what was discussed, no side of the talks
#: nor of a signing told in the same list; a "with", "between" or "by" brings the sides
#: ("discussions on energy with Norway"), a dash or colon ends the list; a time after the
#: preposition is no object ("discussions on Monday"), and talks that "included" or
#: "involved" the countries were with them; a verb of meeting or an official's office
#: ends the list ("a discussion of Sudan and met the Foreign Minister of Kenya")
_DISCUSSION_OF = re.compile(
    r"\b(?:discussions?|deliberations|exchanges?\s+of\s+(?:views|opinions))\s+"
    r"(?:of|about|on|over|regarding|concerning)\s+"
    r"(?!(?:the\s+)?(?:\d+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b)"
    r"(?:(?!\b(?:with|between|by|among|sidelines|margins|includ(?:ed|es|ing)|"
    r"involv(?:ed|es|ing)|met|meets|received|receives|visited|visits|held|holds|called|"
    r"ministers?|presidents?|counterparts?|ambassadors?|secretary|premier|king|emir)\b)"
    r"[^.;:!?–—])*$", re.I)


def in_discussion_of(s: Sentence, e: Ent) -> bool:
    """Whether ``e`` is listed in what a discussion named by its noun was of (see
    ``_DISCUSSION_OF``); a country told with its possessive stays the side whose
    matters were discussed ("met Prime Minister A for a discussion on the Islands'
    ties with C")."""
    return _DISCUSSION_OF.search(s.text, max(s.start, e.start - 120), e.start) is not None \
        and s.text[e.end:e.end + 1] not in "'’"


#: a passive verb of talks, then the side talked with: "issues such as Syria and Yemen
#: were discussed with Jordan", "the situation in Libya was raised with our partner
#: Malta" (what comes before the verb is the topic; with no "with" after it, the
#: country before may be the side: "Cooperation with Jordan was discussed")
_PASSIVE_WITH = re.compile(
    r"(?:(?!\b(?:with|and\s+(?:the\s+)?(?:minister|president|prime|secretary))\b)"
    r"[^.;:!?])*?\b(?:was|were|(?:has|have|had)\s+been)\s+(?:(?:[\w-]+ly|also|further|again)\s+)?"
    r"(?:discussed|raised|addressed|reviewed|touched\s+upon|taken\s+up)\s+"
    r"(?:[\w-]+\s+){0,3}?with\b", re.I)


def in_passive_topic(s: Sentence, e: Ent) -> bool:
    """Whether ``e`` is named in the subject of a passive verb of talks followed by
    the side they were held with (see ``_PASSIVE_WITH``), within the sentence."""
    m = _PASSIVE_WITH.match(s.text, e.end, min(s.end, e.end + 120))
    return m is not None and s.text[e.end:e.end + 1] not in "'’"
