"""Dates for a trigger: its region, then its clause, then the sentence, then the
context the document carries (split from ``_frame_parts``)."""

from __future__ import annotations

import datetime as _dt
import re

from ..model import DateSpan
from ._aim_told import fronted_aim, month_before
from ._asides import (
    _AFTER_EVENT,
    _EVE_OF,
    _EVENT_KIND,
    at_the_end,
    sequel_before,
)
from ._date_asides import other_occasions
from ._date_tense import months_before_told, not_after_latest, weekdays_ahead
from ._date_values import in_named_years
from ._dates import DateMention, resolve
from ._deadlines import first_counted_in, not_its_time
from ._frame_basics import _TOPIC as _TOPIC
from ._frame_basics import (
    _TOPIC_FOLDED,
    NOUN_VISIT_AND,
    _aside_end,
    _month_day,
    _own_session_clause,
    bullet_item,
)
from ._frame_basics import _clause_end as _clause_end
from ._frame_basics import _next_day as _next_day
from ._frame_basics import _record as _record
from ._frame_basics import _reported_key as _reported_key
from ._frame_basics import _topic_cut as _topic_cut
from ._frame_parts import _HAD_DONE, _OTHER_EVENT, _TALK_END, _WHERE_AFTER, Context
from ._later_clause_partners import later_clause_partners
from ._margins import margins_day, margins_of_new_session
from ._months_after import months_after
from ._nth_day import nth_day
from ._occasion_named import ANAPHOR as _ANAPHOR
from ._place_told import _held_in_place_told, _in_place_told
from ._recognise import Sentence
from ._stay_day import stay_day
from ._tenure import OFFICE_DAY as _OFFICE_DAY
from ._time_scope import day_after_clause, foreign_spans, told_later
from ._told_before import both_sides_subject, names_occasion, on_that_occasion
from ._triggers import Trigger
from ._visitor_again import visitor_again
from ._weekday_named import on_named_weekday
from ._where import of_which, relative_clauses

__all__ = ["_dates", "_resolved", "same_day"]


def _resolved(dms: list[DateMention], ctx: Context) -> list[DateMention]:
    out = []
    for d in dms:
        if ctx.dateline is None and ctx.weekdays:
            d = on_named_weekday(d, ctx.weekdays)
        r = resolve(d, ctx.year, ctx.dateline, by_year=ctx.carry)  # type: ignore[arg-type]
        if r.y1 is not None:
            out.append(r)
    return out


#: a season with no year of its own: "in the autumn", "during the summer", "in early spring"
_SEASON = re.compile(r"\b(?:in|during|over|throughout)\s+(?:the\s+)?(?:early\s+|late\s+)?"
                     r"(?:spring|summer|autumn|winter)\b(?!\s+(?:of\s+)?(?:\d{4}|last|this|next)\b)",
                     re.I)


def season_own(s: Sentence, region: tuple[int, int], after: int) -> bool:
    """Whether the trigger's own region, after the trigger, names a season and no date
    (not a season told in a plan or an announcement after it: "received A and announced
    that he would visit B in the spring", whose time is the visit's; see
    :func:`communique.extract._time_scope.foreign_spans`)."""
    season = _SEASON.search(s.text, after, region[1])
    return season is not None \
        and not any(after <= d.start < region[1] for d in s.dates) \
        and not any(x <= season.start() < y for x, y in foreign_spans(s, after))


#: a second month named with its preposition again: " and in ", ", and again in "
#: (a place of its own before the month: "in Vienna in February and in Bratislava in June")
_PLACE_IN = r"(?:(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}\s+in\s+)?"
_AND_IN_AGAIN = re.compile(r"\band\s+(?:again\s+|later\s+|once\s+more\s+)?in\s+$")
_AND_IN_PLACE = re.compile(r"\band\s+(?:again\s+|later\s+|once\s+more\s+)?in\s+" + _PLACE_IN
                           + "$")
#: (also after a bare comma, ", in June", unless the months go "respectively" with the
#: partners, see _respective_parts.py)
_COMMA_IN = re.compile(r",\s+in\s+" + _PLACE_IN + "$")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
#: months listed bare ("in February, June and November"): three or more are each a time
#: of their own (two, "in March and April", may be one occasion across them)
_BARE_MONTHS_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
#: years alone listed ("in 2014 and 2017", "in 2015, 2018 and 2021", "in 2014 and in
#: 2017"): each a time of its own, no one occasion spans them; not a span ("between
#: 2014 and 2017", "from 2014 to 2017") nor a count told ("twice, in 2014 and 2017")
_YEARS_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:again\s+|later\s+)?(?:in\s+)?")
_SPAN_OPENS = re.compile(r"\b(?:between|from|since)\s+$", re.I)
#: a predicate of its own after the second year ("established relations in 1998 and in
#: 2012 signed an agreement"): that year is the second predicate's
_VERB_NEXT = re.compile(r",?\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|was|were|had|has|have|"
                        r"met|held|left|took|made|paid|began|became|won|went|saw)\b")


def _years_listed(s: Sentence, prev: DateMention, cur: DateMention, gap: str) -> bool:
    """Whether ``prev`` and ``cur`` are years alone listed as times of their own."""
    if not (prev.y1 and cur.y1 and prev.y1 != cur.y1) or prev.m1 or cur.m1 \
            or prev.y2 or cur.y2 or prev.relative or cur.relative:
        return False
    return _YEARS_GAP.fullmatch(gap) is not None and not _TIMES_TOLD.search(s.string) \
        and _SPAN_OPENS.search(s.text, max(s.start, prev.start - 60), prev.start) is None \
        and _VERB_NEXT.match(s.text, cur.end) is None


#: ... unless the sentence counts its occasions itself ("twice, in February and in
#: November, and on both occasions"): those are read by their count
_TIMES_TOLD = re.compile(r"\b(?:twice|thrice|(?:two|three|four|five|six|\d+) times|"
                         r"both occasions|each time|each occasion)\b", re.I)


#: an event named as the occasion of a talk, not its topic: "on the sidelines of the",
#: "at the", "during the annual"
_OCCASION_OF = re.compile(r"(?:\b(?:on|in|at)\s+the\s+(?:sidelines|margins|fringes?)\s+of|"
                          r"\b(?:at|during))\s+(?:the|an?|this|their|its)\s+"
                          r"(?:[\w'’.-]+\s+){0,4}$", re.I)


#: what was done at the event, so that the event is the topic's ("reviewed the decisions
#: taken at the session of 10 January", "matters agreed by the two Presidents during
#: their call")
_DONE_AT = re.compile(r"\b(?:taken|reached|adopted|agreed|made|achieved|held|signed|"
                      r"concluded|announced|approved|decided)\s+"
                      # (with its particle: "the matters agreed upon by the Presidents
                      # during their call", "the steps decided on at the session")
                      r"(?:(?:upon|on)\s+)?(?:by\s+[^,.;]{1,50}?\s+)?$",
                      re.I)


def _dates(s: Sentence, t: Trigger, region: tuple[int, int], clause: tuple[int, int],
           ctx: Context) -> list[DateSpan]:
    """Dates for a trigger: its region, then its clause, then the sentence; a
    list of dates joined by "and" gives one record per date. A sentence opened
    by a reference to the current occasion ("During the talks, ...") leaves
    the dates of other events it recalls ("the visit ... last December") alone."""
    eve = _EVE_OF.match(s.text, s.start, s.end)
    eve_of = next((ctx.day_of[k] for k in reversed(ctx.day_of)
                   if k in _EVENT_KIND.get(eve.group(1).lower(), ())), None) if eve else None
    if eve_of is not None and eve_of.start and not any(t.start <= d.start < clause[1]
                                                        for d in s.dates):
        # "On the eve of the meeting, the Minister was received by ...": the day before
        before_day = _dt.date.fromisoformat(eve_of.start) - _dt.timedelta(days=1)
        return [DateSpan(before_day.isoformat())]
    margins = margins_day(s, ctx.year, ctx.dateline) \
        if not any(clause[0] <= d.start < clause[1] for d in s.dates) else None
    if margins is not None:
        return [margins]  # "On the margins of the Council, ...": the Council's day
    which = of_which(s, t.start)
    if which is not None and not any(which[0] <= d.start < which[1] for d in s.dates):
        # "the Summit in Beijing from 4 to 6 September, on the margins of which he met
        # ...": the time of the event the clause is about
        before = _resolved([d for d in s.dates if d.end <= which[0]], ctx)
        if before:
            return [DateSpan(*before[-1].iso())]
    opener = _ANAPHOR.match(s.text, s.start, s.end)
    other = _OTHER_EVENT.search(s.text, opener.end(), s.end) \
        if opener and opener.start() <= t.start < opener.end() else None
    # "... discussed the summit to take place in Madrid on 29 June": a date after an
    # event the topic names is that event's
    # (a trigger that ends with its talk verb, "A and B discussed", opens the topic)
    topic = _TOPIC_FOLDED.search(s.text, t.start if _TALK_END.search(t.text) else t.end, s.end)
    if topic is not None:
        topic = _OTHER_EVENT.search(s.text, topic.end(), s.end)
    held_at = _OCCASION_OF.search(s.text, max(s.start, topic.start() - 60), topic.start()) \
        if topic is not None else None
    if held_at is not None and not _DONE_AT.search(s.text, max(s.start, held_at.start() - 80),
                                                    held_at.start()):
        # "discussed trade with A on the sidelines of the ASEAN meeting on 25 July": the
        # event after the topic is the talk's occasion, its day the talk's
        topic = None
    # ("to take stock of the March summit": the month names the event the topic is about)
    topic_at = month_before(s.text, s.start, topic.start()) if topic is not None else None
    # "signed a protocol, which replaces the one signed in 2011": a relative clause
    # that looks back has another occasion's date
    past = _BACKGROUND.search(s.text, t.end, s.end)
    if past and _own_session_clause(s.text, t.type, t.end, past.start()):
        past = None  # "the 8th Session of the Commission, which was held ...": its own
    # "Following the negotiations, ... a programme for 2025-2027 was signed": the day
    # of the event the sentence follows, unless it names a day or a month of its own
    follows = _AFTER_EVENT.match(s.text, s.start, s.end)
    kinds = _EVENT_KIND.get((follows.group(follows.lastindex or 1) or "").lower(),
                            _EVENT_KIND[""]) if follows else ()
    kind = next((k for k in reversed(ctx.day_of) if k in kinds), None)
    if kind is not None and any(d is not None and (d.start or "") > (ctx.day_of[kind].start or "")
                                for d in (ctx.last_seen, ctx.last_date)):
        kind = None  # a later day was told since: the event followed may be another
    aside = (past.start(), _aside_end(s.text, past.end(), s.end)) if past else (0, 0)
    # an earlier session named for reference, an arrival told in passing
    others = other_occasions(s.text, s.start, s.end, t.start, s.dates, t.type, ctx.year)
    if (aim := fronted_aim(s, t.start)) is not None:
        others = [*others, aim]  # "To assess the results of March's commission, ..."
    if t.type == "visit" and (first := NOUN_VISIT_AND.search(
            s.text, max(s.start, t.start - 160), t.start)) is not None:
        others = [*others, (first.start(), t.start)]  # ("the visit of A in March and the
        # visit of B": the first visit's month)
    rels = relative_clauses(s)
    # "ahead of Monday's summit", "and will leave this afternoon", "a communiqué in
    # which ... 2007", "the earthquake of 28 March": other occasions' times
    foreign = foreign_spans(s, t.end) if any(d.start >= t.end for d in s.dates) else []
    later = bool(rels) and told_later(s, clause, t.start, t.end) \
        and not any(_HAD_DONE.search(s.text, x, y) for x, y in rels)
    # ("was the first leader to visit Laos in 2023": the year the first is counted in)
    firsts = {d.start for d in s.dates if first_counted_in(s.text, d.start, d.end)}
    item = bullet_item(s, t.start)  # (a bulleted item's event: no other item's time)
    for i, (a, b) in enumerate((region, clause, (s.start, s.end))):
        if item is not None:
            a, b = max(a, item[0]), min(b, item[1])
        if i == 0 and ctx.year and season_own(s, region, t.end):
            # "received A in March, and made state visits to B in the autumn": the
            # season is the visits' own time (a year's precision), not March
            return [DateSpan(str(ctx.year))]
        if i == 2 and not ctx.carry and later_clause_partners(s, clause, ctx.issuer):
            b = clause[1]  # a review's later clause with partners of its own: its own time
        if other is not None:
            b = min(b, other.start())
        if topic_at is not None:
            b = min(b, topic_at)
        raw = [d for d in s.dates if a <= d.start and d.end <= b
               and not aside[0] <= d.start < aside[1]
               and not any(x <= d.start < y for x, y in others)
               and not any(x <= d.start < y for x, y in foreign)
               and not _OFFICE_DAY.search(s.text, max(s.start, d.start - 120), d.start)
               and not in_named_years(s.text, d.start, d.end)
               and not not_its_time(s.text, d.start, d.end)
               and not (d.start in firsts and len(firsts) < len(s.dates))]
        # ("On Friday he will be in Bucharest for talks": the coming Friday)
        # (not from a future clause or a text's content after it: "arrived on Tuesday
        # and will leave on Sunday")
        fb = min([x for x, _ in foreign if x > a] + [b])
        ahead = weekdays_ahead(s.text, a, fb, raw, ctx.dateline)  # type: ignore[arg-type]
        ds = _resolved(ahead, ctx)
        if ctx.told is not None:  # ("in November", written on 14 January: last year's)
            ds = months_before_told(s.text, s.start, s.end, ds, raw, ctx.told)
        if kind is not None:
            ds = [d for d in ds if d.m1]
        if rels and (len(ds) > 1 or i < 2 or later):
            # "The Minister, who arrived on Monday, on Tuesday met ...": the arrival's
            # day is the clause's, the meeting's day the main clause's (a narrower
            # window left with the clause's day only looks wider)
            ins = next(((x, y) for x, y in rels if x <= t.start < y), None)
            own = [d for d in ds if (ins is not None and ins[0] <= d.start < ins[1])
                   or (ins is None and not any(x <= d.start < y for x, y in rels))]
            # ("who arrived on Monday, was later received": not the arrival's day)
            ds = own or (ds if (i == 2 and not later) or ins is not None else [])
        # (", with whom she had spoken on 3 May": an earlier occasion's own day)
        ds = [d for d in ds if not any(x <= d.start < y and not x <= t.start < y
                                       and _HAD_DONE.search(s.text, x, y) for x, y in rels)]
        if ctx.latest is not None:
            # "met on Monday to prepare the review due in 2026": not the meeting's day
            # (a month named bare beside the dateline's day: the month, last year's)
            ds = not_after_latest(s.text, s.start, s.end, ds, raw, ahead, ctx.latest,
                                  ctx.dateline_spans)
        if not ds:
            continue
        if i < 2 and t.type != "visit" and ctx.dateline_spans and all(
                (d.start, d.end) in ctx.dateline_spans for d in ds):
            # "DHAKA, Sept 16 (BSS) - The Minister met A on the sidelines of the Assembly
            # on Wednesday": the filing day alone in the trigger's region is no event's
            # day; the wider window may name one (the sentence's falls back to it). (A
            # visit keeps the page's day, which its arrival told later replaces.)
            continue
        if len(ds) > 1:
            # "Earlier this month, on 9 August, ...": the day names the time more closely
            ds = [d for d, n in zip(ds, ds[1:] + [None], strict=True) if n is None
                  or not _APPOSED_DAY.fullmatch(s.text, d.end, n.start)
                  or not _DIGIT.search(s.text, n.start, n.end)
                  or _DIGIT.search(s.text, d.start, d.end)] or ds
        if len(ds) > 1:
            # "this year opened as early as February, when the King came": the year said in
            # passing, the month the visit's time (a year of its own stays: "in 2019")
            ds = [d for d in ds if not (d.m1 is None and _year_in_words(s.text, d)
                                        and any(o.m1 and o.y1 == d.y1 for o in ds))] or ds
        if len(ds) > 1 and ctx.dateline_spans:
            # "ROME, March 4 (ANSA) - The Minister on Tuesday met ...": the filing
            # day yields to the event's own day named after it
            ds = [d for d in ds if (d.start, d.end) not in ctx.dateline_spans] or ds
        if len(ds) > 1:
            listed = [ds[0]]
            bare = 0  # (months listed bare: see _BARE_MONTHS_GAP)
            for prev, cur in zip(ds, ds[1:], strict=False):
                gap = s.text[prev.end:cur.start]
                months = bool(cur.m1 and prev.m1 and not cur.d1 and not prev.d1
                              and not cur.has_end and not prev.has_end
                              and not _TIMES_TOLD.search(s.string))
                own_months = months and not _RESPECTIVELY.search(s.string)
                # (months alone only with the preposition again: "in March and in June")
                if len(gap) < 60 and re.search(r"\band\b|,", gap) and not _FINITE.search(gap) \
                        and ((cur.d1 and prev.d1) or (months and _AND_IN_AGAIN.search(gap))
                             or (own_months and _AND_IN_PLACE.search(gap))
                             or (own_months and _COMMA_IN.search(gap))
                             or _years_listed(s, prev, cur, gap)):
                    listed.append(cur)
                elif own_months and _BARE_MONTHS_GAP.fullmatch(gap):
                    listed.append(cur)
                    bare += 1
                else:
                    break
            if bare and len(listed) < 3:
                listed = listed[:1]  # ("in March and April": perhaps one occasion)
            if len(listed) == 2 and _next_day(listed[0], listed[1]) \
                    and re.fullmatch(r"\s+and\s+", s.text[listed[0].end:listed[1].start]):
                # "On 1 and 2 January": one occasion over two days
                return [DateSpan(listed[0].iso()[0], listed[1].iso()[0])]
            if len({d.iso() for d in listed}) > 1:
                return list(dict.fromkeys(DateSpan(*d.iso()) for d in listed))
            # (a date inside the trigger counts as after it: "was received on Monday by")
            after = [d for d in ds if d.start >= t.start]
            before = [d for d in ds if d.end <= t.start]
            # ("in the ECOWAS summit in July and in the General Assembly in September,
            # where he met ...": the where-clause's is the time of the event it follows)
            pick = after[0] if after and after[0].start - t.end < 120 else before[-1] \
                if before and _WHERE_AFTER.match(s.text, before[-1].end, t.start) \
                else _month_day(s, ds, t)
            return [DateSpan(*pick.iso())]
        return [DateSpan(*ds[0].iso())]
    if (nth := nth_day(s.text, s.start, s.end, ctx, t.start)) is not None:  # "On day two, ..."
        return [nth]
    if (stay := stay_day(s, ctx)) is not None:  # "During her stay in Senegal, ...": its day
        return [stay]
    if kind is not None:
        # "Following the negotiations, a memorandum was signed": the day of the talks
        return [ctx.day_of[kind]]
    if follows and ctx.sitting is not None and ctx.sitting.end and at_the_end(s):
        # "At the close of the work" after a session of days (and an arrival told
        # since): the session's last day
        return [DateSpan(ctx.sitting.end)]
    if later:  # after the day a relative clause told: the occasion told before, if other
        return [day_after_clause(_resolved(s.dates, ctx), ctx.last_date, ctx.carry, ctx.default)]
    month = _SAME_MONTH.match(s.text, s.start, s.end)
    told = ctx.last_date or (ctx.last_seen if month else None)
    if month and told and told.start:
        # "In the same month, the Minister led ...": the month of the event before
        return [DateSpan(told.start[:7])]
    told = ctx.last_date or ctx.last_seen
    if (seq := _SEQUEL.match(s.text, s.start, s.end)) is not None and told and told.start \
            and (ctx.last_date is not None or ctx.last_seen_para == s.para):
        # a chronicle's "Then ...", "Afterwards ...", "The same week ...", "A few days
        # later ...": the time just told (its month when the sequel names no day of it)
        return [told if not told.end and not seq.group("vague") else DateSpan(told.start[:7])]
    if (counted_on := months_after(s, ctx.last_date or ctx.last_seen)) is not None:
        return [counted_on]  # "The following month, ...", "Two months later": counted on
    seen = ctx.last_seen
    if t.type == "visit" and seen and seen.start and ctx.last_seen_para == s.para \
            and (seen.end or not ctx.carry) \
            and sequel_before(s, t.start):
        # "... paid a visit to China from 4 to 7 November. The Prime Minister then
        # proceeded to Lima": the next step follows the days told, in their month (a
        # readout's single day told before stays the day: see below)
        return [DateSpan((seen.end or seen.start)[:7])]
    opener = _SAME_OCCASION.match(s.text, s.start, s.end)
    if opener is not None and margins_of_new_session(s):
        opener = None  # "On the margins of the UN General Assembly,": not told before
    opener = opener or _SAME_DAY_LATE.search(s.text, s.start, s.end)
    same = opener is not None or _in_place_told(s, ctx) or _held_in_place_told(s, t, ctx)
    # ("Five memoranda were exchanged on that occasion": the occasion told before)
    occasion = names_occasion(s) or _THIS_WAS.match(s.text, s.start, s.end) is not None
    pair = both_sides_subject(s.text, s.start, s.end)
    told = ctx.last_date or (ctx.last_seen if same or occasion else None)
    if told is None and opener is not None and opener.groupdict().get("back") \
            and isinstance(ctx.dateline, _dt.date):
        # "ROME, 14 March - A day earlier, ...": no day told yet, the dateline's
        told = DateSpan(ctx.dateline.isoformat())
    if occasion and not ctx.carry and ctx.last_seen and ctx.last_seen_para == s.para:
        # a review's "The visit culminated in the signing of ...": the occasion just
        # told, not a day named before it (the review's own dateline)
        told = ctx.last_seen
    if told and told.end and opener is not None and ctx.last_day \
            and re.search(r"\bday\b", opener.group(0), re.I):
        told = ctx.last_day  # "is here from 9 to 11 January. On the same day, ...": a day
    if ctx.day_named and ctx.last_seen and same_day(s):
        told = ctx.last_seen  # "welcomes the Order delivered yesterday ... on the same day"
    if told is not None and told is ctx.last_date and told.end and ctx.occasion_day \
            and (pair or on_that_occasion(s)):
        told = ctx.occasion_day  # "On this occasion": the event told within the stay
    met = ctx.day_of.get("meeting")
    if told is not None and told is ctx.last_date and told.end and met is not None \
            and (pair or _THEY.match(s.text, s.start, s.end)) \
            and (told.start or "") <= (met.start or "") <= told.end:
        told = met  # "They also signed" after the guest's stay told: the meeting's day
    if told and told.start:
        if opener is not None and opener.group("next"):
            if len(told.start) != 10:
                return [told]
            # "The next day, ...": the day after the one told before ("Two days later": two)
            day = _dt.date.fromisoformat(told.end or told.start)
            return [DateSpan((day + _dt.timedelta(days=_days_later(opener))).isoformat())]
        if ctx.carry or same or occasion or pair or _ANAPHOR.match(s.text, s.start, s.end):
            # ("At the end of the work, ..." after days told: their last day)
            return [DateSpan(told.end) if told.end and at_the_end(s) else told]
    if not ctx.carry and ctx.last_seen and ctx.last_seen_para == s.para and ctx.last_seen_one \
            and _GOES_ON.match(s.text, s.start, s.end):
        return [ctx.last_seen]  # a review's "In May ... visited Kenya. He also met ..."
    return [visitor_again(s, ctx) or ctx.default]


#: a sentence that goes on with the actor just told, in a review's paragraph: "He also
#: met", "She later visited", "There followed talks", "The Head of State also held talks"
#: (an epithet of the leader told; "The Minister also ..." after the President is another
#: actor and keeps the year: `test_same_time.py`)
_GOES_ON = re.compile(r"\W*(?:(?:he|she)\s|there\s+followed\s|the\s+head\s+of\s+"
                      r"(?:state|government)\s+(?:also|then|later|subsequently)\s)", re.I)


#: "This was the first summit-level engagement between A and B": the occasion just
#: told, named again as the sentence's subject (its date, even in a review)
_THIS_WAS = re.compile(r"\W*(?:this|that|it)\s+(?:was|marked)\s+(?:the|a|an|their|his|her)\s",
                       re.I)


#: the two sides of the meeting told, as the subject: "They also signed", "The Ministers"
_THEY = re.compile(r"\W*(?:they|the\s+(?:[A-Za-z-]+\s+)?ministers)\b", re.I)
#: "Earlier this month, on 9 August": a vague time, then the date written out
_APPOSED_DAY = re.compile(r"\s*,\s*(?:on\s+|in\s+)?")
_DIGIT = re.compile(r"\d")
#: a year told by a relative phrase ("this year", "in the current year")
_YEAR_WORDS = re.compile(r"(?:this|the\s+current|the\s+same)\s+year", re.I)


def _year_in_words(text: str, d: DateMention) -> bool:
    """Whether mention ``d`` reads as a year told by words, not digits."""
    return _YEAR_WORDS.fullmatch(text, d.start, d.end) is not None


#: a sentence that opens on the occasion told before: "On the same day", "That
#: day", "On its sidelines", "While there", "4. The following day" (in reviews too,
#: where undated sentences do not otherwise take the date before)
_SAME_OCCASION = re.compile(
    r"\W*(?:\d+\.\s*)?(?:(?:on|at|later)\s+)?(?:(?:the\s+)?same\s+(?:day|occasion|evening)|"
    r"that\s+(?:same\s+)?(?:day|occasion|evening)|(?P<next>(?:the\s+)?(?:following|next)\s+"
    r"(?:day|morning)|"
    r"(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<unit>day|week)s?\s+later|"
    # (and back: "The previous day", "The day before", "A day earlier", "Two days before")
    r"(?P<back>(?:the|that)\s+(?:previous|preceding)\s+day|the\s+day\s+before(?!\s+(?:the|his|"
    r"her|its|their)\b)|(?P<bn>a|one|two|three|four|five|six|\d)\s+(?P<bunit>day|week)s?\s+"
    r"(?:earlier|before)(?!\s+(?:the|his|her|its|their)\b)))|"
    r"(?:on|at|in)\s+(?:its|their|the\s+summit's|the)\s+(?:sidelines|margins|fringes)\b|"
    r"(?:while\s+)?there\b)", re.I)


def _days_later(opener: re.Match[str]) -> int:
    """Days after the day told (before it, negative: "The previous day", "Two days
    earlier")."""
    back = bool(opener.groupdict().get("back"))
    groups = opener.groupdict()
    n, unit = (groups.get("bn"), groups.get("bunit")) if back else \
        (groups.get("n"), groups.get("unit"))
    if not n:
        return -1 if back else 1
    count = int(n) if n.isdigit() else ("a", "one", "two", "three", "four", "five", "six").index(
        n.lower()) or 1
    return count * (7 if (unit or "").lower() == "week" else 1) * (-1 if back else 1)


#: the same phrases later in the sentence: "He held talks with the King on the same
#: day", "was received by the President later that day", "met her the next day"
_SAME_DAY_LATE = re.compile(
    r"\b(?:(?:on|later)\s+)?(?:(?:the|that)\s+(?:very\s+)?same\s+(?:day|evening)|"
    r"later\s+(?:that|the\s+same)\s+(?:day|evening)|"
    r"(?P<next>(?:on\s+)?the\s+(?:following|next)\s+day|(?P<back>(?:on\s+)?the\s+(?:previous|"
    r"preceding)\s+day|the\s+day\s+before(?=\s*[,.;]))))\b", re.I)


#: a chronicle's next step told by its order alone: "Then", "Afterwards", "Subsequently",
#: "Shortly afterwards", "On his way back" (the time told before); "The same week", "A few
#: days later" (within it, with no day of their own: its month)
_SEQUEL = re.compile(
    r"\W*(?:(?:then|afterwards|after\s+that|subsequently|thereafter|on\s+(?:his|her|their|the)"
    r"\s+way\s+(?:back|home)|(?:shortly|soon|not\s+long)\s+(?:afterwards|thereafter|after\s+that|"
    r"after(?=\s*,)))\b(?!\s+(?:on|in)\s+\d)|(?P<vague>(?:in\s+|during\s+)?(?:the|that)"
    r"\s+(?:very\s+)?same\s+week|later\s+(?:that|the\s+same)\s+week|(?:a\s+few|several|some)"
    r"\s+days\s+(?:later|afterwards)\b))", re.I)
# (not "Shortly after his arrival, ...": an occasion of its own, told in its sentence)


#: "In the same month", "That same month", "Later that month": the month told before
_SAME_MONTH = re.compile(r"\W*(?:\d+\.\s*)?(?:(?:in|during|later|earlier|within)\s+)?"
                         r"(?:the|that)\s+(?:very\s+)?same\s+month\b|"
                         r"\W*(?:later|earlier)\s+(?:that|the\s+same)\s+month\b", re.I)


#: a relative clause about an earlier time: "..., whose last session had been held
#: in Kinshasa in 2019", "..., which builds on the agreements of 2022", "..., which
#: last met in 2019", "..., whose previous visit dates back to March 2019"; or about
#: a later one of the same body: "..., whose ministerial session will be held on 29 May"
_BACKGROUND = re.compile(r",\s+(?:which|whose|who|whom)\b(?=[^.;]{0,80}?\b(?:had|last|"
                         r"previous(?:ly)?|since|dates? back|builds? on|built on|replaces?|"
                         r"replaced|earlier|first|former(?:ly)?|expired|was signed|"
                         r"were signed)\b)|,\s+whose\b(?=[^.;]{0,60}?\b(?:will|is to|are to|"
                         r"is scheduled|are scheduled)\b)", re.I)


#: a finite verb between two dates: two clauses ("who had arrived on Sunday, was
#: received on Monday"), not a list of dates
_FINITE = re.compile(r"\b(?:was|were|had|has|have|is|are|been|arrived|left|landed|met|held|"
                     r"received|signed|visited|discussed|attended|took|travell?ed)\b", re.I)


def same_day(s: Sentence) -> bool:
    """Whether the sentence says its events were on the day told before ("On the
    same day, ...", "... met on the same day with ...")."""
    m = _SAME_OCCASION.match(s.text, s.start, s.end) or _SAME_DAY_LATE.search(s.text, s.start,
                                                                               s.end)
    return m is not None and not m.groupdict().get("next") \
        and re.search(r"\b(?:day|evening)\b", m.group(0), re.I) is not None
