"""An invented upcoming session, so that a new user finds a session to open, register for and add to
their calendar. It is marked as demo content (`is_demo`) on every page and in its report, every
text says it is invented, and it is loaded only while CRIMEX_DEMO_CONTENT is on.

Its dates are set six weeks after the day it is first loaded and left alone afterwards; the
agenda's days follow the session's first day.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from crimex_portal.seeding import SeedTally, settle_leftovers, translated, upsert
from sessions.models import Session, SessionObjective
from sessions.seed import load_agenda

DEMO_NUMBER = 6
WEEKS_AHEAD = 6

TITLE = {
    "en": "Demo: obtaining electronic evidence across the Mediterranean",
    "fr": "Démonstration : l’obtention de la preuve électronique en Méditerranée",
    "ar": "عرض تجريبي: الحصول على الأدلة الإلكترونية عبر البحر الأبيض المتوسط",
}
SUMMARY = {
    "en": "Invented demo content: this session is not planned. It shows how members find an "
    "upcoming session, read its agenda, add it to their calendar and register.",
    "fr": "Contenu de démonstration inventé : cette session n’est pas prévue. Elle montre comment "
    "les membres trouvent une session à venir, consultent son ordre du jour, l’ajoutent à leur "
    "calendrier et s’y inscrivent.",
    "ar": "محتوى تجريبي مُختلَق: هذه الدورة غير مقرَّرة. وهي تبيّن كيف يجد الأعضاء دورةً مقبلة، "
    "ويطّلعون على جدول أعمالها، ويضيفونها إلى تقويمهم، ويسجّلون للمشاركة فيها.",
}
OBJECTIVES = (
    {
        "en": "Demo objective: compare how requests for electronic evidence are sent and executed",
        "fr": "Objectif de démonstration : comparer la transmission et l’exécution des demandes "
        "de preuves électroniques",
        "ar": "هدف تجريبي: مقارنة كيفية إرسال طلبات الأدلة الإلكترونية وتنفيذها",
    },
    {
        "en": "Demo objective: list the contact points for the urgent preservation of data",
        "fr": "Objectif de démonstration : recenser les points de contact pour la conservation "
        "rapide des données",
        "ar": "هدف تجريبي: حصر جهات الاتصال المعنية بالحفظ العاجل للبيانات",
    },
)
# (day, start, end, kind, title): day 0 is the session's first day.
AGENDA = (
    (0, "09:00", "09:30", "opening", {
        "en": "Opening (demo)",
        "fr": "Ouverture (démonstration)",
        "ar": "الافتتاح (عرض تجريبي)",
    }),
    (0, "09:30", "11:00", "presentation", {
        "en": "Demo presentation: preserving and obtaining electronic evidence",
        "fr": "Présentation de démonstration : conserver et obtenir la preuve électronique",
        "ar": "عرض تجريبي: حفظ الأدلة الإلكترونية والحصول عليها",
    }),
    (0, "11:00", "11:30", "break", {
        "en": "Coffee break",
        "fr": "Pause-café",
        "ar": "استراحة قهوة",
    }),
    (0, "11:30", "13:00", "debate", {
        "en": "Demo debate: mutual legal assistance and direct requests to service providers",
        "fr": "Débat de démonstration : l’entraide judiciaire et les demandes directes aux "
        "fournisseurs de services",
        "ar": "نقاش تجريبي: المساعدة القانونية المتبادلة والطلبات المباشرة إلى مزوّدي الخدمات",
    }),
    (0, "13:00", "14:30", "lunch", {
        "en": "Lunch",
        "fr": "Déjeuner",
        "ar": "غداء",
    }),
    (1, "09:30", "11:00", "tour_de_table", {
        "en": "Tour de table (demo): national practice",
        "fr": "Tour de table (démonstration) : la pratique nationale",
        "ar": "جولة حول الطاولة (عرض تجريبي): الممارسة الوطنية",
    }),
    (1, "11:00", "12:00", "conclusions", {
        "en": "Conclusions (demo)",
        "fr": "Conclusions (démonstration)",
        "ar": "الاستنتاجات (عرض تجريبي)",
    }),
)  # fmt: skip


def first_day(today: datetime.date) -> datetime.date:
    """A Tuesday about six weeks ahead."""
    ahead = today + datetime.timedelta(weeks=WEEKS_AHEAD)
    return ahead + datetime.timedelta(days=(1 - ahead.weekday()) % 7)


def load_demo_session(tally: SeedTally) -> None:
    """The demo 6th session, published, upcoming, with objectives and a two-day agenda."""
    if not settings.CRIMEX_DEMO_CONTENT:
        return
    start = first_day(timezone.localdate())
    session = upsert(
        Session,
        lookup={"number": DEMO_NUMBER, "part": Session.Part.WHOLE},
        values={
            "kind": Session.Kind.REGULAR,
            "status": Session.Status.PLANNED,
            "is_published": True,  # members see it among the upcoming sessions
            "is_demo": True,
            "working_languages": ["en", "fr"],
            "interpretation_languages": ["ar", "en", "fr"],
            **translated("title", TITLE),
            **translated("summary", SUMMARY),
        },
        initial={"start_date": start, "end_date": start + datetime.timedelta(days=1)},
        tally=tally,
    )
    if session is None:  # deleted in the portal, or a real 6th session holds its number
        return
    objectives = []
    for order, title in enumerate(OBJECTIVES, start=1):
        objective = upsert(
            SessionObjective,
            lookup={"session": session, "order": order},
            values=translated("title", title),
            tally=tally,
        )
        objectives += [objective.pk] if objective else []
    settle_leftovers(SessionObjective.objects.filter(session=session), objectives, tally)
    items = []
    for day, begins, ends, kind, title in AGENDA:
        items.append(
            (
                # The key names the day by its rank: the dates follow the session's.
                f"day={day};start={begins}",
                {
                    "date": session.start_date + datetime.timedelta(days=day),
                    "start_time": datetime.time.fromisoformat(begins),
                    "end_time": datetime.time.fromisoformat(ends),
                    "kind": kind,
                    "organisations": [],
                    **translated("title", title),
                },
            )
        )
    load_agenda(session, items, tally)
