"""SL201: a line of the host site's interface in another language than the document."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.document import Document
from seedlint.rule import Finding, FixAvailability, Rule, Severity, remove_lines
from seedlint.rules.language.detect import LineVerdict, analyze
from seedlint.rules.language.names import article, describe


class ForeignInterfaceLine(Rule):
    """Flags a short interface line whose script or language differs from the document's.

    ## What it does
    Finds lines written in another script or language than the document and that read as
    the interface of the page they were scraped from: known interface words (Search,
    Sections, Read more, Comments, by, KB...) in that language, alone or next to user names,
    dates, counts and sizes, or a short foreign-script line with no sentence structure. It
    works both ways: `Leave a Reply` is residue in a Thai or Russian article.

    The document's language is decided by Unicode script first; for Latin-script documents
    by langdetect on the body, checked against function words. A short line is never judged
    by langdetect: same-script lines are flagged only when made of another language's
    interface phrases.

    ## Why is this bad?
    The host site's chrome is not part of the article. In another language it also corrupts
    language identification, tokenizer statistics and training data for the article's
    language.

    ## Example
    In an English article:
    ```text
    البحث
    إقرأ المزيد
    بواسطة NavyVetUnited 2023-12-10 10:31:30 0 8كيلو بايت
    ```
    Each line is flagged: Arabic interface text ("Search", "Read more", "by ... KB").

    Not flagged: `The sign read "البحث" (search) in green letters.`: a quoted term inside a
    sentence; nor a short line of unknown words that the article's text stands around (`In
    green and gold it reads:` / `مخبز الأمل` / `"The Bakery of Hope," Hassan translated.`):
    a sign, a motto or a verse quoted on a line of its own.

    ## Fix safety
    The fix removes the line. It is safe: the line is short, and it is either made of known
    interface phrases plus names, dates and numbers, or is a few foreign-script words with no
    sentence around them in a document written in another script (not between two lines of
    the document's own text, where it is a quotation).
    """

    code = "SL201"
    name = "foreign-interface-line"
    summary = "Interface line of the host site in another script or language than the document"
    fix_availability = FixAvailability.ALWAYS
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        analysis = analyze(document)
        for verdict in sorted(analysis.interface, key=lambda v: v.line):
            line = document.lines[verdict.line]
            message = self._message(verdict, describe(analysis.decision))
            yield self.finding(
                line.start,
                line.end,
                message,
                remove_lines(document, line, message="Remove the interface line"),
                details={
                    "language": verdict.decision.language,
                    "script": verdict.decision.script,
                    "method": verdict.decision.method,
                    "document_language": analysis.decision.language,
                },
            )

    @staticmethod
    def _message(verdict: LineVerdict, document: str) -> str:
        what = describe(verdict.decision)
        glosses = ", ".join(
            f"'{p.text}'" if p.gloss.casefold() == p.text.casefold() else f"'{p.text}' ({p.gloss})"
            for p in verdict.phrases[:3]
        )
        words = f": {glosses}" if glosses else ""
        return f"{what} interface text in {article(document)} document{words}; {verdict.reason}"
