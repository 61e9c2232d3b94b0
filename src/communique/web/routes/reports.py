"""Reports: the year-end review (preview, HTML/DOCX/PDF/Markdown) and the check of a
draft's numbers. Served only when the reports services are installed."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from ...errors import CommuniqueError, UsageError
from ...services.overview import event_years, home_country
from ...services.users import UserView
from .. import _reports
from .._render import render
from .._security import Viewer, csrf_protect, csrf_upload
from .._state import get_state
from .._uploads import content_kind, keep, receive_upload

router = APIRouter(include_in_schema=False)

Issuer = Annotated[str, Query(min_length=3, max_length=3)]
Year = Annotated[int, Query(ge=1000, le=9999)]

#: the report page runs the review's own inline chart scripts: it is sandboxed (an
#: opaque origin without the app's cookies) and may only load scripts from here
REPORT_CSP = ("sandbox allow-scripts allow-popups allow-top-navigation-by-user-activation; "
              "default-src 'self'; script-src 'self' 'unsafe-inline'; "
              "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'")


def _defaults(request: Request) -> tuple[str | None, int | None]:
    reg = get_state(request).registry
    years = event_years(reg)
    return home_country(reg), (years[0] if years else None)


@router.get("/reports", dependencies=[Depends(csrf_protect)])
def reports_page(request: Request, issuer: str | None = None,
                 year: Annotated[int | None, Query(ge=1000, le=9999)] = None,
                 candidates: bool = False, user: UserView = Viewer) -> Response:
    home, latest = _defaults(request)
    issuer = (issuer or home or "").upper() or None
    year = year or latest
    return render(request, "reports.html", {
        "issuer": issuer, "year": year, "candidates": candidates, "claims": None,
        "draft": "", "error": None})


@router.get("/reports/view", dependencies=[Depends(csrf_protect)])
def report_view(request: Request, issuer: Issuer, year: Year, candidates: bool = False,
                user: UserView = Viewer) -> Response:
    html = _reports.report_html(get_state(request).registry, issuer, year,
                                root=request.scope.get("root_path", ""),
                                include_candidates=candidates)
    return HTMLResponse(html, headers={"Content-Security-Policy": REPORT_CSP,
                                       "X-Frame-Options": "SAMEORIGIN"})


@router.get("/reports/download", dependencies=[Depends(csrf_protect)])
def report_download(request: Request, issuer: Issuer, year: Year,
                    format: Annotated[str, Query(pattern="^(md|html|docx|pdf)$")] = "html",  # noqa: A002
                    candidates: bool = False, user: UserView = Viewer) -> Response:
    data, media, name = _reports.make_report(
        get_state(request).registry, issuer, year, format,
        root=request.scope.get("root_path", ""), include_candidates=candidates)
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if format == "html":
        headers["Content-Security-Policy"] = REPORT_CSP
    return Response(data, media_type=media, headers=headers)


def _marked(text: str, claims: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any] | None]]:
    """The draft cut into plain pieces and claims (by their offsets)."""
    out: list[tuple[str, dict[str, Any] | None]] = []
    pos = 0
    for c in sorted(claims, key=lambda c: (c.get("start") or 0)):
        start, end = int(c.get("start") or 0), int(c.get("end") or 0)
        if start < pos or end <= start or end > len(text):
            continue
        out.append((text[pos:start], None))
        out.append((text[start:end], c))
        pos = end
    out.append((text[pos:], None))
    return out


@router.post("/reports/check", dependencies=[Depends(csrf_upload)])
async def check_draft(request: Request, user: UserView = Viewer) -> Response:
    """A draft pasted (field ``draft``) or uploaded (``file``), checked against the registry."""
    state = get_state(request)
    upload = await receive_upload(request, state.data_dir / "drafts", state.upload_limit)
    f = upload.fields
    issuer, draft, error = (f.get("issuer") or "").strip().upper(), f.get("draft") or "", None
    claims: list[Any] | None = None
    year: int | None = None
    note: str | None = None
    try:
        try:
            year = int(f.get("year") or "")
        except ValueError:
            raise UsageError("give the year of the draft, e.g. 2021") from None
        if upload.path is not None and upload.size:
            from ...documents import read_document

            kind = content_kind(upload.path)
            path = keep(upload, kind)
            draft = (await asyncio.to_thread(read_document, path,
                                             max_bytes=state.upload_limit)).text
        if not draft.strip():
            raise UsageError("paste the draft or choose its file")
        claims = await asyncio.to_thread(_reports.check_text, state.registry, draft, issuer,
                                         year)
        from ...services.report import waiting, waiting_note

        note = waiting_note(await asyncio.to_thread(waiting, state.registry, issuer, year), year)
    except CommuniqueError as exc:
        error = str(exc)
    finally:
        upload.discard()
    return render(request, "reports.html", {
        "issuer": issuer, "year": year, "candidates": False, "claims": claims,
        "verdicts": _reports.verdicts(), "draft": draft, "marked": _marked(draft, claims or []),
        "error": error, "waiting_note": note},
        status_code=400 if error else 200)
