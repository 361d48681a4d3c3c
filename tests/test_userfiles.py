"""Reading and writing files a user names: regular files only, limits, checked archives,
atomic writes that leave nothing behind, and messages that stay on one line."""

from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest

from nodeflow import userfiles
from nodeflow.userfiles import (
    UserFileError,
    format_bytes,
    npz_index,
    npz_read,
    printable,
    read_regular,
    remove_stale_temporaries,
    write_atomic,
)

LIMITS = {"file_limit": 2**30, "array_limit": 2**30, "max_arrays": 100}


def npz_bytes(**arrays: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


# --------------------------------------------------------------------------------- messages
def test_printable_escapes_what_would_break_a_line_or_reorder_it():
    assert printable("a\nb\tc\r") == "a\\nb\\tc\\r"
    assert printable("x\u202ey") == "x\\u202ey"  # a right-to-left override
    assert printable("\x00\x1b[31m") == "\\x00\\x1b[31m"
    assert printable("줄\u2028바꿈") == "줄\\u2028바꿈"  # Korean stays, the line separator does not
    cut = printable("a" * 50 + "Z" * 50, limit=21)
    assert len(cut) == 21 and cut.startswith("a" * 10) and cut.endswith("Z" * 10) and "…" in cut


def test_format_bytes():
    assert format_bytes(980) == "980 bytes"
    assert format_bytes(1536) == "1.5 KB"
    assert format_bytes(20 * 2**20) == "20 MB"
    assert format_bytes(4.3e9) == "4.0 GB"


# --------------------------------------------------------------------------------- reading
def test_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.nodeflow"
    os.mkfifo(fifo)
    with pytest.raises(UserFileError, match=r"is a FIFO \(named pipe\), not a graph: only regular files are read"):
        read_regular(fifo, 100, "graph")


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda d: d, "is a folder"),
        (lambda d: d / "missing.csv", "no such file"),
        (lambda d: d / ("n" * 300 + ".csv"), r"a name in it is too long \(304 bytes; file systems allow 255\)"),
        (lambda d: Path("/dev/null"), "is a device"),
    ],
)
def test_path_problems_are_one_line(tmp_path, make, message):
    with pytest.raises(UserFileError, match=message) as info:
        read_regular(make(tmp_path), 100, "csv file")
    assert "\n" not in str(info.value) and len(str(info.value)) < 300


def test_a_symlink_loop_and_a_file_in_place_of_a_folder(tmp_path):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(UserFileError, match="its symbolic links form a loop"):
        read_regular(tmp_path / "a", 100)
    (tmp_path / "file").write_text("x")
    with pytest.raises(UserFileError, match="a part of the path is a file, not a folder"):
        read_regular(tmp_path / "file" / "g.nodeflow", 100)


def test_too_large_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.csv"
    with open(big, "wb") as fh:
        fh.truncate(5000)
    with pytest.raises(UserFileError, match=r"is too large for a csv file \(4.9 KB; the limit is 1000 bytes\)"):
        read_regular(big, 1000, "csv file")
    assert read_regular(big, 5000) == bytes(5000)


def test_a_hostile_file_name_is_shown_escaped(tmp_path):
    name = tmp_path / "evil\nname\u202e.csv"
    with pytest.raises(UserFileError) as info:
        read_regular(name, 10)
    assert "\n" not in str(info.value) and "evil\\nname\\u202e.csv" in str(info.value)


# ------------------------------------------------------------------------------- archives
def test_npz_round_trip_and_index(tmp_path):
    path = tmp_path / "w.npz"
    path.write_bytes(npz_bytes(x=np.arange(6.0).reshape(2, 3), y=np.arange(2)))
    index = npz_index(path, **LIMITS)
    assert index["x"] == ((2, 3), np.dtype(float)) and index["y"][0] == (2,)
    arrays = npz_read(path, total_limit=2**30, **LIMITS)
    np.testing.assert_array_equal(arrays["x"], np.arange(6.0).reshape(2, 3))
    assert set(npz_read(path, ["y"], total_limit=2**30, **LIMITS)) == {"y"}


def _with_header(path: Path, shape: tuple[int, ...], payload: bytes) -> None:
    """An .npz whose one array's header claims `shape` over the bytes `payload`."""
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "<f8", "fortran_order": False, "shape": shape})
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("W.npy", header.getvalue() + payload)


def test_a_lying_header_is_refused_without_allocating(tmp_path):
    path = tmp_path / "liar.npz"
    _with_header(path, (10**12,), bytes(80))  # claims 8 TB over 80 bytes
    with pytest.raises(UserFileError, match=r"array 'W' is damaged: its header says shape \(1000000000000,\)"):
        npz_read(path, total_limit=2**30, **LIMITS)


def test_a_zip_bomb_is_refused_from_its_declared_size(tmp_path, monkeypatch):
    path = tmp_path / "bomb.npz"
    n = 2**25  # 256 MB of zeros packed into about 250 KB
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "<f8", "fortran_order": False, "shape": (n,)})
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf, zf.open("W.npy", "w") as fh:
        fh.write(header.getvalue())
        chunk = bytes(2**24)
        for _ in range(n * 8 // len(chunk)):
            fh.write(chunk)
    assert path.stat().st_size < 2**20
    unpacked = []
    real = zipfile.ZipFile.open

    def spy(self, name, *a, **k):
        opened = real(self, name, *a, **k)
        unpacked.append(opened)
        return opened

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    with pytest.raises(UserFileError, match=r"array 'W' is too large \(256 MB unpacked; the limit is 64 MB\)"):
        npz_read(path, file_limit=2**30, array_limit=64 * 2**20, total_limit=64 * 2**20, max_arrays=10)
    assert not unpacked  # refused from the directory, nothing was decompressed


def test_too_many_members_are_refused_before_zipfile_reads_them(tmp_path, monkeypatch):
    path = tmp_path / "many.npz"
    path.write_bytes(npz_bytes(**{f"a{i}": np.zeros(1) for i in range(20)}))
    monkeypatch.setattr(zipfile, "ZipFile", lambda *a, **k: pytest.fail("the directory was parsed"))
    with pytest.raises(UserFileError, match="holds 20 members; the limit is 5"):
        npz_index(path, file_limit=2**30, array_limit=2**30, max_arrays=5)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "not a valid .npz archive"),
        (b"PK\x03\x04 truncated", "not a valid .npz archive"),
        (b"\x00" * 100, "not a valid .npz archive"),
    ],
)
def test_not_an_archive(tmp_path, content, message):
    path = tmp_path / "bad.npz"
    path.write_bytes(content)
    with pytest.raises(UserFileError, match=message):
        npz_read(path, total_limit=2**30, **LIMITS)


def test_a_corrupt_stream_is_refused_by_name(tmp_path):
    path = tmp_path / "w.npz"
    buffer = io.BytesIO()
    np.savez_compressed(buffer, W=np.random.default_rng(0).normal(size=5000))
    data = bytearray(buffer.getvalue())
    for i in range(300, 2000):
        data[i] ^= 0x5A  # scramble the deflate stream, keep the zip directory intact
    path.write_bytes(bytes(data))
    with pytest.raises(UserFileError, match=r"w.npz: array 'W' cannot be read \(damaged\)|not a valid .npz"):
        npz_read(path, total_limit=2**30, **LIMITS)


@pytest.mark.parametrize(
    "array, message",
    [
        (np.array([1 + 2j]), "complex numbers; only real numbers are accepted"),
        (np.array(["a"]), r"text \(<U1\); only plain numbers"),
        (np.array([{"x": 1}], dtype=object), "Python objects"),
        (np.zeros(2, dtype=[("a", "f4")]), "only plain numbers"),
    ],
)
def test_values_that_are_not_plain_real_numbers(tmp_path, array, message):
    path = tmp_path / "w.npz"
    path.write_bytes(npz_bytes(W=array))
    with pytest.raises(UserFileError, match=message):
        npz_index(path, **LIMITS)


# --------------------------------------------------------------------------------- writing
def test_write_atomic_keeps_permissions_and_leaves_nothing_behind(tmp_path):
    path = tmp_path / "g.nodeflow"
    write_atomic(path, lambda fh: fh.write(b"one"))
    path.chmod(0o640)
    write_atomic(path, lambda fh: fh.write(b"two"))
    assert path.read_bytes() == b"two" and path.stat().st_mode & 0o777 == 0o640
    with pytest.raises(RuntimeError):
        write_atomic(path, lambda fh: (fh.write(b"half"), (_ for _ in ()).throw(RuntimeError("boom"))))
    assert path.read_bytes() == b"two" and sorted(p.name for p in tmp_path.iterdir()) == ["g.nodeflow"]


def test_a_read_only_file_is_refused_even_for_root(tmp_path):
    path = tmp_path / "g.nodeflow"
    path.write_text("mine")
    path.chmod(0o444)
    with pytest.raises(UserFileError, match="the file is read-only"):
        write_atomic(path, lambda fh: fh.write(b"theirs"))
    assert path.read_text() == "mine"


def test_a_fifo_target_is_refused_not_written(tmp_path):
    fifo = tmp_path / "out.py"
    os.mkfifo(fifo)
    with pytest.raises(UserFileError, match="it is a FIFO"):
        write_atomic(fifo, lambda fh: fh.write(b"x"))


def test_write_through_a_symbolic_link(tmp_path):
    real = tmp_path / "real.nodeflow"
    real.write_text("old")
    link = tmp_path / "link.nodeflow"
    link.symlink_to(real)
    write_atomic(link, lambda fh: fh.write(b"new"))
    assert link.is_symlink() and real.read_text() == "new"


def test_stale_temporaries_of_a_killed_save_are_removed_and_nothing_else(tmp_path):
    target = tmp_path / "g.nodeflow"
    old = time.time() - 2 * userfiles.STALE_SECONDS
    ours = tmp_path / ".g.nodeflow.a1b2c3d4.tmp"
    fresh = tmp_path / ".g.nodeflow.zzzz9999.tmp"  # a save in progress elsewhere
    lookalikes = [
        tmp_path / ".g.nodeflow.a1b2c3d4.tmp.bak",
        tmp_path / ".g.nodeflow.short.tmp",
        tmp_path / ".other.nodeflow.a1b2c3d4.tmp",
        tmp_path / "g.nodeflow.a1b2c3d4.tmp",
        tmp_path / ".g.nodeflow.A1B2C3D4.tmp",
    ]
    for p in [ours, fresh, *lookalikes]:
        p.write_text("x")
        os.utime(p, (old, old))
    os.utime(fresh, None)
    link = tmp_path / ".g.nodeflow.linklink.tmp"
    link.symlink_to(tmp_path / ".other.nodeflow.a1b2c3d4.tmp")
    os.utime(link, (old, old), follow_symlinks=False)
    write_atomic(target, lambda fh: fh.write(b"{}"))
    left = {p.name for p in tmp_path.iterdir()}
    assert ours.name not in left
    assert {fresh.name, link.name, target.name, *(p.name for p in lookalikes)} <= left
    assert remove_stale_temporaries(target) == 0
