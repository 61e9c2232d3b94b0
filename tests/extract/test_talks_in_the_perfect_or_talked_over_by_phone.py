"""Talks in the perfect ("have discussed ... over the phone"), told by "talked over"
("talked over the crisis by telephone") or by a subject of two ("The two foreign
ministers talked over ... by telephone") whose medium follows them are a call; the
perfect with no medium is a meeting, as the past is (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _kinds(text: str, issuer: str = "SWE") -> list[tuple[str, list[str]]]:
    recs = extract_text(text, issuer=issuer, date="2024-05-06").records
    return [(r.type, sorted(set(r.from_ + r.to) - {issuer})) for r in recs
            if r.type in ("call", "meeting")]


@pytest.mark.parametrize("text", [
    "On 3 May Foreign Minister Lena Holm and Kenyan Foreign Minister Paul Otieno have "
    "discussed the situation in the Sahel over the phone.",
    "Foreign Minister Lena Holm and her Kenyan counterpart have discussed the drought over "
    "the phone, the Ministry said.",
    "The foreign ministers of Sweden and Kenya have discussed the drought by telephone.",
    "The Minister and the Foreign Minister of Kenya had already discussed the refugee "
    "question by telephone on Friday.",
    "The Minister and his Kenyan counterpart talked over the crisis by telephone on 3 May.",
    "On 3 May the foreign ministers of Kenya and Sweden talked over the situation in the "
    "Horn of Africa by telephone.",
    "The Minister talked over the elections with her Kenyan counterpart by phone.",
])
def test_the_medium_after_talks_in_the_perfect_or_talked_over(text: str) -> None:
    assert _kinds(text) == [("call", ["KEN"])]


def test_the_two_ministers_have_discussed_by_phone_after_a_call() -> None:
    assert _kinds("On 3 May Minister Holm spoke by telephone with the Foreign Minister of "
                  "Kenya. The two ministers have also discussed the drought over the "
                  "phone.") == [("call", ["KEN"])]


def test_the_two_leaders_talked_over_by_phone_name_the_leaders_told() -> None:
    assert _kinds("President Ruto held a call with President Hassan of Tanzania on 3 May. "
                  "The two presidents talked over the border by telephone.",
                  "KEN") == [("call", ["TZA"])]


def test_the_perfect_with_no_medium_is_a_meeting() -> None:
    assert _kinds("In Nairobi, the Minister and the Foreign Minister of Kenya have discussed "
                  "the drought.") == [("meeting", ["KEN"])]
