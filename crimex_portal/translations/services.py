from django.db import transaction
from django.http import HttpRequest

from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event
from crimex_portal.translations.content import TranslatedContent, target_languages


@transaction.atomic
def translation_confirm(
    *, instance: TranslatedContent, name: str, language: str, request: HttpRequest
) -> None:
    """The translator read the translation against today's English and found it still right."""
    if language not in target_languages():
        raise ValueError(language)
    instance.record_translation_sources(confirm=[(name, language)])
    instance.full_clean()
    instance.save(update_fields=["translation_sources"])
    record_event(
        action=AuditEvent.Action.ADMIN_CHANGE,
        request=request,
        target=instance,
        translation_confirmed=f"{name}_{language}",
    )
