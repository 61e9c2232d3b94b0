"""countries.tsv and the country lookups."""

from __future__ import annotations

import re
from collections.abc import Callable

import pycountry
import pytest

from communique.errors import UsageError
from communique.reference import (
    countries,
    country,
    country_name,
    is_country_code,
    name_key,
    region,
    subregion,
)

M49_REGIONS = {
    "Africa": {"Northern Africa", "Sub-Saharan Africa"},
    "Americas": {"Latin America and the Caribbean", "Northern America"},
    "Asia": {"Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia",
             "Western Asia"},
    "Europe": {"Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"},
    "Oceania": {"Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"},
    "Antarctica": {"Antarctica"},
}


def test_countries_cover_every_iso_code_plus_kosovo() -> None:
    codes = set(countries())
    assert codes == {c.alpha_3 for c in pycountry.countries} | {"XKX"}


def test_every_code_is_three_capital_letters() -> None:
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in countries())
    assert all(code == c.iso3 for code, c in countries().items())


def test_every_country_has_a_region_and_a_matching_subregion() -> None:
    for c in countries().values():
        assert c.region in M49_REGIONS, c
        assert c.subregion in M49_REGIONS[c.region], c


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("AZE", ("Asia", "Western Asia")),
        ("GEO", ("Asia", "Western Asia")),
        ("CYP", ("Asia", "Western Asia")),
        ("TUR", ("Asia", "Western Asia")),
        ("KAZ", ("Asia", "Central Asia")),
        ("RUS", ("Europe", "Eastern Europe")),
        ("GBR", ("Europe", "Northern Europe")),
        ("XKX", ("Europe", "Southern Europe")),
        ("NGA", ("Africa", "Sub-Saharan Africa")),
        ("EGY", ("Africa", "Northern Africa")),
        ("MEX", ("Americas", "Latin America and the Caribbean")),
        ("CAN", ("Americas", "Northern America")),
        ("NRU", ("Oceania", "Micronesia")),
    ],
)
def test_region_and_subregion_follow_m49(code: str, expected: tuple[str, str]) -> None:
    assert (region(code), subregion(code)) == expected


@pytest.mark.parametrize(
    ("code", "name"),
    [("RUS", "Russia"), ("IRN", "Iran"), ("KOR", "South Korea"), ("PRK", "North Korea"),
     ("TUR", "Türkiye"), ("CZE", "Czechia"), ("PSE", "Palestine"), ("XKX", "Kosovo"),
     ("USA", "United States"), ("GBR", "United Kingdom"), ("VNM", "Vietnam"),
     ("SYR", "Syria"), ("AZE", "Azerbaijan")],
)
def test_country_name_is_the_common_short_name(code: str, name: str) -> None:
    assert country_name(code) == name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Capo Verde", "CPV"),
        ("Cape Verde", "CPV"),
        ("the Holy See", "VAT"),
        ("Vatican", "VAT"),
        ("Great Britain", "GBR"),
        ("UK", "GBR"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Turkiye", "TUR"),
        ("the Republic of Türkiye", "TUR"),
        ("Islamic Republic of Iran", "IRN"),
        ("Republic of Korea", "KOR"),
        ("Korea", "KOR"),
        ("DPRK", "PRK"),
        ("Russian Federation", "RUS"),
        ("People's Republic of China", "CHN"),
        ("People’s Republic of China", "CHN"),
        ("the United States of America", "USA"),
        ("U.S.", "USA"),
        ("the State of Palestine", "PSE"),
        ("the Palestinian State", "PSE"),
        ("Kingdom of Saudi Arabia", "SAU"),
        ("KSA", "SAU"),
        ("the Emirates", "ARE"),
        ("Kyrgyz Republic", "KGZ"),
        ("Slovak Republic", "SVK"),
        ("Czech Republic", "CZE"),
        ("Cote d'Ivoire", "CIV"),
        ("Ivory Coast", "CIV"),
        ("Swaziland", "SWZ"),
        ("Burma", "MMR"),
        ("FYROM", "MKD"),
        ("Macedonia", "MKD"),
        ("Lao PDR", "LAO"),
        ("Viet Nam", "VNM"),
        ("Plurinational State of Bolivia", "BOL"),
        ("Sultanate of Oman", "OMN"),
        ("the Hashemite Kingdom of Jordan", "JOR"),
        ("Holland", "NLD"),
        ("the Gambia", "GMB"),
        ("Brunei Darussalam", "BRN"),
        ("East Timor", "TLS"),
        ("St. Kitts and Nevis", "KNA"),
        ("St Vincent and the Grenadines", "VCT"),
        ("Bosnia-Herzegovina", "BIH"),
        ("BiH", "BIH"),
        ("Kingdom of Lesotho", "LSO"),
        ("Federal Republic of Somalia", "SOM"),
        ("Republic of Kosovo", "XKX"),
        ("Trinidad & Tobago", "TTO"),
    ],
)
def test_aliases_resolve(text: str, code: str) -> None:
    found = country(text)
    assert found is not None, text
    assert found.iso3 == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("Azerbaijani", "AZE"), ("Turkish", "TUR"), ("Dutch", "NLD"), ("Emirati", "ARE"),
     ("Burkinabe", "BFA"), ("Korean", "KOR"), ("Kazakhstani", "KAZ"), ("Guinean", "GIN")],
)
def test_adjectives_resolve(text: str, code: str) -> None:
    found = country(text)
    assert found is not None and found.iso3 == code


@pytest.mark.parametrize("word", ["Congolese", "Dominican", "Virgin Islands"])
def test_ambiguous_words_resolve_to_nothing(word: str) -> None:
    assert country(word) is None


@pytest.mark.parametrize(
    ("text", "code"), [("AZE", "AZE"), ("aze", "AZE"), ("AZ", "AZE"), ("xk", "XKX"),
                       ("us", "USA"), ("  azerbaijan ", "AZE"), ("AZERBAIJAN", "AZE")],
)
def test_country_takes_codes_in_any_case(text: str, code: str) -> None:
    found = country(text)
    assert found is not None and found.iso3 == code


def test_country_returns_none_for_unknown_text() -> None:
    assert country("Atlantis") is None
    assert country("") is None


def test_no_name_or_adjective_points_to_two_countries() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for c in countries().values():
        for text in (*c.names, *c.adjectives):
            key = name_key(text)
            if owner.setdefault(key, c.iso3) != c.iso3:
                clashes.append((text, owner[key], c.iso3))
    assert clashes == []


def test_no_alias_is_another_countrys_code() -> None:
    codes = {c.alpha_3: c.alpha_3 for c in pycountry.countries}
    codes.update({c.alpha_2: c.alpha_3 for c in pycountry.countries})
    clashes = [
        (text, c.iso3, codes[name_key(text).upper()])
        for c in countries().values()
        for text in (*c.names, *c.adjectives)
        if codes.get(name_key(text).upper(), c.iso3) != c.iso3
    ]
    assert clashes == []


def test_names_and_aliases_are_trimmed_and_unique_per_country() -> None:
    for c in countries().values():
        for text in (*c.names, *c.adjectives):
            assert text == text.strip() and text, c.iso3
        assert len(set(c.names)) == len(c.names), c.iso3


def test_is_country_code_wants_a_known_code_in_capitals() -> None:
    assert is_country_code("AZE")
    assert is_country_code("XKX")
    assert not is_country_code("aze")
    assert not is_country_code("AZ")
    assert not is_country_code("OSCE")
    assert not is_country_code("XYZ")


@pytest.mark.parametrize("call", [country_name, region, subregion])
def test_unknown_code_raises_usage_error_with_a_hint(call: Callable[[str], str]) -> None:
    with pytest.raises(UsageError) as caught:
        call("Turkey")
    assert "TUR" in str(caught.value)


def test_countries_returns_a_copy_the_caller_may_change() -> None:
    first = countries()
    first.pop("AZE")
    assert "AZE" in countries()
