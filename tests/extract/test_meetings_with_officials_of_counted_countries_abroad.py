"""Meetings with officials of a counted number of countries told during a stay abroad
("On my trip to Nairobi I had talks with the foreign ministers of ten countries")
are a figure, no meeting with the host of the city; the visit stays, and officials of
named countries are still met (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _core(text: str) -> list[tuple[str, tuple[str, ...]]]:
    recs = extract_text(text, issuer="JPN", date="2019-09-26").records
    return sorted((r.type, tuple(r.to)) for r in recs if r.type in ("meeting", "visit"))


@pytest.mark.parametrize("text, host", [
    ("On my trip to New York this week I had meetings with foreign ministers of ten "
     "countries as well as two ministerial forums.", "USA"),
    ("During my visit to Nairobi, I held meetings with the foreign ministers of 12 "
     "countries.", "KEN"),
    ("During her visit to Brussels the Minister held bilateral meetings with defence "
     "ministers of eleven countries.", "BEL"),
    ("On his trip to Geneva, the Minister had talks with senior officials from eight "
     "states.", "CHE"),
])
def test_the_visit_alone(text: str, host: str) -> None:
    assert _core(text) == [("visit", (host,))]


def test_named_countries_are_met() -> None:
    assert _core("During my visit to Nairobi, I held meetings with the foreign ministers of "
                 "Kenya and Uganda.") == [("meeting", ("KEN",)), ("meeting", ("UGA",)),
                                          ("visit", ("KEN",))]
