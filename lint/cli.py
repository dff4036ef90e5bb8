"""The `seedlint` command: one command in the style of ruff, flags for meta actions.

Findings go to stdout, sorted by path, then position, then code; errors and notices go to
stderr. Exit codes: 0 nothing at or above `--fail-on` remains, 1 findings remain (or, with
`--diff`, there is a diff), 2 usage, configuration or I/O error. A file that fails never stops
the others from being processed.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import astuple, dataclass, replace
from pathlib import Path
from typing import Any

import click

from seedlint import __version__
from seedlint.baseline import Baseline, BaselineError, BaselineWriter
from seedlint.cache import Cache, default_directory
from seedlint.config import (
    ConfigError,
    Settings,
    find_config_file,
    load_settings,
    validate_codes,
)
from seedlint.diagnostics import FILE_DIAGNOSTICS
from seedlint.engine import FixMode
from seedlint.files import discover, display_path
from seedlint.output import Located, github, json_format, sarif, text
from seedlint.provenance_sink import ProvenanceSink
from seedlint.rule import Applicability, FixAvailability, Rule
from seedlint.run_cache import RunCache
from seedlint.runner import FileReport, Job, RuleSet
from seedlint.scheduler import cache_keys, lint_files, tune_collector

FORMATS = ("text", "json", "github", "sarif")


def all_rules() -> tuple[type[Rule], ...]:
    from seedlint.rules import ALL_RULES

    return (*FILE_DIAGNOSTICS, *ALL_RULES)


def _split_codes(values: Sequence[str]) -> list[str]:
    return [code for value in values for code in value.split(",") if code.strip()]


def explain(code: str) -> str:
    """`--explain CODE`: the rule's documentation, as `ruff rule CODE` prints it."""
    rules = {rule.code: rule for rule in all_rules()}
    rule = rules.get(code.strip().upper())
    if rule is None:
        raise click.BadParameter(f"unknown rule code '{code}'", param_hint="--explain")
    availability = {
        FixAvailability.ALWAYS: "Fix is always available.",
        FixAvailability.SOMETIMES: "Fix is sometimes available.",
        FixAvailability.NONE: "Fix is not available.",
    }[rule.fix_availability]
    body = inspect.cleandoc(rule.__doc__ or "")
    return (
        f"# {rule.name} ({rule.code})\n\n{rule.summary}\n\n{availability}\n"
        f"Default severity: {rule.severity.value}.\n\n{body}\n"
    )


def list_rules() -> str:
    rows = []
    for rule in all_rules():
        fix = {"always": "[*]", "sometimes": "[*]", "none": "   "}[rule.fix_availability.value]
        rows.append(f"{rule.code}  {rule.name:<30} {fix} {rule.severity.value:<8} {rule.summary}")
    return "\n".join(rows) + "\n"


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1)
@click.option("--fix", is_flag=True, help="Apply safe fixes in place.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply (or count) unsafe fixes.")
@click.option("--diff", is_flag=True, help="Print the diff --fix would make; write nothing.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Findings output format.",
)
@click.option(
    "--select",
    multiple=True,
    metavar="CODES",
    help="Codes or prefixes to enable (SL1, SL301, ALL).",
)
@click.option(
    "--extend-select",
    multiple=True,
    metavar="CODES",
    help="Codes or prefixes to enable in addition.",
)
@click.option("--ignore", multiple=True, metavar="CODES", help="Codes or prefixes to disable.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default=None,
    help="Lowest severity that makes the run fail [default: error].",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings remain.")
@click.option("--exit-non-zero-on-fix", is_flag=True, help="Exit 1 when any file was fixed.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only, no summary.")
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Use this seedlint.toml or pyproject.toml instead of the closest one.",
)
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Apply exclude patterns to paths named on the command line too.",
)
@click.option(
    "--respect-gitignore/--no-respect-gitignore",
    default=None,
    help="Skip what .gitignore files ignore when walking folders [default: on, or the "
    "configuration's respect-gitignore].",
)
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Ignore the findings recorded in this baseline file.",
)
@click.option(
    "--write-baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Record the current findings in this baseline file and exit 0.",
)
@click.option(
    "--provenance",
    metavar="FILE",
    help="Write one provenance record per paragraph as JSON Lines ('-': stdout).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Files linted in parallel [default: the number of cores].",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option(
    "--explain", "explain_code", metavar="CODE", help="Print the documentation of one rule."
)
@click.option("--list-rules", "show_rules", is_flag=True, help="List every rule and exit.")
@click.option(
    "--report",
    "report_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write a self-contained HTML review page of the files linted.",
)
@click.option(
    "--output",
    "output_dir",
    metavar="DIR",
    help="For JSON Lines corpora: with --fix, write the cleaned corpus here (a path or URL).",
)
@click.option(
    "--text-field",
    default="text",
    show_default=True,
    help="For JSON Lines corpora: the field holding each document's text.",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    help="Lint JSON Lines corpora on a Dask cluster (a scheduler address, or 'local').",
)
@click.version_option(__version__, prog_name="seedlint")
def main(paths: tuple[str, ...], **flags: Any) -> None:
    """Lint scraped text: encoding damage, interface residue, boilerplate, attribution."""
    options = Options(paths=paths, **flags)
    if options.explain_code:
        click.echo(explain(options.explain_code), nl=False)
        return
    if options.show_rules:
        click.echo(list_rules(), nl=False)
        return
    try:
        sys.exit(lint_command(options))
    except BrokenPipeError:
        # The reader of the output has gone (`seedlint --diff | head`): stop quietly, as
        # grep and ruff do, and point stdout at nothing so the final flush cannot fail too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


@dataclass(frozen=True)
class Options:
    """The command line, as one value."""

    paths: tuple[str, ...]
    fix: bool
    unsafe_fixes: bool
    diff: bool
    output_format: str
    select: tuple[str, ...]
    extend_select: tuple[str, ...]
    ignore: tuple[str, ...]
    fail_on: str | None
    exit_zero: bool
    exit_non_zero_on_fix: bool
    statistics: bool
    quiet: bool
    config_file: Path | None
    force_exclude: bool
    respect_gitignore: bool | None
    baseline_file: Path | None
    write_baseline: Path | None
    provenance: str | None
    jobs: int | None
    no_cache: bool
    report_file: Path | None
    output_dir: str | None
    text_field: str
    dask_address: str | None
    explain_code: str | None
    show_rules: bool

    @property
    def fixing(self) -> bool:
        return self.fix or self.diff

    @property
    def output_key(self) -> tuple[object, ...]:
        """Every option, for the run cache's key; `--jobs` never changes the output."""
        return astuple(replace(self, jobs=None))

    @property
    def corpus_mode(self) -> bool:
        """JSON Lines corpora are linted document by document, not as text files."""
        return self.dask_address is not None or any(is_corpus(path) for path in self.paths)


def lint_command(options: Options) -> int:
    """Run the linter as the options say; return the exit code."""
    tune_collector()
    rules = all_rules()
    cwd = Path.cwd()
    try:
        settings = _settings(options, rules, cwd)
        baseline = Baseline.load(options.baseline_file) if options.baseline_file else None
    except (ConfigError, BaselineError) as error:
        click.echo(f"seedlint: error: {error}", err=True)
        return 2
    mode = FixMode.NONE
    wants_records = options.provenance is not None or options.report_file is not None
    if options.fixing or wants_records:
        mode = FixMode.UNSAFE if options.unsafe_fixes else FixMode.SAFE
    job = Job(
        RuleSet(rules, settings),
        mode,
        write=options.fix and not options.diff,
        want_diff=options.diff,
        report_final=options.fixing,
        provenance=wants_records,
    )
    run = Run(
        options.output_format,
        options.statistics,
        options.quiet,
        options.diff,
        options.unsafe_fixes,
        options.fixing,
        options.provenance == "-",
        rules,
        baseline,
        BaselineWriter(options.write_baseline) if options.write_baseline else None,
    )
    errors: list[str] = []
    review = None
    if options.report_file is not None:
        from seedlint.report import ReviewReport

        review = ReviewReport(rules)
    replayable = not (
        options.fixing
        or wants_records
        or baseline is not None
        or options.write_baseline
        or options.corpus_mode
    )
    try:
        reports, total, run_cache = _reports(options, job, settings, cwd, errors, replayable)
        if run_cache is not None and (stored := run_cache.load()) is not None:
            exit_code, chunks = stored
            for chunk in chunks:
                run.write(chunk)
            return exit_code
        if run_cache is not None:
            run.recording = []
        with (
            ProvenanceSink.open(options.provenance) as sink,
            progress(total, options.output_format) as bar,
        ):
            for report in reports:
                run.add(report)
                if sink is not None:
                    sink.add(report)
                if review is not None:
                    review.add(report)
                errors.extend(report.errors)
                bar.update(1)
        if review is not None and options.report_file is not None:
            review.write(options.report_file)
    except BrokenPipeError:
        raise  # not a file's error: see `main`
    except OSError as error:
        errors.append(f"{error.filename or options.provenance}: {error.strerror or error}")
    for error in errors:
        click.echo(f"seedlint: error: {error}", err=True)
    run.finish(len(errors))
    if options.write_baseline:
        return 2 if errors else 0
    exit_code = run.exit_code(settings, errors, options.exit_zero, options.exit_non_zero_on_fix)
    if run_cache is not None and run.recording is not None and not errors:
        run_cache.store(exit_code, run.recording)
    return exit_code


def _reports(
    options: Options,
    job: Job,
    settings: Settings,
    cwd: Path,
    errors: list[str],
    replayable: bool,
) -> tuple[Iterator[FileReport], int, RunCache | None]:
    """The reports of the run, in output order, how many there will be (0: unknown), and
    the cache of the whole run when it may be replayed (see `seedlint.run_cache`)."""
    if options.corpus_mode:
        from seedlint.corpus import lint_corpus

        reports = lint_corpus(
            list(options.paths),
            job,
            text_field=options.text_field,
            output=options.output_dir,
            dask_address=options.dask_address,
            jobs=options.jobs or os.cpu_count() or 1,
        )
        return reports, 0, None
    targets = [Path(path) for path in options.paths] or [Path(".")]
    files, path_errors = discover(targets, settings, options.force_exclude)
    errors.extend(f"{e.path}: {e.message}" for e in path_errors)
    use_cache = not (options.no_cache or job.provenance)
    cache = Cache(default_directory(), job) if use_cache else None
    ordered = sorted(((p, display_path(p, cwd)) for p in files), key=lambda pair: pair[1])
    jobs = options.jobs or os.cpu_count() or 1
    if cache is None:
        return lint_files(ordered, job, cache, jobs), len(ordered), None
    keys = cache_keys(cache, ordered)
    run_cache = None
    if replayable and not path_errors and None not in keys:
        output_key = (options.output_key, repr(settings))  # `fail-on` from a config file
        run_cache = RunCache(cache, output_key, [key for key in keys if key])
    return lint_files(ordered, job, cache, jobs, keys), len(ordered), run_cache


def _check_rule_options(settings: Settings, rules: Sequence[type[Rule]]) -> None:
    """Build each configured rule once, so a bad option is one error before any file."""
    for rule in rules:
        section = rule.config_section
        if section and section in settings.rule_options:
            try:
                rule(settings.rule_options[section])
            except ValueError as error:
                raise ConfigError(f"{settings.source}: {error}") from None


def is_corpus(path: str) -> bool:
    """A JSON Lines corpus (`.jsonl`, `.jsonl.gz`), local or behind an fsspec URL."""
    return path.endswith((".jsonl", ".jsonl.gz")) or "://" in path


@contextlib.contextmanager
def progress(total: int, output_format: str) -> Iterator[Any]:
    """A progress bar on stderr for long runs on a terminal; never in CI or machine output."""
    show = (
        total >= 200
        and output_format == "text"
        and sys.stderr.isatty()
        and not os.environ.get("CI")
    )
    if not show:
        yield _NoProgress()
        return
    with click.progressbar(length=total, label="seedlint", file=sys.stderr) as bar:
        yield bar


class _NoProgress:
    def update(self, steps: int) -> None:
        pass


def _settings(options: Options, rules: Sequence[type[Rule]], cwd: Path) -> Settings:
    """The configuration file's settings, with the command line's selection on top."""
    if options.config_file is not None:
        if not options.config_file.is_file():
            raise ConfigError(f"{options.config_file}: no such configuration file")
        settings = load_settings(options.config_file, rules, cwd)
    else:
        start = cwd
        existing = [Path(p).resolve() for p in options.paths if Path(p).exists()]
        if existing:
            start = Path(os.path.commonpath([str(p) for p in existing]))
        settings = load_settings(find_config_file(start), rules, cwd)
    _check_rule_options(settings, rules)
    codes = [rule.code for rule in rules]
    select = _split_codes(options.select)
    return settings.with_cli(
        select=validate_codes(select, codes, "--select") if select else None,
        extend_select=validate_codes(_split_codes(options.extend_select), codes, "--extend-select"),
        ignore=validate_codes(_split_codes(options.ignore), codes, "--ignore"),
        fail_on=options.fail_on,
        respect_gitignore=options.respect_gitignore,
    )


class Run:
    """Streams each file's findings to the chosen format and keeps the totals for the end."""

    def __init__(
        self,
        output_format: str,
        statistics: bool,
        quiet: bool,
        diff: bool,
        unsafe_fixes: bool,
        fixing: bool,
        to_stderr: bool,
        rules: Sequence[type[Rule]],
        baseline: Baseline | None,
        baseline_writer: BaselineWriter | None,
    ) -> None:
        self.rules, self.baseline, self.baseline_writer = rules, baseline, baseline_writer
        self.sarif_results: list[Located] = []
        self.output_format, self.statistics, self.quiet = output_format, statistics, quiet
        self.diff, self.unsafe_fixes, self.fixing = diff, unsafe_fixes, fixing
        self.to_stderr = to_stderr
        self.color = (
            sys.stderr if to_stderr else sys.stdout
        ).isatty() and "NO_COLOR" not in os.environ
        self.counts: Counter[str] = Counter()
        self.fixable_codes: set[str] = set()
        self.failing_ranks: Counter[int] = Counter()
        self.remaining = self.fixed = self.safe = self.unsafe = 0
        self.changed_files = self.written_files = 0
        self.json = json_format.JsonArrayWriter(self.write) if output_format == "json" else None
        self.recording: list[str] | None = None  # what `write` printed, for the run cache

    def write(self, text_: str) -> None:
        if self.recording is not None:
            self.recording.append(text_)
        click.echo(text_, nl=False, err=self.to_stderr, color=self.color)

    def add(self, report: FileReport) -> None:
        located = report.located
        if self.baseline is not None:
            located = self.baseline.filter(report.display, located)
        if self.baseline_writer is not None:
            self.baseline_writer.add(located)
            return
        self.fixed += report.fixed_count
        self.changed_files += bool(report.diff)
        self.written_files += report.written
        for item in located:
            fix = item.finding.fix
            self.counts[item.finding.code] += 1
            self.failing_ranks[item.finding.severity.rank] += 1
            if fix is not None and fix.applicability is Applicability.SAFE:
                self.safe += 1
                self.fixable_codes.add(item.finding.code)
            elif fix is not None and fix.applicability is Applicability.UNSAFE:
                self.unsafe += 1
        self.remaining += len(located)
        if self.diff and report.diff:
            click.echo(report.diff, nl=False)
        if self.statistics:
            return
        if self.json is not None:
            self.json.add(located)
        elif self.output_format == "github":
            self.write(github.render(located))
        elif self.output_format == "sarif":
            self.sarif_results.extend(located)
        elif not self.diff:
            self.write(text.render(located, self.color))

    def finish(self, errors: int) -> None:
        if self.baseline_writer is not None:
            count = self.baseline_writer.write()
            click.echo(f"Wrote {count} findings to {self.baseline_writer.path}.", err=True)
            return
        if self.baseline is not None and (stale := self.baseline.stale()):
            click.echo(
                f"{stale} baseline entries match nothing any more; run --write-baseline "
                f"to shrink {self.baseline.path}.",
                err=True,
            )
        if self.statistics:
            names = {rule.code: rule.name for rule in self.rules}
            self.write(text.statistics(self.counts, self.fixable_codes, names))
            return
        if self.json is not None:
            self.json.close()
            return
        if self.output_format == "sarif":
            self.write(sarif.render(self.sarif_results, self.rules))
            return
        if self.quiet or self.output_format == "github":
            return
        totals = text.Totals(
            remaining=self.remaining,
            fixed=self.fixed,
            fixable=self.safe + (self.unsafe if self.unsafe_fixes else 0),
            unsafe_fixable=0 if self.unsafe_fixes else self.unsafe,
            fix_mode=self.fixing,
            errors=errors,
        )
        if self.diff:
            files = "file" if self.changed_files == 1 else "files"
            click.echo(
                f"Would fix {self.fixed} findings in {self.changed_files} {files}.", err=True
            )
            return
        self.write(text.summary(totals))

    def exit_code(
        self, settings: Settings, errors: list[str], exit_zero: bool, exit_non_zero_on_fix: bool
    ) -> int:
        if errors:
            return 2
        if exit_zero:
            return 0
        failing = sum(n for rank, n in self.failing_ranks.items() if rank >= settings.fail_on.rank)
        if failing or (self.diff and self.changed_files):
            return 1
        if exit_non_zero_on_fix and self.written_files:
            return 1
        return 0
