"""An award, a prize or a medal received ("received the Heritage of the Andes Award for
Peruvian music at the Organization of American States", "received an honorary
doctorate from the University of Chile") is a thing given, not a guest received: no
meeting, however long the award's name. An official received whose title names a prize
("the Chairman of the Mexican Prize Committee") is still a guest (sentences of our
own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "While in Washington, Minister Salas received the Heritage of the Andes Award for "
    "Peruvian music at the Organization of American States.",
    "On 4 May the Minister received an honorary doctorate from the University of Chile.",
    "On 4 May the Foreign Minister received the Golden Bridge of Friendship Prize from "
    "the Government of Mongolia.",
    "On 4 May, in Brussels, Minister Salas received the European Leadership in "
    "Diplomacy Medal at the European Parliament.",
    "On 4 May the Minister received a medal from the Mayor of Quito.",
])
def test_an_award_received_is_no_meeting(ex, text):
    assert ex(text, issuer="PER", date="2018-05-24", types=["meeting"]) == []


@pytest.mark.parametrize(("text", "to"), [
    ("On 4 May the Minister received the Chairman of the Mexican Prize Committee.",
     "MEX"),
    ("On 4 May the Minister received the Ambassador of Chile, who was awarded a medal "
     "last year.", "CHL"),
])
def test_an_official_received_is_still_a_guest(ex, text, to):
    assert ex(text, issuer="PER", date="2018-05-24", types=["meeting"]) == [
        ("meeting", ("PER",), (to,), "2018-05-04")]
