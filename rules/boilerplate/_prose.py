"""Where the article's prose is: a jusText-style reading of lines, shared by SL307.

A line is *prose* when it reads like running text of the document's language: long enough,
dense in that language's function words (`the`, `und`, `que`; menus, headline lists and
footers are not), and closed by sentence punctuation. The document's language is the one
whose function words occur most often in it; scripts without such a list (CJK, Arabic) fall
back to length and punctuation (Chinese and Japanese, written without spaces, to characters).
The tail of a page, after its last prose line, is where comment forms, related-post lists,
author boxes and footers sit.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from importlib.resources import files
from typing import NamedTuple

from seedlint.document import Document
from seedlint.rule import TEXT_CACHE_SIZE
from seedlint.rules.boilerplate._tables import normalise, phrases

# The evidence that a line is running text (measured on real pages, see benchmarks/).
MIN_PROSE_WORDS = 10
MIN_STOPWORD_SHARE = 0.2
# Two languages' function words are few per token. Turkish carries its grammar in suffixes
# (no articles, no copula word); Vietnamese writes every syllable apart, so a word of two
# syllables is two tokens. On the lines of the Turkish and Vietnamese article fixtures, 10
# tokens or more and closed by a full stop, the listed function words are 0 to 23% of the
# tokens, most under 15%. A twentieth (one in a line of twenty tokens) still tells a sentence
# from a run of names or headlines. (Finnish lacks articles too, but its copula `on` keeps its
# prose near a fifth: measured on the two Finnish dev pages, the general share finds their
# articles' ends.)
LOW_SHARE_LANGUAGES = frozenset({"tr", "vi"})
LOW_STOPWORD_SHARE = 0.05
MIN_UNLISTED_CHARS = 40  # prose in a language with no function-word list
MIN_LANGUAGE_HITS = 10  # function words a document needs before its language counts
_TOKEN = re.compile(r"\w+(?:['’]\w+)?")
MIN_SENTENCE_WORDS = 2
SENTENCE_END = (".", "!", "?", '."', ".”", "!”", "?”", ".»", "。", "！", "？", "؟", "।")
# A short line counts as prose only as a statement: a short question or exclamation is more
# often a headline in a list of other stories (`Oldest material found on Earth?`) or a
# prompt (`Wie hat dir dieses Rezept gefallen?`) than an article's last sentence.
STATEMENT_END = (".", '."', ".”", ".»", "。", "।")
# Chinese and Japanese are written without spaces, so a short statement is one token
# (`研究团队建议将该物种列入地方保护名录。`): it is measured in characters instead, this many
# ideographs or kana (about four words), closed by a full stop, inside a quote or not.
MIN_WIDE_STATEMENT_CHARS = 8
WIDE_STATEMENT_END = ("。", '。"', "。”", "。」", "。』")
_PROSE_END = (
    *(".", "!", "?", ":", '"', "”", "“", "»", "…", ")", "'"),
    *("。", "！", "？", "」", "』", "؟", "।"),
)
# A long line of several sentences is running text whatever its last characters: a credit
# glued to the last sentence (`...Kartellbehörden.Foto: photocase.de`), a link, an emoticon.
MIN_UNCLOSED_PROSE_WORDS = 30
MIN_INNER_SENTENCES = 2
_INNER_SENTENCE_END = re.compile(r"[\w)\]][.!?][\"”»’)]*\s+[\"„“«(]?[^\W\d_]")


@cache
def stopwords() -> dict[str, frozenset[str]]:
    """Function words by language, from `rules/data/boilerplate/stopwords.json`."""
    source = files("seedlint.rules").joinpath("data", "boilerplate", "stopwords.json")
    table = json.loads(source.read_text(encoding="utf-8"))
    return {lang: frozenset(words) for lang, words in table.items() if not lang.startswith("_")}


@cache
def _languages_of() -> dict[str, tuple[str, ...]]:
    """Word -> the languages listing it: one dict lookup per token, whatever the list count."""
    index: dict[str, list[str]] = {}
    for lang, words in stopwords().items():
        for word in words:
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


class _LineWords(NamedTuple):
    """What SL307 reads of a line's words: how many, and how many of each language's list."""

    count: int
    hits: Mapping[str, int]  # language -> function words of its list (read-only)


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def line_words(text: str) -> _LineWords:
    """Counted once per line text: the engine reads most lines two or three times.

    Only counts are kept, not the words: a cache of token tuples grew to a hundred
    megabytes over a large corpus.
    """
    tokens = _TOKEN.findall(text.casefold())
    languages = _languages_of()
    hits: Counter[str] = Counter()
    for token in tokens:
        for lang in languages.get(token, ()):
            hits[lang] += 1
    return _LineWords(len(tokens), dict(hits))


def _document_language(lines: Iterable[_LineWords]) -> str | None:
    """The language whose function words the lines hit most, if it hits enough of them."""
    hits: Counter[str] = Counter()
    for line in lines:
        hits.update(line.hits)
    if not hits:
        return None
    lang, count = min(hits.items(), key=lambda item: (-item[1], item[0]))
    return lang if count >= MIN_LANGUAGE_HITS else None


def is_credit(text: str) -> bool:
    """A source or credit line (`Sources: ...`, `Quelle: dpa`): the article's, never chrome."""
    head, colon, _ = text.partition(":")
    if not colon or len(head.split()) > 4:
        return False
    return normalise(head) in phrases("credit_prefixes.txt")


def prose_lines(document: Document) -> frozenset[int]:
    """Indices of the lines that read as running text of the document's language.

    Besides long prose, a short sentence of the document's language counts (`"We will
    see," he said.`): an article may end on one, and what follows it is still the article.
    So does a long line of sentences right after prose that ends in something else (see
    `MIN_UNCLOSED_PROSE_WORDS`).
    """
    return document.memo("boilerplate.prose", lambda: _prose_lines(document))


def _prose_lines(document: Document) -> frozenset[int]:
    counted = {line.index: line_words(line.text) for line in document.lines if not line.is_blank}
    lang = _document_language(counted.values())
    prose: set[int] = set()
    previous: int | None = None  # the previous non-blank line
    for index, line in counted.items():
        text = document.lines[index].text.strip()
        follows_prose, previous = previous in prose, index
        if not text.endswith(_PROSE_END) and not (
            lang is not None and follows_prose and _unclosed_prose(text, line)
        ):
            continue
        if lang is None:  # no function-word list fits: a short page, or an unlisted script
            if (
                len(text) >= MIN_UNLISTED_CHARS
                or (line.count >= MIN_SENTENCE_WORDS and text.endswith(STATEMENT_END))
                or _wide_statement(text)
            ):
                prose.add(index)
            continue
        function_words = line.hits.get(lang, 0)
        if line.count >= MIN_PROSE_WORDS:
            share = LOW_STOPWORD_SHARE if lang in LOW_SHARE_LANGUAGES else MIN_STOPWORD_SHARE
            if function_words >= share * line.count:
                prose.add(index)
        elif line.count >= MIN_SENTENCE_WORDS and function_words and text.endswith(STATEMENT_END):
            prose.add(index)
    return frozenset(prose)


def _wide_statement(text: str) -> bool:
    """A short statement in Chinese or Japanese: see `MIN_WIDE_STATEMENT_CHARS`.

    >>> _wide_statement("ライトアップは午後10時まで行われる。"), _wide_statement("版权所有。")
    (True, False)
    """
    return text.endswith(WIDE_STATEMENT_END) and (
        len(_wide().findall(text)) >= MIN_WIDE_STATEMENT_CHARS
    )


@cache
def _wide() -> re.Pattern[str]:
    """Ideographs and kana. Compiled on first use: a class of these ranges takes 3 ms to
    compile, and most documents have no line that ends in `。`."""
    return re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _unclosed_prose(text: str, line: _LineWords) -> bool:
    """A long line of sentences that does not end like one: see `MIN_UNCLOSED_PROSE_WORDS`."""
    return (
        line.count >= MIN_UNCLOSED_PROSE_WORDS
        and len(_INNER_SENTENCE_END.findall(text)) >= MIN_INNER_SENTENCES
    )
