"""The list of the envoys just counted at a credentials ceremony may be set off
by a semicolon or a dash as well as by a colon ("The new envoys are; Ms A from
Sweden, ...", "The envoys are – Mr B of Austria, ..."), in the same paragraph or
the next: one meeting with each country it names, on the ceremony's day
(sentences of our own)."""

from __future__ import annotations

import pytest

_CEREMONY = "President Ruto on Tuesday received letters of credence from {n} ambassadors."


@pytest.mark.parametrize(("text", "codes"), [
    (_CEREMONY.format(n="four") + "\n\nThe new ambassadors are; Ambassador Ms. Helena Berg "
     "from Sweden, Peru's Ambassador Mr. Carlos Ruiz, His Excellency Mr. Tomas Novak from "
     "the Czech Republic and Japanese Ambassador Mr. Kenji Sato.",
     ["CZE", "JPN", "PER", "SWE"]),
    (_CEREMONY.format(n="three") + " The envoys are – Mr. Hans Weber of Austria, Ms. Ana "
     "Costa from Portugal and Mr. Lee Min-ho of the Republic of Korea.",
     ["AUT", "KOR", "PRT"]),
    ("The President on Tuesday received the credentials of three new heads of mission.\n\n"
     "They are; Madam Ingrid Holm from Norway, Mr. Pablo Reyes of Chile and the Ambassador "
     "of Indonesia, Mr. Budi Santoso.", ["CHL", "IDN", "NOR"]),
    (_CEREMONY.format(n="two") + " The new envoys were - Mr. Omar Haddad from Jordan and "
     "Ms. Lina Petrova of Bulgaria.", ["BGR", "JOR"]),
])
def test_a_list_set_off_by_a_semicolon_or_dash_names_the_envoys(ex, text, codes):
    got = ex(text, issuer="KEN", date="2024-03-05", types=["meeting"])
    assert got == [("meeting", ("KEN",), (c,), "2024-03-05") for c in codes]


@pytest.mark.parametrize("text", [
    # (no list follows: the words after the semicolon are no names)
    _CEREMONY.format(n="three") + " They are; as the Minister said, welcome in Kenya.",
    # (no ceremony before it: people met, not envoys counted)
    "The Minister on Tuesday met business leaders. They are; Mr. Hans Weber of Austria and "
    "Ms. Ana Costa from Portugal.",
])
def test_no_list_of_counted_envoys_gives_no_meeting(ex, text):
    assert ex(text, issuer="KEN", date="2024-03-05", types=["meeting"]) == []
