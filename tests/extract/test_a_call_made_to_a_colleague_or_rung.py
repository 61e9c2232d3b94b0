"""A call told by the plain verb with the counterpart as its object: "called his
Turkish colleague", "rang her Polish counterpart", "rang the Prime Minister of Sweden".
"Called" that names or urges ("called the decision historic", "called his counterparts
to action"), "so-called" and a bell that rang are no call (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize("text, expected", [
    ("The Minister called his Turkish colleague to discuss the grain corridor.",
     event("call", "NOR", "TUR", "2024-05-10")),
    ("On Thursday the Foreign Minister called her Polish colleague.",
     event("call", "NOR", "POL", "2024-05-09")),
    ("The Foreign Minister rang his Turkish counterpart on 9 May to discuss Gaza.",
     event("call", "NOR", "TUR", "2024-05-09")),
    ("Minister Eide rang the Prime Minister of Sweden on 9 May.",
     event("call", "NOR", "SWE", "2024-05-09")),
    ("The State Secretary rang her Danish colleagues on 9 May about the summit.",
     event("call", "NOR", "DNK", "2024-05-09")),
])
def test_a_colleague_called_or_rung_is_a_call(text: str, expected: tuple) -> None:
    assert records(text, "NOR", CORE, date="2024-05-10") == [expected]


@pytest.mark.parametrize("text", [
    "The bell rang as the President of Finland entered the hall.",
    "The Minister called the President's decision historic.",
    "The so-called Foreign Minister of the separatists spoke to reporters.",
    "The Minister called his counterparts to action on climate at the summit.",
])
def test_called_that_names_or_urges_is_no_call(text: str) -> None:
    assert [r for r in records(text, "NOR", CORE, date="2024-05-10") if r[0] == "call"] == []
