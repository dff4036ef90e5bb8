"""SL301: a line of a comment form."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.document import Document
from seedlint.rule import Finding, FixAvailability, Rule, Severity, excerpt, remove_lines
from seedlint.rules.boilerplate._analysis import analyse


class CommentFormLine(Rule):
    """A line of a comment form or comment section: a string a CMS ships, in any language.

    ## What it does
    Flags lines that are, once case, spacing and decoration (`*`, `:`, `…`, counts in
    brackets) are set aside, a known comment-form string: `Leave a Reply`, `Cancel reply`,
    `Post Comment`, `Comments are closed.`, `Your comment is awaiting moderation.`, and
    sentences that begin like `Your email address will not be published`. The table holds the
    strings WordPress, Drupal, Blogger and Disqus ship in English and their translations
    (Arabic, Persian, Hebrew, Russian, Ukrainian, Greek, Chinese, Japanese, Korean, Thai,
    Hindi, Turkish, Spanish, French, German, Portuguese, Indonesian, Vietnamese, Polish,
    Italian, Dutch).

    ## Why is this bad?
    The form belongs to the page, not to the article: kept in a corpus, the same dozen lines
    repeat in thousands of documents and teach a model that articles end in a form.

    ## Example
    ```text
    ...hopeful that these steps will lead to more resilient ties.

    Leave a Reply

    Your email address will not be published. Required fields are marked *
    ```
    Both last lines are removed.

    ## Fix safety
    Safe: the line is matched whole against strings a CMS prints in its comment form (a
    prefix only for the long fixed sentences, and only on lines under 60 words), so an
    article sentence is never taken for one. The line goes with `remove_lines`, which keeps
    the paragraph structure tidy.
    """

    code = "SL301"
    name = "comment-form-line"
    summary = "Line of a comment form (`Leave a Reply`, `Cancel reply`, email notice)"
    fix_availability = FixAvailability.ALWAYS
    severity = Severity.ERROR

    def check(self, document: Document) -> Iterator[Finding]:
        analysis = analyse(document)
        for index, info in analysis.infos.items():
            if info.comment:
                line = document.lines[index]
                yield self.finding(
                    line.start,
                    line.end,
                    f"Comment-form line `{excerpt(info.text)}`: part of the page, not the article",
                    remove_lines(document, line, message="Remove the comment-form line"),
                )
