"""Run Qt's Linguist tools (shipped in PySide6-Essentials: lupdate, lrelease, linguist).

    python -m nodeflow.i18n.tools update [--drop-obsolete]   sources -> nodeflow_ko.ts
    python -m nodeflow.i18n.tools release [OUT_DIR]          nodeflow_ko.ts -> nodeflow_ko.qm
    python -m nodeflow.i18n.tools merge OTHER.ts...          after a merge: take the other side's Korean

scripts/update-translations.sh and scripts/setup.sh call these. Qt-free: the tools are found
beside the PySide6 package without importing it, and run as programs.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from nodeflow.i18n.catalogue import I18N_DIR, ts_path
from nodeflow.i18n.language import SUPPORTED

PACKAGE_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = PACKAGE_DIR.parent
TRANSLATED = tuple(lang for lang in SUPPORTED if lang != "en")
GENERATED_NODE_STRINGS = REPO_DIR / "build" / "i18n" / "node_catalogue.py"


class ToolMissing(RuntimeError):
    pass


def qt_tool(name: str) -> Path:
    """The path of a Qt tool PySide6-Essentials ships (lupdate, lrelease, linguist)."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        exe = Path(folder) / (name + (".exe" if sys.platform == "win32" else ""))
        if exe.is_file():
            return exe
    raise ToolMissing(f"Qt's {name} was not found: install PySide6-Essentials (scripts/setup.sh)")


def source_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """Every Python source of the package, sorted (what lupdate scans)."""
    return sorted(p for p in package_dir.rglob("*.py") if "__pycache__" not in p.parts)


def update(ts: Path | None = None, *, drop_obsolete: bool = False, generated: Path | None = None,
           quiet: bool = True) -> Path:
    """Run lupdate over the sources and the node catalogue's text into `ts` (default: the
    Korean file). New strings come in unfinished, removed ones are marked vanished (or dropped)."""
    from nodeflow.i18n.node_strings import write_lupdate_source

    ts = Path(ts) if ts is not None else ts_path("ko")
    generated = write_lupdate_source(generated or GENERATED_NODE_STRINGS)
    files = [str(p) for p in source_files()] + [str(generated)]
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(files) + "\n")
    args = [str(qt_tool("lupdate")), f"@{lst.name}", "-locations", "relative", "-ts", str(ts)]
    if drop_obsolete:
        args.insert(1, "-no-obsolete")
    if quiet:
        args.insert(1, "-silent")
    try:
        _run(args)
        if fill_pending(ts):
            _run(args)  # lupdate writes the filled file back in its own layout
    finally:
        Path(lst.name).unlink(missing_ok=True)
    return ts


def pending_path(ts: Path) -> Path:
    """Translations ready for strings on their way from other branches (`pending_ko.json`
    beside `nodeflow_ko.ts`): {"source text": "translation"}."""
    return I18N_DIR / f"pending_{ts.stem.split('_', 1)[-1]}.json"


def fill_pending(ts: Path) -> int:
    """Fill the unfinished entries of `ts` whose source has a pending translation; how many."""
    import json

    pending_file = pending_path(Path(ts))
    if not pending_file.is_file():
        return 0
    pending = json.loads(pending_file.read_text(encoding="utf-8"))
    return fill_from(ts, {}, pending)


def fill_from(ts: Path, by_context: dict[tuple[str, str], str], by_source: dict[str, str]) -> int:
    """Give the unfinished entries of `ts` a translation: the one for the same (context,
    source) in `by_context`, else the one for the same source in `by_source`. How many."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    filled = 0
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = by_context.get((name, source)) or by_source.get(source)
            if text:
                translation.text = text
                del translation.attrib["type"]
                filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def merge_translations(others: Sequence[Path], ts: Path | None = None) -> int:
    """After a merge that conflicted in the .ts (keep either side): update from the sources,
    then take the finished translations of the other side(s) for what is still unfinished.
    `git show BRANCH:nodeflow/ui/i18n/nodeflow_ko.ts > other.ts` gives the other side."""
    from nodeflow.i18n.catalogue import read_messages

    ts = update(ts, drop_obsolete=True)
    by_context: dict[tuple[str, str], str] = {}
    by_source: dict[str, str] = {}
    for other in others:
        for m in read_messages(Path(other)):
            if m.translation and m.kind not in ("unfinished", "obsolete", "vanished"):
                by_context.setdefault((m.context, m.source), m.translation)
                by_source.setdefault(m.source, m.translation)
    filled = fill_from(ts, by_context, by_source)
    update(ts)
    return filled


def release(out_dir: Path | None = None, langs: Sequence[str] = TRANSLATED) -> list[Path]:
    """Build a `.qm` from each `.ts` (into the package's i18n folder by default)."""
    out_dir = Path(out_dir) if out_dir is not None else I18N_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for lang in langs:
        qm = out_dir / f"nodeflow_{lang}.qm"
        _run([str(qt_tool("lrelease")), "-silent", str(ts_path(lang)), "-qm", str(qm)])
        built.append(qm)
    return built


def _run(args: list[str]) -> None:
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{Path(args[0]).name} failed ({result.returncode}): {result.stderr.strip()}")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args.pop(0) if args else ""
    try:
        if command == "update":
            unknown = [a for a in args if a != "--drop-obsolete"]
            if unknown:
                print(f"error: unknown option {unknown[0]}", file=sys.stderr)
                return 2
            print(update(drop_obsolete="--drop-obsolete" in args, quiet=False))
        elif command == "merge":
            if not args:
                print("usage: python -m nodeflow.i18n.tools merge OTHER.ts...", file=sys.stderr)
                return 2
            print(f"{merge_translations([Path(a) for a in args])} translations taken from {', '.join(args)}")
        elif command == "release":
            for qm in release(Path(args[0]) if args else None):
                print(qm)
        else:
            print("usage: python -m nodeflow.i18n.tools update [--drop-obsolete] | release [OUT_DIR] | merge OTHER.ts...",
                  file=sys.stderr)
            return 2
    except (ToolMissing, RuntimeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
