"""Reading model files from users without trusting them: regular files only, sizes and counts
limited before anything is read or allocated, and never a pickle (loading one can run code).

Every refusal is an `ImportRefused` with one line for the user that names the file.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path, PurePosixPath

MAX_FILE_BYTES = 512 * 2**20
"""Largest model file read (an ONNX file or a .keras archive)."""
MAX_MEMBERS = 256
"""Most entries a .keras archive may list."""
MAX_UNPACKED_BYTES = 1024 * 2**20
"""Most bytes all the members of an archive may unpack to, together."""
MAX_RATIO = 200
"""Largest unpacked / packed size of one member: a higher ratio is a zip bomb, not a model."""
MAX_ELEMENTS = 2**28
"""Most numbers one weight tensor may declare (1 GiB of float32)."""
MAX_TOTAL_ELEMENTS = 2**28
"""Most numbers all the weights of one model may declare together."""

PICKLE_MAGIC = (b"\x80\x02", b"\x80\x03", b"\x80\x04", b"\x80\x05")


class ImportRefused(ValueError):
    """A model file that is not imported; the message is one line for the user."""


class MissingPackage(ValueError):
    """An optional package this feature needs is not installed; the message says how to install it."""


def read_regular_file(path: str | os.PathLike, limit: int | None = None) -> bytes:
    """The bytes of `path`, which must be a regular file of at most `limit` bytes (MAX_FILE_BYTES).

    A FIFO, a device or a folder is refused without opening it (opening a FIFO would block);
    the file is opened non-blocking and checked again, in case it was swapped in between."""
    p = Path(path)
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        info = os.stat(p)
    except FileNotFoundError:
        raise ImportRefused(f"no such file: {p}") from None
    except OSError as exc:
        raise ImportRefused(f"cannot read {p}: {exc.strerror or exc}") from None
    _check_regular(p, info, limit)
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise ImportRefused(f"cannot read {p}: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as fh:
        _check_regular(p, os.fstat(fh.fileno()), limit)
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ImportRefused(f"{p.name} is larger than {limit // 2**20} MB, the most nodeflow imports")
    return data


def _check_regular(p: Path, info: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise ImportRefused(f"{p} is a folder, not a model file")
    if not stat.S_ISREG(info.st_mode):
        raise ImportRefused(f"{p.name} is not a regular file (a pipe or a device): refused")
    if info.st_size > limit:
        raise ImportRefused(f"{p.name} is {info.st_size / 2**20:.0f} MB, larger than the {limit // 2**20} MB "
                            "nodeflow imports")


def refuse_pickle(name: str, data: bytes) -> None:
    """Refuse bytes that are a Python pickle, or a zip holding one (a PyTorch .pt file)."""
    if data[:2] in PICKLE_MAGIC:
        raise ImportRefused(f"{name} is a Python pickle, which nodeflow never loads (unpickling can run code)")
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()[: MAX_MEMBERS + 1]
        except (zipfile.BadZipFile, OSError, ValueError):
            return
        for member in names:
            if member.endswith((".pkl", ".pickle")):
                raise ImportRefused(f"{name} holds a Python pickle ({_short(member)}), which nodeflow never loads "
                                    "(unpickling can run code)")


def _short(text: str) -> str:
    text = text.encode("ascii", "backslashreplace").decode("ascii")
    return text if len(text) <= 60 else text[:57] + "..."


class SafeZip:
    """A zip archive read in memory with limits: member count, names (no absolute paths, no `..`,
    no links), per-member and total unpacked size, compression ratio, and no pickles."""

    def __init__(self, name: str, data: bytes) -> None:
        self.name = name
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
            infos = self.archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            raise ImportRefused(f"{name} is not a zip archive (a .keras file is one)") from None
        if len(infos) > MAX_MEMBERS:
            raise ImportRefused(f"{name} lists more than {MAX_MEMBERS} files: refused")
        total = 0
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            member = info.filename
            self._check_name(member, info)
            if info.is_dir():
                continue
            if member.endswith((".pkl", ".pickle")):
                raise ImportRefused(f"{name} holds a Python pickle ({_short(member)}), which nodeflow never loads")
            if info.file_size > info.compress_size * MAX_RATIO and info.file_size > 2**20:
                raise ImportRefused(f"{name}: {_short(member)} would unpack {info.file_size // max(info.compress_size, 1)} "
                                    "times larger than it is packed (a zip bomb): refused")
            total += info.file_size
            if total > MAX_UNPACKED_BYTES:
                raise ImportRefused(f"{name} would unpack to more than {MAX_UNPACKED_BYTES // 2**20} MB: refused")
            self.members[member] = info

    def _check_name(self, member: str, info: zipfile.ZipInfo) -> None:
        path = PurePosixPath(member.replace("\\", "/"))
        if (member.startswith(("/", "\\")) or ".." in path.parts or (len(member) > 1 and member[1] == ":")
                or "\x00" in member):
            raise ImportRefused(f"{self.name} has a file outside the archive ({_short(member)}): refused")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise ImportRefused(f"{self.name} has a link ({_short(member)}): refused")

    def read(self, member: str) -> bytes:
        """A member's bytes, unpacked with the declared size as a hard limit."""
        info = self.members.get(member)
        if info is None:
            raise ImportRefused(f"{self.name} has no {member}")
        with self.archive.open(info) as fh:
            data = fh.read(info.file_size + 1)
        if len(data) != info.file_size:
            raise ImportRefused(f"{self.name}: {_short(member)} is not the size it declares: refused")
        refuse_pickle(f"{self.name}: {_short(member)}", data)
        return data


def check_elements(name: str, shape: tuple[int, ...], seen: list[int]) -> int:
    """Refuse a tensor declaring more numbers than the limits allow; `seen` keeps the running total."""
    count = 1
    for dim in shape:
        if dim < 0:
            raise ImportRefused(f"{name} has a negative size {tuple(shape)}: refused")
        count *= int(dim)
        if count > MAX_ELEMENTS:
            raise ImportRefused(f"{name} declares a tensor of shape {tuple(shape)}, larger than nodeflow imports: refused")
    seen[0] += count
    if seen[0] > MAX_TOTAL_ELEMENTS:
        raise ImportRefused(f"{name}: the weights together are larger than nodeflow imports ({MAX_TOTAL_ELEMENTS:,} numbers)")
    return count
