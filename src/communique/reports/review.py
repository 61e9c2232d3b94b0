"""The year-end review as data: :func:`build_review` -> :class:`ReportModel`.

The model holds *facts*, not wording: each :class:`Fact` names the sentence
that says it (``kind``, a macro of the templates' ``_sentences.j2``), the
countries, organisations, dates and numbers it states, and the events
behind it. The templates turn facts into sentences in a ministry's style;
every fact keeps its record references, so every number and sentence links
to the records behind it. All numbers come from :mod:`.counting`.

Sections follow the order a ministry uses: the year in figures, neighbours,
bilateral relations by UN region, visits, agreements, joint commissions and
consultations, multilateral work, international courts, new missions,
humanitarian aid, consular work, public diplomacy, and the figures the
sources state. Each event is *stated* (in a sentence a reader, or the
extractor, can take it from) at least once: events with a neighbour in the
neighbours section; meetings and calls in their region; every other event
in its thematic section. Summaries give counts and names.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..model import ROLES
from . import counting
from ._review_model import ChartData, Fact, Ref, ReportModel, Section
from .counting import Item, Tally

if TYPE_CHECKING:  # pragma: no cover
    from ..registry import Registry

__all__ = ["Fact", "Section", "Ref", "ChartData", "ReportModel", "build_review",
           "review_from_registry", "waiting_in_scope", "SECTION_KEYS"]

SECTION_KEYS: tuple[str, ...] = (
    "summary", "neighbours", "regions", "visits", "agreements", "commissions",
    "multilateral", "courts", "missions", "aid", "consular", "outreach", "figures",
)
_BILATERAL = ("visit", "meeting", "call", "consultation", "commission", "agreement")
_REGIONS = ("Europe", "Asia", "Africa", "Americas", "Oceania")


# ---------------------------------------------------------------- helpers


def _role(item: Item, country: str) -> str | None:
    """The highest role recorded for ``country`` in the event (None: no person)."""
    roles = [p.role for p in item.record.persons if p.country == country]
    if not roles:
        return None
    return min(roles, key=lambda r: ROLES.index(r) if r in ROLES else len(ROLES))


def _names(item: Item, country: str) -> list[str]:
    return [p.name for p in item.record.persons if p.country == country and p.name]


def _precision(item: Item) -> int:
    return len(item.record.date.start or "")


def _order(items: Iterable[Item]) -> list[Item]:
    return sorted(items, key=lambda i: (i.record.date.start or "", i.key))


def _uniq(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _country_key(code: str) -> str:
    from ..reference import countries

    c = countries().get(code)
    return (c.name if c else code).lower()


def _alpha(codes: Iterable[str]) -> list[str]:
    return sorted(codes, key=_country_key)


def _statements(kind: str, items: Iterable[Item],
                countries: Callable[[Item], list[str]], *,
                role: Callable[[Item, str], str | None] | None = None,
                year_only_grouped: bool = True, keep_title: bool = True) -> list[Fact]:
    """Sentences stating events: year-dated events grouped into one list per role
    (a country's second event of the year goes to a second list, flagged ``repeat``,
    so that each event keeps its own mention), dated events one sentence per date
    (and role, title, place). Countries are listed alphabetically."""
    year_groups: dict[Any, Fact] = {}
    dated: dict[Any, Fact] = {}
    seen: dict[Any, int] = {}
    for item in _order(items):
        rec = item.record
        codes = countries(item) or [""]
        for code in codes:
            r = role(item, code) if role and code else None
            title = rec.title if keep_title else None
            city = rec.place.city if rec.place else None
            if _precision(item) < 7 and year_only_grouped and not title:
                n = seen.get((r, code), 0)
                seen[(r, code)] = n + 1
                key: Any = (r, n)
                fact = year_groups.setdefault(key, Fact(kind, role=r,
                                                        data={"repeat": n > 0}))
            else:
                key = (rec.date.start, rec.date.end, r, title, city)
                fact = dated.setdefault(key, Fact(
                    kind, start=rec.date.start if _precision(item) >= 7 else None,
                    end=rec.date.end, role=r, title=title, city=city, quantity=rec.quantity,
                    data={"repeat": False}))
            if code and code not in fact.countries:
                fact.countries.append(code)
            for org in rec.organizations:
                if org not in fact.orgs:
                    fact.orgs.append(org)
            if item not in fact.items:
                fact.items.append(item)
            if code:
                fact.data.setdefault("names", {}).setdefault(code, [])
                for name in _names(item, code):
                    if name not in fact.data["names"][code]:
                        fact.data["names"][code].append(name)
    out = list(year_groups.values()) + list(dated.values())
    for fact in out:
        fact.countries.sort(key=_country_key)
    return out


def _per_event(kind: str, items: Iterable[Item],
               countries: Callable[[Item], list[str]]) -> list[Fact]:
    """One sentence per event (multi-party meetings, sessions, resolutions)."""
    out = []
    for item in _order(items):
        rec = item.record
        out.append(Fact(kind, [item], countries(item), list(rec.organizations),
                        rec.date.start if _precision(item) >= 7 else None,
                        rec.date.end if _precision(item) >= 7 else None,
                        title=rec.title, city=rec.place.city if rec.place else None,
                        quantity=rec.quantity))
    return out


def _tally_fact(kind: str, tally: Tally, **kw: Any) -> Fact:
    return Fact(kind, list(tally.items), value=tally.value, **kw)


# ---------------------------------------------------------------- sections


class _Builder:
    def __init__(self, items: list[Item], issuer: str, year: int) -> None:
        from ..reference import neighbours

        self.items = items
        self.issuer = issuer
        self.year = year
        land, sea = neighbours(issuer)
        self.land, self.sea = land, sea
        self.neighbours = sorted(land | sea, key=self._name)
        # the consular desk's monthly numbers are quantities, not events: they get the
        # consular section's own paragraph and stay out of the event counts
        self.desk = [i for i in items if _from_desk(i)]
        self.events = [i for i in items if i.record.type != "figure" and not _from_desk(i)]

    def _name(self, code: str) -> str:
        from ..reference import countries

        c = countries().get(code)
        return c.name if c else code

    def partners(self, item: Item) -> list[str]:
        return counting.partners(item.record, self.issuer)

    def of_type(self, *types: str, items: Sequence[Item] | None = None) -> list[Item]:
        return [i for i in (self.events if items is None else items) if i.record.type in types]

    def with_neighbour(self, item: Item) -> bool:
        return item.record.type in _BILATERAL and any(
            c in self.neighbours for c in self.partners(item))

    # -- the year in figures
    def summary(self) -> Section:
        s = Section("summary", charts=["months", "map"])
        total = counting.count(self.events)
        if not total.value:
            s.paragraphs.append([Fact("empty")])
            return s
        by_type = counting.by_type(self.events)
        partners = counting.by_country(self.events, self.issuer)
        orgs = counting.by_org(self.events)
        s.paragraphs.append([
            _tally_fact("overview", total, data={"by_type": by_type}),
            Fact("partners_total", [i for t in partners for i in t.items], value=len(partners),
                 countries=[t.key for t in partners]),
        ])
        if orgs:
            s.paragraphs[-1].append(Fact("orgs_total", [i for t in orgs for i in t.items],
                                         value=len(orgs), orgs=[t.key for t in orgs]))
        top = partners[:5]
        if top:
            s.paragraphs.append([Fact("top_partners", [i for t in top for i in t.items],
                                      countries=[t.key for t in top], data={"tallies": top})])
        return s

    # -- neighbours
    def neighbours_section(self) -> Section:
        s = Section("neighbours")
        if not self.neighbours:
            s.paragraphs.append([Fact("no_neighbours")])
            return s
        mine = [i for i in self.events if self.with_neighbour(i)]
        active = [c for c in self.neighbours if any(c in self.partners(i) for i in mine)]
        s.paragraphs.append([Fact("neighbours_intro", list(mine), countries=self.neighbours,
                                  data={"land": sorted(self.land, key=self._name),
                                        "sea": sorted(self.sea - self.land, key=self._name),
                                        "active": active,
                                        "quiet": [c for c in self.neighbours
                                                  if c not in active]})])
        multi = [i for i in mine if len(self.partners(i)) > 1]
        every = {t.key: t for t in counting.by_country(self.events, self.issuer)}
        for code in active:
            own = [i for i in mine if self.partners(i) == [code]]
            if not own:
                continue
            para = [_tally_fact("partner_summary", every[code], countries=[code])]
            para += self.bilateral_statements(own)
            s.paragraphs.append(para)
        if multi:
            s.paragraphs.append(self.bilateral_statements(multi))
        return s

    def bilateral_statements(self, items: list[Item]) -> list[Fact]:
        """Every bilateral event of ``items`` stated, type by type."""
        out: list[Fact] = []
        out += self.visit_statements(items, "received")
        out += self.visit_statements(items, "paid")
        out += self.meeting_statements(self.of_type("meeting", items=items))
        out += self.call_statements(self.of_type("call", items=items))
        out += _statements("consultation", self.of_type("consultation", items=items),
                           self.partners)
        out += _statements("commission", self.of_type("commission", items=items),
                           self.partners)
        out += _statements("agreement", self.of_type("agreement", items=items), self.partners)
        return out

    def visit_statements(self, items: list[Item], which: str) -> list[Fact]:
        visits = [i for i in self.of_type("visit", items=items)
                  if counting.direction(i.record, self.issuer) == which]
        with_country = [i for i in visits if self.partners(i)]
        out = _statements(f"visit_{which}", with_country, self.partners,
                          role=self._visit_role(which))
        orgs = [i for i in visits if not self.partners(i) and i.record.organizations]
        out += _per_event(f"org_visit_{which}", orgs, self.partners)
        return out

    def _visit_role(self, which: str) -> Callable[[Item, str], str | None]:
        if which == "received":
            return _role
        return lambda item, _code: _role(item, self.issuer)

    def meeting_statements(self, items: list[Item]) -> list[Fact]:
        bilateral = [i for i in items if len(self.partners(i)) == 1]
        out = _statements("meeting", bilateral, self.partners, role=_role)
        out += _per_event("meeting_multi", [i for i in items if len(self.partners(i)) > 1],
                          self.partners)
        return out

    def call_statements(self, items: list[Item]) -> list[Fact]:
        out = _statements("call", [i for i in items if len(self.partners(i)) == 1],
                          self.partners, role=_role)
        out += _per_event("call_multi", [i for i in items if len(self.partners(i)) > 1],
                          self.partners)
        return out

    # -- bilateral relations by region
    def regions(self) -> Section:
        s = Section("regions", charts=["regions", "network"])
        others = [i for i in self.events if i.record.type in _BILATERAL
                  and self.partners(i) and not self.with_neighbour(i)]
        groups: dict[str, list[Item]] = {}
        for item in others:
            reg = counting._region(self.partners(item)[0])
            groups.setdefault(reg, []).append(item)
        contacts = counting.by_country(self.events, self.issuer)
        by_region: dict[str, list[Tally]] = {}
        for t in contacts:
            by_region.setdefault(counting._region(t.key), []).append(t)
        order = [r for r in _REGIONS if r in by_region] + sorted(set(by_region) - set(_REGIONS))
        for reg in order:
            tallies = by_region[reg]
            members = groups.get(reg, [])
            para = [Fact("region_summary", [i for t in tallies for i in t.items],
                         value=len(tallies), countries=_alpha(t.key for t in tallies),
                         data={"region": reg})]
            para += self.meeting_statements(self.of_type("meeting", items=members))
            para += self.call_statements(self.of_type("call", items=members))
            s.paragraphs.append(para)
        loose = [i for i in self.of_type("meeting", "call")
                 if not self.partners(i) and not i.record.organizations]
        if loose:
            s.paragraphs.append(_per_event("other_event", loose, self.partners))
        if not s.paragraphs:
            s.paragraphs.append([Fact("nothing")])
        return s

    # -- visits
    def visits(self) -> Section:
        s = Section("visits")
        for which in ("received", "paid"):
            total = counting.visits(self.events, self.issuer, which)
            if not total.value:
                s.paragraphs.append([Fact("visits_none", data={"which": which})])
                continue
            countries = counting.visit_countries(self.events, self.issuer, which)
            para = [_tally_fact("visits_total", total, countries=[t.key for t in countries],
                                data={"which": which, "n_countries": len(countries)})]
            for level in counting.LEVELS:
                tallies = counting.visit_countries(self.events, self.issuer, which,
                                                   level=level)
                if tallies:
                    para.append(Fact("visits_level", [i for t in tallies for i in t.items],
                                     countries=_alpha(t.key for t in tallies),
                                     value=len(tallies),
                                     role=level, data={"which": which}))
            s.paragraphs.append(para)
            rest = [i for i in self.of_type("visit") if not self.with_neighbour(i)]
            dated = [f for f in self.visit_statements(rest, which)
                     if f.dated or f.title or f.kind.startswith("org_")
                     or f.data.get("repeat")]
            if dated:
                s.paragraphs.append(dated)
        return s

    # -- agreements
    def agreements(self) -> Section:
        s = Section("agreements")
        # rule 12: agreements as documents, with the signing occasions beside them
        counts = counting.agreement_counts(self.events, self.issuer)
        total = counts["documents"]
        if not total.value:
            s.paragraphs.append([Fact("nothing")])
            return s
        partners = counting.by_country(self.of_type("agreement"), self.issuer)
        s.paragraphs.append([_tally_fact("agreements_total", total,
                                         countries=_alpha(t.key for t in partners),
                                         data={"n_countries": len(partners),
                                               "occasions": counts["occasions"].value})])
        rest = [i for i in self.of_type("agreement") if not self.with_neighbour(i)]
        detail = [f for f in _statements("agreement", rest, self.partners)
                  if f.dated or f.title or not f.countries or f.data.get("repeat")]
        if detail:
            s.paragraphs.append(detail)
        return s

    # -- joint commissions and consultations
    def commissions(self) -> Section:
        s = Section("commissions")
        for kind in ("commission", "consultation"):
            items = self.of_type(kind)
            if not items:
                continue
            bilateral = [i for i in items if self.partners(i)]
            tallies = counting.by_country(bilateral, self.issuer)
            para = [Fact(f"{kind}s_total", list(items), value=len(items),
                         countries=[t.key for t in tallies])]
            rest = [i for i in bilateral if not self.with_neighbour(i)]
            para += _statements(kind, rest, self.partners)
            para += _per_event(f"org_{kind}", [i for i in items if not self.partners(i)],
                               self.partners)
            s.paragraphs.append(para)
        if not s.paragraphs:
            s.paragraphs.append([Fact("nothing")])
        return s

    # -- multilateral work
    def multilateral(self) -> Section:
        s = Section("multilateral")
        sessions = self.of_type("multilateral")
        if sessions:
            orgs = counting.by_org(sessions)
            s.paragraphs.append([Fact("multilateral_total", list(sessions),
                                      value=len(sessions), orgs=[t.key for t in orgs])]
                                + _per_event("multilateral", sessions, self.partners))
        org_contacts = [i for i in self.of_type("meeting", "call", "visit")
                        if not self.partners(i) and i.record.organizations
                        and i.record.type != "visit"]
        if org_contacts:
            s.paragraphs.append(_per_event("org_meeting", self.of_type(
                "meeting", items=org_contacts), self.partners) + _per_event(
                "org_call", self.of_type("call", items=org_contacts), self.partners))
        for kind in ("chairmanship", "resolution", "election"):
            items = self.of_type(kind)
            if items:
                s.paragraphs.append([Fact(f"{kind}s_total", list(items), value=len(items))]
                                    + _per_event(kind, items, self.partners))
        if not s.paragraphs:
            s.paragraphs.append([Fact("nothing")])
        return s

    def simple(self, key: str, kind: str) -> Section:
        s = Section(key)
        items = self.of_type(kind)
        if kind == "consular" and self.desk:
            s.paragraphs.append(_desk_facts(self.desk))
        if not items and s.paragraphs:
            return s
        if not items:
            s.paragraphs.append([Fact("nothing")])
            return s
        countries = counting.by_country(items, self.issuer)
        para = [Fact(f"{kind}_total", list(items), value=len(items),
                     countries=[t.key for t in countries])]
        if kind == "aid":
            para += _statements(kind, items, self.partners, keep_title=True)
        else:
            para += _per_event(kind, items, self.partners)
        s.paragraphs.append(para)
        return s

    def figures(self) -> Section:
        s = Section("figures")
        stated = [i for i in counting.stated_figures(self.items)]
        if stated:
            s.paragraphs.append([Fact("figures_intro", stated, value=len(stated))]
                                + [Fact("figure", [i], quantity=i.record.quantity,
                                        start=i.record.date.start
                                        if _precision(i) >= 7 else None,
                                        data={"type": i.record.type,
                                              "doc": i.record.source.doc
                                              if i.record.source else None})
                                   for i in _order(stated) if i.record.quantity])
        else:
            s.paragraphs.append([Fact("nothing")])
        return s

    def build(self) -> list[Section]:
        if not self.items:
            return [Section("summary", [[Fact("empty")]])]
        return [
            self.summary(), self.neighbours_section(), self.regions(), self.visits(),
            self.agreements(), self.commissions(), self.multilateral(),
            self.simple("courts", "legal"), self.simple("missions", "mission"),
            self.simple("aid", "aid"), self.simple("consular", "consular"),
            self.simple("outreach", "outreach"), self.figures(),
        ]


_DESK_UNITS = ("appeals", "calls", "people evacuated", "people repatriated", "children",
               "women", "border crossings")


def _from_desk(item: Item) -> bool:
    return counting.from_desk(item)


def _desk_facts(items: list[Item]) -> list[Fact]:
    """The consular desk's year (see :mod:`communique.consular`): one fact per unit, and for
    children and women per operation; counts under 5 are published as "fewer than 5"."""
    groups: dict[tuple[int, str, str], list[Item]] = {}
    for i in items:
        q = i.record.quantity
        if q is None:
            continue
        unit = (q.unit or "").lower()
        title = (i.record.title or "").lower()
        word = next((w for w in ("repatriated", "evacuated") if w in title), "") \
            if unit in ("children", "women") else ""
        rank = _DESK_UNITS.index(unit) if unit in _DESK_UNITS else len(_DESK_UNITS)
        groups.setdefault((rank, unit, word), []).append(i)
    out = []
    for (_rank, unit, word), group in sorted(groups.items()):
        total = int(sum(float(i.record.quantity.value) for i in group if i.record.quantity))
        value: int | str = "fewer than 5" if 0 < total < 5 else total
        out.append(Fact("consular_desk", group, value=value,  # type: ignore[arg-type]
                        data={"unit": unit, "kind": word}))
    return out


def _charts(items: list[Item], issuer: str) -> ChartData:
    events = [i for i in items if i.record.type != "figure"]
    months = sorted({(i.record.date.start or "")[:7] for i in events
                     if len(i.record.date.start or "") >= 7})
    types = [t.key for t in counting.by_type(events)]
    month_types: dict[str, list[int]] = {t: [0] * len(months) for t in types}
    for i in events:
        start = i.record.date.start or ""
        if len(start) >= 7:
            month_types[i.record.type][months.index(start[:7])] += 1
    return ChartData(months, month_types, counting.by_region(events, issuer),
                     counting.by_country(events, issuer), counting.network_edges(events))


def _number(sections: list[Section], items: list[Item]) -> list[Ref]:
    """Number every record (appendix order: by date, then id) and give each fact its refs."""
    refs = [Ref(n, item) for n, item in enumerate(_order(items), 1)]
    by_key = {r.item.key: r.n for r in refs}
    for s in sections:
        for f in s.facts:
            f.refs = sorted({by_key[i.key] for i in f.items if i.key in by_key})
    return refs


def build_review(events: Iterable[Any], issuer: str, year: int, *,
                 include_candidates: bool = False, today: _dt.date | None = None) -> ReportModel:
    """The review of ``issuer``'s ``year`` from events (EventViews, Records or Items);
    counting rules 1 and 2 select what counts."""
    from ..reference import country_name

    code = counting.check_issuer(issuer)
    items = counting.scope(events, code, year, include_candidates=include_candidates)
    builder = _Builder(items, code, year)
    sections = builder.build()
    from ._prose import enrich

    enrich((f for s in sections for f in s.facts), items, code)
    refs = _number(sections, items)
    return ReportModel(
        issuer=code, issuer_name=country_name(code), year=year, sections=sections, refs=refs,
        charts=_charts([i for i in items if not _from_desk(i)], code),
        events=counting.count(builder.events).value,
        include_candidates=include_candidates,
        generated=(today or _dt.date.today()).isoformat())


def review_from_registry(registry: Registry, issuer: str, year: int, *,
                         include_candidates: bool = False) -> ReportModel:
    """Load the issuer-year from the registry (:func:`counting.load_scope`) and build."""
    from ..validation import check_year

    check_year(year)
    items = counting.load_scope(registry, issuer, year, include_candidates=include_candidates)
    model = build_review(items, issuer, year, include_candidates=include_candidates)
    model.waiting = (sum(1 for i in items if i.status == "candidate") if include_candidates
                     else waiting_in_scope(registry, issuer, year))
    return model


def waiting_in_scope(registry: Registry, issuer: str, year: int) -> int:
    """How many candidates of the issuer's ``year`` are still waiting for review."""
    items = counting.load_scope(registry, issuer, year, include_candidates=True, sources=False)
    return sum(1 for i in items if i.status == "candidate")
