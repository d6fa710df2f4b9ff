"""Illustrative demo fiches: invented content that shows the format of a fiche until the national
authorities validate real text.

Every text opens with "Illustrative" ("Exemple illustratif", "À titre illustratif", "مثال توضيحي",
"على سبيل التوضيح"), names no article, date, deadline or fee, and leaves the legal basis to be
confirmed by the national authority; `is_demo` makes the portal show a warning. Only the
universal conventions are attached, as an illustration: which regional and bilateral treaties
bind each country is not recorded.
"""

import dataclasses
import datetime

from django.conf import settings
from django.utils import timezone

from crimex_portal.seeding import SeedTally, translated, upsert
from directory import seed_data as directory_seed_data
from directory.models import Country, Language, Organisation
from fiches.models import Channel, Fiche, Instrument, Measure
from fiches.translation import FICHE_TEXT_FIELDS

Texts = dict[str, str]  # by language: en, fr, ar

REVIEWER_LABEL = "EuroMed Justice PMT (illustrative)"
EXECUTING_ORGANISATION = "PGOs"
CENTRAL_AUTHORITY_CHANNEL = "central-authority"

# French needs the preposition and article that go with each country's name.
IN_COUNTRY_FR = {
    "DZ": "en Algérie",
    "EG": "en Égypte",
    "IL": "en Israël",
    "JO": "en Jordanie",
    "LB": "au Liban",
    "LY": "en Libye",
    "MA": "au Maroc",
    "PS": "en Palestine",
    "TN": "en Tunisie",
}

ACCEPTED_LANGUAGES = {
    "DZ": ("ar", "fr"),
    "EG": ("ar", "en"),
    "IL": ("he", "en"),
    "JO": ("ar", "en"),
    "LB": ("ar", "fr", "en"),
    "LY": ("ar", "en"),
    "MA": ("ar", "fr"),
    "PS": ("ar", "en"),
    "TN": ("ar", "fr"),
}

# Members of the League of Arab States: their extradition fiche shows the illustrative remark on
# the extradition of nationals.
ARAB_LEAGUE = frozenset({"DZ", "EG", "JO", "LB", "LY", "MA", "PS", "TN"})

# Where the demo shows direct contact between judicial authorities for the hearing of witnesses.
DIRECT_JUDICIAL_HEARINGS = frozenset({"DZ", "MA", "TN"})

COMMON_TEXTS: dict[str, Texts] = {
    "legal_framework_remarks": {
        "en": "Illustrative: bilateral and regional treaties to be listed by the national "
        "authority.",
        "fr": "À titre illustratif : les traités bilatéraux et régionaux seront énumérés par "
        "l’autorité nationale.",
        "ar": "على سبيل التوضيح: تُدرج السلطة الوطنية المعاهدات الثنائية والإقليمية ذات الصلة.",
    },
    "authority_remarks": {
        "en": "Illustrative: the central authority forwards the request to the competent public "
        "prosecutor.",
        "fr": "À titre illustratif : l’autorité centrale transmet la demande au procureur "
        "compétent.",
        "ar": "على سبيل التوضيح: تُحيل السلطة المركزية الطلب إلى النيابة العامة المختصة.",
    },
    "language_remarks": {
        "en": "Illustrative: a translation into one of the accepted languages should accompany "
        "the request.",
        "fr": "À titre illustratif : la demande devrait être accompagnée d’une traduction dans "
        "l’une des langues acceptées.",
        "ar": "على سبيل التوضيح: ينبغي أن تُرفق بالطلب ترجمة إلى إحدى اللغات المقبولة.",
    },
    "costs": {
        "en": "Illustrative: no information on costs recorded yet; the national authority will "
        "say whether any costs are charged to the requesting State.",
        "fr": "À titre illustratif : aucune information sur les frais n’est encore enregistrée ; "
        "l’autorité nationale indiquera si des frais sont mis à la charge de l’État requérant.",
        "ar": "على سبيل التوضيح: لم تُسجَّل بعدُ أي معلومات عن التكاليف؛ وستبيّن السلطة الوطنية "
        "ما إذا كانت أي تكاليف تقع على عاتق الدولة الطالبة.",
    },
    "urgent_procedure": {
        "en": "Illustrative: urgent requests are handled as a priority; an advance copy may be "
        "sent to the central authority, followed by the original request.",
        "fr": "À titre illustratif : les demandes urgentes sont traitées en priorité ; une copie "
        "peut être adressée à l’avance à l’autorité centrale, suivie de la demande originale.",
        "ar": "على سبيل التوضيح: تحظى الطلبات العاجلة بالأولوية؛ ويمكن إرسال نسخة مسبقة إلى "
        "السلطة المركزية على أن يليها الطلب الأصلي.",
    },
    "execution_deadline": {
        "en": "Illustrative: no deadline recorded yet; urgent requests are handled as a priority.",
        "fr": "À titre illustratif : aucun délai n’est encore enregistré ; les demandes urgentes "
        "sont traitées en priorité.",
        "ar": "على سبيل التوضيح: لم تُسجَّل أي مهلة بعد؛ وتحظى الطلبات العاجلة بالأولوية في المعالجة.",
    },
}

# One sentence per channel, joined in CHANNEL_ORDER; the central authority's opens the text.
CHANNEL_SENTENCES: dict[str, Texts] = {
    CENTRAL_AUTHORITY_CHANNEL: {
        "en": "Illustrative: the request is sent to the central authority.",
        "fr": "À titre illustratif : la demande est adressée à l’autorité centrale.",
        "ar": "على سبيل التوضيح: يُوجَّه الطلب إلى السلطة المركزية.",
    },
    "direct-judicial": {
        "en": "Direct contact between judicial authorities may also be possible.",
        "fr": "Un contact direct entre autorités judiciaires peut également être envisagé.",
        "ar": "وقد يكون الاتصال المباشر بين السلطات القضائية ممكنًا أيضًا.",
    },
    "diplomatic": {
        "en": "It may also be sent through diplomatic channels.",
        "fr": "Elle peut aussi être transmise par la voie diplomatique.",
        "ar": "ويجوز أيضًا إرساله عبر القنوات الدبلوماسية.",
    },
    "interpol": {
        "en": "In urgent cases, an advance notice may be sent through INTERPOL, followed by the "
        "formal request.",
        "fr": "En cas d’urgence, un avis préalable peut être transmis par l’intermédiaire "
        "d’INTERPOL, suivi de la demande formelle.",
        "ar": "وفي الحالات العاجلة، يمكن إرسال إشعار مسبق عن طريق الإنتربول، يليه الطلب الرسمي.",
    },
}

NOT_AVAILABLE: Texts = {
    "en": "Illustrative example showing a measure that is not available; see the alternative "
    "measure.",
    "fr": "Exemple illustratif d’une mesure qui n’est pas disponible ; voir la mesure alternative.",
    "ar": "مثال توضيحي لتدبير غير متاح؛ انظر التدبير البديل.",
}
NOT_AVAILABLE_WITHOUT_ALTERNATIVE: Texts = {
    "en": "Illustrative example showing a measure that is not available; the national "
    "authority will indicate any other way to obtain the same result.",
    "fr": "Exemple illustratif d’une mesure qui n’est pas disponible ; l’autorité nationale "
    "indiquera tout autre moyen d’obtenir le même résultat.",
    "ar": "مثال توضيحي لتدبير غير متاح؛ وستبيّن السلطة الوطنية أي وسيلة أخرى لتحقيق النتيجة نفسها.",
}

NATIONALS_MAY_BE_REFUSED: Texts = {
    "en": " In this illustration, the extradition of the country’s own nationals may be refused.",
    "fr": " Dans cet exemple, l’extradition des ressortissants nationaux peut être refusée.",
    "ar": " وفي هذا المثال، يجوز رفض تسليم مواطني الدولة.",
}

_CONFIRM: Texts = {
    "en": "the national authority will confirm the legal basis and conditions.",
    "fr": "l’autorité nationale confirmera la base légale et les conditions.",
    "ar": "وستؤكد السلطة الوطنية الأساس القانوني والشروط.",
}


def _description(en: str, fr: str, ar: str) -> Texts:
    """'Illustrative example: in Morocco, <what>; the national authority will confirm ...'."""
    return {
        "en": f"Illustrative example: {{in_country}}, {en}; {_CONFIRM['en']}",
        "fr": f"Exemple illustratif : {{in_country}}, {fr} ; {_CONFIRM['fr']}",
        "ar": f"مثال توضيحي: {{in_country}}، {ar}؛ {_CONFIRM['ar']}",
    }


def _national_law(en: str, fr: str, ar: str) -> Texts:
    return {
        "en": f"Illustrative: {en} — articles to be confirmed by the national authority.",
        "fr": f"À titre illustratif : {fr} — articles à confirmer par l’autorité nationale.",
        "ar": f"على سبيل التوضيح: {ar} — على أن تؤكد السلطة الوطنية المواد المعنية.",
    }


_ASSET_LAWS = _national_law(
    "the code of criminal procedure and the law on money laundering",
    "le code de procédure pénale et la loi relative à la lutte contre le blanchiment de capitaux",
    "قانون الإجراءات الجنائية وقانون مكافحة غسل الأموال",
)


@dataclasses.dataclass(frozen=True)
class DemoMeasure:
    code: str
    description: Texts  # with {in_country}
    national_law: Texts
    formal_requirements: Texts
    other_information: Texts | None
    instruments: tuple[str, ...]
    channels: tuple[str, ...]  # besides the central authority
    alternative: str | None  # the measure to request where this one is not available
    dual_criminality: str = Fiche.DualCriminality.DEPENDS


DEMO_MEASURES: tuple[DemoMeasure, ...] = (
    DemoMeasure(
        code="501",
        description=_description(
            "assets can be frozen at the request of a foreign authority through a judicial order",
            "des avoirs peuvent être gelés à la demande d’une autorité étrangère au moyen d’une "
            "décision judiciaire",
            "يمكن تجميد الأصول بناءً على طلب سلطة أجنبية بموجب أمر قضائي",
        ),
        national_law=_ASSET_LAWS,
        formal_requirements={
            "en": "Illustrative: describe the assets and where they are held, explain their link "
            "with the offence, and attach the freezing order of the requesting authority if "
            "there is one.",
            "fr": "À titre illustratif : décrire les avoirs et le lieu où ils se trouvent, "
            "expliquer leur lien avec l’infraction et joindre, le cas échéant, la décision de gel "
            "de l’autorité requérante.",
            "ar": "على سبيل التوضيح: وصف الأصول ومكان وجودها، وبيان صلتها بالجريمة، وإرفاق أمر "
            "التجميد الصادر عن السلطة الطالبة إن وُجد.",
        },
        other_information={
            "en": "Illustrative: the national authority will say how long a freezing order "
            "remains in force and whether it must be renewed.",
            "fr": "À titre illustratif : l’autorité nationale précisera la durée de validité "
            "d’une décision de gel et s’il faut la renouveler.",
            "ar": "على سبيل التوضيح: ستبيّن السلطة الوطنية مدة سريان أمر التجميد وما إذا كان "
            "يلزم تجديده.",
        },
        instruments=("untoc", "uncac"),
        channels=("interpol",),
        alternative="502",
    ),
    DemoMeasure(
        code="502",
        description=_description(
            "a foreign confiscation order can be recognised and enforced through a judicial "
            "decision",
            "une décision de confiscation étrangère peut être reconnue et exécutée au moyen "
            "d’une décision judiciaire",
            "يمكن الاعتراف بحكم مصادرة أجنبي وتنفيذه بموجب قرار قضائي",
        ),
        national_law=_ASSET_LAWS,
        formal_requirements={
            "en": "Illustrative: attach the confiscation order or a certified copy, with "
            "information on the assets concerned and on the proceedings in which the order was "
            "made.",
            "fr": "À titre illustratif : joindre la décision de confiscation ou une copie "
            "certifiée conforme, avec des informations sur les avoirs concernés et sur la "
            "procédure dans laquelle la décision a été rendue.",
            "ar": "على سبيل التوضيح: إرفاق حكم المصادرة أو نسخة مصدَّقة منه، مع معلومات عن "
            "الأصول المعنية وعن الإجراءات التي صدر فيها الحكم.",
        },
        other_information={
            "en": "Illustrative: how confiscated assets are shared or returned is to be "
            "described by the national authority.",
            "fr": "À titre illustratif : le partage ou la restitution des avoirs confisqués sera "
            "décrit par l’autorité nationale.",
            "ar": "على سبيل التوضيح: ستصف السلطة الوطنية كيفية اقتسام الأصول المصادرة أو إعادتها.",
        },
        instruments=("untoc", "uncac"),
        channels=(),
        alternative="501",
    ),
    DemoMeasure(
        code="503",
        description=_description(
            "assets can be traced at the request of a foreign authority, for instance through "
            "property registers and financial enquiries",
            "des avoirs peuvent être recherchés et identifiés à la demande d’une autorité "
            "étrangère, par exemple au moyen des registres de propriété et d’enquêtes financières",
            "يمكن تعقّب الأصول بناءً على طلب سلطة أجنبية، من خلال سجلات الملكية والتحريات "
            "المالية مثلًا",
        ),
        national_law=_ASSET_LAWS,
        formal_requirements={
            "en": "Illustrative: identify the persons concerned and explain why the assets "
            "sought are linked to the offence.",
            "fr": "À titre illustratif : identifier les personnes concernées et expliquer en quoi "
            "les avoirs recherchés sont liés à l’infraction.",
            "ar": "على سبيل التوضيح: تحديد هوية الأشخاص المعنيين وبيان صلة الأصول المطلوب "
            "تعقّبها بالجريمة.",
        },
        other_information=None,
        instruments=("untoc", "uncac"),
        channels=(),
        alternative="401",
    ),
    DemoMeasure(
        code="401",
        description=_description(
            "information on bank accounts and banking operations can be obtained from banks at "
            "the request of a foreign authority through a judicial order",
            "des informations sur des comptes bancaires et des opérations bancaires peuvent être "
            "obtenues auprès des banques à la demande d’une autorité étrangère au moyen d’une "
            "décision judiciaire",
            "يمكن الحصول من المصارف على معلومات عن الحسابات المصرفية والعمليات المصرفية بناءً "
            "على طلب سلطة أجنبية بموجب أمر قضائي",
        ),
        national_law=_national_law(
            "the code of criminal procedure, the banking law and the law on money laundering",
            "le code de procédure pénale, la loi bancaire et la loi relative à la lutte contre le "
            "blanchiment de capitaux",
            "قانون الإجراءات الجنائية والقانون المصرفي وقانون مكافحة غسل الأموال",
        ),
        formal_requirements={
            "en": "Illustrative: identify the account holder and, where known, the bank and the "
            "account; explain why the information is relevant to the investigation.",
            "fr": "À titre illustratif : identifier le titulaire du compte et, s’ils sont connus, "
            "la banque et le compte ; expliquer en quoi les informations sont utiles à "
            "l’enquête.",
            "ar": "على سبيل التوضيح: تحديد هوية صاحب الحساب، وكذلك المصرف والحساب إن كانا "
            "معروفين؛ وبيان أهمية المعلومات للتحقيق.",
        },
        other_information={
            "en": "Illustrative: any rules on banking secrecy are to be described by the "
            "national authority.",
            "fr": "À titre illustratif : les règles éventuelles relatives au secret bancaire "
            "seront décrites par l’autorité nationale.",
            "ar": "على سبيل التوضيح: ستصف السلطة الوطنية أي قواعد متعلقة بالسرية المصرفية.",
        },
        instruments=("untoc", "uncac"),
        channels=(),
        alternative="503",
    ),
    DemoMeasure(
        code="702",
        description=_description(
            "a witness can be heard by a prosecutor or a judge at the request of a foreign "
            "authority",
            "un témoin peut être entendu par un procureur ou un juge à la demande d’une autorité "
            "étrangère",
            "يمكن لوكيل النيابة أو للقاضي سماع الشاهد بناءً على طلب سلطة أجنبية",
        ),
        national_law=_national_law(
            "the code of criminal procedure",
            "le code de procédure pénale",
            "قانون الإجراءات الجنائية",
        ),
        formal_requirements={
            "en": "Illustrative: give the identity and address of the witness and the questions "
            "to be asked, and say whether the requesting authority wishes to attend the hearing.",
            "fr": "À titre illustratif : indiquer l’identité et l’adresse du témoin ainsi que les "
            "questions à poser, et préciser si l’autorité requérante souhaite assister à "
            "l’audition.",
            "ar": "على سبيل التوضيح: بيان هوية الشاهد وعنوانه والأسئلة المراد طرحها عليه، "
            "وتوضيح ما إذا كانت السلطة الطالبة ترغب في حضور جلسة الاستماع.",
        },
        other_information={
            "en": "Illustrative: whether a witness can be heard by videoconference is to be "
            "confirmed by the national authority.",
            "fr": "À titre illustratif : la possibilité d’entendre un témoin par "
            "vidéoconférence sera confirmée par l’autorité nationale.",
            "ar": "على سبيل التوضيح: ستؤكد السلطة الوطنية مدى إمكانية سماع الشاهد عن طريق "
            "الاتصال المرئي.",
        },
        instruments=("untoc",),
        channels=(),  # direct judicial contact in DIRECT_JUDICIAL_HEARINGS
        alternative=None,
    ),
    DemoMeasure(
        code="406",
        description=_description(
            "stored computer data can be searched and seized at the request of a foreign authority",
            "des données informatiques stockées peuvent être recherchées et saisies à la "
            "demande d’une autorité étrangère",
            "يمكن تفتيش البيانات الحاسوبية المخزنة وضبطها بناءً على طلب سلطة أجنبية",
        ),
        national_law=_national_law(
            "the code of criminal procedure and the law on cybercrime",
            "le code de procédure pénale et la loi relative à la cybercriminalité",
            "قانون الإجراءات الجنائية وقانون مكافحة الجرائم الإلكترونية",
        ),
        formal_requirements={
            "en": "Illustrative: identify the data, the service provider or the device and the "
            "period concerned, and say whether the data have already been preserved.",
            "fr": "À titre illustratif : identifier les données, le fournisseur de services ou "
            "l’appareil et la période concernée, et préciser si les données ont déjà été "
            "conservées.",
            "ar": "على سبيل التوضيح: تحديد البيانات ومزوّد الخدمة أو الجهاز والفترة المعنية، "
            "وبيان ما إذا كانت البيانات قد حُفظت مسبقًا.",
        },
        other_information={
            "en": "Illustrative: a request for the expedited preservation of the data may "
            "precede the formal request; the national authority will confirm the procedure.",
            "fr": "À titre illustratif : une demande de conservation rapide des données peut "
            "précéder la demande formelle ; l’autorité nationale confirmera la procédure.",
            "ar": "على سبيل التوضيح: يمكن أن يسبق الطلبَ الرسميَّ طلبٌ بالحفظ العاجل للبيانات؛ "
            "وستؤكد السلطة الوطنية الإجراء المتبع.",
        },
        instruments=("untoc",),
        channels=(),
        alternative=None,
    ),
    DemoMeasure(
        code="901",
        description=_description(
            "a person can be extradited to the requesting State after a judicial procedure",
            "une personne peut être extradée vers l’État requérant à l’issue d’une procédure "
            "judiciaire",
            "يمكن تسليم الشخص المطلوب إلى الدولة الطالبة بعد إجراءات قضائية",
        ),
        national_law=_national_law(
            "the code of criminal procedure or a law on extradition",
            "le code de procédure pénale ou une loi relative à l’extradition",
            "قانون الإجراءات الجنائية أو قانون خاص بتسليم المجرمين",
        ),
        formal_requirements={
            "en": "Illustrative: attach the arrest warrant or the judgment, a statement of the "
            "facts, the legal provisions applicable and information on the identity and "
            "nationality of the person sought.",
            "fr": "À titre illustratif : joindre le mandat d’arrêt ou le jugement, un exposé des "
            "faits, les dispositions légales applicables et des informations sur l’identité et "
            "la nationalité de la personne recherchée.",
            "ar": "على سبيل التوضيح: إرفاق أمر القبض أو الحكم، وبيان بالوقائع، والنصوص "
            "القانونية المنطبقة، ومعلومات عن هوية الشخص المطلوب وجنسيته.",
        },
        other_information=None,
        instruments=("untoc",),
        channels=("diplomatic", "interpol"),
        alternative=None,
        dual_criminality=Fiche.DualCriminality.REQUIRED,
    ),
)
EXTRADITION = "901"
HEARING_OF_WITNESSES = "702"
CHANNEL_ORDER = (CENTRAL_AUTHORITY_CHANNEL, "direct-judicial", "diplomatic", "interpol")

EMPTY: Texts = {"en": "", "fr": "", "ar": ""}


@dataclasses.dataclass(frozen=True)
class DemoFiche:
    """One demo fiche, before it meets the database."""

    country: str  # ISO code
    measure: str  # code
    applicability: str
    texts: dict[str, Texts]  # every field of FICHE_TEXT_FIELDS
    alternative: str | None
    instruments: tuple[str, ...]
    channels: tuple[str, ...]
    languages: tuple[str, ...]
    dual_criminality: str
    reviewed_days_ago: int

    @property
    def receiving_authority(self) -> str:
        return f"MoJ-{self.country}"


def is_not_applicable(country_index: int, measure_index: int) -> bool:
    """Exactly one country per measure, a different one for each measure."""
    return (country_index + measure_index * 4) % 9 == 0


def reviewed_days_ago(position: int) -> int:
    """About one fiche in five was last reviewed more than twelve months ago (due for review);
    the others within the last year."""
    if position % 5 == 3:
        return 380 + 19 * (position % 7)
    return 7 + (position * 41) % 350


def _in_country(iso_code: str, names: Texts) -> Texts:
    return {"en": f"in {names['en']}", "fr": IN_COUNTRY_FR[iso_code], "ar": f"في {names['ar']}"}


def _channel_remarks(channels: tuple[str, ...]) -> Texts:
    return {
        language: " ".join(CHANNEL_SENTENCES[code][language] for code in channels)
        for language in EMPTY
    }


def demo_fiches() -> list[DemoFiche]:
    countries = [row for row in directory_seed_data.COUNTRIES if row["group"] == "spc"]
    missing = {row["iso_code"] for row in countries} ^ set(ACCEPTED_LANGUAGES)
    if missing:
        raise ValueError(f"Demo fiches and seed countries differ: {sorted(missing)}")
    fiches = []
    for country_index, row in enumerate(countries):
        iso_code = row["iso_code"]
        in_country = _in_country(iso_code, row["name"])
        for measure_index, measure in enumerate(DEMO_MEASURES):
            position = country_index * len(DEMO_MEASURES) + measure_index
            texts = {field: EMPTY for field in FICHE_TEXT_FIELDS}
            texts["legal_framework_remarks"] = COMMON_TEXTS["legal_framework_remarks"]
            texts["authority_remarks"] = COMMON_TEXTS["authority_remarks"]
            texts["language_remarks"] = COMMON_TEXTS["language_remarks"]
            if is_not_applicable(country_index, measure_index):
                channels: tuple[str, ...] = (CENTRAL_AUTHORITY_CHANNEL,)
                texts["national_description"] = (
                    NOT_AVAILABLE if measure.alternative else NOT_AVAILABLE_WITHOUT_ALTERNATIVE
                )
                texts["channel_remarks"] = _channel_remarks(channels)
                fiches.append(
                    DemoFiche(
                        country=iso_code,
                        measure=measure.code,
                        applicability=Fiche.Applicability.NOT_APPLICABLE,
                        texts=texts,
                        alternative=measure.alternative,
                        instruments=(),
                        channels=channels,
                        languages=ACCEPTED_LANGUAGES[iso_code],
                        dual_criminality="",
                        reviewed_days_ago=reviewed_days_ago(position),
                    )
                )
                continue
            applicability = Fiche.Applicability.APPLICABLE
            description = {
                language: text.format(in_country=in_country[language])
                for language, text in measure.description.items()
            }
            if measure.code == EXTRADITION and iso_code in ARAB_LEAGUE:
                applicability = Fiche.Applicability.PARTLY
                description = {
                    language: text + NATIONALS_MAY_BE_REFUSED[language]
                    for language, text in description.items()
                }
            extra_channels = set(measure.channels)
            if measure.code == HEARING_OF_WITNESSES and iso_code in DIRECT_JUDICIAL_HEARINGS:
                extra_channels.add("direct-judicial")
            channels = tuple(
                code
                for code in CHANNEL_ORDER
                if code == CENTRAL_AUTHORITY_CHANNEL or code in extra_channels
            )
            texts.update(COMMON_TEXTS)
            texts["national_description"] = description
            texts["national_law"] = measure.national_law
            texts["channel_remarks"] = _channel_remarks(channels)
            texts["formal_requirements"] = measure.formal_requirements
            texts["other_information"] = measure.other_information or EMPTY
            fiches.append(
                DemoFiche(
                    country=iso_code,
                    measure=measure.code,
                    applicability=applicability,
                    texts=texts,
                    alternative=None,
                    instruments=measure.instruments,
                    channels=channels,
                    languages=ACCEPTED_LANGUAGES[iso_code],
                    dual_criminality=measure.dual_criminality,
                    reviewed_days_ago=reviewed_days_ago(position),
                )
            )
    return fiches


def load_demo_fiches(tally: SeedTally) -> None:
    """One illustrative fiche per South Partner Country and demo measure.

    The review date is set when a fiche is created and left alone afterwards. A fiche edited,
    reviewed or validated in the portal (no longer a demo one) is left to its editors, like every
    seeded row (crimex_portal.seeding). Skipped where invented content has no place
    (CRIMEX_DEMO_CONTENT off).
    """
    if not settings.CRIMEX_DEMO_CONTENT:
        return
    entries = demo_fiches()
    countries = {country.iso_code: country for country in Country.objects.all()}
    measures = {measure.code: measure for measure in Measure.objects.all()}
    organisations = {
        organisation.acronym: organisation for organisation in Organisation.objects.all()
    }
    languages = {language.code: language for language in Language.objects.all()}
    channels = {channel.code: channel for channel in Channel.objects.all()}
    instruments = {instrument.slug: instrument for instrument in Instrument.objects.all()}
    _check_reference_data(
        entries,
        countries=countries,
        measures=measures,
        organisations=organisations,
        languages=languages,
        channels=channels,
        instruments=instruments,
    )
    today = timezone.localdate()
    for entry in entries:
        values = {
            "applicability": entry.applicability,
            "alternative_measure": measures[entry.alternative] if entry.alternative else None,
            "receiving_authority": organisations[entry.receiving_authority],
            "executing_authority": organisations[EXECUTING_ORGANISATION],
            "dual_criminality": entry.dual_criminality,
            "reviewer_label": REVIEWER_LABEL,
            "is_demo": True,
        }
        for field, texts in entry.texts.items():
            values.update(translated(field, texts))
        upsert(
            Fiche,
            lookup={"country": countries[entry.country], "measure": measures[entry.measure]},
            values=values,
            links={
                "instruments": [instruments[slug] for slug in entry.instruments],
                "accepted_languages": [languages[code] for code in entry.languages],
                "channels": [channels[code] for code in entry.channels],
            },
            initial={"last_reviewed_on": today - datetime.timedelta(days=entry.reviewed_days_ago)},
            tally=tally,
        )


def _check_reference_data(entries: list[DemoFiche], **loaded: dict) -> None:
    """The demo fiches point at the reference data of fiches.seed (measures, channels,
    instruments, ministries of justice): say what is missing rather than fail on a KeyError."""
    wanted = {
        "countries": {entry.country for entry in entries},
        "measures": {entry.measure for entry in entries}
        | {entry.alternative for entry in entries if entry.alternative},
        "organisations": {entry.receiving_authority for entry in entries}
        | {EXECUTING_ORGANISATION},
        "languages": {code for entry in entries for code in entry.languages},
        "channels": {code for entry in entries for code in entry.channels},
        "instruments": {slug for entry in entries for slug in entry.instruments},
    }
    missing = {name: sorted(codes - set(loaded[name])) for name, codes in wanted.items()}
    missing = {name: codes for name, codes in missing.items() if codes}
    if missing:
        raise LookupError(
            "The demo fiches need the fiches reference data (load it first, with "
            f"fiches.seed.load_fiche_reference_data); missing: {missing}"
        )
