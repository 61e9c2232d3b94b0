"""Documents: the list, upload (then ingest) and one document with its records marked."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from ...errors import CommuniqueError, UsageError
from ...services.browse import count_documents, get_document, list_documents
from ...services.ingest import DocumentResult, ingest_document
from ...services.users import UserView
from .._render import render
from .._security import Editor, Viewer, csrf_protect, csrf_upload
from .._state import WebState, get_state
from .._uploads import (
    content_kind,
    display_name,
    keep,
    receive_upload,
    without_server_paths,
)

router = APIRouter(include_in_schema=False)

PAGE = 50


def store_upload(state: WebState, path: Path, filename: str | None, kind: str, *,
                 issuer: str | None, date: str | None, accept: bool,
                 user: str) -> DocumentResult:
    """Read the stored upload and ingest it (one transaction); the file stays in the
    data folder unless the content was already there."""
    from ...documents import read_document

    try:
        doc = read_document(path, max_bytes=state.upload_limit)
    except CommuniqueError as exc:
        raise without_server_paths(exc, path, display_name(filename, kind)) from None
    doc = replace(doc, name=display_name(filename, kind),
                  path=str(path.relative_to(state.data_dir)))
    if issuer:
        from ...reference import country

        found = country(issuer)
        if found is None:
            raise UsageError(f"unknown issuer {issuer!r}: give an ISO3 code such as AZE")
        issuer = found.iso3
    result = ingest_document(doc, registry=state.registry, issuer=issuer, date=date or None,
                             accept=accept, user=user)
    if result.status == "duplicate":
        path.unlink(missing_ok=True)
    return result


async def upload_and_ingest(request: Request, user: UserView) -> DocumentResult:
    """The streamed upload, checked and ingested (shared by the page and the API)."""
    state = get_state(request)
    upload = await receive_upload(request, state.upload_dir, state.upload_limit)
    if upload.path is None:
        raise UsageError("choose a document to upload (a .txt, .html, .pdf or .docx file)")
    try:
        kind = content_kind(upload.path)
        path = keep(upload, kind)
        f = upload.fields
        from ...registry import parse_partial_date

        date = (f.get("date") or "").strip() or None
        if date:
            try:
                parse_partial_date(date)
            except ValueError as exc:
                raise UsageError(f"date: {exc}") from None
        result = await asyncio.to_thread(
            store_upload, state, path, upload.filename, kind,
            issuer=(f.get("issuer") or "").strip() or None, date=date,
            accept=(f.get("accept") or "") in ("1", "on", "true", "yes"), user=user.name)
    except BaseException:
        upload.discard()
        raise
    state.cache.bump()
    return result


@router.get("/documents", dependencies=[Depends(csrf_protect)])
def documents_page(request: Request, offset: Annotated[int, Query(ge=0)] = 0,
                   name: str | None = None, user: UserView = Viewer) -> Response:
    state = get_state(request)
    rows = list_documents(state.registry, limit=PAGE, offset=offset, name=name)
    return render(request, "documents.html", {
        "rows": rows, "offset": offset, "limit": PAGE, "name": name or "",
        "total": count_documents(state.registry), "limit_mb": state.upload_limit // 2**20,
        "result": None, "error": None})


@router.post("/documents", dependencies=[Depends(csrf_upload)])
async def upload_page(request: Request, user: UserView = Editor) -> Response:
    state = get_state(request)
    result: DocumentResult | None = None
    error: str | None = None
    status = 200
    try:
        result = await upload_and_ingest(request, user)
    except CommuniqueError as exc:
        from .._app import _status_for, browser_message

        error, status = browser_message(exc), _status_for(exc)
    ctx: dict[str, Any] = {"result": result, "error": error,
                           "limit_mb": state.upload_limit // 2**20}
    if request.headers.get("hx-request") == "true":
        return render(request, "_upload_result.html", ctx, status_code=status)
    if result is not None and result.document_id is not None and not error:
        return RedirectResponse(f"/documents/{result.document_id}?new=1", status_code=303)
    rows = list_documents(state.registry, limit=PAGE)
    ctx.update(rows=rows, offset=0, limit=PAGE, name="", total=count_documents(state.registry))
    return render(request, "documents.html", ctx, status_code=status)


@router.get("/documents/{document_id}", dependencies=[Depends(csrf_protect)])
def document_page(request: Request, document_id: int, user: UserView = Viewer) -> Response:
    state = get_state(request)
    d = get_document(state.registry, document_id)
    spans = [(m.start, m.end, m) for m in d.mentions if m.end > m.start]
    return render(request, "document.html", {"d": d, "spans": spans,
                                             "events": sorted({m.event_id for m in d.mentions})})
