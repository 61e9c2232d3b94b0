"""Text of a Word .docx file, read by streaming.

Body paragraphs in document order, joined by a blank line; a table row is one
paragraph with its cells joined by a tab (nested tables flattened into their
cell). Content controls are entered, tracked insertions kept, tracked
deletions, text boxes and headers/footers left out.

``word/document.xml`` is decompressed and parsed as a stream (lxml
``iterparse``; each paragraph or table is dropped once its text is taken),
and reading stops with :class:`TooLargeError` as soon as more than
:data:`MAX_UNPACKED` bytes (or ``UNPACK_FACTOR`` times the size limit, if
less) have come out of the archive, whatever its headers claim: a small file
that expands to hundreds of megabytes costs at most that much work and
little memory.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from ..errors import EmptyDocumentError, TooLargeError, UnsupportedFormatError
from ._sniff import magic_kind

__all__ = ["docx_to_text"]

#: A .docx may unpack to at most this many times the size limit (zip-bomb guard).
UNPACK_FACTOR = 10
#: ... and never to more than this many bytes of document XML, whatever the limit.
MAX_UNPACKED = 40 * 1024 * 1024
_CHUNK = 256 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _SDT, _SDT_CONTENT = f"{_W}p", f"{_W}tbl", f"{_W}sdt", f"{_W}sdtContent"
_TR, _TC, _T = f"{_W}tr", f"{_W}tc", f"{_W}t"
_TAB, _BR, _CR = f"{_W}tab", f"{_W}br", f"{_W}cr"
_NOBREAK_HYPHEN = f"{_W}noBreakHyphen"
# Subtrees whose text is not part of the paragraph's running text.
_SKIP = frozenset({
    f"{_W}del", f"{_W}moveFrom", f"{_W}delText", f"{_W}txbxContent", f"{_W}pPr", f"{_W}rPr",
    f"{_W}sdtPr", f"{_W}sdtEndPr", f"{_MC}Fallback", f"{_W}instrText",
    f"{_W}footnoteReference", f"{_W}endnoteReference",
})
_RESAVE = "open it in Word or LibreOffice and save it again as .docx, then read that"


def docx_to_text(data: bytes, *, path: str, max_bytes: int) -> str:
    """Paragraphs (and table rows) joined by "\\n\\n"; raise an InputError subclass."""
    limit = min(UNPACK_FACTOR * max_bytes, MAX_UNPACKED)
    _check_package(data, path=path, limit=limit, total=UNPACK_FACTOR * max_bytes)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, \
                archive.open("word/document.xml") as member:
            blocks = [text for text in _stream_blocks(_Bounded(member, limit, path))
                      if text]
    except TooLargeError:
        raise
    except Exception as exc:  # zipfile/lxml raise many types on damaged files
        raise UnsupportedFormatError(
            f"cannot read the Word file, it is damaged or not a .docx ({_short(exc)}): "
            f"{_RESAVE}",
            path=path,
        ) from exc
    if not blocks:
        raise EmptyDocumentError(
            "the Word file has no text: check that you picked the right file", path=path
        )
    return "\n\n".join(blocks)


class _Bounded:
    """A file-like view of an archive member that refuses to give more than ``limit``
    bytes (the count is of bytes decompressed, not of what the header claims)."""

    def __init__(self, member: Any, limit: int, path: str) -> None:
        self.member, self.limit, self.path, self.count = member, limit, path, 0

    def read(self, size: int = -1) -> bytes:
        chunk = self.member.read(_CHUNK if size is None or size < 0 else min(size, _CHUNK))
        self.count += len(chunk)
        if self.count > self.limit:
            raise TooLargeError(
                f"the Word file unpacks to more than {self.limit:,} bytes of text markup "
                "(the limit): split the document, or save its text as .txt", path=self.path)
        return bytes(chunk)


def _stream_blocks(stream: _Bounded) -> Iterator[str]:
    """The text of each body paragraph and table row, parsing as the XML streams in and
    dropping each top-level block once read."""
    from lxml import etree

    depth = 0
    for event, element in etree.iterparse(stream, events=("start", "end"),
                                          resolve_entities=False, no_network=True,
                                          huge_tree=True, remove_comments=True):
        if event == "start":
            depth += 1
            continue
        depth -= 1
        if depth == 2:  # a child of w:body (w:document > w:body > this)
            yield from _block(element)
            element.clear()
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]


def _check_package(data: bytes, *, path: str, limit: int, total: int) -> None:
    magic = magic_kind(data[:64])
    if magic is not None and magic[0] == "ole":
        raise UnsupportedFormatError(
            "this is an old Word .doc file, not .docx: open it in Word or LibreOffice and "
            "save it as .docx (or as plain text), then read that",
            path=path,
        )
    if magic is None or magic[0] != "zip":
        what = magic[1] if magic else "not a Word file"
        raise UnsupportedFormatError(
            f"this is not a .docx file ({what}): give a real .docx, or rename the file to "
            "its real type",
            path=path,
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
            body = next((i.file_size for i in archive.infolist()
                         if i.filename == "word/document.xml"), 0)
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UnsupportedFormatError(
            f"cannot read the Word file, it is damaged ({_short(exc)}): {_RESAVE}", path=path
        ) from exc
    if "word/document.xml" not in names:
        raise UnsupportedFormatError(
            "this ZIP file is not a Word document (no word/document.xml; an Excel or "
            "PowerPoint file?): give a .docx, or export the text to .txt",
            path=path,
        )
    # the headers may lie (the stream is counted as it is read), but when they already
    # say too much, nothing needs to be decompressed
    if body > limit or unpacked > total:
        raise TooLargeError(
            f"the Word file unpacks to {max(body, unpacked):,} bytes, over the limit of "
            f"{limit if body > limit else total:,}: split the document, or save its text "
            "as .txt",
            path=path,
        )


def _blocks(parent: Any) -> Iterator[str]:
    """Text of each paragraph and table row under ``parent``, in document order."""
    for child in parent.iterchildren():
        yield from _block(child)


def _block(child: Any) -> Iterator[str]:
    tag = child.tag
    if tag == _P:
        yield _paragraph_text(child).strip()
    elif tag == _TBL:
        for row in child.iterchildren(_TR):
            yield _row_text(row)
    elif tag == _SDT:
        content = child.find(_SDT_CONTENT)
        if content is not None:
            yield from _blocks(content)


def _row_text(row: Any) -> str:
    cells = []
    for cell in _cells(row):
        # Paragraphs and nested tables of a cell become one line of single-spaced text.
        text = " ".join(" ".join(block.split()) for block in _blocks(cell) if block.strip())
        if text:
            cells.append(text)
    return "\t".join(cells)


def _cells(row: Any) -> Iterator[Any]:
    for child in row.iterchildren():
        if child.tag == _TC:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _cells(content)


def _paragraph_text(element: Any) -> str:
    parts: list[str] = []
    _collect(element, parts)
    return "".join(parts)


def _collect(element: Any, parts: list[str]) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue  # comments and processing instructions have a non-str tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _TAB:
            parts.append("\t")
        elif tag in (_BR, _CR):
            parts.append("\n")
        elif tag == _NOBREAK_HYPHEN:
            parts.append("-")
        else:
            _collect(child, parts)


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."
