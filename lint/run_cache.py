"""Replay a whole run whose inputs have not changed.

A re-run over an unchanged tree (pre-commit's second hook, a CI retry, an editor's save hook)
asks the very question the run before it answered. Rebuilding every file's findings from the
per-file cache and rendering them again costs more than the lint itself on small files; the
run's answer, everything it printed and its exit code, is stored instead, under a key made of
every file's cache key in order (content, path, configuration, seedlint's code) and all that
shapes the output: the output options, the working directory, whether the output is a
terminal, `NO_COLOR`, the settings of the configuration file (its `fail-on` decides
the exit code).

Only runs whose whole effect is their output are replayed: no fixes, diffs, provenance,
report or baseline, and no file that could not be read (its error must be reported afresh).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from collections.abc import Sequence

from seedlint.cache import Cache

RUNS_FORMAT = 1


class RunCache:
    def __init__(self, cache: Cache, output_options: tuple[object, ...], keys: Sequence[str]):
        self._cache = cache
        parts = (
            RUNS_FORMAT,
            repr(output_options),
            os.getcwd(),
            sys.stdout.isatty(),
            sys.stderr.isatty(),
            "NO_COLOR" in os.environ,
            *keys,
        )
        self._key = hashlib.sha256("\0".join(map(str, parts)).encode()).hexdigest()

    def load(self) -> tuple[int, list[str]] | None:
        """The stored run's exit code and what it printed, in order; None if there is none."""
        data = self._cache.read(self._key)
        if data is None:
            return None
        try:
            exit_code, chunks = marshal.loads(data)
        except (EOFError, TypeError, ValueError):
            return None
        return exit_code, chunks

    def store(self, exit_code: int, chunks: list[str]) -> None:
        self._cache.write(self._key, marshal.dumps((exit_code, chunks)))
