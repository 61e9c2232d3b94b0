"""How names are compared: one key per way of writing a name.

``name_key("the Republic of Côte d’Ivoire") == name_key("Republic of Cote d'Ivoire")``.
Case, accents, curly quotes, full stops, hyphens, ``&`` and a leading "the"
do not count. The data files keep every written form (an extractor matches
text with them); lookups and the collision checks go through this key.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["name_key"]

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_SPACE = re.compile(r"\s+")


def name_key(text: str) -> str:
    """The comparison key of a name (see the module doc)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.casefold().replace("&", " and ").replace(".", "").replace("-", " ")
    plain = _SPACE.sub(" ", plain).strip()
    if plain.startswith("the "):
        plain = plain[4:]
    return plain
