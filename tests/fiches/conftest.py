import pytest

from directory.models import Language


@pytest.fixture
def languages(db) -> dict[str, Language]:
    names = {"en": "English", "fr": "French", "ar": "Arabic"}
    return {
        code: Language.objects.get_or_create(code=code, defaults={"name_en": name})[0]
        for code, name in names.items()
    }
