"""A visit told as one leg of a tour that began earlier ("started a visit to A as
one part of a tour begun on 5 June") is dated by its own day (the sentence's, or the
dateline's), not by the tour's first day; a visit whose own clause tells when it
began keeps that day (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str, date: str) -> list[tuple[str, str | None]]:
    recs = extract_text(text, issuer=issuer, date=date).records
    return [(r.to[0], r.date.start) for r in recs if r.type == "visit" and r.to]


@pytest.mark.parametrize(("issuer", "date", "text", "want"), [
    ("CUB", "2018-06-14", "Bridgetown, June 14, 2018.- The Deputy Minister started a working "
                          "visit to Barbados as one part of a regional tour that began last "
                          "June 6th, to five Caribbean states.", ("BRB", "2018-06-14")),
    ("PER", "2023-03-10", "The Foreign Minister on Thursday began a visit to Laos, part of a "
                          "regional tour that started on 2 March.", ("LAO", "2023-03-09")),
    ("GHA", "2024-09-20", "The Minister arrived in Lisbon on Wednesday on the third leg of "
                          "a European trip which began on 14 September.",
     ("PRT", "2024-09-18")),
    ("NZL", "2022-11-05", "On 4 November the Prime Minister paid a visit to Fiji, the last "
                          "stage of her Pacific tour that commenced on 28 October.",
     ("FJI", "2022-11-04")),
])
def test_the_legs_own_day(issuer: str, date: str, text: str,
                          want: tuple[str, str]) -> None:
    assert _visits(text, issuer, date) == [want]


@pytest.mark.parametrize(("text", "want"), [
    # the visit's own clause: the day it began is its day
    ("The Deputy Minister is in Jamaica on a three-day visit that began on 12 June.",
     ("JAM", "2018-06-12")),
    ("The Deputy Minister is on a four-day working visit to Jamaica which started on 11 "
     "June.", ("JAM", "2018-06-11")),
])
def test_the_visits_own_beginning(text: str, want: tuple[str, str]) -> None:
    assert _visits(text, "CUB", "2018-06-14") == [want]
