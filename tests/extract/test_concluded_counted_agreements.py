"""Agreements concluded and counted ("A and B concluded more than two dozen bilateral
agreements", "concluded some 30 agreements with B"): the count between the verb and
the documents does not hide the signing, one agreement with the partner as when they
are "signed" (sentences of our own). "concluded that" (a finding) and documents
concluded before are no signing."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Lisbon, 20 December 2025\n\n"


def _agreements(text: str) -> list[tuple]:
    return [r[:3] for r in records(_HEAD + text, "PRT", {"agreement"}, date="2025")]


@pytest.mark.parametrize("text", [
    "Portugal and Chile concluded more than two dozen bilateral agreements.",
    "This year Portugal concluded more than two dozen bilateral agreements with Chile.",
    "Portugal and Chile concluded some 30 agreements, including a treaty on trade.",
    "In March Portugal concluded three dozen new agreements with Chile.",
    "Portugal and Chile concluded a dozen treaties on investment.",
])
def test_the_counted_agreements_are_signed(text: str) -> None:
    assert _agreements(text) == [("agreement", ("PRT",), ("CHL",))]


@pytest.mark.parametrize("text", [
    "The Minister concluded that two dozen agreements with Chile were still pending.",
    "The previously concluded two dozen agreements with Chile remain in force.",
])
def test_a_finding_or_an_old_count_is_no_signing(text: str) -> None:
    assert _agreements(text) == []
