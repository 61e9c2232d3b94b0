"""A country's name that is a person's given name, right after a title and before
the rest of the name: "Foreign Secretary Bharat Singh Rawal", "Ambassador Jordan
Ellis", "State Secretary Georgia Brandt". The name is the person's, not a side: the
official is of the side the text gives them otherwise (the issuer's, for an untitled
"Foreign Secretary"). Not "the Foreign Minister of Georgia Maka Kobalia" (the country
after "of" is the minister's), nor a country before a noun that names no one ("the
Ambassador Jordan Embassy"), nor an office-holder of that very country whose name opens
with it (a foreign minister named "Israel ..." stays that country's).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["given_name"]

#: a title, or a courtesy, right before the name (capitalised, as a title before a
#: name is written)
_TITLE_BEFORE = re.compile(
    r"(?<![\w-])(?:Secretary|Minister|Ambassador|President|Envoy|Director|Director-General|"
    r"Secretary-General|General|Spokesperson|Spokesman|Spokeswoman|Counsellor|Counselor|"
    r"Consul|Consul-General|Commissioner|Chairman|Chairwoman|Chairperson|Governor|Senator|"
    r"Mayor|Speaker|Premier|Chancellor|Adviser|Advisor|Representative|Undersecretary|"
    r"Under-Secretary|Mr|Mrs|Ms|Miss|Dr|Prof|H\.E|Excellency)\.?\s+$")
#: the rest of the name: one or more capitalised words (an initial may stand first)
_REST_AFTER = re.compile(r"(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]*)+")
_WORD = re.compile(r"[A-Z][\w'’-]*")
#: words after a country's name that make it a body's or a thing's name, not a person's
_NO_NAME = frozenset(
    "Embassy Ministry Government Affairs Desk Office Mission Foundation Council Committee "
    "Commission House Relations Cooperation Co-operation Forum Chamber Business Trade "
    "Institute Centre Center Society Association Friendship Group Visit Summit Talks "
    "Dialogue Partnership Agreement Treaty Programme Program Fund Bank Agency Policy Airport "
    "Airlines Air National Investment Development Region Initiative Corridor Project "
    "Conference Meeting Week Day Days Desk Division Department Section Unit Bureau Consulate "
    "Delegation Side Federation Republic Kingdom State States Islands Sea Ocean Gulf Strait "
    "Border Peace Process Team Cup Games Expo Pavilion Studies Also And "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


@lru_cache(maxsize=1)
def _holders() -> frozenset[tuple[str, str]]:
    """(name as written, country) of every office-holder's name and alias."""
    from ..reference import officeholders

    return frozenset((n, h.country) for h in officeholders() for n in h.names)


def given_name(text: str, sent_start: int, a: int, b: int, code: str,
               known_starts: set[int]) -> bool:
    """Whether the country's name at ``text[a:b]`` (``code``) is the given name of a
    person named after a title, so that it names no side (``known_starts``: where the
    sentence's other places and bodies start)."""
    if not _TITLE_BEFORE.search(text, max(sent_start, a - 30), a):
        return False
    rest = _REST_AFTER.match(text, b)
    if rest is None:
        return False
    words = list(_WORD.finditer(text, rest.start(), rest.end()))
    if any(w.start() in known_starts for w in words) or words[0].group() in _NO_NAME:
        return False
    # (an office-holder of that country whose name opens with it: "Israel Katz")
    holders = _holders()
    return not any((text[a:w.end()], code) in holders for w in words)
