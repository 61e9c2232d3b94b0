"""read_document: one file to a Document, or the InputError that says why not."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import (
    EmptyDocumentError,
    EncodingError,
    InputError,
    NotFoundError,
    TooLargeError,
    UnsupportedFormatError,
)
from ._document import Document, make_document
from ._sniff import magic_kind

__all__ = ["MAX_BYTES", "SUPPORTED", "read_document"]

#: Default size limit: larger files raise TooLargeError before they are read.
MAX_BYTES: int = 50 * 1024 * 1024
#: File suffixes read by their own reader (case does not matter).
SUPPORTED: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")

_KINDS = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".pdf": "pdf",
          ".docx": "docx"}
_GIVE = "give a .txt, .md, .html, .pdf or .docx document"


def read_document(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Document:
    """Read one file into a Document; raise an InputError subclass naming ``path``.

    The reader is chosen by the suffix (.txt .md .html .htm .pdf .docx); a file
    with another suffix is sniffed: a PDF or .docx by its content, else text if
    it decodes as text, else UnsupportedFormatError.
    """
    file = Path(path)
    where = str(path)
    data, size = _read_bytes(file, where, max_bytes)
    suffix = file.suffix.lower()
    kind = _KINDS.get(suffix)
    if kind is None:
        kind = _sniff_kind(data, suffix, where)
    text, encoding = _extract(kind, data, where, max_bytes, sniffed=suffix not in _KINDS)
    if not text.strip():
        if kind == "html":
            message = ("the page has no visible text (is it built by JavaScript?): open it in "
                       "a browser and save the rendered page as text, then read that")
        else:
            message = ("the file holds only whitespace: nothing to extract; check that you "
                       "picked the right file")
        raise EmptyDocumentError(message, path=where)
    return make_document(
        name=file.name, path=where, text=text, kind=kind, encoding=encoding, size=size
    )


def _read_bytes(file: Path, where: str, max_bytes: int) -> tuple[bytes, int]:
    try:
        info = file.stat()
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise NotFoundError(
            "no such file or folder: check the path (spelling, current folder)", path=where
        ) from exc
    except OSError as exc:
        raise _os_error(exc, where) from exc
    if stat.S_ISDIR(info.st_mode):
        raise UnsupportedFormatError(
            "this is a folder, not a document: give a file, or read the whole folder with "
            "read_documents()",
            path=where,
        )
    if not stat.S_ISREG(info.st_mode):
        raise UnsupportedFormatError(
            f"this is not a regular file (a device, pipe or socket): {_GIVE}", path=where
        )
    if info.st_size > max_bytes:
        raise _too_large(info.st_size, max_bytes, where)
    try:
        with file.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _os_error(exc, where) from exc
    if len(data) > max_bytes:  # the file grew after stat()
        raise _too_large(len(data), max_bytes, where)
    if not data:
        raise EmptyDocumentError(
            "the file is empty (0 bytes): nothing to extract; check that you picked the "
            "right file",
            path=where,
        )
    return data, len(data)


def _sniff_kind(data: bytes, suffix: str, where: str) -> str:
    magic = magic_kind(data[:64])
    if magic is None:
        return "txt"
    if magic[0] == "pdf":
        return "pdf"
    if magic[0] == "zip":
        return "docx"  # the .docx reader says so if it is another kind of ZIP
    raise UnsupportedFormatError(
        f"unknown file type {suffix or '(no suffix)'}: this is {magic[1]}: {_GIVE}", path=where
    )


def _extract(
    kind: str, data: bytes, where: str, max_bytes: int, *, sniffed: bool
) -> tuple[str, str | None]:
    if kind == "pdf":
        from ._pdf import pdf_to_text

        return pdf_to_text(data, path=where), None
    if kind == "docx":
        from ._docx import docx_to_text

        return docx_to_text(data, path=where, max_bytes=max_bytes), None
    from ._text import decode_text

    if kind == "html":
        from ._html import declared_charset, html_to_text

        markup, encoding = decode_text(data, path=where, declared=declared_charset(data))
        try:
            return html_to_text(markup), encoding
        except Exception as exc:  # html.parser is hardened; this is a last resort
            raise UnsupportedFormatError(
                f"cannot parse the HTML ({type(exc).__name__}: {exc}): open the page in a "
                "browser, save it as text (.txt), and read that",
                path=where,
            ) from exc
    try:
        return decode_text(data, path=where)
    except (UnsupportedFormatError, EncodingError) as exc:
        if not sniffed:
            raise
        suffix = Path(where).suffix or "(no suffix)"
        raise UnsupportedFormatError(
            f"unknown file type {suffix} and the content is not readable text: {_GIVE}",
            path=where,
        ) from exc


def _too_large(size: int, limit: int, where: str) -> TooLargeError:
    return TooLargeError(
        f"the file is {_human(size)}, over the size limit of {_human(limit)}: split it into "
        "smaller files, or raise the limit",
        path=where,
    )


def _human(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KiB ({size:,} bytes)"
    return f"{size / (1024 * 1024):.1f} MiB ({size:,} bytes)"


def _os_error(exc: OSError, where: str) -> InputError:
    if isinstance(exc, PermissionError):
        return InputError(
            "cannot read the file: permission denied; check its permissions", path=where
        )
    reason = exc.strerror or type(exc).__name__
    return InputError(f"cannot read the file ({reason}): check the path and try again",
                      path=where)
