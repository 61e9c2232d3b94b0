"""Checks on the real sample with the real extractor (skipped without ../shared)."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from communique.services.export import export_events
from communique.services.ingest import ingest
from communique.services.query import EventFilter, get_event, list_events

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SAMPLE = SHARED / "samples" / "mfa-azerbaijan-results-2021.txt"
GOLD = SHARED / "eval" / "gold" / "mfa-azerbaijan-results-2021.jsonl"
READOUTS = Path(__file__).parent / "data" / "readouts"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SAMPLE.exists() or not GOLD.exists(),
                       reason="needs ../shared (the sample and its gold) beside the checkout"),
]


def _f1(gold: Path, pred: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold),
                          str(pred)], capture_output=True, text=True, check=True).stdout
    scores = {}
    for label in ("CORE", "ALL"):
        m = re.search(rf"^{label}\s+\d+\s+\d+\s+\d+\s+[\d.]+\s+[\d.]+\s+([\d.]+)", out, re.M)
        assert m, out
        scores[label] = float(m.group(1))
    return scores


@pytest.fixture
def sample_registry(registry):
    report = ingest([SAMPLE], registry=registry, issuer="AZE")
    assert report.stored == 1, [r.error for r in report.results]
    return registry


def test_export_scores_as_well_as_extract(sample_registry, tmp_path):
    from communique.documents import read_document
    from communique.extract import extract_document

    extracted = tmp_path / "extract.jsonl"
    res = extract_document(read_document(SAMPLE), issuer="AZE")
    extracted.write_text("".join(__import__("json").dumps(r.to_dict()) + "\n"
                                 for r in res.records))
    exported = tmp_path / "export.jsonl"
    export_events(sample_registry, "jsonl", exported)
    assert _f1(GOLD, exported) == _f1(GOLD, extracted)


def test_own_readouts_of_the_same_events_add_only_new_occasions(sample_registry):
    before = len(list_events(sample_registry))
    report = ingest(sorted(READOUTS.glob("*.txt")), registry=sample_registry)
    assert report.failed == 0
    # four readouts report occasions the sample has; one (a call) is new
    assert len(list_events(sample_registry)) == before + 1
    for kind, country, day in (("visit", "TUR", "2021-06-15"), ("visit", "IRN", "2021-12-22"),
                               ("visit", "KAZ", "2021-06-21"),
                               ("commission", "GEO", "2021-09-29")):
        (event,) = [e for e in list_events(sample_registry, EventFilter(
            types=[kind], countries=["AZE", country], from_date=day, to_date=day))
            if e.record.date.start == day]
        docs = [m.document for m in get_event(sample_registry, event.id).mentions]
        assert docs[0] == SAMPLE.name and len(docs) == 2, (kind, country, docs)
    out = io.StringIO()
    export_events(sample_registry, "jsonl", out, EventFilter(types=["call"], countries=["EST"]))
    assert out.getvalue().count("\n") == 1
