"""Document structure and the attribution of every sentence, shared by the SL4xx rules.

The analysis reads a document as a reader does: it finds headings (short lines without
terminal punctuation that head a paragraph of prose), and a heading that names a speaker
(`Statements by Darchiev`, `US Comments`, `What the minister said`) attributes what follows it
until the next heading. In each prose paragraph, a sentence is attributed by its own source, by
a quotation or pronoun that continues the source before it, or by a source named earlier in its
paragraph (unless it opens with the writer's own judgement, `Importantly, ...`).

`paragraph_attribution(document)` is the public entry point (provenance records call it); the
rules read `analyse(document)`. Both are memoised on the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from seedlint.document import Document, Paragraph
from seedlint.rule import TEXT_CACHE_SIZE
from seedlint.rules.attribution import claims, sources
from seedlint.rules.attribution.lexicon import words
from seedlint.rules.attribution.sentences import TERMINAL, Span, split, units

MIN_WORDS = 6  # shorter pieces are labels, counters and fragments, not claims
MAX_HEADING_WORDS = 12
_HEADING_ATTRIBUTING_VERBS = frozenset({"said", "says", "say", "told", "tells", "according"})
_WORD = re.compile(r"\w[\w’'-]*")
_OPEN_QUOTE = re.compile(r"[“«]|(?:^|\s)[\"‘]")
_QUOTED = re.compile(r"(?:[“«]|(?:^|(?<=\s))\")([^”»\"]*)")
_QUOTE_WORDS = 4  # fewer quoted words are a title or a scare quote, not somebody speaking
_CLOSE_QUOTE = re.compile(r"[”»]|[\"’](?:\s|$|[,.;:!?])")
_QUOTE_MARK = re.compile(r"[“«\"‘”»’]")  # what the three patterns above all need


@dataclass(frozen=True)
class SentenceAttribution:
    """One sentence and who says it.

    `status` is `attributed` (its own or a continued source), `inherited` (from a heading),
    `weasel` (a source too vague to check), `unattributed` (a claim with no source) or
    `not-a-claim`. `basis` says how the source was found: `sentence`, `continuation`,
    `quotation`, `paragraph`, `heading`, `author` or `citation`.
    """

    start: int
    end: int
    text: str
    status: str
    source: str | None = None
    basis: str | None = None
    claim: tuple[str, ...] = ()
    weasel: str | None = None


@dataclass(frozen=True)
class ParagraphAttribution:
    """A paragraph's attribution: the worst status of its sentences, with the detail.

    `status` is `unattributed` when any sentence is (or has a weasel source), else `inherited`
    when a heading attributes it, else `attributed` when a sentence names a source, else
    `not-a-claim`. `heading` is the attributing heading's text, when there is one.
    """

    index: int
    status: str
    source: str | None
    heading: str | None
    sentences: tuple[SentenceAttribution, ...]


def paragraph_attribution(document: Document) -> list[ParagraphAttribution]:
    """One record per paragraph of the document, in order (memoised)."""
    return document.memo("attribution.paragraphs", lambda: _paragraphs(document))


def analyse(document: Document) -> list[SentenceAttribution]:
    """Every sentence of the document's prose, in order (memoised)."""
    return document.memo(
        "attribution.sentences",
        lambda: [s for record in paragraph_attribution(document) for s in record.sentences],
    )


def is_report(document: Document) -> bool:
    """Whether the document reports what others say: two sentences or more credit a source
    (named or vague), or a heading attributes a section.

    A recipe, a manual or an essay speaks in its writer's voice throughout; its claims are the
    writer's own by genre, and flagging each would be noise. A report that quotes or credits
    anyone sets the expectation that claims carry sources.
    """
    return document.memo("attribution.is-report", lambda: _count_reported(analyse(document)) >= 2)


def _count_reported(sentences: list[SentenceAttribution]) -> int:
    reported = {"sentence", "citation", "continuation", "heading"}
    return sum(1 for s in sentences if s.basis in reported or s.status == "weasel")


def _paragraphs(document: Document) -> list[ParagraphAttribution]:
    records: list[ParagraphAttribution] = []
    paragraphs = document.paragraphs
    heading: str | None = None  # the attributing heading of the current section
    previous: SentenceAttribution | None = None
    for paragraph in paragraphs:
        if _is_heading(document, paragraph):
            heading = _attributing(paragraph.text) if paragraph.index else None
            records.append(ParagraphAttribution(paragraph.index, "not-a-claim", None, None, ()))
            continue
        sentences = _paragraph_sentences(document, paragraph, heading, previous)
        if sentences:
            previous = sentences[-1]
        records.append(_summarise(paragraph.index, heading, sentences))
    return records


def _is_heading(document: Document, paragraph: Paragraph) -> bool:
    """A one-line paragraph of a few words, no terminal punctuation, heading a prose paragraph."""
    text = paragraph.text.strip()
    if paragraph.first_line != paragraph.last_line or not text[:1].isupper():
        return False
    if text[-1] in ".!?…,;:" or TERMINAL.search(text) or _has_words(text, MAX_HEADING_WORDS + 1):
        return False
    following = paragraph.index + 1
    if following >= len(document.paragraphs):
        return False
    return any(_is_prose(line) for line in document.paragraphs[following].text.splitlines())


def _attributing(heading: str) -> str | None:
    """The heading itself when it names a speaker or source, else None."""
    tokens = {token.lower() for token in _WORD.findall(heading)}
    if tokens & (words("speech_nouns") | _HEADING_ATTRIBUTING_VERBS):
        return heading.strip()
    return None


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _is_prose(text: str) -> bool:
    """Whether a line or unit reads as prose (cached: documents are linted twice)."""
    text = text.strip()
    if text.endswith(("...", "…")):  # a truncated teaser of a related-posts widget
        return False
    return _has_words(text, MIN_WORDS) and bool(TERMINAL.search(text))


def _has_words(text: str, count: int) -> bool:
    """Whether `text` holds at least `count` words: found without listing every word, since
    scraped paragraphs are often one long line and only the first few words are needed."""
    return next(islice(_WORD.finditer(text), count - 1, None), None) is not None


# Paragraph text and context -> where the paragraph started when it was attributed, and its
# sentences' attribution. The engine lints a document again after each fix round, and most
# paragraphs come back unchanged, often not even moved (a fix below them): they are
# attributed once, and shifted only if they moved. First in, first out past the bound.
_PARAGRAPH_CACHE: dict[
    tuple[str, str | None, tuple[str, str | None] | None],
    tuple[int, tuple[SentenceAttribution, ...]],
] = {}
_PARAGRAPH_CACHE_SIZE = 4096


def _paragraph_sentences(
    document: Document,
    paragraph: Paragraph,
    heading: str | None,
    previous: SentenceAttribution | None,
) -> list[SentenceAttribution]:
    """`_attribute` of a paragraph's prose, remembered by what decides it.

    What decides it is the paragraph's text (its units and sentences depend on nothing
    else), the section heading, and the status and source of the sentence before it: the
    only fields of `previous` that `_attribute` reads.
    """
    key = (
        paragraph.text,
        heading,
        None if previous is None else (previous.status, previous.source),
    )
    cached = _PARAGRAPH_CACHE.get(key)
    if cached is None:
        found = _attribute(_prose_sentences(document, paragraph), heading, previous)
        if len(_PARAGRAPH_CACHE) >= _PARAGRAPH_CACHE_SIZE:
            del _PARAGRAPH_CACHE[next(iter(_PARAGRAPH_CACHE))]
        _PARAGRAPH_CACHE[key] = (paragraph.start, tuple(found))
        return found
    start, sentences = cached
    return [_shifted(sentence, paragraph.start - start) for sentence in sentences]


def _shifted(sentence: SentenceAttribution, by: int) -> SentenceAttribution:
    if not by:
        return sentence
    return SentenceAttribution(
        sentence.start + by,
        sentence.end + by,
        sentence.text,
        sentence.status,
        sentence.source,
        sentence.basis,
        sentence.claim,
        sentence.weasel,
    )


def _prose_sentences(document: Document, paragraph: Paragraph) -> list[Span]:
    return [
        sentence
        for unit in units(document, paragraph)
        if _is_prose(unit.text)
        for sentence in split(unit)
    ]


def _attribute(
    spans: list[Span], heading: str | None, previous: SentenceAttribution | None
) -> list[SentenceAttribution]:
    own = [sources.sentence_source(span.text) for span in spans]
    results: list[SentenceAttribution] = []
    carried: SentenceAttribution | None = None  # the source named earlier in the paragraph
    for position, span in enumerate(spans):
        text, source = span.text, own[position]
        kinds = claims.claim_kinds(text)
        if not _has_words(text, MIN_WORDS) or text.rstrip("\"”’'») ").endswith("?"):
            result = SentenceAttribution(span.start, span.end, text, "not-a-claim")
        elif source is not None and source.kind != "vague":
            name, basis = source.name, _basis(source)
            if source.kind == "pronoun" and previous is not None and previous.source:
                name, basis = previous.source, "continuation"
            result = SentenceAttribution(
                span.start, span.end, text, "attributed", name, basis, kinds
            )
        else:
            result = _without_own_source(
                span, spans, own, position, kinds, source, carried, previous, heading
            )
        if result.status == "attributed" and result.basis != "paragraph":
            carried = result
        results.append(result)
        previous = result
    return results


def _without_own_source(
    span: Span,
    spans: list[Span],
    own: list[sources.Source | None],
    position: int,
    kinds: tuple[str, ...],
    source: sources.Source | None,
    carried: SentenceAttribution | None,
    previous: SentenceAttribution | None,
    heading: str | None,
) -> SentenceAttribution:
    text = span.text
    weasel = sources.weasel_phrase(text, source)
    voiced_by_writer = claims.authorial(text)
    if not voiced_by_writer:
        speaker = _quotation_speaker(text, spans, own, position, previous)
        if speaker:
            return SentenceAttribution(
                span.start, span.end, text, "attributed", speaker, "quotation", kinds
            )
        if carried is not None and weasel is None:
            return SentenceAttribution(
                span.start, span.end, text, "attributed", carried.source, "paragraph", kinds
            )
        if heading is not None and weasel is None:
            return SentenceAttribution(
                span.start, span.end, text, "inherited", heading, "heading", kinds
            )
    if weasel is not None:
        return SentenceAttribution(span.start, span.end, text, "weasel", None, None, kinds, weasel)
    status = "unattributed" if kinds and not sources.addresses_reader(text) else "not-a-claim"
    return SentenceAttribution(span.start, span.end, text, status, None, None, kinds)


def _quotation_speaker(
    text: str,
    spans: list[Span],
    own: list[sources.Source | None],
    position: int,
    previous: SentenceAttribution | None,
) -> str | None:
    """The speaker of a quotation whose speaker tag is in a neighbouring sentence."""
    if not _QUOTE_MARK.search(text):
        return None  # most sentences: no quotation mark, so nothing opens, closes or quotes
    opens, closes = len(_OPEN_QUOTE.findall(text)), len(_CLOSE_QUOTE.findall(text))
    if opens > closes:  # the quotation goes on: its speaker is named where it ends
        for later in range(position + 1, len(spans)):
            source = own[later]
            if source is not None and source.kind != "vague":
                return source.name
            if len(_CLOSE_QUOTE.findall(spans[later].text)) > len(
                _OPEN_QUOTE.findall(spans[later].text)
            ):
                break
    if (
        previous is not None
        and previous.status == "attributed"
        and _quotes_someone(text, opens, closes)
    ):
        return previous.source  # a quotation continuing the speaker just before it
    return None


def _quotes_someone(text: str, opens: int, closes: int) -> bool:
    """Whether the sentence quotes speech: a quotation of a few words, or the end of one."""
    if closes > opens:
        return True
    return any(_has_words(match.group(1), _QUOTE_WORDS) for match in _QUOTED.finditer(text))


def _basis(source: sources.Source) -> str:
    return {"author": "author", "citation": "citation"}.get(source.kind, "sentence")


def _summarise(
    index: int, heading: str | None, sentences: list[SentenceAttribution]
) -> ParagraphAttribution:
    statuses = {sentence.status for sentence in sentences}
    if statuses & {"unattributed", "weasel"}:
        return ParagraphAttribution(index, "unattributed", None, heading, tuple(sentences))
    if "inherited" in statuses:
        return ParagraphAttribution(index, "inherited", heading, heading, tuple(sentences))
    named = [sentence.source for sentence in sentences if sentence.status == "attributed"]
    if named:
        return ParagraphAttribution(index, "attributed", named[0], heading, tuple(sentences))
    return ParagraphAttribution(index, "not-a-claim", None, heading, tuple(sentences))
