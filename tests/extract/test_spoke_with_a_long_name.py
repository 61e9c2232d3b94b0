"""A call told as "spoke with" a counterpart whose full name runs long before the
title ("today spoke with Juan Carlos de la Torre Ruiz, Peru's Minister of Foreign
Affairs", "spoke with Maria Luisa dos Santos Ferreira, Foreign Minister of Angola") is
a call as with a short name; speaking to reporters is none (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[list[str]]:
    return [r.to for r in extract_text(text, issuer="CAN", date="2025-07-09").records
            if r.type == "call"]


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister of Foreign Affairs today spoke with Juan Carlos de la Torre Ruiz, Peru's "
     "Minister of Foreign Affairs.", "PER"),
    ("The Minister spoke with Maria Luisa dos Santos Ferreira, Foreign Minister of Angola, "
     "about the Lobito corridor.", "AGO"),
])
def test_spoke_with_a_long_name_is_a_call(text, partner):
    assert _calls(text) == [[partner]]


def test_speaking_to_reporters_is_no_call():
    text = ("The Minister spoke to reporters in Ottawa after the cabinet meeting about the "
            "Prime Minister of India.")
    assert _calls(text) == []
