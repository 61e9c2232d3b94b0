"""``communique cases attach|attachment|intake``: files and e-mails on cases.

Registered on the ``cases`` group of :mod:`communique.cli.consular`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ._registry import DbOption, UserOption
from .consular import IdArg, _desk, cases_app

__all__ = ["attach_command", "attachment_command", "intake_command"]


@cases_app.command("attach")
def attach_command(case_id: IdArg,
                   files: Annotated[list[Path], typer.Argument(
                       help="Files: PDF, .docx, PNG, JPEG, GIF, TIFF or text.",
                       show_default=False)],
                   db: DbOption = None, user: UserOption = None) -> None:
    """Attach files to a case (name and bytes encrypted; type told from the content).

    Files over the web upload limit (COMMUNIQUE_WEB_UPLOAD_LIMIT, default 20 MB) and
    executables, archives or media are refused with the file's name.

    Example: communique cases attach 12 passport-scan.pdf
    """
    from ..consular import attach_path
    from ..web import upload_limit_from_env

    limit = upload_limit_from_env()
    with _desk(db, user) as (desk, actor):
        for f in files:
            n = attach_path(desk, actor, case_id, f, limit=limit)
            typer.echo(f"{f.name}: attachment {n} of case {case_id}")


@cases_app.command("attachment")
def attachment_command(case_id: IdArg,
                       n: Annotated[int, typer.Argument(help="Attachment number (cases show).",
                                                        show_default=False)],
                       out: Annotated[Path, typer.Option(
                           "--output", "-o", help="File to write (mode 0600); - for stdout.")],
                       db: DbOption = None, user: UserOption = None) -> None:
    """Write one attachment of a case, decrypted, to a file (the read is logged).

    Example: communique cases attachment 12 1 -o scan.pdf
    """
    import os

    from ..consular import read_attachment

    with _desk(db, user) as (desk, actor):
        f = read_attachment(desk, actor, case_id, n)
    if str(out) == "-":
        sys.stdout.buffer.write(f.data)
        sys.stdout.flush()
        return
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(f.data)
    typer.echo(f"attachment {n} of case {case_id} ({f.kind}, {len(f.data)} bytes) "
               f"written to {out}")


@cases_app.command("intake")
def intake_command(
    files: Annotated[list[Path], typer.Argument(help="E-mails saved as .eml (RFC 5322).",
                                                show_default=False)],
    country: Annotated[str, typer.Option(help="ISO3 country where the citizen is.")],
    category: Annotated[str, typer.Option(help="The cases' category.")] = "appeal",
    mission: Annotated[str | None, typer.Option(help="Mission handling them.")] = None,
    city: Annotated[str | None, typer.Option(help="City where the citizen is.")] = None,
    priority: Annotated[str, typer.Option(help="low, normal, high or urgent.")] = "normal",
    db: DbOption = None, user: UserOption = None,
) -> None:
    """Open a case from each e-mail: sender, subject, body, date and attachments.

    The sender is the citizen (name and address, encrypted), the subject the
    summary, the body the first timeline entry, the Date header the opening
    time, the channel `email`; attached files become case attachments. All
    files are checked first (no date, a date in the future, an oversize or
    banned attachment refuse the intake, naming the file); then all are
    stored in one transaction. Prints the new case ids.

    Example: communique cases intake appeal.eml --country TUR --category lost-document
    """
    from ..consular import intake_emails
    from ..web import upload_limit_from_env

    with _desk(db, user) as (desk, actor):
        ids = intake_emails(desk, actor, files, country=country, category=category,
                            mission=mission, city=city, priority=priority,
                            limit=upload_limit_from_env())
    for path, case_id in zip(files, ids, strict=True):
        typer.echo(f"{path.name}: case {case_id}")
