"""A meeting of "the Presidents of the Caribbean Community countries" with a third
country's leader is a meeting with that leader: the bloc names whose members' leaders
sat together (our own among them), no head of the bloc met apart; the head of a body
named as such still is (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import CORE, dated_core


@pytest.mark.parametrize(("text", "code"), [
    ("The President joined in the meeting of the Presidents of the Caribbean Community "
     "countries with the Prime Minister of Canada.", "CAN"),
    ("The President took part in the meeting between the leaders of the Pacific Alliance "
     "nations and the President of Korea.", "KOR"),
    ("The President was present at the meeting of the Presidents of the Andean Community "
     "countries with the King of Spain.", "ESP"),
    ("The President sat in on the meeting of the Presidents of the Mercosur member states "
     "with the Prime Minister of Japan.", "JPN"),
])
def test_only_the_third_country_is_met(text, code):
    assert dated_core("CHL", text, CORE) == [("meeting", ("CHL",), (code,), "2025-03-12")]


def test_a_bodys_own_head_is_still_met():
    text = ("The Minister also met the Secretary General of the OAS and the Prime Minister of "
            "Canada in Lima.")
    got = [r for r in dated_core("CHL", text, CORE)]
    assert ("meeting", ("CHL",), ("CAN",), "2025-03-12") in got
    assert len(got) == 2  # (and the one with the OAS)
