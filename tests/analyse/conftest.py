"""Shared fixtures for the analyse tests: the spaCy pipeline and the gazetteer, loaded once."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsdesk.analyse import get_nlp
from newsdesk.analyse.gazetteer import Gazetteer, get_gazetteer


@pytest.fixture(scope="session")
def nlp() -> Language:
    return get_nlp()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return get_gazetteer()
