"""The engine's messages in the user's language, translated where they are shown (the window's
message strip, cards, status bar and dialogs; the command line's `error:` line).

The engine (nodeflow.graph, nodes, compute) writes its messages in English, built with
f-strings, and knows nothing of translation. This module (Qt-free) lists the messages a person
sees as templates marked for translation; `engine_text` matches a message against them and
fills the translated template with the same values. A message no template matches is shown as
the engine wrote it.

A field named `message` or `reason` holds another engine message and is translated too:
"dense1: expects a 2-D input but gets ..." is a node id, then a message.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nodeflow.i18n import QT_TRANSLATE_NOOP, Marked, current_language

NESTED = ("message", "reason", "expected", "hint")
FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

TEMPLATES: tuple[Marked, ...] = (
    QT_TRANSLATE_NOOP("EngineMessage", "{message} from {source}"),
    QT_TRANSLATE_NOOP("EngineMessage", "input '{port}' is not connected"),
    QT_TRANSLATE_NOOP("EngineMessage", "input {names} is not connected"),
    QT_TRANSLATE_NOOP("EngineMessage", "inputs {names} are not connected"),
    QT_TRANSLATE_NOOP("EngineMessage", "input '{port}': {node} gives no output '{output}'"),
    QT_TRANSLATE_NOOP("EngineMessage", "cycle: {path}"),
    QT_TRANSLATE_NOOP("EngineMessage", "expects {expected} but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{hint}; it expects {expected} but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "insert a Flatten before it"),
    QT_TRANSLATE_NOOP("EngineMessage", "images {shape}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{shapes} or {shape}"),
    QT_TRANSLATE_NOOP("EngineMessage", "sequences {shape}"),
    QT_TRANSLATE_NOOP("EngineMessage", "(N, ...) with at least one feature axis"),
    QT_TRANSLATE_NOOP("EngineMessage", "at least {n} dimensions"),
    QT_TRANSLATE_NOOP("EngineMessage", "labels can only go into a loss's target, but gets class labels {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "a loss can only go into an optimizer, but gets a loss"),
    QT_TRANSLATE_NOOP("EngineMessage", "a loss can only go into an optimizer, but target gets a loss"),
    QT_TRANSLATE_NOOP("EngineMessage", "expects numbers but gets a {kind} tensor {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "expects (N, ...) with feature axes but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "expects the same shape on a and b but gets {a} on a and {b} on b"),
    QT_TRANSLATE_NOOP("EngineMessage", "input 'loss' is not connected; wire a loss node's output into it"),
    QT_TRANSLATE_NOOP("EngineMessage", "expects predictions (N, ...) but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "expects labels (N,) but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "expects a target of the same shape as pred {pred} but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "compares numbers (for classes use Softmax + CrossEntropy) but target gets class labels {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "expects numbers as target but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "expects class probabilities (N, K) but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "expects labels (N,) or one-hot targets {shape} but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "the graph has a loss but no Dataset node to train on"),
    QT_TRANSLATE_NOOP("EngineMessage", "the graph has no Dataset node to train on"),
    QT_TRANSLATE_NOOP("EngineMessage", "the graph has no optimizer node: wire a loss into one (e.g. Adam)"),
    QT_TRANSLATE_NOOP("EngineMessage", "nothing to train: wire a Dataset through a loss into an optimizer node"),
    QT_TRANSLATE_NOOP("EngineMessage", "the graph has more than one Dataset node; keep one"),
    QT_TRANSLATE_NOOP("EngineMessage", "the graph has more than one optimizer node; keep one"),
    QT_TRANSLATE_NOOP("EngineMessage", "{node}: its loss input is not wired to a loss computed from the data"),
    QT_TRANSLATE_NOOP("EngineMessage", "training diverged at epoch {epoch} (loss became {value}); try a smaller learning rate (now {lr})"),
    QT_TRANSLATE_NOOP("EngineMessage", "diverged at epoch {epoch} (loss became {value})"),
    QT_TRANSLATE_NOOP("EngineMessage", "the training split is empty"),
    QT_TRANSLATE_NOOP("EngineMessage", "training diverged at epoch {epoch} (loss {loss} became {value}); try a smaller learning rate (now {lr})"),
    QT_TRANSLATE_NOOP("EngineMessage", "diverged at epoch {epoch} (loss {loss} became {value})"),
    QT_TRANSLATE_NOOP("EngineMessage", "nothing minimizes this loss; wire its output into an optimizer"),
    QT_TRANSLATE_NOOP("EngineMessage", "nothing to predict: wire a Dataset through a loss into an optimizer node"),
    QT_TRANSLATE_NOOP("EngineMessage", "shares the weights of {other}, which shares another node's; name that one"),
    QT_TRANSLATE_NOOP("EngineMessage", "cannot share the weights of {other}: it needs {mine} but {other} has {theirs}"),
    QT_TRANSLATE_NOOP("EngineMessage", "training: 'epochs' must be at least 1, got {value}"),
    QT_TRANSLATE_NOOP("EngineMessage", "wire {wire} goes to a node that does not exist"),
    QT_TRANSLATE_NOOP("EngineMessage", "training failed"),
    QT_TRANSLATE_NOOP("EngineMessage", "parameter '{param}' must be {expected}, got {value}"),
    QT_TRANSLATE_NOOP("EngineMessage", "an integer"),
    QT_TRANSLATE_NOOP("EngineMessage", "a number"),
    QT_TRANSLATE_NOOP("EngineMessage", "a finite number"),
    QT_TRANSLATE_NOOP("EngineMessage", "true or false"),
    QT_TRANSLATE_NOOP("EngineMessage", "a text"),
    QT_TRANSLATE_NOOP("EngineMessage", "a list of 1 to 8 positive integers"),
    QT_TRANSLATE_NOOP("EngineMessage", "between {low} and {high}"),
    QT_TRANSLATE_NOOP("EngineMessage", "one of {choices}"),
    QT_TRANSLATE_NOOP("EngineMessage", "an integer or one of {choices}"),
    QT_TRANSLATE_NOOP("EngineMessage", ">= {low}"),
    QT_TRANSLATE_NOOP("EngineMessage", "<= {high}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{node} cannot take its own output"),
    QT_TRANSLATE_NOOP("EngineMessage", "{node} has no output port '{port}'"),
    QT_TRANSLATE_NOOP("EngineMessage", "{node} has no input port '{port}'"),
    QT_TRANSLATE_NOOP("EngineMessage", "a node named '{name}' already exists"),
    QT_TRANSLATE_NOOP("EngineMessage", "no node named '{name}'"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown parameter '{name}'"),
)


def _pattern(template: str) -> re.Pattern[str]:
    parts, last, seen = [], 0, set()
    for m in FIELD.finditer(template):
        parts.append(re.escape(template[last:m.start()]))
        name = m.group(1)
        if name in seen:  # the same value again ("... of {other}, ... but {other} has ...")
            parts.append(f"(?P={name})")
        else:
            parts.append(f"(?P<{name}>.+)" if name in NESTED else f"(?P<{name}>.+?)")
        seen.add(name)
        last = m.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts), re.DOTALL)


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[re.Pattern[str], Marked], ...]:
    # a message wrapped around another ("... from fc1") first, then the most specific (the most fixed text)
    ordered = sorted(TEMPLATES, key=lambda t: (not t.startswith("{message}"), -len(FIELD.sub("", t))))
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
