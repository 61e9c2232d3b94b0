"""A news agency credited in parentheses after a dateline's day ("RIYADH,
Sept. 8 (Saba) -", "AMMAN, 3 May 2025 (Petra) --") is the agency, not the
island or the city of that name; the same name elsewhere is still the place
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _partners(text: str) -> list[list[str]]:
    return [r.to for r in extract_text(text, issuer="YEM", date="2025-09-08").records]


@pytest.mark.parametrize("text", [
    "RIYADH, Sept. 8 (Saba) - The Minister of Foreign Affairs met the Ambassador of Japan.",
    "ADEN, 7 September 2025 (Saba) -- The Minister received the Ambassador of Japan.",
    "AMMAN, Sept. 7 (Petra) – The Minister held talks with the Ambassador of Japan.",
])
def test_the_agency_after_the_dateline_is_no_partner(text):
    assert _partners(text) == [["JPN"]]


def test_the_name_elsewhere_is_still_the_place():
    text = "The Minister met the Governor of Saba (Caribbean Netherlands) on 3 May."
    assert _partners(text) == [["BES"]]
