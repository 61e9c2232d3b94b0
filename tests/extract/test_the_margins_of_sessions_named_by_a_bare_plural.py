""""On the margins of conferences", "on the sidelines of international meetings": sessions
named by a bare plural, none of them in particular, are no session taken part in (the
meeting told there is still read). A session named with its article ("on the margins of
the UN General Assembly", "on the fringes of the summits in Brussels") is still one
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_TYPES = frozenset({"meeting", "multilateral"})


@pytest.mark.parametrize("text, issuer, expected", [
    ("The two ministers, who so far had seen each other only on the margins of conferences, "
     "held talks in Bern on 3 May.", "CHE", []),
    ("The Minister has often met her Chilean counterpart on the sidelines of international "
     "meetings.", "AUT", [("meeting", ("AUT",), ("CHL",), "2019")]),
    ("On the margins of multilateral gatherings, the State Secretary spoke with colleagues "
     "from Asia.", "NOR", []),
    ("In the margins of various summits the Prime Minister has met the Chancellor of "
     "Austria.", "FIN", [("meeting", ("FIN",), ("AUT",), "2019")]),
])
def test_a_bare_plural_of_sessions_is_no_session(text: str, issuer: str,
                                                  expected: list) -> None:
    assert records(text, issuer, _TYPES, date="2019") == expected


@pytest.mark.parametrize("text, issuer, expected", [
    ("On the margins of the UN General Assembly, the Minister met the Foreign Minister of "
     "Chile on 24 September.", "DNK",
     [("meeting", ("DNK",), ("CHL",), "2019-09-24"), ("multilateral", ("DNK",), (),
                                                       "2019-09-24")]),
    ("On the sidelines of the conference in Munich on 15 February, the Minister met the "
     "Foreign Minister of Chile.", "SWE",
     [("meeting", ("SWE",), ("CHL",), "2019-02-15"), ("multilateral", ("SWE",), (),
                                                       "2019-02-15")]),
    ("On the fringes of the summits in Brussels, the Prime Minister met the Chancellor of "
     "Austria on 3 May.", "FIN",
     [("meeting", ("FIN",), ("AUT",), "2019-05-03"), ("multilateral", ("FIN",), (),
                                                       "2019-05-03")]),
])
def test_a_session_named_with_its_article_is_still_one(text: str, issuer: str,
                                                        expected: list) -> None:
    assert records(text, issuer, _TYPES, date="2019") == expected
