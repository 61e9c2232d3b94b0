"""The officials "of these two countries" / "of both countries" met, after a sentence
that told events with two partners (one each: "held meetings with his colleagues from
Azerbaijan and Armenia"), are those two partners: one meeting each, not the issuer
and one of them, nor the body whose meeting hosted the talks. "The two countries" as
the issuer and one partner ("trade between the two countries") makes no meeting
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_FIRST = "On Wednesday the Minister met his counterparts from Azerbaijan and Armenia. "


def _met(text: str) -> list[tuple[list[str], str | None]]:
    recs = extract_text(text, issuer="ESP", date="2023-05-19").records
    return sorted((r.to, r.date.start) for r in recs if r.type == "meeting")


_BEFORE = [(["ARM"], "2023-05-17"), (["AZE"], "2023-05-17")]


@pytest.mark.parametrize(("text", "expected"), [
    (_FIRST + "He had already talked with the heads of diplomacy of these two countries in "
     "2022, at the Committee of Ministers of the Council of Europe in Turin.",
     _BEFORE + [(["ARM"], "2022"), (["AZE"], "2022")]),
    (_FIRST + "In 2021 the Minister met the foreign ministers of both countries in Vienna.",
     _BEFORE + [(["ARM"], "2021"), (["AZE"], "2021")]),
    (_FIRST + "In March 2022 the Secretary of State held talks with the counterparts from "
     "the two countries in Brussels.",
     _BEFORE + [(["ARM"], "2022-03"), (["AZE"], "2022-03")]),
    (_FIRST + "In 2020 he also met the leaders of those two countries at the NATO summit.",
     _BEFORE + [(["ARM"], "2020"), (["AZE"], "2020")]),
])
def test_the_pair_told_before(text: str, expected: list) -> None:
    assert _met(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # one partner before: "the two countries" are the issuer and it
    ("The Minister met the Foreign Minister of Chile on Wednesday. Trade between the two "
     "countries grew in 2022.", [(["CHL"], "2023-05-17")]),
    # a pair before, but no officials of the two met
    (_FIRST + "Relations between these two countries remain tense.", _BEFORE),
])
def test_no_pair_met(text: str, expected: list) -> None:
    assert _met(text) == sorted(expected)
