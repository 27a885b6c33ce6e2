"""Checks of partner websites over the network: the backlink to www.nospamproxy.de.

Standard library only (``http.client``, ``ssl``, ``html.parser``). Imports the domain; never Qt, the
store or the documents. The store keeps the results; the domain only sees the ``Backlink`` verdict.
"""
