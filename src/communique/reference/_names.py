"""How names are compared: one key per way of writing a name.

``name_key("the Republic of Côte d’Ivoire") == name_key("Republic of Cote d'Ivoire")``.
Case, accents, curly quotes, full stops, hyphens, ``&``, a leading "the" and
Cyrillic letters typed for their Latin look-alikes ("Turkiс" with a Cyrillic
"с", as found in a real release) do not count. The data files keep every
written form (an extractor matches text with them); lookups and the
collision checks go through this key.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["name_key"]

_QUOTES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"}
#: Cyrillic letters that look like Latin ones (lower case after casefold).
_HOMOGLYPHS = dict(zip("аеорсухіјѕԁ", "aeopcyxijsd", strict=True))
_FOLD = str.maketrans(_QUOTES | _HOMOGLYPHS)
_SPACE = re.compile(r"\s+")


def name_key(text: str) -> str:
    """The comparison key of a name (see the module doc)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_FOLD)
    plain = plain.replace("&", " and ").replace(".", "").replace("-", " ")
    plain = _SPACE.sub(" ", plain).strip()
    if plain.startswith("the "):
        plain = plain[4:]
    return plain
