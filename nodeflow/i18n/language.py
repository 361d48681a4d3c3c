"""Which language to speak: `--lang ko|en`, else the system's locale, as gettext reads it.

The window adds a remembered choice (QSettings) between the two; see
`nodeflow.ui.i18n.translator`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

SUPPORTED = ("en", "ko")
"""Languages nodeflow speaks; English is the source language of every string."""

LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}
"""Each language in its own words, as a language menu shows them."""


def normalize(lang: str) -> str:
    """"ko", "ko_KR.UTF-8", "ko-KR" -> "ko"; anything not supported -> "en"."""
    base = str(lang).strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in SUPPORTED else "en"


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The first supported language of the environment, in gettext's order: LANGUAGE (a
    colon-separated list), LC_ALL, LC_MESSAGES, LANG. "C"/"POSIX" or nothing set means English."""
    env = os.environ if environ is None else environ
    candidates: list[str] = []
    if env.get("LANGUAGE"):
        candidates += [c for c in env["LANGUAGE"].split(":") if c]
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(key):
            candidates.append(env[key])
            break
    for candidate in candidates:
        if candidate in ("C", "POSIX") or candidate.startswith("C."):
            return "en"
        lang = normalize(candidate)
        if lang != "en" or candidate.lower().startswith("en"):
            return lang
    return "en"


class LanguageOptionError(ValueError):
    """`--lang` without a value, or with one nodeflow does not speak."""


def pop_lang_option(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """Take `--lang X` / `--lang=X` out of `argv` wherever it stands (before or after a
    command): (language or None, the other arguments). Raises LanguageOptionError."""
    rest: list[str] = []
    lang: str | None = None
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest += args[i:]
            break
        if arg == "--lang" or arg.startswith("--lang="):
            if arg == "--lang":
                if i + 1 >= len(args):
                    raise LanguageOptionError("--lang needs a value: " + " or ".join(SUPPORTED))
                value = args[i + 1]
                i += 2
            else:
                value = arg.split("=", 1)[1]
                i += 1
            if value not in SUPPORTED:
                raise LanguageOptionError(f"--lang must be one of {', '.join(SUPPORTED)}, got {value!r}")
            lang = value
            continue
        rest.append(arg)
        i += 1
    return lang, rest
