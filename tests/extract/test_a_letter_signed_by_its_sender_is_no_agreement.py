"""A letter an envoy carries, told with the head of state who signed it ("presented
his letters of credence, signed by the King"), is no agreement: the presentation is
the meeting, nothing was signed between the two sides (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _types(text: str) -> set[str]:
    return {r.type for r in extract_text(text, issuer="KNA", date="2021-04-22").records}


@pytest.mark.parametrize("text", [
    "On 21 April the Governor-General received the Ambassador of Chile. The envoy then "
    "handed over the Letters of Credence and Recall signed by President Gabriel Boric.",
    "On 21 April the Governor-General received the new Ambassador of Japan, who handed "
    "over her letters of credence, signed by the Emperor.",
    "The Ambassador of Peru presented credentials signed by President Pedro Castillo to "
    "the Governor-General on 20 April.",
    "On 21 April the President received the Ambassador of Italy, who delivered a letter "
    "signed by President Sergio Mattarella.",
])
def test_the_signed_letter_is_no_agreement(text: str) -> None:
    assert _types(text) == {"meeting"}


def test_a_letter_of_intent_signed_still_is_one() -> None:
    assert "agreement" in _types("On 21 April the Foreign Minister and the Ambassador of "
                                 "Chile signed a letter of intent on tourism.")
