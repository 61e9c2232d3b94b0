"""`review list` flags, `review duplicates`, `review keep-apart`, `review edit --person`."""

from __future__ import annotations

import json


def _add(run, *args):
    out = run("events", "add", "--candidate", *args)
    assert out.exit_code == 0, out.output
    return out.stdout.split()[1]


def test_review_list_says_why_a_candidate_looks_wrong(run):
    eid = _add(run, "--type", "agreement", "--date", "2023-05-05", "--from", "PER", "--to",
               "CHL")
    assert run("review", "edit", eid, "--place-country", "ARG", "--city", "Salta",
               "--status", "candidate").exit_code == 0
    rows = [json.loads(x) for x in run("review", "list", "--format", "jsonl").stdout.splitlines()]
    (row,) = rows
    assert row["flags"] and row["flags"][0].startswith("third-country: placed in Argentina")
    table = run("review", "list").stdout
    assert "looks wrong because" in table and "third-country" in table


def test_review_duplicates_and_keep_apart(run):
    first = _add(run, "--type", "meeting", "--date", "2023-05-05", "--from", "PER", "--to", "CHL")
    # a second meeting two days later, entered by hand (its own occasion until judged)
    other = _add(run, "--type", "meeting", "--date", "2023-05-07", "--from", "PER", "--to",
                 "CHL")
    shown = run("review", "duplicates")
    assert shown.exit_code == 0
    assert f"{first} and {other} (meeting" in shown.stdout and "2 day(s) apart" in shown.stdout
    assert f"communique review keep-apart {first} {other}" in shown.stdout
    pairs = json.loads(run("review", "duplicates", "--format", "json").stdout)
    assert [(p["a"], p["b"], p["days_apart"]) for p in pairs] == [(int(first), int(other), 2)]
    kept = run("review", "keep-apart", first, other, "--note", "two rounds")
    assert kept.exit_code == 0 and "kept apart" in kept.stdout
    assert run("review", "duplicates").stderr.strip() == "no possible duplicates"


def test_review_edit_replaces_the_persons(run):
    eid = _add(run, "--type", "visit", "--date", "2023-06-03", "--from", "GEO", "--to", "TUR",
               "--person", ":head_of_state:GEO")
    edited = run("review", "edit", eid, "--person", "Irakli Garibashvili:head_of_government:GEO",
                 "--person", "Recep Tayyip Erdoğan:head_of_state:tur")
    assert edited.exit_code == 0, edited.output
    shown = json.loads(run("events", "show", eid, "--format", "json").stdout)
    assert [(p["name"], p["role"], p["country"]) for p in shown["event"]["persons"]] == [
        ("Irakli Garibashvili", "head_of_government", "GEO"),
        ("Recep Tayyip Erdoğan", "head_of_state", "TUR")]
    (change,) = [c for c in shown["history"][-1]["changes"] if c["field"] == "persons"]
    assert change["before"] == [{"name": None, "role": "head_of_state", "country": "GEO"}]
    bad = run("review", "edit", eid, "--person", "Someone:king:GEO")
    assert bad.exit_code == 1 and "unknown role 'king'" in bad.stderr
