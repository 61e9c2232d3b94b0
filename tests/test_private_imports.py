"""No package imports another package's private (``_x``) module.

Each package of ``communique`` offers a public API (``__all__``); its ``_x.py``
modules are its own. The text tools the claim reader shares with the extractor
come through ``communique.extract.text``. ``KNOWN`` lists exceptions: none today.
"""

from __future__ import annotations

import ast
from pathlib import Path

import communique

ROOT = Path(communique.__file__).parent

#: (importing file, imported module) pairs allowed for now (none: keep it so)
KNOWN: set[tuple[str, str]] = set()


def _module_of(path: Path, root: Path) -> list[str]:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def _imported(path: Path, root: Path, tree: ast.AST) -> list[str]:
    """Absolute names of the modules ``tree`` imports (relative imports resolved)."""
    here = _module_of(path, root)
    package = here if path.name == "__init__.py" else here[:-1]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            mod = [*base, *(node.module.split(".") if node.module else [])]
            out.append(".".join(mod))
            out += [".".join([*mod, a.name]) for a in node.names]
    return out


def private_imports(root: Path = ROOT) -> set[tuple[str, str]]:
    """(file, module) for each import of a private module of another package."""
    found = set()
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith("registry/migrations/"):
            continue  # Alembic's env.py belongs to the registry
        own = _module_of(path, root)[:2]  # communique.<package>
        for name in _imported(path, root, ast.parse(path.read_text(encoding="utf-8"))):
            parts = name.split(".")
            if parts[0] != "communique" or len(parts) < 3:
                continue
            private = next((i for i, p in enumerate(parts) if p.startswith("_")
                            and not p.startswith("__")), None)
            # communique._x (the root's own helpers) is no other package's
            if private is not None and private >= 2 and parts[:2] != own:
                found.add((rel, ".".join(parts[: private + 1])))
    return found


def test_no_package_imports_another_packages_private_module() -> None:
    new = private_imports() - KNOWN
    assert not new, "import the package's public API instead: " + ", ".join(
        f"{f} imports {m}" for f, m in sorted(new))


def test_reports_read_text_through_the_extractors_public_text_module() -> None:
    found = {m for f, m in private_imports() if f.startswith("reports/")}
    assert not any(m.startswith("communique.extract.") for m in found)


def test_the_scan_finds_a_private_import_of_another_package(tmp_path: Path) -> None:
    pkg = tmp_path / "communique"
    (pkg / "reports").mkdir(parents=True)
    (pkg / "extract").mkdir()
    (pkg / "reports" / "bad.py").write_text("from ..extract._dates import find_dates\n")
    (pkg / "reports" / "good.py").write_text("from ..extract.text import find_dates\n"
                                             "from ._claims import find_claims\n")
    assert private_imports(pkg) == {("reports/bad.py", "communique.extract._dates")}
