"""A line that ends with a colon but tells its verb ("The following three agreements
were signed during the visit:", "Among the documents signed were the following:") leads
in to a list: a sentence with its events, not a heading; a bare label before a list
("Agreements signed:", "Participants:") stays a heading (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_HEAD = "Rome, 3 March 2023\n\nThe Foreign Minister met his Italian counterpart today in Rome.\n\n"
_LIST = "\n\n1. Memorandum on cultural cooperation\n\n2. Agreement on visa exemption"


def _agreements(text: str) -> list[tuple[list[str], str | None]]:
    recs = extract_text(text, issuer="CHL", date="2023").records
    return [(r.to, r.date.start) for r in recs if r.type == "agreement"]


@pytest.mark.parametrize("lead", [
    "The following two agreements were signed during the visit:",
    "Two instruments were signed on this occasion, as listed below:",
    "The two ministers signed three documents, which are listed below:",
    "Agreements have been signed in the following areas:",
])
def test_lead_in_tells_the_signing(lead: str) -> None:
    assert _agreements(_HEAD + lead + _LIST) == [(["ITA"], "2023-03-03")]


@pytest.mark.parametrize("label", ["Agreements signed:", "Documents:", "Participants:"])
def test_bare_label_is_a_heading(label: str) -> None:
    assert _agreements(_HEAD + label + _LIST) == []
