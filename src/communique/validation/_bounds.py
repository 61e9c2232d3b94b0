"""Bounds every request and command is held to before any work starts.

Integers: row ids and page offsets fit the database's ``INTEGER`` column
(signed 32 bits on PostgreSQL); text: no NUL (PostgreSQL refuses it, SQLite
would store it) and no longer than the column it goes to.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import UsageError

__all__ = ["MAX_ID", "MAX_OFFSET", "MAX_LIMIT", "MAX_FILTER_TEXT", "text_problem",
           "check_text", "check_id", "check_ids", "check_page", "has_nul"]

#: the largest row id (INTEGER is 32 bits on PostgreSQL)
MAX_ID = 2**31 - 1
#: the largest page offset a list accepts
MAX_OFFSET = 10**9
#: the most rows one page may ask for
MAX_LIMIT = 100_000
#: the longest filter text (a name part, words to search)
MAX_FILTER_TEXT = 200


def has_nul(value: str) -> bool:
    return "\x00" in value


def text_problem(value: object, what: str, width: int | None) -> str | None:
    """What is wrong with one text value (None when it is fine or absent)."""
    if value is None:
        return None
    if not isinstance(value, str):
        return f"{what} must be text, not {type(value).__name__}"
    if has_nul(value):
        return f"{what} contains a NUL character (\\0): remove it"
    if width is not None and len(value) > width:
        return f"{what} is {len(value)} characters long; at most {width} fit"
    return None


def check_text(value: object, what: str, width: int | None = None) -> None:
    """UsageError for text with NUL or longer than ``width``."""
    problem = text_problem(value, what, width)
    if problem:
        raise UsageError(problem)


def check_id(value: int, what: str = "id") -> int:
    """A row id in the database's range (1 .. 2^31-1), else UsageError."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ID:
        raise UsageError(f"{what} {value!r} is not a valid id (a whole number from 1 to "
                         f"{MAX_ID}): check the number")
    return value


def check_ids(values: Iterable[int], what: str = "id") -> list[int]:
    return [check_id(v, what) for v in values]


def check_page(limit: int | None, offset: int | None) -> None:
    """``--limit`` from 0 to MAX_LIMIT, ``--offset`` from 0 to MAX_OFFSET."""
    if limit is not None and not 0 <= limit <= MAX_LIMIT:
        raise UsageError(f"--limit {limit}: give a number from 0 to {MAX_LIMIT}")
    if offset is not None and not 0 <= offset <= MAX_OFFSET:
        raise UsageError(f"--offset {offset}: give a number from 0 to {MAX_OFFSET}")


def check_year(year: int | None) -> None:
    """UsageError for a year that is not written in four digits (23 instead of 2023):
    a review, a check, statistics or a dossier of the year 23 is a typing slip."""
    if year is not None and not 1000 <= year <= 9999:
        raise UsageError(f"{year} is not a year: write it in four digits, such as 2023")
