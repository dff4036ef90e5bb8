"""SL307: the lines of a page after the article's last line of prose."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from seedlint.document import Document
from seedlint.markup import literal_lines
from seedlint.rule import (
    Applicability,
    Finding,
    FixAvailability,
    Rule,
    Severity,
    quote_block,
    remove_lines,
)
from seedlint.rules.boilerplate._analysis import (
    BULLET,
    MARKDOWN_HEADING,
    MAX_NAME_WORDS,
    Analysis,
    LineInfo,
    analyse,
    introduces_list,
    is_name_word,
    paragraph_from,
)
from seedlint.rules.boilerplate._dateline import NUMERIC_DATE, is_dateline
from seedlint.rules.boilerplate._prose import SENTENCE_END, is_credit, prose_lines
from seedlint.rules.boilerplate._tables import prefix_table
from seedlint.rules.boilerplate.counter import counters
from seedlint.rules.boilerplate.widget import widgets

# Lines after the last prose line before they count as a page's tail rather than the
# article's own closing lines (a sign-off, a dateline, a last note).
MIN_TAIL_LINES = 3
# A tail in which no line is flagged by the other rules and at least half the lines hold a
# figure reads as the article's closing data (a tracklist, a season's results, a museum
# object's provenance and literature, a recipe's ingredients, a contract's witnesses): it is
# removed only as an unsafe fix. Headline lists, tag clouds and footers have few figures. On
# the 600 dev pages this costs 6 of 1,656 boilerplate snippets (a references list the gold
# counts as boilerplate among them) and saved the endings of 4 of 20 long test articles.
DATA_TAIL_SHARE = 0.5
_DIGIT = re.compile(r"\d")


# A stretch of prose after a chrome boundary is the page's (an author bio, a newsletter blurb,
# comments, a cookie notice) when it is this small a share of the page's prose...
MAX_AFTER_SHARE = 0.2
# ...and the boundary holds at least this many lines other SL3 rules flag: with three (a share
# row and a `Related` label, a comment form) the end is safe, measured on 600 real pages (it
# removed 223 more boilerplate snippets there and 5 of 1,793 article snippets); with two it is
# offered as an unsafe fix.
SAFE_BOUNDARY_FLAGS = 3
UNSAFE_BOUNDARY_FLAGS = 2
# A run of non-blank lines with no prose among them, holding at least one flagged line, is a
# boundary too, when little of the page's prose follows it and the page before it reads as
# running text (half its text or more in prose lines; a page of dance steps written without
# full stops is a third prose). The longer the run, the more prose may follow: (lines in the
# run, largest share of the page's prose after it). Measured on the 600 dev pages: 64 more
# boilerplate snippets removed (teaser lists, contact blocks, a site's pitch for donations
# after its share row), 2 article snippets lost.
GAP_BOUNDARIES = ((8, 0.25), (4, 0.1))
MIN_PROSE_SHARE_BEFORE_GAP = 0.5


def flagged_lines(document: Document) -> frozenset[int]:
    """Lines SL301-SL304 flag: comment forms, chrome, menus, counters, widgets."""
    return document.memo("boilerplate.flagged", lambda: _flagged_lines(document))


def _flagged_lines(document: Document) -> frozenset[int]:
    analysis = analyse(document)
    taken = set(analysis.menu) | set(counters(document))
    taken.update(i for i, info in analysis.infos.items() if info.comment or info.chrome)
    for widget in widgets(document):
        taken.update(range(widget.first, widget.last + 1))
    return frozenset(taken)


def _early_end(
    prose: list[int], lengths: dict[int, int], flagged: frozenset[int], min_flags: int
) -> int | None:
    """The first line of the first chrome boundary that only a little prose follows, if any.

    Pages put prose after the article too: the author's bio, a newsletter pitch, a comment
    thread, a legal notice. They sit after a boundary of chrome (share row, `Leave a Reply`,
    `Related`), and they are short beside the article. The lines between the article's
    last prose line and the boundary stay: an article may end in a list or a credit.
    """
    total = sum(lengths[i] for i in prose)
    after = total
    marks = sorted(flagged)
    for here, following in pairwise(prose):
        after -= lengths[here]
        if after > MAX_AFTER_SHARE * total:
            continue
        first, end = bisect_right(marks, here), bisect_left(marks, following)
        if end - first >= min_flags:
            return marks[first]
    return None


def _prose_gap(
    prose: list[int], lengths: dict[int, int], infos: dict[int, LineInfo], flagged: frozenset[int]
) -> int | None:
    """The first flagged line of the first long run without prose that little prose follows.

    A related-posts block or a sidebar is often a long run of headlines, dates and labels
    with only a few flagged lines among them (too few for `_early_end`), and then a teaser or
    a bio that reads as prose. As with `_early_end`, the lines before the first flagged line
    of the run stay: an article may end in a list. See `GAP_BOUNDARIES`.
    """
    total = sum(lengths[i] for i in prose)
    after = total
    indices = list(infos)  # in line order: the analysis adds lines top to bottom
    # Characters from the first prose line to `here`: of prose lines, and of all lines but
    # flagged ones (a menu or a share row in the page is not text the article is made of).
    before_prose = before_all = 0
    position = bisect_left(indices, prose[0])
    for here, following in pairwise(prose):
        after -= lengths[here]
        while indices[position] <= here:
            if indices[position] not in flagged:
                before_all += len(infos[indices[position]].text)
            before_prose += lengths.get(indices[position], 0)
            position += 1
        gap = indices[position : bisect_left(indices, following)]
        if before_prose < MIN_PROSE_SHARE_BEFORE_GAP * before_all or not any(
            len(gap) >= lines and after <= share * total for lines, share in GAP_BOUNDARIES
        ):
            continue
        marks = [i for i in gap if i in flagged]
        if marks:
            return marks[0]
    return None


# A letter's close: a valediction (rules/data/boilerplate/valedictions.txt) on a short line,
# with the writer's name after it or below, and a few short lines of signature (name, role,
# organisation, place, date).
MAX_VALEDICTION_WORDS = 6
# ...or longer when it ends in the comma of a letter's close (`With best wishes for the rest of
# the term,`).
MAX_LONG_VALEDICTION_WORDS = 12
MAX_SIGN_OFF_LINES = 6
MAX_SIGNATURE_LINE_WORDS = 8


def _sign_off(analysis: Analysis, start: int, flagged: frozenset[int]) -> set[int]:
    """The close of a letter the article ends on, from line `start`: kept, not tail.

    A letter to the editor, an open letter or an official notice ends on a valediction
    (`Yours faithfully,`) and its signature (`Margaret Hollis / Chair, Friends of Market
    Square / Wellford`): short lines without prose, as a footer's are. The signature is the
    valediction's paragraph, and the next one when the valediction stands alone; none of its
    lines may be flagged or longer than a name and a role.
    """
    infos = analysis.infos
    if not _opens_a_signature(infos, start):
        return set()
    lines = paragraph_from(infos, start)
    if len(lines) == 1:
        following = min((i for i in infos if i > start), default=None)
        lines += [] if following is None else paragraph_from(infos, following)
    if len(lines) > MAX_SIGN_OFF_LINES or any(
        i in flagged or (i != start and infos[i].words > MAX_SIGNATURE_LINE_WORDS) for i in lines
    ):
        return set()
    return set(lines)


def _opens_a_signature(infos: dict[int, LineInfo], start: int) -> bool:
    """A valediction (`Yours faithfully,`), the place and date a notice is signed at
    (`Wendelstein, 14. November 2023`), or the role a signatory signs as, over the name
    (`O Presidente da Mesa,` / `Armando Fontes Pereira`)."""
    opening = infos[start]
    text = opening.text.strip()
    comma = text.endswith(",")
    longest = MAX_LONG_VALEDICTION_WORDS if comma else MAX_VALEDICTION_WORDS
    if opening.words <= longest and prefix_table("valedictions.txt").match(opening.norm):
        return True
    place, separator, date = text.partition(", ")
    words = place.split()
    if (
        separator
        and 0 < len(words) <= MAX_NAME_WORDS
        and all(is_name_word(word) for word in words)
        and is_dateline(date, len(date.split()))
    ):
        return True
    name = infos.get(start + 1)
    return (
        comma
        and opening.words <= MAX_VALEDICTION_WORDS
        and name is not None
        and name.words <= MAX_NAME_WORDS
        and all(is_name_word(word) for word in name.text.split())
    )


MAX_LIST_ITEM_WORDS = 25
MIN_CLOSING_SENTENCE_WORDS = 8
MIN_LABELLED_LIST_ITEMS = 2


def _closing_list(document: Document, last: int, flagged: frozenset[int]) -> set[int]:
    """The list an article ends on, right after its last prose line: kept, not tail.

    An article may close on a list or a spec table with no sentence after it. The first
    paragraph after the last prose line is that list when it is introduced (the prose line
    ends in `:`), or follows the prose with no blank line between, or is bulleted or numbered
    like a list of the article's own, or is bulleted under a label of its own ending in `:`
    or a Markdown heading (`In short:` / `- Fuel duty: frozen`; `## Actions`, alone, over
    its list in the next paragraph), or is made of sentences too sparse in function words
    to read as prose (`Bougainvillea spectabilis – Hardiest species, with somewhat furry
    foliage and red-purple blooms.`), or is the document's last paragraph and a block of
    details (a contact, a price: see `_closes_document`); and when none of its lines is
    known chrome. When the paragraph opens with its own introduction (`Und hier findet ihr
    die Orte:`, see `introduces_list`), the list runs on over blank lines up to the first
    flagged or long line.
    """
    analysis = analyse(document)
    lines = document.lines
    start = last + 1
    while start < len(lines) and lines[start].is_blank:
        start += 1
    if start < len(lines) and (sign_off := _sign_off(analysis, start, flagged)):
        return sign_off
    run = _paragraph_run(document, start, flagged)
    if not run:
        return set()
    if len(run) == 1 and _heads_a_list(lines[run[0]].text):
        # A label or a heading alone, its list in the next paragraph (as Markdown writes it).
        after = range(run[0] + 1, len(lines))
        following = next((i for i in after if not lines[i].is_blank), None)
        items = None if following is None else _paragraph_run(document, following, flagged)
        run += items or []
    if _closes_document(document, run, analysis.infos):
        return set(run)
    if introduces_list(analysis.infos[run[0]]):
        return set(run) | _list_paragraphs_after(document, run[-1], flagged)
    introduced = lines[last].text.rstrip().endswith((":", "："))
    bulleted = all(BULLET.match(lines[i].text) for i in run) and any(
        BULLET.match(lines[i].text) for i in range(last)
    )
    # A bulleted list under its own label (`In short:` / `- Fuel duty: frozen` / ...) or its
    # own Markdown heading (`## Actions` / `- [ ] Marc : envoyer le courrier`).
    labelled = (
        len(run) - 1 >= MIN_LABELLED_LIST_ITEMS
        and _heads_a_list(lines[run[0]].text)
        and all(BULLET.match(lines[i].text) for i in run[1:])
    )
    sentences = all(
        analysis.infos[i].words >= MIN_CLOSING_SENTENCE_WORDS
        and lines[i].text.rstrip().endswith(SENTENCE_END)
        for i in run
    )
    if introduced or bulleted or labelled or sentences or start == last + 1:
        return set(run)
    return set()


# The block of details that ends a press release, a notice, a job advertisement or a review
# (`Media contact` / `Rhian Matthews` / `press@northwindrail.co.uk`, `للاستفسار` / `هاتف:
# 0114670000`, `Personalabteilung` / `Am Wasserturm 3` / `15344 Lindenau`, `The Salt Road` /
# `Imogen Hale` / `Fourth Estate, 352pp, £22`): at most six lines of at most twelve words,
# none of them flagged, one of them an email address, a phone number, a postcode and town,
# a price, a page count or an ISBN, with nothing after them. A list of other stories'
# headlines has the same length and place, but no such detail in it.
MAX_CLOSING_BLOCK_LINES = 6
MAX_CLOSING_BLOCK_LINE_WORDS = 12
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Seven digits or more, in groups (`+44 29 2072 0418`, `011-555-0180`, `(030) 1234567`).
_PHONE = re.compile(r"(?<![\w.,])\+?\(?\d[\d ()/-]{5,}\d(?![\w.,])")
MIN_PHONE_DIGITS = 7
# A postcode and a town, alone on the line (`15344 Lindenau`, `F-75008 Paris`); a year and a
# word (`2024 Olympics`) is no address.
_POSTCODE_TOWN = re.compile(
    r"^\s*(?:[A-Z]{1,2}-)?(?!(?:19|20)\d\d\b)\d{4,5}\s+([^\W\d_])[\w.'’-]*(?:\s+[\w.'’()-]+){0,2}\s*$"
)


# A price (`£22`, `19,90 €`, `49 zł`), a page count (`352pp`, `320 Seiten`) or an ISBN.
_ITEM_DETAIL = re.compile(
    r"[£$€¥]\s?\d|\d\s?[£€¥]|\d\s?(?:EUR|USD|GBP|CHF|zł|Kč|kr)(?!\w)|\bISBN\b"
    r"|\b\d+\s?(?:pp|pages|Seiten|stron|páginas|pagine|sidor)\b"
)


def _holds_details(text: str) -> bool:
    """A contact (see `_holds_contact`) or the details of an item reviewed.

    >>> _holds_details("Fourth Estate, 352pp, £22"), _holds_details("Suhrkamp, 320 Seiten, 24 €")
    (True, True)
    >>> _holds_details("Floods close the coast road")
    False
    """
    return _ITEM_DETAIL.search(text) is not None or _holds_contact(text)


def _holds_contact(text: str) -> bool:
    """An email address, a phone number (not a date: `2019-08-16`), a postcode and town.

    >>> _holds_contact("press@northwindrail.co.uk"), _holds_contact("Tel. +44 29 2072 0418")
    (True, True)
    >>> [_holds_contact(t) for t in ("15344 Lindenau", "2024 Olympics", "10000 visitors")]
    [True, False, False]
    >>> _holds_contact("Updated 2019-08-16"), _holds_contact("1,250,000 visitors in 2024")
    (False, False)
    """
    if _EMAIL.search(text):
        return True
    if (town := _POSTCODE_TOWN.match(text)) and town.group(1).isupper():
        return True
    return any(
        sum(ch.isdigit() for ch in number.group()) >= MIN_PHONE_DIGITS
        and not NUMERIC_DATE.fullmatch(number.group().strip())
        for number in _PHONE.finditer(text)
    )


def _heads_a_list(text: str) -> bool:
    """A label ending in a colon (`In short:`) or a Markdown heading (`## Actions`)."""
    return text.rstrip().endswith((":", "：")) or MARKDOWN_HEADING.match(text) is not None


def _paragraph_run(document: Document, start: int, flagged: frozenset[int]) -> list[int] | None:
    """The lines of the paragraph from `start`, or None when one is flagged or too long to
    be a list's item."""
    lines, infos = document.lines, analyse(document).infos
    run: list[int] = []
    index = start
    while index < len(lines) and not lines[index].is_blank:
        if index in flagged or infos[index].words > MAX_LIST_ITEM_WORDS:
            return None
        run.append(index)
        index += 1
    return run


def _closes_document(document: Document, run: list[int], infos: dict[int, LineInfo]) -> bool:
    """True when `run`, the paragraph right after the last prose line, is the article's
    closing block of details: see `MAX_CLOSING_BLOCK_LINES`. On the 600 dev pages keeping such
    a block costs no boilerplate snippet: a site's own contact block comes among its footer's
    chrome.
    """
    return (
        len(run) <= MAX_CLOSING_BLOCK_LINES
        and all(infos[i].words <= MAX_CLOSING_BLOCK_LINE_WORDS for i in run)
        and any(_holds_details(infos[i].text) for i in run)
        and all(line.is_blank for line in document.lines[run[-1] + 1 :])
    )


def _markdown_sections(document: Document, last: int, flagged: frozenset[int]) -> set[int]:
    """Markdown sections after the last prose line with no flagged line in them: kept.

    Notes and docs end on sections of lists and short lines (`## Actions` / `- [ ] Marc :
    envoyer le courrier`, `## Homework`, `## To do`): a heading the author wrote, with what
    it heads up to the next heading. A page's tail converted to Markdown has its headings
    too, but they are labels other rules flag (`## Related posts`, `## Leave a Reply`), or
    the section holds chrome.
    """
    lines = document.lines
    headings = [i for i in range(last + 1, len(lines)) if MARKDOWN_HEADING.match(lines[i].text)]
    kept: set[int] = set()
    for heading, following in zip(headings, [*headings[1:], len(lines)], strict=False):
        section = range(heading, following)
        if not any(i in flagged for i in section):
            kept.update(i for i in section if not lines[i].is_blank)
    return kept


def _list_paragraphs_after(document: Document, index: int, flagged: frozenset[int]) -> set[int]:
    """The short lines after line `index`, across blank lines, up to a flagged or long line."""
    analysis = analyse(document)
    taken: set[int] = set()
    for following in range(index + 1, len(document.lines)):
        info = analysis.infos.get(following)
        if info is None:
            continue  # a blank line between the list's paragraphs
        if following in flagged or info.words > MAX_LIST_ITEM_WORDS:
            break
        taken.add(following)
    return taken


@dataclass(frozen=True)
class TailBlock:
    first: int  # line indices, inclusive
    last: int
    safe: bool  # after the last prose line or a strong early end (safe), or a weak one


def tail_blocks(document: Document) -> list[TailBlock]:
    """Runs of the page's tail that no other SL3 rule flags.

    The tail is every non-blank line after the last prose line, when there are at least
    `MIN_TAIL_LINES` of them; credit lines (`Sources: ...`) are the article's and stay.
    Lines that SL301-SL304 flag count as evidence of a tail but split the runs, so each line
    is reported once and no two fixes overlap (overlapping fixes would land in different
    rounds, and the tail would be judged again on a half-cleaned page). Lines between an
    early end (see `_early_end`) and the last prose line form safe blocks after a boundary of
    `SAFE_BOUNDARY_FLAGS` flagged lines, unsafe ones after a weaker boundary.
    """
    analysis = analyse(document)
    # A cookie notice or copyright sentence is prose of a kind, but it is chrome: the
    # article ends at the last prose line no other SL3 rule claims.
    prose = sorted(
        i
        for i in prose_lines(document)
        if not (analysis.infos[i].comment or analysis.infos[i].chrome)
    )
    if not prose:
        return []
    flagged = flagged_lines(document)
    # Code, tables and front matter are the document's text, as its prose is (seedlint.markup).
    last = max([prose[-1], *literal_lines(document)])
    lengths = {i: len(analysis.infos[i].text) for i in prose}
    weak = _early_end(prose, lengths, flagged, UNSAFE_BOUNDARY_FLAGS)
    strong_ends = [
        end
        for end in (
            _early_end(prose, lengths, flagged, SAFE_BOUNDARY_FLAGS),
            _prose_gap(prose, lengths, analysis.infos, flagged),
        )
        if end is not None
    ]
    strong = min(strong_ends, default=None)
    early = min([last + 1, *strong_ends, *([] if weak is None else [weak])]) - 1
    # After an early end the last prose line is not the article's, nor the list after it.
    kept = (
        _closing_list(document, last, flagged) | _markdown_sections(document, last, flagged)
        if early == last
        else set()
    )
    tail = [
        i
        for i, info in analysis.infos.items()
        if i > last and i not in kept and not is_credit(info.text)
    ]
    # A tail with no line the other rules flag, most of its lines holding figures (a tracklist,
    # results, a provenance, witnesses' ID numbers), may be the article's own closing lists:
    # see `DATA_TAIL_SHARE`.
    data = sum(_DIGIT.search(analysis.infos[i].text) is not None for i in tail)
    evidence = any(i > last for i in flagged) or data < DATA_TAIL_SHARE * len(tail)
    long_tail = len(tail) >= MIN_TAIL_LINES
    safe_from = last if long_tail and evidence else len(document.lines)
    if strong is not None:
        safe_from = min(safe_from, strong - 1)
    blocks: list[TailBlock] = []
    open_block = False
    for index in sorted(i for i in analysis.infos if i > early):
        safe = index > safe_from
        if index in flagged or index in kept or is_credit(analysis.infos[index].text):
            open_block = False
        elif open_block and blocks[-1].safe == safe:
            blocks[-1] = TailBlock(blocks[-1].first, index, safe)
        elif safe or early < last or (long_tail and index > last):
            blocks.append(TailBlock(index, index, safe))
            open_block = True
    return blocks


class PageTailLine(Rule):
    """Lines after the article's last line of prose: headline lists, author boxes, footers.

    ## What it does
    Finds the last line of running text in the document (long, closed by sentence
    punctuation, dense in the function words of the document's language: `the`, `und`,
    `que`) and flags every line after it when there are three or more: what a page shows
    after an article is headline lists, author boxes, tag clouds, contact blocks, footer
    links and legal lines. Credit lines (`Sources: ...`, `Quelle: dpa`) are kept, and so is
    a list the article ends on: the paragraph right after the last prose line when that line
    introduces it (ends in `:`), when no blank line separates them, or when it is bulleted
    like a list earlier in the article or under a label ending in `:` (`In short:`), or when
    every line of it is a sentence of eight words or more, or when it is the document's last
    paragraph and a short block of details (a press release's `Media contact` / name / email
    / phone, a book review's `Fourth Estate, 352pp, £22`), and none of its lines is known
    chrome; and so is a letter's close, a valediction and its short signature (`Yours
    faithfully,` / `Margaret Hollis` / `Chair, Friends of Market Square`).

    The article may also end earlier: at a boundary of lines the other SL3 rules flag (a
    share row, `Related posts`, a comment form) after which the prose left is under a fifth
    of the page's, or at a run of lines with no prose among them (bylines, tags, headlines)
    that holds a flagged line and after which little prose is left: under a quarter of the
    page's after a run of eight lines, under a tenth after a run of four. Lines from that
    boundary on (an author's bio, another story's teaser, comments) are flagged as well.

    ## Why is this bad?
    These lines belong to the site, not to the article: other stories' headlines, the
    publisher's address, menu labels. Kept, they repeat on every page of a corpus.

    ## Example
    ```text
    The council will vote on the plan next month, the mayor said on Tuesday.

    Related
    Floods hit the north
    Senate passes the budget
    Contact us
    ```
    Every line after the sentence is removed.

    ## Fix safety
    Safe: nothing after the last prose line reads as running text, so the lines flagged are
    labels, headlines and links; measured on 600 real pages in 13 languages, the fix keeps
    over 99% of the article text annotators marked. A short article ending in a list or
    headings with no sentence after them would lose those lines, hence the three-line
    minimum, which spares a closing sign-off or dateline, and the closing-list and
    letter-close exceptions (a valediction from `valedictions.txt` on a line of at most six
    words, and at most six short lines of signature with no chrome among them; on the 600
    pages no tail opens with one; keeping a block of details that ends the document costs no
    boilerplate snippet there). After an early boundary of three or more flagged lines,
    safe as well: on the same pages it removed 223 more boilerplate snippets and 5 article
    snippets. After a long run without prose, safe when the page before it is running text
    (half of it prose): 64 more boilerplate snippets, 2 article snippets. Unsafe after a
    boundary of two flagged lines: an article's last short paragraph after two inline chrome
    lines (a caption credit and a `Share` link) would go with them. Unsafe, too, when no line
    after the last prose line is flagged by another rule and half of them or more hold a
    figure: that is an article's closing data as often as a page's (a tracklist, a season's
    results, a recipe's ingredients, a contract's witnesses).
    """

    code = "SL307"
    name = "page-tail-line"
    summary = "Lines after the article's last prose line (headline lists, footers, author boxes)"
    fix_availability = FixAvailability.ALWAYS
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        for block in tail_blocks(document):
            first, last = document.lines[block.first], document.lines[block.last]
            applicability = Applicability.SAFE if block.safe else Applicability.UNSAFE
            yield self.finding(
                first.start,
                last.end,
                f"Page tail after the article's last sentence: {quote_block(first, last)}",
                remove_lines(
                    document,
                    first,
                    last,
                    message="Remove the lines after the article",
                    applicability=applicability,
                ),
            )
