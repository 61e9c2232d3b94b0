"""Confidence: every record gets one, from named features whose weights are data."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from communique.errors import PatternError
from communique.extract import explain_text, extract_text
from communique.extract._confidence import load_confidence

READOUT = (
    "Ministry of Foreign Affairs of Georgia\n\n"
    "Tbilisi, 14 March 2023. The Minister of Foreign Affairs of Georgia met with the "
    "Foreign Minister of Latvia in Tbilisi today.\n\n"
    "On 2 February 2023 the Minister held a telephone conversation with his Estonian "
    "counterpart.\n\n"
    "During that trip, on 9 November 2022 in Riga, the Minister of Foreign Affairs of "
    "Georgia reportedly met the Foreign Minister of Latvia.\n"
)


def _explained(text: str = READOUT, **kw):
    ex = explain_text(text, issuer="GEO", date="2023-03-14", **kw)
    return list(zip(ex.extraction.records, ex.features, strict=True))


def test_every_record_gets_a_confidence_between_zero_and_one_in_hundredths() -> None:
    records = extract_text(READOUT, issuer="GEO", date="2023-03-14").records
    assert records
    for r in records:
        assert r.confidence is not None and 0.0 <= r.confidence <= 1.0
        assert round(r.confidence, 2) == r.confidence
        assert r.to_dict()["confidence"] == r.confidence


def test_explain_gives_the_same_records_as_extract_with_their_features() -> None:
    plain = extract_text(READOUT, issuer="GEO", date="2023-03-14").records
    explained = _explained()
    assert [r.to_dict() for r in plain] == [r.to_dict() for r, _ in explained]
    model = load_confidence()
    for r, feats in explained:
        assert r.confidence == model.score(feats)


def test_the_features_name_the_evidence_of_each_record() -> None:
    by_key = {(r.type, tuple(r.to), r.date.start): f for r, f in _explained()}
    meet = by_key[("meeting", ("LVA",), "2023-03-14")]
    assert {"type.meeting", "genre.readout", "trigger.verb", "partner.name",
            "distance.near", "date.relative", "precision.day", "order.first",
            "head.partner"} <= set(meet)
    call = by_key[("call", ("EST",), "2023-02-02")]
    assert {"trigger.noun", "partner.demonym", "date.explicit"} <= set(call)
    again = by_key[("meeting", ("LVA",), "2022-11-09")]
    assert {"repeat.same", "cue.hedge", "cue.anaphor"} <= set(again)
    assert "order.first" not in again


def test_a_second_hedged_mention_of_a_pair_is_less_sure_than_the_first() -> None:
    by_key = {(r.type, r.date.start): r.confidence for r, _ in _explained()}
    assert by_key[("meeting", "2022-11-09")] < by_key[("meeting", "2023-03-14")]


def test_a_date_from_the_dateline_is_named_as_such() -> None:
    text = ("Tbilisi, 14 March 2023. The Minister of Foreign Affairs of Georgia received "
            "the Ambassador of Japan.\n")
    (rec, feats), = _explained(text)
    assert rec.date.start == "2023-03-14" and "date.dateline" in feats


@pytest.mark.parametrize("sentence", [
    "The Minister of Foreign Affairs of Georgia met the Foreign Minister of Latvia on Monday.",
    "On Tuesday, the Foreign Minister of Georgia held talks with his Latvian counterpart.",
    "Yesterday the Minister received the Latvian Foreign Minister in Tbilisi.",
    "The Georgian and Latvian foreign ministers met in Riga on Friday.",
])
def test_a_relative_day_no_dateline_fixed_is_less_sure_than_one_it_fixed(sentence) -> None:
    def one(text: str):
        ex = explain_text(text, issuer="GEO", date="2023")
        (rec,), (feats,) = ex.extraction.records, ex.features
        return rec, feats

    alone, feats = one(sentence)
    dated, dated_feats = one("Tbilisi, 16 March 2023. " + sentence)
    assert alone.date.start == "2023" and "date.unanchored" in feats
    assert len(dated.date.start or "") == 10 and "date.relative" in dated_feats
    assert alone.confidence < dated.confidence


def test_a_user_file_replaces_the_weights(tmp_path) -> None:
    (tmp_path / "confidence.toml").write_text(
        '[model]\nbias = -20.0\n\n[weights]\n"type.call" = 40.0\n', encoding="utf-8")
    recs = extract_text(READOUT, issuer="GEO", date="2023-03-14",
                        patterns=[tmp_path]).records
    conf = {r.type: r.confidence for r in recs}
    assert conf["call"] == 1.0 and conf["meeting"] == 0.0


@pytest.mark.parametrize("body, problem", [
    ("[weights\n", "not valid TOML"),
    ('[weights]\n"type.call" = "high"\n', "must be a number"),
    ("[cues]\nhedge = '(unclosed'\n", "bad regular expression"),
])
def test_a_bad_user_file_is_named_with_its_problem(tmp_path, body, problem) -> None:
    folder = tmp_path / f"p{abs(hash(body))}"
    folder.mkdir()
    (folder / "confidence.toml").write_text(body, encoding="utf-8")
    with pytest.raises(PatternError, match=problem) as info:
        extract_text(READOUT, issuer="GEO", patterns=[folder])
    assert "confidence.toml" in str(info.value)


def test_every_weight_in_the_package_file_names_a_feature_the_step_can_give() -> None:
    families = {"type", "genre", "review", "readout", "trigger", "triggers", "records",
                "partners", "issuer", "head", "repeat", "order", "partner", "distance",
                "cue", "sentence", "date", "precision"}
    text = resources.files("communique.extract").joinpath(
        "patterns", "confidence.toml").read_text(encoding="utf-8")
    weights = text.split("\n[weights]\n")[1]
    names = re.findall(r'^"([^"]+)" = ', weights, re.M)
    assert names
    for name in names:
        assert name.split(".")[0] in families, name
    assert set(load_confidence().weights) == set(names)


def test_confidence_is_a_named_step_of_the_pipeline() -> None:
    from communique.extract import PIPELINE

    names = [n for n, _ in PIPELINE]
    assert names.index("sentences") < names.index("confidence") < names.index("merge")


@pytest.mark.parametrize("pattern, runs", [
    (r"(?:tele)?phone", ("phone",)),
    (r"\bplans? to\b", ("plan",)),
    (r"\bnext (?:week|month)\b", ("next", "month")),
    (r"met(?! (?:by|with))", None),
    (r"\d+ days|foo(?:x|y)", None),
])
def test_the_cue_prefilter_keeps_only_words_every_match_holds(pattern, runs) -> None:
    from communique.extract._confidence import _letter_runs

    assert _letter_runs(pattern) == runs


def test_the_cue_prefilter_never_hides_a_match() -> None:
    """Every window of the demo corpus (and of this file's readout) where a cue
    matches holds one of its filter words."""
    model = load_confidence()
    corpus = resources.files("communique.demo").joinpath("corpus")
    texts = [f.read_text(encoding="utf-8") for f in corpus.iterdir()  # type: ignore[attr-defined]
             if f.name.endswith(".txt")] + [READOUT]
    matched = 0
    for text in texts:
        for a in range(0, len(text), 50):
            window = text[a:a + 200]
            low = window.lower()
            for name, rx in model.cues.items():
                if rx.search(window):
                    matched += 1
                    words = model.cue_words[name]
                    assert words is None or any(w in low for w in words), (name, window)
    assert matched > 100


def test_a_record_a_later_step_derives_keeps_its_parents_features() -> None:
    # "On a visit to A the Minister discussed ...": the talks are made after the
    # confidence step, from the visit; explaining the text must not fail on them
    text = "On a visit to Chile on 2 March 2023 the Minister discussed trade and energy."
    pairs = _explained(text)
    kinds = sorted(r.type for r, _f in pairs)
    assert kinds == ["meeting", "visit"]
    assert all(f for _r, f in pairs)
