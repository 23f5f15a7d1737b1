<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>CheckinPage</name>
    <message>
        <source>Saved. Thank you for pausing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in for an earlier day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved, you are editing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on strategy rather than firefighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How heavy today&apos;s demands felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwhelming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much you carried for others and yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full of energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What drained you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something else that drained you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sustained you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something else that helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Your passphrase needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Saib data here yet. Create a passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saib data already exists here; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged, so the data cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption could not start on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is damaged or is not a Saib file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data was written by a newer version of Saib. Please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted database library is missing, so nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is full, so this was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder is read-only, so this was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed. Your earlier data is safe; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saib is locked. Unlock it with your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot check in for a day that has not happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked must be between 0 and 24, in half-hour steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strategic share must be between 0 and 100 per cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand must be a whole number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional load must be a whole number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy must be a whole number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag must have 1 to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most 20 tags in each list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: keep it under 1000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n check-in(s) in the last 30 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 h · strategic %2% · demand %3 · emotional load %4 · energy %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drained by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet. Your first one takes less than 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Saib</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainArea</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Saib now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Passphrase changed. Use the new one next time you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data stays as it is; only the lock on its key changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saib locks itself after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored encrypted in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you lose your passphrase, this data cannot be recovered by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saib %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Saib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private place to pause: a 30-second daily check-in and room to reflect. Everything stays encrypted on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase (at least 8 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few unrelated words make a strong passphrase that is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget this passphrase, your data cannot be recovered. Nobody can reset it: not Saib, not your school, not IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my private space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Too short: use at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: longer would be safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <source>Add your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own tag; activate to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrutiny and accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paperwork and bureaucracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many masters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time for my own development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being the figurehead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding others&apos; emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guilt about time away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Society&apos;s expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing and recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer headteachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor or coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair of governors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected thinking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise or rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition or celebration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling or support line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sustains you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Saib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saib is locked. Enter your passphrase to open your private space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
