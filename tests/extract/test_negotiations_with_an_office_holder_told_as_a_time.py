"""Negotiations with a named office-holder told only as the time of what follows
("after negotiations with the Foreign Minister of Chile A in Lima, the Minister
wrote ...") are a meeting with that person's country; negotiations with a
body or over a process are none (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "to", "day"), [
    ("It should be noted that on May 4, 2022, after negotiations with the Foreign "
     "Minister of Chile Ana Soto in Lima, the Minister wrote on social media that ties "
     "were strong.", "CHL", "2022-05-04"),
    ("On 12 February, following negotiations with the Prime Minister of Norway, the "
     "President told reporters that a deal was near.", "NOR", "2024-02-12"),
    ("After the negotiations with his Ghanaian counterpart on 2 March, the Minister "
     "announced a new visa regime.", "GHA", "2024-03-02"),
])
def test_negotiations_with_a_title_are_a_meeting(ex, text, to, day):
    got = ex(text, issuer="PER", date="2024-03-08", types=["meeting"])
    assert got == [("meeting", ("PER",), (to,), day)]


@pytest.mark.parametrize("text", [
    "After accession negotiations with the European Union stalled in 2019, the "
    "government changed course.",
    "Following negotiations with creditors in March, the Treasury issued new bonds.",
])
def test_negotiations_with_no_office_holder_are_none(ex, text):
    assert ex(text, issuer="PER", date="2024-03-08", types=["meeting"]) == []
