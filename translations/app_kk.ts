<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative significance d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any length of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any gender</source>
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
    <message>
        <source>Managers and staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff (non-managers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents in this selection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign did not include this questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The motivation level needs both the significance and the satisfaction questionnaire with enough respondents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integral motivation level: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(previous campaign: %1, %2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserves (satisfaction below significance): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total satisfaction: high (≥ 60 %) %1, medium %2, low (&lt; 40 %) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better: 10 (most favourable) … 80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation types</source>
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
    <name>AnalysisTabs</name>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High (4–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low (0–2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum (5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive (3–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative (0–2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed type</source>
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
    <name>CardDialog</name>
    <message>
        <source>give from 2 to 6 ranked answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same answer appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan row needs a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end is before the start</source>
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
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional growth plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks 1–9, 11, 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10. Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of motivational measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop maintaining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by (head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from diagnostic cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demotivators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the yearly review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop maintaining the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (seed §4.4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 diagnostic card(s) found: the previous state stays empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Are information on possible career growth and a career programme important to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If yes, a career card is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to know your motivational profile and agree to take the tests?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If yes, a named test session is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you agree with the test results; did they help you know your motives better?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If not, why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which measures would raise the effectiveness of your work and your satisfaction with it and with our organisation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions: motives (profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions: instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions: proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivators: which factors matter most to you now for effective work in our organisation? Rank them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demotivators: which factors harm (or may harm) the effectiveness and results of your work or your interest in it? Rank them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation instruments: which rewards or sanctions are the most effective for you? Rank them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional professional education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training, retraining, advanced training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conferences, round tables, seminars, trainings, business games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studying, mastering and exchanging professional experience inside or outside the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internships, business trips, rotation, acting in a position, delegation of powers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>papers, analytical reports and reviews on advanced practice and professional literature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publications, teaching (lectures), learning a foreign language, research work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short-term (1–2 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium-term (3–5 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long-term (over 5 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position planned by the employee (its qualification requirements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General information on the employee and his qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of service (total / civil service / organisation / position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous professional experience, positions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusion in the reserve of promising / managerial staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moral qualities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business qualities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State awards / honorary titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public recognition (letters of thanks, public awards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disciplinary penalties, other measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment of the effectiveness and results of professional activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of labour and performance discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestations (results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing (if taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment of the career goals (positive / negative / alternative ways of promotion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competences needed for the planned position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional development plan (forms, kinds, stages, term)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of the planned promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the career card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planned position was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the employee gave up the career goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative assessment of the career goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the employee left the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments / number of respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of respondents in the headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivational cards and the structure of motives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal motivational cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional growth cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees with a motivational profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure of the profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall motivation level and effectiveness of incentives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods and instruments used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main results of each method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall motivation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significance of work factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivational balance; key factors lowering motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio of employees&apos; motivational initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWOT analysis of the motivation system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities, incl. key significance indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff threats, incl. key demotivators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions and proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals (recommendations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Overall motivation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.1. Key factors of work significance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.2. Job satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.3. Organisational commitment, incl. psychological climate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Motivational balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.1. Main demotivators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Balance of rewards and sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Effectiveness and results of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Motivational profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Staff risks, threats / problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6.1. Staff turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6.2. Development of staff potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6.3. Portfolio of employees&apos; strategic initiatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous state (period, sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual state (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectation / target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivational measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods / instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline / stages / executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results, conclusions</source>
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
        <source>department not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserves (demotivators):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key demotivators:</source>
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
        <source>Overdue plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the organisation first (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add employees first (Employees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A career card is created from an employee&apos;s professional growth card (seed §4.4): create the growth card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New career card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional growth card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A diagnostic card summarises a campaign: run a campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New diagnostic card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a department&apos;s cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
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
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards yet: use New card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue plan item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Catalogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivator map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name to edit it. Entries used on cards are never deleted: retire one to stop offering it (it stays on existing cards, shown in grey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire / restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Russian name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Russian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Kazakh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (own wording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2–%3 answers</source>
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
    <name>FieldForm</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
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
    <name>ItemsPage</name>
    <message>
        <source>Choose one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose as many answers as apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose %n answer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose from %1 to %2 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Share %n point(s) between the statements.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>Please choose no more than %n option(s) here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The points must add up to %n.</source>
        <translation type="unfinished">
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
        <source>Change &amp;password…</source>
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
        <source>Afterwards, let the employee fill his part of the personal motivational card (motivators, demotivators, motivation instruments, proposals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Department head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the departments this head may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
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
    <name>PersonalCardPage</name>
    <message>
        <source>Your personal motivational card</source>
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
    <name>PlanTableEditor</name>
    <message>
        <source>Kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form / kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result, assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
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
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Hidden: fewer than %1 respondents in this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: the rest of the group would be fewer than %1 respondents, and could be worked out by subtraction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Motivation survey report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
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
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The methodology recommends that at least 35 % of the staff take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×: hidden to protect anonymity (too few respondents in the group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integral motivation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative significance d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivational balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motivator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demotivator (reserve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap (significance − satisfaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents by total satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High (60 % and more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium (40–60 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low (under 40 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores 3–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores 0–2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key demotivators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of leading types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tenure band, % of maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form / kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result, assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by the HR service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended measures to meet the employee&apos;s significant needs and motives and to remove demotivators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional growth plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of motivational measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the HR service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component of the motivation strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivator map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of motivation factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation factors of professional activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characteristic of the factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods of motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for the direct manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for the HR service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENTIAL: personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal scores: a mixed type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended motivation tools:</source>
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
    <name>SignInDialog</name>
    <message>
        <source>First start: create the account of the HR administrator. Keep the password safe; the administrator then creates the accounts of department heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Motivdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator already exists: sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
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
    <name>TableExport</name>
    <message>
        <source>Export to Excel</source>
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
    <message>
        <source>tenure not given</source>
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
<context>
    <name>UsersWidget</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
