import datetime
import time

import factory
from allauth.account.internal.flows.login import record_authentication
from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.contrib.auth.models import Group
from django.http import HttpRequest
from django.test import Client
from django.utils import timezone
from factory.django import DjangoModelFactory

from actionplans.models import (
    Action,
    ActionPlan,
    Indicator,
    ProgressUpdate,
    ReportingPeriod,
    StrategicGoal,
)
from crimex_portal.accounts.models import CorrectionRequest, Invitation, User
from crimex_portal.accounts.roles import FICHE_EDITOR
from crimex_portal.audit.models import AuditEvent
from crimex_portal.notifications.models import Delivery, OutboxMessage
from crimex_portal.pages.models import Page
from crimex_portal.reports.models import Report
from directory.models import Contact, ContactRole, Country, CrimeArea, Language, Organisation
from fiches.models import (
    Channel,
    Fiche,
    FicheEditorAssignment,
    Instrument,
    Measure,
    MeasureGroup,
)
from followups.models import Decision, FollowUp
from library.models import LibraryDocument, LibraryFile
from sessions.models import AgendaItem, AgendaRelease, Registration, Session, SessionDocument


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.test")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.django.Password("correct-horse-battery")

    @factory.post_generation
    def verified_email(self, create: bool, extracted: bool | None, **kwargs) -> None:
        """Accounts come from invitations, which verify the address; False leaves it unverified."""
        if create and extracted is not False:
            EmailAddress.objects.get_or_create(
                user=self, email=self.email, defaults={"verified": True, "primary": True}
            )

    @factory.post_generation
    def two_factor(self, create: bool, extracted: bool | None, **kwargs) -> None:
        """UserFactory(two_factor=True): TOTP on, as the restricted area and the admin require."""
        if create and extracted:
            enable_totp(self)

    @factory.post_generation
    def roles(self, create: bool, extracted: list[str] | None, **kwargs) -> None:
        """UserFactory(roles=[roles.MEMBER]) puts the user in those role groups."""
        if create and extracted:
            self.groups.set(Group.objects.filter(name__in=extracted))


class CountryFactory(DjangoModelFactory):
    class Meta:
        model = Country
        django_get_or_create = ("iso_code",)

    # Two letters from a sequence that cannot collide with the seed's real ISO codes order.
    iso_code = factory.Sequence(lambda n: "Q" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n % 26])
    name_en = factory.LazyAttribute(lambda country: f"Testland {country.iso_code}")
    group = Country.Group.SOUTH_PARTNER


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation

    acronym = factory.Sequence(lambda n: f"ORG{n}")
    name_en = factory.LazyAttribute(lambda organisation: f"Organisation {organisation.acronym}")
    kind = Organisation.Kind.PROSECUTION_OFFICE
    country = factory.SubFactory(CountryFactory)


class CrimeAreaFactory(DjangoModelFactory):
    class Meta:
        model = CrimeArea

    slug = factory.Sequence(lambda n: f"crime-area-{n}")
    name_en = factory.Sequence(lambda n: f"Crime area {n}")
    category = CrimeArea.Category.CORE


class SessionFactory(DjangoModelFactory):
    class Meta:
        model = Session

    number = factory.Sequence(lambda n: n + 100)
    part = Session.Part.WHOLE
    kind = Session.Kind.REGULAR
    title_en = factory.Sequence(lambda n: f"Session topic {n}")
    start_date = factory.Sequence(
        lambda n: datetime.date(2030, 1, 1) + datetime.timedelta(days=7 * n)
    )
    end_date = factory.LazyAttribute(
        lambda session: session.start_date + datetime.timedelta(days=1)
    )
    venue_city_en = "Valletta"
    venue_country = factory.SubFactory(CountryFactory)
    status = Session.Status.PLANNED
    is_published = True


class PageFactory(DjangoModelFactory):
    class Meta:
        model = Page
        django_get_or_create = ("slug",)

    slug = "about"
    title_en = "About CrimEx"
    summary_en = "A summary."
    body_en = "A paragraph."


def enable_totp(user: User) -> str:
    """Turns two-factor authentication on for the user as allauth's activation does (a TOTP
    authenticator and recovery codes, their secrets encrypted by the portal's MFA adapter);
    returns the TOTP secret, as the member's authenticator app holds it."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    return secret


def log_in_with_two_factor(client: Client, user: User) -> Client:
    """Logs the test client in as `user` as the login page does after the password and the TOTP
    code: the session holds both authentication records (allauth < 66 API), which the two-factor
    gate reads. A bare `client.force_login(user)` is a session that never typed a code."""
    client.force_login(user)
    session = client.session
    request = HttpRequest()
    request.session = session
    record_authentication(request, user, method="password", email=user.email)
    record_authentication(request, user, method="mfa", type="totp")
    session.save()
    return client


def totp_code(secret: str) -> str:
    """The code an authenticator app shows right now for this secret."""
    counter = int(time.time()) // mfa_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, counter))


class AgendaItemFactory(DjangoModelFactory):
    class Meta:
        model = AgendaItem

    session = factory.SubFactory(SessionFactory)
    date = factory.LazyAttribute(lambda item: item.session.start_date)
    start_time = datetime.time(9, 0)
    end_time = datetime.time(10, 0)
    kind = AgendaItem.Kind.PRESENTATION
    title_en = factory.Sequence(lambda n: f"Agenda item {n}")


PDF_BYTES = b"%PDF-1.4\n% a tiny test file\n%%EOF\n"


class SessionDocumentFactory(DjangoModelFactory):
    class Meta:
        model = SessionDocument

    session = factory.SubFactory(SessionFactory)
    title_en = factory.Sequence(lambda n: f"Document {n}")
    kind = SessionDocument.Kind.CONCLUSIONS
    visibility = SessionDocument.Visibility.MEMBERS
    file = factory.django.FileField(filename="conclusions.pdf", data=PDF_BYTES)


class RegistrationFactory(DjangoModelFactory):
    class Meta:
        model = Registration

    session = factory.SubFactory(SessionFactory)
    user = factory.SubFactory(UserFactory)


class ActionPlanFactory(DjangoModelFactory):
    class Meta:
        model = ActionPlan
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: "XYZ"[n % 3] + str(n))
    title_en = factory.LazyAttribute(lambda plan: f"Plan {plan.code}")
    short_title_en = factory.LazyAttribute(lambda plan: f"Plan {plan.code}")


class StrategicGoalFactory(DjangoModelFactory):
    class Meta:
        model = StrategicGoal

    plan = factory.SubFactory(ActionPlanFactory)
    number = factory.Sequence(lambda n: n + 1)
    title_en = factory.Sequence(lambda n: f"Goal {n}")


class ActionFactory(DjangoModelFactory):
    class Meta:
        model = Action

    goal = factory.SubFactory(StrategicGoalFactory)
    reference = factory.LazyAttributeSequence(lambda action, n: f"{action.goal.number}.{n + 1}")
    description_en = factory.Sequence(lambda n: f"Action description {n}")


class IndicatorFactory(DjangoModelFactory):
    class Meta:
        model = Indicator

    action = factory.SubFactory(ActionFactory)
    code = factory.Sequence(lambda n: f"i{n}")
    text_en = factory.Sequence(lambda n: f"Number of things {n}")
    kind = Indicator.Kind.COUNT


class ReportingPeriodFactory(DjangoModelFactory):
    class Meta:
        model = ReportingPeriod
        django_get_or_create = ("name",)

    start = factory.Sequence(lambda n: datetime.date(2030, 1, 1) + datetime.timedelta(days=31 * n))
    end = factory.LazyAttribute(lambda period: period.start + datetime.timedelta(days=30))
    name = factory.LazyAttribute(lambda period: period.start.strftime("%Y-%m"))


class ProgressUpdateFactory(DjangoModelFactory):
    class Meta:
        model = ProgressUpdate

    indicator = factory.SubFactory(IndicatorFactory)
    period = factory.SubFactory(ReportingPeriodFactory)
    status = ProgressUpdate.Status.IN_PROGRESS
    value = 3
    narrative = factory.Sequence(lambda n: f"Narrative {n}")
    author = factory.SubFactory(UserFactory)
    review = ProgressUpdate.Review.APPROVED
    reviewed_by = factory.SubFactory(UserFactory, first_name="Rania", last_name="Reviewer")
    reviewed_at = factory.LazyFunction(timezone.now)


class ContactFactory(DjangoModelFactory):
    class Meta:
        model = Contact
        skip_postgeneration_save = True

    name_en = factory.Sequence(lambda n: f"Testperson Exemple {n}")
    title = "Judge"
    function_en = "Prosecutor, international cooperation"
    organisation = factory.SubFactory(OrganisationFactory)
    country = factory.SubFactory(CountryFactory)
    email = factory.Sequence(lambda n: f"contact{n}@example.invalid")
    phone = "+216 00 00 00 01"
    consent_date = factory.LazyFunction(lambda: datetime.date(2026, 1, 1))
    last_verified = factory.LazyFunction(lambda: timezone.localdate())

    @factory.post_generation
    def with_codes(self, create: bool, extracted: dict | None, **kwargs) -> None:
        """ContactFactory(with_codes={"roles": ["asset-recovery"], "languages": ["fr"]})."""
        if not (create and extracted):
            return
        if "roles" in extracted:
            self.roles.set(ContactRole.objects.filter(code__in=extracted["roles"]))
        if "languages" in extracted:
            self.languages.set(Language.objects.filter(code__in=extracted["languages"]))
        if "specialisations" in extracted:
            self.specialisations.set(
                CrimeArea.objects.filter(slug__in=extracted["specialisations"])
            )


class MeasureGroupFactory(DjangoModelFactory):
    class Meta:
        model = MeasureGroup
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"G{n}")
    name_en = factory.LazyAttribute(lambda group: f"Group {group.code}")


class MeasureFactory(DjangoModelFactory):
    class Meta:
        model = Measure

    code = factory.Sequence(lambda n: f"T{n:03d}")
    group = factory.SubFactory(MeasureGroupFactory)
    name_en = factory.LazyAttribute(lambda measure: f"Test measure {measure.code}")
    description_en = "A measure invented for a test."


class InstrumentFactory(DjangoModelFactory):
    class Meta:
        model = Instrument

    slug = factory.Sequence(lambda n: f"instrument-{n}")
    short_name_en = factory.LazyAttribute(lambda instrument: instrument.slug.upper())
    name_en = factory.LazyAttribute(lambda instrument: f"Convention {instrument.slug}")
    kind = Instrument.Kind.UNIVERSAL


class ChannelFactory(DjangoModelFactory):
    class Meta:
        model = Channel
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"channel-{n}")
    name_en = factory.LazyAttribute(lambda channel: f"Channel {channel.code}")


class FicheFactory(DjangoModelFactory):
    """FicheFactory(with_codes={"languages": ["fr"], "channels": [...], "instruments": [...]})."""

    class Meta:
        model = Fiche
        skip_postgeneration_save = True

    country = factory.SubFactory(CountryFactory)
    measure = factory.SubFactory(MeasureFactory)
    applicability = Fiche.Applicability.APPLICABLE
    national_description_en = "Test text: the measure as national law describes it."
    national_law_en = "Test text: the national law."
    receiving_authority = factory.SubFactory(
        OrganisationFactory, country=factory.SelfAttribute("..country")
    )
    dual_criminality = Fiche.DualCriminality.DEPENDS
    execution_deadline_en = "Test text: no deadline."
    last_reviewed_on = factory.LazyFunction(timezone.localdate)

    @factory.post_generation
    def with_codes(self, create: bool, extracted: dict | None, **kwargs) -> None:
        if not (create and extracted):
            return
        if "languages" in extracted:
            self.accepted_languages.set(Language.objects.filter(code__in=extracted["languages"]))
        if "channels" in extracted:
            self.channels.set(Channel.objects.filter(code__in=extracted["channels"]))
        if "instruments" in extracted:
            self.instruments.set(Instrument.objects.filter(slug__in=extracted["instruments"]))


class InvitationFactory(DjangoModelFactory):
    class Meta:
        model = Invitation

    email = factory.Sequence(lambda n: f"invitee{n}@example.test")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    token_hash = factory.Sequence(lambda n: f"{n:064x}")
    expires_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))


class AuditEventFactory(DjangoModelFactory):
    class Meta:
        model = AuditEvent

    action = AuditEvent.Action.OTHER
    actor_email = "pmt@example.test"


class ReportFactory(DjangoModelFactory):
    """A report as the request leaves it: queued, its HTML fixed, no file yet."""

    class Meta:
        model = Report

    kind = "session"
    target_key = factory.Sequence(str)
    language = "en"
    title = factory.Sequence(lambda n: f"Session report {n}")
    html = "<p>A report.</p>"
    fingerprint = factory.Sequence(lambda n: f"{n:064x}")
    requested_by = factory.SubFactory(UserFactory)

    @factory.post_generation
    def requesters(self, create: bool, extracted: list | None, **kwargs) -> None:
        """Who may open it: whoever asked for it, unless the test names others."""
        if create:
            self.requesters.add(*(extracted if extracted is not None else [self.requested_by]))


class CorrectionRequestFactory(DjangoModelFactory):
    class Meta:
        model = CorrectionRequest

    user = factory.SubFactory(UserFactory)
    what_is_wrong = "My organisation is not the one I work for."
    should_be = "The Ministry of Justice."


class FicheEditorAssignmentFactory(DjangoModelFactory):
    class Meta:
        model = FicheEditorAssignment

    user = factory.SubFactory(UserFactory, roles=[FICHE_EDITOR])
    country = factory.SubFactory(CountryFactory)


class LibraryDocumentFactory(DjangoModelFactory):
    class Meta:
        model = LibraryDocument

    title_en = factory.Sequence(lambda n: f"Library document {n}")
    kind = LibraryDocument.Kind.HANDBOOK
    visibility = LibraryDocument.Visibility.MEMBERS


class LibraryFileFactory(DjangoModelFactory):
    class Meta:
        model = LibraryFile

    document = factory.SubFactory(LibraryDocumentFactory)
    language = "en"
    file = factory.django.FileField(filename="handbook.pdf", data=PDF_BYTES)
class DecisionFactory(DjangoModelFactory):
    class Meta:
        model = Decision

    session = factory.SubFactory(SessionFactory)
    order = factory.Sequence(lambda n: n + 1)
    text_en = factory.Sequence(lambda n: f"Decision {n}")


class FollowUpFactory(DjangoModelFactory):
    """Owned by a country unless told otherwise."""

    class Meta:
        model = FollowUp

    decision = factory.SubFactory(DecisionFactory)
    what_en = factory.Sequence(lambda n: f"Follow-up {n}")
    owner_country = factory.SubFactory(CountryFactory)


class OutboxMessageFactory(DjangoModelFactory):
    """A message of the e-mail outbox, waiting for PMT's review."""

    class Meta:
        model = OutboxMessage

    kind = "test.notice"
    subject = factory.Sequence(lambda n: f"Notice {n}")
    body = "Dear members,"


class DeliveryFactory(DjangoModelFactory):
    class Meta:
        model = Delivery

    message = factory.SubFactory(OutboxMessageFactory)
    email = factory.Sequence(lambda n: f"recipient{n}@example.test")
    language = "en"
    subject = factory.SelfAttribute("message.subject")
    body = "Dear members,"


def release_agenda(session: Session, **kwargs) -> AgendaRelease:
    """PMT's "Publish the agenda": the working agenda becomes the next version members see."""
    from sessions.releases import agenda_publish

    return agenda_publish(session=session, notify=kwargs.pop("notify", False), **kwargs)


class GlossaryEntryFactory(DjangoModelFactory):
    class Meta:
        model = "glossary.GlossaryEntry"

    slug = factory.Sequence(lambda n: f"term-{n}")
    domain = "cooperation"
    term_en = factory.Sequence(lambda n: f"term number {n}")
    term_fr = factory.Sequence(lambda n: f"terme numéro {n}")
    term_ar = factory.Sequence(lambda n: f"المصطلح رقم {n}")
    definition_en = "What it means."
    definition_fr = "Ce qu’il signifie."
    definition_ar = "ما يعنيه."
