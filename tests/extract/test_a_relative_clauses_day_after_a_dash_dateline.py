"""After a dash dateline ("TOKYO, 3 May 2024 - ..."), a day told in a relative clause on
the counterpart ("whose visit began on 1 May", "who had presented his credentials on
28 April", "whom she had last met on 20 April") is that clause's: the meeting keeps the
dateline's day, and a meeting or call the clause recalls in the pluperfect is no
second record; an arrival told so is still the guest's visit (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str, issuer: str = "JPN") -> list[tuple[str, list[str], str | None]]:
    recs = extract_text(text, issuer=issuer, date="2024").records
    return [(r.type, sorted(set(r.from_ + r.to) - {issuer}), r.date.start) for r in recs
            if r.type in ("meeting", "call", "visit")]


@pytest.mark.parametrize(("text", "side"), [
    ("TOKYO, 3 May 2024 - The Foreign Minister held talks with the Foreign Minister of Peru, "
     "whose visit began on 1 May.", "PER"),
    ("TOKYO, 3 May 2024 - The Foreign Minister met the Ambassador of Chile, who had "
     "presented his credentials to the Emperor on 28 April.", "CHL"),
    ("OSLO, 3 May 2024 - The Minister met the Foreign Minister of Chile, whom she had last "
     "met on 20 April in Lima.", "CHL"),
    ("NAIROBI, 3 May 2024 - The President received the Prime Minister of Ethiopia, with "
     "whom he had spoken by telephone on 22 April.", "ETH"),
    ("LIMA, 3 May 2024 - The Minister received the Ambassador of Spain, whose term began "
     "on 2 January.", "ESP"),
])
def test_the_meeting_keeps_the_datelines_day(text: str, side: str) -> None:
    assert _records(text) == [("meeting", [side], "2024-05-03")]


def test_an_arrival_in_the_clause_is_still_a_visit() -> None:
    assert _records("TOKYO, 3 May 2024 - The Foreign Minister met the Foreign Minister of "
                    "Peru, who had arrived in Tokyo on 2 May.") == [
        ("meeting", ["PER"], "2024-05-03"), ("visit", ["PER"], "2024-05-02")]


def test_the_main_clauses_own_day_stands() -> None:
    assert _records("TOKYO, 3 May 2024 - On 2 May the Foreign Minister met the Foreign "
                    "Minister of Peru, whose visit ends on 4 May.") == [
        ("meeting", ["PER"], "2024-05-02")]


@pytest.mark.parametrize("text", [
    "OSLO, 9 May 2024 - The Foreign Minister received the credentials of the Ambassador of "
    "Chile at a ceremony, which was held on 8 May 2024.",
    "OSLO, 9 May 2024 - The Minister held a meeting with the Ambassador of Chile, which took "
    "place on 8 May at the Ministry.",
])
def test_a_clause_telling_when_the_event_was_held_dates_it(text: str) -> None:
    assert _records(text, "NOR") == [("meeting", ["CHL"], "2024-05-08")]


def test_a_meeting_in_a_clause_on_the_subject_was_held() -> None:
    # (a clause on the guest who is the subject, not on the person met: its meeting stays)
    assert _records("TOKYO, 3 May 2024 - The Foreign Minister of Peru, who had met the "
                    "Prime Minister on 2 May, held talks with the Foreign Minister.") == [
        ("meeting", ["PER"], "2024-05-02"), ("meeting", ["PER"], "2024-05-03")]
