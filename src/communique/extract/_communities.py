"""A country's adjective before a people of another place names a community, not the
state: "talks between Greek Cypriots and Turkish Cypriots", "the Bosnian Serbs",
"Iraqi Kurds", "Greek and Turkish Cypriot leaders".

The adjective says which community of the people ("Turkish Cypriots": the Cypriots
of Turkish descent; "Bosnian Serbs": the Serbs of Bosnia), so the adjective's country
is no side of what they do. The people after it is a plural of another country's
demonym ("Cypriots", "Albanians") or a people without a state of that name
("Serbs", "Croats", "Kurds"); in the singular before a role ("the Turkish Cypriot
leader") the second demonym stays the side and only the first is dropped.
"""

from __future__ import annotations

import re

from ._gazetteer import Gazetteer

__all__ = ["community_adjective"]

#: peoples named apart from their state's adjective ("Serbs", not "Serbians")
_PEOPLES = frozenset({"Serbs", "Serb", "Croats", "Croat", "Kurds", "Kurd", "Bosniaks",
                      "Bosniak", "Turkmens", "Turkmen", "Pashtuns", "Tajiks", "Uzbeks",
                      "Arabs", "Arab", "Albanians", "Hungarians", "Russians", "Armenians",
                      "Greeks", "Turks", "Tamils", "Tamil", "Rohingya", "Uyghurs", "Uyghur",
                      "Druze"})
#: the word after the adjective (or after "and" and a second adjective): "Greek and
#: Turkish Cypriots"
_NEXT = re.compile(r" (?:and [A-Z][\w’'-]+ )?([A-Z][a-z’'-]+)\b(?![-–])")


def community_adjective(text: str, a: int, b: int, code: str, gaz: Gazetteer) -> bool:
    """The adjective at ``a:b`` (of country ``code``) opens a community's name."""
    if text[a - 1:a] in ("-", "–"):
        return False
    m = _NEXT.match(text, b)
    if m is None:
        return False
    word = m.group(1)
    if word in _PEOPLES:
        return True
    other = gaz.lookup("adj", word) or (gaz.lookup("adj", word[:-1])
                                         if word.endswith("s") else None)
    return other is not None and other != code
