"""A farewell to a departing envoy whose title is written in lower case ("bade farewell
to the retiring ambassador of Guinea", "said goodbye to the departing high
commissioner of Ghana") is a meeting with the envoy's country, as with the title
capitalised (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str) -> list[tuple[str, ...]]:
    recs = extract_text(text, issuer=issuer, date="2021-05-14").records
    return [tuple(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("issuer", "text", "partner"), [
    ("ETH", "On Thursday Foreign Minister Abebe Tadesse bade farewell to the departing "
            "ambassador of the Republic of the Gambia, Lamin Ceesay, whose tour of duty "
            "is over.", "GMB"),
    ("KEN", "The Cabinet Secretary bid farewell to the departing ambassador of Norway on "
            "Wednesday.", "NOR"),
    ("PHL", "On Monday the Secretary said goodbye to the retiring high commissioner of "
            "Malaysia, who served in Manila for four years.", "MYS"),
    # the name first, the title after it
    ("ARG", "The Minister bade a warm farewell to Ms Eva Lind, the outgoing envoy of Sweden "
            "to Argentina.", "SWE"),
    ("GHA", "Bidding farewell to the outgoing consul-general of Japan, the Minister praised "
            "his work.", "JPN"),
])
def test_farewell_to_an_envoy(issuer: str, text: str, partner: str) -> None:
    assert _meetings(text, issuer) == [(partner,)]


@pytest.mark.parametrize("text", [
    "The Minister bade farewell to the ambassadors programme of the ministry on Monday.",
    "The people of Chile bade farewell to the old year with fireworks.",
    "The outgoing ambassador of Chile bade farewell to the staff of the embassy.",
])
def test_no_farewell_meeting(text: str) -> None:
    assert _meetings(text, "ETH") == []
