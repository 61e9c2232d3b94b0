"""A standing body named again by its bare noun ("the last session of the
Council, held in Warsaw in March 2023") is a session of the body named in full
before, even when that one was only planned ("the next session of the
Polish-Kenyan Business Council will be held ..."); with no body named in full, the
bare noun is no session (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = "Warsaw, 5 March 2025\n\n"


def _sessions(text: str) -> list[tuple[str, str]]:
    recs = extract_text(HEAD + text, issuer="POL", date="2025-03-05").records
    return sorted((r.to[0] if r.to else "", r.date.start or "") for r in recs
                  if r.type == "commission")


@pytest.mark.parametrize(("text", "want"), [
    ("Today the Minister and her Kenyan counterpart reviewed the preparations for the next "
     "session of the Polish-Kenyan Business Council, which will be held in Nairobi in the autumn. "
     "The Minister recalled that the last session of the Council, held in Warsaw in March "
     "2023, had opened new markets.", [("KEN", "2023-03")]),
    ("Today the Minister and her Peruvian counterpart discussed the agenda of the "
     "Intergovernmental Commission, whose next session will take place in Lima. The "
     "previous session of the Commission was held in Warsaw in May 2022.",
     [("PER", "2022-05")]),
])
def test_the_bare_body_is_the_one_named_in_full(text, want):
    assert _sessions(text) == want


@pytest.mark.parametrize("text", [
    "Today the Minister met her Kenyan counterpart. The last session of the Council, held "
    "in Warsaw in March 2023, had opened new markets.",
    "Today the Minister met her Peruvian counterpart. The previous session of the Commission "
    "was held in Warsaw in May 2022.",
])
def test_no_session_of_a_body_never_named_in_full(text):
    assert _sessions(text) == []
