"""`python -m nodeflow` is the same as the `nodeflow` command."""

import sys

try:
    from nodeflow.cli import main
except KeyboardInterrupt:  # Ctrl-C while Python is still starting up
    sys.exit(130)

sys.exit(main())
