"""Lint many files: answer from the cache where possible, the rest in worker processes.

Reports come back in the order of the files given (sorted by path), whatever `--jobs` is,
so output and provenance are identical to a serial run. Files are read once in the parent
only to look them up in the cache; workers read them again, and report the hash of what
they actually read, so a file that changes in between is never cached under the wrong key.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from seedlint.cache import Cache
from seedlint.runner import FileReport, Job, process_file

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

Target = tuple[Path, str]  # (path on disk, path as printed)

_JOB: Job | None = None  # the job of a worker process, set once by its initializer


# Workers run at a lower priority than the parent. The parent consumes their reports in
# order and does the serial part of a run (linking each document to the earlier ones for
# provenance, writing records and output); on a machine with as many workers as cores, an
# equal share of CPU made it the bottleneck, with workers finishing early and the parent
# still catching up. At this niceness the parent gets a whole core whenever it has work.
WORKER_NICENESS = 5


def _initialise_worker(job: Job) -> None:
    global _JOB
    _JOB = job
    tune_collector()  # inherited under fork, not under spawn
    with contextlib.suppress(OSError, AttributeError):  # no `os.nice` on Windows
        os.nice(WORKER_NICENESS)


def _work(target: Target) -> FileReport:
    assert _JOB is not None
    return process_file(target[0], target[1], _JOB)


def cache_keys(cache: Cache, targets: Sequence[Target]) -> list[str | None]:
    """Each file's cache key, from its content as it is now; None for a file not readable."""
    keys: list[str | None] = []
    for path, shown in targets:
        try:
            with open(path, "rb") as handle:  # not `Path.read_bytes`: a cheaper open
                data = handle.read()
        except OSError:
            keys.append(None)  # the worker reports the error
            continue
        keys.append(cache.key(shown, hashlib.sha256(data).hexdigest()))
    return keys


def _context() -> BaseContext:
    # fork shares the imported rules and tables with the workers at no cost; elsewhere
    # (macOS, Windows) fork is unsafe or missing, and spawn is the safe choice.
    import multiprocessing  # here, not at the top: a one-file run never starts a pool

    method = "fork" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


# The cyclic garbage collector's thresholds for a run. A run allocates millions of short-lived,
# acyclic objects (lines, findings, records), which reference counting frees; at Python's
# default threshold (700) the collector ran about 5,000 times per 10 MB, and its full
# collections walk every object the run keeps (caches, the derivation index), so they grew
# with the corpus: 15% of a 10 MB run, and more over 100 MB. Cycles are still collected.
COLLECTOR_THRESHOLDS = (50_000, 20, 20)


def tune_collector() -> None:
    """Collect cycles rarely: see `COLLECTOR_THRESHOLDS`."""
    gc.set_threshold(*COLLECTOR_THRESHOLDS)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while cached reports are unpickled.

    Reports are acyclic, but unpickling thousands of them allocates enough objects to set off
    full collections over an ever larger heap: two thirds of a cached re-run's time.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        # What was loaded stays alive to the end of the run: move it out of the collector's
        # reach, or the first full collection after this scans all of it.
        gc.freeze()
        gc.enable()


def lint_files(
    targets: Sequence[Target],
    job: Job,
    cache: Cache | None,
    jobs: int,
    keys: Sequence[str | None] | None = None,
) -> Iterator[FileReport]:
    """Reports of the targets in their order; `keys` are their `cache_keys`, if known."""
    cached: list[FileReport | None] = [None] * len(targets)
    if cache is not None:
        with _collector_paused():
            known = cache_keys(cache, targets) if keys is None else keys
            cached = [None if key is None else cache.get(key) for key in known]
    misses = [target for target, hit in zip(targets, cached, strict=True) if hit is None]
    workers = min(jobs, len(misses))
    if workers <= 1:
        fresh: Iterator[FileReport] = (process_file(path, shown, job) for path, shown in misses)
        yield from _merge(cached, fresh, cache)
        return
    from concurrent.futures import ProcessPoolExecutor  # 20 ms of imports a one-file run skips

    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_context(),
        initializer=_initialise_worker,
        initargs=(job,),
    ) as pool:
        chunk = max(1, min(64, len(misses) // (workers * 8)))
        yield from _merge(cached, pool.map(_work, misses, chunksize=chunk), cache)


def _merge(
    cached: list[FileReport | None], fresh: Iterator[FileReport], cache: Cache | None
) -> Iterator[FileReport]:
    for hit in cached:
        if hit is not None:
            yield hit
            continue
        report = next(fresh)
        if cache is not None and report.cacheable and report.content_sha256:
            cache.put(cache.key(report.display, report.content_sha256), report)
        yield report
