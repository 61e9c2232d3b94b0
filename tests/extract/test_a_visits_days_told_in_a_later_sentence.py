"""A visit told first with no days of its own (after a dateline, or none), its days
told later in a sentence of their own ("The three-day visit was from 12 to 14 June",
"The visit took place from 2 to 4 May", "The stay lasted from ..."): the visit takes
those days. An organisation named twice among the visitors ("a mission dispatched by the
ECOWAS Commission's President and headed by ... of ECOWAS") is one visit (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str, date: str | None = None) -> list[tuple]:
    res = extract_text(text, issuer=issuer, date=date)
    return [(r.from_, r.organizations, r.to, r.date.start, r.date.end)
            for r in res.records if r.type == "visit"]


@pytest.mark.parametrize(("text", "issuer", "span"), [
    ("Nairobi, June 20, 2023 - An African Union Commission delegation under the "
     "Commissioner for Health came to Kenya on a working visit. The delegation met the "
     "Cabinet Secretary for Health.\n\nThe three-day visit was from June 12 to 14, 2023.",
     "KEN", ("2023-06-12", "2023-06-14")),
    ("Rabat, 9 May 2022 - The Foreign Minister of Portugal paid an official visit to "
     "Morocco. The visit took place from 2 to 4 May.", "MAR", ("2022-05-02", "2022-05-04")),
    ("Dakar, 30 March 2021 - The Secretary of State of Spain has concluded a visit to "
     "Senegal. His stay lasted from 27 to 29 March 2021.", "SEN",
     ("2021-03-27", "2021-03-29")),
    ("Gaborone, 10 October 2024 - A team of officials of SADC visited Botswana. The "
     "two-day working visit was held from 7 to 8 October.", "BWA",
     ("2024-10-07", "2024-10-08")),
])
def test_the_visit_takes_the_days_told_later(text: str, issuer: str,
                                              span: tuple[str, str]) -> None:
    got = _visits(text, issuer)
    assert [g[3:] for g in got] == [span]


def test_a_visit_with_its_own_days_keeps_them() -> None:
    got = _visits("The Foreign Minister of Portugal paid an official visit to Morocco on "
                  "2 May 2022. The visit of the Prime Minister took place from 9 to 10 "
                  "June 2022.", "MAR")
    assert ("2022-05-02", None) in [g[3:] for g in got]


def test_an_organisation_named_twice_among_the_visitors_is_one_visit() -> None:
    got = _visits("Accra, May 18, 2023 – A mission dispatched by the ECOWAS Commission's "
                  "President and headed by Dr John Doe, Trade Commissioner of ECOWAS, toured "
                  "Ghana this week.", "GHA")
    assert [(g[1], g[2]) for g in got] == [(["ECOWAS"], ["GHA"])]
