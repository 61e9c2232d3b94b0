"""The documentation's CLI reference is generated from the commands and kept current."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from communique.cli.reference import cli_reference, commands

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "docs" / "reference" / "cli.md"


def test_the_generated_reference_names_every_command_and_option():
    text = cli_reference()
    for path, cmd in commands():
        assert f"`communique {' '.join(path)}`" in text, path
        for p in cmd.params:
            if isinstance(p, click.Option) and not p.hidden:
                for opt in p.opts:
                    assert f"`{opt}`" in text, (path, opt)


def test_the_committed_reference_is_current():
    """Fails when a command or an option was added or changed without `make docs`."""
    committed = COMMITTED.read_text(encoding="utf-8")
    generated = cli_reference()
    missing = [" ".join(path) for path, _ in commands()
               if f"`communique {' '.join(path)}`" not in committed]
    assert not missing, f"commands missing from {COMMITTED}: {missing}; run `make docs`"
    assert committed == generated, f"{COMMITTED} is out of date: run `make docs`"


def test_the_site_builds_offline(tmp_path):
    mkdocs = shutil.which("mkdocs", path=str(Path(sys.executable).parent))
    if mkdocs is None:
        pytest.skip("mkdocs is not installed (pip install -r requirements.lock)")
    site = tmp_path / "site"
    done = subprocess.run([mkdocs, "build", "--strict", "--site-dir", str(site)], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (site / "reference" / "cli" / "index.html").exists()
    pages = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert "fonts.googleapis.com" not in pages
