"""nspdesk: a desktop workspace for the NoSpamProxy partner program."""

# The version, written here rather than read from the installed metadata: importlib.metadata costs
# a twentieth of a second at every start. tests/unit/test_cli.py keeps it equal to pyproject.toml.
__version__ = "0.1.0"
