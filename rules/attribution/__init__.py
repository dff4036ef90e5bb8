"""Attribution rules (SL4xx): claims that nobody is said to have made.

`paragraph_attribution` is the public API the provenance records use: one
`ParagraphAttribution` per paragraph, with its status (`attributed`, `inherited`,
`unattributed`, `not-a-claim`), the source or heading, and per-sentence detail.
"""

from seedlint.rules.attribution.analysis import (
    ParagraphAttribution,
    SentenceAttribution,
    paragraph_attribution,
)
from seedlint.rules.attribution.unattributed_claim import UnattributedClaim
from seedlint.rules.attribution.vague_source_line import VagueSourceLine
from seedlint.rules.attribution.weasel_source import WeaselSource

RULES = (UnattributedClaim, WeaselSource, VagueSourceLine)

__all__ = [
    "RULES",
    "ParagraphAttribution",
    "SentenceAttribution",
    "UnattributedClaim",
    "VagueSourceLine",
    "WeaselSource",
    "paragraph_attribution",
]
