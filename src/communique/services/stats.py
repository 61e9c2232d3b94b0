"""Statistics over the registry: counts by type, country, region, organisation, month,
and the dyad-year table for researchers. Every number comes from
:mod:`communique.reports.counting` (the counting rules, versioned).

    stats(reg, issuer="AZE", year=2021, by="country")   -> StatsResult
    export_dyads(reg, "dyads.parquet")                   -> rows written
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import UsageError
from ..registry import Registry
from ..reports import counting
from ..validation import check_year
from .query import EventFilter, iter_events

__all__ = ["BY", "StatsRow", "StatsResult", "load_events", "stats", "export_dyads",
           "write_dyads", "DYAD_COLUMNS"]

BY: tuple[str, ...] = ("type", "country", "region", "org", "month", "measure", "agreement",
                       "news", "aid")
DYAD_COLUMNS: tuple[str, ...] = ("year", "country_a", "country_b", *counting.COUNTED_TYPES,
                                 "total")


@dataclass
class StatsRow:
    key: str
    label: str
    count: int | float
    records: list[int | str] = field(default_factory=list)
    #: how exact a sum of measures is (rule 11); None for counts of events
    qualifier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {"key": self.key, "label": self.label, "count": self.count,
             "records": self.records}
        if self.qualifier is not None:
            d["qualifier"] = self.qualifier
        return d


@dataclass
class StatsResult:
    issuer: str | None
    year: int | None
    by: str
    events: int
    rows: list[StatsRow]
    include_candidates: bool = False
    counting_rules: str = counting.COUNTING_RULES_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {"issuer": self.issuer, "year": self.year, "by": self.by,
                "events": self.events, "include_candidates": self.include_candidates,
                "counting_rules": self.counting_rules,
                "rows": [r.to_dict() for r in self.rows]}


def load_events(registry: Registry, issuer: str | None = None, year: int | None = None, *,
                include_candidates: bool = False, sources: bool = True
                ) -> list[counting.Item]:
    """The counted events of an issuer and/or a year (rules 1 and 2); without
    ``sources`` their records carry no source sentence (enough for counting)."""
    if issuer and year is not None:
        return counting.load_scope(registry, issuer, year, include_candidates=include_candidates,
                                   sources=sources)
    code = counting.check_issuer(issuer) if issuer else None
    flt = EventFilter(countries=[code] if code else [],
                      statuses=["accepted", "candidate"] if include_candidates else ["accepted"])
    if year is not None:
        flt.from_date = flt.to_date = f"{year:04d}"
    return counting.scope(iter_events(registry, flt, sources=sources), code, year,
                          include_candidates=include_candidates)


def _rows(tallies: Iterable[counting.Tally]) -> list[StatsRow]:
    return [StatsRow(t.key, t.label, t.value, t.refs) for t in tallies]


def stats(registry: Registry, issuer: str | None = None, year: int | None = None, *,
          by: str = "type", top: int | None = None,
          include_candidates: bool = False) -> StatsResult:
    """Counts of the issuer's events in ``year`` grouped ``by`` type, (partner)
    country, (UN) region, organisation or month."""
    if by not in BY:
        raise UsageError(f"unknown grouping {by!r}: use one of {', '.join(BY)}")
    check_year(year)
    if by in ("news", "aid"):
        return _programmes(registry, issuer, year, by, top, include_candidates)
    items = load_events(registry, issuer, year, include_candidates=include_candidates,
                        sources=False)
    code = issuer.strip().upper() if issuer else None
    tallies: list[counting.Tally]
    total = counting.count(items).value
    if by == "measure":
        sums = counting.measure_sums(items)
        rows = [StatsRow(f"{s.type}/{s.unit}", f"{s.unit} ({s.type})", s.value, s.refs,
                         s.qualifier) for s in sums]
        return StatsResult(code, year, by, total, rows[:top] if top else rows,
                           include_candidates)
    if by == "agreement":
        tallies = list(counting.agreement_counts(items, code).values())
    elif by == "type":
        tallies = counting.by_type(items)
    elif by == "country":
        tallies = counting.by_country(items, code)
    elif by == "region":
        tallies = counting.by_region(items, code)
    elif by == "org":
        tallies = counting.by_org(items)
    else:
        tallies = counting.by_month(items)
    if top:
        tallies = tallies[:top]
    return StatsResult(code, year, by, total, _rows(tallies), include_candidates)


def _programmes(registry: Registry, issuer: str | None, year: int | None, by: str,
                top: int | None, include_candidates: bool) -> StatsResult:
    """Rule 14 (the issuer's news items by year and kind) or rule 13 (the recipients
    of its aid; without a year: every year the registry holds)."""
    if not issuer:
        raise UsageError(f"--by {by} needs --issuer: whose news items or aid?")
    code = counting.check_issuer(issuer)
    rows: list[StatsRow]
    if by == "news":
        news = counting.news_items(registry, code, from_year=year, to_year=year)
        rows = [StatsRow(f"{n.year}/{n.kind}", f"{n.kind.replace('_', ' ')} ({n.year})",
                         n.value, list(n.documents)) for n in news]
        total = sum(n.value for n in news)
    else:
        reach = counting.aid_reach(registry, code, from_year=year, to_year=year,
                                   include_candidates=include_candidates)
        rows = [StatsRow("countries", "recipient countries", len(reach.countries),
                         list(reach.countries)),
                StatsRow("organizations", "recipient organisations",
                         len(reach.organizations), list(reach.organizations)),
                StatsRow("years", "years the registry holds aid for",
                         len(range(reach.years[0], reach.years[1] + 1))
                         if reach.years[0] and reach.years[1] else 0,
                         [y for y in reach.years if y])]
        total = len(reach.events) + len(reach.activities)
    return StatsResult(code, year, by, total, rows[:top] if top else rows, include_candidates)


def write_dyads(rows: Iterable[dict[str, Any]], out: IO[str] | str | Path,
                fmt: str = "csv") -> int:
    """Write dyad-year rows as CSV (a file or stream) or Parquet (a file)."""
    from ..validation import output_error, output_file

    if isinstance(out, str | Path):
        output_file(out)
        try:
            return _write_dyads(rows, out, fmt)
        except OSError as exc:
            raise output_error(exc, out) from None
    return _write_dyads(rows, out, fmt)


def _write_dyads(rows: Iterable[dict[str, Any]], out: IO[str] | str | Path,
                 fmt: str = "csv") -> int:
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        data = list(rows)
        schema = pa.schema([("year", pa.int32()), ("country_a", pa.string()),
                            ("country_b", pa.string()),
                            *[(t, pa.int64()) for t in (*counting.COUNTED_TYPES, "total")]])
        columns = {c: [r[c] for r in data] for c in DYAD_COLUMNS}
        if isinstance(out, str | Path):
            pq.write_table(pa.Table.from_pydict(columns, schema=schema), str(out))
        else:
            raise UsageError("Parquet needs a file: give -o FILE.parquet")
        return len(data)
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return write_dyads(rows, fh, "csv")
    writer = csv.DictWriter(out, fieldnames=list(DYAD_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def export_dyads(registry: Registry, output: str | Path | IO[str], *, fmt: str | None = None,
                 issuer: str | None = None, from_year: int | None = None,
                 to_year: int | None = None, include_candidates: bool = False) -> int:
    """The dyad-year table (rule 9) of the whole registry, or of pairs with ``issuer``,
    as CSV or Parquet (by ``fmt``, else by the file's suffix). Returns rows written."""
    if fmt is None:
        suffix = Path(output).suffix.lower() if isinstance(output, str | Path) else ".csv"
        if suffix not in (".csv", ".parquet"):
            raise UsageError(f"cannot tell the format of {output}: name the file .csv or "
                             ".parquet")
        fmt = suffix[1:]
    if fmt not in ("csv", "parquet"):
        raise UsageError(f"unknown dyad format {fmt!r}: use csv or parquet")
    rows = counting.iter_dyad_rows(registry, include_candidates=include_candidates,
                                   from_year=from_year, to_year=to_year, issuer=issuer)
    return write_dyads(rows, output, fmt)
