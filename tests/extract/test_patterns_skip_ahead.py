"""Faster forms of patterns that must find what the plain forms find: date
patterns tried only where a match may start (``_dates._AtStarts``), a pattern
searched lowered on short strings (``_fold.Lowered``), the clause cuts without
the count of days, and the month count with its word test after each capital."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from communique.extract import _context, _dates, _frame_parts, _hedges
from communique.extract._fold import Lowered

# written for these tests: the shapes each pattern reads, near misses, and the
# letters re.I and str.lower treat differently (dotted and dotless i, long s)
TEXTS = [
    "Review\nJanuary: a visit to Greece.\n- May – talks; as early as June, throughout July; "
    "May we say: May: no.",
    "The Minister visited Greece (May) and Italy in May and June, and Spain in April, "
    "May and June 2023.",
    "Today the two sides met; last week, on Monday, and this past Tuesday too.",
    "TODAY's meeting; xMonday; on   Tuesday, Mr A; Good Friday Agreement; every Monday.",
    "İt was today, ſunday, LAST WEEK, earlier this month and later this year.",
    "September brought the visit; May saw talks; (June) and (JUNE); Mayday; Marchers.",
    "The President will travel to Brazil to attend the summit tomorrow.",
    "The preparations for the visit of the Minister; the upcoming session of the Council",
    "He has traditionally met them; the plan calls for a visit, and the talks, a day "
    "after the envoys met; two weeks before the summit; and that of Kenya.",
    "In January, February and March the Ministry named April, May, June and July.",
    "ſince May, İn June, ıN July, mid-May, MID-June, xin May, in the month of May; "
    "sİnce May, mıd-June, ON May, oF June, dURING July, fROM May, uNTIL June, bY July, "
    "EARLY May, lATE June, LAST May, tHIS June, nEXT July, Of the month of May; "
    "on Sunday (18/01), 1.2.2023, 2023-01-02, 3/3/2023 and 12.1.20234.",
    "tHE day before yesterday, tOnight, yESTERDAY, lAter this week, eARLIER this year, "
    "oN Monday, THIS PAST Thursday, xLast week, Tuesday Wednesday; a year ago, One Year Ago, "
    "A YEAR AGO, ayear ago, a  year ago.",
    "",
]


def _demo() -> list[str]:
    corpus = resources.files("communique.demo").joinpath("corpus")
    return [f.read_text(encoding="utf-8") for f in corpus.iterdir()  # type: ignore[attr-defined]
            if f.name.endswith(".txt")]


def _spans(texts: list[str]) -> list[tuple[str, int, int]]:
    out = []
    for t in texts:
        n = len(t)
        for pos, end in ((0, n), (1, n), (7, max(7, n - 3)), (n // 2, n), (0, n // 2)):
            if pos <= end:
                out.append((t, pos, end))
    return out


AT_STARTS = [(kind, rx) for kind, rx in _dates._PATTERNS if isinstance(rx, _dates._AtStarts)]


@pytest.mark.parametrize("kind,rx", AT_STARTS, ids=[f"{k}-{i}" for i, (k, _) in
                                                    enumerate(AT_STARTS)])
def test_date_patterns_tried_at_their_starts_find_the_same(kind: str,
                                                           rx: _dates._AtStarts) -> None:
    for t, pos, end in _spans(TEXTS + _demo()):
        plain = [(m.span(), m.groupdict()) for m in rx.rx.finditer(t, pos, end)]
        assert [(m.span(), m.groupdict()) for m in rx.finditer(t, pos, end)] == plain, \
            (kind, t[pos:end][:80])


def test_some_date_patterns_are_tried_at_their_starts() -> None:
    # "in May", "in May and June", "Greece (May)", "Ukraine (twice: May and September)",
    # "Vietnam (April, Hanoi)", a review line's "January:", a list line's closing ",
    # May", "a January visit", numeric, relative, a day alone ("on the 28th")
    assert len(AT_STARTS) == 11


def test_planned_searched_lowered_answers_as_the_pattern() -> None:
    planned = _hedges._PLANNED
    assert isinstance(planned, Lowered) and planned._low is not None
    for t in TEXTS + _demo():
        # the few words before each word, as _frames._planned reads them
        for m in re.finditer(r"\b\w", t):
            before = t[max(0, m.start() - 60):m.start()]
            assert planned.found(before) == bool(planned.rx.search(before)), before


def test_clause_cuts_without_a_day_or_week_are_the_same() -> None:
    for t, pos, end in _spans(TEXTS + _demo()):
        low = t[pos:end].lower()
        if "day" in low or "week" in low:
            continue
        assert [m.span() for m in _frame_parts._CLAUSE_UNMEASURED.finditer(t, pos, end)] \
            == [m.span() for m in _frame_parts._CLAUSE.finditer(t, pos, end)]


def test_month_names_counted_as_with_a_word_boundary() -> None:
    plain = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                       r"October|November|December)\b")
    for t in TEXTS + _demo() + ["xMay", "_May", "1May", "é May", "éJune", "May", "MayJune"]:
        assert _context._MONTH_NAME.findall(t) == plain.findall(t)


def test_review_frame_tried_at_sentence_openings_finds_the_same() -> None:
    from communique.extract import _review_frame

    texts = TEXTS + _demo() + [
        "The year 2022 has been a year of firsts. 2024 was a year of change.\n"
        "In 2023, we met.  In 2021, the Ministry!\n\nOver 2019 , x..During 2020, Cuba",
        "xIn 2023, we; .In 2023, we ?\nThe year 2021 was", "",
    ]
    for t in texts:
        for rx in (_review_frame._YEAR_SUBJECT, _review_frame._YEAR_SCENE):
            assert [(m.span(), m.groups()) for m in _review_frame._sentence_openings(rx, t)] \
                == [(m.span(), m.groups()) for m in rx.finditer(t)], t[:80]


def test_review_frame_gates_hold_in_every_match() -> None:
    # a lead without "year" is not tried for _YEAR_SUBJECT, one without a year
    # and a comma not for _YEAR_SCENE (framed_year): each match holds them
    from communique.extract import _review_frame

    texts = TEXTS + _demo() + [
        "The year 2022 has been a year of firsts. 2024 was a year of change.\n"
        "In 2023, we met.  In 2021 , the Ministry!\n\nOver 2019 , x..During 2020, Cuba",
        "In the course of 2023,\tthe; Throughout the year 2024,  we",
    ]
    found = 0
    for t in texts:
        for m in _review_frame._YEAR_SUBJECT.finditer(t):
            assert "year" in m.group()
            found += 1
        for m in _review_frame._YEAR_SCENE.finditer(t):
            assert _review_frame._YEAR_COMMA.search(m.group())
            found += 1
    assert found >= 6
