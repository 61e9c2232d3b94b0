"""A month alone as a sentence's subject ("September brought the visit ...", "March saw
the signing ...") dates the event it names; the verb "may" is not a month."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_HEAD = "Our diplomacy in 2025\n\n30 December 2025\n\n"


def _dates(text: str, kind: str) -> list[str | None]:
    return [r.date.start for r in extract_text(_HEAD + text, issuer="LTU").records
            if r.type == kind]


@pytest.mark.parametrize(("text", "kind", "date"), [
    ("September brought the visit of the President of Finland to Vilnius.", "visit",
     "2025-09"),
    ("March saw the signing of an agreement on visa waiver with Chile.", "agreement",
     "2025-03"),
])
def test_a_month_as_subject_dates_the_event(text, kind, date):
    assert _dates(text, kind) == [date]


def test_may_the_verb_is_no_month():
    assert _dates("The Minister said that the visit to Chile may bring new trade.",
                  "visit") in ([], ["2025"])
