"""Seas, oceans, rivers, deserts, mountain ranges and world regions news names.

GeoNames' populated places, countries and subdivisions (``gazetteer.py``) hold none
of these, so without this table 'the Red Sea' becomes a Sudanese province and 'the
Atlantic' a town in Iowa. It is a small closed set of well-known features, written by
hand from general knowledge: each has a representative point (roughly the middle of
its extent, the centre of its bounding box, or a point on the best-known stretch of a
long river or range), the country it lies
in when it lies in one, and the countries around or under it (they tell which 'Gulf'
a text means). The GeoNames id is given for the three great oceans only; the others
have id 0 and a key of their own (``sea:red-sea``, ``region:middle-east``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsdesk.analyse.countries import normalise


@dataclass(frozen=True)
class Region:
    name: str
    kind: str
    """'sea' (oceans, seas, gulfs, straits, rivers, lakes) or 'region' (land)."""
    lat: float
    lon: float
    cc: str = ""
    """Alpha-2 of the one country it lies in, else empty."""
    countries: tuple[str, ...] = ()
    """Alpha-2 of the countries around or under it."""
    aliases: tuple[str, ...] = ()
    geonameid: int = 0

    @property
    def key(self) -> str:
        slug = "-".join(normalise(self.name).replace("'", "").split())
        return f"{self.kind}:{slug}"


def _c(codes: str) -> tuple[str, ...]:
    return tuple(codes.split())


def _a(names: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in names.split("|") if n.strip())


_GULF_STATES = _c("SA AE QA KW BH OM IR IQ")

# fmt: off
_TABLE: tuple[Region, ...] = (
    # oceans
    Region("Atlantic Ocean", "sea", 0.0, -30.0, "", _c("US CA BR AR GB FR ES PT MA SN NG ZA"),
           _a("Atlantic|the Atlantic"), 3411923),
    Region("Pacific Ocean", "sea", 0.0, -160.0, "", _c("US CA MX JP CN PH AU NZ CL PE"),
           _a("Pacific|the Pacific"), 2363254),
    Region("Indian Ocean", "sea", -20.0, 80.0, "", _c("IN LK MV ID AU ZA MZ MG KE SO"), (),
           1545739),
    Region("Arctic Ocean", "sea", 85.0, 0.0, "", _c("RU CA US NO GL DK")),
    Region("Southern Ocean", "sea", -62.0, 90.0, "", (), _a("Antarctic Ocean")),
    # seas
    Region("Mediterranean Sea", "sea", 35.0, 18.0, "",
           _c("ES FR IT GR TR CY SY LB IL EG LY TN DZ MA MT HR AL ME"), _a("Mediterranean")),
    Region("Red Sea", "sea", 20.0, 38.5, "", _c("EG SD ER SA YE DJ JO IL")),
    Region("Black Sea", "sea", 43.5, 34.0, "", _c("TR BG RO UA RU GE")),
    Region("Caspian Sea", "sea", 41.5, 51.0, "", _c("RU KZ TM IR AZ"), _a("Caspian")),
    Region("Dead Sea", "sea", 31.5, 35.5, "", _c("IL JO PS")),
    Region("Baltic Sea", "sea", 58.0, 20.0, "", _c("SE FI EE LV LT PL DE DK RU"), _a("Baltic")),
    Region("North Sea", "sea", 56.0, 3.0, "", _c("GB NO DK DE NL BE")),
    Region("Irish Sea", "sea", 53.8, -5.0, "", _c("GB IE IM")),
    Region("Norwegian Sea", "sea", 69.0, 2.0, "", _c("NO")),
    Region("Barents Sea", "sea", 75.0, 40.0, "", _c("NO RU")),
    Region("Caribbean Sea", "sea", 15.0, -75.0, "", _c("CU JM HT DO PR VE CO PA MX")),
    Region("Adriatic Sea", "sea", 43.0, 15.0, "", _c("IT HR SI ME AL BA"), _a("Adriatic")),
    Region("Aegean Sea", "sea", 39.0, 25.0, "", _c("GR TR"), _a("Aegean")),
    Region("Ionian Sea", "sea", 38.0, 19.0, "", _c("GR IT AL")),
    Region("Arabian Sea", "sea", 15.0, 65.0, "", _c("IN PK IR OM YE SO")),
    Region("South China Sea", "sea", 12.0, 114.0, "", _c("CN VN PH MY BN ID TW")),
    Region("East China Sea", "sea", 29.0, 125.0, "", _c("CN JP KR TW")),
    Region("Yellow Sea", "sea", 36.0, 123.0, "", _c("CN KR KP")),
    Region("Sea of Japan", "sea", 40.0, 135.0, "", _c("JP KR KP RU"), _a("East Sea")),
    Region("Philippine Sea", "sea", 20.0, 130.0, "", _c("PH JP TW")),
    Region("Coral Sea", "sea", -18.0, 155.0, "", _c("AU PG SB VU")),
    Region("Tasman Sea", "sea", -40.0, 160.0, "", _c("AU NZ")),
    Region("Bering Sea", "sea", 58.0, -175.0, "", _c("US RU")),
    Region("Sea of Okhotsk", "sea", 55.0, 150.0, "", _c("RU JP")),
    Region("Sea of Azov", "sea", 46.0, 36.5, "", _c("UA RU")),
    Region("Andaman Sea", "sea", 10.0, 96.0, "", _c("MM TH IN MY ID")),
    Region("Java Sea", "sea", -5.0, 111.0, "ID", _c("ID")),
    # gulfs and bays
    Region("Persian Gulf", "sea", 27.2, 52.2, "", _GULF_STATES, _a("Arabian Gulf")),
    Region("Gulf of Mexico", "sea", 25.0, -90.0, "", _c("US MX CU")),
    Region("Gulf of Aden", "sea", 12.5, 48.0, "", _c("YE SO DJ")),
    Region("Gulf of Oman", "sea", 24.5, 58.5, "", _c("OM IR AE PK")),
    Region("Gulf of Guinea", "sea", 2.0, 3.0, "", _c("NG GH CI TG BJ CM GQ GA ST")),
    Region("Gulf of Thailand", "sea", 9.5, 101.5, "", _c("TH KH VN MY")),
    Region("Gulf of Finland", "sea", 60.0, 26.0, "", _c("FI EE RU")),
    Region("Gulf of Bothnia", "sea", 63.0, 20.0, "", _c("SE FI")),
    Region("Gulf of California", "sea", 28.0, -112.0, "MX", _c("MX"), _a("Sea of Cortez")),
    Region("Gulf of Alaska", "sea", 57.0, -145.0, "US", _c("US")),
    Region("Gulf of Aqaba", "sea", 28.8, 34.8, "", _c("EG IL JO SA")),
    Region("Bay of Bengal", "sea", 15.0, 88.0, "", _c("IN BD MM LK")),
    Region("Bay of Biscay", "sea", 45.0, -4.0, "", _c("FR ES")),
    Region("Hudson Bay", "sea", 60.0, -85.0, "CA", _c("CA")),
    Region("Chesapeake Bay", "sea", 38.0, -76.2, "US", _c("US")),
    # straits and canals
    Region("Strait of Hormuz", "sea", 26.6, 56.5, "", _c("IR OM AE"), _a("Hormuz Strait")),
    Region("Strait of Gibraltar", "sea", 35.95, -5.6, "", _c("ES MA GI")),
    Region("Strait of Malacca", "sea", 2.5, 101.5, "", _c("MY ID SG"), _a("Malacca Strait")),
    Region("Taiwan Strait", "sea", 24.0, 119.5, "", _c("TW CN")),
    Region("Bab-el-Mandeb", "sea", 12.6, 43.3, "", _c("YE DJ ER"), _a("Bab al-Mandab")),
    Region("Kerch Strait", "sea", 45.3, 36.5, "", _c("UA RU")),
    Region("Bering Strait", "sea", 65.8, -169.0, "", _c("US RU")),
    Region("English Channel", "sea", 50.2, -1.5, "", _c("GB FR")),
    Region("Bosphorus", "sea", 41.1, 29.05, "TR", _c("TR"), _a("Bosporus")),
    Region("Dardanelles", "sea", 40.2, 26.4, "TR", _c("TR")),
    Region("Suez Canal", "sea", 30.5, 32.35, "EG", _c("EG")),
    Region("Panama Canal", "sea", 9.1, -79.7, "PA", _c("PA")),
    # rivers (point: the middle of the course, or of its best-known stretch)
    Region("Nile", "sea", 22.0, 31.5, "", _c("EG SD SS ET UG"), _a("Nile River|River Nile")),
    Region("Amazon River", "sea", -3.0, -60.0, "BR", _c("BR PE CO"), _a("River Amazon")),
    Region("Mississippi River", "sea", 35.0, -90.0, "US", _c("US")),
    Region("Missouri River", "sea", 42.0, -97.0, "US", _c("US")),
    Region("Hudson River", "sea", 41.7, -73.95, "US", _c("US")),
    Region("Potomac River", "sea", 38.8, -77.1, "US", _c("US"), _a("Potomac")),
    Region("Rio Grande", "sea", 29.5, -104.0, "", _c("US MX")),
    Region("Danube", "sea", 45.5, 20.0, "", _c("DE AT SK HU HR RS RO BG UA"),
           _a("Danube River|River Danube")),
    Region("Rhine", "sea", 50.0, 7.6, "", _c("CH DE FR NL"), _a("Rhine River|River Rhine")),
    Region("River Thames", "sea", 51.5, -0.5, "GB", _c("GB"), _a("Thames|Thames River")),
    Region("Seine", "sea", 48.9, 2.3, "FR", _c("FR"), _a("River Seine")),
    Region("Volga", "sea", 50.0, 45.5, "RU", _c("RU"), _a("Volga River")),
    Region("Dnieper", "sea", 48.0, 34.0, "", _c("UA BY RU"), _a("Dnieper River|Dnipro River")),
    Region("Euphrates", "sea", 35.0, 40.0, "", _c("TR SY IQ"), _a("Euphrates River")),
    Region("Tigris", "sea", 34.0, 43.8, "", _c("TR SY IQ"), _a("Tigris River")),
    Region("Jordan River", "sea", 32.0, 35.55, "", _c("IL JO PS SY"), _a("River Jordan")),
    Region("Yangtze", "sea", 30.5, 112.0, "CN", _c("CN"), _a("Yangtze River|Chang Jiang")),
    Region("Yellow River", "sea", 35.0, 110.0, "CN", _c("CN"), _a("Huang He")),
    Region("Mekong", "sea", 15.0, 105.8, "", _c("CN MM LA TH KH VN"), _a("Mekong River")),
    Region("Ganges", "sea", 25.3, 83.0, "IN", _c("IN BD"), _a("Ganga|Ganges River")),
    Region("Indus", "sea", 28.0, 69.0, "PK", _c("PK IN CN"), _a("Indus River")),
    Region("Congo River", "sea", -2.0, 17.0, "", _c("CD CG AO")),
    Region("Niger River", "sea", 14.0, 0.0, "", _c("GN ML NE NG BJ"), _a("River Niger")),
    Region("Zambezi", "sea", -16.0, 29.0, "", _c("ZM ZW MZ AO NA BW"), _a("Zambezi River")),
    Region("Orinoco", "sea", 8.1, -63.6, "VE", _c("VE CO"), _a("Orinoco River")),
    # lakes
    Region("Great Lakes", "sea", 45.0, -84.0, "", _c("US CA")),
    Region("Lake Michigan", "sea", 44.0, -87.0, "US", _c("US")),
    Region("Lake Superior", "sea", 47.7, -87.5, "", _c("US CA")),
    Region("Lake Erie", "sea", 42.2, -81.2, "", _c("US CA")),
    Region("Lake Ontario", "sea", 43.7, -77.9, "", _c("US CA")),
    Region("Lake Victoria", "sea", -1.0, 33.0, "", _c("UG KE TZ")),
    Region("Lake Tanganyika", "sea", -6.0, 29.5, "", _c("TZ CD BI ZM")),
    Region("Lake Chad", "sea", 13.3, 14.1, "", _c("TD NE NG CM")),
    Region("Lake Malawi", "sea", -12.0, 34.6, "", _c("MW MZ TZ"), _a("Lake Nyasa")),
    Region("Lake Baikal", "sea", 53.5, 108.0, "RU", _c("RU")),
    Region("Lake Titicaca", "sea", -15.8, -69.4, "", _c("PE BO")),
    Region("Lake Geneva", "sea", 46.45, 6.5, "", _c("CH FR"), _a("Lac Leman")),
    Region("Lake Tahoe", "sea", 39.1, -120.0, "US", _c("US")),
    # deltas, deserts, mountains, peninsulas
    Region("Nile Delta", "region", 30.8, 31.1, "EG", _c("EG")),
    Region("Niger Delta", "region", 5.2, 6.3, "NG", _c("NG")),
    Region("Mekong Delta", "region", 10.0, 105.8, "VN", _c("VN")),
    Region("Okavango Delta", "region", -19.3, 22.9, "BW", _c("BW")),
    Region("Amazon rainforest", "region", -4.0, -62.0, "", _c("BR PE CO VE EC BO"),
           _a("Amazonia|Amazon basin|Amazon Rainforest")),
    Region("Great Barrier Reef", "region", -18.0, 147.0, "AU", _c("AU")),
    Region("Black Forest", "region", 48.3, 8.2, "DE", _c("DE")),
    Region("Sahara", "region", 23.0, 13.0, "", _c("MA DZ TN LY EG SD TD NE ML MR EH"),
           _a("Sahara Desert|Saharan")),
    Region("Gobi Desert", "region", 43.0, 105.0, "", _c("MN CN"), _a("Gobi")),
    Region("Kalahari Desert", "region", -23.0, 22.0, "", _c("BW NA ZA"), _a("Kalahari")),
    Region("Atacama Desert", "region", -24.0, -69.5, "CL", _c("CL"), _a("Atacama")),
    Region("Namib Desert", "region", -24.0, 15.5, "NA", _c("NA"), _a("Namib")),
    Region("Mojave Desert", "region", 35.0, -116.0, "US", _c("US"), _a("Mojave")),
    Region("Negev", "region", 30.8, 34.8, "IL", _c("IL"), _a("Negev Desert")),
    Region("Sinai Peninsula", "region", 29.5, 33.8, "EG", _c("EG"), _a("Sinai")),
    Region("Himalayas", "region", 28.5, 84.0, "", _c("NP IN CN BT PK"),
           _a("Himalaya|Himalayan|Himalayan Mountains")),
    Region("Alps", "region", 46.5, 10.0, "", _c("FR CH IT AT DE SI LI"), _a("the Alps")),
    Region("Andes", "region", -20.0, -67.0, "", _c("VE CO EC PE BO CL AR"),
           _a("Andes Mountains|Andean")),
    Region("Rocky Mountains", "region", 44.0, -110.0, "", _c("US CA"), _a("Rockies")),
    Region("Appalachian Mountains", "region", 38.0, -80.0, "US", _c("US"),
           _a("Appalachians|Appalachia")),
    Region("Pyrenees", "region", 42.7, 0.5, "", _c("ES FR AD")),
    Region("Ural Mountains", "region", 60.0, 59.0, "RU", _c("RU"), _a("Urals")),
    Region("Caucasus", "region", 42.5, 44.0, "", _c("RU GE AZ AM"),
           _a("Caucasus Mountains|North Caucasus|South Caucasus")),
    Region("Hindu Kush", "region", 35.5, 70.5, "", _c("AF PK")),
    Region("Karakoram", "region", 35.8, 76.5, "", _c("PK IN CN")),
    Region("Atlas Mountains", "region", 31.5, -6.5, "", _c("MA DZ TN")),
    Region("Carpathians", "region", 47.5, 24.5, "", _c("RO UA SK PL CZ HU"),
           _a("Carpathian Mountains")),
    Region("Golan Heights", "region", 33.0, 35.75, "", _c("SY IL"), _a("Golan")),
    Region("Mount Everest", "region", 27.99, 86.93, "", _c("NP CN"), _a("Everest")),
    Region("Nagorno-Karabakh", "region", 39.8, 46.75, "AZ", _c("AZ AM"), _a("Karabakh")),
    Region("South Ossetia", "region", 42.3, 44.0, "GE", _c("GE RU")),
    Region("Korean Peninsula", "region", 38.5, 127.5, "", _c("KR KP")),
    Region("Arabian Peninsula", "region", 23.0, 46.0, "", _c("SA YE OM AE QA KW BH")),
    Region("Iberian Peninsula", "region", 40.0, -4.0, "", _c("ES PT AD GI"), _a("Iberia")),
    Region("Balkans", "region", 43.0, 21.0, "", _c("RS BA HR ME MK AL XK BG SI GR RO"),
           _a("Balkan Peninsula|Balkan|Western Balkans")),
    Region("Anatolia", "region", 39.0, 34.0, "TR", _c("TR")),
    Region("Yucatan Peninsula", "region", 19.5, -89.0, "", _c("MX GT BZ"), _a("Yucatan")),
    Region("Indochina", "region", 15.0, 103.0, "", _c("VN LA KH TH MM")),
    Region("Horn of Africa", "region", 8.0, 45.0, "", _c("SO ET ER DJ")),
    # world regions
    Region("Middle East", "region", 27.0, 44.0, "",
           _c("EG IL PS JO LB SY IQ IR SA YE OM AE QA KW BH TR"),
           _a("Mideast|Middle Eastern|the Middle East")),
    Region("Levant", "region", 33.5, 36.0, "", _c("SY LB IL PS JO")),
    Region("Maghreb", "region", 31.0, 2.0, "", _c("MA DZ TN LY MR")),
    Region("Sahel", "region", 14.0, 2.0, "", _c("SN MR ML BF NE TD SD")),
    Region("North Africa", "region", 27.0, 13.0, "", _c("MA DZ TN LY EG"), _a("North African")),
    Region("West Africa", "region", 12.0, -3.0, "",
           _c("NG GH CI SN ML BF NE GN SL LR TG BJ GM GW MR"), _a("West African")),
    Region("East Africa", "region", 0.0, 36.0, "", _c("KE TZ UG RW BI ET SO SS"),
           _a("East African")),
    Region("Central Africa", "region", 2.0, 20.0, "", _c("CF CM TD CG CD GA GQ"),
           _a("Central African")),
    Region("Southern Africa", "region", -23.0, 25.0, "", _c("ZA NA BW ZW MZ ZM LS SZ MW AO"),
           _a("Southern African")),
    Region("Sub-Saharan Africa", "region", -5.0, 20.0, "", (), _a("Sub-Saharan")),
    Region("Southeast Asia", "region", 8.0, 110.0, "", _c("ID MY SG TH VN PH MM KH LA BN TL"),
           _a("South-East Asia|South East Asia|Southeast Asian|South-East Asian")),
    Region("South Asia", "region", 23.0, 78.0, "", _c("IN PK BD LK NP BT MV AF"),
           _a("South Asian")),
    Region("East Asia", "region", 35.0, 115.0, "", _c("CN JP KR KP TW MN"), _a("East Asian")),
    Region("Central Asia", "region", 43.0, 65.0, "", _c("KZ UZ TM KG TJ"),
           _a("Central Asian")),
    Region("Asia-Pacific", "region", 10.0, 120.0, "", (), _a("Asia Pacific")),
    Region("Central America", "region", 13.0, -86.0, "", _c("GT BZ HN SV NI CR PA"),
           _a("Central American")),
    Region("Caribbean", "region", 17.0, -72.0, "", _c("CU JM HT DO PR BS TT BB"),
           _a("the Caribbean")),
    Region("Scandinavia", "region", 63.0, 15.0, "", _c("NO SE DK"), _a("Scandinavian")),
    Region("Baltic states", "region", 57.0, 24.0, "", _c("EE LV LT"), _a("Baltics")),
    Region("Eastern Europe", "region", 50.0, 28.0, "", _c("PL UA BY RO MD HU SK CZ BG"),
           _a("Eastern European")),
    Region("Western Europe", "region", 48.0, 5.0, "", _c("FR DE BE NL LU GB IE CH AT"),
           _a("Western European")),
    Region("Central Europe", "region", 50.0, 15.0, "", _c("DE PL CZ SK AT HU CH SI"),
           _a("Central European")),
    Region("Siberia", "region", 64.0, 125.0, "RU", _c("RU"), _a("Siberian")),
    Region("Arctic", "region", 80.0, 0.0, "", _c("RU CA US NO GL DK IS FI SE"), _a("the Arctic")),
    Region("Gulf states", "region", 25.5, 50.5, "", _GULF_STATES,
           _a("Gulf countries|Gulf region|Gulf Arab states")),
    Region("Patagonia", "region", -45.0, -69.0, "", _c("AR CL")),
    Region("Kurdistan", "region", 36.5, 44.0, "", _c("IQ TR IR SY"), _a("Kurdish")),
    Region("Donbas", "region", 48.0, 38.5, "UA", _c("UA"), _a("Donbass")),
    Region("Darfur", "region", 13.5, 24.5, "SD", _c("SD")),
    Region("Arab world", "region", 25.0, 40.0, "",
           _c("EG SA IQ SY JO LB PS YE OM AE QA KW BH LY TN DZ MA SD MR"),
           _a("Arab|Arabs|Arab countries|Arab states")),
    Region("Midwest", "region", 41.5, -90.0, "US", _c("US"), _a("Midwestern")),
    Region("New England", "region", 43.5, -71.5, "US", _c("US")),
    Region("Pacific Northwest", "region", 46.0, -121.0, "", _c("US CA")),
    Region("Silicon Valley", "region", 37.4, -122.05, "US", _c("US")),
    Region("San Francisco Bay Area", "region", 37.75, -122.25, "US", _c("US"), _a("Bay Area")),
    Region("Gulf Coast", "region", 29.5, -90.0, "", _c("US MX")),
    Region("Deep South", "region", 32.5, -87.5, "US", _c("US")),
    Region("French Riviera", "region", 43.6, 7.1, "FR", _c("FR"), _a("Cote d'Azur")),
    Region("Costa del Sol", "region", 36.6, -4.6, "ES", _c("ES")),
)
# fmt: on

# Names that mean one of several features, told apart by the text's countries (and
# meaning none when the text is about none of them).
_AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "gulf": ("Persian Gulf", "Gulf of Mexico"),
    "the gulf": ("Persian Gulf", "Gulf of Mexico"),
}


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Region, ...]]:
    by_name = {r.name: r for r in _TABLE}
    index: dict[str, tuple[Region, ...]] = {}
    for region in _TABLE:
        for name in (region.name, *region.aliases):
            key = normalise(name)
            if key in index and index[key] != (region,):
                raise ValueError(f"region name {name!r} is given twice")
            index[key] = (region,)
    for key, names in _AMBIGUOUS.items():
        index[key] = tuple(by_name[n] for n in names)
    return index


def regions_named(name: str) -> tuple[Region, ...]:
    """The features ``name`` may mean ('the Atlantic', 'Red Sea', 'Middle Eastern'); empty
    when it names none of the table."""
    key = normalise(name)
    if key.endswith("'s"):
        key = key[:-2]
    return _index().get(key, ())


def is_ambiguous(name: str) -> bool:
    """Whether ``name`` means one of several features, told apart only by the text."""
    return normalise(name) in _AMBIGUOUS


@lru_cache(maxsize=1)
def _by_key() -> dict[str, Region]:
    return {r.key: r for r in _TABLE}


def region_of_key(key: str) -> Region | None:
    """The feature whose ``Region.key`` is ``key``."""
    return _by_key().get(key)


def all_regions() -> tuple[Region, ...]:
    return _TABLE
