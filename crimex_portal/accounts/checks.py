from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def two_factor_required_in_production(app_configs, **kwargs) -> list[Error]:
    if settings.CRIMEX_REQUIRE_2FA or settings.DEBUG:
        return []
    return [
        Error(
            "CRIMEX_REQUIRE_2FA is off with DEBUG off.",
            hint="Members must use two-factor authentication: only the local demo turns it off.",
            id="crimex.E001",
        )
    ]
