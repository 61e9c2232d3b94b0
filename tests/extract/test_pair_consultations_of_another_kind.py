"""Consultations named by the two sides' pair and a kind the list did not know
("Latvian-Estonian interdepartmental consultations", "inter-agency consultations"),
hosted or held; the kind alone, with no pair, is a government's own work (texts of our
own)."""

from __future__ import annotations

import pytest

from .probe_support import event, probe, records

_CASES = [
    probe(("On June 1, our ministry's policy planning unit welcomed "
           "Latvian-Finnish interdepartmental consultations on trade.", "LVA"),
          (event("consultation", "LVA", "FIN", "2023-06-01"),)),
    probe(("On 5 May, Riga hosted Latvian-Estonian inter-agency consultations on "
           "migration.", "LVA"), (event("consultation", "LVA", "EST", "2023-05-05"),)),
    probe(("The Ministry hosted Kazakh-Uzbek interagency consultations on 7 April.", "KAZ"),
          (event("consultation", "KAZ", "UZB", "2023-04-07"),)),
    probe(("On 3 March Vilnius hosted Lithuanian-Polish inter-departmental consultations.",
           "LTU"), (event("consultation", "LTU", "POL", "2023-03-03"),)),
    probe(("On 8 March the Ministry held interdepartmental consultations on the draft "
           "budget.", "LVA"), ()),
]


@pytest.mark.parametrize("text,issuer,expected", _CASES)
def test_pair_consultations(text: str, issuer: str, expected: list[tuple]) -> None:
    assert records(text, issuer, {"consultation"}, date="2023-07-11") == expected
