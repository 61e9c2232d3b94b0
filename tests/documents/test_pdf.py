"""The PDF reader: text layer with pypdf, scans, encryption, damage."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from communique.documents import read_document
from communique.errors import NoTextLayerError, UnsupportedFormatError

from ._make import make_pdf, write

LINES = ["The delegation of Türkiye arrived in Baku on 12 March.",
         "Talks (in two rounds) also covered Côte d'Ivoire."]


def test_text_layer_pages_joined_by_blank_line(tmp_path: Path) -> None:
    path = write(tmp_path / "review.pdf", make_pdf([LINES, ["Second page."]]))
    doc = read_document(path)
    assert doc.text == "\n".join(LINES) + "\n\nSecond page."
    assert (doc.kind, doc.encoding, doc.name) == ("pdf", None, "review.pdf")
    assert doc.size == path.stat().st_size


def test_pages_without_text_are_left_out(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "mixed.pdf", make_pdf([["One."], None, ["Three."]])))
    assert doc.text == "One.\n\nThree."


def test_pdf_without_text_layer_says_run_ocr(tmp_path: Path) -> None:
    path = write(tmp_path / "scan.pdf", make_pdf([None, None]))
    with pytest.raises(NoTextLayerError) as info:
        read_document(path)
    assert info.value.path == str(path)
    assert "no text layer" in info.value.message and "ocrmypdf" in info.value.message


def _encrypted(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([LINES]))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret",
                   algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_password_protected_pdf_is_unsupported(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.pdf", _encrypted("open-sesame"))
    with pytest.raises(UnsupportedFormatError, match="password-protected") as info:
        read_document(path)
    assert info.value.path == str(path)


def test_pdf_locked_only_against_editing_is_read(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "restricted.pdf", _encrypted("")))
    assert doc.text == "\n".join(LINES)


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n" + b"\x00\xff garbage " * 50, make_pdf([LINES])[:60]],
    ids=["garbage", "truncated"],
)
def test_damaged_pdf_is_unsupported(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path / "broken.pdf", data)
    with pytest.raises(UnsupportedFormatError, match="damaged") as info:
        read_document(path)
    assert info.value.path == str(path)


def test_html_saved_as_pdf_says_what_it_is(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError, match="not a PDF"):
        read_document(write(tmp_path / "download.pdf", "<html><body>Not found</body></html>"))


def test_pdf_without_suffix_is_sniffed(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "download", make_pdf([LINES])))
    assert (doc.kind, doc.text) == ("pdf", "\n".join(LINES))
