"""Attachments of consular cases on the web: upload from the case page (streamed, size
limited, typed by content, then encrypted into the database) and download (logged).

The upload is streamed to a file of the data folder only while it arrives: its bytes
are read back, the file is removed, and only the encrypted copy is kept.
"""

from __future__ import annotations

import asyncio
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import RedirectResponse, Response

from ...consular import attach_file, intake_emails, read_attachment
from ...errors import CommuniqueError, UsageError
from ...services.users import UserView
from .._desk import NO_STORE, actor_of, desk_of
from .._security import Consular, csrf_protect, csrf_upload
from .._state import get_state
from .._uploads import display_name, receive_upload, without_server_paths

router = APIRouter(prefix="/consular", include_in_schema=False)

CaseId = Annotated[int, Path(ge=1, le=2**31 - 1)]
FileNo = Annotated[int, Path(ge=1, le=100000)]


def _named(exc: CommuniqueError, name: str) -> CommuniqueError:
    """The error with the file's name in its message (a page shows the message only)."""
    if not exc.message.startswith(name):
        exc.message = f"{name}: {exc.message}"
        exc.args = (str(exc),)
    return exc


def download(name: str, media_type: str, data: bytes) -> Response:
    """A decrypted attachment as a download: never shown inline, never cached."""
    ascii_name = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_"
                         for c in name)
    return Response(data, media_type=media_type, headers={
        **NO_STORE, "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; "
                               f"filename*=UTF-8''{quote(name, safe='')}"})


@router.post("/cases/{case_id}/attachments", dependencies=[Depends(csrf_upload)])
async def upload(request: Request, case_id: CaseId, user: UserView = Consular) -> Response:
    state = get_state(request)
    upload = await receive_upload(request, state.upload_dir / "consular", state.upload_limit)
    try:
        if upload.path is None:
            raise UsageError("choose a file to attach")
        data = upload.path.read_bytes()
    finally:
        upload.discard()
    try:
        await asyncio.to_thread(attach_file, desk_of(request), actor_of(user), case_id,
                                upload.filename, data, limit=state.upload_limit)
    except CommuniqueError as exc:
        raise _named(exc, exc.path or display_name(upload.filename, "bin")) from None
    return RedirectResponse(f"{request.scope.get('root_path', '')}/consular/cases/{case_id}",
                            status_code=303)


@router.get("/cases/{case_id}/attachments/{n}", dependencies=[Depends(csrf_protect)])
def attachment(request: Request, case_id: CaseId, n: FileNo,
               user: UserView = Consular) -> Response:
    f = read_attachment(desk_of(request), actor_of(user), case_id, n)
    return download(f.name, f.media_type, f.data)


@router.post("/intake/email", dependencies=[Depends(csrf_upload)])
async def intake_email(request: Request, user: UserView = Consular) -> Response:
    """Open a case from an uploaded .eml (fields ``category`` and ``country`` first)."""
    state = get_state(request)
    upload = await receive_upload(request, state.upload_dir / "consular", state.upload_limit)
    try:
        if upload.path is None:
            raise UsageError("choose an e-mail (.eml) file")
        f = upload.fields
        try:
            (case_id,) = await asyncio.to_thread(
                intake_emails, desk_of(request), actor_of(user), [upload.path],
                country=(f.get("country") or "").strip(),
                category=(f.get("category") or "appeal").strip(), limit=state.upload_limit)
        except CommuniqueError as exc:
            name = display_name(upload.filename, "eml")
            raise _named(without_server_paths(exc, upload.path, name), name) from None
    finally:
        upload.discard()
    return RedirectResponse(f"{request.scope.get('root_path', '')}/consular/cases/{case_id}",
                            status_code=303)
