"""A month written in lower case is read when its day and year stand with it
("JAKARTA, 18 july 2022"), never alone ("may" and "march" are verbs)
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract.text import find_dates


@pytest.mark.parametrize(("text", "ymd"), [
    ("JAKARTA, 18 july 2022 (Agency) - The Minister met the Ambassador of Peru.",
     (2022, 7, 18)),
    ("The talks were held on 3 march 2021 in Lima.", (2021, 3, 3)),
    ("It was signed on the 9th of december, 2019.", (2019, 12, 9)),
    ("Dili, 1 may 2023 - The Minister received the Ambassador.", (2023, 5, 1)),
])
def test_a_lower_case_month_between_its_day_and_year_is_a_date(text, ymd):
    d = find_dates(text)[0]
    assert (d.y1, d.m1, d.d1) == ymd


@pytest.mark.parametrize("text", [
    "The two sides may 2 times a year review the plan.",
    "Veterans march 20 kilometres each spring.",
    "The ministers may meet again in 2025.",
])
def test_a_lower_case_month_word_without_day_and_year_is_no_date(text):
    assert all(d.m1 is None for d in find_dates(text))


def test_a_dateline_with_a_lower_case_month_dates_the_readout(ex):
    text = ("DILI, 18 july 2022 (Agency) - The Minister of Foreign Affairs had a courtesy "
            "meeting with the Ambassador of Peru.")
    assert ex(text, issuer="TLS", date="2022", types=["meeting"]) == [
        ("meeting", ("TLS",), ("PER",), "2022-07-18")]
