"""What must hold on the review of the demo registry, built through `make demo`'s own
path (persons, candidates, the reviewer's decisions in demo/decisions.toml)."""

from __future__ import annotations

import io
import re
from collections import defaultdict
from datetime import date

import pytest
from rich.console import Console

from communique.demo import build_registry
from communique.reports.render import render_text
from communique.reports.review import review_from_registry
from communique.services.query import EventFilter, list_events


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    console = Console(file=io.StringIO(), width=200)
    reg = build_registry(console, out, f"sqlite:///{out / 'demo.db'}")
    model = review_from_registry(reg, "GEO", 2023)
    md = render_text(model, "md")
    prose = re.sub(r" \[\[[^]]*\]\([^)]*\)\]", "", md.split("## Records")[0])
    yield reg, model, prose, console.file.getvalue()
    reg.close()


def _counted(model, typ):
    """The counted events of a type (the records appendix is every counted record)."""
    return [r.item for r in model.refs if r.item.record.type == typ]


def test_no_chairmanship_is_counted_twice(demo):
    _, model, prose, _ = demo
    chairs = _counted(model, "chairmanship")
    held = [(tuple(i.record.from_), tuple(i.record.organizations)) for i in chairs]
    assert len(held) == len(set(held)) == 1
    assert "Chairmanships: 1." in prose
    assert "Ukraine chaired" not in prose and "Azerbaijan chaired" not in prose


@pytest.mark.parametrize("typ", ["mission", "election", "resolution"])
def test_no_opening_election_or_resolution_appears_twice(demo, typ):
    _, model, _, _ = demo
    by_key = defaultdict(list)
    for item in _counted(model, typ):
        r = item.record
        by_key[(tuple(sorted(r.from_ + r.to)), tuple(sorted(r.organizations)))].append(r)
    for records in by_key.values():
        days = sorted(date.fromisoformat(r.date.start) for r in records
                      if len(r.date.start or "") == 10)
        assert all((b - a).days > 3 for a, b in zip(days, days[1:], strict=False)), records


def test_no_person_has_a_country_other_than_their_offices(demo):
    reg, model, prose, _ = demo
    from communique.services.persons import list_persons

    offices = {(p.name, r.role): r.country for p in list_persons(reg) for r in p.roles}
    for ref in model.refs:
        for p in ref.item.record.persons:
            if (p.name, p.role) in offices:
                assert p.country == offices[(p.name, p.role)], (ref.item.key, p)
    # nobody else is given Georgia's highest offices
    for role, holder in (("head of state", "Salome Zourabichvili"),
                         ("head of government", "Irakli Garibashvili"),
                         ("foreign minister", "Ilia Darchiashvili")):
        for name in re.findall(rf"the {role} of Georgia, ([^,.;]+),", prose):
            assert name == holder


def test_the_four_false_statements_of_the_issue_are_gone(demo):
    _, _, prose, _ = demo
    assert not re.search(r"humanitarian assistance to [^.]*Russia", prose)
    assert "joint intergovernmental commission of Georgia and Russia" not in prose
    assert not re.search(r"agreements? (?:was|were) signed with the United States", prose)
    assert "the head of state of Georgia visited Azerbaijan" not in prose
    assert "the foreign minister of Georgia visited Azerbaijan in Baku" in prose


def test_nothing_counts_unreviewed_and_the_header_says_what_waits(demo):
    reg, model, prose, printed = demo
    waiting = list_events(reg, EventFilter(statuses=["candidate"]))
    assert waiting and model.waiting == sum(
        1 for v in waiting if (v.record.date.start or "").startswith("2023"))
    assert f"{model.waiting} candidate record" in prose.splitlines()[2]
    counted = {r.item.event_id for r in model.refs}
    assert counted.isdisjoint(v.id for v in waiting)
    assert "left waiting" in printed and "rejected" in printed


def test_each_sentence_has_one_reference_and_no_stray_comma(demo):
    _, model, _, _ = demo
    md = render_text(model, "md").split("## Records")[0]
    assert not re.search(r"\]\([^)]*\), \[", md)  # one link per sentence, not a list
    prose = re.sub(r" \[\[[^]]*\]\([^)]*\)\]", "", md)
    assert ",." not in prose and ", ." not in prose
