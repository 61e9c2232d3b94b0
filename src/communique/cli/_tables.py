"""Rich tables for people."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table

from ..model import Record

__all__ = ["records_table", "print_table"]


def print_table(table: Table) -> None:
    """Print to stdout; wide enough to read when piped to a file."""
    import sys

    from rich.console import Console

    Console(width=None if sys.stdout.isatty() else 180).print(table)


def records_table(records: Iterable[Record], title: str | None = None) -> Table:
    t = Table(title=title, show_lines=False, expand=False)
    for col in ("id", "type", "date", "from", "to", "orgs", "qty", "conf", "source"):
        t.add_column(col, overflow="fold", no_wrap=col in ("id", "type", "conf"),
                     justify="right" if col == "conf" else "left")
    for r in records:
        date = r.date.start or ""
        if r.date.end:
            date += f"…{r.date.end}"
        qty = ""
        if r.quantity:
            q = r.quantity
            mark = {"more_than": ">", "about": "~", "at_least": ">=", "less_than": "<"}
            qty = f"{mark.get(q.qualifier, '')}" \
                  f"{q.value} {q.unit or ''}".strip()
        src = r.source.text if r.source else ""
        t.add_row(r.id, r.type, date, ",".join(r.from_), ",".join(r.to),
                  ",".join(r.organizations), qty,
                  "" if r.confidence is None else f"{r.confidence:.2f}",
                  src[:90] + ("…" if len(src) > 90 else ""))
    return t
