"""What the portal accepts as an uploaded document, and where private files live."""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage, storages
from django.db import models
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# Extension -> the bytes such a file starts with. Office Open XML and OpenDocument files are ZIPs.
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # legacy .doc/.ppt/.xls
DOCUMENT_SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF-",),
    ".docx": (ZIP_MAGIC,),
    ".pptx": (ZIP_MAGIC,),
    ".xlsx": (ZIP_MAGIC,),
    ".odt": (ZIP_MAGIC,),
    ".doc": (OLE_MAGIC,),
    ".ppt": (OLE_MAGIC,),
}


class PrivateStorage(FileSystemStorage):
    """Members' files live outside MEDIA_ROOT and have no URL: views serve them after a check."""

    def url(self, name: str | None) -> str:
        raise ValueError("Private files have no URL; serve them through a view that checks access.")


def private_storage() -> PrivateStorage:
    return storages["private"]


class PrivateFieldFile(FieldFile):
    @property
    def url(self) -> str:
        """The view that checks who may download the file: what every form, the admin's
        widgets and read-only fields among them, links to."""
        self._require_file()
        return reverse(self.field.download_view, kwargs={"pk": self.instance.pk})


class PrivateFileField(models.FileField):
    """A file in the private storage, downloaded through `download_view` (a URL name taking the
    object's pk), which checks access. Forms show the file's name and link to that view."""

    attr_class = PrivateFieldFile

    def __init__(self, *args, download_view: str, **kwargs) -> None:
        self.download_view = download_view
        kwargs.setdefault("storage", private_storage)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["download_view"] = self.download_view
        return name, path, args, kwargs


@deconstructible
class DocumentFileValidator:
    """Refuses files that are too large, of a kind we do not take, or not what their name says."""

    def __call__(self, file) -> None:
        limit = settings.CRIMEX_MAX_UPLOAD_BYTES
        if file.size > limit:
            raise ValidationError(
                _("The file is %(size)s; the limit is %(limit)s."),
                params={"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
                code="too_large",
            )
        extension = Path(file.name).suffix.lower()
        signatures = DOCUMENT_SIGNATURES.get(extension)
        if signatures is None:
            raise ValidationError(
                _("Files of this type are not accepted. Accepted: %(types)s."),
                params={"types": ", ".join(sorted(DOCUMENT_SIGNATURES))},
                code="bad_type",
            )
        position = file.tell() if hasattr(file, "tell") else 0
        file.seek(0)
        head = file.read(8)
        file.seek(position)
        if not any(head.startswith(signature) for signature in signatures):
            raise ValidationError(
                _("The file's content does not match its %(extension)s name."),
                params={"extension": extension},
                code="bad_content",
            )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DocumentFileValidator)
