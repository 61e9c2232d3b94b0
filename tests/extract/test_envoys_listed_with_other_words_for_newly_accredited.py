"""The list of envoys told after their credentials ceremony, opened with another word
for "newly accredited" ("newly credited", "recently accredited", "newly-accredited"
with a hyphen, "newly arrived"): one meeting with each country, on the ceremony's day,
as with "The newly accredited envoys are ..." (texts of our own)."""

from __future__ import annotations

from communique.extract import extract_text


def _met(text: str) -> list[tuple[str, str]]:
    recs = extract_text(text, issuer="KEN", date="2025").records
    return [(r.to[0], r.date.start or "") for r in recs if r.type == "meeting"]


def test_newly_credited_then_others() -> None:
    assert _met("Eight ambassadors presented their credentials to President Ruto on "
                "Tuesday, 4 March. The newly credited envoys are Ana Soto of Chile, Lars "
                "Berg of Norway and Kofi Mensah from Ghana. Others are Luis Paz of Peru and "
                "Eva Gruber from Austria.") == [
        ("CHL", "2025-03-04"), ("NOR", "2025-03-04"), ("GHA", "2025-03-04"),
        ("PER", "2025-03-04"), ("AUT", "2025-03-04")]


def test_recently_accredited() -> None:
    assert _met("The Governor-General received the credentials of four ambassadors on 12 "
                "June. The recently accredited ambassadors are Ana Soto of Chile and Lars "
                "Berg of Norway.") == [("CHL", "2025-06-12"), ("NOR", "2025-06-12")]


def test_newly_accredited_with_a_hyphen() -> None:
    assert _met("Three newly-accredited envoys presented copies of their credentials to "
                "the Minister on Monday, 5 May. The newly-accredited envoys are Ana Soto of "
                "Chile, Lars Berg of Norway and Eva Gruber of Austria.") == [
        ("CHL", "2025-05-05"), ("NOR", "2025-05-05"), ("AUT", "2025-05-05")]


def test_newly_arrived_after_a_sentence_between() -> None:
    assert _met("On 9 October the President received the letters of credence of five "
                "ambassadors at State House. The ceremony was followed by a group photo. "
                "The newly arrived heads of mission are Omar Nasser of Egypt and Ines Costa "
                "of Portugal.") == [("EGY", "2025-10-09"), ("PRT", "2025-10-09")]
