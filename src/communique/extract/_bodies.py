"""A standing body named again by the abbreviation the text gave it: "the 19th
session of the A-B Joint Commission for Bilateral Cooperation (JCBC) ... The
previous JCBC was held in Kuala Lumpur in 2023." The abbreviation is the body's
only when the text defined it after a commission's name; any other one ("the
first session of the UNGA was held ...") stays what it was."""

from __future__ import annotations

import re

from ._frame_rules import bare_body
from ._recognise import Ent, Sentence
from ._triggers import Trigger

__all__ = ["bodies_named_again", "coordinated_body", "held_abroad", "note_bodies", "trip_partner",
           "venue_partner"]

#: the abbreviation in brackets after a commission's name ("Joint Commission (JC)",
#: "Joint Commission for Bilateral Cooperation (JCBC)", "Bi-National Commission
#: (BNC)"): the name may go on for a few capitalised words first
_DEFINED = re.compile(r"(?:\s+(?:for|on|of|in|and)\s+(?:(?:the|and|of|on|in)\s+|"
                      r"(?-i:[A-Z])[\w-]*\s+){0,5}?(?-i:[A-Z])[\w-]*)?\s*\(\s*"
                      r"(?-i:([A-Z][A-Z0-9&-]{1,7}))\s*\)")
#: a session of a body told by its abbreviation ("previous JCBC was held", "first
#: session of the JPC took place"; the pattern of triggers.toml)
_BY_ABBREV = re.compile(r"(?i:[\w-]+\s+(?:(?:session|meeting|round)\s+of\s+the\s+)?)"
                        r"([A-Z][A-Z0-9&-]{1,7})\s")
#: the session word of such a trigger, when the multilateral pattern would read it
_SESSION = re.compile(r"(?i)\bsession\b(?=.*\b(?:was|were) (?:held|convened)\b)")


def note_bodies(s: Sentence, triggers: list[Trigger], known: set[str]) -> None:
    """Add to ``known`` the abbreviations this sentence gives its commissions."""
    for t in triggers:
        if t.type == "commission":
            m = _DEFINED.match(s.text, t.end, s.end)
            if m is not None:
                known.add(m.group(1))


def bodies_named_again(triggers: list[Trigger], known: set[str]) -> list[Trigger]:
    """The triggers without a session of a body named by an abbreviation the
    text never gave a commission (see the 'previous JCBC' pattern of
    triggers.toml)."""
    out = []
    for t in triggers:
        m = _BY_ABBREV.match(t.text) if t.type == "commission" else None
        if m is not None and m.group(1) not in known:
            m = _SESSION.search(t.text)
            if m is None:
                continue
            # "the first session of the UNGA was held": a session of some other body,
            # as the multilateral pattern it took the place of reads it
            t = Trigger(t.start + m.start(), t.end, "multilateral", "multilateral",
                        t.text[m.start():])
        out.append(t)
    return out


#: an earlier session of a standing format, the trigger itself or the words before it
#: ("The previous JCBC was held", "The last round of the political dialogue took place")
_AGAIN = re.compile(r"(?i:(?:the|its)\s+(?:previous|last|first|second|third|fourth|fifth|"
                    r"[\w-]+th|[\w-]+st|[\w-]+nd|[\w-]+rd)\s+(?:(?:session|meeting|round)\s+"
                    r"of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?)$")
#: "took place in Ankara", "was held in Abuja": the city the session sat in
_SAT_IN = re.compile(r"(?i:[^.;]{0,40}?\b(?:took place|was held|were held|had been held|"
                     r"had taken place|met|convened)\s+in\s+)$")


def venue_partner(s: Sentence, start: int, end: int, issuer: str | None) -> list[str]:
    """The country of the foreign city an earlier session of a bilateral format
    sat in ("The last round of the consultations took place in Ankara"): the
    partner of that format, rather than the partner the text last named."""
    if not _AGAIN.search(s.text, max(s.start, start - 60), start):
        return []
    for e in s.ents:
        if e.kind == "city" and e.start >= end and e.code and e.code != issuer \
                and _SAT_IN.search(s.text, end, e.start):
            return [e.code]
    return []


#: a journey told before a bilateral body's session: "went to", "travelled to", "arrived
#: in", "left for", "flew to"
_TRIP_TO = re.compile(r"\b(?:went|travel(?:s|led|ed|ling|ing)?|fl(?:ew|ies)|arrived|"
                      r"(?:left|leaves|departed)\s+for|headed|came|journeyed)\s+(?:to|in|for)\s+",
                      re.I)
#: the purpose of the journey, the body's session: "to attend the 10th", "for the"
#: (or a where-clause after the place: "travelled to Riyadh, where on 2 March he
#: co-chaired the Strategic Partnership Council")
_TO_ATTEND = re.compile(r"(?:[^.;,]{0,40}?\b(?:to\s+(?:attend|take\s+part\s+in|participate\s+in|"
                        r"co-?chair|hold)|for)|,?\s+where\s+[^.;]{0,40}?\b(?:co-?chaired|chaired|"
                        r"attended|took\s+part\s+in|participated\s+in|held|opened))"
                        r"\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$", re.I)


def trip_partner(s: Sentence, t: Trigger, start: int, issuer: str | None) -> list[str]:
    """The country travelled to just before a bilateral body's session with no side
    of its own named ("went to Baku to attend the 5th High Level Strategic Council",
    "travelled to the Azerbaijani capital Baku for the Joint Commission"): the body's
    partner; else none."""
    trip = _TRIP_TO.search(s.text, start, t.start) if t.type == "commission" else None
    if trip is None:
        return []
    place = [e for e in s.ents if trip.end() <= e.start < trip.end() + 40 and e.end <= t.start
             and e.kind in ("country", "adj", "city") and e.code]
    codes = {e.code for e in place if e.code != issuer}
    if len(codes) != 1 or len({e.code for e in s.ents if trip.end() <= e.start < t.start
                               and e.kind in ("country", "adj", "city")}) != 1 \
            or not _TO_ATTEND.match(s.text, place[-1].end, t.start):
        return []
    return list(codes)


#: what joins two bodies' names in one list: "... Commission and the 9th meeting of the
#: Intergovernmental Commission", "... Commission and of the Joint Border Commission"
_AND_THE = re.compile(r"[^.;:()]{0,40}?\band\s+(?:of\s+)?the\s+[^.;:()]{0,50}$")


def coordinated_body(s: Sentence, t: Trigger, before: list[Trigger]) -> tuple | None:
    """The body named in full by the commission trigger ``t`` when another body of
    another name came just before it in one list: a session of its own (as an
    official is a meeting of its own); else None."""
    prev = next((b for b in reversed(before) if b.type == "commission"), None)
    if t.type != "commission" or prev is None or bare_body(t.text) or bare_body(prev.text) \
            or t.text.lower() == prev.text.lower() \
            or not _AND_THE.match(s.text, prev.end, t.start):
        return None
    return ("body", t.text.lower())


#: the place a round of consultations was held in, right after its noun or its verb:
#: "consultations in Santiago", "took place in Lisbon", "were held on 4 March in Lima"
_HELD_IN = re.compile(r"(?i:(?:\s+(?:were|was|have\s+been|had\s+been)\s+held|\s+took\s+place|"
                      r"\s+at\s+the\s+level\s+of\s+[\w\s-]{1,40}?)?"
                      r"(?:\s+on\s+\d{1,2}\s+\w+(?:\s+\d{4})?|\s+on\s+\w+day)?,?\s+in\s+)$")


_AT_LEVEL = re.compile(r"\bat\s+the\s+level\s+of\b", re.I)


def held_abroad(s: Sentence, t: Trigger, end: int, issuer: str | None) -> list[str]:
    """The country of the foreign city (or country) a round of consultations with no
    partner named was held in ("Political consultations were held in Santiago on 4
    March", "Deputy Minister A held political consultations in Lisbon"): consultations
    are bilateral, the host is the other side. Only a formal round: "political
    consultations", or consultations "at the level of" an office (not "held
    consultations in Santiago ahead of the Summit": whom with, the text leaves open);
    or rounds in several capitals listed ("conducted consultations in Vienna, Bern and
    Prague"): a round with each host, as "in Cairo on 9 February and in Amman on 12
    February" (each round's host, on its own day)."""
    formal = "political" in t.text.lower() or _AT_LEVEL.search(s.text, s.start, s.end)
    places = [e for e in s.ents if t.end <= e.start < end and _abroad(e, issuer)]
    for i, e in enumerate(places):
        if _HELD_IN.search(s.text, t.end, e.start):
            hosts = [e.code]
            for prev, nxt in zip(places[i:], places[i + 1:], strict=False):
                if not (_LIST_GAP.fullmatch(s.text, prev.end, nxt.start)
                        or _IN_NEXT.fullmatch(s.text, prev.end, nxt.start)):
                    break
                hosts += [nxt.code] if nxt.code not in hosts else []
            return hosts if formal or len(hosts) > 1 else []
    return []


def _abroad(e: Ent, issuer: str | None) -> bool:
    return e.kind in ("city", "country") and bool(e.code) and e.code != issuer \
        and (e.kind == "city" or e.place)


#: between two places listed: ", ", " and ", ", and "
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
#: between two places of rounds held one after the other: " on 9 February and in "
_IN_NEXT = re.compile(r"(?:\s+on\s+\d{1,2}\s+\w+|\s+in\s+\w+|\s*\([^()]{1,30}\))?,?\s+"
                      r"(?:and\s+)?(?:then\s+|later\s+)?in\s+", re.I)

