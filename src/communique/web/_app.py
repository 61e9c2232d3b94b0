"""The application factory: ``create_app(registry, public_read=..., secret=..., data_dir=...)``.

Each call builds a new FastAPI app with its own state (no module-level app):
tests make as many as they like; ``communique serve`` makes one.
"""

from __future__ import annotations

import re
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import (
    AccessDeniedError,
    CommuniqueError,
    ConflictError,
    InputError,
    NotFound,
    NotFoundError,
    StorageFullError,
    TooLargeError,
    UnsupportedFormatError,
    UsageError,
)
from ..registry import Registry
from ..services.users import UserView
from ._cache import TtlCache, cache_folder
from ._hot import start_warming
from ._limits import RequestLimits
from ._render import make_environment, render
from ._security import Forbidden, NotLoggedIn, SessionMiddleware, Viewer, login_url
from ._state import DEFAULT_BODY_LIMIT, DEFAULT_UPLOAD_LIMIT, WebState, load_secret

__all__ = ["create_app", "API_PREFIX", "STATIC"]

API_PREFIX = "/api/v1"
STATIC = Path(__file__).parent / "static"


def _is_api(request: Request) -> bool:
    """JSON answers for programs; the API's documentation page is for people."""
    path = request.url.path
    return path.startswith("/api/") and not path.startswith(f"{API_PREFIX}/docs")


def _status_for(exc: CommuniqueError) -> int:
    if isinstance(exc, AccessDeniedError):
        return 403
    if isinstance(exc, NotFound | NotFoundError):
        return 404
    if isinstance(exc, ConflictError):
        return 409
    if isinstance(exc, StorageFullError):
        return 507
    if isinstance(exc, TooLargeError):
        return 413
    if isinstance(exc, UnsupportedFormatError):
        return 415
    if isinstance(exc, UsageError | InputError):
        return 400
    return 500


def _error(request: Request, status: int, title: str, message: str,
           headers: dict[str, str] | None = None) -> Response:
    if _is_api(request):
        return JSONResponse({"error": title, "detail": message}, status_code=status,
                            headers=headers)
    return render(request, "error.html", {"status": status, "title": title,
                                          "message": message},
                  status_code=status, headers=headers)


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(NotLoggedIn)
    async def not_logged_in(request: Request, exc: NotLoggedIn) -> Response:
        if _is_api(request):
            return JSONResponse({"error": "login required",
                                 "detail": "send Authorization: Bearer TOKEN (make one with "
                                           "`communique users token NAME`)"},
                                status_code=401, headers={"WWW-Authenticate": "Bearer"})
        if request.headers.get("hx-request") == "true":
            return Response(status_code=401, headers={"HX-Redirect": login_url(request)})
        return RedirectResponse(login_url(request), status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        if exc.needed == "csrf":
            return _error(request, 403, "CSRF check failed",
                          "The form was sent without its security token, from another site, "
                          "or after you logged in again: reload the page and try again.")
        return _error(request, 403, "Not allowed",
                      f"This needs the {exc.needed} role; ask an administrator.")

    @app.exception_handler(CommuniqueError)
    async def communique_error(request: Request, exc: CommuniqueError) -> Response:
        status = _status_for(exc)
        title = {403: "Not allowed", 404: "Not found", 409: "Changed by someone else",
                 413: "Too large", 415: "Not a document", 507: "Disk full"}.get(
            status, "Cannot do that" if status == 400 else "Server problem")
        return _error(request, status, title,
                      str(exc) if _is_api(request) else browser_message(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p not in ('query', 'body'))}: "
            f"{e.get('msg')}" for e in exc.errors())
        if _is_api(request):
            return JSONResponse({"error": "invalid request", "detail": problems,
                                 "problems": jsonable(exc.errors())}, status_code=422)
        return _error(request, 400, "Cannot do that", problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        title = {404: "Not found", 413: "Too large"}.get(exc.status_code, "Error")
        return _error(request, exc.status_code, title, str(exc.detail),
                      getattr(exc, "headers", None))


_COMMAND_HINT = re.compile(
    r"[;:,]?\s*(?:[^;:,`]*\b(?:with|run|use|see)\s+)?`communique [^`]*`[^;]*")


def browser_message(exc: CommuniqueError) -> str:
    """An error as a person in a browser reads it: no internal code (E403 on a page
    that says 404) and no command-line hints (`communique review list`)."""
    text = _COMMAND_HINT.sub("", exc.message).strip(" ;:,")
    return text if text.endswith((".", "?", "!")) else text + "."


def jsonable(value: Any) -> Any:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(value, custom_encoder={Exception: str, bytes: repr})


def create_app(registry: Registry | None = None, *, public_read: bool = False,
               secret: str | None = None, data_dir: str | Path | None = None,
               upload_limit: int = DEFAULT_UPLOAD_LIMIT, body_limit: int = DEFAULT_BODY_LIMIT,
               session_hours: float = 12.0,
               threads: int = 8, facet_budget: float | None = 0.3,
               warm: bool = False) -> FastAPI:
    """A new web application over ``registry`` (default: the registry the settings
    name, opened and migrated now and closed at shutdown). With ``warm``, the
    numbers most pages need are computed in the background once it starts
    (``communique serve`` does; see :mod:`communique.web._hot`)."""
    from ..config import get_settings
    from .routes import (
        api_consular,
        api_docs,
        api_events,
        api_more,
        auth,
        consular,
        consular_files,
        documents,
        events,
        pages,
        people,
        programmes,
        reports,
        review,
    )

    settings = get_settings(data_dir=data_dir)
    owns = registry is None
    if registry is None:
        from ..registry import open_registry

        registry = open_registry(settings.database_url)
    folder = Path(settings.data_dir)
    state = WebState(registry=registry, public_read=public_read,
                     secret=secret or load_secret(folder), data_dir=folder,
                     upload_limit=upload_limit, body_limit=body_limit,
                     session_hours=session_hours,
                     threads=threads, facet_budget=facet_budget, owns_registry=owns)
    state.templates = make_environment(folder / "templates")
    state.cache = TtlCache(folder=cache_folder(folder, registry.url, __version__))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> Any:
        import anyio.to_thread

        # few threads: the services are CPU- and database-bound; more threads only
        # fight over the interpreter lock and make every answer slower
        anyio.to_thread.current_default_thread_limiter().total_tokens = state.threads
        if warm:
            state.warmer = start_warming(state)
        yield
        state.cache.close()
        if state.owns_registry:
            state.registry.close()

    app = FastAPI(title="communique", version="1", lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url=None,
                  description="The registry of diplomatic events: events, documents, dossiers, "
                              "statistics, reports. Authenticate with `Authorization: Bearer "
                              "TOKEN` (`communique users token NAME`).")
    app.state.web = state
    app.add_middleware(SessionMiddleware, secret=state.secret,
                       max_age=int(session_hours * 3600))
    # outermost: bodies and query strings are bounded before sessions, routes or logins
    app.add_middleware(RequestLimits, body_limit=lambda: state.body_limit,
                       upload_limit=lambda: state.upload_limit)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _install_handlers(app)
    for module in (auth, pages, people, events, review, documents, reports, consular,
                   consular_files, programmes):
        app.include_router(module.router)
    app.include_router(api_events.router, prefix=API_PREFIX)
    app.include_router(api_more.router, prefix=API_PREFIX)
    app.include_router(api_consular.router, prefix=API_PREFIX)
    app.include_router(programmes.api, prefix=API_PREFIX)
    app.include_router(api_docs.router, prefix=API_PREFIX)

    base_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = base_openapi()
            schema.setdefault("components", {})["securitySchemes"] = {"bearerAuth": {
                "type": "http", "scheme": "bearer",
                "description": "An API token from `communique users token NAME`."}}
            schema["security"] = [{"bearerAuth": []}]
        return app.openapi_schema or {}

    app.openapi = openapi  # type: ignore[method-assign]

    @app.get(f"{API_PREFIX}/openapi.json", include_in_schema=False)
    def openapi_schema(user: UserView = Viewer) -> JSONResponse:
        return JSONResponse(app.openapi())

    return app
