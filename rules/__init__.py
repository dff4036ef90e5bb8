"""The registry: every rule seedlint ships, one family per subpackage.

Each family exports `RULES`, a tuple of rule classes. The engine never imports this module;
the command line resolves a selection from `ALL_RULES` and hands the engine instances.
"""

from seedlint.provenance import Annotator
from seedlint.rule import Rule
from seedlint.rules.annotators import attribution_notes, language_notes
from seedlint.rules.attribution import RULES as ATTRIBUTION_RULES
from seedlint.rules.boilerplate import RULES as BOILERPLATE_RULES
from seedlint.rules.encoding import RULES as ENCODING_RULES
from seedlint.rules.language import RULES as LANGUAGE_RULES

ALL_RULES: tuple[type[Rule], ...] = tuple(
    sorted(
        (*ENCODING_RULES, *LANGUAGE_RULES, *BOILERPLATE_RULES, *ATTRIBUTION_RULES),
        key=lambda rule: rule.code,
    )
)

RULES_BY_CODE: dict[str, type[Rule]] = {rule.code: rule for rule in ALL_RULES}

# Provenance annotators: metadata key -> function(document) returning one mapping per paragraph.
ANNOTATORS: dict[str, Annotator] = {"language": language_notes, "attribution": attribution_notes}
