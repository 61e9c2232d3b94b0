"""``python -m communique`` runs the command line, as the ``communique`` script does."""

from __future__ import annotations

import subprocess
import sys


def test_python_dash_m_communique_shows_the_commands() -> None:
    out = subprocess.run([sys.executable, "-m", "communique", "--help"],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert "extract" in out.stdout and "ingest" in out.stdout


def test_python_dash_m_communique_fails_clearly_on_an_unknown_command() -> None:
    out = subprocess.run([sys.executable, "-m", "communique", "no-such-command"],
                         capture_output=True, text=True, check=False)
    assert out.returncode != 0
    assert "no-such-command" in out.stderr
