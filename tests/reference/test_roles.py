"""roles.tsv: title phrases per role."""

from __future__ import annotations

import pytest

from communique.model import ROLES
from communique.reference import roles


def test_roles_are_the_schema_roles() -> None:
    assert set(roles()) <= set(ROLES)
    assert set(ROLES) - set(roles()) == set()


def test_phrases_are_lower_case_and_trimmed() -> None:
    for role, phrases in roles().items():
        assert phrases, role
        for phrase in phrases:
            assert phrase == phrase.lower().strip() and phrase, (role, phrase)


def test_no_phrase_belongs_to_two_roles() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for role, phrases in roles().items():
        for phrase in phrases:
            if owner.setdefault(phrase, role) != role:
                clashes.append((phrase, owner[phrase], role))
    assert clashes == []


@pytest.mark.parametrize(
    ("phrase", "role"),
    [("president", "head_of_state"), ("emir", "head_of_state"), ("prime minister",
     "head_of_government"), ("deputy prime minister", "deputy_head_of_government"),
     ("minister of foreign affairs", "foreign_minister"), ("secretary of state",
     "foreign_minister"), ("minister of foreign affairs and expatriates", "foreign_minister"),
     ("deputy foreign minister", "deputy_foreign_minister"), ("chairman of the milli majlis",
     "parliament_speaker"), ("special representative", "envoy"), ("secretary-general",
     "secretary_general"), ("chairman-in-office", "secretary_general"),
     ("ambassador extraordinary and plenipotentiary", "ambassador"),
     ("chief of the general staff", "military"), ("governor", "governor"),
     ("delegation", "delegation"), ("spokesperson", "official"), ("minister", "minister")],
)
def test_typical_titles_map_to_their_role(phrase: str, role: str) -> None:
    assert phrase in roles()[role]
