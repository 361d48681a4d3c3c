"""The course's glossary (nodeflow/ui/i18n/glossary.toml): each English term and the Korean
term every translation uses for it.

`missing_terms(source, translation)` lists the terms a source string uses whose Korean term
the translation lacks. Longer terms win ("gradient descent" is 경사하강법, not 기울기); code in
the source (quoted text, identifiers such as batch_size or sgd.lr, {placeholders}, calls)
is not prose and asks for nothing; a term written exactly as a node type's name (Softmax,
Dropout) is that node's name and stays English.

    python -m nodeflow.i18n.glossary      lists every translation that misses a term
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from nodeflow.i18n.catalogue import I18N_DIR

GLOSSARY = I18N_DIR / "glossary.toml"

_CODE = re.compile(
    r"`[^`]*`"                          # `code` in lesson texts
    r"|\"[^\"]*\"|(?<![A-Za-z])'[^']*'"  # quoted text (not an apostrophe: node's)
    r"|\{[^{}]*\}"                      # {placeholders}
    r"|\[\[?[^\]]*\]\]?"               # [table] headers
    r"|\b[\w.-]+(?:/[\w.-]+)+"         # file paths (lessons/data/curve.csv)
    r"|\b\w+(?:[._]\w+)+\b(?:\(\))?"   # identifiers with . or _ (sgd.lr, batch_size)
    r"|\b\w+\(\)"                       # calls: weight()
)


@dataclass(frozen=True)
class Term:
    en: str
    ko: str
    forms: tuple[str, ...] = ()
    beside: bool = False

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.en, *self.forms)


@functools.cache
def load_glossary(path: Path = GLOSSARY) -> tuple[Term, ...]:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    return tuple(Term(en=t["en"], ko=t["ko"], forms=tuple(t.get("forms", ())), beside=bool(t.get("beside", False)))
                 for t in data.get("term", []))


def term(en: str, terms: Sequence[Term] | None = None) -> Term | None:
    for t in terms if terms is not None else load_glossary():
        if en.lower() in (s.lower() for s in t.spellings):
            return t
    return None


def prose(text: str) -> str:
    """`text` with its code blanked out (same length, so positions stay)."""
    return _CODE.sub(lambda m: " " * len(m.group(0)), text)


def used_terms(source: str, terms: Sequence[Term] | None = None, names: Iterable[str] = ()) -> list[Term]:
    """The terms `source` uses, longest spelling first, each span counted once."""
    terms = terms if terms is not None else load_glossary()
    names = set(names)
    text = prose(source)
    spellings = sorted(((s, t) for t in terms for s in t.spellings), key=lambda st: -len(st[0]))
    found: list[Term] = []
    for spelling, t in spellings:
        pattern = re.compile(r"(?<![\w-])" + re.escape(spelling) + r"(?![\w-])", re.IGNORECASE)
        for match in pattern.finditer(text):
            if match.group(0) in names:  # Softmax, Dropout: a node's name
                continue
            if t not in found:
                found.append(t)
            text = text[:match.start()] + " " * len(match.group(0)) + text[match.end():]
    return found


def missing_terms(source: str, translation: str, terms: Sequence[Term] | None = None,
                  names: Iterable[str] = ()) -> list[Term]:
    """Terms `source` uses whose Korean term `translation` does not contain."""
    return [t for t in used_terms(source, terms, names) if t.ko not in translation]


def node_type_names() -> set[str]:
    from nodeflow.nodes import REGISTRY

    return {spec.type for spec in REGISTRY}


def main() -> int:
    from nodeflow.i18n.catalogue import read_messages, ts_path

    names = node_type_names()
    bad = 0
    for m in read_messages(ts_path("ko")):
        missing = missing_terms(m.source, m.translation, names=names)
        if missing:
            bad += 1
            print(f"{m.context}: {m.source[:70]!r}\n    needs " + ", ".join(f"{t.ko} ({t.en})" for t in missing))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
