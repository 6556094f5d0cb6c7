"""Names spaCy's small English model often gets wrong, for an entity ruler before its NER.

Written from general knowledge (never from benchmark data): well-known armed groups and
movements ("the Houthis" comes out as a PERSON, "Boko Haram" too), peoples without a state
of their own ("Kurds", "Rohingya"), seats of government used for the state ("the Quai
d'Orsay said", "Downing Street said") and the largest online platforms ("Twitter"
comes out as a PERSON). NER keeps these spans and predicts around them.

Each pattern's ``id`` tells ``entities.py`` what the span is:
``armed_group``, ``people`` (a group of people, no state), ``seat`` (a seat of
government: its country's government when it acts, else the place), ``company``.
"""

from __future__ import annotations

ARMED_GROUPS = """
Houthis|Houthi rebels|Houthi movement|Ansar Allah|Ansarullah
Hezbollah|Hizbollah|Hizballah|Kataib Hezbollah
Hamas|Islamic Jihad|Palestinian Islamic Jihad|al-Qassam Brigades|Qassam Brigades
al-Qaeda|al-Qaida|Al-Qaeda|Al-Qaida|Al Qaeda|al Qaeda|Al Qaida
Islamic State|ISIS|ISIL|Daesh|Islamic State West Africa Province|ISWAP
al-Shabaab|Al-Shabaab|al-Shabab|Al-Shabab|Al Shabaab
Boko Haram|JNIM|Abu Sayyaf
Hayat Tahrir al-Sham|Tahrir al-Sham|Nusra Front|al-Nusra Front
Wagner Group|Rapid Support Forces|Janjaweed|M23|Allied Democratic Forces
PKK|YPG|Syrian Democratic Forces|Free Syrian Army|Popular Mobilization Forces
Lashkar-e-Taiba|Lashkar-e-Tayyiba|Jaish-e-Mohammed|Jaish-e-Muhammad
FARC|ELN|Shining Path|Tamil Tigers|Liberation Tigers of Tamil Eelam|Liberation Tigers|LTTE
Naxalites
"""

PEOPLES = """
Kurds|Rohingya|Uyghurs|Uighurs|Yazidis|Druze|Pashtuns|Hazaras|Baloch|Tamils|Tuareg
Shiites|Shias|Sunnis|Alawites|Copts|Berbers|Amazigh|Roma|Tatars
Hutu|Hutus|Tutsi|Tutsis|Yoruba|Igbo|Hausa|Fulani|Shona|Ndebele|Kikuyu|Oromo|Tigrayans
"""

# Seats of government and the ISO alpha-3 code of their state.
SEATS = """
Kremlin=RUS|White House=USA|Foggy Bottom=USA|Downing Street=GBR|Whitehall=GBR
Elysee=FRA|Élysée=FRA|Elysee Palace=FRA|Élysée Palace=FRA|Quai d'Orsay=FRA|Quai d’Orsay=FRA
Zhongnanhai=CHN|Blue House=KOR|Kasumigaseki=JPN|Casa Rosada=ARG|Planalto=BRA
Palazzo Chigi=ITA|Farnesina=ITA|Moncloa=ESP|Malacanang=PHL|Malacañang=PHL|Aso Rock=NGA
Union Buildings=ZAF|South Block=IND|Bankova=UKR
"""

COMPANIES = """
Twitter|Facebook|Instagram|YouTube|TikTok|WhatsApp|Telegram|Snapchat|LinkedIn|Reddit
Weibo|WeChat|Netflix|Spotify|Google|Alibaba|Tencent|Huawei|Samsung|SpaceX|OpenAI
"""

KINDS = {
    "armed_group": ("ORG", ARMED_GROUPS),
    "people": ("NORP", PEOPLES),
    "seat": ("GPE", SEATS),
    "company": ("ORG", COMPANIES),
}

RULER_ID = "newsdesk"
"""Prefix of the ruler's pattern ids: ``newsdesk:armed_group``."""


def names(table: str) -> list[tuple[str, str]]:
    """(name, ISO alpha-3 or '') for each 'Name' or 'Name=ISO' of a table."""
    items = [n.strip() for line in table.strip().splitlines() for n in line.split("|")]
    return [(n.partition("=")[0], n.partition("=")[2]) for n in items if n]


def patterns() -> list[dict[str, str]]:
    """EntityRuler phrase patterns: label, exact text, id ``newsdesk:<kind>[:<ISO3>]``."""
    return [
        {"label": label, "pattern": name, "id": ":".join(filter(None, (RULER_ID, kind, code)))}
        for kind, (label, table) in KINDS.items()
        for name, code in names(table)
    ]
