"""Choosing the language: --lang anywhere on the command line, else the environment's locale."""

from __future__ import annotations

import pytest

from nodeflow.i18n.language import LanguageOptionError, normalize, pop_lang_option, system_language


@pytest.mark.parametrize(("name", "lang"), [
    ("ko", "ko"), ("ko_KR.UTF-8", "ko"), ("ko-KR", "ko"), ("en_US.UTF-8", "en"), ("fr_FR", "en"), ("C", "en"),
])
def test_normalize(name, lang):
    assert normalize(name) == lang


@pytest.mark.parametrize(("env", "lang"), [
    ({}, "en"),
    ({"LANG": "ko_KR.UTF-8"}, "ko"),
    ({"LANG": "ko_KR.UTF-8", "LC_ALL": "C"}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "ko_KR.UTF-8"}, "ko"),
    ({"LANGUAGE": "ko:en", "LANG": "en_US.UTF-8"}, "ko"),
    ({"LANGUAGE": "fr:ko", "LANG": "en_US.UTF-8"}, "ko"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
])
def test_system_language_follows_gettext_order(env, lang):
    assert system_language(env) == lang


def test_lang_option_is_taken_from_anywhere():
    assert pop_lang_option(["--lang", "ko", "check", "f.nodeflow"]) == ("ko", ["check", "f.nodeflow"])
    assert pop_lang_option(["train", "f.nodeflow", "--lang=en", "--json"]) == ("en", ["train", "f.nodeflow", "--json"])
    assert pop_lang_option(["f.nodeflow"]) == (None, ["f.nodeflow"])
    assert pop_lang_option(["--", "--lang", "ko"]) == (None, ["--", "--lang", "ko"])


@pytest.mark.parametrize("argv", [["--lang"], ["--lang", "fr"], ["--lang=de"]])
def test_bad_lang_option_is_one_clear_error(argv):
    with pytest.raises(LanguageOptionError, match="--lang"):
        pop_lang_option(argv)
