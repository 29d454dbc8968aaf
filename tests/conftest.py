from __future__ import annotations

from pathlib import Path

import pytest

import pressextract
from pressextract.pipeline import Extractor, build_pipeline

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The default extractor (shipped model where present)."""
    return pressextract.default_extractor()


@pytest.fixture(scope="session")
def blank_extractor() -> Extractor:
    """An extractor over a blank German pipeline: the rules alone, no trained model."""
    return Extractor(build_pipeline(use_shipped=False))
