"""Messages, letters or congratulations received ("received a large number of messages
from Heads of State", "has received condolence messages from") are no guest received:
no meeting with the partner the text is about; letters of credence received still are
one (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = ("Accra, 12 May 2023\n\nPresident Akufo-Addo held talks with President Ruto of Kenya "
        "on Thursday.\n\n")
TALKS = [("meeting", ("GHA",), ("KEN",), "2023-05-11")]


@pytest.mark.parametrize("text", [
    "The Presidency has also received a large number of messages from Heads of State across "
    "the continent.",
    "The President received messages of congratulations from several leaders.",
    "The Ministry has received condolence messages from Heads of State and Government around "
    "the world.",
    "In addition, the President received congratulatory letters and messages in various "
    "formats from leaders abroad.",
    "The President also receives greetings from the leaders of the region every year.",
])
def test_messages_received_are_no_meeting(ex, text):
    assert ex(HEAD + text, issuer="GHA", date="2023-05-12", types=["meeting"]) == TALKS


def test_letters_of_credence_received_are_a_meeting(ex):
    got = ex("The President received today the letters of credence of the new ambassadors of "
             "Chile and Kenya.", issuer="SRB", date="2024-10-15", types=["meeting"])
    assert [to for _t, _f, to, _d in got] == [("CHL",), ("KEN",)]
