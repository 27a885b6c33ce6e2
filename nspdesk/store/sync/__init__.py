"""Sync of a device's SQLite file with the team's PostgreSQL database (docs/sync.md)."""
