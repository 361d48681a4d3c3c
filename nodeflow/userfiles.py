"""Files a user names: read only regular files, within limits; write atomically; one-line messages.

Every file nodeflow reads for a user (a graph, its weights, a csv or npz dataset) is opened
here, so a FIFO or a device never blocks the program (it is opened without waiting and
refused), a file too large is refused before it is read, and every path problem (no such
file, no permission, a symbolic-link loop, a name too long) becomes one sentence naming the
file. Archives are checked from their headers before anything is decompressed: the number of
members, each member's declared size, and each array's `.npy` header against the bytes the
archive really holds for it, so a zip bomb or a header that lies costs nothing.

Writing goes through a temporary file beside the target and a rename (a crash never leaves
half a file); temporaries a killed process left behind are removed on the next save of the
same file, but only files that are clearly ours (see `remove_stale_temporaries`).

This module imports nothing from nodeflow: the graph, compute and ui layers all use it, and
the exported scripts copy its readers with the csv/npz loaders (standard library and NumPy only).
"""

from __future__ import annotations

import errno
import os
import re
import stat
import struct
import tempfile
import time
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import numpy as np

MAX_NAME = 255
"""Longest file-name component most file systems take (used to explain ENAMETOOLONG)."""
TEMP_SUFFIX = ".tmp"
STALE_SECONDS = 600
"""A temporary of ours untouched this long belongs to a save that died (a real save of even a
large weights file takes seconds), so the next save of the same file removes it."""
NPY_HEADER_LIMIT = 10_000
"""Bytes of a `.npy` header parsed at most (NumPy's own default)."""
ZIP_DIRECTORY_LIMIT = 64 * 2**20
"""Bytes of a zip's central directory read at most (it lists the members)."""


class UserFileError(ValueError):
    """A file that cannot or must not be read or written; the message is one line naming it."""


# ------------------------------------------------------------------------------ messages
def printable(text: str, limit: int = 60) -> str:
    """`text` made safe for a one-line message: control, format and line-separator characters
    are escaped (a newline shows as \\n, a right-to-left override as \\u202e) and text longer
    than `limit` is cut in the middle, keeping both ends (a path keeps its file name)."""
    out = []
    for ch in str(text):
        if ch in "\n\r\t":
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch])
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    shown = "".join(out)
    if len(shown) > limit:
        keep = max(limit - 1, 2) // 2
        shown = shown[:keep] + "…" + shown[-keep:]
    return shown


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as messages show it (escaped, at most 120 characters)."""
    return printable(os.fsdecode(path), 120)


def format_bytes(n: float) -> str:
    """1536 -> "1.5 KB", 20 * 2**20 -> "20 MB" (powers of 1024, as file managers count)."""
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if n >= scale:
            value = n / scale
            return f"{value:.0f} {unit}" if value >= 10 or value == int(value) else f"{value:.1f} {unit}"
    return f"{int(n)} bytes"


def _too_long(path: str | os.PathLike[str]) -> str:
    text = os.fsdecode(path)
    longest = max((len(part.encode("utf-8", "surrogateescape")) for part in re.split(r"[\\/]", text)), default=0)
    if longest > MAX_NAME:
        return f"a name in it is too long ({longest} bytes; file systems allow {MAX_NAME})"
    return f"the path is too long ({len(text)} characters)"


def os_problem(path: str | os.PathLike[str], exc: OSError, action: str = "open") -> str:
    """One sentence for an OSError about `path` (`action`: "open", "save", ...)."""
    where = shown_path(path)
    code = exc.errno
    if code == errno.ENOENT:
        return f"no such file: {where}" if action in ("open", "read") else f"cannot {action} {where}: its folder does not exist"
    if code in (errno.EACCES, errno.EPERM):
        return f"cannot {action} {where}: permission denied"
    if code == errno.ELOOP:
        return f"cannot {action} {where}: its symbolic links form a loop"
    if code == errno.ENAMETOOLONG:
        return f"cannot {action} {where}: {_too_long(path)}"
    if code == errno.ENOTDIR:
        return f"cannot {action} {where}: a part of the path is a file, not a folder"
    if code == errno.EISDIR:
        return f"cannot {action} {where}: it is a folder"
    if code == errno.ENOSPC:
        return f"cannot {action} {where}: the disk is full"
    if code == errno.EROFS:
        return f"cannot {action} {where}: the file system is read-only"
    return f"cannot {action} {where}: {printable(exc.strerror or str(exc), 80)}"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


# ------------------------------------------------------------------------------- reading
def open_regular(path: str | os.PathLike[str], limit: int, what: str = "file") -> BinaryIO:
    """Open `path` for binary reading when it is a regular file of at most `limit` bytes.

    The file is opened without blocking (O_NONBLOCK: a FIFO with no writer does not wait) and
    checked on the open descriptor, so nothing can be swapped in between the check and the
    read. Raises UserFileError with one line naming the file (`what`: "graph", "csv file", ...).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UserFileError(os_problem(path, exc)) from None
    except ValueError:  # an embedded NUL character
        raise UserFileError(f"{shown_path(path)} is not a valid file name") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UserFileError(f"{shown_path(path)} is {_kind(info.st_mode)}, not a {what}: only regular files are read")
        if info.st_size > limit:
            raise UserFileError(
                f"{shown_path(path)} is too large for a {what} ({format_bytes(info.st_size)}; "
                f"the limit is {format_bytes(limit)})")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | os.PathLike[str], limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most `limit` bytes (see `open_regular`)."""
    with open_regular(path, limit, what) as fh:
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise UserFileError(os_problem(path, exc, "read")) from None
    if len(data) > limit:  # it grew while being read
        raise UserFileError(f"{shown_path(path)} is too large for a {what} (the limit is {format_bytes(limit)})")
    return data


def file_stamp(path: str | os.PathLike[str]) -> tuple[str, int, int, int, int, int]:
    """(absolute path, device, inode, size, mtime ns, ctime ns): what a cache of the file's
    contents is keyed by. A save by rename changes the inode, an edit in place the times."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise UserFileError(os_problem(path, exc)) from None
    except ValueError:
        raise UserFileError(f"{shown_path(path)} is not a valid file name") from None
    return (os.path.abspath(path), info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def is_regular_file(path: str | os.PathLike[str]) -> bool:
    """True for an existing regular file (after symbolic links); False for anything else,
    including paths that cannot be looked at (never raises)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


# ----------------------------------------------------------------------------- npz archives
def _zip_entries(fh: BinaryIO, size: int) -> tuple[int, int]:
    """(members, central directory bytes) from a zip's end record, before zipfile reads the
    directory (a directory of millions of members would cost gigabytes to parse)."""
    tail_len = min(size, 22 + 65535)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise zipfile.BadZipFile("no end of central directory")
    fields = struct.unpack("<4s4H2LH", tail[at : at + 22])
    members, directory = fields[4], fields[5]
    if members == 0xFFFF or directory == 0xFFFFFFFF or fields[6] == 0xFFFFFFFF:
        locator = tail[at - 20 : at] if at >= 20 else b""
        if locator[:4] == b"PK\x06\x07":
            offset = struct.unpack("<4sLQL", locator)[2]
            fh.seek(offset)
            record = fh.read(56)
            if len(record) == 56 and record[:4] == b"PK\x06\x06":
                members, directory = struct.unpack("<4sQ2H2L4Q", record)[6:8]
    return members, directory


def _npy_header(member: BinaryIO) -> tuple[tuple[int, ...], bool, np.dtype]:
    version = np.lib.format.read_magic(member)
    if version == (1, 0):
        return np.lib.format.read_array_header_1_0(member, max_header_size=NPY_HEADER_LIMIT)
    if version == (2, 0):
        return np.lib.format.read_array_header_2_0(member, max_header_size=NPY_HEADER_LIMIT)
    raise ValueError(f"unsupported .npy format version {version[0]}.{version[1]}")


def _value_kind(dtype: np.dtype) -> str | None:
    """None for plain real numbers, else what the values are (for the message)."""
    if dtype.hasobject:
        return "Python objects; only plain numbers are accepted (objects would need pickle, refused for safety)"
    if dtype.kind == "c":
        return "complex numbers; only real numbers are accepted"
    if dtype.fields is not None or dtype.subdtype is not None or dtype.kind not in "biuf":
        what = "text" if dtype.kind in "US" else "dates" if dtype.kind in "mM" else "records" if dtype.kind == "V" else "values"
        return f"{what} ({dtype}); only plain numbers are accepted"
    return None


def npz_index(
    path: str | os.PathLike[str], *, file_limit: int, array_limit: int, max_arrays: int, what: str = "npz file"
) -> dict[str, tuple[tuple[int, ...], np.dtype]]:
    """Shape and dtype of every array in an `.npz`, from the headers only (no data is read).

    Refuses, naming the file and the array: more than `max_arrays` members, an array larger
    than `array_limit` bytes, values that are not plain real numbers, and a header whose
    shape does not match the bytes the archive holds for it (a damaged or lying file).
    Members not ending in `.npy` are ignored (NumPy never writes them).
    """
    fh, archive, members = _npz_members(path, file_limit, array_limit, max_arrays, what)
    with fh, archive:
        return {name: (shape, dtype) for name, (shape, dtype, _info) in members.items()}


def _npz_members(
    path: str | os.PathLike[str], file_limit: int, array_limit: int, max_arrays: int, what: str
) -> tuple[BinaryIO, zipfile.ZipFile, dict[str, tuple[tuple[int, ...], np.dtype, zipfile.ZipInfo]]]:
    """(open file, its ZipFile, {array: (shape, dtype, member)}) after every check of `npz_index`."""
    name = shown_path(os.path.basename(os.fsdecode(path)) or path)
    damaged = f"{name} is not a {what}: it is not a valid .npz archive"
    members: dict[str, tuple[tuple[int, ...], np.dtype, zipfile.ZipInfo]] = {}
    fh = open_regular(path, file_limit, what)
    try:
        size = os.fstat(fh.fileno()).st_size
        count, directory = _zip_entries(fh, size)
        if count > max_arrays:
            raise UserFileError(f"{name} holds {count:,} members; the limit is {max_arrays:,}")
        if directory > ZIP_DIRECTORY_LIMIT:
            raise UserFileError(f"{name}: its list of members is too large ({format_bytes(directory)})")
        fh.seek(0)
        archive = zipfile.ZipFile(fh)
        for info in archive.infolist():
            if not info.filename.endswith(".npy"):
                continue
            key = info.filename[: -len(".npy")]
            where = f"{name}: array '{printable(key, 40)}'"
            if key in members:
                raise UserFileError(f"{where} appears twice")
            if info.flag_bits & 0x1:
                raise UserFileError(f"{where} is encrypted")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise UserFileError(f"{where} uses a compression NumPy never writes")
            if info.file_size > array_limit:
                raise UserFileError(
                    f"{where} is too large ({format_bytes(info.file_size)} unpacked; the limit is "
                    f"{format_bytes(array_limit)})")
            with archive.open(info) as member:
                shape, _fortran, dtype = _npy_header(member)
                header = member.tell()
            problem = _value_kind(dtype)
            if problem is not None:
                raise UserFileError(f"{where} holds {problem}")
            count = 1
            for dim in shape:
                count *= int(dim)
            if header + count * dtype.itemsize != info.file_size:
                raise UserFileError(
                    f"{where} is damaged: its header says shape {tuple(shape)} ({format_bytes(count * dtype.itemsize)}) "
                    f"but the archive holds {format_bytes(max(info.file_size - header, 0))} for it")
            members[key] = (tuple(int(d) for d in shape), dtype, info)
        return fh, archive, members
    except UserFileError:
        fh.close()
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, zlib.error,
            struct.error, NotImplementedError, RuntimeError, MemoryError):
        fh.close()
        raise UserFileError(damaged) from None


def npz_read(
    path: str | os.PathLike[str], names: list[str] | None = None, *, file_limit: int, array_limit: int,
    total_limit: int, max_arrays: int, what: str = "npz file",
) -> dict[str, np.ndarray]:
    """The arrays `names` (None: all) of an `.npz`, read without pickle after `npz_index`'s
    checks, at most `total_limit` bytes in all. A stream that breaks off or fails its checksum
    is refused by name."""
    fh, archive, members = _npz_members(path, file_limit, array_limit, max_arrays, what)
    name = shown_path(os.path.basename(os.fsdecode(path)) or path)
    arrays: dict[str, np.ndarray] = {}
    with fh, archive:
        wanted = list(members) if names is None else names
        total = sum(members[k][2].file_size for k in wanted if k in members)
        if total > total_limit:
            raise UserFileError(
                f"{name} is too large ({format_bytes(total)} unpacked; the limit is {format_bytes(total_limit)})")
        for key in wanted:
            if key not in members:
                continue
            try:
                with archive.open(members[key][2]) as member:
                    arrays[key] = np.lib.format.read_array(member, allow_pickle=False, max_header_size=NPY_HEADER_LIMIT)
            except (zipfile.BadZipFile, ValueError, OSError, EOFError, zlib.error, MemoryError) as exc:
                reason = "out of memory" if isinstance(exc, MemoryError) else "damaged"
                raise UserFileError(f"{name}: array '{printable(key, 40)}' cannot be read ({reason})") from None
    return arrays


# ------------------------------------------------------------------------------- writing
def _temp_prefix(path: Path) -> str:
    return f".{path.name[:100]}."


def remove_stale_temporaries(path: str | os.PathLike[str], older_than: float = STALE_SECONDS) -> int:
    """Remove temporaries a killed save of `path` left in its folder; returns how many.

    Only files that are clearly ours go: named exactly as `write_atomic` names them
    (`.NAME.` + 8 random characters + `.tmp`), regular files (not links), owned by this user,
    and untouched for `older_than` seconds (a save in progress elsewhere is never touched).
    """
    path = Path(path)
    pattern = re.compile(re.escape(_temp_prefix(path)) + r"[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX))
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(path.parent if str(path.parent) else "."))
    except OSError:
        return 0
    uid = os.geteuid() if hasattr(os, "geteuid") else None
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or (uid is not None and info.st_uid != uid):
                continue
            if now - info.st_mtime < older_than:
                continue
            os.unlink(entry.path)
            removed += 1
        except OSError:
            continue
    return removed


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (0666 less umask),
    not the owner-only mode of a temporary file."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def refuse_unwritable(path: str | os.PathLike[str]) -> None:
    """UserFileError when `path` exists but must not be overwritten: read-only (no write
    permission bit, even for root, as editors refuse), or not a regular file."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return  # a new file; any problem with the folder is reported when writing
    except OSError as exc:  # a symbolic-link loop, a name too long, no permission
        raise UserFileError(os_problem(path, exc, "save")) from None
    except ValueError:
        raise UserFileError(f"{shown_path(path)} is not a valid file name") from None
    if not stat.S_ISREG(info.st_mode):
        raise UserFileError(f"cannot save {shown_path(path)}: it is {_kind(info.st_mode)}")
    if not info.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise UserFileError(
            f"cannot save {shown_path(path)}: the file is read-only (save under another name, "
            "or make it writable first)")


def write_atomic(path: str | os.PathLike[str], write: Callable[[BinaryIO], None], mode: int | None = None) -> None:
    """Write `path` through `write(file)`: into a temporary file in the same folder, flushed to
    disk, then renamed over `path`, so a crash or a failed write leaves the old file intact and
    no temporary behind. A symbolic link is written through (the file it points to is
    replaced). Raises UserFileError (one line) for a read-only or unwritable target."""
    target = Path(os.path.realpath(path))
    refuse_unwritable(target)
    remove_stale_temporaries(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=TEMP_SUFFIX, dir=target.parent)
    except OSError as exc:
        raise UserFileError(os_problem(path, exc, "save")) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(target) if mode is None else mode)
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise UserFileError(os_problem(path, exc, "save")) from None
        raise
