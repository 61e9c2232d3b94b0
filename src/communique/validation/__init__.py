"""The input layer: bounds and checks every request and command meets before work starts.

    check_record(rec)               # every write: codes, roles, widths, NUL (UsageError)
    record_problems(d)              # the same checks as a list, for line-numbered imports
    check_id(n, "event")            # 1 .. 2^31-1 (the database's INTEGER)
    check_page(limit, offset)       # no negative or absurd pages
    check_text(value, "title", 1000)
    output_file(path)               # before exporting: the folder exists, it is no folder

Other packages extend it by adding checks here (a new field's width comes from
its column: :func:`widths` reads the tables), never by checking on their own.
"""

from __future__ import annotations

from ._bounds import (
    MAX_FILTER_TEXT,
    MAX_ID,
    MAX_LIMIT,
    MAX_OFFSET,
    check_id,
    check_ids,
    check_page,
    check_text,
    check_year,
    has_nul,
    text_problem,
)
from ._json import MAX_JSON_DEPTH, loads_bounded
from ._paths import output_error, output_file, pattern_folders
from ._record import check_record, org_problem, record_problems, widths

__all__ = [
    "MAX_FILTER_TEXT",
    "MAX_ID",
    "MAX_JSON_DEPTH",
    "MAX_LIMIT",
    "MAX_OFFSET",
    "check_id",
    "check_ids",
    "check_page",
    "check_record",
    "check_text",
    "check_year",
    "has_nul",
    "loads_bounded",
    "org_problem",
    "output_error",
    "output_file",
    "pattern_folders",
    "record_problems",
    "text_problem",
    "widths",
]
