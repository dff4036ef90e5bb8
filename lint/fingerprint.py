"""Content fingerprints of findings: what SARIF and the baseline match findings by.

A finding is identified by its code, the text it flags and the paragraph it sits in, with
whitespace folded, never by its line number: an edit above it moves its line but not its
fingerprint, so code scanning keeps the alert and the baseline keeps ignoring it.
"""

from __future__ import annotations

import hashlib
import re

from seedlint.document import Document
from seedlint.rule import Finding

_SPACE = re.compile(r"\s+")


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _context(document: Document, finding: Finding) -> str:
    """The folded paragraph holding the finding; for a blank line, the next paragraph (or the
    last one). Folded once per paragraph: a long paragraph may hold many findings."""
    line = document.line_at(finding.start)
    paragraph = document.paragraph_of_line(line.index) or document.paragraph_near_line(line.index)
    if paragraph is None:
        return ""
    folded: dict[int, str] = document.memo("fingerprint.folded", dict)
    if paragraph.index not in folded:
        folded[paragraph.index] = _fold(paragraph.text)
    return folded[paragraph.index]


def fingerprint(document: Document, finding: Finding) -> str:
    flagged = document.text[finding.start : finding.end]
    key = "\0".join((finding.code, _fold(flagged), _context(document, finding)))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
