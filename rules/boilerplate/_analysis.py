"""One pass over a document that the SL3 rules share (through `Document.memo`).

Each non-blank line is normalised once and classified by table lookups; the structural
recognisers (menu runs, breadcrumb trails, share rows) work on those classifications. Nothing
here guesses from punctuation alone: a line is boilerplate because it *is* a known CMS string,
or because it sits in a structure made of known CMS strings.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib.resources import files

from seedlint.document import Document
from seedlint.markup import literal_lines
from seedlint.rule import TEXT_CACHE_SIZE
from seedlint.rules.boilerplate._dateline import is_dateline
from seedlint.rules.boilerplate._image_credit import is_image_credit
from seedlint.rules.boilerplate._prose import line_words, prose_lines, stopwords
from seedlint.rules.boilerplate._tables import (
    PrefixMatch,
    normalise,
    phrases,
    prefix_table,
    word_pattern,
)

# Longest line (in words) a prefix table is matched against: chrome sentences are short (a
# consent or affiliate notice runs to 30 words), and an article sentence that happens to start
# like one ("Powered by steam, the mill...") is usually longer, in a paragraph of several.
MAX_PREFIX_WORDS = 30
# Comment-form sentences run longer than chrome: a moderation or privacy notice.
MAX_COMMENT_FORM_WORDS = 60
# A line that may be a menu item or a part of a phrase row.
# A copyright line can carry a long company name and address.
MAX_FOOTER_WORDS = 40
MAX_ITEM_WORDS = 5
# A short line naming a newsletter is a sign-up prompt (`JOIN Our FREE Plant Care Newsletter`).
MAX_PROMPT_WORDS = 8
# Longer than a label (`Newsletter`, `Daily newsletter`), a line naming a newsletter needs a
# sign-up cue too: `How newsletters became the new blogs` is a headline.
MAX_LABEL_WORDS = 3
_NEWSLETTER = frozenset({"newsletter", "newsletters", "nieuwsbrief", "infolettre", "boletín"})
# A newsletter named anywhere in a word, compounds included (`FAZ.NET-Newsletter`).
_NEWSLETTER_WORD = re.compile(r"newsletter|nieuwsbrief|infolettre")
# Quotation marks: a quote (`"Our newsletter now reaches 40,000 readers," she said`) is
# reported speech in an article, not the site's own pitch.
_QUOTE = re.compile(r"[\"“”„«»]")
MAX_ITEM_CHARS = 40
MAX_ROW_WORDS = 14
# A site's pitch to its reader (support, membership, apps, feedback) is a call and a sentence or
# two; a paragraph of an article that mentions donations or apps runs longer than a disclosure.
MAX_PITCH_WORDS = 40

# Why a line opening with a short entry of chrome_prefixes.txt is chrome. Entries of up to
# three words are link labels and calls (`Read more`, `Publié dans`, `Melden Sie sich`), and
# running text opens with the same words (`Publié dans la revue Nature, l'étude montre ...`),
# so `_analyse` reads such a line in its place on the page before it believes the table
# (`_in_running_text`). A longer entry is a site's own notice (`für Links auf dieser Seite
# erhält`, `this article contains affiliate links`) and is evidence enough, as is a label
# followed by a separator (`À lire aussi » ...`, `Next: ...`).
OPENING_PHRASE = "line opening with a page-chrome phrase"
# A whole line that is a chrome label (`Home`, `Newsletter`, `Kontakt`): see `_in_running_text`.
CHROME_PHRASE = "page-chrome phrase"
# A post's date, byline or reading time (`_dateline.py`); an event's date or a diary entry's
# is the text's (`_dates_of_the_text`).
DATELINE = "date or byline line"
MAX_GENERIC_OPENING_WORDS = 3


def _opens_a_sentence(norm: str, opening: PrefixMatch) -> bool:
    """A short table entry followed directly by more words, as a sentence would go on.

    >>> from seedlint.rules.boilerplate._tables import prefix_table
    >>> table = prefix_table("chrome_prefixes.txt")
    >>> [_opens_a_sentence(n, table.match(n)) for n in ("publié dans la revue nature",
    ...     "à lire aussi » ballonnements", "related: what is the best soil",
    ...     "when you buy through links on our site, we")]
    [True, False, False, False]
    """
    entry, rest = opening.entry, norm[opening.end :]
    return (
        len(entry.split()) <= MAX_GENERIC_OPENING_WORDS
        and not entry.endswith(":")
        and rest[:1] == " "
        and rest[1:2].isalnum()
    )


# An ATX heading of a Markdown document: `## Setup`. Menus converted to Markdown are lists
# (`- Home`), never headings.
MARKDOWN_HEADING = re.compile(r" {0,3}#{1,6}\s")

# The mark right after a letter is the second half of mojibake (`CafÃ©` is `Café` read through
# cp1252), unless the letter is the `Â` that the mark itself turns into (`Â© 2020`).
_COPYRIGHT = re.compile(
    r"(?:(?<![^\W\d_])|(?<=Â))©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b.*(?:19|20)\d\d", re.IGNORECASE
)
_SEPARATORS = re.compile(r"\s+(?:[|•·»›>/]|::|-{1,2}|–|—)\s+|\s*[|•·»›]\s*")
_SENTENCE_END = (".", "!", "?", "。", "！", "？", "؟", "।")


@dataclass(frozen=True)
class LineInfo:
    index: int
    text: str
    norm: str
    words: int
    comment: bool  # a comment-form string
    chrome: str | None  # why the line is page chrome, or None
    anchor: bool  # a known label: chrome, comment form or section name (menus are made of them)


@cache
def _chrome_words() -> frozenset[str]:
    return phrases("chrome.txt") | phrases("comment_form.txt")


@cache
def _anchor_words() -> frozenset[str]:
    return _chrome_words() | phrases("nav.txt")


_LEADING_COUNT = re.compile(r"^\d[\d.,]*\s+")


def is_comment_form(norm: str, words: int) -> bool:
    if norm in phrases("comment_form.txt"):
        return True
    if words > MAX_COMMENT_FORM_WORDS:
        return False
    if prefix_table("comment_form_prefixes.txt").match(norm) is not None:
        return True
    counted = _LEADING_COUNT.match(norm)  # `11 responses to “The title”`
    return counted is not None and (
        prefix_table("comment_count_heads.txt").match(norm, counted.end()) is not None
    )


def _segments(words: list[str], table: frozenset[str], limit: int = 6) -> bool:
    """True when the words are a concatenation of table entries (`Kommentar verfassen Antwort
    abbrechen`, `Drucken Twitter Facebook`): a share row or a run of buttons on one line."""
    reachable = [True] + [False] * len(words)
    for end in range(1, len(words) + 1):
        for start in range(max(0, end - limit), end):
            if reachable[start] and " ".join(words[start:end]) in table:
                reachable[end] = True
                break
    return reachable[-1]


def _is_copyright(text: str, words: int) -> bool:
    """A copyright footer: the mark opens the line (`© 2020 Example Ltd`), or the line is short.

    A photo caption ending in `©Agency` is the article's, so a mark deep in a long line is not
    enough.

    >>> _is_copyright("© 2020 Example Ltd", 4), _is_copyright("Â© 2020 Example Ltd", 4)
    (True, True)
    >>> _is_copyright("RÃ©sumÃ© du match", 3)
    False
    """
    found = _COPYRIGHT.search(text)
    if found is None:
        return False
    return words <= MAX_ROW_WORDS or len(text[: found.start()].split()) <= 3


def newsletter_prompt(norm: str) -> bool:
    """A line naming a newsletter with a sign-up cue: the site's pitch for its mailing list.

    `Abonnieren Sie unsere FAZ.NET-Newsletter und wir liefern ...`, `Thank you for subscribing
    to Postmedia's Newsletter.`, `Suscríbete gratis y recibí el newsletter en tu email.` The
    cue (`subscribe`, `our`, `anmelden`, `your inbox`: rules/data/boilerplate/
    newsletter_cues.txt) is what tells a pitch from an article mentioning someone's
    newsletter; the caller keeps the line short, so a paragraph about newsletters stays.

    >>> newsletter_prompt("jetzt newsletter abonnieren"), newsletter_prompt("the newsletter said")
    (True, False)
    """
    return (
        _QUOTE.search(norm) is None
        and _NEWSLETTER_WORD.search(norm) is not None
        and word_pattern("newsletter_cues.txt").search(norm) is not None
    )


def site_pitch(text: str, norm: str) -> bool:
    """A line in which the site speaks to its reader: a call for support, an app or channel
    promotion, a feedback or rating prompt, an inbox pitch (rules/data/boilerplate/
    site_pitches.txt, anywhere in the line), or a line opening with a call to the reader
    (`Unterstütze uns ...`, `Become a member ...`: pitch_prefixes.txt).

    The entries are first-person statements of the site (`we need your support`, `necesitamos
    tu apoyo`) and calls with a second-person pronoun (`direkt in dein Postfach`), never a
    topic word, so an article reporting on a charity's appeal does not match; a quotation
    mark anywhere in the line (raw text: normalising strips the marks around a whole-line
    quote) makes it reported speech, which stays.

    >>> site_pitch("Jede kleine Spende hilft!", "jede kleine spende hilft")
    True
    >>> site_pitch('"We need your support," she said.', 'we need your support," she said')
    False
    """
    if _QUOTE.search(text) is not None:
        return False
    return (
        word_pattern("site_pitches.txt").search(norm) is not None
        or prefix_table("pitch_prefixes.txt").match(norm) is not None
    )


def _names_a_newsletter(norm: str) -> bool:
    """A short line that is a newsletter's name or label, not a headline about newsletters.

    The newsletter word opens or closes it (`Newsletter Sciences et Avenir`, `KXAN Daily
    Forecast Newsletter`), or it is a label (`Daily newsletter`), or it holds a sign-up cue
    (`Get the newsletter that Atlanta is talking about`); `How newsletters became the new
    blogs` has none of these.

    >>> _names_a_newsletter("newsletter sciences et avenir")
    True
    >>> _names_a_newsletter("how newsletters became the new blogs")
    False
    """
    tokens = norm.split()
    if not tokens or _NEWSLETTER.isdisjoint(tokens):
        return False
    return (
        len(tokens) <= MAX_LABEL_WORDS
        or tokens[0] in _NEWSLETTER
        or tokens[-1] in _NEWSLETTER
        or word_pattern("newsletter_cues.txt").search(norm) is not None
    )


def chrome_reason(text: str, norm: str, words: int) -> str | None:
    """Why a line is page chrome (a phrase, a row of phrases, a trail, a footer), or None."""
    if norm in phrases("chrome.txt"):
        return CHROME_PHRASE
    if words <= MAX_FOOTER_WORDS:
        if _is_copyright(text, words):
            return "copyright footer"
        if word_pattern("chrome_sentences.txt").search(norm):
            return "page-chrome sentence"
        if newsletter_prompt(norm):
            return "newsletter sign-up prompt"
    if words <= MAX_PITCH_WORDS and site_pitch(text, norm):
        return "the site's pitch to its reader"
    if words > MAX_PREFIX_WORDS:
        return None
    opening = prefix_table("chrome_prefixes.txt").match(norm)
    if opening:
        return OPENING_PHRASE if _opens_a_sentence(norm, opening) else "page-chrome sentence"
    if is_dateline(text, words):
        return DATELINE
    if is_image_credit(text, words):
        return "image credit"
    if words <= MAX_PROMPT_WORDS and not text.rstrip().endswith(".") and _names_a_newsletter(norm):
        return "newsletter prompt"
    if words <= 2 * MAX_ROW_WORDS:
        pieces = [normalise(piece) for piece in _SEPARATORS.split(text)]
        pieces = [piece for piece in pieces if piece]
        # Words of the links, not of the separators between them (`Archive – RSS – ...`).
        if len(pieces) >= 2 and sum(len(piece.split()) for piece in pieces) <= MAX_ROW_WORDS:
            anchors = _anchor_words()
            known = sum(piece in anchors for piece in pieces)
            if known == len(pieces) or (
                len(pieces) >= 3
                and 2 * known >= len(pieces)
                and all(len(piece.split()) <= 4 for piece in pieces)
            ):
                return "row of navigation links"
            if (
                pieces[0] in phrases("nav.txt") | phrases("chrome.txt")
                and all(len(piece.split()) <= 8 for piece in pieces)
                and len(pieces) >= 3
            ):
                return "breadcrumb trail"
        if 2 <= words <= MAX_ROW_WORDS and _segments(norm.split(), _chrome_words()):
            return "row of page-chrome phrases"
    return None


def _is_item(info: LineInfo) -> bool:
    """A line short enough to be a menu entry, and not a sentence or a Markdown heading."""
    return (
        info.words <= MAX_ITEM_WORDS
        and len(info.text.strip()) <= MAX_ITEM_CHARS
        and not info.text.rstrip().endswith(_SENTENCE_END)
        and not MARKDOWN_HEADING.match(info.text)
    )


# A run of this many bare labels is a menu even when none of them is a known label.
MIN_UNLABELLED_MENU = 8
MAX_LABEL_WORDS = 3
MAX_LABEL_CHARS = 30


def _is_bare_label(info: LineInfo) -> bool:
    """One to three words with no digit: a link label (`Regionen`, `Santé publique`).

    Digits are left out because the short lists an article has are mostly of quantities,
    dates and numbers (`200 g Zucker`, `+81 158-23-2012`); a menu's labels are words. So is
    a bulleted item (see `BULLET`).
    """
    return (
        info.words <= MAX_LABEL_WORDS
        and len(info.text.strip()) <= MAX_LABEL_CHARS
        and not any(character.isdigit() for character in info.text)
        and not BULLET.match(info.text)
    )


# A list item's bullet or number (`- `, `• `, `・`, `3. `, `(2) `): an item of the text's own
# list, which a menu's links do not carry.
BULLET = re.compile(r"^\s*(?:[-–—•·*▪►✓✔]\s|・\s*\S|\(?\d{1,2}[.)]\s)")


def _unlabelled_menus(run: list[LineInfo]) -> list[list[LineInfo]]:
    """Stretches of a run made of `MIN_UNLABELLED_MENU` or more bare labels in a row."""
    menus: list[list[LineInfo]] = []
    if len(run) < MIN_UNLABELLED_MENU:
        return menus
    stretch: list[LineInfo] = []
    for item in (*run, None):
        if item is not None and _is_bare_label(item):
            stretch.append(item)
            continue
        if len(stretch) >= MIN_UNLABELLED_MENU:
            menus.append(stretch)
        stretch = []
    return menus


# Bare labels are a menu unless the text around them makes them the article's own list:
# - verse (a chorus, a poem: `We are here / We are many`): this share of their words or more
#   are one language's function words; the menus of 600 real pages reach 0.44 (`Über uns /
#   Wir über uns / ...`), a chorus 0.8;
# - a list of fewer than `MIN_MENU_AMID_PROSE` labels, none of them a known label, with a
#   line of prose right before and right after it (a review's `Pros / Light / Waterproof /
#   Cons / ...`): a site's menu sits above or below the article, and one amid its
#   paragraphs is longer or holds a known label (`weiterlesen`, `Über uns`). On the 600 dev
#   pages this spares 10 lists, half of them the article's (a game's settings) and half a
#   shop's or a form's, and no snippet of boilerplate;
# - a list of unknown labels, however long, introduced by a line of the article
#   (`This year's award winners are:`, see `introduces_list`) and followed by its prose: a
#   list of names, a squad; a menu is not introduced by a sentence. On the dev pages no menu
#   is, and no list of the article either.
MIN_VERSE_FUNCTION_SHARE = 0.5
MAX_LIST_WORDS = 12  # a list's items and heading, read past to find the text around it
MIN_MENU_AMID_PROSE = 12
# An article's line introducing a list has a few words and ends in a colon (`Und hier findet
# ihr die im Video genannten Orte:`); `Zutaten:` alone is a heading.
MIN_INTRO_WORDS = 3


def introduces_list(info: LineInfo) -> bool:
    """A line of a few words ending in `:` that is no chrome label (`Share this post:`)."""
    return (
        info.words >= MIN_INTRO_WORDS
        and not info.anchor
        and info.text.rstrip().endswith((":", "："))
    )


def _belongs_to_text(
    infos: dict[int, LineInfo], menu: list[LineInfo], prose: frozenset[int]
) -> bool:
    """A stretch of bare labels that is verse or a list of the article (see above)."""
    counted = [line_words(item.text) for item in menu]
    hits: Counter[str] = Counter()
    for line in counted:
        hits.update(line.hits)
    if hits and max(hits.values()) >= MIN_VERSE_FUNCTION_SHARE * sum(c.count for c in counted):
        return True
    if any(item.anchor for item in menu):
        return False
    before = max((index for index in infos if index < menu[0].index), default=None)
    introduced = before is not None and introduces_list(infos[before])
    if len(menu) >= MIN_MENU_AMID_PROSE and not introduced:
        return False

    # The text around the list, past its other short lines (`Timer button (2, 4 or 8 hours)`,
    # an item with figures, is no bare label but still the list's; so is its heading).
    def text(lines: Iterable[int]) -> int | None:
        return next((i for i in lines if i in prose or infos[i].words > MAX_LIST_WORDS), None)

    text_before = text(sorted((i for i in infos if i < menu[0].index), reverse=True))
    text_after = text(i for i in infos if i > menu[-1].index)
    return (text_before in prose or introduced) and text_after in prose


def _menu_runs(
    infos: dict[int, LineInfo], line_count: int, prose: frozenset[int], literal: frozenset[int]
) -> dict[int, str]:
    """Lines of menus: runs of short link-like lines, a third of them or more known labels.

    A run is a sequence of short lines, blank lines allowed between them; it is trimmed to the
    span between its first and last known label, so a title right after a menu is kept. A
    long enough stretch of bare labels (see `_is_bare_label`) is a menu without known labels:
    a site's section list is its own vocabulary (`Régions`, `Afriques`, `Amériques`).
    """
    members: dict[int, str] = {}
    run: list[LineInfo] = []
    for index in (*range(line_count), None):
        info = infos.get(index) if index is not None else None
        if index is not None and info is None:
            continue  # a blank line does not break a run
        if info is not None and index not in literal and _is_item(info):
            run.append(info)
            continue  # code, a table or an underline ends a run (see seedlint.markup)
        labelled = [i for i, item in enumerate(run) if item.anchor]
        if len({run[i].norm for i in labelled}) >= 2:  # `Ad` / heading / `Ad` is no menu
            span = run[labelled[0] : labelled[-1] + 1]
            if len(span) >= 3 and 3 * len(labelled) >= len(span):
                for item in span:
                    members[item.index] = f"menu of {len(span)} short link lines"
        for menu in _unlabelled_menus(run):
            if _belongs_to_text(infos, menu, prose):
                continue
            for item in menu:
                members.setdefault(item.index, f"menu of {len(menu)} short labels")
        run = []
    return members


# An author box: its heading, the author's name on a line of its own, and a short bio.
AUTHOR_BOX = "author box"
MAX_NAME_WORDS = 4
MAX_BIO_WORDS = 100
MAX_BIO_LINES = 3
MAX_AUTHOR_HEAD_WORDS = 8
_NAME_SEPARATORS = ("", "-", "–", "—", ":", "|", ",")


def paragraph_from(infos: dict[int, LineInfo], first: int) -> list[int]:
    """The non-blank lines from `first` to the next blank line (none if `first` is blank)."""
    lines: list[int] = []
    while first in infos:
        lines.append(first)
        first += 1
    return lines


def _paragraph_after(infos: dict[int, LineInfo], index: int) -> list[int]:
    """The lines of the first paragraph after line `index` (blank lines skipped)."""
    following = min((i for i in infos if i > index), default=None)
    return [] if following is None else paragraph_from(infos, following)


def _author_boxes(infos: dict[int, LineInfo]) -> dict[int, str]:
    """Lines of author boxes: `About the author` (or `Über den Autor`), a name, a short bio.

    The heading comes from `author_heads.txt`, alone or followed by the name (`About the
    Author - Jane Roe`); the box is the first paragraph after it, plus the next one when the
    first is only a name (`Markus Reuter`), and the bio must be short (at most three lines,
    a hundred words): a longer text under such a heading is left alone.
    """
    boxes: dict[int, str] = {}
    heads = prefix_table("author_heads.txt")
    for index, info in infos.items():
        head = heads.match(info.norm) if info.words <= MAX_AUTHOR_HEAD_WORDS else None
        # Alone, or before a separator and the name: `About the author's new book` is text.
        if head is None or info.norm[head.end :].lstrip()[:1] not in _NAME_SEPARATORS:
            continue
        bio = _paragraph_after(infos, index)
        if len(bio) == 1 and infos[bio[0]].words <= MAX_NAME_WORDS:
            bio += _paragraph_after(infos, bio[0])
        if not bio or len(bio) > MAX_BIO_LINES + 1:
            continue
        if sum(infos[i].words for i in bio) > MAX_BIO_WORDS:
            continue
        for line in (index, *bio):
            boxes[line] = AUTHOR_BOX
    return boxes


# An author bio after the article, with no heading: `Jane Roe is a senior writer for the
# magazine, covering science.` A name of at most four capitalised words, a verb of
# author_bio.json, and within a few words a role (`writer`, `Redakteurin`); a paragraph of at
# most three lines and 80 words; and no line of running text (15 words or more) after it: the
# article's last paragraph about a person is followed by the page's tail only when it is the
# site's bio too, and a sentence naming a role in a programme or a notice (`Dagvoorzitter is
# journalist Marieke de Ruiter.`) has the rest of the text after it. 15 words, not 40: the
# same bios go on the 600 dev pages, and a notice's short sentences count.
AUTHOR_BIO = "author bio"
MAX_BIO_NAME_WORDS = 4
MAX_ROLE_DISTANCE = 6
MAX_HEADLESS_BIO_WORDS = 80
MIN_ARTICLE_LINE_WORDS = 15
_NAME_PUNCTUATION = ",.'’"


@cache
def _bio_words() -> dict[str, frozenset[str]]:
    source = files("seedlint.rules").joinpath("data", "boilerplate", "author_bio.json")
    table = json.loads(source.read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in table.items() if not key.startswith("_")}


def opens_author_bio(text: str) -> bool:
    """A line opening with a name, a bio verb and, soon after, a role.

    >>> opens_author_bio("Jane Roe is a senior writer for the magazine, covering AI.")
    True
    >>> opens_author_bio("She is a professor at the university."), opens_author_bio(
    ...     "The mayor is a former reporter.")
    (False, False)
    """
    if not text[:1].isupper():
        return False
    # Only the name, the verb and the words where the role may stand are read: most lines
    # are long prose, and splitting them whole costs more than the test.
    tokens = text.split(maxsplit=MAX_BIO_NAME_WORDS + 1 + MAX_ROLE_DISTANCE)
    table = _bio_words()
    if table["verbs"].isdisjoint(token.casefold() for token in tokens[1 : MAX_BIO_NAME_WORDS + 1]):
        return False
    for position, token in enumerate(tokens[: MAX_BIO_NAME_WORDS + 1]):
        if token.casefold() in table["verbs"]:
            return position > 0 and _role_after(tokens[position + 1 :], table["roles"])
        if not is_name_word(token.rstrip(_NAME_PUNCTUATION)):
            return False
    return False


# The languages whose function words are never part of a name in a byline or a bio (`The`,
# `She`, `Er`); other lists hold surnames (Indonesian `yang`).
_NAME_LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv", "da", "no")


@cache
def _not_names() -> frozenset[str]:
    lists = stopwords()
    return frozenset().union(*(lists[lang] for lang in _NAME_LANGUAGES))


def is_name_word(word: str) -> bool:
    """A capitalised word that is no function word (`Yang`, `J.`, `Turner-Trauring`).

    >>> is_name_word("Sitaraman"), is_name_word("She"), is_name_word("Will")
    (True, False, False)
    """
    if not (word[:1].isupper() and word.replace(".", "").replace("-", "").isalpha()):
        return False
    return word.casefold() not in _not_names()


def _role_after(tokens: list[str], roles: frozenset[str]) -> bool:
    for token in tokens[:MAX_ROLE_DISTANCE]:
        word = token.casefold().strip(_NAME_PUNCTUATION + "()")
        if any(word.endswith(role) for role in roles):
            return True
    return False


def _author_bios(infos: dict[int, LineInfo]) -> dict[int, str]:
    """Lines of author bios without a heading, at the page's end: see `AUTHOR_BIO`."""
    bios: dict[int, str] = {}
    last_long = max(
        (i for i, info in infos.items() if info.words >= MIN_ARTICLE_LINE_WORDS), default=-1
    )
    for index, info in infos.items():
        if index - 1 in infos or not opens_author_bio(info.text):
            continue  # a bio opens its paragraph
        paragraph = paragraph_from(infos, index)
        if last_long > paragraph[-1]:
            continue
        if (
            len(paragraph) > MAX_BIO_LINES
            or sum(infos[i].words for i in paragraph) > MAX_HEADLESS_BIO_WORDS
        ):
            continue
        for line in paragraph:
            bios[line] = AUTHOR_BIO
    return bios


@dataclass(frozen=True)
class Analysis:
    infos: dict[int, LineInfo]  # non-blank lines by index
    menu: dict[int, str]  # line index -> why its place makes it chrome (menu, author box)


def analyse(document: Document) -> Analysis:
    return document.memo("boilerplate.analysis", lambda: _analyse(document))


def _analyse(document: Document) -> Analysis:
    infos: dict[int, LineInfo] = {}
    for line in document.lines:
        if line.is_blank:
            continue
        norm, words, comment, chrome, anchor = _classify(line.text)
        infos[line.index] = LineInfo(line.index, line.text, norm, words, comment, chrome, anchor)
    for index in literal_lines(document) & infos.keys():  # the document's own: see markup
        infos[index] = replace(infos[index], comment=False, chrome=None, anchor=False)
    _in_running_text(document, infos)
    prose = prose_lines(document)
    _dates_of_the_text(infos, prose)
    structural = _author_bios(infos)
    structural.update(_author_boxes(infos))
    structural.update(_menu_runs(infos, len(document.lines), prose, literal_lines(document)))
    return Analysis(infos, structural)


def _in_running_text(document: Document, infos: dict[int, LineInfo]) -> None:
    """Clear the chrome reason of lines that their place shows to be the article's own.

    - A label or notice a line opens with (`OPENING_PHRASE`) is chrome when the line is a
      link or a notice: `Lesen Sie auch: ...`, `Posted in Politics`, `Subscribe to our
      newsletter!`. The same words open sentences of articles (`Melden Sie sich beim
      Gesundheitsamt, wenn ...`, `Posted in Kabul for two years, the sergeant ...`). A line
      that reads as prose of the document's language (see `prose_lines`) next to another
      line of prose is such a sentence: links and notices sit apart from the article's
      paragraphs, or among other chrome.
    - A Markdown heading (`## Contact`) over a line of prose, or over a code block or a
      table (`## Tags` over ```` ```bash ````, see `seedlint.markup`), is a section of the
      document, however much its title looks like a menu label; so is a title over its
      underline (`See also` / `========`) and a label right over a table or code.
    - A whole-line label (`CHROME_PHRASE`: `Newsletter`, `Privacy policy`, `Kontakt`) that
      opens a paragraph, over a line of prose, is a heading of the document when the
      document is laid out that way: `MIN_HEADED_PARAGRAPHS` other paragraphs open with a
      short heading that is no label, over prose (a glossary's terms, a FAQ's questions);
      or when that prose names it again, as a section's text names its subject (`Search` /
      `Under Search, you can pick a search engine ...`). A label amid an article of plain
      paragraphs (`Advertisement`, `Read more`, `Teilen` over the next paragraph, which
      does not name it) stays chrome.
    """
    candidates = [
        index
        for index, info in infos.items()
        if info.chrome in (OPENING_PHRASE, CHROME_PHRASE)
        or (info.chrome is not None and MARKDOWN_HEADING.match(info.text))
    ]
    if not candidates:
        return
    prose = prose_lines(document)
    order = list(infos)
    position = {index: k for k, index in enumerate(order)}
    headed = _headed_paragraphs(infos, prose) >= MIN_HEADED_PARAGRAPHS
    for index in candidates:
        info = infos[index]
        k = position[index]
        following = order[k + 1 : k + 2]
        if info.chrome == OPENING_PHRASE:
            if index not in prose:
                continue
            neighbours = order[max(k - 1, 0) : k] + following
        elif index + 1 in literal_lines(document) or (
            MARKDOWN_HEADING.match(info.text)
            and any(other in literal_lines(document) for other in following)
        ):
            # A title over its underline (`See also` / `========`), or a heading over a code
            # block or a table: the document's own.
            infos[index] = replace(info, chrome=None, anchor=info.norm in _anchor_words())
            continue
        elif MARKDOWN_HEADING.match(info.text):
            neighbours = following
        elif (
            (headed or _named_below(info, infos.get(index + 1)))
            and index - 1 not in infos
            and infos.get(index + 1, info).chrome is None
        ):
            neighbours = [index + 1]
        else:
            continue
        if any(other in prose for other in neighbours):
            infos[index] = replace(info, chrome=None, anchor=info.norm in _anchor_words())


# A clock time, or a range of two, alone on a line: `4:00 PM - 7:00 PM`, `19.30 Uhr`, `11 a.m.`
# (a bare number is no time: a counter stands next to dates too).
_HOURS = r"(?:[ap]\.?\s?m\.?|uhr|h)"
_CLOCK = rf"\d{{1,2}}(?:[:.h]\d{{2}}\s*{_HOURS}?|\s*{_HOURS})"
_TIME_LINE = re.compile(rf"^\s*(?:{_CLOCK})(?:\s*(?:[-–—]|to|bis|à|a)\s*{_CLOCK})?\s*$", re.I)


# Dated entries (a diary, a log, a chronicle): this many paragraphs open with a date line
# between two lines of prose. A page has one post date over its first paragraph, and a
# teaser list puts the date between a headline and an excerpt.
MIN_DATED_ENTRIES = 2


def _dates_of_the_text(infos: dict[int, LineInfo], prose: frozenset[int]) -> None:
    """Clear the date-line reason of the dates that belong to the text, by their place.

    A CMS prints a post's date on a line of its own, or over the time of day and a blank
    line. A notice or a programme gives an event's date, its time and its place (`Friday,
    March 8, 2024` / `4:00 PM - 7:00 PM` / `Brookside Funeral Home`); a diary heads each
    entry with its day, the previous entry's prose above and the entry's below (`Monday, 14
    August` / `Night train from Stockholm ...`), in `MIN_DATED_ENTRIES` paragraphs or more.
    Those dates are the article's.
    """
    order = list(infos)
    before = dict(zip(order[1:], order, strict=False))  # the previous non-blank line
    dates = [index for index, info in infos.items() if info.chrome == DATELINE]
    entries = [i for i in dates if i - 1 not in infos and i + 1 in prose and before.get(i) in prose]
    for index in dates:
        time = infos.get(index + 1)
        timed = (
            time is not None and _TIME_LINE.match(time.text) is not None and index + 2 in infos
        )  # a date, its time, its place
        if timed or (index in entries and len(entries) >= MIN_DATED_ENTRIES):
            info = infos[index]
            infos[index] = replace(info, chrome=None, anchor=info.norm in _anchor_words())


def _named_below(label: LineInfo, below: LineInfo | None) -> bool:
    """The line under a label names it again: the label is the heading of what it is about.

    >>> infos = [LineInfo(0, t, t.casefold(), 0, False, None, False) for t in (
    ...     "Home", "Under Home, choose a blank page.", "The council met on Monday.")]
    >>> _named_below(infos[0], infos[1]), _named_below(infos[0], infos[2])
    (True, False)
    """
    if below is None:
        return False
    return re.search(rf"(?<!\w){re.escape(label.norm)}(?!\w)", below.norm) is not None


# A document laid out as headed paragraphs (a glossary, a FAQ, a guide): this many
# paragraphs open with a heading of at most `MAX_HEADING_WORDS` words, no label and no
# sentence, over a line of prose. On the 600 dev pages, taking a label in such a layout for
# a heading spares no boilerplate snippet, only two words opening readers' comments (`Like!`,
# `ok:`). A label over prose in any layout would spare 21 lines of chrome on 18 pages
# (`Advertisement`, `Read More`, `Newsletter` over the site's pitch) and lose one snippet.
MIN_HEADED_PARAGRAPHS = 2
MAX_HEADING_WORDS = 8


def _headed_paragraphs(infos: dict[int, LineInfo], prose: frozenset[int]) -> int:
    """How many paragraphs open with a short heading that is no label, over a prose line."""
    return sum(
        index - 1 not in infos
        and index + 1 in prose
        and not info.anchor
        and info.words <= MAX_HEADING_WORDS
        and not info.text.rstrip().endswith(".")
        for index, info in infos.items()
    )


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _classify(text: str) -> tuple[str, int, bool, str | None, bool]:
    """A line's normal form, word count, and what it is, from its text alone.

    Cached by text: the engine lints a document again after fixing it, and most lines come
    back unchanged (and a site repeats its chrome lines on every page).
    """
    norm = normalise(text)
    words = len(norm.split())
    comment = is_comment_form(norm, words)
    chrome = None if comment else chrome_reason(text, norm, words)
    anchor = comment or chrome is not None or norm in _anchor_words()
    return norm, words, comment, chrome, anchor
