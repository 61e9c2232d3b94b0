"""The envoys of a credentials ceremony listed line by line after it ("The new
ambassadors who presented their credentials are:" and one line each, opened by a
dash, a bullet or "His Excellency") are one meeting each, on the ceremony's day; an
envoy named both by the sentence's own trigger and by the list is met once
(sentences of our own)."""

from __future__ import annotations

import pytest

_CEREMONY = ("President Kavelashvili on Thursday received the letters of credence of four "
             "new ambassadors accredited to Georgia.\n\n")
_ITEMS = ["Her Excellency Ms Ana Silva, Ambassador of Portugal.",
          "His Excellency Mr Jean Dupont, Ambassador of the French Republic.",
          "His Excellency Mr Omar Haddad, Ambassador of the Hashemite Kingdom of Jordan.",
          "His Excellency Mr Kofi Mensah, High Commissioner of the Republic of Ghana."]
_CLOSE = "\n\nThe President wished the envoys success in their mission."


@pytest.mark.parametrize("bullet", ["– ", "• ", "- ", ""])
def test_each_envoy_listed_is_a_meeting(ex, bullet):
    text = (_CEREMONY + "The new ambassadors who presented their credentials are:\n\n"
            + "\n\n".join(bullet + i for i in _ITEMS) + _CLOSE)
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert sorted(got) == [("meeting", ("GEO",), (c,), "2024-03-14")
                           for c in ("FRA", "GHA", "JOR", "PRT")]


def test_a_list_in_one_sentence_is_met_once():
    from communique.extract import extract_text

    text = ("President Kavelashvili today received letters of credence from two new envoys. "
            "The envoys who presented their credentials are: Ambassador Ana Silva of "
            "Portugal; and Ambassador Jean Dupont of France.")
    res = extract_text(text, issuer="GEO", date="2024-03-14")
    assert sorted(r.to[0] for r in res.records if r.type == "meeting") == ["FRA", "PRT"]


def test_the_list_may_come_after_a_few_sentences_about_the_ceremony(ex):
    text = (_CEREMONY + "The ceremony marks the start of their missions in the country.\n\n"
            "Speaking afterwards, the President reaffirmed Georgia's openness to all "
            "partners.\n\nHe stressed the role of trade and tourism.\n\n"
            "The new ambassadors who presented their credentials are:\n\n"
            + "\n\n".join("– " + i for i in _ITEMS) + _CLOSE)
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert sorted(g[2][0] for g in got) == ["FRA", "GHA", "JOR", "PRT"]
