"""Expand the paths a user gives (files and folders) into the files to read."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError, NotFoundError
from ._document import Document
from ._read import MAX_BYTES, SUPPORTED, read_document

__all__ = ["iter_paths", "read_documents"]

PathArg = str | os.PathLike[str]


def iter_paths(paths: Iterable[PathArg] | PathArg) -> Iterator[Path]:
    """Files as given, and the documents inside folders (recursively, sorted).

    Inside folders only SUPPORTED suffixes are taken, and hidden files and
    folders (".name") and Office lock files ("~$name") are skipped. A file is
    yielded once even if given twice. A missing path raises NotFoundError; a
    folder with no document raises InputError.
    """
    seen: set[str] = set()
    for top in _as_list(paths):
        for file in expand_path(Path(top)):
            if _first_time(file, seen):
                yield file


def read_documents(
    paths: Iterable[PathArg] | PathArg, *, max_bytes: int = MAX_BYTES
) -> Iterator[Document | InputError]:
    """A Document, or the InputError saying why not, for every file under ``paths``.

    Never stops at a bad file: a missing path or an empty folder yields its
    error and the others are still read. Files are read one at a time.
    """
    seen: set[str] = set()
    for top in _as_list(paths):
        try:
            files = expand_path(Path(top))
        except InputError as exc:
            yield exc
            continue
        for file in files:
            if not _first_time(file, seen):
                continue
            try:
                yield read_document(file, max_bytes=max_bytes)
            except InputError as exc:
                yield exc


def expand_path(top: Path) -> list[Path]:
    """[top] for a file (or anything else that exists), the sorted documents of a folder."""
    if not os.path.lexists(top):
        raise NotFoundError(
            "no such file or folder: check the path (spelling, current folder)", path=str(top)
        )
    if not top.is_dir():
        return [top]
    found: list[tuple[tuple[str, ...], Path]] = []
    for folder, dirnames, filenames in os.walk(top):
        dirnames[:] = [name for name in dirnames if not _hidden(name)]
        for name in filenames:
            if _hidden(name) or Path(name).suffix.lower() not in SUPPORTED:
                continue
            file = Path(folder, name)
            if file.is_file():
                found.append((file.relative_to(top).parts, file))
    if not found:
        raise InputError(
            f"no .txt/.md/.html/.pdf/.docx file in {top}: put documents there, or give the "
            "files themselves",
            path=str(top),
        )
    return [file for _, file in sorted(found)]


def _as_list(paths: Iterable[PathArg] | PathArg) -> list[PathArg]:
    # A lone path is a common slip: iterating a str would read one character at a time.
    if isinstance(paths, str | os.PathLike):
        return [paths]
    return list(paths)


def _hidden(name: str) -> bool:
    return name.startswith((".", "~$"))


def _first_time(file: Path, seen: set[str]) -> bool:
    key = os.path.realpath(file)
    if key in seen:
        return False
    seen.add(key)
    return True
