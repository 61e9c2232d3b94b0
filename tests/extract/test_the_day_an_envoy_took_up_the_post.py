"""The day an official took up or assumed a post, told of the person met ("the
Japanese Ambassador, who took up his post in May 2022", "who assumed her duties on 3
January"), is no day of the meeting (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize("text", [
    "The Minister held talks with the Japanese Ambassador, who took up his post in May 2022.",
    "The Minister received the Ambassador of Chile, who assumed her duties on 3 January.",
    "The President met the new High Commissioner of India, who took up the position in "
    "December.",
])
def test_the_post_taken_is_no_day_of_the_meeting(ex, text):
    got = ex(text, issuer="GHA", date=_DAY, types=["meeting"])
    assert len(got) == 1 and got[0][3] == "2024-03-03"


def test_the_meetings_own_day_stays(ex):
    text = ("On 1 March the Minister met the Japanese Ambassador, who took up his post in May "
            "2022.")
    assert [g[3] for g in ex(text, issuer="GHA", date=_DAY, types=["meeting"])] == [
        "2024-03-01"]
