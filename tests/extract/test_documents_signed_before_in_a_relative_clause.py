"""Documents named with a perfect passive in a relative clause ("the accords which
had been signed by the two sides") are documents in force, signed some time before:
no signing of the day; the same clause with this occasion's time ("that have been
signed today") still tells one (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _agreements(text: str) -> list[tuple[str, ...]]:
    recs = extract_text(text, issuer="KEN", date="2021-03-02").records
    return sorted(tuple(sorted(r.from_ + r.to)) for r in recs if r.type == "agreement")


@pytest.mark.parametrize("text", [
    "The Kenyan minister met the Foreign Minister of Uganda in Nairobi on 1 March. They "
    "further agreed to review the accords which had been signed by the two parties.",
    "The Kenyan minister received the Ugandan foreign minister on 1 March. The ministers "
    "noted that the treaties that have been signed by both states remain in force.",
    "On 1 March the two foreign ministers of Kenya and Uganda met in Kampala and decided to "
    "evaluate the treaties that have been concluded by both sides so far.",
    "Both delegations looked at the memoranda which have already been signed between Kenya "
    "and Uganda and asked experts to update them.",
])
def test_documents_signed_before_are_no_signing(text: str) -> None:
    assert _agreements(text) == []


@pytest.mark.parametrize("text", [
    "The ministers praised the memoranda that have been signed today between Kenya and "
    "Uganda.",
    "The ministers of Kenya and Uganda welcomed the accords which had been signed during "
    "the visit on 1 March.",
    "On 1 March Kenya and Uganda signed an agreement on fisheries.",
])
def test_documents_signed_on_the_occasion_still_are(text: str) -> None:
    assert _agreements(text) == [("KEN", "UGA")]
