"""A Qt-free reader of the Qt Linguist `.ts` file, for the command line.

Why read the `.ts` and not the `.qm` or a gettext `.mo`: the `.ts` is the one committed source
of truth, a documented XML format the standard library reads in a few milliseconds; the
`.qm` is a Qt-internal binary hash table (reading it means reimplementing Qt's hash), and a
`.mo` would be a second, converted copy that can drift. Entries Qt would not use are skipped
the same way `lrelease` skips them: unfinished, obsolete and vanished translations.
"""

from __future__ import annotations

import functools
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent.parent / "ui" / "i18n"
"""Where the translations live (read by path: importing `nodeflow.ui` would import Qt)."""

MAX_TS_BYTES = 16 * 1024 * 1024
SKIPPED_TYPES = ("unfinished", "obsolete", "vanished")


def ts_path(lang: str) -> Path:
    return I18N_DIR / f"nodeflow_{lang}.ts"


@dataclass(frozen=True)
class Message:
    """One `<message>` of a `.ts` file."""

    context: str
    source: str
    translation: str
    comment: str | None = None
    kind: str | None = None
    """The translation's `type` attribute: None (finished), "unfinished", "obsolete", "vanished"."""
    extracomment: str | None = None
    locations: tuple[str, ...] = ()


def read_messages(path: str | os.PathLike) -> list[Message]:
    """Every message of a `.ts` file, in file order. Raises OSError or ValueError."""
    path = Path(path)
    if not path.is_file():
        raise OSError(f"not a regular file: {path}")
    if path.stat().st_size > MAX_TS_BYTES:
        raise ValueError(f"{path.name} is larger than {MAX_TS_BYTES // (1024 * 1024)} MB")
    try:
        root = ET.fromstring(path.read_bytes())
    except ET.ParseError as exc:
        raise ValueError(f"{path.name}: {exc}") from None
    messages = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            messages.append(Message(
                context=name,
                source=msg.findtext("source") or "",
                translation=(tr.text or "") if tr is not None else "",
                comment=msg.findtext("comment"),
                kind=tr.get("type") if tr is not None else "unfinished",
                extracomment=msg.findtext("extracomment"),
                locations=tuple(f"{loc.get('filename')}:{loc.get('line')}" for loc in msg.iter("location")),
            ))
    return messages


@dataclass
class Catalogue:
    """Finished translations by (context, source, disambiguation)."""

    entries: dict[tuple[str, str, str | None], str] = field(default_factory=dict)
    problem: str | None = None
    """Why the catalogue is empty when its file could not be read (the caller may say so)."""

    @classmethod
    def from_ts(cls, path: str | os.PathLike) -> Catalogue:
        entries = {}
        for m in read_messages(path):
            if m.kind not in SKIPPED_TYPES and m.translation:
                entries[(m.context, m.source, m.comment or None)] = m.translation
        return cls(entries)

    def lookup(self, context: str, source: str, disambiguation: str | None = None) -> str:
        """The translation, or `source` itself when there is none (as Qt does)."""
        return self.entries.get((context, source, disambiguation or None), source)


@functools.cache
def load_catalogue(lang: str) -> Catalogue:
    """The catalogue for `lang`; an empty one (English) when its file is missing or unreadable,
    so a broken installation still speaks, in English."""
    try:
        return Catalogue.from_ts(ts_path(lang))
    except (OSError, ValueError) as exc:
        return Catalogue(problem=f"cannot read the {lang} translations ({exc}); speaking English")
