import sys
from pathlib import Path

import pytest

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
