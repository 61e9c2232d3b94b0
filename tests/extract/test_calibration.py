"""What confidence means, measured by tools/calibrate.py on the real gold sets.

The shared-data tests run when ../shared is beside the checkout (or
COMMUNIQUE_SHARED names it) and skip otherwise. The goal (README,
"Confidence"): pooled over the real sets, records at 0.9 or above have
precision >= 0.95 and hold at least half of the true core events.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("COMMUNIQUE_SHARED") or ROOT.parent / "shared")
needs_shared = pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(),
                                  reason="../shared (score.py, gold) absent")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("calibrate", ROOT / "tools" / "calibrate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["calibrate"] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def measured() -> dict:
    tool = _tool()
    return tool.report(tool.collect(SHARED))


def test_the_table_counts_core_records_per_band_and_the_share_of_gold() -> None:
    tool = _tool()
    items = [tool.Item("d", "dev", "visit", [], c, label, False)
             for c, label in ((0.95, 1), (0.92, 1), (0.91, 0), (0.6, 1), (0.3, 0))]
    items.append(tool.Item("d", "dev", "figure", [], 0.99, 0, False))  # not a core type
    t = tool.table(items, gold_core=8)
    assert (t["records"], t["true"]) == (5, 3)
    assert (t["top_records"], t["top_true"]) == (3, 2)
    assert t["top_share_of_gold"] == pytest.approx(2 / 8)
    assert [b["records"] for b in t["bands"]] == [1, 1, 0, 0, 2, 1]
    assert not tool.goal_met(t)


def test_cross_validation_scores_each_folder_by_the_other_folders_fit() -> None:
    tool = _tool()
    items = [tool.Item("r", "dev", "meeting", ["cue.x" if i % 2 else "cue.y"], 0.5, i % 2, False)
             for i in range(40)]  # the rules' own texts: "cue.x" true, "cue.y" false
    # folder A: "cue.x" records false; folder B: "cue.x" records true
    items += [tool.Item("a", "extra:A", "meeting", ["cue.x"], 0.5, 0, False) for _ in range(12)]
    items += [tool.Item("b", "extra:B", "meeting", ["cue.x"], 0.5, 1, False) for _ in range(12)]
    corpus = tool.Corpus(items=items, gold_core={"extra:A": 12, "extra:B": 12})
    t = tool.cross_validate(corpus, 2)
    assert t["records"] == 24 and t["true"] == 12
    # each folder was scored by a fit that saw only the other: B's true records (fitted on
    # A's false ones) score lower than A's false ones (fitted on B's true ones)
    by_band = {b["band"]: (b["records"], b["true"]) for b in t["bands"] if b["records"]}
    low = min(by_band)
    assert by_band[low] == (12, 12)
    with pytest.raises(SystemExit):
        tool.cross_validate(tool.Corpus(items=items[:52], gold_core={}), 2)


@pytest.mark.shared
@needs_shared
def test_pooled_records_at_or_above_0_9_have_precision_0_95(measured) -> None:
    pooled = measured["pooled"]
    assert pooled["top_records"] > 50
    assert pooled["top_precision"] >= 0.95


@pytest.mark.shared
@needs_shared
def test_confidence_orders_records_by_how_often_they_are_true(measured) -> None:
    # on the real sets pooled, every band of ten records or more is true at least as
    # often as the band below it (within 0.03), and records under 0.8 are true clearly
    # less often than those at 0.9 or above
    bands = [b for b in measured["pooled"]["bands"] if b["records"] >= 10]
    precisions = [b["precision"] for b in bands]
    assert len(bands) >= 3
    assert all(b >= a - 0.03 for a, b in zip(precisions, precisions[1:], strict=False)), bands
    low = [b for b in measured["pooled"]["bands"] if float(b["band"].split("–")[1]) <= 0.8]
    low_records = sum(b["records"] for b in low)
    assert low_records >= 15
    low_precision = sum(b["true"] for b in low) / low_records
    # (0.06: with 2 false records of 27 under 0.8 the gap is 0.07; it was 0.10 with 3 of
    # 28, before a false commission in the sample went, audit9)
    assert low_precision + 0.06 < measured["pooled"]["top_precision"]


@pytest.mark.shared
@needs_shared
def test_on_unseen_texts_the_top_band_is_the_most_precise(measured) -> None:
    # the held-out texts (our last blind pair, freshset15 and freshset16, which no rule
    # and no fit was written from): the bands from 0.7 to 0.95 are about equally
    # precise there (0.82-0.91 in round six; docs/reference/confidence.md says so), so
    # only this is asserted: records at 0.95 or above are true clearly more often than
    # records under 0.9
    bands = measured["held-out"]["bands"]
    top = [b for b in bands if float(b["band"].split("–")[0]) >= 0.95]
    under = [b for b in bands if float(b["band"].split("–")[1]) <= 0.9]
    top_records, under_records = sum(b["records"] for b in top), sum(b["records"] for b in under)
    assert top_records >= 20 and under_records >= 20
    top_precision = sum(b["true"] for b in top) / top_records
    under_precision = sum(b["true"] for b in under) / under_records
    assert top_precision >= under_precision + 0.05, (top_precision, under_precision)


@pytest.mark.shared
@needs_shared
def test_the_top_band_holds_a_third_of_the_true_core_events(measured) -> None:
    assert measured["pooled"]["top_share_of_gold"] >= 0.33


@pytest.mark.shared
@needs_shared
# met since the second rules round (0.49 -> 0.51 pooled, 182 of 359; 0.56 now),
# so a change of rules that loses a few confident true events fails here
def test_the_top_band_holds_half_of_the_true_core_events(measured) -> None:
    assert measured["pooled"]["top_share_of_gold"] >= 0.5


def _private_folder(tmp_path: Path) -> Path:
    """A folder laid out like tests/freshset* (one text named in its meta.tsv)."""
    folder = tmp_path / "private"
    (folder / "texts").mkdir(parents=True)
    (folder / "meta.tsv").write_text("file\tissuer\tkind\tdate\n01_x.txt\tPRT\treadout\t2024\n",
                                     encoding="utf-8")
    return folder


def test_an_extra_folder_is_measured_apart_and_never_fitted_on(tmp_path: Path) -> None:
    tool = _tool()
    folder = _private_folder(tmp_path)
    docs = tool._documents(tmp_path / "no-shared", extra=(folder,))
    assert [d[0] for d in docs if d[1].parent.parent == folder] == ["extra:private"]
    corpus = tool.Corpus()
    corpus.items = [tool.Item("d", "dev", "visit", ["f"], 0.5, label, False) for label in (1, 0)]
    corpus.items += [tool.Item("h", "freshset16", "visit", ["f"], 0.5, label, True)
                     for label in (1, 0)]
    corpus.items += [tool.Item("e", "extra:private", "visit", ["f"], 0.5, 1, False)
                     for _ in range(40)]
    bias, weights = tool.fit(corpus, min_count=1)
    # were the 40 true extra records fitted on, the feature's weight would be large
    assert abs(weights.get("f", 0.0) + bias) < 0.5
    groups = tool.report(corpus)
    assert groups["extra:private"]["records"] == 40


def test_an_extra_folder_without_meta_is_named(tmp_path: Path) -> None:
    tool = _tool()
    with pytest.raises(SystemExit, match="no meta.tsv"):
        tool._documents(tmp_path / "no-shared", extra=(tmp_path,))


def _fit_corpus(tool: ModuleType) -> object:
    corpus = tool.Corpus()
    corpus.items = [tool.Item("d", "dev", "visit", ["f"], 0.5, label, False) for label in (1, 0)]
    corpus.items += [tool.Item("h", "freshset16", "visit", ["f"], 0.5, label, True)
                     for label in (1, 0)]
    # a folder of real texts out of rule writing: its records with "g" are all false
    corpus.items += [tool.Item("r", "fit:private", "visit", ["f", "g"], 0.5, 0, True)
                     for _ in range(20)]
    corpus.items += [tool.Item("r", "fit:private", "visit", ["f"], 0.5, 1, True)
                     for _ in range(20)]
    return corpus


def test_a_fit_extra_folder_is_fitted_on_in_both_stages(tmp_path: Path) -> None:
    tool = _tool()
    folder = _private_folder(tmp_path)
    docs = tool._documents(tmp_path / "no-shared", fit_extra=(folder,))
    assert [d[0] for d in docs if d[1].parent.parent == folder] == ["fit:private"]
    _bias, weights = tool.fit(_fit_corpus(tool), min_count=1, extra_weight=1.0)
    # stage 1 learns that "g" marks false records on the unseen folder
    assert weights["g"] < -1.0
    # with weight 0 the folder only shifts the scale (stage 2): "g" is never seen in stage 1
    _bias0, weights0 = tool.fit(_fit_corpus(tool), min_count=1, extra_weight=0.0)
    assert "g" not in weights0
    groups = tool.report(_fit_corpus(tool))
    assert groups["fit:private"]["records"] == 40


def test_hand_set_weights_are_kept_when_written(tmp_path: Path) -> None:
    tool = _tool()
    toml = tmp_path / "confidence.toml"
    toml.write_text("[model]\nbias = 0.1\n\n[weights]\n\"type.visit\" = 0.3\n", encoding="utf-8")
    tool.write_toml(0.5, {"type.visit": 0.7, "trigger.reader": 1.5}, path=toml)
    text = toml.read_text(encoding="utf-8")
    assert "bias = 0.5" in text and '"type.visit" = 0.7' in text
    assert '"trigger.reader" = -2.0' in text and "set by hand" in text
