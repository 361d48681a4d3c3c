#!/usr/bin/env bash
# Bring the Korean translation up to date with the sources (see docs/translating.md):
#   scripts/update-translations.sh                  new strings come in "unfinished", removed ones "vanished"
#   scripts/update-translations.sh --drop-obsolete  once the vanished ones are no longer needed
# then translate the unfinished entries (pyside6-linguist nodeflow/ui/i18n/nodeflow_ko.ts, or any
# editor), run this again, and commit nodeflow/ui/i18n/nodeflow_ko.ts. The .qm is rebuilt each time.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=".venv/bin/python"
[ -x "$PY" ] || PY="${PYTHON:-python3}"
"$PY" -m nodeflow.i18n.tools update "$@"
"$PY" -m nodeflow.i18n.tools release
"$PY" -m nodeflow.i18n.glossary || { echo "some translations do not use the glossary's terms (above)" >&2; exit 1; }
echo "$(grep -c 'type="unfinished"' nodeflow/ui/i18n/nodeflow_ko.ts || true) unfinished entries left"
