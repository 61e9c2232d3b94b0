"""Uploads: streamed to the data folder under a generated name, size-limited while
they arrive, their type told by content (never by the name the browser gives).

    upload = await receive_upload(request, folder, limit)   # fields + the stored file
    kind = content_kind(upload.path)                         # txt | html | pdf | docx
    final = keep(upload, kind)                               # <folder>/<hex>.<kind>
"""

from __future__ import annotations

import os
import re
import secrets
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import Request

from ..documents import looks_like_text, magic_kind
from ..errors import CommuniqueError, TooLargeError, UnsupportedFormatError, UsageError
from ._security import CSRF_FIELD, Forbidden, csrf_matches

__all__ = ["Upload", "receive_upload", "content_kind", "keep", "display_name", "KINDS",
           "without_server_paths"]

KINDS = ("txt", "html", "pdf", "docx")
_FIELD_LIMIT = 64 * 1024
_HTML = re.compile(rb"<\s*(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|p[\s>]|div[\s>])",
                   re.IGNORECASE)


@dataclass
class Upload:
    fields: dict[str, str] = field(default_factory=dict)
    filename: str | None = None
    path: Path | None = None
    size: int = 0

    def discard(self) -> None:
        if self.path is not None:
            self.path.unlink(missing_ok=True)
            self.path = None


def _inside(folder: Path, path: Path) -> Path:
    resolved = path.resolve()
    if resolved.parent != folder.resolve():
        raise UsageError("refusing to write outside the upload folder")
    return resolved


def _new_file(folder: Path, suffix: str) -> tuple[Path, int]:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = _inside(folder, folder / f"{secrets.token_hex(16)}{suffix}")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    return path, fd


def _limit_error(limit: int) -> TooLargeError:
    return TooLargeError(f"the upload is over the size limit of {limit // (1024 * 1024)} MB: "
                         "split the document or ask an administrator to raise the limit")


async def receive_upload(request: Request, folder: Path, limit: int,
                         file_field: str = "file") -> Upload:
    """Parse a multipart/form-data body as it streams in: text fields into
    ``fields``, the part ``file_field`` into a new file in ``folder``.

    Raises TooLargeError past ``limit`` bytes (the partial file is removed),
    UsageError for a body that is not multipart, Forbidden when the CSRF token
    was needed and the field ``csrf_token`` did not come before the file.
    """
    from python_multipart.multipart import MultipartParser, parse_options_header

    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    boundary = params.get(b"boundary")
    if ctype != b"multipart/form-data" or not boundary:
        raise UsageError("send the document as multipart/form-data with a part named "
                         f"{file_field!r}")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + _FIELD_LIMIT:
        raise _limit_error(limit)
    csrf_needed = not getattr(request.state, "csrf_ok", True)
    upload = Upload()
    part: dict[str, object] = {}
    header_field = bytearray()
    header_value = bytearray()
    headers: dict[bytes, bytes] = {}
    value = bytearray()
    fd: int | None = None
    errors: list[Exception] = []

    def on_part_begin() -> None:
        nonlocal headers, value
        headers, value = {}, bytearray()
        part.clear()

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header_field.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header_value.extend(data[start:end])

    def on_header_end() -> None:
        headers[bytes(header_field).lower()] = bytes(header_value)
        header_field.clear()
        header_value.clear()

    def on_headers_finished() -> None:
        nonlocal fd
        _, disp = parse_options_header(headers.get(b"content-disposition", b""))
        name = disp.get(b"name", b"").decode("utf-8", "replace")
        part["name"] = name
        if name == file_field and b"filename" in disp:
            if csrf_needed and not csrf_matches(request, upload.fields.get(CSRF_FIELD)):
                errors.append(Forbidden("csrf"))
                return
            upload.filename = disp[b"filename"].decode("utf-8", "replace")
            upload.path, fd = _new_file(folder, ".part")
            part["file"] = True

    def on_part_data(data: bytes, start: int, end: int) -> None:
        if errors:
            return
        chunk = data[start:end]
        if part.get("file"):
            upload.size += len(chunk)
            if upload.size > limit:
                errors.append(_limit_error(limit))
                return
            assert fd is not None
            os.write(fd, chunk)
        else:
            value.extend(chunk)
            if len(value) > _FIELD_LIMIT:
                errors.append(UsageError("a form field is too long"))

    def on_part_end() -> None:
        nonlocal fd
        if part.get("file"):
            if fd is not None:
                os.close(fd)
                fd = None
        elif part.get("name") and not errors:
            upload.fields[str(part["name"])] = value.decode("utf-8", "replace")

    parser = MultipartParser(boundary, {
        "on_part_begin": on_part_begin, "on_header_field": on_header_field,
        "on_header_value": on_header_value, "on_header_end": on_header_end,
        "on_headers_finished": on_headers_finished, "on_part_data": on_part_data,
        "on_part_end": on_part_end})
    try:
        async for chunk in request.stream():
            parser.write(chunk)
            if errors:
                break
        if not errors:
            parser.finalize()
    except Exception:
        upload.discard()
        raise
    finally:
        if fd is not None:
            os.close(fd)
    if errors:
        upload.discard()
        raise errors[0]
    if csrf_needed and upload.path is None and not csrf_matches(
            request, upload.fields.get(CSRF_FIELD)):
        raise Forbidden("csrf")
    return upload


def content_kind(path: Path) -> str:
    """txt, html, pdf or docx, told from the bytes; UnsupportedFormatError otherwise."""
    with path.open("rb") as fh:
        head = fh.read(65536)
    if not head:
        raise UnsupportedFormatError("the file is empty: choose the document again")
    magic = magic_kind(head[:64])
    if magic is not None:
        if magic[0] == "pdf":
            return "pdf"
        if magic[0] == "zip":
            try:
                with zipfile.ZipFile(path) as zf:
                    if "word/document.xml" in zf.namelist():
                        return "docx"
            except zipfile.BadZipFile:
                pass
            raise UnsupportedFormatError("this ZIP file is not a Word document (.docx): "
                                         "upload a .txt, .html, .pdf or .docx document")
        raise UnsupportedFormatError(f"this is {magic[1]}, not a document: upload a .txt, "
                                     ".html, .pdf or .docx document")
    if not looks_like_text(head):
        raise UnsupportedFormatError("the file is binary, not text: upload a .txt, .html, "
                                     ".pdf or .docx document")
    return "html" if _HTML.search(head[:4096]) else "txt"


def keep(upload: Upload, kind: str) -> Path:
    """Give the stored upload its final generated name, ``<hex>.<kind>``."""
    if upload.path is None or kind not in KINDS:
        raise UsageError("nothing to keep")
    final = _inside(upload.path.parent, upload.path.with_name(
        upload.path.name.removesuffix(".part") + "." + kind))
    os.replace(upload.path, final)
    upload.path = final
    return final


def display_name(filename: str | None, kind: str) -> str:
    """The browser's file name, made safe to show and store (no folders, no controls)."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip(" .")
    return name[:200] or f"upload.{kind}"


def without_server_paths(exc: CommuniqueError, path: Path, name: str) -> CommuniqueError:
    """``exc`` about a stored upload, naming the file as the user named it: the server's
    folders and generated file names never reach the answer."""
    exc.path = name
    for where in (str(path), str(path.parent), path.name):
        exc.message = exc.message.replace(where, name if where != str(path.parent) else "")
    exc.args = (str(exc),)
    return exc
