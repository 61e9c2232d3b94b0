"""Two officials as one subject of a verb of what they said together ("Minister A and
Norwegian Foreign Minister B stressed ...", "the Minister of Foreign Affairs of Norway,
C, and State Secretary D reaffirmed ..."): the trigger is read for the country the
other official's title names. When every title names the issuer's own country, both
are of one side, and what they stressed ("ties with Brazil") or the country the text
is about is no partner. A counterpart or colleague with no country ("Minister A and
his counterpart stressed ...") is still read from the text's focus."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["one_side_said"]

#: the trigger of a joint verb (see the block of round fourteen, rulesEH, in
#: ``triggers.toml``): it ends with the verb
_JOINT_END = re.compile(r"\b(?:reaffirmed|reiterated|underlined|underscored|stressed|agreed|"
                        r"highlighted|emphasi[sz]ed)$")
_COUNTERPART = re.compile(r"\b(?:counterparts?|colleagues?)\b", re.I)


def one_side_said(trigger_text: str, codes: Sequence[str], issuer: str | None) -> bool:
    """Whether a joint-verb meeting trigger names officials of the issuer alone."""
    return bool(_JOINT_END.search(trigger_text)) and not _COUNTERPART.search(trigger_text) \
        and len(trigger_text.split()) > 2 and all(c == issuer for c in codes)
