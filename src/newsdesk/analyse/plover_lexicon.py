"""PLOVER trigger lexicon, written from the PLOVER manual, its structured codebook
(event and mode definitions) and the CAMEO -> PLOVER conversion table.

Every entry maps an English lemma (as spaCy lemmatises it) to an event type and,
where the codebook defines one, a mode. Nothing here was fitted to the gold
sentences we are scored on (``plover_gsr.jsonl``); the words come from the
definitions ("Agree to, offer, promise ...", "arrest, detain", "Demonstrate or
rally", "Reduce or break diplomatic relations" ...) and their ordinary synonyms.
"""

from __future__ import annotations

from newsdesk.analyse import plover_cameo as cameo

Trigger = tuple[str, str | None]
"""(event type, mode)."""

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

QUAD = {
    "AGREE": "verbal cooperation",
    "CONSULT": "verbal cooperation",
    "SUPPORT": "verbal cooperation",
    "CONCEDE": "verbal cooperation",
    "COOPERATE": "material cooperation",
    "AID": "material cooperation",
    "RETREAT": "material cooperation",
    "REQUEST": "verbal conflict",
    "ACCUSE": "verbal conflict",
    "REJECT": "verbal conflict",
    "THREATEN": "verbal conflict",
    "PROTEST": "material conflict",
    "SANCTION": "material conflict",
    "MOBILIZE": "material conflict",
    "COERCE": "material conflict",
    "ASSAULT": "material conflict",
}
"""The manual's quad category of each event type."""

COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
"""Cooperative actions that become AGREE when reported in the future (manual, AGREE)."""

# --- governors: verbs whose event is defined by their complement -------------
# "agreed to X", "refused to X", "demanded that X", "threatened to X", "accused Y of X".
GOVERNORS: dict[str, str] = {
    # AGREE: "Agree to, offer, promise, or otherwise indicate willingness ..."
    "agree": "AGREE", "offer": "AGREE", "promise": "AGREE", "pledge": "AGREE",
    "commit": "AGREE", "consent": "AGREE", "volunteer": "AGREE", "undertake": "AGREE",
    "vow": "AGREE", "invite": "AGREE", "swear": "AGREE",
    # adjectives of willingness: "is willing / ready / prepared to ..."
    "willing": "AGREE", "ready": "AGREE", "prepared": "AGREE", "committed": "AGREE",
    "eager": "AGREE",
    # CONCEDE: "allow X to ..." eases a restriction (CAMEO 08 yield)
    "allow": "CONCEDE", "permit": "CONCEDE",
    # REJECT: "All rejections and refusals"
    "refuse": "REJECT", "reject": "REJECT", "decline": "REJECT", "deny": "REJECT",
    "rebuff": "REJECT", "spurn": "REJECT", "veto": "REJECT", "oppose": "REJECT",
    "resist": "REJECT", "defy": "REJECT", "dismiss": "REJECT",
    # REQUEST: "All requests, demands, and orders"
    "demand": "REQUEST", "urge": "REQUEST", "ask": "REQUEST", "request": "REQUEST",
    "appeal": "REQUEST", "press": "REQUEST", "seek": "REQUEST", "plead": "REQUEST",
    "petition": "REQUEST", "order": "REQUEST", "implore": "REQUEST", "exhort": "REQUEST",
    "recommend": "REQUEST", "advise": "REQUEST", "encourage": "REQUEST", "instruct": "REQUEST",
    "require": "REQUEST", "beseech": "REQUEST", "challenge": "REQUEST",
    # THREATEN: "All threats, coercive or forceful warnings"
    "threaten": "THREATEN", "warn": "THREATEN", "caution": "THREATEN",
    # ACCUSE 'allege': "Formally or informally accuse; sue, indict, or charge"
    "accuse": "ACCUSE", "charge": "ACCUSE", "blame": "ACCUSE", "allege": "ACCUSE",
    "indict": "ACCUSE",
}  # fmt: skip

GOVERNOR_MODES: dict[str, str] = {
    "accuse": "allege", "charge": "allege", "blame": "allege", "allege": "allege",
    "indict": "allege", "veto": "yield", "defy": "yield",
}  # fmt: skip

PHRASAL_GOVERNORS: dict[tuple[str, str], str] = {
    ("call", "for"): "REQUEST",
    ("call", "on"): "REQUEST",
    ("call", "upon"): "REQUEST",
    ("rule", "out"): "REJECT",
    ("turn", "down"): "REJECT",
    ("push", "for"): "REQUEST",
    ("ask", "for"): "REQUEST",
    ("appeal", "for"): "REQUEST",
    ("campaign", "for"): "REQUEST",  # CAMEO 100 CAMPAIGN
    ("clamor", "for"): "REQUEST",
    ("clamour", "for"): "REQUEST",
}

MODALITY_VERBS = {
    "plan", "intend", "expect", "prepare", "aim", "hope", "schedule", "set", "poise",
    "propose", "wish", "mean",
}  # fmt: skip
"""'plans to meet': the complement is a future act (AGREE for cooperation)."""

REPORTING = {
    "say", "tell", "announce", "report", "state", "add", "claim", "confirm", "reveal",
    "disclose", "note", "explain", "indicate", "quote", "assert", "declare", "describe",
    "write", "argue", "maintain", "believe", "think", "suggest", "hint", "stress",
    "emphasize", "emphasise", "acknowledge", "admit", "predict", "tweet", "learn", "show",
}  # fmt: skip
"""Cue verbs of reported speech: not events themselves; their speaker is ``reported_by``."""

# --- plain verb triggers ------------------------------------------------------
VERBS: dict[str, Trigger] = {
    # CONSULT: "All consultations and meetings ... visiting and hosting ... by phone"
    "meet": ("CONSULT", None), "confer": ("CONSULT", None), "consult": ("CONSULT", None),
    "negotiate": ("CONSULT", None), "discuss": ("CONSULT", None), "talk": ("CONSULT", None),
    "visit": ("CONSULT", "visit"), "host": ("CONSULT", "visit"),
    "telephone": ("CONSULT", "phone"), "phone": ("CONSULT", "phone"),
    "mediate": ("CONSULT", "third-party"), "convene": ("CONSULT", None),
    "arrive": ("CONSULT", "visit"), "travel": ("CONSULT", "visit"), "tour": ("CONSULT", "visit"),
    # SUPPORT: "express support for, commend, approve ... ratify, sign, or finalize"
    "praise": ("SUPPORT", None), "commend": ("SUPPORT", None), "welcome": ("SUPPORT", None),
    "endorse": ("SUPPORT", None), "support": ("SUPPORT", None), "back": ("SUPPORT", None),
    "hail": ("SUPPORT", None), "applaud": ("SUPPORT", None), "approve": ("SUPPORT", None),
    "ratify": ("SUPPORT", None), "congratulate": ("SUPPORT", None), "thank": ("SUPPORT", None),
    "recognize": ("SUPPORT", None), "recognise": ("SUPPORT", None), "defend": ("SUPPORT", None),
    "forgive": ("SUPPORT", None), "finalize": ("SUPPORT", None), "finalise": ("SUPPORT", None),
    "laud": ("SUPPORT", None), "reaffirm": ("SUPPORT", None), "salute": ("SUPPORT", None),
    "invest": ("COOPERATE", None), "airlift": ("AID", None), "airdrop": ("AID", None),
    # CONCEDE: verbal concessions; pardons, amnesties, regret
    "concede": ("CONCEDE", None), "pardon": ("CONCEDE", None), "acquit": ("CONCEDE", None),
    "apologize": ("CONCEDE", None), "apologise": ("CONCEDE", None), "regret": ("CONCEDE", None),
    "yield": ("CONCEDE", None), "relent": ("CONCEDE", None), "accede": ("CONCEDE", None),
    "compromise": ("CONCEDE", None), "amnesty": ("CONCEDE", None),
    # COOPERATE: mutual material cooperation, judicial cooperation, intelligence sharing
    "cooperate": ("COOPERATE", None), "collaborate": ("COOPERATE", None),
    "extradite": ("COOPERATE", None), "co-operate": ("COOPERATE", None),
    # AID: material aid, asylum, rescue, debt forgiveness
    "aid": ("AID", None), "assist": ("AID", None), "donate": ("AID", None),
    "rescue": ("AID", None), "fund": ("AID", None), "finance": ("AID", None),
    "evacuate": ("AID", None), "shelter": ("AID", None),
    # RETREAT: material concessions with immediate consequences
    "withdraw": ("RETREAT", "withdraw"), "retreat": ("RETREAT", "withdraw"),
    "release": ("RETREAT", "release"), "free": ("RETREAT", "release"),
    "repatriate": ("RETREAT", "release"),
    "disarm": ("RETREAT", "disarm"), "surrender": ("RETREAT", "disarm"),
    "demobilize": ("RETREAT", "disarm"), "demobilise": ("RETREAT", "disarm"),
    "resign": ("RETREAT", "resign"), "quit": ("RETREAT", "resign"),
    "cede": ("RETREAT", "withdraw"), "vacate": ("RETREAT", "withdraw"),
    # REQUEST (noun-like verbs that take no complement)
    "beg": ("REQUEST", None),
    # ACCUSE: disapprove, investigate, allege
    "condemn": ("ACCUSE", "disapprove"), "criticize": ("ACCUSE", "disapprove"),
    "criticise": ("ACCUSE", "disapprove"), "denounce": ("ACCUSE", "disapprove"),
    "deplore": ("ACCUSE", "disapprove"), "decry": ("ACCUSE", "disapprove"),
    "complain": ("ACCUSE", "disapprove"), "object": ("ACCUSE", "disapprove"),
    "rebuke": ("ACCUSE", "disapprove"), "censure": ("ACCUSE", "disapprove"),
    "slam": ("ACCUSE", "disapprove"), "blast": ("ACCUSE", "disapprove"),
    "lambast": ("ACCUSE", "disapprove"), "chide": ("ACCUSE", "disapprove"),
    "castigate": ("ACCUSE", "disapprove"), "assail": ("ACCUSE", "disapprove"),
    "arraign": ("ACCUSE", "allege"), "inspect": ("ACCUSE", "investigate"),
    "audit": ("ACCUSE", "investigate"), "ignore": ("REJECT", "yield"),
    "disregard": ("REJECT", "yield"), "repudiate": ("REJECT", None),
    "coordinate": ("COOPERATE", None), "disband": ("RETREAT", "disarm"),
    "retaliate": ("ASSAULT", None), "slay": ("ASSAULT", "targeted"), "lynch": ("ASSAULT", "beat"),
    "ransack": ("ASSAULT", "destroy"), "loot": ("ASSAULT", "destroy"),
    "impound": ("COERCE", "seize"), "revoke": ("SANCTION", "discontinue"),
    "berate": ("ACCUSE", "disapprove"), "fault": ("ACCUSE", "disapprove"),
    "scold": ("ACCUSE", "disapprove"), "snub": ("REJECT", None),
    "reprimand": ("ACCUSE", "disapprove"), "summon": ("ACCUSE", "disapprove"),
    "disapprove": ("ACCUSE", "disapprove"), "protest": ("ACCUSE", "disapprove"),
    "investigate": ("ACCUSE", "investigate"), "probe": ("ACCUSE", "investigate"),
    "sue": ("ACCUSE", "allege"), "interrogate": ("ACCUSE", "investigate"),
    "prosecute": ("ACCUSE", "allege"),
    # PROTEST: demonstrations, riots, strikes, boycotts, obstruction
    "demonstrate": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"),
    "march": ("PROTEST", "demo"), "picket": ("PROTEST", "demo"), "riot": ("PROTEST", "riot"),
    "boycott": ("PROTEST", "boycott"), "strike": ("PROTEST", "strike"),
    # SANCTION: reductions in relations; convictions; expulsions; withdrawals
    "sever": ("SANCTION", "discontinue"), "convict": ("SANCTION", "convict"),
    "sentence": ("SANCTION", "convict"), "sanction": ("SANCTION", "discontinue"),
    "embargo": ("SANCTION", "discontinue"), "recall": ("SANCTION", "withdraw"),
    "downgrade": ("SANCTION", "discontinue"), "freeze": ("SANCTION", "discontinue"),
    # MOBILIZE: military or police moves short of force
    "mobilize": ("MOBILIZE", "troops"), "mobilise": ("MOBILIZE", "troops"),
    "deploy": ("MOBILIZE", "troops"), "mass": ("MOBILIZE", "troops"),
    "station": ("MOBILIZE", "troops"), "reinforce": ("MOBILIZE", "troops"),
    "patrol": ("MOBILIZE", "troops"),
    # COERCE: repression short of violence
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"),
    "jail": ("COERCE", "arrest"), "imprison": ("COERCE", "arrest"),
    "apprehend": ("COERCE", "arrest"),
    "seize": ("COERCE", "seize"), "confiscate": ("COERCE", "seize"),
    "raid": ("COERCE", "seize"), "search": ("COERCE", "seize"),
    "ban": ("COERCE", "ban"), "outlaw": ("COERCE", "ban"), "proscribe": ("COERCE", "ban"),
    "censor": ("COERCE", "censor"), "deport": ("COERCE", "deport"),
    "expel": ("COERCE", "deport"), "restrict": ("COERCE", "restrict"),
    "blockade": ("COERCE", "restrict"), "cordon": ("COERCE", "restrict"),
    "occupy": ("COERCE", "seize"), "annex": ("COERCE", "seize"),
    "hack": ("COERCE", "cyber"), "evict": ("COERCE", "deport"),
    # ASSAULT: deliberate actions that can cause substantial physical harm
    "attack": ("ASSAULT", None), "kill": ("ASSAULT", None), "murder": ("ASSAULT", None),
    "shoot": ("ASSAULT", "firearms"), "gun": ("ASSAULT", "firearms"),
    "bomb": ("ASSAULT", "explosives"), "shell": ("ASSAULT", "heavy-weapons"),
    "bombard": ("ASSAULT", "heavy-weapons"), "fight": ("ASSAULT", None),
    "clash": ("ASSAULT", None), "ambush": ("ASSAULT", None), "invade": ("ASSAULT", None),
    "massacre": ("ASSAULT", "targeted"), "assassinate": ("ASSAULT", "targeted"),
    "execute": ("ASSAULT", "targeted"), "behead": ("ASSAULT", "targeted"),
    "abduct": ("ASSAULT", "abduct"), "kidnap": ("ASSAULT", "abduct"),
    "hijack": ("ASSAULT", "abduct"), "torture": ("ASSAULT", "torture"),
    "rape": ("ASSAULT", "sexual"), "beat": ("ASSAULT", "beat"), "stab": ("ASSAULT", "primitive"),
    "burn": ("ASSAULT", "primitive"), "torch": ("ASSAULT", "primitive"),
    "destroy": ("ASSAULT", "destroy"), "demolish": ("ASSAULT", "destroy"),
    "wound": ("ASSAULT", None), "injure": ("ASSAULT", None), "storm": ("ASSAULT", None),
    "assault": ("ASSAULT", None), "slaughter": ("ASSAULT", "targeted"),
    "explode": ("ASSAULT", "explosives"), "detonate": ("ASSAULT", "explosives"),
    "strafe": ("ASSAULT", "aerial"), "rocket": ("ASSAULT", "heavy-weapons"),
    "besiege": ("ASSAULT", None), "target": ("ASSAULT", None), "hit": ("ASSAULT", None),
    "capture": ("ASSAULT", None), "overrun": ("ASSAULT", None), "retake": ("ASSAULT", None),
    "recapture": ("ASSAULT", None),
    "disperse": ("COERCE", "restrict"), "dispatch": ("MOBILIZE", "troops"),
    # more of the same categories, from the CAMEO verb classes the manual maps to PLOVER
    "reconvene": ("CONSULT", None), "parley": ("CONSULT", None), "acclaim": ("SUPPORT", None),
    "extol": ("SUPPORT", None), "resettle": ("AID", None), "abdicate": ("RETREAT", "resign"),
    "demilitarize": ("RETREAT", "disarm"),
    "demilitarise": ("RETREAT", "disarm"), "decommission": ("RETREAT", "disarm"),
    "capitulate": ("RETREAT", "disarm"), "acquiesce": ("CONCEDE", None), "waive": ("CONCEDE", None),
    "exonerate": ("CONCEDE", None), "reprieve": ("CONCEDE", None),
    "shun": ("REJECT", None), "balk": ("REJECT", None), "stonewall": ("REJECT", None),
    "refute": ("REJECT", None), "disavow": ("REJECT", None), "overrule": ("REJECT", None),
    "entreat": ("REQUEST", None), "vilify": ("ACCUSE", "disapprove"),
    "disparage": ("ACCUSE", "disapprove"), "ridicule": ("ACCUSE", "disapprove"),
    "deride": ("ACCUSE", "disapprove"), "excoriate": ("ACCUSE", "disapprove"),
    "admonish": ("ACCUSE", "disapprove"), "reproach": ("ACCUSE", "disapprove"),
    "denigrate": ("ACCUSE", "disapprove"), "impeach": ("ACCUSE", "allege"),
    "subpoena": ("ACCUSE", "investigate"), "menace": ("THREATEN", None),
    "intimidate": ("THREATEN", None), "blackmail": ("THREATEN", None),
    "blacklist": ("SANCTION", "discontinue"), "muster": ("MOBILIZE", "troops"),
    "amass": ("MOBILIZE", "troops"), "redeploy": ("MOBILIZE", "troops"),
    "fortify": ("MOBILIZE", "troops"), "rearm": ("MOBILIZE", "troops"),
    "conscript": ("MOBILIZE", "troops"), "suppress": ("COERCE", "restrict"),
    "repress": ("COERCE", "restrict"), "muzzle": ("COERCE", "censor"),
    "incarcerate": ("COERCE", "arrest"), "nab": ("COERCE", "arrest"),
    "expropriate": ("COERCE", "seize"), "nationalize": ("COERCE", "seize"),
    "nationalise": ("COERCE", "seize"), "requisition": ("COERCE", "seize"),
    "commandeer": ("COERCE", "seize"), "interdict": ("COERCE", "restrict"),
    "mortar": ("ASSAULT", "heavy-weapons"), "butcher": ("ASSAULT", "targeted"),
    "raze": ("ASSAULT", "destroy"), "sabotage": ("ASSAULT", "destroy"), "maim": ("ASSAULT", None),
    "mutilate": ("ASSAULT", None), "rampage": ("ASSAULT", None), "pillage": ("ASSAULT", "destroy"),
    "plunder": ("ASSAULT", "destroy"), "bulldoze": ("ASSAULT", "destroy"),
    "firebomb": ("ASSAULT", "explosives"), "skirmish": ("ASSAULT", None),
    "decapitate": ("ASSAULT", "targeted"), "infiltrate": ("ASSAULT", None),
}  # fmt: skip

# --- verbs whose event depends on their object --------------------------------
# lemma -> [(object lemmas, trigger)]; the first whose object matches wins.
_RELATIONS = {"relation", "tie", "contact", "link"}
_AID_THINGS = {
    "aid", "assistance", "food", "medicine", "supply", "relief", "loan", "credit", "grant",
    "money", "fund", "asylum", "help", "shelter", "equipment", "arm", "weapon", "ammunition",
    "support", "donation", "refuge", "training", "protection", "vaccine", "tent",
    "rice", "wheat", "grain", "flour", "blanket",
}  # fmt: skip
_SANCTIONS = {"sanction", "embargo", "boycott", "blockade", "restriction", "tariff"}
_CURFEWS = {"curfew", "ban", "emergency", "law", "restriction", "siege", "rule"}
_TALKS = {"talk", "negotiation", "meeting", "summit", "discussion", "dialogue", "consultation",
          "conference", "session", "round"}  # fmt: skip
_AGREEMENTS = {"agreement", "accord", "treaty", "deal", "pact", "memorandum", "protocol",
               "convention", "declaration", "charter", "contract"}  # fmt: skip
_TROOPS = {
    "troop", "force", "soldier", "army", "tank", "warship", "ship", "unit", "police",
    "reinforcement", "battalion", "division", "brigade", "jet", "aircraft", "missile",
    "carrier", "destroyer", "frigate", "submarine", "bomber", "warplane",
}  # fmt: skip
_CROWD_CONTROL = {"teargas", "tear", "gas", "cannon", "baton", "truncheon", "pellet"}
"""Crowd-control weapons (codebook, ASSAULT 'crowd-control')."""
_UTILITIES = {"electricity", "power", "water", "internet", "fuel", "telephone", "utility"}
"""Public services a government can withhold (codebook, COERCE 'withhold')."""
TROOPS = frozenset(_TROOPS)
"""Armed forces and their weapons (public: the coder also uses it)."""
SUBJECT_VERBS: dict[str, list[tuple[frozenset[str], Trigger]]] = {
    # codebook: peacekeeping is AID; other troops arriving are a deployment
    "arrive": [
        (frozenset({"peacekeeper", "peacekeeping"}), ("AID", None)),
        (frozenset(_TROOPS | {"reinforcement"}), ("MOBILIZE", "troops")),
    ],
    "leave": [(frozenset(_TROOPS - {"police"}), ("RETREAT", "withdraw"))],
    "evacuate": [(frozenset(_TROOPS - {"police"}), ("RETREAT", "withdraw"))],
}
"""Verbs whose event depends on their subject: 'the last soldiers left Afghanistan'."""
_PRISONERS = {"prisoner", "hostage", "detainee", "captive", "inmate", "soldier", "pow"}

OBJECT_VERBS: dict[str, list[tuple[frozenset[str], Trigger]]] = {
    "break": [(frozenset(_RELATIONS), ("SANCTION", "discontinue")),
              (frozenset({"ceasefire", "truce"}), ("ASSAULT", None))],
    "cut": [(frozenset(_UTILITIES), ("COERCE", "withhold")),
            (frozenset(_RELATIONS | _AID_THINGS), ("SANCTION", "discontinue"))],
    "suspend": [(frozenset({"publication", "newspaper", "broadcast", "broadcasting"}),
                 ("COERCE", "censor")),
                (frozenset(_RELATIONS | _AID_THINGS | _TALKS | {"membership", "cooperation",
                                                                 "trade"}),
                 ("SANCTION", "discontinue")),
                (frozenset({"strike", "protest", "demonstration"}), ("CONCEDE", None))],
    "halt": [(frozenset(_RELATIONS | _AID_THINGS | _TALKS | {"cooperation", "trade", "delivery",
                                                             "shipment", "export", "import",
                                                             "flight"}),
              ("SANCTION", "discontinue")),
             (frozenset({"strike", "protest"}), ("CONCEDE", None))],
    "end": [(frozenset({"strike", "protest", "boycott", "curfew", "siege", "blockade"}),
             ("CONCEDE", None)),
            (frozenset(_RELATIONS | _AID_THINGS | _TALKS | {"mediation", "cooperation"}),
             ("SANCTION", "discontinue"))],
    "stop": [(frozenset(_AID_THINGS | {"cooperation", "trade"}), ("SANCTION", "discontinue")),
             (frozenset({"work"}), ("PROTEST", "strike"))],
    "reduce": [(frozenset(_RELATIONS | _AID_THINGS), ("SANCTION", "discontinue"))],
    "impose": [(frozenset({"sanction", "embargo", "tariff", "visa"}), ("SANCTION", "discontinue")),
               (frozenset({"curfew"}), ("COERCE", "curfew")),
               (frozenset({"emergency", "law"}), ("COERCE", "martial-law")),
               (frozenset({"ban", "restriction", "blockade", "siege"}), ("COERCE", "restrict"))],
    "declare": [(frozenset({"ceasefire", "truce", "amnesty"}), ("CONCEDE", None)),
                (frozenset({"curfew"}), ("COERCE", "curfew")),
                (frozenset({"emergency", "law"}), ("COERCE", "martial-law")),
                (frozenset({"war"}), ("THREATEN", "violence"))],
    "lift": [(frozenset(_SANCTIONS), ("RETREAT", None)),
             (frozenset(_CURFEWS), ("CONCEDE", None))],
    "ease": [(frozenset(_SANCTIONS), ("RETREAT", None)),
             (frozenset(_CURFEWS), ("CONCEDE", None))],
    "sign": [(frozenset(_AGREEMENTS), ("SUPPORT", None))],
    "conclude": [(frozenset(_AGREEMENTS), ("SUPPORT", None))],
    "reach": [(frozenset(_AGREEMENTS | {"compromise", "understanding", "consensus"}),
               ("AGREE", None))],
    "establish": [(frozenset(_RELATIONS), ("SUPPORT", None))],
    "restore": [(frozenset(_RELATIONS), ("SUPPORT", None))],
    "resume": [(frozenset(_RELATIONS), ("SUPPORT", None)),
               (frozenset(_TALKS), ("CONSULT", None)),
               (frozenset(_AID_THINGS | {"trade", "cooperation"}), ("COOPERATE", None))],
    "hold": [(frozenset(_TALKS), ("CONSULT", None)),
             (frozenset({"hostage", "captive", "shield"}), ("ASSAULT", "abduct")),
             (frozenset({"prisoner", "detainee", "suspect"}), ("COERCE", "arrest")),
             (frozenset({"questioning", "custody", "incommunicado"}), ("COERCE", "arrest")),
             (frozenset({"exercise", "maneuver", "manoeuvre", "drill"}), ("MOBILIZE", "troops")),
             (frozenset({"demonstration", "protest", "rally", "march", "strike"}),
              ("PROTEST", "demo"))],
    "open": [(frozenset({"fire"}), ("ASSAULT", "firearms")),
             (frozenset(_TALKS), ("CONSULT", None)),
             (frozenset({"border", "crossing", "embassy"}), ("RETREAT", "access"))],
    "allow": [(frozenset({"inspector", "observer", "monitor", "peacekeeper", "worker", "aid",
                          "access", "delivery", "journalist", "team", "mission"}),
               ("RETREAT", "access"))],
    "admit": [(frozenset({"inspector", "observer", "monitor", "peacekeeper"}),
               ("RETREAT", "access")),
              (frozenset({"mistake", "error", "guilt", "responsibility", "wrongdoing", "defeat"}),
               ("CONCEDE", None))],
    "back": [(frozenset({"down", "off"}), ("CONCEDE", None))],
    "pay": [(frozenset({"tribute", "homage"}), ("SUPPORT", None))],
    "extend": [(frozenset(_AID_THINGS - {"support"}), ("AID", None)),
               (frozenset({"support", "recognition", "congratulation", "condolence"}),
                ("SUPPORT", None))],
    "grant": [(frozenset(_AID_THINGS), ("AID", None)),
              (frozenset({"amnesty", "pardon", "concession"}), ("CONCEDE", None)),
              (frozenset({"access"}), ("RETREAT", "access")),
              (frozenset({"recognition"}), ("SUPPORT", None))],
    "provide": [(frozenset({"ultimatum"}), ("THREATEN", None)),
                (frozenset({"to", "for", "with"} | _AID_THINGS | _TROOPS), ("AID", None))],
    "give": [(frozenset(_AID_THINGS), ("AID", None)),
             (frozenset({"ultimatum"}), ("THREATEN", None))],
    "call": [(frozenset({"reservist", "reserve", "reservists", "conscript"}),
              ("MOBILIZE", "troops"))],
    "speak": [(frozenset({"telephone", "phone"}), ("CONSULT", "phone"))],
    "normalize": [(frozenset(_RELATIONS), ("COOPERATE", None))],
    "normalise": [(frozenset(_RELATIONS), ("COOPERATE", None))],
    "place": [(frozenset({"alert"}), ("MOBILIZE", "troops"))],
    "bolster": [(frozenset(_TROOPS | {"defence", "defense", "presence", "security"}),
                 ("MOBILIZE", "troops"))],
    "increase": [(frozenset(_TROOPS | {"presence", "patrol"}), ("MOBILIZE", "troops")),
                 (frozenset({"security"}), ("MOBILIZE", "police"))],
    "beef": [(frozenset({"security", "presence", "patrol"} | _TROOPS), ("MOBILIZE", "police"))],
    "let": [(frozenset({"in", "inspector", "observer", "monitor", "peacekeeper"}),
             ("RETREAT", "access"))],
    "abandon": [(frozenset({"position", "base", "outpost", "post", "town", "city", "village",
                            "stronghold", "territory"}), ("RETREAT", "withdraw"))],
    "dismantle": [(frozenset({"checkpoint", "settlement", "roadblock", "barricade", "outpost",
                              "weapon", "arsenal", "program", "programme", "missile"}),
                   ("RETREAT", "disarm"))],
    "turn": [(frozenset({"over"}), ("RETREAT", "return"))],
    "evacuate": [(frozenset(_TROOPS - {"police"}), ("RETREAT", "withdraw"))],
    "send": [(frozenset(_AID_THINGS), ("AID", None)),
             (frozenset({"peacekeeper", "peacekeeping", "doctor", "medic", "rescuer",
                         "aid worker"}), ("AID", None)),
             (frozenset(_TROOPS), ("MOBILIZE", "troops"))],
    "deliver": [(frozenset(_AID_THINGS), ("AID", None)),
                (frozenset({"ultimatum", "warning"}), ("THREATEN", None))],
    "supply": [(frozenset(_AID_THINGS), ("AID", None))],
    "ship": [(frozenset(_AID_THINGS), ("AID", None))],
    "offer": [(frozenset({"asylum", "refuge"}), ("AID", None))],
    "issue": [(frozenset({"ultimatum", "threat", "warning"}), ("THREATEN", None)),
              (frozenset({"warrant"}), ("THREATEN", "arrest")),
              (frozenset({"appeal", "call"}), ("REQUEST", None))],
    "launch": [(frozenset({"attack", "offensive", "strike", "raid", "assault", "operation",
                           "bombardment", "airstrike", "missile", "rocket"}), ("ASSAULT", None)),
               (frozenset({"investigation", "probe", "inquiry"}), ("ACCUSE", "investigate")),
               (frozenset({"protest", "campaign", "strike", "boycott"}), ("PROTEST", "demo")),
               (frozenset({"mediation", "talk", "negotiation", "dialogue"}),
                ("CONSULT", "third-party")),
               (frozenset({"exercise", "game", "maneuver", "manoeuvre", "drill"}),
                ("MOBILIZE", "troops"))],
    "carry": [(frozenset({"attack", "strike", "raid", "bombing", "assault", "operation"}),
               ("ASSAULT", None))],
    "stage": [(frozenset({"protest", "demonstration", "rally", "march", "strike", "sit"}),
               ("PROTEST", "demo")),
              (frozenset({"attack", "raid", "coup"}), ("ASSAULT", None)),
              (frozenset({"exercise", "maneuver", "manoeuvre", "drill"}), ("MOBILIZE", "troops"))],
    "conduct": [(frozenset({"exercise", "maneuver", "manoeuvre", "drill", "test", "game"}),
                 ("MOBILIZE", "weapons")),
                (frozenset({"raid", "search"}), ("COERCE", "seize")),
                (frozenset({"investigation", "probe", "inquiry"}), ("ACCUSE", "investigate")),
                (frozenset(_TALKS), ("CONSULT", None))],
    "test": [(frozenset({"missile", "weapon", "bomb", "rocket", "device"}),
              ("MOBILIZE", "weapons"))],
    "fire": [(frozenset(_CROWD_CONTROL), ("ASSAULT", "crowd-control")),
             (frozenset({"missile", "rocket", "shell", "mortar"}), ("ASSAULT", "heavy-weapons")),
             (frozenset({"on", "at", "upon", "into"}), ("ASSAULT", "firearms")),
             (frozenset({"shot", "bullet", "gun"}), ("ASSAULT", "firearms"))],
    "close": [(frozenset({"embassy", "consulate", "mission"}), ("SANCTION", "withdraw")),
              (frozenset({"newspaper", "station", "paper", "website", "channel"}),
               ("COERCE", "censor")),
              (frozenset({"border", "crossing", "office", "airport", "port", "school", "airspace"}),
               ("COERCE", "restrict"))],
    "shut": [(frozenset(_UTILITIES), ("COERCE", "withhold")),
             (frozenset({"border", "crossing", "embassy", "newspaper", "station", "office",
                         "down"}), ("COERCE", "restrict"))],
    "use": [(frozenset(_CROWD_CONTROL), ("ASSAULT", "crowd-control"))],
    "take": [(frozenset({"control", "hostage", "custody", "prisoner"}), ("COERCE", "seize")),
             (frozenset({"street"}), ("PROTEST", "demo"))],
    "file": [(frozenset({"complaint", "protest", "lawsuit", "suit", "charge"}),
              ("ACCUSE", "allege"))],
    "lodge": [(frozenset({"complaint", "protest"}), ("ACCUSE", "disapprove"))],
    "put": [(frozenset({"alert"}), ("MOBILIZE", "troops"))],
    "raise": [(frozenset({"alert"}), ("MOBILIZE", "troops"))],
    "exchange": [(frozenset({"prisoner", "hostage", "captive", "detainee", "pow"}),
                  ("RETREAT", "release")),
                 (frozenset({"view", "opinion", "idea"}), ("CONSULT", None)),
                 (frozenset({"information", "intelligence", "data", "datum", "ambassador"}),
                  ("COOPERATE", None)),
                 (frozenset({"fire", "gunfire", "shot"}), ("ASSAULT", "firearms"))],
    # the small model lemmatises "data" as "datum"
    "share": [(frozenset({"information", "intelligence", "data", "datum", "evidence",
                          "technology"}), ("COOPERATE", None))],
    "drop": [(frozenset({"demand", "charge", "claim", "objection", "opposition"}),
              ("CONCEDE", None)),
             (frozenset({"bomb", "leaflet"}), ("ASSAULT", "aerial"))],
    "accept": [(frozenset({"mediation", "proposal", "plan", "offer", "invitation", "deal",
                           "ceasefire", "truce", "peace"}), ("AGREE", None)),
               (frozenset({"demand", "condition", "term", "resignation"}), ("CONCEDE", None)),
               (frozenset({"refugee", "asylum"}), ("AID", None))],
    "cancel": [(frozenset(_TALKS | {"visit", "trip"}), ("REJECT", "meet")),
               (frozenset(_AID_THINGS | {"contract", "agreement", "visa", "flight", "license",
                                         "licence"}), ("SANCTION", "discontinue")),
               (frozenset({"debt", "loan"}), ("AID", None))],
    "postpone": [(frozenset(_TALKS | {"visit", "trip"}), ("REJECT", "meet"))],
    "boost": [(frozenset({"trade", "cooperation", "tie", "relation"}), ("COOPERATE", None))],
    "expand": [(frozenset({"trade", "cooperation", "tie", "relation"}), ("COOPERATE", None))],
    "join": [(frozenset({"force"}), ("COOPERATE", None)),
             (frozenset({"protest", "demonstration", "strike", "march", "rally"}),
              ("PROTEST", "demo"))],
    "collect": [(frozenset({"signature"}), ("PROTEST", "demo"))],
    "block": [(frozenset({"road", "highway", "street", "bridge", "access", "entrance", "border",
                          "railway", "route", "traffic", "transport", "port"}),
               ("PROTEST", "obstruct")),
              (frozenset({"aid", "food", "delivery", "supply", "convoy", "medicine", "fuel"}),
               ("COERCE", "withhold"))],
    "blow": [(frozenset({"up", "bridge", "building"}), ("ASSAULT", "explosives"))],
    "step": [(frozenset({"down"}), ("RETREAT", "resign")),
             (frozenset({"security", "patrol", "presence"}), ("MOBILIZE", "police")),
             (frozenset({"preparation", "readiness", "deployment"}), ("MOBILIZE", "troops"))],
    "throw": [(frozenset({"support", "weight"}), ("SUPPORT", None))],
    "airlift": [(frozenset(_TROOPS - {"police"}), ("MOBILIZE", "troops"))],
    "position": [(frozenset(_TROOPS), ("MOBILIZE", "troops"))],
    "express": [(frozenset({"support", "solidarity", "sympathy", "condolence", "gratitude",
                            "appreciation"}), ("SUPPORT", None)),
                (frozenset({"willingness", "readiness", "intention", "desire", "hope"}),
                 ("AGREE", None)),
                (frozenset({"regret", "remorse", "sorrow"}), ("CONCEDE", None)),
                (frozenset({"concern", "anger", "outrage", "dismay", "displeasure", "protest",
                            "disapproval", "indignation", "alarm"}), ("ACCUSE", "disapprove")),
                (frozenset({"opposition", "rejection"}), ("REJECT", None))],
    "voice": [(frozenset({"support", "solidarity"}), ("SUPPORT", None)),
              (frozenset({"concern", "anger", "outrage", "opposition", "displeasure"}),
               ("ACCUSE", "disapprove"))],
    "reopen": [(frozenset({"border", "crossing", "embassy", "road", "airport", "port", "bridge"}),
                ("RETREAT", "access")),
               (frozenset({"talk", "negotiation", "dialogue"}), ("CONSULT", None))],
    "lend": [(frozenset(_AID_THINGS | {"money", "dollar"}), ("AID", None))],
    "question": [(frozenset({"suspect", "official", "minister", "detainee", "prisoner",
                             "witness"}), ("ACCUSE", "investigate"))],
    "find": [(frozenset({"guilty", "liable"}), ("SANCTION", "convict"))],
    "receive": [(frozenset({"delegation", "envoy", "minister", "president", "ambassador",
                            "visitor", "counterpart", "leader", "official", "king", "premier"}),
                 ("CONSULT", "visit"))],
    "contribute": [(frozenset(_AID_THINGS | _TROOPS | {"money", "dollar", "million", "billion"}),
                    ("AID", None))],
    "allocate": [(frozenset(_AID_THINGS | {"money", "dollar", "million", "billion", "resource"}),
                  ("AID", None))],
    "set": [(frozenset({"fire", "ablaze", "alight"}), ("ASSAULT", "primitive"))],
    "build": [(frozenset({"up"}), ("MOBILIZE", "troops"))],
    "seize": [(frozenset({"hostage", "captive"}), ("ASSAULT", "abduct"))],
    "crack": [(frozenset({"down"}), ("COERCE", "restrict"))],
    "force": [(frozenset({"out", "from"}), ("COERCE", "deport"))],
    "tighten": [(frozenset({"security", "control", "border"}), ("MOBILIZE", "police")),
                (frozenset(_SANCTIONS), ("SANCTION", "discontinue"))],
    "move": [(frozenset(_TROOPS), ("MOBILIZE", "troops"))],
    "leave": [(frozenset({"troop", "force", "soldier", "army"}), ("RETREAT", "withdraw"))],
    "round": [(frozenset({"up"}), ("COERCE", "arrest"))],
    "pull": [(frozenset({"out", "back"}), ("RETREAT", "withdraw"))],
    "hand": [(frozenset({"suspect", "fugitive", "criminal"}), ("COOPERATE", None)),
             (frozenset({"over", "weapon", "arm"}), ("RETREAT", "disarm"))],
    "lay": [(frozenset({"down", "arm", "weapon"}), ("RETREAT", "disarm"))],
    "forgive": [(frozenset({"debt", "loan"}), ("AID", None))],
    "write": [(frozenset({"off"}), ("AID", None))],
    "return": [(frozenset(_PRISONERS | {"property", "land", "territory", "body", "helicopter",
                                        "plane", "aircraft", "ship", "weapon", "equipment"}),
                ("RETREAT", "return"))],
    "withdraw": [(frozenset({"inspector", "observer", "monitor", "worker", "diplomat",
                             "ambassador", "envoy", "staff", "mission", "aid", "support",
                             "recognition", "membership", "delegation", "personnel"}),
                  ("SANCTION", "withdraw")),
                 (frozenset({"treaty", "organization", "organisation", "agreement", "talk",
                             "negotiation", "alliance", "union", "pact", "accord"}),
                  ("SANCTION", "withdraw"))],
    "expel": [(frozenset({"diplomat", "ambassador", "envoy", "inspector", "observer", "monitor",
                          "mission", "peacekeeper", "attache", "consul", "staff", "member"}),
               ("SANCTION", "expel"))],
    "prohibit": [(frozenset(_AID_THINGS | {"trade", "export", "import", "flight"}),
                  ("SANCTION", "discontinue"))],
    "violate": [(frozenset({"ceasefire", "truce", "airspace", "border"}), ("ASSAULT", None)),
                (frozenset({"ban", "law", "curfew", "order", "resolution", "rule", "embargo",
                            "sanction", "constitution", "agreement", "accord"}),
                 ("REJECT", "yield"))],
    "breach": [(frozenset({"ceasefire", "truce"}), ("ASSAULT", None)),
               (frozenset({"ban", "law", "curfew", "order", "resolution", "embargo"}),
                ("REJECT", "yield"))],
    "flout": [(frozenset({"ban", "law", "curfew", "order", "resolution", "embargo"}),
               ("REJECT", "yield"))],
    "shorten": [(frozenset(_CURFEWS), ("CONCEDE", None))],
    "relax": [(frozenset(_CURFEWS | _SANCTIONS), ("CONCEDE", None))],
}  # fmt: skip
"""'up', 'out', 'down' count as objects: the particle of a phrasal verb."""
OBJECT_VERBS["stag"] = OBJECT_VERBS["stage"]  # spaCy's small model lemmatises "staged" so

# --- noun triggers -----------------------------------------------------------
NOUNS: dict[str, Trigger] = {
    "talk": ("CONSULT", None), "negotiation": ("CONSULT", None), "meeting": ("CONSULT", None),
    "summit": ("CONSULT", None), "dialogue": ("CONSULT", None), "consultation": ("CONSULT", None),
    "session": ("CONSULT", None), "visit": ("CONSULT", "visit"), "mediation": ("CONSULT", None),
    "conference": ("CONSULT", None), "discussion": ("CONSULT", None),
    "attack": ("ASSAULT", None), "bombing": ("ASSAULT", "explosives"),
    "airstrike": ("ASSAULT", "aerial"), "shelling": ("ASSAULT", "heavy-weapons"),
    "clash": ("ASSAULT", None), "ambush": ("ASSAULT", None), "massacre": ("ASSAULT", "targeted"),
    "assassination": ("ASSAULT", "targeted"), "offensive": ("ASSAULT", None),
    "kidnapping": ("ASSAULT", "abduct"), "shooting": ("ASSAULT", "firearms"),
    "invasion": ("ASSAULT", None), "fighting": ("ASSAULT", None),
    "protest": ("PROTEST", "demo"), "demonstration": ("PROTEST", "demo"),
    "rally": ("PROTEST", "demo"), "riot": ("PROTEST", "riot"), "strike": ("PROTEST", "strike"),
    "boycott": ("PROTEST", "boycott"), "march": ("PROTEST", "demo"),
    "arrest": ("COERCE", "arrest"), "crackdown": ("COERCE", "restrict"),
    "curfew": ("COERCE", "curfew"), "raid": ("COERCE", "seize"),
    "demand": ("REQUEST", None), "appeal": ("REQUEST", None), "request": ("REQUEST", None),
    "threat": ("THREATEN", None), "ultimatum": ("THREATEN", None), "warning": ("THREATEN", None),
    "accusation": ("ACCUSE", "allege"), "investigation": ("ACCUSE", "investigate"),
    "probe": ("ACCUSE", "investigate"), "inquiry": ("ACCUSE", "investigate"),
    "condemnation": ("ACCUSE", "disapprove"), "criticism": ("ACCUSE", "disapprove"),
    "rejection": ("REJECT", None), "refusal": ("REJECT", None),
    "agreement": ("AGREE", None), "pledge": ("AGREE", None), "promise": ("AGREE", None),
    "offer": ("AGREE", None), "ceasefire": ("RETREAT", "ceasefire"),
    "truce": ("RETREAT", "ceasefire"), "withdrawal": ("RETREAT", "withdraw"),
    "release": ("RETREAT", "release"), "resignation": ("RETREAT", "resign"),
    "sanction": ("SANCTION", "discontinue"), "embargo": ("SANCTION", "discontinue"),
    "deployment": ("MOBILIZE", "troops"), "mobilization": ("MOBILIZE", "troops"),
    "aid": ("AID", None), "assistance": ("AID", None), "cooperation": ("COOPERATE", None),
    "suspension": ("SANCTION", "discontinue"), "expulsion": ("SANCTION", "expel"),
    "hearing": ("ACCUSE", "investigate"), "trial": ("ACCUSE", "allege"),
    "patrol": ("MOBILIZE", "police"), "exercise": ("MOBILIZE", "troops"),
    "maneuver": ("MOBILIZE", "troops"), "manoeuvre": ("MOBILIZE", "troops"),
    "drill": ("MOBILIZE", "troops"), "explosion": ("ASSAULT", "explosives"),
    "willingness": ("AGREE", None), "readiness": ("AGREE", None), "plea": ("REQUEST", None),
    "sit-in": ("PROTEST", "demo"), "walkout": ("PROTEST", "strike"),
    "interrogation": ("ACCUSE", "investigate"), "indictment": ("ACCUSE", "allege"),
    "lawsuit": ("ACCUSE", "allege"), "conviction": ("SANCTION", "convict"),
    "airlift": ("AID", None), "donation": ("AID", None), "evacuation": ("AID", None),
    "pullout": ("RETREAT", "withdraw"), "handover": ("RETREAT", "return"),
    "blast": ("ASSAULT", "explosives"), "bomb": ("ASSAULT", "explosives"),
    "killing": ("ASSAULT", None), "violence": ("ASSAULT", None),
    "assault": ("ASSAULT", None), "bombardment": ("ASSAULT", "heavy-weapons"),
    "incursion": ("ASSAULT", None), "skirmish": ("ASSAULT", None), "siege": ("ASSAULT", None),
    "abduction": ("ASSAULT", "abduct"), "hijacking": ("ASSAULT", "abduct"),
    "blockade": ("COERCE", "restrict"), "detention": ("COERCE", "arrest"),
    "deportation": ("COERCE", "deport"), "apology": ("CONCEDE", None),
    "concession": ("CONCEDE", None), "pardon": ("CONCEDE", None), "amnesty": ("CONCEDE", None),
    "surrender": ("RETREAT", "disarm"), "endorsement": ("SUPPORT", None),
    "allegation": ("ACCUSE", "allege"), "veto": ("REJECT", None), "buildup": ("MOBILIZE", "troops"),
    "build-up": ("MOBILIZE", "troops"),
}  # fmt: skip
"""Nouns that name an event ('the talks', 'Sunday's session', 'the attack')."""

AMBIGUOUS_NOUN_CONTEXT: dict[str, frozenset[str]] = {
    "session": frozenset({"talk", "negotiation", "dialogue", "meeting", "round", "mediator"}),
    "strike": frozenset({"worker", "union", "employee", "teacher", "doctor", "labor",
                         "labour", "general", "hunger", "wage", "pay", "driver"}),
    "exercise": frozenset({"military", "army", "naval", "navy", "troop", "joint", "war"}),
    "drill": frozenset({"military", "army", "naval", "navy", "troop", "joint", "war"}),
}  # fmt: skip
"""Nouns that are events only when the sentence or the article has one of these lemmas."""

PUBLICATIONS = {
    "transcript", "report", "statement", "video", "film", "album", "data", "datum", "document",
    "detail",
    "figure", "result", "photo", "footage", "book", "song", "record", "information", "update",
    "version", "product", "game", "trailer", "list", "study", "paper", "text", "image", "name",
    "single", "episode", "series", "app", "software", "earnings", "guidance", "budget", "plan",
}  # fmt: skip
"""What is 'released' or 'returned' without being a captive or property handed back."""

MISHAPS = {
    "crash", "accident", "earthquake", "flood", "fire", "storm", "collision", "landslide",
    "avalanche", "blaze", "stampede", "quake", "hurricane", "typhoon", "cyclone", "tsunami",
    "derailment", "mudslide", "heatwave", "epidemic", "outbreak", "crush",
}  # fmt: skip
"""Deaths and damage 'in a crash' or 'in a flood' are no one's deliberate act."""

WILLINGNESS = {"willing", "ready", "prepared", "committed", "eager"}
"""Adjectives that govern like 'agree' ('is willing to withdraw')."""

OBLIGATION = {"must", "should"}
"""'Russia said Sudan must return the helicopter': a demand by the speaker."""

ASSAULT_MODES: list[tuple[frozenset[str], str]] = [
    (frozenset({"suicide"}), "suicide-attack"),
    (frozenset({"drone", "predator", "uav"}), "drone"),
    (frozenset({"bomb", "bombing", "explosive", "mine", "minefield", "grenade", "ied",
                "explosion", "blast"}), "explosives"),
    (frozenset({"airstrike", "aircraft", "jet", "warplane", "helicopter", "bomber", "air",
                "gunship"}),
     "aerial"),
    (frozenset({"artillery", "tank", "mortar", "rocket", "shell", "shelling", "missile"}),
     "heavy-weapons"),
    (frozenset({"gun", "rifle", "gunman", "gunmen", "shoot", "gunfire", "bullet", "sniper"}),
     "firearms"),
    (frozenset({"machete", "knife", "axe", "stab", "stone", "rock", "burn", "fire"}),
     "primitive"),
    (frozenset({"tear", "cannon", "baton"}), "crowd-control"),
]  # fmt: skip
"""ASSAULT modes from the weapons a sentence names (manual, ASSAULT modes)."""

VEHICLES = {"aircraft", "jet", "warplane", "helicopter", "bomber", "plane", "airliner", "drone",
            "predator", "uav", "gunship", "chopper", "fighter", "tank"}  # fmt: skip
"""Craft that mark the mode only as the instrument ('warplanes struck', 'by helicopter
gunships'), never as the target ('shot down a helicopter', 'a base where jets were parked')."""

AIRCRAFT_WORDS = {"drone", "predator", "uav", "airstrike", "aircraft", "jet", "warplane",
                  "helicopter", "bomber", "air", "gunship"}  # fmt: skip
"""Words of the drone and aerial modes, which count only in the act's own phrases."""

TARGET_PREPS = {"at", "on", "against", "toward", "towards", "upon"}

HEADLINE_PASSIVE = {
    "kill", "wound", "injure", "hurt", "abduct", "kidnap", "arrest", "detain", "capture",
    "execute", "behead", "murder", "massacre", "slaughter", "assassinate", "torture", "jail",
    "imprison", "deport", "expel", "shoot", "stab", "lynch", "hang",
    "beat", "maim", "displace", "evict", "sentence", "convict", "round", "gun",
}  # fmt: skip
"""Verbs whose subject, in a headline without an auxiliary ('Five people killed in a blast'),
is the victim of a passive: the participle the parser reads as a main verb."""

REVERSAL = {"stance", "position", "mind", "course", "decision"}
"""'the delegation's stance shifted': an earlier agreement withdrawn (REJECT)."""
REVERSAL_VERBS = {"shift", "change", "reverse", "harden", "u-turn"}
RENEGE = {"renege", "backtrack", "retract", "backpedal"}

# --- actors ------------------------------------------------------------------
SECTOR_NOUNS: dict[str, str] = {
    "government": "GOV", "official": "GOV", "minister": "GOV", "ministry": "GOV",
    "president": "GOV", "premier": "GOV", "spokesman": "GOV", "spokeswoman": "GOV",
    "spokesperson": "GOV", "cabinet": "GOV", "administration": "GOV", "authority": "GOV",
    "leader": "GOV", "diplomat": "GOV", "envoy": "GOV", "ambassador": "GOV", "delegation": "GOV",
    "embassy": "GOV", "regime": "GOV", "state": "GOV", "king": "GOV", "governor": "GOV",
    "mayor": "GOV", "chancellor": "GOV", "negotiator": "GOV", "mediator": "GOV",
    "army": "MIL", "military": "MIL", "troop": "MIL", "soldier": "MIL", "force": "MIL",
    "navy": "MIL", "commander": "MIL", "general": "MIL", "officer": "MIL", "tank": "MIL",
    "peacekeeper": "MIL", "warplane": "MIL", "jet": "MIL",
    "police": "COP", "policeman": "COP", "policemen": "COP", "cop": "COP",
    "rebel": "REB", "guerrilla": "REB", "insurgent": "REB", "militant": "REB",
    "militia": "REB", "militiaman": "REB", "militiamen": "REB", "fighter": "REB",
    "separatist": "REB", "terrorist": "REB",
    "gunman": "UAF", "gunmen": "UAF", "attacker": "UAF", "assailant": "UAF",
    "parliament": "LEG", "lawmaker": "LEG", "legislator": "LEG", "senator": "LEG",
    "congress": "LEG", "assembly": "LEG", "deputy": "LEG", "mp": "LEG", "senate": "LEG",
    "court": "JUD", "judge": "JUD", "tribunal": "JUD", "prosecutor": "JUD",
    "opposition": "OPP", "dissident": "OPP", "party": "PTY",
    "protester": "CVL", "protestor": "CVL", "demonstrator": "CVL", "civilian": "CVL",
    "villager": "CVL", "resident": "CVL", "activist": "CVL", "people": "CVL",
    "crowd": "CVL", "citizen": "CVL", "rioter": "CVL", "striker": "LAB",
    "student": "EDU", "teacher": "EDU",
    "worker": "LAB", "union": "LAB", "farmer": "AGR", "peasant": "AGR",
    "refugee": "REF", "journalist": "JRN", "newspaper": "JRN", "reporter": "JRN",
    "peacekeeping": "MIL", "secretary": "GOV", "emir": "GOV", "sheikh": "GOV", "prince": "GOV",
    "doctor": "MED", "hospital": "MED", "prisoner": "CRM", "criminal": "CRM", "gang": "CRM",
    "smuggler": "CRM", "church": "REL", "cleric": "REL", "priest": "REL", "imam": "REL",
    "group": "SOC", "organization": "SOC", "organisation": "SOC", "ngo": "SOC",
    "company": "BUS", "firm": "BUS", "businessman": "BUS", "intelligence": "SPY", "spy": "SPY",
    "junta": "MIL", "marine": "MIL", "sailor": "MIL", "guard": "MIL", "paratrooper": "MIL",
    "warlord": "REB", "jihadist": "REB", "extremist": "REB", "islamist": "REB",
    "fundamentalist": "REL", "monk": "REL", "clergy": "REL", "settler": "CVL", "youth": "CVL",
    "mob": "CVL", "pirate": "CRM", "bandit": "CRM", "trafficker": "CRM", "cartel": "CRM",
    "trader": "BUS", "merchant": "BUS", "miner": "LAB", "employee": "LAB", "nurse": "MED",
    "parliamentarian": "LEG", "congressman": "LEG", "legislature": "LEG", "consul": "GOV",
    "judiciary": "JUD",
}  # fmt: skip

IGOS = {
    "united nations", "un", "u.n.", "nato", "european union", "eu", "african union", "au",
    "arab league", "asean", "apec", "opec", "osce", "imf", "world bank", "who", "unicef",
    "unhcr", "security council", "general assembly", "wto", "interpol", "icrc", "red cross",
    "amnesty international", "human rights watch", "organization of american states", "oas",
    "commonwealth", "g7", "g8", "g20", "ecowas", "sadc", "gulf cooperation council", "gcc",
    "asia-pacific economic cooperation", "international monetary fund", "iaea",
    "world health organization", "international criminal court", "icc",
    "organisation of islamic cooperation", "oic", "european commission", "un security council",
    "u.n. security council", "world food programme", "wfp", "unesco", "unrwa",
    "european community", "ec", "international labor office", "international labour office",
    "ilo", "international labour organization", "international labor organization",
    "international atomic energy agency", "african development bank", "council of europe",
    "european parliament", "organization of african unity", "oau", "non-aligned movement",
    "league of arab states", "warsaw pact",
}  # fmt: skip
"""International organisations (PLOVER code 'IGO' in place of a country)."""

# --- context tags (manual, 'General contexts') --------------------------------
CONTEXT_WORDS: dict[str, frozenset[str]] = {
    "military": frozenset({"military", "army", "troop", "soldier", "weapon", "missile", "tank",
                           "defense", "defence", "war", "navy", "exercise", "arm", "artillery"}),
    "diplomatic": frozenset({"talk", "negotiation", "diplomat", "diplomatic", "ambassador",
                             "embassy", "envoy", "dialogue", "summit", "relation", "treaty",
                             "peace", "mediator", "delegation", "accord"}),
    "economic": frozenset({"trade", "economic", "economy", "tariff", "investment", "loan",
                           "bank", "debt", "market", "export", "import", "financial", "oil"}),
    "legal": frozenset({"court", "law", "legal", "judge", "trial", "lawsuit", "extradition",
                        "constitution", "tribunal"}),
    "terrorism": frozenset({"terrorist", "terrorism", "militant", "extremist", "bombing"}),
    "election": frozenset({"election", "vote", "ballot", "poll", "campaign", "referendum"}),
    "migration": frozenset({"refugee", "migrant", "asylum", "displaced", "migration"}),
    "human_rights": frozenset({"rights", "torture", "abuse"}),
    "cbrn": frozenset({"nuclear", "chemical", "biological", "radiological", "uranium"}),
    "cyber": frozenset({"cyber", "hacker", "hacking", "malware"}),
    "crime": frozenset({"crime", "criminal", "theft", "murder", "smuggling"}),
    "corruption": frozenset({"corruption", "bribery", "bribe", "embezzlement"}),
    "health": frozenset({"health", "disease", "epidemic", "vaccine", "hospital"}),
    "natural_resource": frozenset({"oil", "gas", "water", "mining", "energy"}),
    "religion_ethnicity": frozenset({"religious", "ethnic", "muslim", "christian", "jewish",
                                     "hindu", "sectarian", "mosque", "church"}),
    "territory": frozenset({"territory", "border", "sovereignty", "annexation", "region"}),
}  # fmt: skip


# --- breadth from the CAMEO verb dictionary (see plover_cameo) -------------------
def _merge_cameo() -> None:
    for lemma, trigger in cameo.VERBS.items():
        VERBS.setdefault(lemma, trigger)
    for lemma, rules in cameo.OBJECT_VERBS.items():
        OBJECT_VERBS.setdefault(lemma, []).extend(rules)
    for lemma, rules in cameo.OBJECT_VERBS_FIRST.items():
        OBJECT_VERBS[lemma] = rules + OBJECT_VERBS.get(lemma, [])
    for lemma, subject_rules in cameo.SUBJECT_VERBS.items():
        SUBJECT_VERBS.setdefault(lemma, []).extend(subject_rules)
    for lemma, trigger in cameo.NOUNS.items():
        NOUNS.setdefault(lemma, trigger)
    for lemma, words in cameo.NOUN_CONTEXT.items():
        AMBIGUOUS_NOUN_CONTEXT.setdefault(lemma, words)


_merge_cameo()
STRIKE_WEAPONS = cameo.STRIKE_WEAPONS
"""'air strikes', 'missile strike': a strike that is an attack, not a walkout."""
NOUN_OBJECTS = cameo.NOUN_OBJECTS
"""Nouns whose event depends on what they act on ('the exchange of prisoners')."""
