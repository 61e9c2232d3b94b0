"""`communique extract` as a user runs it (in-process, typer's runner)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from communique.cli import app

runner = CliRunner(mix_stderr=False)

READOUT = ("Tbilisi, 3 May 2023\n\nMinister visits Norway\n\nOn 3 May 2023 the Minister of "
           "Foreign Affairs of Georgia paid an official visit to the Kingdom of Norway and "
           "met his Norwegian counterpart.\n")


def test_extract_prints_jsonl_with_every_field(tmp_path):
    f = tmp_path / "readout.txt"
    f.write_text(READOUT, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--issuer", "GEO"])
    assert res.exit_code == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert {r["type"] for r in rows} == {"visit", "meeting"}
    for r in rows:
        assert set(r) == {"id", "type", "date", "countries", "organizations", "persons", "place",
                          "title", "quantity", "optional", "source", "measures",
                          "confidence"}
        assert 0.0 <= r["confidence"] <= 1.0
        assert READOUT[r["source"]["start"]:r["source"]["end"]] == r["source"]["text"]


def test_extract_reports_the_inferred_issuer_on_stderr(tmp_path):
    f = tmp_path / "readout.txt"
    f.write_text(READOUT, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f)])
    assert res.exit_code == 0
    assert "issuer GEO" in res.stderr


def test_extract_table_and_json_formats(tmp_path):
    f = tmp_path / "readout.txt"
    f.write_text(READOUT, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--issuer", "GEO", "--format", "json"])
    assert res.exit_code == 0, res.stderr
    rows = json.loads(res.stdout)
    assert sorted(r["type"] for r in rows) == ["meeting", "visit"]
    visit = next(r for r in rows if r["type"] == "visit")
    assert visit["countries"] == {"from": ["GEO"], "to": ["NOR"]}
    assert visit["date"]["start"] == "2023-05-03"
    res = runner.invoke(app, ["extract", str(f), "--issuer", "GEO", "--format", "table"])
    assert "visit" in res.stdout and "NOR" in res.stdout


def test_extract_bad_files_are_reported_and_the_others_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(READOUT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    res = runner.invoke(app, ["extract", str(empty), str(binary), str(good),
                              str(tmp_path / "missing.txt"), "--issuer", "GEO"])
    assert res.exit_code == 1
    assert "E102" in res.stderr and "empty.txt" in res.stderr
    assert "E103" in res.stderr and "blob.txt" in res.stderr
    assert "E101" in res.stderr and "missing.txt" in res.stderr
    assert len(res.stdout.splitlines()) == 2  # the good file's records


def test_extract_rejects_unknown_issuer_and_bad_date(tmp_path):
    f = tmp_path / "readout.txt"
    f.write_text(READOUT, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--issuer", "XYZ"])
    assert res.exit_code == 2 and "E200" in res.stderr
    res = runner.invoke(app, ["extract", str(f), "--date", "2023-13-01"])
    assert res.exit_code == 2 and "--date" in res.stderr


def test_every_command_has_help():
    res = runner.invoke(app, ["--help"])
    assert res.exit_code == 0
    names = [c.name for c in app.registered_commands] + [g.name for g in app.registered_groups]
    for name in names:
        assert name
        sub = runner.invoke(app, [name, "--help"])
        assert sub.exit_code == 0, (name, sub.stdout)


def test_extract_patterns_folder_with_only_an_officeholders_file(run, tmp_path) -> None:
    import json

    doc = tmp_path / "readout.txt"
    doc.write_text("On 4 March 2031 the Minister met Tamsin Oakridge in Tbilisi.\n",
                   encoding="utf-8")
    folder = tmp_path / "mydata"
    folder.mkdir()
    (folder / "officeholders.tsv").write_text(
        "name\taliases\tcountry\trole\tfrom\tto\n"
        "Tamsin Oakridge\t\tNZL\tforeign_minister\t2031-01\t\n", encoding="utf-8")
    result = run("extract", str(doc), "--issuer", "GEO", "--date", "2031-03-05",
                 "--patterns", str(folder), db=False)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [(r["type"], r["countries"]["to"]) for r in records] == [("meeting", ["NZL"])]
