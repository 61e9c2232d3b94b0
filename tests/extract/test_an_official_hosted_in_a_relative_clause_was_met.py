"""An official named first and then "whom he hosted in Oslo in May" was met by the
subject on that earlier occasion: a meeting dated by the relative clause (sentences of
our own). A forum "which he hosted" is no person met."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str = "ISR"):
    recs = extract_text(text, issuer=issuer, date="2025-08-24").records
    return sorted((tuple(r.to), r.date.start) for r in recs if r.type == "meeting")


@pytest.mark.parametrize("text", [
    "The minister will also meet with Brazil's Finance Minister Ana Costa, whom he hosted "
    "in Jerusalem in May.",
    "Next week the foreign minister sees Interior Minister Paulo Dias of Brazil, whom she "
    "hosted in Israel in May after the floods.",
    "He is also due to talk to the Brazilian Trade Minister, Ana Costa, whom he had hosted "
    "in May in Tel Aviv.",
    "The Brazilian Minister of Health, whom we welcomed in Jerusalem in May, will join the "
    "forum as well.",
])
def test_an_official_hosted_in_a_relative_clause_is_a_past_meeting(text):
    assert (("BRA",), "2025-05") in _meetings(text)


def test_a_forum_he_hosted_is_no_meeting_with_a_person():
    text = ("The minister recalled the water forum, which he hosted in Jerusalem in May "
            "with experts from Brazil.")
    assert _meetings(text) == []
