"""``communique users``: accounts of the web application and API tokens."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ._registry import DbOption, registry_for

users_app = typer.Typer(help="Web users (viewer, editor, admin) and their API tokens.",
                        no_args_is_help=True)

NameArg = Annotated[str, typer.Argument(help="User name.", show_default=False)]
StdinOpt = Annotated[bool, typer.Option("--password-stdin",
                                        help="Read the password from standard input.")]


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    value: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return value


@users_app.command("add")
def add_command(
    name: NameArg,
    role: Annotated[str, typer.Option(help="viewer (reads), editor (changes records and "
                                           "reviews), consular (works the consular desk) "
                                           "or admin (also manages users).")]
    = "viewer",
    password_stdin: StdinOpt = False,
    db: DbOption = None,
) -> None:
    """Add a user; asks for the password (or reads it with --password-stdin).

    Example: communique users add ana --role editor
    """
    from ..services.users import add_user

    password = _password(password_stdin)
    with registry_for(db) as reg:
        user = add_user(reg, name, role, password, by="cli")
    typer.echo(f"user {user.name} added ({user.role})")


@users_app.command("list")
def list_command(db: DbOption = None) -> None:
    """List users, their role and how many API tokens they have.

    Example: communique users list
    """
    from ..services.users import list_users

    with registry_for(db) as reg:
        rows = list_users(reg)
    if not rows:
        typer.echo("no users yet: add one with `communique users add NAME --role admin`",
                   err=True)
    for u in rows:
        state = "active" if u.active else "disabled"
        typer.echo(f"{u.name}\t{u.role}\t{state}\t{u.tokens} token(s)")


@users_app.command("token")
def token_command(name: NameArg,
                  label: Annotated[str | None, typer.Option(help="What the token is for.")]
                  = None,
                  db: DbOption = None) -> None:
    """Make an API token for scripts (sent as `Authorization: Bearer TOKEN`); it is shown
    once, only its hash is kept.

    Example: communique users token ana --label "nightly import"
    """
    from ..services.users import create_token

    with registry_for(db) as reg:
        token = create_token(reg, name, label=label, by="cli")
    typer.echo(token)


@users_app.command("role")
def role_command(name: NameArg,
                 role: Annotated[str, typer.Argument(help="viewer, editor, consular or admin.")],
                 db: DbOption = None) -> None:
    """Change a user's role.

    Example: communique users role ana admin
    """
    from ..services.users import set_role

    with registry_for(db) as reg:
        user = set_role(reg, name, role, by="cli")
    typer.echo(f"{user.name} is now {user.role}")


@users_app.command("password")
def password_command(name: NameArg, password_stdin: StdinOpt = False,
                     db: DbOption = None) -> None:
    """Set a user's password (their sessions end).

    Example: communique users password ana
    """
    from ..services.users import set_password

    password = _password(password_stdin)
    with registry_for(db) as reg:
        set_password(reg, name, password, by="cli")
    typer.echo(f"password of {name} changed")


@users_app.command("disable")
def disable_command(name: NameArg, db: DbOption = None) -> None:
    """Disable an account: its sessions end and its API tokens are revoked.

    Example: communique users disable ana
    """
    from ..services.users import set_active

    with registry_for(db) as reg:
        set_active(reg, name, False, by="cli")
    typer.echo(f"{name} disabled")


@users_app.command("enable")
def enable_command(name: NameArg, db: DbOption = None) -> None:
    """Enable a disabled account again (make new API tokens for it).

    Example: communique users enable ana
    """
    from ..services.users import set_active

    with registry_for(db) as reg:
        set_active(reg, name, True, by="cli")
    typer.echo(f"{name} enabled")


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
