<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnalysisPage</name>
    <message>
        <source>Significance</source>
        <translation>Значимость</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Удовлетворенность</translation>
    </message>
    <message>
        <source>Department not given</source>
        <translation>Подразделение не указано</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все подразделения</translation>
    </message>
    <message>
        <source>Any length of service</source>
        <translation>Любой стаж</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Любой пол</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Managers and staff</source>
        <translation>Руководители и специалисты</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Руководители</translation>
    </message>
    <message>
        <source>Staff (non-managers)</source>
        <translation>Специалисты (не руководители)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Расчет…</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Анализ не выполнен: %1</translation>
    </message>
    <message>
        <source>Respondents in this selection: %1</source>
        <translation>Респондентов в выборке: %1</translation>
    </message>
    <message>
        <source>This campaign did not include this questionnaire.</source>
        <translation>Эта анкета не входила в опрос.</translation>
    </message>
    <message>
        <source>The motivation level needs both the significance and the satisfaction questionnaire with enough respondents.</source>
        <translation>Для уровня мотивации нужны обе анкеты — значимости и удовлетворенности — с достаточным числом респондентов.</translation>
    </message>
    <message>
        <source>Integral motivation level: %1 — %2</source>
        <translation>Интегральный уровень мотивации: %1 — %2</translation>
    </message>
    <message>
        <source>Reserves (satisfaction below significance): %1</source>
        <translation>Резервы (удовлетворенность ниже значимости): %1</translation>
    </message>
    <message>
        <source>Total satisfaction: high (≥ 60 %) %1, medium %2, low (&lt; 40 %) %3</source>
        <translation>Общая удовлетворенность: высокая (≥ 60 %) %1, средняя %2, низкая (&lt; 40 %) %3</translation>
    </message>
    <message>
        <source>Lower is better: 10 (most favourable) … 80.</source>
        <translation>Чем меньше, тем лучше: 10 (наиболее благоприятно) … 80.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Save the campaign report of the view shown (filters included) as a PDF</source>
        <translation>Сохранить отчет по опросу для показанной выборки (с учетом фильтров) в PDF</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Опрос:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Фильтр:</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Раздел:</translation>
    </message>
    <message>
        <source>Leave out flagged sessions</source>
        <translation>Исключить отмеченные анкеты</translation>
    </message>
    <message>
        <source>Leave out sessions flagged for answer quality (the same answer throughout a rating block, or implausibly fast). Shown only where the anonymity rule allows; recorded in the audit log.</source>
        <translation>Исключить анкеты, отмеченные по качеству ответов (один и тот же ответ во всем блоке оценок или неправдоподобно быстрые ответы). Показывается, только если это допускает правило анонимности; записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Участие</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Motivation level</source>
        <translation>Уровень мотивации</translation>
    </message>
    <message>
        <source>Reasons for leaving</source>
        <translation>Причины увольнения</translation>
    </message>
    <message>
        <source>Job satisfaction</source>
        <translation>Удовлетворенность трудом</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Климат</translation>
    </message>
    <message>
        <source>Motivation types</source>
        <translation>Типы мотивации</translation>
    </message>
    <message>
        <source>Test profiles</source>
        <translation>Профили тестов</translation>
    </message>
    <message>
        <source>Target: at least %1 of the headcount of each department (methodology §3.1). Departments below the target are highlighted.</source>
        <translation>Цель: не менее %1 численности каждого подразделения (методика, п. 3.1). Подразделения ниже цели выделены.</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>Печать PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the campaign report of the view shown (filters included) on a printer</source>
        <translation>Напечатать отчет по опросу для показанной выборки (с учетом фильтров) на принтере</translation>
    </message>
    <message>
        <source>Key drivers</source>
        <translation>Ключевые факторы</translation>
    </message>
    <message>
        <source>Answer quality</source>
        <translation>Качество ответов</translation>
    </message>
    <message>
        <source>Nothing to analyse yet</source>
        <translation>Пока нечего анализировать</translation>
    </message>
    <message>
        <source>Figures appear here as soon as a campaign has finished questionnaires. Open the demo database to explore a finished campaign.</source>
        <translation>Показатели появятся, как только в опросе будут заполненные анкеты. Откройте демонстрационную базу, чтобы посмотреть завершенный опрос.</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Открыть демонстрационную базу</translation>
    </message>
</context>
<context>
    <name>AnalysisTabs</name>
    <message>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Сохранить диаграмму…</translation>
    </message>
    <message>
        <source>Save this table as an Excel workbook, with its notes</source>
        <translation>Сохранить эту таблицу в книгу Excel вместе с примечаниями</translation>
    </message>
    <message>
        <source>Save this chart as a picture (PNG or SVG)</source>
        <translation>Сохранить эту диаграмму как изображение (PNG или SVG)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Таблица %1</translation>
    </message>
</context>
<context>
    <name>AnswerQuality</name>
    <message>
        <source>Sessions flagged for answer quality (the same answer throughout a rating block, or implausibly fast answers) are left out of this view.</source>
        <translation>Анкеты, отмеченные по качеству ответов (один и тот же ответ во всем блоке оценок или неправдоподобно быстрые ответы), исключены из этой выборки.</translation>
    </message>
    <message>
        <source>All finished sessions are included, flagged ones too.</source>
        <translation>Учтены все завершенные анкеты, в том числе отмеченные по качеству ответов.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Вопросов</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респондентов</translation>
    </message>
    <message>
        <source>Cronbach&apos;s α</source>
        <translation>α Кронбаха</translation>
    </message>
    <message>
        <source>Flagged respondents in this selection: %1</source>
        <translation>Отмеченных респондентов в выборке: %1</translation>
    </message>
    <message>
        <source>Flagged: the same answer on every item of a rating block of at least %1 answered items, or a median under %2 s per item at the kiosk (office settings). Cronbach&apos;s α of a scale: 0.7 and above is usually taken as acceptable, 0.8 and above as good; it is computed from the respondents who answered every item of the scale.</source>
        <translation>Отмечаются: один и тот же ответ на все вопросы блока оценок, если отвечено не менее %1 вопросов, или медиана менее %2 с на вопрос в киоске (настройки организации). α Кронбаха шкалы: 0,7 и выше обычно считается приемлемой, 0,8 и выше — хорошей; она вычисляется по респондентам, ответившим на все вопросы шкалы.</translation>
    </message>
    <message>
        <source>No questionnaire of this campaign has a scale of several items.</source>
        <translation>Ни в одной анкете этого опроса нет шкалы из нескольких вопросов.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Signed in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Неудачная попытка входа</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Пароль изменен</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Пароль сброшен</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Пользователь создан</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Пользователь включен</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Пользователь отключен</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Импорт отменен</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>Staff movements added</source>
        <translation>Движение кадров добавлено</translation>
    </message>
    <message>
        <source>Staff movements changed</source>
        <translation>Движение кадров изменено</translation>
    </message>
    <message>
        <source>Staff movements deleted</source>
        <translation>Движение кадров удалено</translation>
    </message>
    <message>
        <source>Employee added</source>
        <translation>Работник добавлен</translation>
    </message>
    <message>
        <source>Employee moved to another department</source>
        <translation>Работник переведен в другое подразделение</translation>
    </message>
    <message>
        <source>Employee deactivated</source>
        <translation>Работник отмечен как выбывший</translation>
    </message>
    <message>
        <source>Employee made active again</source>
        <translation>Работник возвращен в штат</translation>
    </message>
    <message>
        <source>Employee deleted</source>
        <translation>Работник удален</translation>
    </message>
    <message>
        <source>Flagged sessions left out of the analysis</source>
        <translation>Отмеченные анкеты исключены из анализа</translation>
    </message>
    <message>
        <source>Flagged sessions taken back into the analysis</source>
        <translation>Отмеченные анкеты снова включены в анализ</translation>
    </message>
    <message>
        <source>card</source>
        <translation>карта</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>опрос</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <source>staff list</source>
        <translation>список работников</translation>
    </message>
    <message>
        <source>employee&apos;s test results</source>
        <translation>результаты тестов сотрудника</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>журнал аудита</translation>
    </message>
    <message>
        <source>staff movements of</source>
        <translation>движение кадров за</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база данных</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 does not exist; nothing was changed</source>
        <translation>%1 не существует; ничего не изменено</translation>
    </message>
    <message>
        <source>%1 is not a database file; nothing was changed</source>
        <translation>%1 — не файл базы данных; ничего не изменено</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was changed</source>
        <translation>%1 поврежден (%2); ничего не изменено</translation>
    </message>
    <message>
        <source>%1 is not a Motivdesk database (tables: %2); nothing was changed</source>
        <translation>%1 — не база данных Motivdesk (таблицы: %2); ничего не изменено</translation>
    </message>
    <message>
        <source>%1 was written by a newer Motivdesk (schema %2); nothing was changed</source>
        <translation>%1 записан более новой версией Motivdesk (схема %2); ничего не изменено</translation>
    </message>
    <message>
        <source>%1 is not a complete Motivdesk database, it lacks: %2; nothing was changed</source>
        <translation>%1 — неполная база данных Motivdesk, в ней нет: %2; ничего не изменено</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2; nothing was changed</source>
        <translation>%1 нельзя использовать: %2; ничего не изменено</translation>
    </message>
    <message>
        <source>The database is in use by another Motivdesk program (%2). Close every kiosk and workspace that uses it, then restore again; nothing was changed</source>
        <translation>База данных используется другой программой Motivdesk (%2). Закройте все киоски и рабочие места, которые с ней работают, и повторите восстановление; ничего не изменено</translation>
    </message>
    <message>
        <source>Restore works on SQLite database files. This database is on a PostgreSQL server: restore it with the server&apos;s tools (pg_restore); nothing was changed</source>
        <translation>Восстановление работает с файлами баз данных SQLite. Эта база данных находится на сервере PostgreSQL: восстановите ее средствами сервера (pg_restore); ничего не изменено</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous database was kept as %3</source>
        <translation>%1 восстановлена из %2; прежняя база данных сохранена как %3</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>таблицы</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>столбцы</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>опрос</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>The file is not a Motivdesk bundle (not a readable zip file): %1</source>
        <translation>Файл не является пакетом Motivdesk (zip-архив не читается): %1</translation>
    </message>
    <message>
        <source>The file is not a Motivdesk campaign bundle: %1</source>
        <translation>Файл не является пакетом ответов опроса Motivdesk: %1</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>Файл поврежден: %1</translation>
    </message>
    <message>
        <source>The file was written by a newer Motivdesk (bundle version %1).</source>
        <translation>Файл создан более новой версией Motivdesk (версия пакета %1).</translation>
    </message>
    <message>
        <source>The file is too large for a bundle: %1</source>
        <translation>Файл слишком велик для пакета ответов: %1</translation>
    </message>
    <message>
        <source>The file&apos;s zip structure is not allowed: %1</source>
        <translation>Недопустимое устройство zip-архива: %1</translation>
    </message>
    <message>
        <source>The bundle&apos;s description (manifest) is invalid: %1</source>
        <translation>Описание пакета (manifest) неверно: %1</translation>
    </message>
    <message>
        <source>The file belongs to another campaign: %1</source>
        <translation>Файл относится к другому опросу: %1</translation>
    </message>
    <message>
        <source>The file uses another version of a questionnaire: %1</source>
        <translation>В файле другая версия анкеты: %1</translation>
    </message>
    <message>
        <source>The file holds the same questionnaire twice: %1</source>
        <translation>В файле одна и та же анкета встречается дважды: %1</translation>
    </message>
    <message>
        <source>The file holds a questionnaire with a value this PC does not accept: %1</source>
        <translation>В файле есть анкета со значением, которое не принимается на этом компьютере: %1</translation>
    </message>
    <message>
        <source>The file holds an answer that breaks the questionnaire&apos;s rules: %1</source>
        <translation>В файле есть ответ, нарушающий правила анкеты: %1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Needed by a chosen questionnaire (its results are grouped by this question).</source>
        <translation>Нужен для выбранной анкеты (ее результаты группируются по этому вопросу).</translation>
    </message>
    <message>
        <source>Headcount 0 for: %1. Participation of these departments cannot be measured against the 35 % target. Save anyway?</source>
        <translation>Штатная численность 0: %1. Участие этих подразделений нельзя сравнить с целевыми 35 %. Все равно сохранить?</translation>
    </message>
    <message>
        <source>Enter the headcount of: %1.</source>
        <translation>Укажите штатную численность: %1.</translation>
    </message>
    <message>
        <source>Set up the organisation first.</source>
        <translation>Сначала укажите сведения об организации.</translation>
    </message>
    <message>
        <source>Enter the campaign&apos;s name.</source>
        <translation>Введите название опроса.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Choose at least one department.</source>
        <translation>Выберите хотя бы одно подразделение.</translation>
    </message>
    <message>
        <source>Choose at least one questionnaire or test.</source>
        <translation>Выберите хотя бы одну анкету или тест.</translation>
    </message>
    <message>
        <source>The anonymity threshold cannot be below 3.</source>
        <translation>Порог анонимности не может быть меньше 3.</translation>
    </message>
    <message>
        <source>The kiosk PIN must be 4 to 8 digits.</source>
        <translation>PIN-код киоска — от 4 до 8 цифр.</translation>
    </message>
    <message>
        <source>Only a draft campaign can be edited.</source>
        <translation>Изменять можно только черновик опроса.</translation>
    </message>
    <message>
        <source>Survey campaign</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Anonymity threshold:</source>
        <translation>Порог анонимности:</translation>
    </message>
    <message>
        <source>No figure is shown for a group of fewer respondents than this (never below 3).</source>
        <translation>Показатели не выводятся для группы с меньшим числом респондентов (не менее 3).</translation>
    </message>
    <message>
        <source>Kiosk PIN (4–8 digits):</source>
        <translation>PIN-код киоска (4–8 цифр):</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>Departments and headcount</source>
        <translation>Подразделения и численность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Численность</translation>
    </message>
    <message>
        <source>Questionnaires and tests</source>
        <translation>Анкеты и тесты</translation>
    </message>
    <message>
        <source>Optional factors (marked * in the methodology)</source>
        <translation>Необязательные факторы (отмечены * в методике)</translation>
    </message>
    <message>
        <source>Demographic questions (optional to answer)</source>
        <translation>Демографические вопросы (ответ необязателен)</translation>
    </message>
    <message>
        <source>Length of service</source>
        <translation>Стаж работы</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), about %1 min</source>
        <translation>
            <numerusform>вопросов: %n, около %1 мин</numerusform>
            <numerusform>вопросов: %n, около %1 мин</numerusform>
            <numerusform>вопросов: %n, около %1 мин</numerusform>
        </translation>
    </message>
    <message>
        <source>This test cannot be chosen.</source>
        <translation>Этот тест выбрать нельзя.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaign</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденты</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Численность</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Участие</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Экспорт ответов</translation>
    </message>
    <message numerus="yes">
        <source>%n finished questionnaire(s) written.</source>
        <translation>
            <numerusform>Записана %n заполненная анкета.</numerusform>
            <numerusform>Записаны %n заполненные анкеты.</numerusform>
            <numerusform>Записано %n заполненных анкет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Импорт ответов</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Paper questionnaires</source>
        <translation>Бумажные анкеты</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n questionnaire(s)</source>
        <translation>
            <numerusform>%1 %2: анкет — %n</numerusform>
            <numerusform>%1 %2: анкет — %n</numerusform>
            <numerusform>%1 %2: анкет — %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>No questionnaires of this campaign were imported.</source>
        <translation>В этот опрос анкеты не импортировались.</translation>
    </message>
    <message>
        <source>Import to undo:</source>
        <translation>Какой импорт отменить:</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n questionnaire(s) of this import from the campaign?</source>
        <translation>
            <numerusform>Удалить из опроса анкеты этого импорта (%n)?</numerusform>
            <numerusform>Удалить из опроса анкеты этого импорта (%n)?</numerusform>
            <numerusform>Удалить из опроса анкеты этого импорта (%n)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s) removed.</source>
        <translation>
            <numerusform>Удалено анкет: %n.</numerusform>
            <numerusform>Удалено анкет: %n.</numerusform>
            <numerusform>Удалено анкет: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a campaign…</source>
        <translation>Создать опрос…</translation>
    </message>
    <message>
        <source>Set up departments…</source>
        <translation>Задать подразделения…</translation>
    </message>
    <message>
        <source>Create a survey campaign: its period, departments and questionnaires</source>
        <translation>Создать опрос: его период, подразделения и анкеты</translation>
    </message>
    <message>
        <source>Change the selected campaign</source>
        <translation>Изменить выбранный опрос</translation>
    </message>
    <message>
        <source>Open the survey</source>
        <translation>Открыть опрос</translation>
    </message>
    <message>
        <source>Start collecting answers: the kiosk can be started for this campaign</source>
        <translation>Начать сбор ответов: для этого опроса можно запустить киоск</translation>
    </message>
    <message>
        <source>Close the survey</source>
        <translation>Закрыть опрос</translation>
    </message>
    <message>
        <source>Stop collecting answers; the results stay for analysis</source>
        <translation>Прекратить сбор ответов; результаты остаются для анализа</translation>
    </message>
    <message>
        <source>Turn this computer into the survey kiosk of the selected open campaign</source>
        <translation>Превратить этот компьютер в киоск выбранного открытого опроса</translation>
    </message>
    <message>
        <source>Save this computer&apos;s anonymous answers of the selected campaign as a bundle file for the main computer</source>
        <translation>Сохранить анонимные ответы выбранного опроса с этого компьютера в файл-пакет для основного компьютера</translation>
    </message>
    <message>
        <source>Add the answers of a bundle file from another kiosk computer to the selected campaign</source>
        <translation>Добавить к выбранному опросу ответы из файла-пакета другого компьютера-киоска</translation>
    </message>
    <message>
        <source>Undo an import…</source>
        <translation>Отменить импорт…</translation>
    </message>
    <message>
        <source>Remove exactly the questionnaires that one import of a bundle or a file added</source>
        <translation>Удалить ровно те анкеты, которые добавил один импорт пакета или файла</translation>
    </message>
    <message>
        <source>A campaign asks your staff anonymous motivation questionnaires at the kiosk and collects the answers for analysis. First set up the organisation and its departments with their headcounts, then create a campaign — or open the demo database to look around.</source>
        <translation>Опрос предлагает работникам анонимные анкеты о мотивации в киоске и собирает ответы для анализа. Сначала задайте организацию и ее подразделения со штатной численностью, затем создайте опрос — или откройте демонстрационную базу, чтобы осмотреться.</translation>
    </message>
    <message>
        <source>%1 questionnaires added, %2 were already here.</source>
        <translation>Добавлено анкет: %1, уже были: %2.</translation>
    </message>
    <message>
        <source>This change of status is not possible.</source>
        <translation>Такое изменение статуса невозможно.</translation>
    </message>
    <message>
        <source>Survey campaigns</source>
        <translation>Опросы</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Новый опрос…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <translation>Запустить киоск</translation>
    </message>
    <message>
        <source>Export answers…</source>
        <translation>Экспорт ответов…</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>Импорт ответов…</translation>
    </message>
    <message>
        <source>No survey campaigns yet</source>
        <translation>Опросов пока нет</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Открыть демонстрационную базу</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>give from 2 to 6 ranked answers</source>
        <translation>укажите от 2 до 6 ответов по порядку значимости</translation>
    </message>
    <message>
        <source>the same answer appears twice</source>
        <translation>один и тот же ответ указан дважды</translation>
    </message>
    <message>
        <source>an answer is empty</source>
        <translation>пустой ответ</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>a plan row needs a measure</source>
        <translation>в строке плана нужно указать мероприятие</translation>
    </message>
    <message>
        <source>choose the kind of activity</source>
        <translation>выберите вид мероприятия</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>окончание раньше начала</translation>
    </message>
    <message>
        <source>the factor is not one of a questionnaire&apos;s factors</source>
        <translation>фактор не входит в факторы анкеты</translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation>Дата заполнения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>Печать PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the card on a printer; a growth or career card prints its three copies in one job</source>
        <translation>Напечатать карту на принтере; карта роста или карьеры печатается в трех экземплярах одним заданием</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Motivators</source>
        <translation>Мотиваторы</translation>
    </message>
    <message>
        <source>Demotivators</source>
        <translation>Демотиваторы</translation>
    </message>
    <message>
        <source>Motivation instruments</source>
        <translation>Инструменты мотивации</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Работник</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Plan row %1</source>
        <translation>Строка плана %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Кем пересмотрено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Add review…</source>
        <translation>Добавить пересмотр…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Пересмотр</translation>
    </message>
    <message>
        <source>Result of the yearly review:</source>
        <translation>Результат ежегодного пересмотра:</translation>
    </message>
    <message>
        <source>HR service</source>
        <translation>Кадровая служба</translation>
    </message>
    <message>
        <source>Filled in by the employee</source>
        <translation>Заполняется работником</translation>
    </message>
    <message>
        <source>Graphical card (PDF)…</source>
        <translation>Графическая карта (PDF)…</translation>
    </message>
    <message>
        <source>Print the graphical card…</source>
        <translation>Печать графической карты…</translation>
    </message>
    <message>
        <source>The one-page graphical card, straight to a printer</source>
        <translation>Одностраничная графическая карта — сразу на принтер</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>Graphical card</source>
        <translation>Графическая карта</translation>
    </message>
    <message>
        <source>Professional growth plan</source>
        <translation>План профессионального роста</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Журнал пересмотров</translation>
    </message>
    <message>
        <source>Blocks 1–9, 11, 12</source>
        <translation>Блоки 1–9, 11, 12</translation>
    </message>
    <message>
        <source>10. Development plan</source>
        <translation>10. План развития</translation>
    </message>
    <message>
        <source>Stop maintaining…</source>
        <translation>Прекратить ведение…</translation>
    </message>
    <message>
        <source>Stop maintaining the card</source>
        <translation>Прекратить ведение карты</translation>
    </message>
    <message>
        <source>Reason (seed §4.4):</source>
        <translation>Причина (методика, п. 4.4):</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Plan of motivational measures</source>
        <translation>План мотивационных мероприятий</translation>
    </message>
    <message>
        <source>Fill from the campaign</source>
        <translation>Заполнить по опросу</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Составляющие</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Составляющая</translation>
    </message>
    <message>
        <source>Approved by (head)</source>
        <translation>Утвердил (руководитель)</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Дата утверждения</translation>
    </message>
    <message>
        <source>Fill from diagnostic cards</source>
        <translation>Заполнить по диагностическим картам</translation>
    </message>
    <message>
        <source>Only %1 diagnostic card(s) found: the previous state stays empty.</source>
        <translation>Найдено диагностических карт: %1; предыдущее состояние остается пустым.</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Are information on possible career growth and a career programme important to you?</source>
        <translation>Важны ли для Вас информация о возможном карьерном росте и составление программы карьерного роста?</translation>
    </message>
    <message>
        <source>If yes, a career card is created.</source>
        <translation>при положительном ответе создается карта карьеры</translation>
    </message>
    <message>
        <source>Do you want to know your motivational profile and agree to take the tests?</source>
        <translation>Важно ли для Вас знать свой мотивационный профиль и готовы ли Вы пройти тестирование?</translation>
    </message>
    <message>
        <source>If yes, a named test session is held.</source>
        <translation>при положительном ответе проводится тестирование</translation>
    </message>
    <message>
        <source>Do you agree with the test results; did they help you know your motives better?</source>
        <translation>Согласны ли Вы с результатами тестирования, позволило ли оно Вам лучше узнать свои мотивы и потребности?</translation>
    </message>
    <message>
        <source>If not, why?</source>
        <translation>Если нет, то почему?</translation>
    </message>
    <message>
        <source>Which measures would raise the effectiveness of your work and your satisfaction with it and with our organisation?</source>
        <translation>Какие меры, по Вашему мнению, позволят повысить эффективность Вашего труда и удовлетворенность им, а также работой в нашей организации?</translation>
    </message>
    <message>
        <source>Conclusions: motives (profile)</source>
        <translation>Выводы: мотивы (профиль)</translation>
    </message>
    <message>
        <source>Conclusions: instruments</source>
        <translation>Выводы: инструменты</translation>
    </message>
    <message>
        <source>Conclusions: proposals</source>
        <translation>Выводы: предложения</translation>
    </message>
    <message>
        <source>Motivators: which factors matter most to you now for effective work in our organisation? Rank them.</source>
        <translation>Мотиваторы: какие факторы наиболее важны для Вас в настоящее время для эффективного труда в нашей организации? Проранжируйте их.</translation>
    </message>
    <message>
        <source>Demotivators: which factors harm (or may harm) the effectiveness and results of your work or your interest in it? Rank them.</source>
        <translation>Демотиваторы: какие факторы оказывают (могут оказать) наиболее негативное воздействие на эффективность, результаты Вашего труда и (или) интерес к работе? Проранжируйте их.</translation>
    </message>
    <message>
        <source>Motivation instruments: which rewards or sanctions are the most effective for you? Rank them.</source>
        <translation>Инструменты мотивации: какие виды поощрений, наказаний являются для Вас наиболее эффективными? Проранжируйте их.</translation>
    </message>
    <message>
        <source>Additional professional education</source>
        <translation>Дополнительное профессиональное образование</translation>
    </message>
    <message>
        <source>training, retraining, advanced training</source>
        <translation>подготовка, переподготовка, повышение квалификации</translation>
    </message>
    <message>
        <source>Training events</source>
        <translation>Обучающие мероприятия</translation>
    </message>
    <message>
        <source>conferences, round tables, seminars, trainings, business games</source>
        <translation>конференции, круглые столы, семинары, тренинги, деловые игры</translation>
    </message>
    <message>
        <source>Studying, mastering and exchanging professional experience inside or outside the organisation</source>
        <translation>Изучение, освоение и обмен профессиональным опытом внутри и (или) вне организации</translation>
    </message>
    <message>
        <source>internships, business trips, rotation, acting in a position, delegation of powers</source>
        <translation>стажировки, командировки, ротации, исполнение обязанностей, делегирование полномочий</translation>
    </message>
    <message>
        <source>Self-education</source>
        <translation>Самообразование</translation>
    </message>
    <message>
        <source>papers, analytical reports and reviews on advanced practice and professional literature</source>
        <translation>рефераты, аналитические доклады и обзоры по передовому опыту и профессиональной литературе</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>Иные мероприятия</translation>
    </message>
    <message>
        <source>publications, teaching (lectures), learning a foreign language, research work</source>
        <translation>публикации, педагогическая деятельность (лекции), изучение иностранного языка, научная работа</translation>
    </message>
    <message>
        <source>short-term (1–2 years)</source>
        <translation>краткосрочный (1–2 года)</translation>
    </message>
    <message>
        <source>medium-term (3–5 years)</source>
        <translation>среднесрочный (3–5 лет)</translation>
    </message>
    <message>
        <source>long-term (over 5 years)</source>
        <translation>долгосрочный (более 5 лет)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Position planned by the employee (its qualification requirements)</source>
        <translation>Планируемая работником должность (квалификационные требования к ней)</translation>
    </message>
    <message>
        <source>Planned position</source>
        <translation>Планируемая должность</translation>
    </message>
    <message>
        <source>Qualification requirements</source>
        <translation>Квалификационные требования</translation>
    </message>
    <message>
        <source>General information on the employee and his qualification</source>
        <translation>Общие сведения о работнике и его квалификации</translation>
    </message>
    <message>
        <source>Current position</source>
        <translation>Занимаемая должность</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Length of service (total / civil service / organisation / position)</source>
        <translation>Стаж работы (общий / на государственной службе / в организации / на занимаемой должности)</translation>
    </message>
    <message>
        <source>Previous professional experience, positions held</source>
        <translation>Предшествующий профессиональный опыт, занимаемые ранее должности</translation>
    </message>
    <message>
        <source>Inclusion in the reserve of promising / managerial staff</source>
        <translation>Включение в резерв перспективных / руководящих кадров</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Резерв</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Характеристика</translation>
    </message>
    <message>
        <source>Moral qualities</source>
        <translation>Моральные качества</translation>
    </message>
    <message>
        <source>Business qualities</source>
        <translation>Деловые качества</translation>
    </message>
    <message>
        <source>Merits</source>
        <translation>Заслуги</translation>
    </message>
    <message>
        <source>State awards / honorary titles</source>
        <translation>Государственные награды / почетные звания</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Поощрения</translation>
    </message>
    <message>
        <source>Public recognition (letters of thanks, public awards)</source>
        <translation>Общественная оценка и признание (благодарственные письма, общественные награды)</translation>
    </message>
    <message>
        <source>Disciplinary penalties, other measures</source>
        <translation>Дисциплинарные взыскания, иные меры воздействия</translation>
    </message>
    <message>
        <source>Penalties and measures</source>
        <translation>Взыскания и меры воздействия</translation>
    </message>
    <message>
        <source>Assessment of the effectiveness and results of professional activity</source>
        <translation>Оценка эффективности и результативности профессиональной деятельности</translation>
    </message>
    <message>
        <source>Indicators of labour and performance discipline</source>
        <translation>Показатели трудовой и исполнительской дисциплины</translation>
    </message>
    <message>
        <source>Attestations (results)</source>
        <translation>Аттестации (результаты)</translation>
    </message>
    <message>
        <source>Testing (if taken)</source>
        <translation>Тестирование (в случае прохождения)</translation>
    </message>
    <message>
        <source>Assessment of the career goals (positive / negative / alternative ways of promotion)</source>
        <translation>Оценка карьерных целей (положительная / отрицательная / альтернативные варианты служебного продвижения)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Competences needed for the planned position</source>
        <translation>Компетенции, необходимые для занятия планируемой должности</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Компетенции</translation>
    </message>
    <message>
        <source>Professional development plan (forms, kinds, stages, term)</source>
        <translation>План мероприятий по профессиональному развитию (формы, виды, этапы, срок)</translation>
    </message>
    <message>
        <source>Period of the planned promotion</source>
        <translation>Период планируемого служебного продвижения</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Results of the career card</source>
        <translation>Результаты реализации карты карьеры</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>the planned position was reached</source>
        <translation>планируемая должность занята</translation>
    </message>
    <message>
        <source>the employee gave up the career goal</source>
        <translation>работник отказался от карьерной цели</translation>
    </message>
    <message>
        <source>negative assessment of the career goal</source>
        <translation>отрицательная оценка карьерной цели</translation>
    </message>
    <message>
        <source>the employee left the organisation</source>
        <translation>работник уволился из организации</translation>
    </message>
    <message>
        <source>other reason</source>
        <translation>иная причина</translation>
    </message>
    <message>
        <source>General information</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <source>Last diagnostic</source>
        <translation>Сведения о последней диагностике</translation>
    </message>
    <message>
        <source>Departments / number of respondents</source>
        <translation>Структурное подразделение / количество респондентов</translation>
    </message>
    <message>
        <source>Share of respondents in the headcount</source>
        <translation>Удельный вес респондентов (доля от штатной численности)</translation>
    </message>
    <message>
        <source>Motivational cards and the structure of motives</source>
        <translation>Оценка реализации пакета мотивационных карт и структуры мотивов работников</translation>
    </message>
    <message>
        <source>Personal motivational cards</source>
        <translation>Персональные мотивационные карты</translation>
    </message>
    <message>
        <source>Their implementation</source>
        <translation>Оценка их реализации</translation>
    </message>
    <message>
        <source>Career cards</source>
        <translation>Карты карьеры</translation>
    </message>
    <message>
        <source>Professional growth cards</source>
        <translation>Карты профессионального роста</translation>
    </message>
    <message>
        <source>Employees with a motivational profile</source>
        <translation>Работники, которым создан мотивационный профиль</translation>
    </message>
    <message>
        <source>Structure of the profiles</source>
        <translation>Оценка и характеристика структуры профилей</translation>
    </message>
    <message>
        <source>Overall motivation level and effectiveness of incentives</source>
        <translation>Оценка общего уровня мотивации и эффективности методов стимулирования</translation>
    </message>
    <message>
        <source>Methods and instruments used</source>
        <translation>Применяемые методики, инструменты</translation>
    </message>
    <message>
        <source>Main results of each method</source>
        <translation>Основные результаты по каждой методике</translation>
    </message>
    <message>
        <source>Overall motivation level</source>
        <translation>Общий уровень мотивации</translation>
    </message>
    <message>
        <source>Significance of work factors</source>
        <translation>Значимость факторов труда</translation>
    </message>
    <message>
        <source>Job satisfaction</source>
        <translation>Удовлетворенность трудом</translation>
    </message>
    <message>
        <source>Motivational balance; key factors lowering motivation</source>
        <translation>Мотивационный баланс; ключевые факторы, снижающие уровень мотивации</translation>
    </message>
    <message>
        <source>Key drivers: what goes with job satisfaction</source>
        <translation>Ключевые факторы: что связано с удовлетворенностью трудом</translation>
    </message>
    <message>
        <source>Portfolio of employees&apos; motivational initiatives</source>
        <translation>Портфель мотивационных инициатив работников</translation>
    </message>
    <message>
        <source>SWOT analysis of the motivation system</source>
        <translation>SWOT-анализ системы мотивации</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Слабые стороны</translation>
    </message>
    <message>
        <source>Opportunities, incl. key significance indicators</source>
        <translation>Возможности, в том числе ключевые показатели значимости факторов труда</translation>
    </message>
    <message>
        <source>Staff threats, incl. key demotivators</source>
        <translation>Кадровые угрозы, в том числе ключевые демотиваторы труда</translation>
    </message>
    <message>
        <source>Conclusions and proposals</source>
        <translation>Выводы и предложения</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Proposals (recommendations)</source>
        <translation>Предложения (рекомендации)</translation>
    </message>
    <message>
        <source>1. Overall motivation level</source>
        <translation>1. Общий уровень мотивации</translation>
    </message>
    <message>
        <source>1.1. Key factors of work significance</source>
        <translation>1.1. Ключевые факторы значимости труда</translation>
    </message>
    <message>
        <source>1.2. Job satisfaction</source>
        <translation>1.2. Удовлетворенность трудом</translation>
    </message>
    <message>
        <source>1.3. Organisational commitment, incl. psychological climate</source>
        <translation>1.3. Организационная приверженность, в т. ч. психологический климат</translation>
    </message>
    <message>
        <source>2. Motivational balance</source>
        <translation>2. Мотивационный баланс</translation>
    </message>
    <message>
        <source>2.1. Main demotivators</source>
        <translation>2.1. Основные демотиваторы</translation>
    </message>
    <message>
        <source>3. Balance of rewards and sanctions</source>
        <translation>3. Баланс поощрений и мер воздействия</translation>
    </message>
    <message>
        <source>4. Effectiveness and results of work</source>
        <translation>4. Эффективность и результативность труда</translation>
    </message>
    <message>
        <source>5. Motivational profile</source>
        <translation>5. Мотивационный профиль</translation>
    </message>
    <message>
        <source>6. Staff risks, threats / problems</source>
        <translation>6. Кадровые риски, угрозы / проблемы</translation>
    </message>
    <message>
        <source>6.1. Staff turnover</source>
        <translation>6.1. Текучесть кадров</translation>
    </message>
    <message>
        <source>6.2. Development of staff potential</source>
        <translation>6.2. Развитие кадрового потенциала</translation>
    </message>
    <message>
        <source>6.3. Portfolio of employees&apos; strategic initiatives</source>
        <translation>6.3. Портфель стратегических инициатив работников</translation>
    </message>
    <message>
        <source>Previous state (period, sample)</source>
        <translation>Предыдущее состояние (период, выборка)</translation>
    </message>
    <message>
        <source>Actual state (sample)</source>
        <translation>Фактическое состояние (выборка)</translation>
    </message>
    <message>
        <source>Expectation / target</source>
        <translation>Ожидание / целевой показатель</translation>
    </message>
    <message>
        <source>Motivational measures</source>
        <translation>Мотивационные мероприятия</translation>
    </message>
    <message>
        <source>Methods / instruments</source>
        <translation>Методы / инструменты</translation>
    </message>
    <message>
        <source>Deadline / stages / executor</source>
        <translation>Контрольный срок / этапы / исполнитель</translation>
    </message>
    <message>
        <source>Results, conclusions</source>
        <translation>Результаты, выводы</translation>
    </message>
    <message>
        <source>Personal motivational card</source>
        <translation>Персональная мотивационная карта</translation>
    </message>
    <message>
        <source>Professional growth card</source>
        <translation>Карта профессионального роста</translation>
    </message>
    <message>
        <source>Career card</source>
        <translation>Карта карьеры</translation>
    </message>
    <message>
        <source>Diagnostic motivational card</source>
        <translation>Диагностическая мотивационная карта</translation>
    </message>
    <message>
        <source>Strategic motivational card</source>
        <translation>Стратегическая мотивационная карта</translation>
    </message>
    <message>
        <source>department not given</source>
        <translation>подразделение не указано</translation>
    </message>
    <message>
        <source>none</source>
        <translation>не проводилась</translation>
    </message>
    <message>
        <source>highest:</source>
        <translation>наибольшая:</translation>
    </message>
    <message>
        <source>lowest:</source>
        <translation>наименьшая:</translation>
    </message>
    <message>
        <source>Motivators:</source>
        <translation>Мотиваторы:</translation>
    </message>
    <message>
        <source>Reserves (demotivators):</source>
        <translation>Резервы (демотиваторы):</translation>
    </message>
    <message>
        <source>Key demotivators:</source>
        <translation>Ключевые демотиваторы:</translation>
    </message>
    <message>
        <source>integral motivation level</source>
        <translation>интегральный уровень мотивации</translation>
    </message>
    <message>
        <source>%1: change since the previous campaign %2%3, beyond noise</source>
        <translation>%1: изменение по сравнению с предыдущим опросом %2%3, сверх случайных колебаний</translation>
    </message>
    <message>
        <source>%1: change since the previous campaign %2%3, not assessed</source>
        <translation>%1: изменение по сравнению с предыдущим опросом %2%3, не оценено</translation>
    </message>
    <message>
        <source>%1: since the previous campaign %2%3, no change beyond noise</source>
        <translation>%1: по сравнению с предыдущим опросом %2%3, изменение в пределах случайных колебаний</translation>
    </message>
    <message>
        <source>no HR indicators entered for this year (Indicators page)</source>
        <translation>кадровые показатели за этот год не введены (страница «Показатели»)</translation>
    </message>
    <message>
        <source>Net turnover</source>
        <translation>Чистая текучесть персонала</translation>
    </message>
    <message>
        <source>in the organisation since %1 (full years: %2)</source>
        <translation>в организации с %1 (полных лет: %2)</translation>
    </message>
    <message>
        <source>not shown: key drivers need the satisfaction questionnaire and the job satisfaction questionnaire or the reasons for leaving</source>
        <translation>не показаны: для ключевых факторов нужны анкета удовлетворенности и анкета удовлетворенности трудом или причины увольнения</translation>
    </message>
    <message>
        <source>not shown: fewer than %1 respondents answered both questionnaires, too few for a reliable rank correlation</source>
        <translation>не показаны: на обе анкеты ответили меньше %1 респондентов — слишком мало для надежной ранговой корреляции</translation>
    </message>
    <message>
        <source>job satisfaction</source>
        <translation>удовлетворенностью трудом</translation>
    </message>
    <message>
        <source>staying (the reasons for leaving, reversed)</source>
        <translation>желанием остаться (причины увольнения, с обратным знаком)</translation>
    </message>
    <message>
        <source>How strongly each parameter or factor goes with %1 (Spearman&apos;s ρ; strong: at least %2 and beyond chance) and its level (mean 0–5; low: below %3). A relation is not a cause.</source>
        <translation>Насколько сильно каждый параметр или фактор связан с %1 (ρ Спирмена; сильная связь: не меньше %2 и не случайная) и его уровень (среднее 0–5; низкий: ниже %3). Связь не означает причину.</translation>
    </message>
    <message>
        <source>Act first:</source>
        <translation>Действовать в первую очередь:</translation>
    </message>
    <message>
        <source>Maintain:</source>
        <translation>Поддерживать:</translation>
    </message>
    <message>
        <source>no such parameter or factor</source>
        <translation>таких параметров и факторов нет</translation>
    </message>
    <message>
        <source>level %1, ρ %2</source>
        <translation>уровень %1, ρ %2</translation>
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
        <translation>Работник</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation>Дата заполнения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Overdue plan items</source>
        <translation>Просроченные мероприятия</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Новая карта</translation>
    </message>
    <message>
        <source>Set up the organisation first (Settings).</source>
        <translation>Сначала укажите сведения об организации (Настройки).</translation>
    </message>
    <message>
        <source>Add employees first (Employees).</source>
        <translation>Сначала добавьте работников (Работники).</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Работник:</translation>
    </message>
    <message>
        <source>A career card is created from an employee&apos;s professional growth card (seed §4.4): create the growth card first.</source>
        <translation>Карта карьеры создается на основе карты профессионального роста работника (методика, п. 4.4): сначала создайте карту профессионального роста.</translation>
    </message>
    <message>
        <source>New career card</source>
        <translation>Новая карта карьеры</translation>
    </message>
    <message>
        <source>Professional growth card:</source>
        <translation>Карта профессионального роста:</translation>
    </message>
    <message>
        <source>A diagnostic card summarises a campaign: run a campaign first.</source>
        <translation>Диагностическая карта обобщает результаты опроса: сначала проведите опрос.</translation>
    </message>
    <message>
        <source>New diagnostic card</source>
        <translation>Новая диагностическая карта</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Опрос:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Select one or more cards.</source>
        <translation>Выберите одну или несколько карт.</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Экспорт в Word</translation>
    </message>
    <message>
        <source>Print a department&apos;s cards</source>
        <translation>Печать карт подразделения</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <source>Print the department&apos;s cards on a printer, as one job, or save them as PDF files?</source>
        <translation>Напечатать карты подразделения на принтере одним заданием или сохранить их в файлы PDF?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Motivational cards</source>
        <translation>Мотивационные карты</translation>
    </message>
    <message>
        <source>No cards yet</source>
        <translation>Карт пока нет</translation>
    </message>
    <message>
        <source>Personal, career and professional growth cards are filled with an employee; diagnostic and strategic cards summarise a campaign. Open the demo database to see filled cards.</source>
        <translation>Персональные карты, карты карьеры и профессионального роста заполняются вместе с работником; диагностическая и стратегическая карты обобщают результаты опроса. Откройте демонстрационную базу, чтобы увидеть заполненные карты.</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Открыть демонстрационную базу</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Print every personal card of one department, on a printer or as PDF files</source>
        <translation>Напечатать все личные карты одного подразделения — на принтере или в файлы PDF</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>Печать PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the selected cards on a printer, in one job (a growth or career card with its three copies)</source>
        <translation>Напечатать выбранные карты на принтере одним заданием (карта роста или карьеры — в трех экземплярах)</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <source>Save the selected cards as editable Word files (.docx), with the same content as the PDF</source>
        <translation>Сохранить выбранные карты как редактируемые файлы Word (.docx) с тем же содержанием, что и PDF</translation>
    </message>
    <message>
        <source>Print a department…</source>
        <translation>Печать по подразделению…</translation>
    </message>
    <message>
        <source>Catalogues…</source>
        <translation>Справочники…</translation>
    </message>
    <message>
        <source>Create a card of the chosen kind</source>
        <translation>Создать карту выбранного вида</translation>
    </message>
    <message>
        <source>Open the selected card (Enter, or a double click)</source>
        <translation>Открыть выбранную карту (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Print the selected cards as PDF</source>
        <translation>Напечатать выбранные карты в PDF</translation>
    </message>
    <message>
        <source>Edit the lists of motivators and motivation tools the cards choose from</source>
        <translation>Изменить перечни мотиваторов и инструментов мотивации, из которых выбирают в картах</translation>
    </message>
    <message>
        <source>Search by employee or department (Ctrl+F)</source>
        <translation>Поиск по сотруднику или подразделению (Ctrl+F)</translation>
    </message>
    <message>
        <source>Overdue plan items only</source>
        <translation>Только с просроченными пунктами плана</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>No cards yet: use New card.</source>
        <translation>Карт пока нет: воспользуйтесь кнопкой «Новая карта».</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue plan item(s)</source>
        <translation>
            <numerusform>%n просроченное мероприятие</numerusform>
            <numerusform>%n просроченных мероприятия</numerusform>
            <numerusform>%n просроченных мероприятий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Catalogues</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <source>Motivator map</source>
        <translation>Карта мотиваторов</translation>
    </message>
    <message>
        <source>Motivation instruments</source>
        <translation>Инструменты мотивации</translation>
    </message>
    <message>
        <source>Double-click a name to edit it. Entries used on cards are never deleted: retire one to stop offering it (it stays on existing cards, shown in grey).</source>
        <translation>Дважды щелкните название, чтобы изменить его. Записи, использованные в картах, не удаляются: выведите запись из употребления, чтобы больше ее не предлагать (в существующих картах она сохранится и показывается серым).</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Retire / restore</source>
        <translation>Вывести / вернуть</translation>
    </message>
    <message>
        <source>Print the map…</source>
        <translation>Печать карты…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The Russian name cannot be empty.</source>
        <translation>Название на русском языке не может быть пустым.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Name in Russian:</source>
        <translation>Название на русском языке:</translation>
    </message>
    <message>
        <source>Name in Kazakh:</source>
        <translation>Название на казахском языке:</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
</context>
<context>
    <name>ChangeMarks</name>
    <message>
        <source>Previous campaign: %1</source>
        <translation>Предыдущий опрос: %1</translation>
    </message>
    <message>
        <source>Whether this is a change cannot be assessed: too few answers.</source>
        <translation>Нельзя оценить, есть ли изменение: слишком мало ответов.</translation>
    </message>
    <message>
        <source>95 % interval of the change: %1 to %2</source>
        <translation>95 % доверительный интервал изменения: от %1 до %2</translation>
    </message>
    <message>
        <source>Beyond noise: a real change.</source>
        <translation>Сверх случайных колебаний: изменение есть.</translation>
    </message>
    <message>
        <source>Within noise: not a change (the interval includes 0).</source>
        <translation>В пределах случайных колебаний: это не изменение (интервал включает 0).</translation>
    </message>
    <message>
        <source>(previous campaign: %1; change %2, beyond noise)</source>
        <translation>(предыдущий опрос: %1; изменение %2, сверх случайных колебаний)</translation>
    </message>
    <message>
        <source>(previous campaign: %1; change %2, not assessed)</source>
        <translation>(предыдущий опрос: %1; изменение %2, не оценено)</translation>
    </message>
    <message>
        <source>(previous campaign: %1; change %2, within noise — not a change)</source>
        <translation>(предыдущий опрос: %1; изменение %2, в пределах случайных колебаний — это не изменение)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Wrong current password.</source>
        <translation>Неверный текущий пароль.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
</context>
<context>
    <name>ChoiceListEditor</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Other (own wording)</source>
        <translation>Иное (собственный вариант)</translation>
    </message>
    <message>
        <source>Add own</source>
        <translation>Добавить свой</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>%1 of %2–%3 answers</source>
        <translation>Выбрано: %1 (нужно %2–%3)</translation>
    </message>
</context>
<context>
    <name>DataTasks</name>
    <message>
        <source>row %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>value &apos;%1&apos;</source>
        <translation>значение «%1»</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Опрос:</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>Анкета:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>There is no campaign yet: create one on the Campaigns page first.</source>
        <translation>Опросов пока нет: сначала создайте опрос на странице «Опросы».</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Paper &amp;template…</source>
        <translation>&amp;Шаблон для бумажных анкет…</translation>
    </message>
    <message>
        <source>Import &amp;paper questionnaires…</source>
        <translation>Импорт &amp;бумажных анкет…</translation>
    </message>
    <message>
        <source>&amp;Export answers…</source>
        <translation>&amp;Экспорт ответов…</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>&amp;Импорт ответов…</translation>
    </message>
    <message>
        <source>A consistent copy of the database, safe while kiosks are working</source>
        <translation>Целостная копия базы данных; можно делать, пока работают киоски</translation>
    </message>
    <message>
        <source>Replace the database with a checked backup; the current one is kept beside it</source>
        <translation>Заменить базу данных проверенной резервной копией; текущая сохраняется рядом</translation>
    </message>
    <message>
        <source>An Excel form for entering paper questionnaires</source>
        <translation>Форма Excel для ввода бумажных анкет</translation>
    </message>
    <message>
        <source>Add filled-in paper questionnaires (Excel or CSV) to a campaign</source>
        <translation>Добавить заполненные бумажные анкеты (Excel или CSV) в опрос</translation>
    </message>
    <message>
        <source>A campaign&apos;s anonymous answers from this PC, for the HR PC</source>
        <translation>Анонимные ответы опроса с этого компьютера — для компьютера кадровой службы</translation>
    </message>
    <message>
        <source>Add answers exported on a kiosk PC to a campaign</source>
        <translation>Добавить в опрос ответы, выгруженные на компьютере-киоске</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: back it up with the server&apos;s tools (pg_dump).</source>
        <translation>Эта база данных находится на сервере PostgreSQL: делайте ее резервные копии средствами сервера (pg_dump).</translation>
    </message>
    <message>
        <source>Motivdesk database (*.db)</source>
        <translation>База данных Motivdesk (*.db)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Запись резервной копии…</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Не удалось записать резервную копию: %1</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Резервная копия записана: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>The database will be replaced by the backup you choose. It is checked first; the current database is kept beside it. Every kiosk and other workspace using this database must be closed. Continue?</source>
        <translation>База данных будет заменена выбранной резервной копией. Сначала копия проверяется; текущая база данных сохраняется рядом. Все киоски и другие рабочие места, работающие с этой базой, должны быть закрыты. Продолжить?</translation>
    </message>
    <message>
        <source>Motivdesk database (*.db);;All files (*)</source>
        <translation>База данных Motivdesk (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>Восстановление базы данных…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>Your account is not in the restored database as it was: Motivdesk closes now; start it again and sign in.</source>
        <translation>В восстановленной базе данных вашей учетной записи нет в прежнем виде: Motivdesk сейчас закроется; запустите программу снова и войдите.</translation>
    </message>
    <message>
        <source>Paper template</source>
        <translation>Шаблон для бумажных анкет</translation>
    </message>
    <message>
        <source>Template written: %1</source>
        <translation>Шаблон записан: %1</translation>
    </message>
    <message>
        <source>Import paper questionnaires</source>
        <translation>Импорт бумажных анкет</translation>
    </message>
    <message>
        <source>Checking and importing the questionnaires…</source>
        <translation>Проверка и импорт анкет…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и еще %1</translation>
    </message>
    <message>
        <source>%1 was refused; nothing was changed</source>
        <translation>%1 отклонен; ничего не изменено</translation>
    </message>
    <message>
        <source>%1 questionnaires added, %2 were already here</source>
        <translation>Добавлено анкет: %1, уже были в базе: %2</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Экспорт ответов</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Импорт ответов</translation>
    </message>
</context>
<context>
    <name>DemographicsPage</name>
    <message>
        <source>A few questions about you</source>
        <translation>Несколько вопросов о Вас</translation>
    </message>
    <message>
        <source>All optional. They are used only for group figures, and no figure is ever shown for a group of fewer people than the anonymity threshold.</source>
        <translation>Все ответы необязательны. Они используются только для групповых показателей, и никакие показатели не выводятся для группы меньше порога анонимности.</translation>
    </message>
    <message>
        <source>Your department</source>
        <translation>Ваше подразделение</translation>
    </message>
    <message>
        <source>Your length of service in the organisation</source>
        <translation>Ваш стаж работы в организации</translation>
    </message>
    <message>
        <source>Do you hold a managerial position?</source>
        <translation>Занимаете ли Вы руководящую должность?</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <source>Headcount 0 for: %1. Participation of these departments cannot be measured against the 35 % target. Save anyway?</source>
        <translation>Штатная численность 0: %1. Участие этих подразделений нельзя сравнить с целевыми 35 %. Все равно сохранить?</translation>
    </message>
    <message>
        <source>Organisation and departments</source>
        <translation>Организация и подразделения</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Drivers</name>
    <message>
        <source>act first</source>
        <translation>действовать в первую очередь</translation>
    </message>
    <message>
        <source>maintain</source>
        <translation>поддерживать</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>наблюдать</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>второстепенно</translation>
    </message>
    <message>
        <source>Key drivers need the job satisfaction questionnaire (Batarshev) or the reasons for leaving, and the satisfaction questionnaire, in the same campaign.</source>
        <translation>Для ключевых факторов нужны в одном опросе анкета удовлетворенности факторами труда и анкета удовлетворенности трудом (Батаршев) или причины увольнения.</translation>
    </message>
    <message>
        <source>Key drivers are not shown: fewer than %1 respondents of this selection answered both the satisfaction questionnaire and the job satisfaction questionnaire. With fewer people a rank correlation swings too much to rely on. The minimum is an office setting (Settings).</source>
        <translation>Ключевые факторы не показаны: в этой выборке меньше %1 респондентов ответили и на анкету удовлетворенности факторами труда, и на анкету удовлетворенности трудом. На меньшем числе людей ранговая корреляция слишком неустойчива, чтобы на нее опираться. Минимум задается в настройках организации (Настройки).</translation>
    </message>
    <message>
        <source>Key drivers are not shown: fewer than %1 respondents of this selection answered both the satisfaction questionnaire and the reasons for leaving. With fewer people a rank correlation swings too much to rely on. The minimum is an office setting (Settings).</source>
        <translation>Ключевые факторы не показаны: в этой выборке меньше %1 респондентов ответили и на анкету удовлетворенности факторами труда, и на анкету причин увольнения. На меньшем числе людей ранговая корреляция слишком неустойчива, чтобы на нее опираться. Минимум задается в настройках организации (Настройки).</translation>
    </message>
    <message>
        <source>fewer than %1 respondents rated it</source>
        <translation>оценили меньше %1 респондентов</translation>
    </message>
    <message>
        <source>everyone gave the same answer: no relation can be measured</source>
        <translation>все ответили одинаково: связь измерить нельзя</translation>
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
        <translation>Фактор или параметр</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Level (0–5)</source>
        <translation>Уровень (0–5)</translation>
    </message>
    <message>
        <source>ρ satisfaction</source>
        <translation>ρ удовлетвор.</translation>
    </message>
    <message>
        <source>ρ leaving</source>
        <translation>ρ уход</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>job satisfaction (Batarshev total)</source>
        <translation>удовлетворенностью трудом (общей, Батаршев)</translation>
    </message>
    <message>
        <source>the pull to leave (reasons for leaving), sign reversed</source>
        <translation>причинами увольнения (знак обратный)</translation>
    </message>
    <message>
        <source>Act first: %1.</source>
        <translation>Действовать в первую очередь: %1.</translation>
    </message>
    <message>
        <source>No factor here both goes strongly with satisfaction and is rated low: nothing to act on first.</source>
        <translation>Здесь нет фактора, который одновременно сильно связан с удовлетворенностью и оценен низко: первоочередных нет.</translation>
    </message>
    <message>
        <source>Current level: mean satisfaction (0–5)</source>
        <translation>Текущий уровень: средняя удовлетворенность (0–5)</translation>
    </message>
    <message>
        <source>Relation (ρ) with %1</source>
        <translation>Связь (ρ) с %1</translation>
    </message>
    <message>
        <source>Rank correlation ρ (Spearman): +1 — those who rate the factor higher are the more satisfied, 0 — no relation. Strong: ρ at least %2 and beyond chance for its N. Low level: below %3. Minimum %1 respondents. A relation is not a cause: ask people before acting. ρ satisfaction: with job satisfaction; ρ leaving: with the reasons for leaving (below zero: the more satisfied with the factor, the weaker the reasons to leave).</source>
        <translation>Ранговая корреляция ρ (Спирмен): +1 — кто выше оценивает фактор, тот и более удовлетворен, 0 — связи нет. Сильная связь: ρ не меньше %2 и не объясняется случайностью при данном N. Низкий уровень: ниже %3. Минимум %1 респондентов. Связь — не причина: прежде чем действовать, спросите людей. ρ удовлетвор. — с удовлетворенностью трудом; ρ уход — с причинами увольнения (меньше нуля: чем выше удовлетворенность фактором, тем слабее причины уйти).</translation>
    </message>
    <message>
        <source>Level %1, ρ with satisfaction %2, ρ with leaving %3, N %4</source>
        <translation>Уровень %1, ρ с удовлетворенностью %2, ρ с причинами увольнения %3, N %4</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Motivation parameters</source>
        <translation>Параметры мотивации</translation>
    </message>
    <message>
        <source>Satisfaction factors</source>
        <translation>Факторы удовлетворенности</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>New employee</source>
        <translation>Новый работник</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Работник</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Ф. И. О.:</translation>
    </message>
    <message>
        <source>Personnel number:</source>
        <translation>Табельный номер:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <source>Position (Russian):</source>
        <translation>Должность (на русском):</translation>
    </message>
    <message>
        <source>Position (Kazakh):</source>
        <translation>Должность (на казахском):</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Руководитель:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Hired on:</source>
        <translation>Дата приема:</translation>
    </message>
    <message>
        <source>heads a unit (the tests ask managers their own questions)</source>
        <translation>руководит подразделением (тесты задают руководителям свои вопросы)</translation>
    </message>
    <message>
        <source>optional; matches the staff list on re-import</source>
        <translation>необязательно; по нему находится строка при повторном импорте</translation>
    </message>
    <message>
        <source>shown on Kazakh screens and cards</source>
        <translation>показывается на казахских экранах и в карточках</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>known</source>
        <translation>известна</translation>
    </message>
    <message>
        <source>Former employee: kept for the cards and test results that name him.</source>
        <translation>Выбывший работник: хранится ради карточек и результатов тестов, где он назван.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) or named test session(s) refer to this employee.</source>
        <translation>
            <numerusform>Карточек и именных тестирований с этим работником: %n.</numerusform>
            <numerusform>Карточек и именных тестирований с этим работником: %n.</numerusform>
            <numerusform>Карточек и именных тестирований с этим работником: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Personnel No.</source>
        <translation>Таб. №</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>active</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>former</source>
        <translation>выбыл</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все подразделения</translation>
    </message>
    <message>
        <source>Cards or named test sessions refer to this employee: deactivate instead.</source>
        <translation>На работника ссылаются карточки или именные тестирования: вместо удаления отметьте его как выбывшего.</translation>
    </message>
    <message>
        <source>Delete an entry made by mistake</source>
        <translation>Удалить запись, внесенную по ошибке</translation>
    </message>
    <message>
        <source>Make active again</source>
        <translation>Вернуть в штат</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Отметить как выбывшего</translation>
    </message>
    <message>
        <source>Bring the former employee back to the staff list</source>
        <translation>Вернуть выбывшего работника в список сотрудников</translation>
    </message>
    <message>
        <source>Mark as no longer working here: kept for the history of cards and sessions, left out of lists</source>
        <translation>Отметить как выбывшего: запись сохраняется для истории карт и тестирований, но не показывается в списках</translation>
    </message>
    <message>
        <source>%1 will no longer be listed, nor offered for named sessions and new cards. His cards and test results are kept. Deactivate?</source>
        <translation>%1 больше не будет в списке, для именных тестирований и новых карточек. Его карточки и результаты тестов сохранятся. Отметить как выбывшего?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete %1 from the register? Use this only for an entry made by mistake.</source>
        <translation>Удалить %1 из реестра? Только для записи, внесенной по ошибке.</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Работники</translation>
    </message>
    <message>
        <source>Staff list template</source>
        <translation>Шаблон списка работников</translation>
    </message>
    <message>
        <source>staff-list.xlsx</source>
        <translation>список-работников.xlsx</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Import the staff list</source>
        <translation>Импорт списка работников</translation>
    </message>
    <message>
        <source>Staff list (*.xlsx *.csv)</source>
        <translation>Список работников (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1: добавлено %2, обновлено %3, без изменений %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported; nothing was changed. Correct these %n problem(s) and import the file again:</source>
        <translation>
            <numerusform>%1 не загружен; ничего не изменено. Исправьте ошибки (%n) и загрузите файл снова:</numerusform>
            <numerusform>%1 не загружен; ничего не изменено. Исправьте ошибки (%n) и загрузите файл снова:</numerusform>
            <numerusform>%1 не загружен; ничего не изменено. Исправьте ошибки (%n) и загрузите файл снова:</numerusform>
        </translation>
    </message>
    <message>
        <source>Employees are needed for named test sessions and personal, growth and career cards; anonymous campaigns never record who answered. Add employees one by one, or import the staff list from Excel (download the template first).</source>
        <translation>Работники нужны для именных тестирований и личных карточек, карточек развития и карьеры; анонимные опросы никогда не записывают, кто отвечал. Добавьте работников по одному или загрузите список из Excel (сначала скачайте шаблон).</translation>
    </message>
    <message>
        <source>Add an employee…</source>
        <translation>Добавить работника…</translation>
    </message>
    <message>
        <source>No departments yet</source>
        <translation>Подразделений пока нет</translation>
    </message>
    <message>
        <source>Every employee belongs to a department. Set up the organisation and its departments first, then add employees or import the staff list.</source>
        <translation>Каждый работник относится к подразделению. Сначала задайте организацию и ее подразделения, затем добавьте работников или загрузите их список.</translation>
    </message>
    <message>
        <source>Set up departments…</source>
        <translation>Задать подразделения…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Add an employee</source>
        <translation>Добавить работника</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit or move to another department</source>
        <translation>Изменить или перевести в другое подразделение</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Загрузить список…</translation>
    </message>
    <message>
        <source>Add and update employees from an Excel or CSV list; a file with any problem is refused whole</source>
        <translation>Добавить и обновить работников из списка Excel или CSV; файл хотя бы с одной ошибкой не загружается целиком</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Шаблон…</translation>
    </message>
    <message>
        <source>Save the Excel template of the staff list</source>
        <translation>Сохранить шаблон Excel для списка работников</translation>
    </message>
    <message>
        <source>Named test session…</source>
        <translation>Именное тестирование…</translation>
    </message>
    <message>
        <source>Let the selected employee take tests under their name for a personal card (not anonymous)</source>
        <translation>Провести именное тестирование выбранного работника для личной карты (не анонимно)</translation>
    </message>
    <message>
        <source>Search by name, personnel number or position (Ctrl+F)</source>
        <translation>Поиск по Ф. И. О., табельному номеру или должности (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show former employees</source>
        <translation>Показать выбывших работников</translation>
    </message>
    <message>
        <source>Import the staff list…</source>
        <translation>Загрузить список работников…</translation>
    </message>
    <message>
        <source>Download the template…</source>
        <translation>Скачать шаблон…</translation>
    </message>
    <message>
        <source>No employees yet</source>
        <translation>Работников пока нет</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>HeadlineView</name>
    <message>
        <source>No survey campaign yet.</source>
        <translation>Опросов пока нет.</translation>
    </message>
    <message>
        <source>Headline figures (as on page 1 of the report)</source>
        <translation>Главные цифры (как на первой странице отчета)</translation>
    </message>
    <message>
        <source>Latest campaign: %1 (%2 – %3, %4)</source>
        <translation>Последний опрос: %1 (%2 – %3, %4)</translation>
    </message>
    <message>
        <source>Campaign: %1 (%2 – %3, %4)</source>
        <translation>Опрос: %1 (%2 – %3, %4)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 из %2 (%3)</translation>
    </message>
    <message>
        <source>at least 35 % taken part</source>
        <translation>требование (не менее 35 %) выполнено</translation>
    </message>
    <message>
        <source>below the 35 % the methodology asks</source>
        <translation>ниже требуемых методикой 35 %</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Участие в опросе</translation>
    </message>
    <message>
        <source>previous campaign: %1</source>
        <translation>предыдущий опрос: %1</translation>
    </message>
    <message>
        <source>previous campaign «%1»: %2, change %3</source>
        <translation>предыдущий опрос «%1»: %2, изменение %3</translation>
    </message>
    <message>
        <source>Integral motivation level</source>
        <translation>Интегральный уровень мотивации</translation>
    </message>
    <message>
        <source>Strongest motivators</source>
        <translation>Наиболее значимые мотиваторы</translation>
    </message>
    <message>
        <source>%1: significance %2, satisfaction %3</source>
        <translation>%1: значимость %2, удовлетворенность %3</translation>
    </message>
    <message>
        <source>Reserves: satisfaction below significance</source>
        <translation>Резервы: удовлетворенность ниже значимости</translation>
    </message>
    <message>
        <source>%1 (gap %2)</source>
        <translation>%1 (разрыв %2)</translation>
    </message>
    <message>
        <source>Key demotivators</source>
        <translation>Ключевые демотиваторы</translation>
    </message>
    <message>
        <source>%1: %2 rated it 0–2</source>
        <translation>%1: %2 оценили на 0–2 балла</translation>
    </message>
    <message>
        <source>Main reasons to leave</source>
        <translation>Основные причины увольнения</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>high %1, medium %2, low %3</source>
        <translation>высокая %1, средняя %2, низкая %3</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>изменение %1</translation>
    </message>
    <message>
        <source>Job satisfaction (% of maximum)</source>
        <translation>Удовлетворенность трудом (% от максимума)</translation>
    </message>
    <message>
        <source>Mixed type</source>
        <translation>Смешанный тип</translation>
    </message>
    <message>
        <source>Gerchikov types (people)</source>
        <translation>Типы мотивации по Герчикову (чел.)</translation>
    </message>
    <message>
        <source>beyond noise</source>
        <translation>сверх случайных колебаний</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <source>within noise, not a change</source>
        <translation>в пределах случайных колебаний, это не изменение</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Значимость</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Удовлетворенность</translation>
    </message>
    <message>
        <source>Reasons for leaving</source>
        <translation>Причины увольнения</translation>
    </message>
    <message>
        <source>Job satisfaction</source>
        <translation>Удовлетворенность трудом</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Климат</translation>
    </message>
    <message>
        <source>Motivation types</source>
        <translation>Типы мотивации</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>IdleBar</name>
    <message>
        <source>Are you still there? This questionnaire will close in %1 s; the answers given so far will be kept apart and will not be counted in the results.</source>
        <translation>Вы еще здесь? Анкета закроется через %1 с; ответы, которые Вы успели дать, сохранятся отдельно и не войдут в результаты.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Я здесь</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Net turnover</source>
        <translation>Чистая текучесть персонала</translation>
    </message>
    <message>
        <source>Leavers from the body</source>
        <translation>Выбывшие из государственного органа</translation>
    </message>
    <message>
        <source>Staff stability</source>
        <translation>Стабильность кадрового состава</translation>
    </message>
    <message>
        <source>First-year turnover</source>
        <translation>Текучесть впервые принятых работников</translation>
    </message>
    <message>
        <source>Staff circulation</source>
        <translation>Оборот кадров</translation>
    </message>
    <message>
        <source>Exit-interview coverage</source>
        <translation>Охват выходным интервью</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Average headcount</source>
        <translation>Среднесписочная численность</translation>
    </message>
    <message>
        <source>Left the civil service</source>
        <translation>Уволились с государственной службы</translation>
    </message>
    <message>
        <source>Left the body (all reasons)</source>
        <translation>Выбыли из органа (по всем причинам)</translation>
    </message>
    <message>
        <source>Left in their first year</source>
        <translation>Уволились в первый год службы</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Уволено</translation>
    </message>
    <message>
        <source>Over 3 years&apos; continuous service</source>
        <translation>Непрерывный стаж в органе более 3 лет</translation>
    </message>
    <message>
        <source>Exit interviews held</source>
        <translation>Проведено выходных интервью</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Net turnover, change (points)</source>
        <translation>Чистая текучесть, изменение (п. п.)</translation>
    </message>
    <message>
        <source>Not shown: the inputs it needs were not entered for this year.</source>
        <translation>Не показано: для этого года не введены нужные данные.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Above the critical level of %1 %</source>
        <translation>Выше критического уровня %1 %</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Replace the year?</source>
        <translation>Заменить данные года?</translation>
    </message>
    <message>
        <source>Movements of %1 are already entered. Replace them?</source>
        <translation>Движение кадров за %1 год уже введено. Заменить?</translation>
    </message>
    <message>
        <source>Delete the year?</source>
        <translation>Удалить данные года?</translation>
    </message>
    <message>
        <source>Delete the movements of %1?</source>
        <translation>Удалить движение кадров за %1 год?</translation>
    </message>
    <message>
        <source>Import staff movements</source>
        <translation>Импорт движения кадров</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Файл не принят</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed:</source>
        <translation>Файл %1 не импортирован; ничего не изменено:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>Years imported: %1</source>
        <translation>Импортировано лет: %1</translation>
    </message>
    <message>
        <source>Personnel indicators</source>
        <translation>Кадровые показатели</translation>
    </message>
    <message>
        <source>Add a year…</source>
        <translation>Добавить год…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <source>Enter one year&apos;s staff movements from the personnel report</source>
        <translation>Ввести движение кадров за год из кадрового отчета</translation>
    </message>
    <message>
        <source>Correct the selected year&apos;s figures</source>
        <translation>Исправить показатели выбранного года</translation>
    </message>
    <message>
        <source>Delete the selected year&apos;s figures</source>
        <translation>Удалить показатели выбранного года</translation>
    </message>
    <message>
        <source>Columns: year, average_headcount, left_civil_service; optional left_body, first_year_leavers, appointed, dismissed, over_3_years, exit_interviews</source>
        <translation>Столбцы: year, average_headcount, left_civil_service; необязательные left_body, first_year_leavers, appointed, dismissed, over_3_years, exit_interviews</translation>
    </message>
    <message>
        <source>Indicators of the personnel-management assessment of state bodies (net turnover, staff stability, first-year turnover, circulation, exit interviews), computed from the movements entered. Net turnover above %1 % is marked: the critical level. All shares are of the average headcount; exit interviews are of those who left the civil service.</source>
        <translation>Показатели оценки управления персоналом государственного органа (чистая текучесть, стабильность кадрового состава, текучесть впервые принятых, оборот кадров, выходные интервью), рассчитанные по введенному движению кадров. Чистая текучесть выше %1 % (критический уровень) выделена. Все доли — от среднесписочной численности; выходные интервью — от уволившихся с государственной службы.</translation>
    </message>
    <message>
        <source>No staff movements entered</source>
        <translation>Движение кадров не введено</translation>
    </message>
    <message>
        <source>Enter each year&apos;s average headcount and the numbers of people who left, were appointed or dismissed (from the personnel report), or import them from a CSV file. Set up the organisation in Settings first.</source>
        <translation>Введите по каждому году среднесписочную численность и число выбывших, назначенных и уволенных (из кадрового отчета) или импортируйте их из файла CSV. Сначала заполните сведения об организации в настройках.</translation>
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
        <translation>(структура файла)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>ожидается %1, а в файле — %2</translation>
    </message>
    <message>
        <source>must be an object with &apos;ru&apos; and &apos;kk&apos; texts</source>
        <translation>должно быть объектом с текстами &apos;ru&apos; и &apos;kk&apos;</translation>
    </message>
    <message>
        <source>is missing (every text needs both ru and kk)</source>
        <translation>отсутствует (каждый текст нужен и на русском — ru, и на казахском — kk)</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>должно быть непустым текстом</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>должно быть списком […]</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>должно быть непустым списком […]</translation>
    </message>
    <message>
        <source>must be an object with a &apos;text&apos;</source>
        <translation>должно быть объектом с полем &apos;text&apos;</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект {…}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список […]</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>текст в кавычках</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>null</source>
        <translation>пустое значение null</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>must be one of %1, not &apos;%2&apos;</source>
        <translation>должно быть одним из значений: %1 (а не &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>must be greater than min (%1)</source>
        <translation>должно быть больше min (%1)</translation>
    </message>
    <message>
        <source>label keys must be answer values</source>
        <translation>подписи можно давать только значениям ответа</translation>
    </message>
    <message>
        <source>is not an allowed value (%1..%2)</source>
        <translation>не является допустимым значением (%1..%2)</translation>
    </message>
    <message>
        <source>a split needs parts ≥ 2 and total ≥ 1</source>
        <translation>для распределения баллов нужно parts ≥ 2 и total ≥ 1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом {…}</translation>
    </message>
    <message>
        <source>must be &apos;%1&apos; (items are numbered in order, no gaps)</source>
        <translation>должно быть &apos;%1&apos; (вопросы нумеруются по порядку, без пропусков)</translation>
    </message>
    <message>
        <source>names no format in &apos;formats&apos;: &apos;%1&apos;</source>
        <translation>ссылается на формат, которого нет в &apos;formats&apos;: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>is missing (neither the item nor its format has options)</source>
        <translation>отсутствует (варианты ответа не заданы ни у вопроса, ни у его формата)</translation>
    </message>
    <message>
        <source>needs one number per option (%1)</source>
        <translation>нужно по одному числу на каждый вариант ответа (%1)</translation>
    </message>
    <message>
        <source>answer-count rule does not fit the options</source>
        <translation>правило о числе выбираемых ответов не подходит к вариантам ответа</translation>
    </message>
    <message>
        <source>needs %1 texts, has %2</source>
        <translation>нужно текстов: %1, задано: %2</translation>
    </message>
    <message>
        <source>only {&apos;is_manager&apos;: true|false} is supported</source>
        <translation>допускается только {&apos;is_manager&apos;: true|false}</translation>
    </message>
    <message>
        <source>names no item: &apos;%1&apos;</source>
        <translation>ссылается на несуществующий вопрос: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be sum, mean or percent_of_max, not &apos;%1&apos;</source>
        <translation>должно быть sum, mean или percent_of_max, а не &apos;%1&apos;</translation>
    </message>
    <message>
        <source>item %1 (%2) cannot be summed</source>
        <translation>баллы вопроса %1 (%2) нельзя суммировать</translation>
    </message>
    <message>
        <source>names no item</source>
        <translation>ссылается на несуществующий вопрос</translation>
    </message>
    <message>
        <source>is not a choice item</source>
        <translation>не является вопросом с выбором ответа</translation>
    </message>
    <message>
        <source>must map option numbers to lists of scale ids</source>
        <translation>должно сопоставлять номерам вариантов ответа списки идентификаторов шкал</translation>
    </message>
    <message>
        <source>is not an option number of %1 (1..%2)</source>
        <translation>не является номером варианта ответа вопроса %1 (1..%2)</translation>
    </message>
    <message>
        <source>must be a list of scale ids from %1</source>
        <translation>должно быть списком идентификаторов шкал из %1</translation>
    </message>
    <message>
        <source>has no entry for split item %1</source>
        <translation>нет записи для вопроса %1 с распределением баллов</translation>
    </message>
    <message>
        <source>names no split item</source>
        <translation>ссылается на несуществующий вопрос с распределением баллов</translation>
    </message>
    <message>
        <source>needs one scale id per part (%1)</source>
        <translation>нужно по одному идентификатору шкалы на каждую часть (%1)</translation>
    </message>
    <message>
        <source>names no scale: &apos;%1&apos;</source>
        <translation>ссылается на несуществующую шкалу: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>is %1 but the items&apos; totals add up to %2</source>
        <translation>равно %1, а сумма баллов по вопросам — %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>names no level band of scale &apos;%1&apos;: &apos;%2&apos;</source>
        <translation>ссылается на несуществующий диапазон уровня шкалы &apos;%1&apos;: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>must be an object with &apos;text&apos; (and optionally &apos;tools&apos;)</source>
        <translation>должно быть объектом с полем &apos;text&apos; (и, если нужно, &apos;tools&apos;)</translation>
    </message>
    <message>
        <source>must be one of %1: &apos;%2&apos;</source>
        <translation>должно быть одним из значений: %1 (указано &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>is nested too deeply</source>
        <translation>слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>has a value of an unexpected type (%1: %2)</source>
        <translation>содержит значение неожиданного типа (%1: %2)</translation>
    </message>
    <message>
        <source>must contain a JSON object</source>
        <translation>должен содержать объект JSON {…}</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>должно быть %1</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and &apos;_&apos;</source>
        <translation>может состоять только из строчных латинских букв, цифр и &apos;_&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the file name &apos;%2&apos;</source>
        <translation>&apos;%1&apos; не совпадает с именем файла &apos;%2&apos;</translation>
    </message>
    <message>
        <source>must be &apos;active&apos; or &apos;disabled&apos;</source>
        <translation>должно быть &apos;active&apos; (действует) или &apos;disabled&apos; (отключена)</translation>
    </message>
    <message>
        <source>must be &apos;questionnaire&apos; or &apos;test&apos;</source>
        <translation>должно быть &apos;questionnaire&apos; (анкета) или &apos;test&apos; (тест)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>&apos;%1&apos; встречается дважды</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; не входит в список: %2</translation>
    </message>
    <message>
        <source>only a factor_matrix questionnaire has factors a measure can name</source>
        <translation>факторы, на которые может ссылаться мероприятие, есть только у анкеты с методом factor_matrix</translation>
    </message>
    <message>
        <source>an active instrument needs items</source>
        <translation>у действующей методики должны быть вопросы</translation>
    </message>
    <message>
        <source>an active instrument needs scales</source>
        <translation>у действующей методики должны быть шкалы</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>ожидалось значение</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>не хватает запятой &apos;,&apos;</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>не хватает двоеточия &apos;:&apos;</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>ожидалось имя поля в двойных кавычках</translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation>текст в кавычках не закрыт</translation>
    </message>
    <message>
        <source>Invalid control character</source>
        <translation>недопустимый управляющий символ</translation>
    </message>
    <message>
        <source>Invalid escape after a backslash</source>
        <translation>недопустимый символ после обратной косой черты</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>лишние данные после конца JSON</translation>
    </message>
    <message>
        <source>Illegal trailing comma</source>
        <translation>лишняя запятая перед закрывающей скобкой</translation>
    </message>
    <message>
        <source>a number has too many digits</source>
        <translation>в числе слишком много цифр</translation>
    </message>
    <message>
        <source>is larger than %1 bytes</source>
        <translation>файл больше %1 байт</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>файл не является текстом в кодировке UTF-8</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, символ %2</translation>
    </message>
    <message>
        <source>is not valid JSON (%1)</source>
        <translation>файл не является корректным JSON (%1)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>файл не удается прочитать (%1)</translation>
    </message>
    <message>
        <source>is nested more than %1 levels deep</source>
        <translation>вложенность больше %1 уровней</translation>
    </message>
    <message>
        <source>cannot be loaded (%1: %2)</source>
        <translation>файл не удается загрузить (%1: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already played by &apos;%2&apos; (%3); a library has one instrument per role</source>
        <translation>роль &apos;%1&apos; уже выполняет методика &apos;%2&apos; (%3); одну роль может выполнять только одна методика</translation>
    </message>
</context>
<context>
    <name>InstrumentResult</name>
    <message>
        <source>Do you agree with this result?</source>
        <translation>Согласны ли Вы с этим результатом?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Why not? (optional)</source>
        <translation>Почему нет? (необязательно)</translation>
    </message>
</context>
<context>
    <name>Interpretation</name>
    <message>
        <source>Leading type: %1</source>
        <translation>Ведущий тип: %1</translation>
    </message>
    <message>
        <source>Mixed type: %1</source>
        <translation>Смешанный тип: %1</translation>
    </message>
    <message>
        <source>Motivation tools that suit you: %1</source>
        <translation>Подходящие Вам инструменты мотивации: %1</translation>
    </message>
    <message>
        <source>Most important to you: %1</source>
        <translation>Наиболее важно для Вас: %1</translation>
    </message>
    <message>
        <source>Least important to you: %1</source>
        <translation>Наименее важно для Вас: %1</translation>
    </message>
    <message>
        <source>Not enough answers to compute this result.</source>
        <translation>Недостаточно ответов для расчета результата.</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <source>Questions %1–%3 of %2</source>
        <translation>Вопросы %1–%3 из %2</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Выберите один ответ.</translation>
    </message>
    <message>
        <source>Choose as many answers as apply.</source>
        <translation>Выберите все подходящие ответы.</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n answer(s).</source>
        <translation>
            <numerusform>Выберите %n ответ.</numerusform>
            <numerusform>Выберите %n ответа.</numerusform>
            <numerusform>Выберите %n ответов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose from %1 to %2 answers.</source>
        <translation>Выберите от %1 до %2 ответов.</translation>
    </message>
    <message numerus="yes">
        <source>Share %n point(s) between the statements.</source>
        <translation>
            <numerusform>Распределите %n балл между утверждениями.</numerusform>
            <numerusform>Распределите %n балла между утверждениями.</numerusform>
            <numerusform>Распределите %n баллов между утверждениями.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskLaunch</name>
    <message>
        <source>There is no campaign with this number.</source>
        <translation>Опроса с таким номером нет.</translation>
    </message>
    <message>
        <source>The kiosk runs only for an open campaign: open it first.</source>
        <translation>Киоск работает только для открытого опроса: сначала откройте его.</translation>
    </message>
    <message>
        <source>Set a kiosk PIN for this campaign first.</source>
        <translation>Сначала задайте PIN-код киоска для этого опроса.</translation>
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
        <translation>Выход (кадровая служба): нажмите и удерживайте</translation>
    </message>
    <message>
        <source>Exit (HR)</source>
        <translation>Выход (кадровая служба)</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Далее →</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>The survey could not be started: the database is busy. Please try again in a moment.</source>
        <translation>Не удалось начать опрос: база данных занята. Пожалуйста, попробуйте еще раз чуть позже.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>This answer cannot be accepted as it is. Please change it.</source>
        <translation>Этот ответ нельзя принять в таком виде. Пожалуйста, измените его.</translation>
    </message>
    <message numerus="yes">
        <source>Please choose at least %n option(s) here.</source>
        <translation>
            <numerusform>Выберите не менее %n варианта.</numerusform>
            <numerusform>Выберите не менее %n вариантов.</numerusform>
            <numerusform>Выберите не менее %n вариантов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please choose no more than %n option(s) here.</source>
        <translation>
            <numerusform>Выберите не более %n варианта.</numerusform>
            <numerusform>Выберите не более %n вариантов.</numerusform>
            <numerusform>Выберите не более %n вариантов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The points must add up to %n.</source>
        <translation>
            <numerusform>Сумма баллов должна быть равна %n.</numerusform>
            <numerusform>Сумма баллов должна быть равна %n.</numerusform>
            <numerusform>Сумма баллов должна быть равна %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>End this session? The answers given so far are kept apart and will not be counted in the results.</source>
        <translation>Завершить сеанс? Ответы, которые уже даны, сохранятся отдельно и не войдут в результаты.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>excellent</source>
        <translation>отлично</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>очень хорошо</translation>
    </message>
    <message>
        <source>good</source>
        <translation>хорошо</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>приемлемо</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>удовлетворительно</translation>
    </message>
    <message>
        <source>unsatisfactory</source>
        <translation>неудовлетворительно</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <source>%1 %2

Measures and manages the work motivation of civil servants: anonymous surveys, motivation tests and motivational cards.</source>
        <translation>%1 %2

Оценка и управление трудовой мотивацией государственных служащих: анонимные опросы, тесты мотивации и мотивационные карты.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Опросы</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карты</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Работники</translation>
    </message>
    <message>
        <source>Personnel indicators</source>
        <translation>Кадровые показатели</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>Открыть &amp;демонстрационную базу</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Setup assistant…</source>
        <translation>&amp;Мастер настройки…</translation>
    </message>
    <message>
        <source>Organisation, departments, staff list and a second administrator, step by step</source>
        <translation>Организация, подразделения, список сотрудников и второй администратор — по шагам</translation>
    </message>
    <message>
        <source>The user guide, at the part about this page (F1)</source>
        <translation>Руководство пользователя, раздел об этой странице (F1)</translation>
    </message>
</context>
<context>
    <name>MovementsDialog</name>
    <message>
        <source>Staff movements of a year</source>
        <translation>Движение кадров за год</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>Leave a field at "not known" when the personnel report does not give it: the indicators that need it are not shown.</source>
        <translation>Оставьте «нет данных», если в кадровом отчете этой цифры нет: показатели, которым она нужна, не выводятся.</translation>
    </message>
</context>
<context>
    <name>NamedSessionDialog</name>
    <message>
        <source>Named test session</source>
        <translation>Именное тестирование</translation>
    </message>
    <message>
        <source>Tests to take:</source>
        <translation>Тесты:</translation>
    </message>
    <message>
        <source>The employee has agreed to take these tests under his name (consent recorded today).</source>
        <translation>Работник согласен пройти эти тесты под своим именем (согласие зафиксировано сегодня).</translation>
    </message>
    <message>
        <source>Afterwards, let the employee fill his part of the personal motivational card (motivators, demotivators, motivation instruments, proposals).</source>
        <translation>Затем работник заполнит свою часть персональной мотивационной карты (мотиваторы, демотиваторы, инструменты мотивации, предложения).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
</context>
<context>
    <name>NationalTargets</name>
    <message>
        <source>Civil servants satisfied with their material situation</source>
        <translation>Доля государственных служащих, удовлетворенных своим материальным положением</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Department head</source>
        <translation>Руководитель подразделения</translation>
    </message>
    <message>
        <source>HR administrator</source>
        <translation>Администратор кадровой службы</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новая учетная запись</translation>
    </message>
    <message>
        <source>Tick the departments this head may see.</source>
        <translation>Отметьте подразделения, которые видит этот руководитель.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>Это имя пользователя уже занято.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>This survey was closed</source>
        <translation>Этот опрос закрыт</translation>
    </message>
    <message>
        <source>Your survey was ended from another computer (for example by the HR staff), so answers can no longer be added to it. The answers saved before that are kept but do not count as a completed survey. Please start again from the beginning.</source>
        <translation>Ваш опрос был завершен с другого компьютера (например, сотрудником отдела кадров), поэтому добавить в него ответы уже нельзя. Ответы, сохраненные до этого, остаются, но не считаются завершенным опросом. Пожалуйста, начните опрос заново, с самого начала.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
</context>
<context>
    <name>OrganisationWidget</name>
    <message>
        <source>a name is required</source>
        <translation>нужно название</translation>
    </message>
    <message>
        <source>the headcount cannot be negative</source>
        <translation>численность не может быть отрицательной</translation>
    </message>
    <message>
        <source>this name is used twice</source>
        <translation>название повторяется</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Organisation and departments</source>
        <translation>Организация и подразделения</translation>
    </message>
    <message>
        <source>Name (Russian):</source>
        <translation>Название (рус.):</translation>
    </message>
    <message>
        <source>Name (Kazakh):</source>
        <translation>Название (каз.):</translation>
    </message>
    <message>
        <source>Department (Russian)</source>
        <translation>Подразделение (рус.)</translation>
    </message>
    <message>
        <source>Department (Kazakh)</source>
        <translation>Подразделение (каз.)</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Численность</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Добавить подразделение</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Add a row for a new department; type its names and headcount, then save</source>
        <translation>Добавить строку для нового подразделения; введите названия и численность, затем сохраните</translation>
    </message>
    <message>
        <source>Remove the selected department from the list (it takes effect when you save)</source>
        <translation>Убрать выбранное подразделение из списка (вступает в силу при сохранении)</translation>
    </message>
    <message>
        <source>Save the organisation and its departments</source>
        <translation>Сохранить организацию и ее подразделения</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Computing…</source>
        <translation>Расчет…</translation>
    </message>
    <message>
        <source>The overview failed: %1</source>
        <translation>Не удалось построить обзор: %1</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Участие</translation>
    </message>
    <message>
        <source>Nothing needs doing right now.</source>
        <translation>Сейчас ничего делать не нужно.</translation>
    </message>
    <message>
        <source>Campaign «%1» is open and only %2 of the headcount have taken part (%3 people); the methodology asks for at least 35 %.</source>
        <translation>Опрос «%1» открыт, и пока в нем приняли участие только %2 штатной численности (%3 чел.); методика требует не менее 35 %.</translation>
    </message>
    <message>
        <source>Open the campaign</source>
        <translation>Открыть опрос</translation>
    </message>
    <message>
        <source>%1 card(s) have plan items past their deadline (%2 items).</source>
        <translation>Карт с просроченными пунктами плана: %1 (пунктов: %2).</translation>
    </message>
    <message>
        <source>Show overdue cards</source>
        <translation>Показать просроченные</translation>
    </message>
    <message>
        <source>%1 card(s) are due for their yearly review within 30 days.</source>
        <translation>Карт, у которых в ближайшие 30 дней срок ежегодного пересмотра: %1.</translation>
    </message>
    <message>
        <source>Open the cards</source>
        <translation>Открыть карты</translation>
    </message>
    <message>
        <source>The organisation has no departments yet: add them with their headcounts.</source>
        <translation>В организации еще нет подразделений: добавьте их со штатной численностью.</translation>
    </message>
    <message>
        <source>Setup assistant…</source>
        <translation>Мастер настройки…</translation>
    </message>
    <message>
        <source>No employees yet: type the staff list or import it from Excel.</source>
        <translation>Сотрудников пока нет: введите штатный список или загрузите его из Excel.</translation>
    </message>
    <message>
        <source>Open the employees</source>
        <translation>Открыть сотрудников</translation>
    </message>
    <message>
        <source>No survey campaign yet: create the first one.</source>
        <translation>Опросов пока нет: создайте первый.</translation>
    </message>
    <message>
        <source>Open the campaigns</source>
        <translation>Открыть опросы</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Open the analysis</source>
        <translation>Открыть анализ</translation>
    </message>
    <message>
        <source>All figures of this campaign, with filters by department and group</source>
        <translation>Все показатели этого опроса с фильтрами по подразделениям и группам</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <source>You head several departments: the figures are shown for one department at a time, each under the anonymity rule</source>
        <translation>Вы руководите несколькими подразделениями: показатели показываются для одного подразделения за раз, каждое по правилу анонимности</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>С чего начать</translation>
    </message>
    <message>
        <source>The database is empty. First set up the organisation, its departments with headcounts and the staff list (typed or imported from Excel); then create the first survey campaign. Or open the demo database to look around.</source>
        <translation>База данных пуста. Сначала укажите организацию, ее подразделения со штатной численностью и штатный список (вручную или из Excel); затем создайте первый опрос. Или откройте демонстрационную базу, чтобы осмотреться.</translation>
    </message>
    <message>
        <source>The organisation is not set up yet. Ask the HR administrator.</source>
        <translation>Организация еще не настроена. Обратитесь к администратору кадровой службы.</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Открыть демонстрационную базу</translation>
    </message>
</context>
<context>
    <name>OwnVariant</name>
    <message>
        <source>Your own factor, in a few words (optional)</source>
        <translation>Ваш собственный фактор в нескольких словах (необязательно)</translation>
    </message>
</context>
<context>
    <name>PersonalCardPage</name>
    <message>
        <source>Your personal motivational card</source>
        <translation>Ваша персональная мотивационная карта</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Выход из режима киоска</translation>
    </message>
    <message>
        <source>HR officer&apos;s PIN:</source>
        <translation>PIN-код кадровой службы:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Слишком много неверных PIN-кодов. Повторите через %1 с.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
</context>
<context>
    <name>PlanTableEditor</name>
    <message>
        <source>Kind of activity</source>
        <translation>Вид мероприятия</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Form / kind</source>
        <translation>Форма / вид</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <source>Confirming document</source>
        <translation>Подтверждающий документ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Result, assessment</source>
        <translation>Результат, оценка</translation>
    </message>
    <message>
        <source>The questionnaire factor this measure should improve: the next campaign&apos;s report shows how that factor changed</source>
        <translation>Фактор анкеты, на который направлена мера: в отчете следующего опроса будет показано, как он изменился</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Factor addressed</source>
        <translation>На какой фактор направлена</translation>
    </message>
</context>
<context>
    <name>PointSplit</name>
    <message>
        <source>Points left to give: %1</source>
        <translation>Осталось распределить баллов: %1</translation>
    </message>
    <message>
        <source>All points are given (%1) ✓</source>
        <translation>Все баллы распределены (%1) ✓</translation>
    </message>
    <message>
        <source>Points too many: %1 — take them back</source>
        <translation>Лишних баллов: %1 — уберите их</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Language of the document:</source>
        <translation>Язык документа:</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Сохранить в формате Word</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>Folder for the Word files</source>
        <translation>Папка для файлов Word</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>Папка для PDF</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Не удалось открыть принтер.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Принтер не принял новую страницу.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Подготовка страниц…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Отправка страниц на принтер…</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Hidden: fewer than %1 respondents in this group.</source>
        <translation>Скрыто: в этой группе меньше %1 респондентов.</translation>
    </message>
    <message>
        <source>Hidden: the rest of the group would be fewer than %1 respondents, and could be worked out by subtraction.</source>
        <translation>Скрыто: в остальной части группы было бы меньше %1 респондентов, и их ответы можно было бы вычислить вычитанием.</translation>
    </message>
    <message>
        <source>Hidden together with a smaller hidden group, so that it cannot be worked out from the total (fewer than %1 respondents).</source>
        <translation>Скрыто вместе с меньшей скрытой группой, чтобы ее нельзя было вычислить из итога (меньше %1 респондентов).</translation>
    </message>
    <message>
        <source>The campaign is still open: only participation is shown. The figures appear when the campaign is closed, so that no figure changes with one more finished questionnaire.</source>
        <translation>Опрос еще открыт: показано только участие. Показатели появятся после закрытия опроса, чтобы ни одна цифра не менялась от еще одной заполненной анкеты.</translation>
    </message>
    <message>
        <source>This campaign does not cover any of your departments: nothing can be shown.</source>
        <translation>Этот опрос не охватывает ни одно из ваших подразделений: показать нечего.</translation>
    </message>
    <message>
        <source>Choose one of your departments to see its figures.</source>
        <translation>Выберите одно из ваших подразделений, чтобы увидеть его показатели.</translation>
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
        <translation>Сравнить с:</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Сохранить диаграмму…</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никем</translation>
    </message>
    <message>
        <source>Group mean (%1 people)</source>
        <translation>Среднее по группе (%1 чел.)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Motivation survey report</source>
        <translation>Отчет об опросе по оценке мотивации</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Участие в опросе</translation>
    </message>
    <message>
        <source>Department not given</source>
        <translation>Подразделение не указано</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденты</translation>
    </message>
    <message>
        <source>The methodology recommends that at least 35 % of the staff take part.</source>
        <translation>Методика рекомендует охватить опросом не менее 35 % работников.</translation>
    </message>
    <message>
        <source>×: hidden to protect anonymity (too few respondents in the group).</source>
        <translation>×: скрыто для защиты анонимности (слишком мало респондентов в группе).</translation>
    </message>
    <message>
        <source>Figure %1 – %2</source>
        <translation>Рисунок %1 – %2</translation>
    </message>
    <message>
        <source>Group covered</source>
        <translation>Охваченная группа</translation>
    </message>
    <message>
        <source>Compared with the previous campaign</source>
        <translation>Сравнение с предыдущим опросом</translation>
    </message>
    <message>
        <source>length of service</source>
        <translation>стаж</translation>
    </message>
    <message>
        <source>women</source>
        <translation>женщины</translation>
    </message>
    <message>
        <source>men</source>
        <translation>мужчины</translation>
    </message>
    <message>
        <source>managers</source>
        <translation>руководители</translation>
    </message>
    <message>
        <source>staff (non-managers)</source>
        <translation>специалисты (не руководители)</translation>
    </message>
    <message>
        <source>sessions flagged for answer quality left out</source>
        <translation>анкеты, отмеченные по качеству ответов, исключены</translation>
    </message>
    <message>
        <source>all respondents</source>
        <translation>все респонденты</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Краткие выводы для руководства</translation>
    </message>
    <message>
        <source>The results show a good level of self-motivation and motivation of the staff; the motivation system does not need significant corrections.</source>
        <translation>Результаты свидетельствуют о хорошем уровне самомотивации и мотивации работников; система мотивации не требует значительных корректировок.</translation>
    </message>
    <message>
        <source>Since the previous campaign «%1» the motivation level has changed from %2 to %3: a change beyond noise.</source>
        <translation>По сравнению с предыдущим опросом «%1» уровень мотивации изменился с %2 до %3: изменение сверх случайных колебаний.</translation>
    </message>
    <message>
        <source>Against the previous campaign «%1» (%2, now %3) the motivation level shows no change beyond noise.</source>
        <translation>По сравнению с предыдущим опросом «%1» (%2, сейчас %3) уровень мотивации не изменился сверх случайных колебаний.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>ранее: %1</translation>
    </message>
    <message>
        <source>at least 35 % taken part</source>
        <translation>требование (не менее 35 %) выполнено</translation>
    </message>
    <message>
        <source>below the 35 % the methodology asks</source>
        <translation>ниже требуемых методикой 35 %</translation>
    </message>
    <message>
        <source>Fewer than 35 % of the staff took part: the methodology asks for at least 35 % to define the organisation&apos;s motivation strategy.</source>
        <translation>В опросе участвовало менее 35 % работников: для определения мотивационной стратегии организации методика требует участия не менее 35 %.</translation>
    </message>
    <message>
        <source>high %1, medium %2, low %3</source>
        <translation>высокая %1, средняя %2, низкая %3</translation>
    </message>
    <message>
        <source>Job satisfaction (% of maximum)</source>
        <translation>Удовлетворенность трудом (% от максимума)</translation>
    </message>
    <message>
        <source>Low satisfaction with one&apos;s own work lowers the staff&apos;s effectiveness and leads to turnover and weaker discipline.</source>
        <translation>Низкий уровень удовлетворенности собственным трудом отрицательно влияет на эффективность работников, приводя к текучести кадров и ухудшению трудовой и исполнительской дисциплины.</translation>
    </message>
    <message>
        <source>Job satisfaction should be optimal rather than maximal: a fully satisfied employee loses the wish to improve.</source>
        <translation>Удовлетворенность трудом должна быть не максимальной, а оптимальной: у полностью удовлетворенного работника отсутствует стремление к совершенствованию.</translation>
    </message>
    <message>
        <source>Climate in the team (10 best – 80 worst)</source>
        <translation>Климат в коллективе (10 – лучше всего, 80 – хуже всего)</translation>
    </message>
    <message>
        <source>nearer the favourable poles</source>
        <translation>ближе к благоприятным полюсам</translation>
    </message>
    <message>
        <source>nearer the unfavourable poles</source>
        <translation>ближе к неблагоприятным полюсам</translation>
    </message>
    <message>
        <source>The answers speak of a favourable psychological atmosphere in the team (below the middle of the 10–80 scale).</source>
        <translation>Ответы свидетельствуют о благоприятной психологической атмосфере в коллективе (ниже середины шкалы 10–80).</translation>
    </message>
    <message>
        <source>The climate in the team is rated nearer the unfavourable poles (above the middle of the 10–80 scale): it needs attention.</source>
        <translation>Атмосфера в коллективе оценена ближе к неблагоприятным полюсам (выше середины шкалы 10–80): она требует внимания.</translation>
    </message>
    <message>
        <source>target %1: %2 %</source>
        <translation>цель на %1 г.: %2 %</translation>
    </message>
    <message>
        <source>Satisfied with pay (scores 4–5): %1 % against the national target of %2 % for %3 (%4 points).</source>
        <translation>Удовлетворены оплатой труда (4–5 баллов): %1 % при целевом показателе %2 % на %3 г. (%4 п. п.).</translation>
    </message>
    <message>
        <source>Gerchikov types (people)</source>
        <translation>Типы мотивации по Герчикову (чел.)</translation>
    </message>
    <message>
        <source>The prevailing type of motivation is «%1» (%2, or %3 people).</source>
        <translation>Преобладающий тип мотивации – «%1» (%2, или %3 работников).</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Reserves and the guide for motivation measures are the parameters whose satisfaction is below their significance; here these are: %1.</source>
        <translation>Резервами и ориентиром для мотивационных мероприятий являются параметры, у которых уровень удовлетворенности ниже уровня значимости; в данном случае это: %1.</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Strongest motivators</source>
        <translation>Наиболее значимые мотиваторы</translation>
    </message>
    <message>
        <source>%1: significance %2 (%3 %), satisfaction %4</source>
        <translation>%1: значимость %2 (%3 %), удовлетворенность %4</translation>
    </message>
    <message>
        <source>Reserves: satisfaction below significance</source>
        <translation>Резервы: удовлетворенность ниже значимости</translation>
    </message>
    <message>
        <source>%1: significance %2, satisfaction %3 (gap %4)</source>
        <translation>%1: значимость %2, удовлетворенность %3 (разрыв %4)</translation>
    </message>
    <message>
        <source>%1: %2 rated it 0–2</source>
        <translation>%1: %2 оценили на 0–2 балла</translation>
    </message>
    <message>
        <source>Main reasons to leave</source>
        <translation>Основные причины увольнения</translation>
    </message>
    <message>
        <source>%1 (%2 %, of whom %3 rate it 4–5)</source>
        <translation>%1 (%2 %, из них высоко (на 4–5 баллов) оценивают этот фактор %3)</translation>
    </message>
    <message>
        <source>Motivation level</source>
        <translation>Уровень мотивации</translation>
    </message>
    <message>
        <source>Job satisfaction factors, % of maximum</source>
        <translation>Факторы удовлетворенности трудом, % от максимума</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>Satisfaction with the factors by department, mean score 0–5</source>
        <translation>Удовлетворенность факторами труда по подразделениям, средний балл 0–5</translation>
    </message>
    <message>
        <source>Red: low, green: high. ×: hidden to protect anonymity (too few respondents in the department or in the cell).</source>
        <translation>Красный – низкая, зеленый – высокая. ×: скрыто для защиты анонимности (слишком мало респондентов в подразделении или в ячейке).</translation>
    </message>
    <message>
        <source>Integral motivation level</source>
        <translation>Интегральный уровень мотивации</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Значимость</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Удовлетворенность</translation>
    </message>
    <message>
        <source>Δ: change against the previous campaign «%1». ↑ higher, ↓ lower: a change beyond noise (its 95 % interval leaves out 0); a number without an arrow: no change beyond noise; × hidden there, – not asked there.</source>
        <translation>Δ: изменение по сравнению с предыдущим опросом «%1». ↑ выше, ↓ ниже: изменение сверх случайных колебаний (его 95 % доверительный интервал не включает 0); число без стрелки: изменение в пределах случайных колебаний; × там скрыто, – там не спрашивали.</translation>
    </message>
    <message>
        <source>The motivation level is «%1» (%2): the motivation system needs corrections, first of all in the reserves named above.</source>
        <translation>Уровень мотивации – «%1» (%2): система мотивации требует корректировки, в первую очередь по названным выше резервам.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Group mean</source>
        <translation>Среднее по группе</translation>
    </message>
    <message>
        <source>group mean per scale</source>
        <translation>среднее по группе по шкалам</translation>
    </message>
    <message>
        <source>Significance of the factors, mean score 0–5</source>
        <translation>Значимость факторов, средний балл 0–5</translation>
    </message>
    <message>
        <source>Satisfaction with the factors, mean score 0–5</source>
        <translation>Удовлетворенность факторами, средний балл 0–5</translation>
    </message>
    <message>
        <source>Not shown: %1 factors hidden to protect anonymity.</source>
        <translation>Не показаны: %1 факторов скрыто для защиты анонимности.</translation>
    </message>
    <message>
        <source>Reasons for leaving, strength %</source>
        <translation>Причины увольнения, удельный вес баллов, %</translation>
    </message>
    <message>
        <source>1–8: respondents who put their mark at that point (1 next to the positive pole); mean: 1 best – 8 worst.</source>
        <translation>1–8: число респондентов, поставивших отметку в этой точке (1 – рядом с положительным полюсом); среднее: 1 – лучше всего, 8 – хуже всего.</translation>
    </message>
    <message>
        <source>better</source>
        <translation>лучше</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>хуже</translation>
    </message>
    <message>
        <source>Psychological atmosphere: mean mark between the poles</source>
        <translation>Психологическая атмосфера: средняя отметка между полюсами</translation>
    </message>
    <message>
        <source>The nearer a mark is to the left (positive) pole, the better the atmosphere.</source>
        <translation>Чем ближе отметка к левому (положительному) полюсу, тем лучше атмосфера.</translation>
    </message>
    <message>
        <source>Not shown (hidden to protect anonymity): %1.</source>
        <translation>Не показаны (скрыты для защиты анонимности): %1.</translation>
    </message>
    <message>
        <source>Motivation profile of the staff: people per leading type (fig. 4.2)</source>
        <translation>Мотивационный профиль работников: число работников по ведущему типу (рис. 4.2)</translation>
    </message>
    <message>
        <source>Characteristic: the seed&apos;s description (table 3.6), printed where the factor&apos;s level is in the band the seed describes.</source>
        <translation>Характеристика: описание по методическим рекомендациям (таблица 3.6), приводится, если уровень фактора находится в описанном там диапазоне.</translation>
    </message>
    <message>
        <source>Respondents by total satisfaction</source>
        <translation>Респонденты по общей удовлетворенности</translation>
    </message>
    <message>
        <source>High (60 % and more)</source>
        <translation>Высокая (60 % и более)</translation>
    </message>
    <message>
        <source>Medium (40–60 %)</source>
        <translation>Средняя (40–60 %)</translation>
    </message>
    <message>
        <source>Low (under 40 %)</source>
        <translation>Низкая (менее 40 %)</translation>
    </message>
    <message>
        <source>Key demotivators</source>
        <translation>Ключевые демотиваторы</translation>
    </message>
    <message>
        <source>Mixed type</source>
        <translation>Смешанный тип</translation>
    </message>
    <message>
        <source>Significance and satisfaction of the motivation parameters, mean score 0–5</source>
        <translation>Значимость и удовлетворенность по параметрам мотивации, средний балл 0–5</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ЧЕРНОВИК</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Работник</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation>Дата заполнения</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason to stop</source>
        <translation>Причина прекращения</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий пересмотр</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Form / kind</source>
        <translation>Форма / вид</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <source>Confirming document</source>
        <translation>Подтверждающий документ</translation>
    </message>
    <message>
        <source>Result, assessment</source>
        <translation>Результат, оценка</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Журнал пересмотров</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Кем пересмотрено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Filled in by the employee</source>
        <translation>Заполняется работником</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Filled in by the HR service</source>
        <translation>Заполняется кадровой службой</translation>
    </message>
    <message>
        <source>Recommended measures to meet the employee&apos;s significant needs and motives and to remove demotivators</source>
        <translation>Рекомендуемые мероприятия по удовлетворению значимых потребностей и мотивов работника, минимизации (устранению) демотиваторов</translation>
    </message>
    <message>
        <source>HR service</source>
        <translation>Кадровая служба</translation>
    </message>
    <message>
        <source>Professional growth plan</source>
        <translation>План мероприятий профессионального роста</translation>
    </message>
    <message>
        <source>Direct manager</source>
        <translation>Непосредственный руководитель</translation>
    </message>
    <message>
        <source>Plan of motivational measures</source>
        <translation>План мотивационных мероприятий</translation>
    </message>
    <message>
        <source>Head of the HR service</source>
        <translation>Руководитель кадровой службы</translation>
    </message>
    <message>
        <source>Component of the motivation strategy</source>
        <translation>Составляющие мотивационной стратегии</translation>
    </message>
    <message>
        <source>Head of the organisation</source>
        <translation>Руководитель организации</translation>
    </message>
    <message>
        <source>Motivator map</source>
        <translation>Карта мотиваторов</translation>
    </message>
    <message>
        <source>Group of motivation factors</source>
        <translation>Группа факторов мотивации</translation>
    </message>
    <message>
        <source>Motivation factors of professional activity</source>
        <translation>Факторы мотивации профессиональной деятельности</translation>
    </message>
    <message>
        <source>Characteristic of the factors</source>
        <translation>Характеристика факторов мотивации</translation>
    </message>
    <message>
        <source>Methods of motivation</source>
        <translation>Методы мотивации</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>продолжение</translation>
    </message>
    <message>
        <source>Copy for the employee</source>
        <translation>Экземпляр работника</translation>
    </message>
    <message>
        <source>Copy for the direct manager</source>
        <translation>Экземпляр непосредственного руководителя</translation>
    </message>
    <message>
        <source>Copy for the HR service</source>
        <translation>Экземпляр кадровой службы</translation>
    </message>
    <message>
        <source>APPROVED</source>
        <translation>УТВЕРЖДАЮ</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>CONFIDENTIAL: personal data</source>
        <translation>КОНФИДЕНЦИАЛЬНО: персональные данные</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Результат тестирования</translation>
    </message>
    <message>
        <source>Date of testing</source>
        <translation>Дата тестирования</translation>
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
        <translation>Доля, %</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>About this instrument</source>
        <translation>Об инструменте</translation>
    </message>
    <message>
        <source>For the HR service; not part of the employee&apos;s result sheet.</source>
        <translation>Для кадровой службы; не входит в лист результатов работника.</translation>
    </message>
    <message>
        <source>Leading type</source>
        <translation>Ведущий тип</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Интерпретация</translation>
    </message>
    <message>
        <source>Equal scores: a mixed type.</source>
        <translation>Баллы равны: смешанный тип.</translation>
    </message>
    <message>
        <source>Equal scores, described in the order of the method: %1</source>
        <translation>Равные баллы, описаны в порядке методики: %1</translation>
    </message>
    <message>
        <source>Recommended motivation tools:</source>
        <translation>Рекомендуемые инструменты мотивации:</translation>
    </message>
    <message>
        <source>Motivators</source>
        <translation>Мотиваторы</translation>
    </message>
    <message>
        <source>Demotivators</source>
        <translation>Демотиваторы</translation>
    </message>
    <message>
        <source>Motivation instruments</source>
        <translation>Инструменты мотивации</translation>
    </message>
    <message>
        <source>Personal motivational card (graphical)</source>
        <translation>Персональная мотивационная карта (графическая)</translation>
    </message>
    <message>
        <source>Test profiles</source>
        <translation>Профили по тестам</translation>
    </message>
    <message>
        <source>Conclusions of the HR service</source>
        <translation>Выводы кадровой службы</translation>
    </message>
    <message>
        <source>Plan of measures</source>
        <translation>План мероприятий</translation>
    </message>
    <message>
        <source>… and %1 more (see the card)</source>
        <translation>… и еще %1 (см. карту)</translation>
    </message>
    <message>
        <source>strategic card</source>
        <translation>стратегическая карта</translation>
    </message>
    <message>
        <source>diagnostic card</source>
        <translation>диагностическая карта</translation>
    </message>
    <message>
        <source>the factor is no longer in the questionnaire</source>
        <translation>фактора больше нет в анкете</translation>
    </message>
    <message>
        <source>no previous campaign to compare with</source>
        <translation>нет предыдущего опроса для сравнения</translation>
    </message>
    <message>
        <source>hidden to protect anonymity</source>
        <translation>скрыто для защиты анонимности</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>не оценивалось</translation>
    </message>
    <message>
        <source>no change beyond noise</source>
        <translation>изменение в пределах случайных колебаний</translation>
    </message>
    <message>
        <source>higher, beyond noise</source>
        <translation>выше, сверх случайных колебаний</translation>
    </message>
    <message>
        <source>lower, beyond noise</source>
        <translation>ниже, сверх случайных колебаний</translation>
    </message>
    <message>
        <source>Did the measures work</source>
        <translation>Сработали ли меры</translation>
    </message>
    <message>
        <source>Measures of the cards made on the previous campaign «%1» that named the factor they address, with that factor&apos;s mean score (0–5) then and now. Measures of personal cards are counted per factor, not quoted.</source>
        <translation>Меры карт, составленных по предыдущему опросу «%1», с указанием фактора, на который они направлены, и средней оценкой этого фактора (0–5) тогда и сейчас. Меры личных карт подсчитываются по факторам и не приводятся.</translation>
    </message>
    <message>
        <source>Measures of personal cards: %1</source>
        <translation>Мер в личных картах: %1</translation>
    </message>
    <message>
        <source>Factor addressed</source>
        <translation>Фактор, на который направлена мера</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Key drivers</source>
        <translation>Ключевые факторы</translation>
    </message>
    <message>
        <source>job satisfaction (Batarshev total)</source>
        <translation>удовлетворенностью трудом (общей, Батаршев)</translation>
    </message>
    <message>
        <source>the pull to leave (reasons for leaving), sign reversed</source>
        <translation>причинами увольнения (знак обратный)</translation>
    </message>
    <message>
        <source>Which motivation parameters and satisfaction factors go together with %1, and how satisfied people are with them now. The relation is Spearman&apos;s rank correlation ρ over the respondents who answered both: +1 — those who rate the factor higher are the more satisfied, 0 — no relation. It is strong when ρ is at least %2 and beyond chance for its number of respondents; the level is low below %3 of 5. Act first: strong relation and low level; maintain: strong relation, good level; monitor: low level, weaker relation; secondary: the rest. A relation is not a cause: ask the staff before acting. No driver is shown on fewer than %4 respondents.</source>
        <translation>Какие параметры мотивации и факторы удовлетворенности связаны с %1 и насколько работники удовлетворены ими сейчас. Связь — ранговая корреляция Спирмена ρ по респондентам, ответившим на оба вопроса: +1 — кто выше оценивает фактор, тот более удовлетворен, 0 — связи нет. Связь сильная, если ρ не меньше %2 и не объясняется случайностью при данном числе респондентов; уровень низкий ниже %3 из 5. Действовать в первую очередь: сильная связь и низкий уровень; поддерживать: сильная связь, хороший уровень; наблюдать: низкий уровень, связь слабее; второстепенно: остальное. Связь не означает причину: прежде чем действовать, спросите работников. Факторы не показываются, если респондентов меньше %4.</translation>
    </message>
    <message>
        <source>Current level: mean satisfaction (0–5)</source>
        <translation>Текущий уровень: средняя удовлетворенность (0–5)</translation>
    </message>
    <message>
        <source>Relation (ρ) with %1</source>
        <translation>Связь (ρ) с %1</translation>
    </message>
    <message>
        <source>Priorities of the motivation parameters</source>
        <translation>Приоритеты параметров мотивации</translation>
    </message>
    <message>
        <source>Parameter or factor</source>
        <translation>Параметр или фактор</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Level (0–5)</source>
        <translation>Уровень (0–5)</translation>
    </message>
    <message>
        <source>ρ satisfaction</source>
        <translation>ρ удовлетвор.</translation>
    </message>
    <message>
        <source>ρ leaving</source>
        <translation>ρ уход</translation>
    </message>
    <message>
        <source>The parameters first, then the satisfaction factors with a strong relation (numbered as in table 2.2); %1 other factors have a weaker relation (the analysis page lists them all). ρ satisfaction: with job satisfaction; ρ leaving: with the reasons for leaving (below zero: the more satisfied with the factor, the weaker the reasons to leave); N: respondents the relation rests on.</source>
        <translation>Сначала параметры, затем факторы удовлетворенности с сильной связью (номера — как в таблице 2.2); у остальных %1 факторов связь слабее (все они — на странице анализа). ρ удовлетвор.: с удовлетворенностью трудом; ρ уход: с причинами увольнения (ниже нуля: чем выше удовлетворенность фактором, тем слабее причины уйти); N: на скольких респондентах основана связь.</translation>
    </message>
    <message>
        <source>Act first: %1.</source>
        <translation>Действовать в первую очередь: %1.</translation>
    </message>
    <message>
        <source>No parameter or factor both goes strongly with satisfaction and is rated low: nothing to act on first.</source>
        <translation>Нет параметра или фактора, который одновременно сильно связан с удовлетворенностью и оценен низко: действовать в первую очередь не по чему.</translation>
    </message>
    <message>
        <source>Flagged: the same answer on every item of a rating block, or implausibly fast answers at the kiosk (office settings). Cronbach&apos;s α shows whether the items of a scale measure the same thing: 0,7 and above is usually taken as acceptable, 0,8 and above as good; it is computed from the respondents who answered every item of the scale.</source>
        <translation>Отмечаются: один и тот же ответ на все вопросы блока оценок или неправдоподобно быстрые ответы в киоске (настройки организации). α Кронбаха показывает, измеряют ли вопросы шкалы одно и то же: 0,7 и выше обычно считается приемлемым, 0,8 и выше — хорошим; вычисляется по респондентам, ответившим на все вопросы шкалы.</translation>
    </message>
    <message>
        <source>Answer quality</source>
        <translation>Качество ответов</translation>
    </message>
    <message>
        <source>Sessions flagged for answer quality are left out of this report.</source>
        <translation>Анкеты, отмеченные по качеству ответов, исключены из этого отчета.</translation>
    </message>
    <message>
        <source>All finished sessions are included, flagged ones too.</source>
        <translation>Учтены все завершенные анкеты, в том числе отмеченные по качеству ответов.</translation>
    </message>
    <message>
        <source>Flagged respondents in this group: %1</source>
        <translation>Отмеченных респондентов в группе: %1</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Вопросов</translation>
    </message>
    <message>
        <source>Cronbach&apos;s α</source>
        <translation>α Кронбаха</translation>
    </message>
</context>
<context>
    <name>ResponseFile</name>
    <message>
        <source>is not a column of this instrument</source>
        <translation>не является столбцом этой методики</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>встречается дважды</translation>
    </message>
    <message>
        <source>the file has no answer columns (q1, q2, …)</source>
        <translation>в файле нет столбцов ответов (q1, q2, …)</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>не целое число</translation>
    </message>
    <message>
        <source>is not an allowed answer</source>
        <translation>не является допустимым ответом</translation>
    </message>
    <message>
        <source>is not an option number</source>
        <translation>не является номером варианта</translation>
    </message>
    <message>
        <source>has too few options chosen</source>
        <translation>выбрано слишком мало вариантов</translation>
    </message>
    <message>
        <source>has too many options chosen</source>
        <translation>выбрано слишком много вариантов</translation>
    </message>
    <message>
        <source>names an option twice</source>
        <translation>называет один вариант дважды</translation>
    </message>
    <message>
        <source>the points of this question do not add up to the required total</source>
        <translation>баллы этого вопроса не дают в сумме нужного числа</translation>
    </message>
    <message>
        <source>some parts of this question are blank and others are not</source>
        <translation>одни части этого вопроса заполнены, другие пусты</translation>
    </message>
    <message>
        <source>this question is not asked of this respondent (manager / non-manager)</source>
        <translation>этот вопрос не задается этому респонденту (руководитель / не руководитель)</translation>
    </message>
    <message>
        <source>is not an accepted value</source>
        <translation>не является допустимым значением</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не удается прочитать</translation>
    </message>
    <message>
        <source>the file&apos;s text encoding is not accepted: save it as CSV UTF-8 or Windows-1251</source>
        <translation>кодировка текста файла не поддерживается: сохраните его как CSV UTF-8 или Windows-1251</translation>
    </message>
    <message>
        <source>holds a formula without a saved result: open the file in Excel and save it again, or type the value</source>
        <translation>содержит формулу без сохраненного результата: откройте файл в Excel и сохраните заново или введите значение</translation>
    </message>
    <message>
        <source>the row has fewer fields than the header (a cut or broken file?)</source>
        <translation>в строке меньше полей, чем в заголовке (файл обрезан или поврежден?)</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>в файле нет строк</translation>
    </message>
    <message>
        <source>is not a department of this organisation</source>
        <translation>не является подразделением этой организации</translation>
    </message>
    <message>
        <source>is not a questionnaire of this campaign</source>
        <translation>не входит в анкеты этого опроса</translation>
    </message>
    <message>
        <source>there is no such campaign</source>
        <translation>такого опроса нет</translation>
    </message>
    <message>
        <source>is not an option of question 19 (1–6 or а–е)</source>
        <translation>не является вариантом вопроса 19 (1–6 или а–е)</translation>
    </message>
    <message>
        <source>the tenure band and question 19 disagree</source>
        <translation>группа стажа и ответ на вопрос 19 не совпадают</translation>
    </message>
    <message>
        <source>both branch questions are answered and is_manager is blank: fill is_manager or keep only the answer to the question asked</source>
        <translation>даны ответы на оба вопроса ветвления, а is_manager пуст: заполните is_manager или оставьте ответ только на заданный вопрос</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Your results</source>
        <translation>Ваши результаты</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n question(s) left unanswered</source>
        <translation>
            <numerusform>Без ответа остался %n вопрос</numerusform>
            <numerusform>Без ответа осталось %n вопроса</numerusform>
            <numerusform>Без ответа осталось %n вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>You may answer them now (tap a question) or finish without them.</source>
        <translation>Можно ответить сейчас (нажмите на вопрос) или завершить без них.</translation>
    </message>
    <message>
        <source>All questions are answered</source>
        <translation>Ответы даны на все вопросы</translation>
    </message>
    <message>
        <source>Press «Finish» to submit your answers.</source>
        <translation>Нажмите «Завершить», чтобы отправить ответы.</translation>
    </message>
</context>
<context>
    <name>SaveProblemBar</name>
    <message>
        <source>Your answers have not been submitted yet: the database is busy. Nothing is lost. Please tap «Try again»; if this repeats, call the HR staff.</source>
        <translation>Ваши ответы еще не отправлены: база данных занята. Ничего не потеряно. Нажмите «Повторить»; если это повторяется, позовите сотрудника отдела кадров.</translation>
    </message>
    <message>
        <source>Your last answer has NOT been saved yet: the database is busy. It stays on the screen (marked in red). Please tap «Try again»; if this repeats, call the HR staff.</source>
        <translation>Ваш последний ответ еще НЕ сохранен: база данных занята. Он остается на экране (выделен красным). Нажмите «Повторить»; если это повторяется, позовите сотрудника отдела кадров.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>These instrument files in %1 were refused and are not used; correct or remove them:</source>
        <translation>Эти файлы методик в папке %1 не приняты и не используются; исправьте или удалите их:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Schein: pronounced anchor above:</source>
        <translation>Шейн: якорь ярко выражен при среднем выше:</translation>
    </message>
    <message>
        <source>A career anchor counts as pronounced when its mean score (1–10) is above this value. The references do not settle it; the default is 6. Applies to results on screen, in the kiosk and in printed result sheets.</source>
        <translation>Якорь карьеры считается ярко выраженным, если его средний балл (1–10) выше этого значения. Источники порог окончательно не устанавливают; по умолчанию 6. Действует для результатов на экране, в киоске и в печатных листах результатов.</translation>
    </message>
    <message>
        <source>Kiosk:</source>
        <translation>Киоск:</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Высокая контрастность (белое на черном)</translation>
    </message>
    <message>
        <source>For respondents who see poorly: the kiosk shows white text on black, a chosen answer in yellow and a thick dashed frame around the control the keyboard is on. Takes effect the next time a kiosk starts.</source>
        <translation>Для респондентов, которые плохо видят: киоск показывает белый текст на черном фоне, выбранный ответ — желтым, а элемент, на котором находится клавиатурный фокус, — в толстой пунктирной рамке. Действует со следующего запуска киоска.</translation>
    </message>
    <message>
        <source>A respondent answered at least:</source>
        <translation>Респондент ответил не менее чем на:</translation>
    </message>
    <message>
        <source>Share of the questions asked that a finished anonymous questionnaire must answer to count as a respondent in participation and analysis. Questionnaires below it are kept and shown apart as finished with too few answers. The methodology sets no value; the default is 50 %.</source>
        <translation>Доля заданных вопросов, на которые должна ответить завершенная анонимная анкета, чтобы респондент учитывался в явке и анализе. Анкеты ниже этого порога сохраняются и показываются отдельно как завершенные со слишком малым числом ответов. Методика значения не задает; по умолчанию 50 %.</translation>
    </message>
    <message>
        <source>Key drivers: minimum respondents:</source>
        <translation>Ключевые факторы: минимум респондентов:</translation>
    </message>
    <message>
        <source>Own-variant answers: smallest group shown:</source>
        <translation>Собственные варианты ответов: наименьшая показываемая группа:</translation>
    </message>
    <message>
        <source>Respondents&apos; own wordings are printed only as a group of similar texts that at least this many respondents wrote, never one person&apos;s words alone. The default is 10 (the comment threshold survey services use); never below the campaign&apos;s anonymity threshold.</source>
        <translation>Собственные формулировки респондентов печатаются только группой похожих текстов, которые написали не меньше стольких респондентов, и никогда — слова одного человека. По умолчанию 10 (порог комментариев, принятый в сервисах опросов); не меньше порога анонимности опроса.</translation>
    </message>
    <message>
        <source>Straight-lining: judged from items:</source>
        <translation>Однообразные ответы: проверять от вопросов:</translation>
    </message>
    <message>
        <source>A questionnaire is flagged for straight-lining when at least this many items of one rating block are answered and all with the same value. The default is 10. Changing it judges every finished questionnaire again.</source>
        <translation>Анкета отмечается как однообразная, если в одном блоке оценок отвечено не менее этого числа вопросов и на все дан один и тот же ответ. По умолчанию 10. При изменении все завершенные анкеты проверяются заново.</translation>
    </message>
    <message>
        <source>Too fast: under seconds per item:</source>
        <translation>Слишком быстро: меньше секунд на вопрос:</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>A kiosk session is flagged as implausibly fast when its median time per question is below this. The times are never stored, only the flag. The default is 1.0 s.</source>
        <translation>Анкета в киоске отмечается как неправдоподобно быстрая, если медиана времени на вопрос меньше этого значения. Время не сохраняется, только отметка. По умолчанию 1,0 с.</translation>
    </message>
    <message>
        <source>No key driver (rank correlation with job satisfaction and with the reasons for leaving) is shown on fewer respondents than this, in any selection. The default is 30; never below the campaign&apos;s anonymity threshold.</source>
        <translation>Ключевые факторы (ранговая корреляция с удовлетворенностью трудом и с причинами увольнения) не показываются ни в одной выборке, если респондентов меньше этого числа. По умолчанию 30; не меньше порога анонимности опроса.</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <source>Setup assistant</source>
        <translation>Мастер настройки</translation>
    </message>
    <message>
        <source>Organisation and departments</source>
        <translation>Организация и подразделения</translation>
    </message>
    <message>
        <source>The name of your body in Russian and Kazakh, and each department with its headcount (the staff positions filled): participation is counted against it.</source>
        <translation>Название вашего органа на русском и казахском языках и каждое подразделение с его штатной численностью (занятые штатные единицы): от нее считается явка.</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Needed only for named test sessions and personal cards: anonymous campaigns never record who answered.</source>
        <translation>Нужны только для именных сеансов тестирования и личных карт: анонимные опросы никогда не записывают, кто отвечал.</translation>
    </message>
    <message>
        <source>Import the staff list from Excel: download the template, fill it (or paste your list into it) and import it. The whole file is checked first; nothing is imported while any row has a problem. You can also add employees one by one later on the Employees page, or skip this step.</source>
        <translation>Загрузите список сотрудников из Excel: скачайте шаблон, заполните его (или вставьте в него свой список) и импортируйте. Сначала проверяется весь файл; пока хотя бы в одной строке есть ошибка, ничего не импортируется. Сотрудников можно также добавить по одному позже на странице «Сотрудники» или пропустить этот шаг.</translation>
    </message>
    <message>
        <source>Download the template…</source>
        <translation>Скачать шаблон…</translation>
    </message>
    <message>
        <source>Import the staff list…</source>
        <translation>Импортировать список сотрудников…</translation>
    </message>
    <message>
        <source>A second administrator (recommended)</source>
        <translation>Второй администратор (рекомендуется)</translation>
    </message>
    <message>
        <source>If the only administrator forgets the password, nobody can sign in as HR. Create a second account for a colleague now, or leave the fields empty to skip.</source>
        <translation>Если единственный администратор забудет пароль, никто не сможет войти как кадровая служба. Создайте сейчас вторую учетную запись для коллеги или оставьте поля пустыми, чтобы пропустить шаг.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>The organisation is set up. Everything entered here can be changed later in Settings and on the Employees page; the assistant is also in the File menu.</source>
        <translation>Организация настроена. Все введенное здесь можно позже изменить в настройках и на странице «Сотрудники»; мастер также доступен в меню «Файл».</translation>
    </message>
    <message>
        <source>Create the first survey campaign now</source>
        <translation>Создать первый опрос сейчас</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открывается база данных…</translation>
    </message>
    <message>
        <source>First start: create the account of the HR administrator. Keep the password safe; the administrator then creates the accounts of department heads.</source>
        <translation>Первый запуск: создайте учетную запись администратора кадровой службы. Храните пароль в надежном месте; администратор затем создаст учетные записи руководителей подразделений.</translation>
    </message>
    <message>
        <source>We recommend creating a second administrator account (Settings → Accounts) so that the office is not locked out if this password is forgotten.</source>
        <translation>Рекомендуем создать вторую учетную запись администратора («Настройки» → «Учетные записи»), чтобы служба не лишилась доступа, если этот пароль забудут.</translation>
    </message>
    <message>
        <source>Sign in to Motivdesk.</source>
        <translation>Вход в Motivdesk.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных паролей. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных паролей. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных паролей. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Эта учетная запись отключена.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>An administrator already exists: sign in instead.</source>
        <translation>Администратор уже создан: выполните вход.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>слишком длинное значение</translation>
    </message>
    <message>
        <source>is not a department of the organisation</source>
        <translation>нет такого подразделения в организации</translation>
    </message>
    <message>
        <source>is a department no longer in use</source>
        <translation>подразделение больше не используется</translation>
    </message>
    <message>
        <source>is not one of your departments</source>
        <translation>не ваше подразделение</translation>
    </message>
    <message>
        <source>is the personnel number of another employee</source>
        <translation>этот табельный номер уже у другого работника</translation>
    </message>
    <message>
        <source>is not a gender (male or female)</source>
        <translation>пол указан неверно (мужской или женский)</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>дата еще не наступила</translation>
    </message>
    <message>
        <source>no such employee</source>
        <translation>такого работника нет</translation>
    </message>
    <message>
        <source>cards or named test sessions refer to this employee: deactivate instead</source>
        <translation>на работника ссылаются карточки или именные тестирования: отметьте его как выбывшего</translation>
    </message>
</context>
<context>
    <name>StaffImport</name>
    <message>
        <source>the file cannot be read</source>
        <translation>файл не читается</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>в файле нет строки заголовков</translation>
    </message>
    <message>
        <source>is not a column of the staff list</source>
        <translation>такого столбца нет в списке работников</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>встречается дважды</translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation>столбца нет</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>слишком длинное значение</translation>
    </message>
    <message>
        <source>is not a department of the organisation</source>
        <translation>нет такого подразделения в организации</translation>
    </message>
    <message>
        <source>is a department no longer in use</source>
        <translation>подразделение больше не используется</translation>
    </message>
    <message>
        <source>is not one of your departments</source>
        <translation>не ваше подразделение</translation>
    </message>
    <message>
        <source>is not yes or no</source>
        <translation>нужно «да» или «нет»</translation>
    </message>
    <message>
        <source>is not a gender (m or f)</source>
        <translation>пол указан неверно (м или ж)</translation>
    </message>
    <message>
        <source>is not a date (DD.MM.YYYY)</source>
        <translation>не дата (ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>дата еще не наступила</translation>
    </message>
    <message>
        <source>appears in an earlier row of the file</source>
        <translation>уже есть в одной из строк выше</translation>
    </message>
    <message>
        <source>is the personnel number of an employee you cannot see</source>
        <translation>табельный номер работника, которого вы не видите</translation>
    </message>
    <message>
        <source>several employees of this department have this name: add their personnel numbers</source>
        <translation>в подразделении несколько работников с таким Ф. И. О.: укажите табельные номера</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>value «%1»</source>
        <translation>значение «%1»</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Motivation tests for %1</source>
        <translation>Тесты мотивации: %1</translation>
    </message>
    <message>
        <source>You agreed to take these tests. At the end you will see your own result and can say whether you agree with it.</source>
        <translation>Вы согласились пройти эти тесты. В конце Вы увидите свой результат и сможете указать, согласны ли Вы с ним.</translation>
    </message>
    <message>
        <source>Anonymous survey of work motivation</source>
        <translation>Анонимный опрос о трудовой мотивации</translation>
    </message>
    <message>
        <source>Your answers are anonymous: no name is asked and nobody can tell which answers are yours. Choose the language to begin; you can switch it at any time.</source>
        <translation>Ваши ответы анонимны: имя не спрашивается, и никто не сможет определить, какие ответы Ваши. Выберите язык, чтобы начать; его можно сменить в любой момент.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Score 0, %</source>
        <translation>Оценка 0, %</translation>
    </message>
    <message>
        <source>Score 1, %</source>
        <translation>Оценка 1, %</translation>
    </message>
    <message>
        <source>Score 2, %</source>
        <translation>Оценка 2, %</translation>
    </message>
    <message>
        <source>Score 3, %</source>
        <translation>Оценка 3, %</translation>
    </message>
    <message>
        <source>Score 4, %</source>
        <translation>Оценка 4, %</translation>
    </message>
    <message>
        <source>Score 5, %</source>
        <translation>Оценка 5, %</translation>
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
        <translation>Сила, %</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Change of the mean</source>
        <translation>Изменение среднего</translation>
    </message>
    <message>
        <source>High (4–5)</source>
        <translation>Высокие (4–5)</translation>
    </message>
    <message>
        <source>Medium (3)</source>
        <translation>Средние (3)</translation>
    </message>
    <message>
        <source>Low (0–2)</source>
        <translation>Низкие (0–2)</translation>
    </message>
    <message>
        <source>Maximum (5)</source>
        <translation>Макс. (5)</translation>
    </message>
    <message>
        <source>Zero (0)</source>
        <translation>Нулевые (0)</translation>
    </message>
    <message>
        <source>Positive (3–5)</source>
        <translation>Положит. (3–5)</translation>
    </message>
    <message>
        <source>Negative (0–2)</source>
        <translation>Отрицат. (0–2)</translation>
    </message>
    <message>
        <source>Table %1 – Factor matrix: respondents per score</source>
        <translation>Таблица %1 – Матрица факторов: число респондентов по баллам</translation>
    </message>
    <message>
        <source>Table %1 (continued) – Shares of respondents, %</source>
        <translation>Таблица %1 (продолжение) – Доли респондентов, %</translation>
    </message>
    <message>
        <source>0–5: respondents who gave the score; Σ: sum of the scores; Max.: the maximum possible sum (respondents × 5, the reference); strength = Σ × 100 % / Max.; mean = Σ / respondents; Δ: change of the mean.</source>
        <translation>0–5: число респондентов, поставивших этот балл; Σ: сумма оценок; Макс.: максимально возможная оценка (респонденты × 5, эталон); сила = Σ × 100 % / Макс.; среднее = Σ / респонденты; Δ: изменение среднего.</translation>
    </message>
    <message>
        <source>Shares of the respondents who rated the factor: per score, high (4–5), positive (3–5) and negative (0–2); the maximum (5) and zero (0) shares are the columns 5 and 0.</source>
        <translation>Доли респондентов, оценивших фактор: по каждому баллу, высокая (4–5), положительная (3–5) и отрицательная (0–2) оценки; доли максимальной (5) и минимальной (0) оценок – столбцы 5 и 0.</translation>
    </message>
    <message>
        <source>%1 – Factor matrix: respondents per score</source>
        <translation>%1 – Матрица факторов: число респондентов по баллам</translation>
    </message>
    <message>
        <source>%1 (continued) – Shares of respondents, %</source>
        <translation>%1 (продолжение) – Доли респондентов, %</translation>
    </message>
    <message>
        <source>Table %1 – Reasons for leaving</source>
        <translation>Таблица %1 – Оценка причин увольнения работников</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденты</translation>
    </message>
    <message>
        <source>Scores 4–5, %</source>
        <translation>Оценка 4–5, %</translation>
    </message>
    <message>
        <source>Scores 3–5, %</source>
        <translation>Оценка 3–5, %</translation>
    </message>
    <message>
        <source>Scores 0–2, %</source>
        <translation>Оценка 0–2, %</translation>
    </message>
    <message>
        <source>Change of the strength</source>
        <translation>Изменение силы</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Table %1 – Summary of the motivation level diagnostics</source>
        <translation>Таблица %1 – Сводные результаты диагностики уровня мотивации</translation>
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
        <translation>Значимость</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Удовлетворенность</translation>
    </message>
    <message>
        <source>Perception (satisfaction)</source>
        <translation>Восприятие (удовлетворенность)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>Relative significance d</source>
        <translation>Относительная значимость d</translation>
    </message>
    <message>
        <source>Partial level</source>
        <translation>Частный уровень</translation>
    </message>
    <message>
        <source>Level of motivation</source>
        <translation>Уровень мотивации</translation>
    </message>
    <message>
        <source>Previous campaign</source>
        <translation>Предыдущий опрос</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Mixed type</source>
        <translation>Смешанный тип</translation>
    </message>
    <message>
        <source>Distribution of leading types</source>
        <translation>Распределение ведущих типов</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Table %1 – Integral job satisfaction by tenure, % of maximum</source>
        <translation>Таблица %1 – Интегральная удовлетворенность трудом по стажу, % от максимума</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <source>Group mean</source>
        <translation>Среднее по группе</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Численность</translation>
    </message>
    <message>
        <source>Share of headcount</source>
        <translation>Доля от численности</translation>
    </message>
    <message>
        <source>Table %1 – Psychological atmosphere in the team</source>
        <translation>Таблица %1 – Оценка психологической атмосферы в коллективе</translation>
    </message>
    <message>
        <source>Positive pole</source>
        <translation>Положительный полюс</translation>
    </message>
    <message>
        <source>Negative pole</source>
        <translation>Отрицательный полюс</translation>
    </message>
    <message>
        <source>mean perception</source>
        <translation>средняя оценка восприятия</translation>
    </message>
    <message>
        <source>mean significance</source>
        <translation>средняя оценка значимости</translation>
    </message>
    <message>
        <source>Partial level of motivation</source>
        <translation>Частный уровень мотивации</translation>
    </message>
    <message>
        <source>Relative significance</source>
        <translation>Относительная значимость</translation>
    </message>
    <message>
        <source>Integral level of motivation</source>
        <translation>Общий (интегральный) уровень мотивации</translation>
    </message>
    <message>
        <source>Table %1 – How the levels are calculated</source>
        <translation>Таблица %1 – Расчет показателей уровней мотивации</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Example (first parameter)</source>
        <translation>Пример расчета (первый параметр)</translation>
    </message>
    <message>
        <source>Table %1 – Absolute assessment of the level of work motivation</source>
        <translation>Таблица %1 – Абсолютная оценка уровня трудовой мотивации</translation>
    </message>
    <message>
        <source>Level of work motivation</source>
        <translation>Уровень трудовой мотивации</translation>
    </message>
    <message>
        <source>Qualitative assessment</source>
        <translation>Качественная оценка</translation>
    </message>
    <message>
        <source>This campaign</source>
        <translation>Данный опрос</translation>
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
        <translation>Мотивационный баланс</translation>
    </message>
    <message>
        <source>Gap (significance − satisfaction)</source>
        <translation>Разрыв (значимость − удовлетворенность)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>good</source>
        <translation>хорошая</translation>
    </message>
    <message>
        <source>medium (acceptable, satisfactory)</source>
        <translation>средняя (допустимая, удовлетворительная)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>extremely low (very low)</source>
        <translation>крайне низкая (очень низкая)</translation>
    </message>
    <message>
        <source>Table %1 – Scale of job satisfaction</source>
        <translation>Таблица %1 – Шкала оценки удовлетворенности трудом</translation>
    </message>
    <message>
        <source>Job satisfaction, %</source>
        <translation>Удовлетворенность трудом, %</translation>
    </message>
    <message>
        <source>Employees succeed in their tasks, set themselves new goals, feel personally responsible for and involved in the results of the work.</source>
        <translation>Работники успешны при выполнении поставленных задач, ставят перед собой новые цели, чувствуют личную ответственность и причастность к результатам работы.</translation>
    </message>
    <message>
        <source>Employees are adapted in the team, like the people they work with, do not come into conflict and feel part of the team.</source>
        <translation>Работники адаптированы в коллективе, им нравятся люди, работающие с ними, они не конфликтуют, ощущают себя частью коллектива.</translation>
    </message>
    <message>
        <source>Employees work not only for the material reward but also strive for self-improvement, development, new knowledge and skills.</source>
        <translation>Работники выполняют работу не только для получения материального вознаграждения, но и стремятся к самосовершенствованию, развитию, получению новых знаний, умений и навыков.</translation>
    </message>
    <message>
        <source>Employees find the working conditions comfortable and favourable; the surroundings suit them.</source>
        <translation>Работники оценивают существующие условия работы как комфортные и благоприятные, их устраивает окружающая обстановка.</translation>
    </message>
    <message>
        <source>Employees know and understand the tasks and functions of the organisation and their place in it, and are committed to its goals and values.</source>
        <translation>Работники знают и понимают задачи и функции организации, свое место в ней, привержены ее целям и ценностям.</translation>
    </message>
    <message>
        <source>Not always and (or) not all employees feel the manager&apos;s attention; their work is not always assessed objectively, nor rewards and penalties fairly given.</source>
        <translation>Работники не всегда и (или) не все ощущают внимание со стороны руководителя, оценка их труда не всегда является объективной, а поощрения и наказания – справедливыми.</translation>
    </message>
    <message>
        <source>Employees do not always strive for more difficult goals in their work.</source>
        <translation>Работники не всегда стремятся к достижению более сложных целей в своей деятельности.</translation>
    </message>
    <message>
        <source>Employees are loyal to the organisation and devoted to the work even where income is named the most important motivation factor and satisfaction with it is low.</source>
        <translation>Работники лояльны к организации и преданы делу и в том случае, если уровень дохода отмечен как самый важный фактор мотивации, а удовлетворенность им является низкой.</translation>
    </message>
    <message>
        <source>Table %1 – Assessment of the satisfaction factors</source>
        <translation>Таблица %1 – Оценка факторов удовлетворенности</translation>
    </message>
    <message>
        <source>Satisfaction factor</source>
        <translation>Фактор удовлетворенности</translation>
    </message>
    <message>
        <source>Level, %</source>
        <translation>Уровень, %</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Характеристика</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Инструкция</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>How to enter the answer</source>
        <translation>Как вводить ответ</translation>
    </message>
    <message>
        <source>One row per respondent. Leave a cell blank if the question was not answered. Do not rename or move the columns.</source>
        <translation>Одна строка — один респондент. Если ответа на вопрос нет, оставьте ячейку пустой. Не переименовывайте и не переставляйте столбцы.</translation>
    </message>
    <message>
        <source>Optional columns: respondent (any code, never a name), department, tenure_band, gender, is_manager (1 = yes, 0 = no).</source>
        <translation>Необязательные столбцы: respondent (любой код, но не имя), department, tenure_band, gender, is_manager (1 — да, 0 — нет).</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>целое число от %1 до %2</translation>
    </message>
    <message>
        <source>the option number, 1 to %1</source>
        <translation>номер варианта, от 1 до %1</translation>
    </message>
    <message>
        <source>option numbers joined by &apos;;&apos; (for example 1;3), %1</source>
        <translation>номера вариантов через &apos;;&apos; (например, 1;3), %1</translation>
    </message>
    <message>
        <source>points for each part; the parts add up to %1</source>
        <translation>баллы по каждой части; сумма частей равна %1</translation>
    </message>
    <message>
        <source>managers only</source>
        <translation>только для руководителей</translation>
    </message>
    <message>
        <source>non-managers only</source>
        <translation>только для не руководителей</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Завершен</translation>
    </message>
    <message>
        <source>Personal motivational card</source>
        <translation>Персональная мотивационная карта</translation>
    </message>
    <message>
        <source>Professional growth card</source>
        <translation>Карта профессионального роста</translation>
    </message>
    <message>
        <source>Career card</source>
        <translation>Карта карьеры</translation>
    </message>
    <message>
        <source>Diagnostic motivational card</source>
        <translation>Диагностическая мотивационная карта</translation>
    </message>
    <message>
        <source>Strategic motivational card</source>
        <translation>Стратегическая мотивационная карта</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Прекращена</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждена</translation>
    </message>
    <message>
        <source>under 1 year</source>
        <translation>до 1 года</translation>
    </message>
    <message>
        <source>1–3 years</source>
        <translation>1–3 года</translation>
    </message>
    <message>
        <source>3–5 years</source>
        <translation>3–5 лет</translation>
    </message>
    <message>
        <source>5–10 years</source>
        <translation>5–10 лет</translation>
    </message>
    <message>
        <source>10–15 years</source>
        <translation>10–15 лет</translation>
    </message>
    <message>
        <source>15–20 years</source>
        <translation>15–20 лет</translation>
    </message>
    <message>
        <source>10–20 years</source>
        <translation>10–20 лет</translation>
    </message>
    <message>
        <source>over 20 years</source>
        <translation>свыше 20 лет</translation>
    </message>
    <message>
        <source>tenure not given</source>
        <translation>стаж не указан</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <source>Your answers have been saved. The survey will be ready for the next colleague in a few seconds.</source>
        <translation>Ваши ответы сохранены. Через несколько секунд анкета будет готова для следующего коллеги.</translation>
    </message>
</context>
<context>
    <name>UsersWidget</name>
    <message>
        <source>Accounts</source>
        <translation>Учетные записи</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Новая учетная запись…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Отключить / включить</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Журнал аудита…</translation>
    </message>
    <message>
        <source>Create an account for an HR officer or a department head</source>
        <translation>Создать учетную запись для сотрудника кадровой службы или руководителя подразделения</translation>
    </message>
    <message>
        <source>Disable the selected account (it can no longer sign in), or enable it again</source>
        <translation>Отключить выбранную учетную запись (вход станет невозможен) или снова включить ее</translation>
    </message>
    <message>
        <source>Who did what and when: sign-ins, changes, exports</source>
        <translation>Кто, что и когда сделал: входы, изменения, выгрузки</translation>
    </message>
    <message>
        <source>HR administrator</source>
        <translation>Администратор кадровой службы</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Руководитель подразделения</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>Нельзя отключить собственную учетную запись.</translation>
    </message>
</context>
<context>
    <name>_EmployeesPage</name>
    <message>
        <source>Employees in the register: %1</source>
        <translation>Сотрудников в списке: %1</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed:</source>
        <translation>Файл %1 не импортирован; ничего не изменено:</translation>
    </message>
</context>
<context>
    <name>_OrganisationPage</name>
    <message>
        <source>Add at least one department: campaigns ask respondents for their department and count participation against its headcount.</source>
        <translation>Добавьте хотя бы одно подразделение: опросы спрашивают у респондентов их подразделение и считают явку от его штатной численности.</translation>
    </message>
    <message>
        <source>Headcount 0 for: %1. Participation of these departments cannot be measured against the 35 % rule. Continue anyway?</source>
        <translation>Штатная численность 0: %1. Явку этих подразделений нельзя оценить по правилу 35 %. Все равно продолжить?</translation>
    </message>
</context>
<context>
    <name>_SecondAdminPage</name>
    <message>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>Это имя пользователя уже занято.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Пароль должен содержать не менее 8 символов.</translation>
    </message>
</context>
</TS>
