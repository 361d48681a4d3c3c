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

NESTED = ("message", "reason", "expected", "hint", "fix", "padded")
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
    QT_TRANSLATE_NOOP("EngineMessage", "(N, F) or (N, T, F)"),
    QT_TRANSLATE_NOOP("EngineMessage", "(N, F), (N, T, F) or (N, C, H, W)"),
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
    QT_TRANSLATE_NOOP("EngineMessage", "the Q-network gives {n} values per state but {env} has {k} actions: its last layer needs {k2} units"),
    QT_TRANSLATE_NOOP("EngineMessage", "training diverged in episode {episode} ({what} became {value}); try a smaller learning rate"),
    QT_TRANSLATE_NOOP("EngineMessage", "the Q-values blew up in episode {episode}: |Q| reached {peak}, but no return can exceed {bound} here (rewards up to {reward}, gamma {gamma}); try a smaller learning rate or refresh the target network less often"),
    QT_TRANSLATE_NOOP("EngineMessage", "the grid world's layout is empty: write rows like 'S..' and '..G'"),
    QT_TRANSLATE_NOOP("EngineMessage", "the layout has no goal cell 'G'"),
    QT_TRANSLATE_NOOP("EngineMessage", "the layout has {n} start cells 'S': it needs exactly one"),
    QT_TRANSLATE_NOOP("EngineMessage", "evaluating the greedy policy needs a second environment (eval_env)"),
    QT_TRANSLATE_NOOP("EngineMessage", "use Sigmoid for a single output (softmax over one value is always 1); it expects (N, K) with K >= 2 classes but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "the {k}x{k2} {window} does not fit (use {fix}): {padded}it needs images of at least {need}x{need2} but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "a smaller kernel_size or more padding"),
    QT_TRANSLATE_NOOP("EngineMessage", "a smaller pool_size"),
    QT_TRANSLATE_NOOP("EngineMessage", "with padding {pad} "),
    QT_TRANSLATE_NOOP("EngineMessage", "expects {n} values per sample to make {shape} but gets {m} values per sample in {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "for one output use Sigmoid + BCE; it expects (N, K) with K >= 2 classes but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "expects labels of 2 classes (for {k} classes use Softmax + CrossEntropy) but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "give the last layer 1 unit; with class labels as target it expects one probability per sample (N, 1) but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "give the last layer {k} units; the target {target} has {k2} classes, so it expects pred (N, {k3}) but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "expects a and b with the same number of axes but gets {a} on a and {b} on b"),
    QT_TRANSLATE_NOOP("EngineMessage", "axis {axis} does not exist in {got}; use 1 to {last} (or -1 for the last axis)"),
    QT_TRANSLATE_NOOP("EngineMessage", "cannot concatenate along the batch axis 0; use axis 1 to {last} (or -1 for the last axis)"),
    QT_TRANSLATE_NOOP("EngineMessage", "expects shapes that differ only on axis {axis} but gets {a} on a and {b} on b"),
    QT_TRANSLATE_NOOP("EngineMessage", "expects a loss but gets {got}; connect the output of a loss node (MSE, CrossEntropy, ...)"),
    QT_TRANSLATE_NOOP("EngineMessage", "{node}.{port} is already connected to {src}.{out}"),
    QT_TRANSLATE_NOOP("EngineMessage", "no wire {wire}"),
    QT_TRANSLATE_NOOP("EngineMessage", "nothing to check: the graph has no loss computed from the data"),
    QT_TRANSLATE_NOOP("EngineMessage", "no points drawn yet: click in the Dataset's drawing area to add points"),
    QT_TRANSLATE_NOOP("EngineMessage", "all drawn points are class {k}: draw points of at least two classes"),
    QT_TRANSLATE_NOOP("EngineMessage", "draw at least 2 points for regression (x across, the value to predict up)"),
    QT_TRANSLATE_NOOP("EngineMessage", "source '{source}' needs a file: set 'path' to a {suffix} file"),
    QT_TRANSLATE_NOOP("EngineMessage", "{kind} file '{file}' not found"),
    QT_TRANSLATE_NOOP("EngineMessage", "column '{column}' not in {file} (columns: {columns})"),
    QT_TRANSLATE_NOOP("EngineMessage", "{file} is empty: it needs a header row naming the columns, then rows of numbers"),
    QT_TRANSLATE_NOOP("EngineMessage", "{file} has a header but no data rows"),
    QT_TRANSLATE_NOOP("EngineMessage", "{file} has only one column; it needs at least one input column and the target"),
    QT_TRANSLATE_NOOP("EngineMessage", "classification needs at least 2 classes, the target has only {k}"),
    QT_TRANSLATE_NOOP("EngineMessage", "classification needs integer class labels, found {value}"),
    QT_TRANSLATE_NOOP("EngineMessage", "the {split} inputs contain NaN or infinite values"),
    QT_TRANSLATE_NOOP("EngineMessage", "the {split} targets contain NaN or infinite values"),
    QT_TRANSLATE_NOOP("EngineMessage", "validation_split {a} + test_split {b} leave no training samples out of {n}"),
    QT_TRANSLATE_NOOP("EngineMessage", "the weights file has '{name}', which this graph does not use"),
    QT_TRANSLATE_NOOP("EngineMessage", "the weights file has no '{name}'"),
    QT_TRANSLATE_NOOP("EngineMessage", "'{name}' has shape {shape} in the weights file but the graph needs {needed}"),
    QT_TRANSLATE_NOOP("EngineMessage", "not a nodeflow file: it is empty"),
    QT_TRANSLATE_NOOP("EngineMessage", "this file was made by a newer nodeflow (format version {v}; this one reads {w})"),
    QT_TRANSLATE_NOOP("EngineMessage", "the file is too large (the limit is 20 MB)"),
    QT_TRANSLATE_NOOP("EngineMessage", "input '{port}' is connected twice (from {a}.{p} and {b}.{q})"),
    QT_TRANSLATE_NOOP("EngineMessage", "training: '{key}' must be an integer, got {value}"),
    QT_TRANSLATE_NOOP("EngineMessage", "training: '{key}' must be true or false, got {value}"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown parameter '{name}' for {type}{hint}"),
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
    # Trainer(graph, data=...): splits loaded elsewhere (experiments share one dataset)
    QT_TRANSLATE_NOOP("EngineMessage", "data were given but the graph has no Dataset node"),
    QT_TRANSLATE_NOOP("EngineMessage", "the given data have samples of shape {got}, the Dataset gives {expected}"),
    QT_TRANSLATE_NOOP("EngineMessage", "the given data are {got}, the run is {dtype}"),
    QT_TRANSLATE_NOOP("EngineMessage", "stopped: another document was opened"),
    QT_TRANSLATE_NOOP("EngineMessage", "stopped before it began"),
    QT_TRANSLATE_NOOP("EngineMessage", "stopped before it finished"),
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
    prefixed = NODE_PREFIX.fullmatch(message)
    if prefixed is not None:  # "fc1: <a node's message>": the id stays, the message is translated
        rest = engine_text(prefixed.group(2), _depth + 1)
        if rest != prefixed.group(2):
            return f"{prefixed.group(1)}: {rest}"
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
    return message


def untranslated_messages(package_dir=None) -> list[tuple[str, int, str]]:
    """(file, line, message) for every message the engine raises or records (GraphError,
    ShapeError, ParamError, TrainingError, errors[...] = ..., graph_errors.append) whose text no
    template matches: what to add to TEMPLATES when the engine gains messages.
    `python -m nodeflow.i18n.engine` lists them."""
    import ast
    from pathlib import Path

    root = Path(package_dir) if package_dir else Path(__file__).resolve().parent.parent
    skeletons = {FIELD.sub("{}", str(t)) for t in TEMPLATES}
    found = []
    for folder in ("graph", "nodes", "compute"):
        for path in sorted((root / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                text = None
                if isinstance(node, ast.Call) and node.args:
                    func = node.func
                    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                    if name.endswith("Error") or name == "append" and "error" in ast.unparse(func).lower():
                        text = node.args[0]
                elif isinstance(node, ast.Assign) and "errors[" in ast.unparse(node.targets[0]):
                    text = node.value
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    skeleton = text.value
                elif isinstance(text, ast.JoinedStr):
                    skeleton = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in text.values)
                else:
                    continue
                skeleton = re.sub(r"^\{\}: ", "", skeleton)  # the node id before a node's message
                if re.search(r"[A-Za-z]{3}", skeleton.replace("{}", "")) and skeleton not in skeletons:
                    found.append((str(path.relative_to(root)), node.lineno, skeleton))
    return found


if __name__ == "__main__":
    for file, line, text in untranslated_messages():
        print(f"{file}:{line}: {text}")
