"""communique: a system of record for a country's diplomatic activity.

The public API is what ``__all__`` lists; everything else is private and may
change. Imports are lazy so that ``communique extract`` starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "Record",
    "extract_document",
    "extract_text",
    "read_document",
    "CommuniqueError",
]

if TYPE_CHECKING:  # pragma: no cover
    from .documents import read_document
    from .errors import CommuniqueError
    from .extract import extract_document, extract_text
    from .model import Record

_LAZY = {
    "Record": ("model", "Record"),
    "extract_document": ("extract", "extract_document"),
    "extract_text": ("extract", "extract_text"),
    "read_document": ("documents", "read_document"),
    "CommuniqueError": ("errors", "CommuniqueError"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        mod, attr = _LAZY[name]
        return getattr(importlib.import_module(f".{mod}", __name__), attr)
    raise AttributeError(name)
