"""Transitional: the store types the commands not yet moved to the services still handle.

``nspdesk.commands.store_access.opened_store`` hands such a command the open ``Store``; once every
command goes through ``opened_workspace`` this module and that helper go away.
"""

from __future__ import annotations

from nspdesk.store.opening import Store

__all__ = ["Store"]
