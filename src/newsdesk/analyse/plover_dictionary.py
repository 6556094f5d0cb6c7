"""PLOVER actor dictionary: who a named person or body is, as (country code, sector).

In the manner of the CAMEO/PETRARCH/ICEWS actor dictionaries, written from general
knowledge (not from benchmark data). Scope:

- people (``plover_people``): heads of state and government of the world's countries
  over 1990-2026, G20 and conflict-party foreign and defence ministers, army chiefs,
  rebel, militant and opposition leaders, heads of the main IGOs, each with the years of
  the office so that "President Bush" in 2003 is USA GOV and a person who changed office
  (Solana: Spanish minister, then NATO, then EU) gets the office of the article's date;
- bodies (``BODIES``): seats of power used for governments ("the Kremlin", "Downing
  Street"), legislatures, militaries and security services, parties, rebel groups and
  transnational militant groups, international NGOs, former and official country names
  ("the PRC", "Zaire", "the Soviet Union").

Codes are ISO 3166 alpha-3, ``IGO`` and ``IMG`` (transnational militarized group) as in
the PLOVER manual's country-name section. Matching is on whole names,
case- and accent-insensitively; a surname alone matches only when it is not a common
surname (or a title such as "President" goes with it) and points to one country.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.analyse.plover_people import PEOPLE

SECTOR_OF_ROLE = {
    "hos": "GOV", "hog": "GOV", "vp": "GOV", "fm": "GOV", "dm": "GOV", "min": "GOV",
    "gov": "GOV", "mil": "MIL", "reb": "REB", "opp": "OPP", "pty": "PTY", "spy": "SPY",
    "leg": "LEG", "jud": "JUD", "rel": "REL", "crm": "CRM", "igo": "IGO",
}  # fmt: skip

# Titles naming an office, and the offices they fit ("President Lee": a head of state).
_TITLE_ROLES: dict[str, frozenset[str]] = {
    "president": frozenset({"hos", "vp", "igo"}), "prime minister": frozenset({"hog"}),
    "premier": frozenset({"hog"}), "chancellor": frozenset({"hog"}),
    "king": frozenset({"hos"}), "queen": frozenset({"hos"}), "emir": frozenset({"hos"}),
    "sultan": frozenset({"hos"}), "pope": frozenset({"hos"}),
    "foreign minister": frozenset({"fm"}), "foreign secretary": frozenset({"fm"}),
    "secretary of state": frozenset({"fm"}),
    "defence minister": frozenset({"dm"}), "defense minister": frozenset({"dm"}),
    "defence secretary": frozenset({"dm"}), "defense secretary": frozenset({"dm"}),
    "vice president": frozenset({"vp"}), "vice-president": frozenset({"vp"}),
    "secretary-general": frozenset({"igo"}), "secretary general": frozenset({"igo"}),
    "general": frozenset({"mil"}), "gen": frozenset({"mil"}),
}  # fmt: skip
_TITLE_WORDS = {
    "president", "prime", "minister", "premier", "chancellor", "king", "queen", "emir",
    "sultan", "sheikh", "shaikh", "prince", "crown", "foreign", "defence", "defense",
    "secretary", "vice", "vice-president", "general", "gen", "lt", "lieutenant", "col",
    "colonel", "mr", "mrs", "ms", "dr", "ayatollah", "mullah", "former", "acting",
    "interim", "of", "state", "senior", "leader", "chairman",
}  # fmt: skip

# Surnames too common (or too often first names) to identify an office holder alone.
COMMON_SURNAMES = frozenset({
    "abdullah", "adams", "ahmed", "ali", "allen", "anderson", "baker", "banda", "barak", "bell",
    "bishop", "brown", "campbell", "carr", "carter", "castillo", "castro", "chavez", "chen",
    "clark", "cohen", "cook", "cooper", "costa", "cruz", "davis", "diaz", "evans", "fernandez",
    "fischer", "fox", "franco", "garcia", "gates", "gonzalez", "gray", "green", "hall", "harris",
    "hassan", "hernandez", "hill", "howard", "hunt", "hussein", "jackson", "james", "johnson",
    "jones", "jonathan", "jung", "kelly", "khan", "kim", "king", "lam", "lee", "levy", "lewis",
    "li", "liu", "lopez", "ma", "major", "martin", "martinez", "may", "michel", "miller",
    "mohamed", "mohammad", "mohammed", "moon", "moore", "morales", "moreno", "murphy", "nelson",
    "nguyen", "park", "patterson", "paz", "perez", "perry", "powell", "ramos", "reid", "rice",
    "robertson", "robinson", "rodriguez", "rose", "ross", "salman", "sanchez", "santos", "scott",
    "shah", "singh", "silva", "smith", "taylor", "thomas", "turner", "wade", "walker", "wallace",
    "wang", "ward", "white", "williams", "wilson", "wong", "wood", "wright", "yang", "young",
    "zhang", "abdul", "aziz", "mahmoud", "omar", "rashid", "said", "saleh", "sharif", "sultan",
    "hamad", "khalifa", "tamim", "zayed",
    # first names that are also some holder's last name
    "dan", "henry", "pavel", "charles", "elizabeth", "john", "francis", "albert", "george",
    "paul", "peter", "david", "michael", "joseph", "daniel", "mark", "leo", "maher", "key",
    "mesa", "cem", "philippe", "juan", "carlos", "felipe",
    # common Nordic surnames
    "persson", "andersson", "rasmussen", "frederiksen",
})  # fmt: skip

# Countries whose people are named family name first ("Xi Jinping" -> "Xi").
_FAMILY_FIRST = {"CHN", "TWN", "KOR", "PRK", "HKG"}
# Countries whose people are referred to by their first name ("Thaksin", "Mahathir").
_GIVEN_NAME_USED = {"THA"}
_ROMAN = re.compile(r"^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi|jr|sr)$")


def normalise(name: str) -> str:
    """Lower case, no accents, hyphens and dots as spaces, no possessive ('s)."""
    text = name.replace("\u2019", "'").replace("ı", "i").replace("ø", "o").replace("ł", "l")
    text = text.replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"'s$", "", text.strip())
    text = re.sub(r"[-.,]", " ", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Office:
    person: str
    code: str
    role: str
    start: int | None
    end: int | None

    @property
    def sector(self) -> str:
        return SECTOR_OF_ROLE[self.role]

    def held_in(self, year: int, slack: int = 0) -> bool:
        return (self.start is None or self.start - slack <= year) and (
            self.end is None or year <= self.end + slack
        )


def _years(text: str) -> tuple[int | None, int | None]:
    start, _, end = text.partition("-")
    return (int(start) if start else None, int(end) if end else None)


def _drop_suffixes(words: list[str]) -> list[str]:
    """'benigno aquino iii' -> 'benigno aquino' (the first word stays: 'Xi')."""
    return words[:1] + [w for w in words[1:] if not _ROMAN.match(w)]


def _surname_keys(written: str, code: str) -> set[str]:
    """The words a holder is named by alone: the last name, the family name where it comes
    first ('Xi Jinping', 'Kim Jong-un'), the given name where that is usual ('Thaksin',
    'Sheikh Tamim bin Hamad'). A name with a title ('King Charles') or a regnal number
    ('Mohammed VI') is matched whole only."""
    words = normalise(written).split()
    if not words or words[0] in _TITLE_WORDS:
        return set()
    kept = _drop_suffixes(words)
    if len(kept) < len(words) and len(kept) == 1:
        return set()
    if code in _FAMILY_FIRST and (code == "CHN" or "-" in written.split()[-1]):
        return {kept[0]}
    keys = {kept[-1]}
    if code in _GIVEN_NAME_USED or "bin" in kept or "ibn" in kept:
        keys.add(kept[0])
    return keys


class _People:
    """The office table indexed by full name and by surname."""

    def __init__(self, table: str) -> None:
        self.full: dict[str, list[Office]] = {}
        self.surname: dict[str, list[Office]] = {}
        for line in table.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            code, role, years, names = line.split(" ", 3)
            start, end = _years(years)
            written = [n.strip() for n in names.split(";") if n.strip()]
            person = normalise(written[0])
            for alias in written:
                office = Office(person, code, role, start, end)
                self.full.setdefault(normalise(alias), []).append(office)
                for key in _surname_keys(alias, code):
                    self.surname.setdefault(key, []).append(office)


@lru_cache(maxsize=1)
def _people() -> _People:
    return _People(PEOPLE)


def _strip_titles(name: str) -> tuple[str, frozenset[str] | None]:
    """'president george w bush' -> ('george w bush', offices a president may hold)."""
    words = name.split()
    while words and words[0] in _TITLE_WORDS:
        words = words[1:]
    return " ".join(words), _title_roles(name[: len(name) - len(" ".join(words))])


def _resolve(offices: list[Office], year: int | None) -> tuple[str, str] | None:
    """One answer for the offices of a name: those held in ``year`` if any; several
    countries are an answer only when they are one person's (then the latest office)."""
    if year is not None:  # held that year, else a year off (an article about a new or
        # former holder), else any
        offices = (
            [o for o in offices if o.held_in(year)]
            or [o for o in offices if o.held_in(year, 1)]
            or offices
        )
    if len({o.code for o in offices}) > 1 and len({o.person for o in offices}) > 1:
        # 'Blair': a head of state or government is named by surname alone far more often
        # than a minister of another country who shares it
        leaders = {o.person for o in offices if o.role in ("hos", "hog")}
        if len(leaders) != 1:
            return None
        offices = [o for o in offices if o.person in leaders]
    best = max(offices, key=lambda o: o.start or 0)
    return best.code, best.sector


def _title_roles(text: str) -> frozenset[str] | None:
    """The offices a title fits ('prime minister' -> heads of government)."""
    for title, fits in sorted(_TITLE_ROLES.items(), key=lambda kv: -len(kv[0])):
        if f" {title} " in f" {text} ":
            return fits
    return None


@lru_cache(maxsize=65536)
def lookup_person(
    name: str, role: str | None = None, year: int | None = None, *, alone: bool = True
) -> tuple[str, str] | None:
    """(country code, sector) of an office holder named ``name`` ('Putin', 'President Bush',
    'Abdelaziz Bouteflika'), or None. ``role`` is a title that went with the name ('Prime
    Minister'); ``year`` the article's year, to choose among the offices of a name;
    ``alone`` False accepts full names only (no surname on its own)."""
    table = _people()
    norm = normalise(name)
    if not norm:
        return None
    title_roles = _title_roles(normalise(role)) if role else None
    offices = table.full.get(norm)
    if offices is None and role:
        offices = table.full.get(f"{normalise(role)} {norm}")  # "King" + "Charles"
    if offices is None and not alone:
        return None
    if offices is None:
        bare, from_name = _strip_titles(norm)
        title_roles = title_roles or from_name
        offices = table.full.get(bare)
        if offices is None and bare:
            words = _drop_suffixes(bare.split())
            if not words:
                return None
            key = words[-1]
            found = table.surname.get(key, [])
            if len(words) > 1:
                # "George Bush": the first name must be one of the holder's
                firsts = {words[0], words[0][:1]}
                found = [o for o in found if o.person.split()[0] in firsts]
            elif key in COMMON_SURNAMES and title_roles is None:
                return None
            offices = found
    if not offices:
        return None
    if title_roles:
        fitting = [o for o in offices if o.role in title_roles]
        if fitting:
            offices = fitting
        elif len(norm.split()) == 1 and norm in COMMON_SURNAMES:
            return None
    return _resolve(offices, year)


# --- bodies -------------------------------------------------------------------------
# name -> (code, sector). Seats of power and institutions whose country a sentence seldom
# states, security services, militaries, parties and armed groups, NGOs, old country names.
BODIES: dict[str, tuple[str, str]] = {
    # seats of power, governments and legislatures
    "white house": ("USA", "GOV"), "pentagon": ("USA", "MIL"), "state department": ("USA", "GOV"),
    "capitol hill": ("USA", "LEG"), "foggy bottom": ("USA", "GOV"),
    "us congress": ("USA", "LEG"), "u s congress": ("USA", "LEG"),
    "us senate": ("USA", "LEG"), "u s senate": ("USA", "LEG"),
    "kremlin": ("RUS", "GOV"), "duma": ("RUS", "LEG"), "state duma": ("RUS", "LEG"),
    "elysee": ("FRA", "GOV"), "elysee palace": ("FRA", "GOV"), "quai d'orsay": ("FRA", "GOV"),
    "matignon": ("FRA", "GOV"), "downing street": ("GBR", "GOV"), "number 10": ("GBR", "GOV"),
    "no 10": ("GBR", "GOV"), "whitehall": ("GBR", "GOV"), "westminster": ("GBR", "LEG"),
    "home office": ("GBR", "GOV"),
    "house of commons": ("GBR", "LEG"), "house of lords": ("GBR", "LEG"),
    "bundestag": ("DEU", "LEG"), "bundesrat": ("DEU", "LEG"), "bundeswehr": ("DEU", "MIL"),
    "bundesbank": ("DEU", "GOV"),
    "knesset": ("ISR", "LEG"), "zhongnanhai": ("CHN", "GOV"),
    "national people's congress": ("CHN", "LEG"),
    "chinese communist party": ("CHN", "GOV"), "communist party of china": ("CHN", "GOV"),
    "blue house": ("KOR", "GOV"), "national assembly of korea": ("KOR", "LEG"),
    "kantei": ("JPN", "GOV"), "lok sabha": ("IND", "LEG"), "rajya sabha": ("IND", "LEG"),
    "south block": ("IND", "GOV"), "quirinale": ("ITA", "GOV"), "palazzo chigi": ("ITA", "GOV"),
    "farnesina": ("ITA", "GOV"), "moncloa": ("ESP", "GOV"), "casa rosada": ("ARG", "GOV"),
    "planalto": ("BRA", "GOV"), "itamaraty": ("BRA", "GOV"), "los pinos": ("MEX", "GOV"),
    "sejm": ("POL", "LEG"), "verkhovna rada": ("UKR", "LEG"), "rada": ("UKR", "LEG"),
    "majlis": ("IRN", "LEG"), "storting": ("NOR", "LEG"), "riksdag": ("SWE", "LEG"),
    "folketing": ("DNK", "LEG"), "dail": ("IRL", "LEG"), "dail eireann": ("IRL", "LEG"),
    "grand national assembly": ("TUR", "LEG"), "ankara government": ("TUR", "GOV"),
    "bankova": ("UKR", "GOV"), "miraflores": ("VEN", "GOV"), "union buildings": ("ZAF", "GOV"),
    "federal reserve": ("USA", "GOV"), "the fed": ("USA", "GOV"),
    "holy see": ("VAT", "GOV"), "vatican": ("VAT", "GOV"),
    # epithets of states in news style
    "jewish state": ("ISR", "GOV"),
    "zionist entity": ("ISR", "GOV"), "hermit kingdom": ("PRK", "GOV"),
    # security services and militaries
    "cia": ("USA", "SPY"), "nsa": ("USA", "SPY"), "fbi": ("USA", "COP"),
    "marine corps": ("USA", "MIL"), "us marines": ("USA", "MIL"), "centcom": ("USA", "MIL"),
    "joint chiefs of staff": ("USA", "MIL"), "homeland security": ("USA", "GOV"),
    "mi5": ("GBR", "SPY"), "mi6": ("GBR", "SPY"), "gchq": ("GBR", "SPY"),
    "scotland yard": ("GBR", "COP"), "royal navy": ("GBR", "MIL"), "raf": ("GBR", "MIL"),
    "royal air force": ("GBR", "MIL"), "royal marines": ("GBR", "MIL"),
    "fsb": ("RUS", "SPY"), "kgb": ("RUS", "SPY"), "gru": ("RUS", "SPY"), "svr": ("RUS", "SPY"),
    "red army": ("RUS", "MIL"), "wagner group": ("RUS", "MIL"), "wagner": ("RUS", "MIL"),
    "mossad": ("ISR", "SPY"), "shin bet": ("ISR", "SPY"), "shabak": ("ISR", "SPY"),
    "idf": ("ISR", "MIL"), "israel defense forces": ("ISR", "MIL"),
    "israel defence forces": ("ISR", "MIL"), "tsahal": ("ISR", "MIL"),
    "pla": ("CHN", "MIL"), "people's liberation army": ("CHN", "MIL"),
    "people's armed police": ("CHN", "COP"), "ministry of state security": ("CHN", "SPY"),
    "tatmadaw": ("MMR", "MIL"), "isi": ("PAK", "SPY"),
    "inter-services intelligence": ("PAK", "SPY"),
    "research and analysis wing": ("IND", "SPY"),
    "irgc": ("IRN", "MIL"), "revolutionary guards": ("IRN", "MIL"),
    "revolutionary guard": ("IRN", "MIL"), "islamic revolutionary guard corps": ("IRN", "MIL"),
    "quds force": ("IRN", "MIL"), "basij": ("IRN", "MIL"), "savak": ("IRN", "SPY"),
    "popular mobilization forces": ("IRQ", "MIL"), "hashd al-shaabi": ("IRQ", "MIL"),
    "stasi": ("DEU", "SPY"), "bnd": ("DEU", "SPY"), "dgse": ("FRA", "SPY"),
    "french foreign legion": ("FRA", "MIL"), "foreign legion": ("FRA", "MIL"),
    "sbu": ("UKR", "SPY"), "azov": ("UKR", "MIL"),
    "self-defense forces": ("JPN", "MIL"), "self-defence forces": ("JPN", "MIL"),
    "kpa": ("PRK", "MIL"), "korean people's army": ("PRK", "MIL"),
    "ecomog": ("IGO", "MIL"), "unprofor": ("IGO", "MIL"), "kfor": ("IGO", "MIL"),
    "isaf": ("IGO", "MIL"), "unifil": ("IGO", "MIL"), "monusco": ("IGO", "MIL"),
    "minusma": ("IGO", "MIL"), "amisom": ("IGO", "MIL"), "sfor": ("IGO", "MIL"),
    "ifor": ("IGO", "MIL"), "unamid": ("IGO", "MIL"), "unmiss": ("IGO", "MIL"),
    # parties
    "likud": ("ISR", "PTY"), "kadima": ("ISR", "PTY"),
    "kuomintang": ("TWN", "PTY"), "kmt": ("TWN", "PTY"),
    "democratic progressive party": ("TWN", "PTY"),
    "bjp": ("IND", "PTY"), "bharatiya janata party": ("IND", "PTY"),
    "congress party": ("IND", "PTY"), "indian national congress": ("IND", "PTY"),
    "akp": ("TUR", "PTY"), "ak party": ("TUR", "PTY"), "chp": ("TUR", "PTY"),
    "hdp": ("TUR", "PTY"), "united russia": ("RUS", "PTY"), "ldp": ("JPN", "PTY"),
    "liberal democratic party of japan": ("JPN", "PTY"), "cdu": ("DEU", "PTY"),
    "csu": ("DEU", "PTY"), "spd": ("DEU", "PTY"), "afd": ("DEU", "PTY"),
    "tories": ("GBR", "PTY"), "ukip": ("GBR", "PTY"),
    "dup": ("GBR", "PTY"), "sinn fein": ("GBR", "PTY"), "national rally": ("FRA", "PTY"),
    "pml-n": ("PAK", "PTY"),
    "pakistan tehreek-e-insaf": ("PAK", "PTY"),
    "awami league": ("BGD", "PTY"), "anc": ("ZAF", "PTY"),
    "african national congress": ("ZAF", "PTY"), "inkatha": ("ZAF", "PTY"),
    "inkatha freedom party": ("ZAF", "PTY"), "zanu-pf": ("ZWE", "PTY"), "zanu": ("ZWE", "PTY"),
    "mdc": ("ZWE", "OPP"), "movement for democratic change": ("ZWE", "OPP"),
    "fatah": ("PSE", "PTY"), "ennahda": ("TUN", "PTY"), "baath party": ("SYR", "PTY"),
    "justice and development party": ("TUR", "PTY"), "chavistas": ("VEN", "PTY"),
    "psuv": ("VEN", "PTY"), "morena": ("MEX", "PTY"),
    "peronists": ("ARG", "PTY"), "mpla": ("AGO", "PTY"),
    "frelimo": ("MOZ", "PTY"), "swapo": ("NAM", "PTY"), "chama cha mapinduzi": ("TZA", "PTY"),
    "national league for democracy": ("MMR", "OPP"), "nld": ("MMR", "OPP"),
    "fretilin": ("TLS", "PTY"), "rwandan patriotic front": ("RWA", "PTY"), "rpf": ("RWA", "PTY"),
    "georgian dream": ("GEO", "PTY"), "fidesz": ("HUN", "PTY"), "syriza": ("GRC", "PTY"),
    "pasok": ("GRC", "PTY"), "new democracy": ("GRC", "PTY"), "sandinistas": ("NIC", "PTY"),
    "sandinista national liberation front": ("NIC", "PTY"), "fsln": ("NIC", "PTY"),
    "muslim brotherhood": ("EGY", "OPP"), "umma party": ("SDN", "PTY"),
    "fis": ("DZA", "OPP"), "islamic salvation front": ("DZA", "OPP"),
    # Middle East armed groups
    "hamas": ("PSE", "REB"), "plo": ("PSE", "GOV"),
    "palestine liberation organization": ("PSE", "GOV"),
    "palestinian liberation organization": ("PSE", "GOV"),
    "palestinian authority": ("PSE", "GOV"), "palestinian national authority": ("PSE", "GOV"),
    "islamic jihad": ("PSE", "REB"), "palestinian islamic jihad": ("PSE", "REB"),
    "al-aqsa martyrs brigades": ("PSE", "REB"), "al aqsa martyrs brigades": ("PSE", "REB"),
    "izz ad-din al-qassam brigades": ("PSE", "REB"), "qassam brigades": ("PSE", "REB"),
    "pflp": ("PSE", "REB"), "popular front for the liberation of palestine": ("PSE", "REB"),
    "hezbollah": ("LBN", "REB"), "hizbollah": ("LBN", "REB"), "hizbullah": ("LBN", "REB"),
    "amal": ("LBN", "REB"), "south lebanon army": ("LBN", "REB"),
    "houthis": ("YEM", "REB"), "houthi": ("YEM", "REB"), "ansar allah": ("YEM", "REB"),
    "houthi rebels": ("YEM", "REB"), "southern transitional council": ("YEM", "REB"),
    "peshmerga": ("IRQ", "MIL"), "mahdi army": ("IRQ", "REB"), "kataib hezbollah": ("IRQ", "REB"),
    "kurdistan regional government": ("IRQ", "GOV"), "krg": ("IRQ", "GOV"),
    "pkk": ("TUR", "REB"), "kurdistan workers' party": ("TUR", "REB"),
    "kurdistan workers party": ("TUR", "REB"), "free syrian army": ("SYR", "REB"),
    "syrian democratic forces": ("SYR", "REB"), "sdf": ("SYR", "REB"), "ypg": ("SYR", "REB"),
    "hayat tahrir al-sham": ("SYR", "REB"), "hts": ("SYR", "REB"),
    "nusra front": ("SYR", "REB"), "al-nusra front": ("SYR", "REB"),
    "jabhat al-nusra": ("SYR", "REB"), "mek": ("IRN", "OPP"), "mujahedin-e khalq": ("IRN", "OPP"),
    "polisario": ("ESH", "REB"), "polisario front": ("ESH", "REB"),
    "gia": ("DZA", "REB"), "armed islamic group": ("DZA", "REB"),
    # transnational militant groups (PLOVER 'IMG')
    "al-qaeda": ("IMG", "REB"), "al qaeda": ("IMG", "REB"), "al-qaida": ("IMG", "REB"),
    "al qaida": ("IMG", "REB"), "alqaeda": ("IMG", "REB"), "al-qa'ida": ("IMG", "REB"),
    "islamic state": ("IMG", "REB"), "isis": ("IMG", "REB"), "isil": ("IMG", "REB"),
    "daesh": ("IMG", "REB"), "islamic state of iraq and the levant": ("IMG", "REB"),
    "islamic state of iraq and syria": ("IMG", "REB"), "al-qaeda in iraq": ("IMG", "REB"),
    "al-qaeda in the arabian peninsula": ("IMG", "REB"), "aqap": ("IMG", "REB"),
    "al-qaeda in the islamic maghreb": ("IMG", "REB"), "aqim": ("IMG", "REB"),
    # South and Central Asia
    "taliban": ("AFG", "REB"), "afghan taliban": ("AFG", "REB"), "haqqani network": ("AFG", "REB"),
    "tehreek-e-taliban pakistan": ("PAK", "REB"), "tehrik-i-taliban pakistan": ("PAK", "REB"),
    "pakistani taliban": ("PAK", "REB"), "ttp": ("PAK", "REB"), "lashkar-e-taiba": ("PAK", "REB"),
    "lashkar-e-toiba": ("PAK", "REB"), "jaish-e-mohammed": ("PAK", "REB"),
    "ltte": ("LKA", "REB"), "tamil tigers": ("LKA", "REB"),
    "liberation tigers of tamil eelam": ("LKA", "REB"),
    "northern alliance": ("AFG", "REB"), "mujahideen": ("AFG", "REB"),
    "hezb-e-islami": ("AFG", "REB"), "naxalites": ("IND", "REB"),
    "ulfa": ("IND", "REB"), "hizbul mujahideen": ("IND", "REB"),
    # Africa
    "spla": ("SDN", "REB"), "splm": ("SDN", "REB"), "splm/a": ("SDN", "REB"),
    "sudan people's liberation army": ("SDN", "REB"),
    "sudan people's liberation movement": ("SDN", "REB"), "janjaweed": ("SDN", "REB"),
    "rapid support forces": ("SDN", "REB"), "rsf": ("SDN", "REB"),
    "justice and equality movement": ("SDN", "REB"), "jem": ("SDN", "REB"),
    "sudan liberation army": ("SDN", "REB"), "splm-io": ("SSD", "REB"),
    "ruf": ("SLE", "REB"), "revolutionary united front": ("SLE", "REB"),
    "kamajors": ("SLE", "REB"), "npfl": ("LBR", "REB"), "lurd": ("LBR", "REB"),
    "national patriotic front of liberia": ("LBR", "REB"),
    "unita": ("AGO", "REB"), "renamo": ("MOZ", "REB"), "boko haram": ("NGA", "REB"),
    "iswap": ("NGA", "REB"), "mend": ("NGA", "REB"), "ipob": ("NGA", "REB"),
    "al-shabaab": ("SOM", "REB"), "al shabaab": ("SOM", "REB"), "shabaab": ("SOM", "REB"),
    "al-shabab": ("SOM", "REB"), "lord's resistance army": ("UGA", "REB"), "lra": ("UGA", "REB"),
    "allied democratic forces": ("UGA", "REB"),
    "m23": ("COD", "REB"), "cndp": ("COD", "REB"), "fdlr": ("COD", "REB"),
    "mai-mai": ("COD", "REB"), "mlc": ("COD", "REB"), "tplf": ("ETH", "REB"),
    "tigray people's liberation front": ("ETH", "REB"), "olf": ("ETH", "REB"),
    "oromo liberation front": ("ETH", "REB"), "fano": ("ETH", "REB"),
    "seleka": ("CAF", "REB"), "anti-balaka": ("CAF", "REB"), "interahamwe": ("RWA", "REB"),
    "fnl": ("BDI", "REB"), "cndd-fdd": ("BDI", "PTY"), "tuareg rebels": ("MLI", "REB"),
    "mnla": ("MLI", "REB"), "ansar dine": ("MLI", "REB"), "jnim": ("MLI", "REB"),
    "forces nouvelles": ("CIV", "REB"),
    # Europe
    "ira": ("GBR", "REB"), "irish republican army": ("GBR", "REB"), "real ira": ("GBR", "REB"),
    "provisional ira": ("GBR", "REB"), "uvf": ("GBR", "REB"), "uda": ("GBR", "REB"),
    "ulster volunteer force": ("GBR", "REB"), "ulster defence association": ("GBR", "REB"),
    "eta": ("ESP", "REB"), "kla": ("SRB", "REB"), "kosovo liberation army": ("SRB", "REB"),
    "uck": ("SRB", "REB"), "national liberation army of macedonia": ("MKD", "REB"),
    "republika srpska": ("BIH", "GOV"), "bosnian serb army": ("BIH", "REB"),
    "chechen rebels": ("RUS", "REB"), "pkk rebels": ("TUR", "REB"),
    # Americas
    "farc": ("COL", "REB"), "eln": ("COL", "REB"), "auc": ("COL", "REB"),
    "revolutionary armed forces of colombia": ("COL", "REB"),
"shining path": ("PER", "REB"),
    "sendero luminoso": ("PER", "REB"), "tupac amaru": ("PER", "REB"), "mrta": ("PER", "REB"),
    "phalange": ("LBN", "REB"), "phalangists": ("LBN", "REB"), "m-19": ("COL", "REB"),
    "contras": ("NIC", "REB"), "zapatistas": ("MEX", "REB"), "ezln": ("MEX", "REB"),
    "fmln": ("SLV", "REB"), "sinaloa cartel": ("MEX", "CRM"), "jalisco cartel": ("MEX", "CRM"),
    "ms-13": ("SLV", "CRM"), "tren de aragua": ("VEN", "CRM"),
    "jamaat al muslimeen": ("TTO", "REB"), "jamaat al-muslimeen": ("TTO", "REB"),
    # East and South-East Asia
    "khmer rouge": ("KHM", "REB"), "abu sayyaf": ("PHL", "REB"), "milf": ("PHL", "REB"),
    "moro islamic liberation front": ("PHL", "REB"), "mnlf": ("PHL", "REB"),
    "moro national liberation front": ("PHL", "REB"), "new people's army": ("PHL", "REB"),
    "npa": ("PHL", "REB"), "jemaah islamiyah": ("IDN", "REB"), "free aceh movement": ("IDN", "REB"),
    "free papua movement": ("IDN", "REB"), "falintil": ("TLS", "REB"),
    "kachin independence army": ("MMR", "REB"), "karen national union": ("MMR", "REB"),
    "arakan army": ("MMR", "REB"), "people's defence force": ("MMR", "REB"),
    # international NGOs: coded IGO as the PLOVER gold standard records code them (the
    # current manual has a separate 'NGO' code; switching is an edit of this block)
    "amnesty international": ("IGO", "NGO"),
    "human rights watch": ("IGO", "NGO"), "red cross": ("IGO", "NGO"),
    "international committee of the red cross": ("IGO", "NGO"), "icrc": ("IGO", "NGO"),
    "red crescent": ("IGO", "NGO"), "doctors without borders": ("IGO", "NGO"),
    "medecins sans frontieres": ("IGO", "NGO"), "msf": ("IGO", "NGO"),
    "greenpeace": ("IGO", "NGO"), "oxfam": ("IGO", "NGO"), "save the children": ("IGO", "NGO"),
    "reporters without borders": ("IGO", "NGO"), "transparency international": ("IGO", "NGO"),
    "international crisis group": ("IGO", "NGO"), "care international": ("IGO", "NGO"),
    "international rescue committee": ("IGO", "NGO"), "caritas": ("IGO", "NGO"),
    "committee to protect journalists": ("IGO", "NGO"),
    # old, official and short country names
    "prc": ("CHN", "GOV"), "people's republic of china": ("CHN", "GOV"),
    "mainland china": ("CHN", "GOV"), "republic of china": ("TWN", "GOV"),
    "rok": ("KOR", "GOV"), "republic of korea": ("KOR", "GOV"),
    "democratic people's republic of korea": ("PRK", "GOV"), "dprk": ("PRK", "GOV"),
    "soviet union": ("RUS", "GOV"), "ussr": ("RUS", "GOV"), "u s s r": ("RUS", "GOV"),
    "russian federation": ("RUS", "GOV"), "yugoslavia": ("SRB", "GOV"),
    "federal republic of yugoslavia": ("SRB", "GOV"), "serbia and montenegro": ("SRB", "GOV"),
    "zaire": ("COD", "GOV"), "czechoslovakia": ("CZE", "GOV"), "burma": ("MMR", "GOV"),
    "west germany": ("DEU", "GOV"), "east germany": ("DEU", "GOV"),
    "federal republic of germany": ("DEU", "GOV"), "north vietnam": ("VNM", "GOV"),
    "kampuchea": ("KHM", "GOV"), "rhodesia": ("ZWE", "GOV"), "ceylon": ("LKA", "GOV"),
    "dahomey": ("BEN", "GOV"), "upper volta": ("BFA", "GOV"), "swaziland": ("SWZ", "GOV"),
    "eswatini": ("SWZ", "GOV"), "east timor": ("TLS", "GOV"), "timor-leste": ("TLS", "GOV"),
    "ivory coast": ("CIV", "GOV"), "cote d'ivoire": ("CIV", "GOV"),
    "islamic republic": ("IRN", "GOV"), "islamic republic of iran": ("IRN", "GOV"),
    "jamahiriya": ("LBY", "GOV"), "uae": ("ARE", "GOV"), "ksa": ("SAU", "GOV"),
    # more IGOs, UN missions and tribunals (the lexicon's IGO names stay the base)
    "international court of justice": ("IGO", "JUD"), "icj": ("IGO", "JUD"),
    "world court": ("IGO", "JUD"), "icty": ("IGO", "JUD"), "ictr": ("IGO", "JUD"),
    "european court of human rights": ("IGO", "JUD"), "european court of justice": ("IGO", "JUD"),
    "un human rights council": ("IGO", "IGO"), "human rights council": ("IGO", "IGO"),
    "ohchr": ("IGO", "IGO"), "ocha": ("IGO", "IGO"), "undp": ("IGO", "IGO"),
    "unep": ("IGO", "IGO"), "unodc": ("IGO", "IGO"), "unfpa": ("IGO", "IGO"),
    "unaids": ("IGO", "IGO"), "fao": ("IGO", "IGO"), "ifad": ("IGO", "IGO"),
    "food and agriculture organization": ("IGO", "IGO"), "world food program": ("IGO", "IGO"),
    "iom": ("IGO", "IGO"), "international organization for migration": ("IGO", "IGO"),
    "opcw": ("IGO", "IGO"), "organisation for the prohibition of chemical weapons": ("IGO", "IGO"),
    "organization for the prohibition of chemical weapons": ("IGO", "IGO"),
    "ctbto": ("IGO", "IGO"), "oecd": ("IGO", "IGO"), "european council": ("IGO", "IGO"),
    "council of the european union": ("IGO", "IGO"), "european central bank": ("IGO", "IGO"),
    "ecb": ("IGO", "IGO"), "ebrd": ("IGO", "IGO"), "asian development bank": ("IGO", "IGO"),
    "inter-american development bank": ("IGO", "IGO"), "islamic development bank": ("IGO", "IGO"),
    "mercosur": ("IGO", "IGO"), "caricom": ("IGO", "IGO"), "andean community": ("IGO", "IGO"),
    "igad": ("IGO", "IGO"), "east african community": ("IGO", "IGO"), "comesa": ("IGO", "IGO"),
    "economic community of west african states": ("IGO", "IGO"),
    "southern african development community": ("IGO", "IGO"),
    "shanghai cooperation organisation": ("IGO", "IGO"),
    "shanghai cooperation organization": ("IGO", "IGO"), "sco": ("IGO", "IGO"),
    "collective security treaty organization": ("IGO", "IGO"), "csto": ("IGO", "IGO"),
    "commonwealth of independent states": ("IGO", "IGO"), "cis": ("IGO", "IGO"),
    "organisation of the islamic conference": ("IGO", "IGO"),
    "organization of the islamic conference": ("IGO", "IGO"),
    "organization of islamic cooperation": ("IGO", "IGO"), "arab maghreb union": ("IGO", "IGO"),
    "western european union": ("IGO", "IGO"), "nordic council": ("IGO", "IGO"),
    "international energy agency": ("IGO", "IGO"), "paris club": ("IGO", "IGO"),
    "unmik": ("IGO", "MIL"), "unamsil": ("IGO", "MIL"), "unmil": ("IGO", "MIL"),
    "minustah": ("IGO", "MIL"), "monuc": ("IGO", "MIL"), "unamir": ("IGO", "MIL"),
    "unosom": ("IGO", "MIL"), "untac": ("IGO", "MIL"), "unficyp": ("IGO", "MIL"),
    "undof": ("IGO", "MIL"), "unmis": ("IGO", "MIL"), "unmee": ("IGO", "MIL"),
    "unama": ("IGO", "IGO"), "unami": ("IGO", "IGO"), "unsmil": ("IGO", "IGO"),
    "blue helmets": ("IGO", "MIL"), "un peacekeepers": ("IGO", "MIL"),
    "international olympic committee": ("IGO", "NGO"), "ioc": ("IGO", "NGO"),
    "fifa": ("IGO", "NGO"), "world vision": ("IGO", "NGO"), "islamic relief": ("IGO", "NGO"),
    "ifrc": ("IGO", "NGO"), "freedom house": ("IGO", "NGO"), "global witness": ("IGO", "NGO"),
    "physicians for human rights": ("IGO", "NGO"), "world council of churches": ("IGO", "NGO"),
    "international commission of jurists": ("IGO", "NGO"), "action against hunger": ("IGO", "NGO"),
    "international federation of journalists": ("IGO", "NGO"), "wwf": ("IGO", "NGO"),
    # state media and news agencies (their reports are their country's voice)
    "xinhua": ("CHN", "JRN"), "xinhua news agency": ("CHN", "JRN"), "people's daily": ("CHN",
    "JRN"),
    "global times": ("CHN", "JRN"), "cctv": ("CHN", "JRN"), "cgtn": ("CHN", "JRN"),
    "tass": ("RUS", "JRN"), "itar-tass": ("RUS", "JRN"), "ria novosti": ("RUS", "JRN"),
    "interfax": ("RUS", "JRN"), "kcna": ("PRK", "JRN"), "korean central news agency": ("PRK",
    "JRN"),
    "rodong sinmun": ("PRK", "JRN"), "yonhap": ("KOR", "JRN"), "kyodo": ("JPN", "JRN"),
    "nhk": ("JPN", "JRN"), "irna": ("IRN", "JRN"), "fars news agency": ("IRN", "JRN"),
    "tasnim": ("IRN", "JRN"), "press tv": ("IRN", "JRN"), "isna": ("IRN", "JRN"),
    "sana": ("SYR", "JRN"), "saudi press agency": ("SAU", "JRN"),
    "middle east news agency": ("EGY", "JRN"), "al-ahram": ("EGY", "JRN"), "al ahram": ("EGY",
    "JRN"),
    "anadolu": ("TUR", "JRN"), "anadolu agency": ("TUR", "JRN"), "wafa": ("PSE", "JRN"),
    "bernama": ("MYS", "JRN"), "antara": ("IDN", "JRN"), "press trust of india": ("IND", "JRN"),
    "pti": ("IND", "JRN"), "ansa": ("ITA", "JRN"), "efe": ("ESP", "JRN"),
    "agence france-presse": ("FRA", "JRN"), "afp": ("FRA", "JRN"), "dpa": ("DEU", "JRN"),
    "bbc": ("GBR", "JRN"), "al jazeera": ("QAT", "JRN"), "al-jazeera": ("QAT", "JRN"),
    "al arabiya": ("SAU", "JRN"), "al-arabiya": ("SAU", "JRN"), "prensa latina": ("CUB", "JRN"),
    "granma": ("CUB", "JRN"), "vietnam news agency": ("VNM", "JRN"), "tanjug": ("SRB", "JRN"),
    "ukrinform": ("UKR", "JRN"), "belta": ("BLR", "JRN"), "kuna": ("KWT", "JRN"),
    "wam": ("ARE", "JRN"), "qatar news agency": ("QAT", "JRN"), "suna": ("SDN", "JRN"),
    "national news agency": ("LBN", "JRN"),
    # state and national firms
    "gazprom": ("RUS", "BUS"), "rosneft": ("RUS", "BUS"), "lukoil": ("RUS", "BUS"),
    "rosatom": ("RUS", "BUS"), "transneft": ("RUS", "BUS"), "aeroflot": ("RUS", "BUS"),
    "naftogaz": ("UKR", "BUS"), "aramco": ("SAU", "BUS"), "saudi aramco": ("SAU", "BUS"),
    "sabic": ("SAU", "BUS"), "pdvsa": ("VEN", "BUS"), "petrobras": ("BRA", "BUS"),
    "pemex": ("MEX", "BUS"), "ecopetrol": ("COL", "BUS"), "ypf": ("ARG", "BUS"),
    "codelco": ("CHL", "BUS"), "sonatrach": ("DZA", "BUS"), "nnpc": ("NGA", "BUS"),
    "sonangol": ("AGO", "BUS"), "national iranian oil company": ("IRN", "BUS"),
    "nioc": ("IRN", "BUS"), "qatarenergy": ("QAT", "BUS"), "qatar petroleum": ("QAT", "BUS"),
    "adnoc": ("ARE", "BUS"), "petronas": ("MYS", "BUS"), "pertamina": ("IDN", "BUS"),
    "ongc": ("IND", "BUS"), "cnpc": ("CHN", "BUS"), "sinopec": ("CHN", "BUS"),
    "petrochina": ("CHN", "BUS"), "cnooc": ("CHN", "BUS"), "huawei": ("CHN", "BUS"),
    "zte": ("CHN", "BUS"), "cosco": ("CHN", "BUS"), "statoil": ("NOR", "BUS"),
    "equinor": ("NOR", "BUS"), "eni": ("ITA", "BUS"), "edf": ("FRA", "BUS"),
    "kepco": ("KOR", "BUS"), "tepco": ("JPN", "BUS"), "el al": ("ISR", "BUS"),
    "iran air": ("IRN", "BUS"), "turkish airlines": ("TUR", "BUS"),
    "israel aerospace industries": ("ISR", "BUS"), "elbit": ("ISR", "BUS"),
    "rafael": ("ISR", "BUS"), "lockheed martin": ("USA", "BUS"), "raytheon": ("USA", "BUS"),
    "boeing": ("USA", "BUS"), "exxonmobil": ("USA", "BUS"), "exxon": ("USA", "BUS"),
    "chevron": ("USA", "BUS"),
    # religious leaders known by their title
    "pope": ("VAT", "REL"), "the pope": ("VAT", "REL"), "dalai lama": ("CHN", "REL"),
    # more parties
    "bnp": ("BGD", "PTY"), "bangladesh nationalist party": ("BGD", "PTY"),
    "pakistan peoples party": ("PAK", "PTY"), "pakistan people's party": ("PAK", "PTY"),
    "pml": ("PAK", "PTY"), "pakistan muslim league": ("PAK", "PTY"), "mqm": ("PAK", "PTY"),
    "muttahida qaumi movement": ("PAK", "PTY"), "aiadmk": ("IND", "PTY"), "dmk": ("IND", "PTY"),
    "samajwadi party": ("IND", "PTY"), "shiv sena": ("IND", "PTY"),
    "trinamool congress": ("IND", "PTY"), "odm": ("KEN", "OPP"),
    "orange democratic movement": ("KEN", "OPP"), "kanu": ("KEN", "PTY"),
    "jubilee party": ("KEN", "PTY"), "national resistance movement": ("UGA", "PTY"),
    "nrm": ("UGA", "PTY"), "forum for democratic change": ("UGA", "OPP"),
    "all progressives congress": ("NGA", "PTY"), "peoples democratic party": ("NGA", "PTY"),
    "democratic alliance": ("ZAF", "PTY"), "economic freedom fighters": ("ZAF", "PTY"),
    "eprdf": ("ETH", "PTY"), "prosperity party": ("ETH", "PTY"),
    "freedom and justice party": ("EGY", "PTY"), "nidaa tounes": ("TUN", "PTY"),
    "dawa party": ("IRQ", "PTY"), "sadrists": ("IRQ", "PTY"),
    "supreme islamic iraqi council": ("IRQ", "PTY"), "sciri": ("IRQ", "PTY"),
    "kurdistan democratic party": ("IRQ", "PTY"), "kdp": ("IRQ", "PTY"),
    "patriotic union of kurdistan": ("IRQ", "PTY"), "puk": ("IRQ", "PTY"),
    "future movement": ("LBN", "PTY"), "free patriotic movement": ("LBN", "PTY"),
    "lebanese forces": ("LBN", "PTY"), "yisrael beiteinu": ("ISR", "PTY"), "shas": ("ISR", "PTY"),
    "yesh atid": ("ISR", "PTY"), "meretz": ("ISR", "PTY"), "mhp": ("TUR", "PTY"),
    "ldpr": ("RUS", "PTY"), "yabloko": ("RUS", "PTY"), "party of regions": ("UKR", "PTY"),
    "servant of the people": ("UKR", "PTY"), "united national movement": ("GEO", "OPP"),
    "serbian progressive party": ("SRB", "PTY"), "socialist party of serbia": ("SRB", "PTY"),
    "serb democratic party": ("BIH", "PTY"), "hdz": ("HRV", "PTY"), "sda": ("BIH", "PTY"),
    "jobbik": ("HUN", "PTY"), "law and justice": ("POL", "PTY"), "civic platform": ("POL", "PTY"),
    "front national": ("FRA", "PTY"), "les republicains": ("FRA", "PTY"), "ump": ("FRA", "PTY"),
    "fdp": ("DEU", "PTY"), "die linke": ("DEU", "PTY"), "snp": ("GBR", "PTY"),
    "scottish national party": ("GBR", "PTY"), "sdlp": ("GBR", "PTY"),
    "ulster unionist party": ("GBR", "PTY"), "psoe": ("ESP", "PTY"), "podemos": ("ESP", "PTY"),
    "batasuna": ("ESP", "PTY"), "herri batasuna": ("ESP", "PTY"), "forza italia": ("ITA", "PTY"),
    "five star movement": ("ITA", "PTY"), "northern league": ("ITA", "PTY"),
    "gop": ("USA", "PTY"), "republican party": ("USA", "PTY"),
    "democratic national committee": ("USA", "PTY"), "pri": ("MEX", "PTY"), "prd": ("MEX", "PTY"),
    "fanmi lavalas": ("HTI", "PTY"), "lavalas": ("HTI", "PTY"),
    "workers' party of korea": ("PRK", "PTY"), "ccp": ("CHN", "GOV"), "cpc": ("CHN", "GOV"),
    "democratic party of japan": ("JPN", "PTY"), "komeito": ("JPN", "PTY"),
    "saenuri": ("KOR", "PTY"), "grand national party": ("KOR", "PTY"),
    "cambodian people's party": ("KHM", "PTY"), "cnrp": ("KHM", "OPP"), "funcinpec": ("KHM", "PTY"),
    "pheu thai": ("THA", "PTY"), "thai rak thai": ("THA", "PTY"), "red shirts": ("THA", "OPP"),
    "yellow shirts": ("THA", "OPP"), "umno": ("MYS", "PTY"), "barisan nasional": ("MYS", "PTY"),
    "pakatan harapan": ("MYS", "PTY"), "golkar": ("IDN", "PTY"), "usdp": ("MMR", "PTY"),
    "slfp": ("LKA", "PTY"), "unp": ("LKA", "PTY"), "jvp": ("LKA", "PTY"),
    # more armed groups, security forces and police known by name alone
    "baloch liberation army": ("PAK", "REB"), "balochistan liberation army": ("PAK", "REB"),
    "ogaden national liberation front": ("ETH", "REB"), "onlf": ("ETH", "REB"),
    "eritrean people's liberation front": ("ERI", "REB"), "eplf": ("ERI", "REB"),
    "nscn": ("IND", "REB"), "jammu and kashmir liberation front": ("IND", "REB"),
    "jklf": ("IND", "REB"), "naxals": ("IND", "REB"), "grapo": ("ESP", "REB"),
    "red brigades": ("ITA", "REB"), "red army faction": ("DEU", "REB"),
    "baader-meinhof": ("DEU", "REB"), "november 17": ("GRC", "REB"), "dhkp-c": ("TUR", "REB"),
    "pjak": ("IRN", "REB"), "jundallah": ("IRN", "REB"), "people's mujahedin": ("IRN", "OPP"),
    "ansar al-islam": ("IRQ", "REB"), "asaib ahl al-haq": ("IRQ", "REB"),
    "libyan national army": ("LBY", "MIL"), "lna": ("LBY", "MIL"),
    "islamic courts union": ("SOM", "REB"), "hizbul islam": ("SOM", "REB"),
    "ansaru": ("NGA", "REB"), "mujao": ("MLI", "REB"), "spla-n": ("SDN", "REB"),
    "spla-io": ("SSD", "REB"), "ulimo": ("LBR", "REB"), "urng": ("GTM", "REB"),
    "united wa state army": ("MMR", "REB"), "uwsa": ("MMR", "REB"),
    "islamic movement of uzbekistan": ("UZB", "REB"), "farc-ep": ("COL", "REB"),
    "fardc": ("COD", "MIL"), "sandf": ("ZAF", "MIL"), "updf": ("UGA", "MIL"),
    "tni": ("IDN", "MIL"), "kopassus": ("IDN", "MIL"), "ispr": ("PAK", "MIL"),
    "border security force": ("IND", "MIL"), "crpf": ("IND", "COP"), "assam rifles": ("IND", "MIL"),
    "rapid action battalion": ("BGD", "COP"), "spetsnaz": ("RUS", "MIL"), "omon": ("RUS", "COP"),
    "rosgvardia": ("RUS", "COP"), "carabinieri": ("ITA", "COP"), "guardia civil": ("ESP", "COP"),
    "garda": ("IRL", "COP"), "gardai": ("IRL", "COP"), "ruc": ("GBR", "COP"),
    "royal ulster constabulary": ("GBR", "COP"), "psni": ("GBR", "COP"),
    "metropolitan police": ("GBR", "COP"), "nypd": ("USA", "COP"), "dea": ("USA", "COP"),
    "navy seals": ("USA", "MIL"), "delta force": ("USA", "MIL"), "asio": ("AUS", "SPY"),
    "csis": ("CAN", "SPY"), "rcmp": ("CAN", "COP"), "gign": ("FRA", "COP"),
    "national directorate of security": ("AFG", "SPY"),
}  # fmt: skip
_BODIES_NORM = {re.sub(r"^the ", "", normalise(k)): v for k, v in BODIES.items()}

# Adjectives of former states ('Soviet troops', 'Yugoslav army').
FORMER_DEMONYMS: dict[str, str] = {
    "soviet": "RUS", "soviets": "RUS", "yugoslav": "SRB", "yugoslavian": "SRB",
    "zairean": "COD", "zairian": "COD", "czechoslovak": "CZE", "rhodesian": "ZWE",
    "burmese": "MMR", "kosovar": "XKX", "kosovan": "XKX",
    # former names of countries
    "zaire": "COD", "yugoslavia": "SRB", "czechoslovakia": "CZE", "rhodesia": "ZWE",
    "ceylon": "LKA", "siam": "THA", "persia": "IRN", "dahomey": "BEN", "kampuchea": "KHM",
    "kampuchean": "KHM", "byelorussian": "BLR", "moldavian": "MDA",
    # demonyms the countries table lacks or derives wrongly
    "salvadorean": "SLV", "bhutanese": "BTN", "maldivian": "MDV", "khmer": "KHM",
    "ivorian": "CIV", "motswana": "BWA", "batswana": "BWA", "basotho": "LSO", "swazi": "SWZ",
    "mauritian": "MUS", "togolese": "TGO", "beninese": "BEN", "burkinabe": "BFA",
    "english": "GBR", "scots": "GBR", "guyanese": "GUY", "bahamian": "BHS",
    "barbadian": "BRB", "surinamese": "SUR",
}  # fmt: skip


# Peoples and regions of one country, as adjectives or nouns ('Tamil rebels', 'Basque
# separatists', 'Turkish Cypriot leaders'): the country whose conflict or politics they
# belong to. Peoples living in several countries (Kurds, Hutus, Pashtuns, Tuareg) are left
# out: the sentence must say where.
GROUPS: dict[str, str] = {
    # regions named alone for their country
    "bosnia": "BIH", "herzegovina": "BIH", "tibet": "CHN", "chechnya": "RUS", "darfur": "SDN",
    "abkhazia": "GEO", "transnistria": "MDA", "england": "GBR", "scotland": "GBR",
    "wales": "GBR", "northern ireland": "GBR", "upper volta": "BFA",
    "chechen": "RUS", "ingush": "RUS", "dagestani": "RUS", "tatar": "RUS",
    "tamil": "LKA", "sinhalese": "LKA", "sinhala": "LKA", "basque": "ESP", "catalan": "ESP",
    "galician": "ESP", "corsican": "FRA", "breton": "FRA", "tibetan": "CHN", "uighur": "CHN",
    "uyghur": "CHN", "kashmiri": "IND", "sikh": "IND", "naga": "IND", "assamese": "IND",
    "baluch": "PAK", "baloch": "PAK", "sindhi": "PAK", "hazara": "AFG",
    "yoruba": "NGA", "igbo": "NGA", "ibo": "NGA", "hausa": "NGA", "ijaw": "NGA",
    "ogoni": "NGA", "biafran": "NGA", "zulu": "ZAF", "xhosa": "ZAF", "afrikaner": "ZAF",
    "kikuyu": "KEN", "luo": "KEN", "kalenjin": "KEN", "ashanti": "GHA", "dinka": "SSD",
    "nuer": "SSD", "darfuri": "SDN", "oromo": "ETH", "amhara": "ETH", "tigrayan": "ETH",
    "tigrean": "ETH", "sahrawi": "ESH", "saharawi": "ESH", "kabyle": "DZA", "copt": "EGY",
    "coptic": "EGY", "maronite": "LBN", "ndebele": "ZWE", "acehnese": "IDN",
    "papuan": "IDN", "moro": "PHL", "karen": "MMR", "kachin": "MMR", "rohingya": "MMR",
    "abkhaz": "GEO", "abkhazian": "GEO", "ossetian": "GEO", "transnistrian": "MDA",
    "crimean": "UKR", "flemish": "BEL", "walloon": "BEL", "scottish": "GBR", "welsh": "GBR",
    "ulster": "GBR", "quebecois": "CAN", "mapuche": "CHL", "zapatista": "MEX", "gazan": "PSE",
    "turkish cypriot": "CYP", "greek cypriot": "CYP", "bosnian serb": "BIH",
    "bosnian croat": "BIH", "bosnian muslim": "BIH", "krajina serb": "HRV",
    "northern irish": "GBR", "south ossetian": "GEO", "puerto rican": "USA",
}  # fmt: skip


def group_country(words: str) -> str | None:
    """The country of a people or region named by one or two words ('Tamils', 'Bosnian
    Serb'), or None."""
    norm = normalise(words)
    found = GROUPS.get(norm)
    if found is None and norm.endswith("s"):
        found = GROUPS.get(norm[:-1])
    return found


@lru_cache(maxsize=65536)
def lookup_body(name: str) -> tuple[str, str] | None:
    """(code, sector) of a body named ``name`` ('the Kremlin', 'Hezbollah', 'the PRC')."""
    norm = normalise(name)
    norm = re.sub(r"^(the|a|an) ", "", norm)
    found = _BODIES_NORM.get(norm)
    if found is None and norm.endswith("s"):
        found = _BODIES_NORM.get(norm[:-1])
    if found is None and len(norm) >= 5 and not norm.endswith("s"):
        found = _BODIES_NORM.get(norm + "s")  # 'Sandinista troops', not 'Hama' for Hamas
    first, _, rest = norm.partition(" ")
    if found is None and first in _NO_COUNTRY_PEOPLES and rest:
        found = lookup_body(rest)  # 'the Kurdish Peshmerga', 'Shiite Hezbollah'
    return found


_NO_COUNTRY_PEOPLES = {
    "kurdish", "kurd", "arab", "pashtun", "tuareg", "hutu", "tutsi", "shiite", "shia", "sunni",
    "muslim", "moslem", "christian", "islamist", "jihadist", "marxist", "maoist", "leftist",
    "rightist", "militant", "rebel", "radical",
}  # fmt: skip
"""Words before a body's name that name no country ('the Kurdish Peshmerga')."""
