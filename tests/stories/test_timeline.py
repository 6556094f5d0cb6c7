"""Timelines from events and quotes built here as the analyse and events stages would."""

from __future__ import annotations

from datetime import UTC, datetime

from newsdesk.records import Article, Event, ExtractedTime, Quote
from newsdesk.stories.timeline import ArticleFacts, build_timeline, cue_stance, sentence_at


def article(id_: int, published: datetime, body: str) -> Article:
    return Article(
        headline=f"Talks report {id_}",
        body=body,
        published=ExtractedTime(published, "exact", "minute", "test"),
        id=id_,
    )


def event(body: str, sentence: str, kind: str, actor: str, when: datetime, **flags: bool) -> Event:
    start = body.index(sentence)
    return Event(
        event_type=kind,
        sentence=sentence,
        sentence_start=start,
        trigger=sentence.split()[1],
        trigger_start=start,
        trigger_end=start + 1,
        actors=[{"text": actor, "entity": None, "country": None, "sector": "GOV"}],
        date=when,
        date_text="test",
        **flags,
    )


def quote(body: str, content: str, speaker: str, cue: str) -> Quote:
    start = body.index(content)
    return Quote(
        start=start,
        end=start + len(content),
        content=content,
        speaker=speaker,
        speaker_kind="named_person",
        cue=cue,
        direct=True,
    )


MON = datetime(2025, 3, 3, 10, tzinfo=UTC)
WED = datetime(2025, 3, 5, 18, tzinfo=UTC)
SAT = datetime(2025, 3, 8, 21, tzinfo=UTC)

# Published Wednesday evening, it reports Monday's opening session and today's breakdown.
STALL = (
    "The union and the council first met on Monday in City Hall. "
    "On Wednesday the union rejected the city's offer of 3 percent. "
    '"This offer is an insult," union president Marta Sokol said. '
    "Mayor Daniel Frey urged the union to return to the table."
)
DEAL = (
    "The union called off the strike on Saturday after a final round of talks. "
    "The council agreed to a 5 percent rise over two years. "
    "A further strike would have been possible if talks had failed."
)
OPEN = "Pay talks opened on Monday between the union and the council. The two sides met for hours."


def facts() -> list[ArticleFacts]:
    stall = article(2, WED, STALL)
    deal = article(3, SAT, DEAL)
    opened = article(1, MON, OPEN)
    return [
        ArticleFacts(
            deal,
            events=[
                event(DEAL, DEAL.split(". ")[1] + ".", "AGREE", "the council", SAT),
                event(
                    DEAL,
                    "A further strike would have been possible",
                    "PROTEST",
                    "union",
                    SAT,
                    hypothetical=True,
                ),
            ],
        ),
        ArticleFacts(
            stall,
            events=[
                event(
                    STALL,
                    "The union and the council first met on Monday in City Hall.",
                    "CONSULT",
                    "the union",
                    MON,
                ),
                event(
                    STALL,
                    "On Wednesday the union rejected the city's offer of 3 percent.",
                    "REJECT",
                    "the union",
                    WED,
                ),
            ],
            quotes=[
                quote(STALL, "This offer is an insult", "Marta Sokol", "said"),
                quote(STALL, "return to the table", "Daniel Frey", "urged"),
            ],
        ),
        ArticleFacts(
            opened,
            events=[event(OPEN, OPEN.split(". ")[0] + ".", "CONSULT", "the union", MON)],
        ),
    ]


def test_entries_are_in_date_order_with_the_right_dates_and_sources() -> None:
    timeline = build_timeline(facts())
    assert [e.date.date().isoformat() for e in timeline] == [
        "2025-03-03",
        "2025-03-05",
        "2025-03-08",
    ]
    assert all(e.precision == "day" for e in timeline)
    monday, wednesday, saturday = timeline
    # Monday is reported both on the day and, in retrospect, on Wednesday
    assert monday.article_ids == [1, 2]
    assert monday.summary == "Pay talks opened on Monday between the union and the council."
    assert wednesday.article_ids == [2]
    assert saturday.summary == "The council agreed to a 5 percent rise over two years."


def test_positions_say_who_rejected_demanded_and_agreed_that_day() -> None:
    monday, wednesday, saturday = build_timeline(facts())
    stances = {(p["actor"], p["stance"]) for p in wednesday.positions}
    assert ("Daniel Frey", "demanded") in stances
    assert ("Marta Sokol", "stated") in stances
    assert ("the union", "rejected") in stances
    assert {(p["actor"], p["stance"]) for p in saturday.positions} == {("the council", "agreed")}
    assert monday.positions == []


def test_hypothetical_planned_negated_and_undated_events_make_no_entry() -> None:
    body = (
        "Talks may collapse next week. The union met the council. "
        "The sides will meet again on Friday. The union did not reject the offer."
    )
    undated = event(body, "The union met the council.", "CONSULT", "union", MON)
    undated.date = None
    maybe = event(body, "Talks may collapse next week.", "REJECT", "union", WED, hypothetical=True)
    planned = event(body, "The sides will meet again on Friday.", "CONSULT", "union", SAT)
    planned.future = True
    denied = event(body, "The union did not reject the offer.", "REJECT", "union", MON)
    denied.negated = True
    item = ArticleFacts(article(9, MON, body), events=[undated, maybe, planned, denied])
    assert build_timeline([item]) == []


def test_an_event_dated_after_the_article_reporting_it_is_a_plan_and_makes_no_entry() -> None:
    body = "Teachers would strike from March 10 unless the council improved its offer."
    strike = event(body, body, "PROTEST", "Teachers", datetime(2025, 3, 10, tzinfo=UTC))
    assert build_timeline([ArticleFacts(article(3, WED, body), events=[strike])]) == []


def test_an_actor_span_that_is_a_whole_clause_states_no_position() -> None:
    body = "Pay talks between the union and the city council in the town hall broke up on Monday."
    clause = "Pay talks between the union and the city council in the town hall"
    (entry,) = build_timeline(
        [ArticleFacts(article(5, MON, body), events=[event(body, body, "AGREE", clause, MON)])]
    )
    assert entry.positions == []


def test_a_quote_outside_any_dated_event_is_dated_by_its_article() -> None:
    body = 'The strike goes ahead. "We will not back down," Marta Sokol warned on Thursday.'
    item = ArticleFacts(
        article(4, WED, body),
        quotes=[quote(body, "We will not back down,", "Marta Sokol", "warned")],
    )
    (entry,) = build_timeline([item])
    assert entry.date == datetime(2025, 3, 5, tzinfo=UTC)
    assert entry.summary == '"We will not back down," Marta Sokol warned on Thursday.'
    assert entry.positions == [
        {
            "actor": "Marta Sokol",
            "entity": None,
            "stance": "warned",
            "text": "We will not back down,",
        }
    ]


def test_cue_stances_and_sentences() -> None:
    assert [cue_stance(c) for c in ("demanded", "Calls", "rejected", "warns", "said")] == [
        "demanded",
        "demanded",
        "rejected",
        "warned",
        "stated",
    ]
    text = "First one. Second one here! Third?"
    assert sentence_at(text, text.index("here")) == "Second one here!"


def test_one_speaker_under_two_descriptions_is_one_actor_by_entity() -> None:
    body = (
        '"We will strike," union president Marta Sokol warned. '
        'Marta Sokol warned: "We will strike."'
    )
    first = quote(body, "We will strike,", "union president Marta Sokol", "warned")
    second = quote(body, "We will strike.", "Marta Sokol", "warned")
    first.content = second.content = "We will strike"
    first.speaker_entity = second.speaker_entity = "person:marta sokol"
    (entry,) = build_timeline([ArticleFacts(article(4, WED, body), quotes=[first, second])])
    assert [(p["actor"], p["entity"]) for p in entry.positions] == [
        ("union president Marta Sokol", "person:marta sokol")
    ]
