"""The demo: a corpus written for communique (Georgia's foreign ministry,
2023; facts approximate, see corpus/README.md) run through the pipeline.

``python -m communique.demo`` (what ``make demo`` runs) extracts every
document and prints what was found: counts by type and by country.
"""

from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

__all__ = ["corpus_dir", "run_demo"]


def corpus_dir() -> Path:
    return Path(str(resources.files("communique.demo").joinpath("corpus")))


def _meta(folder: Path) -> dict[str, tuple[str, str]]:
    out = {}
    meta = folder / "meta.tsv"
    if meta.exists():
        for line in meta.read_text(encoding="utf-8").splitlines()[1:]:
            parts = line.split("\t")
            if len(parts) >= 4:
                out[parts[0]] = (parts[1], parts[3])
    return out


def run_demo() -> None:
    from rich.console import Console
    from rich.progress import track
    from rich.table import Table

    from ..documents import read_document
    from ..extract import extract_document
    from ..reference import country_name

    console = Console()
    folder = corpus_dir()
    meta = _meta(folder)
    files = sorted(folder.glob("*.txt"))
    by_type: Counter[str] = Counter()
    by_country: Counter[str] = Counter()
    n = 0
    for path in track(files, description="Extracting the demo corpus", console=console):
        issuer, date = meta.get(path.name, ("GEO", "2023"))
        res = extract_document(read_document(path), issuer=issuer, date=date)
        for r in res.records:
            n += 1
            by_type[r.type] += 1
            for c in set(r.from_ + r.to) - {issuer}:
                by_country[c] += 1
    console.print(f"\n[bold]{len(files)} documents, {n} records[/bold] "
                  f"(issuer GEO; corpus in {folder})\n")
    t1 = Table(title="Records by type")
    t1.add_column("type")
    t1.add_column("records", justify="right")
    for typ, k in by_type.most_common():
        t1.add_row(typ, str(k))
    t2 = Table(title="Top partner countries")
    t2.add_column("country")
    t2.add_column("records", justify="right")
    for code, k in by_country.most_common(20):
        t2.add_row(f"{country_name(code)} ({code})", str(k))
    console.print(t1)
    console.print(t2)
