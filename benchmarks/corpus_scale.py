"""Corpus scale: documents per second on one process and on a local Dask cluster, and the
peak memory of each worker on a corpus larger than a worker's memory budget.

The documents come from `corpus.py` (real pages and seed articles, damaged as scrapers damage
text), one JSON object per line in the datatrove/Dolma layout. Both figures run the real
command in a subprocess:

- throughput: `seedlint CORPUS -j 1` against `seedlint CORPUS --dask local -j 2`, all rules,
  lint only; the cluster run includes starting the cluster (a few seconds);
- memory: a cluster of two one-thread workers capped at `--worker-memory` each, started here,
  and `seedlint BIG --dask tcp://... --fix --output DIR --select SL1` on a corpus several
  times larger than that cap (the encoding rules only, so that it runs in minutes on two cores:
  memory is bounded by the partition size, not by the rules). Each worker's peak resident size
  is its VmHWM (reset when the run starts), read from the worker at the end. A worker over its
  cap would be paused and then killed by Dask, and the run would fail.

    .venv/bin/python benchmarks/corpus_scale.py                       # defaults below
    .venv/bin/python benchmarks/corpus_scale.py --documents 1000 --big-mb 64 --worker-memory 300MB

Results go to `benchmarks/results/corpus-scale.json` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import document

ROOT = Path(__file__).resolve().parent.parent
SEEDLINT = [sys.executable, "-m", "seedlint"]
RESULTS = ROOT / "benchmarks" / "results" / "corpus-scale.json"


def write_corpus(path: Path, documents: int, repeat: int = 1) -> int:
    """`documents` generated documents as JSON Lines, the whole written `repeat` times."""
    lines = []
    for index in range(documents):
        text = document(0, index).decode("utf-8", "replace")
        metadata = {"url": f"https://example.org/{index}", "source": "benchmark"}
        lines.append({"id": str(index), "text": text, "metadata": metadata})
    with path.open("w", encoding="utf-8") as stream:
        for copy in range(repeat):
            for record in lines:
                stream.write(json.dumps({**record, "id": f"{copy}-{record['id']}"}) + "\n")
    return documents * repeat


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    completed = subprocess.run(args, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if completed.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed:\n{completed.stderr[-2000:]}")
    return elapsed


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak_rss_mb() -> float:
    """Start measuring a worker's peak afresh (Linux: clear_refs 5 resets VmHWM)."""
    Path("/proc/self/clear_refs").write_text("5")
    return _status_mb("VmRSS")


def _peak_rss_mb() -> float:
    return _status_mb("VmHWM")


def throughput(folder: Path, documents: int) -> dict[str, float]:
    corpus = folder / "throughput.jsonl"
    count = write_corpus(corpus, documents)
    megabytes = corpus.stat().st_size / 1e6
    single = timed([*SEEDLINT, str(corpus), "-j", "1", "-q", "--exit-zero"])
    cluster = timed([*SEEDLINT, str(corpus), "--dask", "local", "-j", "2", "-q", "--exit-zero"])
    return {
        "documents": count,
        "corpus_mb": round(megabytes, 1),
        "single_seconds": round(single, 1),
        "single_docs_per_second": round(count / single, 1),
        "dask_local_2_workers_seconds": round(cluster, 1),
        "dask_local_2_workers_docs_per_second": round(count / cluster, 1),
    }


def memory(folder: Path, big_mb: int, worker_memory: str) -> dict[str, object]:
    from dask.distributed import Client, LocalCluster

    corpus = folder / "big.jsonl"
    unique = 2000
    probe = folder / "probe.jsonl"
    write_corpus(probe, unique)
    repeat = max(1, round(big_mb * 1e6 / probe.stat().st_size))
    count = write_corpus(corpus, unique, repeat)
    size_mb = corpus.stat().st_size / 1e6
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            memory_limit=worker_memory,
            dashboard_address=":0",
        ) as cluster,
        Client(cluster) as client,
    ):
        baseline = client.run(_reset_peak_rss_mb)
        elapsed = timed(
            [
                *SEEDLINT,
                str(corpus),
                "--dask",
                cluster.scheduler_address,
                "--fix",
                "--output",
                str(folder / "out"),
                "--select",
                "SL1",
                "-q",
                "--exit-zero",
            ]
        )
        peaks = client.run(_peak_rss_mb)
    written = (folder / "out" / corpus.name).stat().st_size / 1e6
    return {
        "documents": count,
        "corpus_mb": round(size_mb, 1),
        "output_mb": round(written, 1),
        "worker_memory_limit": worker_memory,
        "seconds": round(elapsed, 1),
        "docs_per_second_sl1": round(count / elapsed, 1),
        "worker_rss_mb_before": {w: round(v) for w, v in sorted(baseline.items())},
        "worker_peak_rss_mb": {w: round(v) for w, v in sorted(peaks.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=2000, help="throughput corpus size")
    parser.add_argument("--big-mb", type=int, default=600, help="memory corpus size (MB)")
    parser.add_argument("--worker-memory", default="300MB", help="each worker's memory cap")
    parser.add_argument("--skip-throughput", action="store_true")
    arguments = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="seedlint-corpus-scale-"))
    try:
        results: dict[str, object] = {}
        if not arguments.skip_throughput:
            results["throughput"] = throughput(folder, arguments.documents)
            print(json.dumps(results["throughput"], indent=2), flush=True)
        results["memory"] = memory(folder, arguments.big_mb, arguments.worker_memory)
        print(json.dumps(results["memory"], indent=2), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
