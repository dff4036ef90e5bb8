"""Which files to lint, and reading and writing them without ever losing a user's text.

Paths named on the command line are linted whatever their extension (unless
`--force-exclude` and an exclude matches, as pre-commit needs); folders are walked for files
matching `include` and not `exclude`, skipping what `.gitignore` files ignore
(`respect-gitignore`, on by default; see `seedlint.gitignore`). Problems met on the way (a
missing path, a symlink loop, a folder that cannot be listed) are collected as `PathError`s
so the rest of the run goes on.

Writes are atomic: the new content goes to a temporary file in the same folder, is flushed to
disk, takes the original's mode, and replaces the original with one rename. A reader sees the
old file or the new one, never half of one, even if seedlint is killed mid-write. A file the
user may not write is not replaced (the rename would succeed in a writable folder), and a file
whose content changed since it was read is left alone. A temporary file left by a killed
seedlint (`.<name>.<random>.seedlint-tmp`) is never taken for input.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import stat
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from seedlint.config import Settings, matches
from seedlint.gitignore import work_tree_rules


@dataclass(frozen=True)
class PathError:
    path: str
    message: str


@dataclass(frozen=True)
class Snapshot:
    """What a file was when it was read: a write is refused if it changed since."""

    data: bytes


TEMPORARY_SUFFIX = ".seedlint-tmp"


def display_path(path: Path, cwd: Path) -> str:
    """The path as users and tools want it: relative to the working folder, POSIX slashes.

    A file name that is not valid UTF-8 shows its stray bytes as `\\xNN`: printed raw, they
    would make the JSON, SARIF and provenance output invalid UTF-8 (or crash the writer).

    >>> display_path(Path("/w/caf\\udce9.txt"), Path("/w"))
    'caf\\\\xe9.txt'
    """
    try:
        shown = path.relative_to(cwd).as_posix()
    except ValueError:
        shown = path.as_posix()
    if shown.isascii():
        return shown
    return shown.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def relative_to_root(path: Path, settings: Settings) -> str | None:
    """The path relative to the configuration's folder, or None when it lies outside.

    String operations only (no symlink resolution): it runs for every file of a walk, and
    touching the disk for each made a cached run over 10,000 files take seconds.
    """
    relative = os.path.relpath(os.path.abspath(path), _absolute_root(settings.root))
    if relative == ".." or relative.startswith(("../", "..\\")) or os.path.isabs(relative):
        return None
    return Path(relative).as_posix()


@functools.lru_cache(maxsize=8)
def _absolute_root(root: Path) -> str:
    return os.path.abspath(root)


def is_force_excluded(path: Path, settings: Settings) -> bool:
    """`--force-exclude` for a path named on the command line: it, or a folder it is in,
    matches `exclude` (pre-commit names `rules/data/x.txt`, excluded as `rules/data`)."""
    relative = relative_to_root(path, settings)
    if relative is None:
        return is_excluded(path, settings)
    parts = relative.split("/")
    return any(
        is_excluded(path, settings, "/".join(parts[:end])) for end in range(1, len(parts) + 1)
    )


def is_excluded(path: Path, settings: Settings, relative: str | None = None) -> bool:
    """Whether `exclude` matches the path (its root-relative form, when already known)."""
    relative = relative or relative_to_root(path, settings)
    if relative is None:
        return matches(path.name, settings.exclude)
    return matches(relative, settings.exclude) or matches(relative + "/", settings.exclude)


def discover(
    paths: Sequence[Path], settings: Settings, force_exclude: bool = False
) -> tuple[list[Path], list[PathError]]:
    """Expand the command-line paths into the sorted list of files to lint."""
    found: set[Path] = set()
    errors: list[PathError] = []
    for path in paths:
        if not os.path.lexists(path):
            errors.append(PathError(str(path), "no such file or directory"))
        elif path.is_dir():
            if force_exclude and is_force_excluded(path, settings):
                continue
            found.update(_walk(path, settings, errors))
        elif not path.exists():
            errors.append(PathError(str(path), _broken_link_message(path)))
        elif not path.is_file():
            errors.append(PathError(str(path), "not a regular file"))
        elif not (force_exclude and is_force_excluded(path, settings)):
            found.add(path)
    return sorted(found, key=lambda p: p.as_posix()), errors


def _broken_link_message(path: Path) -> str:
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return "symbolic link loop"
    except OSError:
        return "dangling symbolic link"
    return "cannot be read"


def _walk(top: Path, settings: Settings, errors: list[PathError]) -> Iterator[Path]:
    seen_dirs: set[tuple[int, int]] = set()
    gitignore = work_tree_rules(top) if settings.respect_gitignore else None

    def on_error(error: OSError) -> None:
        errors.append(PathError(str(error.filename), error.strerror or str(error)))

    for folder, dirnames, filenames in os.walk(top, onerror=on_error, followlinks=True):
        here = Path(folder)
        try:
            info = here.stat()
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in seen_dirs:  # a symlink loop back up the tree
            dirnames.clear()
            continue
        seen_dirs.add((info.st_dev, info.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not is_excluded(here / d, settings))
        if gitignore is not None:
            absolute = here.absolute()
            dirnames[:] = [d for d in dirnames if not gitignore.ignored(absolute, d, True)]
        folder_relative = relative_to_root(here, settings)
        for name in sorted(filenames):
            if name.startswith(".") and name.endswith(TEMPORARY_SUFFIX):
                continue  # left by a seedlint killed while writing: never input
            path = here / name
            if folder_relative is None:
                relative = None
            else:
                relative = name if folder_relative == "." else f"{folder_relative}/{name}"
            if not matches(relative or name, settings.include):
                continue
            if is_excluded(path, settings, relative):
                continue
            if gitignore is not None and gitignore.ignored(absolute, name, False):
                continue
            if not path.exists():
                errors.append(PathError(str(path), _broken_link_message(path)))
            elif path.is_file():
                yield path


def read(path: Path) -> Snapshot:
    """Read a file's bytes, which a later write compares to detect a concurrent change."""
    with path.open("rb") as handle:
        if stat.S_ISDIR(os.fstat(handle.fileno()).st_mode):
            raise IsADirectoryError(21, "is a directory", str(path))
        return Snapshot(handle.read())


def _is_special_file(path: Path) -> bool:
    """A device, pipe or socket (`/dev/null`, `/dev/stdout`, a FIFO)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


@contextlib.contextmanager
def output_file(path: Path) -> Iterator[IO[str]]:
    """A text stream for an output seedlint writes (provenance records, a baseline).

    A regular file gets its content atomically: a temporary file beside it, renamed into
    place when the block ends without an error, so a reader never sees half of it. A path
    through a symbolic link writes its target (the link stays a link), and a device or pipe
    is written into directly: renaming a temporary file over `/dev/null` would replace the
    device with a regular file for every program on the machine.
    """
    if _is_special_file(path):
        with open(path, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
        return
    target = Path(os.path.realpath(path))
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
        os.chmod(temporary, new_file_mode())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def new_file_mode() -> int:
    """The mode `open()` gives a new file under the current umask (mkstemp's is 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


class ChangedOnDisk(OSError):
    """The file changed between reading and writing: the new content is not written."""


def write_atomic(path: Path, data: bytes, snapshot: Snapshot) -> None:
    """Replace a file's content atomically, keeping its mode (and owner, where allowed)."""
    target = Path(os.path.realpath(path))  # write through a symlink, keep the link
    info = target.stat()
    if not os.access(target, os.W_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    # The bytes decide, read once: a stat misses a same-size change within one clock tick of
    # the read, and a stat taken before another seedlint's rename describes the old file. A
    # file that already holds the new content (another seedlint fixed it) is done.
    current = target.read_bytes()
    if current != snapshot.data:
        if current == data:
            return
        raise ChangedOnDisk(0, "the file changed while seedlint was processing it", str(path))
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=TEMPORARY_SUFFIX
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, stat.S_IMODE(info.st_mode))
        with contextlib.suppress(OSError):
            os.chown(temporary, info.st_uid, info.st_gid)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
