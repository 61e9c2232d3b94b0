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
from .._uploads import content_kind, display_name, keep, receive_upload, without_server_paths

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


def _form_values(issuer: str | None, year: str | None, home: str | None,
                 latest: int | None) -> tuple[str | None, str | int | None, str | None, str | None]:
    """(issuer code, year, error in words, note) of the review form."""
    from ...reference import country

    code: str | None = (home or "").upper() or None
    if issuer and issuer.strip():
        found = country(issuer.strip())
        if found is None:
            return issuer, year, (f"“{issuer.strip()}” is not a country we know: give its "
                                  "ISO3 code (AZE) or its English name (Azerbaijan)"), None
        code = found.iso3
    if year is None or not year.strip():
        note = f"{latest} is the latest year with events in the registry." if latest else None
        return code, latest, None, note
    text = year.strip()
    if not (text.isdigit() and len(text) == 4):
        return code, year, f"“{text}” is not a year: write it in four digits, such as 2023", \
            None
    return code, int(text), None, None


@router.get("/reports", dependencies=[Depends(csrf_protect)])
def reports_page(request: Request, issuer: str | None = None, year: str | None = None,
                 candidates: bool = False, user: UserView = Viewer) -> Response:
    home, latest = _defaults(request)
    code, chosen, error, note = _form_values(issuer, year, home, latest)
    return render(request, "reports.html", {
        "issuer": code, "year": chosen, "candidates": candidates, "claims": None,
        "draft": "", "error": None, "form_error": error, "note": note},
        status_code=400 if error else 200)


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
    waiting_line: str | None = None
    try:
        try:
            year = int(f.get("year") or "")
        except ValueError:
            raise UsageError("give the year of the draft, e.g. 2021") from None
        if upload.path is not None and upload.size:
            from ...documents import read_document

            kind = content_kind(upload.path)
            path = keep(upload, kind)
            try:
                draft = (await asyncio.to_thread(read_document, path,
                                                 max_bytes=state.upload_limit)).text
            except CommuniqueError as exc:
                raise without_server_paths(exc, path, display_name(upload.filename, kind)) \
                    from None
        if not draft.strip():
            raise UsageError("paste the draft or choose its file")
        claims = await asyncio.to_thread(_reports.check_text, state.registry, draft, issuer,
                                         year)
        from ...services.report import waiting, waiting_note

        waiting_line = waiting_note(
            await asyncio.to_thread(waiting, state.registry, issuer, year), year)
    except CommuniqueError as exc:
        error = str(exc)
    finally:
        upload.discard()
    return render(request, "reports.html", {
        "issuer": issuer, "year": year, "candidates": False, "claims": claims,
        "verdicts": _reports.verdicts(), "draft": draft, "marked": _marked(draft, claims or []),
        "error": error, "form_error": None, "note": None, "waiting_note": waiting_line},
        status_code=400 if error else 200)
