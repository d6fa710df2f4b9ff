from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from crimex_portal.accounts.decorators import members_only
from crimex_portal.accounts.roles import UPDATE_TRANSLATIONS
from crimex_portal.translations.content import TranslatedContent, translated_fields
from crimex_portal.translations.selectors import objects_to_update
from crimex_portal.translations.services import translation_confirm

PAGE_SIZE = 50


@members_only
@permission_required(UPDATE_TRANSLATIONS, raise_exception=True)
def to_update(request: HttpRequest) -> HttpResponse:
    page = Paginator(objects_to_update(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "translations/to_update.html", {"page": page})


@require_POST
@members_only
@permission_required(UPDATE_TRANSLATIONS, raise_exception=True)
def confirm(request: HttpRequest) -> HttpResponse:
    try:
        model = apps.get_model(request.POST.get("model", ""))
    except (LookupError, ValueError) as unknown:
        raise Http404 from unknown
    name, language = request.POST.get("field", ""), request.POST.get("language", "")
    if not issubclass(model, TranslatedContent) or name not in translated_fields(model):
        raise Http404
    meta = model._meta
    if not request.user.has_perm(f"{meta.app_label}.change_{meta.model_name}"):
        raise PermissionDenied
    instance = model._default_manager.filter(pk=request.POST.get("pk") or None).first()
    if instance is None:
        raise Http404
    try:
        translation_confirm(instance=instance, name=name, language=language, request=request)
    except ValueError as wrong:
        raise Http404 from wrong
    messages.success(request, _("The translation is marked as up to date."))
    return redirect("translations:to_update")
