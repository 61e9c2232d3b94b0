""""Will" as a first name ("High Commissioner Will Robinson", "Will Hartley, the
envoy") does not make a sentence look ahead: its bare weekday is the one before the
document's day. The modal, in any case, still does ("will meet ... on Monday",
"Minister Will Visit Fiji on Monday" in a title-case headline), sentences of our own."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

# 6 March 2024 is a Wednesday: the Monday before is the 4th, the next the 11th


def _records(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="NZL", date="2024-03-06").records
    return sorted((r.type, tuple(r.to), r.date.start) for r in recs
                  if r.type in ("meeting", "visit"))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Foreign Minister met British High Commissioner Will Robinson in Wellington on "
     "Monday.", [("meeting", ("GBR",), "2024-03-04")]),
    ("On Monday, the Minister received Ambassador Will Chen of Singapore for a farewell "
     "call.", [("meeting", ("SGP",), "2024-03-04")]),
    ("Will Hartley, Australia's envoy, called on the Minister on Monday.",
     [("meeting", ("AUS",), "2024-03-04")]),
    ("The Minister held talks on Monday with Will Osei, the Foreign Minister of Ghana.",
     [("meeting", ("GHA",), "2024-03-04")]),
])
def test_a_name_will_leaves_the_weekday_behind(text, expected):
    assert _records(text) == expected


@pytest.mark.parametrize("text", [
    "The Minister will meet the Foreign Minister of Fiji on Monday.",
    "Minister Will Visit Fiji on Monday\n\nThe Minister will hold talks with the Prime "
    "Minister of Fiji on Monday.",
    "The Prime Minister WILL travel to Suva on Monday for talks with the Prime Minister of "
    "Fiji.",
])
def test_the_modal_still_looks_ahead(text):
    # a planned event: none recorded, or dated to the coming Monday
    assert all(day == "2024-03-11" for _t, _to, day in _records(text))
    assert not any(day == "2024-03-04" for _t, _to, day in _records(text))
