"""Reading and writing JSON Lines corpora through fsspec: local paths and URLs alike.

Inputs are named by a path or URL (`corpus.jsonl`, `s3://bucket/shard-*.jsonl.gz`, a folder);
gzip is recognised by the name. Outputs are written so that no reader ever sees half a file:
a local output goes to a temporary file beside it and is renamed into place; an object store
(s3, gcs, ...) publishes an object only when its upload completes. Gzip output is written
with a zero timestamp and no file name in its header, so the same run gives the same bytes.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import fsspec
from fsspec.core import url_to_fs

from seedlint.files import new_file_mode

SUFFIXES = (".jsonl", ".jsonl.gz")
_GLOB = "*?["


@dataclass(frozen=True)
class Source:
    """One corpus file: where to read it and how to print it."""

    url: str  # what fsspec opens
    display: str  # as printed in findings, errors and provenance

    @property
    def name(self) -> str:
        return self.url.rstrip("/").rsplit("/", 1)[-1]

    @property
    def gzipped(self) -> bool:
        return self.url.endswith(".gz")


def expand(path: str) -> list[Source]:
    """The corpus files a command-line PATH names: itself, a folder's corpora, or a glob's."""
    fs, root = url_to_fs(path)
    remote = "://" in path
    if any(char in path for char in _GLOB):
        found = sorted(fs.glob(root))
    elif fs.isdir(root):
        found = sorted(p for p in fs.find(root) if p.endswith(SUFFIXES))
    else:
        return [Source(path, path)]
    if remote:
        protocol = path.split("://", 1)[0]
        return [Source(f"{protocol}://{p}", f"{protocol}://{p}") for p in found]
    cwd = Path.cwd()
    sources = []
    for found_path in found:
        try:
            shown = Path(found_path).relative_to(cwd).as_posix()
        except ValueError:
            shown = Path(found_path).as_posix()
        sources.append(Source(found_path, shown))
    return sources


def size(url: str) -> int:
    fs, root = url_to_fs(url)
    return int(fs.size(root))


def open_input(url: str) -> Any:
    """A binary stream of the corpus file's (decompressed) bytes, seekable forward."""
    return fsspec.open(url, "rb", compression="infer").open()


def output_url(directory: str, source: Source) -> str:
    return directory.rstrip("/") + "/" + source.name


def same_file(first: str, second: str) -> bool:
    """True when two locations name the same file (local paths are resolved)."""
    if "://" in first or "://" in second:
        return first.rstrip("/") == second.rstrip("/")
    return Path(first).resolve() == Path(second).resolve()


class OutputFile:
    """A corpus file being written; nothing is visible at its name until `commit()`."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._temporary: str | None = None
        fs, root = url_to_fs(url)
        if getattr(fs, "local_file", False) or fs.protocol in ("file", "local"):
            folder = os.path.dirname(root) or "."
            os.makedirs(folder, exist_ok=True)
            handle, self._temporary = tempfile.mkstemp(
                dir=folder, prefix=f".{os.path.basename(root)}.", suffix=".tmp"
            )
            self._target = root
            os.chmod(self._temporary, new_file_mode())  # as a plain open() would create it
            self._raw: IO[bytes] = os.fdopen(handle, "wb")
        else:
            fs.makedirs(fs._parent(root), exist_ok=True)
            self._raw = fs.open(root, "wb")
        self._stream: IO[bytes] = self._raw
        if url.endswith(".gz"):
            self._stream = gzip.GzipFile(
                filename="", mode="wb", fileobj=self._raw, compresslevel=6, mtime=0
            )

    def write(self, data: bytes) -> None:
        self._stream.write(data)

    def commit(self) -> None:
        if self._stream is not self._raw:
            self._stream.close()
        if self._temporary is None:
            self._raw.close()
            return
        self._raw.flush()
        os.fsync(self._raw.fileno())
        self._raw.close()
        os.replace(self._temporary, self._target)
        self._temporary = None

    def discard(self) -> None:
        """Give up: a local temporary file is removed; a remote upload is never completed."""
        with contextlib.suppress(Exception):
            if self._stream is not self._raw:
                self._stream.close()
        if self._temporary is not None:
            with contextlib.suppress(OSError):
                self._raw.close()
            with contextlib.suppress(OSError):
                os.unlink(self._temporary)
            self._temporary = None
        else:
            with contextlib.suppress(Exception):
                discard = getattr(self._raw, "discard", None)
                if discard is not None:
                    discard()  # fsspec's buffered remote files: abort the upload
