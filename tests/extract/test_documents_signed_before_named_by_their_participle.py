"""Documents named with "signed" before their noun after a determiner, a preposition
or a verb of carrying them out ("to implement signed trade agreements", "the
fulfilment of previously signed protocols") were signed before: no signing that
day. "Signed" as the verb after its subject is still a signing (sentences of our
own)."""

from __future__ import annotations

import pytest

_LEAD = "Foreign Minister Ruiz held talks with her Ecuadorian counterpart in Quito on 3 May. "


@pytest.mark.parametrize("text", [
    "Both ministers undertook to fully implement signed trade agreements.",
    "They stressed the fulfilment of previously signed protocols on fisheries.",
    "The sides will review all already signed memoranda before the next session.",
    "The two foreign ministers agreed to carry out their signed cooperation documents and "
    "to meet again in 2024.",
])
def test_documents_signed_before_are_no_signing(ex, text):
    assert ex(_LEAD + text, issuer="PER", types=["agreement"]) == []


@pytest.mark.parametrize("text", [
    "Peru and Ecuador signed cooperation agreements on fisheries.",
    "The ministers also signed two memoranda on trade.",
])
def test_a_signing_told_by_its_verb_stays(ex, text):
    assert ex(_LEAD + text, issuer="PER", types=["agreement"]) == [
        ("agreement", ("PER",), ("ECU",), "2023-05-03")]
