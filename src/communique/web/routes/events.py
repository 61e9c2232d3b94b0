"""The events table (facets, search, paging, downloads) and one event's page with the
editor's actions: edit, accept, reject, reopen, merge, split, and new events."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from ...errors import ConflictError, MergeNeedsForce, UsageError
from ...services import review
from ...services.browse import (
    Selection,
    browse,
    document_texts,
    export_selection,
    ids_label,
    iter_selection,
    selection_file_name,
)
from ...services.query import get_event
from ...services.users import UserView
from .. import _hot
from .._columns import ColParam, chosen_columns, columns_param
from .._edit import changes_from_form, codes, current_values, record_from_form
from .._params import SelectionParams, selection_params
from .._render import render
from .._security import Editor, Viewer, csrf_protect
from .._state import WebState, get_state

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)

PAGE = 50
Sel = Annotated[SelectionParams, Depends(selection_params)]


def page_of(state: WebState, sel: Selection, params: dict[str, Any], offset: int,
            limit: int = PAGE) -> tuple[Any, int]:
    page = browse(state.registry, sel, limit=limit, offset=offset, with_total=False)
    return page, _hot.total(state, sel, params)


@router.get("/events")
def events_page(request: Request, s: Sel, offset: Annotated[int, Query(ge=0)] = 0,
                col: ColParam = [],  # noqa: B006
                user: UserView = Viewer) -> Response:
    state = get_state(request)
    cols = chosen_columns(request, col)
    page, total = page_of(state, s.selection, s.params, offset)
    ids = s.selection.flt.ids
    ctx = {"page": page, "total": total, "offset": offset, "limit": PAGE,
           "params": {**s.params, "col": columns_param(cols)}, "cols": cols,
           "ids_label": ids_label(state.registry, ids) if ids else None}
    if request.headers.get("hx-request") == "true" and request.headers.get("hx-target") == \
            "results":
        return render(request, "_events_results.html", ctx)
    return render(request, "events.html", ctx)


@router.get("/events/facets")
def events_facets(request: Request, s: Sel, col: ColParam = [],  # noqa: B006
                  user: UserView = Viewer) -> Response:
    state = get_state(request)
    found = _hot.facet_counts(state, s)
    params = {**s.params, "col": columns_param(chosen_columns(request, col))}
    return render(request, "_facets.html", {"facets": found, "params": params})


@router.get("/events/download")
def events_download(request: Request, s: Sel,
                    format: Annotated[str, Query(pattern="^(csv|jsonl|parquet)$")] = "csv",  # noqa: A002
                    package: bool = False,
                    user: UserView = Viewer) -> Response:
    state = get_state(request)
    name = selection_file_name(s.selection, format)
    if package:
        return _package(state, s, format, name)
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if format == "parquet":
        buf = io.BytesIO()
        export_selection(state.registry, s.selection, "parquet", buf)
        return Response(buf.getvalue(), media_type="application/vnd.apache.parquet",
                        headers=headers)
    from ...services.export import write_csv, write_jsonl

    def chunks() -> Iterator[str]:
        batch: list[Any] = []
        first = True
        for view in iter_selection(state.registry, s.selection):
            batch.append(view)
            if len(batch) >= 2000:
                yield _text(batch, format, first, write_csv, write_jsonl)
                batch, first = [], False
        if batch or first:
            yield _text(batch, format, first, write_csv, write_jsonl)

    media = "text/csv; charset=utf-8" if format == "csv" else "application/x-ndjson"
    return StreamingResponse(chunks(), media_type=media, headers=headers)


def _package(state: WebState, s: SelectionParams, fmt: str, name: str) -> Response:
    """The selection and its codebook (datapackage.json) in one ZIP file."""
    import json
    import zipfile

    from ...services.export import package_descriptor

    if fmt == "jsonl":
        raise UsageError("a data package holds CSV or Parquet: choose one of those")
    data = io.BytesIO() if fmt == "parquet" else io.StringIO()
    rows = export_selection(state.registry, s.selection, fmt, data)
    raw = data.getvalue()
    payload = raw.encode("utf-8") if isinstance(raw, str) else raw
    descriptor = package_descriptor(fmt, name, rows=rows)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, payload)
        z.writestr("datapackage.json", json.dumps(descriptor, indent=2, ensure_ascii=False))
    zip_name = name.rsplit(".", 1)[0] + f"-{fmt}.zip"
    return Response(out.getvalue(), media_type="application/zip",
                    headers={"Content-Disposition": f'attachment; filename="{zip_name}"'})


def _text(batch: list[Any], fmt: str, first: bool, write_csv: Any, write_jsonl: Any) -> str:
    out = io.StringIO()
    if fmt == "jsonl":
        write_jsonl(batch, out)
        return out.getvalue()
    write_csv(batch, out)
    text = out.getvalue()
    return text if first else text.split("\n", 1)[1]


@router.post("/events/bulk")
def events_bulk(request: Request, action: Annotated[str, Form(pattern="^(accept|reject)$")],
                id: Annotated[list[int], Form()] = [],  # noqa: A002,B006
                back: Annotated[str, Form(max_length=4000)] = "/events",
                user: UserView = Editor) -> Response:
    """Accept or reject the ticked events of a list at once (one transaction)."""
    state = get_state(request)
    if not id:
        raise UsageError("tick the events to accept or reject first")
    done = (review.accept if action == "accept" else review.reject)(
        state.registry, id, user=user.name, note="bulk action in the events list")
    state.cache.bump()
    root = request.scope.get("root_path", "")
    target = back if back.startswith(f"{root}/events") else f"{root}/events"
    return RedirectResponse(target, status_code=303, headers={
        "X-Communique-Changed": str(len(done))})


@router.get("/events/new")
def new_event_form(request: Request, user: UserView = Editor) -> Response:
    return render(request, "event_new.html", {"values": {"type": "meeting"}, "error": None})


@router.post("/events/new")
async def new_event(request: Request, user: UserView = Editor) -> Response:
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    state = get_state(request)
    try:
        rec = record_from_form(form)
        status = "candidate" if form.get("status") == "candidate" else "accepted"
        event_id = review.add_event(state.registry, rec, user=user.name, status=status,
                                    note=form.get("note") or None)
    except UsageError as exc:
        return render(request, "event_new.html", {"values": form, "error": str(exc)},
                      status_code=400)
    state.cache.bump()
    return RedirectResponse(f"/events/{event_id}", status_code=303)


def event_context(state: WebState, event_id: int) -> dict[str, Any]:
    detail = get_event(state.registry, event_id)
    texts = document_texts(state.registry, sorted({m.document_id for m in detail.mentions
                                                   if m.document_id is not None}))
    return {"e": detail, "v": detail.view, "r": detail.view.record, "texts": texts}


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: int, user: UserView = Viewer) -> Response:
    return render(request, "event.html", event_context(get_state(request), event_id))


@router.get("/events/{event_id}/edit")
def edit_form(request: Request, event_id: int, back: str | None = None,
              user: UserView = Editor) -> Response:
    ctx = event_context(get_state(request), event_id)
    ctx.update(values=current_values(ctx["r"], ctx["v"].status), version=ctx["v"].version,
               error=None, conflict=None, back=_back(back, event_id))
    return render(request, "event_edit.html", ctx)


def _back(value: str | None, event_id: int) -> str:
    from .._security import safe_next

    return safe_next(value, f"/events/{event_id}")


@router.post("/events/{event_id}/edit")
async def edit_event(request: Request, event_id: int, user: UserView = Editor) -> Response:
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    state = get_state(request)
    ctx = event_context(state, event_id)
    back = _back(form.get("back"), event_id)
    try:
        version = int(form.get("version") or "0")
    except ValueError:
        version = 0
    try:
        changes = changes_from_form(ctx["r"], ctx["v"].status, form)
        if changes:
            review.edit(state.registry, event_id, changes, user=user.name,
                        expected_version=version, note=form.get("note") or None)
            state.cache.bump()
    except ConflictError as exc:
        fresh = event_context(state, event_id)
        fresh.update(values=form, version=fresh["v"].version, error=str(exc), back=back,
                     conflict=current_values(fresh["r"], fresh["v"].status))
        return render(request, "event_edit.html", fresh, status_code=409)
    except UsageError as exc:
        ctx.update(values=form, version=version, error=str(exc), conflict=None, back=back)
        return render(request, "event_edit.html", ctx, status_code=400)
    return RedirectResponse(back, status_code=303)


@router.post("/events/{event_id}/{action}")
def event_action(request: Request, event_id: int, action: str, user: UserView = Editor,
                 version: Annotated[int | None, Form()] = None,
                 note: Annotated[str, Form(max_length=500)] = "",
                 others: Annotated[str, Form(max_length=2000)] = "",
                 mention: Annotated[list[int], Form()] = [],  # noqa: B006
                 back: Annotated[str, Form(max_length=2000)] = "",
                 confirm: Annotated[str, Form(max_length=3)] = "") -> Response:
    """accept, reject, reopen (with the version read), merge OTHERS into this (events of
    another type or country only with ``confirm=yes``), split MENTIONs."""
    state = get_state(request)
    reg = state.registry
    target = _back(back or None, event_id)
    if action in ("accept", "reject", "reopen"):
        status = {"accept": "accepted", "reject": "rejected", "reopen": "candidate"}[action]
        try:
            review.set_status(reg, [event_id], status, user=user.name, note=note or None,
                              expected_version=version)
        except ConflictError as exc:
            ctx = event_context(state, event_id)
            ctx["conflict_message"] = str(exc)
            return render(request, "event.html", ctx, status_code=409)
    elif action == "merge":
        try:
            ids = [int(x) for x in codes(others.replace(" ", ","))]
        except ValueError:
            raise UsageError("give the ids of the events to merge, e.g. 12, 15") from None
        if not ids:
            raise UsageError("give the ids of the events to merge into this one")
        try:
            review.merge(reg, event_id, ids, user=user.name, note=note or None,
                         force=confirm == "yes")
        except MergeNeedsForce as exc:
            ctx = event_context(state, event_id)
            ctx.update(merge_losses=exc.losses, merge_others=others, merge_note=note)
            return render(request, "event.html", ctx, status_code=409)
    elif action == "split":
        made = review.split(reg, event_id, mention, user=user.name, note=note or None)
        state.cache.bump()
        return RedirectResponse(f"/events/{event_id}?split={','.join(map(str, made))}",
                                status_code=303)
    else:
        raise UsageError(f"unknown action {action!r}: use accept, reject, reopen, merge or split")
    state.cache.bump()
    return RedirectResponse(target, status_code=303)
