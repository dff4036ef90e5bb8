"""SL302: a line of page chrome (navigation, share row, footer, prompts)."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.document import Document
from seedlint.rule import (
    Finding,
    FixAvailability,
    Rule,
    Severity,
    excerpt,
    quote_block,
    remove_lines,
)
from seedlint.rules.boilerplate._analysis import AUTHOR_BOX, analyse


class PageChromeLine(Rule):
    """A line of the page around the article: navigation, share row, footer, prompts.

    ## What it does
    Flags lines a site prints on every page: `Back to top`, `Skip to content`, `Read more`,
    share and follow buttons (`Facebook`, `Tweet`, `Share this:`), previous/next-post links,
    newsletter, cookie and subscription prompts, `Powered by …`, copyright footers
    (`© 2020 Example Ltd`), date and byline lines (`By Jane Roe | Feb 18, 2020 | 4 min
    read`, `Veröffentlicht am 6. Juli 2015 von Mark Hosak`), breadcrumb trails
    (`Home > News > World`), rows of such links on one line (`Drucken Twitter Facebook`,
    `Privacy | Terms | Contact`), image credits (`Foto: GdP/Hagen Immel`, `Augusta
    National/Getty Images`), and menus: runs of short lines of which at least a third, and
    two different ones, are known labels (`Home`, `Politik`, `Contact`), or eight or more
    bare labels in a row (one to three words, no digit: a site's own section names).
    Also lines of at most 40 words that name a newsletter beside a sign-up cue (`Abonnieren
    Sie unsere FAZ.NET-Newsletter ...`, `Suscríbete y recibí el newsletter en tu email.`) or
    hold a disclosure a site makes about itself, wherever it stands in the line (`PC Gamer
    is supported by its audience. When you buy through links on our site, ...`), or in which
    the site pitches to its reader: support, membership, apps, feedback and rating prompts,
    inbox pitches (`Jede kleine Spende hilft`, `How useful was this post?`); author
    boxes: an `About the author` / `Über den Autor` heading, a name, a short bio; and an
    author's bio without a heading at the page's end (`Jane Roe is a senior writer for ...`).
    Every phrase comes from a multilingual table in `rules/data/boilerplate/`.

    ## Why is this bad?
    Chrome is repeated on every page of a site: it drowns the article's own words, skews
    language and duplicate statistics, and means nothing out of its page.

    ## Example
    ```text
    Startseite
    Über uns
    Politik
    Kontakt

    Back To Top
    ```
    Every line here is removed.

    ## Fix safety
    Safe: a line is removed only when it is a known chrome phrase, a row made only of known
    phrases, a copyright line, a line made only of a date and byline words (a name only
    after `by`, `von`, `par`...), a short line beginning with a known chrome sentence, or a
    line of a menu anchored by known labels (the run is trimmed to its first and last known
    label, so a title after a menu stays). Headings and short sentences of the article match
    none of these, whatever their punctuation, and a Markdown heading over a line of prose
    (`## Contact`) is a section of the document, as is a label opening a paragraph over a
    line of prose in a document laid out in such paragraphs (a glossary's `Newsletter` among
    its other terms, a FAQ's `Kontakt` among its questions) or over prose that names it
    again (`Search` / `Under Search, you can pick ...`). A line that opens with a label or
    call of up to three words (`Publié dans`, `Melden Sie sich`, `Download the app`) and
    reads on as a sentence is taken only apart from the article: next to a line of its
    running text it is the article's own sentence (`Publié dans la revue Nature, l'étude
    montre ...`). An image credit is a credit label and a name (`Bild: SWR`) or a stock
    library's name with at most three words before it; a caption with a sentence before the
    credit stays. Eight bare labels in a row are rare in an article (its short lists are of
    quantities, names with numbers, or sentences); verse (`We are here / We are many`,
    mostly function words) is no menu, nor is a list of fewer than twelve unknown labels
    with the article's prose right above and below it (a review's `Pros / Light /
    Waterproof`), nor a list of any length introduced by a line ending in a colon and
    followed by prose (`This year's award winners are:` and the names). A longer list of
    one-word items in an article would go: on 600 real pages, no article line did. A
    newsletter line needs a cue of the site speaking or the reader signing up (`our`,
    `subscribe`, `anmelden`) and no quotation mark, so a sentence reporting on someone's
    newsletter, or quoting its editor, stays; a short line only when the newsletter word
    opens or closes it (its name) or it is a label, so a headline about newsletters stays;
    the disclosures are first-person statements (`we may earn an affiliate commission`, `we
    use cookies to`) that an article's own sentences do not make. A pitch is a first- or
    second-person wording (`we need your support`, `direkt in dein Postfach`) in a line of
    at most 40 words with no quotation mark, so a report on a charity's appeal, or a quote
    of it, stays. An author box is cut only under its heading and only when the bio is short
    (three lines, a hundred words). A bio without a heading opens with a name (no pronoun),
    a verb and a role (`writer`, `Redakteurin`) within six words, runs to at most three
    lines and 80 words, and has no line of running text (40 words) after it: an article's
    own last paragraph about a person names no role, or is followed by more article.
    """

    code = "SL302"
    name = "page-chrome-line"
    summary = "Navigation, share, footer or prompt line of the page around the article"
    fix_availability = FixAvailability.ALWAYS
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        analysis = analyse(document)
        box: list[int] = []
        for index, info in analysis.infos.items():
            if info.comment:
                continue  # SL301's
            reason = info.chrome or analysis.menu.get(index)
            if reason == AUTHOR_BOX:
                box.append(index)
                continue
            if box:
                yield self._author_box(document, box)
                box = []
            if reason:
                line = document.lines[index]
                yield self.finding(
                    line.start,
                    line.end,
                    f"Page chrome ({reason}): `{excerpt(info.text)}`",
                    remove_lines(document, line, message="Remove the page-chrome line"),
                    details={"reason": reason},
                )
        if box:
            yield self._author_box(document, box)

    def _author_box(self, document: Document, box: list[int]) -> Finding:
        """One fix for the whole box: its lines are chrome only together, under the heading
        (removed alone, the heading would leave the bio behind, no longer recognisable)."""
        first, last = document.lines[box[0]], document.lines[box[-1]]
        return self.finding(
            first.start,
            last.end,
            f"Page chrome (author box): {quote_block(first, last)}",
            remove_lines(document, first, last, message="Remove the author box"),
            details={"reason": AUTHOR_BOX},
        )
