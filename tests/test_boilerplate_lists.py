"""SL3xx: newsletter and disclosure lines, related-links lists, author boxes, closing sentences.

Each fixture is shaped like a page of shared/dev/boilerplate (the page named beside it), with
the site's own names replaced; each behaviour has a look-alike of article text that must stay.
"""

from __future__ import annotations

import pytest

from support import fixed, lines_of, run

SL3 = ("SL3",)
LEAD = "The minister resigned on Friday after the vote, her office said in a statement.\n\n"


# --- SL302: newsletter sign-up prompts --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # 0175, 0197: the pitch names the site's newsletter, a compound of its name.
        "Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos die EXAMPLE-Newsletter und"
        " bleiben Sie über alle aktuellen Entwicklungen auf dem Laufenden.",
        # 0411
        "Immer informiert bleiben mit dem wöchentlichen Example Newsletter. Jetzt anmelden!",
        # 0013
        "Thank you for subscribing to Example's Newsletter.",
        # 0559
        "Suscribite gratis y recibí el newsletter de Ambiente en tu email.",
        # 0099
        "WANT MORE RECIPES? Subscribe to our newsletter and follow us on Facebook, Pinterest and"
        " Instagram for all of the latest updates.",
    ],
)
def test_newsletter_sign_up_prompts_go(line: str) -> None:
    assert fixed(f"{LEAD}{line}\n", SL3) == LEAD.rstrip("\n") + "\n"


@pytest.mark.parametrize(
    "line",
    ["Newsletter", "Daily Forecast Newsletter", "Newsletter Sciences et Avenir"],
)
def test_short_lines_naming_a_newsletter_go(line: str) -> None:
    assert fixed(f"{LEAD}{line}\n", SL3) == LEAD.rstrip("\n") + "\n"


@pytest.mark.parametrize(
    "line",
    [
        # A report on someone's newsletter: no sign-up cue, the site is not speaking.
        "The senator's weekly newsletter said the bridge would reopen in May.",
        "Verwendete Quellen: Instagram, Heated-Newsletter, Good on You",
        # A headline about newsletters: the word neither opens nor closes it.
        "How newsletters became the new blogs",
        # Reported speech with a cue word: quoted, so the site is not speaking.
        '"Our newsletter now reaches 40,000 readers every week," said Jane Roe, its editor.',
    ],
)
def test_lines_mentioning_a_newsletter_without_a_sign_up_cue_stay(line: str) -> None:
    text = f"{LEAD}{line}\n"
    assert fixed(text, SL3) == text


# --- SL302: disclosures anywhere in a short line ----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # 0055, 0095: the site's name comes first, so no prefix reaches the disclosure.
        "Example Gamer is supported by its audience. When you buy through links on our site, we"
        " may earn an affiliate commission. Learn more",
        # 0181
        "Links auf Online-Shops in Artikeln können sogenannte Affiliate-Links sein. Wenn ihr über"
        " diesen Link einkauft, erhält der Verlag eine Provision.",
        # 0049
        "Thank you for visiting example.com. You are using a browser version with limited support"
        " for CSS.",
    ],
)
def test_site_disclosures_go_wherever_they_stand(line: str) -> None:
    assert fixed(f"{LEAD}{line}\n", SL3) == LEAD.rstrip("\n") + "\n"


def test_article_sentence_about_affiliate_links_stays() -> None:
    text = f"{LEAD}Critics say affiliate links distort reviews, and the regulator agrees.\n"
    assert fixed(text, SL3) == text


# --- SL304: headline lists under a related-posts heading --------------------------------------

# Shaped like 0031: the list sits inside the article, which goes on after it.
RELATED_INSIDE = """\
A total of 6,000 surgical masks have been lost at a hospital, the police said on Tuesday.

Four of the 12 boxes of masks were gone, and the room is usually locked, officials said.

RELATED STORIES

Do masks offer protection from the new virus? It depends
Hoarding and price-gouging send mask prices soaring
Wanted man arrested after re-entering the country to buy face masks

The incident has occurred at a time when the country is seeing a shortage of face masks.
"""


def test_related_headlines_inside_the_article_go() -> None:
    result = run(RELATED_INSIDE, SL3)
    assert lines_of(result, "SL304") == [7]
    assert fixed(RELATED_INSIDE, SL3) == (
        "A total of 6,000 surgical masks have been lost at a hospital, the police said on"
        " Tuesday.\n\nFour of the 12 boxes of masks were gone, and the room is usually locked,"
        " officials said.\n\nThe incident has occurred at a time when the country is seeing a"
        " shortage of face masks.\n"
    )


# Shaped like 0557: one headline per paragraph, then the comment link and the tags.
RELATED_SPACED = """\
La presidenta de la organización denunció ayer que se le ha intentado silenciar desde el partido.

Relacionados:

El portavoz indica que el proyecto de ley “es inaceptable”

El gobernador ante posible eliminación del derecho: “Siempre se puede legislar”

Aborto, código electoral y el status serán parte de los temas a discutir

💬 Ver comentarios

Tags:

Recibe notificaciones de las noticias más importantes del día.
"""


def test_related_headlines_one_per_paragraph_go() -> None:
    assert fixed(RELATED_SPACED, SL3) == (
        "La presidenta de la organización denunció ayer que se le ha intentado silenciar desde"
        " el partido.\n\nRecibe notificaciones de las noticias más importantes del día.\n"
    )


def test_subheading_after_a_related_heading_stays() -> None:
    # One headline, then the article's subheading and its paragraph: no list of two.
    text = (
        f"{LEAD}Lesen Sie auch\n\nNeues Stadion in Ulm eröffnet\n\nDie Reaktionen\n\n"
        "Die Opposition hat den Rücktritt begrüßt und fordert nun eine Neuwahl im Herbst.\n"
    )
    out = fixed(text, SL3)
    assert "Die Reaktionen\n\nDie Opposition hat" in out
    assert "Neues Stadion in Ulm eröffnet" in out


def test_paragraph_with_a_sentence_under_a_related_heading_stays() -> None:
    text = (
        f"{LEAD}Related\n\nThe council will publish the full report next week.\n"
        "Its findings will be debated in March\n\n"
        "The opposition welcomed the resignation and called for an election in the autumn.\n"
    )
    out = fixed(text, SL3)
    assert "The council will publish the full report next week.\nIts findings" in out


def test_a_review_s_recommended_products_stay() -> None:
    """`Recommended` over a list of products is a review's verdict, not a related-posts box:
    only headings that name other articles (`Related stories`, `Lesen Sie auch`) start one."""
    products = "Sony WH-1000XM5\nBose QuietComfort Ultra\nApple AirPods Max\n"
    text = (
        f"{LEAD}Recommended\n{products}\n"
        "The Sony pair had the best noise cancelling of any we tried, and the longest battery.\n"
    )
    assert products in fixed(text, SL3)


# Shaped like 0196: the article ends in a list of places, introduced by its first line and
# running over three paragraphs; then the related-posts box and the previous/next links.
CLOSING_PLACES_LIST = """\
Heute zeige ich euch im Video die drei verrücktesten Sachen, die man in der Stadt erleben kann.

Und hier findet ihr die im Video genannten Orte:
Die Biosphäre
Vom Bahnhof mit der Tram bis zur Haltestelle Vogelpark

Crash Room
3 Minuten vom Bahnhof Ostkreuz

Base Flying
2 Minuten vom Bahnhof Alexanderplatz
"""
CLOSING_PLACES = (
    CLOSING_PLACES_LIST
    + """
Ähnliche Beiträge

Nachfolgebeitrag: Was passiert hier eigentlich noch?
Vorgängerbeitrag: Die Wahrheit über den Winter
"""
)


def test_list_introduced_by_its_first_line_stays_over_several_paragraphs() -> None:
    assert fixed(CLOSING_PLACES, SL3) == CLOSING_PLACES_LIST


def test_list_holding_the_last_prose_line_is_left_to_the_tail_rule() -> None:
    # A headline that reads as a statement is the page's last prose line: removing it would
    # move the article's end up, and SL307 would cut the list of places.
    text = CLOSING_PLACES.replace("Winter\n", "Winter, und was er mit uns macht.\n")
    assert "SL304" not in {f.code for f in run(text, SL3).findings}
    assert CLOSING_PLACES_LIST in fixed(text, SL3)


# --- SL302: author boxes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        # 0101
        "About the Author - Jane Roe\n\nHi! My name is Jane and I have been a plant junkie for"
        " 4 years now. I love nature, hiking and reading.",
        # 0289: heading, the name alone, then the bio.
        "Über den Autor/ die Autorin\n\nMax Mustermann\n\nMax Mustermann beschäftigt sich mit den"
        " Themen Digital Rights, Überwachung und Grundrechte.",
    ],
)
def test_author_box_goes(box: str) -> None:
    assert fixed(f"{LEAD}{box}\n", SL3) == LEAD.rstrip("\n") + "\n"


def test_heading_about_the_authors_work_stays() -> None:
    text = f"{LEAD}About the author's new book\n\nShe wrote it in a year, her editor said.\n"
    assert fixed(text, SL3) == text


def test_long_text_under_an_author_heading_stays() -> None:
    essay = " ".join(
        f"In chapter {n} the author recalls the years she spent reporting from the border."
        for n in range(1, 12)
    )
    text = f"{LEAD}About the author\n\n{essay}\n"
    assert essay in fixed(text, SL3)


# --- SL302: author bios without a heading ----------------------------------------------------


@pytest.mark.parametrize(
    "bio",
    [
        # 0037: the bio, then the author's handle.
        "Ganesh Sitaraman is a professor at Vanderbilt Law School and the author of a book on"
        " democracy.\n@GaneshSitaraman",
        # 0573
        "Tanja ist seit 2023 Redakteurin bei OMR. Vor ihrem Wechsel hat sie für eine"
        " TV-Produktionsfirma gearbeitet.",
        # 0503: a compound role (`Afrikawissenschaftlerin`) names the job too.
        "Celia Parbey ist Berlinerin und Afrikawissenschaftlerin. Sie arbeitet bei ZEIT ONLINE.",
    ],
)
def test_author_bio_at_the_end_goes(bio: str) -> None:
    assert fixed(f"{LEAD}{bio}\n", SL3) == LEAD.rstrip("\n") + "\n"


@pytest.mark.parametrize(
    "ending",
    [
        # A pronoun is no name: the article's own last sentence about a person.
        "She is a professor at the university now, and she still writes every morning.",
        # No role: a person the article is about.
        "Jane Roe is the new mayor of the town, and she takes office in May.",
    ],
)
def test_article_endings_about_a_person_stay(ending: str) -> None:
    text = f"{LEAD}{ending}\n"
    assert fixed(text, SL3) == text


def test_bio_shaped_paragraph_before_more_article_text_stays() -> None:
    profile = "Jane Roe is a reporter who has covered the border for twenty years."
    more = " ".join(
        f"In year {n} she moved to a new town and wrote about the people she met there."
        for n in range(1, 5)
    )
    text = f"{LEAD}{profile}\n\n{more}\n"
    assert fixed(text, SL3) == text


def test_parts_list_ending_in_an_item_with_figures_stays() -> None:
    # A manual's parts: eleven bare labels, then items with figures, then the text goes on.
    parts = (
        "Body\nWater tank\nTank cap\nSteam outlet\nControl panel\nPower plug\nMagnet plug\n"
        "Power button\nMode button\nDrip tray\nFilter holder\n"
        "Timer button (2, 4 or 8 hours)\nRefill lamp"
    )
    text = f"{LEAD}Names of the parts\n\n{parts}\n\n{LEAD}"
    assert fixed(text, SL3) == text


def test_bulleted_list_amid_the_text_is_no_menu() -> None:
    fruit = "Apples Pears Plums Quinces Cherries Apricots Peaches Nectarines Figs Grapes Sloes"
    items = "\n".join(f"• {name}" for name in [*fruit.split(), "Medlars", "Damsons"])
    text = f"{LEAD}{items}\n\n{LEAD}"
    assert fixed(text, SL3) == text


def test_role_sentence_before_a_programme_is_no_bio() -> None:
    # A conference programme: the day's chair, then the schedule and practical notes, whose
    # sentences are short. A bio at a page's end has no running text after it.
    text = (
        "Op donderdag 21 november komen in de Jaarbeurs ruim 600 beleidsmakers en onderzoekers"
        " bijeen voor het congres over duurzame mobiliteit in de binnensteden.\n\n"
        "Dagvoorzitter is journalist Marieke de Ruiter.\n\n"
        "09:00 Inloop en registratie\n09:45 Opening door de dagvoorzitter\n\n"
        "Aanmelden kan tot en met 14 november via de website van het congres en de gemeente.\n"
    )
    assert fixed(text, SL3) == text


# --- SL307: a block of details or a signature closing the article ----------------------------

HEADLINES = "More news\nFloods close the coast road\nCouncil tax to rise by 5%\nNew bridge opens\n"
MEDIA_CONTACT = (
    "Media contact\nRhian Matthews\nHead of Communications, Northwind Rail\n"
    "press@northwindrail.co.uk\n+44 29 2072 0418\n"
)


@pytest.mark.parametrize(
    "close",
    [
        # A press release's media contact.
        MEDIA_CONTACT,
        # A job advertisement's postal address.
        "Stadtwerke Lindenau GmbH\nPersonalabteilung\nAm Wasserturm 3\n15344 Lindenau\n",
        # A book review's bibliographic details.
        "The Salt Road: How a Humble Mineral Built Europe\nImogen Hale\n"
        "Fourth Estate, 352pp, £22\n",
        # A by-law signed at a place and a date, then the mayor.
        "Wendelstein, 14. November 2023\nGemeinde Wendelstein\n\nWerner Langhans\n"
        "Erster Bürgermeister\n",
        # Minutes signed by their officers, each role over the name.
        "O Presidente da Mesa,\nArmando Fontes Pereira\n\nA Secretária,\nTeresa Valente\n",
        # A mailing-list post's close.
        "Thanks,\nTom Ives\nBreydon WeBS coordinator\n07841 229 306\n",
        # A school letter's long close.
        "With best wishes for the rest of the term,\n\nMrs Sarah Whitlock\nHeadteacher\n",
    ],
)
def test_closing_details_and_signatures_stay(close: str) -> None:
    text = f"{LEAD}{close}"
    assert fixed(text, SL3) == text


def test_contact_block_after_the_pages_headlines_goes() -> None:
    # The same block after a list of other stories is the site's: it is not the first
    # paragraph after the article's last sentence.
    assert fixed(f"{LEAD}{HEADLINES}\n{MEDIA_CONTACT}", SL3) == LEAD.rstrip("\n") + "\n"


def test_headline_list_closing_the_page_goes() -> None:
    # As short and as last as a contact block, but with no email address or phone number.
    assert fixed(f"{LEAD}{HEADLINES}", SL3) == LEAD.rstrip("\n") + "\n"


# --- SL307: a closing paragraph of sentences --------------------------------------------------

# Shaped like 0105: the last paragraph is sparse in function words, then the page's tail.
CLOSING_SENTENCE = """\
Potted plants flower best when they receive full sun, in temperatures of no less than 60 degrees.

Transplant or repot with as little root disturbance as possible, and cut it back if frostbitten.

Bougainvillea spectabilis – Hardiest species, with somewhat furry foliage and red-purple blooms.

Family: Nyctaginaceae
Common Name: Paper Flower

Popular Posts
8 Tomato Plant Growing Mistakes
How To Care For Tradescantia Nanouk
Growing The Sansevieria Moonshine Snake Plant
"""


def test_closing_paragraph_of_sentences_stays() -> None:
    # The taxonomy lines and the popular posts after it go; the closing sentence stays.
    article = CLOSING_SENTENCE.split("\n\nFamily:")[0] + "\n"
    assert fixed(CLOSING_SENTENCE, SL3) == article


# --- whole-line widget and theme comment-form strings ------------------------------------------


@pytest.mark.parametrize(
    ("line", "code"),
    [
        # 0005, 0213, 0351, 0325: donation, share, rating and consent widgets.
        ("Thank you for your support!", "SL302"),
        ("Möchten Sie den Artikel teilen?", "SL302"),
        ("Hier können Sie den Artikel bewerten", "SL302"),
        ("Es gilt die Datenschutzerklärung.", "SL302"),
        ("More From Author", "SL302"),
        # The comment form of the Newspaper and jNews themes, as they ship it.
        ("Please enter your comment!", "SL301"),
        ("Please enter your name here", "SL301"),
        ("You have entered an incorrect email address!", "SL301"),
        ("Sie haben eine falsche E-Mail-Adresse eingegeben!", "SL301"),
    ],
)
def test_widget_and_theme_comment_form_lines_go(line: str, code: str) -> None:
    assert lines_of(run(f"{LEAD}{line}\n", SL3), code) == [3]
    assert fixed(f"{LEAD}{line}\n", SL3) == LEAD.rstrip("\n") + "\n"


def test_a_quote_holding_a_widget_string_stays() -> None:
    text = f'{LEAD}"Thank you for your support," he told the crowd before leaving the stage.\n'
    assert fixed(text, SL3) == text
