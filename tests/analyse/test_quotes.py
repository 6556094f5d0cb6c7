from __future__ import annotations

from spacy.language import Language

from newsdesk.analyse import analyse
from newsdesk.analyse.gazetteer import Gazetteer
from newsdesk.analyse.quotes import quotation_spans
from newsdesk.records import Analysis, Article, Quote


def _analyse(text: str, nlp: Language, gazetteer: Gazetteer) -> Analysis:
    return analyse(Article(headline="test", body=text), nlp=nlp, gazetteer=gazetteer)


def _only(result: Analysis) -> Quote:
    assert len(result.quotes) == 1, result.quotes
    return result.quotes[0]


def test_quotation_spans_pair_curly_and_straight_marks() -> None:
    text = 'He said “no deal” and then "maybe later" twice.'
    spans = quotation_spans(text)
    assert [text[s:e] for s, e in spans] == ["“no deal”", '"maybe later"']


def test_quotation_continued_in_the_next_paragraph_is_one_span() -> None:
    text = "Khan said: “First point.\n\n“Second point,” he added."
    ((start, end),) = quotation_spans(text)
    assert text[start:end] == "“First point.\n\n“Second point,”"


def test_curly_quote_with_named_speaker(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "“We will not accept any further delay,” Ahmed Khan said on Monday."
    quote = _only(_analyse(text, nlp, gazetteer))
    assert quote.direct
    assert quote.content == "We will not accept any further delay"
    assert quote.speaker == "Ahmed Khan" and quote.speaker_kind == "named_person"
    assert quote.speaker_entity == "person:ahmed khan"
    assert quote.cue == "said"
    assert quote.content_start is not None
    assert text[quote.content_start : quote.content_end] == quote.content


def test_straight_quote(nlp: Language, gazetteer: Gazetteer) -> None:
    text = 'Ahmed Khan said, "The border will stay closed until Friday."'
    quote = _only(_analyse(text, nlp, gazetteer))
    assert quote.direct and quote.speaker_kind == "named_person"
    assert quote.content.startswith("The border will stay closed")


def test_pronoun_is_attributed_to_the_person_last_named(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Interior Minister Mohsin Naqvi visited the border crossing on Monday.\n\n"
        "He said that security would be tightened at every checkpoint."
    )
    quote = _only(_analyse(text, nlp, gazetteer))
    assert quote.speaker == "Mohsin Naqvi"
    assert quote.speaker_kind == "named_person"
    assert quote.speaker_entity == "person:mohsin naqvi"
    assert not quote.direct
    assert quote.content == "security would be tightened at every checkpoint"
    assert quote.speaker_start is not None
    assert text[quote.speaker_start : quote.speaker_end] == "He"


def test_the_minister_is_the_minister_last_named(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Interior Minister Mohsin Naqvi visited the border crossing on Monday. "
        "“The crossing will reopen next week,” the minister said."
    )
    quote = _only(_analyse(text, nlp, gazetteer))
    assert quote.speaker_entity == "person:mohsin naqvi"
    assert quote.speaker_kind == "named_person"


def test_unique_role_alone_is_an_official_role(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The foreign office spokesperson said the visit had been postponed."
    quote = _only(_analyse(text, nlp, gazetteer))
    assert quote.speaker == "The foreign office spokesperson"
    assert quote.speaker_kind == "official_role"


def test_according_to_unnamed_officials(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "According to two senior officials, the delegation will return on Friday."
    quote = _only(_analyse(text, nlp, gazetteer))
    assert quote.cue == "According to"
    assert quote.speaker == "two senior officials"
    assert quote.speaker_kind == "anonymous_source"
    assert quote.content == "the delegation will return on Friday"


def test_quote_spanning_paragraphs(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Imran Baig, who leads the traders' union, spoke after the meeting.\n\n"
        "Baig said: “The first demand is that the crossing reopens.\n\n"
        "“The second demand is that the fees are cut,” he added."
    )
    quote = _only(_analyse(text, nlp, gazetteer))
    assert quote.direct
    assert "first demand" in quote.content and "fees are cut" in quote.content
    assert "\n\n" in quote.content
    assert quote.speaker_entity == "person:imran baig"
    assert quote.speaker_kind == "named_person"


def test_speech_verbs_inside_a_quotation_are_the_speakers_words(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "“We told them that the road would stay shut,” Ahmed Khan said."
    quote = _only(_analyse(text, nlp, gazetteer))
    assert quote.speaker == "Ahmed Khan" and quote.cue == "said" and quote.direct
    assert quote.content == "We told them that the road would stay shut"


def test_speaker_words_stop_at_a_quotation_mark(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "“We have found enough evidence of water in vapor form,” lead researcher "
        "and NASA planetary scientist Lucas Paganini said in a statement."
    )
    quote = _only(_analyse(text, nlp, gazetteer))
    assert quote.speaker_start is not None and quote.speaker_end is not None
    assert "“" not in quote.speaker and "”" not in quote.speaker
    assert quote.speaker.endswith("Lucas Paganini")
    assert quote.speaker_kind == "named_person"


def test_things_are_not_sources(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "The advice would stay in place until laboratory tests confirmed the supply was safe. "
        "The report said the army had withdrawn from the town."
    )
    assert _analyse(text, nlp, gazetteer).quotes == []


def test_unnamed_people_are_anonymous_sources(nlp: Language, gazetteer: Gazetteer) -> None:
    quote = _only(_analyse("Residents said the water smelled of chlorine.", nlp, gazetteer))
    assert quote.speaker == "Residents" and quote.speaker_kind == "anonymous_source"


def test_relative_pronoun_speaks_for_its_antecedent(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Police arrested Ahmed Khan, who said he had been at home all night."
    quote = _only(_analyse(text, nlp, gazetteer))
    assert quote.speaker == "Ahmed Khan" and quote.speaker_kind == "named_person"
    assert quote.content == "he had been at home all night"
