"""Cold start: wall time of the whole `seedlint` process on one small file.

A pre-commit hook runs seedlint on a handful of files per commit, so process start-up is
most of its cost. Each run is a fresh interpreter (no warm imports). Run:

    .venv/bin/python benchmarks/startup.py [--runs 20]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMALL_FILE = ROOT / "seeds" / "003_1c381e78540b5e33.txt"


def time_runs(command: list[str], runs: int, cwd: Path) -> list[float]:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, capture_output=True, check=False)
        timings.append(time.perf_counter() - start)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    seedlint = Path(sys.executable).with_name("seedlint")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / SMALL_FILE.name
        shutil.copy(SMALL_FILE, target)
        cases = {
            "python -c pass (interpreter alone)": [sys.executable, "-c", "pass"],
            f"seedlint {target.name}": [str(seedlint), target.name],
            f"seedlint --fix on a copy of {target.name}": [str(seedlint), "--fix", target.name],
        }
        print(f"{'case':<52} {'min':>8} {'median':>8}  ({args.runs} runs)")
        for label, command in cases.items():
            timings = time_runs(command, args.runs, Path(folder))
            print(f"{label:<52} {min(timings):>7.3f}s {statistics.median(timings):>7.3f}s")


if __name__ == "__main__":
    main()
