"""`python -m nspdesk` runs the same entry point as the `nspdesk` command."""

import sys

from nspdesk.cli import main

sys.exit(main())
