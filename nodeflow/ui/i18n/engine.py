"""The engine's messages in the window's language, translated where the window shows them.

The engine (nodeflow.graph, nodes, compute) stays Qt-free and writes its messages in English,
built with f-strings. This module lists the messages a person sees as templates marked for
translation; `engine_text` matches a message against them and fills the translated template
with the same values. A message no template matches is shown as the engine wrote it.

A field named `message` or `reason` holds another engine message and is translated too:
"dense1: expects a 2-D input but gets ..." is a node id, then a message.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nodeflow.i18n import Marked, current_language

NESTED = ("message", "reason")
FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

TEMPLATES: tuple[Marked, ...] = (
)


def _pattern(template: str) -> re.Pattern[str]:
    parts, last = [], 0
    for m in FIELD.finditer(template):
        parts.append(re.escape(template[last:m.start()]))
        name = m.group(1)
        parts.append(f"(?P<{name}>.+)" if name in NESTED else f"(?P<{name}>.+?)")
        last = m.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts), re.DOTALL)


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[re.Pattern[str], Marked], ...]:
    # the most specific template first (the most fixed text)
    ordered = sorted(TEMPLATES, key=lambda t: -len(FIELD.sub("", t)))
    return tuple((_pattern(t), t) for t in ordered)


NODE_PREFIX = re.compile(r"([A-Za-z_][A-Za-z0-9_.\-]*): (.+)", re.DOTALL)
"""`dense1: expects ...`: the analysis puts the node's id before a node's message."""


def engine_text(message: str, _depth: int = 0) -> str:
    """`message` from the engine in the current language (itself in English or when unknown)."""
    if current_language() == "en" or not message or _depth > 4:
        return message
    for pattern, template in _compiled():
        m = pattern.fullmatch(message)
        if m is None:
            continue
        fields = m.groupdict()
        for name in NESTED:
            if name in fields:
                fields[name] = engine_text(fields[name], _depth + 1)
        translated = template.translated()
        if translated == str(template):
            continue  # no translation: keep the English whole rather than half
        return translated.format(**fields)
    prefixed = NODE_PREFIX.fullmatch(message)
    if prefixed is not None:
        rest = engine_text(prefixed.group(2), _depth + 1)
        if rest != prefixed.group(2):
            return f"{prefixed.group(1)}: {rest}"
    return message
