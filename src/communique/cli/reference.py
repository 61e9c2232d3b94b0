"""The CLI reference, generated from the commands themselves (for the documentation site).

    python -m communique.cli.reference docs/reference/cli.md

writes one section per command (usage, what it does, its arguments and options with
their defaults), walking the same Typer app that runs the commands, so that the
reference cannot forget a command or an option; ``make docs`` runs it before
building the site.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import click

__all__ = ["commands", "cli_reference", "write_cli_reference"]


def _root() -> click.Group:
    import typer

    from . import app

    command = typer.main.get_command(app)
    assert isinstance(command, click.Group)
    return command


def commands(group: click.Group | None = None, prefix: tuple[str, ...] = ()
             ) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    """Every command (path of names, click command), sub-commands after their group."""
    group = group or _root()
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        if cmd is None or cmd.hidden:
            continue
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from commands(cmd, (*prefix, name))


def _cell(text: str | None) -> str:
    return " ".join((text or "").split()).replace("|", "\\|")


def _param_rows(cmd: click.Command, ctx: click.Context) -> list[str]:
    rows = []
    for p in cmd.get_params(ctx):
        if isinstance(p, click.Argument):
            name = f"`{p.human_readable_name}`"
            helptext = getattr(p, "help", None) or ""
        elif isinstance(p, click.Option):
            if p.hidden:
                continue
            name = ", ".join(f"`{o}`" for o in [*p.opts, *p.secondary_opts])
            helptext = p.help or ""
        else:  # pragma: no cover
            continue
        default = ""
        if isinstance(p, click.Option) and not p.is_flag and p.default not in (None, (), []):
            value = p.default
            default = str(getattr(value, "value", value))
        envvar = f" (environment: `{p.envvar}`)" if getattr(p, "envvar", None) else ""
        required = "yes" if p.required else ""
        rows.append(f"| {name} | {_cell(helptext)}{envvar} | {_cell(default)} | {required} |")
    return rows


def _section(path: tuple[str, ...], cmd: click.Command) -> list[str]:
    name = " ".join(("communique", *path))
    ctx = click.Context(cmd, info_name=name)
    lines = [f"{'#' * min(2 + len(path) - 1, 4)} `{name}`", ""]
    if cmd.help:
        paras = [" ".join(p.split()) for p in cmd.help.split("\n\n") if p.strip()]
        for para in paras:
            if para.startswith("Example:"):
                lines += ["```sh", para[len("Example:"):].strip(), "```", ""]
            else:
                lines += [para, ""]
    if not isinstance(cmd, click.Group):
        lines += ["```text", " ".join(cmd.collect_usage_pieces(ctx)).join(
            [f"Usage: {name} ", ""]), "```", ""]
    rows = _param_rows(cmd, ctx)
    if rows:
        lines += ["| argument / option | meaning | default | required |",
                  "|---|---|---|---|", *rows, ""]
    return lines


def cli_reference() -> str:
    """The whole reference as Markdown."""
    root = _root()
    lines = ["# Command-line reference", "",
             "Generated from the commands themselves by `python -m communique.cli.reference` "
             "(`make docs` runs it); every command also answers `--help`.", "",
             "Options given before the command (`communique --db URL COMMAND`) apply to it:",
             ""]
    ctx = click.Context(root, info_name="communique")
    lines += ["| option | meaning | default | required |", "|---|---|---|---|",
              *_param_rows(root, ctx), ""]
    for path, cmd in commands(root):
        lines += _section(path, cmd)
    return "\n".join(lines).rstrip() + "\n"


def write_cli_reference(path: str | Path) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(cli_reference(), encoding="utf-8")
    return target


if __name__ == "__main__":  # pragma: no cover
    out = write_cli_reference(sys.argv[1] if len(sys.argv) > 1 else "docs/reference/cli.md")
    print(f"CLI reference written to {out}")
