"""People and their terms of office: the list, a person's page with their events, and
for editors adding, renaming, changing and deleting (each checked against the
version the editor read, each audited; deleting asks first and says what happens to
the events that name the person)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from ...errors import CommuniqueError, ConflictError, UsageError
from ...registry import event_id_str
from ...services import persons as svc
from ...services.browse import Selection, browse
from ...services.query import EventFilter
from ...services.users import UserView
from .._prefs import flash, take_flash
from .._render import render
from .._security import Editor, Viewer, csrf_protect
from .._state import get_state

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)

Text = Annotated[str, Form(max_length=200)]
Day = Annotated[str, Form(max_length=10)]
Version = Annotated[int, Form(ge=1)]


def _country(text: str) -> str | None:
    """An ISO3 code or an English name (as the add form takes them)."""
    from ...reference import country as find_country

    if not text.strip():
        return None
    found = find_country(text.strip())
    if found is None:
        raise UsageError(f"{text.strip()!r} is not a country we know: give its ISO3 code "
                         "(AZE) or its English name")
    return found.iso3


def _root(request: Request) -> str:
    return str(request.scope.get("root_path", ""))


def _events(request: Request, ids: list[int]) -> list[Any]:
    if not ids:
        return []
    sel = Selection(EventFilter(ids=ids[:500], statuses=["candidate", "accepted", "rejected"]))
    return browse(get_state(request).registry, sel, limit=500).items


def _person_page(request: Request, person_id: int, *, error: str | None = None,
                 status_code: int = 200, form: dict[str, str] | None = None) -> Response:
    p = svc.show_person(get_state(request).registry, person_id)
    return render(request, "person.html", {
        "p": p, "events": _events(request, p.event_ids), "error": error,
        "message": take_flash(request), "form": form or {}}, status_code=status_code)


def _refused(request: Request, person_id: int, exc: CommuniqueError,
             form: dict[str, str] | None = None) -> Response:
    from .._app import browser_message

    if isinstance(exc, ConflictError):
        return _person_page(request, person_id, status_code=409, form=form, error=(
            f"{browser_message(exc)} The page now shows the person as saved."))
    return _person_page(request, person_id, error=browser_message(exc), status_code=400,
                        form=form)


def _links_said(links: svc.LinkChange) -> str:
    said = []
    if links.unlinked:
        said.append("No longer linked to this person (no term explains their title): "
                    + ", ".join(event_id_str(i) for i in links.unlinked) + ".")
    if links.linked:
        said.append(f"Linked {links.linked} more event person(s) the terms now explain.")
    return " ".join(said)


@router.get("/people")
def people(request: Request, name: str | None = None, user: UserView = Viewer) -> Response:
    state = get_state(request)
    return render(request, "people.html", {"people": svc.list_persons(state.registry, name),
                                           "name": name or "", "error": None, "form": {},
                                           "message": take_flash(request)})


@router.post("/people")
def add_person_page(request: Request, person: Text = "", role: Text = "", country: Text = "",
                    start: Day = "", end: Day = "", user: UserView = Editor) -> Response:
    """Add a person, or a term of office to the person of that name (as `persons add`);
    the events its title explains are linked at once."""
    state = get_state(request)
    form = {"person": person, "role": role, "country": country, "start": start, "end": end}
    try:
        added = svc.add_person(state.registry, person, role=role.strip() or None,
                               country=_country(country), start=start.strip() or None,
                               end=end.strip() or None, user=user.name)
    except CommuniqueError as exc:
        from .._app import browser_message

        return render(request, "people.html", {
            "people": svc.list_persons(state.registry), "name": "", "message": None,
            "error": browser_message(exc), "form": form}, status_code=400)
    state.cache.bump()
    return RedirectResponse(f"{_root(request)}/people/{added.id}", status_code=303)


@router.get("/people/{person_id}")
def person_page(request: Request, person_id: int, user: UserView = Viewer) -> Response:
    return _person_page(request, person_id)


@router.post("/people/{person_id}/rename")
def rename(request: Request, person_id: int, version: Version, name: Text = "",
           user: UserView = Editor) -> Response:
    state = get_state(request)
    try:
        p = svc.rename_person(state.registry, person_id, name, expected_version=version,
                              user=user.name)
    except (ConflictError, UsageError) as exc:
        return _refused(request, person_id, exc, {"name": name})
    state.cache.bump()
    flash(request, f"Renamed: {p.name}. The events linked to this person stay linked.")
    return RedirectResponse(f"{_root(request)}/people/{person_id}", status_code=303)


@router.post("/people/{person_id}/terms")
def add_term(request: Request, person_id: int, version: Version, role: Text = "",
             country: Text = "", start: Day = "", end: Day = "",
             user: UserView = Editor) -> Response:
    state = get_state(request)
    try:
        before = svc.show_person(state.registry, person_id).events
        p = svc.add_term(state.registry, person_id, role, country=_country(country),
                         start=start or None, end=end or None, expected_version=version,
                         user=user.name)
    except (ConflictError, UsageError) as exc:
        return _refused(request, person_id, exc, {"role": role, "country": country,
                                                  "start": start, "end": end})
    state.cache.bump()
    after = svc.show_person(state.registry, p.id).events
    flash(request, f"Term of office added; {after - before} more event(s) linked.")
    return RedirectResponse(f"{_root(request)}/people/{person_id}", status_code=303)


@router.post("/people/{person_id}/terms/{term_id}")
def edit_term(request: Request, person_id: int, term_id: int, version: Version,
              role: Text = "", country: Text = "", start: Day = "", end: Day = "",
              user: UserView = Editor) -> Response:
    state = get_state(request)
    try:
        _, links = svc.edit_term(state.registry, person_id, term_id, role,
                                 country=_country(country), start=start or None,
                                 end=end or None, expected_version=version, user=user.name)
    except (ConflictError, UsageError) as exc:
        return _refused(request, person_id, exc)
    state.cache.bump()
    flash(request, " ".join(filter(None, ["Term of office saved.", _links_said(links)])))
    return RedirectResponse(f"{_root(request)}/people/{person_id}", status_code=303)


@router.get("/people/{person_id}/terms/{term_id}/delete")
def delete_term_form(request: Request, person_id: int, term_id: int,
                     user: UserView = Editor) -> Response:
    state = get_state(request)
    p = svc.show_person(state.registry, person_id)
    links = svc.term_change_preview(state.registry, person_id, term_id)
    term = next(r for r in p.roles if r.id == term_id)
    return render(request, "person_delete.html", {
        "p": p, "term": term, "links": links, "events": _events(request, links.unlinked)})


@router.post("/people/{person_id}/terms/{term_id}/delete")
def delete_term(request: Request, person_id: int, term_id: int, version: Version,
                user: UserView = Editor) -> Response:
    state = get_state(request)
    try:
        _, links = svc.delete_term(state.registry, person_id, term_id,
                                   expected_version=version, user=user.name)
    except ConflictError as exc:
        return _refused(request, person_id, exc)
    state.cache.bump()
    flash(request, " ".join(filter(None, ["Term of office deleted.", _links_said(links)])))
    return RedirectResponse(f"{_root(request)}/people/{person_id}", status_code=303)


@router.get("/people/{person_id}/delete")
def delete_person_form(request: Request, person_id: int,
                       user: UserView = Editor) -> Response:
    state = get_state(request)
    p = svc.show_person(state.registry, person_id)
    links = svc.person_delete_preview(state.registry, person_id)
    return render(request, "person_delete.html", {
        "p": p, "term": None, "links": links, "events": _events(request, p.event_ids)})


@router.post("/people/{person_id}/delete")
def delete_person(request: Request, person_id: int, version: Version,
                  user: UserView = Editor) -> Response:
    state = get_state(request)
    name = svc.show_person(state.registry, person_id).name
    try:
        links = svc.delete_person(state.registry, person_id, expected_version=version,
                                  user=user.name)
    except ConflictError as exc:
        return _refused(request, person_id, exc)
    state.cache.bump()
    kept = len(links.by_name) + len(links.by_title)
    flash(request, f"{name} deleted." + (
        f" {kept} event(s) keep the name {name}; adding the person again links them again."
        if kept else ""))
    return RedirectResponse(f"{_root(request)}/people", status_code=303)
