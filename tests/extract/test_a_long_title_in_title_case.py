"""A long title (150 characters or more) in title case with no closing stop is the
text's title, whose events are the body's: the meetings it lists are told once, by
the body (sentences of our own)."""

from __future__ import annotations

from communique.extract._document import is_title

_TITLE = ("State Secretary Receives the Envoys of Norway, Chile, Kenya, Vietnam, Peru, "
          "Ghana, Mongolia and Morocco One by One at the Ministry in the Capital City Today")
_BODY = ("The State Secretary this afternoon received, one after another, the envoys of "
         "Chile, Ghana, Kenya, Mongolia, Morocco, Norway, Peru and Vietnam.\n")


def test_a_long_title_case_line_is_a_title():
    text = _TITLE + "\n\n" + _BODY
    assert len(_TITLE) >= 150
    assert is_title(text, 0, len(_TITLE))


def test_a_long_line_in_sentence_case_is_no_title():
    line = ("The State Secretary received, one after another, the envoys of Chile, Ghana, "
            "Kenya, Mongolia, Morocco, Norway, Peru and Vietnam at the ministry in the capital "
            "this afternoon")
    assert len(line) >= 150
    assert not is_title(line + "\n\n" + _BODY, 0, len(line))


def test_the_meetings_a_long_title_lists_are_told_once(ex):
    got = ex("Saturday 19 September 2020\n\n" + _TITLE + "\n\n" + _BODY, issuer="GEO",
             date="2020-09-19", types=["meeting"])
    assert len(got) == 8 == len(set(got))
