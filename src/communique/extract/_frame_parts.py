"""What the frames share: the document context, the regular expressions that
read a sentence's structure, and the helpers that find participants, dates and
places in a region of it (see :mod:`communique.extract._frames`)."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from ..model import DateSpan, Place
from ._clause_cut import cut_kept
from ._frame_basics import _TOPIC as _TOPIC
from ._frame_basics import _clause_end as _clause_end
from ._frame_basics import _next_day as _next_day
from ._frame_basics import _record as _record
from ._frame_basics import _reported_key as _reported_key
from ._frame_basics import _topic_cut as _topic_cut
from ._gate import Gated
from ._offsets import MEASURED
from ._recognise import ISSUER, PAIR, Ent, Sentence
from ._triggers import Trigger

__all__ = ["Context"]


# (", a day after the envoys met": a clause of its own; "recalled that A and that B":
# the second complement of the verb too, not "that of Kenya"; a semicolon before the
# next person of a list, "Mr A of X; Ms B of Y; and Dr C of Z in the margins of ...",
# cuts nothing: the list goes on)
_CUTS = (r";(?!\s+(?:and\s+)?(?-i:Mr|Ms|Mrs|Madam|Dr|H\.\s?E|Hon)\b\.?\s+(?-i:[A-Z]))"
         r"|,\s+(?:and|while|whereas|but)\s+|,?\s+and\s+that\s+(?!of\b)|\.\s+(?=[A-Z])")
_CLAUSE = re.compile(_CUTS + r"|,?\s+" + MEASURED, re.I)
#: the same cuts where a sentence names no day nor week, which the last one needs
#: (tried at every space, it is most of the scan)
_CLAUSE_UNMEASURED = re.compile(_CUTS, re.I)
_TRILATERAL = Gated(re.compile(r"\b(?:tri|quadri)lateral|\btripartite\b|\bthree-way\b|\btrilogue\b|"
                               r"\btriangle\b|\btrio\b|"
                               r"\bjoint meeting of\b|\bformat\b|"
                               # "the meeting of the foreign ministers of A, B and C": one of all
                               r"\bmeeting of (?:the )?(?:[\w-]+ ){0,2}?(?:ministers|leaders) of\b",
                               re.I))
_PREP_TO = re.compile(r"\b(?:to|in|into|at)\b(?!\s+(?:the\s+)?(?:invitation|occasion|framework|"
                      r"margins?|sidelines?|head|course|order|accordance|line|context))", re.I)
_EVENT_NOUN = re.compile(r"\b(?:sessions?|summits?|meetings?|conferences?|council|forum|"
                         r"ministerials?|assembly|congress|dialogue|week|talks|gathering|"
                         r"consultations?|conventions?)\b", re.I)
_RES_NOUN = re.compile(r"\b(?:resolutions?|declarations?|decisions?|documents?|communiqu[eé]s?|"
                       r"statements?|consensus|conclusions|outcome document|road ?map|"
                       r"action plan)\b", re.I)
_ITEM_SPLIT = re.compile(r",\s+(?:as well as\s+)?(?:at\s+)?|\s+as well as\s+(?:at\s+)?|"
                         r"\s+and\s+(?:(?:in|at)\s+)?(?=(?:the\s+)?(?:(?![\w-]+ed\s)[\w-]+['’]?\s+){0,4}?"
                         r"(?:meetings?|forums?|summits?|conferences?|sessions?|"
                         r"(?-i:Assembly|Council))\b)", re.I)
_GENERIC = re.compile(r"\b(?:international events|various|numerous|other|several|many|these|"
                      r"those|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                      r"(?:[\w-]+\s+)?(?:summits|meetings|sessions|conferences|forums|events))\b",
                      re.I)
#: an event other than the one a sentence is about ("the agreements reached
#: during the state visit of ... last December")
_WHERE_AFTER = re.compile(r"[^.;]{0,60}?,\s+where\b")
_HAD_DONE = re.compile(r"\bhad\s+(?:(?:first|already|just|once|\w+ly)\s+)?(?:\w+(?:ed|en)|spoke|"
                       r"met|held|made|had|been|seen)\b", re.I)
_OTHER_EVENT = re.compile(r"\b(?:visit|meeting|talks|summit|session|conference|negotiations|"
                          r"consultations|trip|tour|conversation|phone call)\b", re.I)
#: a country in an envoy's remit is no participant ("UN Special Envoy for Yemen")
_REMIT = Gated(re.compile(r"\b(?:Envoy|envoy|Representative|representative|Coordinator|"
                    r"Rapporteur|Adviser|Advisor)\b"
                    # (not the envoy's call on a host: "our envoy called on the
                    # Nigerian foreign minister")
                    r"[^.;]{0,70}?\b(?:for|(?<!called )(?<!calls )(?<!call )(?<!calling )on) "
                    r"(?:the )?$|"
                    # an envoy's remit told with "to": "the UN Special Envoy to Syria",
                    # "the Chinese Special Envoy to Yemen" (the envoy's own side stays)
                    # (also a Representative or Coordinator, the envoy's own country
                    # between, "the Special Representative of Japan to Afghanistan", and
                    # the last of the remit's places, "Special Envoy to the Horn of
                    # Africa and Sudan")
                    r"\b(?:Special|Personal|Peace|Presidential)\s+(?:Envoy|Representative|"
                    r"Coordinator)(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?"
                    r"[A-Z][\w'’-]*)?\s+to (?:the )?(?:[A-Z][\w'’-]*(?:\s+(?:of\s+)?"
                    r"[A-Z][\w'’-]*){0,3}(?:,| and) (?:the )?)?$|"
                    # an organisation's mission and where it is posted: "the Head of the
                    # OSCE Mission to Moldova", "the EU Delegation to Armenia", "the
                    # Delegation of the European Union to Armenia"
                    r"\b[A-Z]{2,}[\w-]*\s+(?:(?:Country|Liaison|Field|Programme|Project)\s+)?"
                    r"(?:Mission|Delegation|Office|Representation|Presence)\s+(?:to|in) (?:the )?$|"
                    r"\b(?:Mission|Delegation|Office|Representation) of the "
                    r"(?:[A-Z][\w-]*\s+){1,4}?(?:to|in) (?:the )?$"))
#: the country an ambassador is posted to is no participant ("the Ambassador of
#: Qatar to Georgia", "the Georgian Ambassador to Germany"); the one they serve is
_POSTING = Gated(re.compile(r"\b(?:Ambassador|Ambassador-designate|Chargé d['’][Aa]ffaires|"
                      r"Charge d['’][Aa]ffaires|High Commissioner|Consul(?:[- ]General)?|"
                      r"Permanent Representative)\b(?:\s+a\.\s?i\.)?(?:\s+(?:of|from)\s+(?:the\s+)?"
                      r"(?:Embassy\s+of\s+(?:the\s+)?)?(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){1,4})?\s*"
                      # "accredited to": the posting as well ("the Ambassador of Korea
                      # accredited to Georgia and Armenia")
                      r"(?:(?:newly\s+|also\s+)?accredited\s+)?(?:to|in)\s+"
                      r"(?:the\s+)?"
                      # "... to the OSCE and Austria": every posting of a list
                      r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,|and)\s+(?:the\s+)?)*$"))
_GUEST = re.compile(r"\b(?:the guest|the visiting|(?:his|her|their) counterparts?|the delegation|"
                    r"the visitor|(?:was|were) received (?:\w+ ){0,2}?by|the same day|the talks|"
                    r"the meeting)\b", re.I)
_OFFICE_IN = re.compile(r"\b(?:[Oo]ffice|[Hh]eadquarters|[Mm]ission|[Bb]ureau)\s+(?:in|at)\s+"
                        r"(?:the\s+)?$")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?", re.I)
_AGAINST = re.compile(r"\bagainst\b", re.I)
_SPONSOR = re.compile(r"\b(?:initiative|initiated|sponsored|put forward|proposed|submitted|"
                      r"co-?authored|tabled|drafted)\b", re.I)
_TALK_END = re.compile(r"(?:discuss(?:ed|es)|exchanged (?:[\w-]+ ){0,2}?(?:views|opinions)|"
                       r"reviewed|assessed|evaluated|took stock|talked|"
                       r"reaffirmed|reiterated|underlined|underscored|stressed|highlighted|emphasi[sz]ed)$")
_TIMES = {"twice": 2, "three times": 3, "four times": 4, "five times": 5}


@dataclass
class Context:
    """What the document told us so far (issuer, year, dateline, focus)."""

    issuer: str | None
    year: int | None
    dateline: object | None  # datetime.date
    default: DateSpan
    focus: list[str] = field(default_factory=list)
    last_orgs: list[str] = field(default_factory=list)
    last_date: DateSpan | None = None
    carry: bool = False  # readouts: undated events take the last date named
    last_group: list[str] = field(default_factory=list)  # the last trilateral's partners
    #: the two partners of the last sentence that told events with two (one each)
    last_pair: list[str] = field(default_factory=list)
    #: (type, partners) of the events reported so far: "the meeting with X" refers back
    reported: set[tuple[str, tuple[str, ...]]] = field(default_factory=set)
    #: (visitors, hosts) of the visits reported so far: "the first visit of a Japanese
    #: Prime Minister" after a visit of another guest to us is a visit of its own
    visitors: set[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=set)
    #: the dates of news datelines opening a paragraph ("ROME, March 4 (ANSA) -")
    dateline_spans: tuple[tuple[int, int], ...] = ()
    #: the organisation whose official is the guest the text is about ("The
    #: Secretary General of NATO is in Bucharest on a visit. He was received by ...")
    guest_org: list[str] = field(default_factory=list)
    summoned: bool = False  # the sentence before told a summons
    met_just: bool = False  # the sentence before told a meeting ("Others included ...")
    #: the partners of talks a trip's purpose named ("travelled ... for talks with")
    purposed: set[str] = field(default_factory=set)
    #: the days of each country's section under a heading ("3. Kenya (11-12 March)")
    sections: dict[str, DateSpan] = field(default_factory=dict)
    #: a review's section heading's country ("Relations with Germany", "United States"):
    #: the side of the section's events that name none (see _sections.read_heading)
    section_side: str | None = None
    #: the last day an event reported as held can fall on: the document's date
    #: (or its year's end); a later date in the sentence is another occasion's
    latest: tuple[int, int, int] | None = None
    told: tuple[int, int, int] | None = None  # the dateline's day, the year only given
    #: the last date (a day or a month) an event was told with, for a sentence that
    #: opens on the same occasion ("On the same day", "While there")
    last_seen: DateSpan | None = None
    last_seen_para: int = -1  # the paragraph it was told in
    last_seen_one: bool = True  # the only time its sentence told ("in May", not "in May and June")
    #: the last single day an event was dated ("On the same day" after a stay of days)
    last_day: DateSpan | None = None
    #: the day of an event told within a stay of days in the same sentence ("who is on
    #: a visit from 20 to 24 May, met on Tuesday ..."): the occasion "On this
    #: occasion" refers to
    occasion_day: DateSpan | None = None
    last_seen_to: list[str] = field(default_factory=list)
    #: the partners of the last meeting or call told, whom "the two ministers" of the
    #: next sentences are (not the host of a visit told in between; none when the last
    #: event with a counterpart was a commission, a consultation ...)
    last_met: list[str] = field(default_factory=list)
    #: a standing body was named by its full name ("the Joint Commission", "the
    #: High-Level Cooperation Council"): "the Council" later is a session of it
    body_named: bool = False
    #: a day was named since the last event dated (what "on the same day" means)
    day_named: bool = False
    #: the traveller of the last visit told: "his tour" in a later sentence
    last_visitor: list[str] = field(default_factory=list)
    #: where the issuer's events were told abroad since last at home, each country
    #: with the first day told there
    abroad: list[tuple[Place, DateSpan]] = field(default_factory=list)
    #: the country of the last event of ours told with a place abroad (None at home)
    last_abroad: str | None = None
    #: the day each kind of event was first told on, for "Following the meeting, ..."
    day_of: dict[str, DateSpan] = field(default_factory=dict)
    visit_guest: list[str] = field(default_factory=list)  # the guest of that day's visit
    #: the abbreviations the text gave its commissions ("... Commission (JPC)")
    bodies: set[str] = field(default_factory=set)
    #: where the author of a first-person post said they are ("Back in Nairobi.")
    post_place: Place | None = None
    #: the country of the city the story is filed from ("NAIROBI, Aug 18 -"): "here"
    filed_in: str | None = None
    sitting: DateSpan | None = None  # the days of the last session of several days told
    #: the named visitor of the last visit dated by its own sentence (see _visitor_again)
    visitor_named: tuple[str, DateSpan, int] | None = None
    measured: set[int] = field(default_factory=set)  # ids dated by "a day after ..."
    stay_days: dict[str, DateSpan] = field(default_factory=dict)  # see _stay_day
    #: with no dateline, the one day of each weekday the text names (_weekday_named)
    weekdays: dict[int, _dt.date] = field(default_factory=dict)


#: a trigger that is an occasion's prepositional phrase, no verb
_OCCASION_ONLY = re.compile(r"(?:on|in|at|within)\s+(?:the\s+)?(?:sidelines|margins?|fringes?)"
                            r"\s+of$", re.I)
#: ... with no verb before it ("and the Minister of Y was on the sidelines of" is a clause)
_PREDICATE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|did|does|met|held|"
                        r"spoke|made|took|gave|led|(?-i:[a-z]+ed))\b", re.I)


def _clauses(s: Sentence, triggers: list[Trigger]) -> list[tuple[int, int]]:
    # a period inside a sentence ends a clause, unless it closes a title or an
    # initial ("H.E. A", "Mr. B", "J. C"): the name belongs to its clause
    low = s.text[s.start:s.end].lower()
    rx = _CLAUSE if "day" in low or "week" in low else _CLAUSE_UNMEASURED
    cuts = [s.start] + [m.start() for m in rx.finditer(s.text, s.start, s.end)
                        if cut_kept(s, m)]  # (not "Mr.", not "A, B, and C to attend")
    cuts.append(s.end)
    spans = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        # ("met A, Minister of X, and the Hon. B, Minister of Y, on the margins of the
        # Summit": an occasion's phrase is no predicate, it opens no clause of its own)
        has = any(a <= t.start < b and not (_OCCASION_ONLY.match(t.text) and _PREDICATE.search(
            s.text, a, t.start) is None) for t in triggers)
        if merged and not has:
            merged[-1] = (merged[-1][0], b)
        elif merged and not any(merged[-1][0] <= t.start < merged[-1][1] for t in triggers):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def _ents(s: Sentence, a: int, b: int, *kinds: str) -> list[Ent]:
    return [e for e in s.ents if a <= e.start and e.end <= b and e.kind in kinds]


def _codes(ents: list[Ent], ctx: Context, *, places: bool = False) -> list[str]:
    out: list[str] = []
    for e in ents:
        if e.place and not places:
            continue
        if e.kind == "city" and not places:
            continue
        code = ctx.issuer if e.code == ISSUER else e.code
        if e.code == PAIR or not code:
            continue
        if code not in out:
            out.append(code)
    return out


_COORD = re.compile(r"^(?:\s*(?:,|;|and(?: to| in)?|&|as well as(?: to| in| with)?|"
                    # (a list set out a line each: ";\n- B", "\n2. C")
                    r"\([^()]{0,40}\)|\(|\)|\n[ \t]*(?:[-–—•·*▪]|\d{1,2}[.)]))\s*)*"
                    r"(?:the\s+)?$", re.I)


def _comma_dropped(out: list[Ent], e: Ent, gap: str) -> bool:
    """Whether country ``e`` goes on a list of countries begun with a comma, its comma
    dropped ("Togo, Benin, Sierra Leone Rwanda, Zambia and South Africa")."""
    return gap == " " and len(out) >= 2 and e.kind == "country" \
        and all(o.kind == "country" for o in out)


def _group(s: Sentence, ents: list[Ent]) -> list[Ent]:
    """The first entity and those coordinated with it ("Italy, Slovakia and Iran")."""
    ents = sorted(ents, key=lambda e: e.start)
    out = ents[:1]
    for e in ents[1:]:
        gap = s.text[out[-1].end:e.start]
        if e.start >= out[-1].end and (_COORD.match(gap) or _comma_dropped(out, e, gap)):
            out.append(e)
        elif e.start < out[-1].end:
            continue
        else:
            break
    return out


#: a verb of saying and its "that": what follows is what was said, where a city named
#: ("reiterated that no harm came to diplomats in Havana") is no place of the event
_SAID_THAT = re.compile(r"\b(?:said|says|stated|reiterated|stressed|emphasi[sz]ed|noted|"
                        r"underlined|underscored|affirmed|reaffirmed|recalled|insisted|"
                        r"argued|explained|assured|added|declared|told\s+(?:[\w-]+\s+){1,4}?)"
                        r"\s+that\b", re.I)


def said_cut(s: Sentence, a: int, b: int) -> int:
    """Where the first thing said after ``a`` starts (its "... said that"), else ``b``."""
    m = _SAID_THAT.search(s.text, a, b)
    return m.start() if m else b


def _place(s: Sentence, a: int, b: int, ctx: Context) -> Place | None:
    for e in _ents(s, a, b, "city"):
        return Place(e.code, s.text[e.start:e.end])
    for e in _ents(s, a, b, "country"):
        if e.place:
            return Place(e.code, None)
    return None
