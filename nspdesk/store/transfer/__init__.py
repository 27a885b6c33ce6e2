"""Import and export of the product catalog and of partners as CSV (Excel-DE) and XLSX.

The file format is defined once in ``columns``; ``reading`` turns a file into raw rows, ``validate``
checks every row before anything is written, ``importing`` writes all rows in one transaction or
none, ``exporting`` writes files that ``importing`` reads back exactly. The user's guide to the
columns is ``docs/import-export.md``.
"""
