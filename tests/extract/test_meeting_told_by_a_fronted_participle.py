"""A meeting told by "Meeting" opening the sentence with its day or place, its
subject the officials who met ("Meeting on Monday in Accra, the foreign ministers of
Georgia and Ghana reviewed trade"): a meeting; a heading's "Meeting on Climate
Finance" is none (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "day"), [
    ("Meeting on Monday in Accra, the foreign ministers of Georgia and Ghana reviewed "
     "trade.", "2025-03-10"),
    ("Meeting in Accra on Tuesday, the Prime Minister and the President of Ghana agreed "
     "to expand trade.", "2025-03-11"),
    ("Meeting on 10 March in Tbilisi, the two foreign ministers of Georgia and Ghana "
     "signed no document but agreed on a roadmap.", "2025-03-10"),
])
def test_a_fronted_meeting_with_officials_as_subject_is_a_meeting(ex, text, day):
    got = ex(text, issuer="GEO", date="2025-03-12", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("GHA",), day)]


@pytest.mark.parametrize("text", [
    "Meeting on Climate Finance in Accra, 10 March",
    "Meeting in Accra, Ghana, was postponed to next year.",
])
def test_a_meeting_named_as_a_heading_is_none(ex, text):
    assert ex(text, issuer="GEO", date="2025-03-12", types=["meeting"]) == []
