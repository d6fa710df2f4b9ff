"""The CrimEx sessions described in seeds 001 and 002."""

SESSIONS: list[dict] = [
    {
        # Seed 001: report of the 2nd CrimEx session.
        "number": 2,
        "part": 0,
        "kind": "regular",
        "start_date": "2017-05-08",
        "end_date": "2017-05-11",
        "status": "held",
        "title": {
            "en": "Coordination at national level as a stepping stone towards cross-border cooperation",
            "fr": "La coordination au niveau national, tremplin vers la coopération transfrontalière",
            "ar": "التنسيق على المستوى الوطني كخطوة نحو التعاون عبر الحدود",
        },
        "summary": {
            "en": (
                "During the second session the CrimEx members discussed, among other matters, models "
                "of national coordination among different authorities and agencies as a stepping "
                "stone towards regional, south-south and north-south judicial cooperation in criminal "
                "matters."
            ),
            "fr": (
                "Au cours de la deuxième session, les membres de CrimEx ont notamment examiné des "
                "modèles de coordination nationale entre les différentes autorités et agences, "
                "tremplin vers la coopération judiciaire régionale, Sud-Sud et Nord-Sud en matière "
                "pénale."
            ),
            "ar": (
                "خلال الدورة الثانية، ناقش أعضاء CrimEx، من بين مسائل أخرى، نماذج التنسيق الوطني "
                "بين مختلف السلطات والأجهزة كخطوة نحو التعاون القضائي الإقليمي، جنوب-جنوب "
                "وشمال-جنوب، في المسائل الجنائية."
            ),
        },
    },
    {
        # Seed 002: agenda of the Second Part of the 5th (special) CrimEx session.
        "number": 5,
        "part": 2,
        "kind": "special",
        "start_date": "2018-01-24",
        "end_date": "2018-01-25",
        "status": "held",
        "title": {
            "en": "Ways to enhance informal cooperation",
            "fr": "Moyens de renforcer la coopération informelle",
            "ar": "سبل تعزيز التعاون غير الرسمي",
        },
        "summary": {
            "en": (
                "The Second Part of the 5th CrimEx shall explore the possibility to enhance, besides "
                "the mutual legal assistance, the informal cooperation, inter alia through the "
                "International Association of Prosecutors (IAP), the expansion of the INTERPOL "
                "I-24/7 network, and strengthened use of the INTERPOL Foreign Terrorist Fighters "
                "database."
            ),
            "fr": (
                "La deuxième partie de la 5e session CrimEx examinera la possibilité de renforcer, "
                "outre l'entraide judiciaire, la coopération informelle, notamment par "
                "l'intermédiaire de l'Association internationale des procureurs (IAP), l'extension "
                "du réseau I-24/7 d'INTERPOL et une utilisation accrue de la base de données "
                "d'INTERPOL sur les combattants terroristes étrangers."
            ),
            "ar": (
                "سيبحث الجزء الثاني من الدورة الخامسة لـ CrimEx إمكانية تعزيز التعاون غير الرسمي، "
                "إلى جانب المساعدة القانونية المتبادلة، وذلك من خلال جملة أمور منها الرابطة الدولية "
                "للمدعين العامين (IAP)، وتوسيع شبكة الإنتربول I-24/7، وتعزيز استخدام قاعدة بيانات "
                "الإنتربول الخاصة بالمقاتلين الإرهابيين الأجانب."
            ),
        },
    },
]
