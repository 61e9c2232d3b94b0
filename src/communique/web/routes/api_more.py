"""``/api/v1``: documents (upload, list, get), dossiers, stats, reports, check, me."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response

from ...errors import NotFound, UsageError
from ...services.browse import count_documents, get_document, list_documents
from ...services.query import dossier
from ...services.users import UserView
from .._security import Editor, Viewer, csrf_protect, csrf_upload
from .._state import get_state
from ._schemas import (
    ERRORS,
    DocumentDetail,
    DocumentList,
    DocumentOut,
    DossierOut,
    IngestOut,
    MarkOut,
    MeOut,
    errors,
    event_out,
)

router = APIRouter(responses=ERRORS)
read = [Depends(csrf_protect)]

Year = Annotated[int | None, Query(ge=1000, le=9999)]


def _doc_out(row: Any) -> DocumentOut:
    return DocumentOut(id=row.id, name=row.name, kind=row.kind, issuer=row.issuer, date=row.date,
                       size=row.size, ingested_at=row.ingested_at.isoformat(timespec="seconds"),
                       ingested_by=row.ingested_by, mentions=row.mentions)


@router.get("/me", response_model=MeOut, tags=["users"], dependencies=read)
def me(user: UserView = Viewer) -> MeOut:
    """Who the token (or session) belongs to."""
    return MeOut(name=user.name, role=user.role)


@router.get("/documents", response_model=DocumentList, tags=["documents"], dependencies=read)
def documents(request: Request, limit: Annotated[int, Query(ge=1, le=1000)] = 50,
              offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
              user: UserView = Viewer) -> DocumentList:
    reg = get_state(request).registry
    return DocumentList(total=count_documents(reg),
                        items=[_doc_out(r) for r in list_documents(reg, limit=limit,
                                                                   offset=offset)])


UPLOAD_BODY: dict[str, Any] = {"requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": {
        "type": "object", "required": ["file"],
        "properties": {
            "file": {"type": "string", "format": "binary",
                     "description": "A .txt, .html, .pdf or .docx document (type told by "
                                    "content)."},
            "issuer": {"type": "string", "description": "ISO3 of the issuing country."},
            "date": {"type": "string", "description": "YYYY[-MM[-DD]] for undated text."},
            "accept": {"type": "string", "enum": ["", "1", "true"],
                       "description": "Accept the records at once."}}}}}}}


@router.post("/documents", response_model=IngestOut, status_code=201, tags=["documents"],
             dependencies=[Depends(csrf_upload)], openapi_extra=UPLOAD_BODY,
             responses=errors(413, 415))
async def upload(request: Request, user: UserView = Editor) -> IngestOut:
    """Upload a document: stored in the data folder, read, extracted, its records stored."""
    from .documents import upload_and_ingest

    result = await upload_and_ingest(request, user)
    return IngestOut(**result.__dict__)


@router.get("/documents/{document_id}", response_model=DocumentDetail, tags=["documents"],
            dependencies=read, responses=errors(404))
def document(request: Request,
             document_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
             user: UserView = Viewer) -> DocumentDetail:
    """A document's text and the spans of its records."""
    d = get_document(get_state(request).registry, document_id)
    return DocumentDetail(document=_doc_out(d.row), text=d.text,
                          issuer_reason=d.issuer_reason, date_reason=d.date_reason, mentions=[
        MarkOut(mention=m.id, event=m.event_id, start=m.start, end=m.end, type=m.type,
                status=m.status) for m in d.mentions])


@router.get("/dossiers/{country}", response_model=DossierOut, tags=["dossiers"],
            dependencies=read, responses=errors(404))
def dossier_(request: Request,
             country: Annotated[str, Path(min_length=3, max_length=3,
                                          description="ISO 3166-1 alpha-3.")],
             year: Year = None,
             status: Annotated[list[str], Query()] = [],  # noqa: B006
             per_type: Annotated[int | None, Query(ge=1, le=10_000, description=(
                 "At most this many events of each type (the first by date); counts "
                 "gives every type's total."))] = None,
             user: UserView = Viewer) -> DossierOut:
    """Every event with a country (in a year), grouped by type, in date order."""
    from ...reference import is_country_code

    code = country.upper()
    if not is_country_code(code):
        raise NotFound(f"no country {country!r}: give an ISO 3166-1 alpha-3 code such as AZE")
    d = dossier(get_state(request).registry, code, year, statuses=status, per_type=per_type)
    return DossierOut(country=d.country, year=d.year, total=d.total, counts=d.counts,
                      groups={t: [event_out(v) for v in views] for t, views in d.groups.items()})


@router.get("/stats", tags=["stats"], dependencies=read)
def stats(request: Request,
          issuer: Annotated[str | None, Query(max_length=3)] = None,
          year: Year = None,
          by: Annotated[str, Query(pattern="^(type|country|region|org|month)$")] = "type",
          top: Annotated[int | None, Query(ge=1, le=1000)] = None,
          include_candidates: bool = False,
          user: UserView = Viewer) -> dict[str, Any]:
    """Counts of an issuer's events in a year by type, country, region, organisation or
    month, by the counting rules every report uses (each row lists its event ids)."""
    from ...services.stats import stats as run

    result = run(get_state(request).registry, issuer or None, year, by=by, top=top,
                 include_candidates=include_candidates)
    return dict(result.to_dict())


REPORT_TYPES: dict[str, Any] = {"text/html": {}, "text/markdown": {}, "application/pdf": {},
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {}}


@router.get("/reports", tags=["reports"], dependencies=read, response_class=Response,
            responses={**errors(404), 200: {"description": "The review in the asked format",
                                            "content": REPORT_TYPES}})
def report(request: Request,
           issuer: Annotated[str, Query(min_length=3, max_length=3)],
           year: Annotated[int, Query(ge=1000, le=9999)],
           format: Annotated[str, Query(pattern="^(md|html|docx|pdf)$")] = "html",  # noqa: A002
           include_candidates: bool = False,
           user: UserView = Viewer) -> Response:
    """The year-end review of an issuer, from the registry (counting rules 1-10)."""
    from .._reports import make_report

    data, media, name = make_report(get_state(request).registry, issuer, year, format,
                                    include_candidates=include_candidates)
    return Response(data, media_type=media,
                    headers={"Content-Disposition": f'inline; filename="{name}"'})


@router.post("/check", tags=["reports"], dependencies=read)
def check(request: Request, body: dict[str, Any], user: UserView = Viewer) -> list[Any]:
    """Check the numbers of a draft: ``{"text": "...", "issuer": "AZE", "year": 2021}``;
    one object per claim or flag, the same as ``communique check --format json`` (kind,
    claim, start, end, phrase, claimed, qualifier, counts, registry, verdict: agrees,
    consistent, disagrees or unverifiable, reason, rule, bounds, years, scope, records,
    settle, unknown, other_counts, registry_list, notes)."""
    from .._reports import check_text

    text, issuer, year = body.get("text"), body.get("issuer"), body.get("year")
    if not isinstance(text, str) or not isinstance(issuer, str) or \
            isinstance(year, bool) or not isinstance(year, int) or not 1000 <= year <= 9999:
        raise UsageError('send {"text": DRAFT, "issuer": ISO3, "year": YYYY}')
    return check_text(get_state(request).registry, text, issuer, year)
