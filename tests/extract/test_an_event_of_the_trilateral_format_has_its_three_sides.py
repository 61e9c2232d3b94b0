"""An agreement or meeting told by the format's own adjective ("our trilateral
cooperation with the agreements signed", "the trilateral agreements signed at the
summit", "to attend the trilateral meeting of the foreign ministers held alongside it"),
with no side named in its clause, has the three (or four) sides of that format: the
states named in the sentence when they make up its number, else those of the last such
event told (it was read with one partner only, the first named or the country in
focus). A bilateral event before, or a side named in the clause, keeps its own reading
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _events(text: str, issuer: str, date: str = "2022") -> list[tuple]:
    return records(text, issuer, {"meeting", "agreement"}, date=date)


def _sides(got: list[tuple], kind: str) -> list[set]:
    return [set(r[2]) for r in got if r[0] == kind]


@pytest.mark.parametrize("text, issuer, others", [
    ("The Greece-Cyprus-Egypt Trilateral Summit was held in Athens on 19 October. Our "
     "trilateral cooperation was strengthened with the agreements signed on energy and "
     "tourism.", "GRC", {"CYP", "EGY"}),
    ("The Greece-Cyprus-Egypt Trilateral Summit was held in Athens on 19 October. The "
     "Minister said that the agreements signed on energy and tourism would deepen our "
     "trilateral cooperation.", "GRC", {"CYP", "EGY"}),
    ("The Minister said that we concluded the Greece-Cyprus-Egypt Trilateral Summit in "
     "Athens on 19 October with a joint declaration and that we would deepen our "
     "trilateral partnership with the agreements signed on energy and tourism.", "GRC",
     {"CYP", "EGY"}),
    ("On 12 May, the Summit of Heads of State of Kazakhstan-Uzbekistan-Kyrgyzstan was "
     "held in Cholpon-Ata. The trilateral agreements signed at the summit cover water and "
     "energy.", "KAZ", {"UZB", "KGZ"}),
    ("The Trilateral Meeting of Foreign Ministers of Azerbaijan-Turkey-Georgia was held "
     "in Baku on 3 June. We will advance our trilateral cooperation with the agreements "
     "signed on transport.", "AZE", {"TUR", "GEO"}),
])
def test_the_agreements_of_the_format_have_its_sides(text: str, issuer: str,
                                                     others: set) -> None:
    assert _sides(_events(text, issuer), "agreement") == [others]


def test_the_format_meeting_beside_a_summit_has_its_sides() -> None:
    text = ("Minister Bayramov travelled to Georgia on 2-3 June for the Summit of Heads of "
            "State of Azerbaijan-Turkey-Georgia and for the trilateral meeting of the "
            "foreign ministers organised alongside it.")
    assert _sides(_events(text, "AZE"), "meeting") == [{"GEO", "TUR"}]


@pytest.mark.parametrize("text, issuer, expected", [
    # a bilateral meeting before: no format of three to refer to
    ("The Minister met the Foreign Minister of Georgia in Baku on 3 June. The trilateral "
     "agreement on transport was signed there.", "AZE", [{"GEO"}]),
    # the group named by its number still reads as before
    ("The Greece-Cyprus-Egypt Trilateral Summit was held in Athens on 19 October. The "
     "three leaders signed an agreement on energy.", "GRC", [{"CYP", "EGY"}]),
])
def test_near_misses_keep_their_reading(text: str, issuer: str, expected: list) -> None:
    assert _sides(_events(text, issuer), "agreement") == expected
