"""Seed content of the About and Home pages in en, fr and ar: what CrimEx is (seed 000), and the
EuroMed Justice project with its contact (seed 001), shown on the About page under CrimEx's
tasks. The French and Arabic are translations of the seeds' English."""

PAGES: list[dict] = [
    {
        "slug": "about",
        "title": {"en": "About CrimEx", "fr": "À propos de CrimEx", "ar": "نبذة عن CrimEx"},
        "summary": {
            "en": (
                "CrimEx is a think-tank, a forum and a permanent working group, with regular "
                "meetings in 2017-2018."
            ),
            "fr": (
                "CrimEx est un groupe de réflexion, un forum et un groupe de travail permanent, "
                "qui se réunit régulièrement en 2017-2018."
            ),
            "ar": (
                "يُشكّل CrimEx مجموعة تفكير ومنتدى وفريق عمل دائماً، ويعقد اجتماعات منتظمة خلال "
                "الفترة 2017-2018."
            ),
        },
        "body": {
            "en": (
                "EuroMed Justice’s activities are designed at two levels: first to intensify the "
                "response of the judicial and law enforcement agencies against transnational "
                "crime at the national level; second to activate and develop the capacities to "
                "counter cross-border crime at regional (South-South) and Euro-Mediterranean "
                "(North- South) levels.\n\n"
                "Therefore, EuroMed Justice proposes the realisation of a mechanism of "
                "cooperation built on national and regional platforms and networks, directly "
                "connected and supported by Eurojust and EJN in criminal matters, with some "
                "activities developed in cooperation with EuroMed Police, UN-Counter Terrorism "
                "Executive Directorate, UNODC, Council of Europe –European Committee on Crime "
                "Problems (CDPC) and the International Association of Prosecutors (IAP).\n\n"
                "To carry out these activities the EuroMed Justice Experts Group in Criminal "
                "Matters (CrimEx) is established.\n\n"
                "CrimEx is a think-tank, a forum and a permanent working group, with regular "
                "meetings in 2017-2018.\n\n"
                "CrimEx exercises the South Partner Countries’ ownership in the implementation of "
                "judicial cooperation activities and the monitoring of the results.\n\n"
                "CrimEx is composed of high to middle-ranking justice practitioners from Justice "
                "Ministries, the judiciary, public prosecution, police and law enforcement, "
                "specialised in judicial cooperation in criminal matters. Invited liaison "
                "magistrates from both SPCs and EU, and defence lawyers may participate to the "
                "CrimEx sessions.\n\n"
                "Main CrimEx tasks are:\n\n"
                "- To enhance the coordination of judicial and law enforcement authorities at "
                "national level – the roadmap towards national platforms of coordination.\n"
                "- To activate and support the development of cooperation platforms of justice "
                "professionals from SPCs, especially in the field of counter-terrorism, fighting "
                "complex cross-border crime, organised crime, cybercrime, irregular migration, "
                "trafficking in human beings, money laundering – drafting of the CrimEx docs: "
                "comparative Legal Analysis, Gaps Analysis and the Handbook on judicial "
                "cooperation, updating the EuroMed Fiches; addressing digital evidence and the "
                "establishment of EuroMed Cyber Crime Contact Points; training needs analyses, "
                "training of trainers, study visits.\n"
                "- To identify the ways of coordination and cooperation with Eurojust, the EJN in "
                "criminal matters, the EJTN and other organisations such as the Council of "
                "Europe, UNODC, UN-CTED IAP and EuroMed Police – identifying concrete ways to "
                "enhance formal and informal cooperation.\n"
                "- To design the setting-up of a regional mechanism of cooperation and "
                "coordination linked to permanent structures (sub-regional, regional or "
                "international) and able to function after completion of the project –roadmap "
                "towards EuroMed Judicial Platform, roadmap towards EuroMed Forum of Prosecutors "
                "General.\n"
                "- To contribute to the development of the North-South and South-South regional "
                "cooperation built on trust and mutual confidence.\n\n"
                "To successfully fulfil its tasks the key requirements are the continuity of the "
                "CrimEx members, the permanent coordination among them, together with the "
                "succession of the specific blocks which build one upon another in order to "
                "achieve the results: the creation of sustainable regional mechanisms of "
                "cooperation in which all the stakeholders intervene and coordinate, and the "
                "development of the capacities and specific skills of the components of this "
                "mechanism."
            ),
            "fr": (
                "Les activités d’EuroMed Justice sont conçues à deux niveaux : premièrement, "
                "intensifier la réponse des autorités judiciaires et des services répressifs face "
                "à la criminalité transnationale au niveau national ; deuxièmement, activer et "
                "développer les capacités de lutte contre la criminalité transfrontalière aux "
                "niveaux régional (Sud-Sud) et euro-méditerranéen (Nord-Sud).\n\n"
                "Par conséquent, EuroMed Justice propose la mise en place d’un mécanisme de "
                "coopération reposant sur des plateformes et des réseaux nationaux et régionaux, "
                "directement reliés à Eurojust et au Réseau judiciaire européen (RJE) en matière "
                "pénale et soutenus par ceux-ci, certaines activités étant menées en coopération "
                "avec EuroMed Police, la Direction exécutive du Comité contre le terrorisme des "
                "Nations unies, l’Office des Nations unies contre la drogue et le crime (ONUDC), "
                "le Conseil de l’Europe – Comité européen pour les problèmes criminels (CDPC) et "
                "l’Association internationale des procureurs et poursuivants (AIPP).\n\n"
                "Pour mener à bien ces activités, le Groupe d’experts EuroMed Justice en matière "
                "pénale (CrimEx) est institué.\n\n"
                "CrimEx est un groupe de réflexion, un forum et un groupe de travail permanent, "
                "qui se réunit régulièrement en 2017-2018.\n\n"
                "CrimEx assure l’appropriation, par les pays partenaires du Sud, de la mise en "
                "œuvre des activités de coopération judiciaire et du suivi des résultats.\n\n"
                "CrimEx est composé de praticiens de la justice de rang supérieur à "
                "intermédiaire, issus des ministères de la Justice, de la magistrature, du "
                "ministère public, de la police et des services répressifs, et spécialisés dans "
                "la coopération judiciaire en matière pénale. Des magistrats de liaison invités, "
                "issus tant des pays partenaires du Sud que de l’UE, ainsi que des avocats de la "
                "défense peuvent participer aux sessions de CrimEx.\n\n"
                "Les principales missions de CrimEx sont les suivantes :\n\n"
                "- Renforcer la coordination des autorités judiciaires et des services répressifs "
                "au niveau national – la feuille de route vers des plateformes nationales de "
                "coordination.\n"
                "- Activer et soutenir le développement de plateformes de coopération entre "
                "professionnels de la justice des pays partenaires du Sud, notamment dans les "
                "domaines de la lutte contre le terrorisme, de la lutte contre la criminalité "
                "transfrontalière complexe, de la criminalité organisée, de la cybercriminalité, "
                "de la migration irrégulière, de la traite des êtres humains et du blanchiment de "
                "capitaux – rédaction des documents de CrimEx : Analyse juridique comparative, "
                "Analyse des lacunes et Manuel sur la coopération judiciaire, mise à jour des "
                "Fiches EuroMed ; traitement de la preuve numérique et mise en place de points de "
                "contact EuroMed en matière de cybercriminalité ; analyses des besoins de "
                "formation, formation de formateurs, visites d’étude.\n"
                "- Identifier les voies de coordination et de coopération avec Eurojust, le RJE "
                "en matière pénale, le Réseau européen de formation judiciaire (REFJ) et d’autres "
                "organisations telles que le Conseil de l’Europe, l’ONUDC, la Direction exécutive "
                "du Comité contre le terrorisme (DECT), l’AIPP et EuroMed Police – en recensant "
                "des moyens concrets de renforcer la coopération formelle et informelle.\n"
                "- Concevoir la mise en place d’un mécanisme régional de coopération et de "
                "coordination rattaché à des structures permanentes (sous-régionales, régionales "
                "ou internationales) et capable de fonctionner après l’achèvement du projet – "
                "feuille de route vers la Plateforme judiciaire EuroMed, feuille de route vers le "
                "Forum EuroMed des procureurs généraux.\n"
                "- Contribuer au développement de la coopération régionale Nord-Sud et Sud-Sud, "
                "fondée sur la confiance réciproque.\n\n"
                "Pour que CrimEx s’acquitte avec succès de ses missions, les conditions "
                "essentielles sont la continuité de ses membres, la coordination permanente entre "
                "eux, ainsi que l’enchaînement de modules spécifiques qui s’appuient les uns sur "
                "les autres afin d’atteindre les résultats : la création de mécanismes régionaux "
                "de coopération durables, au sein desquels toutes les parties prenantes "
                "interviennent et se coordonnent, et le développement des capacités et des "
                "compétences spécifiques des composantes de ce mécanisme."
            ),
            "ar": (
                "صُمّمت أنشطة يوروميد للعدالة على مستويين: أولاً، تكثيف استجابة الأجهزة القضائية "
                "وأجهزة إنفاذ القانون في مواجهة الجريمة عبر الوطنية على المستوى الوطني؛ وثانياً، "
                "تفعيل القدرات على مكافحة الجريمة العابرة للحدود وتطويرها على المستويين الإقليمي "
                "(جنوب-جنوب) والأورومتوسطي (شمال-جنوب).\n\n"
                "ولذلك، يقترح يوروميد للعدالة إرساء آلية للتعاون تقوم على منصات وشبكات وطنية "
                "وإقليمية، ترتبط مباشرةً بيوروجست وبالشبكة القضائية الأوروبية في المسائل الجنائية "
                "وتحظى بدعمهما، على أن تُنفَّذ بعض الأنشطة بالتعاون مع يوروميد للشرطة، والمديرية "
                "التنفيذية للجنة مكافحة الإرهاب التابعة للأمم المتحدة، ومكتب الأمم المتحدة المعني "
                "بالمخدرات والجريمة، ومجلس أوروبا – اللجنة الأوروبية المعنية بمشاكل الجريمة "
                "(CDPC)، والرابطة الدولية لأعضاء النيابة العامة.\n\n"
                "لتنفيذ هذه الأنشطة، أُنشئ فريق خبراء يوروميد للعدالة في المسائل الجنائية "
                "(CrimEx).\n\n"
                "يُشكّل CrimEx مجموعة تفكير ومنتدى وفريق عمل دائماً، ويعقد اجتماعات منتظمة خلال "
                "الفترة 2017-2018.\n\n"
                "من خلال CrimEx، تتولى الدول الشريكة الجنوبية زمام المبادرة في تنفيذ أنشطة "
                "التعاون القضائي ورصد نتائجها.\n\n"
                "يتألف CrimEx من ممارسين في مجال العدالة من ذوي الرتب العليا والمتوسطة، ينتمون "
                "إلى وزارات العدل والسلطة القضائية والنيابة العامة والشرطة وأجهزة إنفاذ القانون، "
                "ومتخصصين في التعاون القضائي في المسائل الجنائية. ويجوز لقضاة الاتصال المدعوين من "
                "الدول الشريكة الجنوبية ومن الاتحاد الأوروبي على حد سواء، وكذلك لمحامي الدفاع، "
                "المشاركة في دورات CrimEx.\n\n"
                "تتمثل المهام الرئيسية لفريق CrimEx فيما يلي:\n\n"
                "- تعزيز التنسيق بين السلطات القضائية وسلطات إنفاذ القانون على المستوى الوطني – "
                "خارطة الطريق نحو منصات وطنية للتنسيق.\n"
                "- تفعيل ودعم تطوير منصات للتعاون بين المهنيين في مجال العدالة من الدول الشريكة "
                "الجنوبية، ولا سيما في مجالات مكافحة الإرهاب، ومكافحة الجريمة المعقدة العابرة "
                "للحدود، والجريمة المنظمة، والجريمة السيبرانية، والهجرة غير النظامية، والاتجار "
                "بالبشر، وغسل الأموال – صياغة وثائق CrimEx: التحليل القانوني المقارن، وتحليل "
                "الثغرات، ودليل التعاون القضائي، وتحديث بطاقات يوروميد؛ ومعالجة مسألة الأدلة "
                "الرقمية وإنشاء جهات اتصال يوروميد المعنية بالجريمة السيبرانية؛ وتحليلات "
                "الاحتياجات التدريبية، وتدريب المدربين، والزيارات الدراسية.\n"
                "- تحديد سبل التنسيق والتعاون مع يوروجست، والشبكة القضائية الأوروبية في المسائل "
                "الجنائية، والشبكة الأوروبية للتدريب القضائي، وغيرها من المنظمات مثل مجلس أوروبا، "
                "ومكتب الأمم المتحدة المعني بالمخدرات والجريمة، والمديرية التنفيذية للجنة مكافحة "
                "الإرهاب التابعة للأمم المتحدة، والرابطة الدولية لأعضاء النيابة العامة، ويوروميد "
                "للشرطة – من خلال تحديد سبل ملموسة لتعزيز التعاون الرسمي وغير الرسمي.\n"
                "- تصميم عملية إنشاء آلية إقليمية للتعاون والتنسيق ترتبط بهياكل دائمة (دون "
                "إقليمية أو إقليمية أو دولية) وتكون قادرة على العمل بعد انتهاء المشروع – خارطة "
                "الطريق نحو منصة يوروميد القضائية، وخارطة الطريق نحو منتدى يوروميد للنواب "
                "العامين.\n"
                "- الإسهام في تطوير التعاون الإقليمي شمال-جنوب وجنوب-جنوب القائم على الثقة "
                "والاطمئنان المتبادل.\n\n"
                "لكي يضطلع CrimEx بمهامه بنجاح، تتمثل المتطلبات الأساسية في استمرارية أعضائه، "
                "والتنسيق الدائم فيما بينهم، إلى جانب تعاقب وحدات محددة يُبنى بعضها على بعض من "
                "أجل تحقيق النتائج: إنشاء آليات إقليمية مستدامة للتعاون يشارك فيها جميع أصحاب "
                "المصلحة وينسّقون فيما بينهم، وتطوير قدرات مكونات هذه الآلية ومهاراتها المتخصصة."
            ),
        },
    },
    {
        "slug": "home",
        "title": {
            "en": "EuroMed Justice Expert Group in Criminal Matters",
            "fr": "Groupe d’experts EuroMed Justice en matière pénale",
            "ar": "فريق خبراء يوروميد للعدالة في المسائل الجنائية",
        },
        "summary": {
            "en": (
                "CrimEx exercises the South Partner Countries’ ownership in the implementation of "
                "judicial cooperation activities and the monitoring of the results."
            ),
            "fr": (
                "CrimEx assure l’appropriation, par les pays partenaires du Sud, de la mise en "
                "œuvre des activités de coopération judiciaire et du suivi des résultats."
            ),
            "ar": (
                "من خلال CrimEx، تتولى الدول الشريكة الجنوبية زمام المبادرة في تنفيذ أنشطة "
                "التعاون القضائي ورصد نتائجها."
            ),
        },
        "body": {
            "en": (
                "To carry out these activities the EuroMed Justice Experts Group in Criminal "
                "Matters (CrimEx) is established.\n\n"
                "CrimEx is a think-tank, a forum and a permanent working group, with regular "
                "meetings in 2017-2018.\n\n"
                "CrimEx is composed of high to middle-ranking justice practitioners from Justice "
                "Ministries, the judiciary, public prosecution, police and law enforcement, "
                "specialised in judicial cooperation in criminal matters. Invited liaison "
                "magistrates from both SPCs and EU, and defence lawyers may participate to the "
                "CrimEx sessions."
            ),
            "fr": (
                "Pour mener à bien ces activités, le Groupe d’experts EuroMed Justice en matière "
                "pénale (CrimEx) est institué.\n\n"
                "CrimEx est un groupe de réflexion, un forum et un groupe de travail permanent, "
                "qui se réunit régulièrement en 2017-2018.\n\n"
                "CrimEx est composé de praticiens de la justice de rang supérieur à "
                "intermédiaire, issus des ministères de la Justice, de la magistrature, du "
                "ministère public, de la police et des services répressifs, et spécialisés dans "
                "la coopération judiciaire en matière pénale. Des magistrats de liaison invités, "
                "issus tant des pays partenaires du Sud que de l’UE, ainsi que des avocats de la "
                "défense peuvent participer aux sessions de CrimEx."
            ),
            "ar": (
                "لتنفيذ هذه الأنشطة، أُنشئ فريق خبراء يوروميد للعدالة في المسائل الجنائية "
                "(CrimEx).\n\n"
                "يُشكّل CrimEx مجموعة تفكير ومنتدى وفريق عمل دائماً، ويعقد اجتماعات منتظمة خلال "
                "الفترة 2017-2018.\n\n"
                "يتألف CrimEx من ممارسين في مجال العدالة من ذوي الرتب العليا والمتوسطة، ينتمون "
                "إلى وزارات العدل والسلطة القضائية والنيابة العامة والشرطة وأجهزة إنفاذ القانون، "
                "ومتخصصين في التعاون القضائي في المسائل الجنائية. ويجوز لقضاة الاتصال المدعوين من "
                "الدول الشريكة الجنوبية ومن الاتحاد الأوروبي على حد سواء، وكذلك لمحامي الدفاع، "
                "المشاركة في دورات CrimEx."
            ),
        },
    },
    {
        # Seed 001, its last two paragraphs: the project and whom to contact.
        "slug": "euromed-justice",
        "title": {
            "en": "The EuroMed Justice project",
            "fr": "Le projet EuroMed Justice",
            "ar": "مشروع يوروميد للعدالة",
        },
        "summary": {"en": "", "fr": "", "ar": ""},
        "body": {
            "en": (
                "EuroMed Justice (2016-2018) is an EU-funded project which aims to contribute to "
                "the development of a Euro-Mediterranean area of cooperation in the field of "
                "justice and to the development of effective, efficient and democratic justice "
                "systems which protect and promote human rights.\n\n"
                "For further information on the CrimEx session, please contact the Project "
                "Management Team: info@euromed-justice or the Project Coordinator, Ms. Dania "
                "Samoul: dania.samoul@euromed-justice.eu."
            ),
            "fr": (
                "EuroMed Justice (2016-2018) est un projet financé par l’UE qui vise à contribuer "
                "au développement d’un espace euro-méditerranéen de coopération dans le domaine "
                "de la justice et au développement de systèmes judiciaires efficaces, efficients "
                "et démocratiques qui protègent et promeuvent les droits de l’homme.\n\n"
                "Pour de plus amples informations sur la session de CrimEx, veuillez contacter "
                "l’équipe de gestion du projet\u202f: info@euromed-justice, ou la coordinatrice du "
                "projet, Mme Dania Samoul\u202f: dania.samoul@euromed-justice.eu."
            ),
            "ar": (
                "يوروميد للعدالة (2016-2018) مشروع يموّله الاتحاد الأوروبي، ويهدف إلى الإسهام في "
                "تطوير فضاء أورومتوسطي للتعاون في مجال العدالة، وفي تطوير نظم عدالة فعّالة وناجعة "
                "وديمقراطية تحمي حقوق الإنسان وتعزّزها.\n\n"
                "لمزيد من المعلومات حول دورة CrimEx، يُرجى الاتصال بفريق إدارة المشروع: "
                "info@euromed-justice، أو بمنسقة المشروع، السيدة دانيا سامول: "
                "dania.samoul@euromed-justice.eu."
            ),
        },
    },
]
