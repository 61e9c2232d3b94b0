"""Uploads: stored under a generated name inside the data folder, size-limited, type
checked by content; then ingested, with the records marked in the document view."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from .conftest import Web, build

READOUT = (
    b"Baku, 12 April 2021\n\n"
    b"On 12 April 2021 the Minister of Foreign Affairs of the Republic of Azerbaijan met the "
    b"Minister of Foreign Affairs of the Republic of Chile in Baku. The ministers discussed "
    b"trade and education.\n"
)


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def _upload(web: Web, name: str, content: bytes, **fields: str):
    return web.client("editor").post("/documents", fields,
                                     files={"file": (name, content, "text/plain")})


def test_an_upload_is_stored_under_a_generated_name_and_ingested(web: Web) -> None:
    resp = _upload(web, "readout.txt", READOUT, issuer="AZE")
    assert resp.status_code == 303
    doc_id = int(re.search(r"/documents/(\d+)", resp.headers["location"]).group(1))
    stored = _files(web.data_dir / "uploads")
    assert len(stored) == 1 and re.fullmatch(r"[0-9a-f]{32}\.txt", stored[0].name)
    page = web.client("viewer").get(f"/documents/{doc_id}").text
    assert "readout.txt" in page and "<mark id=\"m" in page and "Chile" in page
    events = web.client("viewer").get(f"/api/v1/events?document={doc_id}").json()
    assert events["total"] >= 1
    assert "CHL" in json_countries(events)


def json_countries(events: dict) -> set[str]:
    out: set[str] = set()
    for item in events["items"]:
        out |= set(item["record"]["countries"]["from"]) | set(item["record"]["countries"]["to"])
    return out


def test_htmx_upload_answers_with_the_result_and_links_to_review(web: Web) -> None:
    c = web.client("editor")
    resp = c.http.post("/documents", data={"issuer": "AZE"},
                       files={"file": ("r.txt", READOUT, "text/plain")},
                       headers={"HX-Request": "true", "X-CSRF-Token": c.csrf})
    assert resp.status_code == 200
    assert "record(s)" in resp.text and "/review?document=" in resp.text
    again = c.http.post("/documents", files={"file": ("copy.txt", READOUT, "text/plain")},
                        headers={"HX-Request": "true", "X-CSRF-Token": c.csrf})
    assert "already in the registry" in again.text
    assert len(_files(web.data_dir / "uploads")) == 1  # the copy is not kept


def test_a_path_in_the_file_name_never_leaves_the_upload_folder(web: Web) -> None:
    resp = _upload(web, "../../../../etc/evil.txt", READOUT)
    assert resp.status_code == 303
    stored = _files(web.data_dir)
    assert all(p.parent == web.data_dir / "uploads" or p.name == "web-secret"
               or web.data_dir / "cache" in p.parents for p in stored)
    doc = web.client("viewer").get("/api/v1/documents").json()["items"][0]
    assert doc["name"] == "evil.txt"


@pytest.mark.parametrize("name, content, words", [
    ("picture.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG image"),
    ("archive.docx", None, "not a Word document"),
    ("program.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "executable"),
    ("binary.txt", bytes(range(256)) * 4, "binary"),
    ("empty.txt", b"", "empty"),
])
def test_a_file_that_is_not_a_document_is_refused_and_not_kept(
        web: Web, name: str, content: bytes | None, words: str) -> None:
    if content is None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("notes.txt", "not a word document")
        content = buf.getvalue()
    resp = _upload(web, name, content)
    assert resp.status_code == 415, resp.text
    assert words in resp.text
    assert _files(web.data_dir / "uploads") == []
    assert web.client("viewer").get("/api/v1/documents").json()["total"] == 1  # the seed


def test_an_upload_over_the_size_limit_is_refused_while_it_streams(
        sqlite_registry, tmp_path, make_doc, extractor) -> None:
    small = build(sqlite_registry, tmp_path, make_doc, extractor, upload_limit=1000)
    resp = small.client("editor").post("/documents",
                                       files={"file": ("big.txt", b"word " * 1000, "text/plain")})
    assert resp.status_code == 413 and "the upload is over the size limit" in resp.text
    assert _files(small.data_dir / "uploads") == []
    api = small.client("editor").post("/api/v1/documents",
                                      files={"file": ("big.txt", b"a" * 5000, "text/plain")})
    assert api.status_code == 413 and api.json()["error"] == "Too large"
    assert small.client("viewer").get("/api/v1/documents").json()["total"] == 1  # the seed


def test_html_and_docx_are_told_by_content(web: Web) -> None:
    from docx import Document as Docx

    html = b"<!doctype html><html><body><p>" + READOUT + b"</p></body></html>"
    resp = web.client("editor").post("/api/v1/documents",
                                     files={"file": ("page.txt", html, "text/plain")})
    assert resp.status_code == 201 and resp.json()["status"] == "stored"
    buf = io.BytesIO()
    d = Docx()
    d.add_paragraph(READOUT.decode().replace("Chile", "Peru"))
    d.save(buf)
    resp = web.client("editor").post("/api/v1/documents",
                                     files={"file": ("minutes", buf.getvalue(), "x/y")})
    assert resp.status_code == 201 and resp.json()["records"] >= 1
    kinds = {p.suffix for p in _files(web.data_dir / "uploads")}
    assert kinds == {".html", ".docx"}


def test_the_document_view_escapes_the_text(web: Web, make_doc, extractor) -> None:
    from communique.services.ingest import ingest_documents

    ingest_documents([make_doc("evil.txt", "# <script>alert(1)</script>",
                               "visit 2021-01-02 AZE>TUR | <b>bold</b>")],
                     registry=web.registry, extractor=extractor)
    doc = web.client("viewer").get("/api/v1/documents").json()["items"][0]["id"]
    page = web.client("viewer").get(f"/documents/{doc}").text
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    assert "<b>bold</b>" not in page


def test_the_document_view_says_what_the_day_was_taken_from(web: Web) -> None:
    from conftest import FakeDocument

    from communique.services.ingest import ingest_documents

    text = ("RIGA, June 4 (Agency) - The Minister of Foreign Affairs of Latvia received the "
            "Ambassador of Chile yesterday.\n")
    ingest_documents([FakeDocument(name="agency.txt", text=text)], registry=web.registry,
                     issuer="LVA", date="2024-06-05")
    doc = web.client("viewer").get("/api/v1/documents").json()["items"][0]["id"]
    detail = web.client("viewer").get(f"/api/v1/documents/{doc}").json()
    assert "opening dateline 2024-06-04" in detail["date_reason"]
    assert detail["issuer_reason"] == "given (not inferred from the text)"
    page = web.client("viewer").get(f"/documents/{doc}").text
    assert "<dt>Dating</dt>" in page and "opening dateline 2024-06-04" in page
