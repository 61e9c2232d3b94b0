"""``communique serve``: the web application (FastAPI under uvicorn)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from ..errors import CommuniqueError
from ._common import err_console, fail
from ._registry import DbOption, resolve_db


def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on (0.0.0.0 for every "
                                           "interface; put HTTPS in front).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    public_read: Annotated[bool, typer.Option(
        "--public-read", help="Let visitors read without logging in (writing still needs "
                              "a login).")] = False,
    data_dir: Annotated[Path | None, typer.Option(
        "--data-dir", envvar="COMMUNIQUE_DATA_DIR", show_envvar=True,
        help="Folder for uploads and the session key (default ./communique-data).")] = None,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes.")] = 1,
    threads: Annotated[int, typer.Option(min=1, max=256,
                                         help="Requests each worker serves at once.")] = 8,
    upload_limit_mb: Annotated[int, typer.Option(min=1, max=1024,
                                                 help="Largest upload, in MB.")] = 20,
    forwarded_allow_ips: Annotated[str, typer.Option(
        envvar="COMMUNIQUE_FORWARDED_ALLOW_IPS", show_envvar=True,
        help="Addresses of the reverse proxies trusted to say the client's address and "
             "scheme (X-Forwarded-For/-Proto; comma-separated, e.g. 127.0.0.1). Default: "
             "none, so no client can forge its address; HTTPS reported by a trusted proxy "
             "makes session cookies Secure.")] = "",
    body_limit_mb: Annotated[int, typer.Option(
        min=1, max=1024, help="Largest request body other than an upload, in MB (bigger "
                              "ones get 413 before anything else is done).")] = 1,
    db: DbOption = None,
) -> None:
    """Serve the web application: dashboard, events, review, dossiers, documents, reports,
    and the JSON API at /api/v1 (OpenAPI at /api/v1/openapi.json).

    Example: communique serve --port 8000 --data-dir /srv/communique
    """
    import uvicorn

    from ..config import get_settings
    from ..registry import open_registry
    from ..services.users import list_users

    settings = get_settings(database=resolve_db(db), data_dir=data_dir)
    try:
        reg = open_registry(settings.database_url)
        has_users = bool(list_users(reg))
        reg.close()
    except CommuniqueError as exc:
        fail(exc)
    if not has_users and not public_read:
        err_console.print("[yellow]no users yet[/yellow]: nobody can log in; add one with "
                          "`communique users add NAME --role admin`")
    os.environ["COMMUNIQUE_DATABASE_URL"] = settings.database_url
    os.environ["COMMUNIQUE_DATA_DIR"] = str(settings.data_dir)
    os.environ["COMMUNIQUE_WEB_PUBLIC_READ"] = "1" if public_read else "0"
    os.environ["COMMUNIQUE_WEB_UPLOAD_LIMIT"] = str(upload_limit_mb * 1024 * 1024)
    os.environ["COMMUNIQUE_WEB_THREADS"] = str(threads)
    os.environ["COMMUNIQUE_WEB_BODY_LIMIT"] = str(body_limit_mb * 1024 * 1024)
    proxies = ",".join(p.strip() for p in forwarded_allow_ips.split(",") if p.strip())
    err_console.print(f"serving on http://{host}:{port} (Ctrl+C stops)")
    uvicorn.run("communique.web._factory:app_from_env", factory=True, host=host, port=port,
                workers=workers, proxy_headers=bool(proxies),
                forwarded_allow_ips=proxies or None,
                server_header=False, log_level="info")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
