"""iter_paths and read_documents: folders, order, hidden files, errors that do not stop."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.documents import Document, iter_paths, read_documents
from communique.errors import (
    EmptyDocumentError,
    InputError,
    NotFoundError,
    TooLargeError,
    UnsupportedFormatError,
)

from ._make import make_pdf, write

TEXT = "The minister received the ambassador of Türkiye.\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    write(root / "b.txt", TEXT)
    write(root / "a.md", "# Notes\n")
    write(root / "2021" / "q1" / "c.HTML", "<p>Talks held.</p>")
    write(root / "2021" / "d.pdf", make_pdf([["A visit took place."]]))
    write(root / "2021" / "image.png", b"\x89PNG\r\n\x1a\n")
    write(root / ".hidden.txt", TEXT)
    write(root / ".cache" / "e.txt", TEXT)
    write(root / "~$draft.docx", b"\x00lock")
    write(root / "README", TEXT)  # no supported suffix
    return root


def test_folder_is_walked_recursively_sorted_and_filtered(tree: Path) -> None:
    assert [p.relative_to(tree).as_posix() for p in iter_paths([tree])] == [
        "2021/d.pdf", "2021/q1/c.HTML", "a.md", "b.txt",
    ]


def test_files_are_taken_as_given_and_only_once(tree: Path) -> None:
    given: list[str | Path] = [tree / "README", tree / "b.txt", tree, str(tree / "b.txt")]
    assert [p.name for p in iter_paths(given)] == ["README", "b.txt", "d.pdf", "c.HTML", "a.md"]


def test_a_single_path_is_not_split_into_characters(tree: Path) -> None:
    assert [p.name for p in iter_paths(str(tree / "b.txt"))] == ["b.txt"]


def test_missing_path_raises_not_found(tmp_path: Path) -> None:
    missing = tmp_path / "gone"
    with pytest.raises(NotFoundError) as info:
        list(iter_paths([missing]))
    assert info.value.path == str(missing)


def test_folder_without_documents_raises_input_error(tmp_path: Path) -> None:
    folder = tmp_path / "images"
    write(folder / "photo.png", b"\x89PNG\r\n\x1a\n")
    write(folder / ".notes.txt", TEXT)
    with pytest.raises(InputError) as info:
        list(iter_paths([folder]))
    assert f"no .txt/.md/.html/.pdf/.docx file in {folder}" in info.value.message
    assert info.value.path == str(folder)


def test_read_documents_reports_bad_files_and_goes_on(tmp_path: Path, tree: Path) -> None:
    write(tree / "zz-empty.txt", "  \n")
    write(tree / "zz-big.txt", "y" * 5000)
    images = tmp_path / "images"
    write(images / "photo.png", b"\x89PNG\r\n\x1a\n")
    results = list(read_documents(
        [tmp_path / "missing.txt", tree, images, tree / "2021" / "image.png"], max_bytes=4000
    ))
    kinds = [type(r).__name__ if isinstance(r, InputError) else r.name for r in results]
    assert kinds == [
        "NotFoundError", "d.pdf", "c.HTML", "a.md", "b.txt", "TooLargeError",
        "EmptyDocumentError", "InputError", "UnsupportedFormatError",
    ]
    errors = [r for r in results if isinstance(r, InputError)]
    assert [e.path for e in errors] == [
        str(tmp_path / "missing.txt"), str(tree / "zz-big.txt"), str(tree / "zz-empty.txt"),
        str(images), str(tree / "2021" / "image.png"),
    ]
    assert isinstance(errors[1], TooLargeError)
    assert isinstance(errors[2], EmptyDocumentError)
    assert isinstance(errors[4], UnsupportedFormatError)
    docs = [r for r in results if isinstance(r, Document)]
    assert [d.kind for d in docs] == ["pdf", "html", "md", "txt"]
    assert docs[3].text == TEXT and docs[3].path == str(tree / "b.txt")
