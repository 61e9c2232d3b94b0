"""A document or body named with when it was made ("the fisheries protocol, concluded
in 1998", "the partnership agreement the two countries signed last year", "the joint
committee, established during the state visit in May 2023", "the roadmap adopted in
May 2022") keeps that time to itself: the meeting, talks or session of the sentence
take their own day, or the day told before (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

OPENING = "The Foreign Minister of Iceland met the Prime Minister of Norway in Oslo on Tuesday.\n\n"


def _brief(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(r.type, r.from_ + r.to, r.date.start)
            for r in extract_text(text, issuer="ISL", date="2025-03-06").records]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("She later held talks with the Norwegian Minister of Trade on the fisheries protocol the "
     "two countries concluded last year.", "meeting"),
    ("She later held talks with the Norwegian Minister of Trade on the Free Trade Agreement "
     "(FTA) that both sides signed in 2019.", "meeting"),
    ("She also co-chaired the first meeting of the joint committee on Arctic research, "
     "established during the Norwegian King's state visit to Iceland in May 2023.",
     "commission"),
    ("Afterwards she had talks with the Norwegian Minister of Fisheries on the herring "
     "arrangement, first concluded in 1998, and on quotas.", "meeting"),
    ("She then held talks with the Norwegian Minister of Trade on the investment treaty "
     "ratified in 2021.", "meeting"),
])
def test_the_time_a_document_or_body_was_made_is_not_the_events(sentence, kind):
    recs = _brief(OPENING + sentence)
    assert [d for t, _, d in recs[1:] if t == kind] == ["2025-03-04"]


def test_the_events_own_day_after_the_documents_time_is_kept():
    recs = _brief("The Foreign Minister of Iceland held talks with the Norwegian Minister of "
                  "Trade on the roadmap adopted in May 2022 in Oslo on Tuesday.")
    assert [d for t, _, d in recs if t == "meeting"] == ["2025-03-04"]


@pytest.mark.parametrize(("sentence", "day"), [
    # the document's own signing, told with its day: its record keeps that day
    ("The fisheries agreement, signed in Reykjavik on 3 March, enters into force next year.",
     "2025-03-03"),
    # the signing is the main clause's event
    ("The two sides signed three agreements on Monday during the talks in Oslo.", "2025-03-03"),
])
def test_a_signing_told_with_its_day_keeps_it(sentence, day):
    recs = _brief(OPENING + sentence)
    assert [d for t, _, d in recs[1:] if t == "agreement"] == [day]


def test_a_second_predicate_with_its_own_day_is_no_document_made_before():
    # ", signed on Wednesday a protocol": a verb of the same subject, its day the signing's
    recs = _brief("The Foreign Minister of Iceland met the Prime Minister of Norway in Oslo "
                  "on Monday, signed a fisheries protocol on Tuesday and left for Bergen.")
    assert ("meeting", ["ISL", "NOR"], "2025-03-03") in recs
    assert ("agreement", ["ISL", "NOR"], "2025-03-04") in recs


@pytest.mark.parametrize("sentence", [
    "The Foreign Minister of Iceland signed the protocol in Oslo with the Norwegian Minister "
    "of Fisheries during a three-day working visit that began on Monday.",
    "During her stay in Norway, which started on Monday, she also held talks with the "
    "Norwegian Minister of Fisheries.",
])
def test_the_day_a_stay_began_is_not_the_day_of_what_was_done_during_it(sentence):
    recs = _brief(OPENING + sentence)
    assert all(d == "2025-03-04" for t, _, d in recs[1:] if t in ("agreement", "meeting"))
    assert any(t in ("agreement", "meeting") for t, _, _ in recs[1:])


def test_the_visit_keeps_the_day_it_began():
    recs = _brief("The Foreign Minister of Iceland is in Norway on a working visit that began "
                  "on Monday.")
    assert [d for t, _, d in recs if t == "visit"] == ["2025-03-03"]
