""""The visiting Tajik minister", "the visiting Chilean foreign minister": an
office in lower case after a nationality is the guest, on a visit to the host;
no visit of the host to the guest's country (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _brief(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text(text, issuer="KWT", date="2025-10-14").records
    return sorted((r.type, tuple(r.from_), tuple(r.to)) for r in recs)


@pytest.mark.parametrize(("text", "guest"), [
    ("The Crown Prince received at the palace the visiting Tajik minister, who conveyed "
     "greetings from his President.", "TJK"),
    ("Yesterday the President received the visiting Chilean foreign minister.", "CHL"),
    ("The Prime Minister met the visiting Kenyan officials at his office.", "KEN"),
    ("At his office the Minister held talks with the visiting Peruvian deputy minister.", "PER"),
])
def test_the_visiting_guest_in_lower_case(text: str, guest: str) -> None:
    assert _brief(text) == [("meeting", ("KWT",), (guest,)), ("visit", (guest,), ("KWT",))]


@pytest.mark.parametrize(("text", "brief"), [
    ("The Minister is visiting Kenya this week.", [("visit", ("KWT",), ("KEN",))]),
    ("The President said the visiting season for tourists opens in May.", []),
])
def test_visiting_a_country_stays_a_visit(text, brief) -> None:
    assert _brief(text) == brief
