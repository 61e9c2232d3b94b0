"""Office-holders: who held which office for whom, and when (officeholders.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import PatternError
from communique.model import ROLES
from communique.reference import countries, officeholder, officeholders, organizations


def _user(tmp_path: Path, *rows: str) -> Path:
    (tmp_path / "officeholders.tsv").write_text(
        "name\taliases\tcountry\trole\tfrom\tto\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def test_officeholders_every_term_names_a_known_side_and_role():
    known = set(countries()) | set(organizations())
    terms = officeholders()
    assert len(terms) > 500
    assert all(h.country in known and h.role in ROLES for h in terms)
    assert all(h.end is None or h.start <= h.end for h in terms)


def test_officeholders_cover_the_g20_foreign_ministers_of_2024():
    on = "2024-06-01"
    fms = {h.country for h in officeholders() if h.role == "foreign_minister" and h.covers(on)}
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR",
           "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"}
    assert g20 <= fms


def test_officeholder_by_surname_or_full_name_on_a_date():
    assert officeholder("Lavrov", on="2019-05-14").country == "RUS"
    assert officeholder("sergei lavrov", on="2024-01-01").role == "foreign_minister"
    assert officeholder("Blinken", on="2022-03-01").country == "USA"
    assert officeholder("Stoltenberg", on="2016-01-01").country == "NATO"


def test_officeholder_takes_the_term_of_the_date_for_a_person_of_two_offices():
    assert officeholder("Josep Borrell", on="2019-03-01").country == "ESP"
    assert officeholder("Josep Borrell", on="2021-03-01").country == "EU"
    assert officeholder("Guterres", on="2000-01-01").country == "PRT"
    assert officeholder("Guterres", on="2020-01-01").country == "UN"


def test_officeholder_out_of_office_on_the_date_is_none_and_no_date_gives_the_latest():
    assert officeholder("Mike Pompeo", on="2023-06-01") is None
    assert officeholder("Rex Tillerson", on="2017-05-01", until="2017-12-31").country == "USA"
    assert officeholder("Borrell").country == "EU"
    assert officeholder("Nobody Known") is None


def test_officeholders_a_user_file_adds_a_term(tmp_path):
    folder = _user(tmp_path, "Ana Example\tExample\tCHL\tforeign_minister\t2030-03\t")
    assert officeholder("Example", on="2030-05-01", extra=folder).country == "CHL"
    assert officeholder("Example", on="2030-05-01") is None


def test_officeholders_a_user_line_replaces_a_shipped_term_with_the_same_start(tmp_path):
    folder = _user(tmp_path, "Sergey Lavrov\tLavrov\tRUS\tforeign_minister\t2004-03-09\t2020-01-01")
    assert officeholder("Lavrov", on="2024-01-01", extra=folder) is None


@pytest.mark.parametrize(("row", "problem"), [
    ("A Person\t\tXXX\tforeign_minister\t2020\t", "unknown country or organisation"),
    ("A Person\t\tCHL\tjester\t2020\t", "unknown role"),
    ("A Person\t\tCHL\tforeign_minister\t20-1-1\t", "bad 'from' date"),
    ("A Person\t\tCHL\tforeign_minister\t2021\t2020", "ends"),
    ("A Person\t\tCHL\tforeign_minister\t\t", "empty 'from'"),
])
def test_officeholders_a_bad_user_line_names_the_file_line_and_problem(tmp_path, row, problem):
    folder = _user(tmp_path, row)
    with pytest.raises(PatternError) as err:
        officeholders(folder)
    assert problem in str(err.value) and "officeholders.tsv" in str(err.value)
    assert "line 2" in str(err.value)
