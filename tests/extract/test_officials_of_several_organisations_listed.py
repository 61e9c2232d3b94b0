"""Officials of several organisations listed as those met, items set off by semicolons
or commas, each office with a remit of its own ("the Regional Director for the
Caribbean of the EEAS, A; the Head for Central America of the World Economic Forum, B;
and delegates of the IACHR"): one meeting with each organisation, not with the first
alone. An
organisation named only in what was discussed is none."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _orgs(text: str, issuer: str, date: str, expected: list[str]):
    return text, issuer, date, expected


_CASES = [
    pytest.param(*_orgs("Afterwards, Minister Rojas held talks with the Regional Director for "
                        "the Caribbean of the European External Action Service, Ana Berg; the "
                        "Head for Central America of the World Economic Forum, Paul Lee; and "
                        "delegates of the Inter-American Commission on Human Rights.", "CHL",
                        "2018-04-13", ["EEAS", "WEF", "IACHR"]),
                 id="semicolons-remits"),
    pytest.param(*_orgs("Minister Lind met with the Director for Asia of the World Economic "
                        "Forum, Ana Berg; the Deputy Secretary-General of the OECD, Paul Lee; "
                        "and representatives of the African Union Commission.", "DNK",
                        "2019-02-11", ["WEF", "OECD", "AUC"]), id="semicolons-mixed"),
    pytest.param(*_orgs("The Minister met the Regional Director for Africa of the World Health "
                        "Organization, Dr Ana Mensah, and the Head of the European Union "
                        "Delegation, Mr Paul Roy.", "GHA", "2021-07-01", ["WHO", "EU"]),
                 id="commas-remit"),
    pytest.param(*_orgs("On Monday the Secretary held talks with officials of the World Bank "
                        "and the Director for Africa of the International Monetary Fund.",
                        "USA", "2022-10-12", ["WB", "IMF"]), id="officials-and-director"),
    # one official, another organisation only talked about: one meeting
    pytest.param(*_orgs("The Minister met the Director of the World Food Programme to discuss "
                        "the work of the Food and Agriculture Organization.", "EGY",
                        "2018-04-13", ["WFP"]), id="topic-org"),
]


@pytest.mark.parametrize(("text", "issuer", "date", "expected"), _CASES)
def test_officials_of_several_organisations_listed(text, issuer, date, expected):
    recs = extract_text(text, issuer=issuer, date=date).records
    got = sorted((r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations))
                 for r in recs if r.type in ("meeting", "call", "visit"))
    assert got == sorted(("meeting", (issuer,), (), (o,)) for o in expected)
