"""Plausibility flags: each rule on records and sentences written for the test."""

from __future__ import annotations

from communique.model import DateSpan, Person, Place, Record, Source
from communique.services.ingest import ingest_documents
from communique.services.persons import add_person
from communique.services.plausibility import plausibility_flags
from communique.services.query import list_events
from communique.services.review import add_event


def _add(registry, typ, start, frm, to, *, sentence=None, place=None, persons=(), orgs=()):
    src = Source("desk.txt", 0, len(sentence), sentence) if sentence else None
    return add_event(registry, Record(id="r", type=typ, date=DateSpan(start), from_=frm, to=to,
                                      organizations=list(orgs), persons=list(persons),
                                      place=place, source=src),
                     status="candidate", user="t")


def _kinds(registry, event_id):
    return [f.kind for f in plausibility_flags(registry, [event_id]).get(event_id, [])]


def test_aid_to_a_country_named_as_an_adversary_is_flagged(registry):
    eid = _add(registry, "aid", "2022-04-02", ["LTU"], ["BLR"],
               sentence="The ministers spoke of humanitarian needs and of holding Belarus "
                        "to account for the crisis on the border.")
    (flag,) = plausibility_flags(registry, [eid])[eid]
    assert flag.kind == "adversary" and "Belarus" in flag.reason
    assert "holding Belarus to account" in flag.reason


def test_a_joint_commission_with_a_country_named_only_as_a_topic_is_flagged(registry):
    eid = _add(registry, "commission", "2022-04-02", ["NOR"], ["ISL", "SYR"],
               sentence="The joint commission of Norway and Iceland met and discussed the "
                        "situation in Syria.")
    flags = plausibility_flags(registry, [eid])[eid]
    assert [(f.kind, "Syria" in f.reason) for f in flags] == [("topic", True)]


def test_a_real_delivery_of_aid_is_not_flagged(registry):
    eid = _add(registry, "aid", "2022-04-02", ["LTU"], ["UKR"],
               sentence="Lithuania sent forty tonnes of medicines to Ukraine today.")
    assert _kinds(registry, eid) == []


def test_a_place_in_a_third_country_with_no_trip_there_is_flagged(registry):
    eid = _add(registry, "agreement", "2022-05-10", ["PER"], ["CHL"],
               place=Place("ARG", "Buenos Aires"))
    assert _kinds(registry, eid) == ["third-country"]


def test_a_third_country_place_is_plausible_during_a_summit_there(registry):
    _add(registry, "multilateral", "2022-05-10", ["PER"], [], orgs=["OAS"],
         place=Place("ARG", "Buenos Aires"))
    eid = _add(registry, "agreement", "2022-05-10", ["PER"], ["CHL"],
               place=Place("ARG", "Buenos Aires"))
    assert _kinds(registry, eid) == []


def test_a_person_given_another_country_than_their_office_is_flagged(registry):
    add_person(registry, "Ana Example", role="head_of_state", country="CHL", start="2020-01-01")
    eid = _add(registry, "visit", "2022-05-10", ["PER"], ["CHL"],
               persons=[Person("Ana Example", "head_of_state", "PER")])
    # the registry knows her office: the record takes its country when stored
    view = list_events(registry)[0]
    assert [p.country for p in view.record.persons] == ["CHL"]
    assert _kinds(registry, eid) == []


def test_other_events_outvoting_a_persons_country_flag_it(registry):
    for day in ("2022-05-10", "2022-06-10"):
        _add(registry, "meeting", day, ["PER"], ["CHL"],
             persons=[Person("Ana Example", "head_of_state", "CHL")])
    eid = _add(registry, "visit", "2022-07-10", ["PER"], ["CHL"],
               persons=[Person("Ana Example", "head_of_state", "PER")])
    (flag,) = plausibility_flags(registry, [eid])[eid]
    assert flag.kind == "person-country" and "head of state of Peru" in flag.reason
    assert "head of state of Chile" in flag.reason


def test_a_date_far_from_the_documents_date_is_flagged(registry, make_doc, extractor):
    ingest_documents([make_doc("a.txt", "resolution 2008-04-03 > NATO", "visit 2023-07-11 GEO>LTU",
                               "resolution 2024 > OSCE")],
                     registry=registry, date="2023-07-12", extractor=extractor)
    kinds = {v.record.date.start: _kinds(registry, v.id) for v in list_events(registry)}
    assert kinds == {"2008-04-03": ["far-date"], "2023-07-11": [], "2024": ["far-date"]}


def test_two_holders_of_one_chair_at_once_are_flagged(registry):
    a = _add(registry, "chairmanship", "2023-01-01", ["GEO"], [], orgs=["GUAM"])
    b = _add(registry, "chairmanship", "2023-09-20", ["MDA"], [], orgs=["GUAM"])
    c = _add(registry, "chairmanship", "2024-01-01", ["MDA"], [], orgs=["GUAM"])
    assert _kinds(registry, a) == ["two-chairs"] and _kinds(registry, b) == ["two-chairs"]
    assert _kinds(registry, c) == []
