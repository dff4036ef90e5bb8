"""The boilerplate rules (SL3xx): what a scraper keeps around an article."""

from seedlint.rule import Rule
from seedlint.rules.boilerplate.comment_form import CommentFormLine
from seedlint.rules.boilerplate.configured import ConfiguredBoilerplate
from seedlint.rules.boilerplate.counter import CounterResidue
from seedlint.rules.boilerplate.page_chrome import PageChromeLine
from seedlint.rules.boilerplate.page_head import PageHeadLine
from seedlint.rules.boilerplate.page_tail import PageTailLine
from seedlint.rules.boilerplate.title_slug import TitleSlugLine
from seedlint.rules.boilerplate.widget import RelatedPostsWidget

RULES: tuple[type[Rule], ...] = (
    CommentFormLine,
    PageChromeLine,
    CounterResidue,
    RelatedPostsWidget,
    TitleSlugLine,
    ConfiguredBoilerplate,
    PageTailLine,
    PageHeadLine,
)
