"""A church rank beside an envoy's title is the same person's ("the Apostolic
Nuncio, Archbishop A B", "Archbishop A B, the Apostolic Nuncio"), as a name set off
before "the <nationality> envoy" is; a Nuncio named by the title alone is the Holy
See's envoy (sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Accra, 3 March 2024 - "


@pytest.mark.parametrize("text", [
    "The Minister for Foreign Affairs received the Apostolic Nuncio, Archbishop Henryk "
    "Nowak, at the Ministry.",
    "The Minister for Foreign Affairs received Archbishop Henryk Nowak, the Apostolic "
    "Nuncio, at the Ministry.",
    "The Minister held talks with Nuncio Nowak at the Ministry.",
    "The Deputy Minister met the Papal Nuncio, Monsignor Luca Bianchi, to discuss "
    "education.",
])
def test_the_nuncio_with_a_church_rank_is_one_meeting_with_the_holy_see(ex, text):
    got = ex(_LINE + text, issuer="GHA", date="2024-03-03", types=["meeting"])
    assert [(g[1], g[2]) for g in got] == [(("GHA",), ("VAT",))]


def test_a_bare_nuncio_listed_with_another_envoy_is_the_holy_sees(ex):
    text = ("The Minister received the Nuncio, Archbishop Nowak, and the Ambassador of "
            "Italy, Mr Rossi.")
    got = ex(_LINE + text, issuer="GHA", date="2024-03-03", types=["meeting"])
    assert sorted(g[2] for g in got) == [("ITA",), ("VAT",)]


@pytest.mark.parametrize("text", [
    "The Minister met Ambassador Taro Sato, the Japanese envoy, on Monday.",
    "The Minister met Mr Taro Sato, the Ambassador of Japan, on Monday.",
])
def test_a_name_set_off_before_the_envoys_title_is_one_person(ex, text):
    got = ex(_LINE + text, issuer="GHA", date="2024-03-03", types=["meeting"])
    assert [g[2] for g in got] == [("JPN",)]


def test_two_named_envoys_each_with_their_title_are_two_meetings(ex):
    text = ("The Minister met Mr Taro Sato, the Ambassador of Japan, and Ms Anna Berg, the "
            "Ambassador of Sweden.")
    got = ex(_LINE + text, issuer="GHA", date="2024-03-03", types=["meeting"])
    assert sorted(g[2] for g in got) == [("JPN",), ("SWE",)]


def test_a_title_after_the_with_its_own_name_set_off_is_the_next_person(ex):
    text = ("The Minister held bilateral meetings with his Ugandan counterpart, Ruth "
            "Nankabirwa, the "
            "Minister for Energy, John Okello and the Minister for Trade, Grace Atim in "
            "Kampala.")
    got = ex(_LINE + text, issuer="GHA", date="2024-03-03", types=["meeting"])
    assert [g[2] for g in got] == [("UGA",)] * 3
