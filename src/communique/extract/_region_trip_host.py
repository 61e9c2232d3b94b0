"""A meeting told as part of a trip to a region ("has met with the Chilean Foreign
Minister as part of his trip to South America", "During her tour of Central Asia,
the Minister held talks with the Foreign Minister of Tajikistan"): the trip names no
country, but the one foreign side met on it is where the trip went: the visit is to
that side's country. With two sides met, or none, or no meeting told, the region
stays no host (see ``travel``). So does a trip named by its traveller's possessive
alone, with no place at all ("During her visit, the Minister held talks with the
Foreign Minister of Ghana", "On the second day of his visit, he met the President of
Chile"): the one foreign side met, no envoy, is its host (``own_visit_host``)."""

from __future__ import annotations

import re

from ._frame_parts import Context
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["own_visit_host", "region_trip_host"]

#: the trip of the subject, named by its possessive ("as part of his visit to",
#: "during her tour of", "within the framework of their trip to") or as one going on
#: ("while on a tour of", "who is on a visit to", "during a visit to": the traveller
#: is still ours, no foreign side before the meeting's verb)
_OWN_TRIP = re.compile(r"\b(?:his|her|their|an?)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: the trip's noun and its preposition, a capitalised place after it
_TRIP = re.compile(r"(?:visit|tour|trip|journey)s?\s+(?:to|of|in)$", re.I)
#: the trip's noun, with its preposition or (in "is on a visit") without
_NOUN = re.compile(r"\b(?:visit|tour|trip|journey)s?(?:\s+(?:to|of|in))?$", re.I)
_PREP_AFTER = re.compile(r"\s+(?:to|of|in)\b")
_WHO = re.compile(r",\s+who\b", re.I)
#: (not a time: "received the President of A on a state visit in May")
_PLACE = re.compile(r"\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|"
                    r"September|October|November|December|Spring|Summer|Autumn|Winter)\b)"
                    r"(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2}")
#: a meeting the sentence tells (or a briefing of a counterpart, one met: "briefed his
#: Omani counterpart on ... during his visit to the Gulf country")
_MET = re.compile(r"\b(?:met|meets|meeting|held\s+talks|holds\s+talks|talks\s+with|"
                  r"was\s+received\s+by|received|(?:briefed|informed|apprised|updated)(?=\s+"
                  r"(?:his|her|their)\s+(?:[\w’'-]+\s+){0,3}?(?:counterparts?|colleagues?)\b))\b",
                  re.I)


def region_trip_host(s: Sentence, t: Trigger, ctx: Context) -> list[str]:
    """The country of the one foreign side met on our trip to a region, or []."""
    noun = _NOUN.search(t.text)
    end = t.end
    if noun is not None and not _TRIP.search(t.text):
        # ("who is on a visit to South America": the trigger ends on its noun)
        end = prep.end() if (prep := _PREP_AFTER.match(s.text, t.end)) else -1
    after = _PLACE.match(s.text, end) if noun is not None and end >= 0 else None
    met = _MET.search(s.text, s.start, s.end)
    at = t.start + noun.start() if noun is not None else t.start
    if not ctx.issuer or after is None or met is None \
            or not _OWN_TRIP.search(s.text, max(s.start, at - 30), at) \
            or _WHO.search(s.text, met.end(), at):
        # ("met with Japan's State Minister, who is on a visit to the Baltic states": the
        # guest's trip, told after the meeting's verb in a relative clause)
        return []
    # (the region's name is no country: only sides named outside the trip's words; the
    # traveller is ours, no foreign side before the verb: "The Chilean Minister, on his
    # tour of Asia, met the Minister" is the guest's trip)
    named = [e for e in s.ents if e.kind in ("country", "adj") and e.code != ctx.issuer
             and not t.start <= e.start < after.end() and not e.place]
    if any(e.start < met.start() for e in named):
        return []
    sides = {e.code for e in named}
    return sorted(sides) if len(sides) == 1 else []


#: the trip named by its possessive alone, framing the sentence: "During her visit,",
#: "On the second day of his visit,"
_OWN_VISIT = re.compile(r"(?:\bduring|\bdays?\s+of)\s+(?:his|her|their)\s+$", re.I)
#: an envoy met is posted where the trip went, not of the country he serves
_ENVOY = re.compile(r"\b(?:Ambassadors?|Charg[ée]s?\s+d['’]Affaires|High\s+Commissioners?|"
                    r"Consuls?(?:\s+General)?|envoys?)\b", re.I)
#: a trip still planned: "During her visit, she will hold talks with ..."
_PLANNED = re.compile(r"\b(?:will|shall|would|(?:is|are)\s+(?:expected|scheduled|due|set|"
                      r"to)|plans?\s+to|intends?\s+to)\b", re.I)


def own_visit_host(s: Sentence, t: Trigger, ctx: Context) -> list[str] | None:
    """The host of our trip named by its possessive alone (see the module): the one
    foreign side met, named after the verb of meeting; [] when there is none or more
    than one (or an envoy met); None for any other trigger."""
    if t.text.lower() != "visit" or not s.text.startswith(",", t.end) \
            or not _OWN_VISIT.search(s.text, max(s.start, t.start - 20), t.start):
        return None
    met = _MET.search(s.text, t.end, s.end)
    if not ctx.issuer or met is None or _ENVOY.search(s.text, met.end(), s.end) \
            or _PLANNED.search(s.text, t.end, s.end) \
            or any(k in ("visit", "multilateral") for k, _ in ctx.reported):
        return []  # (a trip or a gathering told before is the one "her visit" names)
    named = [e for e in s.ents if e.kind in ("country", "adj") and e.code != ctx.issuer
             and not e.place and e.start >= t.end]
    if any(e.start < met.start() for e in named):
        return []  # "During his visit, the Foreign Minister of Japan met ...": the guest's
    sides = {e.code for e in named}
    return sorted(sides) if len(sides) == 1 else []
