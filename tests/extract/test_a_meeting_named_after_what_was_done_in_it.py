"""A meeting told by what was done in it, its partner named before: "conveyed the Emir's
greetings to the King of Jordan during their meeting"; an envoy seen off ("bid farewell
to the outgoing Ambassador of Italy"); a message handed in person to a foreign official
("delivered a letter from the Prime Minister to the President of Ghana"). Not: "During
the meeting, ..." opening a sentence after the meeting was told, a guest's message told
in a relative clause after the reception, a message to a people or a conference."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[str]:
    res = extract_text(text, issuer="QAT", date="2024-05-14")
    return sorted(c for r in res.records if r.type == "meeting" for c in r.to)


@pytest.mark.parametrize(("text", "met"), [
    ("The Foreign Minister conveyed the greetings of the Emir to the King of Jordan during "
     "their meeting in Amman.", ["JOR"]),
    ("The Minister discussed trade with the King of Jordan during a meeting in Amman.",
     ["JOR"]),
    ("The Minister briefed the President of Ghana on the situation during their meeting on "
     "Monday.", ["GHA"]),
    ("The Minister thanked the Foreign Minister of Kenya for his support during their talks "
     "in Nairobi.", ["KEN"]),
    ("The Minister stressed to his Kenyan counterpart during their meeting the need for "
     "peace.", ["KEN"]),
])
def test_a_meeting_named_after_the_deed_with_the_partner_before(text: str, met: list[str]) -> None:
    assert _met(text) == met


@pytest.mark.parametrize(("text", "met"), [
    ("The Minister bid farewell to the outgoing Ambassador of Italy.", ["ITA"]),
    ("The Minister bade farewell to the Ambassador of Japan, whose term has ended.", ["JPN"]),
    ("The Deputy Minister said goodbye to the departing High Commissioner of Ghana.",
     ["GHA"]),
    ("The Deputy Minister handed over a message from the Emir to the President of Ghana.",
     ["GHA"]),
    ("The Special Envoy delivered a letter from the Prime Minister to the President of "
     "Senegal in Dakar.", ["SEN"]),
    ("The Envoy delivered a written message from the Emir to the Kenyan President.",
     ["KEN"]),
])
def test_an_envoy_seen_off_or_a_message_handed_is_a_meeting(text: str, met: list[str]) -> None:
    assert _met(text) == met


@pytest.mark.parametrize(("text", "met"), [
    ("The Minister met the King of Jordan in Amman on Monday. During the meeting, the "
     "Minister conveyed the greetings of the Emir.", ["JOR"]),
    ("The Minister received the Ambassador of Ghana, who delivered a message from the "
     "President of Ghana to the Emir.", ["GHA"]),
    ("The Minister conveyed a message to the people of Ghana on their national day.", []),
    ("The Minister conveyed an invitation from the Emir to the King of Jordan to visit "
     "Doha.", []),
    ("The Minister bid farewell to the soldiers who fell in the line of duty.", []),
    ("During the meeting of the Council of Ministers, the Minister reported on the visit.",
     []),
])
def test_no_second_meeting_and_no_meeting_with_a_people(text: str, met: list[str]) -> None:
    assert _met(text) == met
