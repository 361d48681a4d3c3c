"""The Korean .ts is complete and current: every string the sources mark (and every node
declaration's help) has a finished translation, nothing is obsolete, and translations keep
the source's placeholders. lupdate runs into a copy, so a string added to the code without
a translation fails here, not only once someone runs scripts/update-translations.sh."""

from __future__ import annotations

import re
import shutil

import pytest

from nodeflow.i18n import tools
from nodeflow.i18n.catalogue import read_messages, ts_path

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


@pytest.fixture(scope="module")
def updated(tmp_path_factory):
    """The messages lupdate produces now from the sources and the committed .ts."""
    folder = tmp_path_factory.mktemp("ts")
    copy = folder / "nodeflow_ko.ts"
    shutil.copy(ts_path("ko"), copy)
    tools.update(copy, generated=folder / "node_catalogue.py")
    return read_messages(copy)


def test_no_source_string_is_untranslated_unfinished_or_obsolete(updated):
    bad = [f"{m.kind or 'empty'}: [{m.context}] {m.source[:80]!r}" for m in updated
           if m.kind in ("unfinished", "obsolete", "vanished") or not m.translation.strip()]
    assert not bad, "run scripts/update-translations.sh and translate:\n" + "\n".join(bad)


def test_the_committed_ts_is_what_lupdate_writes(updated):
    committed = {(m.context, m.source, m.comment) for m in read_messages(ts_path("ko"))}
    now = {(m.context, m.source, m.comment) for m in updated}
    assert committed == now, "scripts/update-translations.sh has not been run since the sources changed"


def test_translations_keep_the_placeholders(updated):
    bad = [m.source for m in updated if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.translation))]
    assert not bad, bad


def test_mnemonics_are_kept(updated):
    """"&Language" -> "언어(&L)": a menu entry keeps its keyboard accelerator."""
    bad = [m.source for m in updated if ("&" in m.source.replace("&&", "")) != ("&" in m.translation.replace("&&", ""))]
    assert not bad, bad


def test_translations_are_korean(updated):
    """A translation identical to its English source was forgotten, not translated."""
    hangul = re.compile("[\uac00-\ud7a3]")
    bad = [m.source for m in updated if re.search(r"[A-Za-z]{3}", m.source) and not hangul.search(m.translation)]
    assert not bad, bad


def test_the_node_catalogue_is_extracted_whole(updated):
    from nodeflow.i18n.node_strings import catalogue_strings

    sources = {(m.context, m.source) for m in updated}
    missing = [text for context, text, _where in catalogue_strings() if (context, text) not in sources]
    assert not missing, missing
