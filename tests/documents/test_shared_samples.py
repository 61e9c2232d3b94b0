"""Offset fidelity on the shared samples: gold `source` spans index Document.text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.documents import Document, read_documents

SHARED = Path(__file__).parents[2] / ".." / "shared"
GOLD = SHARED / "eval" / "gold"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not GOLD.is_dir(), reason="needs ../shared beside the checkout"),
]


def _gold_sources() -> dict[str, list[dict[str, object]]]:
    sources: dict[str, list[dict[str, object]]] = {}
    for file in sorted(GOLD.rglob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                source = json.loads(line)["source"]
                sources.setdefault(source["doc"], []).append(source)
    return sources


def test_gold_offsets_index_the_text_as_read() -> None:
    sources = _gold_sources()
    # dev/text/ holds the bodies the gold indexes (dev/*.txt carry a metadata header).
    paths = [SHARED / "samples" / "dev" / "text", *sorted((SHARED / "samples").glob("*.txt"))]
    results = list(read_documents([p for p in paths if p.exists()]))
    docs = {r.name: r for r in results if isinstance(r, Document) and r.name in sources}
    assert docs, "no shared sample has gold annotations"
    for name, doc in docs.items():
        assert doc.encoding in ("utf-8", "utf-8-sig")
        for source in sources[name]:
            start, end = source["start"], source["end"]
            assert isinstance(start, int) and isinstance(end, int)
            assert doc.text[start:end] == source["text"], (name, start, end)
