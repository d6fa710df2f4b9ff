"""Private files on this server's disk, or in an S3-compatible bucket every server shares
(README: Scaling out). The bucket is a throwaway moto server of the test's own."""

import contextlib
import datetime
import json
import re
import shutil
import subprocess
import sys
import tarfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import boto3
import pytest
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import models
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from crimex_portal.accounts import roles
from crimex_portal.backups.database import BackupError
from crimex_portal.backups.services import backup_create, backup_restore
from crimex_portal.private_files import VARIABLES, private_storage_setting
from crimex_portal.processes import HOST, free_port, stop_process_group
from crimex_portal.reports.models import Report
from crimex_portal.reports.services import reports_delete_older_than
from crimex_portal.s3_storage import PrivateS3Storage
from crimex_portal.uploads import private_storage
from tests.admin_forms import admin_form_as_shown
from tests.factories import (
    PDF_BYTES,
    CountryFactory,
    SessionFactory,
    UserFactory,
    log_in_with_two_factor,
)
from tests.reports.test_reports import TEST_KIND, country_builder  # noqa: F401 - a fixture
from tests.test_settings import run_manage

S3_ENVIRONMENT = {
    "CRIMEX_PRIVATE_STORAGE": "s3",
    "AWS_STORAGE_BUCKET_NAME": "crimex-private",
    "AWS_S3_ENDPOINT_URL": "https://objects.example.org",
    "AWS_S3_REGION_NAME": "eu-west-3",
    "AWS_ACCESS_KEY_ID": "portal-key",
    "AWS_SECRET_ACCESS_KEY": "portal-secret",
}


# --- The configuration ----------------------------------------------------------------------


def test_by_default_private_files_are_on_this_servers_disk():
    setting = private_storage_setting({}, local_root="/srv/crimex/private")

    assert setting == {
        "BACKEND": "crimex_portal.uploads.PrivateStorage",
        "OPTIONS": {"location": "/srv/crimex/private"},
    }
    # docker-compose passes unset variables on as empty strings.
    empty = dict.fromkeys(S3_ENVIRONMENT, "")
    assert private_storage_setting(empty, local_root="/srv/crimex/private") == setting


def test_s3_variables_give_a_private_bucket_without_public_urls():
    setting = private_storage_setting(
        {**S3_ENVIRONMENT, "AWS_LOCATION": "/portal/"}, local_root="/unused"
    )

    assert setting["BACKEND"] == "crimex_portal.s3_storage.PrivateS3Storage"
    storage = PrivateS3Storage(**setting["OPTIONS"])
    assert storage.bucket_name == "crimex-private"
    assert storage.endpoint_url == "https://objects.example.org"
    assert storage.region_name == "eu-west-3"
    assert (storage.access_key, storage.secret_key) == ("portal-key", "portal-secret")
    assert storage.location == "portal"
    assert storage.default_acl == "private"
    assert storage.querystring_auth is True
    assert storage.file_overwrite is False
    with pytest.raises(ValueError, match="no URL"):
        storage.url("sessions/documents/2026/conclusions.pdf")


def test_without_credentials_boto3_finds_them_itself():
    environment = {
        key: value for key, value in S3_ENVIRONMENT.items() if not key.startswith("AWS_SECRET")
    }
    del environment["AWS_ACCESS_KEY_ID"]

    options = private_storage_setting(environment, local_root="/unused")["OPTIONS"]

    assert "access_key" not in options
    assert "secret_key" not in options


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        (
            {"CRIMEX_PRIVATE_STORAGE": "s3"},
            "CRIMEX_PRIVATE_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME",
        ),
        (
            {"AWS_STORAGE_BUCKET_NAME": "crimex-private"},
            "AWS_STORAGE_BUCKET_NAME is set but CRIMEX_PRIVATE_STORAGE is not 's3'",
        ),
        ({"CRIMEX_PRIVATE_STORAGE": "nfs"}, "use 'local' \\(the default\\) or 's3'"),
        (
            {**S3_ENVIRONMENT, "AWS_SECRET_ACCESS_KEY": ""},
            "Set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or neither",
        ),
    ],
)
def test_an_incomplete_or_ambiguous_configuration_is_refused_clearly(environment, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        private_storage_setting(environment, local_root="/unused")


def test_the_readme_and_the_compose_file_name_every_storage_variable():
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    section = readme[readme.index("## Scaling out") : readme.index("## Backups")]
    documented = set(re.findall(r"^\| `(\w+)`(?:, `(\w+)`)? \|", section, re.MULTILINE))
    documented = {name for row in documented for name in row if name} & {
        *VARIABLES,
        "DJANGO_PRIVATE_MEDIA_ROOT",
    }
    compose = (Path(settings.BASE_DIR) / "docker-compose.yml").read_text()

    assert documented == set(VARIABLES)
    for variable in VARIABLES:
        assert re.search(rf"^  {variable}: \$\{{{variable}:-\w*\}}$", compose, re.MULTILINE)


FIELDS_PROBE = """
import json, django
from django.apps import apps
from django.db import models
django.setup()
from crimex_portal.uploads import private_storage
fields = {}
for model in apps.get_models():
    for field in model._meta.fields:
        if isinstance(field, models.FileField) and field._storage_callable is private_storage:
            storage = field.storage
            fields[field.model._meta.label + "." + field.name] = [
                type(storage).__name__,
                getattr(storage, "bucket_name", None) or str(storage.location),
            ]
print(json.dumps(fields))
"""
PRIVATE_FIELDS = {
    "crimex_sessions.SessionDocument.file",
    "library.LibraryFile.file",
    "actionplans.ProgressUpdate.evidence_file",
    "reports.Report.file",
}


def private_fields(**variables: str) -> dict[str, list[str]]:
    result = run_manage("-c", FIELDS_PROBE, **variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_environment_moves_every_private_file_field_at_once():
    """The real settings module, started as a server would be: one variable moves session and
    library documents, evidence and reports together."""
    on_disk = private_fields(DJANGO_PRIVATE_MEDIA_ROOT="/srv/crimex/private")
    in_bucket = private_fields(**S3_ENVIRONMENT)

    assert set(on_disk) == set(in_bucket)
    assert set(on_disk) >= PRIVATE_FIELDS
    assert set(map(tuple, on_disk.values())) == {("PrivateStorage", "/srv/crimex/private")}
    assert set(map(tuple, in_bucket.values())) == {("PrivateS3Storage", "crimex-private")}


def test_a_server_asked_for_s3_without_a_bucket_does_not_start():
    result = run_manage("manage.py", "check", CRIMEX_PRIVATE_STORAGE="s3")

    assert result.returncode != 0
    assert "CRIMEX_PRIVATE_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME" in result.stderr


# --- A real S3-compatible server ------------------------------------------------------------


@dataclass(frozen=True)
class Bucket:
    name: str
    environment: dict[str, str]

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.environment["AWS_S3_ENDPOINT_URL"],
            region_name=self.environment["AWS_S3_REGION_NAME"],
            aws_access_key_id=self.environment["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=self.environment["AWS_SECRET_ACCESS_KEY"],
        )

    def keys(self) -> list[str]:
        listing = self.client().list_objects_v2(Bucket=self.name)
        return sorted(item["Key"] for item in listing.get("Contents", []))


@pytest.fixture(scope="module")
def s3_server() -> Iterator[str]:
    """`moto_server` on a free port: an S3 API in a process of the test's own, stopped after."""
    executable = shutil.which("moto_server", path=str(Path(sys.executable).parent))
    if executable is None:
        pytest.skip("needs moto[server] (the test extras)")
    port = free_port()
    process = subprocess.Popen(
        [executable, "-H", HOST, "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    endpoint = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 120  # moto imports much; the machine may be busy
        while True:
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1).close()  # noqa: S310
                break
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("moto_server did not start")
            time.sleep(0.2)
        yield endpoint
    finally:
        stop_process_group(process, timeout=5)


@pytest.fixture
def private_bucket(s3_server) -> Iterator[Bucket]:
    """The private storage switched to a new bucket by the environment variables a deployment
    sets, for `storages` and for every private file field (which took its storage at import)."""
    name = f"crimex-test-{uuid.uuid4().hex[:12]}"
    bucket = Bucket(
        name=name,
        environment={
            "CRIMEX_PRIVATE_STORAGE": "s3",
            "AWS_STORAGE_BUCKET_NAME": name,
            "AWS_S3_ENDPOINT_URL": s3_server,
            "AWS_S3_REGION_NAME": "us-east-1",
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
        },
    )
    bucket.client().create_bucket(Bucket=name)
    setting = private_storage_setting(bucket.environment, local_root="/nowhere")
    fields = [
        field
        for model in apps.get_models()
        for field in model._meta.fields
        if isinstance(field, models.FileField)
        and getattr(field, "_storage_callable", None) is private_storage
    ]
    previous = [field.storage for field in fields]
    with override_settings(STORAGES={**settings.STORAGES, "private": setting}):
        for field in fields:
            field.storage = storages["private"]
        try:
            yield bucket
        finally:
            for field, storage in zip(fields, previous, strict=True):
                field.storage = storage


def upload_session_document(client, session, *, title: str, filename: str, content: bytes):
    """PMT staff upload a members' document on the session's admin page, as they do."""
    url = reverse("admin:crimex_sessions_session_change", args=[session.pk])
    data = admin_form_as_shown(client.get(url))
    data.update(
        {
            "documents-TOTAL_FORMS": str(session.documents.count() + 1),
            f"documents-{session.documents.count()}-order": str(session.documents.count()),
            f"documents-{session.documents.count()}-title_en": title,
            f"documents-{session.documents.count()}-kind": "conclusions",
            f"documents-{session.documents.count()}-visibility": "members",
            f"documents-{session.documents.count()}-file": SimpleUploadedFile(filename, content),
        }
    )
    assert client.post(url, data).status_code == 302
    return session.documents.get(title_en=title)


@pytest.mark.django_db
def test_pmt_upload_to_the_bucket_and_members_download_through_the_checked_view(
    client, private_bucket
):
    session = SessionFactory()
    pmt = UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    log_in_with_two_factor(client, pmt)
    on_disk = sorted(Path(settings.PRIVATE_MEDIA_ROOT).rglob("*"))  # other tests' files too

    document = upload_session_document(
        client, session, title="Conclusions", filename="conclusions.pdf", content=PDF_BYTES
    )

    assert private_bucket.keys() == [document.file.name]
    assert document.file.name.startswith("sessions/documents/")
    assert sorted(Path(settings.PRIVATE_MEDIA_ROOT).rglob("*")) == on_disk  # nothing on disk

    # Another upload of the same name gets its own object: nothing is overwritten.
    second_pdf = PDF_BYTES + b"% the French version\n"
    second = upload_session_document(
        client, session, title="Conclusions (FR)", filename="conclusions.pdf", content=second_pdf
    )
    assert second.file.name != document.file.name
    assert private_bucket.keys() == sorted([document.file.name, second.file.name])

    log_in_with_two_factor(client, UserFactory(roles=[roles.MEMBER], two_factor=True))
    download = client.get(document.get_absolute_url())
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF_BYTES
    assert "conclusions.pdf" in download["Content-Disposition"]
    assert b"".join(client.get(second.get_absolute_url()).streaming_content) == second_pdf


@pytest.mark.django_db
def test_the_bucket_gives_nothing_to_who_is_not_a_member(client, private_bucket):
    session = SessionFactory()
    log_in_with_two_factor(
        client, UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)
    )
    document = upload_session_document(
        client, session, title="Conclusions", filename="conclusions.pdf", content=PDF_BYTES
    )
    client.logout()

    anonymous = client.get(document.get_absolute_url())
    assert anonymous.status_code == 302
    assert reverse("account_login") in anonymous["Location"]

    log_in_with_two_factor(client, UserFactory(two_factor=True))  # an account, not a member
    refused = client.get(document.get_absolute_url())
    assert refused.status_code == 403
    assert PDF_BYTES not in refused.content

    # The objects themselves are private: without the portal's credentials the bucket says no.
    anonymous_s3 = urllib.request.Request(  # noqa: S310
        f"{private_bucket.environment['AWS_S3_ENDPOINT_URL']}/{private_bucket.name}/"
        f"{document.file.name}"
    )
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(anonymous_s3, timeout=5)  # noqa: S310
    assert answer.value.code == 403


@pytest.mark.django_db
@pytest.mark.usefixtures("country_builder")
def test_pdf_reports_are_written_to_the_bucket_served_to_their_owner_and_cleaned_up(
    client, private_bucket
):
    coordinator = UserFactory(roles=[roles.COORDINATOR], two_factor=True)
    log_in_with_two_factor(client, coordinator)
    client.post(
        reverse("reports:request"),
        {"kind": TEST_KIND, "key": CountryFactory().iso_code, "language": "en", "next": "/en/"},
    )
    report = Report.objects.get()  # rendered in-process by the test settings' eager Celery
    assert private_bucket.keys() == [report.file.name]

    download = client.get(reverse("reports:download", args=[report.pk]))
    assert b"".join(download.streaming_content).startswith(b"%PDF-")

    # Another coordinator's report is as if it did not exist.
    log_in_with_two_factor(client, UserFactory(roles=[roles.COORDINATOR], two_factor=True))
    assert client.get(reverse("reports:download", args=[report.pk])).status_code == 404

    Report.objects.update(created_at=timezone.now() - datetime.timedelta(days=8))
    assert reports_delete_older_than(days=7) == 1
    assert private_bucket.keys() == []


@pytest.mark.django_db
def test_check_services_writes_reads_and_deletes_a_file_in_the_bucket(private_bucket):
    output = _call("check_services", "--no-worker")

    assert re.search(rf"^files +ok  bucket {private_bucket.name}$", output, re.MULTILINE)
    assert private_bucket.keys() == []  # the probe's file is gone


@pytest.mark.django_db
def test_check_services_fails_on_a_bucket_this_server_cannot_use(s3_server):
    setting = private_storage_setting(
        {
            "CRIMEX_PRIVATE_STORAGE": "s3",
            "AWS_STORAGE_BUCKET_NAME": "crimex-no-such-bucket",
            "AWS_S3_ENDPOINT_URL": s3_server,
            "AWS_S3_REGION_NAME": "us-east-1",
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
        },
        local_root="/unused",
    )
    with (
        override_settings(STORAGES={**settings.STORAGES, "private": setting}),
        pytest.raises(CommandError, match="Some services are not working"),
    ):
        call_command("check_services", "--no-worker", stdout=StringIO())


@pytest.mark.django_db
def test_a_backup_leaves_the_bucket_to_the_object_store_and_says_so(private_bucket, tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    (media / "logo.png").write_bytes(b"png")
    storages["private"].save(
        "sessions/documents/2026/conclusions.pdf", SimpleUploadedFile("x", PDF_BYTES)
    )
    with override_settings(MEDIA_ROOT=str(media)):
        output = _call("backup", f"{tmp_path / 'archives'}/")
    archive = next((tmp_path / "archives").glob("crimex-backup-*.tar.gz"))
    with tarfile.open(archive) as tar:
        names = tar.getnames()

    assert "private files left in their S3 bucket (back it up there)" in output
    assert not [name for name in names if name.startswith("private/")]
    assert "media/logo.png" in names


@pytest.mark.django_db
def test_restoring_private_files_onto_a_bucket_is_refused_with_the_way_to_do_it(tmp_path):
    private = tmp_path / "private"
    (private / "sessions").mkdir(parents=True)
    (private / "sessions" / "conclusions.pdf").write_bytes(PDF_BYTES)
    with override_settings(
        PRIVATE_MEDIA_ROOT=str(private),
        MEDIA_ROOT=str(tmp_path / "media"),
        STORAGES={
            **settings.STORAGES,
            "private": private_storage_setting({}, local_root=str(private)),
        },
    ):
        archive = backup_create(destination=f"{tmp_path / 'archives'}/").path
    with (
        override_settings(
            MEDIA_ROOT=str(tmp_path / "media"),
            STORAGES={
                **settings.STORAGES,
                "private": private_storage_setting(
                    {"CRIMEX_PRIVATE_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "crimex-private"},
                    local_root="/unused",
                ),
            },
        ),
        pytest.raises(BackupError, match="restore with CRIMEX_PRIVATE_STORAGE=local"),
    ):
        backup_restore(archive=archive, force=True, safety_backup_dir=None)


def _call(*args: str) -> str:
    output = StringIO()
    call_command(*args, stdout=output)
    return output.getvalue()
