"""organizations.tsv and the organisation lookups."""

from __future__ import annotations

import pytest

from communique.reference import (
    countries,
    name_key,
    org_root,
    organization,
    organizations,
)

#: The schema's organisation table (../shared/schema/events-v1.md): short -> parent.
SCHEMA = {
    "UN": None, "UNGA": "UN", "UNSC": "UN", "UNHRC": "UN", "UNESCO": "UN", "ICJ": "UN",
    "WHO": "UN", "OSCE": None, "COE": None, "ECHR": "COE", "EU": None, "EAP": "EU",
    "NATO": None, "NAM": None, "OIC": None, "ICESCO": "OIC", "ISDB": "OIC", "OTS": None,
    "ECO": None, "GUAM": None, "CIS": None, "CICA": None, "BSEC": None, "SCO": None,
    "EAEU": None, "CSTO": None, "ASEAN": None, "AU": None, "GCC": None, "ICRC": None,
    "UNWTO": "UN", "UNAOC": "UN", "PA": None, "WTO": None, "G20": None,
}
#: Short names the schema fixed that are also an alpha-3 code (NAM: Namibia).
SCHEMA_CODE_CLASHES = {"NAM"}
#: An organisation's acronym that is a country's name in another case:
#: GUAM (the organisation) and Guam (the territory). Match acronyms by case.
KNOWN_CROSS_CLASHES = {"guam"}


@pytest.mark.parametrize("short", sorted(SCHEMA))
def test_every_schema_short_name_is_present_with_its_parent(short: str) -> None:
    org = organizations()[short]
    assert org.parent == SCHEMA[short]


@pytest.mark.parametrize(
    "short",
    ["V4", "ESCAP", "OAS", "CELAC", "BRICS", "G7", "APEC", "OECD", "IAEA", "UNHCR", "UNICEF",
     "UNDP", "FAO", "ILO", "IMF", "WB", "EBRD", "ADB", "AIIB", "MSC", "LAS", "SEECP", "CBSS",
     "NC", "COMMONWEALTH", "OPEC", "IOM", "UNCTAD", "IPU", "PACE", "EC", "EUCO", "EP", "NAC",
     "OSCE PC", "OSCE MC", "FSC", "CMW", "UNOG", "COVAX", "16+1"],
)
def test_common_bodies_are_present(short: str) -> None:
    assert short in organizations()


@pytest.mark.parametrize(
    ("short", "parent"),
    [("PACE", "COE"), ("EC", "EU"), ("EP", "EU"), ("NAC", "NATO"), ("FSC", "OSCE"),
     ("CMW", "UN"), ("UNOG", "UN"), ("ESCAP", "UN"), ("OSCE PC", "OSCE")],
)
def test_bodies_have_their_parent(short: str, parent: str) -> None:
    assert organizations()[short].parent == parent


def test_every_parent_is_a_known_organisation() -> None:
    data = organizations()
    assert [o.short for o in data.values() if o.parent and o.parent not in data] == []


@pytest.mark.parametrize(
    ("short", "root"),
    [("UNGA", "UN"), ("ECHR", "COE"), ("EAP", "EU"), ("ISDB", "OIC"), ("HLPF", "UN"),
     ("OSCE", "OSCE"), ("16+1", "16+1")],
)
def test_org_root_follows_parents_to_the_top(short: str, root: str) -> None:
    assert org_root(short) == root


def test_org_root_of_an_unknown_short_is_itself() -> None:
    assert org_root("XYZORG") == "XYZORG"


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("the United Nations", "UN"),
        ("U.N.", "UN"),
        ("UN General Assembly", "UNGA"),
        ("General Assembly of the United Nations", "UNGA"),
        ("Turkic Council", "OTS"),
        ("Cooperation Council of Turkic-speaking States", "OTS"),
        ("Organisation of Turkic States", "OTS"),
        ("Organization of Turkic States", "OTS"),
        ("Non-Aligned Movement", "NAM"),
        ("Council of Europe", "COE"),
        ("European Court of Human Rights", "ECHR"),
        ("ECtHR", "ECHR"),
        ("UN International Court of Justice", "ICJ"),
        ("ISESCO", "ICESCO"),
        ("Islamic Development Bank", "ISDB"),
        ("IsDB", "ISDB"),
        ("EU Eastern Partnership", "EAP"),
        ("Visegrad Four", "V4"),
        ("Visegrád Group", "V4"),
        ("Organization for Security and Cooperation in Europe", "OSCE"),
        ("Organisation for Security and Co-operation in Europe", "OSCE"),
        ("United Nations Development Program", "UNDP"),
        ("Shanghai Cooperation Organization", "SCO"),
        ("Munich Security Conference", "MSC"),
        ("Arab League", "LAS"),
        ("Pacific Alliance", "PA"),
        ("Regional Comprehensive Economic Partnership", "RCEP"),
        ("ASEAN Inter-Parliamentary Assembly", "AIPA"),
        ("Indian Ocean Naval Symposium", "IONS"),
        ("Lima Group", "LIMAGROUP"),
        ("Baltic Council of Ministers", "BCM"),
    ],
)
def test_aliases_resolve(text: str, short: str) -> None:
    org = organization(text)
    assert org is not None, text
    assert org.short == short


@pytest.mark.parametrize("vague", ["the Movement", "the Alliance", "the Union", "Council"])
def test_vague_words_are_not_aliases(vague: str) -> None:
    assert organization(vague) is None


def test_no_alias_points_to_two_organisations() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for org in organizations().values():
        for text in org.names:
            key = name_key(text)
            if owner.setdefault(key, org.short) != org.short:
                clashes.append((text, owner[key], org.short))
    assert clashes == []


def test_organisation_names_are_not_country_names() -> None:
    country_keys = {
        name_key(t) for c in countries().values() for t in (*c.names, *c.adjectives)
    }
    clashes = {
        name_key(t) for o in organizations().values() for t in o.names
    } & country_keys
    assert clashes == KNOWN_CROSS_CLASHES


def test_short_names_are_not_country_codes() -> None:
    assert set(organizations()) & set(countries()) == SCHEMA_CODE_CLASHES


def test_short_names_are_unique_in_the_file() -> None:
    from importlib import resources

    text = resources.files("communique").joinpath("data", "organizations.tsv").read_text(
        encoding="utf-8"
    )
    shorts = [
        line.split("\t")[0] for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ][1:]
    assert len(shorts) == len(set(shorts))


def test_organizations_returns_a_copy_the_caller_may_change() -> None:
    organizations().pop("UN")
    assert "UN" in organizations()
