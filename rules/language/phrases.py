"""Interface phrases: the words every site's chrome is made of, in many languages.

The lists live in `rules/data/language/interface/<language>.txt` (`phrase = English gloss`),
gathered from what content-management systems ship (WordPress, Drupal, Blogger, forum
software): Search, Sections, Read more, Comments, Share, Like, Reply, by, KB, views...
`international.txt` holds words that Latin-script sites use whatever their language (Login,
Newsletter, Facebook): they never make a line of a Latin-script document foreign.

A line is matched word by word (longest phrase first) with set look-ups, never one regex per
phrase; words of scripts written without spaces (Thai, Chinese, Japanese) are matched
character by character inside the word.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from seedlint.rules.language.scripts import TOKEN, normalize, script_of, script_table

INTERNATIONAL = "international"


@dataclass(frozen=True)
class Phrase:
    text: str  # as written in the data file
    languages: frozenset[str]
    gloss: str  # English meaning, for messages
    international: bool = False


@dataclass(frozen=True)
class PhraseTable:
    spaced: dict[tuple[str, ...], Phrase]  # word tuples of scripts written with spaces
    unspaced: dict[str, Phrase]  # strings of scripts written without spaces
    longest_spaced: int
    longest_unspaced: int
    first_words: frozenset[str]  # the first word of every spaced phrase


@dataclass(frozen=True)
class Token:
    """A word or number of a line, with what the phrase table made of it."""

    text: str  # normalized
    start: int  # offset in the normalized line
    end: int
    is_number: bool
    script: str | None = None
    phrase: Phrase | None = None  # the interface phrase covering this word, if any
    uncovered: int = 0  # letters of an unspaced word that no phrase covers


def _words(text: str) -> list[str]:
    return [m.group() for m in TOKEN.finditer(normalize(text)) if m.lastgroup == "word"]


@cache
def phrase_table() -> PhraseTable:
    """Load every interface list once; a phrase in several lists carries all their languages."""
    folder = files("seedlint.rules").joinpath("data", "language", "interface")
    entries: dict[tuple[str, ...], tuple[str, set[str], str, bool]] = {}
    for item in sorted(folder.iterdir(), key=lambda path: path.name):
        if not item.name.endswith(".txt"):
            continue
        language = item.name.removesuffix(".txt")
        for raw in item.read_text(encoding="utf-8").splitlines():
            raw = raw.strip()
            if not raw or raw.startswith("#"):
                continue
            text, _, gloss = (part.strip() for part in raw.partition(" = "))
            words = tuple(_words(text))
            if not words:
                continue
            international = language == INTERNATIONAL
            lang = "en" if international else language
            previous = entries.get(words)
            if previous is None:
                entries[words] = (text, {lang}, gloss or text, international)
            else:
                previous[1].add(lang)
                entries[words] = (
                    previous[0],
                    previous[1],
                    previous[2] if previous[2] != previous[0] else gloss or text,
                    previous[3] or international,
                )
    unspaced_scripts = script_table().unspaced
    spaced: dict[tuple[str, ...], Phrase] = {}
    unspaced: dict[str, Phrase] = {}
    for words, (text, languages, gloss, international) in entries.items():
        phrase = Phrase(text, frozenset(languages), gloss, international)
        if all(script_of(word) in unspaced_scripts for word in words):
            unspaced["".join(words)] = phrase
        else:
            spaced[words] = phrase
    return PhraseTable(
        spaced,
        unspaced,
        max((len(key) for key in spaced), default=1),
        max((len(key) for key in unspaced), default=1),
        frozenset(words[0] for words in spaced),
    )


def may_be_interface(line: str) -> bool:
    """A cheap test before `tokens`: can the line's first word start an interface phrase?

    Lines made only of interface phrases start with one; most article lines fail here with
    one regex search and one set look-up.
    """
    for match in TOKEN.finditer(line):
        if match.lastgroup == "number":
            continue
        word = normalize(match.group())
        if word in phrase_table().first_words:
            return True
        return not word.isascii() and script_of(word) in script_table().unspaced
    return False


def tokens(line: str) -> list[Token]:
    """The words and numbers of a line, each word marked with the phrase covering it."""
    table = phrase_table()
    unspaced_scripts = script_table().unspaced
    text = normalize(line)
    raw = [(m.group(), m.start(), m.end(), m.lastgroup == "number") for m in TOKEN.finditer(text)]
    result: list[Token] = []
    index = 0
    while index < len(raw):
        word, start, end, is_number = raw[index]
        if is_number:
            result.append(Token(word, start, end, True))
            index += 1
            continue
        script = script_of(word)
        if script in unspaced_scripts:
            phrase, uncovered = _cover_unspaced(word, table)
            result.append(Token(word, start, end, False, script, phrase, uncovered))
            index += 1
            continue
        matched = _match_spaced(raw, index, table)
        if matched is None:
            result.append(Token(word, start, end, False, script))
            index += 1
            continue
        phrase, count = matched
        for offset in range(count):
            w, s, e, _ = raw[index + offset]
            result.append(Token(w, s, e, False, script_of(w), phrase))
        index += count
    return result


def _match_spaced(
    raw: list[tuple[str, int, int, bool]], index: int, table: PhraseTable
) -> tuple[Phrase, int] | None:
    """The longest phrase starting at word `index` (numbers end a phrase)."""
    words: list[str] = []
    for word, _, _, is_number in raw[index : index + table.longest_spaced]:
        if is_number:
            break
        words.append(word)
    for count in range(len(words), 0, -1):
        phrase = table.spaced.get(tuple(words[:count]))
        if phrase is not None:
            return phrase, count
    return None


def _cover_unspaced(word: str, table: PhraseTable) -> tuple[Phrase | None, int]:
    """Greedy longest match inside a word written without spaces.

    Returns the first phrase found (for the message) and how many letters stayed uncovered.
    """
    first: Phrase | None = None
    uncovered = 0
    position = 0
    while position < len(word):
        for size in range(min(table.longest_unspaced, len(word) - position), 0, -1):
            phrase = table.unspaced.get(word[position : position + size])
            if phrase is not None:
                first = first or phrase
                position += size
                break
        else:
            uncovered += 1
            position += 1
    return first, uncovered
