"""Provenance annotators: what the rule families know about each paragraph.

Each annotator returns one mapping per paragraph of a document; its registry key is the
metadata field it fills. They read the same memoised analyses the rules use, so annotating
a linted document costs little more than linting it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from seedlint.document import Document


def language_notes(document: Document) -> list[Mapping[str, Any]]:
    """Each paragraph's language: the first of its lines with a language of its own (a line
    in another script, a line of interface words), else the document's; and how decided."""
    from seedlint.rules.language.detect import analyze, line_decision

    analysis = analyze(document)
    whole = analysis.decision
    notes = []
    for paragraph in document.paragraphs:
        lines = document.lines[paragraph.first_line : paragraph.last_line + 1]
        # The first line with a language of its own decides: stop there, not after the rest.
        decision = line_decision(analysis, lines[0])
        if decision.method == "default":
            for line in lines[1:]:
                own = line_decision(analysis, line)
                if own.method != "default":
                    decision = own
                    break
        inherited = decision.method == "default"
        notes.append(
            {
                "language": decision.language,
                "script": decision.script,
                "method": f"document:{whole.method}" if inherited else decision.method,
                "confidence": round(whole.confidence if inherited else decision.confidence, 3),
            }
        )
    return notes


def attribution_notes(document: Document) -> list[Mapping[str, Any]]:
    """Each paragraph's attribution status, its named source or heading, and its claims."""
    from seedlint.rules.attribution.analysis import paragraph_attribution

    notes = []
    for paragraph in paragraph_attribution(document):
        note: dict[str, Any] = {"status": paragraph.status}
        if paragraph.source:
            note["source"] = paragraph.source
        if paragraph.heading:
            note["heading"] = paragraph.heading
        unattributed = [
            s.text for s in paragraph.sentences if s.status in ("unattributed", "weasel")
        ]
        if unattributed:
            note["unattributed_sentences"] = unattributed
        notes.append(note)
    return notes
