"""Recognise dates and date ranges in a sentence, at the precision given.

Handles "June 15-16, 2021", "15-16 June 2021", "13-17 December 2021",
"on 11 August 2020", "December 7, 2021", "October 22nd", "in January 2021",
"in September", "January-April 2022", "from September to December 2021",
"2021", "today"/"yesterday"/"on Monday" (against a dateline), and lists such
as "May 3-4 and November 9, 2021" (the year carries back along a list).
A missing year is filled from the next date of the same list, then from the
document's year; with no year anywhere the date stays unknown.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from ._at_starts import _AtStarts
from ._date_apposed import apposed
from ._date_hints import _DIGIT, _MONTH_HINT, _has_digit, _hinted, _windows
from ._date_hints import _HINT as _HINT  # (read by the tests)
from ._date_mention import _WEEKDAYS, MONTHS, DateMention, build
from ._day_of_month import DAY_OF_MONTH, DAY_OF_MONTH_OPENS, RELATIVE, day_of_month
from ._days_listed import listed_days
from ._other_clock import other_clock_asides
from ._weekday_day import WEEKDAY_DAY, weekday_day

__all__ = ["DateMention", "find_dates", "resolve", "MONTHS"]

# Month names as texts write them (capitalised, or upper-case in datelines);
# matched case-sensitively, which keeps these patterns fast.
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
                "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
_M = (r"(?P<{n}>" + "|".join(sorted({*_MONTH_NAMES, *(m.upper() for m in _MONTH_NAMES)},
                                    key=len, reverse=True)) + r")\.?")
#: a day's ordinal ending, in capitals too as datelines write it ("4TH October 2023"),
#: or typed after a space ("4 th of May")
_ORD = r"(?: ?(?:st|nd|rd|th)|ST|ND|RD|TH)?"
_D = r"(?P<{n}>[0-3]?\d)" + _ORD
_Y = r"(?P<{n}>(?:19|20)\d\d)"
# The same opening with their first character (re skips ahead to it), the test
# before it (\b, (?<![\d/-])) made after it as a lookbehind: the same matches.
_D_OPEN = r"(?P<{n}>\d(?:(?<=[0-3])\d)?)" + _ORD
_D_WORD = r"(?P<{n}>\d(?<!\w.)(?:(?<=[0-3])\d)?)" + _ORD
_M_WORD = (r"(?P<{n}>" + "|".join(m[0] + r"(?<!\w.)" + m[1:] for m in sorted(
    {*_MONTH_NAMES, *(m.upper() for m in _MONTH_NAMES)}, key=len, reverse=True)) + r")\.?")
# (nor a year run into a capital's acronym: "at MSC2023", "EXPO2020": a name)
_Y_OPEN = r"(?P<{n}>(?:19|20)(?<![\d/A-Z-]..)\d\d)"
_DASH = r"\s*(?:-|–|—|(?i:to|until|till|through))\s*"
#: the same, its second day opened by its weekday ("from Friday, 29 July until Sunday, 31 July")
_WD = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
#: (a comma may close the first day when the second opens with its weekday: "from
#: Monday, August 1st, until Wednesday, August 3rd")
#: (or each day in brackets after its weekday: "from Sunday (Feb 9) to Wednesday (Feb 12)",
#: "from Friday (3 May) until Sunday (5 May)")
_DASH_WD = (r"(?:,\s*(?i:to|until|till|through)\s+" + _WD + "|" + _DASH + r"(?:" + _WD + r")?|"
            r"\)\s*(?:-|–|(?i:to|until|till|through))\s*(?-i:Monday|Tuesday|Wednesday|Thursday|"
            r"Friday|Saturday|Sunday)\s*\()")
#: a weekday as texts write it: capitalised ("met Monday with", "on Tuesday"); a
#: weekday after "next", "every" or "coming" is no past day and is not matched
_WEEKDAY = (r"(?<!(?i:next) )(?<!(?i:every) )(?<!(?i:coming) )(?<!(?i:each) )"
            r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            # a capitalised word after it makes a name ("Good Friday Agreement"),
            # except after "on" ("On Wednesday Kravik met ...")
            r"(?:(?<=[Oo]n Monday)|(?<=[Oo]n Tuesday)|(?<=[Oo]n Wednesday)|(?<=[Oo]n Thursday)"
            r"|(?<=[Oo]n Friday)|(?<=[Oo]n Saturday)|(?<=[Oo]n Sunday)"
            r"|(?!['’]?s? +(?-i:[A-Z])))")


#: between a month and its day: a space, or nothing after an abbreviation's stop
#: ("Feb.14-15", "Sept.8")
_MD = r"(?:\s+|(?<=\.))"

#: a stop after the day ("19. April 2013"), only before a capitalised month and a year
_DAY_STOP = (r"(?:\.(?=\s+(?:" + "|".join(_MONTH_NAMES) + r")\.?,?\s+(?:19|20)\d\d\b))?")


def _f(pattern: str, **names: str) -> str:
    return pattern.format(**names)


#: "and" or an ampersand between two days
_AND = r"(?:\s+and\s+|\s*&\s*)"
#: a month as the word before an occasion's noun, after a determiner ("a January
#: visit", "their May meeting")
_MONTH_OF_OCCASION = (
    r"(?P<pre>(?<=\b[Aa] )|(?<=\b[Aa]n )|(?<=\b[Tt]he )|(?<=\b[Hh]is )|(?<=\b[Hh]er )|"
    r"(?<=\b[Tt]heir )|(?<=\b[Ii]ts )|(?<=\b[Oo]ur )|(?<=\b[Tt]hat )|(?<=\b[Tt]his ))"
    + _f(_M_WORD, n="m1")
    + r"(?=\s+(?:(?:official|state|working|brief|short|two-day|three-day|bilateral|"
    r"high-level)\s+)?(?:visits?|trips?|tours?|stays?|meetings?|talks|summit|call|"
    r"conversation|consultations)\b)")

_PATTERNS: list[tuple[str, re.Pattern[str] | _AtStarts]] = [
    # 15-16 June 2021 / 15 June - 17 July 2021 / 28 December 2023 - 2 January 2024
    ("d-dMY", re.compile(
        _f(_D_OPEN, n="d1") + r"(?:\s+" + _f(_M, n="m1") + r"(?:,?\s+" + _f(_Y, n="y1")
        + r")?)?" + _DASH_WD + _f(_D, n="d2")
        + r"\s+(?:of\s+)?" + _f(_M, n="m2") + r"(?:,?\s+" + _f(_Y, n="y") + r")?\b")),
    # June 15-16, 2021 / June 15 - July 2, 2021 / December 28, 2023 - January 2, 2024
    ("Md-dY", re.compile(
        _f(_M, n="m1") + _MD + _f(_D, n="d1") + r"(?:,\s+" + _f(_Y, n="y1") + r",?)?" + _DASH_WD
        + r"(?:" + _f(_M, n="m2") + _MD + r")?"
        + _f(_D, n="d2") + r"\b(?:,?\s+" + _f(_Y, n="y") + r")?")),
    # "between 1 and 5 April", "between April 1 and 5, 2024", "between 28 March and 2
    # April", "between 7 & 9 June": the first and last day of one stay (the days joined
    # by "and" are no list)
    ("btw", re.compile(
        r"\b(?i:between)\s+(?:" + _WD + r")?(?:" + _f(_D, n="d1")
        + r"(?:\s+(?:of\s+)?" + _f(_M, n="m1") + r")?"
        + _AND + r"(?:" + _WD + r")?" + _f(_D, n="d2") + r"\s+(?:of\s+)?" + _f(_M, n="m2") + r"|"
        + _f(_M, n="n1") + _MD + _f(_D, n="e1") + _AND + r"(?:" + _f(_M, n="n2") + r"\s+)?"
        + _f(_D, n="e2") + r")\b(?:,?\s+" + _f(_Y, n="y") + r")?")),
    # "On 28 and 29 April", "on 14 & 15 March": two consecutive days of one occasion
    ("d+dMY", re.compile(
        _f(_D_WORD, n="d1") + r"(?:\s+and\s+|\s*&\s*)" + _f(_D, n="d2") + r"\s+(?:of\s+)?"
        + _f(_M, n="m1")
        + r"\b(?:,?\s+" + _f(_Y, n="y") + r")?")),
    # "March 11 and 12, 2024": two consecutive days, the month first
    ("Md+dY", re.compile(
        _f(_M, n="m1") + _MD + _f(_D, n="d1") + r"(?:\s+and\s+|\s*&\s*)" + _f(_D, n="d2")
        + r"\b(?!\s*[-–]\s*\d|\s+(?:of\s+)?" + _f(_M, n="m2") + r")(?:,?\s+" + _f(_Y, n="y")
        + r")?")),
    # 11 August 2020 / 14 Dec 2017 / 17 July, 2021 / 19. April 2013
    # (a dateline's "22ND OF FEB 2022"; an abbreviation's stop before the year, "22 Feb. 2022")
    ("dMY", re.compile(
        _f(_D_WORD, n="d1") + _DAY_STOP + r"\s+(?:(?i:of)\s+)?" + _f(_M, n="m1")
        + r"(?:\b|(?<=\.))(?:,?\s+"
        + _f(_Y, n="y") + r")?")),
    # "9th Tuesday, November 2021": a dateline's day, weekday, month and year (read only
    # when the weekday is that day's)
    ("dWMY", re.compile(
        _f(_D_WORD, n="d1") + r"\s+(?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
        r"Sunday)),?\s+(?:of\s+)?" + _f(_M, n="m1") + r",?\s+" + _f(_Y, n="y") + r"\b")),
    # "JAKARTA, 18 july 2022": a month in lower case, read only with its day and year
    # (alone, "may" and "march" are verbs)
    ("dmy", re.compile(
        _f(_D_WORD, n="d1") + r"\s+(?:of\s+)?(?P<m1>january|february|march|april|may|june|july|"
        r"august|september|october|november|december)\s*,?\s+" + _f(_Y, n="y") + r"\b")),
    # December 7, 2021 / October 22nd / "BEIJING, May 13 -- " (a dash after the day
    # is a range only when a number follows)
    ("MdY", re.compile(
        _f(_M, n="m1") + _MD + _f(_D, n="d1") + r"\b(?!\s*[-–]\s*\d)(?:,?\s+" + _f(_Y, n="y")
        + r")?")),
    # January-April 2022 / from September to December 2021
    ("M-MY", re.compile(
        _f(_M_WORD, n="m1") + _DASH + _f(_M, n="m2") + r"(?:,?\s+" + _f(_Y, n="y") + r")?\b")),
    # "between April and June (2022)": one span of months, no list of two
    ("M-MY", re.compile(
        r"(?<=[Bb]etween )" + _f(_M, n="m1") + _AND + _f(_M, n="m2")
        + r"(?:,?\s+" + _f(_Y, n="y") + r")?\b(?!\s+\d)")),
    # January 2021
    ("MY", re.compile(_f(_M_WORD, n="m1") + r",?\s+(?:of\s+)?" + _f(_Y, n="y") + r"\b")),
    # in September (a month alone needs a preposition to avoid "May" the verb)
    # (tried where a word starts with the first two letters of one of the words as
    # re.I reads them, dotted and dotless i and long s among them)
    ("inM", _AtStarts(re.compile(
        r"\b(?P<pre>(?i:in|on|during|since|from|until|by|of|early|late|mid-?|last|"
        r"this|next|as\s+(?:early|late)\s+as|throughout))(?:(?<=-)|\s+)"
        # ("in just December", "in only May": the month a count is confined to)
        r"(?:(?i:the)\s+(?:month\s+of\s+)?|(?<=[Ii][Nn]\s)(?i:just|only)\s+)?" + _f(_M, n="m1")
        + r"\b(?!\s+\d)"), re.compile(
            r"[IiİıOoDdSsſFfUuBbEeLlMmTtNnAa](?<!\w.)(?:(?<=[IiİıUu])(?=[Nn])|(?<=[Oo])(?=[NnFf])"
            r"|(?<=[Dd])(?=[Uu])|(?<=[SsſMm])(?=[Iiİı])|(?<=[Ff])(?=[Rr])|(?<=[Bb])(?=[Yy])"
            r"|(?<=[EeLl])(?=[Aa])|(?<=[Tt])(?=[Hh])|(?<=[Nn])(?=[Ee])|(?<=[Aa])(?=[Ss]))"))),
    # "in May and June", "in April, May and June": a month after another month and "and"
    # or a comma (the first has its preposition)
    ("inM", _AtStarts(re.compile(r"(?P<pre>(?:" + "|".join(
        f"(?<={m} and )|(?<={m}, )" for m in _MONTH_NAMES) + r"))" + _f(_M, n="m1")
        + r"\b(?!\s+\d)"), re.compile(r"[ADFJMNOS](?:(?<=and .)|(?<=, .))"))),
    # "Greece (May)", "September brought the visit": a month alone in brackets or as a subject
    # ("September was dominated by ...", "October opened with talks", "March was busy")
    # (not "The March was peaceful": a march)
    # (or with a note after a semicolon: "Germany (February; working visit)")
    ("inM", _AtStarts(re.compile(r"(?P<pre>\(|(?<![Tt]he )\b)" + _f(_M, n="m1")
                                 + r"(?=\)|;[^()\n;]{1,40}\)|\s+(?:also\s+)?(?:brought|saw|was|"
                                   r"began|started|opened|ended|closed|witnessed|marked|"
                                   r"featured|took)\b)"),
                      re.compile(r"[(ADFJMNOS]"))),
    # "Ukraine (twice: May and September)", "Morocco (March and December)": the first of
    # the months a partner's brackets list (the next is read as a month after "and")
    ("inM", _AtStarts(re.compile(r"(?P<pre>\((?:(?i:twice|thrice|two|three|four|both|visits?|"
                                 r"trips?|times|rounds?|sessions?|calls?|meetings?)[\s,:]+){0,3}"
                                 r"(?:(?i:in)\s+)?)" + _f(_M, n="m1")
                                 + r"(?=\s*(?:,|and|&)\s*(?:again\s+|in\s+)?" + _f(_M, n="m2")
                                 + r"\b)"), re.compile(r"\("))),
    # "Vietnam (April, Hanoi)", "(September, Beijing)": a month opening the brackets,
    # its place after a comma
    ("inM", _AtStarts(re.compile(r"(?P<pre>\()" + _f(_M, n="m1")
                                 + r"(?=,[ \t]*(?:in[ \t]+)?(?-i:[A-Z])[^()\n,;]{0,40}\))"),
                      re.compile(r"\("))),
    # "January: official visit to Greece; ...", "- March – talks in Warsaw": a month as
    # the label of a review's line (never "May" the verb, which takes no colon), or of
    # a sentence after another on the line ("... Norway. February: talks in Oslo.")
    # (the first line of a list too: "- January: visit to Japan")
    ("inM", _AtStarts(re.compile(r"(?P<pre>(?<![^\n])|(?<=\n[-–•*·] )|(?<=^[-–•*·] )|"
                                 r"(?<=[a-z)]\.[ \t]))" + _f(_M, n="m1")
                                 + r"(?=[ \t]*(?::|[ \t][–—-][ \t]))"),
                      re.compile(r"[ADFJMNOS]"))),
    # "- President of Austria, May": a month closing a list's line after a comma or a
    # dash (never "May" the verb, which has words after it)
    ("inM", _AtStarts(re.compile(r"(?P<pre>(?<=, )|(?<=\s[–—-] ))" + _f(_M, n="m1")
                                 + r"(?=[ \t]*(?:\n|$))"), re.compile(r"[ADFJMNOS]"))),
    # "during a January visit to Peru", "her March trip", "the October talks": a month
    # as the word before an occasion's noun, after a determiner (never "May" the verb)
    ("inM", _AtStarts(re.compile(_MONTH_OF_OCCASION), re.compile(r"[ADFJMNOS]"))),
    # 2023-06-15, 15.06.2023, 15/06/2023, 15-06-2023 (day first, as Europe and most
    # ministries write)
    # (tried at each digit and bracket, where every match starts)
    ("num", _AtStarts(re.compile(
        r"(?:(?P<iy>(?:19|20)\d\d)(?P<isep>[-./])(?P<im>[01]?\d)(?P=isep)"
        r"(?P<id>[0-3]?\d)(?![\d]|[./-]\d)|"
        # 14.05.2019, 14/05/2019, 14-05-2019; 2019/05/14 and 2019.05.14
        # (the year first, as East Asian ministries write)
        # (10/23/2022: the month first, read so where the day cannot be)
        r"(?P<d1>[0-3]?\d)(?P<sep>[./-])(?P<m1>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)"
        # (a page's time run into it: "19.09.202313:00")
        r"(?:(?![\d]|[./-]\d)|(?=[0-2]\d:[0-5]\d(?!\d)))|"
        # "on Sunday (18/01)": a day and month in brackets after a weekday
        r"(?<=day )\((?P<pd>[0-3]?\d)/(?P<pm>[01]?\d)\))"), re.compile(r"[\d(]"))),
    # (a decade is no year: "in the 1990s", "since the 1980's")
    ("Y", re.compile(_f(_Y_OPEN, n="y") + r"(?![\d/]|-\d|\s*-\s*20\d\d|s\b"
                     r"|(?<=0)['’]s\b(?<=(?i:the) \d{4}['’]s))")),
    # "on Saturday 23": a weekday and its day of the month (see _weekday_day.py)
    ("wdd", WEEKDAY_DAY),
    ("rel", _AtStarts(re.compile(
        r"\b(?P<rel>the day before yesterday|today|yesterday|last night|"
        r"this (?:morning|afternoon|evening)|tonight|(?:last|this past|this) week|"
        # "over the weekend", "last weekend": the Saturday and Sunday before the day
        r"(?:over|during) the weekend|(?:last|this past) weekend|"
        # "last year", "earlier this month": the year or month, no more
        r"(?:last|(?:earlier |later )?this) (?:year|month)|"
        # "a year ago": last year, no more; "three years ago": that year
        r"(?:a|one|two|three|four|five) years? ago|"
        # "two days ago": that many days before the text's day
        r"(?:two|three|four|five) days ago|"
        r"(?:on\s+|last\s+|this past\s+)?" + _WEEKDAY + r")\b"
        r"(?!\s+(?:next|week)\b)", re.I),
        # a word's first letter: t, y, l, e, o, a in either case (re.I equates no
        # other character with them) before the second letter of a word that starts
        # so ("the", "today", "this", "yesterday", "last", "later", "earlier", "on",
        # "one", "a year", "two years", "five years", "over", "during"), or a weekday's capital
        re.compile(r"[AaEeFfLlOoTtYyMWFSDd](?<!\w.)(?:(?<=[Tt])(?=[HhOoWw])|(?<=[Ff])(?=[OoIi])"
                   r"|(?<=T)(?=u)|(?<=[Yy])(?=[Ee])|(?<=[LlEe])(?=[Aa])|(?<=[Oo])(?=[NnVv])"
                   r"|(?<=[Aa])(?= )|(?<=[MWFS])|(?<=[Dd])(?=[Uu]))"))),
    # "on the 23rd": a day of the text's month (see _day_of_month.py)
    ("dom", _AtStarts(DAY_OF_MONTH, DAY_OF_MONTH_OPENS)),
]


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """All date mentions in ``text[start:end]``, longest first where they overlap.

    Month-based patterns run only in small windows around month names, so a
    long sentence costs one scan for month words rather than one per pattern.
    A short span from the start of ``text`` depends on its own characters alone
    (nothing reads past ``end``): it is remembered by them, as a page's first line
    is read twice (a date line? a digest's title?)."""
    end = len(text) if end is None else end
    if start == 0 and 0 <= end <= _READ_LONGEST and end <= len(text):
        seg = text if end == len(text) else text[:end]
        read = _READ.get(seg)
        if read is None:
            read = _READ[seg] = _find_dates(seg, 0, end)
            if len(_READ) > 32:
                _READ.clear()
        return list(read)
    return _find_dates(text, start, end)


_READ: dict[str, list[DateMention]] = {}
#: a year closing a disease's or a virus's name ("Coronavirus Disease 2019")
_DISEASE_BEFORE = re.compile(r"\b(?:disease|virus|influenza|flu|fever)\s+$", re.I)
_READ_LONGEST = 200


def _find_dates(text: str, start: int, end: int) -> list[DateMention]:
    if not _hinted(text, start, end):
        return []
    windows = _windows(text, start, end)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    seg = text[start:end]
    relative = "day" in seg or "tonight" in seg or "this " in seg or "This " in seg \
        or "last night" in seg or "Last night" in seg or "Tonight" in seg or "week" in seg \
        or "last year" in seg or "last month" in seg \
        or "Last year" in seg or "Last month" in seg or " ago" in seg
    with_digit = [(wa, wb) for wa, wb in windows if _has_digit(text, wa, wb)]
    numeric = _NUM_HINT.search(text, start, end) is not None
    whole = [(start, end)]
    for kind, rx, scope, gate, opens, keeps in _PLAN:
        if scope is _SCOPE_WHOLE:
            if (kind == "rel" and not relative) or (kind == "num" and not numeric):
                continue
            spans = whole
        else:
            spans = with_digit if scope is _SCOPE_DIGIT else windows
            if not spans:
                continue  # no window
        if gate is not None:
            for g in gate:
                if g in seg:
                    break
            else:
                continue  # a text the pattern's literals are not in
        for wa, wb in spans:
            if opens is not None:
                # no match starts before the first place it may (a lookbehind or \b
                # still sees the text before it): the scan starts there
                first = opens.search(text, wa, wb)
                if first is None:
                    continue
                wa = first.start()
            for m in rx.finditer(text, wa, wb):
                a, b = m.span()
                for ta, tb in taken:
                    if a < tb and ta < b:
                        break
                else:
                    if kind == "dMY" and a > 0 and text[a - 1] == ":":
                        continue  # "12:01 July 23": a time's minutes, not a day
                    dm = build(kind, m, a, b)
                    if dm is not None and b - a == 4 and _DISEASE_BEFORE.search(
                            text, max(0, a - 12), a):
                        dm = None  # "Coronavirus Disease 2019": a name's year, no time
                    if dm is None:
                        if keeps:
                            taken.append((a, b))  # "31 February": not a date, nor its month
                        continue
                    found.append(dm)
                    taken.append((a, b))
    found.sort(key=lambda d: d.start)
    for a, b in other_clock_asides(text, start, end):  # the same moment on a home clock
        found = [d for d in found if not (a <= d.start < b and found[0].start < a)]
    found = listed_days(text, found, start, end)  # "on 2 and 7 May": each day
    return _fronted_year(text, start, _carry_years(
        text, _month_of_relative_year(text, apposed(text, found, _WEEKDAYS))))


#: a sentence opened by its year: "In 2024, ...", "During 2023 the Ministry ..." (after
#: a dateline's dash too: "RIGA, 5 May 2025 – In 2024, ...")
_YEAR_FRONTED = re.compile(r"(?:[^–—\n]{0,60}\s[–—]\s+)?\s*(?:In|During|Throughout)\s+")


def _fronted_year(text: str, start: int, found: list[DateMention]) -> list[DateMention]:
    """A sentence opened by a year ("In 2024, consultations were held with A (March)
    and B (June)") gives it to the bare months told after it."""
    i = next((k for k, d in enumerate(found[:2]) if d.y1 is not None and d.m1 is None
              and not d.relative and not d.has_end
              and _YEAR_FRONTED.fullmatch(text, start, d.start)), None)
    if i is None:
        return found
    y = found[i].y1
    return [*found[:i + 1], *(replace(d, y1=y, y2=y if d.has_end and d.y2 is None else d.y2)
                              if d.y1 is None and d.m1 is not None and not d.relative else d
                              for d in found[i + 1:])]


#: what joins a month and a year told relatively: "April last year", "April of last
#: year", "last year in April", "last year, in November"
_MONTH_THEN_YEAR = re.compile(r"\s+(?:of\s+)?")
_YEAR_THEN_MONTH = re.compile(r",?\s+(?:in\s+)?")


def _month_of_relative_year(text: str, found: list[DateMention]) -> list[DateMention]:
    """One mention for a bare month next to "last year" / "this year": the month
    of that year (the relative year resolves it, see :func:`resolve`)."""
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        d = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None:
            pair = ((d, nxt, _MONTH_THEN_YEAR) if _bare_month(d) else
                    (nxt, d, _YEAR_THEN_MONTH) if _bare_month(nxt) else None)
            if pair is not None:
                month, year, gap = pair
                if (year.relative or "").endswith(" year") \
                        and gap.fullmatch(text, d.end, nxt.start):
                    out.append(DateMention(d.start, nxt.end, None, month.m1, None,
                                           relative=year.relative))
                    i += 2
                    continue
        out.append(d)
        i += 1
    return out


def _bare_month(d: DateMention) -> bool:
    return d.m1 is not None and d.y1 is None and d.d1 is None and not d.has_end \
        and d.relative is None


#: the kinds that scan the whole span (not windows around month names)
_WHOLE = frozenset({"Y", "rel", "wdd", "num", "dmy", "dom"})
#: literals one of which every match of the kind holds: a substring test
#: before the scan ("19"/"20" start every year, "and" joins "28 and 29 April")
_GATES: dict[str, tuple[str, ...]] = {"Y": ("19", "20"), "dmy": ("19", "20"),
                                      "d+dMY": ("and", "&"), "Md+dY": ("and", "&"),
                                      "btw": ("etween",), "dom": ("st", "nd", "rd", "th"),
                                      "wdd": ("day ", "day,")}
#: what every match of a kind starts with: a day's digit, a month name (each
#: starts with one of _MONTH_HINT's), a year's "19" or "20", a numeric date's
#: digit or bracket ("(18/01)")
_OPENS: dict[str, re.Pattern[str]] = {
    "d-dMY": _DIGIT, "d+dMY": _DIGIT, "dMY": _DIGIT, "dWMY": _DIGIT, "dmy": _DIGIT,
    "btw": re.compile("[Bb]etween"),
    "Md-dY": _MONTH_HINT, "Md+dY": _MONTH_HINT, "MdY": _MONTH_HINT, "M-MY": _MONTH_HINT,
    "MY": _MONTH_HINT,
    "Y": re.compile(r"19|20"), "num": re.compile(r"[\d(]"),
}
_NEEDS_DIGIT = {"btw", "d-dMY", "d+dMY", "Md+dY", "Md-dY", "dMY", "dWMY", "MdY", "MY"}
#: a digit, a separator, a digit: the cheap test before the numeric-date pattern
_NUM_HINT = re.compile(r"\d[./-]\d")
#: what each kind scans: the whole span, the windows with a digit, or every window
_SCOPE_WHOLE, _SCOPE_DIGIT, _SCOPE_WINDOWS = "whole", "digit", "windows"
#: ``_PATTERNS`` with what ``find_dates`` reads of each kind, looked up once: its
#: scope, its gate, what its matches open with, and whether a match that is no
#: date ("31 February") still takes its span
_PLAN: list[tuple[str, re.Pattern[str] | _AtStarts, str, tuple[str, ...] | None,
                  re.Pattern[str] | None, bool]] = [
    (kind, rx, _SCOPE_WHOLE if kind in _WHOLE else _SCOPE_DIGIT if kind in _NEEDS_DIGIT
     else _SCOPE_WINDOWS, _GATES.get(kind), _OPENS.get(kind),
     kind in ("d-dMY", "Md-dY", "dMY", "MdY", "dmy"))
    for kind, rx in _PATTERNS]


_LIST_GAP = re.compile(r"^[\s,;]*(?:and|or|as well as|,|;|\)|\()?[\s,;(]*$", re.I)


def _carry_years(text: str, found: list[DateMention]) -> list[DateMention]:
    """A list "May 3-4 and November 9, 2021" gives its year to earlier members."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        cur, nxt = out[i], out[i + 1]
        if cur.y1 is None and cur.m1 is not None and nxt.y1 is not None \
                and _LIST_GAP.match(text[cur.end:nxt.start]):
            out[i] = replace(cur, y1=nxt.y1, y2=nxt.y1 if cur.has_end else None)
    return out


def resolve(dm: DateMention, year: int | None, dateline: _dt.date | None = None, *,
            by_year: bool = False) -> DateMention:
    """Fill a missing year from the document; relative days from the dateline (and,
    with ``by_year``, "last year" and the like from ``year`` when no dateline is
    known: not in a review, whose "last year" is the year reviewed)."""
    if dm.relative and dm.relative.lower().endswith((" year ago", " years ago")):
        # "a year ago" is last year, "two years ago" the one before (the year, no more)
        n = ("a", "one", "two", "three", "four", "five").index(dm.relative.split()[0].lower())
        ref_year = dateline.year if dateline else year
        return replace(dm, y1=ref_year - max(n, 1) if ref_year else None, relative=None)
    if dm.relative == RELATIVE:
        day = day_of_month(dm.d1 or 0, dateline) if dateline else None
        return dm if day is None else replace(dm, y1=day.year, m1=day.month, relative=None)
    if dm.relative and dm.relative.endswith(" month") and dm.m1:
        ref = dateline or (_dt.date(year, 12, 31) if year else None)
        if ref is None:
            return replace(dm, relative=None)
        y = ref.year - 1 if dm.relative.startswith("last") and dm.m1 >= ref.month else \
            ref.year + 1 if dm.relative.startswith("next") and dm.m1 <= ref.month else ref.year
        return replace(dm, y1=y, relative=None)
    if dm.relative and dm.relative.endswith(" year") and dm.m1:
        # "in April last year": that month of the year told
        ref_year = dateline.year if dateline else year
        if ref_year is None:
            return replace(dm, relative=None)
        return replace(dm, y1=ref_year - dm.relative.startswith("last"), relative=None)
    if dm.relative:
        rel = " ".join(dm.relative.split())
        if dateline is None:
            if by_year and year is not None and rel in ("last year", "this year", "next year"):
                # "visited Chile last year" in a text of 2023 with no day of its own
                return replace(dm, y1=year - (rel == "last year") + (rel == "next year"),
                               relative=None)
            return dm
        if rel in ("today", "this morning", "this afternoon", "this evening", "tonight"):
            day = dateline
        elif rel in ("yesterday", "last night"):
            day = dateline - _dt.timedelta(days=1)
        elif rel == "the day before yesterday":
            day = dateline - _dt.timedelta(days=2)
        elif rel.endswith(" days ago"):
            back = ("two", "three", "four", "five").index(rel.split()[0].lower()) + 2
            day = dateline - _dt.timedelta(days=back)
        elif rel.endswith((" year", " month")):
            last = rel.startswith("last")
            if rel.endswith("year"):
                return replace(dm, y1=dateline.year - last, relative=None)
            month = dateline.replace(day=1) - _dt.timedelta(days=1) if last else dateline
            return replace(dm, y1=month.year, m1=month.month, relative=None)
        elif rel.endswith("weekend"):  # the Saturday and Sunday before the day
            sat = dateline - _dt.timedelta(days=(dateline.weekday() - 5) % 7 or 7)
            sun = sat + _dt.timedelta(days=1)
            return replace(dm, y1=sat.year, m1=sat.month, d1=sat.day, y2=sun.year,
                           m2=sun.month, d2=sun.day, relative=None)
        elif rel.endswith(" week"):  # "last week", "this week": its month, no surer
            day = dateline if rel == "this week" else dateline - _dt.timedelta(days=7)
            return replace(dm, y1=day.year, m1=day.month, d1=None, relative=None)
        else:
            wd = _WEEKDAYS[rel.split()[-1]]
            told = weekday_day(wd, dm.d1, [dateline]) if dm.d1 else None  # "on Saturday 23"
            if told is not None:
                return replace(dm, y1=told.year, m1=told.month, d1=told.day, relative=None)
            back = (dateline.weekday() - wd) % 7
            if rel.startswith(("last ", "this past ")) and back == 0:
                back = 7  # "last Monday", written on a Monday: the Monday before
            elif rel.startswith("last ") and back == 1:
                back = 8  # "last Monday", written on a Tuesday: a week before, not yesterday
            day = dateline - _dt.timedelta(days=back)
        return replace(dm, y1=day.year, m1=day.month, d1=day.day, relative=None)
    if dm.y1 is None and year is not None:
        y2 = year if dm.has_end else None
        if dm.m2 is not None and dm.m1 is not None and dm.m2 < dm.m1:
            y2 = year + 1
        return replace(dm, y1=year, y2=y2)
    return dm
