"""Aid activities in the registry: add, list, show, import, sync, IATI export."""

from __future__ import annotations

import json

import pytest

from communique.aid import Aid, aid_from_record, validate_iati
from communique.errors import ImportValidationError, NotFound, UsageError
from communique.model import DateSpan, Quantity, Record, Source
from communique.services.aid import (
    AidFilter,
    add_aid,
    export_iati,
    get_aid,
    import_aid,
    list_aid,
    sync_aid,
)
from communique.services.review import add_event


def _aid(**kw):
    base = dict(title="Medical kits", donor="KAZ", recipients=["KGZ"], modality="in_kind",
                status="disbursed", date=DateSpan("2022-03-10"))
    return Aid(**{**base, **kw})


def test_an_added_activity_is_listed_and_shown(registry):
    first = add_aid(registry, _aid(measures=[Quantity(500, "exactly", "items")]), user="ana")
    add_aid(registry, _aid(title="Grant", recipients=["TJK", "UNDP"], modality="cash",
                           amount=200000, currency="usd", status="pledged",
                           date=DateSpan("2020")), user="ana")
    shown = get_aid(registry, first)
    assert shown.measures == [Quantity(500, "exactly", "items")] and shown.id == first
    assert [a.title for a in list_aid(registry)] == ["Grant", "Medical kits"]
    assert [a.title for a in list_aid(registry, AidFilter(recipients=["undp"]))] == ["Grant"]
    assert [a.currency for a in list_aid(registry, AidFilter(statuses=["pledged"]))] == ["USD"]
    assert [a.title for a in list_aid(registry, AidFilter(from_date="2021"))] == ["Medical kits"]
    with pytest.raises(NotFound, match="aid list"):
        get_aid(registry, 999)


def test_a_bad_activity_is_refused_with_what_to_fix(registry):
    with pytest.raises(UsageError, match="modality"):
        add_aid(registry, _aid(modality="loan"))
    with pytest.raises(UsageError, match="currency"):
        add_aid(registry, _aid(amount=5))
    assert list_aid(registry) == []


def test_import_is_all_or_nothing_with_line_numbers(registry, tmp_path):
    bad = tmp_path / "aid.jsonl"
    good_row = _aid().to_dict()
    bad.write_text(json.dumps(good_row) + "\n" + json.dumps({**good_row, "recipients": []})
                   + "\n" + json.dumps({**good_row, "status": "sent"}) + "\n",
                   encoding="utf-8")
    with pytest.raises(ImportValidationError) as err:
        import_aid(registry, bad, user="ana")
    assert [n for n, _ in err.value.problems] == [2, 3]
    assert list_aid(registry) == []
    csv_file = tmp_path / "aid.csv"
    csv_file.write_text("title,donor,recipients,modality,status,amount,currency,date_start,"
                        "measures\nFlour,KAZ,afg;WFP,in_kind,disbursed,,,2022-01,"
                        "300 tonnes\n", encoding="utf-8")
    assert import_aid(registry, csv_file, user="ana") == 1
    (got,) = list_aid(registry)
    assert got.recipients == ["AFG", "WFP"] and got.measures == [
        Quantity(300, "exactly", "tonnes")]


def test_an_aid_record_becomes_an_activity_with_modality_status_and_amount():
    text = "Kazakhstan delivered 40,000 doses of vaccine worth USD 1 million to Kyrgyzstan."
    rec = Record(type="aid", date=DateSpan("2022-02"), from_=["KAZ"], to=["KGZ"],
                 measures=[Quantity(40000, "exactly", "doses"),
                           Quantity(1000000, "exactly", "USD")],
                 source=Source("d.txt", 0, len(text), text))
    aid = aid_from_record(rec)
    assert (aid.modality, aid.status, aid.amount, aid.currency) == \
        ("vaccines", "disbursed", 1000000, "USD")
    assert aid.measures == [Quantity(40000, "exactly", "doses")]
    pledge = Record(type="aid", from_=["KAZ"], to=["AFG"], source=Source(
        "d.txt", 0, 10, "Kazakhstan pledged financial assistance to Afghanistan."))
    assert aid_from_record(pledge).status == "pledged"
    assert aid_from_record(pledge).modality == "cash"
    assert aid_from_record(Record(type="aid", from_=["KAZ"])) is None


def test_sync_makes_one_activity_per_accepted_aid_event_once(registry):
    event_id = add_event(registry, Record(type="aid", date=DateSpan("2022-05"), from_=["KAZ"],
                                          to=["AFG"], title="Humanitarian cargo"), user="ana")
    add_event(registry, Record(type="aid", date=DateSpan("2022-06"), from_=["KAZ"],
                               to=["TJK"]), user="ana", status="candidate")
    assert sync_aid(registry, user="ana") == 1
    assert sync_aid(registry, user="ana") == 0
    (aid,) = list_aid(registry)
    assert aid.event_id == event_id and aid.recipients == ["AFG"]


def test_the_registry_exports_valid_iati(registry, tmp_path):
    add_aid(registry, _aid(), user="ana")
    add_aid(registry, _aid(title="Grant", modality="cash", amount=10, currency="EUR",
                           recipients=["UNICEF"]), user="ana")
    out = tmp_path / "aid.xml"
    assert export_iati(registry, out) == 2
    assert validate_iati(out.read_bytes()) == []
    assert b"KZ-MFA-AID-1" in out.read_bytes()
