"""Decide a document's main language, and each line's, by script first.

Script decides whenever it can: counting letters per Unicode script is exact and costs one
regex pass (none at all for ASCII lines). Only Latin-script text long enough to judge goes to
langdetect, seeded so that every run agrees, and only where a cheap function-word count
cannot settle the question: the document's body once, and long lines whose function words
point to another Latin-script language. Short lines never reach it (langdetect calls `Like`
Estonian and `Comments` French); interface-word lists decide those.

The analysis is memoised on the document (`document.memo`), shared by the SL2xx rules and, via
`document_language` / `line_language`, by provenance. `DocumentAnalysis.langdetect_lines`
counts the lines that reached langdetect.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

from seedlint.document import Document, Line
from seedlint.rule import TEXT_CACHE_SIZE
from seedlint.rules.language.phrases import Phrase, Token, may_be_interface, tokens
from seedlint.rules.language.scripts import (
    data_text,
    dominant,
    language_of_script,
    letters_by_script,
    line_letters,
    normalize,
    script_table,
    weighted,
)

MEMO_KEY = "language.analysis"

# The document's body sample for langdetect: lines of at least this many words, longest first.
SAMPLE_MIN_WORDS = 6
SAMPLE_MAX_CHARS = 700
SAMPLE_MIN_LETTERS = 80
# A langdetect verdict this sure, and agreed by function words, lets same-script interface
# phrases count as foreign.
CONFIDENT = 0.9
# A script holding this share of the weighted letters is the document's second language, not
# residue (a bilingual page, or Japanese with many Latin product names).
BILINGUAL_SHARE = 0.2
# Long foreign passages filling this share of the document make it multilingual (an appeal
# printed in three languages): they are its text, not residue.
MULTILINGUAL_SHARE = 0.25
# A run of foreign-script lines with at least this many weighted letters is a paragraph in
# another language, not interface text (about a dozen words, or twenty ideographs).
LONG_FOREIGN = 60
# Interface text is short: at most this many foreign words, or weighted letters.
SHORT_WORDS = 3
SHORT_LETTERS = 24
# Names, dates and counts next to interface words: at most this many native-script words.
MAX_NAME_WORDS = 8
# A short foreign-script line between two lines of the document's own text (this many words,
# or a sentence) is a quotation (a sign, a motto, a verse), not the site's interface.
QUOTE_CONTEXT_WORDS = 6
MAX_CONTEXT_FOREIGN_SHARE = 0.2  # of such a line's letters (it may name the quoted words)
# A Latin line long enough for langdetect to judge.
LONG_LINE_WORDS = 20
LONG_LINE_LETTERS = 120
FUNCTION_WORDS_MIN = 10  # single-language function-word hits needed to skip langdetect
FUNCTION_WORDS_RATIO = 3.0  # ... and how far ahead of the runner-up it must be
FOREIGN_PROBABILITY = 0.95

ONLY_INTERFACE = "it holds only interface words"

_SENTENCE_END = re.compile(r"[.!?。！？؟।…][\"'”’»)\]]*\s*$")
_CODE_CHARACTERS = re.compile(r"[{}();=<>\[\]]")
_LATIN_WORD = re.compile(r"[^\W\d_]+")
_CASED_SCRIPTS = frozenset({"Latin", "Greek", "Cyrillic", "Armenian"})
_KANA = frozenset({"Hiragana", "Katakana"})
_CJK = frozenset({"Han", "Hiragana", "Katakana"})


@dataclass(frozen=True)
class LanguageDecision:
    """A language verdict and how it was reached, as provenance records it.

    `method` is "script" (Unicode script, with marker letters for shared scripts),
    "function-words" (Latin-script text whose function words leave no doubt),
    "langdetect" (the seeded statistical model, Latin-script text only), "interface-words"
    (the line is made of known interface phrases of `language`), or "default" (nothing to
    judge: no letters, too little text, or a line that inherits the document's language).
    """

    language: str | None  # ISO 639-1 code ("en", "ar", "zh"), None when undetermined
    script: str | None  # "Latin", "Arabic", ...; None without letters
    method: str
    confidence: float


@dataclass(frozen=True)
class LineVerdict:
    """A line taken for residue in another language, and why."""

    line: int  # index
    decision: LanguageDecision
    kind: str  # "interface" (SL201) or "paragraph" (SL202)
    reason: str
    phrases: tuple[Phrase, ...] = ()
    last_line: int | None = None  # for a paragraph run: its last line index


@dataclass
class DocumentAnalysis:
    decision: LanguageDecision
    native_scripts: frozenset[str]
    interface: list[LineVerdict] = field(default_factory=list)
    paragraphs: list[LineVerdict] = field(default_factory=list)
    line_decisions: dict[int, LanguageDecision] = field(default_factory=dict)
    langdetect_calls: int = 0
    langdetect_lines: int = 0
    lines_with_letters: int = 0
    # Letters per script of each non-blank line, kept so that `line_language` need not
    # count them again.
    line_counts: Mapping[int, Mapping[str, int]] = field(
        default_factory=dict, repr=False, compare=False
    )


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    raw = json.loads(data_text("stopwords.json"))
    return {lang: frozenset(words) for lang, words in raw.items() if not lang.startswith("_")}


@cache
def _stopword_languages() -> dict[str, tuple[str, ...]]:
    """Each function word mapped to the languages that use it: one look-up per word."""
    index: dict[str, list[str]] = {}
    for lang, words in sorted(_stopwords().items()):
        for word in words:
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _stopword_hits(text: str) -> Mapping[str, int]:
    """Function-word hits per language, remembered per text (read-only for callers)."""
    hits: dict[str, int] = {}
    index = _stopword_languages()
    for word in _LATIN_WORD.findall(text.lower()):
        for lang in index.get(word, ()):
            hits[lang] = hits.get(lang, 0) + 1
    return hits


def _exclusive_hits(text: str) -> dict[str, int]:
    """Function-word hits counting only words that belong to a single language's list.

    `a`, `i`, `to`, `on` are function words of English, Czech and Polish alike; they say
    nothing about which of them a text is in.
    """
    hits: dict[str, int] = {}
    index = _stopword_languages()
    for word in _LATIN_WORD.findall(text.lower()):
        languages = index.get(word, ())
        if len(languages) == 1:
            hits[languages[0]] = hits.get(languages[0], 0) + 1
    return hits


def _decisive_function_words(hits: Mapping[str, int]) -> LanguageDecision | None:
    """The language when its function words outnumber every other's by far, else None.

    langdetect costs a quarter of a second to load its profiles, more than the rest of a
    pre-commit run on a few files. Running text is a third function words, and the lists
    of two languages share few of them, so a language with FUNCTION_WORDS_MIN hits and
    FUNCTION_WORDS_RATIO times the runner-up's is decided without it. Closer calls (short
    text, related languages, mixed pages) still go to langdetect.
    """
    ranked = sorted(hits.items(), key=lambda pair: (-pair[1], pair[0]))
    if not ranked or ranked[0][1] < FUNCTION_WORDS_MIN:
        return None
    best, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if count < FUNCTION_WORDS_RATIO * runner_up:
        return None
    # Confidence is CONFIDENT (0.9) at the threshold ratio and nears 1 as the lead grows.
    confidence = count / (count + runner_up / FUNCTION_WORDS_RATIO**2)
    return LanguageDecision(best, "Latin", "function-words", round(confidence, 3))


@lru_cache(maxsize=1024)
def _langdetect(text: str) -> tuple[str, float]:
    """Seeded langdetect: the top language and its probability.

    Seeded, it answers the same for the same text, so a line met again (the engine analyses a
    document anew after each fix round) is not judged twice.
    """
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return "und", 0.0
    return best.lang.split("-")[0], float(best.prob)


def _has_words(text: str, count: int) -> bool:
    """Whether `text` holds at least `count` whitespace-separated words.

    Splits no further than needed: a scraped line is often a whole paragraph, and every line
    of every fix round is asked.
    """
    return len(text.split(maxsplit=count - 1)) >= count


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _line_tokens(text: str) -> tuple[Token, ...]:
    """`tokens` of a line, remembered per line text: documents are analysed once per fix round."""
    return tuple(tokens(text))


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _may_be_interface(text: str) -> bool:
    return may_be_interface(text)


def analyze(document: Document) -> DocumentAnalysis:
    """The memoised language analysis of a document."""
    return document.memo(MEMO_KEY, lambda: _Analyzer(document).run())


def document_language(document: Document) -> LanguageDecision:
    """The document's main language and how it was decided."""
    return analyze(document).decision


def line_language(document: Document, line: Line) -> LanguageDecision:
    """One line's language: its own when it differs from the document's, else inherited."""
    return line_decision(analyze(document), line)


def line_decision(analysis: DocumentAnalysis, line: Line) -> LanguageDecision:
    """`line_language` given the document's analysis, for callers asking of every line."""
    known = analysis.line_decisions.get(line.index)
    if known is not None:
        return known
    counts = analysis.line_counts.get(line.index)
    if counts is None:
        counts = line_letters(line.text)
    script = dominant(counts)
    doc = analysis.decision
    if script is None or script in analysis.native_scripts:
        return _inherited(doc.language, script or doc.script, doc.confidence)
    language, confidence = _script_language(script, counts, line.text)
    return LanguageDecision(language, script, "script", confidence)


@lru_cache(maxsize=256)
def _inherited(language: str | None, script: str | None, confidence: float) -> LanguageDecision:
    """The decision of a line in the document's own language: one of a few, built once, not
    once per line (provenance asks it of every line of every paragraph)."""
    return LanguageDecision(language, script, "default", confidence)


def _script_language(script: str, counts: Mapping[str, int], text: str) -> tuple[str | None, float]:
    if script in _CJK:
        return ("ja" if any(counts.get(s) for s in _KANA) else "zh"), 1.0
    return language_of_script(script, text.lower())


class _Analyzer:
    """One pass over the lines: profiles, the document decision, then the residue verdicts."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.lines = [line for line in document.lines if not line.is_blank]
        self.counts = {line.index: line_letters(line.text) for line in self.lines}
        self.analysis: DocumentAnalysis
        self.langdetect_calls = 0
        self.langdetect_lines = 0

    def run(self) -> DocumentAnalysis:
        self.analysis = self._decide_document()
        self.analysis.lines_with_letters = sum(1 for c in self.counts.values() if c)
        if self.analysis.decision.script is not None:
            self._find_foreign_script()
            self._find_same_script_interface()
            self._find_same_script_paragraphs()
            self._drop_second_languages()
        self.analysis.langdetect_calls = self.langdetect_calls
        self.analysis.langdetect_lines = self.langdetect_lines
        self.analysis.line_counts = self.counts
        return self.analysis

    # -- the document -------------------------------------------------------------------

    def _decide_document(self) -> DocumentAnalysis:
        totals: dict[str, int] = {}
        for counts in self.counts.values():
            for script, count in counts.items():
                totals[script] = totals.get(script, 0) + count
        main = dominant(totals)
        if main is None:
            return DocumentAnalysis(LanguageDecision(None, None, "default", 0.0), frozenset())
        all_weight = weighted(totals)
        if main in _CJK:
            kana = sum(totals.get(s, 0) for s in _KANA)
            cjk = sum(totals.get(s, 0) for s in _CJK)
            language, native = ("ja", _CJK) if kana >= 0.1 * cjk else ("zh", frozenset({"Han"}))
            confidence = weighted(totals, _CJK) / all_weight
            decision = LanguageDecision(language, main, "script", confidence)
        elif main == "Hangul":
            native = frozenset({"Hangul", "Han"})
            decision = LanguageDecision("ko", main, "script", weighted(totals, native) / all_weight)
        elif main == "Latin":
            native = frozenset({"Latin"})
            decision = self._decide_latin()
        else:
            native = frozenset({main})
            text = "\n".join(line.text for line in self.lines if main in self.counts[line.index])
            language, marker_share = language_of_script(main, text.lower())
            share = weighted(totals, native) / all_weight
            decision = LanguageDecision(language, main, "script", min(share, marker_share))
        # A second script with a large share is the document's own, not residue.
        bilingual = {
            script
            for script, count in totals.items()
            if count * script_table().weight[script] >= BILINGUAL_SHARE * all_weight
        }
        return DocumentAnalysis(decision, frozenset(native | bilingual))

    def _decide_latin(self) -> LanguageDecision:
        candidates = sorted(
            (line for line in self.lines if _has_words(line.text, SAMPLE_MIN_WORDS)),
            key=lambda line: (-self.counts[line.index].get("Latin", 0), line.index),
        )
        sample: list[str] = []
        size = 0
        for line in candidates:
            if size >= SAMPLE_MAX_CHARS:
                break
            sample.append(line.text)
            size += len(line.text)
        text = "\n".join(sample)[:SAMPLE_MAX_CHARS]
        if sum(letters_by_script(text).values()) < SAMPLE_MIN_LETTERS:
            return LanguageDecision(None, "Latin", "default", 0.0)
        hits = _stopword_hits(text)
        decisive = _decisive_function_words(_exclusive_hits(text))
        if decisive is not None:
            return decisive
        language, probability = self._langdetect(text, len(sample))
        if language in _stopwords() and hits:
            best = max(sorted(hits), key=hits.__getitem__)
            if hits.get(language, 0) < hits[best]:
                probability = min(probability, 0.5)  # the function words disagree
        return LanguageDecision(language, "Latin", "langdetect", probability)

    def _langdetect(self, text: str, lines: int) -> tuple[str, float]:
        self.langdetect_calls += 1
        self.langdetect_lines += lines
        return _langdetect(text)

    # -- lines in another script ----------------------------------------------------------

    def _find_foreign_script(self) -> None:
        """Interface lines and long runs in a script the document is not written in."""
        analysis = self.analysis
        native = analysis.native_scripts
        run: list[Line] = []
        for line in self.document.lines:
            counts = self.counts.get(line.index)
            native_only = not counts or native.issuperset(counts)
            foreign = 0 if native_only else weighted(counts) - weighted(counts, native)
            if not foreign:
                self._close_run(run)
                run = []
                continue
            verdict = self._foreign_interface(line, counts)
            if verdict is not None:
                analysis.interface.append(verdict)
                analysis.line_decisions[line.index] = verdict.decision
                self._close_run(run)
                run = []
            elif foreign >= 0.6 * weighted(counts):
                run.append(line)
            else:
                self._close_run(run)
                run = []
        self._close_run(run)

    def _foreign_interface(self, line: Line, counts: Mapping[str, int]) -> LineVerdict | None:
        """A verdict when a line with foreign-script letters reads as interface text."""
        native = self.analysis.native_scripts
        words = [t for t in _line_tokens(line.text) if not t.is_number]
        foreign_phrases = [t for t in words if t.phrase and t.script not in native]
        uncovered_foreign = [
            t for t in words if t.script not in native and (not t.phrase or t.uncovered)
        ]
        native_words = [t for t in words if t.script in native and not t.phrase]
        normalized = normalize(line.text)
        names = [t for t in native_words if not self._attached_to_number(normalized, t)]
        sentence = bool(_SENTENCE_END.search(line.text))
        script = dominant({s: c for s, c in counts.items() if s not in native})
        assert script is not None
        if foreign_phrases and not uncovered_foreign:
            phrases = tuple(dict.fromkeys(t.phrase for t in foreign_phrases if t.phrase))
            language = self._phrase_language(phrases, script, line.text, counts)
            decision = LanguageDecision(language, script, "interface-words", 1.0)
            if not names:
                return LineVerdict(
                    line.index, decision, "interface", "it holds only interface words", phrases
                )
            if self._looks_like_names(names, line, sentence):
                return LineVerdict(
                    line.index,
                    decision,
                    "interface",
                    "interface words next to names, dates and counts, with no sentence around them",
                    phrases,
                )
            return None
        if (
            script != "Latin"
            and not names
            and not sentence
            and self._is_short(uncovered_foreign)
            and not self._in_long_foreign_block(line)
            and (foreign_phrases or not self._quoted_in_text(line))
        ):
            language, confidence = _script_language(script, counts, line.text)
            decision = LanguageDecision(language, script, "script", confidence)
            phrases = tuple(dict.fromkeys(t.phrase for t in foreign_phrases if t.phrase))
            return LineVerdict(
                line.index,
                decision,
                "interface",
                "it is a short line with no sentence structure",
                phrases,
            )
        return None

    def _phrase_language(
        self, phrases: tuple[Phrase, ...], script: str, text: str, counts: Mapping[str, int]
    ) -> str | None:
        """The one language all phrases share, else the language the script implies."""
        common = frozenset.intersection(*(p.languages for p in phrases))
        if len(common) == 1:
            return next(iter(common))
        guess, _ = _script_language(script, counts, text)
        if guess in common or not common:
            return guess
        return sorted(common)[0]

    @staticmethod
    def _attached_to_number(normalized: str, token: Token) -> bool:
        """An ordinal suffix or unit glued to a number (`47th`, `10h`); `normalized` is the
        line as `normalize` returns it, the text token offsets point into."""
        return token.start > 0 and normalized[token.start - 1].isdigit()

    def _looks_like_names(self, names: list[Token], line: Line, sentence: bool) -> bool:
        """Native words that read as a user name or a title fragment, not as a sentence."""
        if sentence or len(names) > MAX_NAME_WORDS:
            return False
        if self.analysis.decision.script not in _CASED_SCRIPTS:
            return False  # no capitals to tell a name from a sentence
        capitalized = sum(1 for t in names if self._original_word(line.text, t)[:1].isupper())
        has_number = any(ch.isdigit() for ch in line.text)
        if len(names) > SHORT_WORDS and not has_number:
            return False
        return capitalized >= 0.6 * len(names)

    @staticmethod
    def _original_word(text: str, token: Token) -> str:
        """The word as written: tokens are casefolded, which may change lengths (ß -> ss)."""
        if text.isascii():
            return text[token.start : token.end]
        for match in _LATIN_WORD.finditer(text):
            if normalize(match.group()) == token.text:
                return match.group()
        return token.text

    @staticmethod
    def _is_short(words: list[Token]) -> bool:
        weights = script_table().weight
        unspaced = script_table().unspaced
        letters = sum(
            (t.uncovered if t.phrase else len(t.text)) * weights.get(t.script or "", 1)
            for t in words
        )
        spaced_words = sum(1 for t in words if t.script not in unspaced)
        # One letter alone is a symbol (WordPress prints a lone "Δ" in its comment form).
        return spaced_words <= SHORT_WORDS and 2 <= letters <= SHORT_LETTERS

    def _quoted_in_text(self, line: Line) -> bool:
        """True when the line's paragraph stands between two lines of the document's text.

        An article quotes a sign, a motto or a verse in its own script on lines of their own
        (`It reads:` / `مخبز الأمل` / `"The Bakery of Hope," Hassan translated.`). A site's
        interface sits among other chrome: menus, labels, bylines, a comment form. A line that
        holds a known interface phrase (`लॉग इन`, Log in) is not asked.
        """
        paragraph = self.document.paragraph_of_line(line.index)
        if paragraph is None:
            return False
        return self._native_text(paragraph.first_line, -1) and self._native_text(
            paragraph.last_line, 1
        )

    def _native_text(self, index: int, step: int) -> bool:
        """Whether the nearest non-blank line from `index` (exclusive) in direction `step`
        is text in the document's scripts: `QUOTE_CONTEXT_WORDS` words or more, or a sentence
        (`Go with safety.`), with at most a fifth of its letters in another script (`The rho
        of ῥεῖ carries a rough breathing.`)."""
        lines = self.document.lines
        index += step
        while 0 <= index < len(lines) and lines[index].is_blank:
            index += step
        if not 0 <= index < len(lines):
            return False
        counts = self.counts.get(index)
        native = weighted(counts, self.analysis.native_scripts) if counts else 0
        if not counts or weighted(counts) - native > MAX_CONTEXT_FOREIGN_SHARE * weighted(counts):
            return False
        text = lines[index].text
        return _has_words(text, QUOTE_CONTEXT_WORDS) or (
            _has_words(text, 2) and _SENTENCE_END.search(text) is not None
        )

    def _in_long_foreign_block(self, line: Line) -> bool:
        """True when the line's paragraph holds a long stretch of foreign-script text."""
        paragraph = self.document.paragraph_of_line(line.index)
        if paragraph is None:
            return False
        native = self.analysis.native_scripts
        total = 0
        for index in range(paragraph.first_line, paragraph.last_line + 1):
            counts = self.counts.get(index, {})
            total += weighted(counts) - weighted(counts, native)
        return total >= 2 * LONG_FOREIGN

    def _close_run(self, run: list[Line]) -> None:
        """A run of foreign-script lines: a paragraph in another language when long enough."""
        if not run:
            return
        native = self.analysis.native_scripts
        merged: dict[str, int] = {}
        for line in run:
            for script, count in self.counts[line.index].items():
                if script not in native:
                    merged[script] = merged.get(script, 0) + count
        if weighted(merged) < LONG_FOREIGN:
            return
        script = dominant(merged)
        assert script is not None
        text = "\n".join(line.text for line in run)
        language, confidence = _script_language(script, merged, text)
        decision = LanguageDecision(language, script, "script", confidence)
        self.analysis.paragraphs.append(
            LineVerdict(
                run[0].index,
                decision,
                "paragraph",
                f"{weighted(merged)} letters",
                (),
                run[-1].index,
            )
        )
        for line in run:
            self.analysis.line_decisions[line.index] = decision

    def _introduced_quote(self, first: int) -> bool:
        """True when the line before a passage announces it (`..., she said:`)."""
        for index in range(first - 1, -1, -1):
            text = self.document.lines[index].text.strip()
            if text:
                return text.endswith(":")
        return False

    def _drop_second_languages(self) -> None:
        """Foreign passages filling a large share of the document are its text: keep them.

        A bilingual page, or an appeal printed in three languages, is not residue. Passages
        introduced by a colon are quotations and stay too.
        """
        total = sum(weighted(counts) for counts in self.counts.values())
        foreign = sum(
            weighted(self.counts.get(index, {}))
            for verdict in self.analysis.paragraphs
            for index in range(verdict.line, (verdict.last_line or verdict.line) + 1)
        )
        multilingual = foreign >= MULTILINGUAL_SHARE * total
        kept = []
        for verdict in self.analysis.paragraphs:
            if multilingual or self._introduced_quote(verdict.line):
                for index in range(verdict.line, (verdict.last_line or verdict.line) + 1):
                    self.analysis.line_decisions.pop(index, None)
                continue
            kept.append(verdict)
        self.analysis.paragraphs = kept

    # -- lines in the document's own script ------------------------------------------------

    def _confident_language(self) -> str | None:
        decision = self.analysis.decision
        if decision.language is None or decision.confidence < CONFIDENT:
            return None
        return decision.language

    def _find_same_script_interface(self) -> None:
        """Short lines made only of another language's interface phrases (`Kommentare`)."""
        language = self._confident_language()
        if language is None:
            return
        native = self.analysis.native_scripts
        latin_doc = self.analysis.decision.script == "Latin"
        flagged = {v.line for v in self.analysis.interface}
        for line in self.lines:
            counts = self.counts[line.index]
            if not counts or line.index in flagged or not native.issuperset(counts):
                continue
            if len(line.text) > 80 or not _may_be_interface(line.text):
                continue
            words = [t for t in _line_tokens(line.text) if not t.is_number]
            if not words or any(t.phrase is None or t.uncovered for t in words):
                continue
            phrases = tuple(dict.fromkeys(t.phrase for t in words if t.phrase))
            if any(language in p.languages or (latin_doc and p.international) for p in phrases):
                continue
            common = frozenset.intersection(*(p.languages for p in phrases))
            if not common:
                continue
            found = sorted(common)[0] if len(common) > 1 else next(iter(common))
            script = dominant(counts)
            decision = LanguageDecision(found, script, "interface-words", 1.0)
            self.analysis.interface.append(
                LineVerdict(
                    line.index, decision, "interface", "it holds only interface words", phrases
                )
            )
            self.analysis.line_decisions[line.index] = decision

    def _find_same_script_paragraphs(self) -> None:
        """Long Latin lines in another Latin-script language: function words, then langdetect."""
        language = self._confident_language()
        if language is None or self.analysis.decision.script != "Latin":
            return
        stopwords = _stopwords()
        taken = {v.line for v in self.analysis.interface}
        for verdict in self.analysis.paragraphs:
            taken.update(range(verdict.line, (verdict.last_line or verdict.line) + 1))
        for line in self.lines:
            counts = self.counts[line.index]
            if line.index in taken or counts.get("Latin", 0) < LONG_LINE_LETTERS:
                continue
            if set(counts) != {"Latin"} or not _has_words(line.text, LONG_LINE_WORDS):
                continue
            if len(_CODE_CHARACTERS.findall(line.text)) > 0.02 * len(line.text):
                continue  # script code, not prose: langdetect would name any language
            hits = _stopword_hits(line.text)
            if not hits:
                continue
            best = max(sorted(hits), key=hits.__getitem__)
            own = hits.get(language, 0)
            if language in stopwords and own >= 2 and own >= 0.5 * hits[best]:
                continue  # the gate: the document's own function words dominate
            if best == language or hits[best] < 3:
                continue
            found, probability = self._langdetect(line.text, 1)
            if found == language or probability < FOREIGN_PROBABILITY:
                continue
            if found in stopwords and found != best:
                continue  # the model and the function words disagree
            decision = LanguageDecision(found, "Latin", "langdetect", probability)
            self.analysis.paragraphs.append(
                LineVerdict(line.index, decision, "paragraph", "langdetect", (), line.index)
            )
            self.analysis.line_decisions[line.index] = decision
