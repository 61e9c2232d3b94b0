"""Frame events: turn the triggers of one sentence into records.

Each trigger claims a *region*: its clause, from the previous trigger to the
next. A frame reads participants from that region according to how the
type is written (see ``patterns/triggers.toml``). Lists expand to one
record per counterpart (and per date, for "June 15-16 and October 26");
a clause that says trilateral keeps one record.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import DateSpan, Place, Record
from ._dates import DateMention, resolve
from ._recognise import ISSUER, PAIR, Ent, Sentence
from ._triggers import Trigger

__all__ = ["Context", "frame_sentence"]

_CLAUSE = re.compile(r";|,\s+(?:and|while|whereas|but)\s+|\.\s+(?=[A-Z])")
_TOPIC = re.compile(
    r"\b(?:to discuss|discuss(?:ed|ing|es)?|focus(?:ed|ing)? on|touch(?:ed|ing)? (?:up)?on|"
    r"exchang(?:ed|ing) (?:views|opinions)|regarding|concerning|about|"
    r"including the (?:situation|issue)|on the (?:situation|issue|developments)|"
    r"the (?:issue|situation|crisis|cause|conflict) (?:in|of)|to mark|to jointly|to express|"
    r"thanked|congratulated|stressed|noted|said|briefed|emphasi[sz]ed|reaffirmed|"
    r"expressed|condemned|welcomed)\b", re.I)
_TRILATERAL = re.compile(r"\b(?:tri|quadri)lateral|\btripartite\b|\bthree-way\b|\btrilogue\b|"
                         r"\btriangle\b|\btrio\b|"
                         r"\bjoint meeting of\b|\bformat\b", re.I)
_ANAPHOR = re.compile(r"\W*(?:during|in the course of|at|on the occasion of|following|after|"
                      r"within the framework of|as part of)\s+(?:the|this|that|his|her|their|"
                      r"these)\s+(?:\w+\s+){0,2}?(?:meeting|visit|talks|summit|session|event|"
                      r"conversation|negotiations|ceremony|discussions?)\b", re.I)
_PREP_TO = re.compile(r"\b(?:to|in|into|at)\b(?!\s+(?:the\s+)?(?:invitation|occasion|framework|"
                      r"margins?|sidelines?|head|course|order|accordance|line|context))", re.I)
_EVENT_NOUN = re.compile(r"\b(?:sessions?|summits?|meetings?|conferences?|council|forum|"
                         r"ministerials?|assembly|congress|dialogue|week|talks|gathering|"
                         r"consultations?|conventions?)\b", re.I)
_RES_NOUN = re.compile(r"\b(?:resolutions?|declarations?|decisions?|documents?|communiqu[eé]s?|"
                       r"statements?|consensus|conclusions|outcome document|road ?map|"
                       r"action plan)\b", re.I)
_ITEM_SPLIT = re.compile(r",\s+(?:as well as\s+)?(?:at\s+)?|\s+as well as\s+(?:at\s+)?|"
                         r"\s+and\s+(?=(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:meetings?|forums?|summits?|"
                         r"conferences?|sessions?)\b)", re.I)
_GENERIC = re.compile(r"\b(?:international events|various|numerous|other|several|many|these|"
                      r"those)\b", re.I)
_PLANNED = re.compile(r"\b(?:will|would|shall|plans? to|planned|proposed to|agreed to|intends? to|"
                      r"expected to|hopes? to|looks? forward to|initiate an?|to establish an?|"
                      r"to set up an?|to create an?|to hold an?|to form an?)\s+(?:\w+\s+){0,3}$|"
                      r"\b(?:proposed|planned|upcoming|forthcoming|next|future|possible|expected|"
                      r"prospective|potential)\s+(?:[\w-]+\s+){0,2}$", re.I)
_CANCELLED = re.compile(r"\b(?:disrupted|cancel(?:l)?ed|postponed|called off|refused|"
                        r"declined|boycotted)\b[^.;]*$", re.I)
_PLANNED_AFTER = re.compile(r"[^.;]{0,60}?\b(?:(?:was|were|is|are) to be held|will be held|"
                            r"is scheduled|are scheduled|was scheduled)\b", re.I)
#: an event other than the one a sentence is about ("the agreements reached
#: during the state visit of ... last December")
_OTHER_EVENT = re.compile(r"\b(?:visit|meeting|talks|summit|session|conference|negotiations|"
                          r"consultations|trip|tour)\b", re.I)
_ORG_OFFICIAL = re.compile(r"\b(?:Secretary[- ]General|Director[- ]General|Chairman-in-Office|"
                           r"High Representative|Commissioner|Special Representative|"
                           r"President of the European)\b")
_GUEST = re.compile(r"\b(?:the guest|the visiting|(?:his|her|their) counterparts?|the delegation|"
                    r"the visitor|was received by|were received by|the same day|the talks|"
                    r"the meeting)\b", re.I)
_OFFICE_IN = re.compile(r"\b(?:[Oo]ffice|[Hh]eadquarters|[Mm]ission|[Bb]ureau)\s+(?:in|at)\s+"
                        r"(?:the\s+)?$")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?", re.I)
_AGAINST = re.compile(r"\bagainst\b", re.I)
_SPONSOR = re.compile(r"\b(?:initiative|initiated|sponsored|put forward|proposed|submitted|"
                      r"co-?authored|tabled|drafted)\b", re.I)
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


def _clauses(s: Sentence, triggers: list[Trigger]) -> list[tuple[int, int]]:
    cuts = [s.start] + [m.start() for m in _CLAUSE.finditer(s.text, s.start, s.end)] + [s.end]
    spans = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        has = any(a <= t.start < b for t in triggers)
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


_COORD = re.compile(r"^(?:\s*(?:,|and|&|as well as|\(|\))\s*)*(?:the\s+)?$", re.I)


def _group(s: Sentence, ents: list[Ent]) -> list[Ent]:
    """The first entity and those coordinated with it ("Italy, Slovakia and Iran")."""
    ents = sorted(ents, key=lambda e: e.start)
    out = ents[:1]
    for e in ents[1:]:
        if e.start >= out[-1].end and _COORD.match(s.text[out[-1].end:e.start]):
            out.append(e)
        elif e.start < out[-1].end:
            continue
        else:
            break
    return out


def _orgs(s: Sentence, a: int, b: int) -> list[str]:
    out: list[str] = []
    for e in _ents(s, a, b, "org"):
        if e.code not in out:
            out.append(e.code)
    return out


def _topic_cut(s: Sentence, a: int, b: int) -> int:
    m = _TOPIC.search(s.text, a, b)
    return m.start() if m else b


def _resolved(dms: list[DateMention], ctx: Context) -> list[DateMention]:
    out = []
    for d in dms:
        r = resolve(d, ctx.year, ctx.dateline)  # type: ignore[arg-type]
        if r.y1 is not None:
            out.append(r)
    return out


def _dates(s: Sentence, t: Trigger, region: tuple[int, int], clause: tuple[int, int],
           ctx: Context) -> list[DateSpan]:
    """Dates for a trigger: its region, then its clause, then the sentence; a
    list of dates joined by "and" gives one record per date. A sentence opened
    by a reference to the current occasion ("During the talks, ...") leaves
    the dates of other events it recalls ("the visit ... last December") alone."""
    opener = _ANAPHOR.match(s.text, s.start, s.end)
    other = _OTHER_EVENT.search(s.text, opener.end(), s.end) \
        if opener and opener.start() <= t.start < opener.end() else None
    for a, b in (region, clause, (s.start, s.end)):
        if other is not None:
            b = min(b, other.start())
        ds = _resolved([d for d in s.dates if a <= d.start and d.end <= b], ctx)
        if not ds:
            continue
        if len(ds) > 1:
            listed = [ds[0]]
            for prev, cur in zip(ds, ds[1:], strict=False):
                gap = s.text[prev.end:cur.start]
                if len(gap) < 60 and re.search(r"\band\b|,", gap) and cur.d1 and prev.d1:
                    listed.append(cur)
                else:
                    break
            if len(listed) > 1:
                return [DateSpan(*d.iso()) for d in listed]
            after = [d for d in ds if d.start >= t.end]
            pick = after[0] if after and (after[0].start - t.end) < 120 else ds[0]
            return [DateSpan(*pick.iso())]
        return [DateSpan(*ds[0].iso())]
    if ctx.last_date and (ctx.carry or _ANAPHOR.match(s.text, s.start, s.end)):
        return [ctx.last_date]
    return [ctx.default]


def _place(s: Sentence, a: int, b: int, ctx: Context) -> Place | None:
    for e in _ents(s, a, b, "city"):
        return Place(e.code, s.text[e.start:e.end])
    for e in _ents(s, a, b, "country"):
        if e.place:
            return Place(e.code, None)
    return None


def _record(typ: str, date: DateSpan, frm: list[str], to: list[str], orgs: list[str],
            place: Place | None = None, title: str | None = None) -> Record:
    return Record(type=typ, date=date, from_=frm, to=to, organizations=orgs, place=place,
                  title=title)


# --- frames -----------------------------------------------------------------

def _travel(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
            ctx: Context) -> list[Record]:
    """Visitor before the trigger, host after it; either side may be an
    organisation ("the OIC Secretary-General visited", "visited NATO")."""
    la, _ = reg
    rb = _topic_cut(s, t.end, reg[1])
    trig = t.text.lower()
    verbal = bool(re.search(r"visit(?:ed|ing)$|^visits$|arriv|travel", trig))
    ends_prep = bool(re.search(r"\b(?:to|in|at)$", trig))
    if verbal or (ends_prep and not re.search(r"\b(?:of|by|from)$", trig)):
        pre_end = t.end
    else:
        m = _PREP_TO.search(s.text, t.end, rb)
        pre_end = m.start() if m else t.end
    kinds = ("country", "adj", "issuer", "org")
    left = _ents(s, la, t.start, *kinds) or _ents(s, t.end, pre_end, *kinds)
    if left and left[0].kind == "org":  # officials of organisations: one visit each
        vis_orgs = [e.code for e in left if e.kind == "org"]
        visitors: list[str] = []
    else:
        vis_orgs = []
        visitors = _codes([e for e in left if e.kind != "org"], ctx)
    dest_ents = [e for e in _ents(s, t.start, t.end, "city", "country")
                 + _ents(s, pre_end, rb, "country", "city", "issuer", "adj", "org")
                 if not _OFFICE_IN.search(s.text, max(0, e.start - 20), e.start)]
    group = _group(s, dest_ents)
    dest = _codes([e for e in group if e.kind != "org"], ctx, places=True)
    dest_orgs = list(dict.fromkeys(e.code for e in group if e.kind == "org"))
    visitors = [v for v in visitors if v not in dest]
    if not dest and not dest_orgs:
        if (visitors or vis_orgs) and ctx.issuer and ctx.issuer not in visitors:
            dest = [ctx.issuer]
        else:
            return []
    if not visitors and not vis_orgs:
        if ctx.issuer and ctx.issuer not in dest:
            visitors = [ctx.issuer]
        elif ctx.focus and ctx.focus[0] not in dest:
            visitors = ctx.focus[:1]  # "his visit to our country": the guest in focus
        else:
            return []
    dates = _dates(s, t, reg, cl, ctx)
    times = next((n for w, n in _TIMES.items() if w in s.string.lower()), 1)
    place = _place(s, *reg, ctx)
    Side = tuple[list[str], list[str]]
    targets: list[Side] = [([d], []) for d in dest] + [([], [o]) for o in dest_orgs]
    sources: list[Side] = [([v], []) for v in visitors] + [([], [o]) for o in vis_orgs]
    out = []
    for date in dates:
        for frm, forgs in sources:
            for to, torgs in targets:
                if forgs and torgs:
                    continue
                for _ in range(times if len(dates) == 1 else 1):
                    out.append(_record("visit", date, frm, to, forgs + torgs, place))
    return out


def _travel_passive(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
                    ctx: Context) -> list[Record]:
    hosts = _codes(_group(s, _ents(s, cl[0], t.start, "country", "issuer", "city")), ctx,
                   places=True) or ([ctx.issuer] if ctx.issuer else [])
    rb = _topic_cut(s, t.end, reg[1])
    visitors = [c for c in _codes(_ents(s, t.end, rb, "country", "adj"), ctx) if c not in hosts]
    orgs = _orgs(s, t.end, rb)
    out = []
    for date in _dates(s, t, reg, cl, ctx):
        for h in hosts[:1]:
            for v in visitors:
                out.append(_record("visit", date, [v], [h], []))
            if not visitors and orgs:
                out.append(_record("visit", date, [], [h], orgs[:1]))
    return out


def _symmetric(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
               ctx: Context) -> list[Record]:
    la, rb = reg
    rb = _topic_cut(s, t.end, rb)
    kinds = ("country", "adj", "issuer", "pair")
    ents = _ents(s, la, rb, *kinds) + _ents(s, t.start, t.end, *kinds)
    if not [e for e in ents if e.kind != "pair"]:
        ents = _ents(s, cl[0], _topic_cut(s, cl[0], cl[1]), *kinds)
    codes = _codes(ents, ctx)
    others = [c for c in codes if c != ctx.issuer]
    orgs = _orgs(s, la, rb)
    host = _host_of_city(s, t, cl, rb, ctx) if t.type == "meeting" and not others \
        and not orgs else None
    group = _group_named(s, la, rb, ctx) if not others and not orgs else []
    if group:
        # "the three Ministers signed": the partners of the last trilateral event
        others = group
    elif host:
        # "In Amman on 14 March, he met Foreign Minister Safadi": an official with
        # a national title, met in a foreign city, is of that city's country
        others = [host]
    elif not others and not orgs and not _ORG_OFFICIAL.search(s.text, la, rb) and (
            any(e.kind == "pair" for e in ents) or _ANAPHOR.match(s.text, s.start, s.end)
            or _GUEST.search(s.string)
            or (t.type == "meeting" and (codes == [ctx.issuer] or (ctx.carry and not codes)))):
        others = [c for c in ctx.focus if c != ctx.issuer][:1] if ctx.focus else []
    extra: list[Record] = []
    if t.type == "meeting" and _ORG_OFFICIAL.search(s.text, t.end, rb) and (others or not orgs):
        org = orgs[:1] or _orgs(s, s.start, s.end)[:1] or ctx.last_orgs[:1]
        if org and others:
            extra = [_record("meeting", _dates(s, t, reg, cl, ctx)[0],
                             [ctx.issuer] if ctx.issuer else [], [], org)]
        elif org:
            orgs = org
    if not others and not orgs:
        return []
    frm = [ctx.issuer] if ctx.issuer else []
    dates = _dates(s, t, reg, cl, ctx)
    place = _place(s, cl[0], cl[1], ctx)
    out = []
    near = s.text[max(cl[0], t.start - 40):min(rb, t.end + 60)]
    between = re.search(r"\bbetween\b", near) and codes and codes[0] != ctx.issuer
    separate = re.search(r"\bseparate(?:ly)?\b|\beach\b|\brespective\b", near, re.I)
    groups = [others] if ((_TRILATERAL.search(near) or between or group) and len(others) > 1
                          and not separate) \
        else [[o] for o in others]
    besides = [_date_beside(s, ents, g[0], ctx) for g in groups] if len(groups) > 1 else []
    if sum(b is not None for b in besides) >= 2:
        # "with Germany (Berlin, 24-25 January), Estonia (Tbilisi, 29 March), Italy":
        # each counterpart takes the date written beside it
        for g, b in zip(groups, besides, strict=True):
            out.append(_record(t.type, b or ctx.default, frm, g, [], place))
        return out + extra
    for date in dates:
        if not others:
            out.append(_record(t.type, date, frm, [], orgs[:1], place))
        for g in groups:
            out.append(_record(t.type, date, frm, g, [], place))
    return out + extra


_GROUP_REF = re.compile(r"\b(?:the|all|these) (three|four|five|six|3|4|5|6) (?:foreign )?"
                        r"(?:countries|states|nations|sides|parties|governments|ministers|"
                        r"ministries|presidents|leaders|heads of state)\b", re.I)
_NUMBER = {"three": 3, "four": 4, "five": 5, "six": 6}


def _group_named(s: Sentence, a: int, b: int, ctx: Context) -> list[str]:
    """The last trilateral (or larger) event's partners, when the sentence refers
    to them by their number ("the three Ministers") and that number fits."""
    m = _GROUP_REF.search(s.text, a, b)
    if not m or not ctx.last_group:
        return []
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else _NUMBER[word]
    size = len(ctx.last_group) + (1 if ctx.issuer else 0)
    return list(ctx.last_group) if n == size else []


_NATIONAL_TITLE = re.compile(r"\b(?:(?:Foreign|Prime|Deputy|Vice|State) Minister|Minister of|"
                             r"President|King|Queen|Emir|Sultan|Crown Prince|Chancellor|"
                             r"Speaker|Premier)\b")


def _host_of_city(s: Sentence, t: Trigger, cl: tuple[int, int], rb: int,
                  ctx: Context) -> str | None:
    """The country of the foreign city the clause names, when the person met after
    the trigger bears a national title and no country or organisation is named."""
    if _ORG_OFFICIAL.search(s.text, t.end, rb) or not _NATIONAL_TITLE.search(s.text, t.end, rb):
        return None
    if _ents(s, cl[0], cl[1], "country", "adj"):
        return None
    for e in _ents(s, cl[0], cl[1], "city"):
        if e.code and e.code != ctx.issuer:
            return e.code
    return None


def _date_beside(s: Sentence, ents: list[Ent], code: str, ctx: Context) -> DateSpan | None:
    """The date written right after a counterpart's name (within 40 characters)."""
    pos = next((e.end for e in ents if e.code == code), None)
    if pos is None:
        return None
    for d in _resolved(s.dates, ctx):
        if pos <= d.start <= pos + 40 and not any(pos <= e.start < d.start for e in ents):
            return DateSpan(*d.iso())
    return None


def _multilateral(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
                  ctx: Context) -> list[Record]:
    la, rb = reg
    frm = [ctx.issuer] if ctx.issuer else []
    if "held" in t.text or "convened" in t.text or "organi" in t.text:
        frm = [ctx.issuer] if ctx.issuer else []
        items = [(t.start, rb)]
    else:
        bounds = [t.end] + [m.end() for m in _ITEM_SPLIT.finditer(s.text, t.end, rb)] + [rb]
        items = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    out = []
    generic: list[bool] = []
    seen: set[tuple] = set()
    for a, b in items:
        orgs = _orgs(s, a, b)
        if not orgs and not _EVENT_NOUN.search(s.text, a, b):
            continue
        generic.append(not orgs and bool(_GENERIC.search(s.text, a, b)))
        ds = _resolved([d for d in s.dates if a <= d.start and d.end <= b], ctx)
        date = DateSpan(*ds[0].iso()) if ds else _dates(s, t, reg, cl, ctx)[0]
        key = (tuple(orgs[:1]), date)
        if key in seen:
            generic.pop()
            continue
        seen.add(key)
        out.append(_record("multilateral", date, frm, [], orgs[:2], _place(s, a, b, ctx)))
    if len(out) > 1:
        out = [r for r, g in zip(out, generic, strict=True) if not g] or out[:1]
    return out


def _acting(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
            ctx: Context) -> list[Record]:
    la, rb = reg
    actors = _codes(_ents(s, cl[0], t.start, "country", "adj", "issuer"), ctx)
    frm = actors[:1] or ([ctx.issuer] if ctx.issuer else [])
    orgs = _orgs(s, t.start, cl[1]) or _orgs(s, cl[0], cl[1]) or ctx.last_orgs[:1]
    return [_record(t.type, d, frm, [], orgs[:2]) for d in _dates(s, t, reg, cl, ctx)[:1]]


def _chair(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
           ctx: Context) -> list[Record]:
    chairs = _codes(_ents(s, cl[0], cl[1], "country", "adj", "issuer"), ctx) \
        or ([ctx.issuer] if ctx.issuer else [])
    orgs = _orgs(s, cl[0], cl[1]) or _orgs(s, s.start, s.end)
    if not orgs and "chaired" in t.text.lower():
        return []  # a meeting chaired by someone: no organisation's chair
    orgs = orgs or ctx.last_orgs[:1]
    date = _dates(s, t, reg, cl, ctx)[0]
    return [_record("chairmanship", date, [c], [], orgs[:1]) for c in chairs]


def _resolution(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
                ctx: Context) -> list[Record]:
    la, rb = reg
    nouns = list(_RES_NOUN.finditer(s.text, t.end, rb)) or \
        list(_RES_NOUN.finditer(s.text, la, t.start))[-1:]
    if not nouns:
        return []
    if t.type == "resolution" and "adopted" == t.text.lower():
        nouns = [n for n in nouns if not re.match(r"statement", n.group(), re.I)] or nouns[:1]
    sponsor = [ctx.issuer] if ctx.issuer and _SPONSOR.search(s.string) and any(
        e.code in (ISSUER, ctx.issuer) for e in s.ents) else []
    orgs = _orgs(s, s.start, s.end) or ctx.last_orgs[:1]
    date = _dates(s, t, reg, cl, ctx)[0]
    return [_record("resolution", date, sponsor, [], orgs[:2]) for _ in nouns[:4]]


def _legal(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
           ctx: Context) -> list[Record]:
    codes = _codes(_ents(s, cl[0], cl[1], "country", "adj", "issuer"), ctx)
    m = _AGAINST.search(s.text, cl[0], cl[1])
    if m:
        resp = _codes(_ents(s, m.end(), cl[1], "country", "adj"), ctx)[:1]
        app = [c for c in codes if c not in resp][:1]
    else:
        app = [ctx.issuer] if ctx.issuer in codes else codes[:1]
        resp = [c for c in codes if c not in app][:1]
    if not app and ctx.issuer:
        app = [ctx.issuer]
    if not resp:
        resp = [c for c in ctx.focus if c not in app][:1]
    orgs = _orgs(s, cl[0], cl[1]) or ctx.last_orgs[:1]
    return [_record("legal", d, app, resp, orgs[:1]) for d in _dates(s, t, reg, cl, ctx)[:1]]


def _mission(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
             ctx: Context) -> list[Record]:
    codes = _codes(_ents(s, cl[0], cl[1], "country", "adj", "issuer", "city"), ctx, places=True)
    orgs = _orgs(s, cl[0], cl[1])
    date = _dates(s, t, reg, cl, ctx)[0]
    if orgs and all(c == ctx.issuer for c in codes):
        return [_record("mission", date, [], [ctx.issuer] if ctx.issuer else [], orgs[:1])]
    hosts = [c for c in codes if c != ctx.issuer]
    return [_record("mission", date, [ctx.issuer] if ctx.issuer else [], [h], []) for h in hosts]


def _aid(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
         ctx: Context) -> list[Record]:
    la, rb = reg
    rec = [c for c in _codes(_ents(s, t.end, rb, "country", "adj", "issuer", "city"), ctx,
                             places=True) if c != ctx.issuer]
    if not rec:
        return []
    orgs = _orgs(s, la, rb)
    date = _dates(s, t, reg, cl, ctx)[0]
    return [_record("aid", date, [ctx.issuer] if ctx.issuer else [], [r], orgs[:1]) for r in rec]


def _consular(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
              ctx: Context) -> list[Record]:
    ents = _ents(s, reg[0], reg[1], "country", "adj", "issuer", "city")
    frm_m = _FROM.search(s.text, reg[0], reg[1])
    if frm_m:  # "evacuated ... from Ukraine (with the help of our embassies in Poland)"
        after = [e for e in ents if e.start >= frm_m.end()]
        ents = _group(s, after) if after else ents
    codes = [c for c in _codes(ents, ctx, places=True) if c != ctx.issuer]
    date = _dates(s, t, reg, cl, ctx)[0]
    frm = [ctx.issuer] if ctx.issuer else []
    if not codes:
        return [_record("consular", date, frm, [], [])]
    return [_record("consular", date, frm, [c], []) for c in codes]


def _outreach(s: Sentence, t: Trigger, reg: tuple[int, int], cl: tuple[int, int],
              ctx: Context) -> list[Record]:
    orgs = _orgs(s, *reg)
    date = _dates(s, t, reg, cl, ctx)[0]
    return [_record("outreach", date, [ctx.issuer] if ctx.issuer else [], [], orgs[:2])]


_FRAMES: dict[str, Callable[..., list[Record]]] = {
    "travel": _travel, "travel_passive": _travel_passive, "symmetric": _symmetric,
    "multilateral": _multilateral,
    "acting": _acting, "chair": _chair, "resolution": _resolution, "legal": _legal,
    "mission": _mission, "aid": _aid, "consular": _consular, "outreach": _outreach,
}


def frame_sentence(s: Sentence, triggers: list[Trigger], ctx: Context) -> list[Record]:
    """Records for one sentence. A record that an earlier trigger of the
    sentence already produced is dropped; one trigger's own repeats ("visited
    China twice") are kept."""
    out: list[Record] = []
    seen: set[tuple] = set()
    clauses = _clauses(s, triggers)
    for i, t in enumerate(triggers):
        cl = next(((a, b) for a, b in clauses if a <= t.start < b), (s.start, s.end))
        prev_end = max([x.end for x in triggers[:i] if x.start >= cl[0]], default=cl[0])
        nxt = [x.start for x in triggers[i + 1:] if x.start < cl[1]]
        reg = (prev_end, nxt[0] if nxt else cl[1])
        frame = _FRAMES.get(t.frame)
        if frame is None or _planned(s, t, cl):
            continue
        mine = [r for r in frame(s, t, reg, cl, ctx) if _key(r) not in seen]
        seen.update(_key(r) for r in mine)
        out.extend(mine)
    return out


def _planned(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Announced or hoped-for events ("will visit", "agreed to hold") are left out."""
    before = s.text[max(cl[0], t.start - 60):t.start]
    return bool(_PLANNED.search(before) or _PLANNED_AFTER.match(s.text, t.end, cl[1])
                or _CANCELLED.search(before))


def _key(r: Record) -> tuple:
    return (r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations[:1]), r.date.start)
