"""A long title (150 characters or more) in title case with no closing stop is the
text's title, whose events are the body's: the meetings it lists are told once, by
the body (sentences of our own)."""

from __future__ import annotations

from communique.extract._document import is_title

_TITLE = ("Deputy Foreign Minister Meets British, Japanese, Russian, Indonesian, Turkmen, "
          "Saudi, South Korean and Uzbek Ambassadors Accredited to Kabul at the Ministry")
_BODY = ("KABUL - The Deputy Foreign Minister had separate meetings with the ambassadors of "
         "the United Kingdom, Japan, Russia, Indonesia, Turkmenistan, Saudi Arabia, South "
         "Korea and Uzbekistan this afternoon.\n")


def test_a_long_title_case_line_is_a_title():
    text = _TITLE + "\n\n" + _BODY
    assert len(_TITLE) >= 150
    assert is_title(text, 0, len(_TITLE))


def test_a_long_line_in_sentence_case_is_no_title():
    line = ("The Deputy Foreign Minister met the ambassadors of the United Kingdom, Japan, "
            "Russia, Indonesia, Turkmenistan, Saudi Arabia, South Korea and Uzbekistan in "
            "Kabul this afternoon")
    assert len(line) >= 150
    assert not is_title(line + "\n\n" + _BODY, 0, len(line))


def test_the_meetings_a_long_title_lists_are_told_once(ex):
    got = ex("Saturday 19 September 2020\n\n" + _TITLE + "\n\n" + _BODY, issuer="AFG",
             date="2020-09-19", types=["meeting"])
    assert len(got) == 8 == len(set(got))
