"""One document signed by several sides named together as the subject, the
issuer's among them, is one agreement with all the others as counterparts, not a
bilateral agreement with each; agreements signed "with" several countries stay
one per counterpart (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "issuer", "to"), [
    ("The prime ministers of Norway, Sweden and Finland signed a joint statement on "
     "Arctic research in Tromso on 4 May.", "NOR", ("FIN", "SWE")),
    ("On 12 June the foreign ministers of Chile, Peru and Colombia signed a declaration "
     "on the protection of the ocean.", "PER", ("CHL", "COL")),
    ("Ghana, Togo, Benin and Nigeria have signed a memorandum on coastal security, the "
     "ministry said on 3 March.", "GHA", ("BEN", "NGA", "TGO")),
    ("The heads of diplomacy of Hungary, Slovakia and Czechia on Friday signed the "
     "trilateral protocol on railway links.", "SVK", ("CZE", "HUN")),
])
def test_one_document_of_all_the_sides(ex, text, issuer, to):
    got = ex(text, issuer=issuer, types=["agreement"])
    assert [sorted(g[2]) for g in got] == [list(to)]


def test_agreements_signed_with_several_countries_stay_one_each(ex):
    got = ex("On 8 April Minister Kallas signed agreements with Latvia, Lithuania and "
             "Finland.", issuer="EST", types=["agreement"])
    assert sorted(g[2] for g in got) == [("FIN",), ("LTU",), ("LVA",)]


def test_documents_in_the_plural_are_not_one(ex):
    got = ex("Estonia, Latvia and Finland signed several memoranda on energy on 8 April.",
             issuer="EST", types=["agreement"])
    assert len(got) != 1 or len(got[0][2]) != 2


@pytest.mark.parametrize(("text", "issuer", "to"), [
    ("A joint statement on Arctic research was signed by the prime ministers of Norway, "
     "Sweden and Finland on 4 May.", "NOR", ("FIN", "SWE")),
    ("The declaration on ocean protection has been signed by Chile, Peru and Colombia.",
     "PER", ("CHL", "COL")),
    ("On 3 May, a memorandum on fisheries was signed by the ministers of Chile, Peru and "
     "Ecuador.", "PER", ("CHL", "ECU")),
])
def test_one_document_in_the_passive(ex, text, issuer, to):
    got = ex(text, issuer=issuer, types=["agreement"])
    assert [sorted(g[2]) for g in got] == [list(to)]


@pytest.mark.parametrize("text", [
    "Agreements were signed by Chile, Peru and Colombia on 3 May.",
    "A memorandum was signed by the ambassadors of Chile, Peru and Ecuador.",
])
def test_documents_or_envoys_in_the_passive_are_not_one(ex, text):
    got = ex(text, issuer="PER", types=["agreement"])
    assert len(got) != 1 or len(got[0][2]) != 2
