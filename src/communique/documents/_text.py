"""Bytes to text for plain-text files (.txt, .md, and the HTML reader's input).

Order: a Unicode BOM (UTF-8/16/32), a declared charset (HTML only), strict
UTF-8, then the most plausible legacy code page (see ``_detect``). The text
is returned exactly as decoded (no newline or Unicode normalisation), minus a
leading BOM: record offsets index this string.
"""

from __future__ import annotations

import codecs
import re

from ..errors import EncodingError, UnsupportedFormatError
from ._detect import MAX_IMPLAUSIBILITY, best_legacy_decoding
from ._sniff import looks_binary, magic_kind

__all__ = ["decode_text"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Well-formed UTF-8 multi-byte sequences.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH_BYTES = re.compile(rb"[\x80-\xff]")
_RESAVE = "re-save it as UTF-8 (in a text editor: Save As, Encoding: UTF-8) and try again"


def decode_text(data: bytes, *, path: str, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name) of ``data``; raise UnsupportedFormatError or EncodingError.

    ``declared`` is a charset named by the document itself (an HTML ``<meta>``);
    it is used when the bytes decode with it.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _strip_bom(data.decode(encoding)), encoding
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    f"the file starts with a {encoding.upper()} byte-order mark but is not valid "
                    f"{encoding.upper()} (bad bytes at offset {exc.start}): {_RESAVE}",
                    path=path,
                ) from exc
    magic = magic_kind(data[:64])
    if magic is not None:
        raise UnsupportedFormatError(
            f"this is {magic[1]}, not text: give a .txt, .md, .html, .pdf or .docx document "
            "(or rename the file to its real type if it is a PDF or Word file)",
            path=path,
        )
    if looks_binary(data):
        raise UnsupportedFormatError(
            "this file holds binary data, not text: give a .txt, .md, .html, .pdf or .docx "
            "document",
            path=path,
        )
    if declared:
        decoded = _try_declared(data, declared)
        if decoded is not None:
            return decoded
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    high = len(_HIGH_BYTES.findall(data))
    in_utf8 = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    if in_utf8 * 2 >= high:
        raise EncodingError(
            "the file is mostly UTF-8 but has bytes that are not valid UTF-8 (first at byte "
            f"offset {utf8_error.start}): it mixes encodings; fix those characters, or "
            f"{_RESAVE}",
            path=path,
        ) from utf8_error
    best = best_legacy_decoding(data)
    if best is None or best[2] > MAX_IMPLAUSIBILITY:
        raise EncodingError(
            f"cannot tell the text encoding of the file (it is not UTF-8): {_RESAVE}",
            path=path,
        ) from utf8_error
    return best[0], best[1]


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _try_declared(data: bytes, declared: str) -> tuple[str, str] | None:
    try:
        encoding = codecs.lookup(declared).name
    except LookupError:
        return None
    # As browsers do (WHATWG): Latin-1 and ASCII labels mean windows-1252.
    if encoding in ("latin-1", "iso8859-1", "ascii"):
        encoding = "cp1252"
    if encoding.startswith("utf-16") or encoding.startswith("utf-32"):
        return None  # without a BOM such a label is wrong; the bytes would hold NULs
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return None
