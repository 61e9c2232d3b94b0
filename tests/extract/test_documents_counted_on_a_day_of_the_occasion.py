"""Documents counted as signed or exchanged on a day of the occasion just told ("On
9 May, after the official talks, 18 agreements were signed"; "After the talks on
26 May, the two sides exchanged 14 cooperation documents") are an agreement with the
occasion's partner on that day, in a year's review too; a count of the period stays a
figure (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_REVIEW = "Review of the year 2024\n\nIn the year under review the Ministry was active.\n\n"
_VISIT = "The President of Brazil paid a state visit to Mauritius from 8 to 10 May. "


def _agreements(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(r.to), r.date.start)
            for r in extract_text(_REVIEW + text, issuer="MUS", date="2024").records
            if r.type == "agreement"]


@pytest.mark.parametrize("sentence", [
    "On 9 May, after the official talks, 18 agreements were signed, among them on ports.",
    "On 9 May, twelve memoranda of understanding were signed in the presence of the two "
    "Presidents.",
    "After the talks between the two Presidents on 9 May, the two sides exchanged 14 "
    "cooperation documents in the fields of energy and health.",
    "On 9 May the two delegations exchanged six instruments of cooperation.",
])
def test_documents_counted_on_a_day_of_the_occasion_are_an_agreement(sentence):
    assert _agreements(_VISIT + sentence) == [(("BRA",), "2024-05-09")]


@pytest.mark.parametrize("sentence", [
    "In total, 18 agreements were signed with partners in Latin America in 2024.",
    "By 31 December, 40 agreements had been signed with African partners.",
    "In 2024, 18 agreements were signed, among them on ports.",
])
def test_a_count_of_the_period_is_no_agreement(sentence):
    assert _agreements(_VISIT + sentence) == []
