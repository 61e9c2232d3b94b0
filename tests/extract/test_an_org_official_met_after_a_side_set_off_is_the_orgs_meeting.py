"""An organisation's official met after a country named before the verb and set off
from it by a comma (the visit the sentence opens with, "During his visit to Austria,
the Minister met the Director General of the IAEA", or the partner of an earlier
meeting of the sentence, "met his Austrian counterpart, met business leaders, with
the Director General of the IAEA") is a meeting with the organisation alone, not
one with that country too (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "want"), [
    ("During his visit to Austria, Minister Petrov met with Director General of the IAEA "
     "Rafael Grossi.", [((), ("IAEA",))]),
    ("During his two-day visit to Switzerland, the Bulgarian Foreign Minister met with the "
     "Director-General of the WTO, Ngozi Okonjo-Iweala.", [((), ("WTO",))]),
    ("In the course of her official visit to the Netherlands, Minister Petrova met the "
     "Director-General of the OPCW.", [((), ("OPCW",))]),
    ("During his visit to Austria, Minister Petrov met with his Austrian counterpart, met "
     "with business leaders, with Director General of the IAEA Rafael Grossi, and gave a "
     "lecture.", [(("AUT",), ()), ((), ("IAEA",))]),
    # (a country named with the official met is still a side)
    ("During his visit to Austria, Minister Petrov met with his Austrian counterpart and "
     "with Director General of the IAEA Rafael Grossi.", [(("AUT",), ()), ((), ("IAEA",))]),
])
def test_the_meeting_is_with_the_organisation(text, want):
    from communique.extract import extract_text
    recs = [r for r in extract_text(text, issuer="BGR", date="2019").records
            if r.type == "meeting"]
    assert sorted((tuple(r.to), tuple(r.organizations)) for r in recs) == sorted(want)


@pytest.mark.parametrize("text", [
    "During his visit to Austria, Minister Petrov met with the Austrian Foreign Minister.",
    "During his visit to Austria, Minister Petrov met with his counterpart.",
])
def test_an_official_of_the_host_is_still_the_hosts(ex, text):
    assert ex(text, issuer="BGR", date="2019", types=["meeting"]) == [
        ("meeting", ("BGR",), ("AUT",), "2019")]
