"""The sessions folder: one TOML file per session, saved atomically, listed fast, locked.

Every save writes the whole file to a fresh temporary file in the same folder, flushes it to
disk, renames it over the old file and flushes the folder, so a crash or kill at any moment
leaves either the previous save or the new one, never a mixture. Files are created readable by
their owner only (0600) in a folder created for its owner only (0700). A ``.toml`` file that
is not a readable session of ours is listed with its reason and never overwritten. A session
open in one process is locked against a second (``flock`` on a lock file, which the system
releases when the holder exits or is killed, so a crash never leaves it stuck).
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import secrets
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from conversation.errors import BadSessionId, SessionError, SessionLocked
from conversation.model import Mode
from conversation.session import (
    END_MARKER,
    Session,
    SessionHeader,
    header_from_dict,
    header_of_session,
    parse_toml,
    session_from_dict,
    session_from_toml,
    session_to_toml,
)

SUFFIX = ".toml"
HEAD_BYTES = 16384
"""How much of a file the listing reads to find its header (the lines before the first blank)."""

_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}")
_END = END_MARKER.encode()


@dataclass(frozen=True)
class SessionSummary:
    """One line of the sessions listing: a readable session, or a file with the reason it is
    unreadable (``error``; then only ``id`` and ``path`` are meaningful)."""

    id: str
    mode: Mode | None
    script: str
    practitioner: str
    started: datetime | None
    turns: int
    outcomes: int
    path: Path
    error: str | None = None
    person: str = ""
    updated: datetime | None = None
    ended: datetime | None = None
    script_version: str = ""
    demo_position: int = 0
    """How far a demonstration got (0 for the other modes)."""

    @property
    def is_empty(self) -> bool:
        """True for a session in which nothing happened: no turns, no outcomes, and (for a
        demonstration) still at its first line."""
        return self.error is None and not (self.turns or self.outcomes or self.demo_position)

    @classmethod
    def from_header(cls, header: SessionHeader, path: Path) -> SessionSummary:
        """The summary of a readable session file."""
        return cls(
            id=header.id,
            mode=header.mode,
            script=header.script_id,
            practitioner=header.practitioner,
            started=header.started,
            turns=header.turns,
            outcomes=header.outcomes,
            path=path,
            person=header.person,
            updated=header.updated,
            ended=header.ended,
            script_version=header.script_version,
            demo_position=header.demo_position,
        )

    @classmethod
    def unreadable(cls, path: Path, reason: str) -> SessionSummary:
        """The summary of a file that is not a readable session."""
        return cls(
            id=path.stem,
            mode=None,
            script="",
            practitioner="",
            started=None,
            turns=0,
            outcomes=0,
            path=path,
            error=reason,
        )


def check_session_id(session_id: str) -> str:
    """Return ``session_id`` if it is a safe file name; else raise BadSessionId saying why."""
    if not isinstance(session_id, str) or not session_id:
        raise BadSessionId("a session id cannot be empty")
    if "/" in session_id or "\\" in session_id or os.sep in session_id:
        raise BadSessionId(f"session id {session_id!r} holds a path separator")
    if ".." in session_id:
        raise BadSessionId(f"session id {session_id!r} holds '..'")
    if not _SAFE_ID.fullmatch(session_id):
        raise BadSessionId(
            f"session id {session_id!r} is not a safe file name: expected 1 to 100 letters, "
            "digits, '-' or '_' (starting with a letter or digit)"
        )
    return session_id


def _strip_reason(message: str, path: Path) -> str:
    """The reason in a SessionError message, without the file name it starts with."""
    prefix = f"{path}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _sort_time(moment: datetime | None) -> float:
    if moment is None:
        return float("-inf")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


class SessionLock:
    """A held lock on one session; release it (or leave the ``with`` block) when done."""

    def __init__(self, session_id: str, path: Path, fd: int) -> None:
        self.session_id = session_id
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        """True until released."""
        return self._fd is not None

    def release(self) -> None:
        """Give the session up so another window may open it. Safe to call twice."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            # Unlink while still holding the lock: anyone who opened the old file re-checks
            # after locking and starts again on a fresh one.
            self.path.unlink(missing_ok=True)
        finally:
            os.close(fd)

    def __enter__(self) -> SessionLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:
        if getattr(self, "_fd", None) is not None:
            self.release()


class SessionStore:
    """Sessions saved as ``<id>.toml`` in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    # --- names -------------------------------------------------------------------------------

    def path_for(self, session_id: str) -> Path:
        """The file of a session; BadSessionId for an id that is not a safe file name."""
        return self.folder / f"{check_session_id(session_id)}{SUFFIX}"

    def new_id(self, started: datetime) -> str:
        """A fresh id, unused in the folder, that sorts by start time: ``20261123-0915-ab12cd``.
        It carries no name (older releases put the practitioner's in, as in
        ``20261123-0915-sion-ab12cd``; ``conversation.names.anonymous_id`` leaves it out)."""
        if started.tzinfo is not None:
            started = started.astimezone(UTC)
        stem = started.strftime("%Y%m%d-%H%M")
        while True:
            candidate = f"{stem}-{secrets.token_hex(3)}"
            if not self.path_for(candidate).exists() and not self._lock_path(candidate).exists():
                return candidate

    def _lock_path(self, session_id: str) -> Path:
        return self.folder / f".{check_session_id(session_id)}.lock"

    # --- saving and loading ------------------------------------------------------------------

    def ensure_folder(self) -> None:
        """Create the sessions folder (0700) if it does not exist yet."""
        if not self.folder.is_dir():
            try:
                self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            except OSError as error:
                raise SessionError(
                    f"{self.folder}: cannot create the sessions folder: {error.strerror}"
                ) from None

    def save(self, session: Session) -> Path:
        """Write the session to its file atomically and return the path.

        Refuses (SessionError) to replace a file that is not a readable session of ours."""
        return self.save_text(session.id, session_to_toml(session))

    def save_text(self, session_id: str, text: str) -> Path:
        """Write ``text`` (from ``session_to_toml``) as the session's file, atomically.

        For a UI: build the text where the session is changed, write it from a worker thread.
        Refuses (SessionError) to replace a file that is not a readable session of ours."""
        path = self.path_for(session_id)
        if f'\nid = "{session_id}"\n' not in text[:200]:
            raise SessionError(f"{path}: not saved: the text given is not session {session_id!r}")
        data = text.encode("utf-8")
        self.ensure_folder()
        if path.exists() or path.is_symlink():
            existing = self._summarise(path)
            if existing.error is not None:
                raise SessionError(f"{path}: not overwritten: {existing.error}")
        temp = self.folder / f".{session_id}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
            try:
                os.fchmod(fd, 0o600)
                view = memoryview(data)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temp, path)
        except OSError as error:
            temp.unlink(missing_ok=True)
            raise SessionError(f"{path}: could not save the session: {error.strerror}") from None
        self._sync_folder()
        return path

    def _sync_folder(self) -> None:
        """Flush the rename to disk (where the system lets a folder be opened for that)."""
        try:
            fd = os.open(self.folder, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            return  # no folder flush on this system; the file itself was flushed
        try:
            os.fsync(fd)
        except OSError as error:
            if error.errno not in (errno.EINVAL, errno.ENOTSUP):
                raise SessionError(
                    f"{self.folder}: could not flush the folder: {error.strerror}"
                ) from None
        finally:
            os.close(fd)

    def load(self, session_id: str) -> Session:
        """Read one session; SessionError names the file and what is wrong with it."""
        path = self.path_for(session_id)
        if not path.exists() and not path.is_symlink():
            raise SessionError(f"{path}: no session with id {session_id!r}")
        session = session_from_toml(_decode(read_file(path), path), path)
        if session.id != session_id:
            raise SessionError(
                f"{path}: key 'id': expected {session_id!r} (the file name), found {session.id!r}"
            )
        return session

    def exists(self, session_id: str) -> bool:
        """True when the folder holds a file for this id."""
        return self.path_for(session_id).exists()

    # --- listing -----------------------------------------------------------------------------

    def list(self) -> list[SessionSummary]:
        """Every ``.toml`` file in the folder, newest session first; unreadable files last,
        each with its reason. Nothing is changed."""
        try:
            entries = list(os.scandir(self.folder))
        except FileNotFoundError:
            return []
        except NotADirectoryError:
            raise SessionError(f"{self.folder}: not a folder") from None
        except OSError as error:
            raise SessionError(f"{self.folder}: cannot list: {error.strerror}") from None
        summaries = [
            self._summarise(Path(entry.path))
            for entry in entries
            if entry.name.endswith(SUFFIX) and not entry.name.startswith(".")
        ]
        readable = [s for s in summaries if s.error is None]
        unreadable = sorted((s for s in summaries if s.error is not None), key=lambda s: s.id)
        readable.sort(key=lambda s: (_sort_time(s.started), s.id), reverse=True)
        return readable + unreadable

    def _summarise(self, path: Path) -> SessionSummary:
        """Summarise one file from its header, reading all of it only when needed."""
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        except OSError as error:
            return SessionSummary.unreadable(path, f"cannot read: {error.strerror}")
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return SessionSummary.unreadable(path, _not_regular(info.st_mode))
            size = info.st_size
            head = os.pread(fd, HEAD_BYTES, 0)
            if size <= len(head):
                ends_well = head.endswith(_END)
            else:
                ends_well = os.pread(fd, len(_END), size - len(_END)) == _END
        except OSError as error:
            return SessionSummary.unreadable(path, f"cannot read: {error.strerror}")
        finally:
            os.close(fd)
        try:
            header = None
            cut = head.find(b"\n\n")
            if ends_well and cut >= 0:
                header = self._quick_header(head[: cut + 1], path)
            if header is None:
                header = self._full_header(path)
        except SessionError as error:
            return SessionSummary.unreadable(path, _strip_reason(str(error), path))
        if header.id != path.stem:
            return SessionSummary.unreadable(
                path, f"key 'id': holds {header.id!r} but the file is named {path.name!r}"
            )
        try:
            check_session_id(header.id)
        except BadSessionId as error:
            return SessionSummary.unreadable(path, f"key 'id': {error}")
        return SessionSummary.from_header(header, path)

    def _quick_header(self, head: bytes, path: Path) -> SessionHeader | None:
        """The header from the top of a file, or None when the whole file must be read (no
        counts, or a top that is not TOML on its own, as after an edit by hand)."""
        try:
            raw = parse_toml(_decode(head, path), path)
        except SessionError:
            return None
        return header_from_dict(raw, path)

    def _full_header(self, path: Path) -> SessionHeader:
        """Read and check the whole file (for files without a quick header or end marker)."""
        raw = parse_toml(_decode(read_file(path), path), path)
        return header_of_session(session_from_dict(raw, path))

    # --- locking -----------------------------------------------------------------------------

    def acquire(self, session_id: str) -> SessionLock:
        """Lock the session for this process; SessionLocked when another window has it open."""
        lock_path = self._lock_path(session_id)
        self.ensure_folder()
        while True:
            try:
                fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            except OSError as error:
                raise SessionError(f"{lock_path}: cannot lock: {error.strerror}") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
                os.close(fd)
                who = f" (process {holder})" if holder.isdigit() else ""
                raise SessionLocked(
                    f"session {session_id!r} is already open in another window{who}; "
                    "close it there first"
                ) from None
            except OSError as error:
                os.close(fd)
                raise SessionError(f"{lock_path}: cannot lock: {error.strerror}") from None
            try:
                same = os.stat(lock_path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)  # the holder released and removed it meanwhile: start again
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._remove_leftovers(session_id)
        return SessionLock(session_id, lock_path, fd)

    def resume(self, session_id: str) -> tuple[Session, SessionLock]:
        """Lock and load a saved session to carry on with it; release the lock when done.

        SessionLocked when it is open elsewhere; SessionError (lock released) when unreadable."""
        lock = self.acquire(session_id)
        try:
            return self.load(session_id), lock
        except BaseException:
            lock.release()
            raise

    def _remove_leftovers(self, session_id: str) -> None:
        """Remove temporary files a killed save of this session left behind (lock is held)."""
        for leftover in self.folder.glob(f".{session_id}.*.tmp"):
            leftover.unlink(missing_ok=True)


def _decode(data: bytes, path: Path) -> str:
    """Session file bytes as text (UTF-8, a BOM allowed); SessionError when it is not text."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SessionError(
            f"{path}: not UTF-8 text (byte {error.start}); not a session file"
        ) from None


def _not_regular(mode: int) -> str:
    """Why a folder entry that is not a plain file cannot be a session."""
    return "a folder, not a session file" if stat.S_ISDIR(mode) else "not a regular file"


def read_file(path: Path) -> bytes:
    """All of a regular file (never blocks on a pipe or device); SessionError when it cannot."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        raise SessionError(f"{path}: cannot read: {error.strerror}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise SessionError(f"{path}: {_not_regular(mode)}")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    except OSError as error:
        raise SessionError(f"{path}: cannot read: {error.strerror}") from None
    finally:
        os.close(fd)


def load_session_file(path: Path) -> Session:
    """Read a session from any file path (for reports of a file outside the folder)."""
    return session_from_toml(_decode(read_file(path), path), path)
