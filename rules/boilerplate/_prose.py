"""Where the article's prose is: a jusText-style reading of lines, shared by SL307.

A line is *prose* when it reads like running text of the document's language: long enough,
dense in that language's function words (`the`, `und`, `que`; menus, headline lists and
footers are not), and closed by sentence punctuation. The document's language is the one
whose function words occur most often in it; scripts without such a list (CJK, Arabic) fall
back to length and punctuation. The tail of a page, after its last prose line, is where
comment forms, related-post lists, author boxes and footers sit.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache, lru_cache
from importlib.resources import files

from seedlint.document import Document
from seedlint.rules.boilerplate._tables import normalise, phrases

# The evidence that a line is running text (measured on real pages, see benchmarks/).
MIN_PROSE_WORDS = 10
MIN_STOPWORD_SHARE = 0.2
MIN_UNLISTED_CHARS = 40  # prose in a language with no function-word list
MIN_LANGUAGE_HITS = 10  # function words a document needs before its language counts
_TOKEN = re.compile(r"\w+(?:['’]\w+)?")
MIN_SENTENCE_WORDS = 2
_SENTENCE_END = (".", "!", "?", '."', ".”", "!”", "?”", ".»", "。", "！", "？", "؟", "।")
_PROSE_END = (".", "!", "?", ":", '"', "”", "“", "»", "…", ")", "'", "。", "！", "？", "؟", "।")


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


def _language_words(tokens: list[str]) -> frozenset[str] | None:
    """The function words of the language whose list the tokens hit most, if any hits enough."""
    languages = _languages_of()
    hits: Counter[str] = Counter()
    for token, count in Counter(tokens).items():
        for lang in languages.get(token, ()):
            hits[lang] += count
    if not hits:
        return None
    lang, count = min(hits.items(), key=lambda item: (-item[1], item[0]))
    return stopwords()[lang] if count >= MIN_LANGUAGE_HITS else None


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
    """
    return document.memo("boilerplate.prose", lambda: _prose_lines(document))


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    """A line's words, case-folded; cached, as the engine reads most lines twice."""
    return tuple(_TOKEN.findall(text.casefold()))


def _prose_lines(document: Document) -> frozenset[int]:
    tokens = {line.index: _tokens(line.text) for line in document.lines if not line.is_blank}
    words = _language_words([token for line in tokens.values() for token in line])
    prose: set[int] = set()
    for index, line_tokens in tokens.items():
        text = document.lines[index].text.strip()
        if not text.endswith(_PROSE_END):
            continue
        if words is None:  # no function-word list fits: a short page, or an unlisted script
            if len(text) >= MIN_UNLISTED_CHARS or (
                len(line_tokens) >= MIN_SENTENCE_WORDS and text.endswith(_SENTENCE_END)
            ):
                prose.add(index)
            continue
        function_words = sum(token in words for token in line_tokens)
        if len(line_tokens) >= MIN_PROSE_WORDS:
            if function_words >= MIN_STOPWORD_SHARE * len(line_tokens):
                prose.add(index)
        elif (
            len(line_tokens) >= MIN_SENTENCE_WORDS
            and function_words
            and text.endswith(_SENTENCE_END)
        ):
            prose.add(index)
    return frozenset(prose)
