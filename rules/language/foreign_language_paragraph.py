"""SL202: a long run of text in another language than the document."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.document import Document
from seedlint.rule import Applicability, Finding, FixAvailability, Rule, Severity, remove_lines
from seedlint.rules.language.detect import analyze
from seedlint.rules.language.names import article, describe


class ForeignLanguageParagraph(Rule):
    """Flags a long paragraph written in another language than the document.

    ## What it does
    Finds runs of lines in another script than the document that are too long to be
    interface text (about a dozen words or more), and, in Latin-script documents, long lines
    that langdetect (seeded) and the function-word count both assign to another language.
    Words, names and quotations in another script inside a sentence of the document's
    language are never flagged: the lines must be mostly foreign.

    ## Why is this bad?
    A scraped page often carries a block of another page: a teaser, a comment, a translated
    summary, a sidebar in the site's language. Mixed into the article it misleads language
    filters and contaminates single-language corpora.

    ## Example
    In an English article, a three-line Russian teaser copied from the site's sidebar:
    ```text
    Минобороны сообщило о новых учениях в Калининградской области, в которых задействованы
    более двух тысяч военнослужащих и около двухсот единиц техники.
    ```

    ## Fix safety
    The fix removes the run of lines and is unsafe (applied only with `--unsafe-fixes`): a
    long foreign passage may be a deliberate quotation or a bilingual article's other half.
    """

    code = "SL202"
    name = "foreign-language-paragraph"
    summary = "Long passage in another language than the document"
    fix_availability = FixAvailability.ALWAYS
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        analysis = analyze(document)
        for verdict in sorted(analysis.paragraphs, key=lambda v: v.line):
            first = document.lines[verdict.line]
            last = document.lines[
                verdict.last_line if verdict.last_line is not None else verdict.line
            ]
            how = "by langdetect" if verdict.decision.method == "langdetect" else "by its script"
            message = (
                f"{describe(verdict.decision)} passage in {article(describe(analysis.decision))} "
                f"document ({how}, confidence {verdict.decision.confidence:.2f})"
            )
            yield self.finding(
                first.start,
                last.end,
                message,
                remove_lines(
                    document,
                    first,
                    last,
                    message="Remove the foreign-language passage",
                    applicability=Applicability.UNSAFE,
                ),
                details={
                    "language": verdict.decision.language,
                    "script": verdict.decision.script,
                    "method": verdict.decision.method,
                    "confidence": verdict.decision.confidence,
                    "document_language": analysis.decision.language,
                },
            )
