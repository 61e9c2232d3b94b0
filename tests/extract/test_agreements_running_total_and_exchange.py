"""A running total of documents with its cue before the verb ("has so far signed 14
agreements with", "To date, A and B have signed 14 agreements", "Over the years, A and
B have concluded 14 agreements", "The legal framework comprises 14 agreements signed
between A and B") is a counted fact, not a signing; an exchange of documents told as a
noun ("witnessed the exchange of an MoU on research", "followed by the exchange of two
memoranda") is a signing (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _types(text: str) -> list[tuple[str, list[str]]]:
    recs = extract_text(text, issuer="IND", date="2023").records
    return [(r.type, sorted(r.to)) for r in recs if not r.optional]


@pytest.mark.parametrize("text", [
    "New Delhi, 3 March 2023. India has so far signed 14 agreements with Bangladesh in the "
    "field of energy.",
    "New Delhi, 3 March 2023. To date, India and Bangladesh have signed 14 agreements on "
    "energy.",
    "New Delhi, 3 March 2023. Over the past two decades, India and Nepal have concluded "
    "nine treaties.",
    "New Delhi, 3 March 2023. The legal framework of relations comprises 14 agreements "
    "signed between India and Bangladesh.",
    "New Delhi, 3 March 2023. Thus far India and Egypt have signed six memoranda on trade.",
])
def test_a_running_total_is_no_signing(text: str) -> None:
    types = [t for t, _ in _types(text)]
    assert "agreement" not in types and "figure" in types


@pytest.mark.parametrize(("text", "partner"), [
    ("New Delhi, 3 March 2023. The External Affairs Minister and the Foreign Minister of "
     "Uruguay witnessed the exchange of an MoU on agricultural research.", "URY"),
    ("New Delhi, 3 March 2023. The talks with the Foreign Minister of Peru were followed "
     "by the exchange of two memoranda on tourism and culture.", "PER"),
    ("New Delhi, 3 March 2023. The ceremony saw the exchange of the signed agreements "
     "between India and Chile.", "CHL"),
    ("New Delhi, 3 March 2023. On 2 March the two foreign ministers presided over the "
     "exchange of three MoUs between India and Kenya.", "KEN"),
    ("New Delhi, 3 March 2023. India and Chile signed two agreements on 2 March; so far, "
     "that is the fastest of our negotiations.", "CHL"),
])
def test_a_signing_told_by_its_exchange(text: str, partner: str) -> None:
    assert ("agreement", [partner]) in _types(text)


def test_an_exchange_of_experience_is_no_signing() -> None:
    text = ("New Delhi, 3 March 2023. The ministers of India and Chile discussed the "
            "exchange of experience on trade agreements.")
    assert "agreement" not in [t for t, _ in _types(text)]
