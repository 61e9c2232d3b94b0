"""Shared option types and output helpers for the commands."""

from __future__ import annotations

import sys
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import ProgressColumn, Task
from rich.text import Text

from ..errors import CommuniqueError

__all__ = ["err_console", "fail", "report_error", "JobsOption", "RateColumn"]

err_console = Console(stderr=True, highlight=False)

JobsOption = Annotated[int | None, typer.Option(
    "--jobs", "-j", min=1, help="Worker processes for extraction (default: the machine's "
    "cores). Output keeps the input order.", show_default=False)]


class RateColumn(ProgressColumn):
    """Documents per second, for the progress bars of long runs."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} docs/s" if speed else "… docs/s", style="progress.data.speed")


def report_error(exc: CommuniqueError) -> None:
    err_console.print(f"[red]error[/red] {exc}", soft_wrap=True)


def fail(exc: CommuniqueError, code: int = 1) -> NoReturn:
    report_error(exc)
    sys.exit(code)
