"""Text layer of a PDF, with pypdf: pages joined by a blank line."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from ..errors import EmptyDocumentError, NoTextLayerError, UnsupportedFormatError
from ._sniff import magic_kind

if TYPE_CHECKING:  # pragma: no cover
    from pypdf import PdfReader

__all__ = ["pdf_to_text"]

_RESAVE = "open it in a PDF viewer and save (or print to PDF) a new copy, then read that"


def pdf_to_text(data: bytes, *, path: str) -> str:
    """The text of every page, joined by "\\n\\n"; raise an InputError subclass."""
    from pypdf import PdfReader

    if b"%PDF-" not in data[:1024]:
        magic = magic_kind(data[:64])
        what = magic[1] if magic else "something else"
        raise UnsupportedFormatError(
            f"this is not a PDF (it looks like {what}): rename it to its real type, "
            "or give a real PDF",
            path=path,
        )
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            _decrypt_without_password(reader, path=path)
        pages = list(reader.pages)
    except UnsupportedFormatError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise UnsupportedFormatError(
            f"cannot read the PDF, it is damaged ({_short(exc)}): {_RESAVE}", path=path
        ) from exc
    if not pages:
        raise EmptyDocumentError(
            "the PDF has no pages: check that you picked the right file", path=path
        )
    texts = []
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text()
        except Exception as exc:
            raise UnsupportedFormatError(
                f"cannot read the text of page {number}, the PDF is damaged "
                f"({_short(exc)}): {_RESAVE}",
                path=path,
            ) from exc
        text = text.strip()
        if text:
            texts.append(text)
    if not texts:
        raise NoTextLayerError(
            "the PDF has no text layer (a scan?): run OCR first, e.g. "
            "`ocrmypdf in.pdf out.pdf`, then read out.pdf",
            path=path,
        )
    return "\n\n".join(texts)


def _decrypt_without_password(reader: PdfReader, *, path: str) -> None:
    """Open PDFs locked only against editing or printing (empty user password)."""
    from pypdf.errors import DependencyError

    try:
        opened = bool(reader.decrypt(""))
    except DependencyError as exc:
        raise UnsupportedFormatError(
            "the PDF is encrypted with AES, which pypdf reads only with the `cryptography` "
            "package: install it (pip install cryptography) or save an unencrypted copy "
            "(print it to PDF), then read that",
            path=path,
        ) from exc
    except Exception:  # damaged encryption dictionary
        opened = False
    if not opened:
        raise UnsupportedFormatError(
            "the PDF is password-protected: open it with the password and save an "
            "unprotected copy (or print it to PDF), then read that",
            path=path,
        )


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."
