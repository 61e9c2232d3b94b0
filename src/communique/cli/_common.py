"""Shared option types and output helpers for the commands."""

from __future__ import annotations

import sys
from typing import NoReturn

from rich.console import Console

from ..errors import CommuniqueError

__all__ = ["err_console", "fail", "report_error"]

err_console = Console(stderr=True, highlight=False)


def report_error(exc: CommuniqueError) -> None:
    err_console.print(f"[red]error[/red] {exc}", soft_wrap=True)


def fail(exc: CommuniqueError, code: int = 1) -> NoReturn:
    report_error(exc)
    sys.exit(code)
