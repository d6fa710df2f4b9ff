"""Where members' private files are kept: a folder on this server (the default), or a bucket of an
S3-compatible object store that every web node and worker shares (README: Scaling out).

Read by the settings module from the environment, once, at start: every private file field
(session and library documents, plan evidence, PDF reports, plan imports waiting for their
confirmation) uses the storage named "private", so this one choice moves all of them. Nothing here
imports boto3: settings name the backend by its dotted path, loaded when a file is first used.
"""

from collections.abc import Mapping
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

LOCAL = "local"
S3 = "s3"
# An S3 download is buffered in memory up to this size, on disk beyond (a document may be 20 MB).
S3_MEMORY_BUFFER_BYTES = 2 * 1024 * 1024
# Environment variable -> S3Storage option, for those that are only passed on when set. The names
# are django-storages' own, as its documentation and operators know them.
S3_OPTIONAL_VARIABLES = {
    "AWS_S3_ENDPOINT_URL": "endpoint_url",
    "AWS_S3_REGION_NAME": "region_name",
    "AWS_S3_ADDRESSING_STYLE": "addressing_style",
    "AWS_ACCESS_KEY_ID": "access_key",
    "AWS_SECRET_ACCESS_KEY": "secret_key",
}


# Every variable read here: README (Scaling out) and docker-compose.yml pass the same list.
VARIABLES = (
    "CRIMEX_PRIVATE_STORAGE",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_LOCATION",
    *S3_OPTIONAL_VARIABLES,
)


def private_storage_setting(environ: Mapping[str, str], *, local_root: str | Path) -> dict:
    """The STORAGES["private"] entry the environment asks for.

    CRIMEX_PRIVATE_STORAGE is "local" (unset: the same) or "s3". With "s3",
    AWS_STORAGE_BUCKET_NAME is required; AWS_S3_ENDPOINT_URL names a server other than Amazon's
    (MinIO, Ceph, a cloud's own); credentials left unset come from boto3's usual chain (an
    instance role, ~/.aws). Objects are private and no file gets a public URL: the portal's
    views read them and check who asks, as for files on disk.
    """
    kind = _value(environ, "CRIMEX_PRIVATE_STORAGE").lower() or LOCAL
    bucket = _value(environ, "AWS_STORAGE_BUCKET_NAME")
    if kind == LOCAL:
        if bucket:
            # Several servers each writing to their own disk would lose files silently.
            raise ImproperlyConfigured(
                "AWS_STORAGE_BUCKET_NAME is set but CRIMEX_PRIVATE_STORAGE is not 's3': private "
                "files would stay on this server's disk. Set CRIMEX_PRIVATE_STORAGE=s3, or unset "
                "AWS_STORAGE_BUCKET_NAME."
            )
        return {
            "BACKEND": "crimex_portal.uploads.PrivateStorage",
            "OPTIONS": {"location": local_root},
        }
    if kind != S3:
        raise ImproperlyConfigured(
            f"CRIMEX_PRIVATE_STORAGE is {kind!r}: use 'local' (the default) or 's3'."
        )
    if not bucket:
        raise ImproperlyConfigured(
            "CRIMEX_PRIVATE_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME: the bucket that keeps "
            "the private files."
        )
    if bool(_value(environ, "AWS_ACCESS_KEY_ID")) != bool(_value(environ, "AWS_SECRET_ACCESS_KEY")):
        raise ImproperlyConfigured(
            "Set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or neither (boto3 then finds "
            "credentials itself, e.g. an instance role)."
        )
    options = {
        "bucket_name": bucket,
        "location": _value(environ, "AWS_LOCATION").strip("/"),  # a key prefix in the bucket
        "default_acl": "private",
        # Were a URL ever made, it would be signed and expire, never a public address.
        "querystring_auth": True,
        # Two uploads of "agenda.pdf" must not share one object: the second gets another name,
        # as on disk (django-storages overwrites by default).
        "file_overwrite": False,
        "max_memory_size": S3_MEMORY_BUFFER_BYTES,
    }
    for variable, option in S3_OPTIONAL_VARIABLES.items():
        if value := _value(environ, variable):
            options[option] = value
    return {"BACKEND": "crimex_portal.s3_storage.PrivateS3Storage", "OPTIONS": options}


def _value(environ: Mapping[str, str], name: str) -> str:
    # docker-compose passes unset variables on as empty strings: empty is unset.
    return environ.get(name, "").strip()
