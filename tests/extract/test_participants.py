"""Who takes part: demonym lists, regions that are no country, and the
other constructions that place a participant away from its trigger
(sentences of our own, several phrasings each)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Talks with the Danish, Swedish and Finnish officials followed in the afternoon.",
    "The Minister held talks with the Danish, Swedish, and Finnish ministers.",
    "The Minister met the Danish, Swedish and Finnish foreign ministers in Tbilisi.",
])
def test_a_list_of_demonyms_before_a_role_gives_one_meeting_each(ex, text):
    got = ex(text, types=["meeting"])
    assert [g[2] for g in got] == [("DNK",), ("FIN",), ("SWE",)]


@pytest.mark.parametrize("text", [
    "A working meeting took place between the South American directors of the Georgian "
    "and Chilean ministries.",
    "The Minister met Latin American ambassadors together with the Ambassador of Chile.",
])
def test_a_regional_adjective_is_no_country(ex, text):
    got = ex(text, types=["meeting"])
    assert got and all("USA" not in g[2] for g in got)
