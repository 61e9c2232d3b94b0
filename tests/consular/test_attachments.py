"""Attachments on cases: encrypted at rest, typed by content, limited in size, logged when
read, erased with the case, re-encrypted by a key rotation, exported by admins only."""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from communique.consular import (
    Attachment,
    access_log,
    attach_file,
    attach_path,
    erase_case,
    export_cases,
    merge_cases,
    open_case,
    read_attachment,
    rotate_keys,
    show_case,
)
from communique.errors import (
    AccessDeniedError,
    NotFound,
    TooLargeError,
    UnsupportedFormatError,
)

LIMIT = 64 * 1024
PDF = b"%PDF-1.4\n% a scanned passport page of Oskarine Velmuth\n%%EOF\n"


def _case(desk, actor) -> int:
    return open_case(desk, actor, opened="2021-03-04T10:00", channel="email",
                     category="lost-document", country="TUR")


def _docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def test_an_attachment_reads_back_and_is_encrypted_at_rest(desk, officer, admin, registry):
    case_id = _case(desk, officer)
    n = attach_file(desk, officer, case_id, "Velmuth passport.pdf", PDF, limit=LIMIT)
    assert n == 1
    assert attach_file(desk, officer, case_id, "letter.docx", _docx(), limit=LIMIT) == 2
    f = read_attachment(desk, officer, case_id, 1)
    assert (f.name, f.kind, f.data) == ("Velmuth passport.pdf", "pdf", PDF)
    assert read_attachment(desk, officer, case_id, 2).kind == "docx"
    with registry.read() as session:
        row = session.scalars(select(Attachment).where(Attachment.n == 1)).one()
        assert b"Velmuth" not in row.data_enc and "Velmuth" not in row.name_enc
        assert row.size == len(PDF) and row.kind == "pdf"
    entry = access_log(desk, admin)[0]
    assert (entry["action"], entry["fields"], entry["note"]) == ("read", "attachment",
                                                                 "attachment 2")
    detail = show_case(desk, officer, case_id)
    assert [(a["n"], a["name"]) for a in detail.attachments] == [
        (1, "Velmuth passport.pdf"), (2, "letter.docx")]
    assert "attachment names" in access_log(desk, admin)[0]["fields"]
    assert [t["detail"] for t in detail.timeline if t["kind"] == "attach"] == [
        f"attachment 1 added (pdf, {len(PDF)} B)", f"attachment 2 added (docx, {len(_docx())} B)"]


@pytest.mark.parametrize(("data", "problem"), [
    (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "executable"),
    (b"PK\x03\x04" + b"\x00" * 40, "ZIP archive"),
    (b"\x00\x01\x02\x03" * 100, "binary file"),
    (b"", "empty"),
])
def test_a_banned_type_is_refused_with_its_name_and_nothing_stored(desk, officer, registry,
                                                                   data, problem):
    case_id = _case(desk, officer)
    with pytest.raises(UnsupportedFormatError, match=problem) as err:
        attach_file(desk, officer, case_id, "tool.pdf", data, limit=LIMIT)
    assert "tool.pdf" in str(err.value)
    with registry.read() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0


def test_a_file_over_the_upload_limit_is_refused_before_it_is_read(desk, officer, tmp_path):
    case_id = _case(desk, officer)
    big = tmp_path / "big scan.pdf"
    big.write_bytes(PDF + b" " * LIMIT)
    with pytest.raises(TooLargeError, match="over the upload limit") as err:
        attach_path(desk, officer, case_id, big, limit=LIMIT)
    assert "big scan.pdf" in str(err.value)
    assert show_case(desk, officer, case_id).attachments == []


def test_a_viewer_cannot_attach_or_read(desk, officer):
    from communique.consular import Actor

    case_id = _case(desk, officer)
    attach_file(desk, officer, case_id, "a.txt", b"plain words", limit=LIMIT)
    viewer = Actor("v", "viewer")
    with pytest.raises(AccessDeniedError):
        read_attachment(desk, viewer, case_id, 1)
    with pytest.raises(AccessDeniedError):
        attach_file(desk, viewer, case_id, "b.txt", b"more words", limit=LIMIT)


def test_erasing_a_case_erases_its_attachments(desk, officer, registry):
    case_id = _case(desk, officer)
    attach_file(desk, officer, case_id, "Velmuth.pdf", PDF, limit=LIMIT)
    erase_case(desk, officer, case_id, reason="request")
    with pytest.raises(NotFound, match="erased"):
        read_attachment(desk, officer, case_id, 1)
    with registry.read() as session:
        row = session.scalars(select(Attachment)).one()
        assert row.data_enc is None and row.name_enc is None and row.erased_at is not None
    assert show_case(desk, officer, case_id).attachments[0]["erased"]


def test_key_rotation_reencrypts_attachments(desk, officer, admin, registry):
    case_id = _case(desk, officer)
    attach_file(desk, officer, case_id, "Velmuth.pdf", PDF, limit=LIMIT)
    with registry.read() as session:
        before = session.scalars(select(Attachment.data_enc)).one()
    rotate_keys(desk, admin)
    with registry.read() as session:
        row = session.scalars(select(Attachment)).one()
        assert row.data_enc != before and row.data_enc.startswith(b"v1:k2:")
        assert row.name_enc.startswith("v1:k2:")
    assert read_attachment(desk, officer, case_id, 1).data == PDF


def test_merging_moves_the_attachments_after_the_survivors(desk, officer):
    keep, dup = _case(desk, officer), _case(desk, officer)
    attach_file(desk, officer, keep, "one.txt", b"first file", limit=LIMIT)
    attach_file(desk, officer, dup, "two.txt", b"second file", limit=LIMIT)
    merge_cases(desk, officer, dup, keep)
    assert read_attachment(desk, officer, keep, 2).data == b"second file"


def test_exporting_attachments_is_for_admins_and_logged(desk, officer, admin, tmp_path):
    case_id = _case(desk, officer)
    attach_file(desk, officer, case_id, "../Velmuth.pdf", PDF, limit=LIMIT)
    with pytest.raises(AccessDeniedError):
        export_cases(desk, officer, tmp_path / "c.csv", attachments=tmp_path / "files")
    assert not (tmp_path / "files").exists()
    export_cases(desk, admin, tmp_path / "c.csv", attachments=tmp_path / "files")
    out = tmp_path / "files" / f"{case_id}-1-Velmuth.pdf"
    assert out.read_bytes() == PDF and stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "1: Velmuth.pdf" in (tmp_path / "c.csv").read_text(encoding="utf-8")
    entry = access_log(desk, admin)[0]
    assert entry["action"] == "export" and "1 attachment(s)" in entry["note"]


def test_the_cli_attaches_lists_and_writes_an_attachment(desk, officer, registry,
                                                         tmp_path: Path):
    from communique.cli import app

    case_id = _case(desk, officer)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(PDF)
    env = {"COMMUNIQUE_DATABASE_URL": registry.url}
    runner = CliRunner()
    result = runner.invoke(app, ["cases", "attach", str(case_id), str(scan)], env=env)
    assert result.exit_code == 0, result.output
    assert "attachment 1 of case" in result.output
    shown = runner.invoke(app, ["cases", "show", str(case_id)], env=env)
    assert f"attachment 1: scan.pdf (pdf, {len(PDF)} bytes)" in shown.output
    out = tmp_path / "back.pdf"
    got = runner.invoke(app, ["cases", "attachment", str(case_id), "1", "-o", str(out)],
                        env=env)
    assert got.exit_code == 0, got.output
    assert out.read_bytes() == PDF and stat.S_IMODE(out.stat().st_mode) == 0o600
    bad = tmp_path / "prog.pdf"
    bad.write_bytes(b"MZ\x90\x00" + b"\x00" * 100)
    refused = runner.invoke(app, ["cases", "attach", str(case_id), str(bad)], env=env)
    assert refused.exit_code != 0 and "prog.pdf" in refused.output
