"""A meal told as a second meeting noun after "and" ("held talks with A and a working
lunch with the Foreign Minister of B") is a second meeting, with the official after
its own "with"; the first one's side is not the meal's (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="AGO", date="2021-06-06").records
    return [list(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "want"), [
    ("During her stay in Accra, Ms Lopes had a meeting with the Minister of Finance and a "
     "working lunch with the Foreign Minister of Togo.", [["GHA"], ["TGO"]]),
    ("In Nairobi on 4 May, the minister held talks with the Kenyan Minister of Trade and a "
     "working lunch with the Foreign Minister of Uganda.", [["KEN"], ["UGA"]]),
    ("On 5 May the Minister held talks with the President of Ghana and a working dinner "
     "with the Foreign Minister of Ghana.", [["GHA"], ["GHA"]]),
    ("On 5 May the Minister held talks with the President of Ghana and a luncheon with his "
     "Togolese counterpart.", [["GHA"], ["TGO"]]),
    ("The Minister had an audience with King Mswati III of Eswatini on Monday and an "
     "official dinner with the Prime Minister of Eswatini.", [["SWZ"], ["SWZ"]]),
])
def test_a_meal_after_and_is_a_second_meeting(text: str, want: list[list[str]]) -> None:
    assert _meetings(text) == want


def test_a_meal_for_no_one_named_is_no_second_meeting() -> None:
    assert _meetings("On 5 May the Minister held talks with the President of Ghana and a "
                     "working lunch for the delegation.") == [["GHA"]]
