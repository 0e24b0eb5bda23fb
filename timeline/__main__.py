"""``python -m timeline`` runs the command line."""

from timeline.cli import cli

cli(prog_name="timeline")
