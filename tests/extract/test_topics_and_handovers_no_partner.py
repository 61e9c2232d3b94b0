"""A country that is the subject of a session ("the Security Council debate on
Sudan") is no partner of a meeting told beside it, and a chairmanship received from
a country is no meeting with it (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return sorted((tuple(r.to), tuple(r.organizations))
                  for r in extract_text(text, issuer="SRB", date="2024-09-26").records
                  if r.type == "meeting")


@pytest.mark.parametrize(("text", "want"), [
    ("Yesterday the Minister attended the session of the Security Council on Ukraine and "
     "met with the UN Secretary-General.", [((), ("UN",))]),
    ("On Tuesday the Minister spoke at the Security Council debate on Sudan and met the "
     "Foreign Minister of Kenya.", [(("KEN",), ())]),
    ("After the open debate on the situation in Yemen, the Minister met her Omani "
     "counterpart.", [(("OMN",), ())]),
    ("The Minister took part in the conference on Syria in Brussels, where he met the "
     "Foreign Minister of Jordan.", [(("JOR",), ())]),
])
def test_the_subject_of_a_session_is_no_partner(text, want):
    assert _meetings(text) == want


@pytest.mark.parametrize("text", [
    "At the summit in Vientiane in October, Serbia received the chairmanship of the forum "
    "for 2025 from Laos.",
    "Serbia received the rotating presidency of the initiative from Slovenia in June.",
    "The Prime Minister received the gavel from the Prime Minister of Albania.",
])
def test_a_chairmanship_received_is_no_meeting(text):
    assert _meetings(text) == []


@pytest.mark.parametrize(("text", "want"), [
    # the partner still met, wherever a session is named
    ("The Minister met the Foreign Minister of Ukraine on the margins of the session.",
     [(("UKR",), ())]),
    ("The President received the Prime Minister of Laos, who briefed him on the summit.",
     [(("LAO",), ())]),
])
def test_partners_met_beside_a_session_still_count(text, want):
    assert _meetings(text) == want
