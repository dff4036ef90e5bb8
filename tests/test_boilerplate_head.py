"""The page head (SL308, and the date lines SL302 reads there): what comes before the article.

Texts are shaped like the odd (tuning) pages of shared/dev/boilerplate/: a title bar, the
site's header, the heading, a byline or date line, then the article.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.rules.boilerplate._dateline import is_dateline
from support import fixed, lines_of, run

SL3 = ("SL3",)

BODY = (
    "Rivers burst their banks across the region on Tuesday, and the weather service said "
    "more rain was on the way.\n\n"
    "Officials said that the emergency shelters in the north were already full and that "
    "the army had been asked for help.\n"
)

# --- reading times and date lines (SL302, via rules/data/boilerplate/dateline.json) ------------

# Shaped like 0043: the title, a reading time, the article.
READING_TIME_PAGE = "Managing Python Environments\n\n21 minutes - 4312 words\n\n" + BODY


def test_reading_time_line_goes() -> None:
    assert fixed(READING_TIME_PAGE, SL3) == "Managing Python Environments\n\n" + BODY
    assert lines_of(run(READING_TIME_PAGE, SL3), "SL302") == [3]


def test_reading_times_in_other_languages_are_date_lines() -> None:
    for line in ("5 min read", "Lesezeit: 4 Minuten", "Tiempo de lectura: 5 minutos"):
        assert is_dateline(line, len(line.split())), line


def test_a_duration_in_the_text_is_no_reading_time() -> None:
    # A count of minutes with no reading cue, or with other words, is the article's.
    steps = "Bake for 25 minutes\n\n10 minutes\n\nIt takes 5 minutes to read\n\n"
    text = "Chocolate cake\n\n" + steps + BODY
    assert fixed(text, ("SL302",)) == text


# Shaped like 0087: a blog theme's date line, byline and comment link on one line.
DATED_PAGE = (
    "Bhindi masala (okra stir fry)\n\n"
    "September 15, 2020 by Mobasir hassan Post a Comment\n\n" + BODY
)


def test_date_line_closed_by_a_comment_link_goes() -> None:
    assert fixed(DATED_PAGE, SL3) == "Bhindi masala (okra stir fry)\n\n" + BODY


def test_headline_after_a_date_is_no_byline() -> None:
    # Lower-case words after a name are a headline's, unless one alone closes the line.
    line = "3 de mayo de 2020 Madrid sin lluvia"
    assert not is_dateline(line, len(line.split()))
    text = f"Noticias\n\n{line}\n\n" + BODY
    assert fixed(text, ("SL302",)) == text


def test_content_type_labels_beside_a_date_make_a_date_line() -> None:
    # Shaped like 0153 and 0391.
    for line in (
        "News date : 04/21/2022 Category : Press Releases",
        "21.01.2022 Presse-Mitteilung",
    ):
        text = f"Der Turm der Wünsche\n\n{line}\n\n" + BODY
        assert fixed(text, SL3) == "Der Turm der Wünsche\n\n" + BODY, line


def test_press_release_headline_with_a_date_stays() -> None:
    line = "Press release: Council approves budget, May 5, 2020"
    text = f"{line}\n\n" + BODY
    assert fixed(text, SL3) == text


def test_release_version_headings_are_no_date_lines() -> None:
    # A changelog's sections open with a version and its date; the date alone would go.
    notes = (
        "Tidewater release notes\n\n"
        "2.8.0 (3 October 2024)\n\n- Offline sync for shared notebooks.\n\n"
        "2.7.3 (12 August 2024)\n\n- Fixed a crash when a notebook was renamed twice.\n"
    )
    assert fixed(notes, SL3) == notes
    assert fixed("Tidewater\n\n3 October 2024\n\n" + BODY, SL3) == "Tidewater\n\n" + BODY


@pytest.mark.parametrize(
    "event",
    [
        "Funeral service\nSaturday, March 9, 2024\n11:00 AM\nSt Anne's Church, Wellford\n",
        "Konzert\nSamstag, 14. September 2024\n19.30 Uhr\nStadtkirche St. Marien\n",
        "Vernissage\nvendredi 4 octobre 2024\n18h30 - 21h\nGalerie du Port, Sète\n",
    ],
)
def test_event_date_over_its_time_stays(event: str) -> None:
    # A notice gives an event's date and then its time; a post's date stands alone.
    text = BODY + "\n" + event + "\n" + BODY
    assert fixed(text, SL3) == text


def test_post_date_over_its_time_of_day_still_goes() -> None:
    # Shaped like 0023: a byline, the date, the time, then the article: no place, no event.
    page = "By Evan Halper Staff Writer\nFeb. 19, 2020\n4 AM\n\n" + BODY
    assert "Feb. 19" not in fixed(page, ("SL302",))


def test_diary_entries_keep_their_days() -> None:
    diary = (
        "I kept a diary in a waterproof notebook each evening, and typed it up here with"
        " only small corrections.\n\n"
        "Monday, 14 August\nThe night train from Stockholm arrived in Abisko forty minutes"
        " late, and we set off at one o'clock.\n\n"
        "Tuesday, 15 August\nIt rained all morning, and the path climbed above the tree line"
        " before the valley opened up.\n"
    )
    assert fixed(diary, SL3) == diary
    # One date over the first paragraph is the post's.
    assert "Monday" not in fixed(diary.split("\n\nTuesday")[0].split("\n\n", 1)[1], SL3)


def test_post_date_over_a_counter_still_goes() -> None:
    # A bare number under a date is a comment count, not a clock time.
    assert fixed("Tidewater\n\n3 October 2024\n0\n\n" + BODY, ("SL302",)).count("2024") == 0


@given(st.sampled_from(["min read", "minutes", "words"]), st.integers(1, 999))
def test_reading_time_needs_a_count_and_a_cue(unit: str, count: int) -> None:
    line = f"{count} {unit}"
    assert is_dateline(line, 2) == (unit == "min read")


# --- a heading with a kicker repeats the title bar ------------------------------------------

# Shaped like 0159: a short title bar, the ministry's menu, a heading with a kicker.
MENU = "Startseite\nVerbraucherportal\nKonsum im Alltag\nUnternavigationspunkte\nAGB\n"
KICKER_PAGE = (
    "Transparenz bei Preisanpassungen\n\n"
    + MENU
    + "\nInformationspflichten\n\n"
    + "Thema Verbraucherschutz Mehr Transparenz bei Preisanpassungen\n\n"
    + BODY
)


def test_heading_with_a_kicker_still_closes_the_header() -> None:
    assert fixed(KICKER_PAGE, SL3) == (
        "Thema Verbraucherschutz Mehr Transparenz bei Preisanpassungen\n\n" + BODY
    )
    # The title bar and `Informationspflichten`, which SL302 does not know, are SL308's.
    assert lines_of(run(KICKER_PAGE, ("SL308",)), "SL308") == [1, 9]


def test_a_long_prefix_is_no_kicker() -> None:
    # Seven words before the title make a sentence about it, not a kicker.
    heading = "Why the new rules on notice periods mean Transparenz bei Preisanpassungen"
    text = KICKER_PAGE.replace(
        "Thema Verbraucherschutz Mehr Transparenz bei Preisanpassungen", heading
    )
    assert run(text, ("SL308",)).findings == []


# Shaped like 0005: a song's verses between its title and its refrain. Once the title bar is
# gone the title opens the page; the refrain repeats its first words, and the verses between
# hold no known label: they stay.
SONG = (
    "Only Thinking Of You - Jam Hsiao\n\n"
    "Love that is gone cannot be won back\n"
    "I still have words I want to say to you\n"
    "Too hard to say, too late to say\n"
    "Words of parting are the hardest\n"
    "You will find a new life\n"
    "I will put away my sorrow\n"
    "Only thinking of you\n"
    "Jiu fang xin qu ba\n\n" + BODY
)


def test_verses_between_a_title_and_its_refrain_stay() -> None:
    assert fixed(SONG, ("SL308",)) == SONG


# --- notices, breadcrumbs and bylines before the article --------------------------------------

# Shaped like 0049: a browser notice too long for SL302, twice, before the heading.
NOTICE = (
    "Thank you for visiting example.com. You are using a browser version with limited "
    "support for CSS. To obtain the best experience, we recommend you use a more up to date "
    "browser (or turn off compatibility mode in Internet Explorer). In the meantime, to "
    "ensure continued support, we are displaying the site without styles and JavaScript."
)
NOTICE_PAGE = f"Floods hit the north\n\n{NOTICE}\n\n{NOTICE}\n\nFloods hit the north\n\n" + BODY


def test_long_site_notice_before_the_article_goes() -> None:
    assert fixed(NOTICE_PAGE, SL3) == "Floods hit the north\n\nFloods hit the north\n\n" + BODY


def test_a_notice_inside_the_article_is_not_sl308s() -> None:
    text = "Floods hit the north\n\n" + BODY + "\n" + NOTICE + "\n"
    assert run(text, ("SL308",)).findings == []


# Shaped like 0045: the breadcrumb glued to the title, then the heading on its own line (the
# site's name first, so that no title bar bounds a header).
CRUMB_PAGE = (
    "The Planetary Press\n\n"
    "Home Climate Floods hit the north as rivers rise\n\n"
    "Climate news from the region\n\n"
    "Floods hit the north as rivers rise\n\n" + BODY
)


def test_breadcrumb_run_into_the_title_goes_and_the_title_stays() -> None:
    assert fixed(CRUMB_PAGE, ("SL308",)) == CRUMB_PAGE.replace(
        "Home Climate Floods hit the north as rivers rise\n\n", ""
    )


def test_kicker_without_a_known_label_stays() -> None:
    # Shaped like 0375: `Eurostat:` is the title's own kicker, not a breadcrumb.
    text = CRUMB_PAGE.replace("Home Climate", "Eurostat reports:")
    assert fixed(text, ("SL308",)) == text


def test_breadcrumb_shaped_line_without_its_title_line_stays() -> None:
    text = CRUMB_PAGE.replace("Floods hit the north as rivers rise\n\n" + BODY, BODY)
    assert fixed(text, ("SL308",)) == text


# Shaped like 0089: heading, lead, byline, article.
BYLINE_PAGE = (
    "How to Care for Hydrangeas\n\n"
    "Follow these expert tips for hydrangea care, whether they are in a vase, potted, or in "
    "the ground, for beautiful blooms.\n\n"
    "By Sarah Yang\n\n" + BODY
)


def test_byline_between_the_lead_and_the_body_goes() -> None:
    assert fixed(BYLINE_PAGE, SL3) == BYLINE_PAGE.replace("By Sarah Yang\n\n", "")


def test_bylines_in_other_languages_and_with_particles_go() -> None:
    for byline in ("Von Benjamin Fischer und Marcus Theurer", "By Jose de la Cruz", "Por Ana Ruiz"):
        text = BYLINE_PAGE.replace("By Sarah Yang", byline)
        assert fixed(text, ("SL308",)) == BYLINE_PAGE.replace("By Sarah Yang\n\n", ""), byline


def test_headings_starting_with_by_stay() -> None:
    for heading in ("By The Numbers", "By Design", "By the way", "Von Heute auf Morgen"):
        text = BYLINE_PAGE.replace("By Sarah Yang", heading)
        assert fixed(text, ("SL308",)) == text, heading


def test_byline_shaped_line_inside_the_body_stays() -> None:
    text = "How to Care for Hydrangeas\n\n" + BODY + "\nBy Royal Appointment\n\n" + BODY
    assert fixed(text, ("SL308",)) == text


def test_title_bar_with_a_breadcrumb_bounds_the_header() -> None:
    # Without the site's name first, the glued line is the page's title bar: the heading
    # repeats its title, so the bar and the line between go.
    text = CRUMB_PAGE.replace("The Planetary Press\n\n", "")
    assert fixed(text, ("SL308",)) == "Floods hit the north as rivers rise\n\n" + BODY


def test_breadcrumb_trail_ending_in_the_title_is_not_the_heading() -> None:
    # Shaped like 0449: SL302 takes the trail; the header runs on to the heading itself.
    text = (
        "Kleiner Vorverkauf für Heimspiele gestartet - Rhein-Neckar Löwen\n\n"
        + "Tickets\nFanshop\nNews\n\n"
        + "Startseite » Alle News » Kleiner Vorverkauf für Heimspiele gestartet\n\n"
        + "Veröffentlichung: 2. Februar 2022\n\n"
        + "Kleiner Vorverkauf für Heimspiele gestartet\n\n"
        + BODY
    )
    assert fixed(text, SL3) == "Kleiner Vorverkauf für Heimspiele gestartet\n\n" + BODY
