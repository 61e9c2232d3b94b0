"""The README's tour names commands and options that exist (it cannot drift)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import typer

from communique.cli import app

README = Path(__file__).resolve().parents[2] / "README.md"


def _tour() -> list[list[str]]:
    text = README.read_text(encoding="utf-8")
    block = re.search(r"## A tour in ten commands\n+```sh\n(.*?)```", text, re.S)
    assert block, "the README has no tour"
    return [shlex.split(line.split("#")[0]) for line in block.group(1).splitlines()
            if line.strip()]


def test_the_tour_has_ten_commands_that_exist_with_their_options() -> None:
    root = typer.main.get_command(app)
    tour = _tour()
    assert len(tour) == 10
    for words in tour:
        assert words[0] == "communique"
        command: click.Command = root
        rest = words[1:]
        while isinstance(command, click.Group) and rest and rest[0] in command.commands:
            command, rest = command.commands[rest[0]], rest[1:]
        assert command is not root, words
        known = {opt for p in command.params for opt in getattr(p, "opts", [])}
        for word in rest:
            if word.startswith("-"):
                assert word in known, f"{' '.join(words)}: no option {word}"
