"""The README documents every command and option the CLI has (as sqlite-utils checks)."""

from pathlib import Path

import pytest

from timeline.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_documented(name):
    assert f"timeline {name}" in README


@pytest.mark.parametrize(
    "option",
    sorted(
        {
            opt
            for command in cli.commands.values()
            for param in command.params
            for opt in param.opts
            if opt.startswith("--") and opt != "--help"
        }
    ),
)
def test_every_option_is_documented(option):
    assert f"`{option}" in README or f" {option}" in README


def test_readme_starts_with_the_two_commands():
    block = README.split("```sh", 1)[1].split("```", 1)[0]
    assert "timeline build fixtures/" in block
    assert "pytest" in block
