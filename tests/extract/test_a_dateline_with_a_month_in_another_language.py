"""A dateline line whose month is written in the agency's own language ("LUSA – 10
maio", "EFE, 10 de mayo de 2024", "ANSA — 10 maggio", "Wien, 10. Mai 2024", "AGERPRES
- 10 mai"), at the end or at the top of an English text, dates the text: "on Thursday"
is the Thursday before it. A short line naming a person called "Mai" is no date (sentences
of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_BODY = ("The Austrian Foreign Minister, Lena Hof, on Thursday held a bilateral meeting "
         "with the Spanish Foreign Minister, Ana Ruiz. The talks focused on energy.")


def _meetings(text: str) -> list[tuple]:
    return records(text, "AUT", {"meeting"}, date="2024")


@pytest.mark.parametrize("text", [
    _BODY + "\n\nLUSA – 10 maio",
    _BODY + "\n\nEFE, 10 de mayo de 2024",
    _BODY + "\n\nANSA — 10 maggio",
    "Wien, 10. Mai 2024\n\n" + _BODY,
    "AUSTRIA – SPAIN TALKS\n\n" + _BODY + "\n\nAGERPRES - 10 mai",
])
def test_the_foreign_month_dates_the_text(text: str) -> None:
    assert _meetings(text) == [("meeting", ("AUT",), ("ESP",), "2024-05-09")]


def test_a_name_like_a_month_is_no_date() -> None:
    # a near miss: a contact line with a person's given name, no day before it
    text = _BODY + "\n\nContact: Mai Tran"
    assert _meetings(text) == [("meeting", ("AUT",), ("ESP",), "2024")]
