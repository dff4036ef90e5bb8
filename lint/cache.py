"""A cache of lint results for unchanged files.

Keyed by what decides a result: the file's content (SHA-256), the path it is reported under,
the run's mode, the resolved configuration, and the seedlint code and rule data (a hash of
every file of the installed package, so an upgrade or an edited phrase list invalidates it).
Never by modification time, which CI checkouts reset.

The cache lives outside the work tree (`$SEEDLINT_CACHE_DIR`, else `$XDG_CACHE_HOME/seedlint`,
else `~/.cache/seedlint`): a pre-commit hook must not change the tree it checks. Entries are
written to a temporary file and renamed, so two seedlint processes (pre-commit runs them side
by side) never see half an entry; an entry that cannot be read is treated as a miss.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from functools import cache
from pathlib import Path

from seedlint import cache_format
from seedlint.runner import FileReport, Job

FORMAT = b"seedlint-cache-2"


def default_directory() -> Path:
    if configured := os.environ.get("SEEDLINT_CACHE_DIR"):
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "seedlint"


@cache
def code_fingerprint() -> str:
    """A hash of the installed seedlint: its code, its rules and their data files."""
    import seedlint

    digest = hashlib.sha256(FORMAT)
    for folder in seedlint.__path__:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


class Cache:
    def __init__(self, directory: Path, job: Job) -> None:
        self.directory = directory
        self._folder = os.fspath(directory)
        settings = job.rules.settings
        run_key = repr(
            (
                code_fingerprint(),
                job.mode.value,
                job.report_final,
                job.want_diff,
                settings.select,
                settings.ignore,
                settings.per_file_ignores,
                sorted((k, repr(v)) for k, v in settings.rule_options.items()),
                str(settings.root),
            )
        )
        self._run_key = hashlib.sha256(run_key.encode()).hexdigest()

    def key(self, display: str, content_sha256: str) -> str:
        """The entry for one file's content as reported under one path in this run's setup."""
        text = f"{self._run_key}\0{display}\0{content_sha256}"
        return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / key

    def get(self, key: str) -> FileReport | None:
        data = self.read(key)
        if data is None:
            return None
        try:
            return cache_format.loads(data)
        except (EOFError, IndexError, KeyError, TypeError, ValueError):
            return None  # half-written by an older version, or not ours: a miss

    def put(self, key: str, report: FileReport) -> None:
        """Store a report; a cache that cannot be written is silently skipped."""
        try:
            data = cache_format.dumps(report)
        except ValueError:
            return  # holds something marshal cannot store: not cached
        self.write(key, data)

    def read(self, key: str) -> bytes | None:
        """An entry's bytes, or None when it is missing or not of this cache's format."""
        # A string path, not `_path`: building 10,000 `Path` objects cost a tenth of a
        # cached re-run.
        try:
            with open(os.path.join(self._folder, key[:2], key), "rb") as handle:
                if handle.read(len(FORMAT)) != FORMAT:
                    return None
                return handle.read()
        except OSError:
            return None

    def write(self, key: str, data: bytes) -> None:
        """Store an entry atomically (temporary file, then rename); failures are skipped."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        except OSError:
            return
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(FORMAT + data)
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
