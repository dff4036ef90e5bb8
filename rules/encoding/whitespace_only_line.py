"""SL104 whitespace-only-line."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.document import Document
from seedlint.rule import Applicability, Edit, Finding, Fix, FixAvailability, Rule, Severity
from seedlint.rules.encoding._names import describe_characters


class WhitespaceOnlyLine(Rule):
    """A line that looks empty but holds a no-break space, spaces or zero-width characters.

    ## What it does
    Reports every line that shows nothing yet is not empty: it holds only spaces of any
    width (no-break space U+00A0, ideographic space, tabs, ASCII spaces), zero-width
    characters or a byte-order mark. The message names what the line holds. Lines of
    ASCII spaces and tabs are reported too: trailing whitespace on an empty line is
    invisible noise just the same. Characters on such a line are reported here only, never
    again by SL103.

    ## Why is this bad?
    Scraped pages leave `&nbsp;` paragraphs behind. They look like blank lines, yet tools
    that split paragraphs on empty lines (and `line.strip() == ""` in many pipelines that
    do not treat U+00A0 as a space) see text there, and the invisible characters end up in
    training data and search indexes.

    ## Example
    ```text
    The first paragraph ends here.
    \\u00a0
    The second paragraph starts here.
    ```
    Use instead:
    ```text
    The first paragraph ends here.

    The second paragraph starts here.
    ```

    ## Fix safety
    Safe. The fix empties the line and keeps its line break, so the text looks exactly as
    before and the paragraph structure does not change: the line was already blank to every
    reader and to seedlint's paragraph splitter.
    """

    code = "SL104"
    skips_literal_lines = False  # characters are wrong in code too
    name = "whitespace-only-line"
    summary = "Line looks empty but holds spaces, NBSP or zero-width characters"
    fix_availability = FixAvailability.ALWAYS
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        for line in document.lines:
            if not line.text or not line.is_blank:
                continue
            what = describe_characters(line.text)
            fix = Fix((Edit(line.start, line.end, ""),), "Make the line empty", Applicability.SAFE)
            message = f"line looks empty but holds {what}"
            yield self.finding(line.start, line.end, message, fix, {"characters": what})
