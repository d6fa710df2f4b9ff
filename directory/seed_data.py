"""Directory seed data: countries, organisations and crime areas named in the CrimEx seeds."""

COUNTRIES: list[dict] = [
    # South Partner Countries (SPCs)
    {
        "iso_code": "DZ",
        "group": "spc",
        "name": {"en": "Algeria", "fr": "Algérie", "ar": "الجزائر"},
    },
    {
        "iso_code": "EG",
        "group": "spc",
        "name": {"en": "Egypt", "fr": "Égypte", "ar": "مصر"},
    },
    {
        "iso_code": "IL",
        "group": "spc",
        "name": {"en": "Israel", "fr": "Israël", "ar": "إسرائيل"},
    },
    {
        "iso_code": "JO",
        "group": "spc",
        "name": {"en": "Jordan", "fr": "Jordanie", "ar": "الأردن"},
    },
    {
        "iso_code": "LB",
        "group": "spc",
        "name": {"en": "Lebanon", "fr": "Liban", "ar": "لبنان"},
    },
    {
        "iso_code": "LY",
        "group": "spc",
        "name": {"en": "Libya", "fr": "Libye", "ar": "ليبيا"},
    },
    {
        "iso_code": "MA",
        "group": "spc",
        "name": {"en": "Morocco", "fr": "Maroc", "ar": "المغرب"},
    },
    {
        "iso_code": "PS",
        "group": "spc",
        "name": {"en": "Palestine", "fr": "Palestine", "ar": "فلسطين"},
    },
    {
        "iso_code": "TN",
        "group": "spc",
        "name": {"en": "Tunisia", "fr": "Tunisie", "ar": "تونس"},
    },
    # EU Member States
    {
        "iso_code": "AT",
        "group": "eu",
        "name": {"en": "Austria", "fr": "Autriche", "ar": "النمسا"},
    },
    {
        "iso_code": "BE",
        "group": "eu",
        "name": {"en": "Belgium", "fr": "Belgique", "ar": "بلجيكا"},
    },
    {
        "iso_code": "BG",
        "group": "eu",
        "name": {"en": "Bulgaria", "fr": "Bulgarie", "ar": "بلغاريا"},
    },
    {
        "iso_code": "HR",
        "group": "eu",
        "name": {"en": "Croatia", "fr": "Croatie", "ar": "كرواتيا"},
    },
    {
        "iso_code": "CY",
        "group": "eu",
        "name": {"en": "Cyprus", "fr": "Chypre", "ar": "قبرص"},
    },
    {
        "iso_code": "CZ",
        "group": "eu",
        "name": {"en": "Czechia", "fr": "Tchéquie", "ar": "تشيكيا"},
    },
    {
        "iso_code": "DK",
        "group": "eu",
        "name": {"en": "Denmark", "fr": "Danemark", "ar": "الدانمرك"},
    },
    {
        "iso_code": "EE",
        "group": "eu",
        "name": {"en": "Estonia", "fr": "Estonie", "ar": "إستونيا"},
    },
    {
        "iso_code": "FI",
        "group": "eu",
        "name": {"en": "Finland", "fr": "Finlande", "ar": "فنلندا"},
    },
    {
        "iso_code": "FR",
        "group": "eu",
        "name": {"en": "France", "fr": "France", "ar": "فرنسا"},
    },
    {
        "iso_code": "DE",
        "group": "eu",
        "name": {"en": "Germany", "fr": "Allemagne", "ar": "ألمانيا"},
    },
    {
        "iso_code": "GR",
        "group": "eu",
        "name": {"en": "Greece", "fr": "Grèce", "ar": "اليونان"},
    },
    {
        "iso_code": "HU",
        "group": "eu",
        "name": {"en": "Hungary", "fr": "Hongrie", "ar": "هنغاريا"},
    },
    {
        "iso_code": "IE",
        "group": "eu",
        "name": {"en": "Ireland", "fr": "Irlande", "ar": "آيرلندا"},
    },
    {
        "iso_code": "IT",
        "group": "eu",
        "name": {"en": "Italy", "fr": "Italie", "ar": "إيطاليا"},
    },
    {
        "iso_code": "LV",
        "group": "eu",
        "name": {"en": "Latvia", "fr": "Lettonie", "ar": "لاتفيا"},
    },
    {
        "iso_code": "LT",
        "group": "eu",
        "name": {"en": "Lithuania", "fr": "Lituanie", "ar": "ليتوانيا"},
    },
    {
        "iso_code": "LU",
        "group": "eu",
        "name": {"en": "Luxembourg", "fr": "Luxembourg", "ar": "لكسمبرغ"},
    },
    {
        "iso_code": "MT",
        "group": "eu",
        "name": {"en": "Malta", "fr": "Malte", "ar": "مالطة"},
    },
    {
        "iso_code": "NL",
        "group": "eu",
        "name": {"en": "Netherlands", "fr": "Pays-Bas", "ar": "هولندا"},
    },
    {
        "iso_code": "PL",
        "group": "eu",
        "name": {"en": "Poland", "fr": "Pologne", "ar": "بولندا"},
    },
    {
        "iso_code": "PT",
        "group": "eu",
        "name": {"en": "Portugal", "fr": "Portugal", "ar": "البرتغال"},
    },
    {
        "iso_code": "RO",
        "group": "eu",
        "name": {"en": "Romania", "fr": "Roumanie", "ar": "رومانيا"},
    },
    {
        "iso_code": "SK",
        "group": "eu",
        "name": {"en": "Slovakia", "fr": "Slovaquie", "ar": "سلوفاكيا"},
    },
    {
        "iso_code": "SI",
        "group": "eu",
        "name": {"en": "Slovenia", "fr": "Slovénie", "ar": "سلوفينيا"},
    },
    {
        "iso_code": "ES",
        "group": "eu",
        "name": {"en": "Spain", "fr": "Espagne", "ar": "إسبانيا"},
    },
    {
        "iso_code": "SE",
        "group": "eu",
        "name": {"en": "Sweden", "fr": "Suède", "ar": "السويد"},
    },
]

ORGANISATIONS: list[dict] = [
    # EuroMed Justice and its own bodies
    {
        "acronym": "EMJ",
        "kind": "other",
        "country": None,
        "name": {"en": "EuroMed Justice", "fr": "EuroMed Justice", "ar": "يوروميد للعدالة"},
        "seeds": ["000", "001", "002", "003", "004"],
    },
    {
        "acronym": "CrimEx",
        "kind": "other",
        "country": None,
        "name": {
            "en": "EuroMed Justice Expert Group in Criminal Matters",
            "fr": "Groupe d’experts EuroMed Justice en matière pénale",
            "ar": "فريق خبراء يوروميد للعدالة في المسائل الجنائية",
        },
        "seeds": ["000", "001", "002", "003"],
    },
    {
        "acronym": "EMJNet",
        "kind": "network",
        "country": None,
        "name": {
            "en": "EuroMed Justice network of contact points",
            "fr": "Réseau de points de contact EuroMed Justice",
            "ar": "شبكة جهات الاتصال التابعة ليوروميد للعدالة",
        },
        "seeds": ["003"],
    },
    # EU agencies and their teams
    {
        "acronym": "Eurojust",
        "short_name": {"ar": "يوروجست"},
        "kind": "eu_agency",
        "country": None,
        "name": {
            "en": "European Union Agency for Criminal Justice Cooperation",
            "fr": "Agence de l’Union européenne pour la coopération judiciaire en matière pénale",
            "ar": "وكالة الاتحاد الأوروبي للتعاون في مجال العدالة الجنائية",
        },
        "seeds": ["000", "001", "002", "003"],
    },
    {
        "acronym": "Eurojust ATT",
        "kind": "eu_agency",
        "country": None,
        "name": {
            "en": "Eurojust Anti-Trafficking Team",
            "fr": "Équipe de lutte contre la traite des êtres humains d’Eurojust",
            "ar": "فريق مكافحة الاتجار بالبشر التابع ليوروجست",
        },
        "seeds": ["003"],
    },
    {
        "acronym": "Eurojust Ec. Crime",
        "kind": "eu_agency",
        "country": None,
        "name": {
            "en": "Eurojust Economic Crime Team",
            "fr": "Équipe « criminalité économique » d’Eurojust",
            "ar": "فريق الجرائم الاقتصادية التابع ليوروجست",
        },
        "seeds": ["003"],
    },
    {
        "acronym": "Europol",
        "short_name": {"ar": "يوروبول"},
        "kind": "eu_agency",
        "country": None,
        "name": {
            "en": "European Union Agency for Law Enforcement Cooperation",
            "fr": "Agence de l’Union européenne pour la coopération des services répressifs",
            "ar": "وكالة الاتحاد الأوروبي للتعاون في مجال إنفاذ القانون",
        },
        "seeds": ["002"],
    },
    # European networks and EuroMed Police
    {
        "acronym": "EJN",
        "short_name": {"fr": "RJE"},
        "kind": "network",
        "country": None,
        "name": {
            "en": "European Judicial Network in criminal matters",
            "fr": "Réseau judiciaire européen en matière pénale",
            "ar": "الشبكة القضائية الأوروبية في المسائل الجنائية",
        },
        "seeds": ["000", "001", "002", "003"],
    },
    {
        "acronym": "EJTN",
        "short_name": {"fr": "REFJ"},
        "kind": "network",
        "country": None,
        "name": {
            "en": "European Judicial Training Network",
            "fr": "Réseau européen de formation judiciaire",
            "ar": "الشبكة الأوروبية للتدريب القضائي",
        },
        "seeds": ["000"],
    },
    {
        "acronym": "EU Prosecutor Focus Group",
        "kind": "network",
        "country": None,
        "name": {
            "en": "EU Prosecutors Focus Group on anti-trafficking",
            "fr": (
                "Groupe thématique des procureurs de l’UE sur la lutte contre la traite des êtres "
                "humains"
            ),
            "ar": (
                "الفريق المتخصص لأعضاء النيابة العامة في الاتحاد الأوروبي المعني بمكافحة الاتجار "
                "بالبشر"
            ),
        },
        "seeds": ["003"],
    },
    {
        "acronym": "EuroMed Police",
        "kind": "other",
        "country": None,
        "name": {"en": "EuroMed Police", "fr": "EuroMed Police", "ar": "يوروميد للشرطة"},
        "seeds": ["000", "002", "004"],
    },
    # United Nations
    {
        "acronym": "UNODC",
        "short_name": {"fr": "ONUDC"},
        "kind": "un_body",
        "country": None,
        "name": {
            "en": "United Nations Office on Drugs and Crime",
            "fr": "Office des Nations unies contre la drogue et le crime",
            "ar": "مكتب الأمم المتحدة المعني بالمخدرات والجريمة",
        },
        "seeds": ["000", "002"],
    },
    {
        "acronym": "UN-CTED",
        "short_name": {"fr": "DECT"},
        "kind": "un_body",
        "country": None,
        "name": {
            "en": "United Nations Counter-Terrorism Committee Executive Directorate",
            "fr": "Direction exécutive du Comité contre le terrorisme",
            "ar": "المديرية التنفيذية للجنة مكافحة الإرهاب",
        },
        "seeds": ["000", "001", "002"],
    },
    # Other international organisations and networks
    {
        "acronym": "INTERPOL",
        "short_name": {"ar": "الإنتربول"},
        "kind": "international_organisation",
        "country": None,
        "name": {
            "en": "International Criminal Police Organization",
            "fr": "Organisation internationale de police criminelle",
            "ar": "المنظمة الدولية للشرطة الجنائية",
        },
        "seeds": ["002", "004"],
    },
    {
        "acronym": "CoE-CDPC",
        "kind": "international_organisation",
        "country": None,
        "name": {
            "en": "Council of Europe – European Committee on Crime Problems",
            "fr": "Conseil de l’Europe – Comité européen pour les problèmes criminels",
            "ar": "مجلس أوروبا – اللجنة الأوروبية المعنية بمشاكل الجريمة",
        },
        "seeds": ["000"],
    },
    {
        "acronym": "IAP",
        "short_name": {"fr": "AIPP"},
        "kind": "international_organisation",
        "country": None,
        "name": {
            "en": "International Association of Prosecutors",
            "fr": "Association internationale des procureurs et poursuivants",
            "ar": "الرابطة الدولية لأعضاء النيابة العامة",
        },
        "seeds": ["000", "002"],
    },
    {
        # Seed 003's "PGOs": the prosecutors general offices that adopted the action plans.
        "acronym": "PGOs",
        "kind": "prosecution_office",
        "country": None,
        "name": {
            "en": "Prosecutors general offices",
            "fr": "Parquets généraux",
            "ar": "النيابات العامة",
        },
        "seeds": ["003"],
    },
    {
        "acronym": "CARIN",
        "kind": "network",
        "country": None,
        "name": {
            "en": "Camden Asset Recovery Inter-Agency Network",
            "fr": "Réseau inter-agences Camden de recouvrement des avoirs",
            "ar": "شبكة كامدن المشتركة بين الوكالات لاسترداد الأصول",
        },
        "seeds": ["003"],
    },
    {
        "acronym": "EAJTN",
        "kind": "network",
        "country": None,
        "name": {
            "en": "Euro-Arab Judicial Training Network",
            "fr": "Réseau euro-arabe de formation judiciaire",
            "ar": "الشبكة الأوروبية العربية للتدريب القضائي",
        },
        "seeds": ["003"],
    },
    # National bodies of the EuroMed Justice key experts (seed 002)
    {
        "acronym": "FIIAPP",
        "kind": "other",
        "country": "ES",
        "name": {
            "en": (
                "International and Ibero-American Foundation for Administration and Public Policies"
            ),
            "fr": (
                "Fondation internationale et pour l’Ibéro-Amérique d’administration et de "
                "politiques publiques"
            ),
            "ar": "المؤسسة الدولية والأيبيرية الأمريكية للإدارة والسياسات العامة",
        },
        "seeds": ["002"],
    },
    {
        "acronym": "EIPA",
        "kind": "other",
        "country": "LU",
        "name": {
            "en": "European Institute of Public Administration",
            "fr": "Institut européen d’administration publique",
            "ar": "المعهد الأوروبي للإدارة العامة",
        },
        "seeds": ["002"],
    },
    # The ministries of justice of the South Partner Countries, which a fiche can name as the
    # authority that receives or executes a request. Not named in the seeds.
    {
        "acronym": "MoJ-DZ",
        "kind": "ministry",
        "country": "DZ",
        "name": {
            "en": "Ministry of Justice (Algeria)",
            "fr": "Ministère de la Justice (Algérie)",
            "ar": "وزارة العدل (الجزائر)",
        },
        "seeds": [],
    },
    {
        "acronym": "MoJ-EG",
        "kind": "ministry",
        "country": "EG",
        "name": {
            "en": "Ministry of Justice (Egypt)",
            "fr": "Ministère de la Justice (Égypte)",
            "ar": "وزارة العدل (مصر)",
        },
        "seeds": [],
    },
    {
        "acronym": "MoJ-IL",
        "kind": "ministry",
        "country": "IL",
        "name": {
            "en": "Ministry of Justice (Israel)",
            "fr": "Ministère de la Justice (Israël)",
            "ar": "وزارة العدل (إسرائيل)",
        },
        "seeds": [],
    },
    {
        "acronym": "MoJ-JO",
        "kind": "ministry",
        "country": "JO",
        "name": {
            "en": "Ministry of Justice (Jordan)",
            "fr": "Ministère de la Justice (Jordanie)",
            "ar": "وزارة العدل (الأردن)",
        },
        "seeds": [],
    },
    {
        "acronym": "MoJ-LB",
        "kind": "ministry",
        "country": "LB",
        "name": {
            "en": "Ministry of Justice (Lebanon)",
            "fr": "Ministère de la Justice (Liban)",
            "ar": "وزارة العدل (لبنان)",
        },
        "seeds": [],
    },
    {
        "acronym": "MoJ-LY",
        "kind": "ministry",
        "country": "LY",
        "name": {
            "en": "Ministry of Justice (Libya)",
            "fr": "Ministère de la Justice (Libye)",
            "ar": "وزارة العدل (ليبيا)",
        },
        "seeds": [],
    },
    {
        "acronym": "MoJ-MA",
        "kind": "ministry",
        "country": "MA",
        "name": {
            "en": "Ministry of Justice (Morocco)",
            "fr": "Ministère de la Justice (Maroc)",
            "ar": "وزارة العدل (المغرب)",
        },
        "seeds": [],
    },
    {
        "acronym": "MoJ-PS",
        "kind": "ministry",
        "country": "PS",
        "name": {
            "en": "Ministry of Justice (Palestine)",
            "fr": "Ministère de la Justice (Palestine)",
            "ar": "وزارة العدل (فلسطين)",
        },
        "seeds": [],
    },
    {
        "acronym": "MoJ-TN",
        "kind": "ministry",
        "country": "TN",
        "name": {
            "en": "Ministry of Justice (Tunisia)",
            "fr": "Ministère de la Justice (Tunisie)",
            "ar": "وزارة العدل (تونس)",
        },
        "seeds": [],
    },
]

CRIME_AREAS: list[dict] = [
    # Seed 004: core priority areas
    {
        "slug": "terrorism",
        "category": "core",
        "order": 1,
        "name": {"en": "Terrorism", "fr": "Terrorisme", "ar": "الإرهاب"},
    },
    {
        "slug": "cybercrime",
        "category": "core",
        "order": 2,
        "name": {"en": "Cybercrime", "fr": "Cybercriminalité", "ar": "الجريمة السيبرانية"},
    },
    {
        "slug": "irregular-migration-and-human-trafficking",
        "category": "core",
        "order": 3,
        "name": {
            "en": (
                "Irregular migration supported by criminal networks and trafficking of human beings"
            ),
            "fr": (
                "Migration irrégulière soutenue par des réseaux criminels et traite des êtres "
                "humains"
            ),
            "ar": "الهجرة غير النظامية المدعومة من الشبكات الإجرامية والاتجار بالبشر",
        },
    },
    {
        "slug": "firearms-trafficking",
        "category": "core",
        "order": 4,
        "name": {
            "en": "Firearms trafficking",
            "fr": "Trafic d’armes à feu",
            "ar": "الاتجار بالأسلحة النارية",
        },
    },
    {
        "slug": "drug-trafficking",
        "category": "core",
        "order": 5,
        "name": {
            "en": "Drug trafficking",
            "fr": "Trafic de stupéfiants",
            "ar": "الاتجار بالمخدرات",
        },
    },
    # Seed 004: cross-cutting subjects
    {
        "slug": "document-fraud",
        "category": "cross_cutting",
        "order": 6,
        "name": {"en": "Document fraud", "fr": "Fraude documentaire", "ar": "تزوير الوثائق"},
    },
    {
        "slug": "financial-investigations",
        "category": "cross_cutting",
        "order": 7,
        "name": {
            "en": "Financial investigations",
            "fr": "Enquêtes financières",
            "ar": "التحقيقات المالية",
        },
    },
    {
        "slug": "money-laundering",
        "category": "cross_cutting",
        "order": 8,
        "name": {"en": "Money laundering", "fr": "Blanchiment de capitaux", "ar": "غسل الأموال"},
    },
    {
        "slug": "border-controls",
        "category": "cross_cutting",
        "order": 9,
        "name": {"en": "Border controls", "fr": "Contrôles aux frontières", "ar": "مراقبة الحدود"},
    },
    {
        "slug": "criminal-analysis",
        "category": "cross_cutting",
        "order": 10,
        "name": {"en": "Criminal analysis", "fr": "Analyse criminelle", "ar": "التحليل الجنائي"},
    },
    # Seed 003: themes of Action Plans A and B
    {
        "slug": "trafficking-in-human-beings",
        "category": "action_plan",
        "order": 11,
        "name": {
            "en": "Trafficking in human beings",
            "fr": "Traite des êtres humains",
            "ar": "الاتجار بالبشر",
        },
    },
    {
        "slug": "smuggling-of-migrants",
        "category": "action_plan",
        "order": 12,
        "name": {
            "en": "Smuggling of migrants",
            "fr": "Trafic illicite de migrants",
            "ar": "تهريب المهاجرين",
        },
    },
    {
        "slug": "confiscation-and-asset-recovery",
        "category": "action_plan",
        "order": 13,
        "name": {
            "en": "Confiscation of crime proceeds and asset recovery",
            "fr": "Confiscation des produits du crime et recouvrement des avoirs",
            "ar": "مصادرة عائدات الجريمة واسترداد الأصول",
        },
    },
]

# The roles a contact can hold in the network (issue: EMJ directory).
CONTACT_ROLES: list[dict] = [
    {
        "code": "crimex-member",
        "name": {"en": "CrimEx member", "fr": "Membre de CrimEx", "ar": "عضو في CrimEx"},
    },
    {
        "code": "emj-contact-point",
        "name": {
            "en": "EMJ / EMJNet contact point",
            "fr": "Point de contact EMJ / EMJNet",
            "ar": "جهة اتصال EMJ / EMJNet",
        },
    },
    {
        "code": "eurojust-contact-point",
        "name": {
            "en": "Eurojust contact point",
            "fr": "Point de contact d’Eurojust",
            "ar": "جهة اتصال يوروجست",
        },
    },
    {
        "code": "ejn-contact-point",
        "name": {
            "en": "EJN contact point",
            "fr": "Point de contact du RJE",
            "ar": "جهة اتصال الشبكة القضائية الأوروبية",
        },
    },
    {
        "code": "central-authority",
        "name": {"en": "Central authority", "fr": "Autorité centrale", "ar": "السلطة المركزية"},
    },
    {
        "code": "asset-recovery",
        "name": {
            "en": "CARIN / asset recovery office",
            "fr": "CARIN / bureau de recouvrement des avoirs",
            "ar": "CARIN / مكتب استرداد الأصول",
        },
    },
    {
        "code": "cybercrime-24-7",
        "name": {
            "en": "Cybercrime 24/7 contact point",
            "fr": "Point de contact cybercriminalité 24/7",
            "ar": "جهة اتصال الجرائم السيبرانية على مدار الساعة",
        },
    },
    {
        "code": "liaison-magistrate",
        "name": {"en": "Liaison magistrate", "fr": "Magistrat de liaison", "ar": "قاضي اتصال"},
    },
]

LANGUAGES: list[dict] = [
    {"code": "ar", "name": {"en": "Arabic", "fr": "arabe", "ar": "العربية"}},
    {"code": "en", "name": {"en": "English", "fr": "anglais", "ar": "الإنجليزية"}},
    {"code": "fr", "name": {"en": "French", "fr": "français", "ar": "الفرنسية"}},
    {"code": "es", "name": {"en": "Spanish", "fr": "espagnol", "ar": "الإسبانية"}},
    {"code": "it", "name": {"en": "Italian", "fr": "italien", "ar": "الإيطالية"}},
    {"code": "de", "name": {"en": "German", "fr": "allemand", "ar": "الألمانية"}},
    {"code": "he", "name": {"en": "Hebrew", "fr": "hébreu", "ar": "العبرية"}},
    {"code": "pt", "name": {"en": "Portuguese", "fr": "portugais", "ar": "البرتغالية"}},
]
