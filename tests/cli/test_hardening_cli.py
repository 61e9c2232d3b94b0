"""Bad input on the command line ends in one clear error (code, file, what to do), never a
traceback, on SQLite and PostgreSQL (issue 15, items 3-7 and the weak ones)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def clean_failure(result, *codes: str) -> str:  # type: ignore[no-untyped-def]
    """The error text of a command that failed cleanly (exit 1 or 2, no exception)."""
    assert result.exit_code in (1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    text = result.stderr + result.stdout
    assert "Traceback" not in text
    for code in codes:
        assert code in text, text
    return text


def test_events_add_refuses_unknown_codes_and_stores_nothing(run) -> None:
    result = run("events", "add", "--type", "meeting", "--date", "2021-05-05", "--from", "XYZ",
                 "--to", "AZE", "--person", "Someone:emperor:AZE", "--quantity", "3",
                 "--qualifier", "bogus", "--place-country", "ZZZ", "--org", "NOTANORG")
    text = clean_failure(result, "E200")
    for word in ("XYZ", "emperor", "bogus", "ZZZ", "NOTANORG"):
        assert word in text
    dossier = run("dossier", "XYZ")
    assert "meeting" not in dossier.stdout


def test_over_long_and_nul_text_is_refused_before_the_database(run, tmp_path: Path) -> None:
    long_title = "x" * 1500
    clean_failure(run("events", "add", "--type", "meeting", "--date", "2021-05-05",
                      "--from", "AZE", "--to", "TUR", "--title", long_title), "E200", "1000")
    clean_failure(run("persons", "add", "y" * 400, "--role", "foreign_minister"), "E200")
    good = run("events", "add", "--type", "meeting", "--date", "2021-05-05", "--from", "AZE",
               "--to", "TUR")
    assert good.exit_code == 0, good.output
    event_id = good.stdout.split()[-1]
    clean_failure(run("review", "edit", event_id, "--title", long_title), "E200", "1000")
    rows = tmp_path / "long.jsonl"
    record = {"type": "call", "date": {"start": "2021-01-05"},
              "countries": {"from": ["AZE"], "to": ["ITA"]}, "title": long_title}
    rows.write_text(json.dumps(record) + "\n", encoding="utf-8")
    clean_failure(run("import", str(rows)), "E500", "line 1", "1000")


def test_huge_ids_and_negative_pages_are_refused(run) -> None:
    clean_failure(run("events", "show", str(2**63)), "E200", "not a valid id")
    clean_failure(run("review", "accept", str(2**64)), "E200")
    clean_failure(run("events", "list", "--limit", "-5"), "E200", "--limit")
    clean_failure(run("events", "list", "--offset", "-1"), "E200", "--offset")


def test_nul_in_filters_is_refused(run) -> None:
    clean_failure(run("events", "list", "--text", "a\x00b"), "E200", "NUL")
    clean_failure(run("events", "list", "--country", "A\x00Z"), "E200", "NUL")


def test_importing_a_binary_or_deeply_nested_file_gives_a_clear_error(run,
                                                                       tmp_path: Path) -> None:
    binary = tmp_path / "photo.jsonl"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    clean_failure(run("import", str(binary)), "E103", "photo.jsonl")
    nested = tmp_path / "nested.jsonl"
    nested.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    clean_failure(run("import", str(nested)), "E500", "nested")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("type,date_start,title\ncall,2021-01-05,Caf\xe9\n".encode("latin-1"))
    clean_failure(run("import", str(latin)), "E103", "UTF-8")


def test_export_into_a_missing_folder_or_onto_a_folder_is_refused(run,
                                                                 tmp_path: Path) -> None:
    clean_failure(run("export", "-o", str(tmp_path / "nope" / "events.jsonl")), "E700",
                  "does not exist")
    clean_failure(run("export", "--format", "parquet", "-o", str(tmp_path)), "E700",
                  "is a folder")


@pytest.mark.parametrize("make", ["missing", "file", "empty"])
def test_extract_refuses_a_patterns_path_that_holds_no_patterns(run, tmp_path: Path,
                                                                make: str) -> None:
    doc = tmp_path / "readout.txt"
    doc.write_text("The Minister met the Ambassador of Peru on 3 May 2021.\n", encoding="utf-8")
    patterns = tmp_path / "patterns"
    if make == "file":
        patterns.write_text("not a folder", encoding="utf-8")
    elif make == "empty":
        patterns.mkdir()
    text = clean_failure(run("extract", str(doc), "--issuer", "AZE", "--patterns",
                             str(patterns), db=False), "E300")
    assert "patterns" in text


def test_serve_trusts_no_proxy_unless_told(run, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: calls.append(k))
    monkeypatch.delenv("COMMUNIQUE_FORWARDED_ALLOW_IPS", raising=False)
    assert run("serve", "--public-read").exit_code == 0
    assert calls[-1]["proxy_headers"] is False  # a forged X-Forwarded-For is ignored
    assert run("serve", "--public-read", "--forwarded-allow-ips", "10.0.0.5").exit_code == 0
    assert calls[-1]["proxy_headers"] is True
    assert calls[-1]["forwarded_allow_ips"] == "10.0.0.5"
