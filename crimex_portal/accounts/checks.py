from django.conf import settings
from django.core.checks import CheckMessage, Error, Info, Tags, register

from crimex_portal.accounts.mfa_adapter import configured_keys, invalid_keys


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


@register(Tags.security)
def mfa_encryption_keys_are_fernet_keys(app_configs, **kwargs) -> list[Error]:
    return [
        Error(
            f"Key number {position} of CRIMEX_MFA_ENCRYPTION_KEYS is not a Fernet key.",
            hint="Make one with: manage.py reencrypt_mfa_secrets --new-key",
            id="crimex.E002",
        )
        for position in invalid_keys()
    ]


@register(Tags.security, deploy=True)
def mfa_encryption_key_source(app_configs, **kwargs) -> list[CheckMessage]:
    # Information, not a warning: the derived key is a sound key as long as DJANGO_SECRET_KEY is
    # kept secret and stable (CI checks with DJANGO_SECRET_KEY alone).
    if configured_keys():
        return []
    return [
        Info(
            "Two-factor secrets are encrypted with a key derived from DJANGO_SECRET_KEY.",
            hint=(
                "Changing DJANGO_SECRET_KEY then locks every member out of two-factor "
                "authentication: set CRIMEX_MFA_ENCRYPTION_KEYS and run "
                "manage.py reencrypt_mfa_secrets first (README, Configuration)."
            ),
            id="crimex.I001",
        )
    ]
