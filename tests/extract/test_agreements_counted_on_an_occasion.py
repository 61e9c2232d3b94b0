"""Documents counted as signed on an occasion just told ("..., in the course of which
ten instruments of cooperation were exchanged"; "... paid a state visit on 25 and 26
June. Four agreements were signed in the fields of ...") are an agreement with the
occasion's partner, in its time, in a review too; a count of the period is a figure
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_REVIEW = "Review of the year 2024\n\nIn the year under review the Ministry was active.\n\n"


def _agreements(text: str, date: str = "2024") -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(r.to), r.date.start)
            for r in extract_text(text, issuer="MUS", date=date).records
            if r.type == "agreement"]


@pytest.mark.parametrize("text", [
    "The President of Kenya paid an official visit to Mauritius on 10 and 11 February, in "
    "the course of which ten instruments of cooperation were exchanged.",
    "The President of Kenya paid a state visit to Mauritius on 10 and 11 February, during "
    "which three memoranda of understanding were signed.",
    "The President of Kenya paid a state visit to Mauritius on 10 and 11 February. Four "
    "agreements were signed in the fields of fisheries, health and culture.",
    "On 10 and 11 February the President of Kenya was on a state visit to Mauritius. Six "
    "cooperation instruments were also exchanged.",
])
@pytest.mark.parametrize("review", [True, False])
def test_documents_counted_on_the_occasion_are_an_agreement(text, review):
    got = _agreements(_REVIEW + text if review else text, "2024" if review else "2024-02-12")
    assert got == [(("KEN",), "2024-02-10")]


@pytest.mark.parametrize("text", [
    # a count of the period
    "The President of Kenya paid a state visit to Mauritius on 10 and 11 February. In "
    "total, 14 agreements were signed during the year.",
    "The President of Kenya paid a state visit to Mauritius in February.\n\nTwelve "
    "agreements were signed with African partners.",
    # documents under negotiation
    "The President of Kenya paid a state visit to Mauritius in February. Several agreements "
    "are under negotiation.",
])
def test_a_count_of_the_period_is_no_agreement_of_the_occasion(text):
    assert _agreements(_REVIEW + text) == []


_SESSION = ("The 5th session of the Mauritius-Kenya Joint Commission was held from 10 to 12 "
            "March in Port Louis. The ministerial segment, on 12 March, was co-chaired by the "
            "two Ministers.\n\n")


@pytest.mark.parametrize("text", [
    "At the end of the work, eight cooperation instruments were signed in the fields of "
    "health and trade.",
    "At the close of the session, three agreements were signed.",
    "At the conclusion of the proceedings, six memoranda of understanding were exchanged.",
])
def test_documents_signed_at_the_end_of_a_session_on_its_last_day(text):
    assert _agreements(_SESSION + text, "2024-03-13") == [(("KEN",), "2024-03-12")]
