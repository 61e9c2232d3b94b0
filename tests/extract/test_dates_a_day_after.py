"""An event told as what another came "a day after" / "two days before" lies that
many days from the day of the event it is measured from: "The talks came a day
after the envoys met" puts the envoys' meeting on the day before the talks
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _days(text: str, kind: str, partner: str, date: str = "2025-05-14") -> list[str | None]:
    recs = extract_text(text, issuer="PER", date=date).records
    return [r.date.start for r in recs if r.type == kind and partner in r.to]


@pytest.mark.parametrize(("text", "kind", "partner", "day"), [
    # agency copy: the lead's meeting is the dateline's; the one measured from it is not
    ("LIMA, May 14 (EFE) -- Peru's Foreign Minister held a brief meeting here with the "
     "Foreign Minister of Chile.\n\nThe meeting came a day after the Vice Minister held "
     "consultations with Bolivia in La Paz.", "consultation", "BOL", "2025-05-13"),
    ("The Minister met the Foreign Minister of Chile in Lima on Wednesday, two days after "
     "the Vice Minister held consultations with Ecuador in Quito.",
     "consultation", "ECU", "2025-05-12"),
    ("On 14 May the President received the Prime Minister of Norway, only three days "
     "after the Foreign Minister of Norway visited Brazil.", "visit", "BRA", "2025-05-11"),
    ("The President received the Prime Minister of Norway on 14 May, a week after he "
     "spoke by telephone with the President of Finland.", "call", "FIN", "2025-05-07"),
    ("The Minister met the Foreign Minister of Chile on 14 May, a day before the "
     "Vice Minister held consultations with Ecuador in Quito.",
     "consultation", "ECU", "2025-05-15"),
])
def test_the_event_measured_from_another_is_that_many_days_away(
        text: str, kind: str, partner: str, day: str) -> None:
    assert _days(text, kind, partner) == [day]


@pytest.mark.parametrize(("text", "kind", "partner", "day"), [
    # the main event keeps its own day
    ("The Minister met the Foreign Minister of Chile in Lima on Wednesday, two days after "
     "the Vice Minister held consultations with Ecuador in Quito.",
     "meeting", "CHL", "2025-05-14"),
    # a day of its own inside the phrase: that day
    ("The Minister met the Foreign Minister of Chile on 14 May, a day after the Vice "
     "Minister held consultations with Ecuador in Quito on 12 May.",
     "consultation", "ECU", "2025-05-12"),
    # the phrase ends at the comma: the event after it is the main one
    ("A day after the summit, the Minister met the Foreign Minister of Chile on 13 May.",
     "meeting", "CHL", "2025-05-13"),
    # the phrase opens the sentence, no comma: it dates the main event, not a measured one
    ("The day after the summit the Minister met the Foreign Minister of Chile.",
     "meeting", "CHL", "2025-05-14"),
    # no count of days
    ("In the days after the summit the Minister met the Foreign Minister of Chile on "
     "13 May.", "meeting", "CHL", "2025-05-13"),
    # days of office are no events
    ("The Minister met the Foreign Minister of Chile on 14 May, two days after taking "
     "office.", "meeting", "CHL", "2025-05-14"),
])
def test_what_the_phrase_does_not_measure_keeps_its_day(
        text: str, kind: str, partner: str, day: str) -> None:
    assert _days(text, kind, partner) == [day]


def test_the_day_measured_is_not_the_one_told_next() -> None:
    text = ("LIMA, May 14 (EFE) -- Peru's Foreign Minister held a brief meeting here with the "
            "Foreign Minister of Chile.\n\nThe meeting came a day after the Vice Minister held "
            "consultations with Bolivia in La Paz for the first time since 2019.\n\n"
            "The Minister also met the Foreign "
            "Minister of Ecuador.")
    assert _days(text, "consultation", "BOL") == ["2025-05-13"]
    assert _days(text, "meeting", "ECU") == ["2025-05-14"]
