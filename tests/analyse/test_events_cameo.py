"""Triggers taken, for breadth, from the CAMEO verb dictionary (``plover_cameo``), and the
primary-event and recipient rules of the same change. Sentences of our own, in news style;
each failed before its rule."""

from __future__ import annotations

import pytest

from newsdesk.analyse.events import code_events
from tests.analyse.coded import party_codes as _codes
from tests.analyse.coded import top_event as _top


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        # MOBILIZE / RETREAT, the types the old lexicon nearly never found
        ("Syrian troops poured into the border town after the rebels withdrew.", "MOBILIZE",
         "troops"),
        ("The United States cut its troops in Iraq by half.", "RETREAT", "withdraw"),
        ("The government lifted the siege of the rebel-held town.", "RETREAT", "withdraw"),
        # AID, CONSULT, SUPPORT, CONCEDE
        ("Japan rushed relief supplies to the earthquake zone in Turkey.", "AID", None),
        ("Egypt brokered a truce between Israel and Hamas.", "CONSULT", "third-party"),
        ("Colombia and Venezuela moved to repair ties after a year of tension.", "SUPPORT",
         None),
        ("The court commuted the death sentence of the former minister.", "CONCEDE", None),
        # verbal and material conflict
        ("The opposition leader lashed out at the president over the election delay.",
         "ACCUSE", "disapprove"),
        ("Police quelled a riot at the prison in Lagos, officials said.", "COERCE", "restrict"),
        ("The junta exiled the former president to Saudi Arabia.", "COERCE", "deport"),
        ("Hundreds of Turkish troops crossed into northern Iraq on Sunday.", "ASSAULT", None),
        ("Protesters burned effigies of the prime minister in Dhaka.", "PROTEST", "demo"),
        ("Thousands of protesters gathered outside parliament in Nairobi to denounce the tax.",
         "PROTEST", "demo"),
        # a strike by aircraft or missiles is an attack, even when parsed as a verb
        ("The air strikes on the capital left 12 dead, officials in Yemen said.", "ASSAULT",
         "aerial"),
        ("Shells fell on the outskirts of Donetsk overnight.", "ASSAULT", "heavy-weapons"),
        ("Two soldiers died when their patrol came under fire near Kandahar.", "ASSAULT",
         "firearms"),
        ("Israel handed back the bodies of two soldiers to Lebanon on Thursday.", "RETREAT",
         "return"),
        ("Kenya handed control of the base to Somali forces.", "RETREAT", "return"),
        ("Israel and Hezbollah swapped prisoners under a German-brokered deal.", "RETREAT",
         "release"),
        ("The Indonesian government ended its occupation of East Timor.", "RETREAT",
         "withdraw"),
        ("The Kurdish fighters evacuated the city under a deal with Ankara.", "RETREAT",
         "withdraw"),
        ("North Korea sent back the South Korean fishermen.", "RETREAT", "release"),
        ("Eritrea allowed UN peacekeepers to return to the border zone.", "RETREAT", "access"),
        ("Tanks rolled into the capital on Sunday night.", "MOBILIZE", "troops"),
        ("Iran test-launched a ballistic missile on Sunday.", "MOBILIZE", "weapons"),
        ("Japan and Australia launched a joint patrol of the disputed waters.", "COOPERATE",
         None),
        ("The World Bank approved a $500 million loan to Kenya.", "AID", None),
        # deals struck are agreed, not attacks; sealed ones are finalised (SUPPORT)
        ("Iran and the European Union struck a deal on the nuclear programme in Vienna.",
         "AGREE", None),
        ("Negotiators from Chile and Peru hammered out a compromise on the border in Lima.",
         "AGREE", None),
        ("The presidents of Chad and Sudan sealed the agreement with a handshake.", "SUPPORT",
         None),
        ("Activists lobbied the government of Ghana for tougher laws on pollution.", "REQUEST",
         None),
        ("The United States helped Colombia fight the drug cartels with $1 billion.", "AID",
         None),
        ("Biden spoke with Xi by video link for two hours.", "CONSULT", "phone"),
        ("The government of Ethiopia revoked the licences of three television stations.",
         "COERCE", "censor"),
        # leaving talks or a coalition reduces relations (164 / 160); released funds are aid
        ("The opposition pulled out of the peace talks in Geneva.", "SANCTION", "withdraw"),
        ("The Kurdish party quit the governing coalition in Baghdad.", "SANCTION", "withdraw"),
        ("The rebel delegation walked out of the negotiations in Arusha.", "SANCTION",
         "withdraw"),
        ("The IMF released $1 billion in loans to Ukraine.", "AID", None),
        ("The United States wants Israel to halt settlement building in the West Bank.",
         "REQUEST", None),
        ("Iran is developing long-range missiles, Israeli officials say.", "MOBILIZE",
         "weapons"),
        ("The Sudanese government has expanded political freedoms since the peace deal.",
         "CONCEDE", None),
        ("The World Bank halted lending to Zimbabwe.", "SANCTION", "discontinue"),
        ("Russia and China set up a joint venture to build the pipeline.", "COOPERATE", None),
        ("Food aid from the United States arrived in Mogadishu on Monday.", "AID", None),
        ("A shipment of medicine from India reached Kabul.", "AID", None),
        ("The rebels gave up their last stronghold in the north.", "RETREAT", "withdraw"),
        ("Washington unfroze $6 billion in Iranian assets.", "RETREAT", None),
        ("The Palestinian leadership embraced the Saudi peace plan.", "AGREE", None),
        ("Police in Spain and France teamed up to dismantle the smuggling ring.", "COOPERATE",
         None),
        ("Tehran softened its stance on the nuclear inspections.", "CONCEDE", None),
        ("The rebel leader promised to attack the capital of Chad within a week.", "THREATEN",
         "violence"),
        ("Japan scrambled fighter jets after Chinese planes approached its airspace.",
         "MOBILIZE", "troops"),
        ("The Pakistani army was on high alert along the border.", "MOBILIZE", "troops"),
        ("Troops sealed off the town after the bombing in Kenya.", "COERCE", "restrict"),
        ("A mob hacked to death two men accused of witchcraft in Tanzania.", "ASSAULT",
         "primitive"),
        ("Militants lobbed grenades at a police station in Srinagar.", "ASSAULT",
         "heavy-weapons"),
        ("The navy sank an Iranian frigate in the Gulf.", "ASSAULT", None),
        ("Rebels downed a government plane near Goma.", "ASSAULT", None),
        ("The United States barred imports of Iranian oil.", "SANCTION", "discontinue"),
        ("Zambia told the Rhodesian envoy to leave within 48 hours.", "SANCTION", "expel"),
        ("Washington declared two Soviet diplomats persona non grata.", "SANCTION", "expel"),
        ("The Commonwealth expelled Nigeria from the organisation.", "SANCTION", "expel"),
        ("Police broke up an opposition rally in Nairobi with batons.", "COERCE", "restrict"),
        ("The authorities in Iran jammed foreign radio broadcasts.", "COERCE", "censor"),
        ("The Taliban barred girls from attending secondary school.", "COERCE", "ban"),
        ("Turkey blocked access to Twitter.", "COERCE", "censor"),
        ("Saudi Arabia deposited $2 billion in Pakistan's central bank.", "AID", None),
        ("Germany took in 10,000 refugees from Syria.", "AID", None),
        ("The United States pulled its ambassador out of Damascus.", "SANCTION", "withdraw"),
        ("Britain evacuated its embassy in Tripoli.", "SANCTION", "withdraw"),
        ("Jordan opened its borders to refugees fleeing the fighting in Iraq.", "AID", None),
        ("Women's groups in Iran campaigned for the release of the jailed activists.",
         "REQUEST", "yield"),
        # mobilising opinion is no mobilisation of forces
        ("The Iranian clergy mobilized support for the candidate in Tehran.", "SUPPORT", None),
        ("Egyptian students mobilized against the Israeli embassy in Cairo.", "ACCUSE",
         "disapprove"),
        # protesters throwing stones: a violent protest, not an armed attack
        ("Demonstrators threw stones at police in Srinagar.", "PROTEST", "riot"),
    ],
)  # fmt: skip
def test_cameo_triggers(text: str, event: str, mode: str | None) -> None:
    top = _top(text)
    assert (top["event"], top["mode"]) == (event, mode), text


@pytest.mark.parametrize(
    "text",
    [
        "So I called her up and asked about the song.",  # 'call up' of reservists only
        "She began her speech with a joke about the weather.",
        "The company will continue its campaign for new customers.",
        "Snacks help reduce hunger between meals.",  # 'help' is AID only for a party helped
        "Analysts expect prices to rise next year.",  # 'want/expect Y to' needs a party Y
        "She promised to call her mother.",
    ],
)
def test_everyday_senses_stay_no_events(text: str) -> None:
    assert code_events(text) == [], text


def test_envoy_sent_is_not_the_recipient() -> None:
    top = _top("India sent an envoy to Nepal to discuss the border dispute.")
    assert (top["event"], top["mode"]) == ("CONSULT", "visit")
    assert _codes(top["actor"]) == ["IND"] and _codes(top["recipient"]) == ["NPL"]


def test_governor_recipient_from_its_own_clause() -> None:
    # the complement event ('sell') lies below 'cancel': Japan is asked, not the Philippines
    top = _top("China demanded that Japan cancel plans to sell weapons to the Philippines.")
    assert top["event"] == "REQUEST"
    assert _codes(top["actor"]) == ["CHN"] and _codes(top["recipient"]) == ["JPN"]


def test_talks_begun_by_the_subject() -> None:
    top = _top("Russia began talks with Ukraine in Istanbul on Tuesday.")
    assert top["event"] == "CONSULT" and "RUS" in _codes(top["actor"])


def test_act_in_a_clause_of_background_is_not_the_primary_event() -> None:
    # the main clause's announced suspension, not the attack it follows, is the event; the
    # announcer is its actor
    top = _top(
        "France announced a suspension of flights to Mali on Monday, two days after gunmen "
        "attacked a hotel in Bamako."
    )
    assert top["event"] == "SANCTION"
    assert _codes(top["actor"]) == ["FRA"]


def test_main_verb_misparsed_as_a_participle_keeps_its_subject() -> None:
    # the parser reads "a newspaper called Monday" (named Monday); 'called on ... to' is the
    # sentence's verb, and the newspaper its subject, not its object
    top = _top("A state-run Iranian newspaper called Monday on Muslims to boycott French goods.")
    assert top["event"] == "REQUEST" and _codes(top["actor"]) == ["IRN"]
    assert "IRN" not in _codes(top["recipient"])


def test_act_without_a_doer_is_the_speakers() -> None:
    top = _top(
        "Turkish officials said that lifting the embargo on Armenia was out of the question."
    )
    assert _codes(top["actor"]) == ["TUR"]


def test_a_people_protesting_is_a_protest_a_state_protesting_an_accusation() -> None:
    top = _top(
        "Thousands of Serbs protested in Belgrade against the arrest of the former president."
    )
    assert (top["event"], top["mode"]) == ("PROTEST", "demo")
    top = _top("France protested to Iran over the arrest of its diplomat.")
    assert top["event"] == "ACCUSE"


def test_act_describing_the_speaker_is_not_the_reported_event() -> None:
    top = _top("Iran's foreign minister, visiting Moscow, said Tehran was ready to resume talks.")
    assert top["event"] == "AGREE" and _codes(top["actor"]) == ["IRN"]
