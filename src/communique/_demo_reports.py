"""The reports part of ``make demo``: the year-end review of the demo corpus's
issuer, written from the registry, and a check of the corpus's own review."""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["run"]


def run(console: Any, reg: Any, out: Path, corpus: Path, issuer: str = "GEO",
        year: int = 2023) -> None:
    from rich.table import Table

    from .reports.check import VERDICTS, summary
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
        n = summary(findings)
        decided = n["claims"] - n["unverifiable"]
        console.print(f"\n[bold]communique check {draft.name} --issuer {issuer} --year "
                      f"{year}[/bold]: {n['claims']} numeric claims, {decided} decided: "
                      + ", ".join(f"{n[v]} {v}" for v in VERDICTS)
                      + f"; {n['flags']} flag(s) (lists, dates)")
        for verdict in VERDICTS:
            for f in findings:
                if f.kind == "claim" and f.verdict == verdict:
                    why = f.reason if len(f.reason) <= 170 else f.reason[:169] + "…"
                    console.print(f"  {f.verdict:<12} “{f.phrase}”: {why}", soft_wrap=True,
                                  markup=False, highlight=False)
