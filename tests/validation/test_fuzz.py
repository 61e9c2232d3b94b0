"""Hypothesis over the import and edit validators: whatever the input, they answer with a
list of problems or a UsageError, never another exception (bounded: 200 examples each)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.errors import ImportValidationError, UnsupportedFormatError, UsageError
from communique.services.importer import parse_file, validate
from communique.web._edit import api_changes, record_from_dict

FUZZ = settings(max_examples=200, deadline=None, database=None, derandomize=True,
                suppress_health_check=list(HealthCheck))

text = st.one_of(st.text(max_size=30), st.sampled_from(["AZE", "TUR", "XYZ", "UN", "\x00",
                                                        "2021-02-30", "2021", "x" * 2000]))
scalar = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
                   st.floats(allow_nan=True), text)
json_value = st.recursive(scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(text, inner, max_size=4)), max_leaves=20)
record_like = st.fixed_dictionaries({}, optional={
    "type": st.one_of(st.sampled_from(["meeting", "visit", "bogus"]), json_value),
    "date": st.one_of(st.fixed_dictionaries({"start": text, "end": st.one_of(st.none(), text)}),
                      json_value),
    "countries": st.one_of(st.fixed_dictionaries({"from": st.lists(text, max_size=3),
                                                  "to": st.lists(text, max_size=3)}),
                           json_value),
    "organizations": st.one_of(st.lists(text, max_size=3), json_value),
    "persons": st.one_of(st.lists(st.fixed_dictionaries(
        {"name": st.one_of(st.none(), text), "role": text, "country": st.one_of(st.none(), text)}),
        max_size=3), json_value),
    "place": st.one_of(st.none(), st.fixed_dictionaries({"country": text, "city": text}),
                       json_value),
    "title": st.one_of(st.none(), text, json_value),
    "quantity": st.one_of(st.none(), st.fixed_dictionaries(
        {"value": scalar, "qualifier": text, "unit": st.one_of(st.none(), text)}), json_value),
    "source": json_value, "optional": json_value, "status": json_value,
})


@FUZZ
@given(record_like)
def test_the_record_validator_never_raises(data: dict[str, Any]) -> None:
    problems = validate(data)
    assert isinstance(problems, list) and all(isinstance(p, str) for p in problems)
    try:
        record_from_dict(data)
    except UsageError:
        pass


@FUZZ
@given(st.dictionaries(st.sampled_from(["type", "date_start", "date_end", "from", "to",
                                        "organizations", "place_country", "place_city",
                                        "title", "quantity_value", "quantity_qualifier",
                                        "quantity_unit", "status", "bogus"]),
                       json_value, max_size=5))
def test_the_edit_validator_never_raises(changes: dict[str, Any]) -> None:
    try:
        api_changes(changes)
    except UsageError:
        pass


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(st.lists(st.one_of(record_like.map(json.dumps), st.text(max_size=60)), max_size=5),
       st.sampled_from([".jsonl", ".csv"]))
def test_the_import_parser_never_raises(folder: Path, lines: list[str], suffix: str) -> None:
    path = folder / f"rows{suffix}"
    body = "\n".join(lines)
    if suffix == ".csv":
        body = "type,date_start,countries_from,countries_to,title\n" + body
    path.write_bytes(body.encode("utf-8", "surrogatepass"))
    try:
        parse_file(path)
    except (ImportValidationError, UnsupportedFormatError, UsageError):
        pass
