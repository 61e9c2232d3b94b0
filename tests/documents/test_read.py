"""read_document on plain-text files: encodings, binary content, empties, limits."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from communique.documents import (
    MAX_BYTES,
    SUPPORTED,
    Document,
    document_from_text,
    read_document,
)
from communique.errors import (
    EmptyDocumentError,
    EncodingError,
    InputError,
    NotFoundError,
    TooLargeError,
    UnsupportedFormatError,
)

from ._make import write

SENTENCE = (
    "On 4 May the Foreign Minister received the envoy of Türkiye and later spoke by phone "
    "with his counterpart from Côte d'Ivoire about a joint business forum.\n"
)


def test_public_constants() -> None:
    assert MAX_BYTES == 50 * 1024 * 1024
    assert SUPPORTED == (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


def test_utf8_text_is_read_as_is_with_hash_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "readout.txt", SENTENCE)
    doc = read_document(path)
    assert doc == Document(
        name="readout.txt", path=str(path), text=SENTENCE,
        sha256=hashlib.sha256(SENTENCE.encode()).hexdigest(), kind="txt", encoding="utf-8",
        size=len(SENTENCE.encode()),
    )


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + SENTENCE.encode()))
    assert doc.text == SENTENCE
    assert doc.encoding == "utf-8-sig"
    assert doc.size == len(SENTENCE.encode()) + 3


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "notepad.txt", SENTENCE.encode("utf-16")))
    assert doc.text == SENTENCE
    assert doc.encoding == "utf-16"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_western_legacy_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    doc = read_document(write(tmp_path / "old.txt", SENTENCE, encoding))
    assert doc.text == SENTENCE
    # Latin-1 and cp1252 agree on every printable character; cp1252 is reported.
    assert doc.encoding == "cp1252"


def test_cp1252_typography_is_detected(tmp_path: Path) -> None:
    text = "The minister\u2019s visit \u2013 the first since 2019 \u2013 was \u201cuseful\u201d.\n"
    assert read_document(write(tmp_path / "quotes.txt", text, "cp1252")).text == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Министр иностранных дел провёл переговоры в Баку с коллегой.\n", "cp1251"),
        ("Dışişleri Bakanı, Ankara'da mevkidaşıyla görüştü ve işbirliğini ele aldı.\n",
         "cp1254"),
        ("Minister spotkał się w Łodzi z ambasadorem; rozmowy dotyczyły współpracy.\n",
         "cp1250"),
        ("A tárgyalások az energetikai együttműködésről és a folyosókról szóltak.\n",
         "cp1250"),
        ("Переговоры министров прошли в Баку.\n", "koi8-r"),
    ],
)
def test_other_code_pages_are_detected(tmp_path: Path, text: str, encoding: str) -> None:
    doc = read_document(write(tmp_path / "legacy.txt", text, encoding))
    assert doc.text == text
    assert doc.encoding == encoding


def test_crlf_and_other_whitespace_are_kept(tmp_path: Path) -> None:
    text = "First line.\r\nSecond\tline.\r\n\r\n  Indented.\n"
    assert read_document(write(tmp_path / "win.txt", text)).text == text


def test_offsets_index_the_file_text(tmp_path: Path) -> None:
    text = "Preamble.\r\n\ufeffTürkiye first. " + SENTENCE
    path = write(tmp_path / "offsets.txt", b"\xef\xbb\xbf" + text.encode())
    doc = read_document(path)
    needle = "Côte d'Ivoire"
    start = doc.text.index(needle)
    assert doc.text[start:start + len(needle)] == needle
    decoded_file = path.read_bytes().decode("utf-8-sig")
    assert doc.text[start:start + len(needle)] == decoded_file[start:start + len(needle)]


def test_markdown_is_text_with_kind_md(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "notes.MD", "# Visits\n\n* Baku, *June*\n"))
    assert (doc.kind, doc.text) == ("md", "# Visits\n\n* Baku, *June*\n")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x00\x00",
        b"\x7fELF\x02\x01\x01",
        b"plain start then a NUL \x00 byte",
        bytes(range(1, 32)) * 20,
    ],
    ids=["png", "zip", "elf", "nul", "controls"],
)
def test_binary_content_in_a_txt_is_unsupported(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path / "fake.txt", data)
    with pytest.raises(UnsupportedFormatError) as info:
        read_document(path)
    assert info.value.path == str(path)
    assert ".txt" in info.value.message  # says what to give instead


def test_pdf_saved_as_txt_says_what_it_is(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError, match="PDF"):
        read_document(write(tmp_path / "report.txt", b"%PDF-1.4\n%...binary"))


def test_undecidable_bytes_raise_encoding_error(tmp_path: Path) -> None:
    # Letters with stray high bytes between them read as nonsense in every code page.
    junk = bytes(b ^ 0x80 if i % 3 == 0 else b for i, b in enumerate(SENTENCE.encode("ascii",
                 "replace") * 4))
    path = write(tmp_path / "garbled.txt", junk)
    with pytest.raises(EncodingError) as info:
        read_document(path)
    assert info.value.path == str(path)
    assert "UTF-8" in info.value.message and "re-save" in info.value.message


def test_mostly_utf8_with_a_stray_byte_is_an_encoding_error(tmp_path: Path) -> None:
    data = "Визит министра в Баку. ".encode() * 3 + b"\x96" + " Итоги.".encode()
    with pytest.raises(EncodingError, match="mostly UTF-8"):
        read_document(write(tmp_path / "mixed.txt", data))


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\u00a0\u2003\n".encode()])
def test_empty_or_whitespace_is_empty_document(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path / "blank.txt", data)
    with pytest.raises(EmptyDocumentError) as info:
        read_document(path)
    assert info.value.path == str(path)


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    with pytest.raises(NotFoundError) as info:
        read_document(path)
    assert info.value.path == str(path)
    assert str(info.value).startswith("E101 ")


def test_folder_is_not_a_document(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError, match="folder"):
        read_document(tmp_path)


def test_file_over_the_limit_is_too_large_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "big.txt", "x" * 100)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(TooLargeError) as info:
        read_document(path, max_bytes=10)
    assert "100 bytes" in info.value.message and "10 bytes" in info.value.message
    assert info.value.path == str(path)


def test_file_at_the_limit_is_read(tmp_path: Path) -> None:
    assert read_document(write(tmp_path / "ok.txt", "x" * 10), max_bytes=10).text == "x" * 10


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", SENTENCE)
    path.chmod(0o000)
    try:
        with pytest.raises(InputError, match="permission"):
            read_document(path)
    finally:
        path.chmod(0o644)


def test_unknown_suffix_that_is_text_reads_as_txt(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "cable.log", SENTENCE, "cp1252"))
    assert (doc.kind, doc.text, doc.name) == ("txt", SENTENCE, "cable.log")


def test_unknown_suffix_that_is_binary_is_unsupported(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError, match="unknown file type .bin"):
        read_document(write(tmp_path / "blob.bin", bytes(range(256)) * 4))


def test_unknown_suffix_image_is_unsupported(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError, match="PNG image"):
        read_document(write(tmp_path / "scan.jpg2", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40))


def test_document_from_text() -> None:
    doc = document_from_text(SENTENCE)
    assert (doc.name, doc.path, doc.kind, doc.encoding, doc.size) == (
        "<text>", None, "txt", None, 0)
    assert doc.text == SENTENCE
    assert doc.sha256 == hashlib.sha256(SENTENCE.encode()).hexdigest()
    assert document_from_text("# Title\n", name="note.md").kind == "md"


def test_document_from_text_rejects_blank_text() -> None:
    with pytest.raises(EmptyDocumentError):
        document_from_text(" \n ", name="pasted")


def test_same_text_same_hash_whatever_the_encoding(tmp_path: Path) -> None:
    a = read_document(write(tmp_path / "a.txt", SENTENCE, "utf-8"))
    b = read_document(write(tmp_path / "b.txt", SENTENCE, "cp1252"))
    assert a.sha256 == b.sha256 == document_from_text(SENTENCE).sha256


def test_document_is_frozen_and_repr_leaves_out_the_text() -> None:
    doc = document_from_text(SENTENCE)
    with pytest.raises(AttributeError):
        doc.text = "changed"  # type: ignore[misc]
    assert "Côte" not in repr(doc)
