"""Login, logout and the administration of users."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from ...errors import CommuniqueError, UsageError
from ...services import users as users_service
from ...services.users import UserView
from .._render import render
from .._security import (
    Admin,
    client_ip,
    csrf_protect,
    current_user,
    login_session,
    logout_session,
    safe_next,
)
from .._state import get_state

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)


@router.get("/login")
def login_page(request: Request, next: str | None = None) -> Response:  # noqa: A002
    if current_user(request) is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return render(request, "login.html", {"next": safe_next(next), "error": None, "name": ""})


@router.post("/login")
def login(request: Request, name: Annotated[str, Form(max_length=100)] = "",
          password: Annotated[str, Form(max_length=1000)] = "",
          next: Annotated[str, Form(max_length=2000)] = "/") -> Response:  # noqa: A002
    state = get_state(request)
    ip = client_ip(request)
    wait = state.limiter.wait(ip, name)
    if wait:
        return render(request, "login.html", {
            "next": safe_next(next), "name": name,
            "error": f"Too many failed logins: wait {wait} seconds and try again."},
            status_code=429, headers={"Retry-After": str(wait)})
    user = users_service.authenticate(state.registry, name, password) if name else None
    if user is None:
        state.limiter.fail(ip, name)
        return render(request, "login.html", {
            "next": safe_next(next), "name": name,
            "error": "Wrong user name or password (or the account is disabled)."},
            status_code=401)
    state.limiter.succeed(ip, name)
    login_session(request, user)
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request) -> Response:
    logout_session(request)
    return RedirectResponse("/login", status_code=303)


@router.get("/admin/users")
def users_page(request: Request, user: UserView = Admin) -> Response:
    state = get_state(request)
    return render(request, "users.html", {"users": users_service.list_users(state.registry),
                                          "token": None, "message": None, "error": None})


@router.post("/admin/users")
def users_action(request: Request, user: UserView = Admin,
                 action: Annotated[str, Form()] = "",
                 name: Annotated[str, Form(max_length=100)] = "",
                 role: Annotated[str, Form()] = "viewer",
                 password: Annotated[str, Form(max_length=1000)] = "",
                 label: Annotated[str, Form(max_length=200)] = "") -> Response:
    """add, role, password, disable, enable, token, revoke: one form per action."""
    state = get_state(request)
    reg = state.registry
    token = message = error = None
    try:
        if action == "add":
            users_service.add_user(reg, name, role, password, by=user.name)
            message = f"User {name} added as {role}."
        elif action == "role":
            if name.lower() == user.name.lower() and role != "admin":
                raise UsageError("you cannot take away your own admin role")
            users_service.set_role(reg, name, role, by=user.name)
            message = f"{name} is now {role}."
        elif action == "password":
            users_service.set_password(reg, name, password, by=user.name)
            message = f"Password of {name} changed; their sessions have ended."
        elif action in ("disable", "enable"):
            if name.lower() == user.name.lower():
                raise UsageError("you cannot disable your own account")
            users_service.set_active(reg, name, action == "enable", by=user.name)
            message = f"{name} {action}d."
        elif action == "token":
            token = users_service.create_token(reg, name, label=label or None, by=user.name)
            message = f"New API token for {name}: copy it now, it is shown only once."
        elif action == "revoke":
            n = users_service.revoke_tokens(reg, name, by=user.name)
            message = f"{n} token(s) of {name} revoked."
        else:
            raise UsageError(f"unknown action {action!r}")
    except CommuniqueError as exc:
        error = str(exc)
    return render(request, "users.html", {"users": users_service.list_users(reg),
                                          "token": token, "message": message, "error": error},
                  status_code=400 if error else 200)
