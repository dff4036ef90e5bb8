"""Lint JSON Lines corpora: one document per line, in the datatrove/Dolma layout.

Each line holds `{"id": ..., "text": ..., "metadata": {...}}` (the text field is configurable).
Every document is linted on its own and gets its own report, printed as `<corpus>:<line>`
(the corpus file as given, a colon, the 1-based line number): line numbers are unique and
always present, where ids may be missing or repeated. Findings' rows and columns are inside
the document's text. Provenance records carry `metadata.document` = `{"id", "corpus",
"line"}`, and their byte spans count in the UTF-8 encoding of the document's text.

A line that is not UTF-8, not a JSON object, or has no string text field is reported as an
error with its file and line number (the run exits 2) and the rest of the corpus goes on. With
`--fix --output DIR`, each corpus file is written to DIR under the same name (gzipped if the
input was): every line is copied byte for byte except the text value of a document a fix
changed, which is replaced in place, so every other field and its key order are kept. A line
that could not be read is copied as it is. The input is never rewritten.

Files are split into partitions (ranges of lines, about `block` bytes each) and linted by an
executor (`seedlint.cluster`): in this process, in a process pool, or on a Dask cluster.
Results come back in file and line order, and the parent writes outputs and provenance, so the
output is the same bytes whatever the executor and the number of workers.
"""

from __future__ import annotations

import json
import re
import traceback
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from json.decoder import scanstring
from pathlib import Path
from typing import Any

import click

from seedlint.corpus_io import OutputFile, Source, expand, open_input, output_url, same_file, size
from seedlint.document import Document
from seedlint.engine import lint
from seedlint.rule import Rule
from seedlint.runner import FileReport, Job, report_result

MIN_BLOCK = 1 << 20  # partitions smaller than this cost more in scheduling than they save
MAX_BLOCK = 8 << 20  # bounds a worker's memory: one partition's documents and reports
_CHUNK = 1 << 20
_BOM = b"\xef\xbb\xbf"
_SPACE = re.compile(r"[ \t\n\r]*")


class CorpusError(click.ClickException):
    """A corpus run that cannot start or go on (a bad output folder, no cluster): exit 2."""

    exit_code = 2


@dataclass(frozen=True)
class Part:
    """The lines of a corpus file that start in [start, end) of its (decompressed) bytes."""

    source: Source
    start: int
    end: int | None  # None: to the end of the file
    first_line: int  # 1-based number of the line at `start`


@dataclass
class PartResult:
    reports: list[FileReport] = field(default_factory=list)
    output: bytes | None = None  # the part's lines as written to the output corpus
    complete: bool = True  # False: the file could not be read to the end of the part


def lint_corpus(
    paths: Sequence[str],
    job: Job,
    *,
    text_field: str,
    output: str | None,
    dask_address: str | None,
    jobs: int,
) -> Iterator[FileReport]:
    """One report per document of the corpora named, in file order then line order.

    The command line is checked before anything runs: `--fix` needs `--output` (a corpus is
    never rewritten in place) and two inputs must not write the same output file.
    """
    if job.write and output is None:
        raise click.UsageError(
            "--fix on a JSON Lines corpus writes the cleaned corpus to --output DIR; "
            "the input is never rewritten in place"
        )
    if output is not None and not job.write:
        raise click.UsageError("--output is where --fix writes the cleaned corpus: add --fix")
    sources = _sources(paths)
    if output is not None:
        _check_outputs(sources, output)
    return _run(sources, job, text_field, output, dask_address, jobs)


def _sources(paths: Sequence[str]) -> list[Source]:
    found: dict[str, Source] = {}
    for path in paths:
        try:
            sources = expand(path)
        except (OSError, ValueError) as error:
            raise CorpusError(f"{path}: {error}") from error
        for source in sources:
            found.setdefault(source.display, source)
    return [found[display] for display in sorted(found)]


def _check_outputs(sources: list[Source], output: str) -> None:
    names: dict[str, Source] = {}
    for source in sources:
        if source.name in names:
            raise CorpusError(
                f"{names[source.name].display} and {source.display} would both be written to "
                f"{output_url(output, source)}"
            )
        names[source.name] = source
        if same_file(output_url(output, source), source.url):
            raise CorpusError(
                f"--output {output} would overwrite the input {source.display}; "
                "choose another folder"
            )


def _run(
    sources: list[Source],
    job: Job,
    text_field: str,
    output: str | None,
    dask_address: str | None,
    jobs: int,
) -> Iterator[FileReport]:
    from seedlint.cluster import executor_for

    writers: dict[str, OutputFile | None] = {}  # None: the file failed, write nothing more
    with executor_for(dask_address, jobs, job) as executor:
        block = _block_size(sources, executor.workers)
        plans = [
            executor.submit(plan, source, block) if executor.workers > 1 else None
            for source in sources
        ]
        pending: deque[tuple[Part, bool, Any]] = deque()
        try:
            for source, planned in zip(sources, plans, strict=True):
                parts = planned.result() if planned is not None else [Part(source, 0, None, 1)]
                for index, part in enumerate(parts):
                    future = executor.submit(lint_part, part, text_field, output is not None)
                    pending.append((part, index == len(parts) - 1, future))
                    while len(pending) > executor.window:
                        yield from _collect(*pending.popleft(), output, writers)
            while pending:
                yield from _collect(*pending.popleft(), output, writers)
        finally:
            for writer in writers.values():
                if writer is not None:
                    writer.discard()


def _block_size(sources: list[Source], workers: int) -> int:
    """Enough partitions to keep every worker busy, none so big it strains a worker."""
    if workers <= 1:
        return MAX_BLOCK
    total = 0
    for source in sources:
        try:
            total += size(source.url)
        except (OSError, ValueError):
            continue  # reported when the file is read
    return min(MAX_BLOCK, max(MIN_BLOCK, total // (workers * 4)))


def _collect(
    part: Part, last: bool, future: Any, output: str | None, writers: dict[str, OutputFile | None]
) -> Iterator[FileReport]:
    result: PartResult = future.result()
    url = part.source.url
    if output is not None and result.output is not None and url not in writers:
        target = output_url(output, part.source)
        try:
            writers[url] = OutputFile(target)
        except OSError as error:
            raise CorpusError(f"{target}: {error.strerror or error}") from error
    writer = writers.get(url)
    if writer is not None:
        if result.complete and result.output is not None:
            writer.write(result.output)
        else:  # never publish a partial copy of a corpus file
            writer.discard()
            writers[url] = writer = None
    yield from result.reports
    if last and writer is not None:
        del writers[url]
        try:
            writer.commit()
        except OSError as error:
            writer.discard()
            raise CorpusError(f"{writer.url}: not written: {error.strerror or error}") from error


def plan(job: Job, source: Source, block: int) -> list[Part]:
    """Cut a corpus file into parts of about `block` bytes, each starting at a line start.

    One sequential read, counting newlines in C: far cheaper than linting the same bytes.
    """
    del job  # every task gets the job; planning needs none of it
    cuts = [(0, 1)]
    offset = lines = 0
    next_cut = block
    try:
        with open_input(source.url) as stream:
            while chunk := stream.read(_CHUNK):
                while (index := chunk.find(b"\n", max(next_cut - 1 - offset, 0))) >= 0:
                    cut = offset + index + 1
                    cuts.append((cut, lines + chunk.count(b"\n", 0, index + 1) + 1))
                    next_cut = cut + block
                lines += chunk.count(b"\n")
                offset += len(chunk)
    except (OSError, EOFError, ValueError):
        return [Part(source, 0, None, 1)]  # the lint task reads it again and reports why
    if len(cuts) > 1 and cuts[-1][0] >= offset:
        cuts.pop()  # the file ends exactly there: no line starts at the cut
    ends: list[int | None] = [cut for cut, _ in cuts[1:]]
    ends.append(None)
    return [Part(source, start, end, line) for (start, line), end in zip(cuts, ends, strict=True)]


def lint_part(job: Job, part: Part, text_field: str, write: bool) -> PartResult:
    """Lint the documents of one part; with `write`, also return the part's output lines."""
    result = PartResult(output=b"" if write else None)
    source = part.source
    output = bytearray()
    try:
        rules = job.rules.for_codes(job.rules.codes_for(Path(source.url)))
    except ValueError as error:  # a rule refused its options: the user's configuration
        result.reports.append(
            FileReport(source.display, errors=[f"invalid configuration: {error}"])
        )
        result.complete = False
        return result
    number = part.first_line
    position = part.start
    try:
        with open_input(source.url) as stream:
            if part.start:
                stream.seek(part.start)
            for raw in iter(stream.readline, b""):
                if part.end is not None and position >= part.end:
                    break
                report, written = _lint_line(
                    raw, position == 0, number, source, job, rules, text_field
                )
                if report is not None:
                    result.reports.append(report)
                if write:
                    output += written
                position += len(raw)
                number += 1
    except (OSError, EOFError, ValueError) as error:  # EOFError: a truncated gzip file
        shown = f"{source.display}:{number}" if number > part.first_line else source.display
        reason = getattr(error, "strerror", None) or error
        result.reports.append(
            FileReport(source.display, errors=[f"{shown}: cannot read: {reason}"])
        )
        result.complete = False
    if write:
        result.output = bytes(output)
    return result


def _lint_line(
    raw: bytes,
    first: bool,
    number: int,
    source: Source,
    job: Job,
    rules: list[Rule],
    text_field: str,
) -> tuple[FileReport | None, bytes]:
    """The report of one line's document (None for a blank line) and the line to write."""
    display = f"{source.display}:{number}"
    bom = _BOM if first and raw.startswith(_BOM) else b""
    try:
        line = raw[len(bom) :].decode("utf-8")
    except UnicodeDecodeError as error:
        return _error(display, f"not UTF-8 (byte {error.start + 1} of the line)"), raw
    if not line.strip():
        return None, raw
    try:
        document = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as error:
        return _error(display, f"invalid JSON: {error.msg} (column {error.colno})"), raw
    if not isinstance(document, dict):
        return _error(display, "not a JSON object"), raw
    if text_field not in document:
        return _error(display, f"no '{text_field}' field"), raw
    text = document[text_field]
    if not isinstance(text, str):
        kind = type(text).__name__
        return _error(display, f"the '{text_field}' field is a {kind}, not a string"), raw
    origin = {"id": document.get("id"), "corpus": source.display, "line": number}
    try:
        report, fixed = lint_document(display, text, origin, job, rules)
    except Exception:  # a bug of ours: the run goes on with the other documents, and exits 2
        return _error(display, f"internal error:\n{traceback.format_exc(limit=-4)}"), raw
    if fixed is None or not job.write:
        return report, raw
    report.written = True
    return report, bom + replace_value(line, text_field, fixed).encode("utf-8", "surrogatepass")


def _error(display: str, message: str) -> FileReport:
    return FileReport(display, errors=[f"{display}: {message}"])


def lint_document(
    display: str, text: str, origin: dict[str, Any], job: Job, rules: list[Rule]
) -> tuple[FileReport, str | None]:
    """Lint one document's text as the runner lints a file; the fixed text if it changed."""
    result = lint(Document(display, text), rules, job.mode)
    data = text.encode("utf-8", "surrogatepass")
    report = report_result(FileReport(display), result, job, data)
    for record in report.records or ():
        record["metadata"]["document"] = dict(origin)
    if result.final.text == text:
        return report, None
    return report, result.final.text


def replace_value(line: str, key: str, value: str) -> str:
    """`line` (one JSON object) with the value of its top-level `key` replaced by `value`.

    Everything else stays as it was, byte for byte: the other fields, their order, spacing
    and escapes. The new string is escaped to ASCII when the old one was (as Python's
    `json.dumps` writes by default), else written as UTF-8. With a repeated key, the last
    one is replaced: it is the one `json.loads` reads.
    """
    decoder = json.JSONDecoder()
    position = _SPACE.match(line, 0).end() + 1  # past "{"
    span = None
    while True:
        position = _SPACE.match(line, position).end()
        if line[position] == "}":
            break
        name, position = scanstring(line, position + 1)
        position = _SPACE.match(line, _SPACE.match(line, position).end() + 1).end()  # ":"
        _, end = decoder.raw_decode(line, position)
        if name == key:
            span = (position, end)
        position = _SPACE.match(line, end).end()
        if line[position] != ",":
            break
        position += 1
    if span is None:
        raise ValueError(f"no top-level '{key}' in the line")
    old = line[span[0] : span[1]]
    escaped = old.isascii() and "\\u" in old
    new = json.dumps(value, ensure_ascii=escaped or _has_surrogates(value))
    return line[: span[0]] + new + line[span[1] :]


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
