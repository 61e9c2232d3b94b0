"""tools/build_countries.py re-generates countries.tsv exactly."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_countries", ROOT / "tools" /
                                                  "build_countries.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_countries_tsv_is_what_the_tool_generates() -> None:
    tool = _tool()
    shipped = (ROOT / "src" / "communique" / "data" / "countries.tsv").read_text(encoding="utf-8")
    assert tool.render(tool.build()) == shipped, "run tools/build_countries.py"


def test_tool_turns_pycountry_names_into_running_text_forms() -> None:
    import pycountry

    tool = _tool()

    def names(code: str) -> list[str]:
        return list(tool.pycountry_names(pycountry.countries.get(alpha_3=code)))

    assert "Republic of Korea" in names("KOR")  # from "Korea, Republic of"
    assert "British Virgin Islands" in names("VGB")  # from "Virgin Islands, British"
    assert "Holy See" in names("VAT")  # from "Holy See (Vatican City State)"
    assert "Province of China Taiwan" not in names("TWN")  # only "... of" tails turn


def test_tool_adds_the_before_titles_only() -> None:
    tool = _tool()
    forms = tool.with_the(["Republic of Korea", "Georgia", "Solomon Islands", "UAE"])
    assert forms == ["Republic of Korea", "the Republic of Korea", "Georgia",
                     "Solomon Islands", "the Solomon Islands", "UAE"]


def test_importing_reference_reads_no_data() -> None:
    code = (
        "import communique.reference as r\n"
        "from communique.reference import _countries, _organizations, _roles\n"
        "sizes = [f.cache_info().currsize for f in (_countries.load_countries,"
        " _organizations.load_organizations, _roles.load_roles, _countries.load_neighbours)]\n"
        "assert sizes == [0, 0, 0, 0], sizes\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
