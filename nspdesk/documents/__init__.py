"""German PDF documents (reportlab): Angebot, Programmübersicht, Onboarding-Checkliste, Jahresbericht.

Each document is a function from plain domain objects to PDF bytes; the commands and the app decide
where the bytes go. Nothing here imports Qt or the store.
"""
