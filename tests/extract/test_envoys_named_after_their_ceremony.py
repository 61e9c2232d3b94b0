"""A credentials ceremony that counts its envoys, then a sentence (or two) that names
them with their countries as they hand over their papers: one meeting with each
country, on the ceremony's day, not the page's. The papers go by other names too
("diplomatic papers", "credential papers", "accreditation papers") (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str, date: str = "2024-03-15") -> list[tuple[str, str | None]]:
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((r.to[0] if r.to else "-", r.date.start) for r in recs
                  if r.type == "meeting")


@pytest.mark.parametrize(("issuer", "text", "want"), [
    ("PER", "President Alvarez on Wednesday at the Government Palace received credentials "
            "from five ambassadors recently posted to Peru. Ambassadors Jan Kowalski "
            "(Poland), Maria Rossi (Italy), and Tom Berg (Sweden) presented their "
            "diplomatic papers to the President.",
     [("ITA", "2024-03-13"), ("POL", "2024-03-13"), ("SWE", "2024-03-13")]),
    # the papers told by their usual name, the country after "of"
    ("GHA", "The President on Tuesday accepted the letters of credence of four new envoys. "
            "Ambassadors Lena Holm of Denmark and Paulo Reis of Brazil presented their "
            "credentials to him at the Jubilee House.",
     [("BRA", "2024-03-12"), ("DNK", "2024-03-12")]),
    # the date given in full, the envoys named as the subject of a passive elsewhere
    ("NAM", "On 4 March the Head of State received the credentials of three new High "
            "Commissioners. High Commissioners Amina Garba (Nigeria) and Peter Walsh "
            "(Ireland) handed over their credential papers at State House.",
     [("IRL", "2024-03-04"), ("NGA", "2024-03-04")]),
    # the list going on in a sentence of its own ("Others were ...")
    ("KEN", "The President on Monday received credentials from six envoys posted to the "
            "country. Ambassadors Carlos Ruiz (Chile) and Ana Silva (Portugal) presented "
            "their accreditation papers to the President. Others were Ambassadors Mehmet "
            "Kaya (Turkey) and Ivan Petrov (Bulgaria).",
     [("BGR", "2024-03-11"), ("CHL", "2024-03-11"), ("PRT", "2024-03-11"),
      ("TUR", "2024-03-11")]),
])
def test_envoys_take_the_ceremony_day(issuer: str, text: str,
                                      want: list[tuple[str, str]]) -> None:
    assert _meetings(text, issuer) == want


def test_diplomatic_papers_alone_are_credentials() -> None:
    text = "The Ambassador of Poland, Jan Kowalski, presented his diplomatic papers to the " \
           "President on Monday."
    assert _meetings(text, "PER") == [("POL", "2024-03-11")]


@pytest.mark.parametrize("text", [
    # papers that are no credentials
    "The delegation of Poland presented its working papers to the conference on Monday.",
    "Researchers from Italy presented academic papers on diplomatic history on Monday.",
    # a sentence that names the envoys' countries but tells of no papers: its own day
    "The President on Monday received credentials from five envoys. On Thursday he "
    "thanked the people of Italy and Sweden for their support.",
])
def test_no_meeting(text: str) -> None:
    assert [m for m in _meetings(text, "PER") if m[0] in ("POL", "ITA", "SWE")] == []


def _org_meetings(text: str, issuer: str) -> list[str]:
    recs = extract_text(text, issuer=issuer, date="2024-03-15").records
    return [o for r in recs if r.type == "meeting" and not r.to for o in r.organizations]


@pytest.mark.parametrize(("issuer", "text"), [
    # an organisation's envoy listed in brackets among the countries' envoys
    ("NAM", "Ambassadors Peter Walsh (Ireland) and Anna Berg (European Union) presented "
            "their credentials at State House."),
    # coordinated with a country
    ("PER", "The President received the credentials of the ambassadors of Chile and the "
            "European Union on Monday."),
    # in the list the ceremony's counted envoys open
    ("GHA", "The President received the credentials of four envoys on Monday. They are "
            "Lena Holm (Denmark), Anna Berg (European Union) and Paulo Reis (Brazil)."),
    # in the sentence that goes on with the envoys of a ceremony
    ("KEN", "The President on Monday received credentials from six envoys. Ambassadors "
            "Carlos Ruiz (Chile) and Ana Silva (Portugal) presented their credentials to "
            "the President. Others were Ambassadors Lena Holm (Denmark) and Anna Berg "
            "(European Union)."),
])
def test_an_organisations_envoy(issuer: str, text: str) -> None:
    assert _org_meetings(text, issuer) == ["EU"]


@pytest.mark.parametrize("text", [
    # the organisation is a place or a topic, not an envoy's
    "The Ambassador of Ireland presented her credentials to the President at the seat of "
    "the European Union.",
    "Ambassador Peter Walsh (Ireland) presented his credentials and spoke of the "
    "relations with the European Union.",
])
def test_no_organisations_envoy(text: str) -> None:
    assert _org_meetings(text, "NAM") == []
