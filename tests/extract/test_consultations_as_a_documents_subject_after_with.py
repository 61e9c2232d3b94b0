"""Consultations named as the subject of documents signed "with" their
counterparts, after the persons listed ("signed Memoranda of Understanding with
Madam A, the Foreign Minister of X; Mr B of Y, on political consultations"), are
the documents' topic, as they are after "between" the parties: agreements, no
consultation held. Consultations held in such a sentence are still held (texts of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, partners", [
    ("The Minister signed Memoranda of Understanding with Madam Rosa Vega, the Foreign "
     "Minister of Chile; Mr Ivan Petrov of Bulgaria, on political consultations.",
     ["BGR", "CHL"]),
    ("On 5 May the Cabinet Secretary signed an agreement with her Peruvian counterpart "
     "on regular consultations.", ["PER"]),
    ("A protocol with the Foreign Ministry of Angola for annual consultations was signed "
     "by the two ministers.", ["AGO"]),
    ("The Minister signed an MoU with Mr Tomas Berg of Sweden; and Dr Ali Hassan of "
     "Jordan, concerning bilateral consultations.", ["JOR", "SWE"]),
])
def test_the_documents_subject_after_with_is_no_consultation(ex, text, partners):
    got = ex(text, issuer="KEN", date="2023-05-05")
    assert not [r for r in got if r[0] == "consultation"]
    assert sorted({to for t, _f, tos, _d in got if t == "agreement" for to in tos}) == partners


@pytest.mark.parametrize("text, partner", [
    ("The Minister held political consultations with the Deputy Foreign Minister of "
     "Chile on 5 May.", "CHL"),
    ("Having signed a memorandum with Chile, the Secretary held consultations with the "
     "Vice Minister of Peru on regional issues.", "PER"),
])
def test_consultations_held_are_still_held(ex, text, partner):
    got = ex(text, issuer="KEN", date="2023-05-05")
    assert any(r[0] == "consultation" and partner in r[2] for r in got)
