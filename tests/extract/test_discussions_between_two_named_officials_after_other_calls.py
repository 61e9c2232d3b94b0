"""A meeting told by its noun with both sides' officials named after "between" ("During
the discussions between Foreign Minister A and Minister for Foreign Affairs Dr B, both
Ministers ...") is a meeting of its own when the text has not named B before: after
the guest's calls on our President and Chancellor, the talks with our Foreign Minister
are one more meeting. "both Ministers" is the two of them together, no one person of
our side. The same talks told again ("between the two Ministers"), or with the official
met before, are the meeting told (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = ("Vienna, 12 March 2025\n\nForeign Minister Ana Ruiz of Peru is in Austria on an "
         "official visit. Foreign Minister Ana Ruiz called on President Karl Moser and "
         "Chancellor Eva Lind earlier today.\n\n")
_THREE = [("meeting", ("AUT",), ("PER",), "2025-03-12")] * 3


def _meetings(text: str) -> list[tuple]:
    return records(_HEAD + text, "AUT", {"meeting"})


@pytest.mark.parametrize("text", [
    "During the discussions between Foreign Minister Ana Ruiz and Minister for Foreign "
    "Affairs Dr Karl Berg, both Ministers stressed the value of trade.",
    "During the talks between Minister for Foreign Affairs Karl Berg and Foreign Minister "
    "Ana Ruiz, both Ministers welcomed the growth of tourism.",
    "At the meeting between Foreign Minister Ana Ruiz and Federal Minister Dr Karl Berg, "
    "both sides agreed to deepen cooperation in mining.",
    "In the discussions between Foreign Minister Ana Ruiz and Minister for Foreign Affairs "
    "Karl Berg, both Ministers welcomed the growth of tourism.",
])
def test_the_discussions_are_one_more_meeting(text: str) -> None:
    assert _meetings(text) == _THREE


@pytest.mark.parametrize("text", [
    "During the discussions between the two Ministers, both stressed the value of trade.",
    "During the discussions between Foreign Minister Ana Ruiz and President Karl Moser, "
    "both stressed the value of trade.",
])
def test_the_discussions_told_again_are_no_new_meeting(text: str) -> None:
    assert _meetings(text) == _THREE[:2]
