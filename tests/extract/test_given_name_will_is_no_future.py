"""An official whose given name is "Will" ("Foreign Minister Will Hartley met ...")
is no future: the modal "will" is followed by a verb in lower case, the given name
by a capitalised surname. The modal itself still makes an event a plan (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._explain import explain_text


def _events(text: str) -> list[tuple[str, str | None, list[str]]]:
    recs = extract_text(text, issuer="FIN", date="2024").records
    return [(r.type, r.date.start, sorted(r.from_ + r.to)) for r in recs if not r.optional]


@pytest.mark.parametrize(("text", "expected"), [
    ("Helsinki, 12 March 2024. Foreign Minister Will Hartley met the Foreign Minister of "
     "Austria in Vienna on 11 March.", ("meeting", "2024-03-11", ["AUT", "FIN"])),
    ("Helsinki, 12 March 2024. On 11 March, Minister Will Hartley held talks with his "
     "Estonian counterpart in Tallinn.", ("meeting", "2024-03-11", ["EST", "FIN"])),
    ("Helsinki, 12 March 2024. State Secretary Will Okafor received the Ambassador of "
     "Chile on 11 March.", ("meeting", "2024-03-11", ["CHL", "FIN"])),
    ("Helsinki, 12 March 2024. Will Hartley, the Minister for Foreign Affairs, spoke by "
     "telephone with the Foreign Minister of Japan on 11 March.",
     ("call", "2024-03-11", ["FIN", "JPN"])),
])
def test_a_given_name_will_leaves_the_event_held(text: str, expected: tuple) -> None:
    assert expected in _events(text)


def test_a_given_name_will_is_no_cue_of_a_future() -> None:
    ex = explain_text("Helsinki, 12 March 2024. Foreign Minister Will Hartley met the "
                      "Foreign Minister of Austria in Vienna on 11 March.",
                      issuer="FIN", date="2024")
    assert ex.features and "cue.future" not in ex.features[0]


@pytest.mark.parametrize("text", [
    "Helsinki, 12 March 2024. Will Hartley will meet the Foreign Minister of Austria in "
    "Vienna on 20 March.",
    "Helsinki, 12 March 2024. The Minister will meet the Foreign Minister of Austria in "
    "Vienna on 20 March.",
])
def test_the_modal_will_still_makes_a_plan(text: str) -> None:
    assert not any(t == "meeting" for t, _, _ in _events(text))
