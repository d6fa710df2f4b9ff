"""TOTP secrets and recovery-code seeds are encrypted at rest: a copy of the database (a backup,
a dump handed to a developer) does not give anyone the members' second factor."""

import importlib
import json
import re

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from cryptography.fernet import Fernet
from django.apps import apps
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse

from crimex_portal.accounts import roles
from crimex_portal.accounts.mfa_adapter import UnreadableSecret
from tests.factories import UserFactory, enable_totp, totp_code
from tests.test_settings import run_manage

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"  # UserFactory's


def stored(user, kind=Authenticator.Type.TOTP) -> dict:
    # values_list: the row as the database holds it, past any model code.
    return Authenticator.objects.filter(user=user, type=kind).values_list("data", flat=True).get()


def log_in_with_totp(email: str, secret: str) -> Client:
    # allauth refuses a code used once (auth_limits keeps it): each login here may reuse this
    # period's.
    caches["auth_limits"].clear()
    browser = Client()
    response = browser.post(reverse("account_login"), {"login": email, "password": PASSWORD})
    assert response["Location"] == reverse("mfa_authenticate")
    response = browser.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
    assert response.status_code == 302, response.content.decode()[:500]
    return browser


def test_the_stored_totp_secret_is_not_the_secret():
    user = UserFactory(roles=[roles.MEMBER])
    secret = enable_totp(user)

    data = stored(user)

    assert secret not in json.dumps(data)
    assert data["secret"] != secret


def test_the_stored_recovery_code_seed_is_not_the_seed():
    user = UserFactory(roles=[roles.MEMBER])
    enable_totp(user)
    codes = RecoveryCodes.activate(user).generate_codes()

    seed = stored(user, Authenticator.Type.RECOVERY_CODES)["seed"]

    assert not re.fullmatch(r"[0-9a-f]{80}", seed)  # allauth's plaintext seed: 40 random bytes
    assert RecoveryCodes(Authenticator.objects.get(pk=stored_pk(user))).generate_codes() == codes


def stored_pk(user) -> int:
    return Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES).pk


def test_a_real_totp_login_still_works():
    user = UserFactory(roles=[roles.MEMBER], email="totp@example.test")
    secret = enable_totp(user)

    browser = log_in_with_totp("totp@example.test", secret)

    assert browser.get(reverse("directory:index")).status_code == 200


def test_rotation_re_encrypts_with_the_newest_key():
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    user = UserFactory(roles=[roles.MEMBER], email="rotate@example.test")
    with override_settings(CRIMEX_MFA_ENCRYPTION_KEYS=[old]):
        secret = enable_totp(user)
        RecoveryCodes.activate(user)
    encrypted_with_old = stored(user)["secret"]

    with override_settings(CRIMEX_MFA_ENCRYPTION_KEYS=[new, old]):
        log_in_with_totp("rotate@example.test", secret)  # the old key still decrypts
        call_command("reencrypt_mfa_secrets", verbosity=0)
        assert stored(user)["secret"] != encrypted_with_old

    with override_settings(CRIMEX_MFA_ENCRYPTION_KEYS=[new]):  # the old key retired
        log_in_with_totp("rotate@example.test", secret)
        assert RecoveryCodes(Authenticator.objects.get(pk=stored_pk(user))).generate_codes()
    with override_settings(CRIMEX_MFA_ENCRYPTION_KEYS=[old]), pytest.raises(UnreadableSecret):
        log_in_with_totp("rotate@example.test", secret)


def test_the_migration_encrypts_plaintext_rows_and_leaves_encrypted_ones_alone():
    migration = importlib.import_module(
        "crimex_portal.accounts.migrations.0008_encrypt_mfa_secrets"
    )
    legacy = UserFactory(roles=[roles.MEMBER], email="legacy@example.test")
    plain_secret, plain_seed = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "ab" * 40
    # As allauth stored them before the portal had an encrypting adapter.
    Authenticator.objects.create(
        user=legacy, type=Authenticator.Type.TOTP, data={"secret": plain_secret}
    )
    Authenticator.objects.create(
        user=legacy,
        type=Authenticator.Type.RECOVERY_CODES,
        data={"seed": plain_seed, "used_mask": 0},
    )
    recent = UserFactory(roles=[roles.MEMBER])
    enable_totp(recent)
    already = stored(recent)

    migration.encrypt_stored_secrets(apps, None)

    assert stored(legacy)["secret"] != plain_secret
    assert stored(legacy, Authenticator.Type.RECOVERY_CODES)["seed"] != plain_seed
    assert stored(recent) == already
    log_in_with_totp("legacy@example.test", plain_secret)
    once = stored(legacy)
    migration.encrypt_stored_secrets(apps, None)  # twice: changes nothing
    assert stored(legacy) == once


DEPLOY = {
    "DJANGO_DEBUG": "False",
    "DJANGO_SECRET_KEY": "a-long-random-production-key-0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a",
    "DJANGO_ALLOWED_HOSTS": "crimex.example.org",
}


def test_deploy_checks_pass_with_the_key_derived_from_secret_key_as_ci_runs_them():
    result = run_manage(
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        CRIMEX_MFA_ENCRYPTION_KEYS="",
        **DEPLOY,
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_deploy_checks_refuse_a_malformed_key():
    result = run_manage(
        "manage.py", "check", "--deploy", CRIMEX_MFA_ENCRYPTION_KEYS="not-a-key", **DEPLOY
    )
    assert result.returncode != 0
    assert "crimex.E002" in result.stdout + result.stderr
