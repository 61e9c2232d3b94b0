"""What a document tells across its sentences: its title and headings, the
day a heading names, the counts a sentence adds, the context each sentence
leaves for the next (partners, dates, names), and one record per occasion
when the document tells an event twice."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator

from ..model import DateSpan, Person, Record
from ._asides import summons_told
from ._call_again import call_told_back
from ._contents_list import in_contents_list
from ._counted_again import signing_counted_again
from ._counted_day import counted_day
from ._date_asides import arrivals_in_passing, occasion_after_arrival
from ._dates import _WEEKDAYS, find_dates, resolve
from ._day_opened import readout_day
from ._first_of_kind import VisitsTold, first_of_kind_again, note_visit
from ._frame_dates import same_day
from ._frame_parts import _reported_key
from ._frames import Context
from ._headline_sentence import headline_sentence
from ._item_day import dated_heading
from ._lead_in import is_lead_in, item_among_bullets, item_of_lead_in
from ._links import LINK_LINE, is_link, under_link_heading
from ._margins import opened_by_margins
from ._met_anew import opens_on_meeting_with
from ._named_twice import named_twice
from ._nth_day import nth_day
from ._one_of_listed import Listed, coarser_told, note_listed, one_of_listed
from ._other_traveller import another_traveller, travellers
from ._quoted_time import spoken_before
from ._readings import date_line_only
from ._recalled import long_before, recalled_in_passing
from ._recognise import Sentence
from ._same_day import day_named
from ._stays_apart import Stay, another_stay, stay_of
from ._told_again import joins_told, told_again, told_again_before
from ._told_before import both_sides_subject
from ._visitor_again import note_visitor
from ._welcome_then_talks import WelcomesTold, talks_after_welcome

__all__ = ["heading_day", "headline_over_dateline", "is_heading", "is_link", "is_title",
           "name_known", "on_first_line", "one_per_occasion", "update"]


def one_per_occasion(records: Iterable[Record], review: bool,
                     text: str = "") -> Iterator[Record]:
    """One record per occasion inside a document: a readout that names the
    same dated event twice gives one record (only keys are kept in memory).
    A meeting named again ("In a meeting with X's Foreign Minister, ...", "Her
    meeting with X covered ...") is the one reported before, unless it names
    another official of that side ("a separate meeting with the President")."""
    seen: dict[tuple, tuple[int, list[Person], list[Person]]] = {}
    spans: dict[tuple, list[tuple[str, str, str | None]]] = {}
    days: dict[tuple, list[str]] = {}  # the days each meeting was told on
    welcomed: WelcomesTold = {}
    listed: Listed = {}
    texts: dict[int, str] = {}  # the sentences of the meetings' sources
    stays: dict[tuple, Stay] = {}
    went: dict[tuple, list[str]] = {}  # the named travellers of each visit (see _other_traveller)
    visits: VisitsTold = {}
    for r in records:
        if r.type == "visit" and _within_visit(r, spans):
            continue  # "In the following days he travelled to Hue": a stop of that visit
        if first_of_kind_again(r, visits):
            continue  # "He was the first foreign leader to visit A": the visit just told
        note_visit(r, visits)
        # (the sides met in any order: "visited C to attend the A-B-C summit" and "the
        # A-B-C summit was held" name one occasion)
        k = (r.type, tuple(r.from_), tuple(sorted(r.to)), tuple(r.organizations), r.date.start,
             r.quantity.value if r.quantity else None)
        precise = bool(r.date.start and len(r.date.start) == 10)
        src = r.source.start if r.source else -1
        partners = [p for p in r.persons if p.country and p.country in r.to]
        # (our side's official too: "During the visit, President A and Secretary B held a
        # meeting" after our Minister received B is a second meeting)
        ours = [p for p in r.persons if p.country and p.country in r.from_]
        occasion = bool(r.source and (_DURING_VISIT.match(r.source.text)
                                      or opens_on_meeting_with(r.source.text)))
        # (a meeting whose subject is "the two sides" is the one they were told at)
        # (a meeting of the same three or four sides on the same day is the one told:
        # "visited C to attend the A-B-C summit on 14 May ... On 14 May, the summit of
        # the heads of state of A-B-C was held")
        repeat = r.type != "meeting" or (precise and len(r.to) > 1) or bool(
            r.source and not _EARLIER_HELD.search(
            r.source.text) and (
            _DESCRIBED.match(r.source.text) or
            (m := _REPEAT.match(r.source.text) or _NAMED_AGAIN.match(r.source.text))
            and not _NEW_MEETING.search(r.source.text, m.end())
            or both_sides_subject(r.source.text, 0, len(r.source.text))
            # "Discussions at the bilateral meeting between ...", "had meetings with them"
            or told_again(r.source.text)
            # "Discussions between the two Ministers focused on ...": a meeting told by
            # its noun alone, naming nobody and with no verb of meeting anyone, is the
            # one told before
            or not (any(p.name for p in r.persons) or _MEETING_VERB.search(r.source.text))
            or named_twice(r, partners, seen.get(k))  # the same official named, no "also"
            # "Omar discussed with the Ambassador of Egypt the ties between ...": what
            # was talked over at the meeting told before, with no verb of meeting, no
            # "also" and no one named who was not named there
            or ((m := _TALKED_OVER.match(r.source.text)) is not None
                and not _MEETING_VERB.search(r.source.text, 0, m.start(1))
                and not _ALSO.search(r.source.text, 0, m.start(1))
                and _names_told(partners, seen.get(k)))))
        note_listed(r, listed)
        if r.source is not None and r.type == "meeting":
            texts.setdefault(src, r.source.text)
        lead = seen.get(k) or (coarser_told(k, seen) if r.type == "meeting" else None)
        if lead is not None and one_of_listed(r, lead, listed, texts.get(lead[0]), text):
            continue  # "met his A, B and C counterparts ... later talked with C's Minister"
        if talks_after_welcome(r, welcomed):
            continue  # "A welcomed B. ... B held a meeting with A": the welcome opened it
        if call_told_back(r, seen) or signing_counted_again(r, seen, review):
            continue  # a call told again from the other side, a signing counted again
        if repeat and joins_told(r, seen) or told_again_before(r, seen, review):
            continue  # the meetings with each, told before, named again together
        if k in seen and seen[k][0] != src and repeat and not another_stay(r, stays.get(k)) \
                and not another_traveller(r, went.get(k)) and (
                precise or not review or r.type in ("multilateral", "resolution",
                                                       "chairmanship")) \
                and (r.type not in ("meeting", "call")  # (a call with another: a new call)
                     or (_same_officials(seen[k][1], partners)
                                             and (not occasion
                                                  or _same_officials(seen[k][2], ours)))):
            continue
        if r.type == "meeting" and repeat and r.source and _BACK_TO_IT.match(r.source.text) \
                and not find_dates(r.source.text) and any(
                    key[:4] == k[:4] and _same_officials(told[1], partners)
                    and (not occasion or _same_officials(told[2], ours))
                    for key, told in seen.items()):
            # "During the audience, the King ...", with no day of its own, after a day
            # told since (a guest's stay from the day before): the meeting told before
            continue
        if r.type == "meeting" and repeat and not review and not precise and any(
                d.startswith(r.date.start or "") for d in days.get(k[:4], [])):
            # "“A great first meeting with @A,” he wrote.": the meeting told on its day
            # before, quoted again with no day of its own
            continue
        seen.setdefault(k, (src, partners, ours))
        went.setdefault(k, travellers(r))
        stays.setdefault(k, stay_of(r))  # (a visit's last day and city: see _stays_apart)
        if precise:
            days.setdefault(k[:4], []).append(str(r.date.start))
        yield r


#: a meeting told as an earlier one held somewhere named: "After their earlier
#: meeting at the summit in Kigali" (an occasion of its own, see _earlier.py)
_EARLIER_HELD = re.compile(r"\b(?:earlier|previous|prior|last|preceding)\s+(?:bilateral\s+)?"
                           r"(?:meeting|talks|encounter)\s+(?:at|in|on\s+the\s+(?:margins|"
                           r"sidelines)\s+of)\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def _names_told(partners: list[Person], before: tuple[int, list[Person], list[Person]] | None,
                ) -> bool:
    """Whether every partner named now was named at the meeting told before."""
    told = {p.name.casefold() for p in before[1] if p.name} if before else set()
    return all(p.name.casefold() in told for p in partners if p.name)


def _within_visit(r: Record, spans: dict[tuple, list[tuple[str, str, str | None]]]) -> bool:
    """Whether a visit falls on a day of a visit of several days already told,
    by the same visitor to the same host (not a stay of its own from the same day in
    another city, see _stays_apart); a told span is remembered."""
    who = (tuple(r.from_), tuple(r.to), tuple(r.organizations))
    start, end = r.date.start, r.date.end
    if start and len(start) == 10 and any(
            a <= start <= b and (start, end) != (a, b)
            and not (start == a and another_stay(r, (b, city)))
            for a, b, city in spans.get(who, [])):
        return True
    if start and end and len(start) == 10 and len(end) == 10 and start < end:
        spans.setdefault(who, []).append((start, end, stay_of(r)[1]))
    return False


def _same_officials(before: list[Person], now: list[Person]) -> bool:
    """Whether two mentions of a meeting may name the same officials of the
    other side: yes unless both name someone and no name or office agrees."""
    if not before or not now:
        return True
    names = {p.name.casefold().split()[-1] for p in before if p.name}
    roles = {p.role for p in before}
    # (two named, by other names, are two officials, whatever their offices)
    return any(p.name.casefold().split()[-1] in names if p.name and names else (
        p.role in roles or p.role in _GENERIC_ROLES or bool(roles & _GENERIC_ROLES)) for p in now)


#: offices too vague to tell two officials apart ("the Minister", "counterpart")
#: the sessions that sit over several days
_SITS_DAYS = frozenset({"commission", "multilateral", "consultation"})

_GENERIC_ROLES = frozenset({"minister", "official", "counterpart", "other"})


_REPEAT = re.compile(
    r"\W*(?:(?:also\s+)?(?:during|in|at|after|following|on|in the course of|at the end of|"
    r"at the conclusion of)\s+(?:the|this|that|his|her|their|these)\s+(?:[\w'‘’-]+\s+){0,3}?"
    # (or the ceremony the meeting was: "Following the ceremony, the Ambassador had a
    # short conversation with the President" after the credentials presented to him)
    r"(?:meeting|visit|talks|conversation|call|discussions?|audience|ceremony)\b|"
    # "Speaking to reporters after the farewell audience, ...", "Speaking after meeting
    # the President, ...": a participle that opens the sentence, then the meeting named
    # again by "the" or by a gerund
    r"\W*[a-z]+ing\s+(?:[\w-]+\s+){0,4}?(?:after|following|at the end of)\s+(?:(?:the|this|that)\s+"
    r"(?:[\w'‘’-]+\s+){0,2}?(?:meeting|talks|audience|discussions?)\b|(?:meeting|talking\s+"
    r"(?:with|to)|calling\s+on|conferring\s+with)\s)|"
    # ("Speaking at his first meeting with A since ..., B said": the meeting as the
    # place the words were said, named again by its own official's possessive)
    r"\W*(?:speaking|talking|addressing\s+reporters)\s+(?:at|during|after)\s+(?:his|her|their)\s+"
    r"(?:[\w'‘’-]+\s+){0,2}?(?:meeting|talks)\s+with\b|"
    # "The audience, he said, also served ...", "He said the audience was an
    # opportunity ...": the audience or meeting as the subject, named again by "the"
    r"\W*(?:(?:he|she|they)\s+(?:said|added|noted)\s+)?the\s+(?:[\w'‘’-]+\s+){0,2}?"
    r"(?:audience|meeting)\s*(?:,\s*(?:he|she|they)\s+(?:said|added|noted)\s*,|"
    r"(?:also\s+)?(?:was|served|provided|offered|gave|focused|centred|centered|covered)\b)|"
    r".{0,80}\b(?:stated|said|"
    r"reported|announced|informed|noted) that\b|"
    # "Commenting on Friday, the Minister said her meeting with A on Thursday was
    # useful", "described his talks with A as frank": the meeting, as the speaker's
    # own, the object of what was said of it
    r".{0,120}\b(?:stated|said|noted|added|described|called|termed|characteri[sz]ed|hailed|"
    r"praised)\s+(?:that\s+)?(?:his|her|their|our|my)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|"
    r"conversation|discussions?|exchange)\s+with\b|"
    # "On social media, the Secretary General wrote: “A productive meeting with ...”"
    r".{0,80}\b(?:wrote|posted|shared|tweeted|said|stated)\s*[,:]?\s*[“\"‘']|"
    # "In a post, the Minister shared about his in-person meeting with ...", "wrote of
    # her talks with ...": the meeting reported, told of again
    r".{0,80}\b(?:wrote|posted|shared|tweeted|spoke|reflected)\s+(?:about|of|on)\s+(?:his|her|"
    r"their|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|conversation|call|visit)\b|"
    # "“A great first meeting with @A at #B,” he wrote.": a post quoted after the event
    r"\W*[“\"‘][^”\"]{1,300}?[”\"’]\s*,?\s+(?:he|she|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:wrote|posted|tweeted|said|added)\b)", re.I)


#: a meeting named again as the frame of what was said in it: "In a meeting
#: with ...", "At a bilateral meeting with ...", "In talks with ..." (no article), "Her
#: meeting with ... covered",
#: "Haimbe's talks with ... focused on" (not "a separate/second meeting")
_NAMED_AGAIN = re.compile(
    r"\W*(?:(?i:in|at|during|after|following)\s+(?:an?\s+)?(?:bilateral\s+|one-on-one\s+|"
    r"private\s+)?|"
    r"(?:(?i:his|her|their|the\s+minister['’]s)|[A-Z][\w-]+['’]s?)\s+(?:bilateral\s+)?)"
    r"(?:meeting|talks|conversation|discussions?)\s+with\b")


#: a meeting named again by "the" as the sentence opens: "During the audience,", "At
#: the talks,"
_BACK_TO_IT = re.compile(r"\W*(?:during|in|at|in the course of)\s+the\s+(?:[\w'‘’-]+\s+){0,2}?"
                         r"(?:meeting|talks|audience|discussions?)\b", re.I)

#: "During the visit, President A and Secretary B held a meeting": the occasion named
#: again, not the meeting (whose officials of ours may differ)
_DURING_VISIT = re.compile(r"\W*(?:also\s+)?(?:during|in the course of)\s+(?:the|this|that|his|"
                           r"her|their)\s+(?:[\w'‘’-]+\s+){0,2}?visit\b", re.I)


#: "This was the first long meeting of the two, who had only met in passing before",
#: "It was their first meeting since 2016": the meeting just told, described (whatever
#: the clauses after it tell)
_DESCRIBED = re.compile(r"\W*(?:this|it|that)\s+(?:was|is|has\s+been|marked)\s+(?:the|their|"
                        r"his|her|a|an)\s+(?:[\w'‘’-]+\s+){0,4}?(?:meeting|visit|talks|"
                        r"conversation|call|contact)\b", re.I)

#: a verb by which a sentence tells a meeting of its own ("met", "received", "held
#: talks", "had a meeting"); a sentence with none names a meeting as a noun only
_MEETING_VERB = re.compile(
    r"\b(?:receiv\w*|audience|call(?:ed|s)? on|courtesy call|meet|meets|met|meeting with|"
    r"h[oe]ld|holds|host\w*|"
    # ("had talks", "has met"; not "Hungary has an interest in ...": a verb of having)
    r"ha(?:d|s|ve)(?=\s+(?:[\w-]+\s+){0,3}?(?:meetings?|talks|audiences?|discussions?|"
    r"conversations?|exchanges?|sessions?|encounters?|calls?|consultations|met)\b)|"
    r"welcom\w*|sat|conferr\w*|talk(?:ed|s)? (?:with|to)|"
    r"sp[eo]ke|visit\w*|join\w*|attend\w*|gather\w*|convene\w*|took place|take place|"
    r"takes place|(?:was|were) (?:held|organi[sz]ed)|presid\w*|co-?chair\w*|sign\w*|led|"
    r"lead\w*)\b", re.I)


#: a talk verb with "with" and the partner, the topic after it ("A discussed with the
#: Ambassador of B the ties ...", "She reviewed with her counterpart ...")
_TALKED_OVER = re.compile(r"[^.;:]{0,80}?\b((?:discussed|reviewed|explored|went\s+over|"
                          r"exchanged\s+(?:[\w-]+\s+){0,2}?(?:views|opinions|ideas))"
                          r"\s+with)\b", re.I)
_ALSO = re.compile(r"\b(?:also|further|separately|later|then)\b", re.I)


#: "At the end of the meeting, the delegation was received by ...": a new meeting
_NEW_MEETING = re.compile(r"\b(?:received|audience|called on|courtesy call|met)\b")


NONSPACE = re.compile(r"\S")


def on_first_line(text: str, day: _dt.date, year: int | None) -> bool:
    """Whether ``day`` is written on the text's first line (its title or dateline)."""
    first = text.lstrip().split("\n", 1)[0]
    return any(d.m1 == day.month and d.d1 == day.day and not d.has_end
               for d in find_dates(first))


def heading_day(text: str, start: int, end: int, ctx: Context,
                week: DateSpan | None = None) -> DateSpan | None:
    """The one day (or days) a heading names ("Tuesday, 13 May", "3 March 2024"),
    resolved with the document's year; a heading that is only a weekday
    ("Tuesday") is that day of the days ``week`` covers (a digest's title), else
    of the week ending on the document's day. None for a heading that names none
    or several unrelated ones."""
    if not _has_digit_fast(text, start, end):
        return _weekday_heading(text[start:end], ctx, week)
    found = [resolve(d, ctx.year, ctx.dateline) for d in find_dates(text, start, end)]  # type: ignore[arg-type]
    days = [d for d in found if d.y1 and d.m1 and d.d1]
    if len(days) != 1:
        return None
    a, b = days[0].iso()
    return DateSpan(a, b) if a else None


def _weekday_heading(line: str, ctx: Context, week: DateSpan | None) -> DateSpan | None:
    wd = _WEEKDAYS.get(line.strip(" \t:.–-").lower()) if len(line) < 16 else None
    if wd is None:
        return None
    if week is not None and week.start and len(week.start) == 10:
        first = _dt.date.fromisoformat(week.start)
        last = _dt.date.fromisoformat(week.end) if week.end and len(week.end) == 10 \
            else first + _dt.timedelta(days=6)
        day = first + _dt.timedelta(days=(wd - first.weekday()) % 7)
        return DateSpan(day.isoformat()) if day <= last else None
    if not isinstance(ctx.dateline, _dt.date):
        return None
    day = ctx.dateline - _dt.timedelta(days=(ctx.dateline.weekday() - wd) % 7)
    return DateSpan(day.isoformat())


def _has_digit_fast(text: str, start: int, end: int) -> bool:
    return any(c.isdigit() for c in text[start:end])


def is_title(text: str, start: int, end: int) -> bool:
    """Whether the first paragraph is the text's title: one short line before
    the body, without a sentence's closing punctuation or written in title
    case ("Minister Receives Letters of Credence From Seven Envoys."). A short
    lead sentence ("The Minister today paid a visit to Oslo.") is no title."""
    line = text[start:end].strip()
    if "\n" in line and date_line_only(text, start + text[start:end].rindex("\n") + 1, end):
        # "Minister A on working visit in B" over its page's date, "2024-05-06"
        line = line[:line.rindex("\n")].strip()
    if not line or len(line) >= 300 or "\n" in line or not NONSPACE.search(text, end):
        return False
    if line[-1] == ":" and is_lead_in(line):
        return False  # "The ministers met in Lima on 3 May and discussed:" opens a list
    # title case leaves in lower case only the small words ("Minister Ends his
    # Visit to the U.S.A."); a sentence has a verb or noun in it ("met", "talks")
    titled = not any(w[0].islower() and w.lower() not in _SMALL_WORDS
                     for w in _WORD.findall(line))
    if headline_sentence(line):
        return True  # ("Minister of Foreign Affairs participated in the Session of ...")
    if len(line) >= 150:
        # a long title is one in title case with no closing stop ("Deputy Foreign
        # Minister Meets British, Japanese, ... and Uzbek Ambassadors to Kabul")
        return titled and line[-1] not in ".!?"
    return line[-1] not in ".!?" or titled


def headline_over_dateline(text: str, start: int, end: int) -> bool:
    """Whether the first paragraph is a headline written as a sentence, with its
    stop ("Minister receives credentials of new envoy."), over a body that opens
    with a news dateline ("Accra, Ghana, 3 March 2021 – ...")."""
    line = text[start:end].strip()
    return bool(line) and len(line) < 200 and "\n" not in line \
        and _DATELINE_NEXT.match(text, end) is not None \
        and not any(d.d1 for d in find_dates(text, start, end))  # (a lead has its day)


#: a paragraph opened by a place and a full date, then a dash (a page's empty field
#: label between, a short line ending in a colon, is passed over: "Published on:"; an
#: agency's name may stand before the dash: "Tripoli, May 3, 2024 (AFP) -")
_DATELINE_NEXT = re.compile(
    r"\s*\n(?:[ \t]*[^\W\d][^\n:]{0,30}:[ \t]*\n\s*)*"
    r"\s*(?-i:[A-Z])[\w'’. -]{1,40}(?:,\s*(?-i:[A-Z])[\w'’. -]{1,40})?,\s*"
    r"(?:\d{1,2}\s+(?-i:[A-Z])[a-z]+\.?|(?-i:[A-Z])[a-z]+\.?\s+\d{1,2},?)\s+(?:19|20)\d\d"
    r"(?:\s*\((?-i:[A-Z])[\w .&-]{1,24}\))?\s*[–—-]")


_WORD = re.compile(r"[^\W\d_][\w.’'-]*")


_SMALL_WORDS = frozenset(
    "a an the of in on at to for from with by and or but as his her its their our "
    "into over per via vs".split())


#: emoji, flags (regional indicators), pictographs and the joiners after a line's text
_SYMBOLS = re.compile("[\u2600-\u27bf\U0001f000-\U0001faff\ufe00-\ufe0f\u200d\u20e3\\s]+$")


def is_heading(text: str, start: int, end: int) -> bool:
    """A title or byline: one short line without closing punctuation (a comma or
    a semicolon closes a list's item or a line cut short, no title). Titles
    repeat the body's events without their dates, so they give no records."""
    line = text[start:end]
    if LINK_LINE.match(line) and "\n" not in line:
        return True  # "Related: Joint Statement - ...": a link to another page, no event
    if under_link_heading(text, start):
        return True  # "Related news:" then a title a line: links to other pages
    if in_contents_list(text, start):
        return True  # "Table of Contents:" then the headings of the sections below
    if not NONSPACE.search(text, end):
        return False  # the last line of a text cut short is still a sentence
    if end < len(text) and not text[end].isspace():
        return False  # a headline run into its lead ("... meets BThe Minister"): told
    if line[-1:] == "." and line[:-1].strip().lower() in _WEEKDAYS:
        return True  # "Monday. The State Secretary received ...": a run-in heading
    # (a post's sentence may end on emoji or flags after its full stop: "... to Israel. 🇮🇱")
    if ord(line[-1]) > 0x2000:
        line = _SYMBOLS.sub("", line) or line
    if line.rstrip()[-1:] == ":" and is_lead_in(line):
        return False  # "The following agreements were signed during the visit:": a sentence
    if item_of_lead_in(text, start):
        return False  # "- Ana Soto, Ambassador of Chile" under "The ambassadors are:"
    if item_among_bullets(text, start):
        return False  # "• A meeting with the Speaker" between other bulleted lines
    return "\n" not in line and len(line) < 150 and (line[-1] not in ".!?\"”’),;"
                                                     or dated_heading(line))


def name_known(named: dict[tuple[str, str], str], recs: list[Record]) -> None:
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


#: events with a counterpart across the table: the last one told is whom "the two
#: ministers" of the next sentence are
_WITH_SIDES = frozenset({"meeting", "call", "commission", "consultation", "agreement"})


def update(ctx: Context, s: Sentence, recs: list[Record]) -> None:
    nth = nth_day(s.text, s.start, s.end, ctx)  # ("On his second day in Prague, ...")
    if nth is not None and nth not in [r.date for r in recs] \
            and nth_day(s.text, s.start, s.end, ctx, s.start) is None:
        nth = None  # "The final day of the trip was ...": no event of that day told
    note_visitor(ctx, s, recs)
    others = [c for r in recs for c in r.from_ + r.to if c != ctx.issuer]
    if others:
        ctx.focus = others[:1] if len(set(others)) == 1 else ctx.focus
    # an organisation's official met or on a visit, and no country: the guest now
    guests = {r.organizations[0] for r in recs if r.type in ("visit", "meeting")
              and r.organizations}
    if others:
        ctx.guest_org = []
    elif len(guests) == 1:
        ctx.guest_org = list(guests)
        if any(r.type == "visit" and not r.from_ for r in recs):
            ctx.focus = []  # the organisation's official on a visit is now the guest
    ctx.summoned = bool(recs) and summons_told(s)
    ctx.met_just = any(r.type == "meeting" for r in recs)
    sides = [r for r in recs if r.to and r.type in _WITH_SIDES]
    if sides:  # (a visit told in between leaves "the two ministers" of the meeting)
        met = [r.to for r in sides if r.type in ("meeting", "call")]  # (a call's two too)
        ctx.last_met = list(met[-1]) if met else []
    elif any(r.type == "visit" and r.to == [ctx.issuer] and r.from_
             and r.from_[0] not in ctx.last_met for r in recs):
        # a guest of another side on a visit to us: "the two Presidents" next are
        # the guest's and ours, not those of the meeting told before
        ctx.last_met = []
    for r in recs:
        ctx.reported.add(_reported_key(r))
        if r.type == "visit":
            ctx.visitors.add((tuple(r.from_), tuple(r.to)))
        if r.type in _SITS_DAYS:
            # a session of days: "At the close of the work" is its end (none after a
            # session of one day)
            ctx.sitting = r.date if r.date.end and len(r.date.end) == 10 else None
        if r.date.start and len(r.date.start) == 10 and r.date.end is None:
            ctx.day_of.pop(r.type, None)  # (the last one told comes last)
            ctx.day_of[r.type] = r.date  # the last day told of each kind of event
            if r.type == "visit":
                ctx.visit_guest = list(r.from_)
        partners = list(dict.fromkeys(c for c in r.from_ + r.to if c != ctx.issuer))
        if len(partners) >= 2:
            ctx.last_group = partners
    two = list(dict.fromkeys(c for r in recs if r.type != "figure"
                             for c in r.from_ + r.to if c != ctx.issuer))
    if len(two) == 2:
        ctx.last_pair = two  # "with his colleagues from A and B": "these two countries"
    orgs = [e.code for e in s.ents if e.kind == "org"]
    if orgs:
        ctx.last_orgs = orgs
    counted = counted_day(s, ctx)
    explicit = [d for d in s.dates if d.y1 or d.m1 or d.relative]
    # (a figure, "whose envelope is 95 million euros", is dated by the text, not by
    # an occasion: the next "On the margins of the meeting" is not its day)
    # (nor is an event measured from it, "came a day after the envoys met")
    recs = [r for r in recs if r.type != "figure" and id(r) not in ctx.measured]
    asides = (arrivals_in_passing(s.text, s.start, s.end)
              + recalled_in_passing(s.text, s.start, s.end)) if explicit else []
    if asides:
        # the day of an arrival told in passing is not the one the next sentences
        # go on telling
        explicit = [d for d in explicit if not any(a <= d.start < b for a, b in asides)]
        # nor is the visit it dates, when the sentence names another time as
        # background ("..., which entered into force in April 2004")
        recs = [r for r in recs if r.type != "visit"]
    dated = [r.date for r in recs if r.date.start and (
        len(r.date.start) == 10 or (len(r.date.start) == 7 and _recent(r.date.start, ctx)))]
    if dated and _flashback_arrival(s, recs, dated[0], ctx.last_date, ctx.last_seen_to):
        # "... on Thursday. A had arrived on Wednesday evening": Thursday goes on
        dated, recs, explicit = [], [], []
    if dated and (spoken_before(s, explicit, dated[0], ctx.last_date)
                  or long_before(dated[0], ctx.last_date)):  # (or a time recalled)
        dated, explicit = [], []  # "“... named an ambassador last week,” he said"
    # ("Within the framework of the Summit, ...": the summit's day, told before, goes on)
    if dated and (explicit or (ctx.day_named and same_day(s))
                  or (dated[0] != ctx.default and opened_by_margins(s))):
        # (a sentence dated "on the same day" as the day named last: the next
        # sentences go on telling that day)
        ctx.day_named = False
        ctx.last_date = dated[0]
        ctx.last_day = next((d for d in dated if d.end is None and len(d.start or "") == 10),
                            ctx.last_day)
        stay = dated[0]
        ctx.occasion_day = next((d for d in dated[1:] if d.end is None and stay.end
                                 and len(d.start or "") == 10
                                 and (stay.start or "") <= (d.start or "") <= stay.end),
                                None)
    later = occasion_after_arrival(s.text, s.start, s.end, explicit) \
        if any(r.type == "visit" for r in recs) else None
    if later is not None:
        # "arrived on Wednesday ahead of the session, which took place on Thursday": the
        # next sentences go on about the session, on its day
        start, end = resolve(later, ctx.year, ctx.dateline).iso()  # type: ignore[arg-type]
        if start and len(start) == 10 and end is None:
            ctx.last_date = ctx.last_day = DateSpan(start)
    seen = [r for r in recs if r.date.start and len(r.date.start) >= 7]
    if seen and explicit:
        ctx.last_seen, ctx.last_seen_to = seen[0].date, list(seen[0].to)
        ctx.last_seen_para = s.para
        ctx.last_seen_one = len({(r.date.start, r.date.end) for r in seen}) == 1
    elif explicit:
        # "... began with the inauguration on 1 July", "welcomes the Order delivered
        # yesterday" (no event with that date): the day named is still the one "On
        # the same day" refers to
        named = day_named(s, explicit, ctx)
        if named is not None:
            ctx.last_seen, ctx.last_seen_to = named, []
            ctx.last_seen_para = s.para
            if not recs and (day := readout_day(s, explicit, named, ctx)) is not None:
                # "On 22 September, the Minister delivered a lecture. He also met A": the
                # readout goes on telling that day (see _day_opened.py)
                ctx.last_date = day
            # (before any event was dated: the news the text opens with, the day its
            # events go on from; after one, a day named in passing, as a topic)
            ctx.day_named = not ctx.day_of
    if nth is not None and not explicit:
        ctx.last_date = ctx.last_day = nth  # the day of the stay the next sentences go on
    if ctx.carry and not recs and counted is not None:
        # "On 10 May the Governor-General held two ceremonies of credentials. The first
        # was for the Ambassador of A ...": the day of the events counted, which the
        # next sentences tell one by one
        ctx.last_date = ctx.last_day = counted


def _recent(month: str, ctx: Context) -> bool:
    """Whether a month ("last week" across a month's end, "in May") is the
    document's own or the one before: what a readout's next sentences go on
    telling; an older month is background ("the visit of April 2019")."""
    if ctx.latest is None:
        return False
    y, m = int(month[:4]), int(month[5:7])
    ly, lm, _ = ctx.latest
    return 0 <= (ly * 12 + lm) - (y * 12 + m) <= 1


#: an arrival: "arrived in", "had arrived", "landed in"
_ARRIVAL_VERB = re.compile(r"\b(?:arrived|landed)\b", re.I)


def _flashback_arrival(s: Sentence, recs: list[Record], day: DateSpan,
                       last: DateSpan | None, partners: list[str]) -> bool:
    """Whether ``s`` tells only the arrival of the partner of the event told last
    (``partners``), on a day before that one ("co-chaired the session with the
    Malaysian minister on Thursday. The minister arrived on Wednesday evening for a
    two-day visit"): background to the day told, which the next sentences go on
    telling. (Another guest's arrival is news of its own.)"""
    return bool(last is not None and last.start and day.start and len(last.start) == 10
                and len(day.start) == 10 and day.start < last.start
                and all(r.type == "visit" and set(r.from_) <= set(partners) for r in recs)
                and _ARRIVAL_VERB.search(s.text, s.start, s.end))
