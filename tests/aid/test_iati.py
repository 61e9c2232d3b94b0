"""The IATI export validates against the vendored 2.03 schema; IATI's own
should-fail examples fail and its should-pass examples pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.aid import Aid, schema_path, to_iati, validate_iati
from communique.model import DateSpan, Quantity

ROOT = Path(__file__).resolve().parents[2]
# ../shared beside the checkout (or beside the folder of worktrees)
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared")
               if p.is_dir()), ROOT.parent / "shared")
EXAMPLES = SHARED / "standards" / "iati-2.03" / "examples"
needs_examples = pytest.mark.skipif(not EXAMPLES.is_dir(), reason=f"no {EXAMPLES}")


def _activities():
    return [
        Aid(id=1, title="Relief flights after the earthquake", donor="GEO",
            recipients=["TUR", "UNICEF"], modality="in_kind", status="disbursed",
            date=DateSpan("2023-02", "2023-03"), channel="Red Cross",
            measures=[Quantity(40, "exactly", "tonnes")]),
        Aid(id=2, title="Contribution to a vaccine fund", donor="GEO", recipients=["WHO"],
            modality="cash", status="pledged", amount=1500000, currency="EUR",
            date=DateSpan("2023"), sector="12250"),
        Aid(id=3, title="Doctors for the clinic", donor="GEO", recipients=["ARM"],
            modality="services", status="committed", amount=250000.5, currency="USD",
            sector="basic health care"),
    ]


def test_the_schema_ships_inside_the_package_with_its_licence():
    folder = Path(str(schema_path())).parent
    assert {"iati-activities-schema.xsd", "iati-common.xsd", "xml.xsd", "LICENSE"} <= \
        {p.name for p in folder.iterdir()}


def test_the_export_validates_against_the_2_03_schema():
    from lxml import etree

    xml = to_iati(_activities())
    assert validate_iati(xml) == []
    root = etree.fromstring(xml)
    assert root.get("version") == "2.03"
    acts = root.findall("iati-activity")
    assert [a.findtext("iati-identifier") for a in acts] == \
        ["GE-MFA-AID-1", "GE-MFA-AID-2", "GE-MFA-AID-3"]
    assert acts[0].find("recipient-country").get("code") == "TR"
    assert acts[1].find("transaction/transaction-type").get("code") == "12"
    assert acts[1].find("transaction/value").text == "1500000"
    assert acts[2].find("activity-status").get("code") == "2"


def test_a_broken_document_is_reported_not_accepted():
    xml = to_iati(_activities()[:1]).replace(b"<title>", b"<titel>").replace(
        b"</title>", b"</titel>")
    assert validate_iati(xml)
    assert validate_iati(b"<iati-activities") != []


@needs_examples
@pytest.mark.parametrize("name", sorted(p.name for p in (EXAMPLES / "should-fail").glob("*.xml"))
                         if EXAMPLES.is_dir() else [])
def test_iati_should_fail_examples_fail(name):
    assert validate_iati((EXAMPLES / "should-fail" / name).read_bytes()) != []


@needs_examples
@pytest.mark.parametrize("name", sorted(p.name for p in (EXAMPLES / "should-pass").glob("*.xml"))
                         if EXAMPLES.is_dir() else [])
def test_iati_should_pass_examples_pass(name):
    assert validate_iati((EXAMPLES / "should-pass" / name).read_bytes()) == []

