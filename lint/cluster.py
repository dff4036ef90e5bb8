"""Where corpus partitions are linted: this process, a process pool, or a Dask cluster.

All three take the same calls, `submit(fn, *args)` running `fn(job, *args)`, and return
something with `.result()`, so `seedlint.corpus` drives them alike and keeps results in order.
The job (rules and settings) travels once per worker: a pool's initializer, Dask's scatter.

Dask is imported only here, and only with `--dask`: it is an optional extra
(`pip install 'seedlint[dask]'`) and costs a second to import.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from seedlint.runner import Job

LOCAL_MEMORY_LIMIT = "2GiB"  # per worker of `--dask local`; partitions need far less
CONNECT_TIMEOUT = "20s"


class Executor:
    """Runs `fn(job, *args)` calls; `window` is how many may be in flight beyond the one awaited."""

    workers = 1
    window = 0

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        raise NotImplementedError


class _Deferred:
    """A call made when its result is asked for: in-process work, in order, one at a time."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self._fn, self._args = fn, args

    def result(self) -> Any:
        return self._fn(*self._args)


class InProcess(Executor):
    def __init__(self, job: Job) -> None:
        self.job = job

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Deferred:
        return _Deferred(fn, (self.job, *args))


_JOB: Job | None = None  # a pool worker's job, set once by its initializer


def _set_job(job: Job) -> None:
    global _JOB
    _JOB = job


def _with_job(fn: Callable[..., Any], *args: Any) -> Any:
    return fn(_JOB, *args)


class Pool(Executor):
    def __init__(self, pool: ProcessPoolExecutor, workers: int) -> None:
        self.pool, self.workers, self.window = pool, workers, 2 * workers

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.pool.submit(_with_job, fn, *args)


class Dask(Executor):
    def __init__(self, client: Any, job: Job) -> None:
        self.client = client
        self.workers = max(1, sum(client.nthreads().values()))
        # Tasks hold no more than two partitions per worker thread: bounded worker memory.
        self.window = 2 * self.workers
        [self._job] = client.scatter([job], broadcast=True)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.client.submit(fn, self._job, *args, pure=False)


@contextlib.contextmanager
def executor_for(dask_address: str | None, jobs: int, job: Job) -> Iterator[Executor]:
    """`--dask ADDRESS` or `--dask local`: Dask; else a process pool of `jobs`, or this process."""
    if dask_address is not None:
        with dask_client(dask_address, jobs) as client:
            yield Dask(client, job)
        return
    if jobs <= 1:
        yield InProcess(job)
        return
    # fork shares the imported rules with the workers at no cost; elsewhere spawn is safe.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context(method),
        initializer=_set_job,
        initargs=(job,),
    ) as pool:
        yield Pool(pool, jobs)


@contextlib.contextmanager
def dask_client(
    address: str, workers: int, memory_limit: str = LOCAL_MEMORY_LIMIT
) -> Iterator[Any]:
    """A client of the scheduler at `address`, or of a new local cluster for 'local'.

    The local cluster has `workers` worker processes of one thread each (the rules are pure
    Python: threads would share one interpreter lock), each capped at `memory_limit`.
    """
    from seedlint.corpus import CorpusError

    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as error:
        raise CorpusError("--dask needs Dask: pip install 'seedlint[dask]'") from error
    if address == "local":
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                memory_limit=memory_limit,
                dashboard_address=":0",  # a free port: never clash with a running cluster
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, ValueError) as error:
        raise CorpusError(f"cannot reach the Dask scheduler at {address}: {error}") from error
    with client:
        yield client
