"""Field-level encryption at rest, with Fernet (AES-128-CBC with an HMAC-SHA256, from
`cryptography`): one key ring per purpose, and a model field that stores its text encrypted.

A key ring is a list of Fernet keys from the environment, comma-separated: the first encrypts,
every one decrypts, so a new key goes first and the values are then re-encrypted with it. A key
derived from SECRET_KEY (per purpose) is always the last one: it is what encrypts while the
variable is unset (the embedded demo), and it still reads those values once keys are set.

- Two-factor secrets (accounts/mfa_adapter.py): CRIMEX_MFA_ENCRYPTION_KEYS.
- Case data (the request composer's free text, the reports made of it):
  CRIMEX_DATA_ENCRYPTION_KEYS, which falls back to CRIMEX_MFA_ENCRYPTION_KEYS when unset.
"""

import base64
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.db import models
from django.utils.crypto import salted_hmac

# Every Fernet token starts so (version byte 0x80, then a timestamp's high zero bytes).
FERNET_PREFIX = "gAAAAA"


class UnreadableValue(Exception):
    """A stored value was encrypted with a key that is not configured any more."""


def derived_key(salt: str, purpose: str) -> bytes:
    digest = salted_hmac(salt, purpose, secret=settings.SECRET_KEY, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest)


def cleaned_keys(keys: list[str]) -> list[str]:
    return [key.strip() for key in keys if key.strip()]


def key_ring(keys: list[str], fallback: bytes) -> MultiFernet:
    ring = [key.encode() for key in cleaned_keys(keys)] + [fallback]
    return MultiFernet([Fernet(key) for key in dict.fromkeys(ring)])


def invalid_key_positions(keys: list[str]) -> list[int]:
    """Positions (from 1) of the keys that are not Fernet keys."""
    invalid = []
    for position, key in enumerate(cleaned_keys(keys), start=1):
        try:
            Fernet(key.encode())
        except ValueError:
            invalid.append(position)
    return invalid


def data_keys() -> list[str]:
    return list(settings.CRIMEX_DATA_ENCRYPTION_KEYS or settings.CRIMEX_MFA_ENCRYPTION_KEYS)


def data_ring() -> MultiFernet:
    return key_ring(data_keys(), derived_key("crimex.encryption", "case data"))


def encrypt_text(text: str) -> str:
    return data_ring().encrypt(text.encode()).decode()


def decrypt_text(token: str) -> str:
    try:
        return data_ring().decrypt(token.encode()).decode()
    except InvalidToken as unreadable:
        raise UnreadableValue(
            "An encrypted value cannot be decrypted: is its key still in "
            "CRIMEX_DATA_ENCRYPTION_KEYS?"
        ) from unreadable


class EncryptedTextField(models.TextField):
    """Text stored as a Fernet token; "" stays "" (nothing to hide, and blank checks work).

    An encrypted column can be neither searched nor sorted in the database: filter on other
    fields. Values written before the field was encrypted (no Fernet prefix) are read as they
    are, so that a migration can encrypt them in place."""

    def from_db_value(self, value: Any, expression, connection) -> str | None:
        if value is None or value == "":
            return value
        if not value.startswith(FERNET_PREFIX):
            return value
        return decrypt_text(value)

    def to_python(self, value: Any) -> str | None:
        return value if value is None else str(value)

    def get_prep_value(self, value: Any) -> str | None:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt_text(value)
