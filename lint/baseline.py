"""A baseline: the findings a corpus already had when it adopted seedlint, to be ignored.

Entries are keyed by path (relative to the baseline file's folder), code and the finding's
content fingerprint, with a count for identical findings; never by line number, so edits
elsewhere in a file do not wake old findings up. Entries that no longer match anything are
reported as stale, so the baseline only ever shrinks.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from seedlint.files import output_file
from seedlint.output import Located

VERSION = 1
Key = tuple[str, str, str]  # (path relative to the baseline, code, fingerprint)


class BaselineError(ValueError):
    pass


def _key(item: Located, folder: Path) -> Key | None:
    if item.fingerprint is None:
        return None
    path = Path(os.path.relpath(Path(item.filename).resolve(), folder.resolve())).as_posix()
    return (path, item.finding.code, item.fingerprint)


class Baseline:
    def __init__(self, path: Path, entries: Counter[Key]) -> None:
        self.path = path
        self.remaining = entries  # what has not been matched yet
        self.seen_paths: set[str] = set()

    @classmethod
    def load(cls, path: Path) -> Baseline:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != VERSION:
                raise BaselineError(f"{path}: unsupported baseline version {data.get('version')}")
            entries = Counter(
                {
                    (e["path"], e["code"], e["fingerprint"]): int(e.get("count", 1))
                    for e in data["entries"]
                }
            )
        except OSError as error:
            raise BaselineError(f"{path}: cannot read: {error.strerror}") from None
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise BaselineError(f"{path}: not a seedlint baseline ({error})") from None
        return cls(path, entries)

    def filter(self, filename: str, located: Iterable[Located]) -> list[Located]:
        """The findings of one linted file that the baseline does not cover."""
        relative = os.path.relpath(Path(filename).resolve(), self.path.parent.resolve())
        self.seen_paths.add(Path(relative).as_posix())
        kept = []
        for item in located:
            key = _key(item, self.path.parent)
            if key is not None and self.remaining[key] > 0:
                self.remaining[key] -= 1
            else:
                kept.append(item)
        return kept

    def stale(self) -> int:
        """Entries of linted files that matched nothing this run."""
        return sum(n for key, n in self.remaining.items() if n > 0 and key[0] in self.seen_paths)


class BaselineWriter:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: Counter[Key] = Counter()

    def add(self, located: Iterable[Located]) -> None:
        for item in located:
            key = _key(item, self.path.parent)
            if key is not None:
                self.entries[key] += 1

    def write(self) -> int:
        entries = [
            {"path": path, "code": code, "fingerprint": digest, "count": count}
            for (path, code, digest), count in sorted(self.entries.items())
        ]
        text = json.dumps({"version": VERSION, "entries": entries}, indent=2) + "\n"
        with output_file(self.path) as stream:
            stream.write(text)
        return sum(self.entries.values())
