from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from communique.consular import ConsularCase, desk_stats, find_cases, import_cases, show_case
from communique.errors import ImportValidationError

HEADER = ("opened,channel,category,country,city,mission,citizen_name,citizen_birth_date,"
          "citizen_sex,document_number,summary,status\n")


def _write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "log.csv"
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_legacy_log_is_imported_with_its_citizens_encrypted(desk, officer, tmp_path):
    path = _write(tmp_path,
                  "2021-01-05T09:30,hotline,lost-document,TUR,Istanbul,TUR Istanbul,"
                  "Quillon Barkwater,1975-02-03,M,PX1002,passport stolen,closed",
                  "2021-01-06,,appeal,GEO,,,,,,,,",
                  "2021-02-01,email,detention,RUS,,,,,,,,in-progress")
    result = import_cases(desk, officer, path)
    assert (result.rows, result.months) == (3, 2)
    found = find_cases(desk, officer, document="PX1002")
    assert len(found) == 1 and found[0].status == "closed"
    assert show_case(desk, officer, found[0].id).citizens[0]["name"] == "Quillon Barkwater"
    assert desk_stats(desk, 2021).by_month == {"2021-01": 2, "2021-02": 1}


def test_a_bad_row_refuses_the_file_with_line_numbers_and_stores_nothing(desk, officer,
                                                                         registry, tmp_path):
    path = _write(tmp_path,
                  "2021-01-05,hotline,appeal,TUR,,,,,,,,",
                  "2021-01-05,pigeon,appeal,TUR,,,,,,,,",
                  "2021-01-05,hotline,appeal,ATLANTIS,,,,,,,,",
                  ",hotline,appeal,TUR,,,,,,,,",
                  "2021-01-05,hotline,appeal,TUR,,,Secret Name,2021-02-01,,,,")
    with pytest.raises(ImportValidationError) as err:
        import_cases(desk, officer, path)
    assert [n for n, _ in err.value.problems] == [3, 4, 5, 6]
    text = str(err.value)
    assert "log.csv" in text and "line 3: channel" in text and "line 5: opened" in text
    assert "line 6: citizen_birth_date: after the case was opened" in text
    assert "Secret Name" not in text
    with registry.read() as session:
        assert session.scalar(select(func.count()).select_from(ConsularCase)) == 0


def test_a_file_without_the_columns_is_refused(desk, officer, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("date,what\n2021-01-01,x\n", encoding="utf-8")
    with pytest.raises(ImportValidationError, match="lacks column"):
        import_cases(desk, officer, path)
