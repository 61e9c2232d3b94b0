"""The app as uvicorn's factory (``--workers N`` needs an import string): settings
come from the environment that ``communique serve`` sets for its workers."""

from __future__ import annotations

import os

from fastapi import FastAPI

from ._app import create_app
from ._state import DEFAULT_BODY_LIMIT, upload_limit_from_env

__all__ = ["app_from_env"]


def app_from_env() -> FastAPI:
    return create_app(
        None,
        public_read=os.environ.get("COMMUNIQUE_WEB_PUBLIC_READ") == "1",
        data_dir=os.environ.get("COMMUNIQUE_DATA_DIR") or None,
        upload_limit=upload_limit_from_env(),
        body_limit=int(os.environ.get("COMMUNIQUE_WEB_BODY_LIMIT") or DEFAULT_BODY_LIMIT),
        threads=int(os.environ.get("COMMUNIQUE_WEB_THREADS") or 8),
        warm=os.environ.get("COMMUNIQUE_WEB_WARM", "1") != "0",
    )
