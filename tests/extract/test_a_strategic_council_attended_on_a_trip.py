"""Two countries' high-level council ("the 5th High Level Strategic Council", "the
High-Level Strategic Cooperation Council", with or without the hyphen) is a standing
bilateral body, a commission; a session of it attended on a journey told just before
("went to Baku to attend the ...", "flew to the Uzbek capital Tashkent for the ...")
is held with the country travelled to when the sentence names no other side. A
journey to a venue of another body, and a body with its own partner named, are not
read so (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partner"), [
    ("On May 3, the President went to Baku to attend the 5th High Level Strategic "
     "Council meeting with President Aliyev.", "AZE"),
    ("On May 3, the President went to the Azerbaijani capital Baku to attend the 5th "
     "High Level Strategic Council meeting.", "AZE"),
    ("On 9 June the Prime Minister flew to Tashkent for the third High-Level Strategic "
     "Cooperation Council.", "UZB"),
    ("The President travelled to Athens on June 2 for the fourth High Level Cooperation "
     "Council meeting.", "GRC"),
    ("The second High Level Strategic Council between Turkey and Malaysia was held in "
     "Ankara on 4 April.", "MYS"),
])
def test_the_council_is_held_with_the_country_travelled_to(ex, text, partner):
    got = ex(text, issuer="TUR", date="2022", types=["commission"])
    assert [(g[1], g[2]) for g in got] == [(("TUR",), (partner,))]


@pytest.mark.parametrize(("text", "expected"), [
    # the venue of another body: no commission
    ("The President travelled to Geneva to attend the session of the Human Rights "
     "Council.", []),
    # the body names its own partner: not the place travelled to
    ("The Minister went to Rome for the meeting of the Joint Commission with Peru.",
     [(("TUR",), ("PER",))]),
    # a forum of the UN, not two countries' council
    ("The Minister went to New York to attend the High-Level Political Forum.", []),
])
def test_not_the_place_travelled_to(ex, text, expected):
    got = ex(text, issuer="TUR", date="2022", types=["commission"])
    assert [(g[1], g[2]) for g in got] == expected
