"""neighbours.tsv: land borders and maritime neighbours."""

from __future__ import annotations

import pytest

from communique.errors import UsageError
from communique.reference import countries, neighbours


def test_azerbaijan_neighbours() -> None:
    land, sea = neighbours("AZE")
    assert land == {"RUS", "GEO", "ARM", "IRN", "TUR"}
    assert sea == {"KAZ", "TKM", "IRN", "RUS"}


def test_every_neighbour_is_a_known_code_and_not_the_country_itself() -> None:
    known = set(countries())
    for code in known:
        land, sea = neighbours(code)
        assert land <= known and sea <= known, code
        assert code not in land | sea


def test_land_borders_are_symmetric() -> None:
    odd = [(a, b) for a in countries() for b in neighbours(a)[0] if a not in neighbours(b)[0]]
    assert odd == []


def test_sea_neighbours_are_symmetric() -> None:
    odd = [(a, b) for a in countries() for b in neighbours(a)[1] if a not in neighbours(b)[1]]
    assert odd == []


@pytest.mark.parametrize(
    ("code", "some"),
    [("CHN", {"AFG", "BTN", "IND", "KAZ", "PRK", "KGZ", "LAO", "MNG", "MMR", "NPL", "PAK",
             "RUS", "TJK", "VNM", "HKG", "MAC"}),
     ("DEU", {"FRA", "POL", "CZE", "AUT", "CHE", "DNK", "NLD", "BEL", "LUX"}),
     ("BRA", {"ARG", "URY", "PRY", "BOL", "PER", "COL", "VEN", "GUY", "SUR", "GUF"}),
     ("SRB", {"XKX", "HUN", "ROU", "BGR", "MKD", "MNE", "BIH", "HRV"})],
)
def test_land_borders_of_large_countries(code: str, some: set[str]) -> None:
    assert neighbours(code)[0] == some


def test_every_country_with_a_land_border_has_a_row() -> None:
    # island states have none; a landlocked state must have some
    for code in ("MNG", "AFG", "KAZ", "BOL", "PRY", "UGA", "NPL", "LSO", "VAT", "SMR"):
        assert neighbours(code)[0], code
    for code in ("JPN", "ISL", "AUS", "MDV", "CUB"):
        assert neighbours(code)[0] == set(), code


def test_caspian_states_are_sea_neighbours() -> None:
    assert neighbours("KAZ")[1] >= {"RUS", "AZE", "TKM"}
    assert neighbours("IRN")[1] >= {"AZE", "TKM"}


def test_neighbours_returns_fresh_sets() -> None:
    neighbours("AZE")[0].add("XXX")
    assert "XXX" not in neighbours("AZE")[0]


def test_neighbours_of_unknown_code_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        neighbours("ZZZ")
