"""A session the two sides agreed, decided or undertook to convene, hold, resume or
revive ("agreed to convene the 23rd Meeting of the Peru-Chile Joint Commission in Lima
early next year", "agreed to revive the Joint Commission, which last met in 2019") is
no session held, however many words name it; a session held and told beside such an
agreement still is (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _kinds(text: str) -> list[str]:
    return [r.type for r in extract_text(text, issuer="PER", date="2025-08-28").records]


@pytest.mark.parametrize("text", [
    "The two ministers agreed to convene the 23rd Meeting of the Peru-Chile Joint Commission "
    "in Lima early next year to review all areas of cooperation.",
    "The Vice Minister met the visiting Deputy Foreign Minister of Chile, and the two officials "
    "agreed to revive the Peru-Chile Joint Commission, which last met in 2019.",
    "Both sides decided to hold the next session of the Joint Permanent Commission between "
    "Peru and Ecuador in Quito.",
    "The ministers undertook to resume the work of the Peru-Bolivia Binational Commission on "
    "border development.",
])
def test_a_session_agreed_to_be_held_is_no_commission(text):
    assert "commission" not in _kinds(text)


def test_a_session_held_beside_such_an_agreement_still_is():
    text = ("The Foreign Ministers of Peru and Chile co-chaired the 22nd Meeting of the "
            "Peru-Chile Joint Commission in Lima on Tuesday and agreed to convene the next one "
            "in Santiago in 2026.")
    assert _kinds(text).count("commission") == 1
