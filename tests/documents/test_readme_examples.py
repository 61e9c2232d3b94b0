"""The README's examples are what the program does: each documented message is
produced again here, so that the README cannot drift from the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app

from ._make import make_pdf

ROOT = Path(__file__).resolve().parents[2]


def _block_after(heading: str) -> list[str]:
    """The lines of the first fenced block after the heading ``heading`` (of any level)
    in README.md or the documentation pages (docs/)."""
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        text = page.read_text(encoding="utf-8") if page.exists() else ""
        found = re.search(rf"^#+ {re.escape(heading)}\s*$", text, re.M)
        if found:
            at = found.start()
            block = re.search(r"```[a-z]*\n(.*?)```", text[at:], re.S)
            assert block, f"no example block after {heading!r} in {page}"
            return block.group(1).splitlines()
    pytest.fail(f"{heading!r} is documented nowhere")


def _pattern(line: str) -> re.Pattern[str]:
    """A documented line as a pattern: '(...)' stands for elided detail."""
    parts = [re.escape(p) for p in line.split("(...)")]
    return re.compile("^" + r"\(.+?\)".join(parts) + "$")


def _make_bad_inputs(folder: Path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    sentence = b"The Minister of Foreign Affairs met the Ambassador of Peru in Lima. "
    (folder / "bad.txt").write_bytes(bytes(b ^ 0x80 if i % 3 == 0 else b
                                           for i, b in enumerate(sentence * 4)))
    (folder / "scan.pdf").write_bytes(make_pdf([None, None]))
    with open(folder / "huge.txt", "wb") as fh:  # sparse: its size is all that is read
        fh.truncate(63_200_000)


def test_the_documented_bad_input_messages_are_the_program_s(tmp_path, monkeypatch) -> None:
    documented = [line for line in _block_after("Bad input") if line.startswith("error ")]
    assert len(documented) >= 6
    _make_bad_inputs(tmp_path)
    monkeypatch.chdir(tmp_path)
    names = [line.split()[2].rstrip(":") for line in documented]
    result = CliRunner(mix_stderr=False).invoke(app, ["extract", *names])
    printed = [line for line in result.stderr.splitlines() if line.startswith("error ")]
    assert result.exit_code == 1
    for line in documented:
        assert any(_pattern(line).match(p) for p in printed), (line, printed)
