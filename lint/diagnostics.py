"""File-level diagnostics (SL0xx): problems with a file itself rather than with its text.

They are not rules the engine runs (there is no `Document` to give them), but they are
documented, selected and ignored like rules, so they are described in the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from seedlint.document import Document
from seedlint.rule import Finding, Rule, Severity


class UnreadableContent(Rule):
    """Not text: the file is binary, or its bytes decode in no encoding seedlint can find.

    ## What it does
    Reports a file that was named or matched by `include` but holds binary data (NUL bytes
    without a UTF-16/32 byte-order mark) or bytes no encoding explains. The file is skipped:
    no other rule runs on it and it is never written.

    ## Why is this bad?
    A binary file in a text corpus is usually a mistake of the scraper or the export (an
    image saved as `.txt`, a truncated download). Feeding it downstream produces garbage.

    ## Example
    A file `page.txt` whose first bytes are `\\x89PNG\\r\\n\\x1a\\n`.

    ## Fix safety
    No fix: seedlint cannot know what the file should hold.
    """

    code = "SL001"
    name = "unreadable-content"
    summary = "File is binary or in no detectable encoding; skipped"
    severity = Severity.WARNING

    def check(self, document: Document) -> Iterable[Finding]:
        return ()


FILE_DIAGNOSTICS: tuple[type[Rule], ...] = (UnreadableContent,)
