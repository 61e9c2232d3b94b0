"""The input layer: one check for every write, bounds, bounded JSON, output paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import OutputError, PatternError, UsageError
from communique.model import DateSpan, Person, Place, Quantity, Record
from communique.validation import (
    MAX_ID,
    check_id,
    check_page,
    check_record,
    loads_bounded,
    output_file,
    pattern_folders,
    record_problems,
    widths,
)


def good() -> Record:
    return Record(type="meeting", date=DateSpan("2021-05-05"), from_=["AZE"], to=["TUR"])


def test_a_good_record_passes() -> None:
    check_record(good())


def test_every_unknown_code_is_named_in_one_error() -> None:
    rec = good()
    rec.from_ = ["XYZ"]
    rec.organizations = ["NOTANORG"]
    rec.persons = [Person("A. Person", "emperor", "QQQ")]
    rec.place = Place("ZZZ", None)
    rec.quantity = Quantity(3, "bogus")
    with pytest.raises(UsageError) as err:
        check_record(rec)
    for word in ("XYZ", "NOTANORG", "emperor", "QQQ", "ZZZ", "bogus"):
        assert word in str(err.value)


def test_an_organisation_alias_suggests_its_short_name() -> None:
    rec = good()
    rec.organizations = ["United Nations"]
    with pytest.raises(UsageError, match="did you mean UN"):
        check_record(rec)


def test_an_edit_keeps_organisations_the_extractor_stored() -> None:
    rec = good()
    rec.organizations = ["Some Forum"]
    check_record(rec, known_orgs=frozenset({"Some Forum"}))


def test_widths_are_those_of_the_database_columns() -> None:
    w = widths()
    assert w["title"] == 1000 and w["place.city"] == 200 and w["organization"] == 40
    rec = good()
    rec.title = "t" * (w["title"] + 1)
    with pytest.raises(UsageError, match="at most 1000 fit"):
        check_record(rec)


@pytest.mark.parametrize("field", ["title", "city", "unit", "person"])
def test_nul_is_refused_in_any_text_field(field: str) -> None:
    rec = good()
    if field == "title":
        rec.title = "a\x00b"
    elif field == "city":
        rec.place = Place("TUR", "An\x00kara")
    elif field == "unit":
        rec.quantity = Quantity(2, "exactly", "vis\x00its")
    else:
        rec.persons = [Person("A\x00B", "foreign_minister", "AZE")]
    with pytest.raises(UsageError, match="NUL"):
        check_record(rec)


def test_non_finite_and_absurd_quantities_are_refused() -> None:
    assert any("finite" in p for p in record_problems({"quantity": {"value": float("nan")}}))
    assert any("too large" in p for p in record_problems({"quantity": {"value": 1e300}}))


def test_ids_and_pages_are_bounded() -> None:
    assert check_id(MAX_ID) == MAX_ID
    for bad in (0, -1, MAX_ID + 1, 2**63, 2**64):
        with pytest.raises(UsageError):
            check_id(bad)
    with pytest.raises(UsageError, match="--limit"):
        check_page(-5, 0)
    with pytest.raises(UsageError, match="--offset"):
        check_page(10, -1)


def test_json_nesting_and_constants_are_bounded() -> None:
    assert loads_bounded('{"a": [1, {"b": "[[[[[["}]}') == {"a": [1, {"b": "[[[[[["}]}
    with pytest.raises(ValueError, match="nested"):
        loads_bounded("[" * 100_000 + "]" * 100_000)
    with pytest.raises(ValueError, match="NaN"):
        loads_bounded('{"quantity": {"value": NaN}}')


def test_output_paths_are_checked_before_writing(tmp_path: Path) -> None:
    assert output_file(tmp_path / "out.csv") == tmp_path / "out.csv"
    with pytest.raises(OutputError, match="does not exist"):
        output_file(tmp_path / "missing" / "out.csv")
    with pytest.raises(OutputError, match="is a folder"):
        output_file(tmp_path)


def test_pattern_folders_must_exist_and_hold_data(tmp_path: Path) -> None:
    with pytest.raises(PatternError, match="no such folder"):
        pattern_folders([tmp_path / "nope"])
    with pytest.raises(PatternError, match="none of"):
        pattern_folders([tmp_path])
    (tmp_path / "cities.tsv").write_text("", encoding="utf-8")
    assert pattern_folders([tmp_path]) == (tmp_path,)
