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


FULL = ("The Ministry announces that the Second Session of the Poland-Kenya Joint Commission "
        "on Trade ended in Warsaw yesterday. ")


@pytest.mark.parametrize(("text", "want"), [
    (FULL + "The Session opened on Monday with a meeting of experts.",
     [("KEN", "2025-03-03"), ("KEN", "2025-03-04")]),
    (FULL + "The Session began on Monday and was co-chaired by the two ministers.",
     [("KEN", "2025-03-03"), ("KEN", "2025-03-04")]),
])
def test_the_session_opening_is_the_bodys_session(text, want):
    assert _sessions(text) == want


@pytest.mark.parametrize("text", [
    # no body named in full: the session of what?
    "The Minister met her Kenyan counterpart on Tuesday. The Session opened on Monday with a "
    "meeting of experts.",
    # the session's own name follows: not the bare noun
    "The Minister met her Kenyan counterpart on Tuesday. The Session of the Assembly opened "
    "on Monday.",
])
def test_no_session_opening_without_the_body(text):
    assert _sessions(text) == []
