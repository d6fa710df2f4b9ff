"""Seed 004, the Euromed Police Strategy 2017 summary, as the portal's page of priority crime areas.

The English is the seed's text as written (its bold marks left out). The French and Arabic are the
portal's translations of it, and the page says so. The core priority areas and crosscutting
subjects themselves are the directory's crime areas (directory/seed_data.py CRIME_AREAS).
"""

NNBSP = "\u202f"  # before ; : ! ? in French

# Pages: the introduction (before the two lists of areas) and the paragraph that opens the
# objectives, as the seed orders them.
PAGES: list[dict] = [
    {
        "slug": "police-strategy",
        "title": {
            "en": "Euromed Police Strategy 2017",
            "fr": "Stratégie Euromed Police 2017",
            "ar": "استراتيجية يوروميد للشرطة لعام 2017",
        },
        "summary": {
            "en": "Euromed Police IV – Euromed Police Strategy Summary 2017 – Unclassified",
            "fr": "Euromed Police IV – Résumé de la stratégie Euromed Police 2017 – Non classifié",
            "ar": "يوروميد للشرطة IV – ملخص استراتيجية يوروميد للشرطة لعام 2017 – غير مصنَّف",
        },
        "body": {
            "en": (
                "Following the previous Euromed Police projects I, II and III to enhance the "
                "impact of EU neighbourhood policy, the EU Member States and its immediate "
                "country neighbours have come to a common political understanding of the fact "
                "that citizen security is a critical foundation for economic and social "
                "development. The objective of increasing security calls for increased good "
                "governance related to cross-border cooperation that involves national "
                "authorities on the political, strategic and technical levels. Accordingly, the "
                "Euromed Justice and Police programme was created to strengthen cooperation in "
                "the Euro-Mediterranean area on each of these levels in the fields of justice "
                "and security.\n\n"
                "The present Strategy of Euromed Police constitutes a coordinated approach to "
                "regional police cooperation within a defined set of priority crime areas of a "
                "transboundary nature jointly implemented by the Euromed Police Partners. The "
                "identification of these priority areas is based on the contributions of the two "
                "Euromed Police Networks: Analysis and Capacity Building Networks.\n\n"
                "These priority areas were endorsed at the first Euromed Police high-level "
                "meeting in February 2017, and can be divided into two categories:"
            ),
            "fr": (
                "À la suite des précédents projets Euromed Police I, II et III visant à renforcer "
                "l’impact de la politique de voisinage de l’UE, les États membres de l’UE et "
                "leurs voisins immédiats sont parvenus à une compréhension politique commune du "
                "fait que la sécurité des citoyens constitue un fondement essentiel du "
                "développement économique et social. L’objectif d’un renforcement de la "
                "sécurité appelle une meilleure gouvernance de la coopération transfrontalière, "
                "associant les autorités nationales aux niveaux politique, stratégique et "
                "technique. C’est pourquoi le programme Euromed Justice et Police a été créé "
                "afin de renforcer la coopération dans l’espace euro-méditerranéen à chacun de "
                "ces niveaux, dans les domaines de la justice et de la sécurité.\n\n"
                "La présente Stratégie d’Euromed Police constitue une approche coordonnée de la "
                "coopération policière régionale dans un ensemble défini de domaines de "
                "criminalité prioritaires de nature transfrontalière, mise en œuvre "
                "conjointement par les partenaires d’Euromed Police. Ces domaines prioritaires "
                "ont été identifiés sur la base des contributions des deux réseaux d’Euromed "
                f"Police{NNBSP}: le réseau d’analyse et le réseau de renforcement des "
                "capacités.\n\n"
                "Ces domaines prioritaires ont été approuvés lors de la première réunion de haut "
                "niveau d’Euromed Police en février 2017 et peuvent être répartis en deux "
                f"catégories{NNBSP}:"
            ),
            "ar": (
                "في أعقاب مشاريع يوروميد للشرطة السابقة الأول والثاني والثالث، الرامية إلى تعزيز "
                "أثر سياسة الجوار الأوروبية، توصّلت الدول الأعضاء في الاتحاد الأوروبي والدول "
                "المجاورة لها مباشرةً إلى فهم سياسي مشترك مفاده أن أمن المواطنين ركيزة أساسية "
                "للتنمية الاقتصادية والاجتماعية. ويستلزم هدف تعزيز الأمن تحسين الحوكمة الرشيدة "
                "في مجال التعاون العابر للحدود الذي يشمل السلطات الوطنية على المستويات السياسية "
                "والاستراتيجية والتقنية. وبناءً على ذلك، أُنشئ برنامج يوروميد للعدالة والشرطة "
                "لتعزيز التعاون في المنطقة الأورومتوسطية على كل من هذه المستويات في مجالَي "
                "العدالة والأمن.\n\n"
                "وتشكّل استراتيجية يوروميد للشرطة هذه نهجاً منسَّقاً للتعاون الشرطي الإقليمي "
                "ضمن مجموعة محددة من مجالات الجريمة ذات الأولوية العابرة للحدود، ينفّذه شركاء "
                "يوروميد للشرطة بصورة مشتركة. وقد حُدِّدت هذه المجالات ذات الأولوية استناداً إلى "
                "إسهامات شبكتَي يوروميد للشرطة: شبكة التحليل وشبكة بناء القدرات.\n\n"
                "وقد أُقرّت هذه المجالات ذات الأولوية في الاجتماع الرفيع المستوى الأول ليوروميد "
                "للشرطة في شباط/فبراير 2017، ويمكن تقسيمها إلى فئتين:"
            ),
        },
    },
    {
        "slug": "police-strategy-objectives",
        "title": {"en": "Objectives", "fr": "Objectifs", "ar": "الأهداف"},
        "summary": {"en": "", "fr": "", "ar": ""},
        "body": {
            "en": (
                "The strategy is organised into several objectives linked to the here "
                "above-mentioned priority areas – but most importantly these objectives include "
                "sustainability and information sharing. For each objective, action plans have "
                "been designed, however they will not be further discussed in this document. "
                "These action plans – which have been agreed on by all the partners – will "
                "inspire the upcoming missions organised by Euromed Police throughout the year."
            ),
            "fr": (
                "La stratégie s’articule autour de plusieurs objectifs liés aux domaines "
                "prioritaires mentionnés ci-dessus – mais surtout, ces objectifs comprennent la "
                "durabilité et le partage d’informations. Des plans d’action ont été conçus pour "
                "chaque objectif, mais ils ne sont pas examinés plus avant dans le présent "
                "document. Ces plans d’action – approuvés par l’ensemble des partenaires – "
                "inspireront les prochaines missions organisées par Euromed Police tout au long "
                "de l’année."
            ),
            "ar": (
                "تنتظم الاستراتيجية في عدة أهداف مرتبطة بالمجالات ذات الأولوية المذكورة أعلاه – "
                "والأهم من ذلك أن هذه الأهداف تشمل الاستدامة وتبادل المعلومات. وقد وُضعت خطط عمل "
                "لكل هدف، غير أنها لن تُناقَش بمزيد من التفصيل في هذه الوثيقة. وستُلهم خطط العمل "
                "هذه – التي وافق عليها جميع الشركاء – البعثاتِ المقبلة التي ينظّمها يوروميد "
                "للشرطة على مدار العام."
            ),
        },
    },
]

# The five objectives, each under the core priority area it serves (a directory crime area slug).
# "considerations": the seed's list of relevant considerations, one per item.
OBJECTIVES: list[dict] = [
    {
        "number": 1,
        "crime_area": "terrorism",
        "title": {
            "en": "Counter-terrorism",
            "fr": "Lutte contre le terrorisme",
            "ar": "مكافحة الإرهاب",
        },
        "objective": {
            "en": (
                "Strengthen the Euromed Police partners' capacity to detect, investigate, "
                "analyse, and coordinate the response to the threat posed by terrorism, "
                "especially foreign terrorist fighters."
            ),
            "fr": (
                "Renforcer la capacité des partenaires d’Euromed Police à détecter, enquêter, "
                "analyser et coordonner la réponse à la menace que représente le terrorisme, en "
                "particulier les combattants terroristes étrangers."
            ),
            "ar": (
                "تعزيز قدرة شركاء يوروميد للشرطة على الكشف والتحقيق والتحليل وتنسيق التصدي "
                "للتهديد الذي يشكّله الإرهاب، ولا سيما المقاتلون الإرهابيون الأجانب."
            ),
        },
        "considerations": {
            "en": [
                "Appropriate investigative mechanisms have to be applied to current threats, and "
                "police officers should receive training in subjects such as cybernetics;",
                "A better relationship between law enforcement and Internet companies should be "
                "built",
                "An enhanced international cooperation and new regulations have reduced the "
                "number of foreign terrorist fighters leaving for conflict zones, therefore "
                "increasing the risk of attacks conducted on home ground;",
                "Prevention and anticipation have been identified as crucial in the fight "
                "against terrorism, radicalised individuals must be identified at the earliest "
                "stage;",
                "2 majors enablers of terrorism: (a) counterfeit documents, (b) illicit "
                "trafficking in firearms",
            ],
            "fr": [
                "Des mécanismes d’enquête appropriés doivent être appliqués aux menaces "
                "actuelles, et les policiers devraient être formés dans des domaines tels que la "
                f"cybernétique{NNBSP};",
                "Il convient d’établir une meilleure relation entre les services répressifs et "
                "les entreprises de l’internet",
                "Le renforcement de la coopération internationale et de nouvelles réglementations "
                "ont réduit le nombre de combattants terroristes étrangers partant vers les zones "
                "de conflit, ce qui accroît le risque d’attentats commis sur le territoire "
                f"national{NNBSP};",
                "La prévention et l’anticipation ont été jugées essentielles dans la lutte contre "
                "le terrorisme, les personnes radicalisées doivent être identifiées le plus tôt "
                f"possible{NNBSP};",
                f"Deux facteurs majeurs qui favorisent le terrorisme{NNBSP}: a) les faux "
                "documents, b) le trafic illicite d’armes à feu",
            ],
            "ar": [
                "يجب تطبيق آليات تحقيق ملائمة على التهديدات الراهنة، وينبغي أن يتلقى أفراد "
                "الشرطة تدريباً في مواضيع مثل علم التحكم الآلي (السيبرنطيقا)؛",
                "ينبغي بناء علاقة أفضل بين أجهزة إنفاذ القانون وشركات الإنترنت",
                "أدّى تعزيز التعاون الدولي واللوائح الجديدة إلى خفض عدد المقاتلين الإرهابيين "
                "الأجانب المغادرين إلى مناطق النزاع، مما يزيد من خطر الهجمات المنفَّذة داخل "
                "البلد؛",
                "تبيّن أن الوقاية والاستباق أمران حاسمان في مكافحة الإرهاب، ويجب تحديد الأفراد "
                "المتطرفين في أبكر مرحلة ممكنة؛",
                "عاملان رئيسيان يسهّلان الإرهاب: (أ) الوثائق المزوَّرة، (ب) الاتجار غير المشروع "
                "بالأسلحة النارية",
            ],
        },
    },
    {
        "number": 2,
        "crime_area": "irregular-migration-and-human-trafficking",
        "title": {
            "en": "Fight against trafficking of human beings and facilitated immigration",
            "fr": "Lutte contre la traite des êtres humains et l’aide à l’immigration irrégulière",
            "ar": "مكافحة الاتجار بالبشر وتسهيل الهجرة غير النظامية",
        },
        "objective": {
            "en": (
                "Extend law enforcement agencies' knowledge and capacity to counter human "
                "trafficking and migrant smuggling networks"
            ),
            "fr": (
                "Étendre les connaissances et la capacité des services répressifs à lutter "
                "contre les réseaux de traite des êtres humains et de trafic illicite de migrants"
            ),
            "ar": (
                "توسيع معارف أجهزة إنفاذ القانون وقدرتها على مكافحة شبكات الاتجار بالبشر وتهريب "
                "المهاجرين"
            ),
        },
        "considerations": {
            "en": [
                "Investigations have documented that criminal organisations involved in this "
                "criminal sector are multinational, have a flexible structure and, in most "
                "cases, are organised in interconnected cells or groupings, emanating from a hub "
                "usually located in their countries of origin. Consequently, international "
                "cooperation is necessary to track and prosecute them.",
                "The use of forged documents or fraudulent use of authentic ones is commonplace.",
                "Trafficked human beings are exploited principally for sexual and labour purposes",
                "The latest trends indicate an increased use of the internet to facilitate the "
                "commission of these types of crime. Social media are used to recruit potential "
                "victims and even to advertise migrant smuggling services",
            ],
            "fr": [
                "Les enquêtes ont établi que les organisations criminelles actives dans ce "
                "secteur criminel sont multinationales, ont une structure souple et, dans la "
                "plupart des cas, sont organisées en cellules ou groupes interconnectés, issus "
                "d’un centre généralement situé dans leur pays d’origine. Par conséquent, la "
                "coopération internationale est nécessaire pour les détecter et les poursuivre.",
                "L’usage de faux documents ou l’usage frauduleux de documents authentiques est "
                "courant.",
                "Les êtres humains victimes de la traite sont exploités principalement à des fins "
                "sexuelles et de travail",
                "Les dernières tendances montrent un recours accru à l’internet pour faciliter la "
                "commission de ce type d’infractions. Les réseaux sociaux servent à recruter des "
                "victimes potentielles, voire à faire la publicité de services de trafic illicite "
                "de migrants",
            ],
            "ar": [
                "وثّقت التحقيقات أن المنظمات الإجرامية الناشطة في هذا القطاع الإجرامي متعددة "
                "الجنسيات، ذات هيكل مرن، وهي في معظم الحالات منظمة في خلايا أو مجموعات مترابطة "
                "تنبثق من مركز يقع عادةً في بلدانها الأصلية. ومن ثَمّ، فإن التعاون الدولي ضروري "
                "لتعقّبها وملاحقتها قضائياً.",
                "يشيع استخدام الوثائق المزوَّرة أو الاستخدام الاحتيالي للوثائق الأصلية.",
                "يُستغَلّ ضحايا الاتجار بالبشر أساساً لأغراض جنسية ولأغراض العمل",
                "تشير أحدث الاتجاهات إلى تزايد استخدام الإنترنت لتسهيل ارتكاب هذه الأنواع من "
                "الجرائم. وتُستخدَم وسائل التواصل الاجتماعي لتجنيد الضحايا المحتملين، بل وللإعلان "
                "عن خدمات تهريب المهاجرين",
            ],
        },
    },
    {
        "number": 3,
        "crime_area": "cybercrime",
        "title": {
            "en": "Fight against cybercrime and cyber-terrorism",
            "fr": "Lutte contre la cybercriminalité et le cyberterrorisme",
            "ar": "مكافحة الجريمة السيبرانية والإرهاب السيبراني",
        },
        "objective": {
            "en": (
                "Provide means for a better understanding of cyber-investigations and enhance "
                "the relationship between law enforcement agencies, judicial authorities, "
                "service providers, and general population"
            ),
            "fr": (
                "Fournir les moyens d’une meilleure compréhension des cyberenquêtes et renforcer "
                "la relation entre les services répressifs, les autorités judiciaires, les "
                "fournisseurs de services et la population en général"
            ),
            "ar": (
                "توفير الوسائل اللازمة لفهم أفضل للتحقيقات السيبرانية، وتعزيز العلاقة بين أجهزة "
                "إنفاذ القانون والسلطات القضائية ومقدّمي الخدمات وعامة السكان"
            ),
        },
        "considerations": {
            "en": [
                "Cybercrime is increasing in scale, impact, scope, and sophistication: the great "
                "diversity of jurisdictions and global Internet Services Providers are a major "
                "challenge faced by law enforcement agencies and judicial services;",
                "The greatest difficulty faced in convicting criminals remains attributing "
                "criminal responsibility to a particular individual;",
                "The fight against criminal use of the darknet remains a gap in law enforcement",
                "The web provides a home for a host of different types of fraud, therefore, "
                "citizens must adopt certain precautionary measures when using their computers "
                "and law enforcement agencies must contribute to the dissemination of best "
                "practices in this regard.",
                "Coordination and sharing of information are crucial for effective "
                "cyber-investigations, which additionally require specialised training, "
                "harmonization of procedures to simplify law enforcement cooperation and "
                "multi-stakeholder cooperation",
            ],
            "fr": [
                "La cybercriminalité gagne en ampleur, en impact, en portée et en "
                f"sophistication{NNBSP}: la grande diversité des juridictions et des "
                "fournisseurs mondiaux de services internet constitue un défi majeur pour les "
                f"services répressifs et les services judiciaires{NNBSP};",
                "La principale difficulté pour faire condamner les criminels reste l’imputation "
                f"de la responsabilité pénale à une personne déterminée{NNBSP};",
                "La lutte contre l’utilisation criminelle du darknet demeure une lacune de "
                "l’action répressive",
                "Le web abrite une multitude de types de fraude différents, c’est pourquoi les "
                "citoyens doivent prendre certaines mesures de précaution lorsqu’ils utilisent "
                "leur ordinateur, et les services répressifs doivent contribuer à la diffusion des "
                "bonnes pratiques en la matière.",
                "La coordination et le partage d’informations sont essentiels à l’efficacité des "
                "cyberenquêtes, qui exigent en outre une formation spécialisée, une harmonisation "
                "des procédures afin de simplifier la coopération entre services répressifs, et "
                "une coopération entre de multiples parties prenantes",
            ],
            "ar": [
                "تتزايد الجريمة السيبرانية حجماً وأثراً ونطاقاً وتطوراً: ويشكّل التنوع الكبير في "
                "الولايات القضائية ومقدّمي خدمات الإنترنت العالميين تحدياً رئيسياً تواجهه أجهزة "
                "إنفاذ القانون والأجهزة القضائية؛",
                "تظل الصعوبة الكبرى في إدانة المجرمين هي إسناد المسؤولية الجنائية إلى فرد بعينه؛",
                "لا تزال مكافحة الاستخدام الإجرامي للشبكة المظلمة ثغرةً في عمل أجهزة إنفاذ القانون",
                "يشكّل الإنترنت بيئةً لأنواع كثيرة ومختلفة من الاحتيال، ولذلك يجب على المواطنين "
                "اتخاذ بعض التدابير الاحتياطية عند استخدام حواسيبهم، ويجب على أجهزة إنفاذ القانون "
                "الإسهام في نشر أفضل الممارسات في هذا الشأن.",
                "يُعدّ التنسيق وتبادل المعلومات أمرين حاسمين لفعالية التحقيقات السيبرانية، التي "
                "تتطلب كذلك تدريباً متخصصاً، ومواءمة الإجراءات لتبسيط التعاون بين أجهزة إنفاذ "
                "القانون، والتعاون بين أصحاب المصلحة المتعددين",
            ],
        },
    },
    {
        "number": 4,
        "crime_area": "firearms-trafficking",
        "title": {
            "en": "Firearms trafficking",
            "fr": "Trafic d’armes à feu",
            "ar": "الاتجار بالأسلحة النارية",
        },
        "objective": {
            "en": (
                "Analyse and implement the measures necessary to detect and counter the "
                "trafficking of firearms both in the physical and online environment, and "
                "identify other criminal phenomena that drive this type of crime"
            ),
            "fr": (
                "Analyser et mettre en œuvre les mesures nécessaires pour détecter et combattre "
                "le trafic d’armes à feu, tant dans l’environnement physique qu’en ligne, et "
                "identifier les autres phénomènes criminels qui alimentent ce type de criminalité"
            ),
            "ar": (
                "تحليل التدابير اللازمة للكشف عن الاتجار بالأسلحة النارية ومكافحته، في البيئة "
                "المادية وعلى الإنترنت على حد سواء، وتنفيذ تلك التدابير، وتحديد الظواهر "
                "الإجرامية الأخرى التي تغذّي هذا النوع من الجرائم"
            ),
        },
        "considerations": {
            "en": [
                "Firearms and explosives trafficking is increasingly conducted via the Internet, "
                "so the investigation of such activities must be stepped up and prosecutions "
                "obtained;",
                "Conflict and post-conflict zones are the main sources of trafficked firearms. "
                "Thus, effective border control is crucial;",
                "Collaboration must be enhanced through existing initiatives that step up "
                "control and detection of firearms, such as Interpol i-Arms or the IBIN "
                "database;",
                "It is necessary to share best practices to improve the administrative "
                "mechanisms for controlling firearms and preventing trafficking.",
            ],
            "fr": [
                "Le trafic d’armes à feu et d’explosifs passe de plus en plus par l’internet, "
                "de sorte que les enquêtes sur ces activités doivent être intensifiées et des "
                f"poursuites obtenues{NNBSP};",
                "Les zones de conflit et d’après-conflit sont les principales sources des armes à "
                "feu faisant l’objet d’un trafic. Un contrôle efficace des frontières est donc "
                f"essentiel{NNBSP};",
                "La collaboration doit être renforcée au moyen des initiatives existantes qui "
                "renforcent le contrôle et la détection des armes à feu, telles que i-Arms "
                f"d’INTERPOL ou la base de données IBIN{NNBSP};",
                "Il est nécessaire de partager les bonnes pratiques afin d’améliorer les "
                "mécanismes administratifs de contrôle des armes à feu et de prévention du "
                "trafic.",
            ],
            "ar": [
                "يجري الاتجار بالأسلحة النارية والمتفجرات بصورة متزايدة عبر الإنترنت، ولذلك يجب "
                "تكثيف التحقيق في هذه الأنشطة وتحقيق الملاحقات القضائية؛",
                "تُعدّ مناطق النزاع وما بعد النزاع المصادر الرئيسية للأسلحة النارية المتَّجر "
                "بها. ومن ثَمّ، فإن المراقبة الفعالة للحدود أمر حاسم؛",
                "يجب تعزيز التعاون من خلال المبادرات القائمة التي تكثّف مراقبة الأسلحة النارية "
                "وكشفها، مثل نظام i-Arms التابع للإنتربول أو قاعدة بيانات IBIN؛",
                "من الضروري تبادل أفضل الممارسات لتحسين الآليات الإدارية لمراقبة الأسلحة النارية "
                "ومنع الاتجار بها.",
            ],
        },
    },
    {
        "number": 5,
        "crime_area": "drug-trafficking",
        "title": {
            "en": "Fight against drug trafficking",
            "fr": "Lutte contre le trafic de stupéfiants",
            "ar": "مكافحة الاتجار بالمخدرات",
        },
        "objective": {
            "en": (
                "Identify the most threatening drug trafficking activity impacting Euromed "
                "Police partners, and define the measures to fight it"
            ),
            "fr": (
                "Identifier l’activité de trafic de stupéfiants la plus menaçante pour les "
                "partenaires d’Euromed Police et définir les mesures pour la combattre"
            ),
            "ar": (
                "تحديد نشاط الاتجار بالمخدرات الأشد تهديداً لشركاء يوروميد للشرطة، وتحديد "
                "التدابير اللازمة لمكافحته"
            ),
        },
        "considerations": {
            "en": [
                "There is increased trafficking of illicit drugs via the Internet, which "
                "represents a special challenge for law enforcement agencies;",
                "Captagon has been identified as a drug that is particularly relevant at sub "
                "regional level in the Middle East",
                "The primary sources of cocaine and its main entry points to the Euro "
                "Mediterranean basin continue to be Latin America via transatlantic flights and "
                "vessels from West Africa respectively. Some Euromed partners report "
                "significantly increased seizures, which shows the persistent threat posed by "
                "this particular drug.",
            ],
            "fr": [
                "Le trafic de drogues illicites via l’internet s’accroît, ce qui représente un "
                f"défi particulier pour les services répressifs{NNBSP};",
                "Le captagon a été identifié comme une drogue particulièrement importante au "
                "niveau sous-régional au Moyen-Orient",
                "Les principales sources de cocaïne et ses principaux points d’entrée dans le "
                "bassin euro-méditerranéen restent, respectivement, l’Amérique latine, par les "
                "vols transatlantiques, et les navires en provenance d’Afrique de l’Ouest. "
                "Certains partenaires d’Euromed signalent une forte hausse des saisies, ce qui "
                "montre la menace persistante que représente cette drogue.",
            ],
            "ar": [
                "يتزايد الاتجار بالمخدرات غير المشروعة عبر الإنترنت، وهو ما يمثّل تحدياً خاصاً "
                "لأجهزة إنفاذ القانون؛",
                "تبيّن أن الكبتاغون مخدِّر ذو أهمية خاصة على المستوى دون الإقليمي في الشرق الأوسط",
                "لا تزال المصادر الرئيسية للكوكايين ونقاط دخوله الرئيسية إلى الحوض الأورومتوسطي "
                "هي، على التوالي، أمريكا اللاتينية عبر الرحلات الجوية العابرة للأطلسي، والسفن "
                "القادمة من غرب أفريقيا. ويُبلغ بعض شركاء يوروميد عن زيادة كبيرة في المضبوطات، "
                "مما يدل على استمرار التهديد الذي يشكّله هذا المخدِّر بعينه.",
            ],
        },
    },
]
