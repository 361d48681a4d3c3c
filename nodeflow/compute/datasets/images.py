"""Image folders: one sub-folder per class of PNG/JPEG images, decoded with Pillow.

The layout every image tool uses: `shapes/circle/001.png`, `shapes/square/002.jpg`, ... The
class names are the sub-folder names (sorted); images are resized to `image_size` x
`image_size` (stretched when not square), grey (1 channel) or RGB (3), scaled to [0, 1], as
`(N, C, H, W)` float32.

Nothing is trusted: only regular files with an image suffix are read, each at most
MAX_IMAGE_FILE_BYTES, an image whose header declares more than MAX_IMAGE_PIXELS is refused
before it is decoded (a "decompression bomb"), folders are not followed through symbolic
links (no loops), and a folder with more than MAX_IMAGE_FILES images or MAX_CLASSES classes
is refused with the figure. An image that cannot be decoded is skipped and reported by path
(with a count), never a crash. Scanning is cached by the folders' identity and times, so
describing the folder on every edit of the graph lists it once.
"""

from __future__ import annotations

import os
import stat
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from nodeflow.compute.datasets.progress import report
from nodeflow.compute.datasets.types import DataError
from nodeflow.userfiles import UserFileError, format_bytes, open_regular, os_problem, printable

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff")
MAX_IMAGE_FILES = 500_000
MAX_CLASSES = 1000
MAX_IMAGE_FILE_BYTES = 64 * 2**20
MAX_IMAGE_PIXELS = 64_000_000
"""Largest image decoded (width x height from its header), e.g. 8000 x 8000."""
SHOWN_SKIPPED = 3
"""How many unreadable images a note names before saying how many more."""
DECODE_CHUNK = 256
"""Images decoded between two progress reports."""
DECODE_THREADS = 4
"""Pillow releases the interpreter lock while decoding and resizing: a few threads help."""


@dataclass(frozen=True)
class ImageFolder:
    """What a scan found: class names, and each image's path (relative) and class index."""

    root: str
    classes: tuple[str, ...]
    files: tuple[str, ...]
    labels: tuple[int, ...]
    empty: tuple[str, ...] = ()
    """Class folders without images (left out)."""


def folder_path(text: str, base_dir: str | Path | None) -> Path:
    """The folder named by `path`, relative to the graph's folder; DataError when it is not one."""
    text = text.strip()
    if not text:
        raise DataError("source 'image_folder' needs a folder: set 'path' to a folder with one sub-folder per class")
    shown = printable(text, 80)
    try:
        path = Path(text).expanduser()
    except RuntimeError:
        path = Path(text)
    if not path.is_absolute() and base_dir is not None:
        path = Path(base_dir) / path
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise DataError(f"image folder '{shown}' not found") from None
    except OSError as exc:
        raise DataError(os_problem(path, exc)) from None
    except ValueError:
        raise DataError(f"image folder '{shown}' is not a valid name") from None
    if not stat.S_ISDIR(mode):
        raise DataError(f"image folder '{shown}' is a file, not a folder: give the folder that holds "
                        "one sub-folder per class")
    return path


def _folder_stamp(root: Path) -> tuple[str, int, int, tuple[tuple[str, int, int], ...]]:
    """(root, its inode and mtime, each class folder's (name, inode, mtime)): a new or removed
    image changes its folder's mtime, so the scan is cached on this."""
    try:
        info = os.stat(root)
        with os.scandir(root) as entries:
            dirs = []
            for entry in entries:
                if entry.name.startswith(".") or not entry.is_dir(follow_symlinks=False):
                    continue
                st = entry.stat(follow_symlinks=False)
                dirs.append((entry.name, st.st_ino, st.st_mtime_ns))
                if len(dirs) > MAX_CLASSES:
                    raise DataError(f"{printable(root.name)} holds more than {MAX_CLASSES:,} class folders")
    except OSError as exc:
        raise DataError(os_problem(root, exc)) from None
    return str(root.resolve()), info.st_ino, info.st_mtime_ns, tuple(sorted(dirs))


def scan_folder(root: Path) -> ImageFolder:
    """The classes and image files of an image folder (cached while the folders are unchanged)."""
    result = _scan_cached(*_folder_stamp(root))
    if isinstance(result, str):
        raise DataError(result)
    return result


def _is_image_name(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(IMAGE_SUFFIXES)


@lru_cache(maxsize=8)
def _scan_cached(resolved: str, _ino: int, _mtime: int, dirs: tuple) -> ImageFolder | str:
    name = printable(Path(resolved).name)
    classes: list[str] = []
    files: list[str] = []
    labels: list[int] = []
    empty: list[str] = []
    for class_name, _i, _m in dirs:
        found: list[str] = []
        try:
            with os.scandir(os.path.join(resolved, class_name)) as entries:
                for entry in entries:
                    if _is_image_name(entry.name) and entry.is_file():
                        found.append(entry.name)
                        if len(files) + len(found) > MAX_IMAGE_FILES:
                            return (f"{name} holds more than {MAX_IMAGE_FILES:,} images; use a smaller folder "
                                    "(or a few images of each class)")
        except OSError as exc:
            return os_problem(os.path.join(resolved, class_name), exc)
        if not found:
            empty.append(class_name)
            continue
        index = len(classes)
        classes.append(class_name)
        for image in sorted(found):
            files.append(f"{class_name}/{image}")
            labels.append(index)
    if not classes:
        loose = _loose_images(resolved)
        where = f" (it holds {loose:,} images directly)" if loose else ""
        return (f"{name} has no class folders with images{where}: put the images of each class in "
                f"its own sub-folder, e.g. {name}/cat/1.png and {name}/dog/2.png")
    if len(classes) < 2:
        return f"{name} has images of one class only ('{printable(classes[0], 40)}'); classification needs at least 2"
    return ImageFolder(resolved, tuple(classes), tuple(files), tuple(labels), tuple(empty))


def _loose_images(folder: str) -> int:
    try:
        with os.scandir(folder) as entries:
            return sum(1 for e in entries if _is_image_name(e.name))
    except OSError:
        return 0


def _pick(n: int, limit: int) -> np.ndarray:
    """`limit` indices spread evenly over 0..n-1 (all of them when limit is 0 or >= n), so a
    smaller selection still holds every class of a folder sorted by class."""
    if limit <= 0 or limit >= n:
        return np.arange(n)
    return (np.arange(limit) * n) // limit


def decode_image(path: str, size: int, channels: int) -> np.ndarray:
    """One image as uint8 `(channels, size, size)`; raises ValueError/OSError saying what is wrong.

    Transparent images are put on white (a drawing with a transparent background stays a dark
    drawing on white). JPEGs are decoded at a reduced scale when much larger than `size`.
    """
    from PIL import Image

    with open_regular(path, MAX_IMAGE_FILE_BYTES, "image") as fh, Image.open(fh) as image:
        width, height = image.size
        if width * height > MAX_IMAGE_PIXELS:
            raise ValueError(f"{width} x {height} pixels is larger than the limit of {MAX_IMAGE_PIXELS:,}")
        mode = "L" if channels == 1 else "RGB"
        if image.format == "JPEG":
            image.draft(mode, (size, size))
        if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
            rgba = image.convert("RGBA")
            image = Image.alpha_composite(Image.new("RGBA", rgba.size, (255, 255, 255, 255)), rgba)
        picture = image.convert(mode).resize((size, size), Image.Resampling.BILINEAR)
        pixels = np.asarray(picture, dtype=np.uint8)
    return pixels[None] if channels == 1 else pixels.transpose(2, 0, 1)


def _decode_or_reason(path: str, size: int, channels: int) -> np.ndarray | str:
    try:
        return decode_image(path, size, channels)
    except UserFileError as exc:
        return str(exc)
    except MemoryError:
        return "out of memory"
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds for a bad file; each is a skip
        text = str(exc) or type(exc).__name__
        return "not an image Pillow can read" if "cannot identify" in text else printable(text, 80)


def image_bytes(n: int, channels: int, size: int) -> int:
    """Bytes the decoded images take (float32)."""
    return n * channels * size * size * 4


def read_images(
    folder: ImageFolder, indices: np.ndarray, size: int, channels: int
) -> tuple[np.ndarray, np.ndarray, list[tuple[str, str]], int]:
    """Decode the images `indices` of `folder`: (x float32 (n, C, size, size) in [0, 1],
    y int64 (n,), the first unreadable ones as (relative path, reason), how many were
    unreadable). Reports progress every DECODE_CHUNK images (and can be cancelled there)."""
    total = len(indices)
    x = np.empty((total, channels, size, size), np.float32)
    y = np.empty(total, np.int64)
    skipped: list[tuple[str, str]] = []
    bad = 0
    kept = 0
    what = f"images of {printable(Path(folder.root).name)}"
    report(0, total, what)
    with ThreadPoolExecutor(max_workers=DECODE_THREADS) as pool:
        for start in range(0, total, DECODE_CHUNK):
            chunk = indices[start:start + DECODE_CHUNK]
            paths = [os.path.join(folder.root, folder.files[i]) for i in chunk]
            decoded = pool.map(_decode_or_reason, paths, [size] * len(paths), [channels] * len(paths))
            for i, result in zip(chunk, decoded, strict=True):
                if isinstance(result, str):
                    bad += 1
                    if len(skipped) < SHOWN_SKIPPED:
                        skipped.append((folder.files[i], result))
                    continue
                x[kept] = result
                x[kept] *= np.float32(1 / 255)
                y[kept] = folder.labels[i]
                kept += 1
            report(min(start + DECODE_CHUNK, total), total, what)
    return x[:kept], y[:kept], skipped, bad


def skipped_note(name: str, skipped: list[tuple[str, str]], bad: int, kept: int) -> str:
    """One line: how many images were unreadable, the first few by path and why."""
    listed = "; ".join(f"{printable(p, 60)}: {reason}" for p, reason in skipped)
    more = f"; and {bad - len(skipped):,} more" if bad > len(skipped) else ""
    images = "image" if bad == 1 else "images"
    return f"{name}: {bad:,} unreadable {images} skipped ({listed}{more}); training uses the other {kept:,}"


def too_large(name: str, n: int, channels: int, size: int, limit: int) -> str | None:
    """The refusal for decoded images that would take more than `limit` bytes, else None."""
    need = image_bytes(n, channels, size)
    if need <= limit:
        return None
    return (f"{name}: {n:,} images of {channels} x {size} x {size} take {format_bytes(need)} decoded, more than "
            f"the {format_bytes(limit)} allowed; use a smaller image_size, grey colour or max_images")
