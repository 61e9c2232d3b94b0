"""JSON read with a bound on nesting: a deeply nested line is a clear error, not a
RecursionError (the standard parser recurses once per level)."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["MAX_JSON_DEPTH", "loads_bounded"]

#: the deepest nesting a record may have (an interchange record needs 3)
MAX_JSON_DEPTH = 32


def _depth_over(text: str, limit: int) -> bool:
    """True when brackets outside strings nest deeper than ``limit`` (a linear scan)."""
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def loads_bounded(text: str, limit: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads`` that refuses NaN/Infinity and nesting deeper than ``limit``
    (ValueError with a message to show)."""
    if text.count("[") + text.count("{") > limit and _depth_over(text, limit):
        raise ValueError(f"nested more than {limit} levels deep; an interchange record "
                         "needs 3")

    def constant(name: str) -> Any:
        raise ValueError(f"{name} is not a number JSON allows")

    return json.loads(text, parse_constant=constant)
