"""The load benchmark's large dataset, all of it invented: thirty sessions of forty agenda items,
ten thousand directory entries, a fiche for every measure in twelve countries, and two years of
monthly progress updates on both action plans.

Everything says it is invented, as the demo content does: titles and texts open with
"Illustrative" ("illustratif", "توضيحي"), sessions are numbered from 101, people have addresses
under the reserved .invalid domain, fiches and contacts have `is_demo` set. It needs the seed
content (countries, measures, plans); the build adds only what is missing, so a second run
writes nothing.
"""

import datetime
import random
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from actionplans.models import Action, Indicator, ProgressUpdate, ReportingPeriod
from crimex_portal.accounts import roles
from crimex_portal.seeding import translated
from directory.demo import GENERATED_EMAIL_DOMAIN, generated_contacts, generated_contacts_create
from directory.models import Contact, Country, Language, Organisation
from fiches.demo import (
    ACCEPTED_LANGUAGES,
    CENTRAL_AUTHORITY_CHANNEL,
    CHANNEL_ORDER,
    CHANNEL_SENTENCES,
    COMMON_TEXTS,
    EXECUTING_ORGANISATION,
    NOT_AVAILABLE_WITHOUT_ALTERNATIVE,
    REVIEWER_LABEL,
    is_not_applicable,
    reviewed_days_ago,
)
from fiches.models import Channel, Fiche, Instrument, Measure
from fiches.translation import FICHE_TEXT_FIELDS
from sessions.models import AgendaItem, Session, SessionExpert, SessionObjective, SessionOutcome

Texts = dict[str, str]  # by language: en, fr, ar

# The nine South Partner Countries and three EU Member States across the Mediterranean.
COUNTRIES = ("DZ", "EG", "IL", "JO", "LB", "LY", "MA", "PS", "TN", "ES", "FR", "IT")
FIRST_SESSION_NUMBER = 101  # far above the real sessions' numbers
FIRST_SESSION_START = datetime.date(2020, 1, 13)
SESSION_INTERVAL = datetime.timedelta(weeks=13)  # one session a quarter
ITEMS_PER_DAY = 14
FIRST_MONTH = datetime.date(2024, 1, 1)
PERIOD_PREFIX = "Illustrative "
BENCHMARK_MEMBER_EMAIL = f"load-benchmark@{GENERATED_EMAIL_DOMAIN}"
BENCHMARK_MEMBER_COUNTRY = "MA"  # the benchmark member coordinates Morocco's updates
REVIEWER_EMAIL = f"reviewer.pmt@{GENERATED_EMAIL_DOMAIN}"
REGIONAL_COORDINATOR_EMAIL = f"coordinator.regional@{GENERATED_EMAIL_DOMAIN}"
SEED = 2024


@dataclass(frozen=True)
class DatasetSize:
    sessions: int = 30
    agenda_items: int = 40  # per session
    contacts: int = 10_000  # generated directory entries, beside the demo directory's
    countries: tuple[str, ...] = COUNTRIES  # each with a fiche per measure, and updates
    measures: int | None = None  # the first N measures in order; None for all of them
    months: int = 24  # monthly reporting periods, from January 2024


FULL_SIZE = DatasetSize()

SESSION_TOPICS: tuple[tuple[str, str, str], ...] = (
    (
        "mutual legal assistance in practice",
        "l’entraide judiciaire en pratique",
        "المساعدة القانونية المتبادلة في الممارسة العملية",
    ),
    (
        "freezing and confiscation of crime proceeds",
        "le gel et la confiscation des produits du crime",
        "تجميد عائدات الجريمة ومصادرتها",
    ),
    (
        "electronic evidence across borders",
        "la preuve électronique au-delà des frontières",
        "الأدلة الإلكترونية عبر الحدود",
    ),
    (
        "trafficking in human beings and smuggling of migrants",
        "la traite des êtres humains et le trafic de migrants",
        "الاتجار بالبشر وتهريب المهاجرين",
    ),
    (
        "extradition and transfer of proceedings",
        "l’extradition et la transmission des procédures",
        "تسليم المجرمين ونقل الإجراءات",
    ),
    ("joint investigation teams", "les équipes communes d’enquête", "فرق التحقيق المشتركة"),
)
SESSION_SUMMARY: Texts = {
    "en": "Illustrative summary: invented for the load benchmark; no such session was held.",
    "fr": "Résumé illustratif : inventé pour le banc d’essai de charge ; aucune session de ce "
    "type n’a eu lieu.",
    "ar": "ملخص توضيحي: أُعدّ لاختبار الأداء؛ لم تُعقد أي دورة من هذا القبيل.",
}
SESSION_CITY: Texts = {"en": "Illustrative City", "fr": "Ville illustrative", "ar": "مدينة توضيحية"}
SESSION_BACKGROUND = (
    "Illustrative background: the experts compare how requests travel between their countries."
    "\n\n- Illustrative point on channels\n- Illustrative point on languages"
)
ITEM_DESCRIPTION: Texts = {
    "en": "Illustrative: presentation of invented cases, then questions from the floor.",
    "fr": "À titre illustratif : présentation de cas inventés, puis questions de la salle.",
    "ar": "على سبيل التوضيح: عرض حالات مختلقة، تليه أسئلة من الحضور.",
}
ITEM_SUB_POINTS = "Illustrative point one\nIllustrative point two\nIllustrative point three"
ITEM_KINDS = (
    AgendaItem.Kind.PRESENTATION,
    AgendaItem.Kind.PRESENTATION,
    AgendaItem.Kind.DEBATE,
    AgendaItem.Kind.PRESENTATION,
    AgendaItem.Kind.BREAK,
    AgendaItem.Kind.PRESENTATION,
    AgendaItem.Kind.TOUR_DE_TABLE,
    AgendaItem.Kind.LUNCH,
)

FICHE_DESCRIPTION: Texts = {
    "en": "Illustrative example: in {country}, the measure “{measure}” can be requested from the "
    "national authorities; the national authority will confirm the legal basis and conditions.",
    "fr": "Exemple illustratif : {country} — la mesure « {measure} » peut être demandée aux "
    "autorités nationales ; l’autorité nationale confirmera la base légale et les conditions.",
    "ar": "مثال توضيحي: في {country}، يمكن طلب تدبير «{measure}» من السلطات الوطنية؛ وستؤكد "
    "السلطة الوطنية الأساس القانوني والشروط.",
}
FICHE_TEXTS: dict[str, Texts] = {
    **COMMON_TEXTS,
    "national_law": {
        "en": "Illustrative: the code of criminal procedure — articles to be confirmed by the "
        "national authority.",
        "fr": "À titre illustratif : le code de procédure pénale — articles à confirmer par "
        "l’autorité nationale.",
        "ar": "على سبيل التوضيح: قانون الإجراءات الجنائية — على أن تؤكد السلطة الوطنية المواد "
        "المعنية.",
    },
    "formal_requirements": {
        "en": "Illustrative: describe the facts, the offence and what is requested, and attach a "
        "translation into one of the accepted languages.",
        "fr": "À titre illustratif : exposer les faits, l’infraction et l’objet de la demande, "
        "et joindre une traduction dans l’une des langues acceptées.",
        "ar": "على سبيل التوضيح: عرض الوقائع والجريمة وموضوع الطلب، وإرفاق ترجمة إلى إحدى "
        "اللغات المقبولة.",
    },
    "other_information": {
        "en": "Illustrative: the national authority will add any practical advice.",
        "fr": "À titre illustratif : l’autorité nationale ajoutera tout conseil pratique.",
        "ar": "على سبيل التوضيح: ستضيف السلطة الوطنية أي إرشادات عملية.",
    },
}
# The demo fiches' accepted languages cover the South Partner Countries.
EU_ACCEPTED_LANGUAGES = {"ES": ("es", "en"), "FR": ("fr", "en"), "IT": ("it", "en")}
EXTRA_CHANNELS = (None, "direct-judicial", "diplomatic", "interpol")  # besides the central one
DUAL_CRIMINALITY = tuple(Fiche.DualCriminality.values)

UPDATE_NARRATIVE = "Illustrative progress note for {period}: invented for the load benchmark."
RETURNED_COMMENT = "Illustrative: please add the source of the figure."


@transaction.atomic
def benchmark_dataset_build(*, size: DatasetSize = FULL_SIZE) -> None:
    """Adds what is missing of the dataset of that size, in one transaction."""
    rng = random.Random(SEED)  # noqa: S311 - invented test data, nothing secret
    countries = list(Country.objects.filter(iso_code__in=size.countries).order_by("iso_code"))
    missing = set(size.countries) - {country.iso_code for country in countries}
    if missing:
        raise LookupError(f"Countries missing (load the seed content first): {sorted(missing)}")
    member = benchmark_member_ensure()
    sessions = _sessions_ensure(size, countries)
    missing_contacts = size.contacts - generated_contacts().count()
    if missing_contacts > 0:
        generated_contacts_create(count=missing_contacts, rng=rng)
    _fiches_ensure(size, countries)
    _progress_updates_ensure(size, countries, member, sessions, rng)


def benchmark_sessions() -> QuerySet[Session]:
    return Session.objects.filter(number__gte=FIRST_SESSION_NUMBER)


def benchmark_periods() -> QuerySet[ReportingPeriod]:
    return ReportingPeriod.objects.filter(name__startswith=PERIOD_PREFIX)


def dataset_counts() -> dict[str, int]:
    """What the benchmark's pages read, counted as the summary line prints it."""
    return {
        "sessions": Session.objects.count(),
        "agenda items": AgendaItem.objects.count(),
        "contacts": Contact.objects.count(),
        "fiches": Fiche.objects.count(),
        "fiche countries": Fiche.objects.values("country").distinct().count(),
        "measures": Measure.objects.count(),
        "reporting periods": ReportingPeriod.objects.count(),
        "progress updates": ProgressUpdate.objects.count(),
    }


# --- People ---------------------------------------------------------------------------------


def _invented_user(
    email: str, *, last_name: str, role: str, country: Country | None, organisation: Organisation
) -> AbstractBaseUser:
    """An account nobody can log in to (no usable password), with that role."""
    user, created = get_user_model().objects.get_or_create(
        email=email,
        defaults={
            "first_name": "Illustrative",
            "last_name": last_name,
            "country": country,
            "organisation": organisation,
        },
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=role))
    return user


@transaction.atomic
def benchmark_member_ensure() -> AbstractBaseUser:
    """The account the benchmark browses as: a member and Morocco's coordinator, with
    two-factor authentication on as the restricted area requires, and no usable password."""
    user = _invented_user(
        BENCHMARK_MEMBER_EMAIL,
        last_name="Benchmark Member",
        role=roles.MEMBER,
        country=Country.objects.get(iso_code=BENCHMARK_MEMBER_COUNTRY),
        organisation=Organisation.objects.get(acronym=EXECUTING_ORGANISATION),
    )
    user.groups.add(Group.objects.get(name=roles.COORDINATOR))
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, generate_totp_secret())
    return user


def _link(relation, pairs: Iterable[tuple[int, int]]) -> None:
    """Rows of a many-to-many table in one insert, from (this side's pk, other side's pk)."""
    field, through = relation.field, relation.through
    through.objects.bulk_create(
        through(**{field.m2m_column_name(): source, field.m2m_reverse_name(): target})
        for source, target in pairs
    )


# --- Sessions -------------------------------------------------------------------------------


def _sessions_ensure(size: DatasetSize, countries: list[Country]) -> list[Session]:
    numbers = range(FIRST_SESSION_NUMBER, FIRST_SESSION_NUMBER + size.sessions)
    existing = set(benchmark_sessions().values_list("number", flat=True))
    organisations = list(Organisation.objects.order_by("acronym"))
    today = timezone.localdate()
    days = max(1, -(-size.agenda_items // ITEMS_PER_DAY))
    new = []
    for index, number in enumerate(numbers):
        if number in existing:
            continue
        start = FIRST_SESSION_START + index * SESSION_INTERVAL
        end = start + datetime.timedelta(days=days - 1)
        topic_en, topic_fr, topic_ar = SESSION_TOPICS[index % len(SESSION_TOPICS)]
        new.append(
            Session(
                number=number,
                kind=Session.Kind.SPECIAL if index % 5 == 4 else Session.Kind.REGULAR,
                **translated(
                    "title",
                    {
                        "en": f"Illustrative session {number}: {topic_en}",
                        "fr": f"Session illustrative {number} : {topic_fr}",
                        "ar": f"دورة توضيحية {number}: {topic_ar}",
                    },
                ),
                **translated("summary", SESSION_SUMMARY),
                **translated("venue_city", SESSION_CITY),
                background_en=SESSION_BACKGROUND,
                methodology_en=SESSION_BACKGROUND,
                moderation_en="Illustrative presidium",
                start_date=start,
                end_date=end,
                venue_country=countries[index % len(countries)],
                status=Session.Status.HELD if end < today else Session.Status.PLANNED,
                is_published=True,
                working_languages=["en", "fr", "ar"],
                interpretation_languages=["en", "fr", "ar"],
            )
        )
    Session.objects.bulk_create(new)
    for session in new:
        _session_content_create(session, size.agenda_items, organisations)
    _link(
        Session.participating_countries,
        ((session.pk, country.pk) for session in new for country in countries),
    )
    _link(
        Session.participating_organisations,
        ((session.pk, organisation.pk) for session in new for organisation in organisations[:6]),
    )
    actions = list(Action.objects.order_by("pk").values_list("pk", flat=True))
    if actions:  # two actions of the plans are worked on at each session
        _link(
            Action.sessions,
            (
                (actions[(index * 2 + offset) % len(actions)], session.pk)
                for index, session in enumerate(new)
                for offset in (0, 1)
            ),
        )
    return list(benchmark_sessions().order_by("number"))


def _session_content_create(
    session: Session, item_count: int, organisations: list[Organisation]
) -> None:
    number = session.number
    SessionObjective.objects.bulk_create(
        SessionObjective(
            session=session,
            order=order,
            **translated("title", {"en": f"Illustrative objective {order}"}),
            description_en="Illustrative: invented for the load benchmark.",
        )
        for order in range(1, 4)
    )
    SessionExpert.objects.bulk_create(
        SessionExpert(
            session=session,
            order=order,
            honorific="Ms." if order % 2 else "Mr.",
            name=f"Expert Exemple {number}-{order}",
            group_en="Illustrative key experts",
            role_en="Illustrative speaker",
            organisation=organisations[(number + order) % len(organisations)],
        )
        for order in range(1, 5)
    )
    SessionOutcome.objects.bulk_create(
        [
            SessionOutcome(
                session=session,
                kind=SessionOutcome.Kind.CONCLUSIONS,
                title_en="Illustrative conclusions",
                description_en="Illustrative: invented for the load benchmark.",
            )
        ]
    )
    topic_en, topic_fr, topic_ar = SESSION_TOPICS[number % len(SESSION_TOPICS)]
    items = []
    for index in range(item_count):
        day, slot = divmod(index, ITEMS_PER_DAY)
        starts = datetime.datetime.combine(session.start_date, datetime.time(8, 30))
        starts += datetime.timedelta(days=day, minutes=30 * slot)
        kind = ITEM_KINDS[index % len(ITEM_KINDS)]
        if index == 0:
            kind = AgendaItem.Kind.OPENING
        elif index == item_count - 1:
            kind = AgendaItem.Kind.CONCLUSIONS
        items.append(
            AgendaItem(
                session=session,
                date=starts.date(),
                start_time=starts.time(),
                end_time=(starts + datetime.timedelta(minutes=25)).time(),
                kind=kind,
                **translated(
                    "title",
                    {
                        "en": f"Illustrative item {index + 1}: {topic_en}",
                        "fr": f"Point illustratif {index + 1} : {topic_fr}",
                        "ar": f"بند توضيحي {index + 1}: {topic_ar}",
                    },
                ),
                **translated("description", ITEM_DESCRIPTION),
                sub_points_en=ITEM_SUB_POINTS,
                speakers_en="Speaker Exemple, Speaker Fictif",
                moderator_en="Moderator Demo",
            )
        )
    AgendaItem.objects.bulk_create(items)
    _link(
        AgendaItem.organisations,
        (
            (item.pk, organisations[(index + offset) % len(organisations)].pk)
            for index, item in enumerate(items)
            for offset in (0, 7)
        ),
    )
    from sessions.releases import agenda_publish

    agenda_publish(session=session, notify=False)  # members read the agenda as released


# --- Fiches ---------------------------------------------------------------------------------


def _fiches_ensure(size: DatasetSize, countries: list[Country]) -> None:
    measures = list(Measure.objects.order_by("group__order", "order", "code"))
    if size.measures is not None:
        measures = measures[: size.measures]
    existing = set(
        Fiche.objects.filter(country__in=countries, measure__in=measures).values_list(
            "country_id", "measure_id"
        )
    )
    organisations = {
        organisation.acronym: organisation for organisation in Organisation.objects.all()
    }
    languages = {language.code: language for language in Language.objects.all()}
    channels = {channel.code: channel for channel in Channel.objects.all()}
    instruments = {instrument.slug: instrument for instrument in Instrument.objects.all()}
    today = timezone.localdate()
    new: list[tuple[Fiche, dict[str, list]]] = []
    for country_index, country in enumerate(countries):
        accepted = ACCEPTED_LANGUAGES.get(country.iso_code) or EU_ACCEPTED_LANGUAGES.get(
            country.iso_code, ("en",)
        )
        for measure_index, measure in enumerate(measures):
            if (country.pk, measure.pk) in existing:
                continue
            position = country_index * len(measures) + measure_index
            channel_codes = (
                CENTRAL_AUTHORITY_CHANNEL,
                EXTRA_CHANNELS[position % len(EXTRA_CHANNELS)],
            )
            fiche = _invented_fiche(
                country,
                measure,
                not_applicable=is_not_applicable(country_index, measure_index),
                position=position,
                channel_codes=channel_codes,
                organisations=organisations,
                today=today,
            )
            related = {
                "accepted_languages": [languages[code] for code in accepted if code in languages],
                "channels": [channels[code] for code in channel_codes if code in channels],
                "instruments": [
                    instruments[slug]
                    for slug in ("untoc", "uncac")[: 1 + position % 2]
                    if slug in instruments
                ],
            }
            new.append((fiche, related))
    Fiche.objects.bulk_create([fiche for fiche, _related in new])
    for relation in (Fiche.accepted_languages, Fiche.channels, Fiche.instruments):
        name = relation.field.name
        _link(relation, ((fiche.pk, item.pk) for fiche, related in new for item in related[name]))


def _invented_fiche(
    country: Country,
    measure: Measure,
    *,
    not_applicable: bool,
    position: int,
    channel_codes: tuple[str | None, ...],
    organisations: dict[str, Organisation],
    today: datetime.date,
) -> Fiche:
    """A fiche like the demo ones: every text in three languages, each opening "Illustrative"."""
    names = {
        language: getattr(country, f"name_{language}") or country.name_en
        for language in ("en", "fr", "ar")
    }
    measure_names = {
        language: getattr(measure, f"name_{language}") or measure.name_en for language in names
    }
    texts = {field: FICHE_TEXTS.get(field, {}) for field in FICHE_TEXT_FIELDS}
    texts["national_description"] = {
        language: text.format(country=names[language], measure=measure_names[language])
        for language, text in FICHE_DESCRIPTION.items()
    }
    applicability = Fiche.Applicability.APPLICABLE
    if not_applicable:
        applicability = Fiche.Applicability.NOT_APPLICABLE
        texts["national_description"] = NOT_AVAILABLE_WITHOUT_ALTERNATIVE
    elif position % 7 == 3:
        applicability = Fiche.Applicability.PARTLY
    texts["channel_remarks"] = {
        language: " ".join(
            CHANNEL_SENTENCES[code][language] for code in CHANNEL_ORDER if code in channel_codes
        )
        for language in names
    }
    values = {}
    for field, field_texts in texts.items():
        values.update(translated(field, field_texts))
    return Fiche(
        country=country,
        measure=measure,
        applicability=applicability,
        receiving_authority=organisations.get(f"MoJ-{country.iso_code}"),
        executing_authority=organisations.get(EXECUTING_ORGANISATION),
        dual_criminality=DUAL_CRIMINALITY[position % len(DUAL_CRIMINALITY)],
        reviewer_label=REVIEWER_LABEL,
        last_reviewed_on=today - datetime.timedelta(days=reviewed_days_ago(position)),
        is_demo=True,
        **values,
    )


# --- Progress updates -----------------------------------------------------------------------


def _month_start(index: int) -> datetime.date:
    year, month = divmod(FIRST_MONTH.month - 1 + index, 12)
    return datetime.date(FIRST_MONTH.year + year, month + 1, 1)


def _periods_ensure(months: int) -> list[ReportingPeriod]:
    existing = {period.name: period for period in benchmark_periods()}
    periods = []
    for index in range(months):
        start = _month_start(index)
        name = f"{PERIOD_PREFIX}{start:%Y-%m}"
        if name not in existing:
            existing[name] = ReportingPeriod.objects.create(
                name=name,
                start=start,
                end=_month_start(index + 1) - datetime.timedelta(days=1),
                is_locked=index < months - 2,  # only the last two months take updates
            )
        periods.append(existing[name])
    return periods


def _review(month_index: int, months: int, rng: random.Random) -> str:
    """Approved, but for the last two months, which are still being reported and reviewed."""
    review = ProgressUpdate.Review
    if month_index == months - 1:
        return rng.choices(
            [review.APPROVED, review.SUBMITTED, review.DRAFT, review.RETURNED], [3, 4, 2, 1]
        )[0]
    if month_index == months - 2 and rng.random() < 0.1:
        return review.RETURNED
    return review.APPROVED


def _progress_updates_ensure(
    size: DatasetSize,
    countries: list[Country],
    member: AbstractBaseUser,
    sessions: list[Session],
    rng: random.Random,
) -> None:
    periods = _periods_ensure(size.months)
    pgos = Organisation.objects.get(acronym=EXECUTING_ORGANISATION)
    authors = {
        country.pk: _invented_user(
            f"coordinator.{country.iso_code.lower()}@{GENERATED_EMAIL_DOMAIN}",
            last_name=f"Coordinator {country.iso_code}",
            role=roles.COORDINATOR,
            country=country,
            organisation=pgos,
        )
        for country in countries
        if country.iso_code != BENCHMARK_MEMBER_COUNTRY
    }
    authors[member.country_id] = member
    authors[None] = _invented_user(
        REGIONAL_COORDINATOR_EMAIL,
        last_name="Regional Coordinator",
        role=roles.COORDINATOR,
        country=None,
        organisation=pgos,
    )
    reviewer = _invented_user(
        REVIEWER_EMAIL,
        last_name="PMT Reviewer",
        role=roles.PMT_STAFF,
        country=None,
        organisation=pgos,
    )
    existing = set(
        ProgressUpdate.objects.filter(period__in=periods).values_list(
            "indicator_id", "period_id", "country_id"
        )
    )
    review = ProgressUpdate.Review
    status = ProgressUpdate.Status
    new = []
    for indicator in Indicator.objects.order_by("pk"):
        for country_id in [None, *(country.pk for country in countries)]:
            started = rng.randint(0, size.months // 3)
            achieved = started + rng.randint(size.months // 3, size.months)
            for month_index, period in enumerate(periods):
                if (indicator.pk, period.pk, country_id) in existing:
                    continue
                reached = (
                    status.NOT_STARTED
                    if month_index < started
                    else status.ACHIEVED
                    if month_index >= achieved
                    else status.IN_PROGRESS
                )
                value = None
                if indicator.kind == Indicator.Kind.COUNT:
                    value = Decimal(rng.randint(1, 5) if reached != status.NOT_STARTED else 0)
                reviewed = _review(month_index, size.months, rng)
                submitted_at = reviewed_at = None
                if reviewed != review.DRAFT:
                    submitted_at = datetime.datetime.combine(
                        period.end + datetime.timedelta(days=3),
                        datetime.time(10),
                        tzinfo=datetime.UTC,
                    )
                if reviewed in (review.APPROVED, review.RETURNED):
                    reviewed_at = submitted_at + datetime.timedelta(days=4)
                new.append(
                    ProgressUpdate(
                        indicator=indicator,
                        period=period,
                        country_id=country_id,
                        value=value,
                        status=reached,
                        narrative=UPDATE_NARRATIVE.format(period=period.name)
                        if rng.random() < 0.3
                        else "",
                        evidence_session=rng.choice(sessions)
                        if sessions and reviewed == review.APPROVED and rng.random() < 0.05
                        else None,
                        review=reviewed,
                        review_comment=RETURNED_COMMENT if reviewed == review.RETURNED else "",
                        author=authors[country_id],
                        reviewed_by=reviewer if reviewed_at else None,
                        submitted_at=submitted_at,
                        reviewed_at=reviewed_at,
                    )
                )
    ProgressUpdate.objects.bulk_create(new, batch_size=2000)
