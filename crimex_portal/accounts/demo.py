"""Demo accounts for a local trial of the portal. Their addresses say they are not real people.

Running the command again creates the accounts that are missing and never resets what a person
changed since: a password is set only when an account is created, and a name, role or staff flag
changed in the portal stays (crimex_portal.seeding keeps a fingerprint of what was written).
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction

from crimex_portal.accounts import roles
from crimex_portal.accounts.models import User
from crimex_portal.seeding import SeedTally, upsert
from directory.demo import demo_email
from directory.models import Contact

DEMO_PASSWORD = "crimex-demo-password"  # noqa: S105 - printed on purpose, for the local demo only


@dataclass(frozen=True)
class DemoAccount:
    email: str
    first_name: str
    last_name: str
    role: str
    is_staff: bool = False
    # The demo directory entry the account is linked to ("My directory entry"), by its e-mail.
    directory_entry: str = ""


DEMO_ACCOUNTS = (
    DemoAccount("pmt@demo.crimex.invalid", "Demo", "PMT Staff", roles.PMT_STAFF, is_staff=True),
    DemoAccount("coordinator@demo.crimex.invalid", "Demo", "Coordinator", roles.COORDINATOR),
    DemoAccount(
        "member@demo.crimex.invalid",
        "Demo",
        "Member",
        roles.MEMBER,
        # Amal Exemple, Morocco's (fictional) central authority and CrimEx member.
        directory_entry=demo_email("Amal", "Exemple", "MA"),
    ),
)


@transaction.atomic
def demo_accounts_ensure(tally: SeedTally | None = None) -> list[DemoAccount]:
    tally = SeedTally() if tally is None else tally
    for account in DEMO_ACCOUNTS:
        new = not User.objects.filter(email=account.email).exists()
        user = upsert(
            User,
            lookup={"email": account.email},
            values={
                "first_name": account.first_name,
                "last_name": account.last_name,
                "is_staff": account.is_staff,
                "is_superuser": False,  # the PMT role is enough; demo accounts bypass nothing
            },
            links={"groups": [Group.objects.get(name=account.role)]},
            initial={"password": make_password(DEMO_PASSWORD)} if new else {},
            tally=tally,
        )
        if user is None:  # deleted in the portal: not brought back
            continue
        EmailAddress.objects.get_or_create(
            user=user, email=account.email, defaults={"verified": True, "primary": True}
        )
        if account.directory_entry and settings.CRIMEX_DEMO_CONTENT:
            _link_directory_entry(user, account.directory_entry, tally)
    return list(DEMO_ACCOUNTS)


def _link_directory_entry(user: User, email: str, tally: SeedTally) -> None:
    """Links the account to its demo entry while neither has another link; a link changed or
    removed in the portal stays as it is."""
    entry = Contact.objects.filter(email=email, is_demo=True).first()
    if entry is None or Contact.objects.filter(user=user).exclude(pk=entry.pk).exists():
        return
    key = f"accounts.demo-directory-entry:{user.email}"
    if entry.user_id is None and key not in tally.records():
        # The first link: an entry without an account is what the demo directory makes.
        entry.user = user
        entry.save(update_fields=["user", "search_text", "updated_at"])
    upsert(
        Contact,
        key=key,
        lookup={"email": email},
        values={"user": user},
        tally=tally,
    )
