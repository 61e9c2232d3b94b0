"""The demo: a corpus written for communique (Georgia's foreign ministry,
2023; facts approximate, see corpus/README.md) run through the pipeline.

``python -m communique.demo`` (what ``make demo`` runs) extracts every
document and prints what was found: counts by type and by country; then
ingests the corpus as *candidates* and applies a reviewer's decisions for
it (``decisions.toml``, through the review service a person uses): what
they accept counts, the doubtful ones stay waiting and are listed.
"""

from __future__ import annotations

import os
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["corpus_dir", "run_demo", "build_registry"]


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


def run_demo(out_dir: Path | None = None) -> None:
    """Extract the corpus (summary table), ingest it into a SQLite registry,
    show a dossier and, where the reports module is present, write the
    year-end review and check the corpus's own review against the registry."""
    from rich.console import Console

    console = Console()
    out = Path(out_dir or "out")
    out.mkdir(parents=True, exist_ok=True)
    _extract_summary(console)
    reg = build_registry(console, out)
    _dossier(console, reg, "AZE", 2023)
    _reports(console, reg, out)


def _extract_summary(console: Any) -> None:
    from rich.progress import track
    from rich.table import Table

    from ..documents import read_document
    from ..extract import extract_document
    from ..reference import country_name

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
    console.print(f"\n[bold]communique extract[/bold]: {len(files)} documents, {n} records "
                  f"(issuer GEO; corpus in {folder})\n")
    t1 = Table(title="Records by type")
    t1.add_column("type")
    t1.add_column("records", justify="right")
    for typ, k in by_type.most_common():
        t1.add_row(typ, str(k))
    t2 = Table(title="Top partner countries")
    t2.add_column("country")
    t2.add_column("records", justify="right")
    for code, k in by_country.most_common(15):
        t2.add_row(f"{country_name(code)} ({code})", str(k))
    console.print(t1)
    console.print(t2)


def build_registry(console: Any, out: Path, url: str | None = None) -> Any:
    """The demo registry as ``make demo`` builds it: the reviewer's known persons,
    the corpus ingested as candidates, the reviewer's decisions applied."""
    from ..registry import open_registry
    from ._decisions import add_known_persons, apply_decisions

    db = out / "demo.db"
    if not (url or os.environ.get("COMMUNIQUE_DEMO_DATABASE_URL")):
        for old in out.glob("demo.db*"):  # the demo builds its registry afresh
            old.unlink()
    url = url or os.environ.get("COMMUNIQUE_DEMO_DATABASE_URL") or f"sqlite:///{db}"
    reg = open_registry(url)
    known = add_known_persons(reg)
    _ingest(console, reg, url)
    report = apply_decisions(reg)
    console.print(f"[bold]review[/bold] (the reviewer's decisions in {Path(__file__).parent.name}"
                  f"/decisions.toml, {known} known office holders): "
                  f"{len(report.accepted)} accepted ({len(report.edited)} after an edit), "
                  f"{len(report.rejected)} rejected, {len(report.waiting)} left waiting; "
                  f"{len(report.merged)} possible duplicate(s) merged, "
                  f"{len(report.kept_apart)} kept apart, {_proposed(reg)} still proposed "
                  "(communique review duplicates)")
    _print_waiting(console, reg, report.waiting)
    return reg


def _proposed(reg: Any) -> int:
    from ..services.duplicates import possible_duplicates

    return len(possible_duplicates(reg, limit=None))


def _print_waiting(console: Any, reg: Any, waiting: dict[int, list[str]]) -> None:
    from rich.table import Table

    from ..services.query import EventFilter, list_events

    if not waiting:
        return
    views = {v.id: v for v in list_events(reg, EventFilter(ids=sorted(waiting)))}
    t = Table(title="Left waiting for a reviewer (not counted)")
    for col in ("id", "type", "date", "countries", "why"):
        t.add_column(col, overflow="fold")
    for event_id, reasons in waiting.items():
        v = views.get(event_id)
        if v is None:
            continue
        r = v.record
        t.add_row(str(event_id), r.type, r.date.start or "", ",".join(r.from_ + r.to),
                  "; ".join(reasons))
    console.print(t)


def _ingest(console: Any, reg: Any, url: str) -> None:
    from rich.progress import Progress

    from ..services.ingest import ingest

    folder = corpus_dir()
    meta = _meta(folder)
    stored = merged = new = dup = 0
    files = sorted(folder.glob("*.txt"))
    with Progress(console=console) as bar:
        task = bar.add_task("Ingesting into the registry", total=len(files))
        for path in files:
            issuer, date = meta.get(path.name, ("GEO", "2023"))
            rep = ingest([path], registry=reg, issuer=issuer, date=date, user="demo")
            stored += rep.stored
            dup += rep.duplicates
            merged += rep.merged
            new += rep.new_events
            bar.advance(task)
    console.print(f"\n[bold]communique ingest[/bold] into {url}: {stored} documents stored, "
                  f"{dup} already there; {new} new events (candidates), {merged} mentions "
                  "merged into events another document had already reported\n")


def _dossier(console: Any, reg: Any, country: str, year: int) -> None:
    from rich.table import Table

    from ..reference import country_name
    from ..services.query import dossier

    d = dossier(reg, country, year)
    t = Table(title=f"communique dossier {country} --year {year}: {country_name(country)}, "
                    f"{d.total} events")
    for col in ("type", "date", "from", "to", "source"):
        t.add_column(col, overflow="fold")
    for typ, events in d.groups.items():
        for e in events:
            r = e.record
            src = r.source.text if r.source else ""
            t.add_row(typ, r.date.start or "", ",".join(r.from_), ",".join(r.to),
                      src[:90] + ("…" if len(src) > 90 else ""))
    console.print(t)


def _reports(console: Any, reg: Any, out: Path) -> None:
    try:
        from ..services import report as _report  # noqa: F401
    except ImportError:
        console.print("[dim](reports are not part of this build)[/dim]")
        return
    from .._demo_reports import run as run_reports  # type: ignore[import-not-found]

    run_reports(console, reg, out, corpus_dir())
