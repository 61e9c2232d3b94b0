"""What must hold (issues 11 and 12): the sample, ingested into an empty registry and
checked against it, gets a verdict for at least 80% of its real numbers, each with the
records and the rule behind it (skipped without ../shared)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from communique.reports.check import check_draft
from communique.services.ingest import ingest

SHARED = Path(os.environ.get("COMMUNIQUE_SHARED")
              or Path(__file__).resolve().parents[2] / ".." / "shared")
SAMPLE = SHARED / "samples" / "mfa-azerbaijan-results-2021.txt"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SAMPLE.exists(), reason="needs ../shared/samples beside the checkout"),
]


@pytest.fixture(scope="module")
def findings(tmp_path_factory):
    from communique.registry import open_registry

    reg = open_registry(f"sqlite:///{tmp_path_factory.mktemp('sample') / 'r.db'}")
    try:
        report = ingest([SAMPLE], registry=reg, issuer="AZE", accept=True)
        assert report.stored == 1
        yield check_draft(SAMPLE, registry=reg, issuer="AZE", year=2021)
    finally:
        reg.close()


def test_at_least_80_percent_of_the_real_numbers_get_a_verdict(findings):
    claims = [f for f in findings if f.kind == "claim"]
    real = [f for f in claims if f.claimed is not None]  # vague wording has no number
    decided = [f for f in real if f.verdict != "unverifiable"]
    assert len(real) >= 16
    assert len(decided) / len(real) >= 0.8, [(f.phrase, f.reason) for f in real
                                             if f.verdict == "unverifiable"]


def test_each_verdict_names_its_records_and_rule(findings):
    for f in findings:
        if f.kind == "claim" and f.verdict != "unverifiable":
            assert f.rule and f.rule in f.reason, f
            assert f.records and all(str(r) in f.reason for r in f.records[:8]), f


def test_the_foreign_ministers_claim_is_bounded_by_visits_of_unknown_level(findings):
    (fm,) = [f for f in findings if f.phrase == "16 countries"]
    lo, hi = fm.bounds
    assert fm.verdict == "consistent" and lo < 16 <= hi and fm.settle and fm.unknown == "level"
    assert f"between {lo} and {hi}; the claim (16) lies within it" in fm.reason


def test_aid_given_so_far_is_counted_over_every_year_held(findings):
    (aid,) = [f for f in findings if f.phrase == "about 80 countries"]
    assert aid.years[-1] == 2021 and aid.bounds[1] is None  # years before are not held
    assert '"so far" reaches before' in aid.reason


def test_the_agreements_claim_names_both_counting_rules(findings):
    (agr,) = [f for f in findings if f.phrase == "27 international agreements"]
    assert agr.rule.startswith("agreements as documents")
    assert agr.other_counts[0]["rule"].startswith("agreements as signing occasions")
