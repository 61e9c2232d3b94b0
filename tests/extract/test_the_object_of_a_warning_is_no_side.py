"""What an official warned a counterpart about, against or over ("warned Ghana about the
Russian Federation's mercenaries", "cautioned Peru against Iran's drones"), told before
the call or meeting the sentence names last ("..., the readout of the call said"), is
the topic of the warning, no side of that call; the one warned is. A counterpart named
after the warning ("in a call with the Foreign Minister of Iran") and an official named
"of" a country right after the verb stay sides (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str, issuer: str = "NOR") -> list[tuple]:
    recs = extract_text(text, issuer=issuer, date="2023-05-04").records
    return sorted((tuple(r.from_), tuple(r.to)) for r in recs if r.type == "call")


@pytest.mark.parametrize(("text", "expected"), [
    ("The Secretary again warned Ghana about the Russian Federation's mercenaries, the "
     "summary of the phone call said.", [(("NOR",), ("GHA",))]),
    ("She warned Peru over “China’s promises to the region,” the readout of the video "
     "call states.", [(("NOR",), ("PER",))]),
    ("The Minister cautioned Ghana against “Iran’s drones,” her office’s summary of the "
     "telephone conversation says.", [(("NOR",), ("GHA",))]),
    ("Minister Lind alerted Kenya about China's debt, according to the account of the "
     "phone call.", [(("NOR",), ("KEN",))]),
])
def test_the_warned_about_country_is_a_topic(text, expected):
    assert _calls(text) == expected


def test_a_counterpart_after_the_warning_is_a_side():
    got = _calls("The Minister warned Ghana about the drones in a phone call with the "
                 "Foreign Minister of Iran.")
    assert (("NOR",), ("IRN",)) in got


def test_an_official_of_a_country_warned_is_a_side():
    got = _calls("Minister Lind warned the Foreign Minister of Kenya of Russia’s plans in "
                 "a telephone conversation.")
    assert (("NOR",), ("KEN",)) in got
