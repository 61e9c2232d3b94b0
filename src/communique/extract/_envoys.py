"""Envoys named in the sentence after their credentials ceremony: "The President
received the credentials of four new ambassadors on Friday. They are Ms A of
Norway, Mr B of Uruguay and Mrs C of Uganda." The ceremony counts the envoys
without naming them (no meeting comes out of it: see ``counted_envoys``); the
next sentence, opened as the list of those envoys, gives one meeting with each
country it names, on the ceremony's day.

The same for any group of foreign officials met without a member named: "The
visiting Foreign Ministers who came for the jubilee called on the Minister on 3
and 4 May. These included A from X, B from Y and C from Z." (one meeting with
each country; the group "visiting", or come, arrived or invited for the occasion:
also one visit of each to the issuer)."""

from __future__ import annotations

import re

from ..model import DateSpan, Record
from ._asides import counted_envoys
from ._frame_dates import _resolved
from ._frame_parts import _POSTING, Context, _record
from ._gate import Gated
from ._gazetteer import Gazetteer
from ._recognise import Sentence

__all__ = ["ceremony_day", "ceremony_envoys", "copies_of_those", "envoys_listed",
           "envoy_orgs", "group_day", "list_goes_on", "listed_envoys", "may_wait",
           "named_at_ceremony"]


#: a credentials ceremony ("received the letters of credence of six ambassadors"; the
#: letters by other names: "presented their diplomatic papers")
_CEREMONY = Gated(re.compile(r"\b(?:credentials|credence|(?:diplomatic|credential|"
                             r"accreditation)\s+papers)\b", re.I))

#: "newly accredited" and its other words: "newly credited", "recently accredited",
#: "newly-appointed", "newly arrived", "freshly accredited", "just installed"
_NEWLY = (r"(?:newly|recently|freshly|just|lately)[\s-]+(?:accredited|credited|appointed|"
          r"arrived|installed|posted)")

#: a sentence opened as the list of the envoys just counted: "The envoys are",
#: "The new ambassadors were", "They are", "The heads of mission concerned are"
_LISTED = re.compile(
    # (in reported speech too: "A spokesman said the envoys are ...", "According to the
    # Protocol Department, the new ambassadors are ...")
    r"\W*(?:according\s+to\s+[^,.;]{1,60},\s*|(?:[\w.'’-]+,?\s+){1,8}?(?:said|says|stated|"
    r"noted|explained|announced|added|revealed|disclosed)(?:\s+that)?\s+)?"
    r"(?:(?:(?:the|these|those)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+)?(?:(?:new|" + _NEWLY + r"|incoming|visiting|"
    r"foreign|accredited|non-resident|resident)\s+){0,3}"
    r"(?P<noun>envoys|ambassadors|heads\s+of\s+(?:diplomatic\s+)?missions?|high\s+commissioners|"
    r"diplomats|chiefs\s+of\s+missions?|ambassadors\s+and\s+high\s+commissioners)"
    # ("The ambassadors newly accredited are": the words after the noun)
    r"(?:\s+(?:concerned|in\s+question|" + _NEWLY + r"))?"
    # ("The new ambassadors who presented their credentials are:")
    r"(?:\s+(?:who|that)\s+[^.;:]{1,60}?)?|they|these|those)\s+(?:also\s+)?"
    # ("The ambassadors came from A, B and C", "They represent A and B")
    r"(?:are|were|include|included|came\s+from|come\s+from|hail(?:ed)?\s+from|"
    r"represent(?:ed)?)\b"
    # (after a group met: "Among them were A of X, ...", "They included ...", "The
    # meetings included the Moroccan Ambassador A, the Turkish Ambassador B, ...")
    r"|\W*among\s+(?:them|those|these)\s+(?:were|are)\b"
    r"|\W*(?:the|these|those)\s+(?:meetings|audiences|talks|calls\s+on\s+him)\s+(?:included|"
    r"were\s+with)\b)"
    # (names or offices follow, the list set off by a colon, a semicolon or a dash or
    # by nothing: not "They are concerned about ..."; "The seven envoys are from
    # Rwanda, Qatar, ...": their countries)
    # (or, set out line by line, the opener ends with its colon: "The envoys are:")
    # ("They were the envoys of A, B and C": the envoys named again, then their countries)
    r"(?=\s?[:;–—-]?\s+(?:from\s+)?(?:the\s+)?(?:(?:envoys|ambassadors|representatives|"
    r"heads\s+of\s+(?:diplomatic\s+)?missions?|high\s+commissioners)\s+of\s+(?:the\s+)?)?"
    r"(?-i:[A-Z])|\s?:\s*$)", re.I)

#: an unnamed group of foreign officials met: "The visiting Foreign Ministers and other
#: dignitaries ... called on", "received a group of ambassadors", "met the heads of
#: delegation" (the list of who they were comes next, see group_day)
_GROUP = Gated(re.compile(
    r"\b(?:(?:foreign\s+)?ministers|dignitaries|ambassadors|envoys|delegations|guests|"
    r"counterparts|heads\s+of\s+(?:diplomatic\s+)?(?:state|government|delegations?|missions?))\b",
    re.I))
#: the group came for the occasion: "The visiting Ministers", "the guests who arrived
#: for", "dignitaries invited to attend"
_CAME = re.compile(r"\bvisiting\b|\bwho\s+(?:had\s+)?(?:came|come|arrived|travell?ed|"
                   r"were\s+invited)\b|\binvited\s+to\s+(?:attend|participate|take\s+part)\b",
                   re.I)


#: the envoys counted as the subject: "On Monday, three newly accredited envoys
#: presented copies of their letters of credence ..."
_COUNTED_SUBJECT = re.compile(
    r"\W*(?:[^,.;]{0,40},\s*)?(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+(?:(?:new|" + _NEWLY + r"|foreign|non-resident|"
    r"resident)\s+)*(?:ambassadors|envoys|heads\s+of\s+(?:diplomatic\s+)?missions?|diplomats|"
    r"high\s+commissioners)\b", re.I)


def ceremony_day(s: Sentence, recs: list[Record], ctx: Context,
                 open_day: DateSpan | None = None) -> DateSpan | None:
    """The day of a credentials ceremony that counts its envoys without naming
    them, or names them in a list below ("The following ambassadors presented their
    credentials on 12 March:"), and met none of them by name; None for any other
    sentence. A lead-in of that list told after the ceremony (``open_day``, its day)
    goes on with that day."""
    below = s.text[s.start:s.end].rstrip().endswith(":")
    if any(r.type == "meeting" for r in recs) or not _CEREMONY.search(s.text, s.start, s.end) \
            or not (counted_envoys(s, s.start, s.end) or below
                    or _COUNTED_SUBJECT.match(s.text, s.start, s.end)):
        return None
    days = _resolved(s.dates, ctx)
    if below and open_day is not None and not days:
        return open_day  # "Credentials were presented by:" after the ceremony told
    # ("Accra, Jan. 29, GNA - The Minister on Tuesday received ...": the day told, not
    # the filing day of the dateline)
    days = [d for d in days if (d.start, d.end) not in ctx.dateline_spans] or days
    if days:
        return DateSpan(*days[0].iso())
    return ctx.last_date or ctx.default


def named_at_ceremony(s: Sentence, recs: list[Record], day: DateSpan | None,
                      ctx: Context) -> bool:
    """The envoys of a ceremony that counted them named in the next sentence as they
    hand over their papers ("President A on Wednesday received credentials from nine
    ambassadors. Ambassadors B (Nigeria) and C (Ghana) presented their credentials to
    the Head of State."): a sentence with no day of its own meets them on the
    ceremony's day (``day``), set on its meetings; whether it did."""
    meetings = [r for r in recs if r.type == "meeting" and r.to]
    if day is None or not meetings or not _CEREMONY.search(s.text, s.start, s.end) \
            or any((d.start, d.end) not in ctx.dateline_spans
                   for d in _resolved(s.dates, ctx)):
        return False
    for r in meetings:
        r.date = day
    return True


def group_day(s: Sentence, has_meeting: bool, recs: list[Record],
              ctx: Context) -> tuple[DateSpan, bool] | None:
    """The day of a meeting with a group of foreign officials not one of whom the
    sentence names (no meeting came out of it), and whether the group came to the
    issuer for it (see above); None for any other sentence."""
    if not has_meeting or ctx.issuer is None \
            or any(r.type in ("meeting", "call", "visit") for r in recs) \
            or not _GROUP.search(s.text, s.start, s.end) \
            or any(e.kind in ("country", "adj") and not e.place and e.code != ctx.issuer
                   for e in s.ents):
        return None
    days = _resolved(s.dates, ctx)
    days = [d for d in days if (d.start, d.end) not in ctx.dateline_spans] or days
    day = DateSpan(*days[0].iso()) if days else (ctx.last_date or ctx.default)
    return day, bool(_CAME.search(s.text, s.start, s.end))


def envoys_listed(text: str, start: int, end: int, waited: bool = False) -> bool:
    """Whether the sentence opens as the list of the envoys just counted (a cheap
    test made before the sentence is recognised); after a sentence or more between
    (``waited``), only as the envoys' own ("The new envoys are", not "These included").
    An item of a list set out line by line ("– His Excellency A, Ambassador of X.")
    is one more envoy of it."""
    if _ITEM.match(text, start, end) or _items_below(text, start, end) is not None:
        return True
    if _after_number(text, start):
        return True  # "1." cut off as a sentence of its own: the item after it
    m = _LISTED.match(text, start, end)
    if m is not None and _COLON_END.fullmatch(text, m.end(), end):
        return False  # "The ambassadors are:": the list is below (the caller waits for it)
    return m is not None and (not waited or m.group("noun") is not None)


#: nothing but the colon after the opener: the list set out below it
_COLON_END = re.compile(r"\s*:\s*")


#: an item of a list set out line by line: a dash, a bullet or a number opening it,
#: or the envoy's style ("His Excellency", "Her Excellency", "H.E.")
_ITEM = re.compile(r"[ \t]*(?:[–—•·*-]|\d{1,2}[.)])\s+(?:(?:His|Her)\s+Excellency|H\.\s?E\.|"
                   r"(?-i:Mr|Mrs|Ms|Dr)\b|(?-i:[A-Z]))|[ \t]*(?:His|Her)\s+Excellency\b")


#: a lead line ending with its colon, then the first item's line: a list whose items
#: close with ";" or "," is one sentence with the line that opens it
_LEAD_LINE = re.compile(r"[^\n]*:[ \t]*\n\s*")


def _items_below(text: str, start: int, end: int) -> int | None:
    """Where the items start when the sentence is a lead line and the items of the
    list it opens ("Representatives of the following countries may now take up their
    duties:\n- A, from X;\n- B, from Y."), the first one an envoy's line; else None."""
    m = _LEAD_LINE.match(text, start, end)
    if m is None or m.end() >= end or not _ITEM.match(text, m.end(), end):
        return None
    return m.end()


#: a line's number alone before the sentence ("1. " cut off as a sentence of its own)
_NUMBER_ALONE = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*")


def _after_number(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens its line after the line's number alone
    ("1. Ana Soto, Ambassador of Chile", whose "1." the segmenter cut off)."""
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start <= 6 and _NUMBER_ALONE.fullmatch(text, line_start, start) \
        is not None


def list_goes_on(text: str, start: int, end: int) -> bool:
    """Whether the envoys' list goes on after this sentence: it opens the list with a
    colon ("The new ambassadors are:") or is one of its items (or the number alone that
    opens one: "1.")."""
    return text[start:end].rstrip().endswith(":") or _ITEM.match(text, start, end) is not None \
        or _NUMBER_ALONE.fullmatch(text, start, end) is not None or _after_number(text, start)


def may_wait(text: str, start: int, end: int, gaz: Gazetteer, issuer: str | None) -> bool:
    """Whether the list of the envoys just counted may still come after this sentence,
    which does not open it: a sentence or two about the ceremony told between, naming
    no foreign country ("After the ceremony the head of state also talked with the new
    envoys. ... A spokesman said the new envoys are A from X, B from Y ..."). (The
    caller keeps the ceremony only when the sentence reported no meeting, call or
    visit.)"""
    return not any(m.code != issuer for kind in ("country", "adj")
                   for m in gaz.find(text, kind, start, end))


def listed_envoys(s: Sentence, day: DateSpan, issuer: str | None,
                  came: bool = False) -> list[Record]:
    """One meeting with each country the list names, in its order, and with each
    organisation listed among them (and, for a group that came for it, each one's
    visit to the issuer)."""
    first = _items_below(s.text, s.start, s.end) or s.start  # (not the lead line's)
    codes = list(dict.fromkeys(e.code for e in s.ents if e.kind in ("country", "adj")
                               and not e.place and e.code != issuer and e.start >= first))
    out = [_record("meeting", day, [issuer] if issuer else [], [c], []) for c in codes]
    if codes and not came:
        out += [_record("meeting", day, [issuer] if issuer else [], [], [o])
                for o in _orgs_among(s)]
    if came and issuer:
        out += [_record("visit", day, [c], [issuer], []) for c in codes]
    return out


#: an organisation listed among the envoys' countries: in brackets after its envoy's
#: name ("B (European Union)"), or coordinated with a country ("the ambassadors of
#: Chile and the European Union")
_ORG_BRACKET = re.compile(r"[\w.’'-]\s*\(\s*(?:the\s+)?$")
_ORG_AFTER_COUNTRY = re.compile(r"\)?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$")


def _orgs_among(s: Sentence) -> list[str]:
    """The organisations a list of envoys names among its countries, in its order."""
    out: list[str] = []
    countries = [e for e in s.ents if e.kind in ("country", "adj") and not e.place]
    for e in s.ents:
        if e.kind != "org" or e.code in out:
            continue
        before = s.text[max(s.start, e.start - 60):e.start]
        if _ORG_BRACKET.search(before) and s.text[e.end:e.end + 1] == ")" \
                or any(0 <= e.start - c.end <= 12 and _ORG_AFTER_COUNTRY.fullmatch(
                    s.text, c.end, e.start)
                    # (not a posting: "our Ambassador to Belgium and NATO")
                    and not _POSTING.search(s.text, max(s.start, c.start - 70), c.start)
                    for c in countries):
            out.append(e.code)
    return out


def envoy_orgs(s: Sentence, recs: list[Record], issuer: str | None,
               after: bool = False) -> list[Record]:
    """A meeting with each organisation whose envoy a credentials sentence lists with
    the countries' ("Ambassadors A (Chile), B (Peru) and C (European Union)
    presented their credentials"), on the day of the countries' meetings; the same
    for the sentence ``after`` one that met envoys at their ceremony ("Others were
    Ambassadors D (Norway) and E (European Union).")."""
    meetings = [r for r in recs if r.type == "meeting" and r.to]
    if not meetings or not (after or _CEREMONY.search(s.text, s.start, s.end)):
        return []
    have = {o for r in recs if r.type == "meeting" for o in r.organizations}
    return [_record("meeting", meetings[0].date, [issuer] if issuer else [], [], [o])
            for o in _orgs_among(s) if o not in have]


def ceremony_envoys(s: Sentence, recs: list[Record]) -> list[str]:
    """The countries of the envoys a credentials sentence met one by one (two or
    more), for copies of their credentials told next (see below)."""
    if not _CEREMONY.search(s.text, s.start, s.end):
        return []
    codes = [r.to[0] for r in recs if r.type == "meeting" and len(r.to) == 1]
    return codes if len(codes) > 1 else []


#: the copies of the credentials of the envoys just named: "had received the copies of
#: the letters of credence of the four diplomats", "received copies of the credentials
#: of the new ambassadors"
_COPIES_OF_THOSE = re.compile(
    r"\bcop(?:y|ies)\s+of\s+(?:the\s+|their\s+)?(?:letters\s+of\s+credence|credentials)"
    r"(?:\s+of\s+(?:the|these|those)\s+(?:\w+\s+)?(?:new\s+|" + _NEWLY + r"\s+)?"
    r"(?:diplomats|ambassadors|envoys|heads\s+of\s+(?:diplomatic\s+)?missions?))?\b", re.I)


def copies_of_those(s: Sentence, envoys: list[str], ctx: Context,
                    issuer: str | None) -> list[Record]:
    """One meeting with each envoy's country when the sentence tells of the copies
    of the credentials of the envoys named just before, on its own day."""
    m = _COPIES_OF_THOSE.search(s.text, s.start, s.end) if envoys else None
    if m is None or (m.group(0).lower().rstrip().endswith(("credence", "credentials"))
                     and "their" not in m.group(0).lower()):
        return []
    days = _resolved(s.dates, ctx)
    day = DateSpan(*days[0].iso()) if days else (ctx.last_date or ctx.default)
    return [_record("meeting", day, [issuer] if issuer else [], [c], []) for c in envoys]
