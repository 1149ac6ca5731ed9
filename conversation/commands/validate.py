"""``conversation validate FILE...``: check conversation scripts and report every problem."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from conversation.commands import add_scripts_option, script_dirs
from conversation.errors import Problem


def add_parser(subparsers: Any) -> None:
    """Declare the ``validate`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "validate",
        help="check conversation scripts (TOML) and report every problem",
        description=(
            "Check conversation scripts. Prints 'FILE: OK' for each good file and "
            "'FILE:LINE: problem' for each problem, naming the key and what was expected; "
            "exits 2 if any file has a problem. Also warns (without failing, unless --strict) "
            "about facts no question in the script reaches, traps the person has no reaction "
            "to, a demo without a summary, and an id another script already has."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="script files to check")
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 when a good file has warnings"
    )
    add_scripts_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Validate each file; 2 when any has a problem, 1 for warnings with --strict, else 0."""
    from conversation.library import load_library, script_folders
    from conversation.script_lint import review_script

    failed = warned = False
    library = None
    checked: dict[str, Path] = {}
    """Ids of the good files checked so far, so two of them with one id are caught too."""
    for name in args.files:
        review = review_script(Path(name))
        if review.problems:
            failed = True
            for problem in review.problems:
                print(str(problem).replace("\n", " "), file=sys.stderr)
            continue
        assert review.script is not None
        if library is None:
            library = load_library(script_folders(script_dirs(args)))
        warnings = list(review.warnings)
        script_id = review.script.meta.id
        owner = library.entry(script_id)
        other: str | None = None
        if owner is not None and not _same_file(owner.file, review.path):
            other = f"the {owner.origin.value} script {owner.file}"
        elif script_id in checked and not _same_file(checked[script_id], review.path):
            other = f"{checked[script_id]}, checked above"
        checked.setdefault(script_id, review.path)
        if other is not None:
            warnings.append(
                Problem(
                    review.path,
                    _id_line(review.path),
                    f"script id '{script_id}' is already used by {other}, so the app will not "
                    "load both; expected an id no other script has (key 'id' in [script])",
                )
            )
        for warning in warnings:
            print(f"{warning.location}: warning: {warning.message}", file=sys.stderr)
        if warnings:
            warned = True
            count = f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''}"
            print(f"{review.path}: OK, with {count}")
        else:
            print(f"{review.path}: OK")
    if failed:
        return 2
    return 1 if warned and args.strict else 0


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return one.absolute() == other.absolute()


def _id_line(path: Path) -> int:
    """The line of ``[script] id`` in a file that loaded."""
    from conversation.toml_source import SourceIndex

    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    return SourceIndex(text).line_of(("script", "id")) or 1
