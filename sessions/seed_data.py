"""The CrimEx sessions described in seeds 001 and 002.

Only what the seeds say: the 2nd session's report has no objectives, no experts and no venue (its
contact person is the session's contact); the 5th session's agenda names speakers only where the
seed does ("by the EuroMed Justice Key Experts", "introduction by PMT"). An item presenting INTERPOL
or EUROPOL practice names the organisation in its title, not as a speaker.
"""

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
            "en": (
                "Coordination at national level as a stepping stone towards cross-border "
                "cooperation"
            ),
            "fr": (
                "La coordination au niveau national, tremplin vers la coopération transfrontalière"
            ),
            "ar": "التنسيق على المستوى الوطني كخطوة نحو التعاون عبر الحدود",
        },
        # The report has no summary of its own: its paragraphs are the background, its roadmap the
        # outcome. Nothing is repeated, and no objective is made up from the press release.
        "summary": None,
        "venue_city": None,
        "venue_country": None,
        "working_languages": [],
        "interpretation_languages": [],
        "moderation": None,
        "methodology": None,
        "objectives": [],
        "background": {
            "en": (
                "From the 8th - 11th of May 2017, EuroMed Justice organised the second CrimEx "
                "session, gathering justice practitioners in criminal matters from seven South "
                "Partner Countries (SPCs) – concretely, Algeria, Egypt, Jordan, Israel, Morocco, "
                "Palestine and Tunisia - and European and international experts, including "
                "representatives from EUROJUST, European Judicial Network and the UN's Counter "
                "Terrorism Directorate (UNCTED).\n"
                "\n"
                "During the second session the CrimEx members discussed, among other matters, "
                "models of national coordination among different authorities and agencies as a "
                "stepping stone towards regional, south-south and north-south judicial "
                "cooperation in criminal matters. Challenges facing their national responses to "
                "transnational crime were identified and best practices in this field were "
                "shared.\n"
                "\n"
                "CrimEx members also continued work on the Gaps and Legal analyses, the "
                "elaboration of the Handbook on Judicial and Law Enforcement Cooperation in "
                "Criminal Matters, and the updated EuroMed Fiches (based on the European Judicial "
                "Network's Fiches Belges).\n"
                "\n"
                "The CrimEx group will meet over a period of two years (2017 and 2018) and "
                "functions as a regional forum devoted to Euro-Mediterranean cooperation on "
                "criminal justice."
            ),
            "fr": (
                "Du 8 au 11 mai 2017, EuroMed Justice a organisé la deuxième session de CrimEx, "
                "réunissant des praticiens de la justice en matière pénale de sept pays "
                "partenaires du Sud – concrètement, l’Algérie, l’Égypte, la Jordanie, Israël, le "
                "Maroc, la Palestine et la Tunisie – ainsi que des experts européens et "
                "internationaux, dont des représentants d’EUROJUST, du Réseau judiciaire européen "
                "et de la Direction exécutive du Comité contre le terrorisme des Nations unies "
                "(UNCTED).\n"
                "\n"
                "Au cours de la deuxième session, les membres de CrimEx ont notamment examiné des "
                "modèles de coordination nationale entre les différentes autorités et agences, "
                "tremplin vers la coopération judiciaire régionale, Sud-Sud et Nord-Sud en "
                "matière pénale. Les défis auxquels se heurtent leurs réponses nationales à la "
                "criminalité transnationale ont été identifiés et les bonnes pratiques en la "
                "matière ont été partagées.\n"
                "\n"
                "Les membres de CrimEx ont également poursuivi leurs travaux sur les analyses des "
                "lacunes et les analyses juridiques, l’élaboration du Manuel sur la coopération "
                "judiciaire et policière en matière pénale, ainsi que les Fiches EuroMed "
                "actualisées (fondées sur les Fiches belges du Réseau judiciaire européen).\n"
                "\n"
                "Le groupe CrimEx se réunira sur une période de deux ans (2017 et 2018) et fait "
                "office de forum régional consacré à la coopération euro-méditerranéenne en "
                "matière de justice pénale."
            ),
            "ar": (
                "في الفترة من 8 إلى 11 مايو 2017، نظّم يوروميد للعدالة الدورة الثانية لـ "
                "CrimEx، التي جمعت ممارسين في مجال العدالة في المسائل الجنائية من سبع دول شريكة "
                "جنوبية (SPCs) – وهي تحديداً الجزائر ومصر والأردن وإسرائيل والمغرب وفلسطين وتونس "
                "– إلى جانب خبراء أوروبيين ودوليين، من بينهم ممثلون عن EUROJUST والشبكة القضائية "
                "الأوروبية والمديرية التنفيذية للجنة مكافحة الإرهاب التابعة للأمم المتحدة "
                "(UNCTED).\n"
                "\n"
                "خلال الدورة الثانية، ناقش أعضاء CrimEx، من بين مسائل أخرى، نماذج التنسيق الوطني "
                "بين مختلف السلطات والأجهزة كخطوة نحو التعاون القضائي الإقليمي، جنوب-جنوب "
                "وشمال-جنوب، في المسائل الجنائية. وحُدِّدت التحديات التي تواجه استجاباتهم الوطنية "
                "للجريمة عبر الوطنية، وجرى تبادل أفضل الممارسات في هذا المجال.\n"
                "\n"
                "كما واصل أعضاء CrimEx العمل على تحليلات الثغرات والتحليلات القانونية، وإعداد "
                "الدليل المتعلق بالتعاون القضائي والتعاون في مجال إنفاذ القانون في المسائل "
                "الجنائية، وبطاقات يوروميد المحدَّثة (المستندة إلى «البطاقات البلجيكية» (Fiches "
                "Belges) الخاصة بالشبكة القضائية الأوروبية).\n"
                "\n"
                "وسيجتمع فريق CrimEx على مدى عامين (2017 و2018)، ويعمل بوصفه منتدى إقليمياً "
                "مكرَّساً للتعاون الأورومتوسطي في مجال العدالة الجنائية."
            ),
        },
        "participating_countries": ["DZ", "EG", "JO", "IL", "MA", "PS", "TN"],
        "participating_organisations": ["Eurojust", "EJN", "UN-CTED", "EMJ"],
        # The report names Ms. Dania Samoul as the person to contact, not as an expert of the session.
        "experts": [],
        "contact": {
            "en": (
                "For further information on the CrimEx session, please contact the Project "
                "Management Team: info@euromed-justice or the Project Coordinator, Ms. Dania "
                "Samoul: dania.samoul@euromed-justice.eu."
            ),
            "fr": (
                "Pour de plus amples informations sur la session de CrimEx, veuillez contacter "
                "l’équipe de gestion du projet\u202f: info@euromed-justice, ou la coordinatrice du "
                "projet, Mme Dania Samoul\u202f: dania.samoul@euromed-justice.eu."
            ),
            "ar": (
                "لمزيد من المعلومات حول دورة CrimEx، يُرجى الاتصال بفريق إدارة المشروع: "
                "info@euromed-justice، أو بمنسقة المشروع، السيدة دانيا سامول: "
                "dania.samoul@euromed-justice.eu."
            ),
        },
        "outcomes": [
            {
                "kind": "roadmap",
                "title": {
                    "en": "Roadmap towards national platforms of coordination",
                    "fr": "Feuille de route vers des plateformes nationales de coordination",
                    "ar": "خارطة الطريق نحو منصات وطنية للتنسيق",
                },
                "description": {
                    "en": (
                        "The session debating national platforms developed a roadmap, which will "
                        "guide the South Partner Countries specifically on creating platforms for "
                        "coordination at national level that should be multi-layered, "
                        "multi-jurisdictional and involve multiple agencies fighting cross-border "
                        "crime. The main function of holistic national coordination is the "
                        "provision of strategic guidance on national priorities, the "
                        "harmonisation of governmental efforts to tackle cross-border crime, and "
                        "to enable collaboration with international judicial and law enforcement "
                        "authorities."
                    ),
                    "fr": (
                        "La session consacrée aux plateformes nationales a élaboré une feuille de "
                        "route, qui guidera spécifiquement les pays partenaires du Sud dans la "
                        "création de plateformes de coordination au niveau national, lesquelles "
                        "devraient être multiniveaux, multijuridictionnelles et associer de "
                        "multiples agences luttant contre la criminalité transfrontalière. La "
                        "fonction principale d’une coordination nationale globale est de fournir "
                        "des orientations stratégiques sur les priorités nationales, d’harmoniser "
                        "les efforts gouvernementaux de lutte contre la criminalité "
                        "transfrontalière et de permettre la collaboration avec les autorités "
                        "judiciaires et répressives internationales."
                    ),
                    "ar": (
                        "ووضعت الجلسة المخصصة لمناقشة المنصات الوطنية خارطة طريق سترشد الدول "
                        "الشريكة الجنوبية تحديداً بشأن إنشاء منصات للتنسيق على المستوى الوطني، "
                        "ينبغي أن تكون متعددة المستويات ومتعددة الولايات القضائية وأن تشمل أجهزة "
                        "متعددة تعمل على مكافحة الجريمة العابرة للحدود. وتتمثل الوظيفة الرئيسية "
                        "للتنسيق الوطني الشامل في تقديم التوجيه الاستراتيجي بشأن الأولويات "
                        "الوطنية، ومواءمة الجهود الحكومية الرامية إلى التصدي للجريمة العابرة "
                        "للحدود، وتمكين التعاون مع السلطات القضائية وسلطات إنفاذ القانون الدولية."
                    ),
                },
            },
        ],
        "agenda": [],
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
                "The Second Part of the 5th CrimEx shall explore the possibility to enhance, "
                "besides the mutual legal assistance, the informal cooperation, inter alia "
                "through the International Association of Prosecutors (IAP), the expansion of the "
                "INTERPOL I-24/7 network, and strengthened use of the INTERPOL Foreign Terrorist "
                "Fighters database."
            ),
            "fr": (
                "La deuxième partie de la 5e session CrimEx examinera la possibilité de "
                "renforcer, outre l'entraide judiciaire, la coopération informelle, notamment par "
                "l'intermédiaire de l'Association internationale des procureurs et poursuivants (AIPP), "
                "l'extension du réseau I-24/7 d'INTERPOL et une utilisation accrue de la base de "
                "données d'INTERPOL sur les combattants terroristes étrangers."
            ),
            "ar": (
                "سيبحث الجزء الثاني من الدورة الخامسة لـ CrimEx إمكانية تعزيز التعاون غير الرسمي، "
                "إلى جانب المساعدة القانونية المتبادلة، وذلك من خلال جملة أمور منها الرابطة "
                "الدولية لأعضاء النيابة العامة، وتوسيع شبكة الإنتربول I-24/7، وتعزيز استخدام "
                "قاعدة بيانات الإنتربول الخاصة بالمقاتلين الإرهابيين الأجانب."
            ),
        },
        "venue_city": None,
        "venue_country": None,
        "working_languages": ["en", "fr"],
        "interpretation_languages": ["ar", "en", "fr"],
        "moderation": {
            "en": "CrimEx Presidium",
            "fr": "Présidium de CrimEx",
            "ar": "هيئة رئاسة CrimEx",
        },
        "methodology": {
            "en": (
                "The 5th CrimEx will meet in a Second Part during 2 working days to:\n"
                "\n"
                "- a) Identify the challenges for the informal judicial and law enforcement "
                "cooperation in criminal matters;\n"
                "- b) Promote the exchange of experiences and best practices;\n"
                "- c) Obtain best practices, contrasted to the SPCs’ needs;\n"
                "- d) Provide practical regional inputs to the elaboration of the "
                "recommendations;\n"
                "- e) Elaborate the main steps and tools to support informal cooperation in "
                "criminal matters;\n"
                "- f) Conclusions on the above-mentioned points;\n"
                "- g) Encourage the identification of TAF needs."
            ),
            "fr": (
                "La 5e session de CrimEx se réunira, dans le cadre d’une deuxième partie, pendant "
                "2 jours ouvrables afin de :\n"
                "\n"
                "- a) Identifier les défis de la coopération informelle entre autorités "
                "judiciaires et services répressifs en matière pénale ;\n"
                "- b) Promouvoir l’échange d’expériences et de bonnes pratiques ;\n"
                "- c) Recueillir des bonnes pratiques, mises en regard des besoins des pays "
                "partenaires du Sud ;\n"
                "- d) Apporter des contributions régionales concrètes à l’élaboration des "
                "recommandations ;\n"
                "- e) Définir les principales étapes et les outils à l’appui de la coopération "
                "informelle en matière pénale ;\n"
                "- f) Conclusions sur les points susmentionnés ;\n"
                "- g) Encourager l’identification des besoins relevant de la Facilité "
                "d’assistance technique (TAF)."
            ),
            "ar": (
                "ستجتمع الدورة الخامسة لـ CrimEx في جزء ثانٍ على مدى يومَي عمل من أجل ما يلي:\n"
                "\n"
                "- أ) تحديد التحديات التي تواجه التعاون غير الرسمي بين السلطات القضائية وسلطات "
                "إنفاذ القانون في المسائل الجنائية؛\n"
                "- ب) تعزيز تبادل الخبرات وأفضل الممارسات؛\n"
                "- ج) استخلاص أفضل الممارسات ومقارنتها باحتياجات الدول الشريكة الجنوبية (SPCs)؛\n"
                "- د) تقديم إسهامات إقليمية عملية في إعداد التوصيات؛\n"
                "- هـ) بلورة الخطوات الرئيسية والأدوات اللازمة لدعم التعاون غير الرسمي في المسائل "
                "الجنائية؛\n"
                "- و) استنتاجات بشأن النقاط المذكورة أعلاه؛\n"
                "- ز) التشجيع على تحديد الاحتياجات المتعلقة بمرفق المساعدة التقنية (TAF)."
            ),
        },
        "objectives": [
            {
                "title": {
                    "en": (
                        "Explore the possibility to enhance, besides the mutual legal assistance, "
                        "the informal cooperation"
                    ),
                    "fr": (
                        "Examiner la possibilité de renforcer, outre l’entraide judiciaire, la "
                        "coopération informelle"
                    ),
                    "ar": (
                        "بحث إمكانية تعزيز التعاون غير الرسمي، إلى جانب المساعدة القانونية "
                        "المتبادلة"
                    ),
                },
                "description": {
                    "en": (
                        "The Second Part of the 5th CrimEx shall explore the possibility to "
                        "enhance, besides the mutual legal assistance, the informal cooperation, "
                        "inter alia through the International Association of Prosecutors (IAP), "
                        "the expansion of the INTERPOL I-24/7 network, and strengthened use of "
                        "the INTERPOL Foreign Terrorist Fighters database.\n"
                        "\n"
                        "In September 2014, the United Nations Security Council unanimously "
                        "adopted Resolution 2178 recognising INTERPOL’s global role against the "
                        "threat posed by foreign terrorist fighters."
                    ),
                    "fr": (
                        "La deuxième partie de la 5e session de CrimEx examinera la possibilité "
                        "de renforcer, outre l’entraide judiciaire, la coopération informelle, "
                        "notamment par l’intermédiaire de l’Association internationale des "
                        "procureurs et poursuivants (AIPP), de l’extension du réseau I-24/7 "
                        "d’INTERPOL et d’une utilisation accrue de la base de données d’INTERPOL "
                        "sur les combattants terroristes étrangers.\n"
                        "\n"
                        "En septembre 2014, le Conseil de sécurité des Nations unies a adopté à "
                        "l’unanimité la résolution 2178, qui reconnaît le rôle mondial d’INTERPOL "
                        "face à la menace que représentent les combattants terroristes étrangers."
                    ),
                    "ar": (
                        "سيبحث الجزء الثاني من الدورة الخامسة لـ CrimEx إمكانية تعزيز التعاون غير "
                        "الرسمي، إلى جانب المساعدة القانونية المتبادلة، وذلك من خلال جملة أمور "
                        "منها الرابطة الدولية لأعضاء النيابة العامة، وتوسيع شبكة I-24/7 "
                        "التابعة للإنتربول، وتعزيز استخدام قاعدة بيانات الإنتربول الخاصة "
                        "بالمقاتلين الإرهابيين الأجانب.\n"
                        "\n"
                        "وفي سبتمبر 2014، اعتمد مجلس الأمن التابع للأمم المتحدة بالإجماع "
                        "القرار 2178 الذي يعترف بالدور العالمي للإنتربول في مواجهة التهديد الذي "
                        "يشكّله المقاتلون الإرهابيون الأجانب."
                    ),
                },
            },
            {
                "title": {
                    "en": (
                        "Presentation of the national reports on the measures undertaken for the "
                        "implementation of the Maastricht Roadmap on National Coordination"
                    ),
                    "fr": (
                        "Présentation des rapports nationaux sur les mesures prises pour la mise "
                        "en œuvre de la Feuille de route de Maastricht sur la coordination "
                        "nationale"
                    ),
                    "ar": (
                        "عرض التقارير الوطنية بشأن التدابير المتخذة لتنفيذ خارطة طريق ماستريخت "
                        "بشأن التنسيق الوطني"
                    ),
                },
                "description": None,
            },
            {
                "title": {
                    "en": (
                        "Debate to identify the possible regional needs to be covered by the "
                        "Technical Assistance Facility"
                    ),
                    "fr": (
                        "Débat visant à identifier les éventuels besoins régionaux à couvrir par "
                        "la Facilité d’assistance technique"
                    ),
                    "ar": (
                        "مناقشة لتحديد الاحتياجات الإقليمية المحتملة التي يتعين أن يغطيها مرفق "
                        "المساعدة التقنية"
                    ),
                },
                "description": None,
            },
        ],
        "background": {
            "en": (
                "Judicial and law enforcement authorities from SPCs and EU Member States can "
                "utilise the mechanism of different bilateral or multilateral agreements, alone "
                "or in conjunction with the UN conventional framework in criminal matters (such "
                "as UNTOC) to cooperate at both formal and informal levels.\n"
                "\n"
                "At the formal, treaty-based cooperation level, national authorities can use "
                "international legal framework to request and deliver MLA, extradition, freezing "
                "and confiscation of criminal proceeds.\n"
                "\n"
                "Informal cooperation is the exchange of information between law enforcement "
                "and/or regulatory agencies and their foreign counterparts without the use of a "
                "formal mutual legal assistance request agreement.\n"
                "\n"
                "Informal cooperation (also known as police-to-police or agency-to-agency "
                "assistance) can be undertaken in many ways by different types of judicial and "
                "law enforcement authorities, such as between law enforcement authorities to "
                "share criminal intelligence, between witness protection authorities to cooperate "
                "in the protection of witnesses, and between financial intelligence authorities "
                "to share information concerning financial crimes\n"
                "\n"
                "Informal cooperation can be engaged in before an investigation becomes official "
                "and before the commencement of court proceedings (for example, in conducting "
                "surveillance or taking voluntary witness statements). Where there are "
                "prosecutorial objectives, informal communication between police will need to be "
                "formalized so as to ensure the admissibility of communications in court.\n"
                "\n"
                "Informal cooperation can be more efficient and less expensive than formal "
                "cooperation. Police-to police contact is arguably the fastest, cheapest, and "
                "most flexible means of seeking information or intelligence and should be used "
                "wherever appropriate. This form of contact can be carried out through:\n"
                "\n"
                "- INTERPOL, Europol and other regional law enforcement agencies,\n"
                "- Liaison officers and magistrates,\n"
                "- Any applicable memorandums of understanding,\n"
                "- Any regional arrangements (formal and informal).\n"
                "\n"
                "Where the authorities of two States have built a relationship of trust, informal "
                "cooperation can lead to increased bilateral cooperation between the central "
                "authorities (such as exchange of officials at departments or ministries), or "
                "between local authorities on both sides of a border (such as police and customs "
                "authorities). Such cooperation may eventually be guided by bilateral executive "
                "agreements between the agencies involved.\n"
                "\n"
                "Informal cooperation should comply with the national procedures. These vary from "
                "State to State but typically involve passing a request through a central liaison "
                "unit or officer. In urgent cases, it may be possible to make direct "
                "officer-to-officer contact, with the general requirement that the liaison unit "
                "or officer be informed of the contact."
            ),
            "fr": (
                "Les autorités judiciaires et répressives des pays partenaires du Sud et des "
                "États membres de l’UE peuvent recourir au mécanisme des différents accords "
                "bilatéraux ou multilatéraux, seuls ou conjointement avec le cadre conventionnel "
                "des Nations unies en matière pénale (tel que l’UNTOC), pour coopérer tant au "
                "niveau formel qu’au niveau informel.\n"
                "\n"
                "Au niveau de la coopération formelle, fondée sur les traités, les autorités "
                "nationales peuvent utiliser le cadre juridique international pour demander et "
                "accorder l’entraide judiciaire (MLA), l’extradition, le gel et la confiscation "
                "des produits du crime.\n"
                "\n"
                "La coopération informelle est l’échange d’informations entre les services "
                "répressifs et/ou les organismes de réglementation et leurs homologues étrangers, "
                "sans recourir à une demande ou à un accord formels d’entraide judiciaire.\n"
                "\n"
                "La coopération informelle (également appelée assistance de police à police ou "
                "d’agence à agence) peut être menée de nombreuses manières par différents types "
                "d’autorités judiciaires et répressives, par exemple entre services répressifs "
                "pour partager des renseignements criminels, entre autorités chargées de la "
                "protection des témoins pour coopérer à la protection des témoins, et entre "
                "autorités de renseignement financier pour partager des informations relatives "
                "aux infractions financières.\n"
                "\n"
                "La coopération informelle peut intervenir avant qu’une enquête ne devienne "
                "officielle et avant l’ouverture d’une procédure judiciaire (par exemple, pour "
                "mener une surveillance ou recueillir des déclarations volontaires de témoins). "
                "Lorsque des poursuites sont envisagées, les communications informelles entre "
                "services de police devront être formalisées afin de garantir la recevabilité de "
                "ces communications devant le tribunal.\n"
                "\n"
                "La coopération informelle peut être plus efficace et moins coûteuse que la "
                "coopération formelle. Le contact de police à police est sans doute le moyen le "
                "plus rapide, le moins coûteux et le plus souple d’obtenir des informations ou "
                "des renseignements et devrait être utilisé chaque fois que cela est approprié. "
                "Cette forme de contact peut passer par :\n"
                "\n"
                "- INTERPOL, Europol et d’autres services répressifs régionaux ;\n"
                "- les officiers et magistrats de liaison ;\n"
                "- tout protocole d’accord applicable ;\n"
                "- tout arrangement régional (formel et informel).\n"
                "\n"
                "Lorsque les autorités de deux États ont établi une relation de confiance, la "
                "coopération informelle peut conduire à un renforcement de la coopération "
                "bilatérale entre les autorités centrales (par exemple, des échanges de "
                "fonctionnaires entre services ou ministères) ou entre autorités locales de part "
                "et d’autre d’une frontière (par exemple, les autorités de police et de douane). "
                "Une telle coopération peut, à terme, être encadrée par des accords bilatéraux "
                "d’exécution entre les organismes concernés.\n"
                "\n"
                "La coopération informelle doit respecter les procédures nationales. Celles-ci "
                "varient d’un État à l’autre, mais impliquent généralement la transmission de la "
                "demande par l’intermédiaire d’une unité ou d’un officier de liaison central. En "
                "cas d’urgence, un contact direct d’agent à agent peut être possible, sous "
                "réserve de l’exigence générale d’en informer l’unité ou l’officier de liaison."
            ),
            "ar": (
                "يجوز للسلطات القضائية وسلطات إنفاذ القانون في الدول الشريكة الجنوبية (SPCs) "
                "والدول الأعضاء في الاتحاد الأوروبي أن تستعين بآلية مختلف الاتفاقات الثنائية أو "
                "المتعددة الأطراف، منفردةً أو مقترنةً بالإطار الاتفاقي للأمم المتحدة في المسائل "
                "الجنائية (مثل اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية UNTOC)، "
                "من أجل التعاون على المستويين الرسمي وغير الرسمي.\n"
                "\n"
                "وعلى مستوى التعاون الرسمي القائم على المعاهدات، يمكن للسلطات الوطنية استخدام "
                "الإطار القانوني الدولي لطلب وتقديم المساعدة القانونية المتبادلة (MLA) وتسليم "
                "المجرمين وتجميد عائدات الجريمة ومصادرتها.\n"
                "\n"
                "ويُقصد بالتعاون غير الرسمي تبادل المعلومات بين أجهزة إنفاذ القانون و/أو الهيئات "
                "التنظيمية ونظيراتها الأجنبية دون اللجوء إلى طلب رسمي للمساعدة القانونية "
                "المتبادلة أو إلى اتفاق رسمي بشأنها.\n"
                "\n"
                "ويمكن أن يتم التعاون غير الرسمي (المعروف أيضاً بالمساعدة من شرطة إلى شرطة أو من "
                "جهاز إلى جهاز) بطرق عديدة ومن قِبل أنواع مختلفة من السلطات القضائية وسلطات إنفاذ "
                "القانون، كالتعاون بين سلطات إنفاذ القانون لتبادل المعلومات الاستخبارية الجنائية، "
                "وبين السلطات المعنية بحماية الشهود للتعاون في مجال حمايتهم، وبين سلطات "
                "الاستخبارات المالية لتبادل المعلومات المتعلقة بالجرائم المالية.\n"
                "\n"
                "ويمكن اللجوء إلى التعاون غير الرسمي قبل أن يصبح التحقيق رسمياً وقبل الشروع في "
                "الإجراءات القضائية (على سبيل المثال، عند القيام بأعمال المراقبة أو تلقي إفادات "
                "الشهود الطوعية). وحيثما توجد أهداف تتعلق بالملاحقة القضائية، يتعين إضفاء الطابع "
                "الرسمي على الاتصالات غير الرسمية بين أجهزة الشرطة ضماناً لقبول هذه الاتصالات "
                "أمام المحكمة.\n"
                "\n"
                "ويمكن أن يكون التعاون غير الرسمي أكثر كفاءة وأقل تكلفة من التعاون الرسمي. ويُعدّ "
                "الاتصال من شرطة إلى شرطة، على الأرجح، أسرع وسائل الحصول على المعلومات أو "
                "المعلومات الاستخبارية وأقلها تكلفة وأكثرها مرونة، وينبغي استخدامه كلما كان ذلك "
                "مناسباً. ويمكن أن يتم هذا الشكل من الاتصال من خلال:\n"
                "\n"
                "- INTERPOL وEuropol وغيرهما من أجهزة إنفاذ القانون الإقليمية،\n"
                "- ضباط الاتصال وقضاة الاتصال،\n"
                "- أي مذكرات تفاهم سارية،\n"
                "- أي ترتيبات إقليمية (رسمية وغير رسمية).\n"
                "\n"
                "وحيثما أقامت سلطات دولتين علاقة ثقة، يمكن أن يفضي التعاون غير الرسمي إلى تعزيز "
                "التعاون الثنائي بين السلطات المركزية (مثل تبادل الموظفين بين الإدارات أو "
                "الوزارات)، أو بين السلطات المحلية على جانبي الحدود (مثل سلطات الشرطة والجمارك). "
                "وقد يُسترشد في هذا التعاون، في نهاية المطاف، باتفاقات تنفيذية ثنائية بين الأجهزة "
                "المعنية.\n"
                "\n"
                "وينبغي أن يمتثل التعاون غير الرسمي للإجراءات الوطنية. وتختلف هذه الإجراءات من "
                "دولة إلى أخرى، لكنها تقتضي عادةً إحالة الطلب عن طريق وحدة اتصال مركزية أو ضابط "
                "اتصال مركزي. وفي الحالات العاجلة، قد يكون من الممكن إجراء اتصال مباشر بين "
                "الضباط، مع مراعاة الشرط العام المتمثل في إبلاغ وحدة الاتصال أو ضابط الاتصال بهذا "
                "الاتصال."
            ),
        },
        "participating_countries": ["DZ", "MA", "TN", "JO", "IL", "EG", "PS", "LB"],
        "participating_organisations": [
            "Eurojust",
            "EJN",
            "UNODC",
            "UN-CTED",
            "IAP",
            "INTERPOL",
            "Europol",
            "EuroMed Police",
            "EMJ",
        ],
        "experts": [
            {
                "name": "Victoria Palau",
                "honorific": "Mrs.",
                "group": {
                    "en": "EuroMed Justice Key Experts",
                    "fr": "Experts principaux d’EuroMed Justice",
                    "ar": "الخبراء الرئيسيون ليوروميد للعدالة",
                },
                "role": {"en": "Team Leader", "fr": "Cheffe d’équipe", "ar": "رئيسة الفريق"},
                "organisation": "FIIAPP",
                "affiliation": "FIIAPP - Spain",
            },
            {
                "name": "Virgil Ivan-Cucu",
                "honorific": "Mr.",
                "group": {
                    "en": "EuroMed Justice Key Experts",
                    "fr": "Experts principaux d’EuroMed Justice",
                    "ar": "الخبراء الرئيسيون ليوروميد للعدالة",
                },
                "role": {
                    "en": "Capacity Building",
                    "fr": "Renforcement des capacités",
                    "ar": "بناء القدرات",
                },
                "organisation": "EIPA",
                "affiliation": "EIPA - Luxembourg",
            },
            {
                "name": "Dania Samoul",
                "honorific": "Mrs.",
                "group": {
                    "en": "EuroMed Justice Key Experts",
                    "fr": "Experts principaux d’EuroMed Justice",
                    "ar": "الخبراء الرئيسيون ليوروميد للعدالة",
                },
                "role": {"en": "Coordinator", "fr": "Coordinatrice", "ar": "منسقة"},
                "organisation": "FIIAPP",
                "affiliation": "FIIAPP - Spain",
            },
            {
                "name": "Michel Quillé",
                "honorific": "Mr.",
                "group": {"en": "EuroMed Police", "fr": "EuroMed Police", "ar": "يوروميد للشرطة"},
                "role": {"en": "Team Leader", "fr": "Chef d’équipe", "ar": "رئيس الفريق"},
                "organisation": "EuroMed Police",
                "affiliation": None,
            },
        ],
        "outcomes": [],
        "agenda": [
            {
                "date": "2018-01-24",
                "title": {
                    "en": "Wednesday 24th January 2018",
                    "fr": "Mercredi 24 janvier 2018",
                    "ar": "الأربعاء 24 يناير 2018",
                },
                "items": [
                    {
                        "start": "09:00",
                        "end": "09:45",
                        "kind": "opening",
                        "title": {
                            "en": (
                                "Introduction of the Second Part of the 5th CrimEx Session by the "
                                "EuroMed Justice Key Experts"
                            ),
                            "fr": (
                                "Introduction de la deuxième partie de la 5e session de CrimEx "
                                "par les experts principaux d’EuroMed Justice"
                            ),
                            "ar": (
                                "تقديم الجزء الثاني من الدورة الخامسة لـ CrimEx من قِبل الخبراء "
                                "الرئيسيين ليوروميد للعدالة"
                            ),
                        },
                        "description": None,
                        "sub_points": [
                            {
                                "en": (
                                    "Presentation of the Roadmap, the Declaration and results of "
                                    "the 5th CrimEx Special Session and the EuroMed Forum of the "
                                    "Prosecutors General"
                                ),
                                "fr": (
                                    "Présentation de la feuille de route, de la déclaration et "
                                    "des résultats de la 5e session spéciale de CrimEx et du "
                                    "Forum EuroMed des procureurs généraux"
                                ),
                                "ar": (
                                    "عرض خارطة الطريق والإعلان ونتائج الدورة الخاصة الخامسة لـ "
                                    "CrimEx ومنتدى يوروميد للنواب العامين"
                                ),
                            },
                            {
                                "en": (
                                    "Presentation of the Roadmap towards EuroMed Judicial "
                                    "Platform – [answers to the questionnaires integrated]"
                                ),
                                "fr": (
                                    "Présentation de la feuille de route vers la Plateforme "
                                    "judiciaire EuroMed – [réponses aux questionnaires intégrées]"
                                ),
                                "ar": (
                                    "عرض خارطة الطريق نحو منصة يوروميد القضائية – [مع إدماج "
                                    "الردود على الاستبيانات]"
                                ),
                            },
                            {
                                "en": (
                                    "The scope and the objectives of the Second Part of the 5th "
                                    "CrimEx"
                                ),
                                "fr": (
                                    "La portée et les objectifs de la deuxième partie de la 5e "
                                    "session de CrimEx"
                                ),
                                "ar": "نطاق الجزء الثاني من الدورة الخامسة لـ CrimEx وأهدافه",
                            },
                            {
                                "en": "5th CrimEx Presidium",
                                "fr": "Présidium de la 5e session de CrimEx",
                                "ar": "هيئة رئاسة الدورة الخامسة لـ CrimEx",
                            },
                        ],
                        "speakers": {
                            "en": "EuroMed Justice Key Experts",
                            "fr": "Experts principaux d’EuroMed Justice",
                            "ar": "الخبراء الرئيسيون ليوروميد للعدالة",
                        },
                        "organisations": [],
                        "moderator": None,
                    },
                    {
                        "start": "09:45",
                        "end": "10:45",
                        "kind": "presentation",
                        "title": {
                            "en": (
                                "(I) Law enforcement formal and informal cooperation – INTERPOL "
                                "practice and main tools to support informal cooperation"
                            ),
                            "fr": (
                                "(I) Coopération formelle et informelle entre services répressifs "
                                "– pratique d’INTERPOL et principaux outils à l’appui de la "
                                "coopération informelle"
                            ),
                            "ar": (
                                "(I) التعاون الرسمي وغير الرسمي في مجال إنفاذ القانون – ممارسة "
                                "INTERPOL والأدوات الرئيسية لدعم التعاون غير الرسمي"
                            ),
                        },
                        "description": None,
                        "sub_points": [],
                        "speakers": None,
                        "organisations": [],
                        "moderator": None,
                    },
                    {
                        "start": "10:45",
                        "end": "11:00",
                        "kind": "break",
                        "title": {"en": "Coffee Break", "fr": "Pause-café", "ar": "استراحة قهوة"},
                        "description": None,
                        "sub_points": [],
                        "speakers": None,
                        "organisations": [],
                        "moderator": None,
                    },
                    {
                        "start": "11:00",
                        "end": "12:00",
                        "kind": "presentation",
                        "title": {
                            "en": (
                                "(II) Law enforcement formal and informal cooperation – EUROPOL "
                                "practice and main tools to support informal cooperation in "
                                "criminal matters"
                            ),
                            "fr": (
                                "(II) Coopération formelle et informelle entre services "
                                "répressifs – pratique d’EUROPOL et principaux outils à l’appui "
                                "de la coopération informelle en matière pénale"
                            ),
                            "ar": (
                                "(II) التعاون الرسمي وغير الرسمي في مجال إنفاذ القانون – ممارسة "
                                "EUROPOL والأدوات الرئيسية لدعم التعاون غير الرسمي في المسائل "
                                "الجنائية"
                            ),
                        },
                        "description": None,
                        "sub_points": [],
                        "speakers": None,
                        "organisations": [],
                        "moderator": None,
                    },
                    {
                        "start": "12:00",
                        "end": "12:45",
                        "kind": "debate",
                        "title": {
                            "en": (
                                "(III) Law enforcement formal and informal cooperation - CrimEx "
                                "Debates"
                            ),
                            "fr": (
                                "(III) Coopération formelle et informelle entre services "
                                "répressifs – débats de CrimEx"
                            ),
                            "ar": (
                                "(III) التعاون الرسمي وغير الرسمي في مجال إنفاذ القانون – مناقشات "
                                "CrimEx"
                            ),
                        },
                        "description": {
                            "en": (
                                "CrimEx members and the representatives of Eurojust, EJN, UNODC, "
                                "IAP, and from other international organisations are invited to "
                                "ask questions and to comment on the presentations."
                            ),
                            "fr": (
                                "Les membres de CrimEx et les représentants d’Eurojust, du RJE, "
                                "de l’ONUDC, de l’AIPP et d’autres organisations internationales "
                                "sont invités à poser des questions et à commenter les "
                                "présentations."
                            ),
                            "ar": (
                                "يُدعى أعضاء CrimEx وممثلو يوروجست والشبكة القضائية الأوروبية ومكتب الأمم المتحدة المعني بالمخدرات والجريمة والرابطة الدولية لأعضاء النيابة العامة وغيرها من "
                                "المنظمات الدولية إلى طرح الأسئلة والتعليق على العروض المقدَّمة."
                            ),
                        },
                        "sub_points": [],
                        "speakers": None,
                        "organisations": [],
                        "moderator": None,
                    },
                    {
                        "start": "12:45",
                        "end": "14:00",
                        "kind": "lunch",
                        "title": {
                            "en": "Lunch Break",
                            "fr": "Pause déjeuner",
                            "ar": "استراحة غداء",
                        },
                        "description": None,
                        "sub_points": [],
                        "speakers": None,
                        "organisations": [],
                        "moderator": None,
                    },
                    {
                        "start": "14:00",
                        "end": "15:00",
                        "kind": "presentation",
                        "title": {
                            "en": (
                                "(I) Judicial and Law enforcement formal and informal cooperation "
                                "– United Nation practice and main tools to support informal "
                                "cooperation in criminal matters"
                            ),
                            "fr": (
                                "(I) Coopération formelle et informelle entre autorités "
                                "judiciaires et services répressifs – pratique des Nations unies "
                                "et principaux outils à l’appui de la coopération informelle en "
                                "matière pénale"
                            ),
                            "ar": (
                                "(I) التعاون الرسمي وغير الرسمي بين السلطات القضائية وسلطات إنفاذ "
                                "القانون – ممارسة الأمم المتحدة والأدوات الرئيسية لدعم التعاون "
                                "غير الرسمي في المسائل الجنائية"
                            ),
                        },
                        "description": None,
                        "sub_points": [],
                        "speakers": None,
                        "organisations": [],
                        "moderator": None,
                    },
                    {
                        "start": "15:00",
                        "end": "15:30",
                        "kind": "break",
                        "title": {"en": "Coffee Break", "fr": "Pause-café", "ar": "استراحة قهوة"},
                        "description": None,
                        "sub_points": [],
                        "speakers": None,
                        "organisations": [],
                        "moderator": None,
                    },
                    {
                        "start": "15:30",
                        "end": "17:00",
                        "kind": "debate",
                        "title": {
                            "en": (
                                "(II) Judicial and Law enforcement formal and informal "
                                "cooperation CrimEx Debates"
                            ),
                            "fr": (
                                "(II) Coopération formelle et informelle entre autorités "
                                "judiciaires et services répressifs – débats de CrimEx"
                            ),
                            "ar": (
                                "(II) التعاون الرسمي وغير الرسمي بين السلطات القضائية وسلطات "
                                "إنفاذ القانون – مناقشات CrimEx"
                            ),
                        },
                        "description": {
                            "en": (
                                "CrimEx members and the representatives of Eurojust, EJN, UNODC, "
                                "CTED, IAP, and from other international organisations are "
                                "invited to ask questions and to comment on the presentations."
                            ),
                            "fr": (
                                "Les membres de CrimEx et les représentants d’Eurojust, du RJE, "
                                "de l’ONUDC, de la DECT, de l’AIPP et d’autres organisations "
                                "internationales sont invités à poser des questions et à "
                                "commenter les présentations."
                            ),
                            "ar": (
                                "يُدعى أعضاء CrimEx وممثلو يوروجست والشبكة القضائية الأوروبية ومكتب الأمم المتحدة المعني بالمخدرات والجريمة والمديرية التنفيذية للجنة مكافحة الإرهاب والرابطة الدولية لأعضاء النيابة العامة وغيرها "
                                "من المنظمات الدولية إلى طرح الأسئلة والتعليق على العروض "
                                "المقدَّمة."
                            ),
                        },
                        "sub_points": [],
                        "speakers": None,
                        "organisations": [],
                        "moderator": None,
                    },
                ],
            },
            {
                "date": "2018-01-25",
                "title": {
                    "en": "Thursday 25th January 2018",
                    "fr": "Jeudi 25 janvier 2018",
                    "ar": "الخميس 25 يناير 2018",
                },
                "items": [
                    {
                        "start": "09:00",
                        "end": "10:00",
                        "kind": "presentation",
                        "title": {
                            "en": (
                                "(III) Judicial and Law enforcement formal and informal "
                                "cooperation – EU agencies – Eurojust and EJN – practice and main "
                                "tools to support informal cooperation in criminal matters"
                            ),
                            "fr": (
                                "(III) Coopération formelle et informelle entre autorités "
                                "judiciaires et services répressifs – agences de l’UE – Eurojust "
                                "et RJE – pratique et principaux outils à l’appui de la "
                                "coopération informelle en matière pénale"
                            ),
                            "ar": (
                                "(III) التعاون الرسمي وغير الرسمي بين السلطات القضائية وسلطات "
                                "إنفاذ القانون – وكالات الاتحاد الأوروبي – يوروجست والشبكة القضائية الأوروبية – "
                                "الممارسة والأدوات الرئيسية لدعم التعاون غير الرسمي في المسائل "
                                "الجنائية"
                            ),
                        },
                        "description": None,
                        "sub_points": [],
                        "speakers": None,
                        "organisations": [],
                        "moderator": None,
                    },
                    {
                        "start": "10:00",
                        "end": "11:00",
                        "kind": "presentation",
                        "title": {
                            "en": (
                                "(IV) Judicial and Law enforcement formal and informal "
                                "cooperation – International Association of Prosecutors – "
                                "practice and main tools to support informal cooperation in "
                                "criminal matters"
                            ),
                            "fr": (
                                "(IV) Coopération formelle et informelle entre autorités "
                                "judiciaires et services répressifs – Association internationale "
                                "des procureurs et poursuivants – pratique et principaux outils à "
                                "l’appui de la coopération informelle en matière pénale"
                            ),
                            "ar": (
                                "(IV) التعاون الرسمي وغير الرسمي بين السلطات القضائية وسلطات "
                                "إنفاذ القانون – الرابطة الدولية لأعضاء النيابة العامة – الممارسة "
                                "والأدوات الرئيسية لدعم التعاون غير الرسمي في المسائل الجنائية"
                            ),
                        },
                        "description": None,
                        "sub_points": [],
                        "speakers": None,
                        "organisations": [],
                        "moderator": None,
                    },
                    {
                        "start": "11:00",
                        "end": "11:20",
                        "kind": "break",
                        "title": {"en": "Coffee Break", "fr": "Pause-café", "ar": "استراحة قهوة"},
                        "description": None,
                        "sub_points": [],
                        "speakers": None,
                        "organisations": [],
                        "moderator": None,
                    },
                    {
                        "start": "11:20",
                        "end": "11:45",
                        "kind": "debate",
                        "title": {
                            "en": (
                                "(V) Judicial and Law enforcement formal and informal cooperation "
                                "– CrimEx Debates"
                            ),
                            "fr": (
                                "(V) Coopération formelle et informelle entre autorités "
                                "judiciaires et services répressifs – débats de CrimEx"
                            ),
                            "ar": (
                                "(V) التعاون الرسمي وغير الرسمي بين السلطات القضائية وسلطات إنفاذ "
                                "القانون – مناقشات CrimEx"
                            ),
                        },
                        "description": {
                            "en": (
                                "CrimEx members and the representatives of Eurojust, EJN, UNODC, "
                                "CTED. IAP, and from other international organisations are "
                                "invited to ask questions and to comment on the presentations."
                            ),
                            "fr": (
                                "Les membres de CrimEx et les représentants d’Eurojust, du RJE, "
                                "de l’ONUDC, de la DECT, de l’AIPP et d’autres organisations "
                                "internationales sont invités à poser des questions et à "
                                "commenter les présentations."
                            ),
                            "ar": (
                                "يُدعى أعضاء CrimEx وممثلو يوروجست والشبكة القضائية الأوروبية ومكتب الأمم المتحدة المعني بالمخدرات والجريمة والمديرية التنفيذية للجنة مكافحة الإرهاب والرابطة الدولية لأعضاء النيابة العامة وغيرها "
                                "من المنظمات الدولية إلى طرح الأسئلة والتعليق على العروض "
                                "المقدَّمة."
                            ),
                        },
                        "sub_points": [],
                        "speakers": None,
                        "organisations": [],
                        "moderator": None,
                    },
                    {
                        "start": "11:45",
                        "end": "12:45",
                        "kind": "tour_de_table",
                        "title": {
                            "en": (
                                "Presentation of the national reports on the measures taken for "
                                "the implementation of the Maastricht Roadmap on National "
                                "Coordination"
                            ),
                            "fr": (
                                "Présentation des rapports nationaux sur les mesures prises pour "
                                "la mise en œuvre de la Feuille de route de Maastricht sur la "
                                "coordination nationale"
                            ),
                            "ar": (
                                "عرض التقارير الوطنية بشأن التدابير المتخذة لتنفيذ خارطة طريق "
                                "ماستريخت بشأن التنسيق الوطني"
                            ),
                        },
                        "description": {
                            "en": (
                                "Tour de table: Algeria, Morocco, Tunisia, Jordan, Israel, Egypt, "
                                "Palestine, and Lebanon.\n"
                                "\n"
                                "Representatives of Eurojust, EJN and from other international "
                                "organisations are invited to present their comments."
                            ),
                            "fr": (
                                "Tour de table : Algérie, Maroc, Tunisie, Jordanie, Israël, "
                                "Égypte, Palestine et Liban.\n"
                                "\n"
                                "Les représentants d’Eurojust, du RJE et d’autres organisations "
                                "internationales sont invités à présenter leurs observations."
                            ),
                            "ar": (
                                "جولة مداخلات: الجزائر والمغرب وتونس والأردن وإسرائيل ومصر "
                                "وفلسطين ولبنان.\n"
                                "\n"
                                "يُدعى ممثلو يوروجست والشبكة القضائية الأوروبية وغيرها من المنظمات الدولية إلى تقديم "
                                "تعليقاتهم."
                            ),
                        },
                        "sub_points": [],
                        "speakers": None,
                        "organisations": [],
                        "moderator": None,
                    },
                    {
                        "start": "12:45",
                        "end": "14:00",
                        "kind": "lunch",
                        "title": {
                            "en": "Lunch Break",
                            "fr": "Pause déjeuner",
                            "ar": "استراحة غداء",
                        },
                        "description": None,
                        "sub_points": [],
                        "speakers": None,
                        "organisations": [],
                        "moderator": None,
                    },
                    {
                        "start": "14:00",
                        "end": "14:45",
                        "kind": "debate",
                        "title": {
                            "en": (
                                "Debate to identify the possible regional needs to be covered by "
                                "the technical assistance facility – introduction by PMT"
                            ),
                            "fr": (
                                "Débat visant à identifier les éventuels besoins régionaux à "
                                "couvrir par la facilité d’assistance technique – introduction "
                                "par l’équipe de gestion du projet (PMT)"
                            ),
                            "ar": (
                                "مناقشة لتحديد الاحتياجات الإقليمية المحتملة التي يتعين أن يغطيها "
                                "مرفق المساعدة التقنية – كلمة تمهيدية يقدمها فريق إدارة المشروع "
                                "(PMT)"
                            ),
                        },
                        "description": None,
                        "sub_points": [],
                        "speakers": {
                            "en": "PMT",
                            "fr": "Équipe de gestion du projet (PMT)",
                            "ar": "فريق إدارة المشروع (PMT)",
                        },
                        "organisations": [],
                        "moderator": None,
                    },
                    {
                        "start": "14:45",
                        "end": None,
                        "kind": "conclusions",
                        "title": {
                            "en": "CrimEx Final Debates and Conclusions.",
                            "fr": "Débats finaux et conclusions de CrimEx",
                            "ar": "المناقشات الختامية لـ CrimEx واستنتاجاتها",
                        },
                        "description": None,
                        "sub_points": [
                            {
                                "en": (
                                    "Discussions and agreement on the practice and tools to "
                                    "support informal cooperation in criminal matters"
                                ),
                                "fr": (
                                    "Discussions et accord sur les pratiques et les outils à "
                                    "l’appui de la coopération informelle en matière pénale"
                                ),
                                "ar": (
                                    "المناقشات والاتفاق بشأن الممارسات والأدوات الداعمة للتعاون "
                                    "غير الرسمي في المسائل الجنائية"
                                ),
                            },
                            {
                                "en": (
                                    "Discussions and agreement on the Tallinn Roadmap towards the "
                                    "EuroMed Judicial Platform"
                                ),
                                "fr": (
                                    "Discussions et accord sur la feuille de route de Tallinn "
                                    "vers la Plateforme judiciaire EuroMed"
                                ),
                                "ar": (
                                    "المناقشات والاتفاق بشأن خارطة طريق تالين نحو منصة يوروميد "
                                    "القضائية"
                                ),
                            },
                            {
                                "en": (
                                    "PMT presentation of the progress registered in the drafting "
                                    "of the CrimEx docs and the Digital Evidence Manual"
                                ),
                                "fr": (
                                    "Présentation par la PMT des progrès enregistrés dans la "
                                    "rédaction des documents de CrimEx et du Manuel sur la preuve "
                                    "numérique"
                                ),
                                "ar": (
                                    "عرض PMT للتقدم المحرز في صياغة وثائق CrimEx ودليل الأدلة "
                                    "الرقمية"
                                ),
                            },
                            {
                                "en": (
                                    "EuroMed Justice Website and restricted area for criminal "
                                    "matters."
                                ),
                                "fr": (
                                    "Site internet d’EuroMed Justice et espace réservé aux "
                                    "matières pénales."
                                ),
                                "ar": (
                                    "الموقع الإلكتروني ليوروميد للعدالة ومنطقته المخصّصة للأعضاء "
                                    "في مجال المسائل الجنائية."
                                ),
                            },
                            {
                                "en": "Preparation for the 6th CrimEx",
                                "fr": "Préparation de la 6e session de CrimEx",
                                "ar": "التحضير للدورة السادسة لـ CrimEx",
                            },
                        ],
                        "speakers": None,
                        "organisations": [],
                        "moderator": None,
                    },
                ],
            },
        ],
    },
]


# French and Arabic of the experts' honorifics and affiliations the seeds write in English.
EXPERT_WORDS = {
    "Mrs.": {"fr": "Mme", "ar": "السيدة"},
    "Ms.": {"fr": "Mme", "ar": "السيدة"},
    "Mr.": {"fr": "M.", "ar": "السيد"},
    "FIIAPP - Spain": {"fr": "FIIAPP - Espagne", "ar": "FIIAPP - إسبانيا"},
    "EIPA - Luxembourg": {"fr": "EIPA - Luxembourg", "ar": "EIPA - لكسمبرغ"},
}
