"""``/api/v1/events``: list (the events page's filters), get, create, update, review."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request

from ...services import review
from ...services.browse import browse
from ...services.query import EventFilter, get_event, list_events
from ...services.users import UserView
from .._edit import api_changes, record_from_dict
from .._params import SelectionParams, selection_params
from .._security import Editor, Viewer, csrf_protect
from .._state import get_state
from ._schemas import (
    ERRORS,
    Created,
    EventCreate,
    EventDetailOut,
    EventList,
    EventOut,
    EventUpdate,
    MergeIn,
    ReviewIn,
    SplitIn,
    SplitOut,
    detail_out,
    errors,
    event_out,
)

router = APIRouter(prefix="/events", tags=["events"], dependencies=[Depends(csrf_protect)],
                   responses=ERRORS)

EventId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The event's id.")]
ALL = ["candidate", "accepted", "rejected"]


def _one(request: Request, event_id: int) -> EventOut:
    views = list_events(get_state(request).registry, EventFilter(ids=[event_id], statuses=ALL))
    if not views:
        get_event(get_state(request).registry, event_id)  # raises NotFound
    return event_out(views[0])


@router.get("", response_model=EventList)
def list_(request: Request, s: Annotated[SelectionParams, Depends(selection_params)],
          limit: Annotated[int, Query(ge=1, le=1000)] = 50,
          offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
          user: UserView = Viewer) -> EventList:
    """Events matching the filters, a page at a time (``total`` counts every match)."""
    page = browse(get_state(request).registry, s.selection, limit=limit, offset=offset)
    return EventList(total=page.total, limit=limit, offset=offset,
                     items=[event_out(v) for v in page.items])


@router.post("", response_model=Created, status_code=201)
def create(request: Request, body: EventCreate, user: UserView = Editor) -> Created:
    """Enter an event by hand (it may join an existing event by the merge rule)."""
    state = get_state(request)
    rec = record_from_dict(body.record)
    event_id = review.add_event(state.registry, rec, user=user.name, status=body.status,
                                note=body.note)
    state.cache.bump()
    return Created(id=event_id)


@router.get("/{event_id}", response_model=EventDetailOut, responses=errors(404))
def get(request: Request, event_id: EventId, user: UserView = Viewer) -> EventDetailOut:
    """One event with every mention, why it merged, and its audit history."""
    return detail_out(get_event(get_state(request).registry, event_id))


@router.patch("/{event_id}", response_model=EventOut, responses=errors(404, 409))
def update(request: Request, event_id: EventId, body: EventUpdate,
           user: UserView = Editor) -> EventOut:
    """Change fields; with ``version`` the change is refused (409) if someone else
    changed the event since you read it."""
    state = get_state(request)
    changes = api_changes(body.changes)
    if changes:
        review.edit(state.registry, event_id, changes, user=user.name,
                    expected_version=body.version, note=body.note)
        state.cache.bump()
    else:
        get_event(state.registry, event_id)
    return _one(request, event_id)


def _status(request: Request, event_id: int, status: str, body: ReviewIn,
            user: UserView) -> EventOut:
    state = get_state(request)
    review.set_status(state.registry, [event_id], status, user=user.name, note=body.note,
                      expected_version=body.version)
    state.cache.bump()
    return _one(request, event_id)


@router.post("/{event_id}/accept", response_model=EventOut, responses=errors(404, 409))
def accept(request: Request, event_id: EventId, body: ReviewIn,
           user: UserView = Editor) -> EventOut:
    return _status(request, event_id, "accepted", body, user)


@router.post("/{event_id}/reject", response_model=EventOut, responses=errors(404, 409))
def reject(request: Request, event_id: EventId, body: ReviewIn,
           user: UserView = Editor) -> EventOut:
    return _status(request, event_id, "rejected", body, user)


@router.post("/{event_id}/reopen", response_model=EventOut, responses=errors(404, 409))
def reopen(request: Request, event_id: EventId, body: ReviewIn,
           user: UserView = Editor) -> EventOut:
    """Back to candidate."""
    return _status(request, event_id, "candidate", body, user)


@router.post("/{event_id}/merge", response_model=EventOut, responses=errors(404))
def merge(request: Request, event_id: EventId, body: MergeIn,
          user: UserView = Editor) -> EventOut:
    """Fold ``others`` into this event (undo with split)."""
    state = get_state(request)
    review.merge(state.registry, event_id, body.others, user=user.name, note=body.note,
                 force=body.force)
    state.cache.bump()
    return _one(request, event_id)


@router.post("/{event_id}/split", response_model=SplitOut, responses=errors(404))
def split(request: Request, event_id: EventId, body: SplitIn,
          user: UserView = Editor) -> SplitOut:
    """Move mentions out (default: all but the first); returns the events they now support."""
    state = get_state(request)
    made = review.split(state.registry, event_id, body.mentions, user=user.name,
                        note=body.note)
    state.cache.bump()
    return SplitOut(events=made)
