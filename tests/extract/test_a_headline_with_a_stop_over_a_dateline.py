"""A headline written as a sentence, with its full stop ("President receives
credentials of new envoy."), over a body that opens with a news dateline ("Accra,
Ghana, 4 March 2021 – ..."), is the text's title: the body tells its event, with
the body's day, and the headline gives no second record dated by the dateline.
A first sentence that names its own day stays a sentence (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[tuple[str, str]]:
    recs = extract_text(text, issuer="GHA").records
    return sorted((r.to[0], r.date.start or "") for r in recs if r.type == "meeting" and r.to)


@pytest.mark.parametrize(("text", "want"), [
    ("President Mensah receives credentials of new Japanese Ambassador.\n\n"
     "Accra, Ghana, 4 March 2021 – President John Mensah received the credentials of the "
     "new Ambassador of Japan at a ceremony held on Friday, 26 February 2021.",
     [("JPN", "2021-02-26")]),
    ("Foreign Minister meets visiting Kenyan counterpart.\n\n"
     "Accra, March 4, 2021 — The Foreign Minister held talks with the Foreign Minister of "
     "Kenya on Wednesday.", [("KEN", "2021-03-03")]),
])
def test_the_headline_is_a_title(text: str, want: list[tuple[str, str]]) -> None:
    assert _met(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a lead sentence with its own day, then a dated paragraph: both are events
    ("The Minister met the Ambassador of Japan on 1 March 2021.\n\n"
     "Accra, 4 March 2021 – The Minister also received the Ambassador of Peru.",
     [("JPN", "2021-03-01"), ("PER", "2021-03-04")]),
    # no dateline below: the first sentence is the lead
    ("The Minister met the Ambassador of Japan on Monday, 1 March 2021.\n\n"
     "The Minister also received the Ambassador of Peru on the same day.",
     [("JPN", "2021-03-01"), ("PER", "2021-03-01")]),
])
def test_a_lead_sentence_stays(text: str, want: list[tuple[str, str]]) -> None:
    assert _met(text) == want
