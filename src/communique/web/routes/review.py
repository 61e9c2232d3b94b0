"""The review queue: candidates one at a time, the sentence in its context, worked
through by keyboard (a accept, r reject, e edit, j next, k previous); below the card,
the card's candidate and the next ones, to accept or reject several at once."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from ...errors import ConflictError, UsageError
from ...services import review
from ...services.browse import Selection, browse, document_texts
from ...services.query import EventFilter
from ...services.users import UserView
from .._prefs import flash, take_flash
from .._render import query_url, render
from .._security import Editor, Viewer, csrf_protect
from .._state import WebState, get_state

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)

#: candidates listed under the card to accept or reject several at once
BATCH = 20


def _filters(type_: list[str], country: list[str], document: int | None,
             q: str | None) -> tuple[Selection, dict[str, Any]]:
    flt = EventFilter(types=[t for t in type_ if t], countries=[c.upper() for c in country if c],
                      statuses=["candidate"])
    # least confident first (unknown first of all): the doubtful ones get the eyes
    sel = Selection(flt, document=document, q=(q or "").strip() or None, sort="confidence")
    params = {"type": flt.types, "country": flt.countries, "document": document, "q": sel.q}
    return sel, params


def card_context(state: WebState, sel: Selection, params: dict[str, Any],
                 offset: int) -> dict[str, Any]:
    page = browse(state.registry, sel, limit=1, offset=offset)
    if not page.items and offset > 0 and page.total > 0:  # past the end: show the last
        offset = page.total - 1
        page = browse(state.registry, sel, limit=1, offset=offset)
    item = page.items[0] if page.items else None
    context: list[tuple[str, str, int, int]] = []
    if item is not None:
        from ...services.query import get_event

        detail = get_event(state.registry, item.id)
        texts = document_texts(state.registry, sorted({m.document_id for m in detail.mentions
                                                       if m.document_id is not None}))
        for m in detail.mentions:
            if m.document_id in texts:
                name, text = texts[m.document_id]
                context.append((name, text, m.start or 0, m.end or 0))
            else:
                context.append((m.document or "entered by hand", m.text or "", 0,
                                len(m.text or "")))
    here = query_url("/review", params, offset=offset or None)
    batch = browse(state.registry, sel, limit=BATCH, offset=offset, with_total=False).items \
        if item is not None else []
    flags = []
    if item is not None:
        from ...services.plausibility import plausibility_flags

        flags = plausibility_flags(state.registry, [item.id]).get(item.id, [])
    return {"item": item, "total": page.total, "offset": offset, "params": params,
            "context": context, "here": here, "flags": flags, "batch": batch}


@router.get("/review/duplicates")
def duplicates_page(request: Request,
                    type: Annotated[list[str], Query()] = [],  # noqa: A002,B006
                    country: Annotated[list[str], Query()] = [],  # noqa: B006
                    days: Annotated[int, Query(ge=0, le=60)] = 3,
                    user: UserView = Viewer) -> Response:
    """Possible duplicates with their evidence; editors merge them or keep them apart."""
    from ...services.duplicates import possible_duplicates

    state = get_state(request)
    flt = EventFilter(types=[t for t in type if t], countries=[c.upper() for c in country if c])
    pairs = possible_duplicates(state.registry, flt, days=days, limit=100)
    params = {"type": flt.types, "country": flt.countries, "days": days}
    return render(request, "duplicates.html", {"pairs": pairs, "params": params})


@router.post("/review/duplicates/{first}/{second}/keep-apart")
def keep_apart_action(request: Request, first: int, second: int, user: UserView = Editor,
                      note: Annotated[str, Form(max_length=500)] = "") -> Response:
    """Remember that two events are distinct; back to the queue."""
    from ...services.duplicates import keep_apart

    state = get_state(request)
    keep_apart(state.registry, first, second, user=user.name, note=note or None)
    state.cache.bump()
    return RedirectResponse("/review/duplicates", status_code=303)


@router.get("/review")
def review_page(request: Request,
                type: Annotated[list[str], Query()] = [],  # noqa: A002,B006
                country: Annotated[list[str], Query()] = [],  # noqa: B006
                document: int | None = None, q: str | None = None,
                offset: Annotated[int, Query(ge=0)] = 0,
                user: UserView = Viewer) -> Response:
    state = get_state(request)
    sel, params = _filters(type, country, document, q)
    ctx = card_context(state, sel, params, offset)
    if request.headers.get("hx-request") == "true" and request.headers.get("hx-target") == \
            "review-card":
        return render(request, "_review_card.html", {**ctx, "oob_bulk": True})
    ctx["bulk_message"] = take_flash(request)
    return render(request, "review.html", ctx)


@router.post("/review/bulk")
def review_bulk(request: Request, action: Annotated[str, Form(pattern="^(accept|reject)$")],
                pick: Annotated[list[str], Form()] = [],  # noqa: B006
                type: Annotated[list[str], Form()] = [],  # noqa: A002,B006
                country: Annotated[list[str], Form()] = [],  # noqa: B006
                document: Annotated[int | None, Form()] = None,
                q: Annotated[str | None, Form(max_length=200)] = None,
                offset: Annotated[int, Form(ge=0)] = 0,
                user: UserView = Editor) -> Response:
    """Accept or reject the ticked candidates (``pick=ID:VERSION``) through the review
    service in one transaction; back to the queue with a summary of what was done."""
    _, params = _filters(type, country, document, q)
    if not pick:
        flash(request, "Nothing was changed: tick the candidates to accept or reject first.")
    else:
        state = get_state(request)
        done = review.set_status_checked(
            state.registry, [_pick(p) for p in pick],
            "accepted" if action == "accept" else "rejected", user=user.name,
            note=f"{action}ed with others on the review page")
        if done.changed:
            state.cache.bump()
        flash(request, bulk_summary(done))
    back = query_url(f"{request.scope.get('root_path', '')}/review", params,
                     offset=offset or None)
    return RedirectResponse(back + "#review-bulk", status_code=303)


def _pick(value: str) -> tuple[int, int | None]:
    """``"12:3"`` (event 12 read at version 3) or ``"12"`` (no version check)."""
    head, _, version = value.partition(":")
    if len(value) > 30 or not head.isdigit() or (version and not version.isdigit()):
        raise UsageError(f"{value!r} is not a ticked event (event id and version, e.g. 12:3)")
    return int(head), int(version) if version else None


def bulk_summary(done: review.BulkOutcome) -> str:
    """What a bulk action did, in words, each event in one part only."""
    from ...registry import event_id_str as name

    verb = "Accepted" if done.status == "accepted" else "Rejected"
    parts = [f"{verb} {len(done.changed)} candidate(s)"
             + (f": {', '.join(name(i) for i in done.changed)}." if done.changed else ".")]
    if done.already:
        parts.append(f"Already {done.status}, left as they were: "
                     f"{', '.join(name(i) for i in done.already)}.")
    if done.conflicts:
        parts.append("Not changed, because someone changed them since this page was shown "
                     "(look at them again): " + ", ".join(
                         f"{name(i)} (version {was}, now {now})" for i, was, now in
                         done.conflicts) + ".")
    if done.refused:
        parts.append("Not changed: " + ", ".join(f"{name(i)} ({why})"
                                                 for i, why in done.refused) + ".")
    return " ".join(parts)


@router.post("/review/{event_id}/{action}")
def review_action(request: Request, event_id: int, action: str, user: UserView = Editor,
                  version: Annotated[int | None, Form()] = None,
                  type: Annotated[list[str], Form()] = [],  # noqa: A002,B006
                  country: Annotated[list[str], Form()] = [],  # noqa: B006
                  document: Annotated[int | None, Form()] = None,
                  q: Annotated[str | None, Form()] = None,
                  offset: Annotated[int, Form(ge=0)] = 0) -> Response:
    """Accept or reject the card's event, then show the next candidate."""
    if action not in ("accept", "reject"):
        raise UsageError(f"unknown review action {action!r}: use accept or reject")
    state = get_state(request)
    sel, params = _filters(type, country, document, q)
    message = None
    status_code = 200
    try:
        review.set_status(state.registry, [event_id],
                          "accepted" if action == "accept" else "rejected",
                          user=user.name, expected_version=version)
        state.cache.bump()
    except ConflictError as exc:
        message, status_code = str(exc), 409
    if request.headers.get("hx-request") == "true":
        ctx = card_context(state, sel, params, offset)
        ctx["message"] = message or f"ev-{event_id} {action}ed."
        return render(request, "_review_card.html", {**ctx, "oob_bulk": True},
                      status_code=status_code)
    return RedirectResponse(query_url("/review", params, offset=offset or None),
                            status_code=303)
