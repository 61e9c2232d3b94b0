"""Bodies named in a list of the channels cooperation runs through ("through a
joint action plan, a working group and a business council") are not told to have
met; a body that is the subject of its own verb still met (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _commissions(text: str, issuer: str = "BGD") -> list[str | None]:
    recs = extract_text(text, issuer=issuer, date="2022-11-19").records
    return [r.date.start for r in recs if r.type == "commission"]


@pytest.mark.parametrize("text", [
    "He said the accord would give a framework to ties between Bangladesh and Qatar through "
    "a shared plan of action, working group and expert unit, and business forums.",
    "Cooperation between Bangladesh and Oman will run through a joint action plan, a working "
    "group and a joint business council.",
    "Ties between Chile and Peru are managed via an expert group, a steering committee and "
    "regular contacts.",
])
def test_a_channel_listed_is_no_session(text: str) -> None:
    assert _commissions(text, "CHL" if "Chile" in text else "BGD") == []


@pytest.mark.parametrize("text", [
    "Through dialogue and trust, the Joint Commission of Bangladesh and Qatar met in Doha on "
    "4 May.",
    "Via video link and telephone, the Chile-Peru Joint Commission held its fifth session on "
    "4 May.",
])
def test_a_body_that_acts_still_met(text: str) -> None:
    assert _commissions(text, "CHL" if "Chile" in text else "BGD") == ["2022-05-04"]
