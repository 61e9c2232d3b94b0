"""A sentence that sums up a past year's events in the plural ("Last year I paid
official visits to countries on every continent") sets that year as the time of the
events the paragraph's next sentences tell one by one ("In Asia, I visited Laos,
Nepal and Bhutan"), not the year the text was written (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, date: str) -> list[tuple]:
    recs = extract_text(text, issuer="ESP", date=date).records
    return sorted((tuple(r.from_), tuple(r.to), r.date.start) for r in recs
                  if r.type == "visit")


@pytest.mark.parametrize(("text", "date", "hosts", "year"), [
    ("Dear guests, good evening. I am glad to say that last year I made official "
     "trips to countries on every continent. In Asia, I visited Laos, Nepal and Bhutan.",
     "2019", ["BTN", "LAO", "NPL"], "2018"),
    ("The past year brought our Minister many meetings abroad. In South America she "
     "travelled to Chile and Peru.", "2021-01-12", ["CHL", "PER"], "2020"),
    ("In 2017, the Foreign Minister made numerous trips abroad. In Europe he went to "
     "Austria and Hungary.", "2019", ["AUT", "HUN"], "2017"),
    ("The previous year saw many visits at the highest level. The President visited "
     "Kenya and Ghana.", "2020", ["GHA", "KEN"], "2019"),
])
def test_the_events_told_next_take_the_year_summed_up(
        text: str, date: str, hosts: list[str], year: str) -> None:
    assert _visits(text, date) == [(("ESP",), (h,), year) for h in hosts]


def test_a_year_that_only_dates_a_fact_sets_nothing() -> None:
    assert _visits("Trade with the region grew by five per cent last year. The Minister "
                   "visited Chile.", "2019-03-04") == [(("ESP",), ("CHL",), "2019-03-04")]


def test_a_year_compared_with_sets_nothing() -> None:
    assert _visits("The Minister made more trips than last year. The Minister visited "
                   "Chile.", "2019-03-04") == [(("ESP",), ("CHL",), "2019-03-04")]


def test_the_next_paragraph_goes_back_to_the_texts_date() -> None:
    assert _visits("Last year the Minister made many trips abroad.\n\nThe Minister "
                   "visited Chile.", "2019-03-04") == [(("ESP",), ("CHL",), "2019-03-04")]


@pytest.mark.parametrize(("text", "year"), [
    ("So the year of 2022 proved a time of busy foreign relations. Chile "
     "hosted the visit of the President of Peru.", "2022"),
    ("2022 has been a busy year for our diplomacy. Chile hosted the visit of the "
     "President of Peru.", "2022"),
])
def test_a_year_made_the_subject_dates_what_follows(text: str, year: str) -> None:
    recs = extract_text(text, issuer="CHL", date="2023-01-30").records
    assert sorted((tuple(r.from_), tuple(r.to), r.date.start) for r in recs
                  if r.type == "visit") == [(("PER",), ("CHL",), year)]


def test_a_year_of_a_fact_is_no_subject_of_the_texts_diplomacy() -> None:
    recs = extract_text("2019 was the year the treaty entered into force. Chile hosted "
                        "the visit of the President of Peru.", issuer="CHL",
                        date="2023-01-30").records
    assert [(tuple(r.from_), r.date.start) for r in recs if r.type == "visit"] == [
        (("PER",), "2023-01-30")]
