"""A country written in initials with the last stop dropped ("the U.S Ambassador",
"U.K Minister", "a U.A.E delegation") is that country, as "U.S." is (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize(("text", "issuer", "kind", "sides"), [
    ("On 4 May 2021 in Nairobi the Foreign Minister met John Doe, the U.S Ambassador, "
     "to review trade.", "KEN", "meeting", ("KEN", "USA")),
    ("On 4 May 2021 the Foreign Minister received the U.K Minister for Africa in Accra.",
     "GHA", "meeting", ("GHA", "GBR")),
    ("On 4 May 2021 the Minister met a U.A.E delegation led by the Minister of State.",
     "KEN", "meeting", ("KEN", "ARE")),
    ("On 4 May 2021 the Minister spoke by phone with the U.S Secretary of State.",
     "NGA", "call", ("NGA", "USA")),
    ("The U.S Deputy Secretary of State paid a working visit to Ghana on 4 May 2021.",
     "GHA", "visit", ("USA", "GHA")),
])
def test_initials_without_the_last_stop(text: str, issuer: str, kind: str,
                                        sides: tuple[str, str]) -> None:
    got = records(text, issuer, {kind})
    assert [(*r[1], *r[2]) for r in got] == [sides]


def test_the_full_initials_still_read() -> None:
    got = records("On 4 May 2021 the Minister met the Ambassador of the U.S.A. in Nairobi.",
                  "KEN", {"meeting"})
    assert [r[2] for r in got] == [("USA",)]
