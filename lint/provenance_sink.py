"""Where `--provenance` records go: a JSON Lines file (written atomically) or stdout.

On the way, each file's paragraphs are compared with those of the files before it (in path
order), which adds `derived_from` links and per-sentence counterparts to the records.

Records are written as each file is processed, so memory does not grow with the corpus. A
file target is written to a temporary file beside it and renamed into place when the run
ends, so a reader never sees half a run's records.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from seedlint.files import output_file
from seedlint.runner import FileReport

if TYPE_CHECKING:
    from seedlint.derivation import Link


def _link(link: Link) -> dict[str, Any]:
    return {"file": link.file, "paragraph": link.paragraph, "similarity": link.similarity}


class ProvenanceSink:
    def __init__(self, stream: IO[str]) -> None:
        # Imported here: a run without --provenance does not need derivation's 20 ms of setup.
        from seedlint.derivation import DerivationIndex

        self._stream = stream
        self._derivation = DerivationIndex()

    @classmethod
    @contextlib.contextmanager
    def open(cls, target: str | None) -> Iterator[ProvenanceSink | None]:
        if target is None:
            yield None
        elif target == "-":
            yield cls(sys.stdout)
            sys.stdout.flush()
        else:
            with output_file(Path(target)) as stream:
                yield cls(stream)

    def add(self, report: FileReport) -> None:
        records = report.records or []
        if records:
            self._add_derivation(report, records)
        for record in records:
            self._write(record)

    def _add_derivation(self, report: FileReport, records: list[dict[str, Any]]) -> None:
        """Link each paragraph to the paragraphs of earlier files it copies or paraphrases.

        Dropped paragraphs take part as empty text, so paragraph indices stay aligned. Each
        kept paragraph lists its sentences, each with its counterpart in an earlier file, or
        null: a claim no file before it makes.
        """
        texts = [record["text"] for record in records]
        derivations = self._derivation.add_document(report.display, texts, report.derivation_input)
        for record, derivation in zip(records, derivations, strict=True):
            metadata = record["metadata"]
            metadata["derived_from"] = [_link(link) for link in derivation.derived_from]
            metadata["sentences"] = [
                {
                    "chars": [sentence.start, sentence.end],
                    "counterpart": _link(sentence.counterpart) if sentence.counterpart else None,
                    "coverage": sentence.coverage,
                }
                for sentence in derivation.sentences
            ]

    def _write(self, record: dict[str, Any]) -> None:
        self._stream.write(_encode(record) + "\n")


# `json.dumps(record, ensure_ascii=False)` with its encoder built once, not once per record.
# Records are trees built for the occasion: no container can hold itself, and checking for
# that cost a sixth of the encoding.
_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
