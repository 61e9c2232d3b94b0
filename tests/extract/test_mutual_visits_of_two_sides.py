"""Mutual (reciprocal) visits of two sides named after the phrase, with their time:
one visit each way between the two ("the accords made in the course of the
mutual official visits of the President of A and the President of B in 2017"), even where the visits
are named for their outcomes; with no side named, or no time, or still to come, no
such pair (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str) -> list[tuple[str, str, str | None]]:
    recs = extract_text(text, issuer=issuer, date="2023-09-12").records
    return sorted((r.from_[0], r.to[0], r.date.start) for r in recs
                  if r.type == "visit" and r.from_ and r.to)


@pytest.mark.parametrize(("issuer", "text", "want"), [
    ("KAZ", "The sides took stock of how the accords made in the course of the mutual "
            "state visits by the President of Mongolia and the President of Kazakhstan in "
            "2021 are being carried out.", [("KAZ", "MNG", "2021"), ("MNG", "KAZ", "2021")]),
    # a third country's release: neither side is the issuer
    ("ARG", "The ministers recalled the reciprocal visits of the Presidents of Chile and "
            "Peru in 2020.", [("CHL", "PER", "2020"), ("PER", "CHL", "2020")]),
    # the issuer told as "our country", a month of a year
    ("GHA", "The two sides welcomed the results of the mutual visits of the Foreign "
            "Ministers of Senegal and our country in March 2022.",
     [("GHA", "SEN", "2022-03"), ("SEN", "GHA", "2022-03")]),
    # "between", adjectives for the sides
    ("VNM", "Both ministers praised the reciprocal official visits between the Vietnamese "
            "and Thai prime ministers in 2019, which gave new impetus to ties.",
     [("THA", "VNM", "2019"), ("VNM", "THA", "2019")]),
])
def test_one_visit_each_way(issuer: str, text: str,
                            want: list[tuple[str, str, str]]) -> None:
    assert _visits(text, issuer) == want


@pytest.mark.parametrize("text", [
    # no side named: the outcomes of visits in general
    "The sides stressed the importance of implementing the outcomes of mutual visits.",
    # visits still to come
    "The ministers discussed the reciprocal visits by the leaders of Kazakhstan and "
    "Mongolia planned for 2024.",
    # no time told
    "The ministers noted that mutual visits of Kazakh and Mongolian businessmen have "
    "increased.",
])
def test_no_pair_of_visits(text: str) -> None:
    assert _visits(text, "KAZ") == []
