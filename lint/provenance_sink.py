"""Where `--provenance` records go: a JSON Lines file (written atomically) or stdout.

Records are written as each file is processed, so memory does not grow with the corpus. A
file target is written to a temporary file beside it and renamed into place when the run
ends, so a reader never sees half a run's records.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from seedlint.runner import FileReport


class ProvenanceSink:
    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    @classmethod
    @contextlib.contextmanager
    def open(cls, target: str | None) -> Iterator[ProvenanceSink | None]:
        if target is None:
            yield None
        elif target == "-":
            yield cls(sys.stdout)
            sys.stdout.flush()
        else:
            yield from cls._atomic_file(Path(target))

    @classmethod
    def _atomic_file(cls, path: Path) -> Iterator[ProvenanceSink]:
        folder = path.parent if str(path.parent) else Path(".")
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                yield cls(stream)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise

    def add(self, report: FileReport) -> None:
        for record in report.records or ():
            self._write(record)

    def _write(self, record: dict[str, Any]) -> None:
        self._stream.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
