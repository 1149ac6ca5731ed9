"""``conversation new-script FILE [--from ID]``: start a script from the template or a copy.

The new file validates at once, takes its id from its file name, and never replaces a file
that is already there.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from conversation import paths
from conversation.commands import add_scripts_option, script_dirs
from conversation.errors import ConversationError


class NewScriptRefused(ConversationError):
    """The new script cannot be written; the message says why and what to do."""


def add_parser(subparsers: Any) -> None:
    """Declare the ``new-script`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "new-script",
        help="write a commented starting script (or a copy of one) to edit",
        description=(
            "Write a new conversation script to FILE: the commented template, or with --from a "
            "copy of an existing script. The script id is made from the file name. An existing "
            "file is never overwritten. Put the file in your scripts folder in the user data "
            "folder ('conversation scripts' shows where) or use --scripts to have the app load "
            "it."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the new script file (.toml)")
    parser.add_argument(
        "--from",
        dest="source",
        metavar="ID",
        default=None,
        help="copy this script (see 'conversation scripts') instead of the template",
    )
    add_scripts_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the new script; 0 when written, 2 when refused (with a message saying why)."""
    try:
        target, script_id, warnings = write_new_script(
            Path(args.file), args.source, script_dirs(args)
        )
    except ConversationError as error:
        print(f"conversation new-script: {error}", file=sys.stderr)
        return 2
    for warning in warnings:
        print(warning, file=sys.stderr)
    print(f"Wrote {target} (script id '{script_id}').")
    print(f"Edit it, then check it with: conversation validate {target}")
    if not _is_loaded_from(target, script_dirs(args)):
        print(
            f"To use it in the app, move it to {paths.user_scripts_dir()} or run with "
            f"--scripts {target.parent}"
        )
    return 0


def write_new_script(
    target: Path, source_id: str | None, extra_dirs: list[Path]
) -> tuple[Path, str, list[str]]:
    """Write the template (or a copy of ``source_id``) to ``target``; the path, the new id
    and the copy's warnings. Raises NewScriptRefused, never overwriting anything."""
    from conversation.library import load_library, script_folders
    from conversation.script_lint import script_warnings
    from conversation.script_loader import parse_script_text
    from conversation.script_template import copy_text, script_id_for, template_text
    from conversation.toml_source import decode_toml_bytes

    target = target.expanduser()
    if target.suffix != ".toml":
        raise NewScriptRefused(f"{target}: expected a file name ending in .toml")
    if target.exists() or target.is_symlink():
        raise NewScriptRefused(f"{target} already exists; it was not changed (choose a new name)")
    _ready_folder(target.parent)
    script_id = script_id_for(target)
    library = load_library(script_folders(extra_dirs))
    taken = library.entry(script_id)
    if taken is not None:
        raise NewScriptRefused(
            f"the file name gives the script id '{script_id}', which the {taken.origin.value} "
            f"script {taken.file} already has; choose another file name"
        )
    if source_id is None:
        text = template_text(script_id)
    else:
        entry = library.entry(source_id)
        if entry is None:
            known = ", ".join(sorted(e.script.meta.id for e in library.entries)) or "none"
            raise NewScriptRefused(f"--from: no script with id '{source_id}' (known: {known})")
        try:
            source_text, problems = decode_toml_bytes(entry.file, entry.file.read_bytes())
        except OSError as error:
            raise NewScriptRefused(f"{entry.file}: cannot read it ({error.strerror})") from error
        if source_text is None:
            raise NewScriptRefused(str(problems[0]))
        text = copy_text(entry.script, source_text, script_id)
    script, problems = parse_script_text(text, target)
    if script is None:  # the template and good scripts validate; report rather than write
        raise NewScriptRefused("; ".join(str(problem) for problem in problems))
    _write_new(target, text)
    warnings = script_warnings(script, text, target)
    return target, script_id, [f"{w.location}: warning: {w.message}" for w in warnings]


def _ready_folder(folder: Path) -> None:
    """Make the user scripts folder when it is the one asked for; any other must exist."""
    if folder.is_dir():
        return
    if folder.exists():
        raise NewScriptRefused(f"{folder} is not a folder")
    if _same(folder, paths.user_scripts_dir()):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise NewScriptRefused(f"cannot make {folder}: {error.strerror}") from error
        return
    raise NewScriptRefused(f"the folder {folder} does not exist; expected an existing folder")


def _write_new(target: Path, text: str) -> None:
    """Write ``text`` to a new file ``target`` in one step; refuse if it appeared meanwhile."""
    data = text.encode("utf-8")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as error:
        raise NewScriptRefused(f"cannot write in {target.parent}: {error.strerror}") from error
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o644 & ~mask)  # a script is for sharing, unlike a session
        try:
            os.link(temporary, target)  # fails if the name is taken: never overwrites
        except FileExistsError as error:
            raise NewScriptRefused(
                f"{target} already exists; it was not changed (choose a new name)"
            ) from error
        except OSError:
            with open(target, "xb") as out:  # a file system without hard links
                out.write(data)
    except FileExistsError as error:
        raise NewScriptRefused(
            f"{target} already exists; it was not changed (choose a new name)"
        ) from error
    except OSError as error:
        raise NewScriptRefused(f"cannot write {target}: {error.strerror}") from error
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _same(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return one.absolute() == other.absolute()


def _is_loaded_from(target: Path, extra_dirs: list[Path]) -> bool:
    """True when the app reads the folder ``target`` is in."""
    folders = [paths.user_scripts_dir(), paths.bundled_scripts_dir(), *extra_dirs]
    return any(_same(target.parent, folder.expanduser()) for folder in folders)
