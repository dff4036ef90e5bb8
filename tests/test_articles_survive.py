"""Whole articles with the shapes that look like page chrome come out of `--fix` unchanged.

Each file in `tests/data/articles/` is an article as a scraper keeps it after its page is
gone: a poem or a chorus of short lines, a recipe's ingredients, a review's pros and cons,
a timeline of lone years, an interview's questions, sentences that open with the words of a
chrome label (`Publié dans la revue Nature, ...`, `By clicking on the link, ...`); a
Markdown document whose sections are titled like menu labels (`## Contact`), a glossary
whose terms are (`Newsletter`); a letter's signature, a list of names, a Chinese article's
last short paragraphs; a press release closing on its media contact, a changelog whose
sections open with a version and a date, a conference programme, a funeral notice's and a
concert's dates and times, a diary's days, a job advertisement's address, a school letter's
close, a live ticker, a transcript, classified ads in a Turkish paper; signs, mottos and
verses quoted in their own script, Persian with its joiners, full-width indentation. None of
their lines is page chrome, so every rule's safe fixes together must leave every byte.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from seedlint.engine import FixMode
from seedlint.rule import Applicability
from support import run

ARTICLES = sorted(
    path
    for path in (Path(__file__).parent / "data" / "articles").iterdir()
    if path.suffix in {".txt", ".md", ".rst"}
)


def test_there_are_articles() -> None:
    assert len(ARTICLES) >= 15


@pytest.mark.parametrize("path", ARTICLES, ids=[path.stem for path in ARTICLES])
def test_fix_leaves_the_article_as_it_is(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    result = run(text, mode=FixMode.SAFE, path=path.name)
    assert result.final.text == text
    safe = [f for f in result.findings if f.fix and f.fix.applicability is Applicability.SAFE]
    assert safe == []


# Articles whose last lines are data (a tracklist, results, a provenance, a contract's
# witnesses) after the last sentence: offered only as an unsafe fix (SL307 `DATA_TAIL_SHARE`).
DATA_ENDINGS = ["catalogue_entry_en", "contract_pt", "recipes_it", "season_review_es"]


@pytest.mark.parametrize("name", DATA_ENDINGS)
def test_closing_data_is_only_an_unsafe_fix(name: str) -> None:
    text = (Path(__file__).parent / "data" / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    findings = run(text, ("SL307",), mode=FixMode.SAFE, path=name).findings
    assert [(f.code, f.fix.applicability) for f in findings if f.fix] == [
        ("SL307", Applicability.UNSAFE)
    ]
