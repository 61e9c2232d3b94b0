"""Document-level context: who issued it, its year and dateline.

The issuer is inferred when the caller does not give it: "Ministry of
Foreign Affairs of the Republic of X", "the Foreign Minister of X", a
demonym before "Foreign Ministry", then the country named most often near
the top. The inference and its reason are reported.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass

from ..model import DateSpan
from ._dates import find_dates, resolve
from ._foreign_months import foreign_dateline
from ._gate import Gated
from ._gazetteer import Gazetteer

__all__ = ["IssuerGuess", "infer_issuer", "find_dateline", "opening_dateline", "dateline_spans",
           "dateline_alone",
           "dateline_place",
           "text_year",
           "is_review", "is_digest", "digest_span", "single_day"]

_MFA = re.compile(
    r"(?:Ministry of Foreign Affairs|Foreign Ministry|Ministry for Foreign Affairs|Ministry of "
    r"External Affairs|Foreign Office|MFA|Ministry of Foreign Affairs and [A-Z][\w ]{0,40}?)"
    r"\s+of\s+(?:the\s+)?", re.I)
_ADJ_MFA = re.compile(r"\s+(?:Ministry of Foreign Affairs|Foreign Ministry|MFA|Foreign Minister|"
                      r"diplomacy|Government)\b", re.I)
_MINISTER_OF = re.compile(r"(?:Minister of Foreign Affairs|Foreign Minister|Minister for Foreign "
                          r"Affairs|Minister of External Affairs)\s+of\s+(?:the\s+)?$", re.I)
_COUNTERPART = re.compile(r"\s+(?:counterpart|colleague|guest|delegation|visitor)", re.I)
_AWAY = re.compile(r"(?:arriv(?:ed|es|ing) in|visit(?:ed|ing|s)?(?: to)?|trip to|"
                   r"counterparts? (?:from|of)|(?:Foreign )?Ministers? of)\s+(?:the\s+)?")
_PAIR_NAME = re.compile(r"\b([A-Z][\w ]+?)[-–]([A-Z][\w ]+?)\s+(?:Joint|Intergovernmental|"
                        r"Vice-Ministerial|Foreign Ministers|[Cc]ommission|[Cc]onsultation)")
_MET_BEFORE = re.compile(r"\b(?:with|met|meets|received|receives|hosted|welcomed|called on|his|her|"
                         r"calls on|by|to|and)\s+(?:the\s+)?$", re.I)
_VISITING = re.compile(r"\b(?:visiting|the guest,?)\s", re.I)
#: after a dateline's city: its date, the city's country or state in brackets or after a
#: comma between ("New Delhi [India], May 30", "NAIROBI, Kenya, Nov 23", "COLOMBO, Sri
#: Lanka, July 14")
_DATE_AFTER = re.compile(r"\s*(?:[(\[][^)\]]{0,30}[)\]]\s*)?[,–—-]\s*"
                         r"(?:(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,2},\s+(?=\w+\.? \d))?"
                         r"(?:\w+\.?,?\s+)?\d|\s*,?\s*"
                         r"(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)\b")
_NUMERIC = re.compile(r"\b(?P<d>[0-3]?\d)(?P<s>[./-])(?P<m>[01]?\d)(?P=s)(?P<y>(?:19|20)\d\d)\b")


@dataclass(frozen=True)
class IssuerGuess:
    code: str | None
    reason: str


def infer_issuer(text: str, gaz: Gazetteer) -> IssuerGuess:
    head = text[:20000]
    scores: Counter[str] = Counter()
    reasons: dict[str, str] = {}
    countries = gaz.find(head, "country")
    for m in countries:
        before = head[max(0, m.start - 60):m.start]
        mfa = _MFA.search(before)
        if mfa and mfa.end() == len(before):
            scores[m.code] += 6
            reasons.setdefault(m.code, f"'{head[max(0, m.start - 40):m.end].strip()}'")
        scores[m.code] += 1 if m.start > 600 else 3
    for m in countries:
        before = head[max(0, m.start - 60):m.start]
        if _MINISTER_OF.search(before):
            scores[m.code] += 2
        if _COUNTERPART.match(head, m.end) or re.search(
                r"(?:counterparts?|guests?|visitors?) (?:from|of) (?:the )?$", before):
            scores[m.code] -= 4  # "his Burkina Faso counterpart": the other side
    for m in gaz.find(head, "adj"):
        if _ADJ_MFA.match(head, m.end) and _MET_BEFORE.search(head, max(0, m.start - 30),
                                                              m.start):
            scores[m.code] -= 4  # "met with Jamaican Foreign Minister ...": the other side
        elif _ADJ_MFA.match(head, m.end):
            scores[m.code] += 5
            reasons.setdefault(m.code, f"'{head[m.start:m.end + 25].strip()}'")
        elif _COUNTERPART.match(head, m.end):
            scores[m.code] -= 4  # "his Norwegian counterpart": the other side
    for rm in _AWAY.finditer(head):
        for c in gaz.find(head, "country", rm.end(), min(len(head), rm.end() + 40))[:1]:
            if c.start == rm.end():
                scores[c.code] -= 1  # where the minister went, or whose minister came
    for pm in _PAIR_NAME.finditer(head):
        for c in gaz.find(head, "country", pm.start(1), pm.end(1))[:1]:
            scores[c.code] += 2  # "Morocco-Burkina Faso Joint Commission": the issuer first
    for vm in _VISITING.finditer(head):
        for c in gaz.find(head, "country", vm.end(), min(len(head), vm.end() + 80))[:1]:
            scores[c.code] -= 4  # "the visiting Foreign Minister of New Zealand": the guest
    first_line = head[:120].split("\n", 1)[0]
    for m in gaz.find(first_line, "city"):
        # a dateline: "Tbilisi, 3 May 2023"; surest when it opens the text
        opens = not first_line[:m.start].strip() and _DATE_AFTER.match(first_line, m.end)
        scores[m.code] += 7 if opens else 4
        reasons.setdefault(m.code, f"the dateline '{first_line.strip()[:60]}'")
    if not scores:
        return IssuerGuess(None, "no country named in the text")
    code, score = scores.most_common(1)[0]
    why = reasons.get(code, "the country named most often near the top")
    return IssuerGuess(code, f"inferred from {why} (score {score})")


def find_dateline(text: str, year: int | None = None) -> _dt.date | None:
    """A full date in the first lines or at the very end ("(MAP 09.06.2023)");
    a day and month without a year take ``year``."""
    for part in (text[:400], text[-120:]):
        other: _dt.date | None = None  # a day of another year than the text's
        for d in find_dates(part):
            if _EARLIER.search(part, max(0, d.start - 60), d.start):
                continue  # "after assumption of office on 12 January": another day
            y = d.y1 or year
            if y and d.m1 and d.d1 and not d.has_end:
                try:
                    day = _dt.date(y, d.m1, d.d1)
                except ValueError:
                    continue
                if year is None or y == year:
                    return day
                # "FILE PHOTO: ... October 8, 2021" above a story of 2022: an older
                # picture's day; the text's own day may follow
                other = other or day
        if other is not None:
            return other
        m = _NUMERIC.search(part)
        if m:
            try:
                return _dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                pass
    # a line that is only a date, after a lead paragraph ("...\n\nJanuary 18, 2022\n")
    for lm in _DATE_LINE.finditer(text, 0, min(len(text), 1500)):
        for d in find_dates(lm.group(1)):
            y = d.y1 or year
            if y and d.m1 and d.d1 and not d.has_end and d.end - d.start >= len(lm.group(1)) - 1:
                try:
                    return _dt.date(y, d.m1, d.d1)
                except ValueError:
                    continue
    # a dateline in the agency's language ("AGERPRES - 4 mai", "EFE, 4 de mayo")
    return foreign_dateline(text, year) or _title_span_end(text, year)


def _title_span_end(text: str, year: int | None) -> _dt.date | None:
    """The last day of a span of days the title names, when no day dates the text
    ("This week at the Ministry, 3-7 June 2024": a digest whose "Monday:" ... are
    days of that week, counted back from its end)."""
    title = text.lstrip().split("\n", 1)[0][:160]
    for d in find_dates(title):
        y = d.y2 or d.y1 or year
        if d.has_end and d.d1 and d.d2 and y and (d.m2 or d.m1):
            try:
                return _dt.date(y, d.m2 or d.m1, d.d2)  # type: ignore[arg-type]
            except ValueError:
                return None
    return None


#: a date that names an earlier or other occasion, not the text's own day
_EARLIER = re.compile(r"\b(?:since|before|until|took office|(?:assum\w+|assumed|taking) (?:of )?"
                      r"office|appointed|born|founded|established|elected|inaugurated|"
                      r"entered into force|previous(?:ly)?|earlier|last)\b[^.!?\n]{0,12}$", re.I)
_DATE_LINE = re.compile(r"^[ \t]*([^\n]{6,30}?)[ \t]*$", re.M)


def opening_dateline(text: str, gaz: Gazetteer) -> bool:
    """Whether the text opens with a news dateline: a city, then its date
    ("TBILISI, May 10 (Reuters) -", "Hanoi, 3 March 2023 —")."""
    first = text.lstrip()[:120]
    offset = len(text) - len(text.lstrip())
    for m in gaz.find(first, "city", 0, min(len(first), 60)):
        return m.start == 0 and bool(_DATE_AFTER.match(text, offset + m.end))
    return False


def dateline_place(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` opens its line as a news dateline
    ("Santiago, 10 June 2024 -", "KAMPALA (Reuters) -"): where the story was
    filed, not where what it tells happened."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip() and _FILED_AFTER.match(text, end) is not None


def filed_from(text: str, gaz: Gazetteer, head: int = 600) -> str | None:
    """The country of the city a story is filed from: a line opened by the city and
    its dateline ("KAMPALA, Aug 18 -", "Jakarta (ANTARA) -") or a short byline
    naming it ("Jane Banda in NAIROBI, Kenya"), in the text's first lines."""
    for lm in _LINE_START.finditer(text, 0, min(len(text), head)):
        a = lm.end()
        line_end = text.find("\n", a)
        line_end = len(text) if line_end < 0 else line_end
        for m in gaz.find(text, "city", a, min(line_end, a + 100)):
            if (m.start == a and _FILED_AFTER.match(text, m.end)) or (
                    line_end - a <= 80 and _BYLINE_IN.search(text, a, m.start)):
                return m.code
    return None


#: after a dateline's city: its date, an agency in brackets or a dash
_FILED_AFTER = re.compile(r"\s*(?:\(|[–—-]\s)|" + _DATE_AFTER.pattern)
#: "Jane Banda in NAIROBI": a reporter's byline
_BYLINE_IN = re.compile(r"\b(?:in|from)\s+$")


def dateline_spans(text: str, gaz: Gazetteer, head: int = 1500) -> tuple[tuple[int, int], ...]:
    """Where a paragraph opens with a news dateline ("ROME, March 4 (ANSA) –",
    "Buenos Aires, Jan. 6 (EFE).-"), the span of its date: the day the story
    was filed, which a later "on Tuesday" in the same sentence counts from,
    not the day of the event that sentence reports."""
    out: list[tuple[int, int]] = []
    labelled: list[tuple[int, int]] = []  # (after the datelines: see _day_opened)
    for lm in _LINE_START.finditer(text, 0, min(len(text), head)):
        a = lm.end()
        label = _DATE_LABEL.match(text, a)
        if label is not None:
            # "date 2022-03-14 The Minister on Sunday held ...": the page's date, under
            # its label, on the line of the first sentence
            d = next(iter(find_dates(text[label.end():label.end() + 40])), None)
            line_end = text.find("\n", label.end())
            rest = text[label.end() + d.end:line_end if line_end >= 0 else len(text)] \
                if d is not None else ""
            if d is not None and d.start == 0 and d.d1 and d.m1 and d.y1 and not d.has_end \
                    and _SENTENCE_GOES_ON.match(rest):
                labelled.append((label.end() + d.start, label.end() + d.end))
            continue
        if not _DATELINE_SHAPE.match(text, a):
            continue  # (cheap: a capital, then within a few words a comma or dash)
        # ("NORWAY, March 14 -": a wire's dateline may name the country, in
        # capitals, where a heading would write "Norway, 14 March")
        # ("Monaco, 2 May 2019 (AFP) -": a city-state's name is its country's;
        # a dash or an agency after a full date tells a dateline, not a heading)
        cities = gaz.find(text, "city", a, min(len(text), a + 60))
        places = cities or gaz.find(text, "country", a, min(len(text), a + 40))
        for m in places:
            if m.start != a or not _DATE_AFTER.match(text, m.end):
                break
            for d in find_dates(text[m.end:m.end + 40]):
                if d.m1 and d.d1 and not d.has_end and (
                        cities or text[m.start:m.end].isupper()
                        or (d.y1 and _WIRE_AFTER.match(text, m.end + d.end))
                        or _AGENCY_AFTER.match(text, m.end + d.end)):
                    out.append((m.end + d.start, m.end + d.end))
                break
            break
    return tuple(out + labelled)


def published_over(text: str, found: _dt.date, told: _dt.date, head: int = 600) -> bool:
    """Whether ``found`` is the day a labelled line gives ("Published on 20 May",
    "Posted: 3 March 2016") and ``told`` the earlier day of a dateline below it, up
    to a year before: a page that carries a statement later than it was made;
    the statement's "this morning" counts from its own dateline."""
    if not 0 < (found - told).days <= 366:
        return False
    for lm in _LINE_START.finditer(text, 0, min(len(text), head)):
        label = _DATE_LABEL.match(text, lm.end())
        d = next(iter(find_dates(text[label.end():label.end() + 40])), None) if label else None
        if d is not None and d.start == 0 and (d.m1, d.d1) == (found.month, found.day) \
                and d.y1 in (None, found.year) and not d.has_end:
            return True
    return False


def dateline_alone(start: int, end: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether a sentence is only a news dateline ("ASHGABAT, June 28."), its date one
    of ``spans`` (see ``dateline_spans``)."""
    return end - start <= 60 and any(start <= a and b <= end for a, b in spans)


_LINE_START = re.compile(r"^[ \t]*", re.M)
#: a sentence after the label's date on its line (not a time or a site's name alone)
_SENTENCE_GOES_ON = re.compile(r"\s+[\"“‘']?(?-i:[A-Z])\w*(?:\s+\S+){3}")
#: the label of a page's date opening a line ("date", "Date:", "Published on",
#: "Posted:", "Updated")
_DATE_LABEL = re.compile(r"(?:date|dated|published(?:\s+on)?|posted(?:\s+on)?|"
                         r"updated(?:\s+on)?)\s*:?\s+(?=\d|(?-i:[A-Z]))", re.I)
#: after a dateline's date: an agency in brackets, then a dash ("(ANSA) -")
_WIRE_AFTER = re.compile(r"\s*(?:\([A-Za-z]{2,12}\)\s*)?[–—-]\s")
#: an agency named in brackets, then the dash: a wire's dateline even without a year
#: ("Kuwait, Feb 8 (KUNA) --": a city-state's name, written as the country's)
_AGENCY_AFTER = re.compile(r"\s*\([A-Za-z]{2,12}\)\s*[–—-]{1,2}\s")
#: what a dateline looks like before any lookup: a capitalised place of up to
#: five words, then a comma, a bracket or a dash ("ROME,", "Buenos Aires, Jan.",
#: "DAKAR (APS) -", "New Delhi [India],")
_DATELINE_SHAPE = re.compile(r"[A-Z][\w.'’-]*(?: [\w.'’-]+){0,4}\s*[,(\[–—-]")


def text_year(text: str) -> int | None:
    """The year a text is about: the most frequent plausible year in its first part."""
    years = Counter(int(y) for y in re.findall(r"(?<![\d-])((?:19|20)\d\d)(?![\d-])", text[:30000]))
    return years.most_common(1)[0][0] if years else None


# both run on lower-case text without re.I (much faster on long texts)
_REVIEW_TITLE = Gated(re.compile(
    r"\b(?:results|review|outcomes|overview|summary|report)\b[^.\n]{0,90}\b(?:the )?"
    r"(?:year|(?:19|20)\d\d)\b"
    # "Our diplomacy in 2025", "Georgia's foreign policy in the year 2024", "2025 in review",
    # "The first half of 2025 in diplomacy"
    r"|\b(?:diplomacy|foreign policy|foreign relations|external relations)\b[^.\n]{0,40}"
    r"\bin (?:the year )?(?:19|20)\d\d\b|\b(?:(?:19|20)\d\d|year) in review\b"
    r"|\b(?:first|second) half of (?:the year|(?:19|20)\d\d)\b"
    # "Year-ender 2023", "Year-end press conference", "End of year statement"
    r"|\byear[- ]?ender\b|\b(?:year[- ]end|end[- ]of[- ](?:the[- ])?year) (?:review|press "
    r"conference|press briefing|briefing|statement|message|address|report|interview|"
    r"summary|overview)\b"
    # "Highlights of 2023", "Diplomatic achievements of 2022", "Major events of 2023",
    # "A look back at the year 2021", "Balance of 2015", "2023 at a glance"
    r"|\b(?:highlights|achievements|successes|milestones|accomplishments|events|look back|"
    r"looking back|balance|recap|round-?up|retrospective)\b[^.\n]{0,60}\b(?:of|in|for|"
    r"during|at|on) (?:the )?(?:year\b|(?:year )?(?:19|20)\d\d\b)|\b(?:19|20)\d\d at a glance\b"
    # "New Year message of the Minister", "Annual press conference of the Foreign
    # Minister": a minister's own look back on the year
    r"|\bnew[- ]year['’]?s? (?:message|address|greetings)\b|\bannual (?:press conference|"
    r"press briefing|media briefing)\b"
    # "Diplomatic year 2022: review", "2023 - results and highlights": the year, then
    # what the text is about it
    r"|\b(?:19|20)\d\d\b[^.\n]{0,30}?(?::|\s[–—-])\s*(?:a\s+|the\s+)?(?:(?:main|key|major|"
    r"principal|chief)\s+)?(?:review|results|summary|"
    r"overview|highlights|recap|achievements|milestones)\b"
    # "Highlights of Philippine diplomacy, 2022", "Achievements of our foreign policy - 2021"
    r"|\b(?:highlights|achievements|milestones|accomplishments)\b[^.\n]{0,60}(?:,|:|\s[–—-])"
    r"\s*(?:(?:19|20)\d\d)\b"
    # "2019: a year of diplomatic successes", "The year 2022 in diplomacy"
    r"|\b(?:19|20)\d\d\s*:\s*(?:a|the) year\b|\bthe year (?:19|20)\d\d in\b"))
_REVIEW_BODY = Gated(re.compile(
    r"\b(?:results of|review of|outcomes of|summ(?:ed|ing|arized) up)\b[^.]{0,40}\b(?:the )?"
    r"(?:year|(?:19|20)\d\d)\b|\b(?:during|throughout|in the course of|over) the (?:past |last )?"
    r"(?:year|reporting (?:year|period))\b|\bin the reporting period\b|\brecord year\b"))


def is_review(text: str, year: int | None = None) -> bool:
    """A year-end review (long, about a year) rather than one readout: said in
    its title ("Review of the activities of the Ministry ... in 2023") or its
    opening pages ("during the year", "in the reporting period"). A review looks
    back: "the review of the trade agreement in 2026" in a text of ``year``
    2024 is a topic, not what the text is."""
    if len(text) > 8000 or _months_named(text) >= _REVIEW_MONTHS:
        return True
    head = text[:3000].lower()
    lead = _YEAR_LEAD.search(head, 0, _LEAD)
    if lead and (year is None or int(lead.group(1)) == year):
        return True  # "In 2023, our leaders made a number of trips abroad": that year's
    for rx, end in ((_REVIEW_TITLE, 300), (_REVIEW_BODY, len(head))):
        for m in rx.finditer(head, 0, end):
            said = _YEAR.findall(m.group())
            if year and said and int(said[-1]) > year:
                continue
            if rx is _REVIEW_TITLE and _SHORT_SPAN.search(head, 0, _title_end(head)):
                continue  # "Weekly overview ..., 12-16 May 2025": a digest of days
            if _MONTH_YEAR.search(m.group()):
                continue  # "the outcomes of the summit in July this year": an occasion's time
            if _LOOK_BACK.search(m.group()) and (m.start() > _LEAD or not _OPENS.search(
                    head, 0, m.start())):
                # "... had faced more migration during the past year" late on, or a
                # remark inside a sentence ("highlighted the progress made over the past
                # year"): a readout looking back (a review opens a sentence with it)
                continue
            if _THE_YEAR.search(m.group()) and _REMARKED.search(
                    head, max(head.rfind(".", 0, m.start()), head.rfind("\n", 0, m.start()), 0),
                    m.start()):
                # "both ministers praised the continuous dialogue between A and B
                # throughout the year": what the sides said in a readout, not a text
                # about the year ("In a recap of its diplomacy throughout the year, the
                # Ministry said"; "During the year, the Ministry ...")
                continue
            return True
    return False


#: a text that names this many different months tells a year (or half of one) month by
#: month: a review, whatever its title says ("Viet Nam's diplomacy in 2025: a year of
#: breakthroughs", "Balance of the first semester"); readouts, briefings and digests of
#: our sets name at most four
_REVIEW_MONTHS = 5
# (the test before a name made after its first character, "(?<!\w.)" there being
# "\b" before it: re then skips ahead to the capitals months start with)
_MONTH_NAME = re.compile("(?:" + "|".join(m[0] + r"(?<!\w.)" + m[1:] for m in (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December")) + r")\b")


def _months_named(text: str) -> int:
    """How many different months ``text`` names (capitalised, in its first 30,000
    characters)."""
    return len(set(_MONTH_NAME.findall(text, 0, 30000)))


def _title_end(head: str) -> int:
    end = head.find("\n")
    return end if 0 < end < 300 else 300


#: a title over days or a month, not a year: "weekly", "12-16 May", "in May 2025"
_SHORT_SPAN = re.compile(r"\b(?:week\w*|daily|monthly|january|february|march|april|may|june|"
                         r"july|august|september|october|november|december)\b")


_YEAR = re.compile(r"(?:19|20)\d\d")
#: "during the past year", "over the last year" past a text's opening: a readout looking
#: back, not a review (a review says so in its title or its opening lines)
_LOOK_BACK = re.compile(r"\b(?:past|last) (?:year|reporting)")
_LEAD = 600
#: a line opened by the text's year and its events summed up in the plural: "In 2023,
#: Norwegian leaders made a number of trips abroad", "In the year 2023 our ministers
#: paid many visits" (not one event of the year: "In 2023, the two signed a treaty")
_YEAR_LEAD = re.compile(
    r"(?:^|\n)[\s\"“‘'*•–-]*in (?:the year )?((?:19|20)\d\d),?\s[^.\n]{0,100}?\b(?:made|paid|"
    r"conducted|held|undertook|carried out|hosted|received|exchanged)\s+(?:a (?:number|series|"
    r"host|total) of|numerous|many|several|dozens of|scores of|a dozen|\d+|two|three|four|"
    r"five|six|seven|eight|nine|ten)\s[^.\n]{0,40}?\b(?:trips|visits|tours|journeys|"
    r"meetings|talks|consultations|contacts)\b")
#: "throughout the year", "during the year" (not "the reporting year")
_THE_YEAR = re.compile(r"\b(?:during|throughout|in the course of|over) the year$")
#: the verb of a remark of the sides before it in its sentence
_REMARKED = re.compile(r"\b(?:highlight|prais|stress|underlin|emphasi[sz]|hail|welcom|"
                       r"commend|appreciat|valu|not)ed\b")
#: what stands before a look-back that opens a sentence ("During the past year, ...")
_OPENS = re.compile(r"(?:^|[.!?:;\n])[\s\"“‘'(*•–-]*$")
#: "in" a month just before the year ("in July this year", "in October 2025"): the
#: time of one occasion, not the year a review looks back on (not "January to June 2025")
_MONTH_YEAR = re.compile(r"\bin\s+(?:(?:early|mid|late)[\s-]+)?(?:january|february|march|april|"
                         r"may|june|july|august|september|"
                         r"october|november|december)\s+(?:of\s+)?(?:this\s+|next\s+|last\s+)?"
                         r"(?:year|(?:19|20)\d\d)$")


#: a title that announces several items: "News in brief", "Weekly digest", "the week
#: of 6 to 10 May", "Highlights", "Round-up"; "week of" only before its days ("a week
#: of talks in Geneva" is one trip's readout, not a digest)
#: ("highlights" as the noun of a list, "Highlights of the week", "Weekly highlights:",
#: not the verb of a headline's subject: "Minister highlights the role of ...")
_DIGEST_TITLE = re.compile(r"^highlights\b|\bhighlights(?=\s*(?:[:–—-]|of\b|from\b|$))|"
                           r"\b(?:digest|round-?up|in brief|briefs|weekly|"
                           r"week of(?= (?:the )?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                           r"oct|nov|dec)[a-z]*\.? \d))|week in review|bulletin|newsletter|"
                           r"news summary)\b", re.I)
# (an item's heading stands over a sentence of five words or more: a page's stacked short
# lines, a byline over "Published", "Share" over "Copy Link", head no item)
_HEADING_LINE = re.compile(r"^[ \t]*[^\s.!?][^\n]{2,110}[^.!?:;,\s\"”’)]\n"
                           r"(?=[ \t]*\S+(?:[ \t]+\S+){4})", re.M)


def is_digest(text: str) -> bool:
    """A digest of unrelated items rather than one readout: its title says so
    ("Weekly digest", "the week of 6 to 10 May"), or it has three headed items or
    more, each under a heading line of its own, in a short text."""
    if len(text) > 8000:
        return False
    if _DIGEST_TITLE.search(text.lstrip()[:200].split("\n", 1)[0]):
        return True
    return len(_HEADING_LINE.findall(text)) >= 4


def digest_span(text: str, year: int | None) -> DateSpan | None:
    """The days a digest covers, from its title ("the week of 6 to 10 May 2024")."""
    first = text.lstrip().split("\n", 1)[0]
    for d in find_dates(first):
        r = resolve(d, year)
        start, end = r.iso()
        if start:
            return DateSpan(start, end)
    return DateSpan(f"{year:04d}") if year else None


#: the day the text itself says is today: "received ... today, 24 August 2021",
#: "Today (Tuesday, 3 May), the Minister ...", "today, Monday 5 June"
_TODAY_BEFORE = re.compile(r"\btoday\s*[,(]\s*(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)"
                           r"day\s*,?\s*)?$", re.I)


def single_day(text: str, year: int | None) -> _dt.date | None:
    """The one day a short readout names, when it names exactly one and more
    than once (a day named once may be a past reference: "took office on 12
    January") or names it as today ("today, 24 August 2021": the day its "on
    Tuesday" and its undated events are)."""
    days: list[_dt.date] = []
    today = False
    for d in find_dates(text[:20000]):
        y = d.y1 or year
        if y and d.m1 and d.d1 and not d.has_end:
            try:
                days.append(_dt.date(y, d.m1, d.d1))
            except ValueError:
                continue
            today = today or bool(_TODAY_BEFORE.search(text, max(0, d.start - 30), d.start))
    return days[0] if len(set(days)) == 1 and (len(days) > 1 or today) else None
