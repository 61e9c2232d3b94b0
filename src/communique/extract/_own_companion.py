"""The issuer's own official named first among the travellers, by title and name alone,
then a foreign companion ("Foreign Minister Joly and her Mexican counterpart Alicia
Barcena travelled to Guatemala", "Foreign Minister Sejourne and German Foreign Minister
Baerbock visited Moldova"): the bare title in the issuer's release is the issuer's, so
the issuer travels too (not a title with a country of its own: "the Foreign Minister of
Chile and ..." names Chile as an entity before the "and"; not a people or a body:
"Students and German teachers visited")."""

from __future__ import annotations

import re

from ._recognise import Ent, Sentence

__all__ = ["own_first"]

#: capitalised words only (a title and a name), one of them a title, then "and" (a
#: time before them: "On 7 March, Foreign Minister A and ...")
_OWN_FIRST = re.compile(
    r"\s*(?:(?-i:On|In|Last|This|Yesterday|Today|Earlier)\b[^,;]{0,30}, )?(?:(?-i:the) )?"
    r"(?-i:[A-Z][\w.’-]*)(?: (?-i:[A-Z][\w.’-]*)){0,5} and (?:(?:his|her|their) )?$")
_TITLE = re.compile(r"\b(?-i:Minister|President|Secretary|Chancellor|Premier|Taoiseach)\b")


def own_first(s: Sentence, start: int, first: Ent) -> bool:
    """Whether the clause opens with the issuer's official, by bare title and name,
    coordinated with the foreign traveller at ``first`` (see the module's docstring)."""
    head = s.text[start:first.start]
    return bool(_OWN_FIRST.fullmatch(head)) and bool(_TITLE.search(head))
