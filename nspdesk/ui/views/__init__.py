"""The workspace views of the main window, one sub-package or module each."""
