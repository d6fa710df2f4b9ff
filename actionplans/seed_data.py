"""Action Plans A and B of seed 003: the plans' titles and the French and Arabic translations of
their tables.

The tables themselves are the tab-separated files in ``seed/`` (PLAN_FILES), in the portal's
import format, with the seed's English wording kept as written. TRANSLATIONS is keyed by the
English text exactly as it appears in those cells: goal titles without their number, each
description point between " || " separators, each indicator without its code, and each source of
data. Participating entities are organisations (directory seed) and are not translated here.
"""

PLAN_FILES = {"A": "plan_a.tsv", "B": "plan_b.tsv"}

PLANS: dict[str, dict] = {
    "A": {
        "title": {
            "en": (
                "Countering the trafficking in human beings and smuggling of migrants within the "
                "cross-Mediterranean region"
            ),
            "fr": (
                "Lutte contre la traite des êtres humains et le trafic illicite de migrants dans "
                "la région transméditerranéenne"
            ),
            "ar": "مكافحة الاتجار بالبشر وتهريب المهاجرين في منطقة البحر الأبيض المتوسط بضفّتيها",
        },
        "short_title": {
            "en": "Trafficking in human beings and smuggling of migrants",
            "fr": "Traite des êtres humains et trafic illicite de migrants",
            "ar": "الاتجار بالبشر وتهريب المهاجرين",
        },
        "crime_areas": ["trafficking-in-human-beings", "smuggling-of-migrants"],
    },
    "B": {
        "title": {
            "en": (
                "Cross-Mediterranean judicial cooperation on confiscation of crime proceeds and "
                "assets recovery"
            ),
            "fr": (
                "Coopération judiciaire transméditerranéenne en matière de confiscation des "
                "produits du crime et de recouvrement des avoirs"
            ),
            "ar": (
                "التعاون القضائي عبر البحر الأبيض المتوسط في مجال مصادرة عائدات الجريمة "
                "واسترداد الأصول"
            ),
        },
        "short_title": {
            "en": "Confiscation of crime proceeds and asset recovery",
            "fr": "Confiscation des produits du crime et recouvrement des avoirs",
            "ar": "مصادرة عائدات الجريمة واسترداد الأصول",
        },
        "crime_areas": ["confiscation-and-asset-recovery"],
    },
}

# Plan A, action 3.1: its second indicator is printed "3.2 b)" in the adopted plan. The portal shows
# that code and says so, rather than renumbering it. (In Arabic, left-to-right marks U+200E around
# the codes keep "3.2 b)" from reading "(b 3.2", in browsers and in WeasyPrint's PDFs alike.)
PRINTED_CODE_NOTE: dict[str, str] = {
    "en": "printed {printed} in the adopted plan, under action {reference}",
    "fr": "imprimé {printed} dans le plan adopté, sous l’action {reference}",
    "ar": "ورد بالرمز \u200e{printed}\u200e في الخطة المعتمدة، ضمن الإجراء \u200e{reference}\u200e",
}

TRANSLATIONS: dict[str, dict[str, str]] = {
    # Strategic goals (both plans)
    "Capacity development": {
        "fr": "Renforcement des capacités",
        "ar": "تنمية القدرات",
    },
    "Operational coop.": {
        "fr": "Coopération opérationnelle",
        "ar": "التعاون العملياتي",
    },
    "MLA speed up": {
        "fr": "Accélération de l’entraide judiciaire (MLA)",
        "ar": "تسريع المساعدة القانونية المتبادلة (MLA)",
    },
    "Direct Contacts": {
        "fr": "Contacts directs",
        "ar": "الاتصالات المباشرة",
    },
    "Planning Cycle": {
        "fr": "Cycle de planification",
        "ar": "دورة التخطيط",
    },
    "Organisational aspects": {
        "fr": "Aspects organisationnels",
        "ar": "الجوانب التنظيمية",
    },
    # Plan A: descriptions of action
    "PGO, in coordination with Judicial Institutes to organise joint trainings, study visits, exchanges of experience on countering trafficking of human beings and smuggling of migrants ; Training sessions may encompass CrimEx Docs and Tools, EMJ legal and gaps analyses": {
        "fr": (
            "Organisation par les parquets généraux (PGOs), en coordination avec les instituts "
            "judiciaires, de formations conjointes, de visites d’étude et d’échanges "
            "d’expériences en matière de lutte contre la traite des êtres humains et le trafic "
            "illicite de migrants ; les sessions de formation peuvent porter sur les documents et "
            "outils de CrimEx ainsi que sur les analyses juridiques et les analyses des lacunes "
            "d’EMJ"
        ),
        "ar": (
            "تتولى النيابات العامة (PGOs)، بالتنسيق مع المعاهد القضائية، تنظيم دورات تدريبية "
            "مشتركة وزيارات دراسية وتبادل الخبرات في مجال مكافحة الاتجار بالبشر وتهريب "
            "المهاجرين؛ ويجوز أن تشمل الدورات التدريبية وثائق CrimEx وأدواتها، والتحليلات "
            "القانونية وتحليلات الثغرات الصادرة عن EMJ"
        ),
    },
    "Explore the possibility to set up of operational groups on countering the trafficking of human beings and smuggling of migrants; these operational platforms must correspond geographically to criminal realities observed on the grounds (e.g. following the model of quadrilateral of chief prosecutors from Belgium, France, Spain and Morocco)": {
        "fr": (
            "Étudier la possibilité de mettre en place des groupes opérationnels de lutte contre "
            "la traite des êtres humains et le trafic illicite de migrants ; ces plateformes "
            "opérationnelles doivent correspondre géographiquement aux réalités criminelles "
            "observées sur le terrain (par exemple sur le modèle du groupe quadrilatéral des "
            "procureurs généraux de Belgique, de France, d’Espagne et du Maroc)"
        ),
        "ar": (
            "بحث إمكانية إنشاء مجموعات عملياتية لمكافحة الاتجار بالبشر وتهريب المهاجرين؛ ويجب "
            "أن تتطابق هذه المنصات العملياتية جغرافيًا مع الوقائع الإجرامية المرصودة ميدانيًا "
            "(على سبيل المثال، على غرار الآلية الرباعية التي تضم رؤساء النيابات العامة في "
            "بلجيكا وفرنسا وإسبانيا والمغرب)"
        ),
    },
    "Support the set-up of EMJNet sub-group specialised in anti-trafficking in order to:": {
        "fr": (
            "Soutenir la mise en place d’un sous-groupe d’EMJNet spécialisé dans la lutte contre "
            "la traite des êtres humains, afin de :"
        ),
        "ar": "دعم إنشاء فريق فرعي ضمن EMJNet متخصص في مكافحة الاتجار بالبشر، من أجل:",
    },
    "Facilitate the first contact, speed up the process, monitor, ensure fluidity and expedite the judicial cooperation": {
        "fr": (
            "Faciliter le premier contact, accélérer la procédure, en assurer le suivi, garantir "
            "la fluidité de la coopération judiciaire et la rendre plus rapide"
        ),
        "ar": (
            "تيسير الاتصال الأول، وتسريع الإجراءات ومتابعتها، وضمان سلاسة التعاون القضائي "
            "والتعجيل به"
        ),
    },
    "Establish a cross-Mediterranean culture of operational cooperation and collaboration between prosecutors": {
        "fr": (
            "Instaurer une culture transméditerranéenne de coopération opérationnelle et de "
            "collaboration entre procureurs"
        ),
        "ar": (
            "إرساء ثقافة للتعاون العملياتي والعمل المشترك بين أعضاء النيابة العامة على ضفّتي "
            "البحر الأبيض المتوسط"
        ),
    },
    "Jointly debate and identify practical solutions": {
        "fr": "Débattre conjointement de solutions pratiques et les définir",
        "ar": "التداول المشترك بشأن الحلول العملية وتحديدها",
    },
    "Exchange of experiences and best practices - ensure initial advise on national legal framework, judicial system and the requirements for replying to a MLA request and the application of bilateral and multilateral agreements (e.g.: who to address; how to fill an MLA or rogatory letter; what channels to use)": {
        "fr": (
            "Échange d’expériences et de bonnes pratiques – fournir des conseils initiaux sur le "
            "cadre juridique national, le système judiciaire et les conditions requises pour "
            "répondre à une demande d’entraide judiciaire (MLA) et pour appliquer les accords "
            "bilatéraux et multilatéraux (par exemple : à qui s’adresser ; comment remplir une "
            "demande d’entraide judiciaire ou une commission rogatoire ; quels canaux utiliser)"
        ),
        "ar": (
            "تبادل الخبرات وأفضل الممارسات – تقديم المشورة الأولية بشأن الإطار القانوني الوطني "
            "والنظام القضائي والشروط المطلوبة للرد على طلب المساعدة القانونية المتبادلة (MLA) "
            "ولتطبيق الاتفاقيات الثنائية ومتعددة الأطراف (مثلًا: الجهة التي ينبغي مخاطبتها؛ "
            "وكيفية ملء طلب المساعدة القانونية المتبادلة أو الإنابة القضائية؛ والقنوات الواجب "
            "استخدامها)"
        ),
    },
    "Identify possible solutions to the problems and the obstacles encountered in the execution of requests for mutual assistance": {
        "fr": (
            "Définir des solutions possibles aux problèmes et aux obstacles rencontrés dans "
            "l’exécution des demandes d’entraide judiciaire"
        ),
        "ar": (
            "تحديد الحلول الممكنة للمشاكل والعقبات التي تعترض تنفيذ طلبات المساعدة القانونية "
            "المتبادلة"
        ),
    },
    "For initial contacts use of the EMJ Directory Eurojust Contact Points": {
        "fr": (
            "Pour les premiers contacts, utilisation de l’annuaire d’EMJ et des points de contact "
            "d’Eurojust"
        ),
        "ar": "استخدام دليل EMJ وجهات اتصال يوروجست لإجراء الاتصالات الأولية",
    },
    "CrimEx and PGOs with EMJ support will monitor the implementation of the strategic plan and continue to design action plans and methodologies to counter illegal trafficking": {
        "fr": (
            "CrimEx et les parquets généraux (PGOs), avec l’appui d’EMJ, assureront le suivi de "
            "la mise en œuvre du plan stratégique et continueront d’élaborer des plans d’action "
            "et des méthodologies de lutte contre les trafics illicites"
        ),
        "ar": (
            "يتولى فريق CrimEx والنيابات العامة (PGOs)، بدعم من EMJ، متابعة تنفيذ الخطة "
            "الاستراتيجية، ويواصلان إعداد خطط العمل والمنهجيات الرامية إلى مكافحة الاتجار غير "
            "المشروع"
        ),
    },
    "Explore and identify practical and sustainable solutions to streamline the cooperation between PGOs and prosecutors' networks in countering THB in EuroMed region.": {
        "fr": (
            "Étudier et définir des solutions pratiques et durables pour fluidifier la "
            "coopération entre les parquets généraux (PGOs) et les réseaux de procureurs dans la "
            "lutte contre la traite des êtres humains (THB) dans la région EuroMed."
        ),
        "ar": (
            "بحث وتحديد حلول عملية ومستدامة لتيسير التعاون بين النيابات العامة (PGOs) وشبكات "
            "أعضاء النيابة العامة في مجال مكافحة الاتجار بالبشر (THB) في منطقة يوروميد."
        ),
    },
    # Plan B: descriptions of action
    "PGOs in coordination with Judicial Institutes to organise joint trainings study visits, exchanges of experience on freezing, confiscation of proceeds of crime and assets recovery; Training sessions may encompass CrimEx Docs and Tools, EMJ legal and gaps analyses, manual on international cooperation freezing, confiscation of proceeds of crime and assets recovery": {
        "fr": (
            "Organisation par les parquets généraux (PGOs), en coordination avec les instituts "
            "judiciaires, de formations conjointes, de visites d’étude et d’échanges "
            "d’expériences en matière de gel, de confiscation des produits du crime et de "
            "recouvrement des avoirs ; les sessions de formation peuvent porter sur les documents "
            "et outils de CrimEx, sur les analyses juridiques et les analyses des lacunes d’EMJ "
            "ainsi que sur le manuel relatif à la coopération internationale en matière de gel, "
            "de confiscation des produits du crime et de recouvrement des avoirs"
        ),
        "ar": (
            "تتولى النيابات العامة (PGOs)، بالتنسيق مع المعاهد القضائية، تنظيم دورات تدريبية "
            "مشتركة وزيارات دراسية وتبادل الخبرات في مجال تجميد عائدات الجريمة ومصادرتها "
            "واسترداد الأصول؛ ويجوز أن تشمل الدورات التدريبية وثائق CrimEx وأدواتها، والتحليلات "
            "القانونية وتحليلات الثغرات الصادرة عن EMJ، والدليل المتعلق بالتعاون الدولي في مجال "
            "تجميد عائدات الجريمة ومصادرتها واسترداد الأصول"
        ),
    },
    "Strengthen prosecutors possibility to cooperate with foreign jurisdictions, to identify, secure, and apply provisional measures, to use cyber tools, criminal finances investigations techniques and related to cryptocurrencies Cooperate with LEA, FIU, Central Authorities, AROs": {
        "fr": (
            "Renforcer les possibilités pour les procureurs de coopérer avec les juridictions "
            "étrangères, d’identifier et de sécuriser les avoirs et d’appliquer des mesures "
            "provisoires, d’utiliser les outils numériques et les techniques d’enquête financière "
            "en matière pénale, y compris celles liées aux cryptomonnaies ; coopérer avec les "
            "services répressifs (LEA), les cellules de renseignement financier (FIU), les "
            "autorités centrales et les bureaux de recouvrement des avoirs (AROs)"
        ),
        "ar": (
            "تعزيز إمكانيات أعضاء النيابة العامة في التعاون مع الجهات القضائية الأجنبية، وفي "
            "تحديد الأصول وتأمينها وتطبيق التدابير المؤقتة، وفي استخدام الأدوات السيبرانية "
            "وتقنيات التحقيقات المالية الجنائية، بما فيها التقنيات المتعلقة بالعملات المشفرة؛ "
            "والتعاون مع أجهزة إنفاذ القانون (LEA) ووحدات المعلومات المالية (FIU) والسلطات "
            "المركزية ومكاتب استرداد الأصول (AROs)"
        ),
    },
    "Explore the possibility to use UN UNTOC and UNCAC provisions and CoE Warsaw Convention Pre- MLA request planning Access to CARIN network": {
        "fr": (
            "Étudier la possibilité de recourir aux dispositions de la Convention des Nations "
            "unies contre la criminalité transnationale organisée (UNTOC) et de la Convention des "
            "Nations unies contre la corruption (UNCAC), ainsi qu’à la Convention de Varsovie du "
            "Conseil de l’Europe ; planification en amont des demandes d’entraide judiciaire "
            "(MLA) ; accès au réseau CARIN"
        ),
        "ar": (
            "بحث إمكانية الاستفادة من أحكام اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر "
            "الوطنية (UNTOC) واتفاقية الأمم المتحدة لمكافحة الفساد (UNCAC)، ومن اتفاقية وارسو "
            "لمجلس أوروبا؛ والتخطيط المسبق لطلبات المساعدة القانونية المتبادلة (MLA)؛ والوصول "
            "إلى شبكة CARIN"
        ),
    },
    "Use of the EMJ Directory Eurojust Contact Points CARIN network": {
        "fr": (
            "Utilisation de l’annuaire d’EMJ, des points de contact d’Eurojust et du réseau CARIN"
        ),
        "ar": "استخدام دليل EMJ وجهات اتصال يوروجست وشبكة CARIN",
    },
    "Collection and analyse of statistical data on freezing and confiscation;": {
        "fr": "Collecte et analyse des données statistiques relatives au gel et à la confiscation",
        "ar": "جمع البيانات الإحصائية المتعلقة بالتجميد والمصادرة وتحليلها",
    },
    "Explore and identify practical solutions to streamline the cooperation between PGOs and relevant justice practitioners 'networks on freezing, confiscation of proceeds of crime and assets recovery": {
        "fr": (
            "Étudier et définir des solutions pratiques pour fluidifier la coopération entre les "
            "parquets généraux (PGOs) et les réseaux de praticiens de la justice compétents en "
            "matière de gel, de confiscation des produits du crime et de recouvrement des avoirs"
        ),
        "ar": (
            "بحث وتحديد حلول عملية لتيسير التعاون بين النيابات العامة (PGOs) وشبكات الممارسين "
            "المعنيين في قطاع العدالة بشأن تجميد عائدات الجريمة ومصادرتها واسترداد الأصول"
        ),
    },
    # Indicators (both plans; codes such as "2.2.a)" are not part of the text)
    "Number of trainings, visits and exchanges": {
        "fr": "Nombre de formations, de visites et d’échanges",
        "ar": "عدد الدورات التدريبية والزيارات وعمليات تبادل الخبرات",
    },
    "Number of operational groups established": {
        "fr": "Nombre de groupes opérationnels créés",
        "ar": "عدد المجموعات العملياتية المنشأة",
    },
    "EMJNet sub-group specialised in anti-trafficking established": {
        "fr": (
            "Mise en place du sous-groupe d’EMJNet spécialisé dans la lutte contre la traite des "
            "êtres humains"
        ),
        "ar": "إنشاء الفريق الفرعي ضمن EMJNet المتخصص في مكافحة الاتجار بالبشر",
    },
    "It liaises with EU Prosecutors Focus Group on anti-trafficking and other networks": {
        "fr": (
            "Le sous-groupe assure la liaison avec le Groupe thématique des procureurs de l’UE "
            "sur la lutte contre la traite des êtres humains et avec d’autres réseaux"
        ),
        "ar": (
            "يتولى الفريق الفرعي التنسيق مع الفريق المتخصص لأعضاء النيابة العامة في الاتحاد "
            "الأوروبي المعني بمكافحة الاتجار بالبشر ومع الشبكات الأخرى"
        ),
    },
    "Share POs concrete experiences and challenges when cooperating in migrant smuggling cases across the Mediterranean.": {
        "fr": (
            "Partage, par les parquets (POs), de leurs expériences concrètes et des difficultés "
            "rencontrées dans la coopération en matière d’affaires de trafic illicite de migrants "
            "à travers la Méditerranée."
        ),
        "ar": (
            "تبادل النيابات العامة (POs) تجاربها الملموسة والتحديات التي تواجهها عند التعاون في "
            "قضايا تهريب المهاجرين عبر البحر الأبيض المتوسط."
        ),
    },
    "Initial advise is provided": {
        "fr": "Des conseils initiaux sont fournis",
        "ar": "تقديم المشورة الأولية",
    },
    "Number of initial contacts": {
        "fr": "Nombre de premiers contacts",
        "ar": "عدد الاتصالات الأولية",
    },
    "Implementation report": {
        "fr": "Rapport de mise en œuvre",
        "ar": "تقرير التنفيذ",
    },
    "Draft of the next action plan": {
        "fr": "Projet du prochain plan d’action",
        "ar": "مشروع خطة العمل المقبلة",
    },
    "Solutions explored and proposed": {
        "fr": "Solutions étudiées et proposées",
        "ar": "الحلول التي جرى بحثها واقتراحها",
    },
    "No of cases": {
        "fr": "Nombre d’affaires",
        "ar": "عدد القضايا",
    },
    "Share POs concrete experiences, challenges and possible solutions when cooperating in MLA request across the Mediterranean.": {
        "fr": (
            "Partage, par les parquets (POs), de leurs expériences concrètes, des difficultés "
            "rencontrées et des solutions possibles dans la coopération en matière de demandes "
            "d’entraide judiciaire (MLA) à travers la Méditerranée."
        ),
        "ar": (
            "تبادل النيابات العامة (POs) تجاربها الملموسة والتحديات التي تواجهها والحلول "
            "الممكنة عند التعاون في طلبات المساعدة القانونية المتبادلة (MLA) عبر البحر الأبيض "
            "المتوسط."
        ),
    },
    "Pre - MLA advise is provided": {
        "fr": "Des conseils préalables aux demandes d’entraide judiciaire (MLA) sont fournis",
        "ar": "تقديم المشورة المسبقة بشأن طلبات المساعدة القانونية المتبادلة (MLA)",
    },
    "SPCs accession to CARIN": {
        "fr": "Adhésion des pays partenaires du Sud (SPCs) au réseau CARIN",
        "ar": "انضمام الدول الشريكة الجنوبية (SPCs) إلى شبكة CARIN",
    },
    "Contacts established": {
        "fr": "Contacts établis",
        "ar": "الاتصالات التي أُقيمت",
    },
    "Analyse of the statistical data and proposed actions": {
        "fr": "Analyse des données statistiques et actions proposées",
        "ar": "تحليل البيانات الإحصائية والإجراءات المقترحة",
    },
    "Solutions identified and proposed": {
        "fr": "Solutions définies et proposées",
        "ar": "الحلول التي جرى تحديدها واقتراحها",
    },
    # Sources of data (both plans)
    "PGOs": {
        "fr": "Parquets généraux (PGOs)",
        "ar": "النيابات العامة (PGOs)",
    },
    "EMJ reports": {
        "fr": "Rapports d’EMJ",
        "ar": "تقارير EMJ",
    },
    "CrimEx": {
        "fr": "CrimEx",
        "ar": "CrimEx",
    },
    "Eurojust": {
        "fr": "Eurojust",
        "ar": "Eurojust",
    },
    "EJN": {
        "fr": "Réseau judiciaire européen (RJE)",
        "ar": "الشبكة القضائية الأوروبية",
    },
    "Open sources": {
        "fr": "Sources ouvertes",
        "ar": "المصادر المفتوحة",
    },
}
