"""The extraction pipeline: named steps over one document."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path, PurePath

from ..documents import Document
from ..errors import UsageError
from ..model import DateSpan, Person, Record, Source
from ._confidence import ConfidenceModel, Evidence, load_confidence
from ._context import (
    dateline_spans,
    digest_span,
    find_dateline,
    infer_issuer,
    is_digest,
    is_review,
    opening_dateline,
    single_day,
    text_year,
)
from ._dates import find_dates, parse_iso, resolve
from ._figures import Count, find_counts, has_count
from ._frame_parts import _reported_key
from ._frames import Context, frame_sentence
from ._frames_other import place_visits
from ._gazetteer import Gazetteer, load_gazetteer
from ._holders import Holders, add_holders, load_holders
from ._occasions import per_occasion
from ._persons import attach_persons
from ._readings import is_caption
from ._recognise import Sentence, recognise
from ._sections import read_heading
from ._segment import paragraphs, sentences
from ._tours import refine_tours
from ._triggers import TriggerSet, load_triggers

__all__ = ["PIPELINE", "Explained", "Extraction", "ExtractionStream", "check_options",
           "explain_text", "extract_document", "extract_text", "iter_extract",
           "iter_extract_document"]


@dataclass
class Extraction:
    """What extraction made of one document."""

    doc: str
    records: list[Record]
    issuer: str | None
    issuer_reason: str
    year: int | None
    #: the day relative dates count from, and where it came from
    date_reason: str = ""


@dataclass
class _State:
    text: str
    doc: str
    gaz: Gazetteer
    triggers: TriggerSet
    holders: Holders | None = None
    #: the persons named so far, by office and side: "the Foreign Minister" later
    #: in the text is the one named before
    named: dict[tuple[str, str], str] = field(default_factory=dict)
    issuer: str | None = None
    issuer_reason: str = ""
    date: str | None = None
    date_reason: str = ""  # what the document's day was taken from
    digest: bool = False  # several unrelated items under headings
    ctx: Context | None = None
    n_sentences: int = 0
    n_records: int = 0
    review: bool = False
    confidence: ConfidenceModel | None = None
    evidence: Evidence | None = None  # the sentence whose records are flowing
    explain: list[tuple[Record, list[str]]] | None = None  # features, when asked


# --- steps --------------------------------------------------------------------

def step_context(st: _State, records: Iterator[Record]) -> Iterator[Record]:
    """Issuer, year, dateline and the date of undated events."""
    if st.issuer:
        st.issuer_reason = "given (--issuer)"
    else:
        guess = infer_issuer(st.text, st.gaz)
        st.issuer, st.issuer_reason = guess.code, guess.reason
    year = month = day = None
    if st.date:
        year, month, day = parse_iso(st.date)
    given = _dt.date(year, month, day) if year and month and day else None
    dateline = given
    found = find_dateline(st.text, year)
    st.review = is_review(st.text, year)
    st.digest = not st.review and is_digest(st.text)
    span = digest_span(st.text, year) if st.digest else None
    if st.digest and found and not _on_first_line(st.text, found, year):
        found = None  # a digest's first item's day is not the digest's
    st.date_reason = f"the document's date {given} (given)" if given else ""
    spans = dateline_spans(st.text, st.gaz)
    lines = [d for a, b in spans[:1] for d in [find_dateline(st.text[a:b], year)] if d]
    if given and lines and found != lines[0] and 0 < (given - lines[0]).days <= _AGENCY_LAG:
        found = lines[0]  # a paragraph's dateline below the title and the publication line
    if given and found and 0 < (given - found).days <= _AGENCY_LAG \
            and (opening_dateline(st.text, st.gaz) or found in lines):
        # "TBILISI, May 10 (Reuters) -" published on the 11th: the story's own
        # dateline is the day its "today" and "on Monday" count from
        dateline = found
        st.date_reason = (f"the text's opening dateline {found}, not the publication "
                          f"date {given} given")
    if dateline is None and found and (year is None or found.year == year):
        dateline = found
        st.date_reason = f"the text's dateline {found}"
    if year is None:
        year = dateline.year if dateline else text_year(st.text)
    if dateline is None and not st.review and not st.digest:
        dateline = single_day(st.text, year)
        if dateline is not None:
            st.date_reason = f"the one day the text names, {dateline}"
    if st.review:
        st.date_reason = f"a review of {year}: undated events take the year" if year \
            else "a review with no year known"
    elif dateline is None:
        st.date_reason = (f"no day known (year {year}): relative days such as 'today' "
                          "stay undated" if year else "no date known")
    if st.review or dateline is None:
        default = DateSpan(f"{year:04d}" + (f"-{month:02d}" if month and not day else "")
                           if year else None)
        if month and day and not st.review:
            default = DateSpan(f"{year:04d}-{month:02d}-{day:02d}")
    else:
        default = DateSpan(dateline.isoformat())
    if span is not None and dateline is None:
        default = span
        st.date_reason = (f"a digest of {span.start}" + (f"..{span.end}" if span.end else "")
                          + ": an undated item takes that, not the day of the item before")
    st.ctx = Context(issuer=st.issuer, year=year, dateline=dateline, default=default,
                     carry=not st.review, dateline_spans=spans,
                     latest=(given.year, given.month, given.day) if given
                     else (year, 12, 31) if year and st.date else None)
    return records


def step_sentences(st: _State, _records: Iterator[Record]) -> Iterator[Record]:
    """Per paragraph and sentence: recognise, trigger, frame, count."""
    assert st.ctx is not None
    ctx = st.ctx
    first = True
    title_end = -1
    for pi, para in enumerate(paragraphs(st.text)):
        if pi == 0 and _is_title(st.text, para.start, para.end) \
                and not is_caption(st.text, para.start, para.end):
            title_end = para.end  # a title paragraph: its events are the body's
        if not ctx.carry:
            ctx.last_date = None
        for span in sentences(st.text, para):
            st.n_sentences += 1
            s0 = None  # the first sentence, recognised once for the focus
            if first:
                first = False
                s0 = _recognise(st, span.start, span.end, pi)
                ctx.focus = [e.code for e in s0.ents if e.kind in ("country", "adj")
                             and e.code != ctx.issuer][:1]
            if span.end <= title_end or (_is_heading(st.text, span.start, span.end)
                                         and not is_caption(st.text, span.start, span.end)) \
                    or st.text[span.end - 1] == "?":
                if span.end > title_end and st.text[span.end - 1] != "?":
                    if st.digest:
                        # a digest's next item: its own date and partner, none carried over
                        ctx.last_date, ctx.focus = None, []
                    else:
                        # "3. Kenya (11-12 March)": the section's side and days
                        read_heading(_recognise(st, span.start, span.end, pi), ctx)
                    day = _heading_day(st.text, span.start, span.end, ctx)
                    if day is not None:
                        # "Tuesday, 13 May": the day of the section the heading opens
                        ctx.last_date = day
                continue  # titles and questions report no event
            trig = st.triggers.find(st.text, span.start, span.end)
            if not trig and span.end - span.start < 80 and st.text[span.end - 1] not in ".!?" \
                    and "\n" not in st.text[span.start:span.end]:
                # "Ghana (May 1 and 2)": a stop's heading
                read_heading(_recognise(st, span.start, span.end, pi), ctx)
            if not trig and not has_count(st.text, span.start, span.end):
                # nothing to frame: keep only the organisations named, as context
                orgs = [m.code for m in st.gaz.find(st.text, "org", span.start, span.end)]
                if orgs:
                    ctx.last_orgs = orgs
                continue
            s = s0 or _recognise(st, span.start, span.end, pi)
            recs = per_occasion(s, frame_sentence(s, trig, ctx), ctx) if trig else []
            if recs:
                recs = place_visits(s, recs, ctx) + recs
            attach_persons(s, recs, ctx.issuer)
            _name_known(st.named, recs)
            recs += _counts(s, recs, ctx)
            for r in recs:
                r.source = Source(st.doc, span.start, span.end, st.text[span.start:span.end])
            _update(ctx, s, recs)
            st.evidence = Evidence(s, trig, len(recs), ctx, st.review)
            yield from recs


def _recognise(st: _State, start: int, end: int, para: int) -> Sentence:
    """What a sentence names, with the office-holders it names by name (in office
    on the document's date, else in its year)."""
    s = recognise(st.text, start, end, st.gaz, para)
    if st.holders is not None and st.ctx is not None:
        ctx = st.ctx
        on: tuple[str, str] | None = None
        if isinstance(ctx.dateline, _dt.date):
            on = (ctx.dateline.isoformat(), ctx.dateline.isoformat())
        elif ctx.year:
            on = (f"{ctx.year:04d}-01-01", f"{ctx.year:04d}-12-31")
        add_holders(s, st.holders, on, ctx.issuer)
    return s


def step_confidence(st: _State, records: Iterator[Record]) -> Iterator[Record]:
    """Each record's confidence, from the evidence of the sentence that made it
    (features and weights in ``patterns/confidence.toml``)."""
    model = st.confidence or load_confidence()
    found = st.gaz.find_all(st.text, 0, min(len(st.text), _HEAD))  # one scan
    head = frozenset(m.code for kind in ("country", "adj") for m in found[kind])
    seen: set[tuple[str, frozenset[str]]] = set()
    last: Evidence | None = None
    for r in records:
        ev = st.evidence
        if ev is None:
            assert st.ctx is not None
            ev = Evidence(None, (), 1, st.ctx, st.review)
        if ev is not last:  # a new sentence: what came before it
            ev.head, ev.seen, ev.first = head, frozenset(seen), last is None
            last = ev
        feats = model.features(r, ev)
        seen.add((r.type, frozenset(r.from_ + r.to)))
        r.confidence = model.score(feats)
        if st.explain is not None:
            st.explain.append((r, feats))
        yield r


#: how much of the text's top is its head (title and lead) for the confidence
_HEAD = 400
#: how many days a publication date may follow the dateline of the story it carries
_AGENCY_LAG = 7


def step_merge(st: _State, records: Iterator[Record]) -> Iterator[Record]:
    """One record per occasion inside a document: a readout that names the
    same dated event twice gives one record (only keys are kept in memory).
    A meeting named again ("In a meeting with X's Foreign Minister, ...", "Her
    meeting with X covered ...") is the one reported before, unless it names
    another official of that side ("a separate meeting with the President")."""
    seen: dict[tuple, tuple[int, list[Person]]] = {}
    for r in records:
        k = (r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations), r.date.start,
             r.quantity.value if r.quantity else None)
        precise = bool(r.date.start and len(r.date.start) == 10)
        src = r.source.start if r.source else -1
        partners = [p for p in r.persons if p.country and p.country in r.to]
        repeat = r.type != "meeting" or bool(
            r.source and (m := _REPEAT.match(r.source.text) or _NAMED_AGAIN.match(r.source.text))
            and not _NEW_MEETING.search(r.source.text, m.end()))
        if k in seen and seen[k][0] != src and repeat and (
                precise or not st.review or r.type in ("multilateral", "resolution",
                                                       "chairmanship")) \
                and (r.type != "meeting" or _same_officials(seen[k][1], partners)):
            continue
        seen.setdefault(k, (src, partners))
        yield r


def _same_officials(before: list[Person], now: list[Person]) -> bool:
    """Whether two mentions of a meeting may name the same officials of the
    other side: yes unless both name someone and no name or office agrees."""
    if not before or not now:
        return True
    names = {p.name.casefold() for p in before if p.name}
    roles = {p.role for p in before}
    return any((p.name and p.name.casefold() in names) or p.role in roles
               or p.role in _GENERIC_ROLES or roles & _GENERIC_ROLES for p in now)


#: offices too vague to tell two officials apart ("the Minister", "counterpart")
_GENERIC_ROLES = frozenset({"minister", "official", "counterpart", "other"})


_REPEAT = re.compile(
    r"\W*(?:(?:also\s+)?(?:during|in|at|after|following|on|in the course of|at the end of|"
    r"at the conclusion of)\s+(?:the|this|that|his|her|their|these)\s+(?:[\w'‘’-]+\s+){0,3}?"
    r"(?:meeting|visit|talks|conversation|call|discussions?)\b|.{0,80}\b(?:stated|said|"
    r"reported|announced|informed|noted) that\b)", re.I)

#: a meeting named again as the frame of what was said in it: "In a meeting
#: with ...", "At a bilateral meeting with ...", "Her meeting with ... covered",
#: "Haimbe's talks with ... focused on" (not "a separate/second meeting")
_NAMED_AGAIN = re.compile(
    r"\W*(?:(?i:in|at|during)\s+an?\s+(?:bilateral\s+|one-on-one\s+|private\s+)?|"
    r"(?:(?i:his|her|their|the\s+minister['’]s)|[A-Z][\w-]+['’]s?)\s+(?:bilateral\s+)?)"
    r"(?:meeting|talks|conversation|discussions?)\s+with\b")


#: "At the end of the meeting, the delegation was received by ...": a new meeting
_NEW_MEETING = re.compile(r"\b(?:received|audience|called on|courtesy call|met)\b")


def step_emit(st: _State, records: Iterator[Record]) -> Iterator[Record]:
    """Stable ids: the document's stem and a running number."""
    stem = re.sub(r"[^\w-]+", "-", PurePath(st.doc).stem).strip("-") or "doc"
    for i, r in enumerate(records, 1):
        r.id = f"{stem}-{i:04d}"
        st.n_records = i
        yield r


def step_measures(st: _State, records: Iterator[Record]) -> Iterator[Record]:
    """What each sentence's records count ("143 votes", "40 students", "USD 2
    million"): see :mod:`communique.measures` (patterns are data files there)."""
    from ..measures import attach_measures, find_measures

    # the last sentences' records wait here, so that a measure of the next
    # sentence may still join them before they flow on
    held: list[list[Record]] = []
    for _span, group in groupby(records, key=lambda r: (r.source.start, r.source.end)
                                if r.source else None):
        recs = list(group)
        src = recs[0].source
        if src is not None:
            near = [r for g in held for r in g if r.source is not None
                    and 0 <= src.start - r.source.end <= _MEASURE_REACH]
            attach_measures(recs, find_measures(src.text), near, src.text)
        held.append(recs)
        if len(held) > 2:
            yield from held.pop(0)
    for recs in held:
        yield from recs


#: how far back (characters) a sentence's measure may look for its record
_MEASURE_REACH = 400


def step_tours(st: _State, records: Iterator[Record]) -> Iterator[Record]:
    """A readout's tour: each country's visit dated by the stops the text describes
    (see :mod:`communique.extract._tours`)."""
    return refine_tours(records, enabled=not st.review,
                        sections=st.ctx.sections if st.ctx is not None else None)


#: The named steps, in order. Each takes the document state and the record
#: stream so far and returns the stream (context sets up, sentences makes
#: records paragraph by paragraph, tours dates the stops of a tour, merge and
#: emit filter and number them), so records flow out while the text is still
#: being read.
PIPELINE: list[tuple[str, Callable[[_State, Iterator[Record]], Iterator[Record]]]] = [
    ("context", step_context),
    ("sentences", step_sentences),
    ("confidence", step_confidence),
    ("measures", step_measures),
    ("tours", step_tours),
    ("merge", step_merge),
    ("emit", step_emit),
]


# --- counts -----------------------------------------------------------------

_ATTACH = {
    "votes": ("election",), "appeals": ("consular",), "people": ("consular", "multilateral"),
    "persons": ("consular",), "citizens": ("consular",), "nationals": ("consular",),
    "students": ("outreach",), "diplomats": ("outreach",), "journalists": ("outreach",),
    "agreements": ("agreement",), "documents": ("agreement",), "memoranda": ("agreement",),
    "states": ("resolution",), "countries": ("resolution",), "participants": ("multilateral",),
}


def _counts(s: Sentence, recs: list[Record], ctx: Context) -> list[Record]:
    out: list[Record] = []
    for c in find_counts(s.text, s.start, s.end):
        if _attach(c, recs):
            continue
        if c.quantity.unit == "times":
            continue
        date = next((r.date for r in recs), ctx.default)
        out.append(Record(type="figure", date=date, from_=[ctx.issuer] if ctx.issuer else [],
                          quantity=c.quantity))
    return out


def _attach(c: Count, recs: list[Record]) -> bool:
    kinds = _ATTACH.get(c.quantity.unit or "", ())
    fits = [r for r in recs if r.type in kinds and r.quantity is None]
    if len(fits) == 1 and len([r for r in recs if r.type == fits[0].type]) == 1:
        fits[0].quantity = c.quantity
        return True
    return False


_NONSPACE = re.compile(r"\S")


def _on_first_line(text: str, day: _dt.date, year: int | None) -> bool:
    """Whether ``day`` is written on the text's first line (its title or dateline)."""
    first = text.lstrip().split("\n", 1)[0]
    return any(d.m1 == day.month and d.d1 == day.day and not d.has_end
               for d in find_dates(first))


def _heading_day(text: str, start: int, end: int, ctx: Context) -> DateSpan | None:
    """The one day (or days) a heading names ("Tuesday, 13 May", "3 March 2024"),
    resolved with the document's year; None for a heading that names none or
    several unrelated ones."""
    if not _has_digit_fast(text, start, end):
        return None
    found = [resolve(d, ctx.year, ctx.dateline) for d in find_dates(text, start, end)]  # type: ignore[arg-type]
    days = [d for d in found if d.y1 and d.m1 and d.d1]
    if len(days) != 1:
        return None
    a, b = days[0].iso()
    return DateSpan(a, b) if a else None


def _has_digit_fast(text: str, start: int, end: int) -> bool:
    return any(c.isdigit() for c in text[start:end])


def _is_title(text: str, start: int, end: int) -> bool:
    """Whether the first paragraph is the text's title: one short line before
    the body, without a sentence's closing punctuation or written in title
    case ("Minister Receives Letters of Credence From Seven Envoys."). A short
    lead sentence ("The Minister today paid a visit to Oslo.") is no title."""
    line = text[start:end].strip()
    if not line or len(line) >= 150 or "\n" in line or not _NONSPACE.search(text, end):
        return False
    if line[-1] not in ".!?":
        return True
    # title case leaves in lower case only the small words ("Minister Ends his
    # Visit to the U.S.A."); a sentence has a verb or noun in it ("met", "talks")
    return not any(w[0].islower() and w.lower() not in _SMALL_WORDS for w in _WORD.findall(line))


_WORD = re.compile(r"[^\W\d_][\w.’'-]*")
_SMALL_WORDS = frozenset(
    "a an the of in on at to for from with by and or but as his her its their our "
    "into over per via vs".split())


def _is_heading(text: str, start: int, end: int) -> bool:
    """A title or byline: one short line without closing punctuation. Titles
    repeat the body's events without their dates, so they give no records."""
    line = text[start:end]
    if not _NONSPACE.search(text, end):
        return False  # the last line of a text cut short is still a sentence
    return "\n" not in line and len(line) < 150 and line[-1] not in ".!?\"”’)"


def _name_known(named: dict[tuple[str, str], str], recs: list[Record]) -> None:
    """Name an untitled mention of an office by the one named for that side
    before ("Secretary Kerry ... the Secretary of State"), and remember names."""
    for r in recs:
        for i, p in enumerate(r.persons):
            if not p.country:
                continue
            if p.name:
                named.setdefault((p.role, p.country), p.name)
            elif (p.role, p.country) in named:
                r.persons[i] = Person(named[(p.role, p.country)], p.role, p.country)


def _update(ctx: Context, s: Sentence, recs: list[Record]) -> None:
    others = [c for r in recs for c in r.from_ + r.to if c != ctx.issuer]
    if others:
        ctx.focus = others[:1] if len(set(others)) == 1 else ctx.focus
    # an organisation's official met or on a visit, and no country: the guest now
    guests = {r.organizations[0] for r in recs if r.type in ("visit", "meeting")
              and r.organizations}
    if others:
        ctx.guest_org = []
    elif len(guests) == 1:
        ctx.guest_org, ctx.focus = list(guests), []
    for r in recs:
        ctx.reported.add(_reported_key(r))
        partners = list(dict.fromkeys(c for c in r.from_ + r.to if c != ctx.issuer))
        if len(partners) >= 2:
            ctx.last_group = partners
    orgs = [e.code for e in s.ents if e.kind == "org"]
    if orgs:
        ctx.last_orgs = orgs
    explicit = [d for d in s.dates if d.y1 or d.m1 or d.relative]
    dated = [r.date for r in recs if r.date.start and (
        len(r.date.start) == 10 or (len(r.date.start) == 7 and _recent(r.date.start, ctx)))]
    if dated and explicit:
        ctx.last_date = dated[0]
    seen = [r for r in recs if r.date.start and len(r.date.start) >= 7]
    if seen and explicit:
        ctx.last_seen, ctx.last_seen_to = seen[0].date, list(seen[0].to)
    elif explicit:
        # "... began with the inauguration on 1 July" (a count, no event with that
        # date): the day named is still the one "On the same day" refers to
        named = [d for d in (resolve(m, ctx.year, ctx.dateline) for m in explicit  # type: ignore[arg-type]
                             if m.m1) if d.y1]
        if named:
            ctx.last_seen, ctx.last_seen_to = DateSpan(*named[0].iso()), []


def _recent(month: str, ctx: Context) -> bool:
    """Whether a month ("last week" across a month's end, "in May") is the
    document's own or the one before: what a readout's next sentences go on
    telling; an older month is background ("the visit of April 2019")."""
    if ctx.latest is None:
        return False
    y, m = int(month[:4]), int(month[5:7])
    ly, lm, _ = ctx.latest
    return 0 <= (ly * 12 + lm) - (y * 12 + m) <= 1


# --- public API ---------------------------------------------------------------

def _check_issuer(issuer: str | None) -> str | None:
    if issuer is None:
        return None
    code = issuer.strip().upper()
    from ..reference import is_country_code

    if not is_country_code(code):
        raise UsageError(f"unknown issuer code {issuer!r}: give an ISO 3166-1 alpha-3 code "
                         "such as AZE, GEO or KAZ")
    return code


@dataclass
class ExtractionStream:
    """Like :class:`Extraction`, with records as an iterator (for large texts)."""

    doc: str
    records: Iterator[Record]
    issuer: str | None
    issuer_reason: str
    year: int | None
    date_reason: str = ""


def check_options(issuer: str | None, date: str | None) -> str | None:
    """Validate ``--issuer`` and ``--date`` before any document is read; returns
    the issuer code upper-cased. Raises :class:`UsageError`."""
    if date is not None:
        try:
            parse_iso(date)
        except ValueError as e:
            raise UsageError(f"bad --date {date!r}: {e}; use YYYY, YYYY-MM or YYYY-MM-DD") from e
    return _check_issuer(issuer)


def iter_extract(text: str, *, doc: str = "<text>", issuer: str | None = None,
                 date: str | None = None, patterns: Iterable[Path] = ()) -> ExtractionStream:
    """Extract lazily: the context is read at once, records as they are consumed."""
    issuer = check_options(issuer, date)
    extra = tuple(Path(p) for p in patterns)
    st = _State(text=text, doc=doc, gaz=load_gazetteer(extra), triggers=load_triggers(extra),
                holders=load_holders(extra), issuer=issuer, date=date,
                confidence=load_confidence(extra))
    stream: Iterator[Record] = iter(())
    for _name, step in PIPELINE:
        stream = step(st, stream)
    assert st.ctx is not None  # the context step ran eagerly
    return ExtractionStream(doc, stream, st.issuer, st.issuer_reason, st.ctx.year,
                            st.date_reason)


def extract_text(text: str, *, doc: str = "<text>", issuer: str | None = None,
                 date: str | None = None, patterns: Iterable[Path] = ()) -> Extraction:
    """Extract event records from ``text``. ``issuer`` is an ISO3 code (inferred when
    None); ``date`` is the document's date (YYYY, YYYY-MM or YYYY-MM-DD)."""
    res = iter_extract(text, doc=doc, issuer=issuer, date=date, patterns=patterns)
    records = list(res.records)
    return Extraction(doc, records, res.issuer, res.issuer_reason, res.year, res.date_reason)


def extract_document(document: Document, *, issuer: str | None = None,
                     date: str | None = None, patterns: Iterable[Path] = ()) -> Extraction:
    """Extract from a :class:`communique.documents.Document`."""
    return extract_text(document.text, doc=document.name, issuer=issuer, date=date,
                        patterns=patterns)


def iter_extract_document(document: Document, *, issuer: str | None = None,
                          date: str | None = None,
                          patterns: Iterable[Path] = ()) -> ExtractionStream:
    """Extract lazily from a :class:`communique.documents.Document`."""
    return iter_extract(document.text, doc=document.name, issuer=issuer, date=date,
                        patterns=patterns)


@dataclass
class Explained:
    """A document's records with the confidence features of each (see
    ``patterns/confidence.toml``)."""

    extraction: Extraction
    features: list[list[str]]


def explain_text(text: str, *, doc: str = "<text>", issuer: str | None = None,
                 date: str | None = None, patterns: Iterable[Path] = ()) -> Explained:
    """Like :func:`extract_text`, with the features behind each record's confidence."""
    issuer = check_options(issuer, date)
    extra = tuple(Path(p) for p in patterns)
    st = _State(text=text, doc=doc, gaz=load_gazetteer(extra), triggers=load_triggers(extra),
                holders=load_holders(extra), issuer=issuer, date=date,
                confidence=load_confidence(extra), explain=[])
    stream: Iterator[Record] = iter(())
    for _name, step in PIPELINE:
        stream = step(st, stream)
    assert st.ctx is not None and st.explain is not None
    records = list(stream)
    kept = {id(r) for r in records}
    feats = {id(r): f for r, f in st.explain if id(r) in kept}
    return Explained(Extraction(doc, records, st.issuer, st.issuer_reason, st.ctx.year,
                                st.date_reason),
                     [feats[id(r)] for r in records])
