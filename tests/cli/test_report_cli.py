"""``communique report``, ``stats`` and ``check`` end to end (fake extractor, tmp registry)."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def ingested(run, fake_pipeline, tmp_path):
    doc = tmp_path / "aze-2021.txt"
    doc.write_text("visit 2021-06-15..2021-06-16 TUR>AZE\n"
                   "agreement 2021-06-15 AZE>TUR | Shusha Declaration\n"
                   "visit 2021 HUN>AZE\n"
                   "meeting 2021-03-02 AZE>HUN\n"
                   "meeting 2021-05-05 AZE>ARM,RUS\n"
                   "consultation 2021-04-04 AZE>DEU\n"
                   "multilateral 2021-09-21 AZE> UNGA\n")
    result = run("ingest", doc, "--issuer", "AZE", "--accept")
    assert result.exit_code == 0, result.output
    return tmp_path


def test_report_markdown_to_stdout(run, ingested):
    result = run("report", "--issuer", "AZE", "--year", "2021")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("# Azerbaijan: foreign policy in 2021")
    assert "In 2021, Azerbaijan received 2 visits from 2 countries" in out
    assert "the \"Shusha Declaration\" was signed with Türkiye" in out


def test_report_formats_by_suffix(run, ingested):
    for name in ("review.html", "review.docx"):
        out = ingested / name
        result = run("report", "-i", "AZE", "-y", "2021", "-o", out)
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 1000
        assert f"written to {out}" in result.stderr
    assert (ingested / "review.docx").read_bytes()[:2] == b"PK"


def test_report_needs_a_file_for_binary_formats(run, ingested):
    result = run("report", "-i", "AZE", "-y", "2021", "--format", "pdf")
    assert result.exit_code == 1 and "-o review.pdf" in result.stderr


def test_report_of_an_empty_year_says_so(run, ingested):
    result = run("report", "-i", "AZE", "-y", "2019")
    assert result.exit_code == 0
    assert "holds no accepted records of Azerbaijan for 2019" in result.stdout


def test_report_with_an_unknown_issuer_fails_clearly(run, ingested):
    result = run("report", "-i", "XYZ", "-y", "2021")
    assert result.exit_code == 1
    assert "E200 unknown country code 'XYZ'" in result.stderr


def test_report_with_a_broken_template_names_it(run, ingested, tmp_path):
    house = tmp_path / "house"
    house.mkdir()
    (house / "review.md.j2").write_text("{% if %}\n")
    result = run("report", "-i", "AZE", "-y", "2021", "--templates", house)
    assert result.exit_code == 1
    assert "E210" in result.stderr and "review.md.j2, line 1" in result.stderr


def test_stats_by_type_and_country(run, ingested):
    result = run("stats", "-i", "AZE", "-y", "2021", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["counting_rules"] == "2" and data["events"] == 7
    assert {r["key"]: r["count"] for r in data["rows"]} == {
        "visit": 2, "meeting": 2, "consultation": 1, "agreement": 1, "multilateral": 1}
    top = run("stats", "-i", "AZE", "-y", "2021", "--by", "country", "--top", "1",
              "--format", "csv")
    assert top.stdout.splitlines()[1:] == [top.stdout.splitlines()[1]]  # --top 1
    assert top.stdout.splitlines()[1].startswith("HUN,Hungary,2,")  # ties: by name
    table = run("stats", "-i", "AZE", "-y", "2021", "--by", "region")
    assert "Europe" in table.stdout and "Asia" in table.stdout


def test_stats_writes_the_dyad_year_table(run, ingested):
    pd = pytest.importorskip("pandas")
    out = ingested / "dyads.parquet"
    result = run("stats", "--dyads", "-o", out)
    assert result.exit_code == 0, result.output
    frame = pd.read_parquet(out)
    row = frame[(frame.country_a == "ARM") & (frame.country_b == "RUS")].iloc[0]
    assert (row.year, row.meeting, row.total) == (2021, 1, 1)
    csv_out = ingested / "dyads.csv"
    assert run("stats", "--dyads", "-i", "AZE", "-o", csv_out).exit_code == 0
    assert csv_out.read_text().splitlines()[0].startswith("year,country_a,country_b,visit")
    assert "ARM,RUS" not in csv_out.read_text()


def test_check_judges_a_draft(run, ingested):
    draft = ingested / "draft.md"
    draft.write_text("In 2021 our country received 2 visits. More than 5 meetings were held. "
                     "Agreements were signed with Hungary, Türkiye and Hungary.\n")
    result = run("check", draft, "-i", "AZE", "-y", "2021", "--format", "json")
    assert result.exit_code == 1  # a claim disagrees
    findings = json.loads(result.stdout)
    verdicts = [(f["kind"], f["phrase"], f["verdict"]) for f in findings]
    assert verdicts == [("claim", "2 visits", "agrees"),
                        ("claim", "More than 5 meetings", "disagrees"),
                        ("list", "Hungary, Türkiye and Hungary", "disagrees")]
    text = run("check", draft, "-i", "AZE", "-y", "2021")
    assert "DISAGREES (1): the registry's count differs" in text.stdout
    assert '- "More than 5 meetings" (characters 39-59): meetings of AZE in 2021' in text.stdout
    assert "2 recorded (records" in text.stdout and "the claim (more than 5) does not " \
        "match 2" in text.stdout


def test_check_of_an_unreadable_draft_fails_clearly(run, ingested):
    bad = ingested / "draft.bin"
    bad.write_bytes(b"\x00\x01\x02\xff" * 100)
    result = run("check", bad, "-i", "AZE", "-y", "2021")
    assert result.exit_code == 1 and "E103" in result.stderr and "draft.bin" in result.stderr
    missing = run("check", ingested / "nope.docx", "-i", "AZE", "-y", "2021")
    assert missing.exit_code == 1 and "E101" in missing.stderr


def test_check_reads_a_docx_draft(run, ingested):
    from docx import Document

    path = ingested / "draft.docx"
    doc = Document()
    doc.add_paragraph("In 2021, Azerbaijan received 2 visits from 2 countries.")
    doc.save(str(path))
    result = run("check", path, "-i", "AZE", "-y", "2021", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [f["verdict"] for f in json.loads(result.stdout)] == ["agrees", "agrees"]
