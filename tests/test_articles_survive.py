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
from support import run

ARTICLES = sorted(
    path
    for path in (Path(__file__).parent / "data" / "articles").iterdir()
    if path.suffix in {".txt", ".md"}
)


def test_there_are_articles() -> None:
    assert len(ARTICLES) >= 15


@pytest.mark.parametrize("path", ARTICLES, ids=[path.stem for path in ARTICLES])
def test_fix_leaves_the_article_as_it_is(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    result = run(text, mode=FixMode.SAFE, path=path.name)
    assert result.final.text == text
    assert [f.code for f in result.findings if f.fix is not None] == []
