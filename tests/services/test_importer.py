from __future__ import annotations

import json

import pytest

from communique.errors import ImportValidationError
from communique.services.importer import import_file
from communique.services.query import count_events, list_events

GOOD = {"id": "x1", "type": "meeting", "date": {"start": "2021-05-05", "end": None},
        "countries": {"from": ["AZE"], "to": ["FRA"]}, "organizations": [], "persons": [],
        "place": None, "title": None, "quantity": None, "optional": False, "source": None}


def _jsonl(path, *records):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records)
                    + "\n")
    return path


def test_import_jsonl_stores_every_row(registry, tmp_path):
    second = dict(GOOD, type="call", countries={"from": ["FRA"], "to": ["AZE"]})
    report = import_file(registry, _jsonl(tmp_path / "e.jsonl", GOOD, second), user="ana")
    assert (report.rows, report.new_events) == (2, 2)
    assert {v.record.type for v in list_events(registry)} == {"meeting", "call"}


def test_bad_rows_are_reported_by_line_and_nothing_is_stored(registry, tmp_path):
    rows = [
        GOOD,
        dict(GOOD, countries={"from": ["AZE"], "to": ["XYZ"]}),           # line 2
        dict(GOOD, date={"start": "2021-02-30", "end": None}),          # line 3
        {k: v for k, v in GOOD.items() if k != "type"},                 # line 4
        dict(GOOD, quantity={"value": "many", "qualifier": "exactly"}),  # line 5
        "{not json",                                                    # line 6
        dict(GOOD, countries={"from": "AZE", "to": []}),                # line 7
    ]
    with pytest.raises(ImportValidationError) as info:
        import_file(registry, _jsonl(tmp_path / "bad.jsonl", *rows))
    lines = sorted({n for n, _ in info.value.problems})
    assert lines == [2, 3, 4, 5, 6, 7]
    message = str(info.value)
    assert "line 2: unknown country code(s) XYZ" in message
    assert "line 3: impossible date" in message
    assert "line 4: missing field 'type'" in message
    assert "nothing imported" in message
    assert count_events(registry) == 0


def test_csv_rows_are_checked_with_their_line_numbers(registry, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "type,date_start,date_end,countries_from,countries_to,quantity_value,title\n"
        "visit,2021-06-15,,TUR,AZE,,\n"
        "visit,2021-06-31,,TUR,AZE,,\n"
        'meeting,2021-01-01,,AZE,FRA,lots,"two\nlines"\n'
        "party,2021,,AZE,,,\n")
    with pytest.raises(ImportValidationError) as info:
        import_file(registry, path)
    assert sorted({n for n, _ in info.value.problems}) == [3, 4, 6]
    assert count_events(registry) == 0


def test_csv_without_required_columns_is_refused(registry, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("name,when\nfoo,2021\n")
    with pytest.raises(ImportValidationError, match="date_start"):
        import_file(registry, path)


def test_rows_of_one_file_do_not_merge_with_each_other(registry, tmp_path):
    report = import_file(registry, _jsonl(tmp_path / "e.jsonl", GOOD, GOOD))
    assert report.new_events == 2 and count_events(registry) == 2
