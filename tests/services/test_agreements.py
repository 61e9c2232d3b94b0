"""Agreements over their life: steps, state, filters, sync from events."""

from __future__ import annotations

import pytest

from communique.errors import NotFound, UsageError
from communique.model import DateSpan, Person, Record
from communique.services.agreements import (
    Step,
    add_agreement,
    add_step,
    get_agreement,
    list_agreements,
    state_of,
    sync_agreements,
)
from communique.services.review import add_event


def test_state_follows_the_steps_of_each_party():
    parties = ["GEO", "ARM"]
    signed = [Step("signed", None, "2022-01-10")]
    assert state_of(parties, signed) == ("signed", ["GEO", "ARM"])
    one = signed + [Step("ratified", "GEO", "2022-03-01")]
    assert state_of(parties, one) == ("signed", ["ARM"])
    both = one + [Step("approved", "ARM", "2022-04-01")]
    assert state_of(parties, both) == ("ratified", [])
    assert state_of(parties, both + [Step("in_force", None, "2022-05-01")])[0] == "in_force"
    assert state_of(parties, signed + [Step("ended", None, "2030")])[0] == "ended"


def test_an_agreement_is_signed_then_ratified_by_each_party(registry):
    aid = add_agreement(registry, title="Air services agreement", parties=["geo", "ARM"],
                        signed_date="2022-01-10", place_city="Yerevan",
                        signatories=[Person("A. Minister", "foreign_minister", "GEO")],
                        user="ana")
    assert get_agreement(registry, aid).state == "signed"
    view = add_step(registry, aid, "ratified", party="GEO", date="2022-03-01", user="ana")
    assert (view.state, view.pending) == ("signed", ["ARM"])
    view = add_step(registry, aid, "ratified", party="ARM", date="2022-04-02", user="ana")
    assert view.state == "ratified"
    add_step(registry, aid, "in_force", date="2022-05-01", user="ana")
    shown = get_agreement(registry, aid)
    assert shown.state == "in_force" and [s.action for s in shown.steps] == [
        "signed", "ratified", "ratified", "in_force"]
    assert shown.signatories[0].name == "A. Minister"


def test_steps_are_checked(registry):
    aid = add_agreement(registry, title="Memorandum", parties=["GEO", "ARM"],
                        signed_date="2022-01-10", user="ana")
    with pytest.raises(UsageError, match="not a party"):
        add_step(registry, aid, "ratified", party="TUR")
    with pytest.raises(UsageError, match="unknown step"):
        add_step(registry, aid, "vetoed")
    with pytest.raises(NotFound, match="agreements list"):
        add_step(registry, 999, "ratified")


def test_list_filters_by_state_party_and_period(registry):
    a = add_agreement(registry, title="A", parties=["GEO", "ARM"], signed_date="2021-05-01")
    add_agreement(registry, title="B", parties=["GEO", "TUR"], signed_date="2022-02-01")
    add_step(registry, a, "in_force", date="2021-09-01")
    assert [x.title for x in list_agreements(registry, states=["in_force"])] == ["A"]
    assert [x.title for x in list_agreements(registry, party="tur")] == ["B"]
    assert [x.title for x in list_agreements(registry, from_date="2022")] == ["B"]
    with pytest.raises(UsageError, match="unknown state"):
        list_agreements(registry, states=["valid"])


def test_sync_links_each_signing_to_its_visit(registry):
    add_event(registry, Record(type="meeting", date=DateSpan("2022"), from_=["GEO"],
                               to=["ARM"]), user="ana")  # too vague to be the occasion
    visit = add_event(registry, Record(type="visit", date=DateSpan("2022-06-14", "2022-06-15"),
                                       from_=["GEO"], to=["ARM"]), user="ana")
    signing = add_event(registry, Record(type="agreement", date=DateSpan("2022-06-15"),
                                         from_=["GEO"], to=["ARM"], title="Customs protocol"),
                        user="ana")
    assert sync_agreements(registry, user="ana") == 1
    assert sync_agreements(registry, user="ana") == 0
    (got,) = list_agreements(registry)
    assert (got.event_id, got.occasion_event_id, got.title) == (signing, visit,
                                                                "Customs protocol")
    assert got.parties == ["GEO", "ARM"] and got.state == "signed"
