"""User data folders (``extra``) extend the shipped reference data."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import PatternError
from communique.reference import (
    Country,
    countries,
    country,
    country_name,
    is_country_code,
    org_root,
    organization,
    region,
    roles,
)


def _code(found: Country | None) -> str | None:
    return found.iso3 if found else None


def _write(folder: Path, name: str, *lines: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_user_alias_file_adds_an_alias(tmp_path: Path) -> None:
    folder = _write(tmp_path, "country_aliases.tsv",
                    "iso3\taliases\tadjectives", "AZE\tAzerbaycan|Land of Fire\t")
    found = country("Land of Fire", extra=[folder])
    assert found is not None and found.iso3 == "AZE"
    assert "Azerbaycan" in countries([folder])["AZE"].aliases
    assert country("Land of Fire") is None  # the shipped data is unchanged


def test_user_countries_file_adds_a_country(tmp_path: Path) -> None:
    folder = _write(tmp_path, "countries.tsv",
                    "# a territory the user tracks", "iso3\tname\taliases\tregion\tsubregion",
                    "XSL\tSomaliland\tRepublic of Somaliland\tAfrica\tSub-Saharan Africa")
    data = countries(str(folder))
    assert data["XSL"].name == "Somaliland"
    assert data["XSL"].region == "Africa"
    assert is_country_code("XSL", extra=[folder]) and not is_country_code("XSL")
    assert (country_name("XSL", folder), region("XSL", folder)) == ("Somaliland", "Africa")
    assert _code(country("the Republic of Somaliland", extra=folder)) == "XSL"


def test_user_alias_moves_a_name_from_another_country(tmp_path: Path) -> None:
    folder = _write(tmp_path, "country_aliases.tsv", "iso3\taliases", "PRK\tKorea")
    assert _code(country("Korea", extra=[folder])) == "PRK"
    assert "Korea" not in countries([folder])["KOR"].aliases


def test_missing_folder_is_skipped(tmp_path: Path) -> None:
    assert countries([tmp_path / "nowhere"]).keys() == countries().keys()


@pytest.mark.parametrize(
    ("lines", "words"),
    [
        (("iso3\taliases", "aze\tAzerbaycan"), "line 2"),
        (("iso3\taliases", "ZZZ\tNowhere Land"), "give it a name"),
        (("code\taliases", "AZE\tAzerbaycan"), "iso3"),
        (("iso3\taliases", "AZE\tA\tB\tC"), "extra tabs"),
    ],
)
def test_broken_user_file_raises_pattern_error_naming_the_line(
    tmp_path: Path, lines: tuple[str, ...], words: str
) -> None:
    folder = _write(tmp_path, "country_aliases.tsv", *lines)
    with pytest.raises(PatternError) as caught:
        countries([folder])
    assert words in str(caught.value)
    assert "country_aliases.tsv" in str(caught.value)


def test_user_file_in_another_encoding_is_a_pattern_error(tmp_path: Path) -> None:
    tmp_path.joinpath("country_aliases.tsv").write_bytes(
        "iso3\taliases\nCIV\tCôte\n".encode("cp1252")
    )
    with pytest.raises(PatternError, match="UTF-8"):
        countries([tmp_path])


def test_user_organizations_add_and_update(tmp_path: Path) -> None:
    folder = _write(
        tmp_path, "organizations.tsv",
        "short\tname\tparent\taliases",
        "ADF\tAntalya Diplomacy Forum\t\tAntalya Diplomacy Forum",
        "OSCE CiO\tOSCE Chairmanship\tOSCE\tOSCE Chairpersonship",
        "OTS\t\t\tTurkic States Organisation",
    )
    adf = organization("Antalya Diplomacy Forum", extra=[folder])
    assert adf is not None and adf.short == "ADF"
    chair = organization("OSCE Chairpersonship", extra=[folder])
    assert chair is not None and chair.parent == "OSCE"
    ots = organization("Turkic States Organization", extra=[folder])  # other spelling
    assert ots is not None and ots.short == "OTS"
    assert "Turkic Council" in ots.aliases  # shipped aliases are kept
    assert organization("Antalya Diplomacy Forum") is None
    assert org_root("UNGA") == "UN"


def test_user_organization_with_unknown_parent_is_a_pattern_error(tmp_path: Path) -> None:
    folder = _write(tmp_path, "organizations.tsv",
                    "short\tname\tparent\taliases", "XB\tSome Body\tNOPE\t")
    with pytest.raises(PatternError, match="NOPE"):
        organization("Some Body", extra=[folder])


def test_user_roles_add_and_move_phrases(tmp_path: Path) -> None:
    folder = _write(tmp_path, "roles.tsv", "role\tpatterns",
                    "official\tForeign Secretary|desk officer")
    data = roles([folder])
    assert "desk officer" in data["official"]
    assert "foreign secretary" in data["official"]
    assert "foreign secretary" not in data["foreign_minister"]
    assert "foreign secretary" in roles()["foreign_minister"]


def test_user_roles_with_unknown_role_is_a_pattern_error(tmp_path: Path) -> None:
    folder = _write(tmp_path, "roles.tsv", "role\tpatterns", "wizard\tarchmage")
    with pytest.raises(PatternError, match="unknown role 'wizard'"):
        roles([folder])
