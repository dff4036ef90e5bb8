import sys
from pathlib import Path

import pytest
from hypothesis import settings

# The same examples on every run: CI must not go red by chance. Widen locally with
# `--hypothesis-profile=explore`.
settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.register_profile("explore", deadline=None, max_examples=1000)
settings.load_profile("repeatable")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED_ARTICLE = ROOT / "seeds" / "000_2a9e12c3e8735825.txt"
SEED_REWRITE = ROOT / "seeds" / "003_1c381e78540b5e33.txt"


@pytest.fixture
def seed_article_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def seed_rewrite_text() -> str:
    return SEED_REWRITE.read_text(encoding="utf-8")
