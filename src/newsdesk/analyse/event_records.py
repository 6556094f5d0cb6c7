"""Working records of the PLOVER event coder (``events``).

``_Cand`` is a token that may name an event (its event type, mode, kind and depth in the
parse), ``_Flags`` what the parse says about it (negation, hypothetical, future, the
reporting speaker ...), and ``_Built`` a coded event with the token that triggered it.
They are shared by the coder and its candidate ranking (``event_candidates``), so they
live apart from both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsdesk.records import Event

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class _Cand:
    tok: Token
    event: str
    mode: str | None
    kind: str
    """'governor', 'verb' or 'noun'."""
    depth: int


@dataclass
class _Flags:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reported_by: str | None = None
    speaker: Token | None = None
    """Subject of the reporting verb ('Russia' in 'Russia said Sudan must ...')."""
    obligation: bool = False
    """'must' / 'should' on the event's own verb."""
    unless: bool = False
    """An 'unless' clause: the act is held over the recipient (an ultimatum)."""
    modality: str | None = None
    """'plan', 'prepare' ... when the act is intended rather than done."""
    ability: bool = False
    """'can' / 'could' on the act: "can't thank him enough" is no refusal."""


@dataclass
class _Built:
    event: Event
    trigger: Token
