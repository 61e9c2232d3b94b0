"""A signing with no side of its own that refers back ("communiqués formalising these
ties were signed by the respective envoys") after agreements told with several other
partners retells them: no agreement with the host of the trip the text is about. A
signing told with no such reference still goes to the partner in focus (our own
sentences)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records

_TRIP = "On 3 May the Minister paid a working visit to Geneva. "


@pytest.mark.parametrize("text", [
    "During the visit he witnessed the establishment of diplomatic relations between Kenya "
    "and Fiji, Tonga and Samoa. Joint communiques formalising these ties were signed by the "
    "respective ambassadors.",
    "During the visit the Minister oversaw the establishment of diplomatic relations with "
    "Fiji, Tonga and Samoa. These relations were formalised by protocols signed by the permanent "
    "representatives.",
    "During the visit Kenya signed memoranda with Fiji and Tonga. The documents were "
    "signed by the respective envoys to the United Nations.",
    "During the visit Kenya signed joint communiques with Fiji, Tonga and Samoa. Those "
    "texts were signed at the mission by the ambassadors.",
])
def test_a_signing_that_refers_back_is_the_ones_told(text):
    recs = records(_TRIP + text, "KEN", {"agreement"}, date="2025-05-05")
    assert recs and all(r[2] != ("CHE",) for r in recs)


def test_a_signing_with_no_reference_goes_to_the_partner_in_focus():
    text = ("On 3 May the Minister paid a working visit to Switzerland. An agreement on "
            "taxation was also signed.")
    assert records(text, "KEN", {"agreement"}, date="2025-05-05") == [
        event("agreement", "KEN", "CHE", "2025-05-03")]
