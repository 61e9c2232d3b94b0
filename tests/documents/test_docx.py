"""The .docx reader: paragraphs and table rows with python-docx; broken files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from communique.documents import read_document
from communique.errors import EmptyDocumentError, TooLargeError, UnsupportedFormatError

from ._make import make_docx, write

PARAGRAPHS = [
    "Results of the year in foreign policy",
    "",
    "In June the minister visited Türkiye and Côte d'Ivoire.",
]


def test_paragraphs_and_table_rows(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "review.docx", PARAGRAPHS,
                     table=[["Date", "Event"], ["3 May", "Talks in Baku"]])
    doc = read_document(path)
    assert doc.text == (
        "Results of the year in foreign policy\n\n"
        "In June the minister visited Türkiye and Côte d'Ivoire.\n\n"
        "Date\tEvent\n\n3 May\tTalks in Baku"
    )
    assert (doc.kind, doc.encoding, doc.name) == ("docx", None, "review.docx")
    assert doc.size == path.stat().st_size


def test_tracked_deletions_are_left_out_and_insertions_kept(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document.element.body.insert(0, parse_xml(
        f'<w:p {w}><w:r><w:t xml:space="preserve">Talks </w:t></w:r>'
        f'<w:del w:id="1" w:author="a"><w:r><w:delText>were not </w:delText></w:r></w:del>'
        f'<w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve">were </w:t></w:r></w:ins>'
        f'<w:r><w:t>held</w:t><w:tab/><w:t>today.</w:t></w:r></w:p>'
    ))
    path = tmp_path / "tracked.docx"
    document.save(str(path))
    assert read_document(path).text == "Talks were held\ttoday."


def test_docx_without_text_is_empty(tmp_path: Path) -> None:
    with pytest.raises(EmptyDocumentError):
        read_document(make_docx(tmp_path / "blank.docx", ["", "   "]))


def test_corrupt_docx_is_unsupported(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx", PARAGRAPHS).read_bytes()
    path = write(tmp_path / "broken.docx", good[: len(good) // 2])
    with pytest.raises(UnsupportedFormatError, match="damaged") as info:
        read_document(path)
    assert info.value.path == str(path)


def test_zip_that_is_not_word_is_unsupported(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(UnsupportedFormatError, match="not a Word document"):
        read_document(write(tmp_path / "sheet.docx", buffer.getvalue()))


def test_old_doc_format_says_save_as_docx(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
    with pytest.raises(UnsupportedFormatError, match="save it as .docx"):
        read_document(write(tmp_path / "old.docx", ole))


def test_text_file_named_docx_is_unsupported(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError, match="not a .docx"):
        read_document(write(tmp_path / "notes.docx", "just some text"))


def test_docx_that_unpacks_too_large_is_refused(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "bomb.docx", ["x" * 5000])
    limit = path.stat().st_size + 10  # the file itself is under the limit
    with pytest.raises(TooLargeError, match="unpacks to"):
        read_document(path, max_bytes=limit)


def test_docx_without_suffix_is_sniffed(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "a.docx", PARAGRAPHS)
    doc = read_document(write(tmp_path / "attachment", source.read_bytes()))
    assert doc.kind == "docx"
    assert doc.text.startswith("Results of the year")
