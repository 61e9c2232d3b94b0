"""A headline whose verb is "highlights" ("Rubio highlights Uruguay's role in regional
forums") is one story's title, not a digest's ("Highlights of the week"): its dated line
is no new item, and the partner its body names is the one met (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract._context import is_digest

from .probe_support import CORE, records

_BODY = "US Secretary of State Marco Rubio praised the voice of Uruguay at the OAS.\n\n"


@pytest.mark.parametrize(("title", "day", "last"), [
    ("Rubio highlights Uruguay's role in regional forums", "Thursday, 13 March 2025",
     "The top diplomat made the remarks after a meeting with his Uruguayan counterpart, "
     "Foreign Minister Mario Lubetkin."),
    ("Secretary Rubio Highlights Uruguay's Role in the Hemisphere", "13 March 2025",
     "He spoke after a meeting in Washington with his Uruguayan counterpart, Mario "
     "Lubetkin."),
    ("US envoy highlights strong trade ties with Uruguay", "March 13, 2025",
     "The Secretary said so after talks with his Uruguayan counterpart in Washington."),
    ("The US highlights Uruguay as a democratic partner", "Thursday, March 13, 2025",
     "He made those remarks following a meeting with his Uruguayan counterpart, Foreign "
     "Minister Mario Lubetkin."),
])
def test_a_story_whose_headline_highlights(title, day, last):
    text = f"{title}\n\n{day}\n\n{_BODY}{last}\n"
    assert not is_digest(text)
    assert records(text, "URY", CORE) == [("meeting", ("URY",), ("USA",), "2025-03-13")]


@pytest.mark.parametrize("title", ["Highlights of the week", "Weekly highlights: March",
                                   "Ministry highlights", "Highlights"])
def test_highlights_as_the_lists_noun_is_a_digest(title):
    assert is_digest(f"{title}\n\n13 March 2025\n\nThe Minister met the Ambassador of Peru.\n")
