"""The program's rules, pricing and compliance in pure Python.

Nothing here imports Qt, SQL, PDF or HTTP code (tests/unit/test_architecture.py enforces it), so the
same rules serve the command line, the desktop app, the store and the documents.
"""
