"""Human-readable names of language decisions, for messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seedlint.rules.language.detect import LanguageDecision

LANGUAGE_NAMES = {
    "ar": "Arabic",
    "fa": "Persian",
    "ur": "Urdu",
    "he": "Hebrew",
    "ru": "Russian",
    "uk": "Ukrainian",
    "bg": "Bulgarian",
    "sr": "Serbian",
    "el": "Greek",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "th": "Thai",
    "hi": "Hindi",
    "tr": "Turkish",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "en": "English",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "sv": "Swedish",
    "fi": "Finnish",
    "ro": "Romanian",
    "cs": "Czech",
    "hu": "Hungarian",
    "no": "Norwegian",
    "da": "Danish",
    "bn": "Bengali",
    "ta": "Tamil",
    "ka": "Georgian",
    "hy": "Armenian",
}


def describe(decision: LanguageDecision) -> str:
    """`Arabic`, `Latin-script` or `undetermined`: the language when known, else the script."""
    if decision.language:
        return LANGUAGE_NAMES.get(decision.language, decision.language)
    if decision.script:
        return f"{decision.script}-script"
    return "undetermined-language"


def article(noun: str) -> str:
    """`an English`, `a Thai`: the indefinite article a language name takes."""
    return f"{'an' if noun[:1] in 'AEIOU' else 'a'} {noun}"
