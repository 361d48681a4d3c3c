"""Safe identifiers and literals for generated code: user text never becomes code.

Node ids, the graph name and file paths come from the user (or from a file someone sent
them). In an exported script they appear only as
- identifiers rebuilt from scratch: `n<index>_<slug>` where the slug keeps ASCII letters,
  digits and underscores of the id (so `x"); import os` becomes `n3_x_import_os`), and the
  index makes every name unique whatever the ids are;
- Python literals made by `repr()` of plain values (`literal`), which escape quotes,
  backslashes, newlines and every non-printable character;
- comment text from `comment`, a single line with no line break of any kind.
"""

from __future__ import annotations

import dataclasses
import keyword
import math
import re
from collections.abc import Iterable
from typing import Any

_NOT_WORD = re.compile(r"[^0-9A-Za-z]+")
MAX_SLUG = 24


def slug(text: str, limit: int = MAX_SLUG) -> str:
    """ASCII letters, digits and single underscores from `text` (may be empty)."""
    words = _NOT_WORD.sub("_", str(text)).strip("_").lower()
    if len(words) > limit:  # cut at a word boundary when there is one
        cut = words[: limit + 1]
        words = cut.rsplit("_", 1)[0] if "_" in cut else cut[:limit]
    return words.rstrip("_")


def node_names(node_ids: Iterable[str]) -> dict[str, str]:
    """node id -> unique identifier `n<i>_<slug>` (or `n<i>`), i counting from 0 in the
    given order. The `n<digits>_` prefix cannot be produced by another index, so the names
    are unique without looking at the slugs, and never a keyword or a builtin."""
    names = {}
    for i, node_id in enumerate(node_ids):
        s = slug(node_id)
        names[node_id] = f"n{i}_{s}" if s else f"n{i}"
    return names


def identifier(text: str, prefix: str = "v") -> str:
    """A valid, non-keyword identifier made from `text` (for fixed names such as port names)."""
    s = _NOT_WORD.sub("_", str(text)).strip("_") or prefix
    if s[0].isdigit() or keyword.iskeyword(s):
        s = f"{prefix}_{s}"
    return s


def literal(value: Any) -> str:
    """Python source for a plain value (None, bool, int, float, str, list, tuple, dict, and
    frozen dataclasses of those). Strings go through `repr`, so they can only ever be data."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(int(value))
    if isinstance(value, float):
        if math.isnan(value):
            return 'float("nan")'
        if math.isinf(value):
            return 'float("inf")' if value > 0 else '-float("inf")'
        return repr(float(value))
    if isinstance(value, str):
        return repr(str(value))
    if isinstance(value, tuple):
        items = [literal(v) for v in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = ", ".join(f"{f.name}={literal(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__name__}({fields})"
    if hasattr(value, "item") and getattr(value, "shape", None) == ():  # a NumPy scalar
        return literal(value.item())
    raise TypeError(f"cannot write {type(value).__name__} as a literal")


def comment(text: Any, limit: int = 100) -> str:
    """One line safe to put after `#`: the repr of the text (no raw line breaks can survive
    repr), cut to `limit` characters."""
    body = repr(str(text))
    body = "".join(ch if ch.isprintable() else " " for ch in body)
    return body if len(body) <= limit else body[: limit - 3] + "..."
