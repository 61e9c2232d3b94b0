"""Checks on the city gazetteer shipped in communique/data/cities.tsv."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

import pycountry
import pytest

HEADER = ["city", "iso3", "aliases"]
#: Codes outside ISO 3166-1 that the project uses.
EXTRA_CODES = {"XKX"}  # Kosovo
#: UN member states (ISO alpha-3); every one should have its capital listed.
#: Jerusalem is left out on purpose (its status is disputed and the gold
#: annotation leaves disputed places unassigned), so Israel is covered by
#: Tel Aviv and others rather than by its capital.
UN_MEMBERS = set(
    """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
    BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE
    PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
    GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
    LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE
    MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
    QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
    SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA
    USA URY UZB VUT VEN VNM YEM ZMB ZWE
    """.split()
)
#: Members with no row on purpose: the capital's name is the country's own
#: name (Singapore) or ambiguous with other places and people (Victoria).
NO_CITY_ROW = {"SGP", "SYC"}


@lru_cache(maxsize=1)
def _lines() -> tuple[str, ...]:
    path = resources.files("communique").joinpath("data", "cities.tsv")
    return tuple(path.read_text(encoding="utf-8").splitlines())


@lru_cache(maxsize=1)
def _rows() -> tuple[dict[str, str], ...]:
    reader = csv.DictReader(_lines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple(reader)


def _names(row: dict[str, str]) -> list[str]:
    return [row["city"], *(a for a in row["aliases"].split("|") if a)]


def _country_names() -> set[str]:
    out: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                out.add(value.casefold())
    return out


def test_cities_file_has_the_expected_header() -> None:
    assert _lines()[0].split("\t") == HEADER


def test_every_row_has_three_fields_and_no_stray_whitespace() -> None:
    for number, line in enumerate(_lines()[1:], start=2):
        fields = line.split("\t")
        assert len(fields) == 3, f"line {number}: {line!r}"
        assert fields[0] and fields[1], f"line {number}: empty city or iso3"
        for name in [fields[0], *fields[2].split("|")] if fields[2] else [fields[0]]:
            assert name == name.strip() and name, f"line {number}: bad name {name!r}"


def test_every_iso3_is_a_known_country_code() -> None:
    known = {c.alpha_3 for c in pycountry.countries} | EXTRA_CODES
    unknown = {row["iso3"] for row in _rows()} - known
    assert not unknown


def test_no_name_points_to_two_countries() -> None:
    seen: dict[str, str] = {}
    clashes: list[str] = []
    for row in _rows():
        for name in _names(row):
            key = name.casefold()
            if seen.setdefault(key, row["iso3"]) != row["iso3"]:
                clashes.append(f"{name}: {seen[key]} / {row['iso3']}")
    assert not clashes


def test_no_name_is_listed_twice() -> None:
    names = [name for row in _rows() for name in _names(row)]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    assert not duplicates


def test_gazetteer_has_at_least_300_rows() -> None:
    assert len(_rows()) >= 300


def test_no_city_or_alias_is_a_country_name() -> None:
    countries = _country_names()
    bad = [name for row in _rows() for name in _names(row) if name.casefold() in countries]
    assert not bad


def test_every_un_member_has_a_city_except_documented_gaps() -> None:
    listed = {row["iso3"] for row in _rows()}
    missing = UN_MEMBERS - NO_CITY_ROW - listed
    assert not missing
    assert not (NO_CITY_ROW & listed), "a gap was filled: update NO_CITY_ROW"


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("London", "GBR"),
        ("Kiev", "UKR"),
        ("Nur-Sultan", "KAZ"),
        ("Washington, D.C.", "USA"),
        ("Hague", "NLD"),
        ("Delhi", "IND"),
        ("Saigon", "VNM"),
        ("Sri Jayawardenepura Kotte", "LKA"),
        ("Cape Town", "ZAF"),
        ("Sucre", "BOL"),
        ("Kuwait City", "KWT"),
        ("Taipei", "TWN"),
        ("Pristina", "XKX"),
        ("Stepanakert", "AZE"),
        ("Shusha", "AZE"),
        ("Sharm El Sheikh", "EGY"),
    ],
)
def test_known_names_resolve_to_their_country(name: str, iso3: str) -> None:
    table = {n: row["iso3"] for row in _rows() for n in _names(row)}
    assert table.get(name) == iso3
