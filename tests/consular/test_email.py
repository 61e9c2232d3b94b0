"""``cases intake FILE.eml``: an e-mail becomes a case with its attachments, or an error
naming the file and nothing stored."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from communique.consular import (
    Attachment,
    ConsularCase,
    intake_emails,
    read_attachment,
    read_email,
    show_case,
)
from communique.errors import UsageError

LIMIT = 64 * 1024
NOW = datetime(2024, 5, 1, 12, 0)
PDF = b"%PDF-1.4\n% a police report about a stolen bag\n%%EOF\n"


def _mail(tmp_path: Path, name: str = "appeal.eml", *, date: str | None =
          "Tue, 12 Mar 2024 09:30:00 +0300", attach: list[tuple[str, bytes]] = (),
          html: bool = False) -> Path:
    msg = EmailMessage()
    msg["From"] = "Tamsin Orrelby <tamsin.orrelby@example.org>"
    msg["To"] = "consul@example.gov"
    msg["Subject"] = "Passport stolen in Izmir"
    if html:
        msg.set_content("<html><body><p>My bag was taken at the bus station.</p></body></html>",
                        subtype="html")
    else:
        msg.set_content("My bag was taken at the bus station.\nPlease call me back.")
    for fname, data in attach:
        maintype, subtype = ("application", "pdf") if data.startswith(b"%PDF") else (
            "application", "octet-stream")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    path = tmp_path / name
    head = f"Date: {date}\n".encode() if date is not None else b""  # as written, even if bad
    path.write_bytes(head + msg.as_bytes())
    return path


def _count(registry, model) -> int:
    with registry.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_an_email_becomes_a_case_with_sender_subject_body_date_and_attachments(
        desk, officer, tmp_path):
    path = _mail(tmp_path, attach=[("police report.pdf", PDF)])
    (case_id,) = intake_emails(desk, officer, [path], country="TUR", category="lost-document",
                               limit=LIMIT, now=NOW)
    detail = show_case(desk, officer, case_id)
    assert detail.row.channel == "email" and detail.row.category == "lost-document"
    assert detail.row.opened_at == datetime(2024, 3, 12, 6, 30)  # UTC
    assert detail.summary == "Passport stolen in Izmir"
    assert detail.citizens[0]["name"] == "Tamsin Orrelby"
    assert detail.citizens[0]["contacts"] == "tamsin.orrelby@example.org"
    body = [t for t in detail.timeline if t["kind"] == "email"]
    assert body[0]["text"].startswith("My bag was taken at the bus station.")
    assert detail.row.sla.response_due is not None  # the citizen's words are no response
    assert [a["name"] for a in detail.attachments] == ["police report.pdf"]
    assert read_attachment(desk, officer, case_id, 1).data == PDF


def test_an_html_only_email_keeps_its_text(desk, officer, tmp_path):
    (case_id,) = intake_emails(desk, officer, [_mail(tmp_path, html=True)], country="TUR",
                               limit=LIMIT, now=NOW)
    body = [t for t in show_case(desk, officer, case_id).timeline if t["kind"] == "email"]
    assert body[0]["text"] == "My bag was taken at the bus station."


@pytest.mark.parametrize(("kwargs", "problem"), [
    ({"date": None}, "no Date header"),
    ({"date": "the day after tomorrow"}, "not a date"),
    ({"date": "Sat, 01 Jun 2024 10:00:00 +0000"}, "dated in the future"),
    ({"attach": [("setup.exe", b"MZ\x90\x00" + b"\x00" * 200)]}, "Windows executable"),
    ({"attach": [("huge.pdf", PDF + b" " * LIMIT)]}, "over the upload limit"),
])
def test_a_bad_email_is_refused_naming_the_file_and_nothing_is_stored(
        desk, officer, registry, tmp_path, kwargs, problem):
    good = _mail(tmp_path, "good.eml")
    bad = _mail(tmp_path, "bad.eml", **kwargs)
    with pytest.raises(UsageError, match=problem) as err:
        intake_emails(desk, officer, [good, bad], country="TUR", limit=LIMIT, now=NOW)
    assert str(bad) in str(err.value)
    assert _count(registry, ConsularCase) == 0 and _count(registry, Attachment) == 0


@pytest.mark.parametrize("content", [b"", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50,
                                     b"just a line of text with no headers\n"])
def test_a_file_that_is_no_email_is_refused(tmp_path, content):
    path = tmp_path / "note.eml"
    path.write_bytes(content)
    with pytest.raises(UsageError, match="not an e-mail") as err:
        read_email(path, limit=LIMIT, now=NOW)
    assert "note.eml" in str(err.value)


def test_an_unknown_country_is_refused_before_anything_is_stored(desk, officer, registry,
                                                                  tmp_path):
    with pytest.raises(UsageError, match="country"):
        intake_emails(desk, officer, [_mail(tmp_path)], country="XXX", limit=LIMIT, now=NOW)
    assert _count(registry, ConsularCase) == 0


def test_the_cli_takes_in_emails_and_points_import_to_intake(desk, officer, registry,
                                                             tmp_path):
    from communique.cli import app

    env = {"COMMUNIQUE_DATABASE_URL": registry.url}
    path = _mail(tmp_path, attach=[("report.pdf", PDF)])
    runner = CliRunner()
    result = runner.invoke(app, ["cases", "intake", str(path), "--country", "TUR"], env=env)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("appeal.eml: case ")
    wrong = runner.invoke(app, ["cases", "import", str(path)], env=env)
    assert wrong.exit_code != 0 and "cases intake appeal.eml" in wrong.output
    assert _count(registry, ConsularCase) == 1
