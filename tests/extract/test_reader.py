"""The statistical reader (``_reader``, ``patterns/reader.json``): a sentence no
rule phrase matches is framed around the reader's strongest word when the reader
is sure of a type; its records go to review (sentences of our own)."""

from __future__ import annotations

import json

import pytest

from communique.extract import extract_text
from communique.extract.reader import load_reader, reader_features, reader_tokens

_CORE = ("visit", "meeting", "call", "consultation", "commission", "agreement")


def _reader_file(folder, weights, threshold=0.8, bias=-4.0):
    """A tiny reader: ``weights`` maps a feature to its weight for meetings."""
    data = {"types": list(_CORE), "bias": [bias] * 6,
            "thresholds": {t: threshold for t in _CORE},
            "common": ["minister", "the", "foreign"],
            "weights": {f: [0.0, w, 0.0, 0.0, 0.0, 0.0] for f, w in weights.items()}}
    (folder / "reader.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def _core(res):
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start)
                  for r in res.records if r.type in _CORE)


def test_reader_tokens_hide_names_and_numbers_but_keep_common_words():
    text = "The Minister met Ms Braže of Latvia on 12 May."
    toks = [t for t, _, _ in reader_tokens(text, 0, len(text), frozenset({"minister", "the"}))]
    assert toks == ["the", "minister", "met", "<cap>", "<cap>", "of", "<cap>", "on", "<num>",
                    "<cap>"]
    assert "met <cap>" in reader_features(toks)
    assert "minister" in reader_features(toks)


@pytest.mark.parametrize("text", [
    "On Tuesday the Minister parleyed with the Foreign Minister of Chile in Tbilisi.",
    "The Foreign Minister of Chile parleyed with the Minister on Tuesday.",
    "On Tuesday, the Minister and the Chilean Foreign Minister parleyed at length.",
])
def test_a_sentence_no_phrase_matches_is_framed_where_the_reader_is_sure(tmp_path, text):
    assert _core(extract_text(text, issuer="GEO", date="2024-09-12")) == []  # rules: silent
    folder = _reader_file(tmp_path, {"parleyed": 6.0})
    res = extract_text(text, issuer="GEO", date="2024-09-12", patterns=[folder])
    assert _core(res) == [("meeting", ("GEO",), ("CHL",), "2024-09-10")]
    # a record only the reader found is left for review, below 0.9
    assert all(r.confidence < 0.9 for r in res.records)


def test_the_reader_below_its_threshold_adds_nothing(tmp_path):
    text = "On Tuesday the Minister parleyed with the Foreign Minister of Chile in Tbilisi."
    folder = _reader_file(tmp_path, {"parleyed": 3.0})  # p = 0.27
    assert _core(extract_text(text, issuer="GEO", date="2024-09-12", patterns=[folder])) == []


def test_the_reader_names_no_participant_the_sentence_does_not(tmp_path):
    text = "On Tuesday the Minister parleyed at length about the economy."
    folder = _reader_file(tmp_path, {"parleyed": 6.0})
    assert _core(extract_text(text, issuer="GEO", date="2024-09-12", patterns=[folder])) == []


def test_a_users_reader_file_can_turn_the_reader_off(tmp_path):
    (tmp_path / "reader.json").write_text('{"off": true}', encoding="utf-8")
    assert load_reader((tmp_path,)) is None


def test_the_packaged_reader_is_there_and_reads_every_core_type():
    reader = load_reader()
    assert reader is not None
    assert reader.types == _CORE
    assert len(reader.weights) > 1000


@pytest.mark.parametrize(("text", "typ"), [
    ("On Wednesday his Moldovan counterpart hosted the Minister for talks at the ministry.",
     "meeting"),
    ("On Wednesday, a meeting of the Minister with the Ambassador of Japan took place at "
     "the Ministry.", "meeting"),
])
def test_the_packaged_reader_leans_to_the_type_a_reader_would_see(text, typ):
    probs, _ = load_reader().read(text, 0, len(text))  # type: ignore[union-attr]
    assert max(probs, key=probs.__getitem__) == typ
