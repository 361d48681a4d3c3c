"""Copy the engine's own code into a script: one source of truth for engine and export.

`Collector.add(module, name)` takes the top-level definition `name` of `module` (a function,
class or assignment) exactly as written there (`inspect`-style source, comments included) and,
recursively, every top-level definition it refers to, in the same or another `nodeflow`
module. Imports of anything outside `nodeflow` (NumPy, the standard library) become import
lines at the top of the script. `render()` gives the definitions in dependency order (a
definition always comes after what it needs at import time).

A function-local `from nodeflow... import NAME` is removed from the copy; NAME must then be
among the `provided` names the exporter defines in the script (e.g. `REGISTRY`, which stands
in for the node registry with the parameter defaults of the node types used).
"""

from __future__ import annotations

import ast
import builtins
import importlib
import inspect
from dataclasses import dataclass, field


class SourceError(RuntimeError):
    """The engine code cannot be copied as it is (a bug in the exporter, not a user error)."""


_BUILTINS = frozenset(dir(builtins))
_ANNOTATION_FIELDS = ("annotation", "returns")


@dataclass
class _Module:
    name: str
    text: str
    lines: list[str]
    defs: dict[str, ast.stmt]
    order: dict[str, int]
    imports: dict[str, tuple[str, str | None]]
    """local name -> (module, attribute or None for `import module`)."""


@dataclass
class _Def:
    module: str
    name: str
    text: str


def _load(module: str) -> _Module:
    text = inspect.getsource(importlib.import_module(module))
    tree = ast.parse(text)
    defs: dict[str, ast.stmt] = {}
    imports: dict[str, tuple[str, str | None]] = {}
    for stmt in tree.body:
        if isinstance(stmt, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            defs[stmt.name] = stmt
        elif isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                if isinstance(target, ast.Name):
                    defs[target.id] = stmt
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            defs[stmt.target.id] = stmt
        elif isinstance(stmt, ast.ImportFrom) and stmt.module and stmt.module != "__future__":
            for alias in stmt.names:
                imports[alias.asname or alias.name] = (stmt.module, alias.name)
        elif isinstance(stmt, ast.Import):
            for alias in stmt.names:
                imports[alias.asname or alias.name.split(".")[0]] = (alias.name, None)
    order = {id(stmt): i for i, stmt in enumerate(tree.body)}
    return _Module(module, text, text.splitlines(), defs, {k: order[id(v)] for k, v in defs.items()}, imports)


def _names(stmt: ast.stmt) -> set[str]:
    """Every name the statement reads (annotations included: the script must define them)."""
    return {n.id for n in ast.walk(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


@dataclass
class Collector:
    """Gathers engine definitions and the imports they need."""

    provided: frozenset[str] = frozenset()
    _modules: dict[str, _Module] = field(default_factory=dict)
    _done: dict[tuple[str, str], _Def] = field(default_factory=dict)
    _owner: dict[str, tuple[str, str]] = field(default_factory=dict)
    _out: list[_Def] = field(default_factory=list)
    _active: set[tuple[str, str]] = field(default_factory=set)
    imports: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    def module(self, name: str) -> _Module:
        if name not in self._modules:
            self._modules[name] = _load(name)
        return self._modules[name]

    def add(self, module: str, name: str) -> str:
        """Copy `module.name` (and what it needs); returns the name it has in the script."""
        key = (module, name)
        if key in self._done or key in self._active:
            return name
        mod = self.module(module)
        if name not in mod.defs:
            origin = mod.imports.get(name)
            if origin and origin[0].startswith("nodeflow") and origin[1] is not None:
                return self.add(origin[0], origin[1])
            raise SourceError(f"{module} has no top-level definition {name!r}")
        owner = self._owner.get(name)
        if owner is not None and owner != key:
            raise SourceError(f"two definitions named {name!r}: {owner[0]} and {module}")
        self._owner[name] = key
        stmt = mod.defs[name]
        # A statement that defines several names (a, b = ...) is copied once, under its first.
        for other, s in mod.defs.items():
            if s is stmt and other != name and (module, other) in self._done:
                self._done[key] = self._done[(module, other)]
                return name
        self._active.add(key)
        removed = self._local_nodeflow_imports(stmt)
        for used in sorted(_names(stmt) - {name}):
            self._resolve(mod, used, removed)
        self._active.discard(key)
        definition = _Def(module, name, self._text(mod, stmt, removed))
        self._done[key] = definition
        self._out.append(definition)
        return name

    def _resolve(self, mod: _Module, used: str, removed: set[str]) -> None:
        if used in mod.defs:
            self.add(mod.name, used)
        elif used in mod.imports:
            source, attr = mod.imports[used]
            if source.startswith("nodeflow"):
                if attr is None:
                    raise SourceError(f"{mod.name}: module import {source} cannot be copied")
                try:
                    self.add(source, attr)
                except SourceError:
                    if used not in self.provided:
                        raise
            else:
                self.imports[used] = (source, attr)
        elif used in removed and used not in self.provided:
            raise SourceError(f"{mod.name}: {used!r} is imported from nodeflow inside a function")

    @staticmethod
    def _local_nodeflow_imports(stmt: ast.stmt) -> set[str]:
        return {
            alias.asname or alias.name
            for node in ast.walk(stmt)
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("nodeflow")
            for alias in node.names
        }

    @staticmethod
    def _text(mod: _Module, stmt: ast.stmt, removed: set[str]) -> str:
        start = min([stmt.lineno] + [d.lineno for d in getattr(stmt, "decorator_list", [])])
        end = stmt.end_lineno or stmt.lineno
        skip: set[int] = set()
        if removed:
            for node in ast.walk(stmt):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("nodeflow"):
                    skip.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
        # An attribute docstring right after an assignment belongs to it.
        if isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            tree_after = mod.lines[end:]
            if tree_after and tree_after[0].lstrip().startswith('"""'):
                try:
                    doc = ast.parse("\n".join(tree_after)).body[0]
                except SyntaxError:  # pragma: no cover - the module parsed as a whole
                    doc = None
                if isinstance(doc, ast.Expr) and isinstance(getattr(doc, "value", None), ast.Constant):
                    end += doc.end_lineno or 1
        lines = [line for i, line in enumerate(mod.lines[start - 1 : end], start) if i not in skip]
        return "\n".join(lines)

    # ---------------------------------------------------------------- output
    def import_lines(self) -> list[str]:
        """`import x as y` / `from m import a` lines for everything the copies need."""
        plain: set[str] = set()
        froms: dict[str, set[str]] = {}
        for local, (module, attr) in self.imports.items():
            if attr is None:
                plain.add(f"import {module}" + (f" as {local}" if local != module.split(".")[0] else ""))
            else:
                froms.setdefault(module, set()).add(attr if attr == local else f"{attr} as {local}")
        lines = sorted(plain)
        lines += [f"from {m} import {', '.join(sorted(names))}" for m, names in sorted(froms.items())]
        return lines

    def render(self) -> str:
        """The copied definitions, grouped under a comment naming the engine module."""
        parts: list[str] = []
        current = None
        for d in self._out:
            if d.module != current:
                parts.append(f"# --- from {d.module}")
                current = d.module
            parts.append(d.text)
        return "\n\n\n".join(parts)

    @property
    def names(self) -> set[str]:
        return set(self._owner)
