"""Consultations or meetings named as a standing habit of two sides ("were glad of
the regular consultations the two ministries hold", "welcomed their
periodic political dialogue", "noted the ongoing contacts"): the practice is
praised or noted, no round of it is held in the sentence. A round held in the
habit ("held the regular consultations in Luanda on 4 May") is still one.

An event said to be part of consultations named by a bare plural ("the call came as
part of senior-level consultations between A and B", "the visit is part of intensive
consultations between the two capitals") puts itself in a series: the series is no
occasion beside it. A round named as held ("was part of consultations held in Lima on
4 May") or with a determiner ("as part of the political consultations") still is one."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["habit_named"]

#: a determiner and a habitual adjective right before the trigger, up to two words
#: between: "the regular", "their periodic political", "these frequent bilateral"
_HABIT_BEFORE = re.compile(
    r"\b(?:the|their|these|such|its|our)\s+(?:(?:very|more|most|increasingly)\s+)?"
    r"(?P<adj>regular|periodic|ongoing|continued|continuing|continuous|frequent|constant|"
    r"permanent|sustained|systematic|routine|customary|traditional|established)\s+"
    r"(?:[\w-]+\s+){0,2}$", re.I)
#: the adjective opening an office's name: "The Permanent Secretary met", "the Permanent
#: Representative held talks" (a person, no habit)
_OFFICE = re.compile(r"(?-i:[A-Z])[\w-]+\s+(?-i:[A-Z])")
#: a verb of holding just before the determiner: the round itself is told
_HELD = re.compile(r"\b(?:held|hold|holds|holding|had|conducted|conduct|convened|"
                   r"opened|chaired|co-chaired|attended|took\s+part\s+in|participated\s+in)"
                   r"\s+(?:(?:today|yesterday|also|then)\s+)?$", re.I)
#: the occasion told as held after the trigger, in its clause: "the regular political
#: dialogue between A and B took place in Lima on 2 May" (not a habit's span: "the
#: regular consultations that have been held since 2010")
_HELD_AFTER = re.compile(
    r"[^.;]{0,100}?\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:held|convened)"
    r"|took\s+place)\b(?!\s+(?:since|regularly|annually|every|for|over|each|on\s+a)\b)", re.I)
#: an ongoing practice told in the perfect progressive right before the trigger: "A and B
#: have been holding annual political consultations since 2015"
_ONGOING = re.compile(r"\b(?:have|has|had)\s+been\s+(?:(?P<verb>holding|conducting|having)\s+"
                      r"(?:(?:their|its|the|regular|annual|yearly)\s+)*)?$", re.I)
#: (the verb may open the trigger itself: "has been holding consultations with")
_ONGOING_VERB = re.compile(r"(?:holding|conducting|having)\b", re.I)
_TYPES = frozenset({"consultation", "meeting", "commission"})
#: a predicate that makes its subject part of a series named by a bare plural (no
#: determiner, up to three words before the trigger's head): "came as part of
#: senior-level", "is part of intensive", "formed part of"
_SERIES_BEFORE = re.compile(
    r"\b(?:came|comes|come|was|is|were|are|be|been|forms?|formed)\s+(?:(?:also|thus)\s+)?"
    r"(?:as\s+)?(?:a\s+)?part\s+of\s+"
    r"(?:(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|two|three)\b)[\w-]+\s+){0,3}$",
    re.I)
#: the series' round told as held after it
_SERIES_HELD = re.compile(r"\b(?:held|convened|conducted|organi[sz]ed|took\s+place|"
                          r"opened|chaired|co-chaired)\b", re.I)
_SINCE = re.compile(r"\b(?:since|until|till)\s+(?:the\s+)?$", re.I)
_PLURAL = re.compile(r"\b(?:consultations|talks|meetings|contacts)\b", re.I)


def habit_named(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether the trigger ``t`` names a standing practice, not an occasion: a
    habitual adjective with its determiner right before it, and no verb of holding
    before that (the clause's own span ``cl`` bounds the look back)."""
    if t.type not in _TYPES:
        return False
    if _series_named(s, t, cl):
        return True
    lo = max(cl[0], t.start - 80)
    ongoing = _ONGOING.search(s.text, lo, t.start)
    if ongoing and (ongoing.group("verb") or _ONGOING_VERB.match(t.text)):
        return True
    # (the adjective may open the trigger itself: "regular consultations")
    head = t.start + t.text.rfind(" ") + 1 if " " in t.text else t.start
    m = _HABIT_BEFORE.search(s.text, lo, head)
    if m is None or _OFFICE.match(s.text, m.start("adj")):
        return False
    if _HELD_AFTER.match(s.text, t.end, cl[1]):
        return False
    return _HELD.search(s.text, lo, m.start()) is None


def _series_named(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether the trigger ``t`` is a bare plural that a predicate before it makes its
    subject part of ("came as part of senior-level consultations"), no round of it told
    as held or dated after it in the clause ``cl``."""
    noun = _PLURAL.search(t.text)
    if noun is None or not _SERIES_BEFORE.search(
            s.text, max(cl[0], t.start - 100), t.start + noun.start()):
        return False
    after = s.text[t.end:cl[1]]
    # (a day of the round: "consultations on 4 May"; not "grown since last year")
    return not _SERIES_HELD.search(after) and not any(
        t.end <= d.start < cl[1] and not d.relative
        and not _SINCE.search(s.text, max(t.end, d.start - 12), d.start) for d in s.dates)
