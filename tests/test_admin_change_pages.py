"""Issue 15: every page that edits an object opens, after files were uploaded to it.

The walk finds the admins and the portal's forms by itself: a new admin, inline or form that
holds a file is covered the day it is added (or the walk says what it lacks)."""

import contextlib
import importlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.options import InlineModelAdmin
from django.core.files.base import ContentFile
from django.db import models
from django.test import RequestFactory
from django.urls import reverse
from factory.django import DjangoModelFactory

from actionplans.models import ProgressUpdate
from crimex_portal.accounts import roles
from tests import factories
from tests.factories import PDF_BYTES, UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.django_db

ADMINS = {model._meta.label: model_admin for model, model_admin in admin.site._registry.items()}


def factory_for(model: type[models.Model]) -> type[DjangoModelFactory] | None:
    for candidate in vars(factories).values():
        if (
            isinstance(candidate, type)
            and issubclass(candidate, DjangoModelFactory)
            and candidate._meta.model is model
        ):
            return candidate
    return None


def file_fields(model: type[models.Model]) -> list[models.FileField]:
    return [field for field in model._meta.concrete_fields if isinstance(field, models.FileField)]


def upload_files(instance: models.Model) -> None:
    """What a person does: put a real document in each file field left empty."""
    for field in file_fields(type(instance)):
        if not getattr(instance, field.name):
            getattr(instance, field.name).save(f"{field.name}.pdf", ContentFile(PDF_BYTES))


def an_object_of(model: type[models.Model], **related) -> models.Model:
    """A seeded row, or one from the model's factory; files uploaded where it holds any."""
    instance = model._default_manager.filter(**related).first()
    if instance is None:
        factory = factory_for(model)
        assert factory, f"add a factory for {model._meta.label} to tests/factories.py"
        instance = factory(**related)
    upload_files(instance)
    return instance


def shown_files(model_admin, instance: models.Model, request) -> list:
    """The files the change page shows: the object's own, and a row with a file in each inline
    that holds files (the pages that broke)."""
    holders: list[tuple[InlineModelAdmin | admin.ModelAdmin, models.Model]] = [
        (model_admin, instance)
    ]
    for inline in model_admin.get_inline_instances(request, instance):
        if file_fields(inline.model):
            formset = inline.get_formset(request, instance)
            holders.append((inline, an_object_of(inline.model, **{formset.fk.name: instance})))
    return [
        getattr(holder, field.name)
        for shown_by, holder in holders
        for field in file_fields(type(holder))
        if field.name in flatten(shown_by.get_fields(request, holder))
    ]


def flatten(fields) -> set[str]:
    names = set()
    for entry in fields:
        names |= flatten(entry) if isinstance(entry, list | tuple) else {entry}
    return names


@pytest.fixture
def superuser():
    return UserFactory(is_superuser=True, is_staff=True, two_factor=True)


@pytest.fixture
def pmt_staff():
    return UserFactory(roles=[roles.PMT_STAFF], is_staff=True, two_factor=True)


@pytest.mark.parametrize("who", ["superuser", "pmt_staff"])
@pytest.mark.parametrize("label", sorted(ADMINS))
def test_every_admin_change_page_opens_after_an_upload(client, seeded, request, label, who):
    user = request.getfixturevalue(who)
    model_admin = ADMINS[label]
    model = model_admin.model
    instance = an_object_of(model)
    admin_request = RequestFactory().get("/")
    admin_request.user = user
    files = shown_files(model_admin, instance, admin_request)
    log_in_with_two_factor(client, user)
    url = reverse(
        f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[instance.pk]
    )

    response = client.get(url)

    if not model_admin.has_view_or_change_permission(admin_request, instance):
        assert response.status_code == 403, url
        return
    assert response.status_code == 200, url
    page = response.content.decode()
    # Each file the page shows links to the view that checks who downloads it.
    for file in files:
        assert f'href="{file.url}"' in page, (url, file.name)


# The portal's pages that edit an object holding a file, after a coordinator uploaded it.
def progress_update_draft(client) -> str:
    coordinator = UserFactory(roles=[roles.COORDINATOR], two_factor=True)
    indicator = factories.IndicatorFactory()
    period = factories.ReportingPeriodFactory()
    log_in_with_two_factor(client, coordinator)
    client.post(
        reverse("actionplans:record_update", args=[indicator.pk]),
        {
            "period": period.pk,
            "status": ProgressUpdate.Status.IN_PROGRESS,
            "value": 2,
            "evidence_file": ContentFile(PDF_BYTES, name="minutes.pdf"),
        },
    )
    update = ProgressUpdate.objects.get(indicator=indicator, author=coordinator)
    assert update.evidence_file, "the upload was refused"
    return update.get_absolute_url()


PORTAL_FILE_FORMS: dict[str, Callable] = {
    "actionplans.forms.ProgressUpdateForm": progress_update_draft,
}


def our_apps() -> list[str]:
    return [
        app.name
        for app in apps.get_app_configs()
        if Path(app.path).is_relative_to(settings.BASE_DIR) and ".venv" not in Path(app.path).parts
    ]


def subclasses(cls: type) -> Iterator[type]:
    for subclass in cls.__subclasses__():
        yield subclass
        yield from subclasses(subclass)


def portal_model_forms() -> set[str]:
    """Every ModelForm of our apps that edits a file field."""
    ours = our_apps()
    for name in ours:
        with contextlib.suppress(ModuleNotFoundError):
            importlib.import_module(f"{name}.forms")
    found = set()
    for form_class in subclasses(forms.ModelForm):
        model = form_class._meta.model
        if not model or not form_class.__module__.startswith(tuple(ours)):
            continue
        if {field.name for field in file_fields(model)} & set(form_class.base_fields):
            found.add(f"{form_class.__module__}.{form_class.__qualname__}")
    return found


def test_every_portal_form_with_a_file_is_walked():
    assert portal_model_forms() == set(PORTAL_FILE_FORMS)


@pytest.mark.parametrize("form_name", sorted(PORTAL_FILE_FORMS))
def test_every_portal_form_opens_after_an_upload(client, form_name):
    url = PORTAL_FILE_FORMS[form_name](client)

    response = client.get(url)

    assert response.status_code == 200
    assert 'type="file"' in response.content.decode()
