"""The reports part of ``make demo``: the year-end review of the demo corpus's
issuer, written from the registry, and a check of the corpus's own review."""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["run"]


def run(console: Any, reg: Any, out: Path, corpus: Path, issuer: str = "GEO",
        year: int = 2023) -> None:
    from rich.table import Table

    from .reports.check import VERDICTS
    from .services.report import check, write_review
    from .services.stats import stats

    written = []
    for fmt in ("html", "md"):
        path = out / f"review-{issuer}-{year}.{fmt}"
        model = write_review(reg, issuer, year, fmt, path)
        written.append(str(path))
    console.print(f"\n[bold]communique report --issuer {issuer} --year {year}[/bold]: "
                  f"{model.events} events, {len(model.refs)} records; written to "
                  f"{' and '.join(written)}; {model.waiting} candidate(s) of {year} still "
                  "waiting for review, left out")
    table = Table(title=f"communique stats --issuer {issuer} --year {year} --by region "
                        f"(counting rules v{model.rules_version})")
    table.add_column("region")
    table.add_column("events", justify="right")
    for row in stats(reg, issuer, year, by="region").rows:
        table.add_row(row.label, str(row.count))
    console.print(table)
    draft = corpus / f"review-{year}.txt"
    if draft.exists():
        findings = check(reg, draft, issuer, year)
        claims = [f for f in findings if f.kind == "claim"]
        counts = {v: sum(1 for f in claims if f.verdict == v) for v in VERDICTS}
        console.print(f"\n[bold]communique check {draft.name}[/bold]: {len(claims)} numeric "
                      f"claims: {counts['agrees']} agree, {counts['disagrees']} disagree, "
                      f"{counts['unverifiable']} cannot be checked; "
                      f"{len(findings) - len(claims)} flag(s)")
        for f in claims[:8]:
            console.print(f"  {f.verdict:<12} “{f.phrase}”: {f.reason}", soft_wrap=True)
