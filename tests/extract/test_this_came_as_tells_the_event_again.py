"""A sentence that tells how the event before came about ("This came as the Minister
received A", "This was during the talks") tells that event again: one meeting, not two.
A new partner in it stays a meeting of its own."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_LEAD = ("ABU DHABI, 7 February 2021 (WAM) -- Sheikh Khalid, Minister of Foreign Affairs, "
         "and the Minister for Foreign Affairs of Portugal, Rui Costa, reviewed ways to "
         "develop cooperation between the two countries.\n\n")


def _met(text: str) -> list[str]:
    res = extract_text(text, issuer="ARE")
    return sorted(r.to[0] for r in res.records if r.type == "meeting")


@pytest.mark.parametrize("second", [
    "This came as Sheikh Khalid hosted his Portuguese guest at the ministry on Sunday and "
    "went over regional questions with him.",
    "This came during a meeting between the two ministers held today in Abu Dhabi with "
    "the Portuguese Foreign Minister.",
    "That took place when the Minister received his Portuguese counterpart at the Ministry "
    "today.",
    "It came on the sidelines of the talks the Minister held today with the Foreign "
    "Minister of Portugal.",
])
def test_this_came_as_tells_the_meeting_again(second: str) -> None:
    assert _met(_LEAD + second) == ["PRT"]


def test_a_new_partner_in_it_is_met_besides() -> None:
    second = ("This came as Sheikh Khalid hosted his Portuguese guest on Sunday; he later "
              "received the Ambassador of Chile.")
    assert _met(_LEAD + second) == ["CHL", "PRT"]

