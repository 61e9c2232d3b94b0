"""The web application: FastAPI under uvicorn, server-rendered pages (Jinja2 + HTMX)
and a JSON API (``/api/v1``), over the same service layer as the CLI.

    from communique.web import create_app
    app = create_app(open_registry(url), public_read=False, data_dir="./communique-data")

``communique serve`` runs it; ``communique users add`` makes the accounts.
Every script, stylesheet and chart library is served from ``static/``.
"""

from ._app import API_PREFIX, create_app
from ._state import DEFAULT_UPLOAD_LIMIT, upload_limit_from_env

__all__ = ["create_app", "API_PREFIX", "DEFAULT_UPLOAD_LIMIT", "upload_limit_from_env"]
