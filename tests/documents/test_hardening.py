"""Documents that expand or hide their encoding (issue 15): a .docx is bounded in what it may
unpack to and read by streaming; UTF-16 without a byte-order mark is text."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from communique.documents import _docx as docx_reader
from communique.documents import looks_like_text, read_document
from communique.errors import TooLargeError

from ._make import make_docx

PARA = ('<w:p><w:r><w:t>The delegations met again to review the transit plan in '
        'detail.</w:t></w:r></w:p>')


def expanding_docx(path: Path, megabytes: int) -> Path:
    """A small .docx whose body unpacks to about ``megabytes`` MB of paragraphs."""
    base = make_docx(path.with_suffix(".base.docx"), ["Opening line."])
    repeat = megabytes * 1024 * 1024 // len(PARA)
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED,
                                                       compresslevel=9) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                head, _, tail = data.decode().partition("<w:body>")
                with out.open("word/document.xml", "w") as member:
                    member.write((head + "<w:body>").encode())
                    chunk = (PARA * 1000).encode()
                    for _ in range(repeat // 1000):
                        member.write(chunk)
                    member.write(tail.encode())
            else:
                out.writestr(item, data)
    return path


def test_a_docx_that_expands_past_the_absolute_bound_is_refused(tmp_path: Path) -> None:
    path = expanding_docx(tmp_path / "bomb.docx", 48)
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(TooLargeError, match="unpacks to"):
        read_document(path)  # default limit 50 MB: x10 would allow 500 MB, the bound 40 MB


def test_the_streamed_reader_counts_what_comes_out_not_what_headers_say(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = expanding_docx(tmp_path / "liar.docx", 3)
    monkeypatch.setattr(docx_reader, "_check_package", lambda *a, **k: None)
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED", 1024 * 1024)
    with pytest.raises(TooLargeError, match="more than 1,048,576 bytes"):
        read_document(path)


def test_a_large_but_allowed_docx_is_read_whole(tmp_path: Path) -> None:
    path = expanding_docx(tmp_path / "long.docx", 2)
    doc = read_document(path)
    assert doc.text.endswith("Opening line.")
    assert doc.text.count("transit plan") > 10_000


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read_as_text(tmp_path: Path, encoding: str) -> None:
    text = "Le ministre a reçu l'ambassadeur du Pérou le 3 mai 2021.\n" * 20
    path = tmp_path / "note.txt"
    path.write_bytes(text.encode(encoding))
    doc = read_document(path)
    assert doc.text == text and doc.encoding == encoding
    assert looks_like_text(path.read_bytes()[:4096])


def test_binary_is_still_refused(tmp_path: Path) -> None:
    data = bytes(range(256)) * 64
    assert not looks_like_text(data)
    assert not looks_like_text(io.BytesIO(b"\x00\x01\x02\x03" * 500).getvalue())
