"""The window's languages: translators (translator.py), the Language menu (menu.py), and the
translation files themselves (nodeflow_ko.ts, committed; nodeflow_ko.qm, built)."""
