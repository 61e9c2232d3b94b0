"""Document readers: .txt/.md, .html/.htm, .pdf and .docx files to text with a hash.

    from communique.documents import read_documents

    for item in read_documents(["readouts/", "extra.pdf"]):
        if isinstance(item, Exception):   # an InputError: report it and go on
            print(item)
        else:                             # a Document
            print(item.name, item.kind, len(item.text))

``Document.text`` is the text as read (decoded, or extracted from HTML, PDF,
DOCX) and is never altered afterwards: record offsets index it. Every failure
is an ``InputError`` subclass from ``communique.errors`` naming the path and
saying what to do next.
"""

from __future__ import annotations

from ._document import Document, document_from_text
from ._paths import iter_paths, read_documents
from ._read import MAX_BYTES, SUPPORTED, read_document
from ._sniff import magic_kind
from ._text import looks_like_text

__all__ = [
    "magic_kind",
    "Document",
    "MAX_BYTES",
    "SUPPORTED",
    "document_from_text",
    "iter_paths",
    "looks_like_text",
    "read_document",
    "read_documents",
]
