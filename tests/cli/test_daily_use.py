"""The command line as a person uses it every day: names, refusals, --version, --db."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def readouts(tmp_path):
    a = tmp_path / "hun.txt"
    a.write_text("visit 2021-06-15 AZE>HUN\nmeeting 2021-09-21 AZE>HUN UNGA\n")
    return (a,)


def test_dossier_resolves_a_country_name_as_the_web_does(run, fake_pipeline, readouts):
    run("ingest", *readouts)
    by_name = run("dossier", "Hungary", "--format", "jsonl")
    assert by_name.exit_code == 0, by_name.output
    assert len(by_name.stdout.splitlines()) == 2
    text = run("dossier", "hungarian", "--year", "2021")
    assert "Dossier Hungary (HUN) 2021: 2 event(s)" in text.stdout


@pytest.mark.parametrize("args, words", [
    (("dossier", "XYZ"), "'XYZ' is not a country we know"),
    (("dossier", "Atlantis"), "'Atlantis' is not a country we know"),
    (("dossier", "HUN", "--year", "23"), "23 is not a year: write it in four digits"),
])
def test_dossier_refuses_what_is_not_a_country_or_a_year(run, args, words):
    result = run(*args)
    assert result.exit_code == 1
    assert words in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("command", [("report", "-i", "AZE"), ("stats", "-i", "AZE"),
                                     ("check", "DRAFT", "-i", "AZE")])
def test_reports_stats_and_check_refuse_a_two_digit_year(run, tmp_path, command):
    draft = tmp_path / "draft.txt"
    draft.write_text("In 2021 our country signed 5 international agreements.\n",
                     encoding="utf-8")
    args = [str(draft) if a == "DRAFT" else a for a in command]
    result = run(*args, "--year", "21")
    assert result.exit_code == 1
    assert "21 is not a year: write it in four digits" in result.stderr


def test_report_into_a_missing_folder_is_a_clear_error(run, tmp_path):
    target = tmp_path / "no" / "such" / "r.pdf"
    result = run("report", "-i", "AZE", "-y", "2021", "-o", target)
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # an error message, not a traceback
    assert f"the folder {target.parent} does not exist" in result.stderr
    assert not target.parent.exists()


def test_version_prints_the_package_version(run):
    from communique import __version__

    result = run("--version", db=False)
    assert result.exit_code == 0
    assert result.stdout.strip() == f"communique {__version__}"


def test_the_registry_url_may_come_before_the_command(run, fake_pipeline, readouts,
                                                       database_url):
    stored = run("--db", database_url, "ingest", *readouts, db=False)
    assert stored.exit_code == 0, stored.output
    listed = run("--db", database_url, "events", "list", "--format", "jsonl", db=False)
    assert len([json.loads(x) for x in listed.stdout.splitlines()]) == 2
    # the same registry after the command, as before
    assert len(run("events", "list", "--format", "jsonl").stdout.splitlines()) == 2


def test_the_registry_url_before_the_command_beats_the_environment(fake_pipeline, readouts,
                                                                   database_url, tmp_path):
    from typer.testing import CliRunner

    from communique.cli import app

    elsewhere = f"sqlite:///{tmp_path / 'other.db'}"
    runner = CliRunner(mix_stderr=False)
    env = {"COMMUNIQUE_DATABASE_URL": elsewhere, "USER": "tester"}
    runner.invoke(app, ["--db", database_url, "ingest", str(readouts[0])], env=env)
    mine = runner.invoke(app, ["--db", database_url, "events", "list", "-f", "jsonl"], env=env)
    assert len(mine.stdout.splitlines()) == 2
    other = runner.invoke(app, ["events", "list", "-f", "jsonl"], env=env)
    assert other.stdout.splitlines() == []


@pytest.mark.parametrize("command", [
    ["export"], ["extract"], ["ingest"], ["review", "accept"], ["dossier"], ["persons", "add"],
    ["stats"], ["users", "role"], ["serve"],
])
def test_help_does_not_say_a_missing_default_twice(run, command):
    result = run(*command, "--help", db=False)
    assert result.exit_code == 0
    assert "[default: None]" not in result.stdout
