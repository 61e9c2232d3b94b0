"""Reading the reference TSV files (shipped or a user's).

Format: UTF-8, tab-separated, the first non-comment line is the header,
lines starting with ``#`` and blank lines are skipped, ``|`` separates the
values of a multi-valued column.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import PatternError

__all__ = ["Row", "read_rows", "read_text", "shipped", "split_values"]


@dataclass(frozen=True)
class Row:
    """One data line: its cells by column name, and where it came from."""

    cells: dict[str, str]
    source: str
    line: int

    def get(self, column: str) -> str:
        return self.cells.get(column, "").strip()

    def values(self, column: str) -> tuple[str, ...]:
        return split_values(self.get(column))

    def error(self, message: str) -> PatternError:
        return PatternError(f"line {self.line}: {message}", path=self.source)


def split_values(cell: str) -> tuple[str, ...]:
    """``"a| b ||c"`` -> ``("a", "b", "c")``."""
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def shipped(name: str) -> str:
    """The text of a data file shipped in ``communique/data``."""
    return resources.files("communique").joinpath("data", name).read_text(encoding="utf-8")


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise PatternError(
            f"not UTF-8 ({exc.reason} at byte {exc.start}): save the file as UTF-8",
            path=str(path),
        ) from exc
    except OSError as exc:
        raise PatternError(f"cannot read the file ({exc.strerror})", path=str(path)) from exc


def read_rows(text: str, source: str, required: tuple[str, ...]) -> Iterator[Row]:
    """The data rows of one file; a missing required column is a PatternError."""
    header: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = [f.strip().lstrip("\ufeff").lower() for f in fields]
            missing = [c for c in required if c not in header]
            if missing:
                raise PatternError(
                    f"line {number}: the header lacks column(s) {', '.join(missing)}; "
                    f"the first line must name the columns {', '.join(required)} "
                    "separated by tabs",
                    path=source,
                )
            continue
        if len(fields) > len(header):
            raise PatternError(
                f"line {number}: {len(fields)} tab-separated fields for {len(header)} "
                "columns; remove the extra tabs",
                path=source,
            )
        cells = dict(zip(header, fields, strict=False))
        yield Row(cells=cells, source=source, line=number)
