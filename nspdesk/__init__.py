"""nspdesk: a desktop workspace for the NoSpamProxy partner program."""

from importlib import metadata

try:
    __version__ = metadata.version("nspdesk")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
