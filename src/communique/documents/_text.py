"""Bytes to text for plain-text files (.txt, .md, and the HTML reader's input).

Order: a Unicode BOM (UTF-8/16/32), UTF-16 without a BOM (told by
charset-normalizer when zero bytes fill one side of the byte pairs), strict
UTF-8 (valid UTF-8 with non-ASCII bytes is practically never anything else,
whatever a page declares), a declared charset (HTML ``<meta>``), then the
most plausible legacy code page (see ``_detect``); bytes that are mostly
UTF-8 with a few invalid ones are an EncodingError rather than a guess. The
text is returned exactly as decoded (no newline or Unicode normalisation), minus a
leading BOM: record offsets index this string.
"""

from __future__ import annotations

import codecs

from ..errors import EncodingError, UnsupportedFormatError
from ._detect import MAX_IMPLAUSIBILITY, best_legacy_decoding
from ._sniff import looks_binary, magic_kind

__all__ = ["decode_text", "looks_like_text"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HIGH_BYTES = bytes(range(0x80, 0x100))
_RESAVE = "re-save it as UTF-8 (in a text editor: Save As, Encoding: UTF-8) and try again"


def decode_text(data: bytes, *, path: str, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name) of ``data``; raise UnsupportedFormatError or EncodingError.

    ``declared`` is a charset named by the document itself (an HTML ``<meta>``);
    it is used when the bytes are not UTF-8 and decode with it.
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
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if looks_binary(data):
        raise UnsupportedFormatError(
            "this file holds binary data, not text: give a .txt, .md, .html, .pdf or .docx "
            "document",
            path=path,
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _mostly_utf8(data):
        raise EncodingError(
            "the file is mostly UTF-8 but has bytes that are not valid UTF-8 (first at byte "
            f"offset {utf8_error.start}): it mixes encodings; fix those characters, or "
            f"{_RESAVE}",
            path=path,
        ) from utf8_error
    if declared:
        decoded = _try_declared(data, declared)
        if decoded is not None:
            return decoded
    best = best_legacy_decoding(data)
    if best is None or best[2] > MAX_IMPLAUSIBILITY:
        raise EncodingError(
            f"cannot tell the text encoding of the file (it is not UTF-8): {_RESAVE}",
            path=path,
        ) from utf8_error
    return best[0], best[1]


def looks_like_text(head: bytes) -> bool:
    """Whether the first bytes of a file can be text: a Unicode BOM, UTF-16 without
    one, or no binary bytes (for routing uploads before they are read)."""
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return True
    if _utf16_without_bom(head[: len(head) // 2 * 2]) is not None:
        return True
    return not looks_binary(head)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) when ``data`` is UTF-16 without a byte-order mark, told by
    charset-normalizer; None otherwise. Only tried when the zero bytes fall mostly on
    one side of each pair, as they do in UTF-16 text of a Latin or Cyrillic script."""
    sample = data[:65536]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    if max(even, odd) < pairs * 0.3 or min(even, odd) > pairs * 0.05:
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=["utf_16_le", "utf_16_be"]).best()
    if best is None:
        return None
    encoding = "utf-16-le" if best.encoding == "utf_16_le" else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if looks_binary(text.encode("utf-8")):
        return None
    return _strip_bom(text), encoding


def _mostly_utf8(data: bytes) -> bool:
    """True when at least half of the non-ASCII bytes form valid UTF-8 sequences.

    Legacy code pages almost never produce valid UTF-8 by accident, so such a
    file is UTF-8 with some stray bytes (pasted from elsewhere), not a code page.
    """
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    valid = len(data.decode("utf-8", "ignore").encode("utf-8"))
    invalid = len(data) - valid
    return (high - invalid) >= invalid


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
