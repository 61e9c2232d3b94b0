"""A weekly text ("This week at the Ministry", "the week in review") with no dateline
and no day of its own, naming full days of one month only (a coming day told in the
present, an item's day): its undated items and its weekdays take that month, not only
the year (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records

_CASES = [
    ("This week at the Ministry\n\nA look at what the Ministry did this week.\n\n"
     "On Tuesday the Minister met the Foreign Minister of Chile in Lima.\n\n"
     "The Deputy Minister visited Kenya this week.\n\n"
     "General elections in Peru take place on Sunday 14 March, and our embassy will "
     "observe them.\n\nOur ambassador wrote about trade in her blog.",
     "GBR", "2010", {("meeting", "GBR", "CHL"), ("visit", "GBR", "KEN")}, "2010-03"),
    ("The week in review\n\nNotes from the Foreign Office this week.\n\n"
     "On Monday State Secretary Weber travelled to Norway.\n\n"
     "The Minister held a phone call with his Ghanaian counterpart on Wednesday.\n\n"
     "The Minister will address the human rights conference on 28 June in Geneva, "
     "where she will also see the High Commissioner.\n\nThe embassy opened an exhibition.",
     "DEU", "2019", {("visit", "DEU", "NOR"), ("call", "DEU", "GHA")}, "2019-06"),
    ("This week in foreign affairs\n\nThis week the Secretary of State went to Brazil "
     "and held talks with President Rivera.\n\nOn Thursday the Minister received "
     "the Ambassador of Japan.\n\nThe summit of the region opens on Monday 9 October "
     "in Quito.\n\nThe ministry published its travel advice for the season.",
     "ESP", "2023", {("visit", "ESP", "BRA"), ("meeting", "ESP", "BRA"),
                     ("meeting", "ESP", "JPN")}, "2023-10"),
    ("Our week\n\nAn overview of our diplomacy this week.\n\nOn Wednesday, 12 April, "
     "the Minister opened the new consulate in Hamburg.\n\nThe Minister visited Latvia "
     "on Friday and met his Latvian counterpart.\n\nThe embassy in Seoul hosted a "
     "concert.",
     "EST", "2022", {("visit", "EST", "LVA"), ("meeting", "EST", "LVA")}, "2022-04"),
]


#: paragraphs with no event and no day, so that the days named stand in the middle of
#: the text (not where a dateline is looked for)
_LEAD = ("The team of the ministry worked on many files, from trade to culture, and the "
         "press office answered questions from the public about travel and consular help. "
         "Our diplomats also spoke to students about careers in the foreign service, and "
         "the library opened its archive to researchers for a day of study.\n\n")
_TAIL = ("\n\nThe consular section reminded travellers to register before going abroad, "
         "and the press office published a new guide to its services for journalists.")


@pytest.mark.parametrize(("text", "issuer", "year", "expected", "month"), _CASES)
def test_items_take_the_month(text: str, issuer: str, year: str,
                              expected: set[tuple[str, str, str]], month: str) -> None:
    head, _, body = text.partition("\n\n")
    got = records(f"{head}\n\n{_LEAD}{body}{_TAIL}", issuer, CORE, date=year)
    assert {(r[0], r[1][0], r[2][0]) for r in got} >= expected
    for r in got:
        if (r[0], r[1][0], r[2][0]) in expected:
            assert r[3] and r[3].startswith(month), r


def test_days_of_two_months_keep_the_year() -> None:
    text = ("This week at the Ministry\n\n" + _LEAD + "On Tuesday the Minister met the "
            "Foreign Minister of Chile.\n\nThe Minister recalled the accord signed on 3 "
            "February. The next council meets on 20 March." + _TAIL)
    got = records(text, "GBR", CORE, date="2010")
    assert [r[3] for r in got if r[2] == ("CHL",)] == ["2010"]


def test_a_readout_that_is_not_weekly_is_unchanged() -> None:
    text = (_LEAD + "The Minister met the Foreign Minister of Chile on Tuesday. They "
            "discussed the elections that take place on Sunday 14 March." + _TAIL)
    got = records(text, "GBR", CORE, date="2010")
    assert [r[3] for r in got if r[2] == ("CHL",)] == ["2010"]
