"""The speed benchmark: seedlint against its reference points, measured in the same run.

Every figure comes from a fresh process, timed from outside by a small wrapper that also
reads the process's peak memory (`getrusage(RUSAGE_CHILDREN).ru_maxrss`: the largest single
process of the tree, workers included, not their sum) and its CPU time (user + system, the
whole tree). The machine may be shared, so CPU time is reported next to wall time: on a busy
machine wall time includes waiting for a core, CPU time does not.

Measured, on the corpora of `benchmarks/corpus.py` (generated if missing):

- seedlint, all rules and provenance on, one core:
  `seedlint --provenance FILE --no-cache --jobs 1 --select ALL CORPUS`, per corpus size;
- ftfy.fix_text alone over the same files (read, decode, fix), one process;
- langdetect on every paragraph of the same files (seeded, profiles loaded before timing);
  on a uniform random sample of paragraphs when there are more than `--langdetect-sample`,
  extrapolated by paragraph count (and reported as such);
- the same seedlint run with `--jobs 2`;
- a cached re-run over 10,000 small files: one run fills a fresh `SEEDLINT_CACHE_DIR`, the
  second is timed;
- cold start: the whole `seedlint --no-cache` process on one small file (median of runs).

    .venv/bin/python benchmarks/run.py                       # everything: 10MB and 100MB
    .venv/bin/python benchmarks/run.py --sizes 10MB --steps seedlint ftfy
    .venv/bin/python benchmarks/run.py --report benchmarks/results/run.json   # table only

Results are written as JSON to `benchmarks/results/` (git-ignored) and printed as a table.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (a sibling script, not a package)
from startup import SMALL_FILE  # noqa: E402  (the file startup.py times)

STEPS = ("seedlint", "ftfy", "langdetect", "jobs2", "cache", "startup", "floor")
RESULTS = HERE / "results"
# The command that runs seedlint; `snapshot()` points it at a frozen copy of the code.
SEEDLINT = [str(Path(sys.executable).with_name("seedlint"))]


def snapshot(folder: Path) -> None:
    """Run a copy of the installed seedlint, taken now, for the rest of the benchmark.

    The cache key includes a hash of seedlint's code and data, and the tree may be edited
    while a long benchmark runs: every figure must come from the same code, and the cached
    re-run must not be invalidated half-way.
    """
    import seedlint
    import seedlint.rules

    target = folder / "seedlint"
    shutil.copytree(seedlint.__path__[0], target, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(target / "rules", ignore_errors=True)
    shutil.copytree(
        seedlint.rules.__path__[0], target / "rules", ignore=shutil.ignore_patterns("__pycache__")
    )
    bootstrap = (
        f"import sys; sys.path.insert(0, {str(folder)!r}); from seedlint.cli import main; main()"
    )
    SEEDLINT[:] = [sys.executable, "-c", bootstrap]


# Runs one command and reports, as JSON on stdout, what it cost. It runs in its own process
# so that RUSAGE_CHILDREN covers exactly that command and the processes it waited for.
_MEASURE = r"""
import json, os, resource, subprocess, sys, time
env = dict(os.environ, **json.loads(sys.argv[1]))
start = time.perf_counter()
done = subprocess.run(sys.argv[2:], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
json.dump({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
           "peak_rss_mb": usage.ru_maxrss / 1024, "returncode": done.returncode,
           "stdout_tail": done.stdout[-2000:].decode("utf-8", "replace"),
           "stderr_tail": done.stderr[-2000:].decode("utf-8", "replace")}, sys.stdout)
"""

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def measure(command: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Wall time, CPU time and peak memory of one command run to completion."""
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, json.dumps(env or {}), *command],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def corpus_stats(folder: Path) -> dict[str, Any]:
    files = corpus.corpus_files(folder)
    return {"path": str(folder), "files": len(files), "bytes": sum(f.stat().st_size for f in files)}


def rates(result: dict[str, Any], stats: dict[str, Any]) -> dict[str, Any]:
    """Throughput by wall time and by CPU time (what one core does when it is not shared)."""
    megabytes = stats["bytes"] / 1e6
    result.update(
        mb_per_s=megabytes / result["wall"],
        files_per_s=stats["files"] / result["wall"],
        mb_per_cpu_s=megabytes / result["cpu"] if result["cpu"] else None,
    )
    return result


def seedlint_run(folder: Path, jobs: int, work: Path, select: str = "ALL") -> dict[str, Any]:
    provenance = work / f"provenance-{folder.name}-{jobs}-{select}.jsonl"
    command = [
        *SEEDLINT,
        "--provenance",
        str(provenance),
        "--no-cache",
        "--jobs",
        str(jobs),
        "--select",
        select,
        "--quiet",
        str(folder),
    ]
    result = measure(command, {"CI": "1"})
    if result["returncode"] not in (0, 1):
        raise SystemExit(f"seedlint failed ({result['returncode']}): {result['stderr_tail']}")
    result["provenance_mb"] = provenance.stat().st_size / 1e6
    result["provenance_records"] = sum(1 for _ in provenance.open("rb"))
    provenance.unlink()
    return rates(result, corpus_stats(folder))


def floor_runs(folder: Path, work: Path) -> dict[str, Any]:
    """What the run costs before any rule: two floors under the seedlint figure.

    - provenance alone: the seedlint command with no rule selected (`--select SL001`, the
      code the runner itself reports): every record is still written with its language,
      attribution and derivation, which DESIGN.md asks of every paragraph;
    - reading alone: decoding each file into seedlint's `Document` (lines, paragraphs, byte
      offsets) and writing one minimal JSON record per paragraph, in one process.
    """
    provenance = seedlint_run(folder, 1, work, select="SL001")
    reading = rates(
        measure([sys.executable, __file__, "--worker", "read", str(folder)]), corpus_stats(folder)
    )
    return {"provenance_alone": provenance, "reading_alone": reading}


def ftfy_run(folder: Path) -> dict[str, Any]:
    result = measure([sys.executable, __file__, "--worker", "ftfy", str(folder)])
    return rates(result, corpus_stats(folder))


def langdetect_run(folder: Path, sample: int) -> dict[str, Any]:
    result = measure(
        [
            sys.executable,
            __file__,
            "--worker",
            "langdetect",
            str(folder),
            "--langdetect-sample",
            str(sample),
        ]
    )
    result.update(json.loads(result.pop("stdout_tail")))
    return result


def cache_run(folder: Path, jobs: int) -> dict[str, Any]:
    """Fill a fresh cache with one run, then time an identical second run."""
    with tempfile.TemporaryDirectory(prefix="seedlint-bench-cache-") as cache_dir:
        env = {"SEEDLINT_CACHE_DIR": cache_dir, "CI": "1"}
        command = [*SEEDLINT, "--select", "ALL", "--jobs", str(jobs), "--quiet", str(folder)]
        fill = measure(command, env)
        again = measure(command, env)
        entries = sum(1 for _ in Path(cache_dir).rglob("*") if _.is_file())
    again.update(
        fill_wall=fill["wall"],
        cache_entries=entries,
        same_output=again["stdout_tail"] == fill["stdout_tail"],
    )
    return rates(again, corpus_stats(folder))


def startup_run(runs: int) -> dict[str, Any]:
    """`seedlint --no-cache` on one small file, a fresh process each time (no warm imports)."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / SMALL_FILE.name
        shutil.copy(SMALL_FILE, target)
        command = [*SEEDLINT, "--no-cache", str(target)]
        if runs > 1:
            measure(command)  # once untimed, so the files are in the OS cache, as in a hook
        timings = [measure(command) for _ in range(runs)]
        bare = [measure([sys.executable, "-c", "pass"]) for _ in range(runs)]
    return {
        "median": statistics.median(t["wall"] for t in timings),
        "min": min(t["wall"] for t in timings),
        "cpu_median": statistics.median(t["cpu"] for t in timings),
        "runs": runs,
        "python_alone_median": statistics.median(t["wall"] for t in bare),
        "file_bytes": SMALL_FILE.stat().st_size,
    }


# --- workers: the reference points, each run as its own measured process ---------------


def _paragraphs(folder: Path) -> list[str]:
    paragraphs: list[str] = []
    for path in corpus.corpus_files(folder):
        text = path.read_bytes().decode("utf-8", "replace")
        paragraphs.extend(p for p in _PARAGRAPH_BREAK.split(text) if p.strip())
    return paragraphs


def worker_ftfy(folder: Path) -> None:
    import ftfy

    for path in corpus.corpus_files(folder):
        ftfy.fix_text(path.read_bytes().decode("utf-8", "replace"))


def worker_read(folder: Path) -> None:
    """Decode every file into a `Document` and write one small record per paragraph."""
    import hashlib

    from seedlint.document import Document, UndecodableError

    with open(os.devnull, "w", encoding="utf-8") as sink:
        for path in corpus.corpus_files(folder):
            data = path.read_bytes()
            try:
                document = Document.from_bytes(str(path), data)
            except UndecodableError:
                continue
            digest = hashlib.sha256(data).hexdigest()
            for paragraph in document.paragraphs:
                record = {
                    "id": f"{path}#{paragraph.index}",
                    "text": paragraph.text,
                    "metadata": {
                        "sha256": digest,
                        "lines": [paragraph.first_line + 1, paragraph.last_line + 1],
                        "bytes": [paragraph.byte_start, paragraph.byte_end],
                    },
                }
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")


def worker_langdetect(folder: Path, sample_size: int) -> None:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    detect("warm up: load the language profiles before timing")
    paragraphs = _paragraphs(folder)
    sample = paragraphs
    if len(paragraphs) > sample_size:
        sample = random.Random(0).sample(paragraphs, sample_size)
    start = time.perf_counter()
    for paragraph in sample:
        with contextlib.suppress(LangDetectException):
            detect(paragraph)
    seconds = time.perf_counter() - start
    json.dump(
        {
            "paragraphs": len(paragraphs),
            "sampled": len(sample),
            "sample_seconds": seconds,
            "extrapolated": len(sample) < len(paragraphs),
            "all_paragraphs_seconds": seconds * len(paragraphs) / max(len(sample), 1),
        },
        sys.stdout,
    )


# --- the report ----------------------------------------------------------------------------


def _ok(passed: bool | None) -> str:
    return "n/a" if passed is None else ("PASS" if passed else "FAIL")


def targets(results: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(target, measured, verdict) rows for the issue's acceptance figures."""
    rows: list[tuple[str, str, str]] = []
    sizes = results.get("seedlint", {})
    small = min(sizes, key=lambda s: sizes[s]["bytes_total"], default=None)
    large = max(sizes, key=lambda s: sizes[s]["bytes_total"], default=None)
    base = sizes.get(small) if small else None
    ftfy = results.get("ftfy", {}).get(small or "")
    if base and ftfy:
        by_wall = base["mb_per_s"] / ftfy["mb_per_s"]
        by_cpu = base["mb_per_cpu_s"] / ftfy["mb_per_cpu_s"]
        rows.append(
            (
                "throughput >= 2x ftfy.fix_text (one core)",
                f"{by_wall:.2f}x wall, {by_cpu:.2f}x CPU",
                _ok(by_wall >= 2),
            )
        )
    floors = results.get("floor", {}).get(small or "")
    if floors and ftfy:
        budget = ftfy["wall"] / 2
        alone = floors["provenance_alone"]["wall"]
        rows.append(
            (
                "  (the 2x-ftfy budget vs provenance with no rule)",
                f"{budget:.2f} s budget, {alone:.2f} s ({alone / budget:.1f}x)",
                "info",
            )
        )
    lang = results.get("langdetect", {}).get(small or "")
    if base and lang:
        ratio = lang["all_paragraphs_seconds"] / base["wall"]
        note = " (extrapolated from a sample)" if lang["extrapolated"] else ""
        rows.append(
            (
                "50x faster than langdetect on every paragraph",
                f"{ratio:.1f}x{note}",
                _ok(ratio >= 50),
            )
        )
    if base and large and large != small:
        top = sizes[large]
        ratio = top["wall"] / base["wall"]
        scale = top["bytes_total"] / base["bytes_total"]
        cpu_ratio = top["cpu"] / base["cpu"]
        rows.append(
            (
                f"{large} takes at most {1.1 * scale:.0f}x the {small} time",
                f"{ratio:.2f}x wall, {cpu_ratio:.2f}x CPU",
                _ok(ratio <= 1.1 * scale),
            )
        )
    if large:
        peak = sizes[large]["peak_rss_mb"]
        rows.append((f"peak memory < 300 MB ({large})", f"{peak:.0f} MB", _ok(peak < 300)))
    jobs2 = results.get("jobs2", {}).get(small or "")
    if base and jobs2:
        ratio = base["wall"] / jobs2["wall"]
        rows.append(("--jobs 2 >= 1.7x faster than --jobs 1", f"{ratio:.2f}x", _ok(ratio >= 1.7)))
    cached = results.get("cache")
    if cached:
        rows.append(
            (
                f"cached re-run over {cached['files']:,} unchanged files < 1 s",
                f"{cached['wall']:.2f} s",
                _ok(cached["wall"] < 1.0),
            )
        )
    start = results.get("startup")
    if start:
        rows.append(
            (
                "one small file, cold, whole process < 0.3 s",
                f"{start['median']:.3f} s wall, {start['cpu_median']:.3f} s CPU",
                _ok(start["median"] < 0.3),
            )
        )
    return rows


def report(results: dict[str, Any]) -> str:
    lines = [f"machine: {results['machine']}", ""]
    header = (
        f"{'run':<34} {'files':>6} {'MB':>7} {'wall s':>8} {'CPU s':>8} {'MB/s':>7} "
        f"{'files/s':>8} {'peak MB':>8}"
    )
    lines += [header, "-" * len(header)]

    def row(label: str, r: dict[str, Any]) -> str:
        return (
            f"{label:<34} {r['files']:>6} {r['bytes_total'] / 1e6:>7.1f} {r['wall']:>8.2f} "
            f"{r['cpu']:>8.2f} {r['mb_per_s']:>7.2f} {r['files_per_s']:>8.1f} "
            f"{r['peak_rss_mb']:>8.0f}"
        )

    for size, r in results.get("seedlint", {}).items():
        lines.append(row(f"seedlint --jobs 1 ({size})", r))
    for size, r in results.get("jobs2", {}).items():
        lines.append(row(f"seedlint --jobs 2 ({size})", r))
    for size, r in results.get("ftfy", {}).items():
        lines.append(row(f"ftfy.fix_text ({size})", r))
    for size, r in results.get("langdetect", {}).items():
        how = f"{r['sampled']:,} of {r['paragraphs']:,} paragraphs"
        if r["extrapolated"]:
            how += ", extrapolated"
        lines.append(
            f"{'langdetect, every paragraph (' + size + ')':<34} "
            f"{r['all_paragraphs_seconds']:>8.1f} s  ({how})"
        )
    for size, floors in results.get("floor", {}).items():
        lines.append(row(f"provenance alone, no rule ({size})", floors["provenance_alone"]))
        lines.append(row(f"reading and records alone ({size})", floors["reading_alone"]))
    if cached := results.get("cache"):
        lines.append(
            row("seedlint, cached re-run", cached) + f"  (first run {cached['fill_wall']:.1f} s)"
        )
    if start := results.get("startup"):
        lines.append(
            f"{'cold start, one small file':<34} median {start['median']:.3f} s wall, "
            f"{start['cpu_median']:.3f} s CPU, min {start['min']:.3f} s "
            f"({start['runs']} runs; python -c pass: "
            f"{start['python_alone_median']:.3f} s)"
        )
    lines += ["", f"{'target':<52} {'measured':<34} result", "-" * 96]
    lines += [f"{t:<52} {m:<34} {v}" for t, m, v in targets(results)]
    return "\n".join(lines) + "\n"


def merge(parts: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Results of several runs as one (later runs win for the same step and size)."""
    merged: dict[str, Any] = {}
    for part in parts:
        for key, value in part.items():
            if key == "machine" and key in merged:
                merged[key] = f"{merged[key]}; {value}"
            elif isinstance(value, dict) and key in (
                "seedlint",
                "ftfy",
                "langdetect",
                "jobs2",
                "floor",
            ):
                merged.setdefault(key, {}).update(value)
            else:
                merged[key] = value
    return merged


def machine() -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, load average {load} at start"


def run(args: argparse.Namespace) -> dict[str, Any]:
    results: dict[str, Any] = {"machine": machine(), "started": time.strftime("%Y-%m-%d %H:%M")}
    folders = {
        size: corpus.build(size, args.corpus_root / size if args.corpus_root else None)
        for size in args.sizes
    }
    smallest = args.sizes[0]
    with tempfile.TemporaryDirectory(prefix="seedlint-bench-") as scratch:
        work = Path(scratch)
        if args.snapshot:
            snapshot(work / "code")

        def record(step: str, size: str, result: dict[str, Any]) -> None:
            stats = corpus_stats(folders[size])
            result.update(bytes_total=stats["bytes"], files=stats["files"])
            results.setdefault(step, {})[size] = result
            _progress(f"{step} {size}: {result.get('wall', 0):.2f} s")

        if "seedlint" in args.steps:
            for size in args.sizes:
                record("seedlint", size, seedlint_run(folders[size], 1, work))
        references = args.sizes if args.references_all_sizes else [smallest]
        if "ftfy" in args.steps:
            for size in references:
                record("ftfy", size, ftfy_run(folders[size]))
        if "langdetect" in args.steps:
            for size in references:
                record("langdetect", size, langdetect_run(folders[size], args.langdetect_sample))
        if "jobs2" in args.steps:
            record("jobs2", smallest, seedlint_run(folders[smallest], 2, work))
        if "cache" in args.steps:
            small = corpus.build(
                args.small, args.corpus_root / args.small if args.corpus_root else None
            )
            result = cache_run(small, args.cache_jobs)
            stats = corpus_stats(small)
            result.update(bytes_total=stats["bytes"], files=stats["files"])
            results["cache"] = result
            _progress(f"cache: {result['wall']:.2f} s")
        if "startup" in args.steps:
            results["startup"] = startup_run(args.startup_runs)
        if "floor" in args.steps:
            results.setdefault("floor", {})[smallest] = floor_runs(folders[smallest], work)
            for name, result in results["floor"][smallest].items():
                stats = corpus_stats(folders[smallest])
                result.update(bytes_total=stats["bytes"], files=stats["files"])
                _progress(f"floor {name} {smallest}: {result['wall']:.2f} s")
    return results


def _progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        nargs="+",
        default=["10MB", "100MB"],
        help="corpora to lint, smallest first (names as benchmarks/corpus.py takes)",
    )
    parser.add_argument("--steps", nargs="+", choices=STEPS, default=list(STEPS))
    parser.add_argument("--small", default="small10k", help="corpus of the cached re-run")
    parser.add_argument(
        "--cache-jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="--jobs of the cached re-run [default: the number of cores]",
    )
    parser.add_argument(
        "--no-snapshot",
        dest="snapshot",
        action="store_false",
        help="run the live tree instead of a copy of seedlint taken at the start",
    )
    parser.add_argument("--langdetect-sample", type=int, default=2000)
    parser.add_argument("--startup-runs", type=int, default=10)
    parser.add_argument(
        "--references-all-sizes",
        action="store_true",
        help="measure ftfy and langdetect on every size, not the smallest only",
    )
    parser.add_argument("--corpus-root", type=Path, help="where corpora live [benchmarks/corpus]")
    parser.add_argument("--output", type=Path, help="results JSON [benchmarks/results/<time>.json]")
    parser.add_argument(
        "--report",
        type=Path,
        nargs="+",
        metavar="JSON",
        help="print the table of results files (merged: e.g. a 10MB run and a 100MB run)",
    )
    parser.add_argument("--worker", choices=("ftfy", "langdetect", "read"), help=argparse.SUPPRESS)
    parser.add_argument("folder", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker == "ftfy":
        worker_ftfy(args.folder)
        return
    if args.worker == "read":
        worker_read(args.folder)
        return
    if args.worker == "langdetect":
        worker_langdetect(args.folder, args.langdetect_sample)
        return
    if args.report:
        print(
            report(merge(json.loads(path.read_text(encoding="utf-8")) for path in args.report)),
            end="",
        )
        return
    results = run(args)
    output = args.output or RESULTS / f"run-{time.strftime('%Y%m%d-%H%M%S')}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(report(results), end="")
    print(f"(results: {output})")


if __name__ == "__main__":
    main()
