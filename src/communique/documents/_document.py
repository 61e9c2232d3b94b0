"""The Document value: a text as read, with its provenance."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from ..errors import EmptyDocumentError

__all__ = ["Document", "document_from_text", "make_document"]


@dataclass(frozen=True)
class Document:
    """A document as read. Record offsets (``source.start``/``end``) index ``text``."""

    name: str  #: file name as given, used as a record's ``source.doc``
    path: str | None  #: full path, or None for in-memory text
    text: str = field(repr=False)  #: the decoded text as read (never altered afterwards)
    sha256: str  #: hex SHA-256 of ``text`` in UTF-8: same text, same hash
    kind: str  #: "txt" | "md" | "html" | "pdf" | "docx"
    encoding: str | None  #: detected encoding of a text or HTML file, else None
    size: int  #: bytes on disk (0 for in-memory text)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def make_document(
    *, name: str, path: str | None, text: str, kind: str, encoding: str | None, size: int
) -> Document:
    return Document(
        name=name, path=path, text=text, sha256=text_sha256(text), kind=kind,
        encoding=encoding, size=size,
    )


def document_from_text(text: str, name: str = "<text>") -> Document:
    """A Document for text already in memory (kind "md" if ``name`` ends in .md, else "txt").

    Raises EmptyDocumentError for empty or whitespace-only text.
    """
    if not text.strip():
        raise EmptyDocumentError(
            "the text is empty or only whitespace: nothing to extract; give the text of a "
            "document",
            path=name,
        )
    kind = "md" if name.lower().endswith(".md") else "txt"
    return make_document(name=name, path=None, text=text, kind=kind, encoding=None, size=0)
