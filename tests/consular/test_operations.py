from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from communique.consular import (
    Citizen,
    CitizenInput,
    add_crossing,
    add_manifest,
    add_operation,
    hotline_stats,
    list_operations,
    log_calls,
    read_manifest,
    show_operation,
)
from communique.errors import ImportValidationError, UsageError


def test_a_manifest_is_counted_by_age_on_the_operations_date_and_sex(desk, officer):
    op = add_operation(desk, officer, kind="repatriation", day="2021-06-10", country="IRQ",
                       means="flight")
    add_manifest(desk, officer, op, [
        CitizenInput(name="Kid One", birth_date="2003-06-11", sex="M"),  # 17 on the day
        CitizenInput(name="Young Woman", birth_date="2003-06-10", sex="F"),  # 18 that day
        CitizenInput(name="Girl", birth_date="2015-01-01", sex="F"),
        CitizenInput(name="A Man", birth_date="1980-01-01", sex="M"),
        CitizenInput(name="No Date", sex="F"),
    ])
    view = list_operations(desk, officer)[0]
    assert view.people == 5
    assert view.by_group == {"child": 2, "woman": 1, "man": 1, "unknown": 1}
    shown = show_operation(desk, officer, op)
    assert {p["name"] for p in shown.manifest} >= {"Kid One", "Girl"}


def test_a_bad_manifest_row_refuses_the_whole_file(desk, officer, registry, tmp_path: Path):
    op = add_operation(desk, officer, kind="evacuation", day="2021-08-20", country="AFG")
    path = tmp_path / "m.csv"
    path.write_text("name,birth_date,sex,document_number\nGood Person,1990-01-01,F,P1\n"
                    "Later Born,2022-01-01,F,P2\n,1990-01-01,M,P3\n", encoding="utf-8")
    with pytest.raises(ImportValidationError) as err:
        add_manifest(desk, officer, op, [
            CitizenInput(name="Good Person", birth_date="1990-01-01"),
            CitizenInput(name="Later Born", birth_date="2022-01-01")], source=str(path))
    assert "line 3: citizen birth date: after the date" in str(err.value)
    assert "Later Born" not in str(err.value)
    with pytest.raises(ImportValidationError, match="line 4: the name is empty"):
        read_manifest(path)
    with registry.read() as session:
        assert session.scalar(select(func.count()).select_from(Citizen)) == 0


def test_operations_refuse_unknown_kinds_countries_and_dates(desk, officer):
    with pytest.raises(UsageError, match="kind"):
        add_operation(desk, officer, kind="rescue", day="2021-01-01", country="IRQ")
    with pytest.raises(UsageError, match="country"):
        add_operation(desk, officer, kind="evacuation", day="2021-01-01", country="ZZZ")
    with pytest.raises(UsageError, match="date"):
        add_operation(desk, officer, kind="evacuation", day="2021-13-01", country="IRQ")


def test_crossings_per_day_and_hotline_calls_per_day(desk, officer):
    op = add_operation(desk, officer, kind="evacuation", day="2021-04-01", country="RUS",
                       means="border-crossing")
    add_crossing(desk, officer, op, "2021-04-02", 40)
    add_crossing(desk, officer, op, "2021-04-03", 60)
    assert [c["people"] for c in list_operations(desk, officer)[0].crossings] == [40, 60]
    log_calls(desk, officer, "main", "2021-04-02", 150)
    log_calls(desk, officer, "main", "2021-04-03", 90)
    log_calls(desk, officer, "main", "2021-04-03")
    assert hotline_stats(desk, 2021) == [{"hotline": "main", "calls": 241, "days": 2,
                                          "per_day": 120.5}]
