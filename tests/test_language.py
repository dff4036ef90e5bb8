# ruff: noqa: E501  (article text: one paragraph per line, as scraped)
"""SL2xx: interface lines and passages in another language than the document."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_language_texts import ARTICLES

from seedlint.document import Document
from seedlint.engine import FixMode
from seedlint.rules.language.detect import analyze, document_language, line_language
from support import findings, fixed, run

SL2 = ("SL2",)

ENGLISH_ARTICLE = """Storm closes mountain pass for the second time this week

Heavy snow and strong winds forced the authorities to close the pass on Thursday morning.

The regional road agency said the road would stay closed until at least Saturday, when a break in the weather is expected. Trucks have been redirected through the valley, adding about two hours to the journey.

Residents of the villages above the pass have been asked to stock up on food and fuel. The local school will remain open, but buses will not run.

Forecasters expect up to a metre of fresh snow at higher altitudes by Friday evening.

Avalanche risk

The avalanche warning service raised the danger level to four on a five-point scale. Ski resorts on both sides of the pass closed their upper lifts, and mountain guides cancelled all tours planned for the weekend.

The pass was last closed for this long in February 2019, when a series of storms cut off two villages for almost a week.
"""

# Interface lines as sites in each language print them around an article: (language, lines).
FOREIGN_INTERFACE = {
    "Arabic": ["البحث", "إقرأ المزيد", "بواسطة WeatherDesk 2024-01-12 08:15:00 0 4كيلو بايت"],
    "Persian": ["جستجو", "ادامه مطلب", "توسط WeatherDesk 2024-01-12"],
    "Hebrew": ["חיפוש", "קרא עוד", "השאר תגובה"],
    "Russian": ["Поиск", "Читать далее", "Добавить комментарий"],
    "Ukrainian": ["Пошук", "Читати далі", "Залишити коментар"],
    "Greek": ["Αναζήτηση", "Διαβάστε περισσότερα", "Αφήστε μια απάντηση"],
    "Chinese": ["搜索", "阅读更多", "发表评论"],
    "Japanese": ["検索", "続きを読む", "コメントを残す"],
    "Korean": ["검색", "더보기", "댓글 달기"],
    "Thai": ["ค้นหา", "อ่านเพิ่มเติม", "แสดงความคิดเห็น"],
    "Hindi": ["खोजें", "और पढ़ें", "हिंदी"],
    "Turkish": ["Arama", "Devamını oku", "Bir yanıt yazın"],
    "Spanish": ["Buscar", "Leer más", "Deja un comentario"],
    "French": ["Rechercher", "Lire la suite", "Laisser un commentaire"],
    "German": ["Suchen", "Weiterlesen", "Schreibe einen Kommentar"],
    "Portuguese": ["Pesquisar", "Leia mais", "Deixe um comentário"],
    "Indonesian": ["Cari", "Baca selengkapnya", "Tinggalkan Balasan"],
    "Vietnamese": ["Tìm kiếm", "Đọc thêm", "Để lại bình luận"],
}


def _with_interface(article: str, lines: list[str]) -> str:
    """The article with interface lines before it, inside it and after it."""
    paragraphs = article.rstrip("\n").split("\n\n")
    return "\n\n".join([lines[0], *paragraphs[:3], lines[1], *paragraphs[3:], lines[2]]) + "\n"


def _nonblank(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# -- the seeds ---------------------------------------------------------------------------


def test_seed_arabic_interface_lines_are_removed_and_english_kept(seed_article_text: str) -> None:
    result = run(seed_article_text, SL2, FixMode.SAFE)
    original = seed_article_text.splitlines()
    bylines = {n for n, line in enumerate(original, 1) if line.startswith("بواسطة ")}
    assert len(bylines) == 5
    removed = {4, 64, 65, 66} | bylines
    expected = [line for n, line in enumerate(original, 1) if n not in removed and line.strip()]
    assert _nonblank(result.final.text) == expected
    assert {f.code for round_ in result.rounds for f in round_.applied} == {"SL201"}
    assert result.findings == []


def test_seed_arabic_messages_name_language_and_reason(seed_article_text: str) -> None:
    result = run(seed_article_text, SL2)
    by_row = {result.source.position(f.start)[0]: f.message for f in result.findings}
    assert by_row[64] == (
        "Arabic interface text in an English document: 'البحث' (Search); "
        "it holds only interface words"
    )
    assert by_row[70].startswith("Arabic interface text in an English document: 'بواسطة' (by)")
    assert "names, dates and counts" in by_row[70]


def test_seed_rewrite_has_no_language_finding(seed_rewrite_text: str) -> None:
    # Its `staffโ€”a` mojibake holds a Thai letter inside an English sentence.
    assert findings(seed_rewrite_text, SL2) == []


# -- foreign interface inside English articles -------------------------------------------


@pytest.mark.parametrize("language", sorted(FOREIGN_INTERFACE))
def test_foreign_interface_lines_in_english_article(language: str) -> None:
    lines = FOREIGN_INTERFACE[language]
    text = _with_interface(ENGLISH_ARTICLE, lines)
    result = run(text, SL2, FixMode.SAFE)
    assert _nonblank(result.final.text) == _nonblank(ENGLISH_ARTICLE)
    applied = [f for round_ in result.rounds for f in round_.applied]
    assert [f.code for f in applied] == ["SL201"] * 3
    assert all(f.message.startswith(f"{language} interface text in an English") for f in applied)


ENGLISH_INTERFACE = ["Leave a Reply", "Read more", "Share", "Comments (3)", "Like"]


@pytest.mark.parametrize("language", ["th", "ru", "ar", "ja", "de", "es"])
def test_english_interface_lines_in_foreign_article(language: str) -> None:
    article = ARTICLES[language]
    paragraphs = article.rstrip("\n").split("\n\n")
    text = "\n\n".join(
        [
            "Read more",
            *paragraphs[:2],
            "Leave a Reply",
            *paragraphs[2:],
            "Share\nLike\nComments (3)",
        ]
    )
    result = run(text + "\n", SL2, FixMode.SAFE)
    kept = _nonblank(result.final.text)
    assert kept == _nonblank(article)
    assert not set(ENGLISH_INTERFACE) & set(kept)


# -- what must not be flagged -----------------------------------------------------------


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_single_language_article_has_no_finding(language: str) -> None:
    assert findings(ARTICLES[language], SL2) == []


@pytest.mark.parametrize(
    "sentence",
    [
        'Shop signs along the street read "البحث" and "إقرأ المزيد" in green letters.',
        "The word for snow in Russian, снег, appears in the name of the pass, Снежный перевал.",
        "Locals call the peak 雪山 (snow mountain), a name the Chinese maps keep.",
        "The Thai visitors called it ภูเขาหิมะ and took photographs from the car park.",
    ],
)
def test_foreign_terms_inside_english_sentences_are_kept(sentence: str) -> None:
    text = ENGLISH_ARTICLE.replace("Forecasters expect", f"{sentence}\n\nForecasters expect")
    assert findings(text, SL2) == []


QUOTED_LINES = ["مخبز الأمل", "Выхода нет", "ירושלים של זהב", "सत्यमेव जयते", "欢迎光临"]


@pytest.mark.parametrize("quote", QUOTED_LINES)
def test_quoted_line_between_sentences_is_kept(quote: str) -> None:
    # A sign, a motto or a verse quoted on a line of its own, the article's text around it.
    text = ENGLISH_ARTICLE.replace(
        "Forecasters expect",
        f"The sign over the door of the shop reads:\n\n{quote}\n\n"
        "It means much the same in every language, the owner said.\n\nForecasters expect",
    )
    assert findings(text, SL2) == []


@pytest.mark.parametrize("quote", QUOTED_LINES)
def test_the_same_line_among_chrome_is_interface(quote: str) -> None:
    text = ENGLISH_ARTICLE + f"\nShare\n{quote}\nComments\n"
    assert [f.code for f in findings(text, SL2)] == ["SL201"]


def test_short_english_lines_are_never_foreign() -> None:
    # langdetect calls "Like" Estonian and "Comments" French; script and word lists decide.
    text = "Quick note\n\nLike\nComments\nReply\nShare\nTweet\n"
    assert findings(text, SL2) == []
    assert findings(ENGLISH_ARTICLE + "\nLike\n1\nComments\nLeave a Reply\n", SL2) == []


def test_japanese_with_latin_brand_names_is_one_document() -> None:
    text = (
        "AppleがiPhone 16を発表\n\n"
        "Appleは9日、新型スマートフォン「iPhone 16」を発表した。価格は12万4800円からで、"
        "AI機能「Apple Intelligence」に対応する。\n\n"
        "iPhone 16 Pro\n\n"
        "上位モデルのiPhone 16 Proは、カメラの性能を大きく高めた。USB-C端子は従来通り。\n"
    )
    assert findings(text, SL2) == []


def test_bilingual_document_is_not_residue() -> None:
    russian = ARTICLES["ru"].split("\n\n")[2]
    english = ENGLISH_ARTICLE.split("\n\n")[2]
    text = "\n\n".join([english, russian, english, russian]) + "\n"
    assert findings(text, SL2) == []


# -- long passages (SL202) --------------------------------------------------------------

RUSSIAN_TEASER = (
    "Минобороны сообщило о новых учениях в Калининградской области, в которых "
    "задействованы более двух тысяч военнослужащих и около двухсот единиц техники."
)
GERMAN_TEASER = (
    "Die Polizei hat am Montag in der Innenstadt einen Mann festgenommen, der seit Wochen "
    "gesucht wurde. Nach Angaben der Staatsanwaltschaft soll er an mehreren Einbrüchen in "
    "Geschäfte und Wohnungen beteiligt gewesen sein, die Ermittlungen dauern noch an."
)


@pytest.mark.parametrize("teaser", [RUSSIAN_TEASER, GERMAN_TEASER])
def test_long_foreign_paragraph_is_removed_only_with_unsafe_fixes(teaser: str) -> None:
    text = ENGLISH_ARTICLE + "\n" + teaser + "\n"
    found = findings(text, SL2)
    assert [f.code for f in found] == ["SL202"]
    assert found[0].fix is not None and found[0].fix.applicability.value == "unsafe"
    assert fixed(text, SL2) == text
    assert fixed(text, SL2, unsafe=True) == ENGLISH_ARTICLE


def test_quotation_introduced_by_a_colon_is_kept() -> None:
    text = ENGLISH_ARTICLE + "\nThe ministry said in a statement:\n\n" + RUSSIAN_TEASER + "\n"
    assert findings(text, SL2) == []


# -- the language API for provenance ---------------------------------------------------


def test_document_and_line_language_record_the_method(seed_article_text: str) -> None:
    document = Document("seed.txt", seed_article_text)
    decision = document_language(document)
    # The article's function words leave no doubt: langdetect is not even loaded.
    assert (decision.language, decision.script, decision.method) == (
        "en",
        "Latin",
        "function-words",
    )
    assert decision.confidence > 0.95
    search = line_language(document, document.lines[63])
    assert (search.language, search.script, search.method) == ("ar", "Arabic", "interface-words")
    english = line_language(document, document.lines[5])
    assert (english.language, english.method) == ("en", "default")
    assert analyze(document).langdetect_calls == 0


def test_langdetect_decides_when_function_words_are_too_few() -> None:
    text = (
        "Die Minister trafen sich am Dienstag in Genf, um über die Lage zu sprechen. "
        "Es war ein langes Treffen.\n"
    )
    document = Document("short.txt", text)
    decision = document_language(document)
    assert (decision.language, decision.method) == ("de", "langdetect")
    assert analyze(document).langdetect_calls == 1


@pytest.mark.parametrize(
    ("language", "script"),
    [
        ("ar", "Arabic"),
        ("fa", "Arabic"),
        ("ru", "Cyrillic"),
        ("uk", "Cyrillic"),
        ("ja", "Han"),
        ("zh", "Han"),
        ("ko", "Hangul"),
        ("th", "Thai"),
        ("he", "Hebrew"),
    ],
)
def test_non_latin_documents_are_decided_by_script(language: str, script: str) -> None:
    document = Document("doc.txt", ARTICLES[language])
    decision = document_language(document)
    assert (decision.language, decision.method) == (language, "script")
    assert analyze(document).langdetect_calls == 0
    if language != "ja":  # Japanese counts kanji and kana together
        assert decision.script == script


def test_output_is_deterministic(seed_article_text: str) -> None:
    texts = [
        seed_article_text,
        *ARTICLES.values(),
        _with_interface(ENGLISH_ARTICLE, FOREIGN_INTERFACE["German"]),
        ENGLISH_ARTICLE + "\n" + GERMAN_TEASER + "\n",
    ]
    for text in texts:
        first, second = run(text, SL2, FixMode.UNSAFE), run(text, SL2, FixMode.UNSAFE)
        assert first.final.text == second.final.text
        assert [(f.start, f.message) for f in first.findings] == [
            (f.start, f.message) for f in second.findings
        ]


# -- property: inserted interface lines, and only they, are removed -----------------------

_ALL_INTERFACE = sorted({line for lines in FOREIGN_INTERFACE.values() for line in lines})


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=6), st.sampled_from(_ALL_INTERFACE)),
        min_size=1,
        max_size=4,
    )
)
def test_inserted_interface_lines_are_exactly_what_is_removed(
    inserts: list[tuple[int, str]],
) -> None:
    paragraphs = ENGLISH_ARTICLE.rstrip("\n").split("\n\n")
    for position, line in sorted(inserts, reverse=True):
        paragraphs.insert(min(position, len(paragraphs)), line)
    text = "\n\n".join(paragraphs) + "\n"
    assert _nonblank(fixed(text, SL2)) == _nonblank(ENGLISH_ARTICLE)
