"""A signing named as an item "on the agenda" of talks ("On the agenda of the talks
was the signing of the fisheries agreement", "Also on their agenda were ...") is a
topic to discuss, not a document signed; a signing told with its own verb still is
one (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, met", [
    ("The Foreign Minister received the Ambassador of Kenya on 3 May 2023. On the agenda "
     "of the talks was the signing of the fisheries agreement between the two countries.",
     [("meeting", ("NOR",), ("KEN",), "2023-05-03")]),
    ("On 4 June 2023 the Minister met her Chilean counterpart in Oslo. Also on the agenda "
     "were the signing of a visa waiver agreement and trade questions.",
     [("meeting", ("NOR",), ("CHL",), "2023-06-04")]),
    ("High on their agenda is the signing of a trade agreement with Peru, the two "
     "ministers said in Oslo on 12 March 2023.", []),
])
def test_a_signing_on_the_agenda_is_no_agreement(ex, text, met):
    assert ex(text, issuer="NOR") == met


@pytest.mark.parametrize("text, partner, day", [
    ("On 9 October 2023 Norway and Ghana signed an agreement on double taxation in Accra.",
     "GHA", "2023-10-09"),
    ("The agenda of the visit on 5 May 2023 included talks, after which the ministers "
     "signed a memorandum on education between Norway and Chile.", "CHL", "2023-05-05"),
])
def test_a_signing_told_with_its_verb_still_counts(ex, text, partner, day):
    assert ex(text, issuer="NOR", types={"agreement"}) == [
        ("agreement", ("NOR",), (partner,), day)]
