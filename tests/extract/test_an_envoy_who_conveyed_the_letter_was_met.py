"""An envoy as the subject who handed over, delivered or conveyed a letter or message
("The Ambassador of A to B, C, conveyed the letter", "the A Ambassador delivered to the
Minister a message from the King") met the one it was brought to: a meeting with the
envoy's country (it gave nothing when the recipient was not a foreign official named
with a country, or the verb was "conveyed"). Told after "received a message from his A
counterpart", it is that one meeting. A guest received "who delivered" a message is the
reception's one meeting; a lecture or a letter still to come is none (sentences of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _meetings(text: str, issuer: str, date: str = "2021") -> list[tuple]:
    return records(text, issuer, {"meeting"}, date=date)


@pytest.mark.parametrize("text, issuer, expected", [
    ("On 14 March, the Ambassador of Oman, Sheikh Ahmed Al-Harthi, handed over to the "
     "Minister a letter from the Sultan.", "JOR", [("meeting", ("JOR",), ("OMN",), "2021-03-14")]),
    ("On 14 March, the Ambassador of Oman delivered a letter from the Sultan to the Prime "
     "Minister.", "JOR", [("meeting", ("JOR",), ("OMN",), "2021-03-14")]),
    ("On 2 June the Peruvian Ambassador to Ghana, Ms Ana Torres, conveyed a written message "
     "from the President of Peru.", "GHA", [("meeting", ("GHA",), ("PER",), "2021-06-02")]),
    ("On 2 June, our Ambassador to Oman delivered a letter from the King to the Sultan.",
     "JOR", [("meeting", ("JOR",), ("OMN",), "2021-06-02")]),
    ("The High Commissioner of Canada conveyed the letter of the Prime Minister on 8 July.",
     "KEN", [("meeting", ("KEN",), ("CAN",), "2021-07-08")]),
])
def test_the_envoy_who_brought_the_letter_was_met(text: str, issuer: str,
                                                  expected: list) -> None:
    assert _meetings(text, issuer) == expected


def test_after_the_message_received_it_is_one_meeting() -> None:
    text = ("Foreign Minister Ayman Safadi received a written message from his Omani "
            "counterpart on 14 March. The Omani Ambassador in Amman delivered the letter.")
    assert _meetings(text, "JOR") == [("meeting", ("JOR",), ("OMN",), "2021-03-14")]


@pytest.mark.parametrize("text, issuer, n", [
    ("On 14 March, the Ambassador of Oman delivered a lecture at the University of Jordan.",
     "JOR", 0),
    ("The Ambassador of Oman will deliver the letter next week.", "JOR", 0),
    ("On 14 March, the Secretary of State received the Ambassador of Oman, who delivered a "
     "message from the Sultan to the King.", "JOR", 1),
])
def test_near_misses(text: str, issuer: str, n: int) -> None:
    assert len(_meetings(text, issuer)) == n
