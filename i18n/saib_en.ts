<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BackupSettings</name>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1</source>
        <translation>
            <numerusform>Exported %n entry to %1</numerusform>
            <numerusform>Exported %n entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message numerus="yes">
        <source>Your load is heaviest in %1: it was the heaviest in %2 of the %n year(s) compared.</source>
        <translation>
            <numerusform>Your load is heaviest in %1: it was the heaviest in %2 of the %n year compared.</numerusform>
            <numerusform>Your load is heaviest in %1: it was the heaviest in %2 of the %n years compared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>load %1 lower on %n day(s)</source>
        <translation>
            <numerusform>load %1 lower on %n day</numerusform>
            <numerusform>load %1 lower on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>load %1 higher on %n day(s)</source>
        <translation>
            <numerusform>load %1 higher on %n day</numerusform>
            <numerusform>load %1 higher on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You checked in on %n day(s).</source>
        <translation>
            <numerusform>You checked in on %n day.</numerusform>
            <numerusform>You checked in on %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emotional load was 8 or more on %n of them.</source>
        <translation>
            <numerusform>Emotional load was 8 or more on %n of them.</numerusform>
            <numerusform>Emotional load was 8 or more on %n of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message numerus="yes">
        <source>A heavy stretch: your emotional load was 8 or more on %n of your last 7 check-ins.</source>
        <translation>
            <numerusform>A heavy stretch: your emotional load was 8 or more on %n of your last 7 check-ins.</numerusform>
            <numerusform>A heavy stretch: your emotional load was 8 or more on %n of your last 7 check-ins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n check-in(s) in the last 30 days</source>
        <translation>
            <numerusform>%n check-in in the last 30 days</numerusform>
            <numerusform>%n check-ins in the last 30 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursPicker</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message numerus="yes">
        <source>%n check-in(s) this week.</source>
        <translation>
            <numerusform>%n check-in this week.</numerusform>
            <numerusform>%n check-ins this week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your emotional load has been high on %n of your last 7 check-ins.</source>
        <translation>
            <numerusform>Your emotional load has been high on %n of your last 7 check-ins.</numerusform>
            <numerusform>Your emotional load has been high on %n of your last 7 check-ins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalHome</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>National</name>
    <message numerus="yes">
        <source>You: %1 hours a week this term, over %n full week(s) of check-ins.</source>
        <translation>
            <numerusform>You: %1 hours a week this term, over %n full week of check-ins.</numerusform>
            <numerusform>You: %1 hours a week this term, over %n full weeks of check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You: %1 hours a week over the last eight weeks, from %n full week(s) of check-ins.</source>
        <translation>
            <numerusform>You: %1 hours a week over the last eight weeks, from %n full week of check-ins.</numerusform>
            <numerusform>You: %1 hours a week over the last eight weeks, from %n full weeks of check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You: %1 hours a school day this term, over %n day(s) of check-ins.</source>
        <translation>
            <numerusform>You: %1 hours a school day this term, over %n day of check-ins.</numerusform>
            <numerusform>You: %1 hours a school day this term, over %n days of check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You: %1 hours a school day over the last eight weeks, from %n day(s) of check-ins.</source>
        <translation>
            <numerusform>You: %1 hours a school day over the last eight weeks, from %n day of check-ins.</numerusform>
            <numerusform>You: %1 hours a school day over the last eight weeks, from %n days of check-ins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message numerus="yes">
        <source>Saib locks itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Saib locks itself after %n minute without use.</numerusform>
            <numerusform>Saib locks itself after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lock after %n minute(s)</source>
        <translation>
            <numerusform>Lock after %n minute</numerusform>
            <numerusform>Lock after %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n min</source>
        <translation>
            <numerusform>Wait %n min</numerusform>
            <numerusform>Wait %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n minute(s) before locking</source>
        <translation>
            <numerusform>Wait %n minute before locking</numerusform>
            <numerusform>Wait %n minutes before locking</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyPreviewPage</name>
    <message numerus="yes">
        <source>Sent as %n byte(s), without the spaces and line breaks added here.</source>
        <translation>
            <numerusform>Sent as %n byte, without the spaces and line breaks added here.</numerusform>
            <numerusform>Sent as %n bytes, without the spaces and line breaks added here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyQuestion</name>
    <message numerus="yes">
        <source>Choose up to %n.</source>
        <translation>
            <numerusform>Choose up to %n.</numerusform>
            <numerusform>Choose up to %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message numerus="yes">
        <source>%n survey(s) from the server were refused: </source>
        <translation>
            <numerusform>%n survey from the server was refused: </numerusform>
            <numerusform>%n surveys from the server were refused: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified survey(s) found.</source>
        <translation>
            <numerusform>%n verified survey found.</numerusform>
            <numerusform>%n verified surveys found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued survey answer(s) sent.</source>
        <translation>
            <numerusform>The answers to %n queued survey were sent.</numerusform>
            <numerusform>The answers to %n queued surveys were sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>%n journal entry(s) had been changed on two devices. Both versions are kept; the copy says “version from another device” in its title.</source>
        <translation>
            <numerusform>%n journal entry had been changed on two devices. Both versions are kept; the copy says “version from another device” in its title.</numerusform>
            <numerusform>%n journal entries had been changed on two devices. Both versions of each are kept; each copy says “version from another device” in its title.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the relay failed the integrity check and were ignored.</source>
        <translation>
            <numerusform>%n item from the relay failed the integrity check and was ignored.</numerusform>
            <numerusform>%n items from the relay failed the integrity check and were ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n day(s) ago</source>
        <translation>
            <numerusform>Added %n day ago</numerusform>
            <numerusform>Added %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already on this device will be shared with them.</source>
        <translation>
            <numerusform>%n record already on this device will be shared with them.</numerusform>
            <numerusform>%n records already on this device will be shared with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device · added %n day(s) ago</source>
        <translation>
            <numerusform>This device · added %n day ago</numerusform>
            <numerusform>This device · added %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
</context>
</TS>
