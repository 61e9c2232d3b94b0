"""A call in the singular with a group of officials in the plural ("had one telephone
conversation with the foreign ministers of A, B and C", "had a phone call with her
counterparts from A and B") is one call of them all, an organisation's head listed with
them in it too; calls in the plural stay one with each (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text


def _calls(text: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer="SWE", date="2019-05-12").records
    return [(list(r.to), list(r.organizations)) for r in recs if r.type == "call"]


def test_a_telephone_conversation_with_the_ministers_of_three() -> None:
    assert _calls("On 4 May the Minister held a telephone conversation with the three foreign "
                  "ministers of Spain, Portugal and Greece.") == [(["ESP", "PRT", "GRC"], [])]


def test_a_phone_call_with_her_counterparts_from() -> None:
    assert _calls("On Monday Foreign Minister Anna Berg had a phone call with her "
                  "counterparts from Latvia, Lithuania and Estonia.") \
        == [(["LVA", "LTU", "EST"], [])]


def test_an_organisations_head_in_the_same_call() -> None:
    assert _calls("This evening Minister Berg held a phone conversation with the foreign "
                  "ministers of Canada, Japan and Australia and the Secretary General of "
                  "NATO.") == [(["CAN", "JPN", "AUS"], ["NATO"])]


def test_conversations_in_the_plural_are_one_each() -> None:
    assert _calls("On 4 May the Minister held telephone conversations with the foreign "
                  "ministers of Spain and Greece.") == [(["ESP"], []), (["GRC"], [])]


def test_one_minister_then_others_are_apart() -> None:
    assert len(_calls("The Minister held a telephone conversation with the Foreign Minister "
                      "of Chile, and then with the foreign ministers of Peru and "
                      "Bolivia.")) == 3
