"""SL3xx boilerplate rules, run through the real engine on real and real-shaped text."""

from __future__ import annotations

import time

import pytest

from seedlint.document import Document
from seedlint.engine import FixMode, lint
from seedlint.rules.boilerplate._prose import prose_lines
from seedlint.rules.boilerplate.configured import ConfiguredBoilerplate
from support import fixed, lines_of, run

SL3 = ("SL3",)


def kept_lines(text: str, gone: set[int]) -> list[str]:
    """The non-blank lines of `text` except the 1-based line numbers in `gone`."""
    return [
        line
        for number, line in enumerate(text.split("\n"), 1)
        if line.strip() and number not in gone
    ]


def nonblank(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


# --- the seeds --------------------------------------------------------------------------------


def test_seed_article_loses_counters_and_widget_only(seed_article_text: str) -> None:
    out = fixed(seed_article_text, SL3)
    gone = {3, 4, *range(62, 87)}
    assert nonblank(out) == kept_lines(seed_article_text, gone)
    assert out.endswith("Sources: News Agency - officials\n")


def test_seed_rewrite_loses_slug_comment_form_and_back_to_top(seed_rewrite_text: str) -> None:
    out = fixed(seed_rewrite_text, SL3)
    assert nonblank(out) == kept_lines(seed_rewrite_text, {1, 15, 17, 19})
    assert out.startswith("U.S. & Russia Make Diplomatic Strides in Istanbul Talks\n\n")
    assert out.endswith("more resilient diplomatic and economic ties.\n")


def test_seed_findings_by_code(seed_article_text: str, seed_rewrite_text: str) -> None:
    codes_article = {f.code for f in run(seed_article_text, SL3).findings}
    codes_rewrite = {f.code for f in run(seed_rewrite_text, SL3).findings}
    assert {"SL303", "SL304"} <= codes_article
    assert codes_rewrite == {"SL301", "SL302", "SL305"}


# --- SL301 comment-form-line ------------------------------------------------------------------

WORDPRESS_EN = """\
The council will vote on the plan next month.

Leave a Reply Cancel reply

Your email address will not be published. Required fields are marked *

Comment *

Name *

Email *

Website

Save my name, email, and website in this browser for the next time I comment.

Post Comment
"""


def test_wordpress_comment_form_goes_entirely() -> None:
    assert fixed(WORDPRESS_EN, SL3) == "The council will vote on the plan next month.\n"


# From shared/dev/boilerplate/0001.txt (a German WordPress.com blog).
WORDPRESS_DE = """\
Discussion about next meeting, when? What type? Etc. (30 mins)

Kommentar verfassen Antwort abbrechen

Gib hier Deinen Kommentar ein ...

Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:

Du kommentierst mit Deinem Twitter-Konto. ( Abmelden / Ändern)

Benachrichtigung bei weiteren Kommentaren per E-Mail senden.
"""


def test_german_wordpress_comment_form() -> None:
    assert fixed(WORDPRESS_DE, SL3) == (
        "Discussion about next meeting, when? What type? Etc. (30 mins)\n"
    )


@pytest.mark.parametrize(
    "line",
    [
        "اترك تعليقاً",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        "دیدگاهتان را بنویسید",
        "כתיבת תגובה",
        "Добавить комментарий",
        "Ваш адрес email не будет опубликован. Обязательные поля помечены *",
        "Залишити коментар",
        "Αφήστε μια απάντηση",
        "发表评论",
        "コメントを残す",
        "メールアドレスが公開されることはありません。 * が付いている欄は必須項目です",
        "답글 남기기",
        "ใส่ความเห็น",
        "एक उत्तर दें",
        "Bir yanıt yazın",
        "Deja una respuesta",
        "Laisser un commentaire",
        "Schreibe einen Kommentar",
        "Deixe um comentário",
        "Tinggalkan Balasan",
        "Để lại một bình luận",
        "Dodaj komentarz",
        "Lascia un commento",
        "Geef een reactie",
        "Comments are closed.",
        "Your comment is awaiting moderation.",
        "11 responses to “The Loneliest Woman in the World”",
        "2 Gedanken zu „Vegane Brownies mit Walnüssen“",
        "6 commentaires sur « La retraite à 64 ans »",
    ],
)
def test_comment_form_strings_in_many_languages(line: str) -> None:
    text = f"The article ends here with a full sentence.\n\n{line}\n"
    result = run(text, SL3)
    assert [f.code for f in result.findings] == ["SL301"]
    assert fixed(text, SL3) == "The article ends here with a full sentence.\n"


# --- SL302 page-chrome-line -------------------------------------------------------------------

# The head of shared/dev/boilerplate/0001.txt: a menu with blank lines inside it.
MENU_DE = """\
Suchen

Hauptmenü

Zum Inhalt wechseln

Startseite
Über DenkanStoos

Stoos Network World-wide

Unsere Gastgeber
Events
Arbeitsgruppen

Beitragsnavigation

← Vorherige Nächste →

DenkanStoos April 2012

Veröffentlicht am 11/04/2012 von bjoernlinder01
"""


def test_menu_run_goes_and_title_after_it_stays() -> None:
    out = fixed(MENU_DE, SL3)
    assert nonblank(out) == [
        "DenkanStoos April 2012",
        "Veröffentlicht am 11/04/2012 von bjoernlinder01",
    ]


# Shaped like the footer of shared/dev/boilerplate/0333.txt: a site's own section names,
# none of them a known label, between two articles' worth of prose.
FRENCH_ARTICLE = (
    "Le gouvernement a présenté mardi un projet de loi sur la retraite, qui sera débattu au "
    "Parlement dès le mois prochain.\n\n"
)
SECTIONS = "Régions\n\nAfriques\nAmériques\nAsie Orientale\nEurope\nMéditerranée\nMonde\nThèmes\n\n"


def test_long_run_of_bare_labels_is_a_menu() -> None:
    text = FRENCH_ARTICLE + SECTIONS + FRENCH_ARTICLE
    assert fixed(text, ("SL302",)) == FRENCH_ARTICLE + FRENCH_ARTICLE
    result = run(text, ("SL302",))
    assert {f.message for f in result.findings} == {
        f"Page chrome (menu of 8 short labels): `{label}`" for label in nonblank(SECTIONS)
    }


CHORUS = """\
The song that became the anthem of the protests

Written in a single night in 1989, the song spread from the squares of the capital to every \
town in the country within weeks.

The chorus, sung by crowds of thousands, is short:

We are here
We are many
We will stay
Until the morning
We are here
We are many
Light the way
For the morning

The band still plays it at every concert, its singer said.
"""

REVIEW = """\
Review: the Fieldmaster 3 is the best budget hiking boot we have tested

We walked more than 200 kilometres in the Fieldmaster 3 over two months, in rain, mud and snow.

Pros
Light
Waterproof
Cheap
Wide fit

Cons
Laces fray
Thin insole

Verdict
For the price, nothing else comes close. Buy it if you walk mostly on trails, skip it if you \
carry heavy loads.
"""


@pytest.mark.parametrize("text", [CHORUS, REVIEW], ids=["verse", "pros-and-cons"])
def test_short_lines_of_the_article_are_no_menu(text: str) -> None:
    assert run(text, SL3, FixMode.SAFE).final.text == text


def test_long_run_of_unknown_labels_amid_prose_is_a_menu() -> None:
    labels = (
        "Vorspeisen\nSuppen\nSalate\nHauptgerichte\nBeilagen\nSaucen\nDesserts\n"
        "Kuchen\nTorten\nPlätzchen\nGetränke\nCocktails\n"
    )
    before = "Der Teig muss eine Stunde ruhen, bevor er ausgerollt und gefüllt wird.\n\n"
    after = "\nDie Füllung kann man am Vortag zubereiten und im Kühlschrank lagern.\n"
    assert fixed(before + labels + after, ("SL302",)) == before + after.lstrip("\n")


@pytest.mark.parametrize(
    ("intro", "names"),
    [
        (
            "This year's award winners are:",
            "Helen Carter\nJoseph Okafor\nMaureen Lee\nSam Whitfield\nRuth Bennett\n"
            "Daniel Price\nGrace Holloway\nEdward Fisher\nAisha Rahman\nPeter Doyle\n",
        ),
        (
            "Le sélectionneur a retenu ces joueurs pour le tournoi :",
            "Gardiens\nMike Maignan\nBrice Samba\nAlphonse Areola\nDéfenseurs\n"
            "William Saliba\nJules Koundé\nThéo Hernandez\nDayot Upamecano\nMilieux\n"
            "Aurélien Tchouaméni\nAdrien Rabiot\nEduardo Camavinga\nAttaquants\n"
            "Kylian Mbappé\nOusmane Dembélé\nMarcus Thuram\n",
        ),
    ],
    ids=["award-winners", "squad-of-seventeen"],
)
def test_list_introduced_by_the_article_is_no_menu(intro: str, names: str) -> None:
    # Eight or more bare labels are a menu, but a menu is not introduced by a sentence: a list
    # of names under a line ending in a colon, with prose after it, is the article's.
    text = FRENCH_ARTICLE + f"{intro}\n\n{names}\n" + FRENCH_ARTICLE
    assert fixed(text, SL3) == text


def test_menu_after_a_chrome_label_with_a_colon_still_goes() -> None:
    text = FRENCH_ARTICLE + "Share this post:\n" + SECTIONS + FRENCH_ARTICLE
    assert fixed(text, ("SL302",)) == FRENCH_ARTICLE + FRENCH_ARTICLE


@pytest.mark.parametrize(
    "items",
    [
        SECTIONS.replace("Monde\n", ""),  # seven labels: a short list of the article's
        "200 g Zucker\n2 Eier\n1 Prise Salz\n500 ml Milch\n3 Äpfel\n50 g Butter\n"
        "1 Zitrone\n250 g Mehl\n",  # quantities, not links
    ],
)
def test_short_lists_of_the_article_stay(items: str) -> None:
    text = FRENCH_ARTICLE + items + "\n" + FRENCH_ARTICLE
    assert fixed(text, ("SL302",)) == text


@pytest.mark.parametrize(
    "line",
    [
        "Foto: GdP/Hagen Immel",
        "(Foto: picture alliance/dpa)",
        "Photo by ev on Unsplash",
        "Photograph by Ed Marshall, Redonda Restoration Programme",
        "Image copyright Reuters",
        "Augusta National/Getty Images",
        "Bildquelle: SWR",
        "Roman Prymula, photo: Archives du Gouvernement tchèque",
        "Fot. Lukasz Nowaczyk / Agencja Gazeta",
        "(crédito: Minervino Júnior/CB/D.A.Press)",
    ],
)
def test_image_credit_lines_go(line: str) -> None:
    text = f"The council will vote on the plan next month, the mayor said.\n\n{line}\n"
    assert [f.message for f in run(text, ("SL302",)).findings] == [
        f"Page chrome (image credit): `{line}`"
    ]


def test_thoughts_heading_without_a_count_stays() -> None:
    text = "Thoughts on the budget\n\nThe council will vote on the plan next month.\n"
    assert fixed(text, SL3) == text


@pytest.mark.parametrize(
    "line",
    [
        "La bendición se realizará mañana. Foto: LN",  # a caption of the article's picture
        "Photos: Before and after satellite photos of the Bay Area after the storms",
        "FOTOS: ¡Contra una casa se fue! Camión trataba de esquivar un choque",
        "Reuters",  # may credit the text itself: the attribution rules' business
        "Por Agencia EFE",
    ],
)
def test_captions_headlines_and_agency_credits_stay(line: str) -> None:
    text = f"The council will vote on the plan next month, the mayor said.\n\n{line}\n"
    assert run(text, ("SL302",)).findings == []


@pytest.mark.parametrize(
    "line",
    [
        "Back To Top",
        "Skip to content",
        "Share this:",
        "Drucken Twitter Google Facebook LinkedIn",
        "Home » News » Politics",
        "Privacy Policy | Terms of Use | Contact Us",
        # Fifteen words with the separators, twelve without: a row is measured by its links.
        "Help | Terms of Service | Privacy | Report a bug | Flag as objectionable",
        "Archive – RSS – Impressum – Datenschutz – 2009-2020 by Florian Posdziech – Powered by "
        "Nikola",
        "© 2020 Springer Nature Switzerland AG. Part of Springer Nature.",
        "Copyright © Hassanchef 2020",
        "Powered by Nikola",
        "Proudly powered by WordPress | Theme: Twenty Twenty",
        "We use cookies to improve your experience on our website.",
        "Sign up for our newsletter",
        # 26 words: a consent notice is longer than a menu label, shorter than a paragraph
        'By clicking "Submit", I consent to receiving the above communication from the '
        "publisher. I understand that I may unsubscribe at any time by using the link.",
        "← Older posts",
        "Next post",
        "Read more »",
        "Related Posts",
        "اقرأ المزيد",
        "Читайте также",
        "返回顶部",
        # Labels with their colon, and what they label.
        "Next: How to plant tomatoes in a small garden",
        "Previous: Ten years of the city's night buses",
        "Related: What Is The Best Soil For Bougainvillea?",
        "Tags: politics, economy, elections",
        "Catégories : Politique, Économie",
        "Kategorien: Allgemein",
    ],
)
def test_chrome_lines_go(line: str) -> None:
    text = f"The minister resigned on Friday after the vote.\n\n{line}\n"
    assert fixed(text, SL3) == "The minister resigned on Friday after the vote.\n"


def test_mojibake_title_is_repaired_not_taken_for_a_copyright_line() -> None:
    # `é` read through cp1252 is `Ã©`: its second half is the copyright sign.
    text = (
        "RÃ©sumÃ© du match\n\nLe club a gagnÃ© trois matchs de suite cette saison, et les"
        " supporters sont ravis.\n"
    )
    assert fixed(text) == text.replace("Ã©", "é")


@pytest.mark.parametrize(
    "line",
    [
        # The labels `Next:`, `Previous:`, `Related:`, `Topics:` ... without their colon.
        "Next year, the company plans to open two new factories in Ohio.",
        "Next, edit /etc/hosts.allow and add the following line to let local connections in.",
        "Previous studies have found a link between sleep and memory.",
        "Related research suggests the effect is smaller in adults.",
        "Topics discussed at the summit included trade and security.",
        "Theme parks reopened on Monday after months of closure.",
        "Category 5 hurricanes are the strongest storms on the scale.",
    ],
)
def test_sentences_opening_with_a_label_word_stay(line: str) -> None:
    text = f"The minister resigned on Friday after the vote.\n\n{line}\n"
    assert run(text, SL3).findings == []


RUNNING_TEXT = {
    "en": (
        "The council approved the budget on Tuesday after a long debate about the cost of the "
        "new bridge and the roads around it.",
        "Officials said the work would begin in the spring and that the city expected to "
        "finish it within two years.",
    ),
    "de": (
        "Der Rat hat den Haushalt am Dienstag nach einer langen Debatte über die Kosten der "
        "neuen Brücke und der Straßen um sie herum beschlossen.",
        "Die Verantwortlichen sagten, dass die Arbeiten im Frühjahr beginnen und die Stadt sie "
        "innerhalb von zwei Jahren abschließen will.",
    ),
    "fr": (
        "Le conseil a adopté le budget mardi après un long débat sur le coût du nouveau pont "
        "et des routes qui l'entourent.",
        "Les responsables ont indiqué que les travaux commenceraient au printemps et que la "
        "ville espérait les terminer en deux ans.",
    ),
    "es": (
        "El consejo aprobó el presupuesto el martes tras un largo debate sobre el coste del "
        "nuevo puente y de las carreteras que lo rodean.",
        "Los responsables dijeron que las obras comenzarán en primavera y que la ciudad espera "
        "terminarlas en dos años.",
    ),
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # Each opens with an entry of chrome_prefixes.txt (`publié dans`, `melden sie sich`...).
        ("fr", "Publié dans la revue Nature, l'étude montre que les abeilles dorment davantage."),
        ("es", "Publicado en el Boletín Oficial del Estado, el decreto entra en vigor el lunes."),
        ("de", "Melden Sie sich beim Gesundheitsamt, wenn Sie Symptome haben."),
        ("de", "Lesen Sie auch die Packungsbeilage, bevor Sie das Medikament einnehmen."),
        ("es", "Te recomendamos usar harina integral para que el pan quede más esponjoso."),
        ("en", "Posted in Afghanistan for two years, the sergeant saw heavy fighting."),
        ("en", "By clicking on the link, victims unknowingly installed the malware."),
        ("en", "Download the app and register before Friday, the health ministry urged."),
        ("en", "Share this moment with your family, the priest told the congregation."),
    ],
)
def test_sentences_of_running_text_opening_like_chrome_stay(lang: str, sentence: str) -> None:
    before, after = RUNNING_TEXT[lang]
    text = f"{before}\n\n{sentence}\n\n{after}\n"
    assert run(text, SL3, FixMode.SAFE).final.text == text


GLOSSARY = """\
The words of the web, explained

Every week a reader asks what a term means. This glossary collects the ones we are asked about most.

Cookie
A small file a website stores in your browser, so that the site can remember you.

{term}
{definition}

Tracking pixel
A tiny invisible image that tells the sender when an email was opened.
"""


@pytest.mark.parametrize(
    ("term", "definition"),
    [
        ("Newsletter", "An email a publisher sends to its subscribers on a regular schedule."),
        ("Privacy policy", "The document in which a website explains what data it collects."),
        ("Terms of service", "The rules you accept when you use a website or an app."),
        ("RSS feed", "A list of a website's latest posts that news-reader apps can follow."),
        ("Contact", "The page that tells you how to reach the people who run a website."),
    ],
)
def test_label_heading_a_paragraph_among_headed_paragraphs_stays(
    term: str, definition: str
) -> None:
    # A glossary's terms and a FAQ's questions head their paragraphs: a term that is also a
    # chrome label (`Newsletter`) is one of them.
    text = GLOSSARY.format(term=term, definition=definition)
    assert fixed(text, SL3) == text


@pytest.mark.parametrize(
    "section",
    [
        "Home\nYour home page is also a setting. Under Home, choose a blank page instead of the "
        "default start page.",
        "Search\nUnder Search, you can pick a search engine that does not keep a history of your "
        "queries.",
        "Cookies\nThe browser keeps cookies until they expire, so clear them once a month to "
        "be safe.",
    ],
    ids=["home", "search", "cookies"],
)
def test_label_heading_a_paragraph_that_names_it_stays(section: str) -> None:
    # A how-to's sections are titled by the settings they explain, and the text names them.
    before, after = RUNNING_TEXT["en"]
    text = f"{before}\n\n{section}\n\n{after}\n"
    assert fixed(text, SL3) == text


def test_label_over_a_paragraph_of_plain_prose_goes() -> None:
    before, after = RUNNING_TEXT["en"]
    text = f"{before}\n\nAdvertisement\n{after}\n\nNewsletter\n{before}\n"
    assert fixed(text, SL3) == f"{before}\n\n{after}\n\n{before}\n"


def test_chrome_opening_a_line_apart_from_running_text_goes() -> None:
    before, _ = RUNNING_TEXT["en"]
    text = (
        f"{before}\n\nShare this:\nFacebook\nTwitter\n\n"
        "Subscribe to our weekly letter and never miss a story.\n\nPrivacy Policy\n"
    )
    assert fixed(text, SL3) == f"{before}\n"


# --- what must stay ---------------------------------------------------------------------------

ARTICLE = """\
What to know about outcome of US-Rusia talks in Istanbul

About the meeting

On 10 April, Russian and US teams met in Istanbul for the second round.

Statements by Darchiev

The second round of talks allowed the sides to move forward.

US Comments

"We will see," he said.

Ingredients
2 eggs
1 cup flour
Salt

Steps:
1
Whisk the eggs.
2
Fold in the flour.

It worked.

Home is where the heart is, she wrote.

Share your thoughts with the committee before May.

Sources: News Agency - officials
"""


def test_article_title_headings_quotes_and_lists_stay() -> None:
    result = run(ARTICLE, SL3, FixMode.SAFE)
    assert result.final.text == ARTICLE
    assert result.findings == []


# --- SL303 counter-residue --------------------------------------------------------------------


def test_like_and_its_count_go() -> None:
    text = "The statement was published on Monday.\n\nLike\n1\n"
    assert fixed(text, SL3) == "The statement was published on Monday.\n"


@pytest.mark.parametrize(
    "line",
    [
        "4 Min Read",
        "1.2K views",
        "0 Comments",
        "8 KB",
        "5 min read - 1200 words",
        "1كيلو بايت",
        "1 245 просмотров",
    ],
)
def test_counts_with_units_go(line: str) -> None:
    text = f"Headline of the story\n\n{line}\n\nThe story starts with a sentence.\n"
    assert fixed(text, SL3) == "Headline of the story\n\nThe story starts with a sentence.\n"


def test_lone_number_without_counter_context_stays() -> None:
    text = "Final score\n\n3\n\nThe home side won after extra time.\n"
    assert fixed(text, SL3) == text


# --- SL304 related-posts-widget ---------------------------------------------------------------

WIDGET = """\
The ministry said talks would continue.

You may also like
Politics
Senate passes the budget after a long night
The Senate passed the budget early on Saturday after a session that lasted...
By Jane Roe 2024-03-02 0 comments
Economy
Inflation slows for a third month
Consumer prices rose less than expected in February, the statistics office said...
By John Doe 2024-03-01 4 comments
World
Floods hit the north of the country
Heavy rain caused rivers to burst their banks in several northern provinces…
By Ann Smith 2024-02-28 12 comments
"""


def test_widget_block_goes_whole() -> None:
    result = run(WIDGET, ("SL304",), FixMode.SAFE)
    assert result.final.text == "The ministry said talks would continue.\n"


def test_two_teasers_are_not_a_widget() -> None:
    text = (
        "He wrote: the first draft was long and went on and on...\n"
        "Then a second note.\n"
        "She answered that the plan was not ready yet...\n"
    )
    assert list(run(text, ("SL304",)).findings) == []


# --- SL305 title-slug-line --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "title"),
    [
        (
            "U_S____Russia_Make_Diplomatic_Strides_in_Istanbul_Talks",
            "U.S. & Russia Make Diplomatic Strides in Istanbul Talks",
        ),
        ("floods-hit-the-north-of-the-country", "Floods hit the north of the country"),
        ("Senate_passes_the_budget", "Senate passes the budget after a long night"),
    ],
)
def test_slug_of_the_title_goes(slug: str, title: str) -> None:
    text = f"{slug}\n\n{title}\n\nThe body of the article.\n"
    assert fixed(text, ("SL305",)) == f"{title}\n\nThe body of the article.\n"


def test_identifier_without_matching_title_stays() -> None:
    text = "Set max_open_files_limit in the config.\n\nmax_open_files_limit\n\nThen restart.\n"
    assert fixed(text, ("SL305",)) == text


# --- SL306 configured-boilerplate -------------------------------------------------------------


def lint_with(text: str, **options: list[str]) -> str:
    rule = ConfiguredBoilerplate({key.replace("_", "-"): value for key, value in options.items()})
    return lint(Document("doc.txt", text), [rule], FixMode.SAFE).final.text


def test_configured_phrase_matches_whole_line_case_insensitively() -> None:
    text = (
        "The vote is on Monday.\n\nSIGN UP FOR THE DAILY BRIEF:\n\n"
        "Sign up for the daily brief today, she said.\n"
    )
    out = lint_with(text, extra_phrases=["Sign up for The Daily Brief"])
    assert out == "The vote is on Monday.\n\nSign up for the daily brief today, she said.\n"


def test_configured_pattern_removes_matching_lines() -> None:
    text = "Photo: John Smith / Getty Images\n\nThe fire was put out by noon.\n"
    out = lint_with(text, extra_patterns=[r"^Photo: .{0,80}/ Getty Images$"])
    assert out == "The fire was put out by noon.\n"


def test_catastrophic_pattern_returns_quickly() -> None:
    text = "a" * 20_000 + "!\n\nThe article.\n"
    started = time.perf_counter()
    out = lint_with(text, extra_patterns=["(a+)+$", "(a|aa)*b", "(.*a){12}x"])
    assert time.perf_counter() - started < 5
    assert out == text


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?=ad)", r"(?<!x)ad", "[unclosed"])
def test_patterns_that_need_backtracking_or_are_invalid_are_rejected(pattern: str) -> None:
    with pytest.raises(ValueError, match="extra-patterns"):
        ConfiguredBoilerplate({"extra-patterns": [pattern]})


def test_options_must_be_lists_of_strings() -> None:
    with pytest.raises(ValueError, match="list of strings"):
        ConfiguredBoilerplate({"extra-phrases": "Sign up"})


def test_no_options_no_findings() -> None:
    assert list(ConfiguredBoilerplate().check(Document("d.txt", "Sponsored\n"))) == []


# --- SL307 page-tail-line ---------------------------------------------------------------------

# Shaped like the end of shared/dev/boilerplate/0003.txt: the article, then the site's tail.
TAIL_EN = """\
Polo is a complicated equestrian game, and most of the action happens far away from you.

Today, Argentina is a dominant force in polo, because the British Army found ideal conditions there.

Sources: Royal Salute press office

Luxurious Friends
Luxury and Lifestyle Articles

The Balvenie Starts A New Chapter With Stories Collection
June 7, 2019
General News

Three Manga Artists Encapsulate The Japanese Spirit of Lexus
June 5, 2019
"""


def test_tail_after_last_sentence_goes_and_credit_line_stays() -> None:
    result = run(TAIL_EN, SL3, FixMode.SAFE)  # the dates go as SL302 date lines
    assert result.final.text == (
        "Polo is a complicated equestrian game, and most of the action happens far away from"
        " you.\n\nToday, Argentina is a dominant force in polo, because the British Army found"
        " ideal conditions there.\n\nSources: Royal Salute press office\n"
    )
    assert run(result.final.text, SL3).findings == []  # fixed point: nothing more to take


TAIL_DE = """\
Die Stadt hat den Haushalt für das kommende Jahr am Dienstag mit großer Mehrheit beschlossen.

Quelle: dpa

Weitere Artikel
Neues Stadion in Ulm nach zwei Jahren Bauzeit eröffnet
Hochwasser in Passau: Pegel steigt weiter
Redaktion Ulm, Platzgasse 1, 89073 Ulm, Telefon 0731 156 0

Back to top
"""


def test_german_tail_goes() -> None:
    assert fixed(TAIL_DE, SL3) == (
        "Die Stadt hat den Haushalt für das kommende Jahr am Dienstag mit großer Mehrheit"
        " beschlossen.\n\nQuelle: dpa\n"
    )


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (TAIL_EN, {"SL302", "SL307"}),
        # `Weitere Artikel` heads a list of headlines: SL304 takes the list, SL302 the heading.
        (TAIL_DE, {"SL302", "SL304"}),
    ],
)
def test_tail_lines_flagged_by_other_rules_are_reported_once(text: str, codes: set[str]) -> None:
    result = run(text, SL3)
    starts = [f.start for f in result.findings]
    assert len(starts) == len(set(starts))
    assert {f.code for f in result.findings} == codes


@pytest.mark.parametrize(
    "ending",
    [
        "Ingredients\n2 eggs\n1 cup flour\n\nIt worked.",  # a short sentence closes the article
        '"We will see," he said.\n\nUS Comments',  # a short quote, then only two lines
        "Jane Roe, Berlin\nMarch 2024",  # a sign-off: fewer than three lines
    ],
)
def test_article_endings_stay(ending: str) -> None:
    text = (
        "The second round of talks allowed the sides to move forward on the embassies.\n\n"
        f"{ending}\n"
    )
    assert fixed(text, ("SL307",)) == text


@pytest.mark.parametrize(
    ("lang", "sign_off"),
    [
        ("en", "Yours faithfully,\n\nMargaret Hollis\nChair, Friends of Market Square\nWellford"),
        (
            "de",
            "Mit freundlichen Grüßen\nDr. Petra Lange\nLeiterin des Ordnungsamts\nStadt Neuburg",
        ),
        ("fr", "Cordialement,\n\nJean Moreau\nPrésident de l'association des riverains\nLyon"),
        ("es", "Atentamente,\nLucía Fernández Ortega\nVecina del barrio de Triana\nSevilla"),
    ],
    ids=["en", "de", "fr", "es"],
)
def test_letter_ending_on_its_signature_keeps_it(lang: str, sign_off: str) -> None:
    # A letter to the editor or an official notice ends on a valediction and a signature:
    # short lines with no prose after the last sentence, like a footer, but the article's.
    before, after = RUNNING_TEXT[lang]
    text = f"{before}\n\n{after}\n\n{sign_off}\n"
    assert fixed(text, SL3) == text


def test_footer_after_a_signature_still_goes() -> None:
    before, after = RUNNING_TEXT["en"]
    article = f"{before}\n\n{after}\n\nKind regards,\nJane Roe\n"
    footer = "\nContact the newsroom\nAdvertise with the Courier\nJobs at the Courier\n"
    assert fixed(article + footer, SL3) == article


def test_text_without_prose_is_left_alone() -> None:
    text = "Home\nNews\nSport\nWeather\n"
    assert fixed(text, ("SL307",)) == text


# --- SL302 date and byline lines --------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By Chiara Terzuolo Feb 18, 2020 4 min read",
        "Updated: January 16, 2020",
        "PUBLISHED: January 16, 2023 at 4:30 p.m. | UPDATED: January 17, 2023 at 3:58 a.m.",
        "By John Walk - January 10, 2020",
        "Jun 18th 2018",
        "Dienstag, 4. Juni 2019, 15:54",
        "Veröffentlicht am 6. Juli 2015 von Mark Hosak",
        "Publié le 12 mars 2021 par Marie Dupont",
        "Publicado el 3 de mayo de 2020",
        "16.08.2019",
    ],
)
def test_date_and_byline_lines_go(line: str) -> None:
    text = f"{line}\n\nThe council will vote on the plan next month, the mayor said.\n"
    assert (
        fixed(text, ("SL302",)) == "The council will vote on the plan next month, the mayor said.\n"
    )


@pytest.mark.parametrize(
    "line",
    [
        "The council met on May 6, 2019 to vote on the plan.",  # a sentence with a date
        "Paris Agreement December 2015",  # a heading: a name without a byline word
        "Telefon: +81 158-23-2012",  # a phone number is not a numeric date
        "Lieferung bis zum 30. April",
    ],
)
def test_lines_with_dates_that_are_text_stay(line: str) -> None:
    text = f"{line}\n\nThe council will vote on the plan next month, the mayor said.\n"
    assert fixed(text, ("SL302",)) == text


# --- SL307 closing lists and the early end (unsafe) -------------------------------------------

# Shaped like shared/dev/boilerplate/0011.txt: the article closes on an introduced list.
CLOSING_LIST = """\
Erin started programming at nineteen, and she has been teaching others ever since then.

Want to learn more about featured leaders for Women's History Month? Read about:

Laura Frank Tacho, Director of Engineering at CloudBees
Rachel White, Developer Experience Lead at American Express
Heidy Khlaaf, Research Consultant at Adelard LLP
"""


def test_article_ending_in_an_introduced_list_keeps_it() -> None:
    assert fixed(CLOSING_LIST, ("SL307",)) == CLOSING_LIST


def test_article_ending_in_a_bulleted_list_keeps_it() -> None:
    text = (
        "What you need for the trip, as the guide explained it to us on the first day:\n"
        "- a map\n\n"
        "We packed the night before, and the bus left at six in the morning as planned.\n\n"
        "- warm socks\n- a torch\n- two litres of water\n"
    )
    assert fixed(text, ("SL307",)) == text


@pytest.mark.parametrize(
    "closing",
    [
        "In short:\n- Tax thresholds: frozen\n- Fuel duty: frozen\n- State pension: up 4.1%",
        "Zutaten:\n• 200 g Mehl\n• 2 Eier\n• 1 Prise Salz",
        "À retenir :\n1. Inscription avant le 3 mars\n2. Dossier complet\n3. Frais de 20 euros",
    ],
    ids=["summary", "ingredients", "numbered"],
)
def test_article_ending_in_a_labelled_bulleted_list_keeps_it(closing: str) -> None:
    text = (
        "The state pension rises by 4.1 per cent in April, the chancellor told parliament.\n\n"
        f"{closing}\n"
    )
    assert fixed(text, SL3) == text


def test_labelled_share_list_after_the_article_still_goes() -> None:
    article = "The state pension rises by 4.1 per cent in April, the chancellor told parliament.\n"
    assert fixed(article + "\nShare this:\n- Facebook\n- Twitter\n- Email\n", SL3) == article


def test_list_with_chrome_after_the_article_still_goes() -> None:
    text = (
        "The council will vote on the plan next month, the mayor said on Tuesday.\n"
        "Share this:\nTwitter\nFacebook\nMore stories\nFloods hit the north\n"
    )
    assert fixed(text, SL3) == (
        "The council will vote on the plan next month, the mayor said on Tuesday.\n"
    )


# Shaped like shared/dev/boilerplate/0009.txt and 0027.txt: a share row and a `Related` label,
# then prose that is the page's (an author bio, a newsletter pitch), then headlines.
EARLY_END = (
    "\n\n".join(
        f"Paragraph {n} of the report says that the city will need a new water plan, and that "
        "the old pipes under the river have to be replaced within the next ten years."
        for n in range(1, 6)
    )
    + """

Share this:
Facebook
Twitter

Related posts

Will Knight is a senior writer for the magazine, and he has covered the city for years.

Sign up today, and get the best of our reporting in your inbox every week.
Floods hit the north
Senate passes the budget
New bridge opens in the spring
"""
)


def test_prose_after_a_strong_chrome_boundary_goes() -> None:
    article = EARLY_END.split("\n\nShare this:")[0] + "\n"
    assert fixed(EARLY_END, SL3) == article


# The same page with a boundary of two flagged lines only: a weak sign, an unsafe fix.
WEAK_END = EARLY_END.replace("Share this:\nFacebook\nTwitter\n\n", "Share this:\n\n")


def test_prose_after_a_weak_chrome_boundary_goes_only_with_unsafe_fixes() -> None:
    article = WEAK_END.split("\n\nShare this:")[0] + "\n"
    safe = fixed(WEAK_END, SL3)
    assert "Will Knight is a senior writer" in safe
    assert "Share this:" not in safe
    assert fixed(WEAK_END, SL3, unsafe=True) == article
    result = run(WEAK_END, ("SL307",))
    unsafe = [f for f in result.findings if f.fix and f.fix.applicability.value == "unsafe"]
    assert unsafe and all(f.code == "SL307" for f in unsafe)


def test_prose_after_inline_chrome_is_kept_when_it_is_much_of_the_article() -> None:
    text = EARLY_END.replace(
        "Will Knight is a senior writer",
        "\n\n".join(
            f"Paragraph {n} of the report says the works will start in the spring of next year"
            " and will close two bridges for months."
            for n in range(6, 9)
        )
        + "\n\nWill Knight is a senior writer",
    )
    assert "Paragraph 8 of the report" in fixed(text, SL3, unsafe=True)


# Shaped like shared/dev/boilerplate/0041.txt: headlines of other stories after the article,
# two of them short questions. A short question is no article sentence, so the article still
# ends at its last statement and the whole list goes.
NEANDERTHAL = """\
The tool was found on a beach near The Hague, and carbon dating showed it to be about 50,000 \
years old.

The researchers say that making the tar took planning, and that the Neanderthals who made it \
knew what they were doing.
"""
QUESTION_HEADLINES = """
Relevant PhysicsForums posts
Oldest material found on Earth?
Complex series of geologic processes generated seismic humming
Highest recorded temperature in a given year
Why do new rocks keep appearing in my garden?
"""


def test_short_question_headlines_do_not_extend_the_article() -> None:
    assert fixed(NEANDERTHAL + QUESTION_HEADLINES, SL3) == NEANDERTHAL


# Shaped like shared/dev/boilerplate/0549.txt and 0371.txt: after the article, a long run of
# bylines, tags and headlines with one line of known chrome in it, then another story's teaser
# (prose) and its author. Three flagged lines would make an early end; one does with the run.
SPANISH_ARTICLE = "\n\n".join(
    [
        "La alcaldía de Medellín presentó este jueves el plan para ampliar la red del metro hacia"
        " el norte de la ciudad, una obra que se espera desde hace más de diez años.",
        "Según el secretario de movilidad, las obras comenzarán en el segundo semestre y costarán"
        " cerca de dos billones de pesos, que pagarán la ciudad y la nación.",
        "Los vecinos del barrio Moravia, por donde pasará la nueva línea, pidieron que se les"
        " consulte antes de que empiecen las demoliciones de sus casas.",
        "El concejo debe aprobar el presupuesto antes de que termine el año, y varios concejales"
        " ya dijeron que pedirán más detalles sobre los costos.",
    ]
)
TEASER_RUN = """

Lea también: Así avanza el tranvía de la 80

Ana Gómez Restrepo
Medellín
Transporte
Metro de Medellín

Más recientes
El paro de transportadores deja sin servicio a treinta municipios
Nacional gana en Pereira y sigue líder del torneo
Nuevo alumbrado público en el barrio Carlos E. Restrepo
Borré, al grupo de finalistas en Europa

La gobernación anunció que la vía al mar estará cerrada durante el fin de semana por los \
trabajos en el túnel, según informó el secretario de infraestructura.
Carlos Ruiz
"""


def test_teaser_after_a_long_run_without_prose_goes() -> None:
    result = run(SPANISH_ARTICLE + TEASER_RUN, SL3, FixMode.SAFE)
    assert result.final.text == SPANISH_ARTICLE + "\n"
    # The tail goes in the round that removes the chrome it was judged by.
    assert len(result.rounds) == 1


# Shaped like shared/dev/boilerplate/0589.txt: a share label and the tags, then the site's
# pitch for support. A run of four lines is enough when under a tenth of the prose follows.
SUPPORT_PITCH = """

Compartir
Congreso
Elecciones 2022
Gobierno

Hacemos periodismo desde hace 106 años y necesitamos tu apoyo.
"""


def test_site_pitch_after_a_short_run_goes_when_it_is_little_prose() -> None:
    assert fixed(SPANISH_ARTICLE + SUPPORT_PITCH, SL3) == SPANISH_ARTICLE + "\n"


def test_a_longer_closing_paragraph_after_a_short_run_stays() -> None:
    closing = (
        "Hacemos periodismo desde hace 106 años, y esta investigación de seis meses sobre las"
        " obras del metro es parte de ese trabajo que hacemos para ustedes."
    )
    text = SPANISH_ARTICLE + SUPPORT_PITCH.replace(
        "Hacemos periodismo desde hace 106 años y necesitamos tu apoyo.", closing
    )
    assert closing in fixed(text, SL3)


# A comment form and cookie notices inside the article are flagged chrome, not text the article
# is made of: they do not count against the page reading as running text before the run.
CHROME_INSIDE = """\
Deja una respuesta
Cancelar respuesta
Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *
Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.
Publicar el comentario

Este sitio web utiliza cookies para mejorar su experiencia de navegación y para fines \
analíticos. Si continúa navegando, consideramos que acepta su uso y nuestra política de privacidad.
Utilizamos cookies propias y de terceros para mostrarle publicidad relacionada con sus \
preferencias según el análisis de sus hábitos de navegación.
Este sitio web utiliza cookies de terceros para medir la audiencia y ofrecerle contenidos \
adaptados a sus intereses."""


def test_chrome_inside_the_article_does_not_hide_the_run_after_it() -> None:
    paragraphs = SPANISH_ARTICLE.split("\n\n")
    page = "\n\n".join([*paragraphs[:2], CHROME_INSIDE, *paragraphs[2:]]) + TEASER_RUN
    assert fixed(page, SL3) == SPANISH_ARTICLE + "\n"


# Shaped like shared/dev/boilerplate/0277.txt: a page of dance steps written without full stops
# is not running text, so the same run after it is no sign that the article has ended.
DANCE_STEPS = """\
Enchufla doble

La pareja baila primero una Enchufla normal, y después el hombre repite el giro con la otra mano.

Empieza como una Enchufla normal con la mano derecha arriba
el hombre pasa por debajo del brazo de la mujer hacia la izquierda
la mujer gira hacia la derecha mientras él cambia de lugar
al final los dos vuelven a la posición abierta del principio
se repite la vuelta con la mano izquierda y sin soltar la derecha
termina en Dile que no con la mano derecha de la mujer en la cintura"""


def test_long_run_after_a_page_that_is_not_running_text_stays() -> None:
    out = fixed(DANCE_STEPS + TEASER_RUN, SL3)
    assert out == DANCE_STEPS + TEASER_RUN.replace(
        "Lea también: Así avanza el tranvía de la 80\n\n", ""
    )


# Shaped like shared/dev/boilerplate/0159.txt: the last paragraph ends in a photo credit glued
# to its last sentence, so it does not end like a sentence; it is still the article's prose.
UNCLOSED_LAST_PARAGRAPH = """\
Preisanpassungen bei Wasser und Fernwärme

Zuständig für die Versorgung mit Trinkwasser sind die Gemeinden, oft erfolgt die Versorgung \
durch kommunale Betriebe.

Gleichwohl gibt es bei der Ausgestaltung Spielräume, und ob die Preiserhöhungen im Einzelfall \
gerechtfertigt sind, müsste gegebenenfalls gerichtlich geklärt werden (Billigkeitskontrolle \
nach § 315 BGB). Vor einer Klage sollten sich die Kunden informieren, zum Beispiel bei den \
Verbraucherzentralen. Auch die Aufsichtsbehörden nehmen Hinweise zu überhöhten Preisen \
entgegen.Foto: photocase.de
"""
LAW_LINKS = """
Zusatzinformationen
Rechtliches und Gesetze
BGB § 305
Einbeziehung Allgemeiner Geschäftsbedingungen in den Vertrag
BGB § 315
Bestimmung der Leistung durch eine Partei
"""


def test_last_paragraph_ending_in_a_glued_credit_stays() -> None:
    assert fixed(UNCLOSED_LAST_PARAGRAPH + LAW_LINKS, SL3) == UNCLOSED_LAST_PARAGRAPH


def test_unclosed_long_line_alone_is_not_prose() -> None:
    # Without a prose line before it, such a line may be a footer or a teaser cut short.
    alone = UNCLOSED_LAST_PARAGRAPH.split("\n\n", 2)[2]
    text = "Preisanpassungen\n\n" + alone + LAW_LINKS
    assert fixed(text, ("SL307",)) == text


# An Indonesian lead, and sentences of the article's end whose function words (`jika`,
# `tentang`, `terlalu`, `agar`, `bahwa`) the language's list once lacked: under a fifth of
# their words were listed, so they did not read as prose and SL307 cut them as the page's tail.
LEAD_ID = (
    "Lidah buaya termasuk tanaman yang mudah dirawat dan cocok untuk pemula. Tanaman ini tidak "
    "membutuhkan banyak air dan bisa tumbuh di pot kecil.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jika daun lidah buaya mulai menguning, kemungkinan tanaman terlalu banyak disiram. Baca "
        "juga panduan kami tentang cara memilih pupuk organik, karena pupuk yang tepat membuat "
        "tanaman tumbuh lebih cepat.",
        "Tanaman yang sehat biasanya mengeluarkan tunas baru setiap beberapa bulan. Tunas "
        "tersebut bisa dipisahkan dan ditanam di pot lain setelah tingginya sekitar sepuluh "
        "sentimeter.",
        "Menurut petugas, hanya sebagian kecil rumah yang rusak parah setelah gempa, sehingga "
        "bantuan bisa segera disalurkan.",
    ],
)
def test_indonesian_running_text_is_prose(sentence: str) -> None:
    text = f"{LEAD_ID}{sentence}\n"
    assert prose_lines(Document("doc.txt", text)) == {0, 2}


# Chinese and Japanese articles often end on short one-sentence paragraphs. Written without
# spaces, each was one token, short of the two words a statement needed to be prose, so three
# of them at the end were taken for the page's tail.
@pytest.mark.parametrize(
    ("lead", "ending"),
    [
        (
            "中国科学院的研究团队近日在青藏高原东部发现了一种新的龙胆属植物，相关论文已发表在国际期刊上。",
            "目前只在三个地点发现了它的种群。\n\n研究团队建议将该物种列入地方保护名录。\n\n"
            "该研究得到了国家自然科学基金的资助。",
        ),
        (
            "さっぽろ雪まつりが4日に開幕し、初日から国内外の多くの観光客でにぎわった。",
            "過去最多を更新したという。\n\nライトアップは午後10時まで行われる。\n\n"
            "「会場は混雑が予想されます。」",
        ),
    ],
    ids=["zh", "ja"],
)
def test_short_chinese_and_japanese_statements_end_the_article(lead: str, ending: str) -> None:
    text = f"{lead}\n\n{ending}\n"
    assert fixed(text, ("SL307",)) == text


# --- SL308 page-head-line ---------------------------------------------------------------------

# Shaped like shared/dev/boilerplate/0054.txt: the title bar, the site's header, the heading.
BODY = (
    "Workers in protective suits were seen stacking coffins in deep trenches on the island.\n\n"
    "Officials say burials are being ramped up at the site, which has long been used for "
    "people with no next of kin.\n"
)
HEADED_PAGE = (
    "Coronavirus: New York ramps up mass burials amid outbreak - Daily Courier\n\n"
    "Homepage\n\nAccessibility links\n\nWeather\niPlayer\nSounds\nTaster\n\n"
    "Coronavirus: New York ramps up mass burials amid outbreak\n\n10 April 2020\n\n" + BODY
)


def test_site_header_between_title_bar_and_heading_goes() -> None:
    # (the date goes too, as SL302's)
    assert fixed(HEADED_PAGE, SL3) == (
        "Coronavirus: New York ramps up mass burials amid outbreak\n\n" + BODY
    )
    # The title bar and the header lines SL302 does not know (`iPlayer`) are SL308's.
    assert lines_of(run(HEADED_PAGE, ("SL308",)), "SL308") == [1, 8]


def test_title_bar_equal_to_the_heading_stays() -> None:
    text = HEADED_PAGE.replace(" - Daily Courier", "")
    assert fixed(text, SL3) == (
        "Coronavirus: New York ramps up mass burials amid outbreak\n\n"
        "Coronavirus: New York ramps up mass burials amid outbreak\n\n" + BODY
    )


def test_lead_sentence_in_the_header_stays() -> None:
    lead = (
        "New York City has begun burying more of its dead on Hart Island, where the city has "
        "long buried people with no next of kin or who could not afford a funeral"
    )
    text = HEADED_PAGE.replace("Weather\n", f"Weather\n\n{lead}\n\n")
    out = fixed(text, SL3)
    assert lead in out
    assert "Homepage" not in out and "Taster" not in out


def test_title_repeated_after_the_body_is_not_a_header() -> None:
    text = (
        "Floods hit the north | City News\n\nNews\nSport\n\n" + BODY + "\nMore stories\n"
        "Floods hit the north\nSenate passes the budget\n"
    )
    assert run(text, ("SL308",)).findings == []


def test_page_without_title_bar_repetition_is_left_alone() -> None:
    text = "Floods hit the north\n\nNews\nSport\n\n" + BODY
    assert fixed(text, ("SL308",)) == text
