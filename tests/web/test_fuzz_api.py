"""A fuzz pass over the whole JSON API (schemathesis, in-process): valid and invalid
requests, as an editor, with the path ids pinned to events that exist so that edits and
review actions really run; no answer may be a server error or carry a traceback.

Bounded for CI: COMMUNIQUE_FUZZ_EXAMPLES per operation and generation mode (default 12,
a few hundred requests in all, about a minute on one core)."""

from __future__ import annotations

import os

import pytest

from communique.services.users import create_token

from .conftest import Web, api_schema

schemathesis = pytest.importorskip("schemathesis")
EXAMPLES = int(os.environ.get("COMMUNIQUE_FUZZ_EXAMPLES", "12"))


def _jsonschema_generation_works() -> bool:
    from hypothesis.internal.conjecture.utils import many

    return hasattr(many, "more")


pytestmark = pytest.mark.skipif(not _jsonschema_generation_works(),
                                reason="hypothesis too new for hypothesis-jsonschema 0.23.1")


def test_no_request_makes_the_api_fail(any_web: Web) -> None:
    web = any_web
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st
    from schemathesis import DataGenerationMethod

    token = create_token(web.registry, "editor")
    headers = {"Authorization": f"Bearer {token}"}
    schema = api_schema(
            web.app,
            data_generation_methods=[DataGenerationMethod.positive,
                                     DataGenerationMethod.negative])
    failures: list[str] = []
    requests = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.method.upper() == "POST" and operation.path == "/api/v1/documents":
            continue  # uploads run the extractor: tested on their own (test_documents)

        @given(case=operation.as_strategy(), pinned=st.integers(min_value=1, max_value=6),
               keep=st.booleans())
        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck),
                  phases=[Phase.explicit, Phase.generate])
        def run(case, pinned: int, keep: bool) -> None:  # type: ignore[no-untyped-def]
            nonlocal requests
            if case.path_parameters and not keep:
                for name in ("event_id", "document_id"):
                    if name in case.path_parameters:
                        case.path_parameters[name] = pinned
            case.headers = {**(case.headers or {}), **headers}
            response = case.call()
            requests += 1
            body = response.text if hasattr(response, "text") else ""
            assert response.status_code < 500, f"{response.status_code}: {body[:500]}"
            assert "Traceback" not in body

        try:
            run()
        except Exception as exc:  # collect every operation's failure, then report them all
            failures.append(f"{operation.verbose_name}: {exc}"[:2000])
    assert requests > 100
    assert failures == [], "\n\n".join(failures)
