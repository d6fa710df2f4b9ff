"""Demo accounts for a local trial of the portal. Their addresses say they are not real people."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction

from crimex_portal.accounts import roles
from crimex_portal.accounts.models import User

DEMO_PASSWORD = "crimex-demo-password"  # noqa: S105 - printed on purpose, for the local demo only


@dataclass(frozen=True)
class DemoAccount:
    email: str
    first_name: str
    last_name: str
    role: str
    is_staff: bool = False


DEMO_ACCOUNTS = (
    DemoAccount("pmt@demo.crimex.invalid", "Demo", "PMT Staff", roles.PMT_STAFF, is_staff=True),
    DemoAccount("coordinator@demo.crimex.invalid", "Demo", "Coordinator", roles.COORDINATOR),
    DemoAccount("member@demo.crimex.invalid", "Demo", "Member", roles.MEMBER),
)


@transaction.atomic
def demo_accounts_ensure() -> list[DemoAccount]:
    for account in DEMO_ACCOUNTS:
        user = User.objects.filter(email=account.email).first()
        if user is None:
            user = User(email=account.email)
            user.set_password(DEMO_PASSWORD)
        user.first_name = account.first_name
        user.last_name = account.last_name
        user.is_staff = account.is_staff
        user.is_superuser = False  # the PMT role is enough; demo accounts bypass nothing
        user.full_clean()
        user.save()
        user.groups.set([Group.objects.get(name=account.role)])
        EmailAddress.objects.update_or_create(
            user=user, email=account.email, defaults={"verified": True, "primary": True}
        )
    return list(DEMO_ACCOUNTS)
