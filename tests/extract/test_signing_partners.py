"""A readout's signing that names no partner is with the side the readout is
about; a review's counted signings stay a figure (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

LEAD = "Minister Ana Ruiz held talks in Dakar with her Senegalese counterpart on 5 May. "


@pytest.mark.parametrize("text", [
    "The two delegations then signed a memorandum of understanding on fisheries.",
    "A memorandum of understanding on fisheries was also signed.",
    "Both sides signed an agreement on seasonal employment.",
    "Following the talks, the ministers signed a joint declaration on migration.",
])
def test_a_signing_without_a_partner_is_with_the_side_of_the_readout(text):
    recs = [r for r in extract_text(LEAD + text, issuer="ESP", date="2025-05-06").records
            if r.type == "agreement"]
    assert [(r.to, r.date.start) for r in recs] == [(["SEN"], "2025-05-05")]


def test_a_counted_signing_of_our_country_is_no_agreement_with_the_last_partner():
    text = ("2024 in review\n\nIn March the Minister visited Morocco. "
            "Our country signed 12 agreements with foreign partners in the course of the year.")
    recs = extract_text(text, issuer="ESP", date="2024").records
    assert [r.to for r in recs if r.type == "agreement"] == []
