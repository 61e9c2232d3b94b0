"""A second call told with another official of the side already called is a call of
its own: the first official named by a hyphenated or one-word name ("President
al-Sisi of Egypt", "King Abdullah of Jordan") is that side's, not the issuer's, so
the two calls are not one; "also talked with" after a call is a call like "also
spoke with"; two calls in one sentence ("and later also spoke with") are two, one
per counterpart (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str, issuer: str = "GEO") -> list[list[str]]:
    recs = extract_text(text, issuer=issuer, date="2024-05-06").records
    # (the counterpart, whichever way the call went)
    return [sorted(set(r.from_ + r.to) - {issuer}) for r in recs if r.type == "call"]


def _persons(text: str, issuer: str = "GEO") -> list[tuple[str | None, str | None]]:
    recs = extract_text(text, issuer=issuer, date="2024-05-06").records
    return [(p.name, p.country) for r in recs for p in r.persons if p.role == "head_of_state"]


def test_a_hyphenated_name_is_the_named_country_s() -> None:
    assert _persons("On 3 May the Minister held a telephone conversation with President "
                    "al-Sisi of Egypt.") == [("al-Sisi", "EGY")]


def test_a_hyphenated_surname_after_given_names() -> None:
    assert _persons("On 3 May the Minister spoke by phone with President Abdel Fattah "
                    "al-Sisi of Egypt.") == [("Abdel Fattah al-Sisi", "EGY")]


def test_a_one_word_name_before_of_a_country() -> None:
    assert _persons("The Prime Minister had a phone call with King Abdullah of Jordan on "
                    "3 May.") == [("Abdullah", "JOR")]


def test_another_official_after_a_hyphenated_name() -> None:
    assert _calls("On 3 May the Minister held a call with President al-Sisi of Egypt. Later "
                  "he also spoke with the Foreign Minister of Egypt.") == [["EGY"], ["EGY"]]


def test_also_had_a_call_in_a_second_sentence() -> None:
    assert _calls("On 12 March the President had a phone call with King Abdullah of Jordan. "
                  "He also had a call with the Prime Minister of Jordan.",
                  "FRA") == [["JOR"], ["JOR"]]


def test_also_talked_with_after_a_call() -> None:
    assert _calls("On 3 May the Minister talked with the President of Chile by phone. Later "
                  "he also talked with the Foreign Minister of Chile.") == [["CHL"], ["CHL"]]


def test_talked_by_phone_then_talked_with_in_the_past_perfect() -> None:
    assert _calls("On 9 June the Chancellor had talked by telephone with the Emir of Qatar. "
                  "She had also talked with the Prime Minister of Qatar.",
                  "DEU") == [["QAT"], ["QAT"]]


def test_two_calls_in_one_sentence_and_later_also_spoke() -> None:
    assert _calls("On 3 May the Minister talked by phone with the President of Chile and "
                  "later also spoke with the Foreign Minister of Chile.") == [["CHL"], ["CHL"]]


def test_two_calls_in_one_sentence_then_also_spoke() -> None:
    assert _calls("On 3 May the Minister held a call with the Prime Minister of Iraq and then "
                  "also spoke with Foreign Minister Fuad Hussein of Iraq.") == [["IRQ"], ["IRQ"]]


def test_two_calls_in_one_sentence_passive_first() -> None:
    assert _calls("Our President was phoned on 4 May by the President of Kenya and later also "
                  "spoke with the Kenyan Foreign Minister.", "UGA") == [["KEN"], ["KEN"]]


def test_the_same_official_again_is_the_same_call() -> None:
    assert _calls("On 3 May the Minister held a call with President al-Sisi of Egypt. The "
                  "Minister spoke with President al-Sisi about the crossing points.") == [["EGY"]]


def test_one_call_with_two_officials_is_one() -> None:
    assert _calls("On 3 May the Minister held a call with the President and the Foreign "
                  "Minister of Chile.") == [["CHL"]]


def test_a_time_between_talked_and_with_before_by_phone() -> None:
    assert _calls("The Minister talked on Friday with the Prime Minister of Spain by "
                  "phone.") == [["ESP"]]


def _types(text: str) -> list[str]:
    recs = extract_text(text, issuer="GEO", date="2024-05-06").records
    return [r.type for r in recs if r.type in ("call", "meeting")]


def test_also_talked_with_after_a_meeting_stays_a_meeting() -> None:
    assert _types("On 3 May the Minister met the President of Chile. Later he also talked "
                  "with the Foreign Minister of Chile.") == ["meeting", "meeting"]


def test_also_talked_with_in_a_city_after_a_call_is_a_meeting() -> None:
    assert _types("On 3 May the Minister held a phone call with the President of Chile. "
                  "In Lima he also talked with the Foreign Minister of Peru.") == [
        "call", "meeting"]


@pytest.mark.parametrize("text", [
    "On 3 May, the Minister talked at length with the Foreign Minister of Chile by "
    "telephone.",
    "Talking by phone with the Foreign Minister of Chile on 3 May, the Minister discussed "
    "trade.",
])
def test_talked_with_an_adverb_or_as_a_participle_by_phone(text: str) -> None:
    assert _calls(text) == [["CHL"]]


def test_and_later_also_with_an_official_of_the_same_side() -> None:
    assert _calls("On 3 May the President spoke with King Abdullah of Jordan by phone and "
                  "later also with Crown Prince Hussein.") == [["JOR"], ["JOR"]]
