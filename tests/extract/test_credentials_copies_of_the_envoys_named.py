"""Copies of credentials received from envoys named just before ("The President
received the letters of credence of three new Ambassadors: Mr A of Peru, Ms B of Kenya
and Mr C of Japan. Before this ceremony, the Minister had received the copies of the
letters of credence of the three diplomats on Friday 9 May."): one more meeting with
each of those countries, on the day of the copies; copies with no envoys named before
give none (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text

CEREMONY = ("The President of the Republic received on Tuesday 13 May 2025 at the State House "
            "the letters of credence of three new Ambassadors: Mr Luis Soto of the Republic of "
            "Peru, Ms Ann Wanjiru of the Republic of Kenya and Mr Taro Sato of Japan.\n\n")


def _meetings(text: str) -> list[tuple[str, str | None]]:
    return [(r.to[0], r.date.start)
            for r in extract_text(text, issuer="BDI", date="2025-05-14").records
            if r.type == "meeting" and r.to]


def test_copies_from_the_envoys_named_are_one_meeting_each():
    for sentence in (
        "Before this ceremony, the Minister of Foreign Affairs had received the copies of the "
        "letters of credence of the three diplomats on Friday 9 May 2025.",
        "On Friday 9 May, the Minister of Foreign Affairs received copies of the credentials "
        "of the new ambassadors.",
    ):
        got = _meetings(CEREMONY + sentence)
        assert got[:3] == [("PER", "2025-05-13"), ("KEN", "2025-05-13"), ("JPN", "2025-05-13")]
        assert got[3:] == [("PER", "2025-05-09"), ("KEN", "2025-05-09"), ("JPN", "2025-05-09")]
        # the narrative goes on with the ceremony's day
        after = _meetings(CEREMONY + sentence + "\n\nOn the same occasion, the President "
                          "received the Ambassador of Egypt on a farewell visit.")
        assert after[-1] == ("EGY", "2025-05-13")


def test_copies_with_no_envoys_named_before_give_no_meeting():
    text = ("The Minister of Foreign Affairs met the press on Monday.\n\nOn Friday 9 May, the "
            "Minister received copies of the credentials of the new ambassadors.")
    assert _meetings(text) == []
