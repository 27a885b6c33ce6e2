"""Headless commands of ``nspdesk``, one module per command group.

Each module has ``register(commands)`` that adds its sub-parsers and sets ``run`` on them. Modules
import only the standard library at the top: the domain, store and document code they call is imported
inside the ``run`` functions, so ``nspdesk --help`` and each command start fast.
"""

# The command groups in the order ``nspdesk --help`` lists them.
MODULES = (
    "rules",
    "pdf",
    "quotes",
    "db",
    "partners",
    "transfer",
    "backlink",
    "review",
    "due",
    "sync",
)
