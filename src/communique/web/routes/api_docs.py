"""``/api/v1/docs``: the JSON API's interactive documentation (Swagger UI 5, which reads
OpenAPI 3.1; its files come with the ``swagger-ui-py`` package and are served from
here, never a CDN), behind login."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, Response

from ...errors import NotFound
from ...services.users import UserView
from .._render import render
from .._security import Viewer

router = APIRouter(include_in_schema=False)

#: the Swagger UI files the page loads (nothing else of the bundle is served)
ASSETS = {"swagger-ui.css": "text/css", "swagger-ui-bundle.js": "text/javascript",
          "swagger-ui-standalone-preset.js": "text/javascript"}


def _assets_folder() -> Path:
    from importlib.util import find_spec

    spec = find_spec("swagger_ui")  # the package's files only; its framework glue unused
    if spec is None or not spec.submodule_search_locations:
        raise NotFound("the API documentation needs the swagger-ui-py package: install "
                       "the pinned requirements")
    return Path(next(iter(spec.submodule_search_locations))) / "static"


@router.get("/docs")
def api_docs(request: Request, user: UserView = Viewer) -> Response:
    """Swagger UI over /api/v1/openapi.json; "Try it out" runs as the logged-in user."""
    return render(request, "api_docs.html", {})


@router.get("/docs/assets/{name}")
def api_docs_asset(name: Annotated[str, PathParam(max_length=64)],
                   user: UserView = Viewer) -> Response:
    if name not in ASSETS:
        raise NotFound(f"no documentation file {name!r}")
    return FileResponse(_assets_folder() / name, media_type=ASSETS[name],
                        headers={"Cache-Control": "private, max-age=86400"})
