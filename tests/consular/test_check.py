"""The sample's consular claims get verdicts from the desk's records."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import insert

from communique.consular import (
    Actor,
    CitizenInput,
    ConsularCase,
    add_crossing,
    add_manifest,
    add_operation,
    refresh_stats,
)

SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "samples" / \
    "mfa-azerbaijan-results-2021.txt"
SAMPLE = SAMPLE if SAMPLE.is_file() else Path("/work/shared/samples") / SAMPLE.name


@pytest.mark.skipif(not SAMPLE.is_file(), reason="needs ../shared/samples")
def test_the_samples_consular_claims_agree_with_a_year_of_the_desk(desk, registry):
    from communique.reports.check import check_draft

    with registry.write() as session:  # a year of 80,001 appeals, no personal data
        session.execute(insert(ConsularCase), [
            {"opened_at": datetime(2021, 1 + i % 12, 1 + i % 28, 10),
             "month": f"2021-{1 + i % 12:02d}", "channel": "hotline", "category": "appeal",
             "country": ("TUR", "RUS", "GEO")[i % 3], "priority": "normal", "status": "closed",
             "created_by": "test", "paused_hours": 0.0, "version": 1}
            for i in range(80_001)])
    me = Actor("desk", "consular")
    refresh_stats(desk, 2021)
    op = add_operation(desk, me, kind="repatriation", day="2021-06-10", country="IRQ")
    add_manifest(desk, me, op, [
        *(CitizenInput(name=f"Child {i}", birth_date="2012-02-03", sex="MF"[i % 2])
          for i in range(69)),
        *(CitizenInput(name=f"Woman {i}", birth_date="1991-05-06", sex="F") for i in range(12))])
    border = add_operation(desk, me, kind="evacuation", day="2021-04-01", country="RUS",
                           means="border-crossing")
    add_crossing(desk, me, border, "2021-04-02", 4000)
    add_crossing(desk, me, border, "2021-11-02", 217)
    findings = check_draft(SAMPLE, registry=registry, issuer="AZE", year=2021)
    verdicts = {f.phrase: (f.verdict, f.registry) for f in findings
                if f.claimed in (80000, 81, 69, 12, 4217)}
    assert verdicts == {
        "more than 80,000 appeals": ("agrees", 80_001),
        "81 citizens": ("agrees", 81),
        "69 children": ("agrees", 69),
        "12 women": ("agrees", 12),
        "4217 people": ("agrees", 4217),
    }
