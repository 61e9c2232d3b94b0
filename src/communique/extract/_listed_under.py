"""Events set out as a list under a heading that names their kind.

A year-end review often lists a kind of event under a bare heading, an item a
line, each a country and its days:

    Visits abroad:
    - Brazil (March)
    - Chile, 12-13 April

    Incoming visits:
    1. Foreign Minister of Italy (June)

The heading says what the items are ("Visits abroad", "Incoming visits",
"Telephone conversations", "Agreements signed") and who acted (the issuer
travelled; the item's country came); each item names the other side and
its time. :class:`Listing` follows the lines of one document: a heading
opens a list, its items are read one by one (:func:`listed_records`), and
the first line that is no item closes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import DateSpan, Record
from ._dates import resolve
from ._frame_parts import Context
from ._gazetteer import Gazetteer, load_gazetteer
from ._lead_in import ITEM_MARK
from ._recognise import ISSUER, Sentence
from ._triggers import TriggerSet

__all__ = ["Listing", "listed_records", "notes_only"]

#: a heading's kind: (type, who acts), "out" the issuer towards the item's country,
#: "in" the item's country towards the issuer, "with" symmetric. Read on the
#: heading's words, lower-cased, the colon removed; the first that matches wins.
_KINDS: list[tuple[re.Pattern[str], tuple[str, str]]] = [
    (re.compile(r"\b(?:incoming|inbound|inward)\s+(?:[\w-]+\s+)?visits\b|"
                r"\bvisits\s+(?:to\s+(?:our\s+country|the\s+country|us)|"
                r"(?:(?:were|have\s+been)\s+)?(?:received|hosted|welcomed))\b|"
                r"\b(?:foreign|official|high-level|distinguished)\s+(?:guests|visitors)\b|"
                r"\bwho\s+(?:visited|came\s+to|travell?ed\s+to)\s+(?:our\s+country|us)\b|"
                r"^(?:guests|visitors)\b|\bvisited\s+by\b|\bwe\s+(?:received|hosted)\b|"
                r"^(?:incoming|inbound)$"),
     ("visit", "in")),
    (re.compile(r"\b(?:visits|trips|travels)\s+(?:abroad|overseas)\b|"
                r"\b(?:outgoing|outbound|foreign|overseas)\s+(?:[\w-]+\s+)?(?:visits|trips)\b|"
                r"\b(?:visits|trips)\s+(?:of|by|made\s+by)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:minister|president|secretary|chancellor)\b|"
                r"\b(?:minister|president|secretary)['’]s\s+(?:[\w-]+\s+)?(?:visits|trips)\b|"
                r"^(?:official\s+|working\s+|state\s+|bilateral\s+)*visits\b|"
                r"\b(?:visited|travelled\s+to|traveled\s+to)$|^(?:outgoing|outbound)$|"
                # ("Foreign ministers who visited Croatia:": read by the country named)
                r"\bwho\s+(?:visited|came\s+to|travell?ed\s+to)\s"),
     ("visit", "out")),
    (re.compile(r"\b(?:tele)?phone\s+(?:conversations|calls|talks)\b|\bvideo\s+calls\b|"
                r"^calls\b(?!\s+(?:for|to|on|upon)\b)"),
     ("call", "with")),
    (re.compile(r"\bpolitical\s+consultations\b|^consultations\b"), ("consultation", "with")),
    (re.compile(r"\b(?:agreements|treaties|memoranda|documents|instruments)\s+"
                r"(?:\w+\s+)?(?:signed|concluded)\b|^signed\s+(?:agreements|documents)\b"),
     ("agreement", "with")),
    (re.compile(r"^(?:sessions\s+of\s+(?:the\s+)?)?(?:joint|intergovernmental|inter-governmental|"
                r"bilateral|mixed)\s+(?:[\w-]+\s+)?(?:commissions?|committees?)(?:\s+sessions)?$"),
     ("commission", "with")),
    (re.compile(r"\b(?:bilateral\s+)?meetings\s+(?:with|held)\b|^(?:bilateral\s+)?meetings\b|"
                r"\b(?:met|received)$"),
     ("meeting", "with")),
]
#: a list of what is to come or was hoped for: no event held
_NOT_HELD = re.compile(r"\b(?:upcoming|forthcoming|planned|scheduled|future|next|expected|"
                       r"proposed|pending|postponed|cancell?ed|invitations?)\b")
#: a heading's country visited, named ("visits to chile", "official visits paid to peru")
#: (the guests between: "visits by foreign ministers to bratislava"; or told by a verb:
#: "foreign ministers who visited croatia")
_VISITS_TO = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:(?:visits|trips)\s+(?:(?:paid|made)\s+)?"
                        r"(?:by\s+(?:[\w-]+\s+){1,3}?)?to|"
                        r"who\s+(?:visited|came\s+to|travell?ed\s+to))\s+"
                        r"(?:the\s+)?(?!our\b|us\b)")
#: a heading line: short, ending on a colon, no item itself
_HEADING = re.compile(r"[ \t]*(?!" + ITEM_MARK + r")(?P<words>[^\n:.;]{3,80}?)\s*:[ \t]*$")
#: a heading without its colon, when a bulleted line follows it
_BARE_HEADING = re.compile(r"[ \t]*(?!" + ITEM_MARK + r")(?P<words>[^\n:.;,]{3,60}?)[ \t]*")
_BULLET_NEXT = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*" + ITEM_MARK + r"[ \t]*\S")
#: a heading with its items after the colon, on one line
_INLINE = re.compile(r"[ \t]*[^\n:.;]{3,80}?(?P<colon>:)[ \t]+(?=\S)")
#: a line opened as an item: a bullet or a number ("- ", "• ", "1. ", "2) ")
_BULLET = re.compile(r"[ \t]*" + ITEM_MARK + r"[ \t]*")
#: a sentence's stop right before (another sentence on the same line)
_STOP_BEFORE = re.compile(r"[.;!]\)?[ \t]+$")
#: how long an unbulleted item line may be ("Brazil (March)"), and what may not end it
_ITEM_LONGEST = 90


@dataclass
class Listing:
    """The list a document's lines are in, if any: the kind of its heading."""

    kind: tuple[str, str] | None = None
    #: the document's gazetteer (the user's extensions with it), for a country a
    #: heading names ("Visits to Chile:")
    gaz: Gazetteer | None = None

    def item(self, text: str, start: int, end: int) -> tuple[tuple[str, str], int] | None:
        """The kind of the list whose item ``text[start:end]`` is, and where the item
        starts, or None. A heading line opens a list, a line that is no item closes
        it; a heading and its items on one line ("Visits abroad: Brazil (March),
        Chile (April)") is an item of its own, from its colon."""
        line_start = text.rfind("\n", 0, start) + 1
        if self.kind is not None and self._is_item(text, line_start, start, end):
            return self.kind, start
        if start == line_start or not text[line_start:start].strip():
            self.kind = _kind_of(text, start, end, self.gaz)
            if self.kind is None and (m := _INLINE.match(text, start, end)) is not None \
                    and text.count("(", start, m.end()) <= text.count(")", start, m.end()):
                # (not a colon inside brackets: "with A (twice: May and June)")
                kind = _kind_of(text, start, m.end("colon"), self.gaz)
                if kind is not None and self._names_side(text, m.end(), end):
                    return kind, m.end()
        elif _STOP_BEFORE.search(text, line_start, start) \
                and (m := _INLINE.match(text, start, end)) is not None:
            # "Incoming visits: A (March). Visits abroad: B (May), C (October).": the
            # second heading and its items on the line after a sentence's stop
            kind = _kind_of(text, start, m.end("colon"), self.gaz)
            if kind is not None and self._names_side(text, m.end(), end):
                self.kind = None
                return kind, m.end()
        return None

    def _names_side(self, text: str, start: int, end: int) -> bool:
        """Whether the items after an inline heading's colon name a country or a city:
        "Consultations were held with Ukraine twice: in February and in October" tells
        its partner before the colon, a sentence to read whole, no list."""
        found = (self.gaz or load_gazetteer()).find_all(text, start, end)
        return any(found[k] for k in ("country", "adj", "city"))

    @staticmethod
    def _is_item(text: str, line_start: int, start: int, end: int) -> bool:
        before = text[line_start:start]
        if before.strip():
            # a line's text after its number ("1." then "Japan (January)"), not a
            # second sentence of a line
            return _BULLET.fullmatch(before) is not None
        if _BULLET.match(text, line_start, end) is not None:
            return True
        line = text[start:end]
        if _kind_of(text, start, end) is not None:
            return False  # the next heading ("Outgoing visits:" after the guests) opens its list
        return "\n" not in line and len(line) <= _ITEM_LONGEST and not line.endswith(".")


def _kind_of(text: str, start: int, end: int,
             gaz: Gazetteer | None = None) -> tuple[str, str] | None:
    m = _HEADING.fullmatch(text, start, end)
    if m is None and _BULLET_NEXT.match(text, end):
        m = _BARE_HEADING.fullmatch(text, start, end)  # "Incoming visits" over "- Italy"
    if m is None:
        return None
    words = " ".join(m.group("words").lower().split())
    if _NOT_HELD.search(words):
        return None  # "Upcoming visits:": planned, not told as held
    kind = next((kind for rx, kind in _KINDS if rx.search(words)), None)
    if kind == ("visit", "out") and (to := _VISITS_TO.search(words)) is not None:
        # "Visits to Chile:": the country visited is named; the issuer's own name
        # makes the list one of guests (``listed_records``)
        a = m.start("words")
        found = gaz or load_gazetteer()
        # (or a city of it: "Visits by foreign ministers to Bratislava:", "Presidents who
        # visited Zagreb:")
        named = found.find(text, "country", a + to.start(), m.end("words")) \
            or found.find(text, "city", a + to.start(), m.end("words"))
        if named and named[0].code:
            return ("visit", "to:" + named[0].code)
    return kind


def listed_records(s: Sentence, kind: tuple[str, str], ctx: Context,
                   start: int | None = None) -> list[Record]:
    """The records of one item of a list under a heading of ``kind`` (from
    ``start``): one per country it names (the issuer's own aside), each dated by
    the days after it ("Brazil (March), Chile (April)"), or by the item's one date."""
    issuer = ctx.issuer
    if not issuer:
        return []
    a = s.start if start is None else start
    ents = [e for e in s.ents if e.start >= a and e.kind in ("country", "adj", "city")
            and e.code and e.code not in (ISSUER, issuer)]
    dates = [(d.start, resolve(d, ctx.year, ctx.dateline))  # type: ignore[arg-type]
             for d in s.dates if d.start >= a]
    dates = [(at, d) for at, d in dates if d.y1 is not None]
    typ, who = kind
    if who.startswith("to:"):
        # "Visits to Chile:" in Chile's text: guests; to another country: our visits
        who = "in" if who[3:] == issuer else "out"
    out: list[Record] = []
    seen: set[str] = set()
    # ("2 May – with the Foreign Minister of Greece; 6 May – with ... Cyprus": each day
    # before its country, the list opening with a day)
    leading = bool(ents and dates) and dates[0][0] < ents[0].start
    for i, e in enumerate(ents):
        if e.code in seen:
            continue
        seen.add(e.code)
        upto = ents[i + 1].start if i + 1 < len(ents) else s.end
        since = ents[i - 1].end if i else a
        own = [d for at, d in dates if since <= at < e.start][-1:] if leading else []
        own = own or [d for at, d in dates if e.end <= at < upto]
        k = i + 1
        while not own and not leading and k < len(ents) \
                and _SHARED_GAP.fullmatch(s.text, ents[k - 1].end, ents[k].start):
            # "Lithuania, Latvia (January); Finland (March)": the month in the brackets
            # of the next countries' last is theirs all
            if (m := _BRACKETS.match(s.text, ents[k].end)) is not None:
                own = [d for at, d in dates if m.start(1) <= at < m.end(1)]
                break
            k += 1
        date = own[0] if own else dates[0][1] if len(dates) == 1 else None
        spans = [DateSpan(*date.iso()) if date is not None else ctx.default]
        if len(own) > 1 and (m := _BRACKETS.match(s.text, e.end)) is not None \
                and all(m.start(1) <= at < m.end(1) for at, d in dates if d in own) \
                and not any(d.d1 is not None or d.has_end for d in own):
            # "Sweden (February, November)": a visit in each month listed
            spans = list(dict.fromkeys(DateSpan(*d.iso()) for d in own))
        frm, to = ([e.code], [issuer]) if who == "in" else ([issuer], [e.code])
        out += [Record(type=typ, date=span, from_=frm, to=to) for span in spans]
    return out


#: a country's brackets right after its name: " (February, November)"
_BRACKETS = re.compile(r"\s*\(([^()\n]{1,60})\)")
#: two countries listed, the second's brackets telling both: ", ", " and "
_SHARED_GAP = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:the\s+)?")


def notes_only(text: str, start: int, end: int, triggers: TriggerSet) -> bool:
    """Whether a list's item ``text[start:end]`` names no event of its own, or only in a
    note in brackets ("Germany (February; working visit)"): it is read as the list's item."""
    return all(text.count("(", start, t.start) > text.count(")", start, t.start)
               for t in triggers.find(text, start, end))
