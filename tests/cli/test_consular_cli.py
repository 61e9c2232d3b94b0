from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"COMMUNIQUE_DATABASE_URL": f"sqlite:///{tmp_path / 'r.db'}",
            "COMMUNIQUE_SECRET_KEY_FILE": str(tmp_path / "secret.key"),
            "COMMUNIQUE_DESK_COUNTRY": "AZE", "USER": "operator"}


def _run(env: dict[str, str], *args: str) -> str:
    result = CliRunner().invoke(app, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.output


def test_a_case_from_the_command_line(env, tmp_path):
    case_id = _run(env, "cases", "add", "--category", "hospital", "--country", "DEU",
                   "--opened", "2021-05-04T10:00", "--name", "Ilsabet Rowntrey",
                   "--document", "D123", "--summary", "in hospital").strip().splitlines()[-1]
    assert _run(env, "cases", "assign", case_id, "nigar").startswith(f"case {case_id} assigned")
    _run(env, "cases", "note", case_id, "called the hospital")
    assert "in-progress" in _run(env, "cases", "status", case_id, "in-progress")
    shown = json.loads(_run(env, "cases", "show", case_id, "--format", "json"))
    assert shown["citizens"][0]["name"] == "Ilsabet Rowntrey"
    assert _run(env, "cases", "find", "--document", "d 123").startswith(case_id)
    listed = json.loads(_run(env, "cases", "list", "--format", "json"))
    assert listed[0]["id"] == int(case_id) and "Rowntrey" not in json.dumps(listed)
    stats = json.loads(_run(env, "cases", "stats", "--year", "2021", "--format", "json"))
    assert stats["appeals"] == "fewer than 5"
    assert "re-encrypted" in _run(env, "keys", "rotate")
    assert _run(env, "cases", "erase", case_id).startswith(f"personal data of case {case_id}")


def test_operations_and_hotlines_from_the_command_line(env, tmp_path):
    op = _run(env, "operations", "add", "--kind", "repatriation", "--date", "2021-06-10",
              "--country", "IRQ").strip().splitlines()[-1]
    manifest = tmp_path / "m.csv"
    manifest.write_text("name,birth_date,sex,document_number\nA B,2012-01-01,F,X1\n"
                        "C D,1990-01-01,F,X2\n", encoding="utf-8")
    assert "2 person(s) added" in _run(env, "operations", "manifest", op, str(manifest))
    ops = json.loads(_run(env, "operations", "list", "--format", "json"))
    assert ops[0]["children"] == 1 and ops[0]["women"] == 1
    _run(env, "hotline", "log", "main", "--date", "2021-06-10", "--calls", "120")
    assert json.loads(_run(env, "hotline", "stats", "--year", "2021", "--format", "json"))[0][
        "calls"] == 120


def test_a_bad_import_exits_non_zero_with_the_line(env, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("opened,channel,category,country,city,mission,citizen_name,"
                    "citizen_birth_date,citizen_sex,document_number,summary,status\n"
                    "2021-01-01,hotline,appeal,QQQ,,,,,,,,\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["cases", "import", str(path)], env=env)
    assert result.exit_code == 1
    assert "line 2: country" in result.output and "nothing stored" in result.output


def test_a_registered_viewer_is_refused_cases(env):
    _run(env, "cases", "list")  # creates the database
    result = CliRunner().invoke(app, ["users", "add", "vera", "--role", "viewer",
                                      "--password-stdin"], input="long-password\n", env=env)
    assert result.exit_code == 0, result.output
    refused = CliRunner().invoke(app, ["cases", "list", "--user", "vera"], env=env)
    assert refused.exit_code == 1 and "statistics only" in refused.output
    assert "fewer than 5" not in _run(env, "cases", "stats", "--year", "2021", "--user", "vera")
    exact = CliRunner().invoke(app, ["cases", "stats", "--exact", "--user", "vera"], env=env)
    assert exact.exit_code == 1 and "statistics only" in exact.output
