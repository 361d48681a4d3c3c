"""Strings marked for translation are literals lupdate can read: `translate(CTX, "...")` with a
variable context, or `self.tr(text)` with a variable, would be silently left out of the .ts."""

from __future__ import annotations

import ast

from nodeflow.i18n import tools

MARKERS = {"translate": 2, "QT_TRANSLATE_NOOP": 2, "tr": 1}
PASSTHROUGH = "# i18n: passthrough"


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in MARKERS:
                yield name, node


def test_every_marked_string_is_a_literal():
    bad = []
    for path in tools.source_files():
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        tree = ast.parse(text)
        for name, call in _calls(tree):
            need = MARKERS[name]
            args = call.args[:need]
            if name == "tr" and not isinstance(call.func, ast.Attribute):
                continue
            if name == "translate" and isinstance(call.func, ast.Attribute) and call.func.attr == "translate" \
                    and not isinstance(call.func.value, ast.Name):
                continue  # e.g. str.translate on an expression: not ours
            if len(args) < need or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                if PASSTHROUGH in lines[call.lineno - 1]:
                    continue  # forwards an already-marked string (the Qt backend of translate())
                bad.append(f"{path.relative_to(tools.PACKAGE_DIR)}:{call.lineno}: {ast.unparse(call)[:70]}")
    assert not bad, "\n".join(bad)
