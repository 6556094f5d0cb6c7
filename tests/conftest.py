"""Shared test fixtures.

Tests that read real third-party data from ../shared take the ``shared_dir``
fixture and are skipped, with the reason, where it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "DESIGN.md").exists():
        pytest.skip(f"../shared is absent ({SHARED}): real third-party data not available")
    return SHARED


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
