"""``ingest --accept-above``, the review list's order and the confidence columns."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def mixed(tmp_path):
    f = tmp_path / "mixed.txt"
    f.write_text("visit 2021-06-15 TUR>AZE @0.97 | sure\n"
                 "call 2021-06-16 AZE>GEO @0.35 | doubtful\n"
                 "meeting 2021-06-17 AZE>HUN @0.70 | middling\n", encoding="utf-8")
    return f


def test_ingest_accept_above_says_how_many_it_accepted_and_left(run, fake_pipeline, mixed):
    result = run("ingest", mixed, "--accept-above", "0.7")
    assert result.exit_code == 0, result.output
    assert "2 record(s) accepted (confidence >= 0.7), 1 left as candidates for review" \
        in result.stdout
    left = run("review", "list", "--format", "jsonl")
    assert [json.loads(x)["title"] for x in left.stdout.splitlines()] == ["doubtful"]


def test_ingest_refuses_accept_with_accept_above(run, fake_pipeline, mixed):
    result = run("ingest", mixed, "--accept", "--accept-above", "0.9")
    assert result.exit_code != 0
    assert "not both" in result.stderr
    assert run("review", "list", "--format", "jsonl").stdout == ""


def test_ingest_refuses_a_threshold_outside_zero_to_one(run, fake_pipeline, mixed):
    result = run("ingest", mixed, "--accept-above", "2")
    assert result.exit_code != 0
    assert "--accept-above" in result.stderr


def test_ingest_help_explains_both_flags(run):
    result = run("ingest", "--help", db=False)
    text = " ".join(result.stdout.split())
    assert "--accept-above" in text and "Not with --accept" in text


def test_review_list_shows_the_least_confident_first_with_its_confidence(
        run, fake_pipeline, mixed):
    assert run("ingest", mixed).exit_code == 0
    listed = run("review", "list")
    assert listed.exit_code == 0, listed.output
    out = listed.stdout
    assert "conf" in out
    assert out.index("0.35") < out.index("0.70") < out.index("0.97")
    rows = [json.loads(x) for x in run("review", "list", "--format", "jsonl").stdout.splitlines()]
    assert [r["confidence"] for r in rows] == [0.35, 0.70, 0.97]


def test_extract_table_shows_a_confidence_per_record(run, tmp_path):
    f = tmp_path / "readout.txt"
    f.write_text("On 3 March 2021 the Minister of Foreign Affairs of Georgia met with the "
                 "Foreign Minister of Estonia in Tbilisi.\n", encoding="utf-8")
    result = run("extract", f, "--issuer", "GEO", "--format", "table", db=False)
    assert result.exit_code == 0, result.output
    assert "conf" in result.stdout
    rows = [json.loads(x) for x in run("extract", f, "--issuer", "GEO", db=False)
            .stdout.splitlines()]
    assert rows and all(0.0 <= r["confidence"] <= 1.0 for r in rows)
    assert f"{rows[0]['confidence']:.2f}" in result.stdout
