"""Backups of the portal: one archive holds the database, the private files and the public media,
with a manifest of SHA-256 checksums (README: Backups). The commands `backup` and `restore` call
`services.py`; `database.py` speaks to PostgreSQL and SQLite, `archive.py` reads and writes the
archive."""
