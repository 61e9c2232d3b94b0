"""The extraction pipeline: named steps over one document."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import PurePath

from ..model import DateSpan, Record, Source
from ._ambiguous import add_envoy_adjectives, add_resolved, resolve_ambiguous
from ._asked import QUESTION_TURN, event_key
from ._cited_day import cited_day
from ._closing import signed_at_close
from ._confidence import ConfidenceModel, Evidence, load_confidence
from ._context import (
    dateline_alone,
    dateline_spans,
    digest_span,
    filed_from,
    find_dateline,
    infer_issuer,
    is_digest,
    is_review,
    opening_dateline,
    published_over,
    single_day,
    text_year,
)
from ._counted_day import counts, may_count
from ._date_tense import told_in_full
from ._date_values import parse_iso
from ._days_listed import DAYS_LISTED
from ._digest_date import dated_under_title, week_end
from ._document import (
    heading_day,
    is_heading,
    is_link,
    name_known,
    on_first_line,
    update,
)
from ._each_other import visits_to_each_other
from ._envoys import (
    ceremony_day,
    ceremony_envoys,
    copies_of_those,
    envoy_orgs,
    envoys_listed,
    group_day,
    list_goes_on,
    listed_envoys,
    may_wait,
    named_at_ceremony,
)
from ._frame_parts import _REMIT
from ._frames import Context, frame_sentence
from ._frames_other import place_visits
from ._gazetteer import Gazetteer
from ._guest_visit import guest_visit
from ._holders import Holders, add_holders, surnames_named
from ._hosts import guest_of_stay, place_hosts, visit_referred_to
from ._item_day import dated_heading, glued_item_day, item_dateline
from ._joint_trip import joint_trip
from ._known_persons import KnownPersons
from ._late_steps import measured, toured
from ._listed_under import Listing, listed_records, notes_only
from ._lone_headline import lone_headline
from ._merge import merged
from ._met_on_visits import met_on_visits
from ._met_someone_else import met_someone_else
from ._mutual_visits import mutual_visits
from ._nth_day import nth_day
from ._nth_day_arrival import arrived_before_nth_day
from ._occasions import per_occasion
from ._options import check_options
from ._others_return import others_return
from ._persons import attach_persons
from ._reader import Reader, partners_named, read_silent
from ._readings import date_line_only, is_caption
from ._realm import realm_pattern, realm_refs
from ._recognise import Sentence, in_office_name, recognise
from ._respective_parts import each_its_own
from ._review_frame import framed_year, titled_year
from ._same_day import note_news_day, note_period
from ._sections import read_heading
from ._segment import paragraphs, sentences
from ._split_year import split_year
from ._tally import tallied
from ._time_scope import respectively
from ._title_consultation import TitleConsultations
from ._title_line import lead_title_end
from ._title_month import title_month
from ._title_trip import ItemTrips, TitleTrips
from ._told_once import sides_told
from ._triggers import TriggerSet
from ._week_month import week_month
from ._weekday_named import named_weekdays
from ._whereabouts import may_tell_whereabouts, whereabouts

__all__ = ["PIPELINE", "Extraction", "check_options"]


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
    #: the persons the text has tied to a side so far (see _known_persons)
    known: KnownPersons = field(default_factory=KnownPersons)
    #: the surnames of the office-holders the text names in full (read once)
    surnames: Holders | None = None
    surnames_read: bool = False
    #: the persons named so far, by office and side: "the Foreign Minister" later
    #: in the text is the one named before
    named: dict[tuple[str, str], str] = field(default_factory=dict)
    issuer: str | None = None
    issuer_reason: str = ""
    date: str | None = None
    date_reason: str = ""  # what the document's day was taken from
    digest: bool = False  # several unrelated items under headings
    own_day: object | None = None  # a digest's own date (its items' may differ)
    week: DateSpan | None = None  # the days a digest's title names
    week_year: int | None = None  # the year it is read with, once ``week_read``
    week_read: bool = False
    ctx: Context | None = None
    n_sentences: int = 0
    n_records: int = 0
    review: bool = False
    confidence: ConfidenceModel | None = None
    evidence: Evidence | None = None  # the sentence whose records are flowing
    explain: list[tuple[Record, list[str]]] | None = None  # features, when asked
    #: the day of a credentials ceremony that counted its envoys, for the next
    #: sentence that lists them (see _envoys.py)
    envoys: DateSpan | None = None
    envoys_came: bool = False  # (a group that came for it: each one's visit too)
    envoys_wait: int = 0  # the sentences told since the ceremony, before its list
    #: the countries of the envoys a credentials sentence met one by one, for the copies
    #: of their credentials told next (see _envoys.py)
    envoy_codes: list[str] = field(default_factory=list)
    #: a past year a paragraph reviews and the date it replaced (see note_period)
    period: tuple[DateSpan, DateSpan | None] | None = None
    #: the events a journalist's question told, which the answer tells no second time
    asked: set[tuple[object, ...]] = field(default_factory=set)
    #: shared adjectives the document resolves ("Congolese" in a text naming Kinshasa)
    resolved: list[tuple[int, int, str]] | None = None
    #: how "the Kingdom" names the issuer and where kingdoms are named (None: it
    #: does not), once ``realm_read``
    realm: tuple[re.Pattern[str], list[tuple[int, str]]] | None = None
    realm_read: bool = False
    #: the list of events under a heading the lines are in (see _listed_under)
    listing: Listing = field(default_factory=Listing)
    #: the statistical reader for sentences the rules leave silent (None: rules only)
    reader: Reader | None = None


# --- steps --------------------------------------------------------------------

def step_context(st: _State, records: Iterator[Record]) -> Iterator[Record]:
    """Issuer, year, dateline and the date of undated events."""
    if st.issuer:
        st.issuer_reason = "given (not inferred from the text)"
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
    # the days a title names ("The week at the Ministry: 17-21 March"), for the
    # weekday headings below it, digest or not (read at the first such heading)
    st.week, st.week_year, st.week_read = span, year, span is not None
    if st.digest and found and not on_first_line(st.text, found, year) \
            and not dated_under_title(st.text, found):
        found = None  # a digest's first item's day is not the digest's
    st.date_reason = f"the document's date {given} (given)" if given else ""
    spans = dateline_spans(st.text, st.gaz)
    lines = [d for a, b in spans[:1] for d in [find_dateline(st.text[a:b], year)] if d]
    if not given and lines and found and found != lines[0] and (published_over(
            st.text, found, lines[0]) or 0 < (found - lines[0]).days <= _AGENCY_LAG
            and on_first_line(st.text, found, year)):
        # "Monday, 9 May\n\nRome, 7 May 2022 (ANSA) - This morning ...": a page's
        # date above the story; the story's own dateline is the day it tells of
        found = lines[0]
    lines = lines if given else []  # (read only against the date given)
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
    framed = titled_year(st.text, year, dateline or found) or (None if st.review else framed_year(
        st.text, year, dateline or found, st.issuer, st.gaz))
    if framed is not None:
        # "Havana, June 13, 2024.- ... In 2023, Cuba maintained ...": a review of 2023
        st.review, st.digest, span, year = True, False, None, framed
    # (a dateline written with its year, not a day the text names without one)
    told = dateline if dateline is not None and told_in_full(st.text, dateline) else None
    if dateline is None and not st.review and not st.digest:
        dateline = single_day(st.text, year)
        if dateline is not None:
            st.date_reason = f"the one day the text names, {dateline}"
        elif (dateline := cited_day(st.text, year)) is not None:  # "(2024, 5 June)."
            st.date_reason = f"the day of the source it cites, {dateline}"
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
        if st.review and (both := split_year(st.text, year)) is not None:
            default = both  # ("Annual Report 2016-17": both years, see _split_year.py)
    else:
        default = DateSpan(dateline.isoformat())
    if span is not None and dateline is None:
        default = span
        st.date_reason = (f"a digest of {span.start}" + (f"..{span.end}" if span.end else "")
                          + ": an undated item takes that, not the day of the item before")
    weekly = week_month(st.text, year) if dateline is None and not st.review \
        and (default.start or "").isdigit() else None
    if weekly:  # ("This week at the Ministry" naming days of March only)
        default, st.date_reason = DateSpan(weekly), f"a weekly text of {weekly}, its days' month"
    elif (month_told := title_month(st.text, year, default.start if dateline is None
                                    and not st.review else None)) is not None:
        default, st.date_reason = DateSpan(month_told), f"the month its title names, {month_told}"
    if st.digest:
        dateline = week_end(span, dateline)  # ("6-12 May": its "Monday" is the 6th)
    st.own_day = dateline
    st.ctx = Context(weekdays=named_weekdays(
                         st.text, year, lambda a, b: bool(st.triggers.find(st.text, a, b)))
                     if dateline is None and not st.review and not st.digest else {},
                     issuer=st.issuer, year=year, dateline=dateline, default=default,
                     carry=not st.review, dateline_spans=spans,
                     filed_in=filed_from(st.text, st.gaz),
                     latest=(given.year, given.month, given.day) if given
                     else (year, 12, 31) if year and st.date else None,
                     # (with only a year given, the text's dateline bounds a bare month)
                     told=(told.year, told.month, told.day)
                     if told is not None and not given and not st.review else None)
    return records


def step_sentences(st: _State, _records: Iterator[Record]) -> Iterator[Record]:
    """Per paragraph and sentence: recognise, trigger, frame, count."""
    assert st.ctx is not None
    ctx = st.ctx
    first = True
    title_end = -1
    lead = 0  # the first paragraph that is more than a publication date
    trips = TitleTrips()  # the visits a title tells (see _title_trip.py)
    items = ItemTrips()  # and those of later items' dated headings
    held = TitleConsultations()  # its consultations (see _title_consultation.py)
    st.listing.gaz = st.gaz
    for pi, para in enumerate(paragraphs(st.text)):
        if pi == lead and date_line_only(st.text, para.start, para.end):
            lead += 1  # "Date: 2024-05-06", "27 Sep. 2021": the page's date, then its title
            continue
        if pi == lead:  # a title paragraph or line (see _title_line): its events the body's
            title_end = lead_title_end(st.text, para.start, para.end, title_end)
        if not ctx.carry:
            ctx.last_date = None
        elif st.period is not None:
            # "noted that during the 2023 period, ...": that paragraph's time only
            if ctx.last_date is st.period[0]:
                ctx.last_date = st.period[1]
            st.period = None
        # "Reuters: We noted that A met B on Saturday. Can you tell us more?": a question
        # turn; the answer that tells the same event again tells no second one
        asking = bool(QUESTION_TURN.match(st.text, para.start, para.end)) \
            and st.text[para.start:para.end].rstrip().endswith("?")
        for span in sentences(st.text, para):
            st.n_sentences += 1
            s0 = None  # the first sentence, recognised once for the focus
            if first:
                s0 = _recognise(st, span.start, span.end, pi)
                # (not a country in an envoy's remit: "The UN Special Envoy for Libya")
                ctx.focus = [e.code for e in s0.ents if e.kind in ("country", "adj")
                             and e.code != ctx.issuer and not others_return(s0, e)
                             and not _REMIT.search(s0.text, max(s0.start, e.start - 90),
                                                   e.start)][:1]
                # ("ASHGABAT, June 28. On June 27, ...": a dateline cut off as a
                # sentence of its own, the story's first sentence after it in the same
                # paragraph names the side the text is about)
                first = not ctx.focus and span.end < para.end \
                    and dateline_alone(span.start, span.end, ctx.dateline_spans)
            item = st.listing.item(st.text, span.start, span.end)
            if item is not None and notes_only(st.text, item[1], span.end, st.triggers):
                # "Visits abroad:" then "- Brazil (March)": an item of a list of events
                s = s0 or _recognise(st, span.start, span.end, pi)
                recs = listed_records(s, item[0], ctx, item[1])
                for r in recs:
                    r.source = Source(st.doc, span.start, span.end, st.text[span.start:span.end])
                update(ctx, s, recs)
                st.evidence = Evidence(s, (), len(recs), ctx, st.review)
                yield from recs
                continue
            if span.end <= title_end or (is_heading(st.text, span.start, span.end)
                                         and (not is_caption(st.text, span.start, span.end)
                                              or is_link(st.text, span.start, span.end))) \
                    or st.text[span.end - 1] == "?":
                if span.end > title_end and st.text[span.end - 1] != "?":
                    if st.digest:
                        # a digest's next item: its own date and partner, none carried over
                        ctx.last_date, ctx.focus = None, []
                    else:
                        # "3. Kenya (11-12 March)": the section's side and days
                        hs = _recognise(st, span.start, span.end, pi)
                        read_heading(hs, ctx)
                        if not st.review and dated_heading(st.text[span.start:span.end]):
                            items.read_heading(hs, st.triggers.find(st.text, span.start,
                                                                    span.end), ctx, Source(
                                st.doc, span.start, span.end, st.text[span.start:span.end]))
                    if not st.week_read:
                        st.week, st.week_read = digest_span(st.text, st.week_year), True
                    day = heading_day(st.text, span.start, span.end, ctx, st.week)
                    if day is not None:
                        # "Tuesday, 13 May": the day of the section the heading opens
                        ctx.last_date = day
                    # ("News item - 30.3.2017": the day the item's "today" is)
                    item_dateline(ctx, st.own_day, st.text, span.start, span.end)
                elif span.end <= title_end and not st.review and not st.digest:
                    # "Trip to Rome by the Prince": kept if the body never tells it
                    ts = _recognise(st, span.start, span.end, pi)
                    trips.read_title(ts, st.triggers.find(st.text, span.start, span.end), ctx)
                    held.read_title(ts, st.triggers.find(st.text, span.start, span.end), ctx)
                    for r in trips.trips:  # (not the page's date below the title)
                        if r.source is None or not date_line_only(st.text, span.start,
                                                                  span.end):
                            r.source = Source(st.doc, span.start, span.end,
                                              st.text[span.start:span.end])
                if not (st.digest and span.end > title_end and st.text[span.end - 1] != "?"
                        and lone_headline(st.text, span.start, span.end)):
                    continue  # titles and questions report no event (a lone item's does)
            if glued_item_day(ctx, st.text, span.start, span.end) and st.digest:
                ctx.last_date, ctx.focus = None, []  # ("05.09.2023Minister A meets B...")
            trig = sides_told(st.triggers.find(st.text, span.start, span.end), ctx)
            here = None
            if not st.review and not st.digest \
                    and may_tell_whereabouts(st.text, span.start, span.end):
                # "Back in Nairobi.": where the post's author is, a visit there
                s0 = s0 or _recognise(st, span.start, span.end, pi)
                here = whereabouts(s0, ctx.issuer)
                if here is not None:
                    ctx.post_place = here
                    ctx.focus = ctx.focus or [str(here.country)]
            listed: list[Record] = []
            waiting = None  # (a ceremony whose list may come after this sentence)
            ceremony_before = st.envoys
            if st.envoys is not None:
                if envoys_listed(st.text, span.start, span.end, st.envoys_wait > 0):
                    # "The envoys are Mr A of Egypt, Ms B of the United Kingdom, ..."
                    s0 = s0 or _recognise(st, span.start, span.end, pi)
                    listed = listed_envoys(s0, st.envoys, ctx.issuer, st.envoys_came)
                    if listed and len(st.envoys.start or "") == 10:
                        ctx.last_date = st.envoys  # "Later in the day": the ceremony's
                elif st.envoys_wait < 4 and may_wait(st.text, span.start, span.end, st.gaz,
                                                     ctx.issuer):
                    waiting = (st.envoys, st.envoys_came, st.envoys_wait + 1)
                st.envoys = st.envoys if list_goes_on(st.text, span.start, span.end) else None
                st.envoys_wait = 0  # (a list set out line by line goes on: see _envoys)
            if not trig and span.end - span.start < 80 and st.text[span.end - 1] not in ".!?" \
                    and "\n" not in st.text[span.start:span.end]:
                # "Ghana (May 1 and 2)": a stop's heading
                read_heading(_recognise(st, span.start, span.end, pi), ctx)
            read = not trig and not listed and here is None and st.reader is not None
            if read:  # no phrase the rules know: the statistical reader's word, if it is sure
                trig = read_silent(st.reader, st.text, span.start, span.end)  # type: ignore[arg-type]
            if not trig and not listed and here is None \
                    and not may_count(st.text, span.start, span.end):
                # nothing to frame (nor count): keep only the organisations named
                orgs = [m.code for m in st.gaz.find(st.text, "org", span.start, span.end)
                        if not in_office_name(st.text, span.start, m.start, m.end)]
                if orgs:
                    ctx.last_orgs = orgs
                note_news_day(st.text, span.start, span.end, ctx)  # (only before any event)
                if (nth := nth_day(st.text, span.start, span.end, ctx)) is not None:
                    ctx.last_date = ctx.last_day = nth  # "On his second day in Prague, ..."
                ctx.met_just = False
                st.period = note_period(st.text, span.start, span.end, ctx) or st.period
                st.envoys, st.envoys_came, st.envoys_wait = waiting or (None, False, 0)
                continue
            s = s0 or _recognise(st, span.start, span.end, pi)
            if trig:
                guest_of_stay(s, ctx)  # "During Minister A's stay, ..."
            recs = per_occasion(s, frame_sentence(s, trig, ctx), ctx) if trig else []
            recs = mutual_visits(s, recs, ctx) if trig else recs  # "mutual visits of A and B"
            recs = joint_trip(s, recs, ctx.issuer)  # "the joint visit of our and A's ministers"
            if read and recs:
                recs = partners_named(s, recs, ctx.issuer)  # (the reader's: none inferred)
            again = copies_of_those(s, st.envoy_codes, ctx, ctx.issuer) if trig else []
            if again:
                # "Before this ceremony, the Minister had received the copies of the
                # letters of credence of the four diplomats on Friday 9 May": each envoy's
                recs = [r for r in recs if r.type != "meeting"] + again
            at_ceremony = bool(st.envoy_codes)  # (the envoys met just before)
            st.envoy_codes = ceremony_envoys(s, recs) if trig else []
            if trig and not listed and named_at_ceremony(s, recs, ceremony_before, ctx):
                ctx.last_date = ceremony_before  # ("Others were ...": the same day)
            recs += envoy_orgs(s, recs, ctx.issuer, at_ceremony) if trig else []
            if recs and "respectively" in st.text[span.start:span.end]:
                recs = each_its_own(s, recs)  # "the Presidents of A and B ... respectively"
                recs = respectively(s, recs, ctx.year, ctx.dateline)  # type: ignore[arg-type]
            elif recs and DAYS_LISTED.search(st.text, span.start, span.end):
                # "with A and B on 17 and 19 February": each its day (see _days_listed)
                recs = respectively(s, recs, ctx.year, ctx.dateline)  # type: ignore[arg-type]
            recs = visits_to_each_other(s, recs)  # "the visits by A and B to each other"
            if trig:
                st.envoys, st.envoys_came = ceremony_day(s, recs, ctx, st.envoys), False
                if st.envoys is None:
                    # "The visiting Ministers ... called on the Minister. These included"
                    group = group_day(s, any(t.type == "meeting" for t in trig), recs, ctx)
                    if group is not None:
                        st.envoys, st.envoys_came = group
                recs = place_hosts(s, recs, ctx)  # "Freetown received the Vice President"
                recs = visit_referred_to(s, recs, ctx)  # "Within the framework of the visit"
                recs = tallied(s, recs, ctx)  # "It was his eighth visit to A since 2013"
                recs = met_someone_else(s, recs)  # "visited A and met Japan's Minister"
                recs = met_on_visits(s, recs, ctx.issuer)  # "met A's leader on visits abroad"
                recs = arrived_before_nth_day(s, recs, ctx)  # "On her second day in Quito"
            if waiting and (st.envoys is None or not s.dates) and not any(  # (_envoys.py)
                    r.type in ("meeting", "call", "visit") for r in recs):
                st.envoys, st.envoys_came, st.envoys_wait = waiting  # (an undated group too)
            recs += [r for r in listed if (r.type, r.to) not in [(o.type, o.to) for o in recs]]
            if here is not None and ctx.issuer and not any(
                    r.type == "visit" and r.to == [here.country] for r in recs):
                recs.append(Record(type="visit", date=ctx.default, from_=[ctx.issuer],
                                   to=[str(here.country)], place=here))
            if recs:
                signed_at_close(s, recs)
                recs = place_visits(s, recs, ctx) + guest_visit(s, recs, ctx) + recs
            attach_persons(s, recs, ctx.issuer)
            name_known(st.named, recs)
            recs += counts(s, recs, ctx)
            for r in recs:
                r.source = Source(st.doc, span.start, span.end, st.text[span.start:span.end])
            if asking:
                st.asked |= {event_key(r) for r in recs}
            elif st.asked:
                recs = [r for r in recs if event_key(r) not in st.asked]
            ceremony = ctx.last_date
            update(ctx, s, recs)
            st.period = note_period(st.text, span.start, span.end, ctx,  # "during 2023"
                                    (r.date for r in recs)) or st.period
            if again:
                ctx.last_date = ceremony  # (the copies, before it: an aside)
            st.evidence = Evidence(s, trig, len(recs), ctx, st.review)
            trips.note_body(recs)
            items.note_body(recs)
            held.note_body(recs)
            yield from recs
    for told in [trips, *items.items]:
        untold = told.untold()
        if untold and told.sentence is not None:
            st.evidence = Evidence(told.sentence, told.triggers, len(untold), ctx, st.review)
            yield from untold
    untold = held.untold()
    if untold and held.sentence is not None:
        st.evidence = Evidence(held.sentence, held.triggers, len(untold), ctx, st.review)
        yield from untold


def _recognise(st: _State, start: int, end: int, para: int) -> Sentence:
    """What a sentence names, with the office-holders it names by name (in office
    on the document's date, else in its year); found when a step first reads it."""
    return recognise(st.text, start, end, st.gaz, para, more=partial(_complete, st))


def _complete(st: _State, s: Sentence) -> None:
    """The entities of ``s`` beyond the gazetteer's: the issuer's realm ("the
    Kingdom"), the shared adjectives the document resolves, the office-holders.
    (Each reads only what is fixed before the first sentence.)"""
    if not st.realm_read:
        st.realm, st.realm_read = realm_pattern(st.issuer, st.text, st.gaz), True
    realm_refs(s, st.issuer, st.realm)  # "the Kingdom" in a kingdom's release
    if st.resolved is None:
        st.resolved = resolve_ambiguous(st.text, st.gaz)
    if st.resolved:
        add_resolved(s, st.resolved)
    add_envoy_adjectives(s)  # "the Apostolic Nuncio": the Holy See's envoy
    if st.holders is not None and st.ctx is not None:
        ctx = st.ctx
        on: tuple[str, str] | None = None
        if isinstance(ctx.dateline, _dt.date):
            on = (ctx.dateline.isoformat(), ctx.dateline.isoformat())
        elif ctx.year:
            on = (f"{ctx.year:04d}-01-01", f"{ctx.year:04d}-12-31")
        add_holders(s, st.holders, on, ctx.issuer)
        if not st.surnames_read:  # "James Cleverly", then "a call with Cleverly"
            st.surnames, st.surnames_read = surnames_named(st.holders, st.text, on), True
        if st.surnames is not None:
            add_holders(s, st.surnames, on, ctx.issuer, alone=True)
        st.known.complete(s, ctx.issuer)  # "talks with Petraitis", introduced before


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
    """One record per occasion inside a document (see
    :func:`communique.extract._document.one_per_occasion` and :mod:`._merge`)."""
    return merged(records, st.text, st.gaz, st.review, st.ctx)


def step_emit(st: _State, records: Iterator[Record]) -> Iterator[Record]:
    """Stable ids: the document's stem and a running number."""
    stem = re.sub(r"[^\w-]+", "-", PurePath(st.doc).stem).strip("-") or "doc"
    for i, r in enumerate(records, 1):
        r.id = f"{stem}-{i:04d}"
        st.n_records = i
        yield r


def step_measures(st: _State, records: Iterator[Record]) -> Iterator[Record]:
    """What each sentence's records count (see :func:`._late_steps.measured`)."""
    return measured(records)


def step_tours(st: _State, records: Iterator[Record]) -> Iterator[Record]:
    """A readout's tour dated by its stops (see :func:`._late_steps.toured`)."""
    return toured(records, st.text, st.ctx, st.review)


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
