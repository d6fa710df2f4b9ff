"""The reference data of the EuroMed Fiches: measure groups, measures, transmission channels and
international instruments, in English, French and Arabic.

The ten groups follow EJN's Fiches Belges (e-Justice); a measure's code is its group number times
100 plus its rank in the group (group 10: 1001, 1002, ...). The descriptions define each measure in
general terms; what a measure is under a country's law belongs in that country's fiche.
"""

COE_TREATY = "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum="

MEASURE_GROUPS: list[dict] = [
    {
        "code": "1",
        "name": {
            "en": "Interception and tracing of telecommunications",
            "fr": "Interception et traçage des télécommunications",
            "ar": "اعتراض الاتصالات وتتبعها",
        },
    },
    {
        "code": "2",
        "name": {
            "en": "Agents, informants and infiltration",
            "fr": "Agents, informateurs et infiltration",
            "ar": "العملاء والمخبرون والتسرب",
        },
    },
    {
        "code": "3",
        "name": {
            "en": "Examination, search and expert reports",
            "fr": "Examens, fouilles et expertises",
            "ar": "الفحص والتفتيش وتقارير الخبراء",
        },
    },
    {
        "code": "4",
        "name": {
            "en": (
                "Obtaining documents (bank records, subscriber and traffic data, electronic "
                "evidence)"
            ),
            "fr": (
                "Obtention de documents (relevés bancaires, données relatives aux abonnés et au "
                "trafic, preuves électroniques)"
            ),
            "ar": (
                "الحصول على المستندات (السجلات المصرفية وبيانات المشتركين وبيانات الحركة والأدلة "
                "الإلكترونية)"
            ),
        },
    },
    {
        "code": "5",
        "name": {
            "en": "Assets (freezing, seizure, confiscation, asset tracing)",
            "fr": "Avoirs (gel, saisie, confiscation, dépistage des avoirs)",
            "ar": "الأصول (التجميد والحجز والمصادرة وتعقب الأصول)",
        },
    },
    {
        "code": "6",
        "name": {
            "en": "Places (visits, searches)",
            "fr": "Lieux (visites, perquisitions)",
            "ar": "الأماكن (المعاينة والتفتيش)",
        },
    },
    {
        "code": "7",
        "name": {
            "en": "Witnesses, victims and suspects (summons, hearing, hearing by videoconference)",
            "fr": (
                "Témoins, victimes et suspects (citation à comparaître, audition, audition par "
                "vidéoconférence)"
            ),
            "ar": (
                "الشهود والضحايا والمشتبه فيهم (الاستدعاء والسماع والسماع عن بعد عبر الاتصال "
                "المرئي)"
            ),
        },
    },
    {
        "code": "8",
        "name": {
            "en": "Cross-border operations (controlled delivery, joint investigation teams)",
            "fr": "Opérations transfrontalières (livraison surveillée, équipes communes d’enquête)",
            "ar": "العمليات العابرة للحدود (التسليم المراقب وفرق التحقيق المشتركة)",
        },
    },
    {
        "code": "9",
        "name": {
            "en": "Persons (extradition, transfer of proceedings, service of documents)",
            "fr": "Personnes (extradition, transfert des procédures, remise des actes)",
            "ar": "الأشخاص (تسليم المجرمين ونقل الإجراءات وتبليغ المستندات)",
        },
    },
    {
        "code": "10",
        "name": {
            "en": (
                "Informal cooperation (police-to-police, INTERPOL channels, FIU-to-FIU, liaison "
                "magistrates)"
            ),
            "fr": (
                "Coopération informelle (entre services de police, canaux d’INTERPOL, entre "
                "cellules de renseignement financier, magistrats de liaison)"
            ),
            "ar": (
                "التعاون غير الرسمي (بين أجهزة الشرطة وعبر قنوات الإنتربول وبين وحدات الاستخبارات "
                "المالية وعن طريق قضاة الاتصال)"
            ),
        },
    },
]

# contact_roles: the directory's ContactRole codes whose holders the Atlas shows beside the fiche.
MEASURES: list[dict] = [
    # 1 Interception and tracing of telecommunications
    {
        "code": "101",
        "group": "1",
        "name": {
            "en": "Interception of telecommunications",
            "fr": "Interception des télécommunications",
            "ar": "اعتراض الاتصالات",
        },
        "description": {
            "en": (
                "The interception, recording and transcription of the content of telephone or "
                "other electronic communications while they are transmitted."
            ),
            "fr": (
                "Interception, enregistrement et transcription du contenu de communications "
                "téléphoniques ou d’autres communications électroniques au moment de leur "
                "transmission."
            ),
            "ar": (
                "اعتراض محتوى الاتصالات الهاتفية أو غيرها من الاتصالات الإلكترونية وتسجيله وتفريغه "
                "أثناء إرساله."
            ),
        },
        "contact_roles": ["central-authority", "cybercrime-24-7"],
    },
    # 2 Agents, informants and infiltration
    {
        "code": "201",
        "group": "2",
        "name": {
            "en": "Infiltration by undercover agents",
            "fr": "Infiltration par des agents sous couverture",
            "ar": "التسرب بواسطة عملاء متخفين",
        },
        "description": {
            "en": (
                "Officers acting under a cover identity join a criminal group or environment to "
                "gather evidence, whether they are officers of the requested State or of the "
                "requesting State acting on its territory."
            ),
            "fr": (
                "Des agents agissant sous une identité d’emprunt intègrent un groupe ou un milieu "
                "criminel pour recueillir des preuves, qu’il s’agisse d’agents de l’État requis ou "
                "d’agents de l’État requérant opérant sur son territoire."
            ),
            "ar": (
                "اندماج موظفين يعملون بهوية مستعارة في جماعة أو وسط إجرامي لجمع الأدلة، سواء كانوا "
                "من موظفي الدولة متلقية الطلب أو من موظفي الدولة الطالبة العاملين في إقليمها."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "202",
        "group": "2",
        "name": {
            "en": "Use of informants",
            "fr": "Recours aux informateurs",
            "ar": "الاستعانة بالمخبرين",
        },
        "description": {
            "en": (
                "The use of persons who are not law-enforcement officers and who give the "
                "authorities information on a criminal group, in confidence and under their "
                "control."
            ),
            "fr": (
                "Recours à des personnes qui ne sont pas des agents des services répressifs et qui "
                "fournissent aux autorités, de manière confidentielle et sous leur contrôle, des "
                "informations sur un groupe criminel."
            ),
            "ar": (
                "الاستعانة بأشخاص من غير موظفي أجهزة إنفاذ القانون يقدمون إلى السلطات، بصورة سرية "
                "وتحت إشرافها، معلومات عن جماعة إجرامية."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "203",
        "group": "2",
        "name": {
            "en": "Covert investigations",
            "fr": "Enquêtes discrètes",
            "ar": "التحريات السرية",
        },
        "description": {
            "en": (
                "Investigations by officers acting under a covert or false identity, such as test "
                "purchases or covert contacts online, short of infiltrating a criminal group."
            ),
            "fr": (
                "Enquêtes menées par des agents agissant sous une identité d’emprunt ou fictive, "
                "par exemple au moyen de pseudo-achats ou de contacts discrets en ligne, sans "
                "infiltration d’un groupe criminel."
            ),
            "ar": (
                "تحريات يجريها موظفون يعملون بهوية سرية أو مستعارة، مثل عمليات الشراء الصوري أو "
                "الاتصالات السرية عبر الإنترنت، دون التسرب إلى جماعة إجرامية."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    # 3 Examination, search and expert reports
    {
        "code": "301",
        "group": "3",
        "name": {
            "en": "Superficial body search and identity checks",
            "fr": "Fouille corporelle superficielle et contrôle d’identité",
            "ar": "التفتيش الجسدي السطحي والتحقق من الهوية",
        },
        "description": {
            "en": (
                "An external search of a person’s clothing and body surface, and the establishment "
                "of a person’s identity, including by fingerprints and photographs."
            ),
            "fr": (
                "Fouille externe des vêtements et de la surface du corps d’une personne, et "
                "établissement de son identité, notamment au moyen d’empreintes digitales et de "
                "photographies."
            ),
            "ar": (
                "تفتيش ظاهري لملابس الشخص وسطح جسده، والتثبت من هويته، بما في ذلك عن طريق بصمات "
                "الأصابع والصور الفوتوغرافية."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "302",
        "group": "3",
        "name": {
            "en": "DNA and other bodily samples",
            "fr": "ADN et autres prélèvements corporels",
            "ar": "الحمض النووي وغيره من العينات الجسدية",
        },
        "description": {
            "en": (
                "The taking of DNA, blood, hair or other bodily samples from a person, and their "
                "analysis or comparison with existing profiles."
            ),
            "fr": (
                "Prélèvement d’ADN, de sang, de cheveux ou d’autres échantillons corporels sur une "
                "personne, ainsi que leur analyse ou leur comparaison avec des profils existants."
            ),
            "ar": (
                "أخذ عينات من الحمض النووي أو الدم أو الشعر أو غيرها من العينات الجسدية من شخص ما، "
                "وتحليلها أو مقارنتها بالبصمات الوراثية المتوفرة."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "303",
        "group": "3",
        "name": {"en": "Expert report", "fr": "Expertise", "ar": "تقرير الخبير"},
        "description": {
            "en": (
                "The appointment of an expert to examine persons, objects, documents or data and "
                "to report on technical or scientific questions."
            ),
            "fr": (
                "Désignation d’un expert chargé d’examiner des personnes, des objets, des "
                "documents ou des données et de faire rapport sur des questions techniques ou "
                "scientifiques."
            ),
            "ar": (
                "ندب خبير لفحص أشخاص أو أشياء أو مستندات أو بيانات وتقديم تقرير بشأن مسائل فنية أو "
                "علمية."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    # 4 Obtaining documents
    {
        "code": "401",
        "group": "4",
        "name": {
            "en": "Information on bank accounts and banking operations",
            "fr": "Informations sur les comptes bancaires et les opérations bancaires",
            "ar": "المعلومات المتعلقة بالحسابات المصرفية والعمليات المصرفية",
        },
        "description": {
            "en": (
                "The identification of the bank or other financial accounts that a person holds or "
                "controls, and details of the transactions carried out on specified accounts "
                "during a given period."
            ),
            "fr": (
                "Identification des comptes bancaires ou autres comptes financiers qu’une personne "
                "détient ou contrôle, et détail des opérations effectuées sur des comptes "
                "déterminés pendant une période donnée."
            ),
            "ar": (
                "تحديد الحسابات المصرفية أو غيرها من الحسابات المالية التي يملكها شخص ما أو يتحكم "
                "فيها، وبيان العمليات المنفذة على حسابات محددة خلال فترة معينة."
            ),
        },
        "contact_roles": ["asset-recovery"],
    },
    {
        "code": "402",
        "group": "4",
        "name": {
            "en": "Monitoring of banking operations",
            "fr": "Suivi des opérations bancaires",
            "ar": "مراقبة العمليات المصرفية",
        },
        "description": {
            "en": (
                "The real-time monitoring, for a set period, of the transactions carried out "
                "through one or more specified accounts."
            ),
            "fr": (
                "Surveillance en temps réel, pendant une période déterminée, des opérations "
                "effectuées sur un ou plusieurs comptes déterminés."
            ),
            "ar": (
                "المراقبة الآنية، خلال فترة محددة، للعمليات المنفذة عبر حساب واحد أو أكثر من "
                "الحسابات المحددة."
            ),
        },
        "contact_roles": ["asset-recovery"],
    },
    {
        "code": "403",
        "group": "4",
        "name": {
            "en": "Subscriber data",
            "fr": "Données relatives aux abonnés",
            "ar": "بيانات المشتركين",
        },
        "description": {
            "en": (
                "Information held by a service provider that identifies the subscriber or user of "
                "a telephone number, IP address or online account, such as name, address and "
                "subscription details."
            ),
            "fr": (
                "Informations détenues par un fournisseur de services qui permettent d’identifier "
                "l’abonné ou l’utilisateur d’un numéro de téléphone, d’une adresse IP ou d’un "
                "compte en ligne, telles que le nom, l’adresse et les détails de l’abonnement."
            ),
            "ar": (
                "المعلومات التي يحتفظ بها مقدم الخدمة وتسمح بتحديد هوية المشترك أو المستخدم لرقم "
                "هاتف أو عنوان بروتوكول إنترنت أو حساب إلكتروني، مثل الاسم والعنوان وتفاصيل "
                "الاشتراك."
            ),
        },
        "contact_roles": ["cybercrime-24-7"],
    },
    {
        "code": "404",
        "group": "4",
        "name": {
            "en": "Traffic and location data",
            "fr": "Données relatives au trafic et à la localisation",
            "ar": "بيانات الحركة والموقع",
        },
        "description": {
            "en": (
                "Data on the origin, destination, date, time, duration and location of "
                "communications already made, excluding their content."
            ),
            "fr": (
                "Données relatives à l’origine, à la destination, à la date, à l’heure, à la durée "
                "et à la localisation de communications déjà effectuées, à l’exclusion de leur "
                "contenu."
            ),
            "ar": (
                "البيانات المتعلقة بمصدر الاتصالات التي سبق إجراؤها ووجهتها وتاريخها ووقتها ومدتها "
                "وموقعها، دون محتواها."
            ),
        },
        "contact_roles": ["cybercrime-24-7"],
    },
    {
        "code": "405",
        "group": "4",
        "name": {
            "en": "Expedited preservation of stored computer data",
            "fr": "Conservation rapide de données informatiques stockées",
            "ar": "التحفظ العاجل على البيانات الحاسوبية المخزنة",
        },
        "description": {
            "en": (
                "An urgent order to a service provider or other holder to keep specified computer "
                "data intact, pending a formal request for its disclosure."
            ),
            "fr": (
                "Injonction urgente adressée à un fournisseur de services ou à un autre détenteur "
                "de conserver intactes des données informatiques déterminées, dans l’attente d’une "
                "demande formelle de communication."
            ),
            "ar": (
                "أمر عاجل يوجه إلى مقدم خدمة أو إلى أي حائز آخر بالمحافظة على بيانات حاسوبية محددة "
                "دون تغيير، ريثما يقدم طلب رسمي للإفصاح عنها."
            ),
        },
        "contact_roles": ["cybercrime-24-7"],
    },
    {
        "code": "406",
        "group": "4",
        "name": {
            "en": "Electronic evidence (stored computer data)",
            "fr": "Preuves électroniques (données informatiques stockées)",
            "ar": "الأدلة الإلكترونية (البيانات الحاسوبية المخزنة)",
        },
        "description": {
            "en": (
                "The search, seizure or production of computer data stored in a computer system or "
                "held by a service provider, such as e-mails, files and account content."
            ),
            "fr": (
                "Perquisition, saisie ou production de données informatiques stockées dans un "
                "système informatique ou détenues par un fournisseur de services, telles que des "
                "courriels, des fichiers ou le contenu de comptes."
            ),
            "ar": (
                "تفتيش البيانات الحاسوبية المخزنة في نظام حاسوبي أو التي يحتفظ بها مقدم خدمة، أو "
                "ضبطها أو الأمر بتقديمها، مثل رسائل البريد الإلكتروني والملفات ومحتوى الحسابات."
            ),
        },
        "contact_roles": ["cybercrime-24-7"],
    },
    {
        "code": "407",
        "group": "4",
        "name": {
            "en": "Extracts from criminal records",
            "fr": "Extraits du casier judiciaire",
            "ar": "مستخرجات من السجل الجنائي",
        },
        "description": {
            "en": (
                "Information on a person’s previous convictions as entered in the criminal record "
                "of the requested State."
            ),
            "fr": (
                "Informations sur les condamnations antérieures d’une personne telles qu’elles "
                "figurent au casier judiciaire de l’État requis."
            ),
            "ar": (
                "معلومات عن الإدانات السابقة لشخص ما كما هي مقيدة في السجل الجنائي للدولة متلقية "
                "الطلب."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "408",
        "group": "4",
        "name": {
            "en": "Spontaneous exchange of information",
            "fr": "Échange spontané d’informations",
            "ar": "التبادل التلقائي للمعلومات",
        },
        "description": {
            "en": (
                "Information that an authority passes to a foreign authority without a prior "
                "request, because it may help to start or conduct an investigation or proceedings "
                "there."
            ),
            "fr": (
                "Informations qu’une autorité transmet à une autorité étrangère sans demande "
                "préalable, parce qu’elles peuvent l’aider à engager ou à mener une enquête ou une "
                "procédure."
            ),
            "ar": (
                "معلومات تحيلها سلطة ما إلى سلطة أجنبية دون طلب مسبق، لأنها قد تساعدها على الشروع "
                "في تحقيق أو إجراءات أو على تسييرها."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    # 5 Assets
    {
        "code": "501",
        "group": "5",
        "name": {"en": "Freezing of assets", "fr": "Gel des avoirs", "ar": "تجميد الأصول"},
        "description": {
            "en": (
                "The temporary prohibition of the transfer, conversion, disposition or movement of "
                "property, or its temporary custody or control (freezing or seizure), pending a "
                "decision on confiscation."
            ),
            "fr": (
                "Interdiction temporaire du transfert, de la conversion, de la disposition ou du "
                "mouvement de biens, ou prise temporaire de leur garde ou de leur contrôle (gel ou "
                "saisie), dans l’attente d’une décision de confiscation."
            ),
            "ar": (
                "الحظر المؤقت لنقل الممتلكات أو تحويلها أو التصرف فيها أو تحريكها، أو تولي حراستها "
                "أو السيطرة عليها مؤقتا (التجميد أو الحجز)، ريثما يصدر قرار بشأن مصادرتها."
            ),
        },
        "contact_roles": ["asset-recovery"],
    },
    {
        "code": "502",
        "group": "5",
        "name": {"en": "Confiscation", "fr": "Confiscation", "ar": "المصادرة"},
        "description": {
            "en": (
                "The permanent deprivation of property by order of a court or other competent "
                "authority, including the recognition and enforcement of a foreign confiscation "
                "order."
            ),
            "fr": (
                "Dépossession permanente de biens sur décision d’un tribunal ou d’une autre "
                "autorité compétente, y compris la reconnaissance et l’exécution d’une décision de "
                "confiscation étrangère."
            ),
            "ar": (
                "الحرمان الدائم من الممتلكات بأمر صادر عن محكمة أو سلطة مختصة أخرى، بما في ذلك "
                "الاعتراف بأمر مصادرة أجنبي وتنفيذه."
            ),
        },
        "contact_roles": ["asset-recovery"],
    },
    {
        "code": "503",
        "group": "5",
        "name": {"en": "Asset tracing", "fr": "Dépistage des avoirs", "ar": "تعقب الأصول"},
        "description": {
            "en": (
                "The identification and location of the proceeds and instrumentalities of crime "
                "and of other property of a person, with a view to freezing or confiscation."
            ),
            "fr": (
                "Identification et localisation des produits et instruments du crime et d’autres "
                "biens d’une personne, en vue de leur gel ou de leur confiscation."
            ),
            "ar": (
                "كشف عائدات الجريمة والأدوات المستخدمة في ارتكابها وغيرها من ممتلكات الشخص وتحديد "
                "أماكنها، تمهيدا لتجميدها أو مصادرتها."
            ),
        },
        "contact_roles": ["asset-recovery"],
    },
    {
        "code": "504",
        "group": "5",
        "name": {"en": "Restitution", "fr": "Restitution", "ar": "رد الممتلكات"},
        "description": {
            "en": (
                "The return of property obtained by a criminal offence to its rightful owner or to "
                "the victim."
            ),
            "fr": (
                "Remise des biens obtenus au moyen d’une infraction à leur propriétaire légitime "
                "ou à la victime."
            ),
            "ar": "إعادة الممتلكات المتحصلة من جريمة إلى مالكها الشرعي أو إلى الضحية.",
        },
        "contact_roles": ["asset-recovery"],
    },
    # 6 Places
    {
        "code": "601",
        "group": "6",
        "name": {"en": "House search", "fr": "Perquisition domiciliaire", "ar": "تفتيش المساكن"},
        "description": {
            "en": (
                "The search of a dwelling or other private premises to find and seize objects, "
                "documents or data relevant to the investigation."
            ),
            "fr": (
                "Perquisition dans un domicile ou d’autres locaux privés afin de rechercher et de "
                "saisir des objets, des documents ou des données utiles à l’enquête."
            ),
            "ar": (
                "تفتيش مسكن أو غيره من الأماكن الخاصة بهدف البحث عن أشياء أو مستندات أو بيانات "
                "مفيدة للتحقيق وضبطها."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "602",
        "group": "6",
        "name": {
            "en": "Visit and search of the crime scene",
            "fr": "Visite et fouille des lieux du crime",
            "ar": "معاينة مسرح الجريمة وتفتيشه",
        },
        "description": {
            "en": (
                "The inspection of the place where an offence was committed, to record its state "
                "and collect traces and evidence."
            ),
            "fr": (
                "Examen du lieu où une infraction a été commise afin d’en constater l’état et d’y "
                "recueillir des traces et des éléments de preuve."
            ),
            "ar": "معاينة المكان الذي ارتكبت فيه الجريمة لإثبات حالته ورفع الآثار والأدلة منه.",
        },
        "contact_roles": ["central-authority"],
    },
    # 7 Witnesses, victims and suspects
    {
        "code": "701",
        "group": "7",
        "name": {"en": "Summons", "fr": "Citation à comparaître", "ar": "الاستدعاء للمثول"},
        "description": {
            "en": (
                "Calling a person to appear before an authority at a set date and place, as a "
                "witness, expert, victim or suspect."
            ),
            "fr": (
                "Convocation d’une personne à comparaître devant une autorité, à une date et en un "
                "lieu déterminés, en qualité de témoin, d’expert, de victime ou de suspect."
            ),
            "ar": (
                "دعوة شخص إلى المثول أمام سلطة ما في تاريخ ومكان محددين، بصفته شاهدا أو خبيرا أو "
                "ضحية أو مشتبها فيه."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "702",
        "group": "7",
        "name": {"en": "Hearing of witnesses", "fr": "Audition de témoins", "ar": "سماع الشهود"},
        "description": {
            "en": (
                "The taking of a witness’s statement by the competent authority of the requested "
                "State, where appropriate on questions drawn up or put by the requesting "
                "authority."
            ),
            "fr": (
                "Recueil de la déposition d’un témoin par l’autorité compétente de l’État requis, "
                "le cas échéant sur la base de questions rédigées ou posées par l’autorité "
                "requérante."
            ),
            "ar": (
                "تلقي شهادة الشاهد من قبل السلطة المختصة في الدولة متلقية الطلب، وعند الاقتضاء على "
                "أساس أسئلة تعدها السلطة الطالبة أو تطرحها."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "703",
        "group": "7",
        "name": {"en": "Hearing of victims", "fr": "Audition de victimes", "ar": "سماع الضحايا"},
        "description": {
            "en": (
                "The taking of a victim’s statement, with the protection and support that the "
                "victim’s situation calls for."
            ),
            "fr": (
                "Recueil de la déclaration d’une victime, avec la protection et l’assistance que "
                "sa situation exige."
            ),
            "ar": "تلقي أقوال الضحية، مع توفير ما تقتضيه حالتها من حماية ومساعدة.",
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "704",
        "group": "7",
        "name": {"en": "Hearing of children", "fr": "Audition de mineurs", "ar": "سماع الأطفال"},
        "description": {
            "en": (
                "The hearing of a minor as a witness, victim or suspect, with the safeguards that "
                "apply to children, such as the recording of the hearing and the presence of a "
                "specialist."
            ),
            "fr": (
                "Audition d’un mineur en qualité de témoin, de victime ou de suspect, avec les "
                "garanties propres aux enfants, telles que l’enregistrement de l’audition et la "
                "présence d’un spécialiste."
            ),
            "ar": (
                "سماع قاصر بصفته شاهدا أو ضحية أو مشتبها فيه، مع الضمانات الخاصة بالأطفال، مثل "
                "تسجيل جلسة السماع وحضور أخصائي."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "705",
        "group": "7",
        "name": {
            "en": "Hearing of suspects and accused persons",
            "fr": "Audition de suspects et de personnes poursuivies",
            "ar": "استجواب المشتبه فيهم والمتهمين",
        },
        "description": {
            "en": (
                "The questioning of a suspected or accused person, with the procedural rights that "
                "apply, such as the right to a lawyer and the right to remain silent."
            ),
            "fr": (
                "Interrogatoire d’un suspect ou d’une personne poursuivie, dans le respect des "
                "droits procéduraux applicables, tels que le droit à l’assistance d’un avocat et "
                "le droit de garder le silence."
            ),
            "ar": (
                "استجواب المشتبه فيه أو المتهم مع احترام الحقوق الإجرائية المقررة، مثل الحق في "
                "الاستعانة بمحام والحق في التزام الصمت."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "706",
        "group": "7",
        "name": {
            "en": "Hearing by videoconference",
            "fr": "Audition par vidéoconférence",
            "ar": "السماع عن بعد عبر الاتصال المرئي",
        },
        "description": {
            "en": (
                "The hearing of a person who is in one State by a judicial authority of another "
                "State, through a live audiovisual link."
            ),
            "fr": (
                "Audition d’une personne se trouvant dans un État par une autorité judiciaire d’un "
                "autre État, au moyen d’une liaison audiovisuelle en direct."
            ),
            "ar": (
                "سماع شخص موجود في دولة ما من قبل سلطة قضائية في دولة أخرى، عبر وصلة سمعية بصرية "
                "مباشرة."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "707",
        "group": "7",
        "name": {"en": "Confrontation", "fr": "Confrontation", "ar": "المواجهة"},
        "description": {
            "en": (
                "Bringing together two or more persons whose statements contradict each other, to "
                "question them in each other’s presence."
            ),
            "fr": (
                "Mise en présence de deux ou plusieurs personnes dont les déclarations se "
                "contredisent, afin de les interroger l’une en présence de l’autre."
            ),
            "ar": "الجمع بين شخصين أو أكثر تتعارض أقوالهم لاستجوابهم في مواجهة بعضهم بعضا.",
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "708",
        "group": "7",
        "name": {
            "en": "Temporary transfer of persons held in custody",
            "fr": "Transfèrement temporaire de personnes détenues",
            "ar": "النقل المؤقت للأشخاص المحتجزين",
        },
        "description": {
            "en": (
                "The transfer of a detained person to another State for a limited period, to be "
                "heard, to take part in a confrontation or for another investigative act, on "
                "condition that the person is returned."
            ),
            "fr": (
                "Transfèrement d’une personne détenue vers un autre État, pour une durée limitée, "
                "aux fins d’audition, de confrontation ou d’un autre acte d’enquête, à charge pour "
                "cet État de la renvoyer."
            ),
            "ar": (
                "نقل شخص محتجز إلى دولة أخرى لمدة محدودة لسماعه أو لإجراء مواجهة أو أي إجراء تحقيق "
                "آخر، على أن يعاد بعد ذلك."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    # 8 Cross-border operations
    {
        "code": "801",
        "group": "8",
        "name": {
            "en": "Controlled delivery",
            "fr": "Livraison surveillée",
            "ar": "التسليم المراقب",
        },
        "description": {
            "en": (
                "Allowing illicit or suspect consignments to pass out of, through or into a "
                "territory, with the knowledge and under the supervision of the competent "
                "authorities, to identify the persons involved."
            ),
            "fr": (
                "Fait de permettre la sortie du territoire, le passage par celui-ci ou l’entrée "
                "sur celui-ci d’expéditions illicites ou suspectes, au su et sous le contrôle des "
                "autorités compétentes, afin d’identifier les personnes impliquées."
            ),
            "ar": (
                "السماح لشحنات غير مشروعة أو مشبوهة بالخروج من إقليم ما أو المرور عبره أو دخوله، "
                "بعلم من السلطات المختصة وتحت مراقبتها، بغية تحديد هوية الأشخاص الضالعين."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "802",
        "group": "8",
        "name": {
            "en": "Cross-border observation",
            "fr": "Observation transfrontalière",
            "ar": "المراقبة العابرة للحدود",
        },
        "description": {
            "en": (
                "The continued covert surveillance of a person across a border by officers of the "
                "State where it began, or its handover to officers of the other State."
            ),
            "fr": (
                "Poursuite de la surveillance discrète d’une personne au-delà d’une frontière par "
                "les agents de l’État où elle a commencé, ou sa reprise par les agents de l’autre "
                "État."
            ),
            "ar": (
                "مواصلة المراقبة السرية لشخص ما عبر الحدود من قبل موظفي الدولة التي بدأت فيها، أو "
                "تسليمها إلى موظفي الدولة الأخرى."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "803",
        "group": "8",
        "name": {
            "en": "Joint investigation teams",
            "fr": "Équipes communes d’enquête",
            "ar": "فرق التحقيق المشتركة",
        },
        "description": {
            "en": (
                "A team set up by agreement between the competent authorities of two or more "
                "States, for a limited period and a specific purpose, to carry out criminal "
                "investigations in one or more of those States."
            ),
            "fr": (
                "Équipe créée d’un commun accord par les autorités compétentes de deux ou "
                "plusieurs États, pour une durée limitée et dans un but déterminé, afin de mener "
                "des enquêtes pénales dans un ou plusieurs de ces États."
            ),
            "ar": (
                "فريق ينشأ باتفاق بين السلطات المختصة في دولتين أو أكثر، لمدة محدودة ولغرض محدد، "
                "لإجراء تحقيقات جنائية في دولة أو أكثر من تلك الدول."
            ),
        },
        "contact_roles": ["central-authority", "eurojust-contact-point"],
    },
    # 9 Persons
    {
        "code": "901",
        "group": "9",
        "name": {"en": "Extradition", "fr": "Extradition", "ar": "تسليم المجرمين"},
        "description": {
            "en": (
                "The surrender of a person by one State to another for prosecution or for the "
                "enforcement of a sentence, including provisional arrest pending the request."
            ),
            "fr": (
                "Remise d’une personne par un État à un autre aux fins de poursuites ou "
                "d’exécution d’une peine, y compris l’arrestation provisoire dans l’attente de la "
                "demande."
            ),
            "ar": (
                "تسليم دولة ما شخصا إلى دولة أخرى لملاحقته قضائيا أو لتنفيذ عقوبة صادرة بحقه، بما "
                "في ذلك القبض المؤقت عليه ريثما يقدم طلب التسليم."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "902",
        "group": "9",
        "name": {
            "en": "Transfer of proceedings",
            "fr": "Transfert des procédures pénales",
            "ar": "نقل الإجراءات الجنائية",
        },
        "description": {
            "en": (
                "The transfer of criminal proceedings from one State to another, which then "
                "prosecutes the offence in place of the first, including the laying of information "
                "for the purpose of proceedings."
            ),
            "fr": (
                "Transmission d’une procédure pénale d’un État à un autre, qui poursuit alors "
                "l’infraction à la place du premier, y compris la dénonciation aux fins de "
                "poursuites."
            ),
            "ar": (
                "إحالة الإجراءات الجنائية من دولة إلى دولة أخرى لتتولى ملاحقة الجريمة بدلا من "
                "الأولى، بما في ذلك الإبلاغ لغرض الملاحقة القضائية."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "903",
        "group": "9",
        "name": {
            "en": "Service of documents",
            "fr": "Remise des actes de procédure",
            "ar": "تبليغ المستندات القضائية",
        },
        "description": {
            "en": (
                "The delivery of procedural documents, such as summonses, decisions and judgments, "
                "to a person in another State, with proof of service."
            ),
            "fr": (
                "Remise d’actes de procédure, tels que citations, décisions et jugements, à une "
                "personne se trouvant dans un autre État, avec preuve de la remise."
            ),
            "ar": (
                "تبليغ الوثائق الإجرائية، مثل أوراق التكليف بالحضور والقرارات والأحكام، إلى شخص "
                "موجود في دولة أخرى، مع إثبات التبليغ."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    {
        "code": "904",
        "group": "9",
        "name": {
            "en": "Transfer of sentenced persons",
            "fr": "Transfèrement des personnes condamnées",
            "ar": "نقل الأشخاص المحكوم عليهم",
        },
        "description": {
            "en": (
                "The transfer of a person sentenced in one State to the State of which the person "
                "is a national or resident, to serve the rest of the sentence there."
            ),
            "fr": (
                "Transfèrement d’une personne condamnée dans un État vers l’État dont elle est "
                "ressortissante ou résidente, afin d’y purger le reste de sa peine."
            ),
            "ar": (
                "نقل شخص محكوم عليه في دولة ما إلى الدولة التي يحمل جنسيتها أو يقيم فيها، لقضاء ما "
                "تبقى من عقوبته فيها."
            ),
        },
        "contact_roles": ["central-authority"],
    },
    # 10 Informal cooperation
    {
        "code": "1001",
        "group": "10",
        "name": {
            "en": "Police-to-police cooperation",
            "fr": "Coopération entre services de police",
            "ar": "التعاون بين أجهزة الشرطة",
        },
        "description": {
            "en": (
                "The direct exchange of information and assistance between the police services of "
                "different States, outside a formal request for mutual legal assistance."
            ),
            "fr": (
                "Échange direct d’informations et assistance entre les services de police de "
                "différents États, en dehors d’une demande formelle d’entraide judiciaire."
            ),
            "ar": (
                "التبادل المباشر للمعلومات والمساعدة بين أجهزة الشرطة في دول مختلفة، خارج إطار طلب "
                "رسمي للمساعدة القانونية المتبادلة."
            ),
        },
        "contact_roles": [],
    },
    {
        "code": "1002",
        "group": "10",
        "name": {"en": "INTERPOL channels", "fr": "Canaux d’INTERPOL", "ar": "قنوات الإنتربول"},
        "description": {
            "en": (
                "The exchange of information, notices and diffusions through the INTERPOL National "
                "Central Bureaus and their secure communication network."
            ),
            "fr": (
                "Échange d’informations, de notices et de diffusions par l’intermédiaire des "
                "bureaux centraux nationaux d’INTERPOL et de leur réseau de communication "
                "sécurisé."
            ),
            "ar": (
                "تبادل المعلومات والنشرات والتعميمات عن طريق المكاتب المركزية الوطنية للإنتربول "
                "وشبكة اتصالاتها المؤمنة."
            ),
        },
        "contact_roles": [],
    },
    {
        "code": "1003",
        "group": "10",
        "name": {
            "en": "FIU-to-FIU exchange of information",
            "fr": "Échange d’informations entre cellules de renseignement financier",
            "ar": "تبادل المعلومات بين وحدات الاستخبارات المالية",
        },
        "description": {
            "en": (
                "The exchange of financial intelligence between the financial intelligence units "
                "of different States, in particular within the Egmont Group."
            ),
            "fr": (
                "Échange de renseignements financiers entre les cellules de renseignement "
                "financier de différents États, notamment dans le cadre du Groupe Egmont."
            ),
            "ar": (
                "تبادل المعلومات الاستخبارية المالية بين وحدات الاستخبارات المالية في دول مختلفة، "
                "ولا سيما في إطار مجموعة إيغمونت."
            ),
        },
        "contact_roles": [],
    },
    {
        "code": "1004",
        "group": "10",
        "name": {"en": "Liaison magistrates", "fr": "Magistrats de liaison", "ar": "قضاة الاتصال"},
        "description": {
            "en": (
                "Judges or prosecutors posted by one State to another to facilitate judicial "
                "cooperation between them, including the preparation and follow-up of requests."
            ),
            "fr": (
                "Juges ou procureurs détachés par un État auprès d’un autre afin de faciliter la "
                "coopération judiciaire entre eux, notamment la préparation et le suivi des "
                "demandes."
            ),
            "ar": (
                "قضاة أو أعضاء نيابة عامة توفدهم دولة إلى دولة أخرى لتيسير التعاون القضائي بينهما، "
                "بما في ذلك إعداد الطلبات ومتابعتها."
            ),
        },
        "contact_roles": ["liaison-magistrate"],
    },
]

CHANNELS: list[dict] = [
    {
        "code": "central-authority",
        "name": {"en": "Central authority", "fr": "Autorité centrale", "ar": "السلطة المركزية"},
    },
    {
        "code": "direct-judicial",
        "name": {
            "en": "Direct contact between judicial authorities",
            "fr": "Contact direct entre autorités judiciaires",
            "ar": "الاتصال المباشر بين السلطات القضائية",
        },
    },
    {
        "code": "diplomatic",
        "name": {"en": "Diplomatic channel", "fr": "Voie diplomatique", "ar": "القناة الدبلوماسية"},
    },
    {
        "code": "interpol",
        "name": {"en": "INTERPOL channel", "fr": "Canal d’INTERPOL", "ar": "قناة الإنتربول"},
    },
]

# Only instruments that exist; which countries are parties to them is for each fiche to say.
INSTRUMENTS: list[dict] = [
    # United Nations conventions
    {
        "slug": "untoc",
        "kind": "universal",
        "year": 2000,
        "short_name": {
            "en": "UNTOC",
            "fr": "Convention de Palerme",
            "ar": "اتفاقية الجريمة المنظمة",
        },
        "name": {
            "en": "United Nations Convention against Transnational Organized Crime",
            "fr": "Convention des Nations Unies contre la criminalité transnationale organisée",
            "ar": "اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية",
        },
        "source_url": "https://www.unodc.org/unodc/en/organized-crime/intro/UNTOC.html",
    },
    {
        "slug": "uncac",
        "kind": "universal",
        "year": 2003,
        "short_name": {"en": "UNCAC", "fr": "CNUCC", "ar": "اتفاقية مكافحة الفساد"},
        "name": {
            "en": "United Nations Convention against Corruption",
            "fr": "Convention des Nations Unies contre la corruption",
            "ar": "اتفاقية الأمم المتحدة لمكافحة الفساد",
        },
        "source_url": "https://www.unodc.org/unodc/en/corruption/uncac.html",
    },
    {
        "slug": "vienna-1988",
        "kind": "universal",
        "year": 1988,
        "short_name": {
            "en": "1988 Vienna Convention",
            "fr": "Convention de Vienne de 1988",
            "ar": "اتفاقية فيينا لعام 1988",
        },
        "name": {
            "en": (
                "United Nations Convention against Illicit Traffic in Narcotic Drugs and "
                "Psychotropic Substances"
            ),
            "fr": (
                "Convention des Nations Unies contre le trafic illicite de stupéfiants et de "
                "substances psychotropes"
            ),
            "ar": "اتفاقية الأمم المتحدة لمكافحة الاتجار غير المشروع في المخدرات والمؤثرات العقلية",
        },
        "source_url": "https://www.unodc.org/unodc/en/treaties/illicit-trafficking.html",
    },
    # Regional instruments: League of Arab States and Council of Europe
    {
        "slug": "riyadh-1983",
        "kind": "regional",
        "year": 1983,
        "short_name": {
            "en": "Riyadh Agreement",
            "fr": "Convention de Riyad",
            "ar": "اتفاقية الرياض",
        },
        "name": {
            "en": "Riyadh Arab Agreement for Judicial Cooperation",
            "fr": "Convention arabe de Riyad pour la coopération judiciaire",
            "ar": "اتفاقية الرياض العربية للتعاون القضائي",
        },
        "source_url": (
            "http://www.unhcr.org/refworld/type,MULTILATERALTREATY,ARAB,,3ae6b38d8,0.html"
        ),
    },
    {
        "slug": "arab-toc-2010",
        "kind": "regional",
        "year": 2010,
        "short_name": {
            "en": "Arab Organized Crime Convention",
            "fr": "Convention arabe sur la criminalité organisée",
            "ar": "الاتفاقية العربية لمكافحة الجريمة المنظمة",
        },
        "name": {
            "en": "Arab Convention on Combating Transnational Organized Crime",
            "fr": "Convention arabe de lutte contre la criminalité transnationale organisée",
            "ar": "الاتفاقية العربية لمكافحة الجريمة المنظمة عبر الحدود الوطنية",
        },
        "source_url": "",
    },
    {
        "slug": "arab-it-2010",
        "kind": "regional",
        "year": 2010,
        "short_name": {
            "en": "Arab IT Offences Convention",
            "fr": "Convention arabe sur les infractions informatiques",
            "ar": "الاتفاقية العربية لجرائم تقنية المعلومات",
        },
        "name": {
            "en": "Arab Convention on Combating Information Technology Offences",
            "fr": (
                "Convention arabe de lutte contre les infractions liées aux technologies de "
                "l’information"
            ),
            "ar": "الاتفاقية العربية لمكافحة جرائم تقنية المعلومات",
        },
        "source_url": "",
    },
    {
        "slug": "budapest-2001",
        "kind": "regional",
        "year": 2001,
        "short_name": {
            "en": "Budapest Convention",
            "fr": "Convention de Budapest",
            "ar": "اتفاقية بودابست",
        },
        "name": {
            "en": "Convention on Cybercrime (ETS No. 185)",
            "fr": "Convention sur la cybercriminalité (STE n° 185)",
            "ar": "الاتفاقية المتعلقة بالجريمة الإلكترونية (مجموعة المعاهدات الأوروبية رقم 185)",
        },
        "source_url": COE_TREATY + "185",
    },
    {
        "slug": "ets-30",
        "kind": "regional",
        "year": 1959,
        "short_name": {
            "en": "European MLA Convention (ETS No. 30)",
            "fr": "Convention européenne d’entraide (STE n° 30)",
            "ar": "الاتفاقية الأوروبية للمساعدة المتبادلة لعام 1959",
        },
        "name": {
            "en": "European Convention on Mutual Assistance in Criminal Matters (ETS No. 30)",
            "fr": "Convention européenne d’entraide judiciaire en matière pénale (STE n° 30)",
            "ar": (
                "الاتفاقية الأوروبية للمساعدة المتبادلة في المسائل الجنائية (مجموعة المعاهدات "
                "الأوروبية رقم 30)"
            ),
        },
        "source_url": COE_TREATY + "030",
    },
    # Bilateral treaties between South Partner Countries and EU Member States
    {
        "slug": "ma-be-mla-1997",
        "kind": "bilateral",
        "year": 1997,
        "short_name": {
            "en": "Morocco–Belgium MLA Convention (1997)",
            "fr": "Convention d’entraide Belgique–Maroc (1997)",
            "ar": "اتفاقية المساعدة القضائية بين المغرب وبلجيكا (1997)",
        },
        "name": {
            "en": (
                "Convention on Mutual Legal Assistance in Criminal Matters between the Kingdom of "
                "Belgium and the Kingdom of Morocco, signed at Brussels on 7 July 1997"
            ),
            "fr": (
                "Convention d’entraide judiciaire en matière pénale entre le Royaume de Belgique "
                "et le Royaume du Maroc, signée à Bruxelles le 7 juillet 1997"
            ),
            "ar": (
                "اتفاقية المساعدة القضائية المتبادلة في المسائل الجنائية بين المملكة المغربية "
                "ومملكة بلجيكا، الموقعة في بروكسل بتاريخ 7 يوليو 1997"
            ),
        },
        "source_url": (
            "https://news.belgium.be/fr/conventions-entre-le-royaume-de-belgique-et-le-royaume-du-maroc"
        ),
    },
    {
        "slug": "ma-fr-mla-2008",
        "kind": "bilateral",
        "year": 2008,
        "short_name": {
            "en": "Morocco–France MLA Convention (2008)",
            "fr": "Convention d’entraide France–Maroc (2008)",
            "ar": "اتفاقية المساعدة القضائية بين المغرب وفرنسا (2008)",
        },
        "name": {
            "en": (
                "Convention on Mutual Legal Assistance in Criminal Matters between the Government "
                "of the French Republic and the Government of the Kingdom of Morocco, signed at "
                "Rabat on 18 April 2008"
            ),
            "fr": (
                "Convention d’entraide judiciaire en matière pénale entre le Gouvernement de la "
                "République française et le Gouvernement du Royaume du Maroc, signée à Rabat le 18 "
                "avril 2008"
            ),
            "ar": (
                "اتفاقية المساعدة القضائية المتبادلة في المسائل الجنائية بين حكومة المملكة "
                "المغربية وحكومة الجمهورية الفرنسية، الموقعة في الرباط بتاريخ 18 أبريل 2008"
            ),
        },
        "source_url": "https://www.senat.fr/rap/l14-582/l14-5821.html",
    },
    {
        "slug": "dz-fr-mla-2016",
        "kind": "bilateral",
        "year": 2016,
        "short_name": {
            "en": "Algeria–France MLA Convention (2016)",
            "fr": "Convention d’entraide France–Algérie (2016)",
            "ar": "اتفاقية المساعدة القضائية بين الجزائر وفرنسا (2016)",
        },
        "name": {
            "en": (
                "Convention on Mutual Legal Assistance in Criminal Matters between the Government "
                "of the French Republic and the Government of the People’s Democratic Republic of "
                "Algeria, signed at Paris on 5 October 2016"
            ),
            "fr": (
                "Convention d’entraide judiciaire en matière pénale entre le Gouvernement de la "
                "République française et le Gouvernement de la République algérienne démocratique "
                "et populaire, signée à Paris le 5 octobre 2016"
            ),
            "ar": (
                "اتفاقية التعاون القضائي في المجال الجزائي بين حكومة الجمهورية الجزائرية "
                "الديمقراطية الشعبية وحكومة الجمهورية الفرنسية، الموقعة في باريس بتاريخ 5 أكتوبر "
                "2016"
            ),
        },
        "source_url": "https://legal.tricoteuses.fr/articles/JORFARTI000037002193",
    },
    {
        "slug": "tn-fr-1972",
        "kind": "bilateral",
        "year": 1972,
        "short_name": {
            "en": "Tunisia–France Convention (1972)",
            "fr": "Convention France–Tunisie (1972)",
            "ar": "الاتفاقية التونسية الفرنسية (1972)",
        },
        "name": {
            "en": (
                "Convention on Mutual Legal Assistance in Criminal Matters and Extradition between "
                "France and Tunisia of 28 June 1972"
            ),
            "fr": (
                "Convention relative à l’entraide judiciaire en matière pénale et à l’extradition "
                "entre la France et la Tunisie du 28 juin 1972"
            ),
            "ar": (
                "الاتفاقية المتعلقة بالتعاون القضائي في المادة الجزائية وتسليم المجرمين بين "
                "الجمهورية التونسية والجمهورية الفرنسية المؤرخة في 28 يونيو 1972"
            ),
        },
        "source_url": "https://justice.gouv.fr/en/node/1053",
    },
]
