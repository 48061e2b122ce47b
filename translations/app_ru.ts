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
    <name>CampaignDialog</name>
    <message>
        <source>Set up the organisation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the campaign&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one questionnaire or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anonymity threshold cannot be below 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk PIN must be 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft campaign can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymity threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure is shown for a group of fewer respondents than this (never below 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk PIN (4–8 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments and headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires and tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional factors (marked * in the methodology)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demographic questions (optional to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
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
        <source>Create a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change of status is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey campaigns yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign asks your staff anonymous motivation questionnaires at the kiosk and collects the answers for analysis. Set up your departments in Settings, then create a campaign — or open the demo database to look around.</source>
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
    <name>DemographicsPage</name>
    <message>
        <source>A few questions about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All optional. They are used only for group figures, and no figure is ever shown for a group of fewer people than the anonymity threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your length of service in the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you hold a managerial position?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
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
        <source>Named test session…</source>
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
    <name>InstrumentResult</name>
    <message>
        <source>Do you agree with this result?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interpretation</name>
    <message>
        <source>Leading type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation tools that suit you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most important to you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least important to you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough answers to compute this result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskLaunch</name>
    <message>
        <source>There is no campaign with this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk runs only for an open campaign: open it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a kiosk PIN for this campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Exit (HR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please choose at least %n option(s) here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please choose no more than %n option(s) here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The points must add up to %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there? The survey will close in %1 s and your answers so far will be set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session? Answers given so far are kept but set aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsatisfactory</source>
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
    <name>NamedSessionDialog</name>
    <message>
        <source>Named test session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests to take:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee has agreed to take these tests under his name (consent recorded today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationWidget</name>
    <message>
        <source>a name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the headcount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this name is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation and departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Russian):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Kazakh):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnVariant</name>
    <message>
        <source>Your own factor, in a few words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR officer&apos;s PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointSplit</name>
    <message>
        <source>Points left to give: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Your results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n question(s) left unanswered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You may answer them now (tap a question) or finish without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions are answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press «Finish» to submit your answers.</source>
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
    <name>StartPage</name>
    <message>
        <source>Motivation tests for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You agreed to take these tests. At the end you will see your own result and can say whether you agree with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous survey of work motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are anonymous: no name is asked and nobody can tell which answers are yours. Choose the language to begin; you can switch it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to enter the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per respondent. Leave a cell blank if the question was not answered. Do not rename or move the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional columns: respondent (any code, never a name), department, tenure_band, gender, is_manager (1 = yes, 0 = no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option number, 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option numbers joined by &apos;;&apos; (for example 1;3), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points for each part; the parts add up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-managers only</source>
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
    <message>
        <source>under 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5–10 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10–15 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15–20 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 20 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers have been saved. The survey will be ready for the next colleague in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
