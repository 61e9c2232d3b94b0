"""A call told as joint ("held a joint phone call with his Czech and Slovak
counterparts", "a joint telephone conversation") or as the call "of" the officials
listed ("after a phone call of Minister A, her Dutch colleague B and Belgian Foreign
Minister C") is one call of them all, as a trilateral meeting is one meeting; calls
in the plural, or a call "with" one official, stay one each (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text


def _calls(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="AUT", date="2022-03-09").records
    return [sorted(set(r.from_ + r.to) - {"AUT"}) for r in recs if r.type == "call"]


def test_a_joint_phone_call_with_two_counterparts() -> None:
    assert _calls("On Tuesday Foreign Minister Karl Huber held a joint phone call with his "
                  "Czech and Slovak counterparts.") == [["CZE", "SVK"]]


def test_a_joint_telephone_conversation_told_passive() -> None:
    assert _calls("A joint telephone conversation was held on 8 March between Minister "
                  "Huber and the foreign ministers of Slovenia and Croatia.") \
        == [["HRV", "SVN"]]


def test_a_phone_call_of_the_three_ministers() -> None:
    assert _calls("After a phone call of Foreign Minister Karl Huber, his Dutch colleague "
                  "Pieter de Vries and Belgian Foreign Minister Marc Peeters, the ministry "
                  "issued a statement today.") == [["BEL", "NLD"]]


def test_the_telephone_conversation_of_the_three_as_subject() -> None:
    assert _calls("The telephone conversation of Minister Huber, the Hungarian Foreign "
                  "Minister and the Slovenian Foreign Minister on 8 March focused on "
                  "energy.") == [["HUN", "SVN"]]


def test_a_joint_video_call_with_the_ministers_of() -> None:
    assert _calls("On 8 March the Minister joined a joint video call with the ministers of "
                  "Italy and Malta.") == [["ITA", "MLT"]]


def test_calls_in_the_plural_stay_one_each() -> None:
    assert _calls("On Tuesday Foreign Minister Karl Huber held phone calls with his Czech "
                  "and Slovak counterparts.") == [["CZE"], ["SVK"]]


def test_a_call_of_congratulation_is_no_group() -> None:
    assert _calls("On 8 March the Minister received a call of congratulation from the "
                  "Foreign Minister of Italy and then one from the Foreign Minister of "
                  "Malta.") == [["ITA"], ["MLT"]]
