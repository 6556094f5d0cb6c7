"""Mentions of people, organisations, armed groups, governments, places and nationalities.

From a parsed spaCy ``Doc`` of ``Article.body``:

1. spaCy's entities, repaired where news names defeat it: a hyphenated name
   it splits ("Tehreek" + "-e-Taliban" + "Pakistan") is joined, a demonym
   before an organisation ("Afghan" + "Taliban") is kept with it, and every
   "Long Name (ACR)" definition is found in the text itself, so that both
   forms are mentions of one entity wherever they occur;
2. titles are dropped from people's names and kept as their role
   ("Defence Minister Khawaja Asif" -> person "Khawaja Asif", role "Defence Minister");
3. places are geocoded together; nationalities map to their country; a
   country or capital that acts ("Islamabad demanded", "directives from
   Kabul") is that country's government, with the place kept on the mention;
4. mentions are grouped into entities: a surname ("Asif") joins the full
   name, an acronym its expansion, a trailing name ("Taliban") the longer
   name it ends ("Afghan Taliban").

Kinds spaCy's small model gets wrong are set right on the way: an entity ruler
before its NER (``known_names.py``) names well-known armed groups, peoples
without a state, seats of government ("the Quai d'Orsay said" is France's
government) and large platforms; a name is a person where the syntax says so
("Claure, who ...", "Erdogan's government", "Hughes, a spokesman") or the actor
dictionary knows an office holder by it ("Orban said"); plurals are groups ("the
Steelers", "Kurds"); countries and demonyms taken for people or organisations are
places and nationalities; a name keeps one kind through the article (the clear
majority's). A name after a preposition of place that the gazetteer knows ("in Sirte
and Misrata", "near Kramatorsk") or said to be a town or a camp is a place; a lone name
that speaks and is taken up by "he" or "she" is a person unless the article shows it as
a body; a town and its state's postal code ("Cuyahoga Falls, OH") are places; an Arabic
place name the model splits or calls a person ("Deir ez-Zor", "in Khan Younis", "near
al-Tanf") is a place, looked up with and without its article; a place found from its
context is geocoded where the gazetteer's evidence is ("in Hamilton" beside "British");
a word that is a name only because it opens a sentence ("Rice production") is none; names
named like products ("MacBook Pro", "Nintendo Switch") are things, not people. A text that is
not English gets no mentions.

Entity keys are stable across articles: ``person:<name>``, ``org:<name>``,
``gov:<ISO3>``, ``place:<geonameid>`` (``place:<ISO 3166-2>`` for a province outside the US).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.analyse.entity_classification import org_kind
from newsdesk.analyse.entity_common import ROLE_WORDS, EntityMentions, initials
from newsdesk.analyse.entity_geocoding import _geocode, _host_country
from newsdesk.analyse.entity_keys import _assign_keys, _build, prefer_expansions
from newsdesk.analyse.entity_kinds import (
    _countries_and_peoples,
    _one_sense,
    _players,
    _plural_groups,
    _products,
    _stateless_groups,
)
from newsdesk.analyse.entity_people import (
    _add_surnames,
    _bare_titles,
    _full_names_of_people,
    _lone_speakers,
    _people_by_syntax,
    _person_role,
    _places_tagged_as_people,
    _titled_people,
    _without_titles,
    name_shaped,
)
from newsdesk.analyse.entity_places_missed import (
    _big_cities_missed,
    _places_after_prepositions,
    _settlements,
    _towns_and_state_codes,
)
from newsdesk.analyse.entity_spans import _find_spans, _not_common_words
from newsdesk.analyse.gazetteer import Gazetteer, get_gazetteer
from newsdesk.analyse.language import looks_english
from newsdesk.analyse.nlp import doc_text

# Names other code and tests import from here; the rules live in the entity_* modules.
__all__ = [
    "ROLE_WORDS",
    "EntityMentions",
    "find_entities",
    "initials",
    "looks_english",
    "name_shaped",
    "org_kind",
    "prefer_expansions",
]


# --- the whole step -----------------------------------------------------------


def find_entities(
    doc: Doc,
    *,
    gazetteer: Gazetteer | None = None,
    source_country: str | None = None,
) -> EntityMentions:
    """Mentions in ``doc`` (a parse of ``Article.body``) and the entities they resolve to.

    A text that is not English gets none: the English model's names there are noise."""
    if not looks_english(doc):
        return EntityMentions()
    text = doc_text(doc)
    gaz = gazetteer or get_gazetteer()
    spans = _not_common_words(doc, text, _find_spans(doc))
    spans = _big_cities_missed(doc, spans, gaz)
    spans = _places_after_prepositions(doc, spans, gaz, source_country)
    spans = _towns_and_state_codes(text, spans, gaz)
    _settlements(doc, text, spans)
    _titled_people(text, spans)
    for span in spans:
        if span.kind == "person":
            _person_role(doc, span)
    spans = _without_titles(_bare_titles(text, spans))
    _plural_groups(doc, text, spans)
    spans = _products(text, spans)
    _players(text, spans)
    _people_by_syntax(doc, text, spans, gaz)
    _lone_speakers(doc, text, spans, gaz)
    _countries_and_peoples(text, spans)
    _places_tagged_as_people(text, spans, gaz)
    spans = _add_surnames(doc, spans)
    _full_names_of_people(text, spans, gaz)
    _one_sense(text, spans, gaz)
    _geocode(text, spans, gazetteer, source_country)
    _stateless_groups(text, spans)
    spans = _host_country(doc, text, spans, gazetteer or get_gazetteer())
    _assign_keys(text, spans)
    return _build(text, spans, gazetteer)
