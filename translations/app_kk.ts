<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AnalysisPage</name>
    <message>
        <source>Significance</source>
        <translation>Маңыздылық</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Қанағаттану</translation>
    </message>
    <message>
        <source>Department not given</source>
        <translation>Бөлім көрсетілмеген</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Барлық бөлімдер</translation>
    </message>
    <message>
        <source>Any length of service</source>
        <translation>Кез келген жұмыс өтілі</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Кез келген жыныс</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйелдер</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ерлер</translation>
    </message>
    <message>
        <source>Managers and staff</source>
        <translation>Басшылар мен мамандар</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Басшылар</translation>
    </message>
    <message>
        <source>Staff (non-managers)</source>
        <translation>Мамандар (басшы емес)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Талдау орындалмады: %1</translation>
    </message>
    <message>
        <source>Respondents in this selection: %1</source>
        <translation>Іріктемедегі респонденттер: %1</translation>
    </message>
    <message>
        <source>This campaign did not include this questionnaire.</source>
        <translation>Бұл сауалнамаға осы сауалнама парағы кірмеген.</translation>
    </message>
    <message>
        <source>The motivation level needs both the significance and the satisfaction questionnaire with enough respondents.</source>
        <translation>Мотивация деңгейі үшін респонденттері жеткілікті маңыздылық және қанағаттану сауалнама парақтарының екеуі де қажет.</translation>
    </message>
    <message>
        <source>Integral motivation level: %1 — %2</source>
        <translation>Мотивацияның интегралдық деңгейі: %1 — %2</translation>
    </message>
    <message>
        <source>Reserves (satisfaction below significance): %1</source>
        <translation>Резервтер (қанағаттану маңыздылықтан төмен): %1</translation>
    </message>
    <message>
        <source>Total satisfaction: high (≥ 60 %) %1, medium %2, low (&lt; 40 %) %3</source>
        <translation>Жалпы қанағаттану: жоғары (≥ 60 %) %1, орташа %2, төмен (&lt; 40 %) %3</translation>
    </message>
    <message>
        <source>Lower is better: 10 (most favourable) … 80.</source>
        <translation>Неғұрлым аз болса, соғұрлым жақсы: 10 (ең қолайлы) … 80.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF сақтау</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Талдау</translation>
    </message>
    <message>
        <source>Save the campaign report of the view shown (filters included) as a PDF</source>
        <translation>Көрсетілген таңдау бойынша (сүзгілерді ескере отырып) сауалнама есебін PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Сауалнама:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Сүзгі:</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Бөлім:</translation>
    </message>
    <message>
        <source>Leave out flagged sessions</source>
        <translation>Белгіленген сауалнамаларды алып тастау</translation>
    </message>
    <message>
        <source>Leave out sessions flagged for answer quality (the same answer throughout a rating block, or implausibly fast). Shown only where the anonymity rule allows; recorded in the audit log.</source>
        <translation>Жауап сапасы бойынша белгіленген сауалнамаларды алып тастау (бағалау блогының бәрінде бірдей жауап немесе сенгісіз жылдам жауаптар). Анонимдік ережесі рұқсат еткенде ғана көрсетіледі; аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Motivation level</source>
        <translation>Мотивация деңгейі</translation>
    </message>
    <message>
        <source>Reasons for leaving</source>
        <translation>Жұмыстан кету себептері</translation>
    </message>
    <message>
        <source>Job satisfaction</source>
        <translation>Еңбекке қанағаттану</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Ахуал</translation>
    </message>
    <message>
        <source>Motivation types</source>
        <translation>Мотивация түрлері</translation>
    </message>
    <message>
        <source>Test profiles</source>
        <translation>Тест бейіндері</translation>
    </message>
    <message>
        <source>Target: at least %1 of the headcount of each department (methodology §3.1). Departments below the target are highlighted.</source>
        <translation>Мақсат: әр бөлімнің штат санының кемінде %1 (әдістеме, 3.1-т.). Мақсаттан төмен бөлімдер белгіленген.</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>PDF басып шығару…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Print the campaign report of the view shown (filters included) on a printer</source>
        <translation>Көрсетілген таңдау бойынша (сүзгілерді ескере отырып) сауалнама есебін принтерде басып шығару</translation>
    </message>
    <message>
        <source>Key drivers</source>
        <translation>Негізгі факторлар</translation>
    </message>
    <message>
        <source>Answer quality</source>
        <translation>Жауап сапасы</translation>
    </message>
    <message>
        <source>Nothing to analyse yet</source>
        <translation>Әзірге талдайтын ештеңе жоқ</translation>
    </message>
    <message>
        <source>Figures appear here as soon as a campaign has finished questionnaires. Open the demo database to explore a finished campaign.</source>
        <translation>Сауалнамада толтырылған парақтар пайда болған бойда көрсеткіштер осында шығады. Аяқталған сауалнаманы көру үшін демонстрациялық дерекқорды ашыңыз.</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Демонстрациялық дерекқорды ашу</translation>
    </message>
</context>
<context>
    <name>AnalysisTabs</name>
    <message>
        <source>Save chart</source>
        <translation>Диаграмманы сақтау</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel-ге экспорттау…</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Диаграмманы сақтау…</translation>
    </message>
    <message>
        <source>Save this table as an Excel workbook, with its notes</source>
        <translation>Осы кестені ескертпелерімен бірге Excel кітабына сақтау</translation>
    </message>
    <message>
        <source>Save this chart as a picture (PNG or SVG)</source>
        <translation>Осы диаграмманы сурет ретінде сақтау (PNG немесе SVG)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>%1-кесте</translation>
    </message>
</context>
<context>
    <name>AnswerQuality</name>
    <message>
        <source>Sessions flagged for answer quality (the same answer throughout a rating block, or implausibly fast answers) are left out of this view.</source>
        <translation>Жауап сапасы бойынша белгіленген сауалнамалар (бағалау блогының бәрінде бірдей жауап немесе сенгісіз жылдам жауаптар) осы таңдаудан алынып тасталды.</translation>
    </message>
    <message>
        <source>All finished sessions are included, flagged ones too.</source>
        <translation>Аяқталған сауалнамалардың бәрі, оның ішінде жауап сапасы бойынша белгіленгендері де есепке алынды.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Сауалнама</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Сұрақтар</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденттер</translation>
    </message>
    <message>
        <source>Cronbach&apos;s α</source>
        <translation>Кронбах α</translation>
    </message>
    <message>
        <source>Flagged respondents in this selection: %1</source>
        <translation>Таңдаудағы белгіленген респонденттер: %1</translation>
    </message>
    <message>
        <source>Flagged: the same answer on every item of a rating block of at least %1 answered items, or a median under %2 s per item at the kiosk (office settings). Cronbach&apos;s α of a scale: 0.7 and above is usually taken as acceptable, 0.8 and above as good; it is computed from the respondents who answered every item of the scale.</source>
        <translation>Белгіленеді: бағалау блогының барлық сұрағына бірдей жауап (кемінде %1 сұраққа жауап берілсе) немесе киоскіде бір сұраққа медианасы %2 с-тан аз (ұйым баптаулары). Шкаланың Кронбах α: әдетте 0,7 және одан жоғары — қолайлы, 0,8 және одан жоғары — жақсы деп саналады; ол шкаланың барлық сұрағына жауап берген респонденттер бойынша есептеледі.</translation>
    </message>
    <message>
        <source>No questionnaire of this campaign has a scale of several items.</source>
        <translation>Бұл сауалнамада бірнеше сұрақтан тұратын шкаласы бар әдістеме жоқ.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Signed in</source>
        <translation>Жүйеге кірді</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Жүйеге кіру сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Құпиясөз өзгертілді</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Құпиясөз қалпына келтірілді</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Пайдаланушы құрылды</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Пайдаланушы қосылды</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Пайдаланушы өшірілді</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Қаралды</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Басып шығарылды</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортталды</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Импорттың күші жойылды</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Сақтық көшірме жасалды</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Көшірмеден қалпына келтірілді</translation>
    </message>
    <message>
        <source>Staff movements added</source>
        <translation>Кадрлар қозғалысы қосылды</translation>
    </message>
    <message>
        <source>Staff movements changed</source>
        <translation>Кадрлар қозғалысы өзгертілді</translation>
    </message>
    <message>
        <source>Staff movements deleted</source>
        <translation>Кадрлар қозғалысы жойылды</translation>
    </message>
    <message>
        <source>Employee added</source>
        <translation>Қызметкер қосылды</translation>
    </message>
    <message>
        <source>Employee moved to another department</source>
        <translation>Қызметкер басқа бөлімге ауыстырылды</translation>
    </message>
    <message>
        <source>Employee deactivated</source>
        <translation>Қызметкер шыққан деп белгіленді</translation>
    </message>
    <message>
        <source>Employee made active again</source>
        <translation>Қызметкер штатқа қайтарылды</translation>
    </message>
    <message>
        <source>Employee deleted</source>
        <translation>Қызметкер жойылды</translation>
    </message>
    <message>
        <source>Flagged sessions left out of the analysis</source>
        <translation>Белгіленген сауалнамалар талдаудан алынып тасталды</translation>
    </message>
    <message>
        <source>Flagged sessions taken back into the analysis</source>
        <translation>Белгіленген сауалнамалар талдауға қайта қосылды</translation>
    </message>
    <message>
        <source>card</source>
        <translation>карта</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>сауалнама</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пайдаланушы</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>қызметкер</translation>
    </message>
    <message>
        <source>staff list</source>
        <translation>қызметкерлер тізімі</translation>
    </message>
    <message>
        <source>employee&apos;s test results</source>
        <translation>қызметкердің тест нәтижелері</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>аудит журналы</translation>
    </message>
    <message>
        <source>staff movements of</source>
        <translation>кадрлар қозғалысы, жылы:</translation>
    </message>
    <message>
        <source>database</source>
        <translation>дерекқор</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>All actions</source>
        <translation>Барлық әрекеттер</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Әрекет:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excel-ге экспорттау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excel-ге экспорттау</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 does not exist; nothing was changed</source>
        <translation>%1 жоқ; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>%1 is not a database file; nothing was changed</source>
        <translation>%1 дерекқор файлы емес; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was changed</source>
        <translation>%1 зақымдалған (%2); ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>%1 is not a Motivdesk database (tables: %2); nothing was changed</source>
        <translation>%1 Motivdesk дерекқоры емес (кестелер: %2); ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>%1 was written by a newer Motivdesk (schema %2); nothing was changed</source>
        <translation>%1 Motivdesk-тің жаңарақ нұсқасымен жазылған (схема %2); ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>%1 is not a complete Motivdesk database, it lacks: %2; nothing was changed</source>
        <translation>%1 — толық емес Motivdesk дерекқоры, онда жоқ: %2; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2; nothing was changed</source>
        <translation>%1 пайдалануға болмайды: %2; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>The database is in use by another Motivdesk program (%2). Close every kiosk and workspace that uses it, then restore again; nothing was changed</source>
        <translation>Дерекқорды Motivdesk-тің басқа бағдарламасы пайдаланып отыр (%2). Онымен жұмыс істейтін барлық киосктер мен жұмыс орындарын жабып, қалпына келтіруді қайталаңыз; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>Restore works on SQLite database files. This database is on a PostgreSQL server: restore it with the server&apos;s tools (pg_restore); nothing was changed</source>
        <translation>Қалпына келтіру SQLite дерекқор файлдарымен жұмыс істейді. Бұл дерекқор PostgreSQL серверінде орналасқан: оны сервердің құралдарымен (pg_restore) қалпына келтіріңіз; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous database was kept as %3</source>
        <translation>%1 дерекқоры %2 файлынан қалпына келтірілді; бұрынғы дерекқор %3 ретінде сақталды</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>кестелер</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>бағандар</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>сауалнама</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>The file is not a Motivdesk bundle (not a readable zip file): %1</source>
        <translation>Файл Motivdesk пакеті емес (zip мұрағаты оқылмайды): %1</translation>
    </message>
    <message>
        <source>The file is not a Motivdesk campaign bundle: %1</source>
        <translation>Файл Motivdesk сауалнамасының жауаптар пакеті емес: %1</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Файл бүлінген: %1</translation>
    </message>
    <message>
        <source>The file was written by a newer Motivdesk (bundle version %1).</source>
        <translation>Файлды Motivdesk-тің жаңарақ нұсқасы жасаған (пакет нұсқасы %1).</translation>
    </message>
    <message>
        <source>The file is too large for a bundle: %1</source>
        <translation>Файл жауаптар пакеті үшін тым үлкен: %1</translation>
    </message>
    <message>
        <source>The file&apos;s zip structure is not allowed: %1</source>
        <translation>Zip мұрағатының құрылымы рұқсат етілмеген: %1</translation>
    </message>
    <message>
        <source>The bundle&apos;s description (manifest) is invalid: %1</source>
        <translation>Пакет сипаттамасы (manifest) қате: %1</translation>
    </message>
    <message>
        <source>The file belongs to another campaign: %1</source>
        <translation>Файл басқа сауалнамаға тиесілі: %1</translation>
    </message>
    <message>
        <source>The file uses another version of a questionnaire: %1</source>
        <translation>Файлда сауалнама парағының басқа нұсқасы бар: %1</translation>
    </message>
    <message>
        <source>The file holds the same questionnaire twice: %1</source>
        <translation>Файлда бір сауалнама парағы екі рет кездеседі: %1</translation>
    </message>
    <message>
        <source>The file holds a questionnaire with a value this PC does not accept: %1</source>
        <translation>Файлда осы компьютер қабылдамайтын мәні бар сауалнама парағы бар: %1</translation>
    </message>
    <message>
        <source>The file holds an answer that breaks the questionnaire&apos;s rules: %1</source>
        <translation>Файлда сауалнама парағының ережелерін бұзатын жауап бар: %1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Needed by a chosen questionnaire (its results are grouped by this question).</source>
        <translation>Таңдалған сауалнама парағына қажет (оның нәтижелері осы сұрақ бойынша топтастырылады).</translation>
    </message>
    <message>
        <source>Headcount 0 for: %1. Participation of these departments cannot be measured against the 35 % target. Save anyway?</source>
        <translation>Штат саны 0: %1. Бұл бөлімдердің қатысуын 35 % мақсатпен салыстыру мүмкін емес. Бәрібір сақтау керек пе?</translation>
    </message>
    <message>
        <source>Enter the headcount of: %1.</source>
        <translation>Штат санын көрсетіңіз: %1.</translation>
    </message>
    <message>
        <source>Set up the organisation first.</source>
        <translation>Алдымен ұйым туралы мәліметтерді көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter the campaign&apos;s name.</source>
        <translation>Сауалнаманың атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Кезең басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <source>Choose at least one department.</source>
        <translation>Кемінде бір бөлімді таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose at least one questionnaire or test.</source>
        <translation>Кемінде бір сауалнама парағын немесе тестті таңдаңыз.</translation>
    </message>
    <message>
        <source>The anonymity threshold cannot be below 3.</source>
        <translation>Анонимділік шегі 3-тен төмен болмауы тиіс.</translation>
    </message>
    <message>
        <source>The kiosk PIN must be 4 to 8 digits.</source>
        <translation>Киоск PIN-коды 4-тен 8-ге дейінгі цифрдан тұрады.</translation>
    </message>
    <message>
        <source>Only a draft campaign can be edited.</source>
        <translation>Тек сауалнаманың жобасын өзгертуге болады.</translation>
    </message>
    <message>
        <source>Survey campaign</source>
        <translation>Сауалнама</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезеңі:</translation>
    </message>
    <message>
        <source>Anonymity threshold:</source>
        <translation>Анонимділік шегі:</translation>
    </message>
    <message>
        <source>No figure is shown for a group of fewer respondents than this (never below 3).</source>
        <translation>Респонденттер саны бұдан аз топ үшін көрсеткіштер шығарылмайды (кемінде 3).</translation>
    </message>
    <message>
        <source>Kiosk PIN (4–8 digits):</source>
        <translation>Киоск PIN-коды (4–8 цифр):</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <source>Departments and headcount</source>
        <translation>Бөлімдер және штат саны</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Штат саны</translation>
    </message>
    <message>
        <source>Questionnaires and tests</source>
        <translation>Сауалнама парақтары мен тесттер</translation>
    </message>
    <message>
        <source>Optional factors (marked * in the methodology)</source>
        <translation>Міндетті емес факторлар (әдістемеде * белгіленген)</translation>
    </message>
    <message>
        <source>Demographic questions (optional to answer)</source>
        <translation>Демографиялық сұрақтар (жауап беру міндетті емес)</translation>
    </message>
    <message>
        <source>Length of service</source>
        <translation>Жұмыс өтілі</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), about %1 min</source>
        <translation>
            <numerusform>сұрақтар: %n, шамамен %1 мин</numerusform>
            <numerusform>сұрақтар: %n, шамамен %1 мин</numerusform>
        </translation>
    </message>
    <message>
        <source>This test cannot be chosen.</source>
        <translation>Бұл тестті таңдауға болмайды.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaign</source>
        <translation>Сауалнама</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденттер</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Штат саны</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Жауаптарды экспорттау</translation>
    </message>
    <message numerus="yes">
        <source>%n finished questionnaire(s) written.</source>
        <translation>
            <numerusform>Толтырылған %n сауалнама парағы жазылды.</numerusform>
            <numerusform>Толтырылған %n сауалнама парағы жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Жауаптарды импорттау</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Paper questionnaires</source>
        <translation>Қағаз сауалнама парақтары</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n questionnaire(s)</source>
        <translation>
            <numerusform>%1 %2: сауалнама парақтары — %n</numerusform>
            <numerusform>%1 %2: сауалнама парақтары — %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>Импортты болдырмау</translation>
    </message>
    <message>
        <source>No questionnaires of this campaign were imported.</source>
        <translation>Бұл сауалнамаға сауалнама парақтары импортталмаған.</translation>
    </message>
    <message>
        <source>Import to undo:</source>
        <translation>Қай импортты болдырмау керек:</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n questionnaire(s) of this import from the campaign?</source>
        <translation>
            <numerusform>Осы импорттың сауалнама парақтарын (%n) сауалнамадан жою керек пе?</numerusform>
            <numerusform>Осы импорттың сауалнама парақтарын (%n) сауалнамадан жою керек пе?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s) removed.</source>
        <translation>
            <numerusform>Жойылған сауалнама парақтары: %n.</numerusform>
            <numerusform>Жойылған сауалнама парақтары: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a campaign…</source>
        <translation>Сауалнама құру…</translation>
    </message>
    <message>
        <source>Set up departments…</source>
        <translation>Бөлімдерді баптау…</translation>
    </message>
    <message>
        <source>Create a survey campaign: its period, departments and questionnaires</source>
        <translation>Сауалнама құру: оның кезеңі, бөлімшелері және сауалнамалары</translation>
    </message>
    <message>
        <source>Change the selected campaign</source>
        <translation>Таңдалған сауалнаманы өзгерту</translation>
    </message>
    <message>
        <source>Open the survey</source>
        <translation>Сауалнаманы ашу</translation>
    </message>
    <message>
        <source>Start collecting answers: the kiosk can be started for this campaign</source>
        <translation>Жауап жинауды бастау: осы сауалнама үшін киоскіні іске қосуға болады</translation>
    </message>
    <message>
        <source>Close the survey</source>
        <translation>Сауалнаманы жабу</translation>
    </message>
    <message>
        <source>Stop collecting answers; the results stay for analysis</source>
        <translation>Жауап жинауды тоқтату; нәтижелер талдау үшін сақталады</translation>
    </message>
    <message>
        <source>Turn this computer into the survey kiosk of the selected open campaign</source>
        <translation>Осы компьютерді таңдалған ашық сауалнаманың киоскіне айналдыру</translation>
    </message>
    <message>
        <source>Save this computer&apos;s anonymous answers of the selected campaign as a bundle file for the main computer</source>
        <translation>Таңдалған сауалнаманың осы компьютердегі анонимді жауаптарын негізгі компьютерге арналған пакет файлына сақтау</translation>
    </message>
    <message>
        <source>Add the answers of a bundle file from another kiosk computer to the selected campaign</source>
        <translation>Басқа киоск-компьютердің пакет файлындағы жауаптарды таңдалған сауалнамаға қосу</translation>
    </message>
    <message>
        <source>Undo an import…</source>
        <translation>Импортты болдырмау…</translation>
    </message>
    <message>
        <source>Remove exactly the questionnaires that one import of a bundle or a file added</source>
        <translation>Пакетті немесе файлды бір рет импорттау қосқан сауалнама парақтарын ғана жою</translation>
    </message>
    <message>
        <source>A campaign asks your staff anonymous motivation questionnaires at the kiosk and collects the answers for analysis. First set up the organisation and its departments with their headcounts, then create a campaign — or open the demo database to look around.</source>
        <translation>Сауалнама қызметкерлерге киоскіде мотивация туралы анонимді сауалнама парақтарын ұсынады және талдау үшін жауаптарды жинайды. Алдымен ұйымды және оның бөлімдерін штат санымен баптаңыз, содан кейін сауалнама құрыңыз — немесе танысу үшін демонстрациялық дерекқорды ашыңыз.</translation>
    </message>
    <message>
        <source>%1 questionnaires added, %2 were already here.</source>
        <translation>Қосылған сауалнама парақтары: %1, бұрыннан бар: %2.</translation>
    </message>
    <message>
        <source>This change of status is not possible.</source>
        <translation>Күйді бұлай өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>Survey campaigns</source>
        <translation>Сауалнамалар</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Жаңа сауалнама…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <translation>Киоскті іске қосу</translation>
    </message>
    <message>
        <source>Export answers…</source>
        <translation>Жауаптарды экспорттау…</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>Жауаптарды импорттау…</translation>
    </message>
    <message>
        <source>No survey campaigns yet</source>
        <translation>Әзірге сауалнамалар жоқ</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Демонстрациялық дерекқорды ашу</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>give from 2 to 6 ranked answers</source>
        <translation>маңыздылығы бойынша 2-ден 6-ға дейін жауап көрсетіңіз</translation>
    </message>
    <message>
        <source>the same answer appears twice</source>
        <translation>бір жауап екі рет көрсетілген</translation>
    </message>
    <message>
        <source>an answer is empty</source>
        <translation>бос жауап бар</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>міндетті</translation>
    </message>
    <message>
        <source>a plan row needs a measure</source>
        <translation>жоспар жолында іс-шара көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>choose the kind of activity</source>
        <translation>іс-шара түрін таңдаңыз</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>аяқталуы басталуынан бұрын</translation>
    </message>
    <message>
        <source>the factor is not one of a questionnaire&apos;s factors</source>
        <translation>фактор сауалнама факторларының қатарында жоқ</translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation>Толтырылған күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>PDF басып шығару…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Print the card on a printer; a growth or career card prints its three copies in one job</source>
        <translation>Картаны принтерде басып шығару; кәсіби өсу немесе мансап картасы үш данада бір тапсырмамен басылады</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Motivators</source>
        <translation>Мотиваторлар</translation>
    </message>
    <message>
        <source>Demotivators</source>
        <translation>Демотиваторлар</translation>
    </message>
    <message>
        <source>Motivation instruments</source>
        <translation>Ынталандыру құралдары</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Сауалнама</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Бекіту</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Plan row %1</source>
        <translation>Жоспардың %1-жолы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Қайта қараған</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Add review…</source>
        <translation>Қайта қарау қосу…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Қайта қарау</translation>
    </message>
    <message>
        <source>Result of the yearly review:</source>
        <translation>Жыл сайынғы қайта қараудың нәтижесі:</translation>
    </message>
    <message>
        <source>HR service</source>
        <translation>Кадр қызметі</translation>
    </message>
    <message>
        <source>Filled in by the employee</source>
        <translation>Қызметкер толтырады</translation>
    </message>
    <message>
        <source>Graphical card (PDF)…</source>
        <translation>Графикалық карта (PDF)…</translation>
    </message>
    <message>
        <source>Print the graphical card…</source>
        <translation>Графикалық картаны басып шығару…</translation>
    </message>
    <message>
        <source>The one-page graphical card, straight to a printer</source>
        <translation>Бір беттік графикалық карта — бірден принтерге</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF сақтау</translation>
    </message>
    <message>
        <source>Graphical card</source>
        <translation>Графикалық карта</translation>
    </message>
    <message>
        <source>Professional growth plan</source>
        <translation>Кәсіби өсу жоспары</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Қайта қарау журналы</translation>
    </message>
    <message>
        <source>Blocks 1–9, 11, 12</source>
        <translation>1–9, 11, 12-блоктар</translation>
    </message>
    <message>
        <source>10. Development plan</source>
        <translation>10. Даму жоспары</translation>
    </message>
    <message>
        <source>Stop maintaining…</source>
        <translation>Жүргізуді тоқтату…</translation>
    </message>
    <message>
        <source>Stop maintaining the card</source>
        <translation>Картаны жүргізуді тоқтату</translation>
    </message>
    <message>
        <source>Reason (seed §4.4):</source>
        <translation>Себебі (әдістеме, 4.4-т.):</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Plan of motivational measures</source>
        <translation>Мотивациялық іс-шаралар жоспары</translation>
    </message>
    <message>
        <source>Fill from the campaign</source>
        <translation>Сауалнама бойынша толтыру</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Құрамдас бөліктер</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Құрамдас бөлік</translation>
    </message>
    <message>
        <source>Approved by (head)</source>
        <translation>Бекіткен (басшы)</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Бекітілген күні</translation>
    </message>
    <message>
        <source>Fill from diagnostic cards</source>
        <translation>Диагностикалық карталар бойынша толтыру</translation>
    </message>
    <message>
        <source>Only %1 diagnostic card(s) found: the previous state stays empty.</source>
        <translation>Табылған диагностикалық карталар: %1; алдыңғы жай-күй бос қалады.</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Are information on possible career growth and a career programme important to you?</source>
        <translation>Ықтимал мансаптық өсу туралы ақпарат және мансаптық өсу бағдарламасын жасау Сіз үшін маңызды ма?</translation>
    </message>
    <message>
        <source>If yes, a career card is created.</source>
        <translation>оң жауап берілсе, мансап картасы жасалады</translation>
    </message>
    <message>
        <source>Do you want to know your motivational profile and agree to take the tests?</source>
        <translation>Өзіңіздің мотивациялық бейініңізді білу Сіз үшін маңызды ма және тестілеуден өтуге дайынсыз ба?</translation>
    </message>
    <message>
        <source>If yes, a named test session is held.</source>
        <translation>оң жауап берілсе, тестілеу өткізіледі</translation>
    </message>
    <message>
        <source>Do you agree with the test results; did they help you know your motives better?</source>
        <translation>Тестілеу нәтижелерімен келісесіз бе, ол өз мотивтеріңіз бен қажеттіліктеріңізді жақсырақ білуге көмектесті ме?</translation>
    </message>
    <message>
        <source>If not, why?</source>
        <translation>Егер жоқ болса, неліктен?</translation>
    </message>
    <message>
        <source>Which measures would raise the effectiveness of your work and your satisfaction with it and with our organisation?</source>
        <translation>Сіздің ойыңызша, қандай шаралар еңбегіңіздің тиімділігін, оған және ұйымымыздағы жұмысқа қанағаттануыңызды арттырады?</translation>
    </message>
    <message>
        <source>Conclusions: motives (profile)</source>
        <translation>Қорытынды: мотивтер (бейін)</translation>
    </message>
    <message>
        <source>Conclusions: instruments</source>
        <translation>Қорытынды: құралдар</translation>
    </message>
    <message>
        <source>Conclusions: proposals</source>
        <translation>Қорытынды: ұсыныстар</translation>
    </message>
    <message>
        <source>Motivators: which factors matter most to you now for effective work in our organisation? Rank them.</source>
        <translation>Мотиваторлар: қазіргі уақытта ұйымымызда тиімді еңбек ету үшін Сіз үшін қандай факторлар аса маңызды? Оларды саралаңыз.</translation>
    </message>
    <message>
        <source>Demotivators: which factors harm (or may harm) the effectiveness and results of your work or your interest in it? Rank them.</source>
        <translation>Демотиваторлар: қандай факторлар еңбегіңіздің тиімділігіне, нәтижелеріне және (немесе) жұмысқа деген қызығушылығыңызға барынша теріс әсер етеді (етуі мүмкін)? Оларды маңыздылығы бойынша ретімен орналастырыңыз.</translation>
    </message>
    <message>
        <source>Motivation instruments: which rewards or sanctions are the most effective for you? Rank them.</source>
        <translation>Ынталандыру құралдары: көтермелеудің, жазалаудың қандай түрлері Сіз үшін барынша тиімді? Оларды саралаңыз.</translation>
    </message>
    <message>
        <source>Additional professional education</source>
        <translation>Қосымша кәсіптік білім беру</translation>
    </message>
    <message>
        <source>training, retraining, advanced training</source>
        <translation>даярлау, қайта даярлау, біліктілікті арттыру</translation>
    </message>
    <message>
        <source>Training events</source>
        <translation>Оқыту іс-шаралары</translation>
    </message>
    <message>
        <source>conferences, round tables, seminars, trainings, business games</source>
        <translation>конференциялар, дөңгелек үстелдер, семинарлар, тренингтер, іскерлік ойындар</translation>
    </message>
    <message>
        <source>Studying, mastering and exchanging professional experience inside or outside the organisation</source>
        <translation>Ұйым ішінде және (немесе) одан тыс кәсіби тәжірибені зерделеу, игеру және алмасу</translation>
    </message>
    <message>
        <source>internships, business trips, rotation, acting in a position, delegation of powers</source>
        <translation>тағылымдамалар, іссапарлар, ротациялар, міндеттерді атқару, өкілеттіктерді беру</translation>
    </message>
    <message>
        <source>Self-education</source>
        <translation>Өздігінен білім алу</translation>
    </message>
    <message>
        <source>papers, analytical reports and reviews on advanced practice and professional literature</source>
        <translation>озық тәжірибе мен кәсіби әдебиет бойынша рефераттар, талдамалық баяндамалар мен шолулар</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>Өзге іс-шаралар</translation>
    </message>
    <message>
        <source>publications, teaching (lectures), learning a foreign language, research work</source>
        <translation>жарияланымдар, педагогикалық қызмет (дәрістер), шет тілін үйрену, ғылыми жұмыс</translation>
    </message>
    <message>
        <source>short-term (1–2 years)</source>
        <translation>қысқа мерзімді (1–2 жыл)</translation>
    </message>
    <message>
        <source>medium-term (3–5 years)</source>
        <translation>орта мерзімді (3–5 жыл)</translation>
    </message>
    <message>
        <source>long-term (over 5 years)</source>
        <translation>ұзақ мерзімді (5 жылдан астам)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>жоспарланған</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>болдырылмады</translation>
    </message>
    <message>
        <source>Position planned by the employee (its qualification requirements)</source>
        <translation>Қызметкер жоспарлаған лауазым (оған қойылатын біліктілік талаптары)</translation>
    </message>
    <message>
        <source>Planned position</source>
        <translation>Жоспарланған лауазым</translation>
    </message>
    <message>
        <source>Qualification requirements</source>
        <translation>Біліктілік талаптары</translation>
    </message>
    <message>
        <source>General information on the employee and his qualification</source>
        <translation>Қызметкер және оның біліктілігі туралы жалпы мәліметтер</translation>
    </message>
    <message>
        <source>Current position</source>
        <translation>Атқаратын лауазымы</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Білімі</translation>
    </message>
    <message>
        <source>Length of service (total / civil service / organisation / position)</source>
        <translation>Жұмыс өтілі (жалпы / мемлекеттік қызметте / ұйымда / атқаратын лауазымында)</translation>
    </message>
    <message>
        <source>Previous professional experience, positions held</source>
        <translation>Бұрынғы кәсіби тәжірибе, бұрын атқарған лауазымдары</translation>
    </message>
    <message>
        <source>Inclusion in the reserve of promising / managerial staff</source>
        <translation>Перспективалы / басшы кадрлар резервіне енгізу</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Резерв</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Мінездеме</translation>
    </message>
    <message>
        <source>Moral qualities</source>
        <translation>Моральдық қасиеттері</translation>
    </message>
    <message>
        <source>Business qualities</source>
        <translation>Іскерлік қасиеттері</translation>
    </message>
    <message>
        <source>Merits</source>
        <translation>Сіңірген еңбегі</translation>
    </message>
    <message>
        <source>State awards / honorary titles</source>
        <translation>Мемлекеттік наградалар / құрметті атақтар</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Көтермелеулер</translation>
    </message>
    <message>
        <source>Public recognition (letters of thanks, public awards)</source>
        <translation>Қоғамдық баға және мойындау (алғыс хаттар, қоғамдық наградалар)</translation>
    </message>
    <message>
        <source>Disciplinary penalties, other measures</source>
        <translation>Тәртіптік жазалар, өзге де ықпал ету шаралары</translation>
    </message>
    <message>
        <source>Penalties and measures</source>
        <translation>Жазалар мен ықпал ету шаралары</translation>
    </message>
    <message>
        <source>Assessment of the effectiveness and results of professional activity</source>
        <translation>Кәсіби қызметтің тиімділігі мен нәтижелілігін бағалау</translation>
    </message>
    <message>
        <source>Indicators of labour and performance discipline</source>
        <translation>Еңбек және атқарушылық тәртіп көрсеткіштері</translation>
    </message>
    <message>
        <source>Attestations (results)</source>
        <translation>Аттестаттаулар (нәтижелері)</translation>
    </message>
    <message>
        <source>Testing (if taken)</source>
        <translation>Тестілеу (өткен жағдайда)</translation>
    </message>
    <message>
        <source>Assessment of the career goals (positive / negative / alternative ways of promotion)</source>
        <translation>Мансаптық мақсаттарды бағалау (оң / теріс / қызметтік жоғарылаудың балама нұсқалары)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <source>Competences needed for the planned position</source>
        <translation>Жоспарланған лауазымға қажетті құзыреттер</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Құзыреттер</translation>
    </message>
    <message>
        <source>Professional development plan (forms, kinds, stages, term)</source>
        <translation>Кәсіби даму жөніндегі іс-шаралар жоспары (нысандары, түрлері, кезеңдері, мерзімі)</translation>
    </message>
    <message>
        <source>Period of the planned promotion</source>
        <translation>Жоспарланған қызметтік жоғарылау кезеңі</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Results of the career card</source>
        <translation>Мансап картасын іске асыру нәтижелері</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Нәтижелері</translation>
    </message>
    <message>
        <source>the planned position was reached</source>
        <translation>жоспарланған лауазымға қол жеткізілді</translation>
    </message>
    <message>
        <source>the employee gave up the career goal</source>
        <translation>қызметкер мансаптық мақсаттан бас тартты</translation>
    </message>
    <message>
        <source>negative assessment of the career goal</source>
        <translation>мансаптық мақсатты теріс бағалау</translation>
    </message>
    <message>
        <source>the employee left the organisation</source>
        <translation>қызметкер ұйымнан кетті</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>өзге себеп</translation>
    </message>
    <message>
        <source>General information</source>
        <translation>Жалпы мәліметтер</translation>
    </message>
    <message>
        <source>Last diagnostic</source>
        <translation>Соңғы диагностика туралы мәліметтер</translation>
    </message>
    <message>
        <source>Departments / number of respondents</source>
        <translation>Құрылымдық бөлімше / респонденттер саны</translation>
    </message>
    <message>
        <source>Share of respondents in the headcount</source>
        <translation>Респонденттердің үлес салмағы (штат санындағы үлесі)</translation>
    </message>
    <message>
        <source>Motivational cards and the structure of motives</source>
        <translation>Мотивациялық карталар пакетін іске асыруды және қызметкерлер мотивтерінің құрылымын бағалау</translation>
    </message>
    <message>
        <source>Personal motivational cards</source>
        <translation>Дербес мотивациялық карталар</translation>
    </message>
    <message>
        <source>Their implementation</source>
        <translation>Оларды іске асыруды бағалау</translation>
    </message>
    <message>
        <source>Career cards</source>
        <translation>Мансап карталары</translation>
    </message>
    <message>
        <source>Professional growth cards</source>
        <translation>Кәсіби өсу карталары</translation>
    </message>
    <message>
        <source>Employees with a motivational profile</source>
        <translation>Мотивациялық бейіні жасалған қызметкерлер</translation>
    </message>
    <message>
        <source>Structure of the profiles</source>
        <translation>Бейіндер құрылымын бағалау және сипаттау</translation>
    </message>
    <message>
        <source>Overall motivation level and effectiveness of incentives</source>
        <translation>Мотивацияның жалпы деңгейін және ынталандыру әдістерінің тиімділігін бағалау</translation>
    </message>
    <message>
        <source>Methods and instruments used</source>
        <translation>Қолданылатын әдістемелер, құралдар</translation>
    </message>
    <message>
        <source>Main results of each method</source>
        <translation>Әр әдістеме бойынша негізгі нәтижелер</translation>
    </message>
    <message>
        <source>Overall motivation level</source>
        <translation>Мотивацияның жалпы деңгейі</translation>
    </message>
    <message>
        <source>Significance of work factors</source>
        <translation>Еңбек факторларының маңыздылығы</translation>
    </message>
    <message>
        <source>Job satisfaction</source>
        <translation>Еңбекке қанағаттану</translation>
    </message>
    <message>
        <source>Motivational balance; key factors lowering motivation</source>
        <translation>Мотивациялық теңгерім; мотивация деңгейін төмендететін негізгі факторлар</translation>
    </message>
    <message>
        <source>Key drivers: what goes with job satisfaction</source>
        <translation>Негізгі факторлар: еңбекке қанағаттанумен не байланысты</translation>
    </message>
    <message>
        <source>Portfolio of employees&apos; motivational initiatives</source>
        <translation>Қызметкерлердің мотивациялық бастамалар портфелі</translation>
    </message>
    <message>
        <source>SWOT analysis of the motivation system</source>
        <translation>Ынталандыру жүйесінің SWOT-талдауы</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Күшті жақтары</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Әлсіз жақтары</translation>
    </message>
    <message>
        <source>Opportunities, incl. key significance indicators</source>
        <translation>Мүмкіндіктер, оның ішінде еңбек факторлары маңыздылығының негізгі көрсеткіштері</translation>
    </message>
    <message>
        <source>Staff threats, incl. key demotivators</source>
        <translation>Кадрлық қатерлер, оның ішінде еңбектің негізгі демотиваторлары</translation>
    </message>
    <message>
        <source>Conclusions and proposals</source>
        <translation>Қорытындылар мен ұсыныстар</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Қорытындылар</translation>
    </message>
    <message>
        <source>Proposals (recommendations)</source>
        <translation>Ұсыныстар (ұсынымдар)</translation>
    </message>
    <message>
        <source>1. Overall motivation level</source>
        <translation>1. Мотивацияның жалпы деңгейі</translation>
    </message>
    <message>
        <source>1.1. Key factors of work significance</source>
        <translation>1.1. Еңбек маңыздылығының негізгі факторлары</translation>
    </message>
    <message>
        <source>1.2. Job satisfaction</source>
        <translation>1.2. Еңбекке қанағаттану</translation>
    </message>
    <message>
        <source>1.3. Organisational commitment, incl. psychological climate</source>
        <translation>1.3. Ұйымға адалдық, оның ішінде психологиялық ахуал</translation>
    </message>
    <message>
        <source>2. Motivational balance</source>
        <translation>2. Мотивациялық теңгерім</translation>
    </message>
    <message>
        <source>2.1. Main demotivators</source>
        <translation>2.1. Негізгі демотиваторлар</translation>
    </message>
    <message>
        <source>3. Balance of rewards and sanctions</source>
        <translation>3. Көтермелеу мен ықпал ету шараларының теңгерімі</translation>
    </message>
    <message>
        <source>4. Effectiveness and results of work</source>
        <translation>4. Еңбектің тиімділігі мен нәтижелілігі</translation>
    </message>
    <message>
        <source>5. Motivational profile</source>
        <translation>5. Мотивациялық бейін</translation>
    </message>
    <message>
        <source>6. Staff risks, threats / problems</source>
        <translation>6. Кадрлық тәуекелдер, қатерлер / проблемалар</translation>
    </message>
    <message>
        <source>6.1. Staff turnover</source>
        <translation>6.1. Кадрлардың ауысымдылығы</translation>
    </message>
    <message>
        <source>6.2. Development of staff potential</source>
        <translation>6.2. Кадр әлеуетін дамыту</translation>
    </message>
    <message>
        <source>6.3. Portfolio of employees&apos; strategic initiatives</source>
        <translation>6.3. Қызметкерлердің стратегиялық бастамалар портфелі</translation>
    </message>
    <message>
        <source>Previous state (period, sample)</source>
        <translation>Алдыңғы жай-күйі (кезең, іріктеме)</translation>
    </message>
    <message>
        <source>Actual state (sample)</source>
        <translation>Нақты жай-күйі (іріктеме)</translation>
    </message>
    <message>
        <source>Expectation / target</source>
        <translation>Күтілетін / нысаналы көрсеткіш</translation>
    </message>
    <message>
        <source>Motivational measures</source>
        <translation>Мотивациялық іс-шаралар</translation>
    </message>
    <message>
        <source>Methods / instruments</source>
        <translation>Әдістер / құралдар</translation>
    </message>
    <message>
        <source>Deadline / stages / executor</source>
        <translation>Бақылау мерзімі / кезеңдері / орындаушы</translation>
    </message>
    <message>
        <source>Results, conclusions</source>
        <translation>Нәтижелер, қорытындылар</translation>
    </message>
    <message>
        <source>Personal motivational card</source>
        <translation>Дербес мотивациялық карта</translation>
    </message>
    <message>
        <source>Professional growth card</source>
        <translation>Кәсіби өсу картасы</translation>
    </message>
    <message>
        <source>Career card</source>
        <translation>Мансап картасы</translation>
    </message>
    <message>
        <source>Diagnostic motivational card</source>
        <translation>Диагностикалық мотивациялық карта</translation>
    </message>
    <message>
        <source>Strategic motivational card</source>
        <translation>Стратегиялық мотивациялық карта</translation>
    </message>
    <message>
        <source>department not given</source>
        <translation>бөлім көрсетілмеген</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жүргізілмеген</translation>
    </message>
    <message>
        <source>highest:</source>
        <translation>ең жоғары:</translation>
    </message>
    <message>
        <source>lowest:</source>
        <translation>ең төмен:</translation>
    </message>
    <message>
        <source>Motivators:</source>
        <translation>Мотиваторлар:</translation>
    </message>
    <message>
        <source>Reserves (demotivators):</source>
        <translation>Резервтер (демотиваторлар):</translation>
    </message>
    <message>
        <source>Key demotivators:</source>
        <translation>Негізгі демотиваторлар:</translation>
    </message>
    <message>
        <source>integral motivation level</source>
        <translation>мотивацияның интегралдық деңгейі</translation>
    </message>
    <message>
        <source>%1: change since the previous campaign %2%3, beyond noise</source>
        <translation>%1: алдыңғы сауалнамамен салыстырғандағы өзгеріс %2%3, кездейсоқ ауытқулардан тыс</translation>
    </message>
    <message>
        <source>%1: change since the previous campaign %2%3, not assessed</source>
        <translation>%1: алдыңғы сауалнамамен салыстырғандағы өзгеріс %2%3, бағаланбады</translation>
    </message>
    <message>
        <source>%1: since the previous campaign %2%3, no change beyond noise</source>
        <translation>%1: алдыңғы сауалнамамен салыстырғанда %2%3, өзгеріс кездейсоқ ауытқулар шегінде</translation>
    </message>
    <message>
        <source>no HR indicators entered for this year (Indicators page)</source>
        <translation>осы жылға кадрлық көрсеткіштер енгізілмеген («Көрсеткіштер» беті)</translation>
    </message>
    <message>
        <source>Net turnover</source>
        <translation>Персоналдың таза ауысымдылығы</translation>
    </message>
    <message>
        <source>in the organisation since %1 (full years: %2)</source>
        <translation>ұйымда %1 бастап (толық жыл: %2)</translation>
    </message>
    <message>
        <source>not shown: key drivers need the satisfaction questionnaire and the job satisfaction questionnaire or the reasons for leaving</source>
        <translation>көрсетілмейді: негізгі факторлар үшін қанағаттану сауалнамасы және еңбекке қанағаттану сауалнамасы немесе жұмыстан кету себептері қажет</translation>
    </message>
    <message>
        <source>not shown: fewer than %1 respondents answered both questionnaires, too few for a reliable rank correlation</source>
        <translation>көрсетілмейді: екі сауалнамаға да %1-ден аз респондент жауап берді — сенімді рангтық корреляция үшін тым аз</translation>
    </message>
    <message>
        <source>job satisfaction</source>
        <translation>еңбекке қанағаттанумен</translation>
    </message>
    <message>
        <source>staying (the reasons for leaving, reversed)</source>
        <translation>қалу ниетімен (жұмыстан кету себептері, кері таңбамен)</translation>
    </message>
    <message>
        <source>How strongly each parameter or factor goes with %1 (Spearman&apos;s ρ; strong: at least %2 and beyond chance) and its level (mean 0–5; low: below %3). A relation is not a cause.</source>
        <translation>Әр параметр немесе фактор %1 қаншалықты күшті байланысты (Спирменнің ρ; күшті байланыс: кемінде %2 және кездейсоқ емес) және оның деңгейі (орташа 0–5; төмен: %3-тен төмен). Байланыс себеп емес.</translation>
    </message>
    <message>
        <source>Act first:</source>
        <translation>Бірінші кезекте әрекет ету:</translation>
    </message>
    <message>
        <source>Maintain:</source>
        <translation>Қолдау:</translation>
    </message>
    <message>
        <source>no such parameter or factor</source>
        <translation>ондай параметр немесе фактор жоқ</translation>
    </message>
    <message>
        <source>level %1, ρ %2</source>
        <translation>деңгей %1, ρ %2</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation>Толтырылған күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Overdue plan items</source>
        <translation>Мерзімі өткен іс-шаралар</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Жаңа карта</translation>
    </message>
    <message>
        <source>Set up the organisation first (Settings).</source>
        <translation>Алдымен ұйым туралы мәліметтерді көрсетіңіз (Баптаулар).</translation>
    </message>
    <message>
        <source>Add employees first (Employees).</source>
        <translation>Алдымен қызметкерлерді қосыңыз (Қызметкерлер).</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Қызметкер:</translation>
    </message>
    <message>
        <source>A career card is created from an employee&apos;s professional growth card (seed §4.4): create the growth card first.</source>
        <translation>Мансап картасы қызметкердің кәсіби өсу картасы негізінде жасалады (әдістеме, 4.4-т.): алдымен кәсіби өсу картасын жасаңыз.</translation>
    </message>
    <message>
        <source>New career card</source>
        <translation>Жаңа мансап картасы</translation>
    </message>
    <message>
        <source>Professional growth card:</source>
        <translation>Кәсіби өсу картасы:</translation>
    </message>
    <message>
        <source>A diagnostic card summarises a campaign: run a campaign first.</source>
        <translation>Диагностикалық карта сауалнама нәтижелерін қорытады: алдымен сауалнама жүргізіңіз.</translation>
    </message>
    <message>
        <source>New diagnostic card</source>
        <translation>Жаңа диагностикалық карта</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Сауалнама:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Select one or more cards.</source>
        <translation>Бір немесе бірнеше картаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Word-қа экспорттау</translation>
    </message>
    <message>
        <source>Print a department&apos;s cards</source>
        <translation>Бөлім карталарын басып шығару</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Бөлім:</translation>
    </message>
    <message>
        <source>Print the department&apos;s cards on a printer, as one job, or save them as PDF files?</source>
        <translation>Бөлімшенің карталарын принтерде бір тапсырмамен басып шығарасыз ба, әлде PDF файлдарына сақтайсыз ба?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Motivational cards</source>
        <translation>Мотивациялық карталар</translation>
    </message>
    <message>
        <source>No cards yet</source>
        <translation>Әзірге карталар жоқ</translation>
    </message>
    <message>
        <source>Personal, career and professional growth cards are filled with an employee; diagnostic and strategic cards summarise a campaign. Open the demo database to see filled cards.</source>
        <translation>Дербес карталар, мансап және кәсіби өсу карталары қызметкермен бірге толтырылады; диагностикалық және стратегиялық карталар сауалнама нәтижелерін қорытады. Толтырылған карталарды көру үшін демонстрациялық дерекқорды ашыңыз.</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Демонстрациялық дерекқорды ашу</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Print every personal card of one department, on a printer or as PDF files</source>
        <translation>Бір бөлімшенің барлық жеке карталарын басып шығару — принтерде немесе PDF файлдарына</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>PDF басып шығару…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Print the selected cards on a printer, in one job (a growth or career card with its three copies)</source>
        <translation>Таңдалған карталарды принтерде бір тапсырмамен басып шығару (кәсіби өсу немесе мансап картасы — үш данада)</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <source>Save the selected cards as editable Word files (.docx), with the same content as the PDF</source>
        <translation>Таңдалған карталарды PDF-пен бірдей мазмұндағы өңделетін Word файлдары (.docx) ретінде сақтау</translation>
    </message>
    <message>
        <source>Print a department…</source>
        <translation>Бөлім бойынша басып шығару…</translation>
    </message>
    <message>
        <source>Catalogues…</source>
        <translation>Анықтамалықтар…</translation>
    </message>
    <message>
        <source>Create a card of the chosen kind</source>
        <translation>Таңдалған түрдегі карта құру</translation>
    </message>
    <message>
        <source>Open the selected card (Enter, or a double click)</source>
        <translation>Таңдалған картаны ашу (Enter немесе екі рет басу)</translation>
    </message>
    <message>
        <source>Print the selected cards as PDF</source>
        <translation>Таңдалған карталарды PDF ретінде басып шығару</translation>
    </message>
    <message>
        <source>Edit the lists of motivators and motivation tools the cards choose from</source>
        <translation>Карталарда таңдалатын мотиваторлар мен ынталандыру құралдарының тізбелерін өзгерту</translation>
    </message>
    <message>
        <source>Search by employee or department (Ctrl+F)</source>
        <translation>Қызметкер немесе бөлімше бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Overdue plan items only</source>
        <translation>Тек мерзімі өткен жоспар тармақтары барлар</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>No cards yet: use New card.</source>
        <translation>Әзірге карталар жоқ: «Жаңа карта» батырмасын пайдаланыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue plan item(s)</source>
        <translation>
            <numerusform>Мерзімі өткен %n іс-шара</numerusform>
            <numerusform>Мерзімі өткен %n іс-шара</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Catalogues</source>
        <translation>Анықтамалықтар</translation>
    </message>
    <message>
        <source>Motivator map</source>
        <translation>Мотиваторлар картасы</translation>
    </message>
    <message>
        <source>Motivation instruments</source>
        <translation>Ынталандыру құралдары</translation>
    </message>
    <message>
        <source>Double-click a name to edit it. Entries used on cards are never deleted: retire one to stop offering it (it stays on existing cards, shown in grey).</source>
        <translation>Атауды өзгерту үшін оны екі рет басыңыз. Карталарда пайдаланылған жазбалар жойылмайды: оны бұдан былай ұсынбау үшін қолданыстан шығарыңыз (бар карталарда ол сақталады және сұр түспен көрсетіледі).</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Retire / restore</source>
        <translation>Қолданыстан шығару / қайтару</translation>
    </message>
    <message>
        <source>Print the map…</source>
        <translation>Картаны басып шығару…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>The Russian name cannot be empty.</source>
        <translation>Орыс тіліндегі атау бос болмауы тиіс.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Name in Russian:</source>
        <translation>Орыс тіліндегі атауы:</translation>
    </message>
    <message>
        <source>Name in Kazakh:</source>
        <translation>Қазақ тіліндегі атауы:</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF сақтау</translation>
    </message>
</context>
<context>
    <name>ChangeMarks</name>
    <message>
        <source>Previous campaign: %1</source>
        <translation>Алдыңғы сауалнама: %1</translation>
    </message>
    <message>
        <source>Whether this is a change cannot be assessed: too few answers.</source>
        <translation>Өзгеріс бар-жоғын бағалау мүмкін емес: жауаптар тым аз.</translation>
    </message>
    <message>
        <source>95 % interval of the change: %1 to %2</source>
        <translation>Өзгерістің 95 % сенімділік аралығы: %1 бастап %2 дейін</translation>
    </message>
    <message>
        <source>Beyond noise: a real change.</source>
        <translation>Кездейсоқ ауытқулардан тыс: өзгеріс бар.</translation>
    </message>
    <message>
        <source>Within noise: not a change (the interval includes 0).</source>
        <translation>Кездейсоқ ауытқулар шегінде: бұл өзгеріс емес (аралық 0-ді қамтиды).</translation>
    </message>
    <message>
        <source>(previous campaign: %1; change %2, beyond noise)</source>
        <translation>(алдыңғы сауалнама: %1; өзгеріс %2, кездейсоқ ауытқулардан тыс)</translation>
    </message>
    <message>
        <source>(previous campaign: %1; change %2, not assessed)</source>
        <translation>(алдыңғы сауалнама: %1; өзгеріс %2, бағаланбады)</translation>
    </message>
    <message>
        <source>(previous campaign: %1; change %2, within noise — not a change)</source>
        <translation>(алдыңғы сауалнама: %1; өзгеріс %2, кездейсоқ ауытқулар шегінде — бұл өзгеріс емес)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Ағымдағы құпиясөз</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Жаңа құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Wrong current password.</source>
        <translation>Ағымдағы құпиясөз қате.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Құпиясөз кемінде %1 таңбадан тұруы тиіс.</translation>
    </message>
</context>
<context>
    <name>ChoiceListEditor</name>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Other (own wording)</source>
        <translation>Басқа (өз нұсқаңыз)</translation>
    </message>
    <message>
        <source>Add own</source>
        <translation>Өзімдікін қосу</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>%1 of %2–%3 answers</source>
        <translation>Таңдалды: %1 (қажет %2–%3)</translation>
    </message>
</context>
<context>
    <name>DataTasks</name>
    <message>
        <source>row %1, column %2</source>
        <translation>%1-жол, %2 бағаны</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 бағаны</translation>
    </message>
    <message>
        <source>value &apos;%1&apos;</source>
        <translation>«%1» мәні</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Сауалнама:</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>Сауалнама парағы:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <source>There is no campaign yet: create one on the Campaigns page first.</source>
        <translation>Әзірге сауалнама жоқ: алдымен «Сауалнамалар» бетінде сауалнама жасаңыз.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Сақтық көшірме…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>Paper &amp;template…</source>
        <translation>Қағаз сауалнама парақтарының &amp;үлгісі…</translation>
    </message>
    <message>
        <source>Import &amp;paper questionnaires…</source>
        <translation>Қағаз сауалнама парақтарын &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Export answers…</source>
        <translation>Жауаптарды &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>Жауаптарды &amp;импорттау…</translation>
    </message>
    <message>
        <source>A consistent copy of the database, safe while kiosks are working</source>
        <translation>Дерекқордың тұтас көшірмесі; киосктер жұмыс істеп тұрғанда да жасауға болады</translation>
    </message>
    <message>
        <source>Replace the database with a checked backup; the current one is kept beside it</source>
        <translation>Дерекқорды тексерілген сақтық көшірмемен ауыстыру; ағымдағысы қасында сақталады</translation>
    </message>
    <message>
        <source>An Excel form for entering paper questionnaires</source>
        <translation>Қағаз сауалнама парақтарын енгізуге арналған Excel нысаны</translation>
    </message>
    <message>
        <source>Add filled-in paper questionnaires (Excel or CSV) to a campaign</source>
        <translation>Толтырылған қағаз сауалнама парақтарын (Excel немесе CSV) сауалнамаға қосу</translation>
    </message>
    <message>
        <source>A campaign&apos;s anonymous answers from this PC, for the HR PC</source>
        <translation>Осы компьютердегі сауалнаманың анонимді жауаптары — кадр қызметінің компьютері үшін</translation>
    </message>
    <message>
        <source>Add answers exported on a kiosk PC to a campaign</source>
        <translation>Киоск-компьютерде экспортталған жауаптарды сауалнамаға қосу</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: back it up with the server&apos;s tools (pg_dump).</source>
        <translation>Бұл дерекқор PostgreSQL серверінде орналасқан: оның сақтық көшірмелерін сервердің құралдарымен (pg_dump) жасаңыз.</translation>
    </message>
    <message>
        <source>Motivdesk database (*.db)</source>
        <translation>Motivdesk дерекқоры (*.db)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Сақтық көшірме жазылуда…</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Сақтық көшірмені жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Сақтық көшірме жазылды: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>The database will be replaced by the backup you choose. It is checked first; the current database is kept beside it. Every kiosk and other workspace using this database must be closed. Continue?</source>
        <translation>Дерекқор таңдалған сақтық көшірмемен ауыстырылады. Алдымен көшірме тексеріледі; ағымдағы дерекқор қасында сақталады. Осы дерекқормен жұмыс істейтін барлық киосктер мен басқа жұмыс орындары жабылуы тиіс. Жалғастырасыз ба?</translation>
    </message>
    <message>
        <source>Motivdesk database (*.db);;All files (*)</source>
        <translation>Motivdesk дерекқоры (*.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Сақтық көшірме тексерілуде…</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>Дерекқор қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <source>Your account is not in the restored database as it was: Motivdesk closes now; start it again and sign in.</source>
        <translation>Қалпына келтірілген дерекқорда сіздің есептік жазбаңыз бұрынғы күйінде жоқ: Motivdesk қазір жабылады; бағдарламаны қайта іске қосып, жүйеге кіріңіз.</translation>
    </message>
    <message>
        <source>Paper template</source>
        <translation>Қағаз сауалнама парақтарының үлгісі</translation>
    </message>
    <message>
        <source>Template written: %1</source>
        <translation>Үлгі жазылды: %1</translation>
    </message>
    <message>
        <source>Import paper questionnaires</source>
        <translation>Қағаз сауалнама парақтарын импорттау</translation>
    </message>
    <message>
        <source>Checking and importing the questionnaires…</source>
        <translation>Сауалнама парақтары тексеріліп, импортталуда…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… және тағы %1</translation>
    </message>
    <message>
        <source>%1 was refused; nothing was changed</source>
        <translation>%1 қабылданбады; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>%1 questionnaires added, %2 were already here</source>
        <translation>Қосылған сауалнама парақтары: %1, дерекқорда бұрыннан бар: %2</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Жауаптарды экспорттау</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Жауаптарды импорттау</translation>
    </message>
</context>
<context>
    <name>DemographicsPage</name>
    <message>
        <source>A few questions about you</source>
        <translation>Өзіңіз туралы бірнеше сұрақ</translation>
    </message>
    <message>
        <source>All optional. They are used only for group figures, and no figure is ever shown for a group of fewer people than the anonymity threshold.</source>
        <translation>Жауап беру міндетті емес. Олар тек топтық көрсеткіштер үшін пайдаланылады, ал анонимділік шегінен аз топ үшін ешқандай көрсеткіш шығарылмайды.</translation>
    </message>
    <message>
        <source>Your department</source>
        <translation>Сіздің бөліміңіз</translation>
    </message>
    <message>
        <source>Your length of service in the organisation</source>
        <translation>Ұйымдағы жұмыс өтіліңіз</translation>
    </message>
    <message>
        <source>Do you hold a managerial position?</source>
        <translation>Сіз басшы лауазымды атқарасыз ба?</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Жынысыңыз</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <source>Headcount 0 for: %1. Participation of these departments cannot be measured against the 35 % target. Save anyway?</source>
        <translation>Штат саны 0: %1. Бұл бөлімдердің қатысуын 35 % мақсатпен салыстыру мүмкін емес. Бәрібір сақтау керек пе?</translation>
    </message>
    <message>
        <source>Organisation and departments</source>
        <translation>Ұйым және бөлімдер</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>Drivers</name>
    <message>
        <source>act first</source>
        <translation>бірінші кезекте әрекет ету</translation>
    </message>
    <message>
        <source>maintain</source>
        <translation>қолдау</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>бақылау</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>екінші кезектегі</translation>
    </message>
    <message>
        <source>Key drivers need the job satisfaction questionnaire (Batarshev) or the reasons for leaving, and the satisfaction questionnaire, in the same campaign.</source>
        <translation>Негізгі факторлар үшін бір сауалнамада еңбек факторларына қанағаттану сауалнамасы және еңбекке қанағаттану сауалнамасы (Батаршев) немесе жұмыстан кету себептері қажет.</translation>
    </message>
    <message>
        <source>Key drivers are not shown: fewer than %1 respondents of this selection answered both the satisfaction questionnaire and the job satisfaction questionnaire. With fewer people a rank correlation swings too much to rely on. The minimum is an office setting (Settings).</source>
        <translation>Негізгі факторлар көрсетілмеген: осы іріктемеде еңбек факторларына қанағаттану сауалнамасына да, еңбекке қанағаттану сауалнамасына да жауап берген респонденттер %1-ден аз. Адамдар саны аз болса, рангтік корреляция сенім артуға тым тұрақсыз. Ең аз саны ұйымның баптауларында беріледі (Баптаулар).</translation>
    </message>
    <message>
        <source>Key drivers are not shown: fewer than %1 respondents of this selection answered both the satisfaction questionnaire and the reasons for leaving. With fewer people a rank correlation swings too much to rely on. The minimum is an office setting (Settings).</source>
        <translation>Негізгі факторлар көрсетілмеген: осы іріктемеде еңбек факторларына қанағаттану сауалнамасына да, жұмыстан кету себептері сауалнамасына да жауап берген респонденттер %1-ден аз. Адамдар саны аз болса, рангтік корреляция сенім артуға тым тұрақсыз. Ең аз саны ұйымның баптауларында беріледі (Баптаулар).</translation>
    </message>
    <message>
        <source>fewer than %1 respondents rated it</source>
        <translation>%1-ден аз респондент бағалады</translation>
    </message>
    <message>
        <source>everyone gave the same answer: no relation can be measured</source>
        <translation>барлығы бірдей жауап берді: байланысты өлшеу мүмкін емес</translation>
    </message>
</context>
<context>
    <name>DriversTab</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Factor or parameter</source>
        <translation>Фактор немесе параметр</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>Level (0–5)</source>
        <translation>Деңгей (0–5)</translation>
    </message>
    <message>
        <source>ρ satisfaction</source>
        <translation>ρ қанағат.</translation>
    </message>
    <message>
        <source>ρ leaving</source>
        <translation>ρ кету</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>job satisfaction (Batarshev total)</source>
        <translation>еңбекке қанағаттану (жалпы, Батаршев)</translation>
    </message>
    <message>
        <source>the pull to leave (reasons for leaving), sign reversed</source>
        <translation>жұмыстан кету себептері (таңбасы кері)</translation>
    </message>
    <message>
        <source>Act first: %1.</source>
        <translation>Бірінші кезекте әрекет ету: %1.</translation>
    </message>
    <message>
        <source>No factor here both goes strongly with satisfaction and is rated low: nothing to act on first.</source>
        <translation>Мұнда қанағаттанумен қатты байланысты әрі төмен бағаланған фактор жоқ: бірінші кезектегілер жоқ.</translation>
    </message>
    <message>
        <source>Current level: mean satisfaction (0–5)</source>
        <translation>Ағымдағы деңгей: орташа қанағаттану (0–5)</translation>
    </message>
    <message>
        <source>Relation (ρ) with %1</source>
        <translation>Байланыс (ρ): %1</translation>
    </message>
    <message>
        <source>Rank correlation ρ (Spearman): +1 — those who rate the factor higher are the more satisfied, 0 — no relation. Strong: ρ at least %2 and beyond chance for its N. Low level: below %3. Minimum %1 respondents. A relation is not a cause: ask people before acting. ρ satisfaction: with job satisfaction; ρ leaving: with the reasons for leaving (below zero: the more satisfied with the factor, the weaker the reasons to leave).</source>
        <translation>Рангтік корреляция ρ (Спирмен): +1 — факторды жоғары бағалағандар көбірек қанағаттанған, 0 — байланыс жоқ. Күшті байланыс: ρ кемінде %2 және осы N кезінде кездейсоқтықпен түсіндірілмейді. Төмен деңгей: %3-тен төмен. Ең аз саны — %1 респондент. Байланыс себеп емес: әрекет етпес бұрын адамдардан сұраңыз. ρ қанағат. — еңбекке қанағаттанумен; ρ кету — жұмыстан кету себептерімен (нөлден төмен: факторға қанағаттану неғұрлым жоғары болса, кету себептері соғұрлым әлсіз).</translation>
    </message>
    <message>
        <source>Level %1, ρ with satisfaction %2, ρ with leaving %3, N %4</source>
        <translation>Деңгей %1, қанағаттанумен ρ %2, кету себептерімен ρ %3, N %4</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <source>Motivation parameters</source>
        <translation>Мотивация параметрлері</translation>
    </message>
    <message>
        <source>Satisfaction factors</source>
        <translation>Қанағаттану факторлары</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>New employee</source>
        <translation>Жаңа қызметкер</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Т. А. Ә.:</translation>
    </message>
    <message>
        <source>Personnel number:</source>
        <translation>Табель нөмірі:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Бөлім:</translation>
    </message>
    <message>
        <source>Position (Russian):</source>
        <translation>Лауазымы (орысша):</translation>
    </message>
    <message>
        <source>Position (Kazakh):</source>
        <translation>Лауазымы (қазақша):</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Басшы:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <source>Hired on:</source>
        <translation>Жұмысқа қабылданған күні:</translation>
    </message>
    <message>
        <source>heads a unit (the tests ask managers their own questions)</source>
        <translation>бөлімшеге басшылық етеді (тесттер басшыларға өз сұрақтарын қояды)</translation>
    </message>
    <message>
        <source>optional; matches the staff list on re-import</source>
        <translation>міндетті емес; қайта импорттағанда жол осы бойынша табылады</translation>
    </message>
    <message>
        <source>shown on Kazakh screens and cards</source>
        <translation>қазақша экрандар мен карталарда көрсетіледі</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>known</source>
        <translation>белгілі</translation>
    </message>
    <message>
        <source>Former employee: kept for the cards and test results that name him.</source>
        <translation>Шыққан қызметкер: ол аталған карталар мен тест нәтижелері үшін сақталады.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) or named test session(s) refer to this employee.</source>
        <translation>
            <numerusform>Осы қызметкер бар карталар мен атаулы тестілеулер: %n.</numerusform>
            <numerusform>Осы қызметкер бар карталар мен атаулы тестілеулер: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <source>Full name</source>
        <translation>Т. А. Ә.</translation>
    </message>
    <message>
        <source>Personnel No.</source>
        <translation>Табель №</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карталар</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>active</source>
        <translation>жұмыс істейді</translation>
    </message>
    <message>
        <source>former</source>
        <translation>шыққан</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Барлық бөлімдер</translation>
    </message>
    <message>
        <source>Cards or named test sessions refer to this employee: deactivate instead.</source>
        <translation>Қызметкерге карталар немесе атаулы тестілеулер сілтейді: жоюдың орнына оны шыққан деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Delete an entry made by mistake</source>
        <translation>Қателесіп енгізілген жазбаны жою</translation>
    </message>
    <message>
        <source>Make active again</source>
        <translation>Штатқа қайтару</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Шыққан деп белгілеу</translation>
    </message>
    <message>
        <source>Bring the former employee back to the staff list</source>
        <translation>Шыққан қызметкерді қызметкерлер тізіміне қайтару</translation>
    </message>
    <message>
        <source>Mark as no longer working here: kept for the history of cards and sessions, left out of lists</source>
        <translation>Шыққан деп белгілеу: жазба карталар мен тестілеулер тарихы үшін сақталады, бірақ тізімдерде көрсетілмейді</translation>
    </message>
    <message>
        <source>%1 will no longer be listed, nor offered for named sessions and new cards. His cards and test results are kept. Deactivate?</source>
        <translation>%1 енді тізімде, атаулы тестілеулер мен жаңа карталарда болмайды. Оның карталары мен тест нәтижелері сақталады. Шыққан деп белгілеу керек пе?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete %1 from the register? Use this only for an entry made by mistake.</source>
        <translation>%1 тізілімнен жойылсын ба? Тек қателесіп енгізілген жазба үшін.</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <source>Staff list template</source>
        <translation>Қызметкерлер тізімінің үлгісі</translation>
    </message>
    <message>
        <source>staff-list.xlsx</source>
        <translation>қызметкерлер-тізімі.xlsx</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message>
        <source>Import the staff list</source>
        <translation>Қызметкерлер тізімін импорттау</translation>
    </message>
    <message>
        <source>Staff list (*.xlsx *.csv)</source>
        <translation>Қызметкерлер тізімі (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1: қосылды %2, жаңартылды %3, өзгеріссіз %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported; nothing was changed. Correct these %n problem(s) and import the file again:</source>
        <translation>
            <numerusform>%1 жүктелмеді; ештеңе өзгертілмеді. Қателерді (%n) түзетіп, файлды қайта жүктеңіз:</numerusform>
            <numerusform>%1 жүктелмеді; ештеңе өзгертілмеді. Қателерді (%n) түзетіп, файлды қайта жүктеңіз:</numerusform>
        </translation>
    </message>
    <message>
        <source>Employees are needed for named test sessions and personal, growth and career cards; anonymous campaigns never record who answered. Add employees one by one, or import the staff list from Excel (download the template first).</source>
        <translation>Қызметкерлер атаулы тестілеулер мен жеке, даму және мансап карталары үшін қажет; анонимді сауалнамалар кім жауап бергенін ешқашан жазбайды. Қызметкерлерді бір-бірлеп қосыңыз немесе тізімді Excel-ден жүктеңіз (алдымен үлгіні жүктеп алыңыз).</translation>
    </message>
    <message>
        <source>Add an employee…</source>
        <translation>Қызметкер қосу…</translation>
    </message>
    <message>
        <source>No departments yet</source>
        <translation>Әзірге бөлімдер жоқ</translation>
    </message>
    <message>
        <source>Every employee belongs to a department. Set up the organisation and its departments first, then add employees or import the staff list.</source>
        <translation>Әр қызметкер бір бөлімге жатады. Алдымен ұйымды және оның бөлімдерін баптаңыз, содан кейін қызметкерлерді қосыңыз немесе тізімін жүктеңіз.</translation>
    </message>
    <message>
        <source>Set up departments…</source>
        <translation>Бөлімдерді баптау…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Add an employee</source>
        <translation>Қызметкер қосу</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Edit or move to another department</source>
        <translation>Өзгерту немесе басқа бөлімге ауыстыру</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Тізімді жүктеу…</translation>
    </message>
    <message>
        <source>Add and update employees from an Excel or CSV list; a file with any problem is refused whole</source>
        <translation>Excel немесе CSV тізімінен қызметкерлерді қосу және жаңарту; бір қатесі бар файл толығымен жүктелмейді</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Үлгі…</translation>
    </message>
    <message>
        <source>Save the Excel template of the staff list</source>
        <translation>Қызметкерлер тізімінің Excel үлгісін сақтау</translation>
    </message>
    <message>
        <source>Named test session…</source>
        <translation>Атаулы тестілеу…</translation>
    </message>
    <message>
        <source>Let the selected employee take tests under their name for a personal card (not anonymous)</source>
        <translation>Таңдалған қызметкерді жеке карта үшін атаулы тестілеуден өткізу (анонимді емес)</translation>
    </message>
    <message>
        <source>Search by name, personnel number or position (Ctrl+F)</source>
        <translation>Т. А. Ә., табель нөмірі немесе лауазым бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show former employees</source>
        <translation>Шыққан қызметкерлерді көрсету</translation>
    </message>
    <message>
        <source>Import the staff list…</source>
        <translation>Қызметкерлер тізімін жүктеу…</translation>
    </message>
    <message>
        <source>Download the template…</source>
        <translation>Үлгіні жүктеп алу…</translation>
    </message>
    <message>
        <source>No employees yet</source>
        <translation>Әзірге қызметкерлер жоқ</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>HeadlineView</name>
    <message>
        <source>No survey campaign yet.</source>
        <translation>Әзірге сауалнама жоқ.</translation>
    </message>
    <message>
        <source>Headline figures (as on page 1 of the report)</source>
        <translation>Негізгі сандар (есептің бірінші бетіндегідей)</translation>
    </message>
    <message>
        <source>Latest campaign: %1 (%2 – %3, %4)</source>
        <translation>Соңғы сауалнама: %1 (%2 – %3, %4)</translation>
    </message>
    <message>
        <source>Campaign: %1 (%2 – %3, %4)</source>
        <translation>Сауалнама: %1 (%2 – %3, %4)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2 ішінен %1 (%3)</translation>
    </message>
    <message>
        <source>at least 35 % taken part</source>
        <translation>талап (кемінде 35 %) орындалды</translation>
    </message>
    <message>
        <source>below the 35 % the methodology asks</source>
        <translation>әдістеме талап ететін 35 %-дан төмен</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Сауалнамаға қатысу</translation>
    </message>
    <message>
        <source>previous campaign: %1</source>
        <translation>алдыңғы сауалнама: %1</translation>
    </message>
    <message>
        <source>previous campaign «%1»: %2, change %3</source>
        <translation>алдыңғы сауалнама «%1»: %2, өзгеріс %3</translation>
    </message>
    <message>
        <source>Integral motivation level</source>
        <translation>Мотивацияның интегралдық деңгейі</translation>
    </message>
    <message>
        <source>Strongest motivators</source>
        <translation>Ең маңызды мотиваторлар</translation>
    </message>
    <message>
        <source>%1: significance %2, satisfaction %3</source>
        <translation>%1: маңыздылық %2, қанағаттану %3</translation>
    </message>
    <message>
        <source>Reserves: satisfaction below significance</source>
        <translation>Резервтер: қанағаттану маңыздылықтан төмен</translation>
    </message>
    <message>
        <source>%1 (gap %2)</source>
        <translation>%1 (алшақтық %2)</translation>
    </message>
    <message>
        <source>Key demotivators</source>
        <translation>Негізгі демотиваторлар</translation>
    </message>
    <message>
        <source>%1: %2 rated it 0–2</source>
        <translation>%1: %2 0–2 балға бағалады</translation>
    </message>
    <message>
        <source>Main reasons to leave</source>
        <translation>Жұмыстан кетудің негізгі себептері</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>high %1, medium %2, low %3</source>
        <translation>жоғары %1, орташа %2, төмен %3</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>өзгеріс %1</translation>
    </message>
    <message>
        <source>Job satisfaction (% of maximum)</source>
        <translation>Еңбекке қанағаттану (ең жоғарыдан %)</translation>
    </message>
    <message>
        <source>Mixed type</source>
        <translation>Аралас түр</translation>
    </message>
    <message>
        <source>Gerchikov types (people)</source>
        <translation>Герчиков бойынша мотивация түрлері (адам)</translation>
    </message>
    <message>
        <source>beyond noise</source>
        <translation>кездейсоқ ауытқулардан тыс</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>бағаланбады</translation>
    </message>
    <message>
        <source>within noise, not a change</source>
        <translation>кездейсоқ ауытқулар шегінде, бұл өзгеріс емес</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Маңыздылық</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Қанағаттану</translation>
    </message>
    <message>
        <source>Reasons for leaving</source>
        <translation>Жұмыстан кету себептері</translation>
    </message>
    <message>
        <source>Job satisfaction</source>
        <translation>Еңбекке қанағаттану</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Ахуал</translation>
    </message>
    <message>
        <source>Motivation types</source>
        <translation>Мотивация түрлері</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
</context>
<context>
    <name>IdleBar</name>
    <message>
        <source>Are you still there? This questionnaire will close in %1 s; the answers given so far will be kept apart and will not be counted in the results.</source>
        <translation>Сіз әлі осындасыз ба? Сауалнама парағы %1 секундтан кейін жабылады; берілген жауаптар бөлек сақталады және нәтижеге есептелмейді.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Мен осындамын</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Net turnover</source>
        <translation>Персоналдың таза ауысымдылығы</translation>
    </message>
    <message>
        <source>Leavers from the body</source>
        <translation>Мемлекеттік органнан кеткендер</translation>
    </message>
    <message>
        <source>Staff stability</source>
        <translation>Кадр құрамының тұрақтылығы</translation>
    </message>
    <message>
        <source>First-year turnover</source>
        <translation>Жұмысқа жаңадан қабылданған қызметкерлердің ауысымдылығы</translation>
    </message>
    <message>
        <source>Staff circulation</source>
        <translation>Кадрлар ағынының айналымы</translation>
    </message>
    <message>
        <source>Exit-interview coverage</source>
        <translation>Шығыс сұхбатымен қамту</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Average headcount</source>
        <translation>Орташа штат саны</translation>
    </message>
    <message>
        <source>Left the civil service</source>
        <translation>Мемлекеттік қызметтен кеткендер</translation>
    </message>
    <message>
        <source>Left the body (all reasons)</source>
        <translation>Органнан кеткендер (барлық себептер бойынша)</translation>
    </message>
    <message>
        <source>Left in their first year</source>
        <translation>Қызметтің алғашқы жылында кеткендер</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>Тағайындалғандар</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Жұмыстан шығарылғандар</translation>
    </message>
    <message>
        <source>Over 3 years&apos; continuous service</source>
        <translation>Органдағы үздіксіз өтілі 3 жылдан астам</translation>
    </message>
    <message>
        <source>Exit interviews held</source>
        <translation>Өткізілген шығу сұхбаттары</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Net turnover, change (points)</source>
        <translation>Таза ауысымдылық, өзгерісі (п. т.)</translation>
    </message>
    <message>
        <source>Not shown: the inputs it needs were not entered for this year.</source>
        <translation>Көрсетілмейді: осы жыл үшін қажетті деректер енгізілмеген.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Дереккөзі: %1</translation>
    </message>
    <message>
        <source>Above the critical level of %1 %</source>
        <translation>%1 % сыни деңгейден жоғары</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Replace the year?</source>
        <translation>Жыл деректерін ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Movements of %1 are already entered. Replace them?</source>
        <translation>%1 жылғы кадрлар қозғалысы енгізілген. Ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Delete the year?</source>
        <translation>Жыл деректерін жою керек пе?</translation>
    </message>
    <message>
        <source>Delete the movements of %1?</source>
        <translation>%1 жылғы кадрлар қозғалысын жою керек пе?</translation>
    </message>
    <message>
        <source>Import staff movements</source>
        <translation>Кадрлар қозғалысын импорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Файл қабылданбады</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed:</source>
        <translation>%1 файлы импортталмады; ештеңе өзгертілмеді:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>Years imported: %1</source>
        <translation>Импортталған жылдар саны: %1</translation>
    </message>
    <message>
        <source>Personnel indicators</source>
        <translation>Кадрлық көрсеткіштер</translation>
    </message>
    <message>
        <source>Add a year…</source>
        <translation>Жыл қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV импорттау…</translation>
    </message>
    <message>
        <source>Enter one year&apos;s staff movements from the personnel report</source>
        <translation>Кадрлық есептен бір жылдың кадрлар қозғалысын енгізу</translation>
    </message>
    <message>
        <source>Correct the selected year&apos;s figures</source>
        <translation>Таңдалған жылдың көрсеткіштерін түзету</translation>
    </message>
    <message>
        <source>Delete the selected year&apos;s figures</source>
        <translation>Таңдалған жылдың көрсеткіштерін жою</translation>
    </message>
    <message>
        <source>Columns: year, average_headcount, left_civil_service; optional left_body, first_year_leavers, appointed, dismissed, over_3_years, exit_interviews</source>
        <translation>Бағандар: year, average_headcount, left_civil_service; міндетті емес: left_body, first_year_leavers, appointed, dismissed, over_3_years, exit_interviews</translation>
    </message>
    <message>
        <source>Indicators of the personnel-management assessment of state bodies (net turnover, staff stability, first-year turnover, circulation, exit interviews), computed from the movements entered. Net turnover above %1 % is marked: the critical level. All shares are of the average headcount; exit interviews are of those who left the civil service.</source>
        <translation>Мемлекеттік органның персоналды басқаруын бағалау көрсеткіштері (персоналдың таза ауысымдылығы, кадр құрамының тұрақтылығы, жаңадан қабылданғандардың ауысымдылығы, кадрлар ағынының айналымы, шығыс сұхбаты) енгізілген кадрлар қозғалысы бойынша есептеледі. %1 %-дан (сыни деңгей) жоғары таза ауысымдылық белгіленеді. Барлық үлестер орташа штат санынан; шығыс сұхбаттары мемлекеттік қызметтен кеткендерден есептеледі.</translation>
    </message>
    <message>
        <source>No staff movements entered</source>
        <translation>Кадрлар қозғалысы енгізілмеген</translation>
    </message>
    <message>
        <source>Enter each year&apos;s average headcount and the numbers of people who left, were appointed or dismissed (from the personnel report), or import them from a CSV file. Set up the organisation in Settings first.</source>
        <translation>Әр жыл бойынша орташа штат санын және кеткендер, тағайындалғандар мен жұмыстан шығарылғандар санын (кадрлық есептен) енгізіңіз немесе оларды CSV файлынан импорттаңыз. Алдымен баптауларда ұйым туралы мәліметтерді толтырыңыз.</translation>
    </message>
</context>
<context>
    <name>InstrumentFile</name>
    <message>
        <source>(file)</source>
        <translation>(файл)</translation>
    </message>
    <message>
        <source>(structure)</source>
        <translation>(файл құрылымы)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>%1 болуы керек, ал файлда — %2</translation>
    </message>
    <message>
        <source>must be an object with &apos;ru&apos; and &apos;kk&apos; texts</source>
        <translation>&apos;ru&apos; және &apos;kk&apos; мәтіндері бар объект болуы керек</translation>
    </message>
    <message>
        <source>is missing (every text needs both ru and kk)</source>
        <translation>жоқ (әр мәтін орысша — ru, және қазақша — kk болуы керек)</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>бос емес мәтін болуы керек</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>тізім […] болуы керек</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>бос емес тізім […] болуы керек</translation>
    </message>
    <message>
        <source>must be an object with a &apos;text&apos;</source>
        <translation>&apos;text&apos; өрісі бар объект болуы керек</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект {…}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>тізім […]</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>тырнақшадағы мәтін</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>бүтін сан</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true немесе false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>null</source>
        <translation>бос мән null</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 немесе %2</translation>
    </message>
    <message>
        <source>must be one of %1, not &apos;%2&apos;</source>
        <translation>мына мәндердің бірі болуы керек: %1 (&apos;%2&apos; емес)</translation>
    </message>
    <message>
        <source>must be greater than min (%1)</source>
        <translation>min мәнінен (%1) үлкен болуы керек</translation>
    </message>
    <message>
        <source>label keys must be answer values</source>
        <translation>белгілерді тек жауап мәндеріне беруге болады</translation>
    </message>
    <message>
        <source>is not an allowed value (%1..%2)</source>
        <translation>рұқсат етілген мән емес (%1..%2)</translation>
    </message>
    <message>
        <source>a split needs parts ≥ 2 and total ≥ 1</source>
        <translation>балл бөлу үшін parts ≥ 2 және total ≥ 1 болуы керек</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>объект {…} болуы керек</translation>
    </message>
    <message>
        <source>must be &apos;%1&apos; (items are numbered in order, no gaps)</source>
        <translation>&apos;%1&apos; болуы керек (сұрақтар ретімен, үзіліссіз нөмірленеді)</translation>
    </message>
    <message>
        <source>names no format in &apos;formats&apos;: &apos;%1&apos;</source>
        <translation>&apos;formats&apos; ішінде жоқ форматқа сілтейді: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>is missing (neither the item nor its format has options)</source>
        <translation>жоқ (жауап нұсқалары сұрақта да, оның форматында да берілмеген)</translation>
    </message>
    <message>
        <source>needs one number per option (%1)</source>
        <translation>әр жауап нұсқасына бір сан керек (%1)</translation>
    </message>
    <message>
        <source>answer-count rule does not fit the options</source>
        <translation>таңдалатын жауаптар санының ережесі жауап нұсқаларына сәйкес келмейді</translation>
    </message>
    <message>
        <source>needs %1 texts, has %2</source>
        <translation>%1 мәтін керек, берілгені: %2</translation>
    </message>
    <message>
        <source>only {&apos;is_manager&apos;: true|false} is supported</source>
        <translation>тек {&apos;is_manager&apos;: true|false} қолданылады</translation>
    </message>
    <message>
        <source>names no item: &apos;%1&apos;</source>
        <translation>жоқ сұраққа сілтейді: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be sum, mean or percent_of_max, not &apos;%1&apos;</source>
        <translation>sum, mean немесе percent_of_max болуы керек, &apos;%1&apos; емес</translation>
    </message>
    <message>
        <source>item %1 (%2) cannot be summed</source>
        <translation>%1 сұрағының (%2) балдарын қосуға болмайды</translation>
    </message>
    <message>
        <source>names no item</source>
        <translation>жоқ сұраққа сілтейді</translation>
    </message>
    <message>
        <source>is not a choice item</source>
        <translation>жауап таңдалатын сұрақ емес</translation>
    </message>
    <message>
        <source>must map option numbers to lists of scale ids</source>
        <translation>жауап нұсқаларының нөмірлеріне шкала идентификаторларының тізімдерін сәйкестендіруі керек</translation>
    </message>
    <message>
        <source>is not an option number of %1 (1..%2)</source>
        <translation>%1 сұрағының жауап нұсқасының нөмірі емес (1..%2)</translation>
    </message>
    <message>
        <source>must be a list of scale ids from %1</source>
        <translation>%1 ішіндегі шкала идентификаторларының тізімі болуы керек</translation>
    </message>
    <message>
        <source>has no entry for split item %1</source>
        <translation>балл бөлінетін %1 сұрағы үшін жазба жоқ</translation>
    </message>
    <message>
        <source>names no split item</source>
        <translation>балл бөлінетін мұндай сұрақ жоқ</translation>
    </message>
    <message>
        <source>needs one scale id per part (%1)</source>
        <translation>әр бөлікке бір шкала идентификаторы керек (%1)</translation>
    </message>
    <message>
        <source>names no scale: &apos;%1&apos;</source>
        <translation>жоқ шкалаға сілтейді: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>is %1 but the items&apos; totals add up to %2</source>
        <translation>мәні %1, бірақ сұрақтар бойынша балдар қосындысы — %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>бос болмауы керек</translation>
    </message>
    <message>
        <source>names no level band of scale &apos;%1&apos;: &apos;%2&apos;</source>
        <translation>&apos;%1&apos; шкаласының деңгейлерінде мұндай аралық жоқ: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>must be an object with &apos;text&apos; (and optionally &apos;tools&apos;)</source>
        <translation>&apos;text&apos; өрісі бар (қажет болса, &apos;tools&apos; те) объект болуы керек</translation>
    </message>
    <message>
        <source>must be one of %1: &apos;%2&apos;</source>
        <translation>мына мәндердің бірі болуы керек: %1 (көрсетілгені &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>is nested too deeply</source>
        <translation>тым терең кірістірілген</translation>
    </message>
    <message>
        <source>has a value of an unexpected type (%1: %2)</source>
        <translation>күтілмеген түрдегі мән бар (%1: %2)</translation>
    </message>
    <message>
        <source>must contain a JSON object</source>
        <translation>JSON объектісін {…} қамтуы керек</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>%1 болуы керек</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and &apos;_&apos;</source>
        <translation>тек кіші латын әріптерінен, цифрлардан және &apos;_&apos; таңбасынан тұруы керек</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the file name &apos;%2&apos;</source>
        <translation>&apos;%1&apos; файл атауымен &apos;%2&apos; сәйкес келмейді</translation>
    </message>
    <message>
        <source>must be &apos;active&apos; or &apos;disabled&apos;</source>
        <translation>&apos;active&apos; (қолданыста) немесе &apos;disabled&apos; (өшірілген) болуы керек</translation>
    </message>
    <message>
        <source>must be &apos;questionnaire&apos; or &apos;test&apos;</source>
        <translation>&apos;questionnaire&apos; (сауалнама) немесе &apos;test&apos; (тест) болуы керек</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>&apos;%1&apos; екі рет кездеседі</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; мына тізімде жоқ: %2</translation>
    </message>
    <message>
        <source>only a factor_matrix questionnaire has factors a measure can name</source>
        <translation>іс-шара сілтей алатын факторлар тек factor_matrix әдісі бар сауалнамада болады</translation>
    </message>
    <message>
        <source>an active instrument needs items</source>
        <translation>қолданыстағы әдістемеде сұрақтар болуы керек</translation>
    </message>
    <message>
        <source>an active instrument needs scales</source>
        <translation>қолданыстағы әдістемеде шкалалар болуы керек</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>мән күтілген еді</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>&apos;,&apos; үтірі жетіспейді</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>&apos;:&apos; қос нүктесі жетіспейді</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>қос тырнақшадағы өріс атауы күтілген еді</translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation>тырнақшадағы мәтін жабылмаған</translation>
    </message>
    <message>
        <source>Invalid control character</source>
        <translation>рұқсат етілмеген басқару таңбасы</translation>
    </message>
    <message>
        <source>Invalid escape after a backslash</source>
        <translation>кері қиғаш сызықтан кейін рұқсат етілмеген таңба</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>JSON аяқталғаннан кейін артық деректер</translation>
    </message>
    <message>
        <source>Illegal trailing comma</source>
        <translation>жабатын жақша алдында артық үтір</translation>
    </message>
    <message>
        <source>a number has too many digits</source>
        <translation>санда цифрлар тым көп</translation>
    </message>
    <message>
        <source>is larger than %1 bytes</source>
        <translation>файл %1 байттан үлкен</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>файл UTF-8 кодтауындағы мәтін емес</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1-жол, %2-таңба</translation>
    </message>
    <message>
        <source>is not valid JSON (%1)</source>
        <translation>файл дұрыс JSON емес (%1)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>файлды оқу мүмкін емес (%1)</translation>
    </message>
    <message>
        <source>is nested more than %1 levels deep</source>
        <translation>кірістіру деңгейі %1 деңгейден көп</translation>
    </message>
    <message>
        <source>cannot be loaded (%1: %2)</source>
        <translation>файлды жүктеу мүмкін емес (%1: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already played by &apos;%2&apos; (%3); a library has one instrument per role</source>
        <translation>&apos;%1&apos; рөлін &apos;%2&apos; әдістемесі (%3) атқарып тұр; бір рөлді тек бір әдістеме атқара алады</translation>
    </message>
</context>
<context>
    <name>InstrumentResult</name>
    <message>
        <source>Do you agree with this result?</source>
        <translation>Осы нәтижемен келісесіз бе?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Why not? (optional)</source>
        <translation>Неге келіспейсіз? (міндетті емес)</translation>
    </message>
</context>
<context>
    <name>Interpretation</name>
    <message>
        <source>Leading type: %1</source>
        <translation>Жетекші түр: %1</translation>
    </message>
    <message>
        <source>Mixed type: %1</source>
        <translation>Аралас түр: %1</translation>
    </message>
    <message>
        <source>Motivation tools that suit you: %1</source>
        <translation>Сізге сәйкес келетін ынталандыру құралдары: %1</translation>
    </message>
    <message>
        <source>Most important to you: %1</source>
        <translation>Сіз үшін ең маңыздысы: %1</translation>
    </message>
    <message>
        <source>Least important to you: %1</source>
        <translation>Сіз үшін ең аз маңыздысы: %1</translation>
    </message>
    <message>
        <source>Not enough answers to compute this result.</source>
        <translation>Нәтижені есептеу үшін жауаптар жеткіліксіз.</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>%1-сұрақ, барлығы %2</translation>
    </message>
    <message>
        <source>Questions %1–%3 of %2</source>
        <translation>%1–%3 сұрақ, барлығы %2</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Бір жауапты таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose as many answers as apply.</source>
        <translation>Сәйкес келетін барлық жауапты таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n answer(s).</source>
        <translation>
            <numerusform>%n жауапты таңдаңыз.</numerusform>
            <numerusform>%n жауапты таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose from %1 to %2 answers.</source>
        <translation>Кемінде %1, көп дегенде %2 жауап таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Share %n point(s) between the statements.</source>
        <translation>
            <numerusform>%n балды тұжырымдар арасында бөліңіз.</numerusform>
            <numerusform>%n балды тұжырымдар арасында бөліңіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskLaunch</name>
    <message>
        <source>There is no campaign with this number.</source>
        <translation>Мұндай нөмірлі сауалнама жоқ.</translation>
    </message>
    <message>
        <source>The kiosk runs only for an open campaign: open it first.</source>
        <translation>Киоск тек ашық сауалнама үшін жұмыс істейді: алдымен оны ашыңыз.</translation>
    </message>
    <message>
        <source>Set a kiosk PIN for this campaign first.</source>
        <translation>Алдымен осы сауалнама үшін киоск PIN-кодын орнатыңыз.</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Exit (HR): press and hold</source>
        <translation>Шығу (кадр қызметі): басып, ұстап тұрыңыз</translation>
    </message>
    <message>
        <source>Exit (HR)</source>
        <translation>Шығу (кадр қызметі)</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Артқа</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Келесі →</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>The survey could not be started: the database is busy. Please try again in a moment.</source>
        <translation>Сауалнама парағын бастау мүмкін болмады: дерекқор қазір бос емес. Біраздан кейін қайта көріңіз.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>This answer cannot be accepted as it is. Please change it.</source>
        <translation>Бұл жауапты осы күйінде қабылдау мүмкін емес. Оны өзгертіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Please choose at least %n option(s) here.</source>
        <translation>
            <numerusform>Кемінде %n нұсқаны таңдаңыз.</numerusform>
            <numerusform>Кемінде %n нұсқаны таңдаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please choose no more than %n option(s) here.</source>
        <translation>
            <numerusform>%n нұсқадан артық таңдамаңыз.</numerusform>
            <numerusform>%n нұсқадан артық таңдамаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The points must add up to %n.</source>
        <translation>
            <numerusform>Балдардың қосындысы %n болуы тиіс.</numerusform>
            <numerusform>Балдардың қосындысы %n болуы тиіс.</numerusform>
        </translation>
    </message>
    <message>
        <source>End this session? The answers given so far are kept apart and will not be counted in the results.</source>
        <translation>Сеансты аяқтайсыз ба? Берілген жауаптар бөлек сақталады және нәтижеге есептелмейді.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Шығу</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>excellent</source>
        <translation>үздік</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>өте жақсы</translation>
    </message>
    <message>
        <source>good</source>
        <translation>жақсы</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>қолайлы</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>қанағаттанарлық</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <translation>қанағаттанарлықсыз</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About %1</source>
        <translation>%1 туралы</translation>
    </message>
    <message>
        <source>%1 %2

Measures and manages the work motivation of civil servants: anonymous surveys, motivation tests and motivational cards.</source>
        <translation>%1 %2

Мемлекеттік қызметшілердің еңбек мотивациясын бағалау және басқару: анонимді сауалнамалар, мотивация тесттері және мотивациялық карталар.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Сауалнамалар</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Талдау</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карталар</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <source>Personnel indicators</source>
        <translation>Кадрлық көрсеткіштер</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>&amp;Демонстрациялық дерекқорды ашу</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Құпиясөзді өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Бағдарлама туралы</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>Пайдаланушы &amp;нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;Setup assistant…</source>
        <translation>&amp;Баптау шебері…</translation>
    </message>
    <message>
        <source>Organisation, departments, staff list and a second administrator, step by step</source>
        <translation>Ұйым, бөлімшелер, қызметкерлер тізімі және екінші әкімші — қадам бойынша</translation>
    </message>
    <message>
        <source>The user guide, at the part about this page (F1)</source>
        <translation>Пайдаланушы нұсқаулығы, осы бет туралы бөлім (F1)</translation>
    </message>
</context>
<context>
    <name>MovementsDialog</name>
    <message>
        <source>Staff movements of a year</source>
        <translation>Жылдағы кадрлар қозғалысы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>деректер жоқ</translation>
    </message>
    <message>
        <source>Leave a field at "not known" when the personnel report does not give it: the indicators that need it are not shown.</source>
        <translation>Кадрлық есепте бұл көрсеткіш болмаса, «деректер жоқ» күйінде қалдырыңыз: оны қажет ететін көрсеткіштер шығарылмайды.</translation>
    </message>
</context>
<context>
    <name>NamedSessionDialog</name>
    <message>
        <source>Named test session</source>
        <translation>Атаулы тестілеу</translation>
    </message>
    <message>
        <source>Tests to take:</source>
        <translation>Тесттер:</translation>
    </message>
    <message>
        <source>The employee has agreed to take these tests under his name (consent recorded today).</source>
        <translation>Қызметкер осы тесттерден өз атымен өтуге келісті (келісім бүгін тіркелді).</translation>
    </message>
    <message>
        <source>Afterwards, let the employee fill his part of the personal motivational card (motivators, demotivators, motivation instruments, proposals).</source>
        <translation>Содан кейін қызметкер дербес мотивациялық картаның өз бөлігін толтырады (мотиваторлар, демотиваторлар, ынталандыру құралдары, ұсыныстар).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Бастау</translation>
    </message>
</context>
<context>
    <name>NationalTargets</name>
    <message>
        <source>Civil servants satisfied with their material situation</source>
        <translation>Өзінің материалдық жағдайына қанағаттанған мемлекеттік қызметшілердің үлесі</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Department head</source>
        <translation>Бөлім басшысы</translation>
    </message>
    <message>
        <source>HR administrator</source>
        <translation>Кадр қызметінің әкімшісі</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т. А. Ә.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Жаңа есептік жазба</translation>
    </message>
    <message>
        <source>Tick the departments this head may see.</source>
        <translation>Осы басшы көре алатын бөлімдерді белгілеңіз.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Құпиясөз кемінде %1 таңбадан тұруы тиіс.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>Бұл пайдаланушы аты бұрыннан бар.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Пайдаланушы атын енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>This survey was closed</source>
        <translation>Бұл сауалнама парағы жабылды</translation>
    </message>
    <message>
        <source>Your survey was ended from another computer (for example by the HR staff), so answers can no longer be added to it. The answers saved before that are kept but do not count as a completed survey. Please start again from the beginning.</source>
        <translation>Сауалнама парағыңыз басқа компьютерден аяқталды (мысалы, кадр қызметінің қызметкері), сондықтан оған енді жауап қосуға болмайды. Бұған дейін сақталған жауаптар сақталады, бірақ аяқталған сауалнама болып саналмайды. Сауалнаманы басынан қайта бастаңыз.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Қайта бастау</translation>
    </message>
</context>
<context>
    <name>OrganisationWidget</name>
    <message>
        <source>a name is required</source>
        <translation>атауы қажет</translation>
    </message>
    <message>
        <source>the headcount cannot be negative</source>
        <translation>штат саны теріс болмауы тиіс</translation>
    </message>
    <message>
        <source>this name is used twice</source>
        <translation>атау қайталанады</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1-жол</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Organisation and departments</source>
        <translation>Ұйым және бөлімдер</translation>
    </message>
    <message>
        <source>Name (Russian):</source>
        <translation>Атауы (орысша):</translation>
    </message>
    <message>
        <source>Name (Kazakh):</source>
        <translation>Атауы (қазақша):</translation>
    </message>
    <message>
        <source>Department (Russian)</source>
        <translation>Бөлім (орысша)</translation>
    </message>
    <message>
        <source>Department (Kazakh)</source>
        <translation>Бөлім (қазақша)</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Штат саны</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Бөлім қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Add a row for a new department; type its names and headcount, then save</source>
        <translation>Жаңа бөлімше үшін жол қосу; атауларын және штат санын енгізіп, сақтаңыз</translation>
    </message>
    <message>
        <source>Remove the selected department from the list (it takes effect when you save)</source>
        <translation>Таңдалған бөлімшені тізімнен алып тастау (сақтаған кезде күшіне енеді)</translation>
    </message>
    <message>
        <source>Save the organisation and its departments</source>
        <translation>Ұйымды және оның бөлімшелерін сақтау</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Computing…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <source>The overview failed: %1</source>
        <translation>Шолуды құру мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Nothing needs doing right now.</source>
        <translation>Қазір ештеңе істеудің қажеті жоқ.</translation>
    </message>
    <message>
        <source>Campaign «%1» is open and only %2 of the headcount have taken part (%3 people); the methodology asks for at least 35 %.</source>
        <translation>«%1» сауалнамасы ашық, әзірге оған штат санының тек %2 қатысты (%3 адам); әдістеме кемінде 35 % талап етеді.</translation>
    </message>
    <message>
        <source>Open the campaign</source>
        <translation>Сауалнаманы ашу</translation>
    </message>
    <message>
        <source>%1 card(s) have plan items past their deadline (%2 items).</source>
        <translation>Жоспар тармақтарының мерзімі өткен карталар: %1 (тармақтар: %2).</translation>
    </message>
    <message>
        <source>Show overdue cards</source>
        <translation>Мерзімі өткендерді көрсету</translation>
    </message>
    <message>
        <source>%1 card(s) are due for their yearly review within 30 days.</source>
        <translation>Жыл сайынғы қайта қарау мерзімі алдағы 30 күнде келетін карталар: %1.</translation>
    </message>
    <message>
        <source>Open the cards</source>
        <translation>Карталарды ашу</translation>
    </message>
    <message>
        <source>The organisation has no departments yet: add them with their headcounts.</source>
        <translation>Ұйымда әлі бөлімшелер жоқ: оларды штат санымен қосыңыз.</translation>
    </message>
    <message>
        <source>Setup assistant…</source>
        <translation>Баптау шебері…</translation>
    </message>
    <message>
        <source>No employees yet: type the staff list or import it from Excel.</source>
        <translation>Әзірге қызметкерлер жоқ: штат тізімін енгізіңіз немесе оны Excel-ден жүктеңіз.</translation>
    </message>
    <message>
        <source>Open the employees</source>
        <translation>Қызметкерлерді ашу</translation>
    </message>
    <message>
        <source>No survey campaign yet: create the first one.</source>
        <translation>Әзірге сауалнама жоқ: алғашқысын құрыңыз.</translation>
    </message>
    <message>
        <source>Open the campaigns</source>
        <translation>Сауалнамаларды ашу</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Open the analysis</source>
        <translation>Талдауды ашу</translation>
    </message>
    <message>
        <source>All figures of this campaign, with filters by department and group</source>
        <translation>Осы сауалнаманың барлық көрсеткіштері, бөлімшелер мен топтар бойынша сүзгілерімен</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Бөлімше:</translation>
    </message>
    <message>
        <source>You head several departments: the figures are shown for one department at a time, each under the anonymity rule</source>
        <translation>Сіз бірнеше бөлімшеге басшылық етесіз: көрсеткіштер бір уақытта бір бөлімше үшін, әрқайсысы анонимділік ережесі бойынша көрсетіледі</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Неден бастау керек</translation>
    </message>
    <message>
        <source>The database is empty. First set up the organisation, its departments with headcounts and the staff list (typed or imported from Excel); then create the first survey campaign. Or open the demo database to look around.</source>
        <translation>Дерекқор бос. Алдымен ұйымды, оның штат саны көрсетілген бөлімшелерін және штат тізімін (қолмен немесе Excel-ден) енгізіңіз; содан кейін алғашқы сауалнаманы құрыңыз. Немесе танысу үшін демонстрациялық дерекқорды ашыңыз.</translation>
    </message>
    <message>
        <source>The organisation is not set up yet. Ask the HR administrator.</source>
        <translation>Ұйым әлі бапталмаған. Кадр қызметінің әкімшісіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Демонстрациялық дерекқорды ашу</translation>
    </message>
</context>
<context>
    <name>OwnVariant</name>
    <message>
        <source>Your own factor, in a few words (optional)</source>
        <translation>Өз факторыңыз, бірнеше сөзбен (міндетті емес)</translation>
    </message>
</context>
<context>
    <name>PersonalCardPage</name>
    <message>
        <source>Your personal motivational card</source>
        <translation>Сіздің дербес мотивациялық картаңыз</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Киоск режимінен шығу</translation>
    </message>
    <message>
        <source>HR officer&apos;s PIN:</source>
        <translation>Кадр қызметінің PIN-коды:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>PIN-код тым көп рет қате енгізілді. %1 секундтан кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN-код қате.</translation>
    </message>
</context>
<context>
    <name>PlanTableEditor</name>
    <message>
        <source>Kind of activity</source>
        <translation>Іс-шара түрі</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Form / kind</source>
        <translation>Нысаны / түрі</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Күтілетін нәтиже</translation>
    </message>
    <message>
        <source>Confirming document</source>
        <translation>Растайтын құжат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Result, assessment</source>
        <translation>Нәтиже, бағалау</translation>
    </message>
    <message>
        <source>The questionnaire factor this measure should improve: the next campaign&apos;s report shows how that factor changed</source>
        <translation>Шара бағытталған сауалнама факторы: келесі сауалнама есебінде оның қалай өзгергені көрсетіледі</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Жол қосу</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Жолды жою</translation>
    </message>
    <message>
        <source>Factor addressed</source>
        <translation>Бағытталған фактор</translation>
    </message>
</context>
<context>
    <name>PointSplit</name>
    <message>
        <source>Points left to give: %1</source>
        <translation>Бөлуге қалған балдар: %1</translation>
    </message>
    <message>
        <source>All points are given (%1) ✓</source>
        <translation>Барлық балл бөлінді (%1) ✓</translation>
    </message>
    <message>
        <source>Points too many: %1 — take them back</source>
        <translation>Артық балл: %1 — оларды алып тастаңыз</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Language of the document:</source>
        <translation>Құжаттың тілі:</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Word форматында сақтау</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF сақтау</translation>
    </message>
    <message>
        <source>Folder for the Word files</source>
        <translation>Word файлдарына арналған қалта</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>PDF файлдарына арналған қалта</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Принтерді ашу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Принтер жаңа бетті қабылдамады.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Беттер дайындалуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Беттер принтерге жіберілуде…</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Hidden: fewer than %1 respondents in this group.</source>
        <translation>Жасырылған: бұл топтағы респонденттер саны %1 адамнан аз.</translation>
    </message>
    <message>
        <source>Hidden: the rest of the group would be fewer than %1 respondents, and could be worked out by subtraction.</source>
        <translation>Жасырылған: топтың қалған бөлігіндегі респонденттер саны %1 адамнан аз болар еді, олардың жауаптарын шегеру арқылы анықтауға болар еді.</translation>
    </message>
    <message>
        <source>Hidden together with a smaller hidden group, so that it cannot be worked out from the total (fewer than %1 respondents).</source>
        <translation>Кішірек жасырылған топпен бірге жасырылған, оны жалпы саннан есептеп шығаруға болмауы үшін (%1 респонденттен аз).</translation>
    </message>
    <message>
        <source>The campaign is still open: only participation is shown. The figures appear when the campaign is closed, so that no figure changes with one more finished questionnaire.</source>
        <translation>Сауалнама әлі ашық: тек қатысу көрсетіледі. Көрсеткіштер сауалнама жабылғаннан кейін шығады, сонда бірде-бір көрсеткіш тағы бір толтырылған сауалнама парағынан өзгермейді.</translation>
    </message>
    <message>
        <source>This campaign does not cover any of your departments: nothing can be shown.</source>
        <translation>Бұл сауалнама сіздің бөлімдеріңіздің ешқайсысын қамтымайды: көрсететін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Choose one of your departments to see its figures.</source>
        <translation>Көрсеткіштерін көру үшін бөлімдеріңіздің бірін таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ProfilesTab</name>
    <message>
        <source>Test:</source>
        <translation>Тест:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Немен салыстыру:</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Диаграмманы сақтау…</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ешкіммен</translation>
    </message>
    <message>
        <source>Group mean (%1 people)</source>
        <translation>Топ бойынша орташа (%1 адам)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Диаграмманы сақтау</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Motivation survey report</source>
        <translation>Мотивацияны бағалау сауалнамасы туралы есеп</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Сауалнамаға қатысу</translation>
    </message>
    <message>
        <source>Department not given</source>
        <translation>Бөлім көрсетілмеген</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденттер</translation>
    </message>
    <message>
        <source>The methodology recommends that at least 35 % of the staff take part.</source>
        <translation>Әдістеме сауалнамаға қызметкерлердің кемінде 35 %-ын қамтуды ұсынады.</translation>
    </message>
    <message>
        <source>×: hidden to protect anonymity (too few respondents in the group).</source>
        <translation>×: анонимділікті қорғау үшін жасырылған (топта респонденттер тым аз).</translation>
    </message>
    <message>
        <source>Figure %1 – %2</source>
        <translation>%1-сурет – %2</translation>
    </message>
    <message>
        <source>Group covered</source>
        <translation>Қамтылған топ</translation>
    </message>
    <message>
        <source>Compared with the previous campaign</source>
        <translation>Алдыңғы сауалнамамен салыстыру</translation>
    </message>
    <message>
        <source>length of service</source>
        <translation>жұмыс өтілі</translation>
    </message>
    <message>
        <source>women</source>
        <translation>әйелдер</translation>
    </message>
    <message>
        <source>men</source>
        <translation>ерлер</translation>
    </message>
    <message>
        <source>managers</source>
        <translation>басшылар</translation>
    </message>
    <message>
        <source>staff (non-managers)</source>
        <translation>мамандар (басшы емес)</translation>
    </message>
    <message>
        <source>sessions flagged for answer quality left out</source>
        <translation>жауап сапасы бойынша белгіленген сауалнамалар алынып тасталды</translation>
    </message>
    <message>
        <source>all respondents</source>
        <translation>барлық респонденттер</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Басшылыққа арналған қысқаша қорытынды</translation>
    </message>
    <message>
        <source>The results show a good level of self-motivation and motivation of the staff; the motivation system does not need significant corrections.</source>
        <translation>Нәтижелер қызметкерлердің өзін-өзі ынталандыру мен мотивациясының жақсы деңгейін көрсетеді; ынталандыру жүйесі елеулі түзетуді қажет етпейді.</translation>
    </message>
    <message>
        <source>Since the previous campaign «%1» the motivation level has changed from %2 to %3: a change beyond noise.</source>
        <translation>Алдыңғы «%1» сауалнамасымен салыстырғанда мотивация деңгейі %2-ден %3-ке өзгерді: өзгеріс кездейсоқ ауытқулардан тыс.</translation>
    </message>
    <message>
        <source>Against the previous campaign «%1» (%2, now %3) the motivation level shows no change beyond noise.</source>
        <translation>Алдыңғы «%1» сауалнамасымен салыстырғанда (%2, қазір %3) мотивация деңгейі кездейсоқ ауытқулардан тыс өзгерген жоқ.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>бұрын: %1</translation>
    </message>
    <message>
        <source>at least 35 % taken part</source>
        <translation>талап (кемінде 35 %) орындалды</translation>
    </message>
    <message>
        <source>below the 35 % the methodology asks</source>
        <translation>әдістеме талап ететін 35 %-дан төмен</translation>
    </message>
    <message>
        <source>Fewer than 35 % of the staff took part: the methodology asks for at least 35 % to define the organisation&apos;s motivation strategy.</source>
        <translation>Сауалнамаға қызметкерлердің 35 %-ынан азы қатысты: ұйымның мотивациялық стратегиясын анықтау үшін әдістеме кемінде 35 % қатысуды талап етеді.</translation>
    </message>
    <message>
        <source>high %1, medium %2, low %3</source>
        <translation>жоғары %1, орташа %2, төмен %3</translation>
    </message>
    <message>
        <source>Job satisfaction (% of maximum)</source>
        <translation>Еңбекке қанағаттану (ең жоғарыдан %)</translation>
    </message>
    <message>
        <source>Low satisfaction with one&apos;s own work lowers the staff&apos;s effectiveness and leads to turnover and weaker discipline.</source>
        <translation>Өз еңбегіне қанағаттанудың төмен деңгейі қызметкерлердің тиімділігіне кері әсер етіп, кадрлардың тұрақсыздығына және еңбек және орындаушылық тәртібінің нашарлауына әкеледі.</translation>
    </message>
    <message>
        <source>Job satisfaction should be optimal rather than maximal: a fully satisfied employee loses the wish to improve.</source>
        <translation>Еңбекке қанағаттану ең жоғары емес, оңтайлы болуы тиіс: толық қанағаттанған қызметкерде жетілуге ұмтылыс болмайды.</translation>
    </message>
    <message>
        <source>Climate in the team (10 best – 80 worst)</source>
        <translation>Ұжымдағы ахуал (10 – ең жақсы, 80 – ең нашар)</translation>
    </message>
    <message>
        <source>nearer the favourable poles</source>
        <translation>қолайлы полюстерге жақын</translation>
    </message>
    <message>
        <source>nearer the unfavourable poles</source>
        <translation>қолайсыз полюстерге жақын</translation>
    </message>
    <message>
        <source>The answers speak of a favourable psychological atmosphere in the team (below the middle of the 10–80 scale).</source>
        <translation>Жауаптар ұжымдағы қолайлы психологиялық ахуалды көрсетеді (10–80 шкаласының ортасынан төмен).</translation>
    </message>
    <message>
        <source>The climate in the team is rated nearer the unfavourable poles (above the middle of the 10–80 scale): it needs attention.</source>
        <translation>Ұжымдағы ахуал қолайсыз полюстерге жақын бағаланды (10–80 шкаласының ортасынан жоғары): оған назар аудару қажет.</translation>
    </message>
    <message>
        <source>target %1: %2 %</source>
        <translation>%1 жылғы мақсат: %2 %</translation>
    </message>
    <message>
        <source>Satisfied with pay (scores 4–5): %1 % against the national target of %2 % for %3 (%4 points).</source>
        <translation>Еңбекақыға қанағаттанғандар (4–5 балл): %1 %, %3 жылға арналған нысаналы көрсеткіш – %2 % (%4 п. т.).</translation>
    </message>
    <message>
        <source>Gerchikov types (people)</source>
        <translation>Герчиков бойынша мотивация түрлері (адам)</translation>
    </message>
    <message>
        <source>The prevailing type of motivation is «%1» (%2, or %3 people).</source>
        <translation>Мотивацияның басым түрі – «%1» (%2, немесе %3 қызметкер).</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Reserves and the guide for motivation measures are the parameters whose satisfaction is below their significance; here these are: %1.</source>
        <translation>Ынталандыру іс-шараларының резервтері мен бағдары – қанағаттану деңгейі маңыздылық деңгейінен төмен параметрлер; бұл жағдайда олар: %1.</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Strongest motivators</source>
        <translation>Ең маңызды мотиваторлар</translation>
    </message>
    <message>
        <source>%1: significance %2 (%3 %), satisfaction %4</source>
        <translation>%1: маңыздылық %2 (%3 %), қанағаттану %4</translation>
    </message>
    <message>
        <source>Reserves: satisfaction below significance</source>
        <translation>Резервтер: қанағаттану маңыздылықтан төмен</translation>
    </message>
    <message>
        <source>%1: significance %2, satisfaction %3 (gap %4)</source>
        <translation>%1: маңыздылық %2, қанағаттану %3 (алшақтық %4)</translation>
    </message>
    <message>
        <source>%1: %2 rated it 0–2</source>
        <translation>%1: %2 0–2 балға бағалады</translation>
    </message>
    <message>
        <source>Main reasons to leave</source>
        <translation>Жұмыстан кетудің негізгі себептері</translation>
    </message>
    <message>
        <source>%1 (%2 %, of whom %3 rate it 4–5)</source>
        <translation>%1 (%2 %, оның ішінде бұл факторды %3 жоғары (4–5 балл) бағалайды)</translation>
    </message>
    <message>
        <source>Motivation level</source>
        <translation>Мотивация деңгейі</translation>
    </message>
    <message>
        <source>Job satisfaction factors, % of maximum</source>
        <translation>Еңбекке қанағаттану факторлары, ең жоғарыдан %</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Бөлімшелер</translation>
    </message>
    <message>
        <source>Satisfaction with the factors by department, mean score 0–5</source>
        <translation>Бөлімшелер бойынша еңбек факторларына қанағаттану, орташа балл 0–5</translation>
    </message>
    <message>
        <source>Red: low, green: high. ×: hidden to protect anonymity (too few respondents in the department or in the cell).</source>
        <translation>Қызыл – төмен, жасыл – жоғары. ×: анонимдікті қорғау үшін жасырылған (бөлімшеде немесе ұяшықта респонденттер тым аз).</translation>
    </message>
    <message>
        <source>Integral motivation level</source>
        <translation>Мотивацияның интегралдық деңгейі</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Маңыздылық</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Қанағаттану</translation>
    </message>
    <message>
        <source>Δ: change against the previous campaign «%1». ↑ higher, ↓ lower: a change beyond noise (its 95 % interval leaves out 0); a number without an arrow: no change beyond noise; × hidden there, – not asked there.</source>
        <translation>Δ: алдыңғы «%1» сауалнамасымен салыстырғандағы өзгеріс. ↑ жоғары, ↓ төмен: кездейсоқ ауытқулардан тыс өзгеріс (оның 95 % сенімділік аралығы 0-ді қамтымайды); көрсеткісіз сан: өзгеріс кездейсоқ ауытқулар шегінде; × онда жасырылған, – онда сұралмаған.</translation>
    </message>
    <message>
        <source>The motivation level is «%1» (%2): the motivation system needs corrections, first of all in the reserves named above.</source>
        <translation>Мотивация деңгейі – «%1» (%2): ынталандыру жүйесі ең алдымен жоғарыда аталған резервтер бойынша түзетуді қажет етеді.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Group mean</source>
        <translation>Топ бойынша орташа</translation>
    </message>
    <message>
        <source>group mean per scale</source>
        <translation>шкалалар бойынша топтың орташа мәні</translation>
    </message>
    <message>
        <source>Significance of the factors, mean score 0–5</source>
        <translation>Факторлардың маңыздылығы, орташа балл 0–5</translation>
    </message>
    <message>
        <source>Satisfaction with the factors, mean score 0–5</source>
        <translation>Факторларға қанағаттану, орташа балл 0–5</translation>
    </message>
    <message>
        <source>Not shown: %1 factors hidden to protect anonymity.</source>
        <translation>Көрсетілмеген: анонимдікті қорғау үшін %1 фактор жасырылған.</translation>
    </message>
    <message>
        <source>Reasons for leaving, strength %</source>
        <translation>Жұмыстан кету себептері, балдардың үлес салмағы, %</translation>
    </message>
    <message>
        <source>1–8: respondents who put their mark at that point (1 next to the positive pole); mean: 1 best – 8 worst.</source>
        <translation>1–8: осы нүктеге белгі қойған респонденттер саны (1 – оң полюстің қасында); орташа: 1 – ең жақсы, 8 – ең нашар.</translation>
    </message>
    <message>
        <source>better</source>
        <translation>жақсырақ</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>нашарырақ</translation>
    </message>
    <message>
        <source>Psychological atmosphere: mean mark between the poles</source>
        <translation>Психологиялық ахуал: полюстер арасындағы орташа белгі</translation>
    </message>
    <message>
        <source>The nearer a mark is to the left (positive) pole, the better the atmosphere.</source>
        <translation>Белгі сол жақтағы (оң) полюске неғұрлым жақын болса, ахуал соғұрлым жақсы.</translation>
    </message>
    <message>
        <source>Not shown (hidden to protect anonymity): %1.</source>
        <translation>Көрсетілмеген (анонимдікті қорғау үшін жасырылған): %1.</translation>
    </message>
    <message>
        <source>Motivation profile of the staff: people per leading type (fig. 4.2)</source>
        <translation>Қызметкерлердің мотивациялық бейіні: жетекші түрі бойынша қызметкерлер саны (4.2-сурет)</translation>
    </message>
    <message>
        <source>Characteristic: the seed&apos;s description (table 3.6), printed where the factor&apos;s level is in the band the seed describes.</source>
        <translation>Сипаттама: әдістемелік ұсынымдардағы сипаттама (3.6-кесте), фактордың деңгейі сонда сипатталған ауқымда болса ғана келтіріледі.</translation>
    </message>
    <message>
        <source>Respondents by total satisfaction</source>
        <translation>Жалпы қанағаттану бойынша респонденттер</translation>
    </message>
    <message>
        <source>High (60 % and more)</source>
        <translation>Жоғары (60 % және одан жоғары)</translation>
    </message>
    <message>
        <source>Medium (40–60 %)</source>
        <translation>Орташа (40–60 %)</translation>
    </message>
    <message>
        <source>Low (under 40 %)</source>
        <translation>Төмен (40 %-дан аз)</translation>
    </message>
    <message>
        <source>Key demotivators</source>
        <translation>Негізгі демотиваторлар</translation>
    </message>
    <message>
        <source>Mixed type</source>
        <translation>Аралас түр</translation>
    </message>
    <message>
        <source>Significance and satisfaction of the motivation parameters, mean score 0–5</source>
        <translation>Мотивация параметрлері бойынша маңыздылық пен қанағаттану, орташа балл 0–5</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ЖОБА</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation>Толтырылған күні</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Reason to stop</source>
        <translation>Тоқтату себебі</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Келесі қайта қарау</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Form / kind</source>
        <translation>Нысаны / түрі</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Күтілетін нәтиже</translation>
    </message>
    <message>
        <source>Confirming document</source>
        <translation>Растайтын құжат</translation>
    </message>
    <message>
        <source>Result, assessment</source>
        <translation>Нәтиже, бағалау</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Қайта қарау журналы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Қайта қараған</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Filled in by the employee</source>
        <translation>Қызметкер толтырады</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>Filled in by the HR service</source>
        <translation>Кадр қызметі толтырады</translation>
    </message>
    <message>
        <source>Recommended measures to meet the employee&apos;s significant needs and motives and to remove demotivators</source>
        <translation>Қызметкердің маңызды қажеттіліктері мен мотивтерін қанағаттандыру, демотиваторларды азайту (жою) жөніндегі ұсынылатын іс-шаралар</translation>
    </message>
    <message>
        <source>HR service</source>
        <translation>Кадр қызметі</translation>
    </message>
    <message>
        <source>Professional growth plan</source>
        <translation>Кәсіби өсу іс-шараларының жоспары</translation>
    </message>
    <message>
        <source>Direct manager</source>
        <translation>Тікелей басшы</translation>
    </message>
    <message>
        <source>Plan of motivational measures</source>
        <translation>Мотивациялық іс-шаралар жоспары</translation>
    </message>
    <message>
        <source>Head of the HR service</source>
        <translation>Кадр қызметінің басшысы</translation>
    </message>
    <message>
        <source>Component of the motivation strategy</source>
        <translation>Мотивациялық стратегияның құрамдас бөліктері</translation>
    </message>
    <message>
        <source>Head of the organisation</source>
        <translation>Ұйым басшысы</translation>
    </message>
    <message>
        <source>Motivator map</source>
        <translation>Мотиваторлар картасы</translation>
    </message>
    <message>
        <source>Group of motivation factors</source>
        <translation>Мотивациялық факторлар тобы</translation>
    </message>
    <message>
        <source>Motivation factors of professional activity</source>
        <translation>Кәсіби қызметтің мотивациялық факторлары</translation>
    </message>
    <message>
        <source>Characteristic of the factors</source>
        <translation>Факторлардың сипаттамасы</translation>
    </message>
    <message>
        <source>Methods of motivation</source>
        <translation>Ынталандыру әдістері</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>жалғасы</translation>
    </message>
    <message>
        <source>Copy for the employee</source>
        <translation>Қызметкердің данасы</translation>
    </message>
    <message>
        <source>Copy for the direct manager</source>
        <translation>Тікелей басшының данасы</translation>
    </message>
    <message>
        <source>Copy for the HR service</source>
        <translation>Кадр қызметінің данасы</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>БЕКІТЕМІН</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: personal data</source>
        <translation>ҚҰПИЯ: дербес деректер</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 беттің %1-беті</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Тестілеу нәтижесі</translation>
    </message>
    <message>
        <source>Date of testing</source>
        <translation>Тестілеу күні</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Үлесі, %</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Балдар</translation>
    </message>
    <message>
        <source>About this instrument</source>
        <translation>Әдістеме туралы</translation>
    </message>
    <message>
        <source>For the HR service; not part of the employee&apos;s result sheet.</source>
        <translation>Кадр қызметі үшін; қызметкердің нәтиже парағына кірмейді.</translation>
    </message>
    <message>
        <source>Leading type</source>
        <translation>Жетекші түр</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Түсіндірме</translation>
    </message>
    <message>
        <source>Equal scores: a mixed type.</source>
        <translation>Балдар тең: аралас түр.</translation>
    </message>
    <message>
        <source>Equal scores, described in the order of the method: %1</source>
        <translation>Балдары тең, әдістемедегі ретімен сипатталған: %1</translation>
    </message>
    <message>
        <source>Recommended motivation tools:</source>
        <translation>Ұсынылатын ынталандыру құралдары:</translation>
    </message>
    <message>
        <source>Motivators</source>
        <translation>Мотиваторлар</translation>
    </message>
    <message>
        <source>Demotivators</source>
        <translation>Демотиваторлар</translation>
    </message>
    <message>
        <source>Motivation instruments</source>
        <translation>Ынталандыру құралдары</translation>
    </message>
    <message>
        <source>Personal motivational card (graphical)</source>
        <translation>Дербес мотивациялық карта (графикалық)</translation>
    </message>
    <message>
        <source>Test profiles</source>
        <translation>Тесттер бойынша бейіндер</translation>
    </message>
    <message>
        <source>Conclusions of the HR service</source>
        <translation>Кадр қызметінің қорытындылары</translation>
    </message>
    <message>
        <source>Plan of measures</source>
        <translation>Іс-шаралар жоспары</translation>
    </message>
    <message>
        <source>… and %1 more (see the card)</source>
        <translation>… және тағы %1 (картаны қараңыз)</translation>
    </message>
    <message>
        <source>strategic card</source>
        <translation>стратегиялық карта</translation>
    </message>
    <message>
        <source>diagnostic card</source>
        <translation>диагностикалық карта</translation>
    </message>
    <message>
        <source>the factor is no longer in the questionnaire</source>
        <translation>фактор сауалнамада енді жоқ</translation>
    </message>
    <message>
        <source>no previous campaign to compare with</source>
        <translation>салыстыратын алдыңғы сауалнама жоқ</translation>
    </message>
    <message>
        <source>hidden to protect anonymity</source>
        <translation>анонимділікті қорғау үшін жасырылған</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>бағаланбады</translation>
    </message>
    <message>
        <source>no change beyond noise</source>
        <translation>өзгеріс кездейсоқ ауытқулар шегінде</translation>
    </message>
    <message>
        <source>higher, beyond noise</source>
        <translation>жоғары, кездейсоқ ауытқулардан тыс</translation>
    </message>
    <message>
        <source>lower, beyond noise</source>
        <translation>төмен, кездейсоқ ауытқулардан тыс</translation>
    </message>
    <message>
        <source>Did the measures work</source>
        <translation>Шаралар нәтиже берді ме</translation>
    </message>
    <message>
        <source>Measures of the cards made on the previous campaign «%1» that named the factor they address, with that factor&apos;s mean score (0–5) then and now. Measures of personal cards are counted per factor, not quoted.</source>
        <translation>Алдыңғы «%1» сауалнамасы бойынша жасалған карталардың шаралары, олар бағытталған фактор және сол фактордың сол кездегі және қазіргі орташа бағасы (0–5). Жеке карталардың шаралары факторлар бойынша саналады, мәтіні келтірілмейді.</translation>
    </message>
    <message>
        <source>Measures of personal cards: %1</source>
        <translation>Жеке карталардағы шаралар: %1</translation>
    </message>
    <message>
        <source>Factor addressed</source>
        <translation>Шара бағытталған фактор</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>Key drivers</source>
        <translation>Негізгі факторлар</translation>
    </message>
    <message>
        <source>job satisfaction (Batarshev total)</source>
        <translation>еңбекке қанағаттану (жалпы, Батаршев)</translation>
    </message>
    <message>
        <source>the pull to leave (reasons for leaving), sign reversed</source>
        <translation>жұмыстан кету себептері (таңбасы кері)</translation>
    </message>
    <message>
        <source>Which motivation parameters and satisfaction factors go together with %1, and how satisfied people are with them now. The relation is Spearman&apos;s rank correlation ρ over the respondents who answered both: +1 — those who rate the factor higher are the more satisfied, 0 — no relation. It is strong when ρ is at least %2 and beyond chance for its number of respondents; the level is low below %3 of 5. Act first: strong relation and low level; maintain: strong relation, good level; monitor: low level, weaker relation; secondary: the rest. A relation is not a cause: ask the staff before acting. No driver is shown on fewer than %4 respondents.</source>
        <translation>Қандай мотивация параметрлері мен қанағаттану факторлары %1 көрсеткішімен байланысты және қызметкерлер оларға қазір қаншалықты қанағаттанады. Байланыс — екі сұраққа да жауап берген респонденттер бойынша Спирменнің рангтық корреляциясы ρ: +1 — факторды жоғары бағалағандар көбірек қанағаттанады, 0 — байланыс жоқ. ρ кемінде %2 болса және респонденттер санына қарағанда кездейсоқтықпен түсіндірілмесе, байланыс күшті; деңгей 5-тен %3-тен төмен болса, төмен. Бірінші кезекте әрекет ету: күшті байланыс және төмен деңгей; қолдау: күшті байланыс, жақсы деңгей; бақылау: төмен деңгей, әлсіз байланыс; екінші кезектегі: қалғандары. Байланыс себеп емес: әрекет етпес бұрын қызметкерлерден сұраңыз. Респонденттер %4-тен аз болса, факторлар көрсетілмейді.</translation>
    </message>
    <message>
        <source>Current level: mean satisfaction (0–5)</source>
        <translation>Ағымдағы деңгей: орташа қанағаттану (0–5)</translation>
    </message>
    <message>
        <source>Relation (ρ) with %1</source>
        <translation>Байланыс (ρ): %1</translation>
    </message>
    <message>
        <source>Priorities of the motivation parameters</source>
        <translation>Мотивация параметрлерінің басымдықтары</translation>
    </message>
    <message>
        <source>Parameter or factor</source>
        <translation>Параметр немесе фактор</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>Level (0–5)</source>
        <translation>Деңгей (0–5)</translation>
    </message>
    <message>
        <source>ρ satisfaction</source>
        <translation>ρ қанағат.</translation>
    </message>
    <message>
        <source>ρ leaving</source>
        <translation>ρ кету</translation>
    </message>
    <message>
        <source>The parameters first, then the satisfaction factors with a strong relation (numbered as in table 2.2); %1 other factors have a weaker relation (the analysis page lists them all). ρ satisfaction: with job satisfaction; ρ leaving: with the reasons for leaving (below zero: the more satisfied with the factor, the weaker the reasons to leave); N: respondents the relation rests on.</source>
        <translation>Алдымен параметрлер, содан кейін байланысы күшті қанағаттану факторлары (нөмірлері 2.2-кестедегідей); қалған %1 фактордың байланысы әлсіз (барлығы талдау бетінде). ρ қанағат.: еңбекке қанағаттанумен; ρ кету: жұмыстан кету себептерімен (нөлден төмен: факторға қанағаттану неғұрлым жоғары болса, кету себептері соғұрлым әлсіз); N: байланыс негізделген респонденттер саны.</translation>
    </message>
    <message>
        <source>Act first: %1.</source>
        <translation>Бірінші кезекте әрекет ету: %1.</translation>
    </message>
    <message>
        <source>No parameter or factor both goes strongly with satisfaction and is rated low: nothing to act on first.</source>
        <translation>Қанағаттанумен күшті байланысты әрі төмен бағаланған параметр немесе фактор жоқ: бірінші кезекте әрекет ететін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Flagged: the same answer on every item of a rating block, or implausibly fast answers at the kiosk (office settings). Cronbach&apos;s α shows whether the items of a scale measure the same thing: 0,7 and above is usually taken as acceptable, 0,8 and above as good; it is computed from the respondents who answered every item of the scale.</source>
        <translation>Белгіленеді: бағалау блогының барлық сұрағына бірдей жауап немесе киоскідегі сенгісіз жылдам жауаптар (ұйым баптаулары). Кронбах α шкала сұрақтарының бір нәрсені өлшейтінін көрсетеді: әдетте 0,7 және одан жоғары — қолайлы, 0,8 және одан жоғары — жақсы; шкаланың барлық сұрағына жауап берген респонденттер бойынша есептеледі.</translation>
    </message>
    <message>
        <source>Answer quality</source>
        <translation>Жауап сапасы</translation>
    </message>
    <message>
        <source>Sessions flagged for answer quality are left out of this report.</source>
        <translation>Жауап сапасы бойынша белгіленген сауалнамалар осы есептен алынып тасталды.</translation>
    </message>
    <message>
        <source>All finished sessions are included, flagged ones too.</source>
        <translation>Аяқталған сауалнамалардың бәрі, оның ішінде жауап сапасы бойынша белгіленгендері де есепке алынды.</translation>
    </message>
    <message>
        <source>Flagged respondents in this group: %1</source>
        <translation>Топтағы белгіленген респонденттер: %1</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Сауалнама</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Сұрақтар</translation>
    </message>
    <message>
        <source>Cronbach&apos;s α</source>
        <translation>Кронбах α</translation>
    </message>
</context>
<context>
    <name>ResponseFile</name>
    <message>
        <source>is not a column of this instrument</source>
        <translation>бұл әдістеменің бағаны емес</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>екі рет кездеседі</translation>
    </message>
    <message>
        <source>the file has no answer columns (q1, q2, …)</source>
        <translation>файлда жауап бағандары жоқ (q1, q2, …)</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>бүтін сан емес</translation>
    </message>
    <message>
        <source>is not an allowed answer</source>
        <translation>рұқсат етілген жауап емес</translation>
    </message>
    <message>
        <source>is not an option number</source>
        <translation>нұсқаның нөмірі емес</translation>
    </message>
    <message>
        <source>has too few options chosen</source>
        <translation>тым аз нұсқа таңдалған</translation>
    </message>
    <message>
        <source>has too many options chosen</source>
        <translation>тым көп нұсқа таңдалған</translation>
    </message>
    <message>
        <source>names an option twice</source>
        <translation>бір нұсқаны екі рет көрсетеді</translation>
    </message>
    <message>
        <source>the points of this question do not add up to the required total</source>
        <translation>бұл сұрақтың баллдары қажетті жиынтыққа жетпейді</translation>
    </message>
    <message>
        <source>some parts of this question are blank and others are not</source>
        <translation>бұл сұрақтың кейбір бөліктері толтырылған, ал басқалары бос</translation>
    </message>
    <message>
        <source>this question is not asked of this respondent (manager / non-manager)</source>
        <translation>бұл сұрақ осы респондентке қойылмайды (басшы / басшы емес)</translation>
    </message>
    <message>
        <source>is not an accepted value</source>
        <translation>рұқсат етілген мән емес</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>оқу мүмкін емес</translation>
    </message>
    <message>
        <source>the file&apos;s text encoding is not accepted: save it as CSV UTF-8 or Windows-1251</source>
        <translation>файл мәтінінің кодталуы қабылданбайды: оны CSV UTF-8 немесе Windows-1251 ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>holds a formula without a saved result: open the file in Excel and save it again, or type the value</source>
        <translation>сақталған нәтижесі жоқ формула бар: файлды Excel-де ашып, қайта сақтаңыз немесе мәнді енгізіңіз</translation>
    </message>
    <message>
        <source>the row has fewer fields than the header (a cut or broken file?)</source>
        <translation>жолдағы өрістер тақырып жолындағыдан аз (файл қиылған немесе бүлінген бе?)</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>файлда жолдар жоқ</translation>
    </message>
    <message>
        <source>is not a department of this organisation</source>
        <translation>бұл ұйымның бөлімшесі емес</translation>
    </message>
    <message>
        <source>is not a questionnaire of this campaign</source>
        <translation>бұл сауалнаманың сауалнама парағы емес</translation>
    </message>
    <message>
        <source>there is no such campaign</source>
        <translation>мұндай сауалнама жоқ</translation>
    </message>
    <message>
        <source>is not an option of question 19 (1–6 or а–е)</source>
        <translation>19-сұрақтың нұсқасы емес (1–6 немесе а–е)</translation>
    </message>
    <message>
        <source>the tenure band and question 19 disagree</source>
        <translation>өтіл тобы мен 19-сұрақтың жауабы сәйкес келмейді</translation>
    </message>
    <message>
        <source>both branch questions are answered and is_manager is blank: fill is_manager or keep only the answer to the question asked</source>
        <translation>тармақталудың екі сұрағына да жауап берілген, ал is_manager бос: is_manager толтырыңыз немесе тек қойылған сұрақтың жауабын қалдырыңыз</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Your results</source>
        <translation>Сіздің нәтижелеріңіз</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n question(s) left unanswered</source>
        <translation>
            <numerusform>%n сұрақ жауапсыз қалды</numerusform>
            <numerusform>%n сұрақ жауапсыз қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>You may answer them now (tap a question) or finish without them.</source>
        <translation>Оларға қазір жауап беруге (сұрақты басыңыз) немесе оларсыз аяқтауға болады.</translation>
    </message>
    <message>
        <source>All questions are answered</source>
        <translation>Барлық сұраққа жауап берілді</translation>
    </message>
    <message>
        <source>Press «Finish» to submit your answers.</source>
        <translation>Жауаптарды жіберу үшін «Аяқтау» батырмасын басыңыз.</translation>
    </message>
</context>
<context>
    <name>SaveProblemBar</name>
    <message>
        <source>Your answers have not been submitted yet: the database is busy. Nothing is lost. Please tap «Try again»; if this repeats, call the HR staff.</source>
        <translation>Жауаптарыңыз әлі жіберілген жоқ: дерекқор қазір бос емес. Ештеңе жоғалған жоқ. «Қайталау» түймесін басыңыз; бұл қайталана берсе, кадр қызметінің қызметкерін шақырыңыз.</translation>
    </message>
    <message>
        <source>Your last answer has NOT been saved yet: the database is busy. It stays on the screen (marked in red). Please tap «Try again»; if this repeats, call the HR staff.</source>
        <translation>Соңғы жауабыңыз әлі САҚТАЛҒАН ЖОҚ: дерекқор қазір бос емес. Жауап экранда қалады (қызылмен белгіленген). «Қайталау» түймесін басыңыз; бұл қайталана берсе, кадр қызметінің қызметкерін шақырыңыз.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Қайталау</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>These instrument files in %1 were refused and are not used; correct or remove them:</source>
        <translation>%1 қалтасындағы мына әдістеме файлдары қабылданбады және пайдаланылмайды; оларды түзетіңіз немесе жойыңыз:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Деректер қалтасы:</translation>
    </message>
    <message>
        <source>Schein: pronounced anchor above:</source>
        <translation>Шейн: бағдар айқын, егер орташа балл мынадан жоғары:</translation>
    </message>
    <message>
        <source>A career anchor counts as pronounced when its mean score (1–10) is above this value. The references do not settle it; the default is 6. Applies to results on screen, in the kiosk and in printed result sheets.</source>
        <translation>Мансап бағдары орташа балы (1–10) осы мәннен жоғары болса, айқын деп есептеледі. Дереккөздер бұл шекті түпкілікті белгілемейді; әдепкі мәні — 6. Экрандағы, киосктегі және басып шығарылған нәтиже парақтарындағы нәтижелерге қолданылады.</translation>
    </message>
    <message>
        <source>Kiosk:</source>
        <translation>Киоск:</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Жоғары контраст (қарада ақ)</translation>
    </message>
    <message>
        <source>For respondents who see poorly: the kiosk shows white text on black, a chosen answer in yellow and a thick dashed frame around the control the keyboard is on. Takes effect the next time a kiosk starts.</source>
        <translation>Нашар көретін респонденттер үшін: киоск мәтінді қара фонда ақ түспен, таңдалған жауапты сары түспен, ал пернетақта фокусы тұрған элементті жуан үзік жиекпен көрсетеді. Киоск келесі рет іске қосылғанда күшіне енеді.</translation>
    </message>
    <message>
        <source>A respondent answered at least:</source>
        <translation>Респондент кемінде мынаған жауап берді:</translation>
    </message>
    <message>
        <source>Share of the questions asked that a finished anonymous questionnaire must answer to count as a respondent in participation and analysis. Questionnaires below it are kept and shown apart as finished with too few answers. The methodology sets no value; the default is 50 %.</source>
        <translation>Аяқталған анонимді сауалнама парағы респондент ретінде қатысу мен талдауда есепке алынуы үшін жауап беруге тиіс қойылған сұрақтардың үлесі. Бұдан төмен парақтар сақталады және жауаптары тым аз аяқталған парақтар ретінде бөлек көрсетіледі. Әдістеме мәнін белгілемейді; әдепкі мәні — 50 %.</translation>
    </message>
    <message>
        <source>Key drivers: minimum respondents:</source>
        <translation>Негізгі факторлар: респонденттердің ең аз саны:</translation>
    </message>
    <message>
        <source>Own-variant answers: smallest group shown:</source>
        <translation>Өз жауап нұсқалары: көрсетілетін ең кіші топ:</translation>
    </message>
    <message>
        <source>Respondents&apos; own wordings are printed only as a group of similar texts that at least this many respondents wrote, never one person&apos;s words alone. The default is 10 (the comment threshold survey services use); never below the campaign&apos;s anonymity threshold.</source>
        <translation>Респонденттердің өз тұжырымдары тек кемінде осынша респондент жазған ұқсас мәтіндер тобы ретінде басылады, бір адамның сөзі ешқашан жеке басылмайды. Әдепкі мән — 10 (сауалнама қызметтерінде қабылданған пікірлер шегі); сауалнаманың анонимділік шегінен кем емес.</translation>
    </message>
    <message>
        <source>Straight-lining: judged from items:</source>
        <translation>Бірсарынды жауаптар: тексерілетін сұрақтар саны:</translation>
    </message>
    <message>
        <source>A questionnaire is flagged for straight-lining when at least this many items of one rating block are answered and all with the same value. The default is 10. Changing it judges every finished questionnaire again.</source>
        <translation>Бір бағалау блогында кемінде осынша сұраққа жауап берілсе және бәріне бірдей жауап берілсе, сауалнама бірсарынды деп белгіленеді. Әдепкі мәні — 10. Өзгертілсе, аяқталған сауалнамалардың бәрі қайта тексеріледі.</translation>
    </message>
    <message>
        <source>Too fast: under seconds per item:</source>
        <translation>Тым жылдам: бір сұраққа секундтан аз:</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>A kiosk session is flagged as implausibly fast when its median time per question is below this. The times are never stored, only the flag. The default is 1.0 s.</source>
        <translation>Киоскідегі сауалнама бір сұраққа кеткен уақыттың медианасы осы мәннен аз болса, сенгісіз жылдам деп белгіленеді. Уақыт сақталмайды, тек белгі сақталады. Әдепкі мәні — 1,0 с.</translation>
    </message>
    <message>
        <source>No key driver (rank correlation with job satisfaction and with the reasons for leaving) is shown on fewer respondents than this, in any selection. The default is 30; never below the campaign&apos;s anonymity threshold.</source>
        <translation>Респонденттер саны осыдан аз болса, негізгі факторлар (еңбекке қанағаттанумен және жұмыстан кету себептерімен рангтік корреляция) ешбір іріктемеде көрсетілмейді. Әдепкі мәні — 30; сауалнаманың анонимділік шегінен кем емес.</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <source>Setup assistant</source>
        <translation>Баптау шебері</translation>
    </message>
    <message>
        <source>Organisation and departments</source>
        <translation>Ұйым және бөлімшелер</translation>
    </message>
    <message>
        <source>The name of your body in Russian and Kazakh, and each department with its headcount (the staff positions filled): participation is counted against it.</source>
        <translation>Органыңыздың орыс және қазақ тілдеріндегі атауы және әр бөлімше өзінің штат санымен (толтырылған штат бірліктері): қатысу осыдан есептеледі.</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <source>Needed only for named test sessions and personal cards: anonymous campaigns never record who answered.</source>
        <translation>Тек атаулы тестілеу сеанстары мен жеке карталар үшін қажет: анонимді сауалнамалар кімнің жауап бергенін ешқашан жазбайды.</translation>
    </message>
    <message>
        <source>Import the staff list from Excel: download the template, fill it (or paste your list into it) and import it. The whole file is checked first; nothing is imported while any row has a problem. You can also add employees one by one later on the Employees page, or skip this step.</source>
        <translation>Қызметкерлер тізімін Excel-ден жүктеңіз: үлгіні жүктеп алып, толтырыңыз (немесе тізіміңізді оған қойыңыз) және импорттаңыз. Алдымен бүкіл файл тексеріледі; кемінде бір жолда қате болса, ештеңе импортталмайды. Қызметкерлерді кейін «Қызметкерлер» бетінде бір-бірлеп қосуға немесе бұл қадамды өткізіп жіберуге болады.</translation>
    </message>
    <message>
        <source>Download the template…</source>
        <translation>Үлгіні жүктеп алу…</translation>
    </message>
    <message>
        <source>Import the staff list…</source>
        <translation>Қызметкерлер тізімін импорттау…</translation>
    </message>
    <message>
        <source>A second administrator (recommended)</source>
        <translation>Екінші әкімші (ұсынылады)</translation>
    </message>
    <message>
        <source>If the only administrator forgets the password, nobody can sign in as HR. Create a second account for a colleague now, or leave the fields empty to skip.</source>
        <translation>Жалғыз әкімші құпиясөзін ұмытса, ешкім кадр қызметі ретінде кіре алмайды. Әріптесіңізге екінші есептік жазбаны қазір құрыңыз немесе қадамды өткізу үшін өрістерді бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>The organisation is set up. Everything entered here can be changed later in Settings and on the Employees page; the assistant is also in the File menu.</source>
        <translation>Ұйым бапталды. Мұнда енгізілгеннің бәрін кейін баптауларда және «Қызметкерлер» бетінде өзгертуге болады; шебер «Файл» мәзірінде де бар.</translation>
    </message>
    <message>
        <source>Create the first survey campaign now</source>
        <translation>Алғашқы сауалнаманы қазір құру</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <source>First start: create the account of the HR administrator. Keep the password safe; the administrator then creates the accounts of department heads.</source>
        <translation>Алғашқы іске қосу: кадр қызметі әкімшісінің есептік жазбасын жасаңыз. Құпиясөзді сенімді жерде сақтаңыз; кейін әкімші бөлім басшыларының есептік жазбаларын жасайды.</translation>
    </message>
    <message>
        <source>We recommend creating a second administrator account (Settings → Accounts) so that the office is not locked out if this password is forgotten.</source>
        <translation>Осы құпиясөз ұмытылса, қызмет жүйеге кіре алмай қалмауы үшін екінші әкімші есептік жазбасын («Баптаулар» → «Есептік жазбалар») жасауды ұсынамыз.</translation>
    </message>
    <message>
        <source>Sign in to Motivdesk.</source>
        <translation>Motivdesk жүйесіне кіру.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т. А. Ә.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Құпиясөз тым көп рет қате енгізілді. %n секундтан кейін қайталаңыз.</numerusform>
            <numerusform>Құпиясөз тым көп рет қате енгізілді. %n секундтан кейін қайталаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Бұл есептік жазба өшірілген.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Құпиясөз кемінде %1 таңбадан тұруы тиіс.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <source>An administrator already exists: sign in instead.</source>
        <translation>Әкімші бұрыннан бар: жүйеге кіріңіз.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>is required</source>
        <translation>толтыру міндетті</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>мәні тым ұзын</translation>
    </message>
    <message>
        <source>is not a department of the organisation</source>
        <translation>ұйымда мұндай бөлім жоқ</translation>
    </message>
    <message>
        <source>is a department no longer in use</source>
        <translation>бөлім енді қолданылмайды</translation>
    </message>
    <message>
        <source>is not one of your departments</source>
        <translation>сіздің бөліміңіз емес</translation>
    </message>
    <message>
        <source>is the personnel number of another employee</source>
        <translation>бұл табель нөмірі басқа қызметкерде бар</translation>
    </message>
    <message>
        <source>is not a gender (male or female)</source>
        <translation>жынысы қате көрсетілген (ер немесе әйел)</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>күн әлі келген жоқ</translation>
    </message>
    <message>
        <source>no such employee</source>
        <translation>мұндай қызметкер жоқ</translation>
    </message>
    <message>
        <source>cards or named test sessions refer to this employee: deactivate instead</source>
        <translation>қызметкерге карталар немесе атаулы тестілеулер сілтейді: оны шыққан деп белгілеңіз</translation>
    </message>
</context>
<context>
    <name>StaffImport</name>
    <message>
        <source>the file cannot be read</source>
        <translation>файл оқылмайды</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>файлда тақырып жолы жоқ</translation>
    </message>
    <message>
        <source>is not a column of the staff list</source>
        <translation>қызметкерлер тізімінде мұндай баған жоқ</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>екі рет кездеседі</translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation>баған жоқ</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>толтыру міндетті</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>мәні тым ұзын</translation>
    </message>
    <message>
        <source>is not a department of the organisation</source>
        <translation>ұйымда мұндай бөлім жоқ</translation>
    </message>
    <message>
        <source>is a department no longer in use</source>
        <translation>бөлім енді қолданылмайды</translation>
    </message>
    <message>
        <source>is not one of your departments</source>
        <translation>сіздің бөліміңіз емес</translation>
    </message>
    <message>
        <source>is not yes or no</source>
        <translation>«иә» немесе «жоқ» болуы керек</translation>
    </message>
    <message>
        <source>is not a gender (m or f)</source>
        <translation>жынысы қате көрсетілген (ер немесе әйел)</translation>
    </message>
    <message>
        <source>is not a date (DD.MM.YYYY)</source>
        <translation>күн емес (КК.АА.ЖЖЖЖ)</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>күн әлі келген жоқ</translation>
    </message>
    <message>
        <source>appears in an earlier row of the file</source>
        <translation>файлдың жоғарыдағы жолында бар</translation>
    </message>
    <message>
        <source>is the personnel number of an employee you cannot see</source>
        <translation>сізге көрінбейтін қызметкердің табель нөмірі</translation>
    </message>
    <message>
        <source>several employees of this department have this name: add their personnel numbers</source>
        <translation>бөлімде осындай Т. А. Ә. бар бірнеше қызметкер бар: табель нөмірлерін көрсетіңіз</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>%1-жол, %2 бағаны</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 бағаны</translation>
    </message>
    <message>
        <source>value «%1»</source>
        <translation>мәні «%1»</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Motivation tests for %1</source>
        <translation>Мотивация тесттері: %1</translation>
    </message>
    <message>
        <source>You agreed to take these tests. At the end you will see your own result and can say whether you agree with it.</source>
        <translation>Сіз осы тесттерден өтуге келістіңіз. Соңында өз нәтижеңізді көріп, онымен келісетініңізді көрсете аласыз.</translation>
    </message>
    <message>
        <source>Anonymous survey of work motivation</source>
        <translation>Еңбек мотивациясы туралы анонимді сауалнама</translation>
    </message>
    <message>
        <source>Your answers are anonymous: no name is asked and nobody can tell which answers are yours. Choose the language to begin; you can switch it at any time.</source>
        <translation>Жауаптарыңыз анонимді: аты-жөніңіз сұралмайды және қай жауаптың Сіздікі екенін ешкім анықтай алмайды. Бастау үшін тілді таңдаңыз; оны кез келген уақытта ауыстыруға болады.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export to Excel</source>
        <translation>Excel-ге экспорттау</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Score 0, %</source>
        <translation>0 баға, %</translation>
    </message>
    <message>
        <source>Score 1, %</source>
        <translation>1 баға, %</translation>
    </message>
    <message>
        <source>Score 2, %</source>
        <translation>2 баға, %</translation>
    </message>
    <message>
        <source>Score 3, %</source>
        <translation>3 баға, %</translation>
    </message>
    <message>
        <source>Score 4, %</source>
        <translation>4 баға, %</translation>
    </message>
    <message>
        <source>Score 5, %</source>
        <translation>5 баға, %</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Фактор</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <source>Strength, %</source>
        <translation>Күші, %</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>Change of the mean</source>
        <translation>Орташаның өзгерісі</translation>
    </message>
    <message>
        <source>High (4–5)</source>
        <translation>Жоғары (4–5)</translation>
    </message>
    <message>
        <source>Medium (3)</source>
        <translation>Орташа (3)</translation>
    </message>
    <message>
        <source>Low (0–2)</source>
        <translation>Төмен (0–2)</translation>
    </message>
    <message>
        <source>Maximum (5)</source>
        <translation>Ең жоғары (5)</translation>
    </message>
    <message>
        <source>Zero (0)</source>
        <translation>Нөлдік (0)</translation>
    </message>
    <message>
        <source>Positive (3–5)</source>
        <translation>Оң (3–5)</translation>
    </message>
    <message>
        <source>Negative (0–2)</source>
        <translation>Теріс (0–2)</translation>
    </message>
    <message>
        <source>Table %1 – Factor matrix: respondents per score</source>
        <translation>%1-кесте – Факторлар матрицасы: балдар бойынша респонденттер саны</translation>
    </message>
    <message>
        <source>Table %1 (continued) – Shares of respondents, %</source>
        <translation>%1-кесте (жалғасы) – Респонденттердің үлестері, %</translation>
    </message>
    <message>
        <source>0–5: respondents who gave the score; Σ: sum of the scores; Max.: the maximum possible sum (respondents × 5, the reference); strength = Σ × 100 % / Max.; mean = Σ / respondents; Δ: change of the mean.</source>
        <translation>0–5: осы балды қойған респонденттер саны; Σ: бағалар сомасы; Макс.: ең жоғары мүмкін баға (респонденттер × 5, эталон); күші = Σ × 100 % / Макс.; орташа = Σ / респонденттер; Δ: орташаның өзгерісі.</translation>
    </message>
    <message>
        <source>Shares of the respondents who rated the factor: per score, high (4–5), positive (3–5) and negative (0–2); the maximum (5) and zero (0) shares are the columns 5 and 0.</source>
        <translation>Факторды бағалаған респонденттердің үлестері: әр балл бойынша, жоғары (4–5), оң (3–5) және теріс (0–2) бағалар; ең жоғары (5) және ең төмен (0) бағалардың үлестері – 5 және 0 бағандары.</translation>
    </message>
    <message>
        <source>%1 – Factor matrix: respondents per score</source>
        <translation>%1 – Факторлар матрицасы: балдар бойынша респонденттер саны</translation>
    </message>
    <message>
        <source>%1 (continued) – Shares of respondents, %</source>
        <translation>%1 (жалғасы) – Респонденттердің үлестері, %</translation>
    </message>
    <message>
        <source>Table %1 – Reasons for leaving</source>
        <translation>%1-кесте – Қызметкерлердің жұмыстан кету себептерін бағалау</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденттер</translation>
    </message>
    <message>
        <source>Scores 4–5, %</source>
        <translation>4–5 баға, %</translation>
    </message>
    <message>
        <source>Scores 3–5, %</source>
        <translation>3–5 баға, %</translation>
    </message>
    <message>
        <source>Scores 0–2, %</source>
        <translation>0–2 баға, %</translation>
    </message>
    <message>
        <source>Change of the strength</source>
        <translation>Күшінің өзгерісі</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Table %1 – Summary of the motivation level diagnostics</source>
        <translation>%1-кесте – Мотивация деңгейін диагностикалаудың жиынтық нәтижелері</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Эталон</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Маңыздылық</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Қанағаттану</translation>
    </message>
    <message>
        <source>Perception (satisfaction)</source>
        <translation>Қабылдау (қанағаттану)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Алшақтық</translation>
    </message>
    <message>
        <source>Relative significance d</source>
        <translation>Салыстырмалы маңыздылық d</translation>
    </message>
    <message>
        <source>Partial level</source>
        <translation>Жекелеген деңгей</translation>
    </message>
    <message>
        <source>Level of motivation</source>
        <translation>Мотивация деңгейі</translation>
    </message>
    <message>
        <source>Previous campaign</source>
        <translation>Алдыңғы сауалнама</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Mixed type</source>
        <translation>Аралас түр</translation>
    </message>
    <message>
        <source>Distribution of leading types</source>
        <translation>Жетекші түрлердің бөлінуі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Table %1 – Integral job satisfaction by tenure, % of maximum</source>
        <translation>%1-кесте – Еңбек өтілі бойынша еңбекке интегралдық қанағаттану, ең жоғарыдан %</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Group mean</source>
        <translation>Топ бойынша орташа</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Штат саны</translation>
    </message>
    <message>
        <source>Share of headcount</source>
        <translation>Штат санындағы үлесі</translation>
    </message>
    <message>
        <source>Table %1 – Psychological atmosphere in the team</source>
        <translation>%1-кесте – Ұжымдағы психологиялық ахуалды бағалау</translation>
    </message>
    <message>
        <source>Positive pole</source>
        <translation>Оң полюс</translation>
    </message>
    <message>
        <source>Negative pole</source>
        <translation>Теріс полюс</translation>
    </message>
    <message>
        <source>mean perception</source>
        <translation>қабылдаудың орташа бағасы</translation>
    </message>
    <message>
        <source>mean significance</source>
        <translation>маңыздылықтың орташа бағасы</translation>
    </message>
    <message>
        <source>Partial level of motivation</source>
        <translation>Мотивацияның жеке деңгейі</translation>
    </message>
    <message>
        <source>Relative significance</source>
        <translation>Салыстырмалы маңыздылық</translation>
    </message>
    <message>
        <source>Integral level of motivation</source>
        <translation>Мотивацияның жалпы (интегралдық) деңгейі</translation>
    </message>
    <message>
        <source>Table %1 – How the levels are calculated</source>
        <translation>%1-кесте – Мотивация деңгейлерінің көрсеткіштерін есептеу</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Example (first parameter)</source>
        <translation>Есептеу мысалы (бірінші параметр)</translation>
    </message>
    <message>
        <source>Table %1 – Absolute assessment of the level of work motivation</source>
        <translation>%1-кесте – Еңбек мотивациясы деңгейінің абсолюттік бағасы</translation>
    </message>
    <message>
        <source>Level of work motivation</source>
        <translation>Еңбек мотивациясының деңгейі</translation>
    </message>
    <message>
        <source>Qualitative assessment</source>
        <translation>Сапалық баға</translation>
    </message>
    <message>
        <source>This campaign</source>
        <translation>Осы сауалнама</translation>
    </message>
    <message>
        <source>motivator</source>
        <translation>мотиватор</translation>
    </message>
    <message>
        <source>demotivator (reserve)</source>
        <translation>демотиватор (резерв)</translation>
    </message>
    <message>
        <source>Motivational balance</source>
        <translation>Мотивациялық теңгерім</translation>
    </message>
    <message>
        <source>Gap (significance − satisfaction)</source>
        <translation>Алшақтық (маңыздылық − қанағаттану)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>high</source>
        <translation>жоғары</translation>
    </message>
    <message>
        <source>good</source>
        <translation>жақсы</translation>
    </message>
    <message>
        <source>medium (acceptable, satisfactory)</source>
        <translation>орташа (қолайлы, қанағаттанарлық)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>төмен</translation>
    </message>
    <message>
        <source>extremely low (very low)</source>
        <translation>өте төмен</translation>
    </message>
    <message>
        <source>Table %1 – Scale of job satisfaction</source>
        <translation>%1-кесте – Еңбекке қанағаттануды бағалау шкаласы</translation>
    </message>
    <message>
        <source>Job satisfaction, %</source>
        <translation>Еңбекке қанағаттану, %</translation>
    </message>
    <message>
        <source>Employees succeed in their tasks, set themselves new goals, feel personally responsible for and involved in the results of the work.</source>
        <translation>Қызметкерлер қойылған міндеттерді сәтті орындайды, алдарына жаңа мақсаттар қояды, жұмыс нәтижелері үшін жеке жауапкершілік пен оларға қатыстылықты сезінеді.</translation>
    </message>
    <message>
        <source>Employees are adapted in the team, like the people they work with, do not come into conflict and feel part of the team.</source>
        <translation>Қызметкерлер ұжымға бейімделген, олармен бірге жұмыс істейтін адамдар ұнайды, жанжалдаспайды, өздерін ұжымның бір бөлігі ретінде сезінеді.</translation>
    </message>
    <message>
        <source>Employees work not only for the material reward but also strive for self-improvement, development, new knowledge and skills.</source>
        <translation>Қызметкерлер жұмысты тек материалдық сыйақы үшін ғана емес, өзін-өзі жетілдіруге, дамуға, жаңа білім, білік және дағды алуға ұмтылып атқарады.</translation>
    </message>
    <message>
        <source>Employees find the working conditions comfortable and favourable; the surroundings suit them.</source>
        <translation>Қызметкерлер қазіргі еңбек жағдайларын жайлы әрі қолайлы деп бағалайды, қоршаған орта оларды қанағаттандырады.</translation>
    </message>
    <message>
        <source>Employees know and understand the tasks and functions of the organisation and their place in it, and are committed to its goals and values.</source>
        <translation>Қызметкерлер ұйымның міндеттері мен функцияларын, ондағы өз орнын біледі және түсінеді, оның мақсаттары мен құндылықтарына адал.</translation>
    </message>
    <message>
        <source>Not always and (or) not all employees feel the manager&apos;s attention; their work is not always assessed objectively, nor rewards and penalties fairly given.</source>
        <translation>Қызметкерлер басшының назарын әрдайым және (немесе) бәрі бірдей сезіне бермейді, олардың еңбегін бағалау әрдайым объективті, ал көтермелеу мен жазалау әрдайым әділ бола бермейді.</translation>
    </message>
    <message>
        <source>Employees do not always strive for more difficult goals in their work.</source>
        <translation>Қызметкерлер өз қызметінде күрделірек мақсаттарға әрдайым ұмтыла бермейді.</translation>
    </message>
    <message>
        <source>Employees are loyal to the organisation and devoted to the work even where income is named the most important motivation factor and satisfaction with it is low.</source>
        <translation>Қызметкерлер табыс деңгейі мотивацияның ең маңызды факторы ретінде аталып, оған қанағаттану төмен болған жағдайда да ұйымға адал және іске берілген.</translation>
    </message>
    <message>
        <source>Table %1 – Assessment of the satisfaction factors</source>
        <translation>%1-кесте – Қанағаттану факторларын бағалау</translation>
    </message>
    <message>
        <source>Satisfaction factor</source>
        <translation>Қанағаттану факторы</translation>
    </message>
    <message>
        <source>Level, %</source>
        <translation>Деңгейі, %</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Сипаттама</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Сұрақтар</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Нұсқаулық</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>How to enter the answer</source>
        <translation>Жауапты қалай енгізу керек</translation>
    </message>
    <message>
        <source>One row per respondent. Leave a cell blank if the question was not answered. Do not rename or move the columns.</source>
        <translation>Бір жол — бір респондент. Сұраққа жауап болмаса, ұяшықты бос қалдырыңыз. Бағандардың атын өзгертпеңіз және орнын ауыстырмаңыз.</translation>
    </message>
    <message>
        <source>Optional columns: respondent (any code, never a name), department, tenure_band, gender, is_manager (1 = yes, 0 = no).</source>
        <translation>Міндетті емес бағандар: respondent (кез келген код, бірақ аты-жөні емес), department, tenure_band, gender, is_manager (1 — иә, 0 — жоқ).</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1–%2 аралығындағы бүтін сан</translation>
    </message>
    <message>
        <source>the option number, 1 to %1</source>
        <translation>нұсқа нөмірі, 1–%1 аралығында</translation>
    </message>
    <message>
        <source>option numbers joined by &apos;;&apos; (for example 1;3), %1</source>
        <translation>нұсқа нөмірлері &apos;;&apos; арқылы (мысалы, 1;3), %1</translation>
    </message>
    <message>
        <source>points for each part; the parts add up to %1</source>
        <translation>әр бөлік үшін балдар; бөліктердің қосындысы %1</translation>
    </message>
    <message>
        <source>managers only</source>
        <translation>тек басшылар үшін</translation>
    </message>
    <message>
        <source>non-managers only</source>
        <translation>тек басшы еместер үшін</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Аяқталған</translation>
    </message>
    <message>
        <source>Personal motivational card</source>
        <translation>Дербес мотивациялық карта</translation>
    </message>
    <message>
        <source>Professional growth card</source>
        <translation>Кәсіби өсу картасы</translation>
    </message>
    <message>
        <source>Career card</source>
        <translation>Мансап картасы</translation>
    </message>
    <message>
        <source>Diagnostic motivational card</source>
        <translation>Диагностикалық мотивациялық карта</translation>
    </message>
    <message>
        <source>Strategic motivational card</source>
        <translation>Стратегиялық мотивациялық карта</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Қолданыста</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Тоқтатылған</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекітілген</translation>
    </message>
    <message>
        <source>under 1 year</source>
        <translation>1 жылға дейін</translation>
    </message>
    <message>
        <source>1–3 years</source>
        <translation>1–3 жыл</translation>
    </message>
    <message>
        <source>3–5 years</source>
        <translation>3–5 жыл</translation>
    </message>
    <message>
        <source>5–10 years</source>
        <translation>5–10 жыл</translation>
    </message>
    <message>
        <source>10–15 years</source>
        <translation>10–15 жыл</translation>
    </message>
    <message>
        <source>15–20 years</source>
        <translation>15–20 жыл</translation>
    </message>
    <message>
        <source>10–20 years</source>
        <translation>10–20 жыл</translation>
    </message>
    <message>
        <source>over 20 years</source>
        <translation>20 жылдан астам</translation>
    </message>
    <message>
        <source>tenure not given</source>
        <translation>жұмыс өтілі көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <source>Thank you!</source>
        <translation>Рақмет!</translation>
    </message>
    <message>
        <source>Your answers have been saved. The survey will be ready for the next colleague in a few seconds.</source>
        <translation>Жауаптарыңыз сақталды. Бірнеше секундтан кейін сауалнама парағы келесі әріптеске дайын болады.</translation>
    </message>
</context>
<context>
    <name>UsersWidget</name>
    <message>
        <source>Accounts</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Т. А. Ә.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Жаңа есептік жазба…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Өшіру / қосу</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Аудит журналы…</translation>
    </message>
    <message>
        <source>Create an account for an HR officer or a department head</source>
        <translation>Кадр қызметінің қызметкеріне немесе бөлімше басшысына есептік жазба құру</translation>
    </message>
    <message>
        <source>Disable the selected account (it can no longer sign in), or enable it again</source>
        <translation>Таңдалған есептік жазбаны өшіру (кіру мүмкін болмайды) немесе қайта қосу</translation>
    </message>
    <message>
        <source>Who did what and when: sign-ins, changes, exports</source>
        <translation>Кім, не және қашан істеді: кірулер, өзгерістер, экспорттар</translation>
    </message>
    <message>
        <source>HR administrator</source>
        <translation>Кадр қызметінің әкімшісі</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Бөлім басшысы</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>Өз есептік жазбаңызды өшіру мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>_EmployeesPage</name>
    <message>
        <source>Employees in the register: %1</source>
        <translation>Тізімдегі қызметкерлер: %1</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed:</source>
        <translation>%1 файлы импортталмады; ештеңе өзгертілмеді:</translation>
    </message>
</context>
<context>
    <name>_OrganisationPage</name>
    <message>
        <source>Add at least one department: campaigns ask respondents for their department and count participation against its headcount.</source>
        <translation>Кемінде бір бөлімше қосыңыз: сауалнамалар респонденттерден бөлімшесін сұрайды және қатысуды оның штат санынан есептейді.</translation>
    </message>
    <message>
        <source>Headcount 0 for: %1. Participation of these departments cannot be measured against the 35 % rule. Continue anyway?</source>
        <translation>Штат саны 0: %1. Бұл бөлімшелердің қатысуын 35 % ережесі бойынша бағалау мүмкін емес. Бәрібір жалғастыру керек пе?</translation>
    </message>
</context>
<context>
    <name>_SecondAdminPage</name>
    <message>
        <source>The passwords do not match.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>Бұл пайдаланушы аты бос емес.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Құпиясөз кемінде 8 таңбадан тұруы керек.</translation>
    </message>
</context>
</TS>
