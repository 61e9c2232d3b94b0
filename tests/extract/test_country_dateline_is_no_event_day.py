"""A wire's dateline that names the country in capitals ("NORWAY, March 14 -")
is the day the story was filed, like a city's ("ROME, March 4 -"): the day or days
the sentence after it tells are the event's ("Between 13 and 14 March the Minister
is in Warsaw"). A sentence with no day of its own still takes the dateline's, and
"today" counts from it."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _spans(issuer: str, text: str, kind: str) -> list[tuple[str | None, str | None]]:
    return [(r.date.start, r.date.end)
            for r in extract_text(text, issuer=issuer, date="2022").records if r.type == kind]


@pytest.mark.parametrize(("issuer", "text", "kind", "span"), [
    ("NOR", "NORWAY, March 14 - Between 13 and 14 March the Foreign Minister is in Warsaw "
     "for talks with the Polish government.", "visit", ("2022-03-13", "2022-03-14")),
    ("FIN", "FINLAND, June 9 - On 8 June, the Minister for Foreign Affairs visited Tallinn "
     "for talks with the Estonian Foreign Minister.", "visit", ("2022-06-08", None)),
    ("DNK", "DENMARK, October 3 - The Foreign Minister held talks with the Foreign "
     "Minister of Iceland in Copenhagen on 30 September.", "meeting", ("2022-09-30", None)),
    ("AUT", "AUSTRIA, 20 May - From 18 to 19 May the Federal Minister for European and "
     "International Affairs paid a visit to Slovenia.", "visit",
     ("2022-05-18", "2022-05-19")),
])
def test_the_sentences_own_days_are_the_events(issuer, text, kind, span):
    assert _spans(issuer, text, kind) == [span]


@pytest.mark.parametrize(("issuer", "text", "kind", "span"), [
    # no day of its own: the dateline's
    ("NOR", "NORWAY, March 14 - The Minister for Foreign Affairs is in Warsaw today for "
     "talks with her Polish counterpart.", "visit", ("2022-03-14", None)),
    ("ISL", "ICELAND, November 2 - The Minister for Foreign Affairs received the Foreign "
     "Minister of Latvia in Reykjavik.", "meeting", ("2022-11-02", None)),
])
def test_a_sentence_without_its_own_day_takes_the_datelines(issuer, text, kind, span):
    assert _spans(issuer, text, kind) == [span]
