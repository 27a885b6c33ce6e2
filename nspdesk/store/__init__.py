"""The local store: SQLAlchemy models, sessions, migrations, backups, import and export.

SQLite in the user's data directory by default, PostgreSQL for teams. Imports the domain; never Qt.
"""
