"""People named by a nationality who are no officials ("a group of Korean students",
"Japanese tourists", "Kenyans living in Canada", "Ghanaians living in Canada" for
Ghana's own) are no side of a meeting; a nationality's companies may still stand for
the side met, and an official named beside them is met (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize("text", [
    "The Minister received a group of Korean students on Friday.",
    "The Minister met Japanese tourists at the castle on Friday.",
    "The Minister held a town hall meeting with Ghanaians living in Canada.",
    "The Minister met Kenyans living in Canada on Friday.",
])
def test_private_people_are_no_side(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["meeting"]) == []


def test_an_official_beside_them_is_met(ex):
    text = "On Friday the Minister met the Ambassador of Korea and a group of Korean students."
    got = ex(text, issuer="GHA", date=_DAY, types=["meeting"])
    assert {g[2] for g in got} == {("KOR",)}
