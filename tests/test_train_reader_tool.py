"""tools/train_reader.py labels each sentence by the gold records told in it and
writes a reader the extractor loads (sentences of our own)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from communique.extract.reader import reader_from_dict

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    path = ROOT / "tools" / "train_reader.py"
    spec = importlib.util.spec_from_file_location("train_reader", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_reader"] = mod
    spec.loader.exec_module(mod)
    return mod


TEXT = ("The Minister met the Foreign Minister of Chile on Monday. The weather was fine. "
        "The two ministers will sign a memorandum next month.")


def _rec(typ, text, part, optional=False):
    a = text.index(part)
    return {"type": typ, "optional": optional,
            "source": {"start": a, "end": a + len(part), "text": part}}


def test_sentences_are_labelled_told_not_told_or_left_out():
    tool = _tool()
    gold = [_rec("meeting", TEXT, "The Minister met the Foreign Minister of Chile on Monday."),
            _rec("agreement", TEXT, "The two ministers will sign a memorandum next month.",
                 optional=True)]
    rows = tool.sentences([("x", TEXT, gold)])
    labels = [(TEXT[a:b], lab["meeting"], lab["agreement"]) for _, _, _, a, b, lab in rows]
    assert labels == [
        ("The Minister met the Foreign Minister of Chile on Monday.", 1, 0),
        ("The weather was fine.", 0, 0),
        # only an optional record of the type: neither a positive nor a negative
        ("The two ministers will sign a memorandum next month.", 0, -1),
    ]


def test_a_trained_reader_is_written_in_the_format_the_extractor_reads():
    pytest.importorskip("sklearn")
    tool = _tool()
    met = ["The Minister met the Foreign Minister of {c} on Monday.",
           "On Friday the Minister met his {c} counterpart in Tbilisi."]
    calm = ["The weather in {c} was fine.", "Prices in {c} rose in May."]
    docs = []
    for i, c in enumerate(["Chile", "Peru", "Kenya", "Ghana", "Chad", "Mali"]):
        text = " ".join(t.format(c=c) for t in met + calm)
        gold = [_rec("meeting", text, t.format(c=c)) for t in met]
        docs.append((f"s{i}", text, gold))
    rows = tool.sentences(docs)
    common = tool.common_words(rows)
    vocab, models = tool.fit(tool.featurise(rows, common), rows, 1.0)
    reader = reader_from_dict(tool.export(vocab, models, common, {"meeting": 0.5}))
    text = "The Minister met the Foreign Minister of Brazil on Monday."
    probs, _ = reader.read(text, 0, len(text))
    assert probs["meeting"] > 0.5 > probs["agreement"]
    assert reader.weights["met"][reader.types.index("meeting")] > 0


def test_an_extra_folder_is_read_like_a_gold_set(tmp_path: Path) -> None:
    tool = _tool()
    (tmp_path / "texts").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "texts" / "01_x.txt").write_text(TEXT, encoding="utf-8")
    rec = _rec("meeting", TEXT, "The Minister met the Foreign Minister of Chile on Monday.")
    (tmp_path / "gold" / "01_x.jsonl").write_text(
        json.dumps(rec) + "\n", encoding="utf-8")
    (tmp_path / "meta.tsv").write_text("file\tissuer\tkind\tyear\turl\n"
                                       "01_x.txt\tGEO\treadout\t2024\t-\n", encoding="utf-8")
    sets = tool.extra_sets([tmp_path])
    docs = [d for s in sets for d in tool.documents(*s)]
    assert [(name, text) for name, text, _ in docs] == [(tmp_path.name, TEXT)]
    with pytest.raises(SystemExit):
        tool.extra_sets([tmp_path / "texts"])
