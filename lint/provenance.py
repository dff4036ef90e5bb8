"""Provenance: one record per source paragraph, kept and dropped alike.

A record is a datatrove/Dolma document (`id`, `text`, `source`, `metadata`): `text` is the
paragraph after fixes ("" when it was dropped), and `metadata` says where it came from (path,
SHA-256, encoding, paragraph index, line, character and byte span in the source), what was
done to it (status, every change with its exact source span, text before and after, and the
rule's details such as a mojibake codec plan), what remains flagged on it, and what the
annotators of the rule families found (its language and how that was decided, its
attribution). A pipeline reads these records instead of the raw text and can audit every
removal. The record's JSON Schema ships as `seedlint/schemas/provenance.schema.json`.

A change to the blank lines after a paragraph (a whitespace-only line emptied, the seam of a
removal tidied) is listed with that paragraph, whose text it leaves as it was.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from seedlint.document import Document, Paragraph
from seedlint.engine import AppliedChange, LintResult
from seedlint.rule import Finding

SCHEMA_VERSION = "seedlint-provenance/1"

# An annotator looks at a document and returns one mapping per paragraph; its name is the
# metadata key it fills ("language", "attribution"). Rule families provide them.
Annotator = Callable[[Document], Sequence[Mapping[str, Any]]]


@dataclass
class _Entry:
    """What happened to one source paragraph."""

    paragraph: Paragraph
    final_parts: list[Paragraph] = field(default_factory=list)  # final paragraphs from it
    changes: list[AppliedChange] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_records(
    result: LintResult, source_bytes: bytes, annotators: Mapping[str, Annotator]
) -> Iterator[dict[str, Any]]:
    """The records of one linted file (linted with fixes computed), in paragraph order."""
    source, final = result.source, result.final
    entries = [_Entry(paragraph) for paragraph in source.paragraphs]
    if not entries:
        return
    starts = [entry.paragraph.start for entry in entries]

    def owner(source_offset: int) -> _Entry:
        return entries[max(bisect_right(starts, source_offset) - 1, 0)]

    to_source = result.source_map.to_source if result.source_map else (lambda offset: offset)
    final_owner: dict[int, _Entry] = {}
    for paragraph in final.paragraphs:
        entry = owner(to_source(paragraph.start))
        entry.final_parts.append(paragraph)
        final_owner[paragraph.index] = entry
    ends = [entry.paragraph.end for entry in entries]
    for applied in result.changes:
        change = applied.change
        # Paragraphs are disjoint and in order: only those between these bounds can overlap.
        low = bisect_left(ends, change.source_start)
        high = bisect_right(starts, change.source_end)
        touched = [
            e
            for e in entries[low:high]
            if _overlaps(e.paragraph, change.source_start, change.source_end)
        ]
        for entry in touched or [owner(change.source_start)]:
            entry.changes.append(applied)
    for finding in result.findings:
        paragraph = final.paragraph_of_line(final.line_at(finding.start).index)
        if paragraph is not None:
            final_owner[paragraph.index].findings.append(finding)

    final_notes = {name: annotate(final) for name, annotate in annotators.items()}
    dropped = any(not entry.final_parts for entry in entries)
    source_notes = (
        {name: annotate(source) for name, annotate in annotators.items()} if dropped else {}
    )
    digest = sha256_hex(source_bytes)
    for entry in entries:
        yield _record(entry, source, final, digest, final_notes, source_notes)


def _overlaps(paragraph: Paragraph, start: int, end: int) -> bool:
    if start == end:
        return paragraph.start <= start <= paragraph.end
    return start < paragraph.end and paragraph.start < end


def _record(
    entry: _Entry,
    source: Document,
    final: Document,
    digest: str,
    final_notes: Mapping[str, Sequence[Mapping[str, Any]]],
    source_notes: Mapping[str, Sequence[Mapping[str, Any]]],
) -> dict[str, Any]:
    paragraph = entry.paragraph
    text = (final.newline * 2).join(part.text for part in entry.final_parts)
    if not entry.final_parts:
        status = "dropped"
    elif text != paragraph.text:
        status = "fixed"
    else:
        status = "kept"
    metadata: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "path": source.path,
        "sha256": digest,
        "encoding": source.encoding.name,
        "encoding_detected": source.encoding.detected,
        "paragraph": paragraph.index,
        "lines": [
            source.lines[paragraph.first_line].number,
            source.lines[paragraph.last_line].number,
        ],
        "chars": [paragraph.start, paragraph.end],
        "bytes": [paragraph.byte_start, paragraph.byte_end],
        "status": status,
        "source_text": paragraph.text,
        "changes": [_change(applied, source) for applied in entry.changes],
        "dropped_by": sorted({a.finding.code for a in entry.changes if not a.change.after})
        if status == "dropped"
        else [],
        "findings": [
            {"code": f.code, "name": f.name, "message": f.message, "severity": f.severity.value}
            for f in entry.findings
        ],
    }
    for name, notes in final_notes.items():
        if entry.final_parts:
            metadata[name] = dict(notes[entry.final_parts[0].index])
        else:
            metadata[name] = dict(source_notes[name][paragraph.index])
    return {
        "id": f"{source.path}#{paragraph.index}",
        "text": text,
        "source": source.path,
        "metadata": metadata,
    }


def _change(applied: AppliedChange, source: Document) -> dict[str, Any]:
    change, finding = applied.change, applied.finding
    record: dict[str, Any] = {
        "code": finding.code,
        "name": finding.name,
        "message": finding.message,
        "chars": [change.source_start, change.source_end],
        "bytes": [source.byte_offset(change.source_start), source.byte_offset(change.source_end)],
        "before": source.text[change.source_start : change.source_end],
        "after": change.after,
    }
    if finding.details:
        record["details"] = dict(finding.details)
    return record
