"""The engine's messages in the user's language, translated where they are shown (the window's
message strip, cards, status bar and dialogs; the command line's `error:` line).

The engine (nodeflow.graph, nodes, compute) writes its messages in English, built with
f-strings, and knows nothing of translation. This module (Qt-free) lists the messages a person
sees as templates marked for translation; `engine_text` matches a message against them and
fills the translated template with the same values. A message no template matches is shown as
the engine wrote it.

A field named `message`, `reason`, `problem`... (NESTED) holds another engine message and is
translated too; a match whose nested message has no translation gives way to another template
that translates the whole (the English nested text is kept only when none does).
"dense1: expects a 2-D input but gets ..." is a node id, then a message; "wire #3: ..." (a place
in a file: WHERE) is translated in front of its message.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nodeflow.i18n import QT_TRANSLATE_NOOP, Marked, current_language

NESTED = ("message", "reason", "expected", "hint", "fix", "padded", "problem", "why", "part", "advice", "first",
          "constant", "fill", "lines", "rows", "more", "window")
LISTS = ("rows",)
"""Nested fields that hold several messages joined by "; " (a csv file's bad rows), each translated."""
NUMBER = r"-?[0-9][0-9,._]*"
NARROW = {"source": r"[^\s()]+", **{name: NUMBER for name in ("n", "m", "count", "line", "epoch", "episode")}}
"""Fields that hold one word (a node id: "{message} from {source}" must not take any " from ") or
one number ("{n} values but ..." must not take "line 5: 2")."""
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
    QT_TRANSLATE_NOOP("EngineMessage", "its target is random noise from {noise}; wire the Dataset's y or a Constant (1 for real, 0 for fake) into target"),
    QT_TRANSLATE_NOOP("EngineMessage", "overlaps {rival}: both minimize {loss}; wire {orphan} into {opt} instead (nothing minimizes it)"),
    QT_TRANSLATE_NOOP("EngineMessage", "overlaps {rival}: both would train {shared} and neither trains a narrower set of weights; put a Detach where {opt}'s gradient should stop, or keep one optimizer"),
    QT_TRANSLATE_NOOP("EngineMessage", "trains no weights: nothing upstream of its loss {loss} has weights"),
    QT_TRANSLATE_NOOP("EngineMessage", "trains no weights: every weight upstream of its loss {loss} is trained by {takers}"),
    QT_TRANSLATE_NOOP("EngineMessage", "trains no weights: the Detach {detach} stops the gradient of its loss {loss} before {cut}; wire {opt}'s path around the Detach"),
    QT_TRANSLATE_NOOP("EngineMessage", "trains no weights of its own: the Detach {detach} stops the gradient of its loss {loss} before {cut}, and {rival} trains what it still reaches ({rest}); wire {opt}'s path around the Detach"),
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
    QT_TRANSLATE_NOOP("EngineMessage", "invalid node id {id}"),
    QT_TRANSLATE_NOOP("EngineMessage", "a frame named '{name}' already exists"),
    QT_TRANSLATE_NOOP("EngineMessage", "a frame needs at least one node"),
    QT_TRANSLATE_NOOP("EngineMessage", "no frame named '{name}'"),
    QT_TRANSLATE_NOOP("EngineMessage", "frame {frame}: cannot set {key} to {value}"),
    QT_TRANSLATE_NOOP("EngineMessage", '"via" must be a list of at most {n} points [x, y]'),
    QT_TRANSLATE_NOOP("EngineMessage", '"frames" must be a list of at most {n} frames'),
    QT_TRANSLATE_NOOP("EngineMessage", "{what} must be a text of at most {limit} characters"),
    QT_TRANSLATE_NOOP("EngineMessage", '"via" must be a list of points [x, y], got {got}'),
    QT_TRANSLATE_NOOP("EngineMessage", "expected an object"),
    QT_TRANSLATE_NOOP("EngineMessage", '"id" must be a unique text of 1 to 64 characters'),
    QT_TRANSLATE_NOOP("EngineMessage", '"color" must be "#rrggbb", got {got}'),
    QT_TRANSLATE_NOOP("EngineMessage", '"nodes" must be a list of node ids'),
    QT_TRANSLATE_NOOP("EngineMessage", "{what} is not valid unicode text"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown key {key} (known: {known})"),
    QT_TRANSLATE_NOOP("EngineMessage", "no node named {name}"),
    QT_TRANSLATE_NOOP("EngineMessage", "node {node} is already in {frame}"),
    QT_TRANSLATE_NOOP("EngineMessage", "wire #{n}"),
    QT_TRANSLATE_NOOP("EngineMessage", "node #{n}"),
    QT_TRANSLATE_NOOP("EngineMessage", "frame #{n}"),
    QT_TRANSLATE_NOOP("EngineMessage", "run {n}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{value} is not a valid number"),
    QT_TRANSLATE_NOOP("EngineMessage", "not a nodeflow file: it contains an invalid unicode escape (a lone surrogate)"),
    QT_TRANSLATE_NOOP("EngineMessage", "number too large ({digits}...)"),
    QT_TRANSLATE_NOOP("EngineMessage", "number too large ({digits})"),
    QT_TRANSLATE_NOOP("EngineMessage", "not a nodeflow file: expected a JSON object, got {kind}"),
    QT_TRANSLATE_NOOP("EngineMessage", 'not a nodeflow file: "format" must be "nodeflow"'),
    QT_TRANSLATE_NOOP("EngineMessage", '"nodes" must be a list, got {kind}'),
    QT_TRANSLATE_NOOP("EngineMessage", "the file has {n} nodes; nodeflow opens graphs of at most {limit}"),
    QT_TRANSLATE_NOOP("EngineMessage", '"edges" must be a list, got {kind}'),
    QT_TRANSLATE_NOOP("EngineMessage", "the file has {n} wires; nodeflow opens graphs of at most {limit}"),
    QT_TRANSLATE_NOOP("EngineMessage", '"version" must be an integer'),
    QT_TRANSLATE_NOOP("EngineMessage", "node #{n}: expected an object, got {kind}"),
    QT_TRANSLATE_NOOP("EngineMessage", 'node #{n}: "id" {problem}, got {got}'),
    QT_TRANSLATE_NOOP("EngineMessage", "must be a text, not {kind}"),
    QT_TRANSLATE_NOOP("EngineMessage", "must not be empty"),
    QT_TRANSLATE_NOOP("EngineMessage", "is too long ({n} characters; the limit is {limit})"),
    QT_TRANSLATE_NOOP("EngineMessage", "is not valid unicode text"),
    QT_TRANSLATE_NOOP("EngineMessage", "must not contain control characters (it has {char} at position {pos})"),
    QT_TRANSLATE_NOOP("EngineMessage", '"type" must be a node type name, got {got}'),
    QT_TRANSLATE_NOOP("EngineMessage", '"params" must be an object, got {kind}'),
    QT_TRANSLATE_NOOP("EngineMessage", "wire #{n}: expected an object, got {kind}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{type} has no output port {port}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{type} has no input port {port}"),
    QT_TRANSLATE_NOOP("EngineMessage", '"training" must be an object, got {kind}'),
    QT_TRANSLATE_NOOP("EngineMessage", '"{what}" must be a text, got {kind}'),
    QT_TRANSLATE_NOOP("EngineMessage", '"{what}" is too long ({n} characters; the limit is {limit})'),
    QT_TRANSLATE_NOOP("EngineMessage", '"{what}" is not valid unicode text'),
    QT_TRANSLATE_NOOP("EngineMessage", "cannot save {file}: {detail}"),
    QT_TRANSLATE_NOOP("EngineMessage", "not a nodeflow file: invalid JSON at line {line}, column {column}: {detail}"),
    QT_TRANSLATE_NOOP("EngineMessage", "not a nodeflow file: JSON nested too deeply"),
    QT_TRANSLATE_NOOP("EngineMessage", "not a nodeflow file: {message}"),
    QT_TRANSLATE_NOOP("EngineMessage", "two nodes have this id"),
    QT_TRANSLATE_NOOP("EngineMessage", "format version {v} is too old to read"),
    QT_TRANSLATE_NOOP("EngineMessage", '"pos" must be two numbers [x, y], got {got}'),
    QT_TRANSLATE_NOOP("EngineMessage", 'wire #{n}: "{key}" must be [node id, port name], got {got}'),
    QT_TRANSLATE_NOOP("EngineMessage", "wire #{n}: no node named {name}"),
    QT_TRANSLATE_NOOP("EngineMessage", "training: unknown setting {key} (known: {known})"),
    QT_TRANSLATE_NOOP("EngineMessage", "{prefix}unknown key {key} (known: {known})"),
    QT_TRANSLATE_NOOP("EngineMessage", "not a nodeflow file: not UTF-8 text (byte {n})"),
    QT_TRANSLATE_NOOP("EngineMessage", "cannot migrate the file from version {v}: {detail}"),
    QT_TRANSLATE_NOOP("EngineMessage", "training: {message}"),
    QT_TRANSLATE_NOOP("EngineMessage", "training needs about {total} of memory, more than the {available} it may use ({why}); the largest part is {part} ({size}): {advice}"),
    QT_TRANSLATE_NOOP("EngineMessage", "the limit set by {env}"),
    QT_TRANSLATE_NOOP("EngineMessage", "no limit known"),
    QT_TRANSLATE_NOOP("EngineMessage", "{fraction} of this computer's {size}"),
    QT_TRANSLATE_NOOP("EngineMessage", "the data ({n} samples of {m} values, as read and as trained on)"),
    QT_TRANSLATE_NOOP("EngineMessage", "the gradients of the {n} weights it shares with {other}"),
    QT_TRANSLATE_NOOP("EngineMessage", "its {n} weights with their gradients and the optimizer's state"),
    QT_TRANSLATE_NOOP("EngineMessage", "its outputs for a batch of {n} samples"),
    QT_TRANSLATE_NOOP("EngineMessage", "make this layer smaller (fewer units or filters)"),
    QT_TRANSLATE_NOOP("EngineMessage", "use a smaller batch_size, or make this layer's output smaller"),
    QT_TRANSLATE_NOOP("EngineMessage", "use fewer samples or smaller samples"),
    QT_TRANSLATE_NOOP("EngineMessage", "'share' names the node itself; name another {type}"),
    QT_TRANSLATE_NOOP("EngineMessage", "'share' must name another {type} node, got {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} is not allowed"),
    QT_TRANSLATE_NOOP("EngineMessage", "'{key}' must be {expected}"),
    QT_TRANSLATE_NOOP("EngineMessage", "a text of at most {n} characters"),
    QT_TRANSLATE_NOOP("EngineMessage", "a list of texts"),
    QT_TRANSLATE_NOOP("EngineMessage", "a whole number >= 0"),
    QT_TRANSLATE_NOOP("EngineMessage", "a number or null"),
    QT_TRANSLATE_NOOP("EngineMessage", "an object"),
    QT_TRANSLATE_NOOP("EngineMessage", "a list of at most {n} whole numbers"),
    QT_TRANSLATE_NOOP("EngineMessage", "{what} must be a list of at most {limit} numbers"),
    QT_TRANSLATE_NOOP("EngineMessage", "run: 'batches' does not match 'batch_losses' and 'batch_stride'"),
    QT_TRANSLATE_NOOP("EngineMessage", "'{key}' is missing"),
    QT_TRANSLATE_NOOP("EngineMessage", "'{key}.{inner}' has {n} values for {epochs} epochs"),
    QT_TRANSLATE_NOOP("EngineMessage", "{what} must hold numbers or null"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown start {start}"),
    QT_TRANSLATE_NOOP("EngineMessage", 'not a nodeflow runs file (no "format": "nodeflow-runs")'),
    QT_TRANSLATE_NOOP("EngineMessage", "runs file version {v} is not supported (this nodeflow reads {w})"),
    QT_TRANSLATE_NOOP("EngineMessage", "'runs' must be a list"),
    QT_TRANSLATE_NOOP("EngineMessage", "not a regular file"),
    QT_TRANSLATE_NOOP("EngineMessage", "larger than {n} MB"),
    QT_TRANSLATE_NOOP("EngineMessage", "not valid JSON ({detail})"),
    QT_TRANSLATE_NOOP("EngineMessage", "run: id {id} appears twice"),
    QT_TRANSLATE_NOOP("EngineMessage", "BatchNorm over (N, T, F) sequences has no torch equivalent here"),
    QT_TRANSLATE_NOOP("EngineMessage", "wire an Environment's 'target' here; it expects (action, TD target) pairs but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "expects Q-values (N, {k}), one per action, but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "give the last layer {k} units, one Q-value per action of the environment; it expects (N, {k}) but gets {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "use a Dataset with seq_len, or Reshape to (T, F) first"),
    QT_TRANSLATE_NOOP("EngineMessage", "Reshape images to (T, F) first"),
    QT_TRANSLATE_NOOP("EngineMessage", "Reshape to (C, H, W) first, or use a Dataset with as_images"),
    QT_TRANSLATE_NOOP("EngineMessage", "Reshape to (C, H, W) first"),
    QT_TRANSLATE_NOOP("EngineMessage", " (known: {known})"),
    QT_TRANSLATE_NOOP("EngineMessage", "parameter {name}: unknown kind {kind}"),
    QT_TRANSLATE_NOOP("EngineMessage", "parameter {name}: kind {kind} needs choices"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown category {category}"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown accuracy rule {rule}"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown initialisation family {family}"),
    QT_TRANSLATE_NOOP("EngineMessage", "duplicate parameter names"),
    QT_TRANSLATE_NOOP("EngineMessage", "node type {type} is already registered"),
    QT_TRANSLATE_NOOP("EngineMessage", "class labels must lie in 0..{last}, found {low}..{high}"),
    QT_TRANSLATE_NOOP("EngineMessage", "source 'cifar10' needs its files: set 'path' to the cifar-10-batches-py folder (or one batch)"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} holds no CIFAR-10 batches (data_batch_1 ... data_batch_5, test_batch): give the extracted cifar-10-batches-py folder"),
    QT_TRANSLATE_NOOP("EngineMessage", "CIFAR-10 folder or batch '{path}' not found"),
    QT_TRANSLATE_NOOP("EngineMessage", "{kind} file '{file}' not found (it is a folder)"),
    QT_TRANSLATE_NOOP("EngineMessage", "{kind} file '{file}' is not a regular file (a FIFO or a device): it cannot be read"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} line 1 holds numbers, not column names: the first row must be a header naming the columns (e.g. rooms,area,price)"),
    QT_TRANSLATE_NOOP("EngineMessage", "classification needs one label per sample, but the targets have shape {shape}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{kind} file '{file}' is not a valid file name"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} line 1: column {i} has no name"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} line 1: column name '{column}' appears twice"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} line {line}: {message}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} is not a UTF-8 text file (line {line} has bytes that are not UTF-8)"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} is too large to read into memory"),
    QT_TRANSLATE_NOOP("EngineMessage", "{n} values but the header names {m} columns"),
    QT_TRANSLATE_NOOP("EngineMessage", "missing value in column '{column}'"),
    QT_TRANSLATE_NOOP("EngineMessage", "'{text}' in column '{column}' is not a number"),
    QT_TRANSLATE_NOOP("EngineMessage", "'{text}' in column '{column}' is not a finite number"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} has no array '{array}' (arrays: {found}); save one with numpy.savez(path, x=..., y=...)"),
    QT_TRANSLATE_NOOP("EngineMessage", "array '{array}' is a single value; it needs one row per sample"),
    QT_TRANSLATE_NOOP("EngineMessage", "'x' has {nx} samples but 'y' has {ny}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} holds no samples"),
    QT_TRANSLATE_NOOP("EngineMessage", "cannot tell the labels file's name (the images file's name should contain 'images', as in train-images-idx3-ubyte)"),
    QT_TRANSLATE_NOOP("EngineMessage", "the labels for {images} are missing: expected {labels} beside it"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} is not a labels file: it holds {dtype} values of shape {shape}, not one whole number per sample"),
    QT_TRANSLATE_NOOP("EngineMessage", "{images} holds {n} images but {labels} {m} labels"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} has {n} dimensions; images are (N, rows, columns)"),
    QT_TRANSLATE_NOOP("EngineMessage", "source 'image_folder' needs a folder: set 'path' to a folder with one sub-folder per class"),
    QT_TRANSLATE_NOOP("EngineMessage", "image folder '{path}' is a file, not a folder: give the folder that holds one sub-folder per class"),
    QT_TRANSLATE_NOOP("EngineMessage", "image folder '{path}' not found"),
    QT_TRANSLATE_NOOP("EngineMessage", "image folder '{path}' is not a valid name"),
    QT_TRANSLATE_NOOP("EngineMessage", "{width} x {height} pixels is larger than the limit of {limit}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} holds more than {n} class folders"),
    QT_TRANSLATE_NOOP("EngineMessage", "none of the {n} images in {name} could be read{first}"),
    QT_TRANSLATE_NOOP("EngineMessage", " (first: {file}: {detail})"),
    QT_TRANSLATE_NOOP("EngineMessage", "labels must be 0 or more, found {value}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{where} holds text labels; regression needs numbers (choose task classification or auto)"),
    QT_TRANSLATE_NOOP("EngineMessage", "classification needs at least 2 classes, the target has only '{k}'"),
    QT_TRANSLATE_NOOP("EngineMessage", "array 'y' contains NaN or infinite values"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} is empty: it needs a header row naming the columns, then rows"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} has only the target column; it needs at least one input column"),
    QT_TRANSLATE_NOOP("EngineMessage", "numerical_gradient needs a contiguous array to perturb in place"),
    QT_TRANSLATE_NOOP("EngineMessage", "shapes differ: {a} vs {b}"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown weight initialisation {init}"),
    QT_TRANSLATE_NOOP("EngineMessage", "backward called before forward"),
    QT_TRANSLATE_NOOP("EngineMessage", "Conv2D.backward called before forward"),
    QT_TRANSLATE_NOOP("EngineMessage", "Dense.backward called before forward"),
    QT_TRANSLATE_NOOP("EngineMessage", "BatchNorm.backward called before forward"),
    QT_TRANSLATE_NOOP("EngineMessage", "TDLoss: backward called before forward"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name}.backward called before forward"),
    QT_TRANSLATE_NOOP("EngineMessage", "label {label} is out of range for {k} classes"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} has no fused form for logits"),
    QT_TRANSLATE_NOOP("EngineMessage", "target of shape {target} does not match the prediction's shape {pred}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} gives no gradient for a learned target"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} expects (N, T, F) sequences, got shape {shape}"),
    QT_TRANSLATE_NOOP("EngineMessage", "TDLoss: {n} targets for {m} rows of Q-values"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown state encoding {kind}; choose one of {choices}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{env} gives an observation vector, not grid cells: set the state encoding to observation (or auto)"),
    QT_TRANSLATE_NOOP("EngineMessage", "{env} gives grid cells, not an observation vector: set the state encoding to one_hot or coords"),
    QT_TRANSLATE_NOOP("EngineMessage", "{env} has no grid"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown epsilon decay {decay}; choose linear or exponential"),
    QT_TRANSLATE_NOOP("EngineMessage", "the graph has no Environment node to learn in"),
    QT_TRANSLATE_NOOP("EngineMessage", "the graph has no optimizer node: wire the TDLoss into one (e.g. Adam)"),
    QT_TRANSLATE_NOOP("EngineMessage", "an Environment's agent learns from a TDLoss; wire the Q-values into a TDLoss's pred and the Environment's target into its target"),
    QT_TRANSLATE_NOOP("EngineMessage", "the environment's states changed size since the graph was checked"),
    QT_TRANSLATE_NOOP("EngineMessage", "a grid world needs at least 2 x 2 cells, got size {size}"),
    QT_TRANSLATE_NOOP("EngineMessage", "layout row {i} has {n} cells but row 1 has {m}: rows must be equally long"),
    QT_TRANSLATE_NOOP("EngineMessage", "layout row {i} has the unknown cell {cell}: use . # P G S (floor, wall, pit, goal, start)"),
    QT_TRANSLATE_NOOP("EngineMessage", "slip must be a probability between 0 and 1, got {slip}"),
    QT_TRANSLATE_NOOP("EngineMessage", "max_steps must be at least 1, got {n}"),
    QT_TRANSLATE_NOOP("EngineMessage", "the episode has ended: call reset() first"),
    QT_TRANSLATE_NOOP("EngineMessage", "action {action} is not one of 0-3 (up, right, down, left)"),
    QT_TRANSLATE_NOOP("EngineMessage", "gridworld has no option {option} (options: {options})"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown activation {name}; choose {choices}"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown optimizer {name}; choose one of {choices}"),
    QT_TRANSLATE_NOOP("EngineMessage", "the replay buffer needs room for at least 1 transition, got {n}"),
    QT_TRANSLATE_NOOP("EngineMessage", "the replay buffer is empty"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown TD loss {kind}; choose mse or huber"),
    QT_TRANSLATE_NOOP("EngineMessage", "training: '{key}' must be one of {choices}, got {value}"),
    QT_TRANSLATE_NOOP("EngineMessage", "'{param}' in the weights {problem}"),
    QT_TRANSLATE_NOOP("EngineMessage", "holds complex numbers; weights must be real"),
    QT_TRANSLATE_NOOP("EngineMessage", "is not numeric"),
    QT_TRANSLATE_NOOP("EngineMessage", "holds NaN values; weights must be finite numbers"),
    QT_TRANSLATE_NOOP("EngineMessage", "holds infinite values; weights must be finite numbers"),
    QT_TRANSLATE_NOOP("EngineMessage", "holds values too large for {dtype} (up to {largest})"),
    QT_TRANSLATE_NOOP("EngineMessage", "training diverged at epoch {epoch} (the loss grew from {start} to {loss}); try a smaller learning rate (now {lr})"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown export target {target} (choose {choices})"),
    QT_TRANSLATE_NOOP("EngineMessage", "cannot write {kind} as a literal"),
    QT_TRANSLATE_NOOP("EngineMessage", "the {source} source cannot be exported"),
    QT_TRANSLATE_NOOP("EngineMessage", "its kernel cannot be copied into a script ({detail})"),
    QT_TRANSLATE_NOOP("EngineMessage", "this regression trains on standardized targets and the ONNX model would predict in standard units; set standardize_target off and train again to export it"),
    QT_TRANSLATE_NOOP("EngineMessage", "the graph has no layers to export: wire the Dataset's x through some layers"),
    QT_TRANSLATE_NOOP("EngineMessage", "the model does not read any data: wire a Dataset's x into the first layer"),
    QT_TRANSLATE_NOOP("EngineMessage", "an ONNX model here takes one input; the graph reads {a} and {b}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{type} has no ONNX form, so this graph cannot be exported to ONNX"),
    QT_TRANSLATE_NOOP("EngineMessage", "a {category} node cannot be part of an ONNX inference model"),
    QT_TRANSLATE_NOOP("EngineMessage", "the ONNX checker refused the model: {detail}"),
    QT_TRANSLATE_NOOP("EngineMessage", "ONNX shape inference gives {found} for output {output}, not {declared}"),
    QT_TRANSLATE_NOOP("EngineMessage", "running ONNX models needs onnxruntime: pip install 'nodeflow[interop]'"),
    QT_TRANSLATE_NOOP("EngineMessage", "its input '{port}' is the Dataset's {output}, which an inference model does not get (only x)"),
    QT_TRANSLATE_NOOP("EngineMessage", "the trained weights have no '{name}'; train the graph again"),
    QT_TRANSLATE_NOOP("EngineMessage", "'{name}' has shape {shape} in the weights but the graph needs {needed}; train the graph again"),
    QT_TRANSLATE_NOOP("EngineMessage", "'{name}' holds nan or inf (a diverged run); train the graph again"),
    QT_TRANSLATE_NOOP("EngineMessage", "ONNX export needs the onnx package: pip install 'nodeflow[interop]' (or pip install onnx onnxruntime)"),
    QT_TRANSLATE_NOOP("EngineMessage", "the trained weights have no '{name}' (train the graph again)"),
    QT_TRANSLATE_NOOP("EngineMessage", "{type} already has an ONNX form"),
    QT_TRANSLATE_NOOP("EngineMessage", "the graph has no Dataset node: an exported script needs data to train on"),
    QT_TRANSLATE_NOOP("EngineMessage", "the graph has no loss computed from the data"),
    QT_TRANSLATE_NOOP("EngineMessage", "the exporters do not yet write graphs with several optimizers; train this graph in nodeflow (nodeflow train)"),
    QT_TRANSLATE_NOOP("EngineMessage", "the exporters do not yet write nodes that share another node's weights"),
    QT_TRANSLATE_NOOP("EngineMessage", "the exporters do not yet write graphs with Noise or Constant sources"),
    QT_TRANSLATE_NOOP("EngineMessage", "no Dense layer gives the Q-values"),
    QT_TRANSLATE_NOOP("EngineMessage", "the RL export needs one activation (ReLU or Tanh) and one bias setting for all Dense layers"),
    QT_TRANSLATE_NOOP("EngineMessage", "the RL export keeps the learning rate constant; set schedule to constant"),
    QT_TRANSLATE_NOOP("EngineMessage", "the RL export has no weight decay; set weight_decay to 0"),
    QT_TRANSLATE_NOOP("EngineMessage", "an agent's export learns from scratch; it takes no --weights"),
    QT_TRANSLATE_NOOP("EngineMessage", "an agent's export always trains (it has no prediction-only form); drop --no-train"),
    QT_TRANSLATE_NOOP("EngineMessage", "the RL export takes one chain of layers from the Environment's state to the TDLoss; here {n} wires leave {node}"),
    QT_TRANSLATE_NOOP("EngineMessage", "the RL export draws weights as init auto does; set init to auto"),
    QT_TRANSLATE_NOOP("EngineMessage", "the RL export holds Dense layers with ReLU or Tanh between them, not {kind} (train this graph in the app or with `nodeflow train`)"),
    QT_TRANSLATE_NOOP("EngineMessage", "{module} has no top-level definition {name}"),
    QT_TRANSLATE_NOOP("EngineMessage", "two definitions named {name}: {a} and {b}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} is imported from nodeflow inside a function"),
    QT_TRANSLATE_NOOP("EngineMessage", "module import {name} cannot be copied"),
    QT_TRANSLATE_NOOP("EngineMessage", "{type} losses have no PyTorch form in the exporter"),
    QT_TRANSLATE_NOOP("EngineMessage", "no torch.optim equivalent"),
    QT_TRANSLATE_NOOP("EngineMessage", "the torch target always includes training; use --target numpy for a predict-only module"),
    QT_TRANSLATE_NOOP("EngineMessage", "{type} nodes have no PyTorch form in the exporter"),
    QT_TRANSLATE_NOOP("EngineMessage", "{type} parameters are not an object"),
    QT_TRANSLATE_NOOP("EngineMessage", "the model learned nothing: its validation loss {loss} is no better than {constant} ({baseline}); {advice}"),
    QT_TRANSLATE_NOOP("EngineMessage", "the model learned nothing: its training loss {loss} is no better than {constant} ({baseline}); {advice}"),
    QT_TRANSLATE_NOOP("EngineMessage", "always predicting the training targets' mean"),
    QT_TRANSLATE_NOOP("EngineMessage", "always predicting the training targets' median"),
    QT_TRANSLATE_NOOP("EngineMessage", "always predicting one constant"),
    QT_TRANSLATE_NOOP("EngineMessage", "always predicting each class's share of the training data"),
    QT_TRANSLATE_NOOP("EngineMessage", "standardize the targets (Dataset ▸ standardize_target), try another learning rate, or train longer"),
    QT_TRANSLATE_NOOP("EngineMessage", "try another learning rate, train longer, or check that the inputs say something about the labels"),
    QT_TRANSLATE_NOOP("EngineMessage", "{column}: text column, given as category index 0..{last} ({listed})"),
    QT_TRANSLATE_NOOP("EngineMessage", "{column}: text column, one-hot encoded as {n} inputs ({listed})"),
    QT_TRANSLATE_NOOP("EngineMessage", "{column}: {n} missing value filled with {fill} ({lines})"),
    QT_TRANSLATE_NOOP("EngineMessage", "{column}: {n} missing values filled with {fill} ({lines})"),
    QT_TRANSLATE_NOOP("EngineMessage", "the mean {value}"),
    QT_TRANSLATE_NOOP("EngineMessage", "the median {value}"),
    QT_TRANSLATE_NOOP("EngineMessage", "line {n}"),
    QT_TRANSLATE_NOOP("EngineMessage", "lines {numbers}"),
    QT_TRANSLATE_NOOP("EngineMessage", "class folders without images left out: {folders}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name}: {n} bad row left out ({lines}); training uses the other {m}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name}: {n} bad rows left out ({lines}); training uses the other {m}"),
    QT_TRANSLATE_NOOP("EngineMessage", "lines {a} and {b}"),
    QT_TRANSLATE_NOOP("EngineMessage", "line {line}: {message}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name}: all {count} data rows are bad ({rows})"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name}: all {count} data rows are bad ({rows}; …)"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} line {line}: {message} (fix it, or set skip_bad_rows to leave bad rows out)"),
    QT_TRANSLATE_NOOP("EngineMessage", "it gives {kind}, not a NodeSpec or a list of them"),
    QT_TRANSLATE_NOOP("EngineMessage", "it declares no node types"),
    QT_TRANSLATE_NOOP("EngineMessage", "a block is checked through its inner nodes"),
    QT_TRANSLATE_NOOP("EngineMessage", '"block" must be an object, got {kind}'),
    QT_TRANSLATE_NOOP("EngineMessage", "a block needs at least one node"),
    QT_TRANSLATE_NOOP("EngineMessage", "block: node {name} cannot be in a block"),
    QT_TRANSLATE_NOOP("EngineMessage", "block: {message}"),
    QT_TRANSLATE_NOOP("EngineMessage", 'block: {kind} {item} must be {"name": ..., "{key}": [inner node, port]}'),
    QT_TRANSLATE_NOOP("EngineMessage", 'block: {kind} {item} must be {"name": ..., "{key}": [[inner node, port], ...]}'),
    QT_TRANSLATE_NOOP("EngineMessage", "block: two {kind} are named {name}"),
    QT_TRANSLATE_NOOP("EngineMessage", "block: {node} has no {kind} port {port}"),
    # editing a block's inside (nodeflow.graph.blocks) and the block library (nodeflow.blocks)
    QT_TRANSLATE_NOOP("EngineMessage", "the block's port cards stay (its ports are changed on the graph outside)"),
    QT_TRANSLATE_NOOP("EngineMessage", "a node id inside a block cannot hold '{sep}'"),
    QT_TRANSLATE_NOOP("EngineMessage", "a block cannot hold it (blocks inside blocks and missing node types are not supported)"),
    QT_TRANSLATE_NOOP("EngineMessage", "a block holds layers, merges and activations, not a {category} node"),
    QT_TRANSLATE_NOOP("EngineMessage", "the block's output '{port}' must stay wired inside it (drag another wire onto it to replace this one)"),
    QT_TRANSLATE_NOOP("EngineMessage", "the block's input '{port}' is not wired on the graph outside"),
    QT_TRANSLATE_NOOP("EngineMessage", "the block's output '{port}' is not wired inside it"),
    QT_TRANSLATE_NOOP("EngineMessage", "the block's port card takes its shapes from the graph outside"),
    QT_TRANSLATE_NOOP("EngineMessage", "a block file holds exactly one block node and no wires"),
    QT_TRANSLATE_NOOP("EngineMessage", "it declares {kind}, not a NodeSpec"),
    QT_TRANSLATE_NOOP("EngineMessage", "node type name {name} is not a name (letters, digits, _)"),
    QT_TRANSLATE_NOOP("EngineMessage", "node type {name} is already declared (by nodeflow or another plugin)"),
    QT_TRANSLATE_NOOP("EngineMessage", "kernel must be 'module:Class', got {got}"),
    QT_TRANSLATE_NOOP("EngineMessage", "kernel {kernel}: {module} has no {attr}"),
    QT_TRANSLATE_NOOP("EngineMessage", "kernel {kernel} has no {method}()"),
    QT_TRANSLATE_NOOP("EngineMessage", "its shape rule gives no type for every output on its sample inputs"),
    QT_TRANSLATE_NOOP("EngineMessage", "declares node type {name} twice"),
    QT_TRANSLATE_NOOP("EngineMessage", "the file holds a table of {shape}, expected {expected}"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} has {count} bad rows: {rows} (fix them, or set skip_bad_rows to leave them out)"),
    QT_TRANSLATE_NOOP("EngineMessage", "{name} has {count} bad rows: {rows}; and {more} more (fix them, or set skip_bad_rows to leave them out)"),
    QT_TRANSLATE_NOOP("EngineMessage", "The Dataset '{node}' is a placeholder: the model expects x of shape {shape}; set its source (an npz file with arrays x and y, for example) to data of that shape."),
    QT_TRANSLATE_NOOP("EngineMessage", "To train it, wire its output ({outputs}) and the Dataset's y into a loss, and the loss into an optimizer."),
    QT_TRANSLATE_NOOP("EngineMessage", "The file's training set-up was not restored ({detail})."),
    QT_TRANSLATE_NOOP("EngineMessage", "The loss ({loss}) and optimizer come from the model's compile settings."),
    QT_TRANSLATE_NOOP("EngineMessage", "Keras gives images channels-last (N, H, W, C); this graph takes them channels-first (N, C, H, W): feed x.transpose(0, 3, 1, 2)."),
    QT_TRANSLATE_NOOP("EngineMessage", "The model's loss ({loss}) or optimizer has no nodeflow node; add both to train it."),
    QT_TRANSLATE_NOOP("EngineMessage", "The model's loss {loss} needs probabilities (a final {node}); add a loss to train it."),
    QT_TRANSLATE_NOOP("EngineMessage", "training diverged in episode {episode} (the TD loss became {value}); try a smaller learning rate"),
    QT_TRANSLATE_NOOP("EngineMessage", "training diverged in episode {episode} (a Q-value became {value}); try a smaller learning rate"),
    QT_TRANSLATE_NOOP("EngineMessage", "kernel"),
    QT_TRANSLATE_NOOP("EngineMessage", "pool window"),
    QT_TRANSLATE_NOOP("EngineMessage", "{source} · {n} episodes"),
    QT_TRANSLATE_NOOP("EngineMessage", "Concat axis {axis}"),
    # Trainer(graph, data=...): splits loaded elsewhere (experiments share one dataset)
    QT_TRANSLATE_NOOP("EngineMessage", "data were given but the graph has no Dataset node"),
    QT_TRANSLATE_NOOP("EngineMessage", "the given data have samples of shape {got}, the Dataset gives {expected}"),
    QT_TRANSLATE_NOOP("EngineMessage", "the given data are {got}, the run is {dtype}"),
    QT_TRANSLATE_NOOP("EngineMessage", "stopped: another document was opened"),
    # bypassed nodes (nodeflow.graph.bypass) and placeholders (nodeflow.graph.placeholders)
    QT_TRANSLATE_NOOP("EngineMessage", "cannot be bypassed: it turns {got} into {out}, so passing its input through would change what the next node gets; take the bypass off (M)"),
    QT_TRANSLATE_NOOP("EngineMessage", "cannot be bypassed: it turns {got} into {out}, so passing its input through would change what the next node gets"),
    QT_TRANSLATE_NOOP("EngineMessage", "cannot be bypassed: {type} ({category}) has no input it could pass on to an output"),
    QT_TRANSLATE_NOOP("EngineMessage", "cannot be bypassed: {type} has no single input and output to pass through"),
    QT_TRANSLATE_NOOP("EngineMessage", "cannot be bypassed: its node type {type} is not installed"),
    QT_TRANSLATE_NOOP("EngineMessage", "cannot be bypassed: its node type is unknown"),
    QT_TRANSLATE_NOOP("EngineMessage", "input '{port}' is not connected (a bypassed node passes its input on)"),
    QT_TRANSLATE_NOOP("EngineMessage", "\"bypass\" must be true or false, got {value}"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown node type {type} (not installed: a plugin's node type or a newer nodeflow's)"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown node type {type}: this nodeflow does not have it (a plugin that is not installed, or a node of a newer version); its parameters and wires are kept and saved unchanged"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown node type {type}"),
    QT_TRANSLATE_NOOP("EngineMessage", "its float target must hold class probabilities (one-hot or soft labels: each value in [0, 1], each row summing to 1), but row {row} of the batch is [{values}]; wire class labels into target, or use MSE to fit numbers"),
    QT_TRANSLATE_NOOP("EngineMessage", "stopped before it began"),
    QT_TRANSLATE_NOOP("EngineMessage", "stopped before it finished"),
    # the GAN tab's reasons (nodeflow/ui/gan/roles.py, probe.py: Qt-free, shown through engine_text)
    QT_TRANSLATE_NOOP("EngineMessage", "the GAN views need two objectives: a discriminator's loss and a generator's"),
    QT_TRANSLATE_NOOP("EngineMessage", "no Noise node: a generator turns noise into samples"),
    QT_TRANSLATE_NOOP("EngineMessage", "no optimizer trains a generator: weights fed by the Noise and not by the real data"),
    QT_TRANSLATE_NOOP("EngineMessage", "no optimizer trains a discriminator: weights the real data reach"),
    QT_TRANSLATE_NOOP("EngineMessage", "the generator's loss reads no pred"),
    QT_TRANSLATE_NOOP("EngineMessage", "the generator's samples do not reach the discriminator"),
    QT_TRANSLATE_NOOP("EngineMessage", "the GAN views cannot evaluate a path that reads {node}"),
)


def _pattern(template: str) -> re.Pattern[str]:
    parts, last, seen = [], 0, set()
    for m in FIELD.finditer(template):
        parts.append(re.escape(template[last:m.start()]))
        name = m.group(1)
        if name in seen:  # the same value again ("... of {other}, ... but {other} has ...")
            parts.append(f"(?P={name})")
        else:
            body = NARROW.get(name) or (".+" if name in NESTED else ".+?")
            parts.append(f"(?P<{name}>{body})")
        seen.add(name)
        last = m.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts), re.DOTALL)


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[re.Pattern[str], Marked], ...]:
    # a message wrapped around another ("... from fc1") first, then the most specific (the most fixed text)
    ordered = sorted(TEMPLATES, key=lambda t: (not t.startswith("{message}"), -len(FIELD.sub("", t))))
    return tuple((_pattern(t), t) for t in ordered)


ENGINE_PACKAGES = ("graph", "nodes", "compute", "export", "interop")
"""The Qt-free packages whose messages reach a person (what `untranslated_messages` reads)."""
NODE_PREFIX = re.compile(r"([A-Za-z_][A-Za-z0-9_.\-]*): (.+)", re.DOTALL)
"""`dense1: expects ...`: the analysis puts the node's id before a node's message."""
WHERE = re.compile(r"((?:wire|node|frame) #\d+|run \d+): (.+)", re.DOTALL)
"""`wire #3: ...`: a file's reader puts the place before its message (a template translates it)."""
WORDS = re.compile(r"[A-Za-z]{3}")


def engine_text(message: str, _depth: int = 0) -> str:
    """`message` from the engine in the current language (itself in English or when unknown)."""
    if current_language() == "en" or not message or _depth > 4:
        return message
    where = WHERE.fullmatch(message)
    if where is not None:  # "wire #3: <a message>": the place and the message, each translated
        place, rest = engine_text(where.group(1), _depth + 1), engine_text(where.group(2), _depth + 1)
        if rest != where.group(2):
            return f"{place}: {rest}"
    prefixed = NODE_PREFIX.fullmatch(message)
    if prefixed is not None:  # "fc1: <a node's message>": the id stays, the message is translated
        rest = engine_text(prefixed.group(2), _depth + 1)
        if rest != prefixed.group(2):
            return f"{prefixed.group(1)}: {rest}"
    partial = None
    for pattern, template in _compiled():
        m = pattern.fullmatch(message)
        if m is None:
            continue
        translated = template.translated()
        if translated == str(template):
            continue  # no translation: keep the English whole rather than half
        fields, whole = m.groupdict(), True
        for name in NESTED:
            if name in fields:
                parts = fields[name].split("; ") if name in LISTS else [fields[name]]
                inner = [engine_text(part, _depth + 1) for part in parts]
                whole = whole and all(a != b or not WORDS.search(a) for a, b in zip(inner, parts, strict=True))
                fields[name] = "; ".join(inner)
        text = translated.format(**fields)
        if whole:
            return text
        partial = partial or text  # a nested message left in English: another template may do better
    return partial if partial is not None else message


def untranslated_messages(package_dir=None) -> list[tuple[str, int, str]]:
    """(file, line, message) for every message the engine raises or records (GraphError,
    ShapeError, ParamError, TrainingError, errors[...] = ..., graph_errors.append, notes.append,
    warnings.append, and the hints and notes put together first: `hint = "..."`, `note = "..."`)
    whose text no template matches: what to add to TEMPLATES when the engine gains messages.
    In an f-string, a module-level text constant (`f"{LOSS_HINT}, but ..."`) counts as its text,
    and a word chosen for the plural (`rows = "row" if n == 1 else "rows"`) as each of its two
    forms. `python -m nodeflow.i18n.engine` lists them."""
    import ast
    from itertools import product
    from pathlib import Path

    root = Path(package_dir) if package_dir else Path(__file__).resolve().parent.parent
    skeletons = {FIELD.sub("{}", str(t)) for t in TEMPLATES}
    skeletons |= {re.sub(r"^\{\}: ", "", t) for t in skeletons}  # "{column}: ..." also covers "...": the id is kept
    paths = [path for folder in ENGINE_PACKAGES for path in sorted((root / folder).rglob("*.py"))]
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}

    def texts(tree: ast.Module) -> dict[str, str]:  # NAME = "text" at a module's top level
        return {
            stmt.targets[0].id: stmt.value.value for stmt in tree.body
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
            and stmt.targets[0].id.isupper() and isinstance(stmt.value, ast.Constant)
            and isinstance(stmt.value.value, str)
        }

    def choices(tree: ast.Module) -> dict[str, tuple[str, str]]:  # name = "row" if ... else "rows"
        found = {}
        for stmt in ast.walk(tree):
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                    and isinstance(stmt.value, ast.IfExp):
                a, b = stmt.value.body, stmt.value.orelse
                if all(isinstance(v, ast.Constant) and isinstance(v.value, str) for v in (a, b)):
                    found[stmt.targets[0].id] = (a.value, b.value)
        return found

    everywhere = {name: text for tree in trees.values() for name, text in texts(tree).items()}  # imported by name

    def parts(value: ast.expr, local: dict[str, str], forms: dict[str, tuple[str, str]]) -> tuple[str, ...]:
        if isinstance(value, ast.Constant):
            return (str(value.value),)
        if isinstance(value, ast.FormattedValue) and isinstance(value.value, ast.Name) \
                and value.format_spec is None and value.conversion == -1:
            name = value.value.id
            if name in forms:
                return forms[name]
            known = local.get(name, everywhere.get(name))
            if known is not None:
                return (known,)
        return ("{}",)

    found = []
    for path, tree in trees.items():
        local, forms = texts(tree), choices(tree)
        for node in ast.walk(tree):
            text = None
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                receiver = ast.unparse(func).lower()
                if name.endswith("Error") or name == "append" and any(w in receiver for w in ("error", "note", "warning")):
                    text = node.args[0]
            elif isinstance(node, ast.Assign) and "errors[" in ast.unparse(node.targets[0]):
                text = node.value
            elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in ("hint", "note")
                                                      for t in node.targets):
                text = node.value
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                variants = [text.value]
            elif isinstance(text, ast.JoinedStr):
                pieces = [parts(v, local, forms) for v in text.values]
                whole = "".join(p[0] if len(p) == 1 else "{}" for p in pieces)  # a chosen word as a field
                variants = ["".join(p) for p in product(*pieces)]
                if len(variants) > 1 and re.sub(r"^\{\}: ", "", whole) in skeletons:
                    continue  # a template takes the chosen word as a value
            else:
                continue
            for skeleton in variants:
                skeleton = re.sub(r"^\{\}: ", "", skeleton)  # the node id before a node's message
                if re.search(r"[A-Za-z]{3}", skeleton.replace("{}", "")) and skeleton not in skeletons:
                    found.append((str(path.relative_to(root)), node.lineno, skeleton))
    return found


if __name__ == "__main__":
    for file, line, text in untranslated_messages():
        print(f"{file}:{line}: {text}")
