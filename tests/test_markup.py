"""Front matter, fenced code and pipe tables are the document's own text (lint/markup.py).

Texts are shaped like the Markdown notes, posts and docs people keep in repositories: the
boilerplate, language and attribution rules leave those blocks alone, the encoding rules do
not, and SL307 reads them as text when it looks for where the document ends.
"""

from __future__ import annotations

from seedlint.document import Document
from seedlint.markup import literal_lines, overlaps_literal
from support import fixed, run

PROSE = (
    "We moved the build from the old CI server to GitHub Actions last month, and the whole"
    " pipeline now runs in about four minutes instead of twelve.\n"
)
POST = f"""---
title: Moving our CI to GitHub Actions
date: 2024-03-01
tags: [ci, github-actions, devops]
---

{PROSE}
```yaml
jobs:
  test:
    runs-on: ubuntu-latest
```

| Step | Before | After |
|------|--------|-------|
| Build | 7 min | 2 min |
| Tests | 5 min | 2 min |
"""


def test_front_matter_code_and_tables_are_literal() -> None:
    document = Document("post.md", POST)
    texts = [document.lines[i].text for i in sorted(literal_lines(document))]
    assert texts[:5] == ["---", "title: Moving our CI to GitHub Actions", "date: 2024-03-01",
                         "tags: [ci, github-actions, devops]", "---"]  # fmt: skip
    assert "jobs:" in texts and "```yaml" in texts and texts.count("```") == 1
    assert texts[-4:] == [
        "| Step | Before | After |",
        "|------|--------|-------|",
        "| Build | 7 min | 2 min |",
        "| Tests | 5 min | 2 min |",
    ]
    assert PROSE.strip() not in texts


def test_markdown_post_comes_out_of_fix_unchanged() -> None:
    # Without the blocks, `date:` is a date line, `tags:` a tag row, `jobs:` a chrome label,
    # and the table the page's tail.
    assert fixed(POST) == POST


def test_plain_text_has_no_literal_lines() -> None:
    document = Document("a.txt", "Home | News | Sport\n\n---\n\nA rule, not front matter.\n")
    assert literal_lines(document) == frozenset()


def test_a_thematic_break_is_no_front_matter() -> None:
    # `---` opens front matter only with `key: value` lines before the closing fence.
    document = Document("a.md", "---\n\nJust a line.\n\n---\n")
    assert literal_lines(document) == frozenset()


def test_unclosed_fence_runs_to_the_end() -> None:
    document = Document("a.md", "Intro line.\n\n```\ncode\nmore code\n")
    assert literal_lines(document) == frozenset({2, 3, 4})


def test_overlap_is_by_span() -> None:
    document = Document("a.md", "Intro line.\n```\ncode\n```\nAfter.\n")
    code = document.lines[2]
    assert overlaps_literal(document, code.start, code.end)
    assert overlaps_literal(document, code.start, code.start)  # a point inside
    assert not overlaps_literal(document, 0, document.lines[0].end)
    after = document.lines[4]
    assert not overlaps_literal(document, after.start, after.end)


def test_encoding_rules_still_read_code() -> None:
    # An invisible character breaks code as it breaks prose: SL103 still reports it.
    text = (
        "Intro line of the notes, long enough to be a sentence of text.\n\n```\nx\u200b = 1\n```\n"
    )
    assert [f.code for f in run(text).findings if f.fix] == ["SL103"]


def test_markdown_sections_closing_notes_stay() -> None:
    notes = (
        f"{PROSE}\n## Actions\n\n- [ ] Marc: send the letter to the council\n"
        "- [ ] Julia: call the music school\n- [ ] Paul: take photos of the plot\n\n"
        "## Homework\n\n- Read chapter 4\n- Try the exercises on page 31\n"
    )
    assert fixed(notes, ("SL3",)) == notes


def test_a_related_posts_section_still_goes() -> None:
    page = f"{PROSE}\n## Related posts\n\n- Ten tips for faster builds\n- Our 2023 in review\n"
    assert fixed(page, ("SL3",)) == PROSE


def test_label_over_a_list_in_the_next_paragraph_stays() -> None:
    notes = f"{PROSE}\nFollow-ups:\n\n- [ ] Reread chapter 4 before the review\n- [ ] Lend to Sam\n"
    assert fixed(notes, ("SL3",)) == notes


def test_heading_over_a_code_block_is_a_section() -> None:
    # `## Tags` is a chrome label on a page; over a code block it is a cheat sheet's section.
    sheet = f"{PROSE}\n## Tags\n\n```bash\ngit tag -a v1.4.0 -m 'Release 1.4.0'\n```\n\n{PROSE}"
    assert fixed(sheet, ("SL3",)) == sheet


RST = """\
Installing Tidewater
====================

:Author: Jane Roe
:Date: 2024-03-01

Install the package from PyPI::

    pip install tidewater

+----------+---------+
| Setting  | Default |
+==========+=========+
| sync     | on      |
+----------+---------+

See also
========

* :doc:`upgrading`
"""


def test_restructuredtext_blocks_are_literal() -> None:
    document = Document("guide.rst", RST)
    literal = {document.lines[i].text for i in literal_lines(document)}
    assert {"====================", ":Author: Jane Roe", ":Date: 2024-03-01"} <= literal
    assert {
        "    pip install tidewater",
        "+----------+---------+",
        "| sync     | on      |",
    } <= literal
    assert "Install the package from PyPI::" not in literal and "See also" not in literal
    assert fixed(RST) == RST  # the date field, the `See also` title and its list stay


def test_an_ellipsis_under_a_word_is_no_underline() -> None:
    # reStructuredText's rule: an underline is at least as long as its title.
    document = Document("a.txt", "kultur\n...\n\nMehr Text folgt hier.\n")
    assert literal_lines(document) == frozenset()


def test_email_headers_are_metadata() -> None:
    email = (
        "From: Rachel Whitcombe <r.whitcombe@hallamjoinery.co.uk>\n"
        "To: Daniel Osei <dan.osei@osei-architects.com>\n"
        "Date: Thu, 13 Mar 2025 16:42:07 +0000\n"
        "Subject: RE: Staircase for 14 Kenwood Road - revised quote\n\n"
        "Hi Dan, the revised quote for the staircase is attached, and the lead time is now"
        " six weeks from the date you confirm the order.\n"
    )
    assert literal_lines(Document("mail.txt", email)) == frozenset(range(4))
    assert fixed(email) == email  # the `Date:` header is no CMS date line


def test_a_pages_label_lines_are_no_email_headers() -> None:
    # Label lines with no sender among them: a CMS's metadata, not a message's headers.
    page = "Date: 3 March 2024\nCategory: Politics\nTags: budget, council\n\nText.\n"
    assert literal_lines(Document("page.txt", page)) == frozenset()
