"""An official titled by a city or an emirate ("the Crown Prince of Abu Dhabi", "the
Governor of Tokyo", "the Mayor of Paris") is of that city's country: a side of the
talks, also in a list beside officials of other countries (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = "Accra, 12 May 2018\n\n"


@pytest.mark.parametrize(("text", "sides"), [
    ("The President also met the Crown Prince of Abu Dhabi and President Macron of France.",
     [("ARE",), ("FRA",)]),
    ("The President also met the Governor of Tokyo Yuriko Koike and President Macron of "
     "France.", [("FRA",), ("JPN",)]),
    ("The President also met Sheikh Mohamed, the Crown Prince of Abu Dhabi, the Swedish "
     "Prime Minister, Chancellor Merkel of Germany and President Macron of France.",
     [("ARE",), ("DEU",), ("FRA",), ("SWE",)]),
    ("On Thursday the Minister held talks with the Mayor of Paris and with the Foreign "
     "Minister of Italy.", [("FRA",), ("ITA",)]),
])
def test_the_city_official_is_a_side(ex, text, sides):
    got = ex(HEAD + text, issuer="GHA", date="2018-05-12", types=["meeting"])
    assert sorted(to for _t, _f, to, _d in got) == sides


def test_a_call_with_a_city_official(ex):
    text = HEAD + "On Thursday the President spoke by phone with the Emir of Dubai."
    got = ex(text, issuer="GHA", date="2018-05-12", types=["call"])
    assert got == [("call", ("GHA",), ("ARE",), "2018-05-10")]


def test_the_city_met_in_stays_the_place():
    from communique.extract import extract_text
    text = ("Osaka, 26 June 2025\n\nThe Ambassador visited Osaka. During his visit he met the "
            "Governor of Osaka Prefecture and opened an exhibition.")
    recs = [r for r in extract_text(text, issuer="LTU", date="2025-06-26").records
            if r.type == "meeting"]
    assert [(r.to, r.place.city if r.place else None) for r in recs] == [(["JPN"], "Osaka")]
