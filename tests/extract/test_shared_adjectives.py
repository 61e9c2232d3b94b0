"""An adjective two countries share ("Congolese", "Dominican") stands for the one
of them the document names, by name or by a city; naming both, or neither, leaves
it standing for no country (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,code", [
    ("The Minister travelled to Kinshasa on Monday. The talks covered our support for the "
     "mediation of Qatar. The minister then held talks with his Congolese counterpart.", "COD"),
    ("The Minister visited Brazzaville on Monday and held talks with his Congolese "
     "counterpart.", "COG"),
    ("On Monday the Minister met her Congolese colleague in Oslo. Norway and the Democratic "
     "Republic of the Congo signed a fisheries protocol last year.", "COD"),
    ("The Minister arrived in Santo Domingo on Monday and met the Dominican Foreign "
     "Minister.", "DOM"),
])
def test_a_shared_adjective_is_the_country_the_document_names(ex, text, code):
    recs = ex(text, issuer="NOR", date="2025-04-08", types={"meeting"})
    assert recs == [("meeting", ("NOR",), (code,), "2025-04-07")]


@pytest.mark.parametrize("text", [
    # both candidates named: no guess
    "The Minister toured Brazzaville and Kinshasa last month. On Monday in Oslo she met her "
    "Congolese counterpart.",
    # neither named
    "On Monday in Oslo the Minister met her Congolese counterpart.",
])
def test_a_shared_adjective_the_document_does_not_decide_is_no_country(ex, text):
    recs = ex(text, issuer="NOR", date="2025-04-08", types={"meeting"})
    assert all(c not in ("COD", "COG") for r in recs for c in r[2])


def test_a_resolved_adjective_that_names_no_official_is_no_counterpart(ex):
    text = ("The Minister welcomed the Congolese community in Oslo on Monday. She had visited "
            "the Democratic Republic of the Congo in March.")
    recs = ex(text, issuer="NOR", date="2025-04-08", types={"meeting"})
    assert recs == []
