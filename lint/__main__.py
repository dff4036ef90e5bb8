"""`python -m seedlint`, the same as the `seedlint` command."""

from seedlint.cli import main

main()
