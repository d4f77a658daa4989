"""The documentation keeps up with the code: every CLI command and option is in docs/cli.md, every link resolves.

Commands and options are read from the click objects themselves (the group ``claimgraph.cli.main`` and the
commands it loads), so a new command or option fails here until docs/cli.md describes it.
"""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from claimgraph.cli import main

ROOT = Path(__file__).resolve().parent.parent
CLI_DOC = ROOT / "docs" / "cli.md"
DOCUMENTS = sorted([ROOT / "README.md", ROOT / "exports" / "README.md", *(ROOT / "docs").glob("*.md")])

HEADING = re.compile(r"^(#{1,6}) +(.+?) *$", re.MULTILINE)
FENCE = re.compile(r"^```[^`\n]*$.*?^```[ \t]*$", re.MULTILINE | re.DOTALL)
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
OPTION = re.compile(r"(?<![\w-])(--?[a-z][a-z-]*)")


def root_context() -> click.Context:
    return click.Context(main, info_name="claimgraph", **main.context_settings)


def command_names() -> list[str]:
    return main.list_commands(root_context())


def load_command(name: str) -> tuple[click.Command, click.Context]:
    parent = root_context()
    command = main.get_command(parent, name)
    return command, click.Context(command, info_name=name, parent=parent)


def option_names(command: click.Command, ctx: click.Context) -> set[str]:
    names = {name for param in command.get_params(ctx) for name in (*param.opts, *param.secondary_opts)}
    return {name for name in names if name.startswith("-")}


def sections(text: str) -> dict[str, str]:
    """Map each ``## `` heading of a Markdown text to its body (up to the next ``## `` heading)."""
    parts = re.split(r"^## +(.+?) *$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def cli_sections() -> dict[str, str]:
    return sections(CLI_DOC.read_text(encoding="utf-8"))


def mentions(text: str, option: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None


def table_rows(section: str) -> str:
    return "\n".join(line for line in section.splitlines() if line.startswith("|"))


def test_the_commands_are_found():
    """Guards the tests below, which would pass vacuously over no commands."""
    assert command_names()


@pytest.mark.parametrize("name", command_names())
def test_every_command_has_a_section(name):
    assert f"claimgraph {name}" in cli_sections(), f"docs/cli.md has no '## claimgraph {name}' section"


@pytest.mark.parametrize("name", command_names())
def test_every_option_of_a_command_has_a_row_in_its_section(name):
    command, ctx = load_command(name)
    rows = table_rows(cli_sections().get(f"claimgraph {name}", ""))
    missing = sorted(option for option in option_names(command, ctx) - {"-h", "--help"} if not mentions(rows, option))
    assert not missing, f"docs/cli.md, section 'claimgraph {name}': no table row names {missing}"


@pytest.mark.parametrize("name", command_names())
def test_the_usage_line_of_every_command_is_documented(name):
    command, ctx = load_command(name)
    usage = " ".join(["claimgraph", name, *command.collect_usage_pieces(ctx)])
    assert usage in cli_sections().get(f"claimgraph {name}", ""), f"docs/cli.md lacks the usage line {usage!r}"


@pytest.mark.parametrize("name", command_names())
def test_a_command_section_names_only_options_the_command_has(name):
    command, ctx = load_command(name)
    section = cli_sections().get(f"claimgraph {name}", "")
    named = {match for match in OPTION.findall(section) if match.startswith("--") or len(match) == 2}
    stale = sorted(named - option_names(command, ctx) - {"-h", "--help"})
    assert not stale, f"docs/cli.md, section 'claimgraph {name}', names options the command lacks: {stale}"


def test_every_choice_of_every_option_is_documented():
    text = CLI_DOC.read_text(encoding="utf-8")
    for name in command_names():
        command, ctx = load_command(name)
        for param in command.params:
            for choice in getattr(param.type, "choices", ()):
                assert choice in text, f"docs/cli.md does not name {choice!r}, a choice of {name} {param.opts}"


def test_every_documented_command_exists():
    documented = {title.removeprefix("claimgraph ") for title in cli_sections() if title.startswith("claimgraph ")}
    assert documented == set(command_names())


def test_the_options_of_claimgraph_itself_are_documented():
    ctx = root_context()
    rows = table_rows(CLI_DOC.read_text(encoding="utf-8").split("\n## ", 1)[0])
    missing = sorted(option for option in option_names(main, ctx) if not mentions(rows, option))
    assert not missing, f"docs/cli.md, before its first section: no table row names {missing}"


def slug(heading: str) -> str:
    """GitHub's anchor of a Markdown heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    return {slug(title) for _, title in HEADING.findall(text)}


def relative_links(path: Path) -> list[str]:
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    return [target for target in LINK.findall(text) if not re.match(r"[a-z]+:", target)]


def resolves(path: Path, target: str) -> bool:
    """Whether a relative link of ``path`` names an existing file (and, in Markdown, an existing heading)."""
    file_part, _, fragment = target.partition("#")
    linked = (path.parent / file_part).resolve() if file_part else path
    if not linked.exists():
        return False
    return not fragment or linked.suffix != ".md" or fragment in anchors(linked)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_resolves(path):
    broken = [target for target in relative_links(path) if not resolves(path, target)]
    assert not broken, f"{path.relative_to(ROOT)}: broken links {broken}"


def test_the_readme_is_short_and_links_every_page_of_docs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 150
    linked = {(ROOT / target.partition("#")[0]).resolve() for target in relative_links(ROOT / "README.md")}
    unlinked = sorted(p.name for p in (ROOT / "docs").glob("*.md") if p.resolve() not in linked)
    assert not unlinked, f"README.md does not link {unlinked}"
