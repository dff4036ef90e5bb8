"""Cross-document derivation: which earlier paragraphs a paragraph copies or paraphrases.

Scraped corpora are full of rewrites: a site takes an agency story, reorders it, swaps words
for synonyms, drops a few facts and adds a few of its own. Provenance records must show both
sides of that: the paragraphs a paragraph came from (`derived_from`), and, sentence by
sentence, which claims have a counterpart somewhere earlier in the corpus and which do not
(a claim with no counterpart is exactly what a reviewer should look at).

Usage: documents are added one by one, in a deterministic order; each is compared with the
documents added *before* it, then indexed, so links always point backwards and never to the
document itself::

    index = DerivationIndex()
    for path in sorted(paths):
        for paragraph, derivation in zip(paragraphs, index.add_document(path, paragraphs)):
            ...  # derivation.derived_from, derivation.sentences

How similarity is measured, and why:
- A paraphrase keeps the content words and changes everything else, so each sentence becomes
  a set of content stems: lowercased words, function words of seven languages and numbers
  dropped, a crude suffix strip and a 6-letter prefix (`diplomatic`, `diplomats` -> `diplom`;
  `easing`, `ease` -> `eas`). Word n-grams would miss every paraphrase.
- Each stem is weighted by its inverse sentence frequency in the corpus seen so far (the new
  document included), divided by the number of sentences of the new document holding it: the
  topic words every sentence of a story repeats (`russia`, `diplomatic`) count little, the
  specific ones (`visa`, `banking`) a lot, whatever else the corpus holds.
- Pair similarity of two stem sets A, B is the weighted Ochiai coefficient
  w(A∩B) / sqrt(w(A)·w(B)), the geometric mean of both containments: in [0, 1], symmetric,
  and high only when each side is largely made of the other.
- A sentence's *sources* are the earlier sentences whose pair similarity with it reaches
  `min_source_similarity` (at most `max_sources`, best first), and its *coverage* is the
  weighted share of its stems found in them together: rewrites often merge two source
  sentences into one, and each source alone then holds only half of it. A sentence is
  supported (has a `counterpart`) when its coverage reaches `min_coverage`; a new claim on
  the same topic, which shares the topic words and one detail with an earlier sentence, is
  not.
- A paragraph derives from the earlier paragraphs holding its sentences' sources, and from any
  earlier paragraph whose pair similarity with it reaches `min_paragraph_similarity` (a
  paraphrase that regroups sentences).
- An earlier document is a source only when several sentences are restated from it, or one
  is nearly copied (`min_corroboration`, `copy_similarity`): one loose match between two long
  pages on the same subject is chance.
- Units with fewer than `min_stems` content stems (`Back To Top`, `Leave a Reply`) never
  link: so short a text recurs by chance or by template, not by derivation.

Scaling: no all-pairs comparison. Candidates come from an inverted index from stem to the
sentences holding it; a candidate must share at least `min_shared` stems with the query
sentence, and the exact similarity is computed on candidates only. A stem found in more than
`max_postings` sentences is too common to find candidates with: its posting list is cut to
its first `max_early` sentence ids and frozen (the stem still counts in exact similarity).
A query thus reads at most `max_postings` ids per stem, and the ids of its common stems are
the few earliest sentences holding them, which is where the first occurrence of a sentence
copied all over the corpus, and of its near copies, usually is. Exact copies need no posting
list: a table from the hash of a sentence's sorted stem ids (ints: the same hash in every
process) to its first occurrences returns them directly, however common their stems, so the
cap can stay lower without losing copies. The cap trades paraphrases for time: at 100 it
found 80.5% of the near duplicates `benchmarks/derivation_scale.py` plants (15% of words
dropped), against 88.5% at 200.

A sentence keeps its `max_matches` best sources. Without that bound the work per document
grew with the number of earlier copies of its sentences, which grows with the corpus: a
sentence quoted in a thousand pages would be compared with each of them. Exact copies rank
first (similarity 1), so the copy table keeps `max_matches` occurrences per sentence, and a
sentence with that many copies skips the posting lists altogether. Measured on the first 4,000
files of the 100 MB benchmark corpus (`benchmarks/derivation_growth.py`): CPU time per 800
documents 8.4, 8.8, 8.5, 8.1, 8.9 s, flat, where it was 11.6, 19.4, 22.3, 24.0, 26.2 s
unbounded; 99.4% of the paragraph links kept (99.5% of those of similarity >= 0.6) and
99.97% of the sentence counterparts; `derivation_scale.py` finds the same 88.5% of its planted
near duplicates.

Memory: the index keeps no text, only the sorted stem ids of every sentence (4 bytes each,
in one flat `array`) with a 4-byte end offset, a 4-byte paragraph id and a 4-byte next-copy
id, 12 bytes per paragraph, the doc keys, per stem its string, a frequency and a posting list
of at most `max_postings` 4-byte sentence ids (`max_early` once frozen), and the copy table
(12 bytes a slot, at most half full: 24 to 48 bytes per distinct sentence). It grows linearly
with the number of sentences; the vocabulary's share shrinks as the corpus grows. Measured
(`benchmarks/derivation_scale.py`): 670 bytes per sentence at 16k sentences, 330 at 80k, 185
at 320k (300 bytes per paragraph), 25 more than without the copy table.
The records themselves are never kept.
"""

from __future__ import annotations

import functools
import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, compress, islice, repeat
from operator import eq, truediv
from typing import NamedTuple

__all__ = ["DerivationIndex", "Link", "ParagraphDerivation", "SentenceSupport", "split_sentences"]


class Link(NamedTuple):
    """A pointer to a paragraph of an earlier document, with how similar it is (0 to 1).

    This and the two classes below are named tuples, as `_Match` is, not frozen dataclasses:
    every paragraph and sentence of a corpus gets one, and their `__init__` showed in linking.
    """

    file: str  # the doc_key the earlier document was added with
    paragraph: int  # its paragraph index in that document
    similarity: float  # rounded to 3 decimal places


class SentenceSupport(NamedTuple):
    """One sentence of a paragraph and where, if anywhere, the corpus already says it."""

    start: int  # code-point offset of the sentence in the paragraph text
    end: int  # end-exclusive
    counterpart: Link | None  # the most similar earlier sentence's paragraph; None: a new claim
    coverage: float  # weighted share of the sentence's content found in `sources` (0 to 1)
    sources: tuple[Link, ...] = ()  # the paragraphs of all its sources, best first


class ParagraphDerivation(NamedTuple):
    """The derivation of one paragraph: its sources, and the support of each sentence."""

    derived_from: tuple[Link, ...]  # earlier paragraphs, best first, at most `max_links`
    sentences: tuple[SentenceSupport, ...]


# --- text to stems --------------------------------------------------------------------------

# Function words (English, German, French, Spanish, Portuguese, Italian, Dutch) and reporting
# verbs: they survive any rewrite unchanged and prove nothing. Words that are content in another
# of these languages (`war`, `hat`, `door`, `pour`...) are left out. Other languages rely on
# the frequency weights alone.
_STOPWORD_TEXT = """
    a about above after again against all almost also although am among an and another any are
    around as at be became because become been before being below between both but by can could
    did do does doing done down during each either else even ever every few for from further
    get gets got had has have having he her here hers herself him himself his how however i if
    in into is it its itself just least less like made make makes many may me might more most
    much must my myself near neither no nor not now of off often on once one only onto or other
    others otherwise our ours ourselves out over own per perhaps quite rather really said same
    say says seem several shall she should since so some still such than that the their theirs
    them themselves then there therefore these they this those though through thus to too
    toward towards under unless until up upon us very via was we well were what whatever when
    whenever where whether which while who whom whose why will with within without would yet
    you your yours yourself yourselves
    aber alle allem allen aller alles als also am an auch auf aus bei beim bis bist da damit
    dann das dass dem den denn der des dich die dies diese diesem diesen dieser dieses dir doch
    dort du durch ein eine einem einen einer eines er es etwas euch euer für gegen hab habe
    haben hatte hätte ich ihm ihn ihnen ihr ihre im in ist ja jede jedem jeden jeder jetzt
    kann kein keine können mehr mein meine mich mir mit muss nach nicht nichts noch nun nur
    ob oder ohne schon sehr sein seine sich sie sind so soll sondern um und uns unser unter vom
    von vor waren was weil welche wenn wer werden wie wieder will wir wird wo wurde würde zu
    zum zur über
    au aux avec ce ces cette comme dans de des du elle elles en est et été être eux il ils je la
    le les leur leurs lui mais me même mes moi mon ne nos notre nous on ont ou où par pas plus
    qu que qui sa sans se ses si son sont sur ta te tes toi tous tout très tu un une
    vos votre vous ça
    al algo algunos ante como contra cual cuando del desde donde durante el ella ellas ellos
    entre es esa ese eso esta estaba estado están este esto estos fue ha hace han hasta
    la las le les lo los más me mi muy no nos o otra otro para pero poco por porque que se ser
    si sido sobre su sus también tanto te tiene todo todos tu un una uno unos ya yo
    ao aos as até com da das de do dos ela ele eles em entre essa esse está foi isso já mais mas
    na nas no nos não os ou para pela pelo por quando se sem ser seu sua são também um uma
    che chi ci cui da dei del della delle di gli ha il io lei loro ma mi nel nella non per
    più questo si sono su sul tra tu un una
    aan als bij dat de den der deze die dit doen een en er geen had heb hebben heeft het
    hij hoe hun ik in is je kan maar me met mij naar niet nog nu of om ons ook op over te tot
    uit van voor was wat we wel werd wie wij worden zal ze zich zijn zo
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# Longest first: one suffix is stripped, so `restrictions` loses `ions`, not just `s`.
_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ions",
    "ment",
    "ings",
    "ing",
    "ion",
    "ies",
    "ed",
    "es",
    "ly",
    "s",
)
_STEM_LENGTH = 6
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Scripts written without spaces: a "word" there is a whole phrase, so use character bigrams.
_UNSPACED_CHAR = r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
# `x+` written `xx*`: a pattern opening with a character class lets `re` skip in C to where
# it may match, instead of trying it at every position (most text holds none of these).
_UNSPACED = re.compile(_UNSPACED_CHAR + _UNSPACED_CHAR + "*")


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str | None:
    """A crude, language-blind stem: enough to match inflections, cheap enough for corpora.

    Cached: a corpus repeats the same few tens of thousands of words.
    """
    word = word.lower()
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    word = word.replace("'", "").replace("’", "")
    # Numbers are dates, counts and prices: every page has them, and they prove no copying.
    if len(word) < 2 or word in _STOPWORDS or word.isdigit():
        return None
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    while len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word[:_STEM_LENGTH]


def content_stems(text: str) -> set[str]:
    """The set of content stems of a text (see the module docstring).

    >>> sorted(content_stems("Russia and the US agreed to ease visa issuance for diplomats."))
    ['agr', 'diplom', 'eas', 'issuan', 'russia', 'visa']
    """
    words = _WORD.findall(text)
    if not _UNSPACED.search(text):  # most text: no word needs the per-word script test
        stems = set(map(_stem, words))
        stems.discard(None)
        return stems  # type: ignore[return-value]
    stems = set()
    for word in words:
        if _UNSPACED.search(word):
            for run in _UNSPACED.findall(word):
                stems.update(run[i : i + 2] for i in range(max(len(run) - 1, 1)))
            continue
        stem = _stem(word)
        if stem:
            stems.add(stem)
    return stems


# --- sentences ------------------------------------------------------------------------------

# A candidate sentence end: terminal punctuation, closing quotes or brackets, then whitespace
# and an upper-case letter, a digit or an opening quote, or the end of the text; or a line
# break (scraped lines are units of their own: headlines, list items). The pattern opens with
# one character class so that `re` skips to the next such character in C, instead of trying
# the whole pattern at every position of the text (half the time of the scan).
_END = re.compile(
    r"[.!?…。！？\n](?:(?<=\n)|[.!?…。！？]*[\"'”’»)\]]*(?:(?=\s+[\"'“‘«(\[]?[^\W_a-z])|$))"
)
# A period inside these does not end a sentence: initialisms (U.S., e.g.) and common
# abbreviations of titles, months and companies.
_ABBREVIATION = re.compile(
    r"(?:[^\W\d_]\.)+|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Sgt|Capt|Rep|Sen|Gov|Pres|Rev"
    r"|Inc|Ltd|Co|Corp|Bros|vs|etc|approx|No|Nos|Vol|pp|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep"
    r"|Sept|Oct|Nov|Dec)\.",
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """End-exclusive (start, end) offsets of the sentences of a paragraph, whitespace trimmed.

    >>> text = "The U.S. State Department spoke. Mr. Lee left.\\nNext line"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['The U.S. State Department spoke.', 'Mr. Lee left.', 'Next line']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if match.group() == ".":
            # The word the period ends, split off from the right: a regex searching for it
            # tried every position of the sentence before it.
            token = text[start : match.end()].rsplit(maxsplit=1)[-1]
            if _ABBREVIATION.fullmatch(token):
                continue
        end = match.end() if match.group() != "\n" else match.start()
        _append_trimmed(spans, text, start, end)
        start = match.end()
    _append_trimmed(spans, text, start, len(text))
    return spans


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


# --- the index ------------------------------------------------------------------------------


@dataclass
class _Sentence:
    """A sentence of the document being added, before it is indexed."""

    start: int
    end: int
    stems: tuple[int, ...]  # sorted stem ids
    stem_set: frozenset[int]  # the same ids as a set, for intersections
    total: float = 0.0  # the weight of its stems, set once the document's weights are known


class _Match(NamedTuple):
    """An indexed sentence similar enough to a new sentence to be one of its sources.

    A named tuple, not a dataclass: a large corpus makes millions of them, and a frozen
    dataclass's `__init__` was a visible share of linking.
    """

    similarity: float
    sentence: int  # sentence id
    paragraph: int  # global paragraph id
    document: int  # document number
    stems: frozenset[int]
    shared: float  # weight of the stems it shares with the new sentence


# A paragraph's sentences as (start, end, sorted content stems): the part of derivation that
# needs no index, so worker processes compute it and the ordered, serial part stays small.
PreparedParagraph = list[tuple[int, int, tuple[str, ...]]]
PreparedDocument = list[PreparedParagraph]


def prepare(paragraphs: Sequence[str]) -> PreparedDocument:
    """Split each paragraph into sentences and their content stems.

    >>> prepare(["Visas were eased. Talks went on."])
    [[(0, 17, ('eas', 'visa')), (18, 32, ('talk', 'went'))]]
    """
    return [
        [
            (start, end, tuple(sorted(content_stems(text[start:end]))))
            for start, end in split_sentences(text)
        ]
        for text in paragraphs
    ]


class DerivationIndex:
    """A streaming index of documents that finds, for each new paragraph, where it came from.

    Thresholds (all similarities in [0, 1]):
    - `min_coverage`: share of a sentence's weighted content its sources must hold for the
      sentence to count as restated (0.3: a merged rewrite of two facts reaches 0.35-0.5, a
      new claim on the same topic 0.1-0.25).
    - `min_source_similarity`: pair similarity an earlier sentence must reach to be a source
      (0.2); `max_sources`: sources kept per sentence (3).
    - `min_paragraph_similarity`: pair similarity linking two paragraphs on its own (0.35).
    - `min_corroboration`, `copy_similarity`: an earlier document is a source only when at least
      `min_corroboration` sentences (2) are restated from it, or one sentence or paragraph is
      a near copy of it (similarity >= 0.6). One weak match between long documents on any
      subject is chance; a rewrite restates several sentences of its source.
    - `min_shared` / `min_stems`: shared stems a candidate needs (3), content stems a sentence
      or paragraph needs to link at all (4).
    - `max_links`: links kept per paragraph (5); `max_matches`: sources considered per
      sentence (8), `max_postings`, `max_early`: see the module docstring.
    """

    def __init__(
        self,
        *,
        min_coverage: float = 0.3,
        min_source_similarity: float = 0.2,
        max_sources: int = 3,
        min_paragraph_similarity: float = 0.35,
        min_corroboration: int = 2,
        copy_similarity: float = 0.6,
        min_shared: int = 3,
        min_stems: int = 4,
        max_links: int = 5,
        max_matches: int = 8,
        max_postings: int = 200,
        max_early: int = 10,
    ) -> None:
        self.min_coverage = min_coverage
        self.min_source_similarity = min_source_similarity
        self.max_sources = max_sources
        self.min_paragraph_similarity = min_paragraph_similarity
        self.min_corroboration = min_corroboration
        self.copy_similarity = copy_similarity
        self.min_shared = min_shared
        self.min_stems = min_stems
        self.max_links = max_links
        self.max_matches = max_matches
        self.max_postings = max_postings
        self.max_early = max_early
        self._vocabulary: dict[str, int] = {}
        self._df = array("I")  # stem id -> number of sentences holding it
        # stem id -> sentence ids, while at most `max_postings` sentences hold it; then its
        # first `max_early` ids move to `_early`, never to grow again.
        self._postings: dict[int, array] = {}
        self._early: dict[int, array] = {}
        # Exact copies: an open-addressing table from the hash of a sentence's stem ids to the
        # first sentence with those stems (`_copy_keys` 0: empty slot), and per sentence the
        # next one with the same stems (0: none yet; chains stop at `max_matches`).
        self._copy_keys = array("q", bytes(8 * 1024))
        self._copy_first = array("I", bytes(4 * 1024))
        self._copy_count = 0
        self._copy_next = array("I")
        # The sorted stem ids of every sentence, end to end, and where each sentence's end.
        self._stems = array("I")
        # sentence id -> end offset in _stems: 4 bytes, widened to 8 past 4 billion stems
        self._stems_end = array("I")
        self._sentence_paragraph = array("I")  # sentence id -> global paragraph id
        self._paragraph_first = array("I")  # global paragraph id -> its first sentence id
        self._paragraph_document = array("I")  # global paragraph id -> document number
        self._paragraph_index = array("I")  # global paragraph id -> index in its document
        self._documents: list[str] = []  # document number -> doc_key

    @property
    def sentence_count(self) -> int:
        return len(self._stems_end)

    def add_document(
        self,
        doc_key: str,
        paragraphs: Sequence[str],
        prepared: PreparedDocument | None = None,
    ) -> list[ParagraphDerivation]:
        """Compare a document with every document added before it, then index it.

        `prepared` is `prepare(paragraphs)`, when a worker process already computed it.
        Returns one `ParagraphDerivation` per paragraph, in order.
        """
        if prepared is None:
            prepared = prepare(paragraphs)
        document = [self._sentences(sentences) for sentences in prepared]
        # One count over all the stems, in C, not one `update` call per sentence.
        local = Counter(chain.from_iterable(s.stems for sentences in document for s in sentences))
        for stem, count in local.items():
            self._df[stem] += count
        # Sentence frequencies count the new document's sentences too (its stems are in
        # `_df` already), so the corpus size they are divided into does as well.
        new_sentences = sum(map(len, document))
        weight = _Weights(self._df, self.sentence_count + new_sentences, local)
        for sentences in document:
            for sentence in sentences:
                sentence.total = weight.total(sentence.stem_set)
        matches = [[self._matches(s, weight) for s in sentences] for sentences in document]
        paragraphs_near = [
            self._near_paragraphs(s, m, weight) for s, m in zip(document, matches, strict=True)
        ]
        sources = self._corroborated(document, matches, paragraphs_near, weight)
        derivations = [
            self._derive(sentences, sentence_matches, near, sources, weight)
            for sentences, sentence_matches, near in zip(
                document, matches, paragraphs_near, strict=True
            )
        ]
        self._index(doc_key, document)
        return derivations

    # -- building blocks --

    def _sentences(self, prepared: PreparedParagraph) -> list[_Sentence]:
        sentences = []
        for start, end, stems in prepared:
            ids = []
            for stem in stems:
                number = self._vocabulary.get(stem)
                if number is None:
                    number = self._vocabulary[stem] = len(self._vocabulary)
                    self._df.append(0)
                ids.append(number)
            ordered = tuple(sorted(ids))
            sentences.append(_Sentence(start, end, ordered, frozenset(ordered)))
        return sentences

    def _index(self, doc_key: str, document: list[list[_Sentence]]) -> None:
        number = len(self._documents)
        self._documents.append(doc_key)
        for paragraph_index, sentences in enumerate(document):
            paragraph = len(self._paragraph_first)
            self._paragraph_first.append(self.sentence_count)
            self._paragraph_document.append(number)
            self._paragraph_index.append(paragraph_index)
            for sentence in sentences:
                sentence_id = self.sentence_count
                self._stems.extend(sentence.stems)
                end = len(self._stems)
                if end > 0xFFFFFFFF and self._stems_end.typecode == "I":
                    self._stems_end = array("Q", self._stems_end)
                self._stems_end.append(end)
                self._sentence_paragraph.append(paragraph)
                self._copy_next.append(0)
                if len(sentence.stems) < self.min_stems:
                    continue  # too short to be anyone's source: kept for paragraph sets only
                self._index_copy(sentence.stems, sentence_id)
                for stem in sentence.stems:
                    posting = self._postings.get(stem)
                    if posting is not None:
                        if len(posting) < self.max_postings:
                            posting.append(sentence_id)
                        else:  # too common to find candidates with: keep its first few
                            self._early[stem] = posting[: self.max_early]
                            del self._postings[stem]
                    elif stem not in self._early:
                        self._postings[stem] = array("I", (sentence_id,))

    def _copy_slot(self, key: int) -> int:
        """The table slot holding `key`, or the empty slot where it belongs (linear probing)."""
        keys = self._copy_keys
        mask = len(keys) - 1
        slot = key & mask
        while keys[slot] and keys[slot] != key:
            slot = (slot + 1) & mask
        return slot

    @staticmethod
    def _copy_key(stems: tuple[int, ...]) -> int:
        # A tuple of ints hashes the same in every process (only str hashes are salted).
        return hash(stems) or 1

    def _index_copy(self, stems: tuple[int, ...], sentence_id: int) -> None:
        key = self._copy_key(stems)
        slot = self._copy_slot(key)
        if not self._copy_keys[slot]:
            self._copy_keys[slot] = key
            self._copy_first[slot] = sentence_id
            self._copy_count += 1
            if 2 * self._copy_count > len(self._copy_keys):
                self._grow_copies()
            return
        last = self._copy_first[slot]
        for _ in range(self.max_matches - 1):
            following = self._copy_next[last]
            if not following:
                self._copy_next[last] = sentence_id
                return
            last = following

    def _grow_copies(self) -> None:
        keys, firsts = self._copy_keys, self._copy_first
        self._copy_keys = array("q", bytes(16 * len(keys)))
        self._copy_first = array("I", bytes(8 * len(keys)))
        for key, first in zip(keys, firsts, strict=True):
            if key:
                slot = self._copy_slot(key)
                self._copy_keys[slot] = key
                self._copy_first[slot] = first

    def _copies(self, stems: tuple[int, ...]) -> list[int]:
        """The first `max_matches` indexed sentences with exactly these stems, in id order.

        The chain holds every sentence with the same hash; a hash collision is checked away.
        """
        key = self._copy_key(stems)
        slot = self._copy_slot(key)
        if not self._copy_keys[slot]:
            return []
        chain = [self._copy_first[slot]]
        while len(chain) < self.max_matches and self._copy_next[chain[-1]]:
            chain.append(self._copy_next[chain[-1]])
        wanted = array("I", stems)
        return [sentence for sentence in chain if self._sentence_ids(sentence) == wanted]

    def _candidates(self, stems: tuple[int, ...]) -> list[int]:
        """Indexed sentences sharing at least `min_shared` findable stems, by id.

        A posting list holds a sentence once, so in the sorted ids of all the lists, a
        sentence in `min_shared` of them or more is one equal to the id `min_shared - 1`
        places after it. Sorting (runs already sorted, merged in C) and that comparison
        (`map` and `compress`, in C) cost less than counting in a dict: nine ids in ten are
        met once, and each was a new entry.
        """
        ids = array("I")
        for stem in stems:
            posting = self._postings.get(stem) or self._early.get(stem)
            if posting is not None:
                ids.extend(posting)
        ordered = sorted(ids)
        later = islice(ordered, max(self.min_shared, 1) - 1, None)  # 0 or less: any one stem
        return list(dict.fromkeys(compress(ordered, map(eq, ordered, later))))

    def _matches(self, sentence: _Sentence, weight: _Weights) -> list[_Match]:
        """Indexed sentences similar enough to be sources of this one, best first."""
        if len(sentence.stems) < self.min_stems:
            return []
        stems = sentence.stem_set
        own = sentence.total
        # Exact copies are the best sources there are (similarity 1): they need no sums, and
        # when there are `max_matches` of them, no other candidate could rank among them.
        copies = self._copies(sentence.stems)
        matches = [self._match(1.0, copy, stems, own) for copy in copies]
        if len(matches) == self.max_matches:
            return matches
        known = weight.sentences  # candidates recur across the sentences of a document
        for candidate in self._candidates(sentence.stems):
            if candidate in copies:
                continue
            entry = known.get(candidate)
            if entry is None:
                other = self._sentence_stems(candidate)
                entry = known[candidate] = (other, weight.total(other))
            other, total = entry
            # as `ochiai`, with both totals known; an exact copy needs no sum
            shared = own if other == stems else weight.total(stems & other)
            similarity = min(shared / math.sqrt(own * total), 1.0) if shared else 0.0
            if similarity >= self.min_source_similarity:
                matches.append(self._match(similarity, candidate, other, shared))
        matches.sort(key=lambda match: (-match.similarity, match.sentence))
        del matches[self.max_matches :]
        return matches

    def _match(
        self, similarity: float, sentence: int, stems: frozenset[int], shared: float
    ) -> _Match:
        paragraph = self._sentence_paragraph[sentence]
        return _Match(
            similarity, sentence, paragraph, self._paragraph_document[paragraph], stems, shared
        )

    def _near_paragraphs(
        self, sentences: list[_Sentence], matches: list[list[_Match]], weight: _Weights
    ) -> dict[int, float]:
        """Pair similarity with every earlier paragraph holding a source of its sentences.

        A paragraph that regroups the sentences of another still has sentences similar to
        that paragraph's, so the paragraphs of sentence matches are the paragraph candidates.
        """
        stems = frozenset(stem for sentence in sentences for stem in sentence.stems)
        near: dict[int, float] = {}
        if len(stems) < self.min_stems:
            return near
        own = weight.total(stems)
        known = weight.paragraphs  # the same earlier paragraphs match many new ones
        for paragraph in sorted({m.paragraph for ms in matches for m in ms}):
            entry = known.get(paragraph)
            if entry is None:
                other = self._paragraph_stems(paragraph)
                entry = known[paragraph] = (other, weight.total(other))
            other, total = entry
            common = stems & other
            if len(common) >= self.min_shared:
                shared = weight.total(common)
                near[paragraph] = min(shared / math.sqrt(own * total), 1.0) if shared else 0.0
        return near

    def _corroborated(
        self,
        document: list[list[_Sentence]],
        matches: list[list[list[_Match]]],
        paragraphs_near: list[dict[int, float]],
        weight: _Weights,
    ) -> set[int]:
        """The earlier documents the new one demonstrably draws on (see `min_corroboration`)."""
        restated: Counter[int] = Counter()
        copied: set[int] = set()
        for sentences, paragraph_matches, near in zip(
            document, matches, paragraphs_near, strict=True
        ):
            for sentence, sentence_matches in zip(sentences, paragraph_matches, strict=True):
                by_document: dict[int, list[_Match]] = {}
                for match in sentence_matches:
                    by_document.setdefault(match.document, []).append(match)
                for source, own in by_document.items():
                    if self._coverage(sentence, own, weight) >= self.min_coverage:
                        restated[source] += 1
                    if own[0].similarity >= self.copy_similarity:
                        copied.add(source)
            for paragraph, similarity in near.items():
                if similarity >= self.copy_similarity:
                    copied.add(self._paragraph_document[paragraph])
        return copied | {d for d, n in restated.items() if n >= self.min_corroboration}

    def _coverage(self, sentence: _Sentence, matches: list[_Match], weight: _Weights) -> float:
        whole = sentence.total
        if not whole:
            return 0.0
        if len(matches) == 1:  # the usual case: the weight it shares is known already
            return round(min(matches[0].shared / whole, 1.0), 3)
        stems = sentence.stem_set
        covered: set[int] = set()
        for match in matches[: self.max_sources]:
            covered |= stems & match.stems
        return round(min(weight.total(covered) / whole, 1.0), 3)

    def _paragraph_stems(self, paragraph: int) -> frozenset[int]:
        first = self._paragraph_first[paragraph]
        last = (
            self._paragraph_first[paragraph + 1]
            if paragraph + 1 < len(self._paragraph_first)
            else self.sentence_count
        )
        start = self._stems_end[first - 1] if first else 0
        end = self._stems_end[last - 1] if last > first else start
        return frozenset(self._stems[start:end])

    def _sentence_ids(self, sentence: int) -> array:
        start = self._stems_end[sentence - 1] if sentence else 0
        return self._stems[start : self._stems_end[sentence]]

    def _sentence_stems(self, sentence: int) -> frozenset[int]:
        return frozenset(self._sentence_ids(sentence))

    def _link(self, paragraph: int, similarity: float) -> Link:
        return Link(
            self._documents[self._paragraph_document[paragraph]],
            self._paragraph_index[paragraph],
            round(min(max(similarity, 0.0), 1.0), 3),
        )

    # -- the comparison --

    def _derive(
        self,
        sentences: list[_Sentence],
        matches: list[list[_Match]],
        near: dict[int, float],
        sources: set[int],
        weight: _Weights,
    ) -> ParagraphDerivation:
        supports = []
        sourced: set[int] = set()
        for sentence, sentence_matches in zip(sentences, matches, strict=True):
            kept = [m for m in sentence_matches if m.document in sources][: self.max_sources]
            coverage = self._coverage(sentence, kept, weight) if kept else 0.0
            if not kept or coverage < self.min_coverage:
                supports.append(SentenceSupport(sentence.start, sentence.end, None, coverage))
                continue
            best: dict[int, float] = {}
            for match in kept:
                best.setdefault(match.paragraph, match.similarity)
            sourced.update(best)
            links = tuple(self._link(p, similarity) for p, similarity in best.items())
            supports.append(
                SentenceSupport(sentence.start, sentence.end, links[0], coverage, links)
            )
        linked = [
            (paragraph, similarity)
            for paragraph, similarity in near.items()
            if paragraph in sourced
            or (
                similarity >= self.min_paragraph_similarity
                and self._paragraph_document[paragraph] in sources
            )
        ]
        linked.sort(key=lambda item: (-item[1], item[0]))
        links = tuple(self._link(p, s) for p, s in linked[: self.max_links])
        return ParagraphDerivation(links, tuple(supports))


class _Weights(dict[int, float]):
    """Stem weights, frozen for the duration of one document.

    A stem weighs its inverse sentence frequency in the corpus, divided by the number of
    sentences of the new document that hold it. The second
    factor removes the new document's own topic words (`russia`, `diplomatic` in a story on
    Russian diplomacy), which any article on the same subject shares, whatever the corpus
    around it: global frequencies alone would call them rare in a corpus of other subjects.

    A dict filled on demand (`__missing__`), so that `total` sums with `map` in C: linking
    a document adds up millions of weights, and a Python call per weight was most of it.
    """

    def __init__(self, df: array, sentences: int, local: Counter[int]) -> None:
        super().__init__()
        self._df = df
        self._sentences = sentences
        self._local = local
        # Indexed sentence and paragraph ids -> (their stems, their total weight), for this
        # document: the same earlier units match many of its sentences.
        self.sentences: dict[int, tuple[frozenset[int], float]] = {}
        self.paragraphs: dict[int, tuple[frozenset[int], float]] = {}
        # The document's own stems are all weighed (its sentences' totals): in one pass of
        # `map`s, in C, rather than one `__missing__` call each. The same arithmetic as
        # there, since they are in `local` and in `df` at least once.
        own = list(local)
        ratios = map(truediv, repeat(sentences), map(df.__getitem__, own))
        idfs = map(math.log, map((1.0).__add__, ratios))
        self.update(zip(own, map(truediv, idfs, local.values()), strict=True))

    def __missing__(self, stem: int) -> float:
        idf = math.log(1.0 + self._sentences / max(self._df[stem], 1))
        value = self[stem] = idf / max(self._local.get(stem, 1), 1)
        return value

    def total(self, stems: Iterable[int]) -> float:
        return sum(map(self.__getitem__, stems))
