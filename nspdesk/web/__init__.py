"""Checks of partner websites over the network: the backlink to www.nospamproxy.de.

Standard library only (``http.client``, ``ssl``, ``zlib``, ``re``; HTML is read by the linear
tokenizer in ``html_tokens``). Imports the domain; never Qt, the
store or the documents. The store keeps the results; the domain only sees the ``Backlink`` verdict.
"""
