"""A demonym standing for a country's name at the end of a list of names, followed by a
preposition or a time rather than a noun ("the ambassadors of Tunisia and Moroccan in
Madrid on 5 June", "the foreign ministers of Peru and Chilean on 5 June") is that
country, as it is before a comma or the sentence's end; a demonym before a noun it
qualifies is no country met (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "other"), [
    ("Madrid, 6 June 2024. The Minister met the ambassadors of Tunisia and Moroccan in "
     "Madrid on 5 June.", "MAR"),
    ("Madrid, 6 June 2024. The Minister met the Ambassadors of Tunisia and Malian on "
     "5 June.", "MLI"),
    ("Madrid, 6 June 2024. The Minister met the foreign ministers of Tunisia and Chilean "
     "on 5 June.", "CHL"),
    ("Madrid, 6 June 2024. On 5 June the State Secretary received the envoys of Tunisia "
     "and Senegalese at the Ministry.", "SEN"),
])
def test_the_demonym_is_the_country(text, other):
    assert records(text, "ESP", CORE) == sorted([
        event("meeting", "ESP", "TUN", "2024-06-05"),
        event("meeting", "ESP", other, "2024-06-05")])


def test_a_demonym_before_its_noun_is_no_country():
    text = ("Madrid, 6 June 2024. The Minister met the Ambassador of Tunisia on 5 June to "
            "discuss Saharan and Sahelian security.")
    assert records(text, "ESP", CORE) == [event("meeting", "ESP", "TUN", "2024-06-05")]
