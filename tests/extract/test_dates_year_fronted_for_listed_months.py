"""A sentence opened by its year ("In 2024, ...", "During 2023 ...") gives that year to
the bare months told after it ("with Italy (March), Spain (June)", "with Italy in
March"), not the document's year; a sentence with no year in front keeps the
document's year."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


@pytest.mark.parametrize("text", [
    "In 2024, the Ministry held political consultations with Italy (March) and Spain (June).",
    "In 2024, political consultations were held with Italy in March and with Spain in June.",
    "During 2024 the Deputy Minister held consultations with Italy in March and with Spain "
    "in June.",
    "In 2024, the Minister met the foreign ministers of Italy (March) and Spain (June).",
    "TBILISI, 10 February 2025 – In 2024, the Joint Commission with Italy met in Rome "
    "(March) and the one with Spain in Madrid (June).",
])
def test_the_fronted_year_dates_the_months_after_it(text):
    got = records(text, "GEO", CORE, date="2025-02-10")
    assert [(r[2], r[3]) for r in got] == [(("ESP",), "2024-06"), (("ITA",), "2024-03")]


def test_without_a_fronted_year_the_documents_year_stays():
    got = records("Political consultations were held with Italy in March and with Spain "
                  "in June.", "GEO", CORE, date="2025-02-10")
    assert [(r[2], r[3]) for r in got] == [(("ESP",), "2025-06"), (("ITA",), "2025-03")]
