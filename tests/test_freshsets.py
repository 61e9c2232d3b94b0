"""Our blind sets (tests/freshset, freshset2 ... freshset16) are well-formed and
written in their own words.

The checks of tools/devset_check.py apply (fields, types, ISO3 codes, dates,
offsets, meta.tsv), except that these sets have their own length limits:
readouts and briefings 60-350 words, reviews 250-600 (the fourth set's
briefing and readouts start at 97 words). Their texts share no run of 12
words with the shared texts they may be compared with (the held-out dev2
texts are not opened).
"""

from __future__ import annotations

import csv
import importlib.util
import os
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("COMMUNIQUE_SHARED") or ROOT.parent / "shared")
LIMITS = {"readout": (60, 350), "briefing": (60, 350), "annual-review": (250, 600)}

#: each set: its folder, its readouts and briefings, its reviews
SETS = [("freshset", 30, 6), ("freshset2", 30, 6), ("freshset3", 30, 6), ("freshset4", 25, 5),
        ("freshset5", 24, 6), ("freshset6", 24, 6), ("freshset7", 24, 6),
        ("freshset8", 24, 6), ("freshset9", 24, 6), ("freshset10", 24, 6),
        ("freshset11", 24, 6), ("freshset12", 24, 6), ("freshset13", 24, 6),
        ("freshset14", 24, 6), ("freshset15", 24, 6), ("freshset16", 24, 6)]
each_set = pytest.mark.parametrize(("name", "readouts", "reviews"), SETS,
                                   ids=[s[0] for s in SETS])


def _checker() -> ModuleType:
    path = ROOT / "tools" / "devset_check.py"
    spec = importlib.util.spec_from_file_location("devset_check", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _meta(folder: Path) -> list[dict[str, str]]:
    with (folder / "meta.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@each_set
def test_fresh_gold_passes_the_devset_checks_apart_from_length(name, readouts,
                                                                reviews) -> None:
    problems, counts, n_texts = _checker().check_devset(ROOT / "tests" / name)
    assert [p for p in problems if "words, outside" not in p] == []
    assert n_texts == readouts + reviews
    assert sum(v for (_, optional), v in counts.items() if not optional) > 100


@each_set
def test_fresh_texts_keep_their_own_length_limits(name, readouts, reviews) -> None:
    folder = ROOT / "tests" / name
    wrong = []
    for row in _meta(folder):
        low, high = LIMITS[row["kind"]]
        words = len((folder / "texts" / row["file"]).read_text(encoding="utf-8").split())
        if not low <= words <= high:
            wrong.append((row["file"], words))
    assert wrong == []


@each_set
def test_fresh_set_has_its_readouts_reviews_and_many_issuers(name, readouts,
                                                             reviews) -> None:
    rows = _meta(ROOT / "tests" / name)
    kinds = [row["kind"] for row in rows]
    issuers = {row["issuer"] for row in rows}
    assert kinds.count("annual-review") == reviews
    assert len(rows) - kinds.count("annual-review") == readouts
    assert len(issuers) >= readouts and "AZE" not in issuers


#: sets written at the same time or one after the other, whose issuers were chosen to
#: differ: within each group, two sets share at most one issuer (a later group may reuse
#: the issuers of an earlier one, in other texts)
GROUPS = [("freshset2", "freshset3", "freshset4", "freshset5", "freshset6"),
          ("freshset5", "freshset6", "freshset7", "freshset8"),
          ("freshset7", "freshset8", "freshset9", "freshset10"),
          ("freshset9", "freshset10", "freshset11", "freshset12"),
          ("freshset11", "freshset12", "freshset13", "freshset14"),
          ("freshset13", "freshset14", "freshset15", "freshset16")]


def _issuers(name: str) -> set[str] | None:
    folder = ROOT / "tests" / name
    if not (folder / "meta.tsv").exists():
        return None
    return {r["issuer"] for r in _meta(folder)}


@pytest.mark.parametrize("group", GROUPS, ids=[g[-1] for g in GROUPS])
def test_sets_of_a_group_share_at_most_one_issuer(group: tuple[str, ...]) -> None:
    present = {n: i for n in group if (i := _issuers(n)) is not None}
    shared = {(a, b): sorted(present[a] & present[b])
              for i, a in enumerate(present) for b in list(present)[i + 1:]}
    assert {k: v for k, v in shared.items() if len(v) > 1} == {}


def _shingles(text: str, n: int = 12) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


@pytest.fixture(scope="module")
def shared_shingles() -> set[tuple[str, ...]]:
    sources = [SHARED / "samples" / "mfa-azerbaijan-results-2021.txt"]
    for name in ("dev", "dev3"):  # dev2 is held out and never opened
        sources += sorted((SHARED / "samples" / name / "text").glob("*.txt"))
    sources = [p for p in sources if p.exists()]
    if not sources:
        pytest.skip("../shared is absent")
    theirs: set[tuple[str, ...]] = set()
    for path in sources:
        theirs |= _shingles(path.read_text(encoding="utf-8"))
    return theirs


@pytest.mark.shared
@each_set
def test_fresh_texts_copy_no_sentence_from_the_shared_texts(name, readouts, reviews,
                                                            shared_shingles) -> None:
    copied = {p.name for p in sorted((ROOT / "tests" / name / "texts").glob("*.txt"))
              if _shingles(p.read_text(encoding="utf-8")) & shared_shingles}
    assert copied == set()
