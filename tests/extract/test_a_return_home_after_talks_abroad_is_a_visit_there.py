"""A return told as a noun, after "upon", "on" or "after" and a possessive, to the home
capital or country, with where the official came from after "after", "following" or
"from" ("upon his return to Ankara following his talks in Madrid"): the issuer's visit
to that place. A return with no place it came from, or to a place that is not home,
tells no visit (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_V = {"visit"}


@pytest.mark.parametrize(("text", "issuer", "host"), [
    ("President Erdogan received the Italian Prime Minister upon his return to Turkey "
     "following his intense contacts in Spain.", "TUR", "ESP"),
    ("Upon her return to Lima after two days of talks in Quito, the Minister received the "
     "Ambassador of Japan.", "PER", "ECU"),
    ("On his return to Oslo following the summit in Vilnius, the Prime Minister briefed "
     "the Storting.", "NOR", "LTU"),
    ("The Minister went straight to Parliament after her return home from the "
     "negotiations in Geneva.", "KEN", "CHE"),
    ("After their return to Santiago following the meetings in Brasilia, the two "
     "ministers spoke to journalists.", "CHL", "BRA"),
])
def test_the_place_the_return_came_from_is_visited(text: str, issuer: str,
                                                    host: str) -> None:
    got = records(text, issuer, _V, date="2022-07-05")
    assert [(r[1], r[2]) for r in got] == [((issuer,), (host,))]


@pytest.mark.parametrize(("text", "issuer"), [
    ("Upon his return to Lima, the Minister spoke to journalists.", "PER"),
    ("Upon his return to Lima after the holidays, the Minister spoke to journalists.", "PER"),
    ("The Minister called for the return to normal life following the floods in Piura.",
     "PER"),
])
def test_no_place_came_from_tells_no_visit(text: str, issuer: str) -> None:
    assert records(text, issuer, _V, date="2022-07-05") == []
