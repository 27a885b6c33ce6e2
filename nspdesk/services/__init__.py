"""Services that join the lower layers for one user action (e.g. check a website, store the result).

The store imports no HTTP code and the web checker no SQL; what needs both lives here, used by the
command line and the desktop app alike. Imports no Qt.
"""
