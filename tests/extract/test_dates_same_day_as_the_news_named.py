""""On the same day" before any event was dated: the day the text's news was named
with ("welcomes the judgment delivered yesterday ... met on the same day with"),
not the document's day; a day in a pluperfect clause or after the document's day
is background, and a day named after an event was dated is a topic (sentences of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = "Warsaw, 2 May 2025\n\n"  # a Friday
NEWS = "The Ministry welcomes the judgment delivered yesterday by the International Court. "


def _dated(text: str, date: str = "2025-05-02") -> list[tuple[str, str]]:
    recs = extract_text(HEAD + text, issuer="POL", date=date).records
    return sorted((r.type, r.date.start or "") for r in recs
                  if r.type in ("meeting", "call", "agreement"))


@pytest.mark.parametrize(("text", "want"), [
    (NEWS + "The Minister, who attended the reading in The Hague, met on the same day with "
     "the Foreign Minister of the Netherlands.", [("meeting", "2025-05-01")]),
    (NEWS + "On the same day, the Minister held talks with the Foreign Minister of the "
     "Netherlands. Later in the evening, she briefed the Secretary General of NATO by "
     "telephone.", [("call", "2025-05-01"), ("meeting", "2025-05-01")]),
    ("The Ministry welcomes the resolution adopted on Wednesday by the Security Council. "
     "That same day, the Minister met the Foreign Minister of Chile.",
     [("meeting", "2025-04-30")]),
    (NEWS + "The hearings had ended on 6 March 2025. On the same day as the "
     "reading, the Minister met the Foreign Minister of Chile.", [("meeting", "2025-05-01")]),
])
def test_the_same_day_is_the_news_day(text, want):
    assert _dated(text) == want


def test_a_day_named_after_an_event_dated_is_a_topic():
    text = ("Consultations between Poland and Georgia were held in Warsaw on 5 November. The "
            "sides discussed the elections of 26 October. On the same day, the two ministries "
            "signed a memorandum on training.")
    assert ("agreement", "2024-11-05") in _dated(text, "2024-11-06")


def test_a_day_after_the_document_is_no_news_day():
    text = ("The Ministry welcomes the decision of the Court, which will deliver its judgment "
            "on 20 May. On the same day, the Minister met the Foreign Minister of Chile.")
    assert _dated(text) == [("meeting", "2025-05-02")]
