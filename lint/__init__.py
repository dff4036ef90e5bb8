"""seedlint: a linter for scraped text."""

__version__ = "0.1.0"
