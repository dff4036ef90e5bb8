"""Hostile inputs: each row of the table in docs/guarantees.md, run through the real command.

Every test checks the documented behaviour: the message, the exit code, and that the file is
untouched (even under `--fix`). Permission tests run seedlint as an unprivileged user when the
suite runs as root, since root reads and writes whatever it likes.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import SEED_REWRITE
from seedlint.cli import main
from seedlint.document import Document
from seedlint.engine import FixMode
from seedlint.files import Snapshot
from seedlint.rule import Applicability, Edit, Finding, Fix, Rule
from seedlint.runner import Job, RuleSet, process_file

NOBODY = 65534
MOJIBAKE_LINE = "The staff donâ€™t know.\n"  # one SL101 finding, fixed to "don’t"
FIXED_LINE = "The staff don’t know.\n"


def unprivileged() -> list[str]:
    """A command prefix that runs the child as an ordinary user (nothing when we are one)."""
    if os.geteuid() != 0:
        return []
    prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    if (
        shutil.which("setpriv") is None
        or subprocess.run(
            [*prefix, sys.executable, "-c", "import seedlint"], check=False
        ).returncode
    ):
        pytest.skip("cannot run seedlint as an ordinary user here")
    return prefix


def seedlint(
    cwd: Path,
    *args: str,
    user: list[str] | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[bytes]:
    """The real command in a child process; output as bytes, so invalid UTF-8 shows."""
    environment = {**os.environ, "NO_COLOR": "1", "SEEDLINT_CACHE_DIR": str(cwd / ".cache")}
    environment.update(env or {})
    return subprocess.run(
        [*(user or []), sys.executable, "-m", "seedlint", "--no-cache", *args],
        cwd=cwd,
        capture_output=True,
        env=environment,
        timeout=timeout,
        check=False,
    )


def errors(process: subprocess.CompletedProcess[bytes]) -> list[str]:
    return process.stderr.decode().splitlines()


@pytest.fixture
def folder() -> Iterator[Path]:
    """A working folder every user may enter and write (pytest's tmp_path is root-only)."""
    path = Path(tempfile.mkdtemp(prefix="seedlint-hostile-"))
    path.chmod(0o777)
    yield path
    for child in path.rglob("*"):  # restore what tests took away, so cleanup works
        if not child.is_symlink():
            child.chmod(0o755 if child.is_dir() else 0o644)
    shutil.rmtree(path)


# --- content --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
            "binary file (contains NUL bytes)",
        ),
        (b"Hello\x00world, a text with one NUL byte.\n", "binary file (contains NUL bytes)"),
        # UTF-8 cut in the middle of a character, as a truncated download is.
        (
            "Le café — «naïve» résumé.\n".encode() * 20 + b"\xe2\x80",
            "not text in any encoding seedlint could detect",
        ),
        # A stray byte inside otherwise valid UTF-8.
        (
            b"Le caf\xff " + "est très bon — «naïve» résumé.\n".encode() * 20,
            "not text in any encoding seedlint could detect",
        ),
    ],
    ids=["binary", "nul-byte", "truncated-utf8", "invalid-utf8-byte"],
)
def test_unreadable_content_is_reported_skipped_and_never_written(folder, content, message):
    path = folder / "page.txt"
    path.write_bytes(content)
    result = seedlint(folder, "--fix", "page.txt")
    assert (
        result.stdout.decode().splitlines()[0]
        == f"page.txt:1:1: SL001 (warning) {message}; skipped"
    )
    assert result.returncode == 0  # a warning: below the default --fail-on error
    assert path.read_bytes() == content
    assert seedlint(folder, "--fail-on", "warning", "page.txt").returncode == 1


def test_empty_file_passes_and_stays_empty(folder):
    (folder / "empty.txt").write_bytes(b"")
    result = seedlint(folder, "--fix", "empty.txt")
    assert (result.returncode, result.stdout) == (0, b"All checks passed!\n")
    assert (folder / "empty.txt").read_bytes() == b""


def _peak_rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024


def test_a_200_mb_file_is_linted_in_bounded_time_and_memory(folder):
    """200 MB of a real article (one mojibake each): every one is found, nothing breaks.

    Only the encoding family runs: the point is the engine (read, decode, lines, locate,
    report) at this size; the families' own throughput is measured by the benchmarks.
    """
    block = SEED_REWRITE.read_bytes() + b"\n"
    repeats = 200_000_000 // len(block) + 1
    path = folder / "huge.txt"
    with path.open("wb") as stream:
        for _ in range(repeats // 1000):
            stream.write(block * 1000)
        stream.write(block * (repeats % 1000))
    before = path.stat()
    result = seedlint(folder, "--select", "SL1", "--statistics", "huge.txt", timeout=300)
    assert result.returncode == 1, errors(result)
    assert result.stdout.decode().split("\t")[:2] == [str(repeats), "SL101"]
    assert _peak_rss_bytes() < 20 * before.st_size  # today about 14x the file's size
    assert (path.stat().st_mtime_ns, path.stat().st_size) == (before.st_mtime_ns, before.st_size)


def test_a_single_20_mb_line_is_linted_and_fixed(folder):
    """One 20 MB line with three mojibake sequences: repaired exactly, the rest untouched."""
    filler = "All work and no play makes Jack a dull boy. " * (20_000_000 // 3 // 45)
    text = "donâ€™t " + filler + "donâ€™t " + filler + "donâ€™t\n"
    path = folder / "line.txt"
    path.write_text(text, encoding="utf-8")
    result = seedlint(folder, "--select", "SL1,SL3", "--fix", "line.txt", timeout=300)
    assert result.returncode == 0, errors(result)
    assert path.read_text(encoding="utf-8") == text.replace("donâ€™t", "don’t")


# --- paths ----------------------------------------------------------------------------------


def test_directory_named_like_a_text_file_is_walked_not_read(folder):
    (folder / "x.txt").mkdir()
    (folder / "x.txt" / "inner.txt").write_text(MOJIBAKE_LINE, encoding="utf-8")
    for target in ("x.txt", "."):
        result = seedlint(folder, "--select", "SL101", target)
        assert result.returncode == 1
        assert result.stdout.decode().startswith("x.txt/inner.txt:1:14: SL101")
        assert result.stderr == b""


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda f: (f / "a.txt").symlink_to("b.txt") or (f / "b.txt").symlink_to("a.txt"),
            "symbolic link loop",
        ),
        (lambda f: (f / "a.txt").symlink_to("nowhere.txt"), "dangling symbolic link"),
        (lambda f: None, "no such file or directory"),
    ],
    ids=["symlink-loop", "dangling-symlink", "missing"],
)
def test_broken_paths_are_errors_and_the_others_still_run(folder, make, message):
    make(folder)
    (folder / "good.txt").write_text(MOJIBAKE_LINE, encoding="utf-8")
    result = seedlint(folder, "--fix", "a.txt", "good.txt")
    assert result.returncode == 2
    assert errors(result) == [f"seedlint: error: a.txt: {message}"]
    assert (folder / "good.txt").read_text(encoding="utf-8") == FIXED_LINE


def test_broken_links_met_while_walking_are_errors_too(folder):
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "dangling.txt").symlink_to("nowhere.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..")  # a folder loop: walked once, not forever
    (folder / "good.txt").write_text(MOJIBAKE_LINE, encoding="utf-8")
    result = seedlint(folder, "--select", "SL101", ".")
    assert result.returncode == 2
    assert sorted(errors(result)) == [
        "seedlint: error: dangling.txt: dangling symbolic link",
        "seedlint: error: loop.txt: symbolic link loop",
    ]
    assert result.stdout.decode().startswith("good.txt:1:14: SL101")


def test_permission_denied_on_read(folder):
    drop = unprivileged()
    path = folder / "secret.txt"
    path.write_text(MOJIBAKE_LINE, encoding="utf-8")
    path.chmod(0o000)
    (folder / "good.txt").write_text(MOJIBAKE_LINE, encoding="utf-8")
    (folder / "good.txt").chmod(0o666)
    walked = seedlint(folder, "--fix", ".", user=drop)
    assert walked.returncode == 2
    assert errors(walked) == ["seedlint: error: secret.txt: cannot read: Permission denied"]
    assert (folder / "good.txt").read_text(encoding="utf-8") == FIXED_LINE
    named = seedlint(folder, "--fix", "secret.txt", user=drop)
    assert named.returncode == 2
    assert errors(named) == ["seedlint: error: secret.txt: cannot read: Permission denied"]
    path.chmod(0o644)
    assert path.read_text(encoding="utf-8") == MOJIBAKE_LINE


def test_permission_denied_on_write_to_a_read_only_file(folder):
    """A read-only file in a writable folder: the rename would work, but it is not ours to do."""
    drop = unprivileged()
    path = folder / "locked.txt"
    path.write_text(MOJIBAKE_LINE, encoding="utf-8")
    path.chmod(0o444)
    result = seedlint(folder, "--fix", "locked.txt", user=drop)
    assert result.returncode == 2
    assert errors(result) == ["seedlint: error: locked.txt: not written: Permission denied"]
    assert path.read_text(encoding="utf-8") == MOJIBAKE_LINE
    assert oct(path.stat().st_mode & 0o777) == oct(0o444)


def test_permission_denied_on_write_to_a_read_only_folder(folder):
    drop = unprivileged()
    sub = folder / "ro"
    sub.mkdir()
    path = sub / "page.txt"
    path.write_text(MOJIBAKE_LINE, encoding="utf-8")
    path.chmod(0o666)
    sub.chmod(0o555)
    result = seedlint(folder, "--fix", "ro/page.txt", user=drop)
    assert result.returncode == 2
    assert errors(result) == ["seedlint: error: ro/page.txt: not written: Permission denied"]
    assert path.read_text(encoding="utf-8") == MOJIBAKE_LINE
    assert [p.name for p in sub.iterdir()] == ["page.txt"]


def test_file_name_that_is_not_utf8_is_shown_escaped_and_output_stays_valid(folder):
    name = os.fsdecode(b"caf\xe9.txt")
    (folder / name).write_text(MOJIBAKE_LINE, encoding="utf-8")
    shown = "caf\\xe9.txt"
    text = seedlint(folder, "--select", "SL101", ".")
    assert text.returncode == 1
    assert text.stdout.decode("utf-8").startswith(f"{shown}:1:14: SL101")
    report = seedlint(folder, "--select", "SL101", "--format", "json", ".")
    assert [item["filename"] for item in json.loads(report.stdout.decode("utf-8"))] == [shown]
    for output_format in ("sarif", "github"):
        seedlint(folder, "--format", output_format, ".").stdout.decode("utf-8")
    fixed = seedlint(folder, "--select", "SL101", "--fix", "--provenance", "p.jsonl", ".")
    assert fixed.returncode == 0, errors(fixed)
    records = [json.loads(line) for line in (folder / "p.jsonl").read_text("utf-8").splitlines()]
    assert [record["id"] for record in records] == [f"{shown}#0"]
    assert set(os.listdir(folder)) == {name, "p.jsonl"}
    assert (folder / name).read_text(encoding="utf-8") == FIXED_LINE


# --- a file that changes while seedlint works on it -------------------------------------------


class _RewritesTheFile(Rule):
    """Fault injection: while seedlint lints the file, someone else saves a new version.

    ## What it does
    Writes `replacement` into the file being linted from inside `check`, then flags the
    first character with a safe fix, so that `--fix` has something to write.

    ## Why is this bad?
    It is the concurrent editor that the write must not overwrite.

    ## Example
    Used by the tests below only.

    ## Fix safety
    Safe (the fix is what the test expects seedlint to refuse to write).
    """

    code = "SL999"
    name = "test-rewrites-the-file"
    summary = "Test-only: changes the file on disk while it is linted"
    target: Path
    replacement: bytes

    def check(self, document: Document) -> Iterator[Finding]:
        self.target.write_bytes(self.replacement)
        if document.text[:1] not in ("", "X"):
            fix = Fix((Edit(0, 1, "X"),), "Replace the first character", Applicability.SAFE)
            yield self.finding(0, 1, "first character", fix)


@pytest.mark.parametrize(
    "replacement",
    [b"A different, longer version saved by the user.\n", b"Tha staff don't know.\n"],
    ids=["size-changes", "same-size-same-tick"],
)
def test_a_file_changed_while_processed_is_not_overwritten(tmp_path, replacement):
    path = tmp_path / "page.txt"
    path.write_bytes(b"The staff don't know.\n")
    rule = type("Rewrites", (_RewritesTheFile,), {"target": path, "replacement": replacement})
    settings_rules = RuleSet((rule,), _settings(tmp_path))
    job = Job(
        settings_rules,
        FixMode.SAFE,
        write=True,
        want_diff=False,
        report_final=True,
        provenance=False,
    )
    report = process_file(path, "page.txt", job)
    assert report.errors == [
        "page.txt: not written: the file changed while seedlint was processing it"
    ]
    assert not report.written
    assert path.read_bytes() == replacement


def test_a_file_another_seedlint_already_fixed_is_left_as_it_is(tmp_path):
    from seedlint.files import write_atomic

    path = tmp_path / "page.txt"
    path.write_bytes(b"old\n")
    snapshot = Snapshot(b"old\n")
    path.write_bytes(b"new content\n")  # what this process was about to write
    write_atomic(path, b"new content\n", snapshot)
    assert path.read_bytes() == b"new content\n"


def _settings(root: Path) -> Any:
    from seedlint.config import Settings

    return Settings(root=root, select=("SL999",))


def test_leftover_temporary_files_are_never_input(folder):
    """A seedlint killed mid-write leaves `.<name>.<random>.seedlint-tmp`; no run reads it."""
    (folder / ".page.txt.k2j3h4.seedlint-tmp").write_text(MOJIBAKE_LINE, encoding="utf-8")
    (folder / "seedlint.toml").write_text('include = ["*"]\n')
    result = seedlint(folder, "--fix", ".")
    assert (result.returncode, result.stdout) == (0, b"All checks passed!\n")
    assert (folder / ".page.txt.k2j3h4.seedlint-tmp").read_text("utf-8") == MOJIBAKE_LINE


# --- configuration errors ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("config", "args", "message"),
    [
        ('[tool.seedlint]\nselekt = ["SL1"]\n', (), "unknown key 'selekt'"),
        ("[tool.seedlint]\nselect = [\n", (), "invalid TOML"),
        ("", ("--select", "SL9"), "--select: unknown rule code or prefix 'SL9'"),
        (
            '[tool.seedlint.boilerplate]\nextra-patterns = ["(unclosed"]\n',
            (),
            "invalid pattern '(unclosed'",
        ),
        ('[tool.seedlint.boilerplate]\nextra-patterns = ["(a)\\\\1"]\n', (), "backreferences"),
    ],
    ids=["unknown-key", "bad-toml", "unknown-code", "invalid-pattern", "unsafe-pattern"],
)
def test_configuration_errors_are_one_line_and_exit_2(tmp_path, monkeypatch, config, args, message):
    (tmp_path / "pyproject.toml").write_text(config)
    (tmp_path / "a.txt").write_text(MOJIBAKE_LINE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SEEDLINT_CACHE_DIR", str(tmp_path / ".cache"))
    result = CliRunner().invoke(main, ["--fix", *args, "a.txt"], catch_exceptions=False)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == MOJIBAKE_LINE


@pytest.mark.parametrize("option", ["--provenance", "--write-baseline"])
def test_an_output_that_is_a_pipe_or_device_is_written_into_never_replaced(tmp_path, option):
    """`--provenance /dev/null` once renamed a regular file over the device (as root, for
    every program on the machine). A named pipe stands in for it: no root needed."""
    pipe = tmp_path / "out.pipe"
    os.mkfifo(pipe)
    shutil.copy(SEED_REWRITE, tmp_path / "page.txt")
    reader = subprocess.Popen(["cat", str(pipe)], stdout=subprocess.PIPE)
    result = subprocess.run(
        [sys.executable, "-m", "seedlint", "--no-cache", option, str(pipe), "page.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    replaced = not stat.S_ISFIFO(os.stat(pipe).st_mode)
    if replaced:
        reader.kill()  # nobody will ever write to the pipe it is waiting on
    received, _ = reader.communicate(timeout=120)
    assert not replaced
    assert "Traceback" not in result.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    if option == "--provenance":
        records = [json.loads(line) for line in received.decode().splitlines()]
        assert [r["metadata"]["paragraph"] for r in records] == list(range(len(records)))
        assert records[0]["metadata"]["path"] == "page.txt"
    else:
        assert json.loads(received)["entries"]


@pytest.mark.parametrize("option", ["--provenance", "--write-baseline"])
def test_an_output_behind_a_symbolic_link_is_written_through_it(tmp_path, option):
    """The link stays a link and its target gets the new content, as `--fix` does for inputs."""
    (tmp_path / "store").mkdir()
    target = tmp_path / "store" / "out.json"
    target.write_text("old\n")
    (tmp_path / "out.json").symlink_to(target)
    shutil.copy(SEED_REWRITE, tmp_path / "page.txt")
    result = subprocess.run(
        [sys.executable, "-m", "seedlint", "--no-cache", option, "out.json", "page.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in result.stderr
    assert (tmp_path / "out.json").is_symlink()
    assert target.read_text() != "old\n"
    written = target.read_text()
    assert json.loads(written.splitlines()[0] if option == "--provenance" else written)
