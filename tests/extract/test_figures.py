from __future__ import annotations

from communique.extract import extract_text


def _figs(text: str, issuer: str = "GEO"):
    res = extract_text(text, issuer=issuer, date="2023")
    return sorted((r.quantity.value, r.quantity.qualifier)
                  for r in res.records if r.quantity is not None)


def test_extract_counted_meetings_with_qualifier():
    assert _figs("In 2023 the Minister held more than 60 meetings with foreign partners.") == \
        [(60, "more_than")]


def test_extract_counts_with_thousands_separator():
    assert _figs("During the year about 12,500 appeals of citizens were received by the "
                 "consular service.") == [(12500, "about")]


def test_extract_counts_in_words_and_parentheses():
    got = _figs("Thirty citizens (twelve children and eight women) were repatriated from Syria.")
    assert (12, "exactly") in got and (8, "exactly") in got


def test_extract_anaphoric_number_is_not_a_count():
    assert _figs("The two ministers discussed regional security.") == []


def test_extract_years_and_ordinals_are_not_counts():
    assert _figs("The 30th anniversary of relations was marked in 2023 by 3 exhibitions.") == \
        [(3, "exactly")]


def test_extract_totals_reached():
    assert _figs("The number of our embassies abroad has reached 57.") == [(57, "exactly")]


def test_figures_telephone_conversations_and_counterparts_are_counted():
    from communique.extract._figures import find_counts

    text = ("He held 45 telephone conversations, met more than 90 counterparts and received "
            "seven new ambassadors.")
    got = [(c.quantity.value, c.quantity.unit) for c in find_counts(text, 0, len(text))]
    assert [g[0] for g in got] == [45, 90, 7]


def test_figures_hint_finds_number_words_only_at_word_starts():
    from communique.extract._figures import has_count

    for text in ("Fifteen envoys came", "TWENTY states", "a dozen talks", "twice", "in 2023"):
        assert has_count(text, 0, len(text)), text
    for text in ("often attention was paid", "the heads of state"):
        assert not has_count(text, 0, len(text)), text
