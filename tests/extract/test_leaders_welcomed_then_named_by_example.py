"""Leaders welcomed or hosted, then named by example ("Kenya welcomed foreign leaders
such as French President A, ...", "welcomed several heads of state to Nairobi,
including President B of Uganda"): each one's visit to the host. Not envoys, who
are posted rather than visiting, nor leaders named as the authors of what was welcomed
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _came(text: str) -> list[str]:
    recs = extract_text(text, issuer="KEN", date="2023").records
    return [r.from_[0] for r in recs if r.type == "visit" and r.to == ["KEN"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("In 2023, Kenya welcomed foreign leaders such as French President Emmanuel Macron, "
     "Brazilian President Lula da Silva and Japan's Prime Minister Fumio Kishida.",
     ["FRA", "BRA", "JPN"]),
    ("During the year the President welcomed several heads of state to Nairobi, including "
     "President Yoweri Museveni of Uganda and the Ghanaian President, Nana Akufo-Addo.",
     ["UGA", "GHA"]),
    ("Nairobi also hosted world leaders like Chancellor Olaf Scholz of Germany and "
     "President Cyril Ramaphosa of South Africa.", ["DEU", "ZAF"]),
    ("This year we received numerous dignitaries, among them the Indian Prime Minister and "
     "the President of Egypt.", ["IND", "EGY"]),
    ("The country played host to a number of African leaders from the region, notably "
     "President Paul Kagame of Rwanda and President Samia Suluhu Hassan of Tanzania.",
     ["RWA", "TZA"]),
])
def test_each_leader_named_came(text: str, expected: list[str]) -> None:
    assert _came(text) == expected


@pytest.mark.parametrize("text", [
    "The Minister received several ambassadors, including the Ambassador of Japan and the "
    "Ambassador of Peru.",
    "The Minister welcomed calls by leaders such as President Macron of France for a "
    "ceasefire.",
])
def test_no_visit(text: str) -> None:
    assert _came(text) == []
