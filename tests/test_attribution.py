"""SL401-SL403 on the seeds and on realistic news text, through the real engine."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.document import Document
from seedlint.rule import FixAvailability, Severity
from seedlint.rules.attribution import RULES, paragraph_attribution
from seedlint.rules.attribution.sentences import Span, split
from support import run

SL4 = ("SL4",)


def spans(text: str, code: str) -> list[tuple[int, str]]:
    """(line number, flagged text) of every finding of one code."""
    result = run(text, SL4)
    return [
        (result.final.position(f.start)[0], result.final.text[f.start : f.end])
        for f in result.findings
        if f.code == code
    ]


def test_rules_are_warnings_without_fix() -> None:
    assert [rule.code for rule in RULES] == ["SL401", "SL402", "SL403"]
    for rule in RULES:
        assert rule.fix_availability is FixAvailability.NONE
        assert rule.severity is Severity.WARNING


def test_seed_article_heading_and_explicit_sources_attribute(seed_article_text: str) -> None:
    result = run(seed_article_text, SL4)
    flagged = {result.final.position(f.start)[0] for f in result.findings if f.code != "SL403"}
    assert not flagged & set(range(26, 39))  # under `Statements by Darchiev`
    assert not flagged & set(range(42, 49))  # `the US State Department said`, `According to ...`


def test_seed_article_vague_credit_line(seed_article_text: str) -> None:
    assert spans(seed_article_text, "SL403") == [(58, "Sources: News Agency - officials")]


def test_seed_rewrite_flags_the_unsourced_sentences(seed_rewrite_text: str) -> None:
    flagged = spans(seed_rewrite_text, "SL401") + spans(seed_rewrite_text, "SL402")
    texts = {text for _, text in flagged}
    assert (
        "In addition, both sides agreed on developing a roadmap for the return of six diplomatic "
        "real estate properties, assets that were confiscated by U.S. authorities yet are legally "
        "owned by Russia." in texts
    )
    assert (
        "This process is expected to facilitate smoother operations and ensure that Russia's "
        "lawful contributions to international organizations are backed by reliable financial "
        "arrangements." in texts
    )
    assert (
        "Importantly, topics beyond diplomatic normalization, such as regional conflicts, were "
        "kept off the agenda, ensuring that the focus remained on restoring effective diplomatic "
        "communication." in texts
    )
    assert (
        "This progressive round of talks highlights the critical role of sustained dialogue in "
        "addressing complex international challenges." in texts
    )
    assert (
        "With plans for future discussions currently under coordination, global stakeholders are "
        "watching closely, hopeful that these steps will lead to more resilient diplomatic and "
        "economic ties." in texts
    )
    assert not any(text.startswith("While the U.S. State Department praised") for text in texts)


def test_seed_rewrite_messages_say_why(seed_rewrite_text: str) -> None:
    result = run(seed_rewrite_text, SL4)
    messages = {(result.final.position(f.start)[0], f.message) for f in result.findings}
    assert (13, "Weasel phrase `global stakeholders`: the source is too vague to check") in messages
    assert (
        9,
        "Unattributed claim (a contested fact): no source in the sentence, its paragraph or its "
        "section heading",
    ) in messages


def test_paragraph_attribution_api(seed_article_text: str, seed_rewrite_text: str) -> None:
    article = Document("000.txt", seed_article_text)
    records = {
        article.paragraphs[r.index].first_line + 1: r for r in paragraph_attribution(article)
    }
    assert (records[36].status, records[36].source) == ("inherited", "Statements by Darchiev")
    assert records[36].heading == "Statements by Darchiev"
    assert (records[42].status, records[42].source) == ("attributed", "the US State Department")
    assert records[44].sentences[0].basis == "sentence"
    assert records[6].status == "not-a-claim"
    assert records[24].status == "not-a-claim"  # the heading itself
    rewrite = Document("003.txt", seed_rewrite_text)
    statuses = [r.status for r in paragraph_attribution(rewrite)]
    assert statuses[paragraph_of(rewrite, 13)] == "unattributed"
    sentence = paragraph_attribution(rewrite)[paragraph_of(rewrite, 11)].sentences[0]
    assert (sentence.status, sentence.source) == ("attributed", "the U.S State Department")


def paragraph_of(document: Document, line_number: int) -> int:
    paragraph = document.paragraph_of_line(line_number - 1)
    assert paragraph is not None
    return paragraph.index


REPORT = """Council approves new budget

The city council approved the budget on Tuesday, the mayor's office said in a statement.

Observers say the vote could reshape the city's finances for a decade.

It is widely believed that the tax rise will drive businesses away.

Council member Ana Ruiz said the plan was "the best we could do with what we have."

The new budget is a historic milestone for the city.

Critics argue that spending on roads is far too low.
"""


def test_weasel_sources_and_unattributed_judgement() -> None:
    assert spans(REPORT, "SL402") == [
        (5, "Observers say the vote could reshape the city's finances for a decade."),
        (7, "It is widely believed that the tax rise will drive businesses away."),
        (13, "Critics argue that spending on roads is far too low."),
    ]
    assert spans(REPORT, "SL401") == [(11, "The new budget is a historic milestone for the city.")]


@pytest.mark.parametrize(
    "text",
    [
        # a named source, a pronoun continuing it, and a quotation with its speaker
        "Officials at the port said on Monday that exports would fall by 12% this year. They "
        "added that prices could rise.\n\n“The drought will cut shipments by a third,” said "
        "Maria Costa, the port's director.\n",
        # an affiliated group is a source, not a weasel
        "Pentagon officials said the deployment would last 90 days.\n\n"
        "Health officials at the county hospital warned that cases would rise.\n",
    ],
)
def test_attributed_text_is_not_flagged(text: str) -> None:
    assert run(text, SL4).findings == []


def test_source_earlier_in_paragraph_carries_but_not_past_writer_judgement() -> None:
    text = (
        "The ministry said exports fell 8% in March. Imports will recover by summer. "
        "Clearly, the policy was a failure and should be dropped.\n\n"
        "The agency reported 1,200 new cases on Friday, the health minister said.\n"
    )
    assert spans(text, "SL401") == [(1, "Clearly, the policy was a failure and should be dropped.")]


def test_non_prose_lines_are_not_claims() -> None:
    text = (
        "Home | News | Sport | Weather\n"
        "By Jane Doe, Staff Writer\n"
        "Markets will crash next year, the best analysts predict...\n"
        "Will prices keep rising in 2025?\n\n"
        "The central bank said inflation would reach 4% by June.\n\n"
        "Its governor told reporters the rise would be temporary.\n"
    )
    assert run(text, SL4).findings == []


def test_a_document_that_credits_nobody_is_not_checked_for_claims() -> None:
    recipe = (
        "This cake is the best dessert you will ever bake.\n\n"
        "The batter must rest for 30 minutes, which makes the crumb remarkably light.\n"
    )
    assert spans(recipe, "SL401") == []


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ("Sources: News Agency - officials", True),
        ("Source: media reports", True),
        ("Credit: local officials and agencies", True),
        ("Source: Reuters", False),
        ("Sources: TASS, US State Department", False),
        ("Source: https://example.org/report", False),
    ],
)
def test_credit_lines(line: str, flagged: bool) -> None:
    text = f"The minister said talks would resume in May.\n\n{line}\n"
    assert spans(text, "SL403") == ([(3, line)] if flagged else [])


def test_splitter_keeps_abbreviations_initials_and_acronyms() -> None:
    text = (
        "Dr. Smith met Carissa F. Etienne in the U.S. State Department. It went well! "
        "“Did it?” she asked. Yes."
    )
    assert [s.text for s in split(Span(0, len(text), text))] == [
        "Dr. Smith met Carissa F. Etienne in the U.S. State Department.",
        "It went well!",
        "“Did it?” she asked.",
        "Yes.",
    ]


@given(
    st.lists(
        st.sampled_from(
            [
                "Mr. Li said so.",
                "It rose 5%!",
                "Why?",
                "U.S. data",
                " ",
                "Prices will rise.",
                "“Yes,” he said.",
            ]
        ),
        max_size=12,
    )
)
def test_sentences_tile_their_unit(pieces: list[str]) -> None:
    text = " ".join(pieces).strip()
    sentences = split(Span(10, 10 + len(text), text))
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")
    for sentence in sentences:
        assert text[sentence.start - 10 : sentence.end - 10] == sentence.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(sentences))
