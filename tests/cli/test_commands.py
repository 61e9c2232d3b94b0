from __future__ import annotations

import csv
import io
import json

import pytest


@pytest.fixture
def readouts(tmp_path):
    a = tmp_path / "aze.txt"
    a.write_text("visit 2021-06-15..2021-06-16 TUR>AZE\nagreement 2021-06-15 AZE>TUR | Shusha "
                 "Declaration\nmeeting 2021-09-21 AZE>HUN UNGA\n")
    b = tmp_path / "tur.txt"
    b.write_text("# the counterpart's readout\nvisit 2021-06-15 TUR>AZE\n")
    return a, b


def _events(run, *args):
    result = run("events", "list", "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_ingest_reports_and_merges(run, fake_pipeline, readouts):
    result = run("ingest", *readouts)
    assert result.exit_code == 0, result.output
    assert "2 document(s) stored" in result.stdout and "1 merged" in result.stdout
    again = run("ingest", readouts[0])
    assert "1 already present" in again.stdout
    assert len(_events(run)) == 3


def test_ingest_of_a_missing_file_fails_and_stores_the_rest(run, readouts, tmp_path):
    good = tmp_path / "real.txt"
    good.write_text("Ministry of Foreign Affairs of the Republic of Azerbaijan\n\n"
                    "On 3 March 2021 the Minister of Foreign Affairs had a telephone "
                    "conversation with the Foreign Minister of Estonia.\n")
    result = run("ingest", good, tmp_path / "missing.txt", "--issuer", "AZE")
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr and "1 document(s) stored" in result.stdout


def test_events_list_filters_and_formats(run, fake_pipeline, readouts):
    run("ingest", *readouts)
    assert [e["type"] for e in _events(run, "--type", "visit")] == ["visit"]
    assert [e["type"] for e in _events(run, "--org", "UNGA")] == ["meeting"]
    assert _events(run, "--country", "HUN", "--from-date", "2022") == []
    table = run("events", "list", "--country", "TUR")
    assert "visit" in table.stdout and "agreement" in table.stdout
    flat = run("events", "list", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(flat.stdout)))
    assert {r["plover"] for r in rows} == {"CONSULT", "AGREE"}
    bad = run("events", "list", "--from-date", "2021-02-30")
    assert bad.exit_code == 1 and "E200" in bad.stderr


def test_events_show_lists_every_mention_and_why(run, fake_pipeline, readouts):
    run("ingest", *readouts)
    (visit,) = _events(run, "--type", "visit")
    event_id = visit["id"].removeprefix("ev-")
    shown = run("events", "show", event_id)
    assert shown.exit_code == 0, shown.output
    assert "2 mention(s)" in shown.stdout and "aze.txt" in shown.stdout
    assert "same type (visit), countries AZE+TUR" in shown.stdout
    data = json.loads(run("events", "show", event_id, "--format", "json").stdout)
    assert len(data["mentions"]) == 2
    assert run("events", "show", "999").exit_code == 1


def test_events_add_then_review_actions_are_audited(run):
    added = run("events", "add", "--type", "meeting", "--date", "2021-05-05", "--from", "aze",
                "--to", "FRA", "--person", "Jeyhun Bayramov:foreign_minister:AZE",
                "--candidate")
    assert added.exit_code == 0, added.output
    event_id = added.stdout.split()[1]
    second = run("events", "add", "--type", "call", "--date", "2021-05-06", "--from", "AZE",
                 "--to", "FRA").stdout.split()[1]
    listed = run("review", "list", "--format", "jsonl")
    assert [json.loads(x)["type"] for x in listed.stdout.splitlines()] == ["meeting"]
    assert run("review", "accept", event_id).exit_code == 0
    edited = run("review", "edit", event_id, "--title", "Working dinner", "--expect-version",
                 "2")
    assert edited.exit_code == 0, edited.output
    stale = run("review", "edit", event_id, "--title", "x", "--expect-version", "1")
    assert stale.exit_code == 1 and "E404" in stale.stderr
    refused = run("review", "merge", event_id, second)  # a call into a meeting
    assert refused.exit_code == 1 and "E201" in refused.stderr and "--force" in refused.stderr
    assert "the call count loses 1" in refused.stderr
    assert run("review", "merge", event_id, second, "--force").exit_code == 0
    split = run("review", "split", event_id)
    assert split.exit_code == 0 and f"event(s) {second}" in split.stdout
    assert run("review", "reject", second, "--note", "duplicate entry").exit_code == 0
    history = json.loads(run("events", "show", event_id, "--format", "json").stdout)["history"]
    assert [h["action"] for h in history] == ["add", "accepted", "edit", "merge", "split"]
    assert {"field": "title", "before": None, "after": "Working dinner"} in history[2]["changes"]
    assert [c["field"] for c in history[1]["changes"]] == ["status"]
    assert {h["who"] for h in history} == {"tester"}


def test_dossier_groups_events_with_their_sources(run, fake_pipeline, readouts):
    run("ingest", *readouts)
    result = run("dossier", "tur", "--year", "2021")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Dossier Türkiye (TUR) 2021" in out and "2 event(s)" in out
    assert out.index("visit (1)") < out.index("agreement (1)")
    assert "visit 2021-06-15..2021-06-16 TUR>AZE" in out
    lines = run("dossier", "TUR", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(x)["type"] for x in lines] == ["visit", "agreement"]


def test_persons_add_list_show(run):
    added = run("persons", "add", "Jeyhun Bayramov", "--role", "foreign_minister",
                "--country", "AZE", "--from", "2020-07-16")
    assert added.exit_code == 0, added.output
    run("events", "add", "--type", "call", "--date", "2021-05-06", "--from", "AZE", "--to",
        "FRA", "--person", ":foreign_minister:AZE")
    listed = run("persons", "list")
    assert "Jeyhun Bayramov" in listed.stdout
    shown = run("persons", "show", "Jeyhun Bayramov")
    assert "1 event(s)" in shown.stdout and "call" in shown.stdout
    assert run("persons", "add", "X", "--role", "emperor").exit_code == 1


def test_export_and_import_commands(run, fake_pipeline, readouts, tmp_path):
    run("ingest", *readouts)
    out = tmp_path / "all.csv"
    result = run("export", "--format", "csv", "-o", out)
    assert result.exit_code == 0 and "3 event(s) written" in result.stderr
    parquet = tmp_path / "all.parquet"
    assert run("export", "--format", "parquet", "-o", parquet).exit_code == 0
    assert parquet.stat().st_size > 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "visit", "date": {"start": "2021-04-31"}, '
                   '"countries": {"from": ["ZZZ"], "to": []}}\n')
    refused = run("import", bad)
    assert refused.exit_code == 1
    assert "line 1: impossible date" in refused.stderr and "ZZZ" in refused.stderr
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"type": "call", "date": {"start": "2021-07-01", "end": None},
                                "countries": {"from": ["AZE"], "to": ["EST"]}}) + "\n")
    imported = run("import", good, "--accept")
    assert imported.exit_code == 0 and "1 new event(s)" in imported.stdout
    assert len(_events(run)) == 4


def test_events_add_takes_repeatable_measures(run):
    added = run("events", "add", "--type", "election", "--date", "2021-11-20", "--from", "AZE",
                "--org", "UNESCO", "--measure", "143 votes", "--measure", "USD 2 million")
    assert added.exit_code == 0, added.output
    event_id = added.stdout.split()[1]
    shown = json.loads(run("events", "show", event_id, "--format", "json").stdout)
    assert shown["event"]["measures"] == [
        {"value": 143, "qualifier": "exactly", "unit": "votes"},
        {"value": 2000000, "qualifier": "exactly", "unit": "USD"}]
    assert "measure   143 votes" in run("events", "show", event_id).stdout
    bad = run("events", "add", "--type", "election", "--date", "2021", "--from", "AZE",
              "--measure", "many votes")
    assert bad.exit_code != 0 and "143 votes" in bad.stderr


def test_review_edit_replaces_the_measures(run):
    event_id = run("events", "add", "--type", "outreach", "--date", "2021-06-01", "--from",
                   "AZE", "--measure", "40 students").stdout.split()[1]
    edited = run("review", "edit", event_id, "--measure", "42 students", "--measure",
                 "12 countries")
    assert edited.exit_code == 0, edited.output
    shown = json.loads(run("events", "show", event_id, "--format", "json").stdout)
    assert [m["value"] for m in shown["event"]["measures"]] == [42, 12]
    bad = run("review", "edit", event_id, "--measure", "lots")
    assert bad.exit_code == 1 and "143 votes" in bad.stderr
