"""A day's ordinal ending written in capitals, as datelines often are ("ACCRA, 12TH
March 2024:", "MARCH 5TH, 2024"), still makes a day: the dateline is the document's
day, and a later day in the same sentence dates the event (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract._dates import find_dates


@pytest.mark.parametrize(("text", "day"), [
    ("ACCRA, 12TH March 2024", (2024, 3, 12)),
    ("LUSAKA, MARCH 5TH, 2024", (2024, 3, 5)),
    ("on the 21ST of June 2023", (2023, 6, 21)),
    ("the 2ND OCTOBER 2022", (2022, 10, 2)),
])
def test_a_capital_ordinal_is_a_day(text, day):
    (d,) = find_dates(text)
    assert (d.y1, d.m1, d.d1) == day


@pytest.mark.parametrize("text", [
    "OSLO, 9TH May 2024: The Foreign Minister of Norway received the credentials of the "
    "Ambassador of Chile at a short ceremony held on Wednesday, 8th May 2024 at the Ministry.",
    "OSLO, 9TH MAY 2024 - At a short ceremony on 8 May 2024, the Foreign Minister received "
    "the credentials of the new Ambassador of Chile.",
])
def test_the_events_own_day_after_a_capital_dateline(ex, text):
    got = ex(text, issuer="NOR", date="2024", types=["meeting"])
    assert got == [("meeting", ("NOR",), ("CHL",), "2024-05-08")]


def test_a_capital_th_that_is_no_day():
    # a number with its ending before a word that is no month is no date
    assert find_dates("the 5TH SESSION of the committee in 2024")[0].d1 is None


@pytest.mark.parametrize(("text", "day"), [
    ("on 14TH OF MAR 2023", (2023, 3, 14)),
    ("on 14TH of Mar. 2023", (2023, 3, 14)),
    ("on the 3rd of Sept. 2021", (2021, 9, 3)),
    ("on 9 Nov. 2020", (2020, 11, 9)),
])
def test_an_of_in_capitals_or_a_months_stop_before_the_year(text, day):
    (d,) = find_dates(text)
    assert (d.y1, d.m1, d.d1) == day


def test_a_capital_of_before_no_month_is_no_day():
    assert find_dates("the 5TH OF MAYORS in 2024")[0].d1 is None
