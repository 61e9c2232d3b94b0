"""Re-generate src/communique/data/countries.tsv from pycountry and the overrides.

    .venv/bin/python tools/build_countries.py           # write the file
    .venv/bin/python tools/build_countries.py --check   # exit 1 if it is out of date

Inputs, all in the repository so that the result is reproducible:

- pycountry (the version pinned in pyproject.toml): every ISO 3166-1 entry,
  its short name, official name and common name;
- src/communique/data/country_aliases.tsv: the hand-kept names and
  adjectives (iso3, aliases, adjectives); it may also add codes pycountry
  lacks (XKX Kosovo);
- the tables below: the display name where pycountry's is not the common
  English short name, and the UN M49 region and sub-region of every code.

The script refuses to write a file in which one name or adjective points to
two countries (compared with ``name_key``) or a code has no region.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from communique.reference._names import name_key  # noqa: E402
from communique.reference._tsv import read_rows  # noqa: E402

DATA = ROOT / "src" / "communique" / "data"
OVERRIDES = DATA / "country_aliases.tsv"
OUTPUT = DATA / "countries.tsv"

#: Codes not in ISO 3166-1 that diplomatic texts need (user-assigned XK).
EXTRA_CODES: dict[str, str] = {"XKX": "Kosovo"}

#: The common English short name where pycountry's ``common_name``/``name``
#: is not what a ministry writes.
NAMES: dict[str, str] = {
    "BES": "Bonaire, Sint Eustatius and Saba",
    "BOL": "Bolivia",
    "BRN": "Brunei",
    "COD": "DR Congo",
    "COG": "Congo",
    "CPV": "Cabo Verde",
    "CZE": "Czechia",
    "FLK": "Falkland Islands",
    "FSM": "Micronesia",
    "GBR": "United Kingdom",
    "IRN": "Iran",
    "KOR": "South Korea",
    "LAO": "Laos",
    "MAF": "Saint Martin",
    "MDA": "Moldova",
    "PRK": "North Korea",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SHN": "Saint Helena, Ascension and Tristan da Cunha",
    "SXM": "Sint Maarten",
    "SYR": "Syria",
    "TUR": "Türkiye",
    "TWN": "Taiwan",
    "TZA": "Tanzania",
    "USA": "United States",
    "VAT": "Holy See",
    "VEN": "Venezuela",
    "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands",
    "VNM": "Vietnam",
    "XKX": "Kosovo",
}

#: UN M49: region -> sub-region -> codes. Sub-regions are M49's level under
#: the region (Sub-Saharan Africa and Latin America and the Caribbean are not
#: split further). Taiwan and Kosovo, which M49 does not list, go where the
#: usual practice puts them; Antarctica has no M49 region and keeps its own.
M49: dict[str, dict[str, str]] = {
    "Africa": {
        "Northern Africa": "DZA EGY ESH LBY MAR SDN TUN",
        "Sub-Saharan Africa": (
            # Eastern Africa
            "ATF BDI COM DJI ERI ETH IOT KEN MDG MOZ MUS MWI MYT REU RWA SOM SSD SYC TZA"
            " UGA ZMB ZWE"
            # Middle Africa
            " AGO CAF CMR COD COG GAB GNQ STP TCD"
            # Southern Africa
            " BWA LSO NAM SWZ ZAF"
            # Western Africa
            " BEN BFA CIV CPV GHA GIN GMB GNB LBR MLI MRT NER NGA SEN SHN SLE TGO"
        ),
    },
    "Americas": {
        "Latin America and the Caribbean": (
            # Caribbean
            "ABW AIA ATG BES BHS BLM BRB CUB CUW CYM DMA DOM GLP GRD HTI JAM KNA LCA MAF"
            " MSR MTQ PRI SXM TCA TTO VCT VGB VIR"
            # Central America
            " BLZ CRI GTM HND MEX NIC PAN SLV"
            # South America
            " ARG BOL BRA BVT CHL COL ECU FLK GUF GUY PER PRY SGS SUR URY VEN"
        ),
        "Northern America": "BMU CAN GRL SPM USA",
    },
    "Antarctica": {"Antarctica": "ATA"},
    "Asia": {
        "Central Asia": "KAZ KGZ TJK TKM UZB",
        "Eastern Asia": "CHN HKG JPN KOR MAC MNG PRK TWN",
        "South-eastern Asia": "BRN IDN KHM LAO MMR MYS PHL SGP THA TLS VNM",
        "Southern Asia": "AFG BGD BTN IND IRN LKA MDV NPL PAK",
        "Western Asia": (
            "ARE ARM AZE BHR CYP GEO IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR YEM"
        ),
    },
    "Europe": {
        "Eastern Europe": "BGR BLR CZE HUN MDA POL ROU RUS SVK UKR",
        "Northern Europe": (
            "ALA DNK EST FIN FRO GBR GGY IMN IRL ISL JEY LTU LVA NOR SJM SWE"
        ),
        "Southern Europe": (
            "ALB AND BIH ESP GIB GRC HRV ITA MKD MLT MNE PRT SMR SRB SVN VAT XKX"
        ),
        "Western Europe": "AUT BEL CHE DEU FRA LIE LUX MCO NLD",
    },
    "Oceania": {
        "Australia and New Zealand": "AUS CCK CXR HMD NFK NZL",
        "Melanesia": "FJI NCL PNG SLB VUT",
        "Micronesia": "FSM GUM KIR MHL MNP NRU PLW UMI",
        "Polynesia": "ASM COK NIU PCN PYF TKL TON TUV WLF WSM",
    },
}

#: Words that make a name take "the" in running text ("the Republic of
#: Korea", "the Solomon Islands"); such names get a "the ..." alias as well.
_THE_WORDS = frozenset(
    "Republic Kingdom State States Federation Union Confederation Duchy Principality "
    "Sultanate Commonwealth Emirates Emirate Islands Bailiwick Collectivity Territory "
    "Territories Holy".split()
)
_PAREN = re.compile(r"\s*\([^)]*\)")

HEADER = """\
# Countries: every ISO 3166-1 entry (pycountry) plus XKX Kosovo.
# GENERATED by tools/build_countries.py from pycountry and country_aliases.tsv:
# edit those, then re-run the script; do not edit this file by hand.
# Columns: iso3, name (common English short name), aliases (| separated; other
# names texts use), adjectives (| separated), region and subregion (UN M49).
"""


def regions() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for region, subs in M49.items():
        for sub, codes in subs.items():
            for code in codes.split():
                if code in out:
                    raise SystemExit(f"M49 table: {code} listed twice")
                out[code] = (region, sub)
    return out


def pycountry_names(entry: object) -> list[str]:
    """pycountry's names, with "Korea, Republic of" also as "Republic of Korea"."""
    out: list[str] = []
    for attr in ("name", "official_name", "common_name"):
        value = getattr(entry, attr, None)
        if not value:
            continue
        out.append(value)
        if ", " in value:
            head, tail = value.split(", ", 1)
            if tail.endswith((" of", " of the")) or " " not in tail:
                out.append(f"{tail} {head}")
        if "(" in value:
            out.append(_PAREN.sub("", value).strip())
    return out


def with_the(names: Iterable[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        bare = name[4:] if name.lower().startswith("the ") else name
        out.append(bare)
        words = set(_PAREN.sub("", bare).split())
        # not for ISO's inverted forms: "Korea, Republic of" takes no "the"
        if words & _THE_WORDS and not bare.isupper() and "," not in bare:
            out.append(f"the {bare}")
        if name != bare:
            out.append(name)
    return out


def unique(items: Iterable[str], drop: str = "") -> list[str]:
    seen: set[str] = {drop} if drop else set()
    out: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def build() -> list[tuple[str, str, list[str], list[str], str, str]]:
    where = regions()
    overrides: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for row in read_rows(OVERRIDES.read_text(encoding="utf-8"), str(OVERRIDES),
                         ("iso3", "aliases", "adjectives")):
        code = row.get("iso3")
        if code in overrides:
            raise SystemExit(f"{OVERRIDES}:{row.line}: {code} listed twice")
        overrides[code] = (row.values("aliases"), row.values("adjectives"))

    entries: dict[str, tuple[str, list[str]]] = {}
    for entry in pycountry.countries:
        code = entry.alpha_3
        raw = pycountry_names(entry)
        common = getattr(entry, "common_name", None) or entry.name
        entries[code] = (NAMES.get(code, common), raw)
    for code, name in EXTRA_CODES.items():
        entries[code] = (NAMES.get(code, name), [name])

    unknown = sorted(set(overrides) - set(entries))
    if unknown:
        raise SystemExit(f"{OVERRIDES}: codes not in pycountry nor EXTRA_CODES: {unknown}")
    missing = sorted(set(entries) - set(where))
    if missing:
        raise SystemExit(f"no M49 region for {missing}: add them to M49")
    stray = sorted(set(where) - set(entries))
    if stray:
        raise SystemExit(f"M49 lists unknown codes {stray}")

    rows = []
    owner: dict[str, str] = {}
    problems: list[str] = []
    for code in sorted(entries):
        name, raw = entries[code]
        extra_aliases, adjectives = overrides.get(code, ((), ()))
        aliases = unique(with_the([*raw, *extra_aliases, name]), drop=name)
        adjs = unique(adjectives)
        for text in [name, *aliases, *adjs]:
            key = name_key(text)
            if owner.setdefault(key, code) != code:
                problems.append(f"{text!r} names both {owner[key]} and {code}")
        region, sub = where[code]
        rows.append((code, name, aliases, adjs, region, sub))
    if problems:
        raise SystemExit("ambiguous names:\n  " + "\n  ".join(problems))
    return rows


def render(rows: list[tuple[str, str, list[str], list[str], str, str]]) -> str:
    lines = [HEADER + "iso3\tname\taliases\tadjectives\tregion\tsubregion"]
    for code, name, aliases, adjs, region, sub in rows:
        lines.append("\t".join([code, name, "|".join(aliases), "|".join(adjs), region, sub]))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if countries.tsv is out of date")
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run tools/build_countries.py", file=sys.stderr)
            return 1
        print(f"{OUTPUT} is up to date")
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(text.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
