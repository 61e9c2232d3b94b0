"""A call paid on a person named first with "the Honourable" or "the Right Honourable"
and the office after a comma ("called on the Honourable A B, Prime Minister of Samoa") is
a meeting, as a call on "Hon. A B, Prime Minister" is; an appeal to honourable members or
to the Speaker is none (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _got(text: str, issuer: str) -> list[tuple[str, list[str], list[str]]]:
    recs = extract_text(text, issuer=issuer, date="2022-04-04").records
    return [(r.type, r.from_, r.to) for r in recs if r.type in ("meeting", "call")]


@pytest.mark.parametrize(("text", "issuer", "other"), [
    ("H.E. Mr. Ravi Shankar, High Commissioner of India, called on the Honourable Fiame "
     "Naomi Mataafa, Prime Minister of Samoa, on 4 April 2022.", "WSM", "IND"),
    ("The High Commissioner of Canada called on the Right Honourable Mark Brown, Prime "
     "Minister, on 8 May 2023.", "COK", "CAN"),
    ("The Ambassador of Chile called on the Hon. Alva Baptiste, Minister of External "
     "Affairs, on 5 June 2023.", "LCA", "CHL"),
])
def test_a_call_on_the_honourable_named_first(text: str, issuer: str, other: str) -> None:
    assert _got(text, issuer) == [("meeting", [issuer], [other])]


@pytest.mark.parametrize("text", [
    "The Minister called on the Honourable Members of Parliament, the Government and civil "
    "society to support the reform.",
    "The Prime Minister called on the Honourable Speaker, the President of the Senate and "
    "all members to observe a minute of silence.",
])
def test_an_appeal_is_no_meeting(text: str) -> None:
    assert _got(text, "WSM") == []
