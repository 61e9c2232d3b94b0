"""Tell what a file is from its first bytes (magic numbers), for messages and routing."""

from __future__ import annotations

__all__ = ["looks_binary", "magic_kind", "SNIFF_BYTES"]

#: How many leading bytes the sniffers look at.
SNIFF_BYTES = 4096

# (prefix, short kind, description for messages). Order matters: longer first.
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "pdf", "a PDF document"),
    (b"PK\x03\x04", "zip", "a ZIP archive (or a .docx/.xlsx/.odt file)"),
    (b"PK\x05\x06", "zip", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole", "an old Microsoft Office file (.doc/.xls)"),
    (b"{\\rtf", "rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "png", "a PNG image"),
    (b"\xff\xd8\xff", "jpeg", "a JPEG image"),
    (b"GIF87a", "gif", "a GIF image"),
    (b"GIF89a", "gif", "a GIF image"),
    (b"II*\x00", "tiff", "a TIFF image"),
    (b"MM\x00*", "tiff", "a TIFF image"),
    (b"\x7fELF", "elf", "an executable program (ELF)"),
    (b"MZ", "exe", "a Windows executable"),
    (b"\x1f\x8b", "gzip", "a gzip-compressed file"),
    (b"BZh", "bzip2", "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "xz", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "7z", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "rar", "a RAR archive"),
    (b"SQLite format 3\x00", "sqlite", "an SQLite database"),
    (b"OggS", "ogg", "an Ogg audio/video file"),
    (b"ID3", "mp3", "an MP3 audio file"),
)

# Bytes that do not occur in text (C0 controls other than \t \n \v \f \r, ESC and SUB).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26, 27)) + b"\x7f"


def magic_kind(head: bytes) -> tuple[str, str] | None:
    """(kind, description) of a known binary format, or None.

    ``MZ`` is only trusted together with a NUL byte in the head, since plain
    text may begin with those two letters.
    """
    for prefix, kind, description in _MAGIC:
        if head.startswith(prefix):
            if kind == "exe" and b"\x00" not in head[:SNIFF_BYTES]:
                continue
            return kind, description
    # RIFF containers (WAV, AVI, WEBP) and ISO media (MP4, MOV).
    if head.startswith(b"RIFF") and len(head) >= 12:
        return "riff", "a RIFF media file (WAV/AVI/WEBP)"
    if head[4:8] == b"ftyp":
        return "mp4", "an MP4/MOV media file"
    return None


def looks_binary(data: bytes) -> bool:
    """True when ``data`` (without a UTF-16/32 BOM) cannot be text.

    NUL bytes anywhere, or more than 1% control bytes in the first 64 KiB.
    """
    if b"\x00" in data:
        return True
    sample = data[:65536]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls > max(1, len(sample) // 100)
