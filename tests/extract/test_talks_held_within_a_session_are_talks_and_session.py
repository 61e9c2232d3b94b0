"""Talks told in the passive as held within a numbered sitting of the two sides' body
("Negotiations were held within the 6th meeting of the High-Level Cooperation Council
between A and B") are a meeting besides the body's session; the session held as a verb's
object ("held in Tbilisi the 3rd session of the Joint Commission") stays one (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _kinds(issuer: str, text: str) -> list[tuple[str, tuple[str, ...]]]:
    recs = extract_text(text, issuer=issuer, date="2024").records
    return sorted((r.type, tuple(r.to)) for r in recs)


@pytest.mark.parametrize(("issuer", "text", "other"), [
    ("GEO", "On 4 May, talks were held within the 3rd session of the Intergovernmental "
     "Commission between Georgia and Azerbaijan.", "AZE"),
    ("AZE", "Negotiations were held within the 6th meeting of the High-Level Cooperation "
     "Council between Azerbaijan and Turkey.", "TUR"),
    ("TUR", "In Ankara, official talks were held during the 8th meeting of the High-Level "
     "Strategic Cooperation Council between Turkey and Pakistan.", "PAK"),
    ("KEN", "Talks had been held on 3 March within the second session of the Joint "
     "Commission between Kenya and Ethiopia.", "ETH"),
    ("KAZ", "Bilateral negotiations were held within the 4th session of the Joint Economic "
     "Commission between Kazakhstan and Kyrgyzstan.", "KGZ"),
])
def test_talks_and_the_session(issuer: str, text: str, other: str) -> None:
    assert _kinds(issuer, text) == [("commission", (other,)), ("meeting", (other,))]


def test_a_session_held_as_the_verbs_object_is_one() -> None:
    assert _kinds("GEO", "The ministers of Georgia and Azerbaijan held in Tbilisi the 3rd "
                  "session of the Joint Commission.") == [("commission", ("AZE",))]
