"""A sentence that tells a document of three or four parties ("a trilateral memorandum
was signed", "the quadrilateral statement") and a meeting of the issuer with exactly the
other parties that document counts: one meeting of them all (an organisation's head in
the list joins it), not one with each, even when the word stands far from the meeting's
noun. A meeting with a list of another size, or one told as held separately, or a
trilateral summit (not a document) stays one meeting with each side (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_M = {"meeting"}


@pytest.mark.parametrize(("text", "issuer", "partners"), [
    ("On the summit's first day the President held two hours of talks with the Danish Prime "
     "Minister, the Norwegian Prime Minister and the NATO Secretary General, after which "
     "a trilateral memorandum was signed.", "ISL", ("DNK", "NOR")),
    ("The trilateral declaration was adopted after the Minister met the foreign ministers "
     "of Chile and Bolivia in Lima.", "PER", ("BOL", "CHL")),
    ("The quadrilateral statement followed the Minister's talks with the ministers of "
     "Chile, Bolivia and Ecuador.", "PER", ("BOL", "CHL", "ECU")),
    ("Before the tripartite agreement on the river was signed, the Prime Minister held "
     "talks with the prime ministers of Egypt and Sudan in Cairo.", "ETH", ("EGY", "SDN")),
])
def test_one_meeting_of_all(text: str, issuer: str, partners: tuple[str, ...]) -> None:
    got = records(text, issuer, _M, date="2022-06-29")
    assert [tuple(sorted(r[2])) for r in got] == [partners]


@pytest.mark.parametrize(("text", "issuer", "n"), [
    ("The Minister met the foreign ministers of Chile and Bolivia before the trilateral "
     "summit.", "PER", 2),
    ("The Minister met the foreign ministers of Chile, Bolivia and Ecuador before the "
     "trilateral memorandum was signed.", "PER", 3),
    ("After the trilateral agreement was signed, the Minister met the ministers of Chile "
     "and Bolivia separately.", "PER", 2),
])
def test_meetings_with_each(text: str, issuer: str, n: int) -> None:
    got = records(text, issuer, _M, date="2022-06-29")
    assert [len(r[2]) for r in got] == [1] * n
