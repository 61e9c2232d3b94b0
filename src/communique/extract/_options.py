"""The options of an extraction, checked before any document is read: the issuer's
country code and the document's date."""

from __future__ import annotations

from ..errors import UsageError
from ._date_values import parse_iso

__all__ = ["check_options"]


def _check_issuer(issuer: str | None) -> str | None:
    if issuer is None:
        return None
    code = issuer.strip().upper()
    from ..reference import is_country_code

    if not is_country_code(code):
        raise UsageError(f"unknown issuer code {issuer!r}: give an ISO 3166-1 alpha-3 code "
                         "such as AZE, GEO or KAZ")
    return code


def check_options(issuer: str | None, date: str | None) -> str | None:
    """Validate ``--issuer`` and ``--date`` before any document is read; returns
    the issuer code upper-cased. Raises :class:`UsageError`."""
    if date is not None:
        try:
            parse_iso(date)
        except ValueError as e:
            raise UsageError(f"bad --date {date!r}: {e}; use YYYY, YYYY-MM or YYYY-MM-DD") from e
    return _check_issuer(issuer)
