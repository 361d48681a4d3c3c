"""The block library: blocks built once and placed many times.

Shipped blocks live in `nodeflow/blocks/library/`; a user's own ("Save Block to Library…" on the
canvas) in the `blocks` folder of the user data directory. Each is a nodeflow graph file
(`*.nodeflow-block`) holding exactly one block node: it is read like any graph file (a regular
file within a size limit, parsed as data by `nodeflow.graph.io`, every node type and port checked;
nothing in it is ever run). Placing a library block gives the new card its own copy of the
definition (its own weights); Alt+D on that card then makes a linked placement that shares them.

This module imports no Qt: the palette and the canvas use it, and so can scripts.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path

from nodeflow.events import Event
from nodeflow.graph import io as graph_io
from nodeflow.graph.blocks import BLOCK_TYPE, Block
from nodeflow.graph.document import Graph, GraphError, Node
from nodeflow.i18n import QT_TRANSLATE_NOOP
from nodeflow.userfiles import UserFileError, read_regular, write_atomic

SUFFIX = ".nodeflow-block"
SHIPPED = Path(__file__).resolve().parent / "library"
MAX_BYTES = 1024 * 1024
"""A block file is small: a few dozen nodes. Anything larger is refused before it is read."""
MAX_FILES = 200
"""Blocks listed from one folder at most (the palette stays a palette)."""
PREFIX = "block:"
"""What a palette entry for a library block carries instead of a node type (`block:<key>`)."""

SHIPPED_TITLES = {
    "residual": QT_TRANSLATE_NOOP("BlockLibrary", "Residual block"),
    "conv_bn_relu": QT_TRANSLATE_NOOP("BlockLibrary", "Conv–BN–ReLU"),
    "mlp_head": QT_TRANSLATE_NOOP("BlockLibrary", "MLP head"),
}
"""The shipped blocks' titles, marked for translation (the files hold the English)."""

SHIPPED_HELP = {
    "conv_bn_relu": QT_TRANSLATE_NOOP("BlockLibrary", "A 3x3 convolution (16 filters, 'same' padding), batch normalisation and ReLU: the unit most CNNs stack."),
    "mlp_head": QT_TRANSLATE_NOOP("BlockLibrary", "Flatten, Dense 64, ReLU, Dense 10: the classifier at the end of a CNN (add Softmax and CrossEntropy after it)."),
    "residual": QT_TRANSLATE_NOOP("BlockLibrary", "Two Dense layers of 32 with a skip connection: out = ReLU(x + Dense(ReLU(Dense(x)))). The input must have 32 features, as the Add needs the same shape on both sides."),
}
"""What each shipped block is for (the files hold the English), marked for translation."""

CHANGED = Event()
"""Emitted (no arguments) after a block is saved to the library: the palette lists it."""


@dataclass
class LibraryBlock:
    key: str
    """`shipped/<name>` or `user/<name>` (the file's stem)."""
    title: str
    path: Path
    shipped: bool
    block: Block
    help: str = ""


def read_block(path: str | Path) -> tuple[Block, str]:
    """The block a library file holds, and its description; GraphError (one line) when the file
    is not a graph file holding exactly one block node."""
    try:
        raw = read_regular(path, MAX_BYTES, "block file")
    except UserFileError as exc:
        raise GraphError(str(exc)) from None
    graph = graph_io.loads(raw)
    nodes = list(graph.nodes.values())
    if len(nodes) != 1 or nodes[0].block is None or graph.edges:
        raise GraphError(f"{Path(path).name}: a block file holds exactly one block node and no wires")
    block = nodes[0].block
    block.shares = ""
    return block, graph.description


def write_block(block: Block, path: str | Path, description: str = "") -> None:
    """Write `block` as a library file (atomically); its own weights are not part of it."""
    graph = Graph(block.title)
    graph.description = description
    definition = copy.deepcopy(block)
    definition.shares = ""
    graph.nodes["block"] = Node("block", BLOCK_TYPE, {}, (0.0, 0.0), block=definition)
    text = graph_io.dumps(graph).encode("utf-8")
    write_atomic(path, lambda fh: fh.write(text))


def slug(title: str) -> str:
    """A file name stem for a block title: letters, digits and underscores."""
    stem = re.sub(r"[^0-9A-Za-z]+", "_", title).strip("_").lower()[:40]
    return stem or "block"


def user_folder(data_dir: str | Path) -> Path:
    return Path(data_dir) / "blocks"


def entries(user_dir: str | Path | None = None) -> tuple[list[LibraryBlock], list[str]]:
    """The library: shipped blocks first, then the user's (by file name); and one line per file
    that could not be read (it is left out)."""
    found: list[LibraryBlock] = []
    problems: list[str] = []
    for folder, shipped in ((SHIPPED, True), (Path(user_dir) if user_dir else None, False)):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob(f"*{SUFFIX}"))[:MAX_FILES]:
            try:
                block, description = read_block(path)
            except (GraphError, OSError) as exc:
                problems.append(f"{path.name}: {exc}")
                continue
            stem = path.name[: -len(SUFFIX)]
            found.append(LibraryBlock(f"{'shipped' if shipped else 'user'}/{stem}", block.title, path, shipped,
                                      block, description))
    return found, problems


def find(key: str, user_dir: str | Path | None = None) -> LibraryBlock | None:
    return next((b for b in entries(user_dir)[0] if b.key == key), None)


def placement(entry: LibraryBlock) -> Block:
    """A fresh copy of the block's definition for a new card: its own weights."""
    block = copy.deepcopy(entry.block)
    block.shares = ""
    return block


def save_to(block: Block, title: str, user_dir: str | Path) -> Path:
    """Save a block under `title` into the user's library folder (a new file; an existing name
    gets a number), and tell the palette."""
    folder = user_folder(user_dir) if Path(user_dir).name != "blocks" else Path(user_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stem = slug(title)
    path = folder / f"{stem}{SUFFIX}"
    i = 2
    while path.exists():
        path = folder / f"{stem}_{i}{SUFFIX}"
        i += 1
    definition = copy.deepcopy(block)
    definition.title = title
    write_block(definition, path)
    CHANGED.emit()
    return path
