"""The `nodeflow` command: open the window, or check / train / gradcheck / export a graph.

Exit codes: 0 success, 1 a run that failed (reported by the command), 2 a file or command that
is not valid. User errors are one line `error: ...` on stderr, never a traceback.
"""

from __future__ import annotations

import importlib
import re
import sys

from nodeflow import __version__

TYPE_CHECKING = False  # this module is the entry point: it imports nothing it can do without
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence
    from typing import Any

COMMANDS = ("check", "train", "gradcheck", "export", "import", "lesson", "step", "diagnose", "sweep")
OUT_OF_MEMORY = "out of memory: the network or its data do not fit (try a smaller batch_size or fewer samples)"


class _UsageError(Exception):
    pass


def _parsers() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    import argparse

    class _Parser(argparse.ArgumentParser):
        """argparse that raises instead of printing usage and exiting, so errors stay one line."""

        def error(self, message: str):  # type: ignore[override]
            raise _UsageError(message)

    top = _Parser(prog="nodeflow", description="Build, train and understand neural networks by wiring nodes.")
    top.add_argument("--version", action="version", version=f"nodeflow {__version__}")
    top.add_argument("file", nargs="?", help="a .nodeflow graph to open in the window")
    top.add_argument("--lang", choices=("en", "ko"), help="the language to speak (default: the system's)")

    commands = _Parser(prog="nodeflow")
    sub = commands.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check = sub.add_parser("check", help="validate a graph and print each node's output shape")
    check.add_argument("file")
    train = sub.add_parser("train", help="train a graph headless")
    train.add_argument("file")
    train.add_argument("--epochs", type=int, help="override the file's epochs")
    train.add_argument("--seed", type=int, help="override the file's seed")
    train.add_argument("--json", action="store_true", help="print one JSON object per epoch")
    train.add_argument("--save-weights", dest="save_weights", metavar="OUT.npz", help="write trained weights")
    train.add_argument("--tensorboard", metavar="DIR", help="also write TensorBoard logs of the run under DIR")
    grad = sub.add_parser("gradcheck", help="compare backprop with central differences per node")
    grad.add_argument("file")
    grad.add_argument("--tolerance", type=float, default=1e-6, help="worst relative error allowed (1e-6)")
    export = sub.add_parser("export", help="write a standalone Python script (or an ONNX model)")
    export.add_argument("file")
    export.add_argument("-o", "--output", required=True, metavar="OUT.py|OUT.onnx")
    export.add_argument("--target", choices=("numpy", "torch", "onnx"), default="numpy")
    export.add_argument("--weights", metavar="W.npz",
                        help="start from these trained weights (onnx: the weights to export; default FILE's .npz)")
    export.add_argument("--no-train", dest="no_train", action="store_true", help="export without a training loop")
    imp = sub.add_parser("import", help="read an ONNX or Keras model into an editable graph")
    imp.add_argument("model", metavar="MODEL.onnx|MODEL.keras")
    imp.add_argument("-o", "--output", required=True, metavar="GRAPH.nodeflow")
    from nodeflow.lessons.cli import add_parser as add_lesson_parser

    add_lesson_parser(sub, _Parser)
    from nodeflow.cli_step import add_parser as add_step_parsers

    add_step_parsers(sub, _Parser)
    from nodeflow.experiments.cli import add_parser as add_sweep_parser

    add_sweep_parser(sub, _Parser)
    return top, commands


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (never raises, except for SystemExit(0) paths).

    Everything heavy (NumPy, NetworkX, the node catalogue) is imported in here, under the
    handlers, so Ctrl-C at any moment after start-up ends quietly with 130, not a traceback."""
    try:
        from nodeflow.graph.document import GraphError

        return _main(argv, GraphError)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except MemoryError:
        return _fail(OUT_OF_MEMORY, code=1)
    except Exception as exc:  # a bug must still end in one line, not a traceback
        return _fail(f"internal error: {type(exc).__name__}: {exc}")


def _main(argv: Sequence[str] | None, user_error: type[Exception]) -> int:
    import nodeflow.i18n as i18n
    import nodeflow.i18n.language as i18n_language

    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        lang, argv = i18n_language.pop_lang_option(argv)  # --lang anywhere, before or after a command
    except i18n_language.LanguageOptionError as exc:
        return _fail(str(exc))
    i18n.request_language(lang)
    i18n.set_language(lang)
    try:
        top, commands = _parsers()
        if argv and argv[0] in COMMANDS:
            args = commands.parse_args(argv)
        else:
            args = top.parse_args(argv)
            args.command = "open"
        return _HANDLERS[args.command](args)
    except SystemExit as exc:  # --help / --version
        return exc.code if isinstance(exc.code, int) else 0
    except (_UsageError, user_error) as exc:
        return _fail(str(exc))


_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\u202a-\u202e]")


def clean_line(message: object) -> str:
    """One line of plain text: whitespace runs collapsed, control and bidi characters (from a
    user's file: a csv cell holding \\x08) written as escapes, so a terminal shows what is there."""
    text = " ".join(str(message).split()) or "unknown error"
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _fail(message: str, code: int = 2) -> int:
    from nodeflow.i18n.engine import engine_text  # the engine's English in the --lang language

    line = engine_text(clean_line(message))
    print(f"error: {line}", file=sys.stderr)
    return code


# ----------------------------------------------------------------------------- commands
def cmd_check(args: argparse.Namespace) -> int:
    """Print `id  Type  output shapes` per node in topological order, then totals."""
    from nodeflow.graph.analysis import analyze
    from nodeflow.graph.io import load

    graph = load(args.file)
    analysis = analyze(graph)
    if not analysis.ok:
        return _fail(analysis.first_error or "the graph is not valid")
    rows = []
    for node_id in analysis.order:
        outputs = analysis.inferred[node_id].outputs
        if len(outputs) == 1:
            shapes = str(next(iter(outputs.values())))
        else:
            shapes = ", ".join(f"{port} {t}" for port, t in outputs.items()) or "-"
        rows.append((node_id, graph.nodes[node_id].type, shapes))
    w_id = max((len(r[0]) for r in rows), default=0)
    w_type = max((len(r[1]) for r in rows), default=0)
    for node_id, type_name, shapes in rows:
        print(f"{node_id:<{w_id}}  {type_name:<{w_type}}  {shapes}")
    for note in analysis_notes(analysis):
        print(f"note: {note}")
    if analysis.memory is not None:
        print(f"memory: {analysis.memory.summary()}")
    n = len(rows)
    print(
        f"{n} node{'s' if n != 1 else ''}, {analysis.param_count:,} parameters, "
        f"{analysis.macs:,} multiply-adds per sample"
    )
    return 0


def analysis_notes(analysis: Any) -> list[str]:
    """The plain-words findings of the analysed nodes (e.g. bad csv rows left out), in order."""
    return [note for node_id in analysis.order
            for note in getattr(analysis.inferred.get(node_id), "notes", ())]


def _delegate(module: str, function: str, command: str, pass_path: bool = False) -> Callable[[argparse.Namespace], int]:
    """A handler that imports `module` only when the command runs (it may not exist yet).
    The function gets the parsed arguments, or only the FILE path when `pass_path`."""

    def run(args: argparse.Namespace) -> int:
        target = _optional(module, function)
        if target is None:
            return _fail(f"{command} is not available in this build")
        code = target(args.file) if pass_path else target(args)
        return int(code or 0)

    return run


def _optional(module: str, function: str) -> Any:
    """`module.function`, or None when the module (not one of its own imports) is missing."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (module == exc.name or module.startswith(exc.name + ".")):
            return None
        raise
    return getattr(mod, function, None)


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "open": _delegate("nodeflow.ui.app", "run", "the application", pass_path=True),
    "check": cmd_check,
    "train": _delegate("nodeflow.cli_train", "cmd_train", "train"),
    "gradcheck": _delegate("nodeflow.cli_train", "cmd_gradcheck", "gradcheck"),
    "export": _delegate("nodeflow.export", "cmd_export", "export"),
    "import": _delegate("nodeflow.interop", "cmd_import", "import"),
    "lesson": _delegate("nodeflow.lessons.cli", "cmd_lesson", "lesson"),
    "step": _delegate("nodeflow.cli_step", "cmd_step", "step"),
    "diagnose": _delegate("nodeflow.cli_step", "cmd_diagnose", "diagnose"),
    "sweep": _delegate("nodeflow.experiments.cli", "cmd_sweep", "sweep"),
}
