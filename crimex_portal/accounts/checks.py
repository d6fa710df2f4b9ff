from django.conf import settings
from django.core.checks import Error, Tags, register

from crimex_portal.accounts.mfa_adapter import invalid_keys
from crimex_portal.encryption import invalid_key_positions


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


# No check asks for CRIMEX_MFA_ENCRYPTION_KEYS: unset, the key derived from DJANGO_SECRET_KEY is
# a sound one (the settings refuse the development key with DEBUG off); the README says what
# changing DJANGO_SECRET_KEY then needs. A key that is set must be a Fernet key, or no member
# could log in: an error everywhere, not only with --deploy.
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


@register(Tags.security)
def data_encryption_keys_are_fernet_keys(app_configs, **kwargs) -> list[Error]:
    return [
        Error(
            f"Key number {position} of CRIMEX_DATA_ENCRYPTION_KEYS is not a Fernet key.",
            hint="Make one with: manage.py reencrypt_mfa_secrets --new-key",
            id="crimex.E003",
        )
        for position in invalid_key_positions(settings.CRIMEX_DATA_ENCRYPTION_KEYS)
    ]
