"""A visit to a body that sits in session ("during his trip to the UN General
Assembly", "on her visit to the OSCE Ministerial Council in Lodz") is also taking part
in the session: a multilateral record beside the visit, as "travelled to New York for
the UN General Assembly" gives. A visit to an organisation itself ("visited NATO
headquarters", "a visit to the Council of Europe") is a visit alone (sentences of our
own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, org", [
    ("During her trip to the United Nations General Assembly, the Minister met the "
     "Foreign Minister of Peru.", "UNGA"),
    ("On his visit to the OSCE Ministerial Council in Lodz, the Minister met the Foreign "
     "Minister of Peru.", "OSCE MC"),
    ("Foreign Secretary Anna Bell met with Peruvian Foreign Minister Luis Soto during her "
     "visit to the United Nations General Assembly.", "UNGA"),
    ("The State Secretary paid a visit to the UN Human Rights Council in Geneva.", "UNHRC"),
])
def test_the_session_is_attended(text, org):
    from communique.extract import extract_text

    recs = extract_text(text, issuer="GBR", date="2023-09-20").records
    multi = [(r.from_, r.organizations, r.date.start) for r in recs
             if r.type == "multilateral"]
    assert multi == [(["GBR"], [org], "2023-09-20")]
    assert any(r.type == "visit" and r.organizations == [org] for r in recs)


@pytest.mark.parametrize("text", [
    "The Minister visited NATO headquarters in Brussels.",
    "The Minister paid a visit to the Council of Europe in Strasbourg.",
    "The Minister paid a visit to the OSCE Secretariat in Vienna.",
])
def test_an_organisation_visited_is_no_session(ex, text):
    assert ex(text, issuer="GBR", date="2023-09-20", types=["multilateral"]) == []


def test_one_session_when_told_already(ex):
    text = ("The Minister travelled to New York for the UN General Assembly. During her "
            "visit to the UN General Assembly, she met the Foreign Minister of Peru.")
    assert ex(text, issuer="GBR", date="2023-09-20", types=["multilateral"]) == [
        ("multilateral", ("GBR",), (), "2023-09-20")]
