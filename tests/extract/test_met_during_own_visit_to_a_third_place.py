"""The one met "during his visit" to a third place is not the traveller: "Foreign
Secretary A met with the Peruvian Foreign Minister during her trip to the UN General
Assembly" is the issuer's trip (the possessive is the subject's), with the meeting held
on it. A visit to the issuer's own country ("met the Peruvian Minister during his visit
to London") stays the guest's, and one to the country of the one met stays the
issuer's (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, host", [
    ("Foreign Secretary Anna Bell met with Peruvian Foreign Minister Luis Soto during her "
     "visit to the UNGA high-level week.", ()),
    ("The Foreign Secretary held talks with the Foreign Minister of Peru during his visit "
     "to Geneva.", ("CHE",)),
    ("Minister of State Tom Reed had a meeting with Chile's Deputy Foreign Minister during "
     "his official visit to Vienna.", ("AUT",)),
    ("In the course of her trip to Brussels, the Foreign Secretary met the Foreign "
     "Minister of Peru.", ("BEL",)),
    ("The Foreign Secretary spoke with the Peruvian Foreign Minister while on her trip to "
     "Oslo.", ("NOR",)),
])
def test_the_subject_travelled(ex, text, host):
    got = ex(text, issuer="GBR", date="2023-09-20", types=["visit"])
    assert got == [("visit", ("GBR",), host, "2023-09-20")]


@pytest.mark.parametrize("text, visit", [
    # a visit to the issuer: the guest's
    ("The Foreign Secretary met the Peruvian Foreign Minister during his visit to London.",
     ("visit", ("PER",), ("GBR",), "2023-09-20")),
    # a visit to the country of the one met: the issuer's there
    ("The Foreign Secretary met the Peruvian Foreign Minister during her visit to Lima.",
     ("visit", ("GBR",), ("PER",), "2023-09-20")),
])
def test_other_readings_stay(ex, text, visit):
    assert ex(text, issuer="GBR", date="2023-09-20", types=["visit"]) == [visit]
