"""User data folders: the ``extra`` argument of the loaders."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

__all__ = ["Folders", "folders", "user_files"]

Folders = tuple[Path, ...]


def folders(extra: Iterable[Path | str] | Path | str) -> Folders:
    """A hashable, normalised tuple of folders (for the caches)."""
    if isinstance(extra, str | Path):
        extra = (extra,)
    return tuple(Path(p).expanduser().resolve() for p in extra)


def user_files(extra: Folders, name: str) -> list[Path]:
    """``name`` in each folder that has it, in the order given (later wins).

    A folder that does not exist, or lacks the file, is skipped: a data folder
    holds only the files the user wants to extend.
    """
    return [folder / name for folder in extra if (folder / name).is_file()]
