"""Two-factor secrets encrypted at rest.

allauth stores each member's TOTP secret and the seed of their recovery codes in the database;
whoever reads a copy of it (a backup, a dump) could otherwise compute their codes. allauth's MFA
adapter encrypts them through `encrypt`/`decrypt`: ours uses the portal's key rings
(crimex_portal/encryption.py, Fernet).

Keys come from CRIMEX_MFA_ENCRYPTION_KEYS, comma-separated: the first encrypts, every one
decrypts, so a new key goes first and `manage.py reencrypt_mfa_secrets` then moves every secret
to it. A key derived from SECRET_KEY is always the last one: it is what encrypts while the
variable is unset (the embedded demo), and it still reads those secrets once keys are set.
"""

from collections.abc import Iterable

from allauth.mfa.adapter import DefaultMFAAdapter
from cryptography.fernet import InvalidToken, MultiFernet
from django.conf import settings

from crimex_portal import encryption
from crimex_portal.encryption import FERNET_PREFIX

# The fields of an authenticator's data that hold secrets: the TOTP secret, the recovery codes'
# seed, and recovery codes carried over from another two-factor package.
SECRET_FIELDS = ("secret", "seed")
SECRET_LIST_FIELDS = ("migrated_codes",)
# A TOTP secret (base32, upper case) or a seed (hex) never starts as a Fernet token does
# (FERNET_PREFIX).


class UnreadableSecret(Exception):
    """A stored secret was encrypted with a key that is not configured any more."""


def derived_key() -> bytes:
    return encryption.derived_key("crimex.accounts.mfa_adapter", "two-factor secrets")


def configured_keys() -> list[str]:
    return encryption.cleaned_keys(settings.CRIMEX_MFA_ENCRYPTION_KEYS)


def secret_box() -> MultiFernet:
    return encryption.key_ring(settings.CRIMEX_MFA_ENCRYPTION_KEYS, derived_key())


def encrypt_secret(text: str) -> str:
    return secret_box().encrypt(text.encode()).decode()


def decrypt_secret(token: str) -> str:
    try:
        return secret_box().decrypt(token.encode()).decode()
    except InvalidToken as unreadable:
        # Never fall back to reading the value as plaintext: a stored value is always encrypted
        # (the migration encrypted the older ones).
        raise UnreadableSecret(
            "A two-factor secret cannot be decrypted: is its key still in "
            "CRIMEX_MFA_ENCRYPTION_KEYS?"
        ) from unreadable


def _is_readable(value: str, box: MultiFernet) -> bool:
    try:
        box.decrypt(value.encode())
    except InvalidToken:
        return False
    return True


def _reencrypted(value: str, box: MultiFernet, *, rotate: bool) -> str:
    if _is_readable(value, box):
        return box.rotate(value.encode()).decode() if rotate else value
    if value.startswith(FERNET_PREFIX):
        raise UnreadableSecret(
            "A two-factor secret is encrypted with a key missing from CRIMEX_MFA_ENCRYPTION_KEYS."
        )
    return box.encrypt(value.encode()).decode()  # plaintext, as allauth stored it by default


def encrypt_data(data: dict, *, rotate: bool = False) -> dict:
    """An authenticator's data with its plaintext secrets encrypted, and with `rotate` every
    secret re-encrypted with the first key; secrets already encrypted are otherwise kept as
    they are."""
    box = secret_box()
    data = dict(data)
    for name in SECRET_FIELDS:
        if isinstance(data.get(name), str):
            data[name] = _reencrypted(data[name], box, rotate=rotate)
    for name in SECRET_LIST_FIELDS:
        if isinstance(data.get(name), list):
            data[name] = [_reencrypted(value, box, rotate=rotate) for value in data[name]]
    return data


def decrypt_data(data: dict) -> dict:
    """The reverse of encrypt_data, for a migration rolled back to allauth's plaintext."""
    data = dict(data)
    for name in SECRET_FIELDS:
        if isinstance(data.get(name), str) and data[name].startswith(FERNET_PREFIX):
            data[name] = decrypt_secret(data[name])
    for name in SECRET_LIST_FIELDS:
        if isinstance(data.get(name), list):
            data[name] = [
                decrypt_secret(value) if value.startswith(FERNET_PREFIX) else value
                for value in data[name]
            ]
    return data


def encrypt_authenticators(authenticators: Iterable, *, rotate: bool = False) -> int:
    """Encrypts (or with `rotate`, re-encrypts with the first key) the secrets of these
    authenticators; returns how many rows changed. Works on a migration's historical model."""
    changed = 0
    for authenticator in authenticators:
        data = encrypt_data(authenticator.data, rotate=rotate)
        if data != authenticator.data:
            authenticator.data = data
            authenticator.save(update_fields=["data"])
            changed += 1
    return changed


def invalid_keys() -> list[int]:
    """Positions (from 1) of the configured keys that are not Fernet keys."""
    return encryption.invalid_key_positions(settings.CRIMEX_MFA_ENCRYPTION_KEYS)


class EncryptingMFAAdapter(DefaultMFAAdapter):
    def encrypt(self, text: str) -> str:
        return encrypt_secret(text)

    def decrypt(self, encrypted_text: str) -> str:
        return decrypt_secret(encrypted_text)
