"""A separate process that syncs a device and waits to be killed, for the SIGKILL test.

    python -m tests.integration.sync_worker DEVICE_FILE TEAM_URL MARKER

Syncs the device; after the team database committed (before the device does) it creates MARKER and
sleeps, so the test can SIGKILL it exactly there.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from nspdesk.store.location import from_url, sqlite_location
from nspdesk.store.opening import open_store
from nspdesk.store.sync import team


def main() -> int:
    device_file, url, marker = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    device = open_store(sqlite_location(Path(device_file)), keep_backups=0)
    hub = open_store(from_url(url), keep_backups=0)

    def hook(point: str) -> None:
        if point == "hub_committed":
            marker.touch()
            time.sleep(120)

    team.sync(device.database, hub.database, hook=hook)
    return 0


if __name__ == "__main__":
    sys.exit(main())
