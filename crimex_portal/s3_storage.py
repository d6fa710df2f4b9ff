"""The private storage on an S3-compatible bucket (crimex_portal/private_files.py chooses it)."""

from storages.backends.s3 import S3Storage


class PrivateS3Storage(S3Storage):
    """Members' files in a private bucket, without URLs: views serve them after a check, reading
    them through the storage (open()), as they read files on disk."""

    def url(self, name, parameters=None, expire=None, http_method=None) -> str:
        raise ValueError("Private files have no URL; serve them through a view that checks access.")
