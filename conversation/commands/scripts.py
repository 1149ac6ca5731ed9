"""``conversation scripts [--json]``: list the bundled scripts and the user's own."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import Any

from conversation import paths
from conversation.commands import add_scripts_option, script_dirs


def add_parser(subparsers: Any) -> None:
    """Declare the ``scripts`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "scripts",
        help="list the conversation scripts: bundled, and your own",
        description=(
            "List every conversation script the app can use: the bundled ones, those in your "
            "scripts folder in the user data folder (shown at the end) and those in any "
            "--scripts folder. "
            "A file that is not loaded (a problem, or an id another script already has) is "
            "reported on standard error, and the exit code is then 2."
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help="one JSON list of objects, one per script"
    )
    parser.add_argument(
        "--setting",
        metavar="WORDS",
        default="",
        help="only scripts whose setting (or title) has all these words",
    )
    add_scripts_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """List the scripts; 0 when every file loaded, 2 when any was not (reported)."""
    from conversation.library import load_library, matches_setting, script_folders

    library = load_library(script_folders(script_dirs(args)))
    entries = [entry for entry in library.entries if matches_setting(entry.script, args.setting)]
    if args.json:
        rows = [
            {
                "id": entry.script.meta.id,
                "title": entry.script.meta.title,
                "setting": entry.script.meta.setting,
                "modes": [mode.value for mode in entry.script.meta.modes],
                "facts": len(entry.script.facts),
                "demo_turns": len(entry.script.demo),
                "file": str(entry.file),
                "origin": entry.origin.value,
                "version": entry.script.meta.version,
            }
            for entry in entries
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for entry in entries:
            meta = entry.script.meta
            print(f"{meta.id}  ({entry.origin.value})")
            print(f"  {meta.title}")
            setting = textwrap.wrap(
                meta.setting, 88, initial_indent="  setting: ", subsequent_indent=" " * 11
            )
            print("\n".join(setting))
            print(
                f"  modes: {', '.join(m.value for m in meta.modes)} · "
                f"{len(entry.script.facts)} facts · demo of {len(entry.script.demo)} turns"
            )
            print(f"  file: {entry.file}")
        if not entries:
            wanted = f" matching {args.setting!r}" if args.setting.strip() else ""
            print(f"No scripts{wanted}.")
        print(f"Your scripts folder: {paths.user_scripts_dir()}")
    for line in library.problem_lines():
        print(line, file=sys.stderr)
    if library.problems:
        print(
            f"conversation scripts: {len(library.problems)} file(s) not loaded (see above)",
            file=sys.stderr,
        )
        return 2
    return 0
