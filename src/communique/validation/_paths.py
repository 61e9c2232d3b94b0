"""Output files checked before any work: the folder exists, the name is no folder."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from ..errors import OutputError

__all__ = ["output_file", "output_error", "pattern_folders"]


def output_file(path: str | os.PathLike[str]) -> Path:
    """``path`` if a file can be written there, else OutputError naming the problem."""
    p = Path(path)
    if "\x00" in str(p):
        raise OutputError("the file name contains a NUL character", path=repr(str(p)))
    if p.is_dir():
        raise OutputError("this is a folder: give a file name inside it, e.g. "
                          f"{p / ('events' + (p.suffix or '.jsonl'))}", path=str(p))
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"the folder {parent} does not exist: create it first "
                          f"(mkdir -p {parent}) or write elsewhere", path=str(p))
    if not os.access(parent, os.W_OK):
        raise OutputError(f"the folder {parent} is not writable: choose another folder",
                          path=str(p))
    return p


def output_error(exc: OSError, path: str | os.PathLike[str]) -> OutputError:
    """An OSError met while writing ``path``, as a message that says what to do."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        what = "the disk is full: free some space or write to another disk"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        what = "not allowed to write here: choose another folder"
    else:
        what = f"cannot write ({exc.strerror or exc}): check the path and the disk"
    return OutputError(what, path=str(path))


def pattern_folders(folders: list[Path] | tuple[Path, ...]) -> tuple[Path, ...]:
    """Each ``--patterns`` folder, checked: it exists, is a folder and holds at least one
    of the data files (PatternError E300 otherwise: a typo must not pass silently)."""
    from ..errors import PatternError

    known = ("triggers.toml", "countries.tsv", "country_aliases.tsv", "organizations.tsv",
             "cities.tsv", "roles.tsv", "officeholders.tsv")
    for folder in folders:
        p = Path(folder)
        if not p.exists():
            raise PatternError("no such folder: check the --patterns path", path=str(p))
        if not p.is_dir():
            raise PatternError("--patterns takes a folder holding triggers.toml, "
                               "countries.tsv, organizations.tsv or cities.tsv, not a file",
                               path=str(p))
        if not any((p / name).is_file() for name in known):
            raise PatternError(f"the folder holds none of {', '.join(known)}: nothing to add",
                               path=str(p))
    return tuple(Path(f) for f in folders)
