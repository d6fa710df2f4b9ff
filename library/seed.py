"""The CrimEx documents that the source documents name, seeded as library entries whose file is
not yet supplied: PMT only have to attach the files. Titles are the seeds' own words."""

import datetime

from crimex_portal.seeding import SeedTally, upsert
from directory.models import Country
from library.models import LibraryDocument
from sessions.models import Session

SECOND_SESSION = {"number": 2, "part": 0}
FIFTH_SESSION = {"number": 5, "part": 2}
SEED_001 = "Seed 001: news of the 2nd CrimEx session (May 2017)"
SEED_002 = "Seed 002: agenda of the 5th CrimEx session, second part (January 2018)"

DOCUMENTS = [
    {
        "key": "handbook",
        "kind": LibraryDocument.Kind.HANDBOOK,
        "title": {
            "en": "Handbook on Judicial and Law Enforcement Cooperation in Criminal Matters",
            "fr": "Manuel de coopération judiciaire et policière en matière pénale",
            "ar": "دليل التعاون القضائي والتعاون بين أجهزة إنفاذ القانون في المسائل الجنائية",
        },
        "sessions": [SECOND_SESSION],
        "source": SEED_001,
    },
    {
        "key": "legal-analysis",
        "kind": LibraryDocument.Kind.ANALYSIS,
        "title": {"en": "Legal Analysis", "fr": "Analyse juridique", "ar": "التحليل القانوني"},
        "sessions": [SECOND_SESSION],
        "source": SEED_001,
    },
    {
        "key": "gaps-analysis",
        "kind": LibraryDocument.Kind.ANALYSIS,
        "title": {"en": "Gaps Analysis", "fr": "Analyse des lacunes", "ar": "تحليل الثغرات"},
        "sessions": [SECOND_SESSION],
        "source": SEED_001,
    },
    {
        "key": "digital-evidence-manual",
        "kind": LibraryDocument.Kind.MANUAL,
        "title": {
            "en": "Digital Evidence Manual",
            "fr": "Manuel sur la preuve numérique",
            "ar": "دليل الأدلة الرقمية",
        },
        "sessions": [FIFTH_SESSION],
        "source": SEED_002,
    },
    {
        "key": "conclusions-5",
        "kind": LibraryDocument.Kind.CONCLUSIONS,
        "title": {
            "en": "CrimEx Final Debates and Conclusions, 5th CrimEx Session",
            "fr": "Débats finaux et conclusions de CrimEx, 5e session de CrimEx",
            "ar": "المناقشات الختامية والاستنتاجات، الدورة الخامسة لـ CrimEx",
        },
        "date": datetime.date(2018, 1, 25),
        "sessions": [FIFTH_SESSION],
        "source": SEED_002,
    },
]

# "Tour de table" of seed 002, in its order: each country presents its national report.
NATIONAL_REPORTS = [
    ("DZ", "Algeria", "de l’Algérie", "الجزائر"),
    ("MA", "Morocco", "du Maroc", "المغرب"),
    ("TN", "Tunisia", "de la Tunisie", "تونس"),
    ("JO", "Jordan", "de la Jordanie", "الأردن"),
    ("IL", "Israel", "d’Israël", "إسرائيل"),
    ("EG", "Egypt", "de l’Égypte", "مصر"),
    ("PS", "Palestine", "de la Palestine", "فلسطين"),
    ("LB", "Lebanon", "du Liban", "لبنان"),
]

for iso_code, english, french, arabic in NATIONAL_REPORTS:
    DOCUMENTS.append(
        {
            "key": f"national-report-{iso_code.lower()}",
            "kind": LibraryDocument.Kind.NATIONAL_REPORT,
            "title": {
                "en": f"National report of {english} on the measures taken for the "
                "implementation of the Maastricht Roadmap on National Coordination",
                "fr": f"Rapport national {french} sur les mesures prises pour la mise en œuvre "
                "de la feuille de route de Maastricht sur la coordination nationale",
                "ar": f"التقرير الوطني لـ{arabic} بشأن التدابير المتخذة لتنفيذ خارطة طريق "
                "ماستريخت بشأن التنسيق الوطني",
            },
            "date": datetime.date(2018, 1, 25),
            "countries": [iso_code],
            "sessions": [FIFTH_SESSION],
            "source": SEED_002,
        }
    )


def load_library(tally: SeedTally) -> None:
    countries = Country.objects.in_bulk(field_name="iso_code")
    for row in DOCUMENTS:
        sessions = [
            session
            for lookup in row["sessions"]
            if (session := Session.objects.filter(**lookup).first())
        ]
        upsert(
            LibraryDocument,
            key=f"library.librarydocument:{row['key']}",
            lookup={"title_en": row["title"]["en"]},
            values={
                "title_fr": row["title"]["fr"],
                "title_ar": row["title"]["ar"],
                "source_note": row["source"],
                "kind": row["kind"],
                "date": row.get("date"),
                "visibility": LibraryDocument.Visibility.MEMBERS,
            },
            links={
                "countries": [
                    countries[code] for code in row.get("countries", []) if code in countries
                ],
                "sessions": sessions,
            },
            tally=tally,
        )
