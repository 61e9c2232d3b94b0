"""Aid activities as IATI 2.03 activity XML, validated against the vendored schema.

Mapping (IATI codelists): ``status`` pledged/committed/disbursed → activity-status
1 (pipeline) / 2 (implementation) / 4 (closed) and a transaction of type 12
(outgoing pledge) / 2 (outgoing commitment) / 3 (disbursement) carrying the
amount; the donor is the funding participating-org (role 1), the channel and
any recipient organisation implementing ones (role 4); recipient countries
are ``recipient-country`` (ISO 3166-1 alpha-2); a DAC 5-digit sector is
``sector`` vocabulary 1, any other sector vocabulary 99 with its words; the
modality is a ``tag`` of vocabulary 99.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import UsageError
from ._model import Aid

__all__ = ["to_iati", "validate_iati", "schema_path", "reporting_ref"]

_STATUS = {"pledged": "1", "committed": "2", "disbursed": "4"}
_TRANSACTION = {"pledged": "12", "committed": "2", "disbursed": "3"}
_GOVERNMENT = "10"


def schema_path() -> Any:
    """The vendored ``iati-activities-schema.xsd`` (IATI 2.03)."""
    return resources.files("communique.aid").joinpath("schema", "iati-2.03",
                                                       "iati-activities-schema.xsd")


@lru_cache(maxsize=1)
def _schema() -> Any:
    from lxml import etree

    with resources.as_file(schema_path()) as path:
        return etree.XMLSchema(etree.parse(str(path)))


def validate_iati(xml: bytes) -> list[str]:
    """The schema's complaints about ``xml`` (empty when it validates)."""
    from lxml import etree

    try:
        doc = etree.fromstring(xml)
    except etree.XMLSyntaxError as exc:
        return [f"not well-formed XML: {exc}"]
    schema = _schema()
    if schema.validate(doc):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def _alpha2(code: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_3=code.upper()) if len(code) == 3 else None
    return country.alpha_2 if country else None


def _name(code: str) -> str:
    try:
        from ..reference import country_name

        return str(country_name(code))
    except Exception:
        return code


def reporting_ref(donor: str) -> str:
    """A reporting-org reference when none is given: ``AZ-MFA`` for AZE."""
    return f"{_alpha2(donor) or donor}-MFA"


def _day(value: str | None, last: bool = False) -> str | None:
    if not value:
        return None
    from ..registry import date_bounds

    _, lo, hi = date_bounds(value, None)
    return hi if last else lo


def _narrative(parent: Any, tag: str, text: str, **attrs: str) -> Any:
    from lxml import etree

    el = etree.SubElement(parent, tag, **attrs)
    etree.SubElement(el, "narrative").text = text
    return el


def _activity(root: Any, aid: Aid, ref: str, org_name: str, now: str) -> None:
    from lxml import etree

    act = etree.SubElement(root, "iati-activity", {
        "last-updated-datetime": now, "{http://www.w3.org/XML/1998/namespace}lang": "en",
        **({"default-currency": aid.currency} if aid.currency else {})})
    etree.SubElement(act, "iati-identifier").text = f"{ref}-AID-{aid.id or 0}"
    _narrative(act, "reporting-org", org_name, ref=ref, type=_GOVERNMENT)
    _narrative(act, "title", aid.title or "Aid activity")
    countries = [c for c in aid.recipients if _alpha2(c)]
    orgs = [c for c in aid.recipients if c not in countries]
    what = ", ".join([_name(c) for c in countries] + orgs)
    _narrative(act, "description", f"{aid.modality.replace('_', ' ')} aid from "
               f"{_name(aid.donor)} to {what} ({aid.status})", type="1")
    _narrative(act, "participating-org", _name(aid.donor), role="1", type=_GOVERNMENT,
               **({"ref": ref} if aid.donor else {}))
    for org in ([aid.channel] if aid.channel else []) + orgs:
        _narrative(act, "participating-org", org, role="4")
    etree.SubElement(act, "activity-status", code=_STATUS[aid.status])
    start, end = _day(aid.date.start), _day(aid.date.end or aid.date.start, last=True)
    actual = aid.status == "disbursed"
    etree.SubElement(act, "activity-date", type="2" if actual else "1",
                     **{"iso-date": start or now[:10]})
    if end and aid.date.end:
        etree.SubElement(act, "activity-date", type="4" if actual else "3",
                         **{"iso-date": end})
    for code in countries:
        etree.SubElement(act, "recipient-country", code=_alpha2(code) or code)
    if aid.sector:
        if aid.sector.isdigit() and len(aid.sector) == 5:
            etree.SubElement(act, "sector", vocabulary="1", code=aid.sector)
        else:
            _narrative(act, "sector", aid.sector, vocabulary="99", code=aid.sector[:40])
    _narrative(act, "tag", aid.modality.replace("_", " "), vocabulary="99", code=aid.modality)
    if aid.amount is not None:
        tr = etree.SubElement(act, "transaction")
        etree.SubElement(tr, "transaction-type", code=_TRANSACTION[aid.status])
        etree.SubElement(tr, "transaction-date", **{"iso-date": start or now[:10]})
        value = etree.SubElement(tr, "value", **{"value-date": start or now[:10]},
                                 **({"currency": aid.currency} if aid.currency else {}))
        value.text = f"{aid.amount:.2f}".rstrip("0").rstrip(".")
        if len(aid.recipients) == 1:
            _narrative(tr, "receiver-org", _name(aid.recipients[0]))


def to_iati(activities: Iterable[Aid], *, reporting_org: str | None = None,
            reporting_name: str | None = None) -> bytes:
    """IATI 2.03 ``iati-activities`` XML for ``activities``; raises :class:`UsageError`
    if the result does not validate against the schema (it names the problem)."""
    from lxml import etree

    acts = list(activities)
    now = datetime.now(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
    root = etree.Element("iati-activities", version="2.03", **{"generated-datetime": now})
    for aid in acts:
        ref = reporting_org or reporting_ref(aid.donor)
        name = reporting_name or f"Ministry of Foreign Affairs of {_name(aid.donor)}"
        _activity(root, aid, ref, name, now)
    xml = bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                               pretty_print=True))
    problems = validate_iati(xml)
    if problems and acts:
        raise UsageError("the IATI export does not validate against the 2.03 schema: "
                         + "; ".join(problems[:5]))
    return xml
