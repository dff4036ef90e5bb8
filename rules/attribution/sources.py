"""Who says a sentence: reporting verbs with their subjects, `according to`, citations, quotes.

A reader credits a sentence to a source when a reporting verb has a subject that names someone
(`the US State Department said`, `said Katherine Maher`), when `according to` names someone,
when a citation closes the sentence (`(Otto, Imperial College London)`), or when the writer
speaks in the first person. A subject that names nobody (`observers say`, `many believe`) and an
agentless passive (`it is expected`) are weasel sources instead.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from seedlint.rule import TEXT_CACHE_SIZE
from seedlint.rules._trie import alternation
from seedlint.rules.attribution.lexicon import phrase_pattern, words

_TOKEN = re.compile(r"\w[\w’'&.\-]*")
# Where a subject stops, reading back from its verb.
_CLAUSE_EDGE = re.compile(
    r"[,;:()“”\"«»—–]|\s-\s|(?<![\w-])(?:that|but|while|whereas|although|though|because|when|"
    r"after|before|since|if|which|who|where|as|so)(?![\w-])",
    re.IGNORECASE,
)
# Auxiliaries, adverbs and time words between a subject and its verb.
_BETWEEN = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "can",
        "did",
        "does",
        "do",
        "also",
        "further",
        "again",
        "previously",
        "then",
        "now",
        "still",
        "too",
        "already",
        "once",
        "recently",
        "earlier",
        "later",
        "today",
        "yesterday",
        "tonight",
        "this",
        "last",
        "week",
        "month",
        "year",
        "morning",
        "afternoon",
        "evening",
        "night",
        "on",
        "in",
        "at",
        "not",
        "never",
        "just",
        "first",
    ]
)
_PASSIVE_AUXILIARIES = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_DEFINITE = frozenset(
    ["the", "this", "that", "these", "those", "its", "their", "his", "her", "our"]
)
_PRONOUNS = frozenset(["he", "she", "they", "it"])
_FIRST_PERSON = re.compile(r"(?<![\w’'-])(?:I|we|We)(?:['’](?:m|re|ve|d|ll))?(?![\w’'-])")
_SECOND_PERSON = re.compile(r"(?<![\w’'-])(?:you|your|yours|yourself)(?![\w-])", re.IGNORECASE)
_PREPOSITIONS = frozenset(
    [
        "along",
        "with",
        "of",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "to",
        "among",
        "amid",
        "amidst",
        "after",
        "before",
        "during",
        "like",
        "despite",
        "over",
        "under",
        "into",
        "through",
        "across",
    ]
)
_AFFILIATION = frozenset(["at", "for", "of", "from", "in", "inside", "within", "with"])
_NOT_SUBJECT_END = frozenset(
    [
        "amid",
        "amidst",
        "among",
        "over",
        "against",
        "into",
        "onto",
        "upon",
        "via",
        "about",
        "across",
        "the",
        "a",
        "an",
        "of",
        "to",
        "for",
        "with",
        "by",
        "from",
        "in",
        "on",
        "at",
    ]
)
_CITATION = re.compile(r"\((?:[A-Z][^()]{1,80}),\s*(?:\d{4}|[A-Z][^()]{2,80})\)[.!?]?[\"”’]?$")
_ACCORDING = re.compile(r"(?<![\w-])according\s+to\s+([^,;:.!?()]+)", re.IGNORECASE)
_INVERTED_VERB_NP = re.compile(r"\s*((?:the\s+|a\s+|an\s+)?[^,;:.!?()\s][^,;:!?()]*)")


@dataclass(frozen=True)
class Source:
    """The source a sentence gives: `name` as written, `kind` of how it was given."""

    name: str
    kind: str  # "named", "pronoun", "vague", "author", "citation"


@cache
def _verb_pattern() -> re.Pattern[str]:
    # Lower case only: a reporting verb is never capitalised mid-sentence, and `States`,
    # `Comments` or `Reports` with a capital are names or headings, not verbs.
    forms = words("reporting_verbs") | words("evidential_verbs") | words("stance_verbs")
    return re.compile(rf"(?<![\w’'-])(?:{alternation(forms)})(?![\w’'-])")


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def sentence_source(text: str) -> Source | None:
    """The source the sentence itself gives, named or vague, or None.

    Cached by text: the engine lints a document again after fixing it, and unchanged
    sentences come back identical.
    """
    found: list[Source] = []
    edge_ends: list[int] | None = None
    for match in _ACCORDING.finditer(text):
        found.append(
            _judge(_tokens(match.group(1)), strong=True) or Source(match.group(1), "named")
        )
    for match in _verb_pattern().finditer(text):
        if edge_ends is None:  # once per sentence, not once per verb: long lines stay linear
            edge_ends = [edge.end() for edge in _CLAUSE_EDGE.finditer(text)]
        source = _subject_of(text, match, edge_ends)
        if source is not None:
            found.append(source)
    if _CITATION.search(text):
        found.append(Source(_CITATION.search(text).group(), "citation"))  # type: ignore[union-attr]
    if _FIRST_PERSON.search(text):
        found.append(Source("the author", "author"))
    checkable = [source for source in found if source.kind != "vague"]
    return (checkable or found or [None])[0]


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def addresses_reader(text: str) -> bool:
    """True when the writer speaks to the reader (`you`, `your`): advice or instructions."""
    return bool(_SECOND_PERSON.search(text))


def _subject_of(text: str, match: re.Match[str], edge_ends: list[int]) -> Source | None:
    """The subject of a reporting verb, read back from it to the clause edge before it.

    `edge_ends` are the ends of the clause edges of the whole sentence: an edge never spans
    the verb's start (the verb follows a non-word character), so those ending before it are
    exactly the edges of the text before it.
    """
    verb = match.group()
    strong = verb in words("reporting_verbs")
    stance = not strong and verb in words("stance_verbs")
    edges = bisect_right(edge_ends, match.start())
    chunk = text[edge_ends[edges - 1] if edges else 0 : match.start()]
    tokens = _tokens(chunk)
    raw_tokens = list(tokens)
    between = []
    while tokens and tokens[-1].lower() in _BETWEEN:
        between.append(tokens.pop().lower())
    tokens = [token for token in tokens if not token.lower().endswith("ly") or token[0].isupper()]
    if tokens:
        if raw_tokens[-1].lower() in _NOT_SUBJECT_END or raw_tokens[-1].endswith(("'s", "’s")):
            return None  # `amid reports of ...`, `the state's confirmed ...`: not a verb here
        if raw_tokens[0].lower() in _PREPOSITIONS:
            return None  # `along with parts of the Brazilian states`: no subject in a phrase
        if _PASSIVE_AUXILIARIES.intersection(between) and not verb.endswith("ing"):
            return None  # `was described as`: a passive names no speaker
        if verb.endswith("s") and not between and not _subject_like(tokens):
            return None  # `diplomatic notes`, `the state's claims`: a plural noun, not a verb
        return _judge(tokens, strong=strong and len(tokens) <= 5, stance=stance)
    # Nothing before the verb in its clause: an inverted tag (`..., said Katherine Maher`) or a
    # subject separated by an apposition (`Chi Onwurah, the Labour MP ..., said`).
    if _last_visible(text, match.start()) in {",", "”", '"', "’", "'"} and strong:
        inverted = _INVERTED_VERB_NP.match(text, match.end())
        if inverted:
            subject = _tokens(inverted.group(1))[:6]
            judged = _judge(subject, strong=False)
            if judged is not None:
                return judged
        head = _tokens(re.split(r"[,;:(—–]", text, maxsplit=1)[0])
        if head and edges:
            return _judge(head[:8], strong=False)
    return None


def _last_visible(text: str, end: int) -> str:
    """`text[:end].rstrip()[-1:]` without copying the text before `end`."""
    while end and text[end - 1].isspace():
        end -= 1
    return text[end - 1 : end]


def _subject_like(tokens: list[str]) -> bool:
    """Whether words can be the subject of a verb in -s: a short determined noun phrase, or one
    ending in a name, a pronoun or a source noun."""
    if len(tokens) <= 4 and tokens[0].lower() in _DEFINITE | {"my", "a", "an"}:
        return True
    token = tokens[-1]
    lower = token.lower()
    if token[:1].isupper() and lower not in words("common_words"):
        return True
    return lower in _PRONOUNS or lower in words("source_nouns")


def _judge(tokens: list[str], strong: bool, stance: bool = False) -> Source | None:
    """Whether a subject names a source, names nobody (vague), or is no source at all."""
    if not tokens:
        return None
    lower = [token.lower() for token in tokens]
    name = " ".join(tokens)
    if len(lower) == 1 and lower[0] in _PRONOUNS:
        return Source(name, "pronoun")
    if _is_vague(tokens):
        return Source(name, "vague")
    if lower[0] in {"i", "we", "my", "our"}:
        return Source("the author", "author")
    common = words("common_words")
    if any(token[:1].isupper() and token.lower() not in common for token in tokens):
        return Source(name, "named")
    if any(token in words("source_nouns") for token in lower):
        return Source(name, "named")
    if strong and not stance and lower[-1] not in _NOT_SUBJECT_END:
        return Source(name, "named")
    return None


def _is_vague(tokens: list[str]) -> bool:
    vague, modifiers = words("vague_sources"), words("vague_modifiers")
    common = words("common_words")
    lower = [token.lower() for token in tokens]
    for position, token in enumerate(lower):
        if token in vague:
            head = lower[:position]
            if any(word not in modifiers and not word.isdigit() for word in head):
                return False
            if head and head[0] in _DEFINITE:
                return False  # `the officials`: continues a source named before
            tail = tokens[position + 1 :]
            if any(token[:1].isupper() and token.lower() not in common for token in tail):
                return False  # `researchers like Akshay Deoras`: a name makes it checkable
            return not (tail and tail[0].lower() in _AFFILIATION)
    return False


def _tokens(text: str) -> list[str]:
    return [token.rstrip(".") or token for token in _TOKEN.findall(text)]


@cache
def _passive_pattern() -> re.Pattern[str]:
    participles = alternation(words("passive_weasels"))
    adverb = r"(?:(?:widely|generally|largely|commonly|often|now|also|still|increasingly)\s+)?"
    # One word-start test before the four forms, not one in each: `re` tries the pattern at
    # every position of the sentence, and inside a word the test alone rules it out.
    return re.compile(
        rf"(?<![\w-])(?:"
        rf"(?:it|this|that)\s+(?:is|was|has\s+been|had\s+been)\s+{adverb}"
        rf"(?:{participles})(?![\w-])"
        rf"|(?:is|are|was|were|been|being)\s+{adverb}(?:{participles})\s+to(?![\w-])"
        rf"|(?:expected|forecast|projected|predicted|tipped)\s+to(?![\w-])"
        rf"|(?:is|are|was|were)\s+(?:widely|generally|largely|commonly|often)\s+"
        rf"(?:seen|regarded|considered|viewed)\s+as(?![\w-])"
        rf")",
        re.IGNORECASE,
    )


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def weasel_phrase(text: str, source: Source | None) -> str | None:
    """The vague-source phrase of a sentence that names no checkable source, or None."""
    if source is not None and source.kind != "vague":
        return None
    if source is not None:
        return source.name
    for pattern in (_passive_pattern(), phrase_pattern("weasel_adverbs")):
        match = pattern.search(text)
        if match:
            return match.group()
    return None
