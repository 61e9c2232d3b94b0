"""In a review, an undated sentence that holds talks in a city of the country the
sentence before dated a visit to ("On 3 March, during his visit to Japan, the
President signed ... . He also held talks in Tokyo with the leaders of A and B")
takes that visit's date, not the year (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = "Foreign policy review 2024\n\nSantiago, 30 December 2024. "
VISIT = ("On 3 March, in the framework of his state visit to Japan, President Boric signed "
         "with Prime Minister Kishida an agreement on scientific cooperation. ")


def _meetings(text: str) -> list[tuple[str, str]]:
    recs = extract_text(text, issuer="CHL", date="2024-12-30").records
    return sorted((r.to[0], r.date.start or "") for r in recs if r.type == "meeting"
                  and r.to and r.to[0] != "JPN")


@pytest.mark.parametrize("second", [
    "The President also held talks in Tokyo with the leaders of Viet Nam and Fiji.",
    "The Head of State further met in Osaka with the Prime Ministers of Viet Nam and Fiji.",
    "He also held bilateral meetings in Tokyo with the President of Viet Nam and the Prime "
    "Minister of Fiji.",
])
def test_talks_in_the_visits_city_take_its_day(second):
    assert _meetings(HEAD + VISIT + second) == [("FJI", "2024-03-03"), ("VNM", "2024-03-03")]


@pytest.mark.parametrize("text", [
    # another country's city: another trip, the year
    HEAD + VISIT + "The President also held talks in Hanoi with the leaders of Viet Nam and "
    "Fiji.",
    # a later paragraph: another part of the year
    HEAD + VISIT + "\n\nThe President also held talks in Tokyo with the leaders of Viet Nam "
    "and Fiji.",
])
def test_no_visit_day_elsewhere(text):
    assert [d for _c, d in _meetings(text)] == ["2024", "2024"]


def test_an_embassy_in_the_partners_capital_is_no_part_of_the_meeting():
    text = (HEAD + "On 5 September, the Minister received her Polish colleague in Santiago. "
            "Later in the year, Chile opened an embassy in Warsaw.")
    recs = extract_text(text, issuer="CHL", date="2024-12-30").records
    assert [r.date.start for r in recs if r.type == "mission"] == ["2024"]
