<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnalysisPage</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: at least %1 of the headcount of each department (methodology §3.1). Departments below the target are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to analyse yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures appear here as soon as a campaign has finished questionnaires. Open the demo database to explore a finished campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey campaigns yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign asks your staff anonymous motivation questionnaires at the kiosk and collects the answers for analysis. To see how a finished campaign looks, open the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivational cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal, career and professional growth cards are filled with an employee; diagnostic and strategic cards summarise a campaign. Open the demo database to see filled cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employees yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees are needed only for named test sessions and personal cards; anonymous campaigns never record who answered. Open the demo database to see an example organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2

Measures and manages the work motivation of civil servants: anonymous surveys, motivation tests and motivational cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal motivational card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional growth card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic motivational card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic motivational card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
