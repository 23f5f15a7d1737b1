<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutSettings</name>
    <message>
        <source>About</source>
        <translation>Ynghylch</translation>
    </message>
    <message>
        <source>Saib %1</source>
        <translation>Saib %1</translation>
    </message>
    <message>
        <source>A private place for school leaders to pause, notice and write. Everything you enter is encrypted on this device; sync, if you turn it on, passes only ciphertext between your own devices.</source>
        <translation>Lle preifat i arweinwyr ysgol oedi, sylwi ac ysgrifennu. Mae popeth rwyt ti&apos;n ei roi i mewn wedi&apos;i amgryptio ar y ddyfais hon; os wyt ti&apos;n troi&apos;r cysoni ymlaen, dim ond testun cudd sy&apos;n mynd rhwng dy ddyfeisiau di.</translation>
    </message>
    <message>
        <source>Hide where the data is stored</source>
        <translation>Cuddio ble mae&apos;r data&apos;n cael ei gadw</translation>
    </message>
    <message>
        <source>Show where the data is stored</source>
        <translation>Dangos ble mae&apos;r data&apos;n cael ei gadw</translation>
    </message>
    <message>
        <source>Stored encrypted in this folder:</source>
        <translation>Yn cael ei gadw, wedi&apos;i amgryptio, yn y ffolder hon:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Ffolder ddata</translation>
    </message>
</context>
<context>
    <name>AppearanceSettings</name>
    <message>
        <source>Appearance and language</source>
        <translation>Golwg ac iaith</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Golwg</translation>
    </message>
    <message>
        <source>Same as this device</source>
        <translation>Yr un fath â&apos;r ddyfais hon</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ysgafn</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>Colours: %1</source>
        <translation>Lliwiau: %1</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Backup and export</source>
        <translation>Copi wrth gefn ac allforio</translation>
    </message>
    <message>
        <source>Saib export %1</source>
        <translation>Allforio Saib %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1</source>
        <translation>
            <numerusform>Allforiwyd dim cofnodion i %1</numerusform>
            <numerusform>Allforiwyd %n cofnod i %1</numerusform>
            <numerusform>Allforiwyd %n cofnod i %1</numerusform>
            <numerusform>Allforiwyd %n cofnod i %1</numerusform>
            <numerusform>Allforiwyd %n cofnod i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation>Gwneud copi wrth gefn ac adfer</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding everything in Saib. It has its own passphrase, so you can restore it on a new device. Without that passphrase nobody can open the backup, not even you.</source>
        <translation>Un ffeil wedi&apos;i hamgryptio sy&apos;n cynnwys popeth yn Saib yw copi wrth gefn. Mae ganddo ei gyfrinymadrodd ei hun, felly gelli di ei adfer ar ddyfais newydd. Heb y cyfrinymadrodd hwnnw, all neb agor y copi wrth gefn: nid hyd yn oed ti.</translation>
    </message>
    <message>
        <source>Backup passphrase (at least 8 characters)</source>
        <translation>Cyfrinymadrodd y copi wrth gefn (o leiaf 8 nod)</translation>
    </message>
    <message>
        <source>Type the backup passphrase again (not needed to restore)</source>
        <translation>Teipia gyfrinymadrodd y copi wrth gefn eto (does dim angen hyn i adfer)</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Adfer o gopi wrth gefn…</translation>
    </message>
    <message>
        <source>Working on the backup… Saib stays usable meanwhile.</source>
        <translation>Wrthi&apos;n gweithio ar y copi wrth gefn… Gelli di ddal i ddefnyddio Saib yn y cyfamser.</translation>
    </message>
    <message>
        <source>Restoring works only while Saib is empty, for example on a new device: nothing here is ever overwritten.</source>
        <translation>Dim ond pan fydd Saib yn wag y mae adfer yn gweithio, er enghraifft ar ddyfais newydd: fydd dim byd sydd yma byth yn cael ei drosysgrifo.</translation>
    </message>
    <message>
        <source>Export your journal</source>
        <translation>Allforio dy ddyddiadur</translation>
    </message>
    <message>
        <source>Exported files are not encrypted: keep them somewhere only you can reach.</source>
        <translation>Dydy ffeiliau wedi&apos;u hallforio ddim wedi&apos;u hamgryptio: cadwa nhw rywle lle mai dim ond ti sy&apos;n gallu eu cyrraedd.</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Allforio fel Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Allforio fel JSON…</translation>
    </message>
    <message>
        <source>Import a journal export (JSON)…</source>
        <translation>Mewnforio allforyn o&apos;r dyddiadur (JSON)…</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Cadw&apos;r copi wrth gefn fel</translation>
    </message>
    <message>
        <source>Saib backups (*.saibbackup)</source>
        <translation>Copïau wrth gefn Saib (*.saibbackup)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Dewisa gopi wrth gefn i&apos;w adfer</translation>
    </message>
    <message>
        <source>Choose a journal export to import</source>
        <translation>Dewisa allforyn dyddiadur i&apos;w fewnforio</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Ffeiliau JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Dewisa ble i gadw&apos;r allforio</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Week %1 of the autumn term</source>
        <translation>Wythnos %1 tymor yr hydref</translation>
    </message>
    <message>
        <source>Week %1 of the spring term</source>
        <translation>Wythnos %1 tymor y gwanwyn</translation>
    </message>
    <message>
        <source>Week %1 of the summer term</source>
        <translation>Wythnos %1 tymor yr haf</translation>
    </message>
    <message>
        <source>the first half of the autumn term</source>
        <translation>hanner cyntaf tymor yr hydref</translation>
    </message>
    <message>
        <source>the second half of the autumn term</source>
        <translation>ail hanner tymor yr hydref</translation>
    </message>
    <message>
        <source>the first half of the spring term</source>
        <translation>hanner cyntaf tymor y gwanwyn</translation>
    </message>
    <message>
        <source>the second half of the spring term</source>
        <translation>ail hanner tymor y gwanwyn</translation>
    </message>
    <message>
        <source>the first half of the summer term</source>
        <translation>hanner cyntaf tymor yr haf</translation>
    </message>
    <message>
        <source>the second half of the summer term</source>
        <translation>ail hanner tymor yr haf</translation>
    </message>
    <message>
        <source>None: don&apos;t use term dates</source>
        <translation>Dim: paid â defnyddio dyddiadau tymor</translation>
    </message>
    <message>
        <source>Saib has no published dates for this school year: add your own below.</source>
        <translation>Does gan Saib ddim dyddiadau wedi&apos;u cyhoeddi ar gyfer y flwyddyn ysgol hon: ychwanega dy rai dy hun isod.</translation>
    </message>
    <message>
        <source>Some of this year&apos;s dates could not be checked against a published source. Check them with your school.</source>
        <translation>Doedd dim modd gwirio rhai o ddyddiadau eleni yn erbyn ffynhonnell gyhoeddedig. Gwiria nhw gyda&apos;r ysgol.</translation>
    </message>
    <message>
        <source>This year&apos;s dates were checked against a published source on %1.</source>
        <translation>Cafodd dyddiadau eleni eu gwirio yn erbyn ffynhonnell gyhoeddedig ar %1.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Autumn term %1</source>
        <translation>Tymor yr hydref %1</translation>
    </message>
    <message>
        <source>Spring term %1</source>
        <translation>Tymor y gwanwyn %1</translation>
    </message>
    <message>
        <source>Summer term %1</source>
        <translation>Tymor yr haf %1</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>wythnos %1</translation>
    </message>
    <message>
        <source>weeks %1–%2</source>
        <translation>wythnosau %1–%2</translation>
    </message>
    <message>
        <source>Autumn term, %1</source>
        <translation>Tymor yr hydref, %1</translation>
    </message>
    <message>
        <source>Spring term, %1</source>
        <translation>Tymor y gwanwyn, %1</translation>
    </message>
    <message>
        <source>Summer term, %1</source>
        <translation>Tymor yr haf, %1</translation>
    </message>
    <message>
        <source>half-term</source>
        <translation>hanner tymor</translation>
    </message>
    <message>
        <source>INSET day</source>
        <translation>Diwrnod HMS</translation>
    </message>
    <message>
        <source>%1 week</source>
        <comment>a marked week named by the leader, e.g. Estyn week</comment>
        <translation>wythnos %1</translation>
    </message>
    <message>
        <source>Inspection week</source>
        <translation>Wythnos arolygu</translation>
    </message>
    <message>
        <source>Marked week</source>
        <translation>Wythnos wedi&apos;i nodi</translation>
    </message>
    <message>
        <source>Autumn half-term</source>
        <translation>Hanner tymor yr hydref</translation>
    </message>
    <message>
        <source>Spring half-term</source>
        <translation>Hanner tymor y gwanwyn</translation>
    </message>
    <message>
        <source>Summer half-term</source>
        <translation>Hanner tymor yr haf</translation>
    </message>
    <message>
        <source>Christmas holiday</source>
        <translation>Gwyliau&apos;r Nadolig</translation>
    </message>
    <message>
        <source>Easter holiday</source>
        <translation>Gwyliau&apos;r Pasg</translation>
    </message>
    <message>
        <source>Summer holiday</source>
        <translation>Gwyliau&apos;r haf</translation>
    </message>
    <message>
        <source>Your load is heaviest in %1, every year so far.</source>
        <translation>Mae dy lwyth ar ei drymaf yn %1, bob blwyddyn hyd yma.</translation>
    </message>
    <message numerus="yes">
        <source>Your load is heaviest in %1: it was the heaviest in %2 of the %n year(s) compared.</source>
        <translation>
            <numerusform>Mae dy lwyth ar ei drymaf yn %1: felly roedd hi mewn %2 o&apos;r blynyddoedd a gymharwyd (%n i gyd).</numerusform>
            <numerusform>Mae dy lwyth ar ei drymaf yn %1: felly roedd hi mewn %2 o&apos;r blynyddoedd a gymharwyd (%n i gyd).</numerusform>
            <numerusform>Mae dy lwyth ar ei drymaf yn %1: felly roedd hi mewn %2 o&apos;r blynyddoedd a gymharwyd (%n i gyd).</numerusform>
            <numerusform>Mae dy lwyth ar ei drymaf yn %1: felly roedd hi mewn %2 o&apos;r blynyddoedd a gymharwyd (%n i gyd).</numerusform>
            <numerusform>Mae dy lwyth ar ei drymaf yn %1: felly roedd hi mewn %2 o&apos;r blynyddoedd a gymharwyd (%n i gyd).</numerusform>
        </translation>
    </message>
    <message>
        <source>So far your load has been heaviest in %1.</source>
        <translation>Hyd yma mae dy lwyth wedi bod ar ei drymaf yn %1.</translation>
    </message>
    <message>
        <source>This time in %1 your load is %2 out of 10, heavier than the same weeks last year (%3).</source>
        <translation>Yr adeg hon yn %1 mae dy lwyth yn %2 allan o 10, yn drymach na&apos;r un wythnosau y llynedd (%3).</translation>
    </message>
    <message>
        <source>This time in %1 your load is %2 out of 10, lighter than the same weeks last year (%3).</source>
        <translation>Yr adeg hon yn %1 mae dy lwyth yn %2 allan o 10, yn ysgafnach na&apos;r un wythnosau y llynedd (%3).</translation>
    </message>
    <message>
        <source>This time in %1 your load is %2 out of 10, much as in the same weeks last year (%3).</source>
        <translation>Yr adeg hon yn %1 mae dy lwyth yn %2 allan o 10, tua&apos;r un fath â&apos;r un wythnosau y llynedd (%3).</translation>
    </message>
    <message>
        <source>The breaks restore you: your energy averages %1 in the week before a holiday and %2 in the week back.</source>
        <translation>Mae&apos;r gwyliau&apos;n dy adfer: mae dy egni&apos;n %1 ar gyfartaledd yn yr wythnos cyn gwyliau, ac yn %2 yn yr wythnos gyntaf yn ôl.</translation>
    </message>
    <message>
        <source>The breaks are not restoring your energy much: %1 in the week before a holiday, %2 in the week back. The holiday itself may need protecting.</source>
        <translation>Dydy&apos;r gwyliau ddim yn adfer llawer ar dy egni: %1 yn yr wythnos cyn gwyliau, %2 yn yr wythnos gyntaf yn ôl. Efallai fod angen gwarchod y gwyliau eu hunain.</translation>
    </message>
</context>
<context>
    <name>CheckinCalendar</name>
    <message>
        <source>light load</source>
        <translation>baich ysgafn</translation>
    </message>
    <message>
        <source>moderate load</source>
        <translation>baich cymedrol</translation>
    </message>
    <message>
        <source>heavy load</source>
        <translation>baich trwm</translation>
    </message>
    <message>
        <source>checked in, load not rated</source>
        <translation>cofnod wedi&apos;i gadw, heb sgorio&apos;r baich</translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation>dim gwiriad</translation>
    </message>
    <message>
        <source>demand %1, emotional load %2</source>
        <translation>pwysau gwaith %1, baich emosiynol %2</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heddiw, %1</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>How was today?</source>
        <translation>Sut aeth heddiw?</translation>
    </message>
    <message>
        <source>Check-in for an earlier day</source>
        <translation>Gwiriad ar gyfer diwrnod cynharach</translation>
    </message>
    <message>
        <source>saved, you are editing it</source>
        <translation>wedi&apos;i gadw, rwyt ti&apos;n ei olygu</translation>
    </message>
    <message>
        <source>Same as yesterday</source>
        <translation>Yr un fath â ddoe</translation>
    </message>
    <message>
        <source>Copies yesterday&apos;s answers and tags; you can still change them</source>
        <translation>Yn copïo atebion a thagiau ddoe; gelli di eu newid o hyd</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Pwysau gwaith</translation>
    </message>
    <message>
        <source>How heavy today&apos;s demands felt</source>
        <translation>Pa mor drwm oedd gofynion heddiw</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ysgafn</translation>
    </message>
    <message>
        <source>Overwhelming</source>
        <translation>Llethol</translation>
    </message>
    <message>
        <source>Emotional load</source>
        <translation>Baich emosiynol</translation>
    </message>
    <message>
        <source>How much you carried for others and yourself</source>
        <translation>Faint roeddet ti&apos;n ei gario dros eraill a throsot dy hun</translation>
    </message>
    <message>
        <source>Very heavy</source>
        <translation>Trwm iawn</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Egni</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Gwag</translation>
    </message>
    <message>
        <source>Full of energy</source>
        <translation>Llawn egni</translation>
    </message>
    <message>
        <source>Strategic share</source>
        <translation>Cyfran strategol</translation>
    </message>
    <message>
        <source>Time on strategy rather than firefighting</source>
        <translation>Amser ar strategaeth yn hytrach na diffodd tanau</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>What drained you?</source>
        <translation>Beth wnaeth dy flino di?</translation>
    </message>
    <message>
        <source>Add something else that drained you</source>
        <translation>Ychwanega rywbeth arall a wnaeth dy flino</translation>
    </message>
    <message>
        <source>What sustained you?</source>
        <translation>Beth wnaeth dy gynnal di?</translation>
    </message>
    <message>
        <source>Add something else that helped</source>
        <translation>Ychwanega rywbeth arall a fu o help</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ychwanegu nodyn</translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation>Nodyn i ti dy hun (dewisol)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Tab moves on to the next control; Ctrl+Tab types a tab</source>
        <translation>Mae Tab yn symud i&apos;r rheolydd nesaf; mae Ctrl+Tab yn teipio nod tab</translation>
    </message>
    <message>
        <source>Saved. Thank you for pausing.</source>
        <translation>Wedi&apos;i gadw. Diolch am gymryd saib.</translation>
    </message>
    <message>
        <source>Update check-in</source>
        <translation>Diweddaru&apos;r gwiriad</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Cadw&apos;r gwiriad</translation>
    </message>
</context>
<context>
    <name>CoachSummaryPage</name>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Summary for a coach</source>
        <translation>Crynodeb ar gyfer hyfforddwr</translation>
    </message>
    <message>
        <source>Take something concrete to a coaching, mentoring or supervision session without handing over your journal. Choose the period and what goes in; nothing else does.</source>
        <translation>Cymer rywbeth pendant i sesiwn hyfforddi, fentora neu oruchwylio heb roi dy ddyddlyfr i neb. Dewisa&apos;r cyfnod a beth sy&apos;n mynd i mewn; does dim byd arall yn mynd.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Y 4 wythnos diwethaf</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Y 12 wythnos diwethaf</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Y flwyddyn ddiwethaf</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Beth i&apos;w gynnwys</translation>
    </message>
    <message>
        <source>Trends: demand, emotional load, energy, hours and strategic share</source>
        <translation>Tueddiadau: pwysau gwaith, baich emosiynol, egni, oriau a chyfran strategol</translation>
    </message>
    <message>
        <source>The six domains (weekly ratings)</source>
        <translation>Y chwe maes (sgorau wythnosol)</translation>
    </message>
    <message>
        <source>Leadership skills gaps</source>
        <translation>Bylchau mewn sgiliau arwain</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>Beth sy&apos;n ymddangos fel petai&apos;n helpu</translation>
    </message>
    <message>
        <source>Journal entries (only the ones you tick)</source>
        <translation>Cofnodion dyddlyfr (dim ond y rhai rwyt ti&apos;n eu ticio)</translation>
    </message>
    <message>
        <source>No journal entries in this period.</source>
        <translation>Dim cofnodion dyddlyfr yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>The saved file is not encrypted. Saib writes it so that only your user account can open it on this device, but anyone you give it to, or who can reach the folder you choose, can read it. Delete it when you no longer need it.</source>
        <translation>Dydy&apos;r ffeil sy&apos;n cael ei chadw ddim wedi&apos;i hamgryptio. Mae Saib yn ei hysgrifennu fel mai dim ond dy gyfrif defnyddiwr di sy&apos;n gallu ei hagor ar y ddyfais hon, ond gall unrhyw un sy&apos;n ei chael gen ti, neu sy&apos;n gallu cyrraedd y ffolder a ddewisi di, ei darllen. Dilea hi pan na fydd ei hangen arnat ti mwyach.</translation>
    </message>
    <message>
        <source>Also save a plain-text copy beside the PDF</source>
        <translation>Cadw copi testun plaen wrth ymyl y PDF hefyd</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>Cadw&apos;r crynodeb fel PDF…</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Cadw&apos;r crynodeb</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Choose the first day</source>
        <translation>Dewisa&apos;r diwrnod cyntaf</translation>
    </message>
    <message>
        <source>First day of the summary</source>
        <translation>Diwrnod cyntaf y crynodeb</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hyd at</translation>
    </message>
    <message>
        <source>Choose the last day</source>
        <translation>Dewisa&apos;r diwrnod olaf</translation>
    </message>
    <message>
        <source>Last day of the summary</source>
        <translation>Diwrnod olaf y crynodeb</translation>
    </message>
    <message>
        <source>Choose both days, the first before the last.</source>
        <translation>Dewisa&apos;r ddau ddiwrnod, y cyntaf cyn yr olaf.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Demand</source>
        <translation>Pwysau gwaith</translation>
    </message>
    <message>
        <source>Emotional load</source>
        <translation>Baich emosiynol</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Egni</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Oriau gwaith</translation>
    </message>
    <message>
        <source>Strategic share</source>
        <translation>Cyfran strategol</translation>
    </message>
    <message>
        <source>From %1 to %2, as weekly averages; a shaded band runs from each week&apos;s lowest to its highest day, and weeks without a check-in are left as gaps.</source>
        <translation>O %1 hyd %2, yn gyfartaleddau wythnosol; mae band lliw yn rhedeg o ddiwrnod isaf pob wythnos i&apos;w diwrnod uchaf, a gadewir wythnosau heb wiriad yn fylchau.</translation>
    </message>
    <message>
        <source>From %1 to %2, day by day; days without a check-in are left out, and a dashed line joins a gap of up to three days.</source>
        <translation>O %1 hyd %2, fesul diwrnod; does dim pwynt ar ddiwrnod heb wiriad, ac mae llinell doredig yn pontio bwlch o hyd at dri diwrnod.</translation>
    </message>
    <message>
        <source>%1: no check-ins in this period.</source>
        <translation>%1: dim gwiriadau yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>%1: latest %2, average %3, lowest %4, highest %5.</source>
        <translation>%1: diweddaraf %2, cyfartaledd %3, isaf %4, uchaf %5.</translation>
    </message>
    <message>
        <source>Shaded columns are school holidays (%1 of the %2 periods shown).</source>
        <translation>Gwyliau ysgol yw&apos;r colofnau wedi&apos;u lliwio (%1 o&apos;r %2 cyfnod a ddangosir).</translation>
    </message>
    <message>
        <source>A bar along the top marks your marked weeks: %1.</source>
        <translation>Mae bar ar hyd y brig yn dangos dy wythnosau wedi&apos;u nodi: %1.</translation>
    </message>
    <message>
        <source>A calendar of emotional load over the last year, one square per day, darker for heavier days.</source>
        <translation>Calendr o&apos;r baich emosiynol dros y flwyddyn ddiwethaf, un sgwâr i bob diwrnod, yn dywyllach ar ddiwrnodau trymach.</translation>
    </message>
    <message numerus="yes">
        <source>You checked in on %n day(s).</source>
        <translation>
            <numerusform>Dim gwiriad ar unrhyw ddiwrnod.</numerusform>
            <numerusform>Gwnest ti wiriad ar un diwrnod.</numerusform>
            <numerusform>Gwnest ti wiriad ar %n diwrnod.</numerusform>
            <numerusform>Gwnest ti wiriad ar %n diwrnod.</numerusform>
            <numerusform>Gwnest ti wiriad ar %n diwrnod.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emotional load was 8 or more on %n of them.</source>
        <translation>
            <numerusform>Doedd y baich emosiynol ddim yn 8 neu fwy ar yr un ohonyn nhw.</numerusform>
            <numerusform>Roedd y baich emosiynol yn 8 neu fwy ar un ohonyn nhw.</numerusform>
            <numerusform>Roedd y baich emosiynol yn 8 neu fwy ar %n ohonyn nhw.</numerusform>
            <numerusform>Roedd y baich emosiynol yn 8 neu fwy ar %n ohonyn nhw.</numerusform>
            <numerusform>Roedd y baich emosiynol yn 8 neu fwy ar %n ohonyn nhw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The heaviest month was %1.</source>
        <translation>Y mis trymaf oedd %1.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Yr wythnos hon</translation>
    </message>
    <message>
        <source>You are not alone: how leaders nationally are doing</source>
        <translation>Dwyt ti ddim ar dy ben dy hun: sut mae arweinwyr ledled y wlad</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 wythnos</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 mis</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Charts show weekly averages. The shaded band runs from each week&apos;s lowest to its highest day; a week without a check-in is a gap.</source>
        <translation>Mae&apos;r siartiau&apos;n dangos cyfartaleddau wythnosol. Mae&apos;r band lliw yn rhedeg o ddiwrnod isaf pob wythnos i&apos;w diwrnod uchaf; bwlch yw wythnos heb wiriad.</translation>
    </message>
    <message>
        <source>Charts show each day. A dashed line joins a weekend or other short gap; a longer gap is left empty.</source>
        <translation>Mae&apos;r siartiau&apos;n dangos pob diwrnod. Mae llinell doredig yn pontio penwythnos neu fwlch byr arall; mae bwlch hirach yn aros yn wag.</translation>
    </message>
    <message>
        <source>This week at a glance</source>
        <translation>Cipolwg ar yr wythnos hon</translation>
    </message>
    <message>
        <source>Demands and resources</source>
        <translation>Gofynion ac adnoddau</translation>
    </message>
    <message>
        <source>Demands: the average of demand and emotional load. Resources: energy, with support from the people and things that sustained you.</source>
        <translation>Gofynion: cyfartaledd pwysau gwaith a&apos;r baich emosiynol. Adnoddau: egni, ynghyd â&apos;r cymorth gan y bobl a&apos;r pethau a wnaeth dy gynnal.</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Gofynion</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Adnoddau</translation>
    </message>
    <message>
        <source>The gap is widening: demands have pulled ahead of your resources over this period.</source>
        <translation>Mae&apos;r bwlch yn lledu: mae&apos;r gofynion wedi tynnu ar y blaen i&apos;th adnoddau yn ystod y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tueddiadau</translation>
    </message>
    <message>
        <source>The six domains</source>
        <translation>Y chwe maes</translation>
    </message>
    <message>
        <source>You rate purpose and belonging highly, but feeling valued and cared for low. Leaders who left headship often described this pattern: it is worth talking about with someone you trust.</source>
        <translation>Rwyt ti&apos;n rhoi sgôr uchel i bwrpas a pherthyn, ond sgôr isel i gael dy werthfawrogi a theimlo bod eraill yn gofalu amdanat. Roedd arweinwyr a adawodd swydd pennaeth yn aml yn disgrifio&apos;r patrwm hwn: mae&apos;n werth siarad amdano â rhywun rwyt ti&apos;n ymddiried ynddo.</translation>
    </message>
    <message>
        <source>Change this week&apos;s rating</source>
        <translation>Newid sgôr yr wythnos hon</translation>
    </message>
    <message>
        <source>Rate this week</source>
        <translation>Rho sgôr i&apos;r wythnos hon</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Beth sy&apos;n helpu</translation>
    </message>
    <message>
        <source>After a few weeks of check-ins, this shows how your emotional load differs on days with and without each thing you tag. Each needs at least 5 days with it and 5 without.</source>
        <translation>Ar ôl ychydig wythnosau o wiriadau, bydd hyn yn dangos sut mae dy faich emosiynol yn newid ar y diwrnodau pan fyddi di&apos;n defnyddio pob tag, o&apos;u cymharu â&apos;r diwrnodau pan na fyddi di. Mae angen o leiaf 5 diwrnod o bob math.</translation>
    </message>
    <message>
        <source>Emotional load on the days you used each tag, against the days you did not. These are associations, not causes: a tag may simply come with a different kind of day.</source>
        <translation>Y baich emosiynol ar y diwrnodau pan ddefnyddiaist ti bob tag, o&apos;u cymharu â&apos;r diwrnodau pan na wnest ti. Cysylltiadau yw&apos;r rhain, nid achosion: efallai fod tag yn dod law yn llaw â math gwahanol o ddiwrnod.</translation>
    </message>
    <message>
        <source>Lifts you</source>
        <translation>Yn dy godi di</translation>
    </message>
    <message>
        <source>Weighs on you</source>
        <translation>Yn pwyso arnat ti</translation>
    </message>
    <message numerus="yes">
        <source>load %1 lower on %n day(s)</source>
        <translation>
            <numerusform>baich %1 yn is</numerusform>
            <numerusform>baich %1 yn is ar %n diwrnod</numerusform>
            <numerusform>baich %1 yn is ar %n diwrnod</numerusform>
            <numerusform>baich %1 yn is ar %n diwrnod</numerusform>
            <numerusform>baich %1 yn is ar %n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>load %1 higher on %n day(s)</source>
        <translation>
            <numerusform>baich %1 yn uwch</numerusform>
            <numerusform>baich %1 yn uwch ar %n diwrnod</numerusform>
            <numerusform>baich %1 yn uwch ar %n diwrnod</numerusform>
            <numerusform>baich %1 yn uwch ar %n diwrnod</numerusform>
            <numerusform>baich %1 yn uwch ar %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Your year</source>
        <translation>Dy flwyddyn</translation>
    </message>
    <message>
        <source>Light load</source>
        <translation>Baich ysgafn</translation>
    </message>
    <message>
        <source>Heavy load</source>
        <translation>Baich trwm</translation>
    </message>
    <message>
        <source>No check-in</source>
        <translation>Dim gwiriad</translation>
    </message>
    <message>
        <source>Leadership skills</source>
        <translation>Sgiliau arwain</translation>
    </message>
    <message>
        <source>Once a term, rate how important each leadership skill is to you and how confident you feel in it. The gaps show where development would help most.</source>
        <translation>Unwaith y tymor, rho sgôr i ba mor bwysig yw pob sgìl arwain i ti a pha mor hyderus rwyt ti&apos;n teimlo ynddo. Mae&apos;r bylchau&apos;n dangos lle byddai datblygu&apos;n helpu fwyaf.</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>bwlch %1</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>%1 o&apos;r blaen</translation>
    </message>
    <message>
        <source>Start the skills self-assessment</source>
        <translation>Dechrau&apos;r hunanasesiad sgiliau</translation>
    </message>
    <message>
        <source>Assess your skills again</source>
        <translation>Asesu dy sgiliau eto</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Clirio&apos;r dyddiad</translation>
    </message>
</context>
<context>
    <name>Domains</name>
    <message>
        <source>Purpose</source>
        <translation>Pwrpas</translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation>Perthyn</translation>
    </message>
    <message>
        <source>Feeling valued</source>
        <translation>Cael dy werthfawrogi</translation>
    </message>
    <message>
        <source>Feeling cared for</source>
        <translation>Teimlo bod eraill yn gofalu amdanat</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Tegwch</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Rheolaeth</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Draft saved</source>
        <translation>Drafft wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Written %1 · edited %2</source>
        <translation>Ysgrifennwyd %1 · golygwyd %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tagiau, wedi&apos;u gwahanu â choma</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagiau</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Write freely. Markdown works: *italic*, **bold**, - lists, # headings.</source>
        <translation>Ysgrifenna&apos;n rhydd. Mae Markdown yn gweithio: *italig*, **trwm**, - rhestrau, # penawdau.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Testun y cofnod</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Dileu&apos;r cofnod hwn?</translation>
    </message>
    <message>
        <source>It will be gone for good from this device.</source>
        <translation>Bydd wedi mynd am byth o&apos;r ddyfais hon.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Your passphrase needs at least 8 characters.</source>
        <translation>Mae angen o leiaf 8 nod yn dy gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Dydy&apos;r ddau gyfrinymadrodd ddim yr un fath.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Nothing has been changed.</source>
        <translation>Dydy&apos;r cyfrinymadrodd hwnnw ddim yn gywir. Does dim wedi newid.</translation>
    </message>
    <message>
        <source>There is no Saib data here yet. Create a passphrase first.</source>
        <translation>Does dim data Saib yma eto. Dewisa gyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <source>Saib data already exists here; it was left untouched.</source>
        <translation>Mae data Saib yma&apos;n barod; does dim wedi newid ynddo.</translation>
    </message>
    <message>
        <source>The key file is damaged, so the data cannot be opened.</source>
        <translation>Mae&apos;r ffeil allwedd wedi&apos;i difrodi, felly does dim modd agor y data.</translation>
    </message>
    <message>
        <source>Encryption could not start on this device.</source>
        <translation>Does dim modd cychwyn yr amgryptio ar y ddyfais hon.</translation>
    </message>
    <message>
        <source>The key remembered on this device no longer opens your data. Unlock with your passphrase.</source>
        <translation>Dydy&apos;r allwedd sydd wedi&apos;i chofio ar y ddyfais hon ddim yn agor dy ddata mwyach. Datgloa â&apos;th gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>This device has no keychain Saib can use, so the key cannot be remembered.</source>
        <translation>Does dim cadwyn allweddi ar y ddyfais hon y gall Saib ei defnyddio, felly does dim modd cofio&apos;r allwedd.</translation>
    </message>
    <message>
        <source>The key is no longer in this device&apos;s keychain. Unlock with your passphrase.</source>
        <translation>Dydy&apos;r allwedd ddim yng nghadwyn allweddi&apos;r ddyfais hon mwyach. Datgloa â&apos;th gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The device keychain did not respond. Unlock with your passphrase.</source>
        <translation>Wnaeth cadwyn allweddi&apos;r ddyfais ddim ymateb. Datgloa â&apos;th gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Unlocking on this device was cancelled. Try again, or use your passphrase.</source>
        <translation>Cafodd y datgloi ar y ddyfais hon ei ganslo. Rho gynnig arall arni, neu defnyddia dy gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>This device has no fingerprint, face or screen lock set up, so Saib cannot check it is you. Use your passphrase.</source>
        <translation>Does dim ôl bys, wyneb na chlo sgrin wedi&apos;u gosod ar y ddyfais hon, felly ni all Saib wirio mai ti sydd yno. Defnyddia dy gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The recovery key has a typo. Check it against your saved copy.</source>
        <translation>Mae gwall teipio yn yr allwedd adfer. Gwiria hi yn erbyn y copi a gadwaist ti.</translation>
    </message>
    <message>
        <source>That is not a whole recovery key: it has 13 groups of 5 letters and digits.</source>
        <translation>Nid allwedd adfer gyfan yw honno: mae gan allwedd adfer 13 grŵp o 5 nod (llythrennau a digidau).</translation>
    </message>
    <message>
        <source>That recovery key does not open this Saib (a newer one may have replaced it). Nothing has been changed.</source>
        <translation>Dydy&apos;r allwedd adfer honno ddim yn agor y Saib hwn (efallai fod allwedd newydd wedi cymryd ei lle). Does dim wedi newid.</translation>
    </message>
    <message>
        <source>This Saib has no recovery key yet. Make one in Settings while it is unlocked.</source>
        <translation>Does dim allwedd adfer gan y Saib hwn eto. Gwna un yn y Gosodiadau pan fydd Saib wedi&apos;i ddatgloi.</translation>
    </message>
    <message>
        <source>The recovery key&apos;s part of the key file is damaged. Your passphrase still opens Saib; make a new recovery key.</source>
        <translation>Mae rhan yr allwedd adfer yn y ffeil allwedd wedi&apos;i difrodi. Mae dy gyfrinymadrodd yn dal i agor Saib; gwna allwedd adfer newydd.</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of Saib. Update Saib to open it.</source>
        <translation>Fersiwn mwy newydd o Saib a ysgrifennodd y ffeil allwedd. Diweddara Saib i&apos;w hagor.</translation>
    </message>
    <message>
        <source>The data file could not be opened.</source>
        <translation>Does dim modd agor y ffeil ddata.</translation>
    </message>
    <message>
        <source>The data file is damaged or is not a Saib file.</source>
        <translation>Mae&apos;r ffeil ddata wedi&apos;i difrodi, neu nid ffeil Saib yw hi.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Saib. Please update the app.</source>
        <translation>Fersiwn mwy newydd o Saib a ysgrifennodd y data hwn. Diweddara&apos;r ap, os gweli di&apos;n dda.</translation>
    </message>
    <message>
        <source>The encrypted database library is missing, so nothing was stored.</source>
        <translation>Mae llyfrgell y gronfa ddata wedi&apos;i hamgryptio ar goll, felly chafodd dim ei gadw.</translation>
    </message>
    <message>
        <source>The device is full, so this was not saved. Free some space and try again.</source>
        <translation>Mae&apos;r ddyfais yn llawn, felly chafodd hyn mo&apos;i gadw. Rhyddha ychydig o le a rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>The data folder is read-only, so this was not saved.</source>
        <translation>Dim ond darllen sy&apos;n bosibl yn y ffolder ddata, felly chafodd hyn mo&apos;i gadw.</translation>
    </message>
    <message>
        <source>Saving failed. Your earlier data is safe; please try again.</source>
        <translation>Methodd y cadw. Mae dy ddata blaenorol yn ddiogel; rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>Saib is locked. Unlock it with your passphrase first.</source>
        <translation>Mae Saib wedi&apos;i gloi. Datgloa ef â&apos;th gyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Dydy&apos;r eitem honno ddim yn bodoli mwyach.</translation>
    </message>
    <message>
        <source>That date is not valid.</source>
        <translation>Dydy&apos;r dyddiad hwnnw ddim yn ddilys.</translation>
    </message>
    <message>
        <source>You cannot check in for a day that has not happened yet.</source>
        <translation>Alli di ddim gwneud gwiriad ar gyfer diwrnod sydd heb ddod eto.</translation>
    </message>
    <message>
        <source>Hours worked must be between 0 and 24, in half-hour steps.</source>
        <translation>Rhaid i&apos;r oriau gwaith fod rhwng 0 a 24, fesul hanner awr.</translation>
    </message>
    <message>
        <source>The strategic share must be between 0 and 100 per cent.</source>
        <translation>Rhaid i&apos;r gyfran strategol fod rhwng 0 a 100 y cant.</translation>
    </message>
    <message>
        <source>Demand must be a whole number from 0 to 10.</source>
        <translation>Rhaid i&apos;r pwysau gwaith fod yn rhif cyfan o 0 i 10.</translation>
    </message>
    <message>
        <source>Emotional load must be a whole number from 0 to 10.</source>
        <translation>Rhaid i&apos;r baich emosiynol fod yn rhif cyfan o 0 i 10.</translation>
    </message>
    <message>
        <source>Energy must be a whole number from 0 to 10.</source>
        <translation>Rhaid i&apos;r egni fod yn rhif cyfan o 0 i 10.</translation>
    </message>
    <message>
        <source>A tag must have 1 to 40 characters.</source>
        <translation>Rhaid i dag gynnwys rhwng 1 a 40 nod.</translation>
    </message>
    <message>
        <source>Choose at most 20 tags in each list.</source>
        <translation>Dewisa 20 tag ar y mwyaf ym mhob rhestr.</translation>
    </message>
    <message>
        <source>The note is too long: keep it under 1000 characters.</source>
        <translation>Mae&apos;r nodyn yn rhy hir: cadwa ef dan 1000 nod.</translation>
    </message>
    <message>
        <source>Write a title or a few words before saving.</source>
        <translation>Ysgrifenna deitl neu ychydig eiriau cyn cadw.</translation>
    </message>
    <message>
        <source>The title is too long: keep it under 200 characters.</source>
        <translation>Mae&apos;r teitl yn rhy hir: cadwa ef dan 200 nod.</translation>
    </message>
    <message>
        <source>This entry is too long to save as one: split it into two.</source>
        <translation>Mae&apos;r cofnod hwn yn rhy hir i&apos;w gadw&apos;n un: rhanna ef yn ddau.</translation>
    </message>
    <message>
        <source>The dates are not valid: use YYYY-MM-DD, with the start before the end.</source>
        <translation>Dydy&apos;r dyddiadau ddim yn ddilys: defnyddia BBBB-MM-DD, gyda&apos;r dechrau cyn y diwedd.</translation>
    </message>
    <message>
        <source>The export could not be written to that folder.</source>
        <translation>Does dim modd ysgrifennu&apos;r allforyn i&apos;r ffolder honno.</translation>
    </message>
    <message>
        <source>That file is not a Saib journal export.</source>
        <translation>Nid allforyn o ddyddiadur Saib yw&apos;r ffeil honno.</translation>
    </message>
    <message>
        <source>That file is not a Saib backup. Nothing was restored.</source>
        <translation>Nid copi wrth gefn o Saib yw&apos;r ffeil honno. Chafodd dim byd ei adfer.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Saib. Please update the app, then restore it.</source>
        <translation>Fersiwn mwy newydd o Saib a wnaeth y copi wrth gefn hwn. Diweddara&apos;r ap, os gweli di&apos;n dda, ac yna adfer y copi.</translation>
    </message>
    <message>
        <source>That backup passphrase is not right, or the backup is damaged. Nothing was restored.</source>
        <translation>Dydy&apos;r cyfrinymadrodd hwnnw ar gyfer y copi wrth gefn ddim yn gywir, neu mae&apos;r copi wedi&apos;i ddifrodi. Chafodd dim byd ei adfer.</translation>
    </message>
    <message>
        <source>The backup file is damaged, so nothing was restored.</source>
        <translation>Mae ffeil y copi wrth gefn wedi&apos;i difrodi, felly chafodd dim byd ei adfer.</translation>
    </message>
    <message>
        <source>The backup file is incomplete (perhaps it did not finish copying), so nothing was restored.</source>
        <translation>Dydy ffeil y copi wrth gefn ddim yn gyflawn (efallai na orffennodd y copïo), felly chafodd dim byd ei adfer.</translation>
    </message>
    <message>
        <source>The backup could not be written there. Choose another place and try again.</source>
        <translation>Does dim modd ysgrifennu&apos;r copi wrth gefn yno. Dewisa le gwahanol a rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>Saib already holds entries here. A backup can only be restored into an empty Saib, so nothing was restored.</source>
        <translation>Mae cofnodion yn Saib yma&apos;n barod. Dim ond i Saib gwag y mae modd adfer copi wrth gefn, felly chafodd dim byd ei adfer.</translation>
    </message>
    <message>
        <source>Each rating must be a whole number in its scale.</source>
        <translation>Rhaid i bob sgôr fod yn rhif cyfan o fewn ei raddfa.</translation>
    </message>
    <message>
        <source>That skill is not in the list.</source>
        <translation>Dydy&apos;r sgìl hwnnw ddim yn y rhestr.</translation>
    </message>
    <message>
        <source>Those school dates do not fit together: each term must end after it starts, hold its half-term, and not overlap another.</source>
        <translation>Dydy&apos;r dyddiadau ysgol hyn ddim yn cyd-fynd: rhaid i bob tymor orffen ar ôl iddo ddechrau, cynnwys ei hanner tymor, a pheidio â gorgyffwrdd â thymor arall.</translation>
    </message>
    <message>
        <source>A synced item failed its integrity check, so it was ignored.</source>
        <translation>Methodd eitem wedi&apos;i chysoni ei prawf cywirdeb, felly cafodd ei hanwybyddu.</translation>
    </message>
    <message>
        <source>The relay server sent data Saib does not understand.</source>
        <translation>Anfonodd y gweinydd cyfnewid ddata nad yw Saib yn ei ddeall.</translation>
    </message>
    <message>
        <source>Another device&apos;s clock is far ahead. Check the date and time on your devices.</source>
        <translation>Mae cloc dyfais arall ymhell ar y blaen. Gwiria&apos;r dyddiad a&apos;r amser ar dy ddyfeisiau.</translation>
    </message>
    <message>
        <source>The relay server could not be reached. Your data is safe on this device; try again later.</source>
        <translation>Does dim modd cyrraedd y gweinydd cyfnewid. Mae dy ddata&apos;n ddiogel ar y ddyfais hon; rho gynnig arall arni nes ymlaen.</translation>
    </message>
    <message>
        <source>This device could not prove who it is to the relay server.</source>
        <translation>Doedd y ddyfais hon ddim yn gallu profi pwy yw hi i&apos;r gweinydd cyfnewid.</translation>
    </message>
    <message>
        <source>This device has been removed from sync. Pair it again from another device.</source>
        <translation>Mae&apos;r ddyfais hon wedi&apos;i thynnu o&apos;r cysoni. Bydd angen ei pharu eto o ddyfais arall.</translation>
    </message>
    <message>
        <source>The relay server is busy. Try again in a minute.</source>
        <translation>Mae&apos;r gweinydd cyfnewid yn brysur. Rho gynnig arall arni ymhen munud.</translation>
    </message>
    <message>
        <source>This is too large to sync in one go.</source>
        <translation>Mae hyn yn rhy fawr i&apos;w gysoni ar unwaith.</translation>
    </message>
    <message>
        <source>The relay server turned down the request as invalid.</source>
        <translation>Gwrthododd y gweinydd cyfnewid y cais am ei fod yn annilys.</translation>
    </message>
    <message>
        <source>That account or device is already registered on the relay server.</source>
        <translation>Mae&apos;r cyfrif neu&apos;r ddyfais yna eisoes wedi&apos;u cofrestru ar y gweinydd cyfnewid.</translation>
    </message>
    <message>
        <source>The relay server had a problem. Try again later.</source>
        <translation>Cafodd y gweinydd cyfnewid broblem. Rho gynnig arall arni nes ymlaen.</translation>
    </message>
    <message>
        <source>That pairing code is not right. Check it and try again.</source>
        <translation>Dydy&apos;r cod paru hwnnw ddim yn gywir. Gwiria ef a rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>That pairing code has expired. Start pairing again on the new device.</source>
        <translation>Mae&apos;r cod paru hwnnw wedi dod i ben. Dechreua&apos;r paru eto ar y ddyfais newydd.</translation>
    </message>
    <message>
        <source>Waiting for your other device to approve the pairing.</source>
        <translation>Yn aros i&apos;th ddyfais arall gymeradwyo&apos;r paru.</translation>
    </message>
    <message>
        <source>Sync is already running. Wait for it to finish.</source>
        <translation>Mae&apos;r cysoni eisoes ar waith. Aros iddo orffen.</translation>
    </message>
    <message>
        <source>Sync is off on this device.</source>
        <translation>Mae&apos;r cysoni wedi&apos;i ddiffodd ar y ddyfais hon.</translation>
    </message>
    <message>
        <source>That is not a relay server address. Use one like https://relay.example.org.</source>
        <translation>Nid cyfeiriad gweinydd cyfnewid yw hwnna. Defnyddia un fel https://relay.example.org.</translation>
    </message>
    <message>
        <source>Your space on the relay server is full, so these changes were not sent. Ask whoever runs the relay for more room.</source>
        <translation>Mae dy le ar y gweinydd cyfnewid yn llawn, felly chafodd y newidiadau hyn mo&apos;u hanfon. Gofynna i bwy bynnag sy&apos;n rhedeg y gweinydd am ragor o le.</translation>
    </message>
    <message>
        <source>Pairing failed: the code was typed wrongly or someone interfered. That code no longer works, so nothing was shared. Start again with a new code.</source>
        <translation>Methodd y paru: cafodd y cod ei deipio&apos;n anghywir neu fe wnaeth rhywun ymyrryd. Dydy&apos;r cod hwnnw ddim yn gweithio mwyach, felly chafodd dim byd ei rannu. Dechreua eto gyda chod newydd.</translation>
    </message>
    <message>
        <source>The numbers did not match, so this device did not join and shared nothing. Start again with a new code.</source>
        <translation>Doedd y rhifau ddim yn cyfateb, felly wnaeth y ddyfais hon ddim ymuno na rhannu dim byd. Dechreua eto gyda chod newydd.</translation>
    </message>
    <message>
        <source>The relay&apos;s data went backwards: it no longer holds changes it had already sent. Nothing was changed here; tell whoever runs the relay.</source>
        <translation>Mae data&apos;r gweinydd cyfnewid wedi mynd yn ôl: dydy e ddim yn cadw newidiadau roedd wedi&apos;u hanfon yn barod. Does dim wedi newid yma; rho wybod i bwy bynnag sy&apos;n rhedeg y gweinydd.</translation>
    </message>
    <message>
        <source>Saib only connects to a server over https://. Plain http:// is allowed only for a server on this computer.</source>
        <translation>Dim ond dros https:// mae Saib yn cysylltu â gweinydd. Mae http:// plaen yn cael ei ganiatáu dim ond ar gyfer gweinydd ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>This survey could not be read: it is damaged or in a form Saib does not know.</source>
        <translation>Does dim modd darllen yr arolwg hwn: mae wedi&apos;i ddifrodi, neu mewn ffurf nad yw Saib yn ei hadnabod.</translation>
    </message>
    <message>
        <source>This survey is not signed, so Saib will not show it.</source>
        <translation>Dydy&apos;r arolwg hwn ddim wedi&apos;i lofnodi, felly fydd Saib ddim yn ei ddangos.</translation>
    </message>
    <message>
        <source>This survey does not match its signature: it may have been altered, so Saib will not show it.</source>
        <translation>Dydy&apos;r arolwg hwn ddim yn cyfateb i&apos;w lofnod: efallai ei fod wedi&apos;i newid, felly fydd Saib ddim yn ei ddangos.</translation>
    </message>
    <message>
        <source>This survey was not signed by a survey body Saib trusts, so it will not be shown.</source>
        <translation>Chafodd yr arolwg hwn mo&apos;i lofnodi gan gorff arolygon y mae Saib yn ymddiried ynddo, felly fydd e ddim yn cael ei ddangos.</translation>
    </message>
    <message>
        <source>This survey is not open for answers at the moment.</source>
        <translation>Dydy&apos;r arolwg hwn ddim ar agor i atebion ar hyn o bryd.</translation>
    </message>
    <message>
        <source>One of the answers does not fit its question. Check it and try again.</source>
        <translation>Dydy un o&apos;r atebion ddim yn gweddu i&apos;w gwestiwn. Gwiria ef a rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>One of the groups chosen (role, phase, years in role or region) is not one this survey offers.</source>
        <translation>Dydy un o&apos;r grwpiau a ddewiswyd (rôl, cyfnod, blynyddoedd yn y rôl neu ranbarth) ddim yn un o&apos;r dewisiadau yn yr arolwg hwn.</translation>
    </message>
    <message>
        <source>The survey token data is damaged, so it was not used.</source>
        <translation>Mae data&apos;r tocyn arolwg wedi&apos;i ddifrodi, felly chafodd e mo&apos;i ddefnyddio.</translation>
    </message>
    <message>
        <source>The survey server&apos;s tokens failed their check, so they were not accepted.</source>
        <translation>Methodd tocynnau gweinydd yr arolwg eu gwiriad, felly chawson nhw mo&apos;u derbyn.</translation>
    </message>
    <message>
        <source>This survey token is not valid.</source>
        <translation>Dydy&apos;r tocyn arolwg hwn ddim yn ddilys.</translation>
    </message>
    <message>
        <source>This survey token has already been used: each survey can be answered once.</source>
        <translation>Mae&apos;r tocyn arolwg hwn wedi&apos;i ddefnyddio&apos;n barod: dim ond unwaith mae modd ateb pob arolwg.</translation>
    </message>
    <message>
        <source>There is no survey token left for this survey.</source>
        <translation>Does dim tocyn ar ôl ar gyfer yr arolwg hwn.</translation>
    </message>
    <message>
        <source>Survey tokens have already been issued for this enrolment.</source>
        <translation>Mae tocynnau arolwg wedi&apos;u rhoi&apos;n barod ar gyfer y cofrestriad hwn.</translation>
    </message>
    <message>
        <source>This survey response is not in the form the survey expects.</source>
        <translation>Dydy&apos;r ymateb hwn i&apos;r arolwg ddim yn y ffurf mae&apos;r arolwg yn ei disgwyl.</translation>
    </message>
    <message>
        <source>That enrolment code is not valid for this survey. Check it and try again.</source>
        <translation>Dydy&apos;r cod cofrestru hwnnw ddim yn ddilys ar gyfer yr arolwg hwn. Gwiria ef a rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>Results are published only after the survey closes.</source>
        <translation>Dim ond ar ôl i&apos;r arolwg gau y caiff y canlyniadau eu cyhoeddi.</translation>
    </message>
    <message>
        <source>Set the survey server address first.</source>
        <translation>Gosoda gyfeiriad gweinydd yr arolygon yn gyntaf.</translation>
    </message>
    <message>
        <source>That is not a survey body key. Copy the key exactly as the survey body published it.</source>
        <translation>Nid allwedd corff arolygon yw honna. Copïa&apos;r allwedd yn union fel y cyhoeddodd y corff arolygon hi.</translation>
    </message>
    <message>
        <source>This server does not run national surveys.</source>
        <translation>Dydy&apos;r gweinydd hwn ddim yn cynnal arolygon cenedlaethol.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Aeth rhywbeth o&apos;i le.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key has a typo. Check it against your saved copy.</source>
        <translation>Mae gwall teipio yng ngrŵp %1 o&apos;r allwedd adfer. Gwiria ef yn erbyn y copi a gadwaist ti.</translation>
    </message>
</context>
<context>
    <name>ForgotPassphrasePage</name>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>Wedi anghofio dy gyfrinymadrodd?</translation>
    </message>
    <message>
        <source>Type the recovery key you saved when you set up Saib (13 groups of 5), then choose a new passphrase. Your check-ins and journal stay as they are.</source>
        <translation>Teipia&apos;r allwedd adfer a gadwaist ti pan sefydlaist ti Saib (13 grŵp o 5), yna dewisa gyfrinymadrodd newydd. Bydd dy wiriadau a&apos;th ddyddiadur yn aros fel y maen nhw.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters)</source>
        <translation>Cyfrinymadrodd newydd (o leiaf 8 nod)</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Teipia ef eto</translation>
    </message>
    <message>
        <source>Opening Saib…</source>
        <translation>Yn agor Saib…</translation>
    </message>
    <message>
        <source>Set the new passphrase and open Saib</source>
        <translation>Gosod y cyfrinymadrodd newydd ac agor Saib</translation>
    </message>
    <message>
        <source>Back to unlock</source>
        <translation>Yn ôl i ddatgloi</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>Demand is up this week: %1 out of 10, against %2 in the four weeks before.</source>
        <translation>Mae pwysau gwaith yn uwch yr wythnos hon: %1 allan o 10, yn erbyn %2 yn y pedair wythnos cynt.</translation>
    </message>
    <message>
        <source>Demand has eased this week: %1 out of 10, against %2 in the four weeks before.</source>
        <translation>Mae pwysau gwaith wedi llacio yr wythnos hon: %1 allan o 10, yn erbyn %2 yn y pedair wythnos cynt.</translation>
    </message>
    <message>
        <source>Your emotional load is heavier this week: %1 out of 10, against %2 in the four weeks before.</source>
        <translation>Mae dy faich emosiynol yn drymach yr wythnos hon: %1 allan o 10, yn erbyn %2 yn y pedair wythnos cynt.</translation>
    </message>
    <message>
        <source>Your emotional load is lighter this week: %1 out of 10, against %2 in the four weeks before.</source>
        <translation>Mae dy faich emosiynol yn ysgafnach yr wythnos hon: %1 allan o 10, yn erbyn %2 yn y pedair wythnos cynt.</translation>
    </message>
    <message>
        <source>Your energy is up this week: %1 out of 10, against %2 in the four weeks before.</source>
        <translation>Mae dy egni&apos;n uwch yr wythnos hon: %1 allan o 10, yn erbyn %2 yn y pedair wythnos cynt.</translation>
    </message>
    <message>
        <source>Your energy is down this week: %1 out of 10, against %2 in the four weeks before.</source>
        <translation>Mae dy egni&apos;n is yr wythnos hon: %1 allan o 10, yn erbyn %2 yn y pedair wythnos cynt.</translation>
    </message>
    <message>
        <source>Your days are longer this week: %1 hours a day, against %2 in the four weeks before.</source>
        <translation>Mae dy ddyddiau&apos;n hirach yr wythnos hon: %1 awr y dydd, yn erbyn %2 yn y pedair wythnos cynt.</translation>
    </message>
    <message>
        <source>Your days are shorter this week: %1 hours a day, against %2 in the four weeks before.</source>
        <translation>Mae dy ddyddiau&apos;n fyrrach yr wythnos hon: %1 awr y dydd, yn erbyn %2 yn y pedair wythnos cynt.</translation>
    </message>
    <message>
        <source>More of your time went on strategy this week: %1%, against %2% in the four weeks before.</source>
        <translation>Aeth mwy o&apos;th amser ar strategaeth yr wythnos hon: %1%, yn erbyn %2% yn y pedair wythnos cynt.</translation>
    </message>
    <message>
        <source>Less of your time went on strategy this week: %1%, against %2% in the four weeks before.</source>
        <translation>Aeth llai o&apos;th amser ar strategaeth yr wythnos hon: %1%, yn erbyn %2% yn y pedair wythnos cynt.</translation>
    </message>
    <message numerus="yes">
        <source>A heavy stretch: your emotional load was 8 or more on %n of your last 7 check-ins.</source>
        <translation>
            <numerusform>Cyfnod trwm: doedd dy faich emosiynol ddim yn 8 neu fwy ar yr un o&apos;th 7 gwiriad diwethaf.</numerusform>
            <numerusform>Cyfnod trwm: roedd dy faich emosiynol yn 8 neu fwy ar un o&apos;th 7 gwiriad diwethaf.</numerusform>
            <numerusform>Cyfnod trwm: roedd dy faich emosiynol yn 8 neu fwy ar %n o&apos;th 7 gwiriad diwethaf.</numerusform>
            <numerusform>Cyfnod trwm: roedd dy faich emosiynol yn 8 neu fwy ar %n o&apos;th 7 gwiriad diwethaf.</numerusform>
            <numerusform>Cyfnod trwm: roedd dy faich emosiynol yn 8 neu fwy ar %n o&apos;th 7 gwiriad diwethaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-in yet this week. Thirty seconds today keeps your picture up to date.</source>
        <translation>Dim gwiriad eto&apos;r wythnos hon. Mae tri deg eiliad heddiw&apos;n cadw dy ddarlun yn gyfredol.</translation>
    </message>
    <message>
        <source>Check in for a few days and the story of your week will show here.</source>
        <translation>Gwna wiriad am ychydig ddyddiau a bydd stori dy wythnos yn ymddangos yma.</translation>
    </message>
    <message>
        <source>Over the last three months your demands have been pulling ahead of your resources.</source>
        <translation>Dros y tri mis diwethaf mae dy ofynion wedi bod yn tynnu ar y blaen i&apos;th adnoddau.</translation>
    </message>
    <message>
        <source>Your first week of check-ins: from next week you will see how each week compares.</source>
        <translation>Dy wythnos gyntaf o wiriadau: o&apos;r wythnos nesaf ymlaen byddi di&apos;n gweld sut mae pob wythnos yn cymharu.</translation>
    </message>
    <message>
        <source>Purpose and belonging are strong, but you rate feeling valued and cared for low.</source>
        <translation>Mae pwrpas a pherthyn yn gryf, ond rwyt ti&apos;n rhoi sgôr isel i gael dy werthfawrogi a theimlo bod eraill yn gofalu amdanat.</translation>
    </message>
    <message>
        <source>A steady week: your figures are close to the four weeks before.</source>
        <translation>Wythnos gyson: mae dy ffigurau&apos;n agos at y pedair wythnos cynt.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Rhestr</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) in the last 30 days</source>
        <translation>
            <numerusform>Dim un gwiriad yn y 30 diwrnod diwethaf</numerusform>
            <numerusform>%n gwiriad yn y 30 diwrnod diwethaf</numerusform>
            <numerusform>%n gwiriad yn y 30 diwrnod diwethaf</numerusform>
            <numerusform>%n gwiriad yn y 30 diwrnod diwethaf</numerusform>
            <numerusform>%n gwiriad yn y 30 diwrnod diwethaf</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 h · strategic %2% · demand %3 · emotional load %4 · energy %5</source>
        <translation>%L1 awr · strategol %2% · pwysau gwaith %3 · baich emosiynol %4 · egni %5</translation>
    </message>
    <message>
        <source>Drained by: %1</source>
        <translation>Beth a&apos;th flinodd: %1</translation>
    </message>
    <message>
        <source>Sustained by: %1</source>
        <translation>Beth a&apos;th gynhaliodd: %1</translation>
    </message>
    <message>
        <source>Opens this check-in to change it</source>
        <translation>Yn agor y gwiriad hwn i ti ei newid</translation>
    </message>
    <message>
        <source>No check-ins yet. Your first one takes less than 30 seconds.</source>
        <translation>Dim gwiriadau eto. Mae&apos;r cyntaf yn cymryd llai na 30 eiliad.</translation>
    </message>
</context>
<context>
    <name>HoursPicker</name>
    <message>
        <source>Hours worked</source>
        <translation>Oriau gwaith</translation>
    </message>
    <message>
        <source>%L1 h</source>
        <translation>%L1 awr</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ateb</translation>
    </message>
    <message>
        <source>Half an hour less</source>
        <translation>Hanner awr yn llai</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
        </translation>
    </message>
    <message>
        <source>Half an hour more</source>
        <translation>Hanner awr yn fwy</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>nothing written in it</source>
        <translation>does dim wedi&apos;i ysgrifennu ynddo</translation>
    </message>
    <message>
        <source>its date cannot be read</source>
        <translation>does dim modd darllen ei ddyddiad</translation>
    </message>
    <message>
        <source>its date is in the future</source>
        <translation>mae ei ddyddiad yn y dyfodol</translation>
    </message>
    <message>
        <source>a second check-in for the same day (the first is kept)</source>
        <translation>ail wiriad ar gyfer yr un diwrnod (mae&apos;r cyntaf yn cael ei gadw)</translation>
    </message>
    <message>
        <source>no mapping for the mood “%1”</source>
        <translation>dim cyfatebiaeth i&apos;r hwyliau “%1”</translation>
    </message>
    <message>
        <source>too long for one entry</source>
        <translation>rhy hir i un cofnod</translation>
    </message>
    <message>
        <source>already in Saib</source>
        <translation>yn Saib yn barod</translation>
    </message>
    <message>
        <source>This file cannot be imported: it is not in the form expected.</source>
        <translation>Does dim modd mewnforio&apos;r ffeil hon: dydy hi ddim yn y ffurf ddisgwyliedig.</translation>
    </message>
    <message>
        <source>This file cannot be imported: line %1 is not in the form expected.</source>
        <translation>Does dim modd mewnforio&apos;r ffeil hon: dydy llinell %1 ddim yn y ffurf ddisgwyliedig.</translation>
    </message>
    <message>
        <source>This file cannot be imported: entry %1 is not in the form expected.</source>
        <translation>Does dim modd mewnforio&apos;r ffeil hon: dydy cofnod %1 ddim yn y ffurf ddisgwyliedig.</translation>
    </message>
</context>
<context>
    <name>ImportSection</name>
    <message>
        <source>Import from another app</source>
        <translation>Mewnforio o ap arall</translation>
    </message>
    <message>
        <source>Day One: its JSON export (the zip, or the Journal.json inside). Daylio: its CSV export, or its own backup file (.daylio); you choose how each of your moods maps onto demand, emotional load and energy. Check-ins CSV: the columns day, hours, strategic_percent, demand, emotional, energy, drained_by, sustained_by, note. Importing the same file twice adds nothing twice.</source>
        <translation>Day One: ei allforio JSON (y ffeil zip, neu&apos;r Journal.json sydd ynddi). Daylio: ei allforio CSV, neu ei ffeil wrth gefn ei hun (.daylio); ti sy&apos;n dewis sut mae pob un o dy hwyliau&apos;n cyfateb i bwysau gwaith, baich emosiynol ac egni. CSV gwiriadau dyddiol: y colofnau day, hours, strategic_percent, demand, emotional, energy, drained_by, sustained_by, note. Dydy mewnforio&apos;r un ffeil ddwywaith ddim yn ychwanegu dim byd ddwywaith.</translation>
    </message>
    <message>
        <source>Day One…</source>
        <translation>Day One…</translation>
    </message>
    <message>
        <source>Daylio…</source>
        <translation>Daylio…</translation>
    </message>
    <message>
        <source>Check-ins CSV…</source>
        <translation>CSV gwiriadau…</translation>
    </message>
    <message>
        <source>How should each Daylio mood count in Saib? Each becomes a check-in with these scores (0–10). Daylio&apos;s own five moods start with suggestions; your own moods start at 5.</source>
        <translation>Sut dylai pob hwyl o Daylio gyfrif yn Saib? Mae pob un yn troi&apos;n wiriad dyddiol gyda&apos;r sgorau hyn (0–10). Mae awgrymiadau eisoes ar gyfer pum hwyl Daylio ei hun; mae dy hwyliau di dy hun yn dechrau ar 5.</translation>
    </message>
    <message>
        <source>%1 (rows: %2)</source>
        <translation>%1 (rhesi: %2)</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Pwysau gwaith</translation>
    </message>
    <message>
        <source>Emotional load</source>
        <translation>Baich emosiynol</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Egni</translation>
    </message>
    <message>
        <source>%1 for the mood %2</source>
        <translation>%1 ar gyfer yr hwyl %2</translation>
    </message>
    <message>
        <source>Preview the import</source>
        <translation>Rhagolwg o&apos;r mewnforio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Dewisa&apos;r ffeil i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>Day One exports (*.zip *.json)</source>
        <translation>Allforion Day One (*.zip *.json)</translation>
    </message>
    <message>
        <source>Daylio exports and backups (*.csv *.daylio)</source>
        <translation>Allforion a chopïau wrth gefn Daylio (*.csv *.daylio)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message numerus="yes">
        <source>%n check-in(s) this week.</source>
        <translation>
            <numerusform>Dim gwiriadau yr wythnos hon.</numerusform>
            <numerusform>%n gwiriad yr wythnos hon.</numerusform>
            <numerusform>%n gwiriad yr wythnos hon.</numerusform>
            <numerusform>%n gwiriad yr wythnos hon.</numerusform>
            <numerusform>%n gwiriad yr wythnos hon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average demand %1, emotional load %2, energy %3 out of 10.</source>
        <translation>Cyfartaledd: pwysau gwaith %1, baich emosiynol %2, egni %3 allan o 10.</translation>
    </message>
    <message numerus="yes">
        <source>Your emotional load has been high on %n of your last 7 check-ins.</source>
        <translation>
            <numerusform>Dydy dy faich emosiynol ddim wedi bod yn uchel yn dy 7 gwiriad diwethaf.</numerusform>
            <numerusform>Mae dy faich emosiynol wedi bod yn uchel mewn %n o&apos;th 7 gwiriad diwethaf.</numerusform>
            <numerusform>Mae dy faich emosiynol wedi bod yn uchel mewn %n o&apos;th 7 gwiriad diwethaf.</numerusform>
            <numerusform>Mae dy faich emosiynol wedi bod yn uchel mewn %n o&apos;th 7 gwiriad diwethaf.</numerusform>
            <numerusform>Mae dy faich emosiynol wedi bod yn uchel mewn %n o&apos;th 7 gwiriad diwethaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>For three weeks you have rated feeling cared for low.</source>
        <translation>Ers tair wythnos, rwyt ti wedi rhoi sgôr isel i deimlo bod eraill yn gofalu amdanat.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Summary for a coach…</source>
        <translation>Crynodeb ar gyfer hyfforddwr…</translation>
    </message>
    <message>
        <source>Make a summary to take to a coach or supervision session</source>
        <translation>Gwneud crynodeb i fynd ag e at hyfforddwr neu i sesiwn oruchwylio</translation>
    </message>
</context>
<context>
    <name>JournalHome</name>
    <message>
        <source>Search your journal and notes</source>
        <translation>Chwilio dy ddyddiadur a&apos;th nodiadau</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Cuddio&apos;r hidlwyr</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Hidlwyr</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Hidlo yn ôl tag</translation>
    </message>
    <message>
        <source>Only with this tag</source>
        <translation>Dim ond gyda&apos;r tag hwn</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O&apos;r dyddiad</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>O&apos;r dyddiad</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hyd at y dyddiad</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hyd at y dyddiad</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>Dim canlyniadau</numerusform>
            <numerusform>%n canlyniad</numerusform>
            <numerusform>%n canlyniad</numerusform>
            <numerusform>%n canlyniad</numerusform>
            <numerusform>%n canlyniad</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>Cofnod heb deitl</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>Nodyn o&apos;r gwiriad</translation>
    </message>
    <message>
        <source>You have an unsaved entry from %1.</source>
        <translation>Mae gen ti gofnod heb ei gadw (%1).</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>Dal ati i ysgrifennu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <source>Prompt of the day</source>
        <translation>Sbardun y dydd</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Ysgrifenna am hyn</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Sbardun arall</translation>
    </message>
    <message>
        <source>Browse prompts</source>
        <translation>Pori&apos;r sbardunau</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Cofnod newydd</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Ar y diwrnod hwn</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>Dim cofnodion</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here yet. This is your private space: nobody else can read it.</source>
        <translation>Does dim byd yma eto. Dy le preifat di yw hwn: all neb arall ei ddarllen.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Dangos mwy</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Open an entry on the left to read it here, or start a new one.</source>
        <translation>Agora gofnod ar y chwith i&apos;w ddarllen yma, neu dechreua un newydd.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Cofnod newydd</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Saib</source>
        <translation>Saib</translation>
    </message>
</context>
<context>
    <name>MainArea</name>
    <message>
        <source>Check-in</source>
        <translation>Gwiriad</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dyddiadur</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Tueddiadau</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Saib</source>
        <translation>Saib</translation>
    </message>
    <message>
        <source>A pause for you</source>
        <translation>Saib i ti</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Lock Saib now</source>
        <translation>Cloi Saib nawr</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Light load (0–3)</source>
        <translation>Baich ysgafn (0–3)</translation>
    </message>
    <message>
        <source>Moderate (4–6)</source>
        <translation>Cymedrol (4–6)</translation>
    </message>
    <message>
        <source>Heavy (7–10)</source>
        <translation>Trwm (7–10)</translation>
    </message>
    <message>
        <source>Holiday or half-term</source>
        <translation>Gwyliau neu hanner tymor</translation>
    </message>
    <message>
        <source>Marked week (a bar under the day)</source>
        <translation>Wythnos wedi&apos;i nodi (bar o dan y diwrnod)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Y mis blaenorol</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Y mis nesaf</translation>
    </message>
    <message>
        <source>Load is the higher of demand and emotional load. An outlined day has a check-in without those scales; a blank day has none: tap it to add one.</source>
        <translation>Y baich yw&apos;r uchaf o bwysau gwaith a&apos;r baich emosiynol. Mae gan ddiwrnod ag amlinell wiriad heb y graddfeydd hynny; does gan ddiwrnod gwag ddim gwiriad: tapia&apos;r diwrnod i ychwanegu un.</translation>
    </message>
    <message>
        <source>Back to this month</source>
        <translation>Yn ôl i&apos;r mis hwn</translation>
    </message>
</context>
<context>
    <name>National</name>
    <message>
        <source>%1 hours a week on average</source>
        <translation>%1 awr yr wythnos ar gyfartaledd</translation>
    </message>
    <message>
        <source>%1 hours a day on average</source>
        <translation>%1 awr y dydd ar gyfartaledd</translation>
    </message>
    <message>
        <source>%1% said they felt stressed</source>
        <translation>Dywedodd %1% eu bod dan straen</translation>
    </message>
    <message>
        <source>%1% said the job had harmed their mental health in the past year</source>
        <translation>Dywedodd %1% fod y swydd wedi niweidio eu hiechyd meddwl yn y flwyddyn ddiwethaf</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 people answered</source>
        <translation>atebodd %1 o bobl</translation>
    </message>
    <message>
        <source>sample size not published in the sources checked</source>
        <translation>dydy maint y sampl ddim wedi&apos;i gyhoeddi yn y ffynonellau a wiriwyd</translation>
    </message>
    <message numerus="yes">
        <source>You: %1 hours a week this term, over %n full week(s) of check-ins.</source>
        <translation>
            <numerusform>Ti: %1 awr yr wythnos y tymor hwn (dim un wythnos lawn o wiriadau eto).</numerusform>
            <numerusform>Ti: %1 awr yr wythnos y tymor hwn, dros %n wythnos lawn o wiriadau.</numerusform>
            <numerusform>Ti: %1 awr yr wythnos y tymor hwn, dros %n wythnos lawn o wiriadau.</numerusform>
            <numerusform>Ti: %1 awr yr wythnos y tymor hwn, dros %n wythnos lawn o wiriadau.</numerusform>
            <numerusform>Ti: %1 awr yr wythnos y tymor hwn, dros %n wythnos lawn o wiriadau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You: %1 hours a week over the last eight weeks, from %n full week(s) of check-ins.</source>
        <translation>
            <numerusform>Ti: %1 awr yr wythnos dros yr wyth wythnos ddiwethaf (dim un wythnos lawn o wiriadau).</numerusform>
            <numerusform>Ti: %1 awr yr wythnos dros yr wyth wythnos ddiwethaf, o %n wythnos lawn o wiriadau.</numerusform>
            <numerusform>Ti: %1 awr yr wythnos dros yr wyth wythnos ddiwethaf, o %n wythnos lawn o wiriadau.</numerusform>
            <numerusform>Ti: %1 awr yr wythnos dros yr wyth wythnos ddiwethaf, o %n wythnos lawn o wiriadau.</numerusform>
            <numerusform>Ti: %1 awr yr wythnos dros yr wyth wythnos ddiwethaf, o %n wythnos lawn o wiriadau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You: %1 hours a school day this term, over %n day(s) of check-ins.</source>
        <translation>
            <numerusform>Ti: %1 awr y diwrnod ysgol y tymor hwn (dim gwiriadau eto).</numerusform>
            <numerusform>Ti: %1 awr y diwrnod ysgol y tymor hwn, o wiriadau ar %n diwrnod.</numerusform>
            <numerusform>Ti: %1 awr y diwrnod ysgol y tymor hwn, o wiriadau ar %n diwrnod.</numerusform>
            <numerusform>Ti: %1 awr y diwrnod ysgol y tymor hwn, o wiriadau ar %n diwrnod.</numerusform>
            <numerusform>Ti: %1 awr y diwrnod ysgol y tymor hwn, o wiriadau ar %n diwrnod.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You: %1 hours a school day over the last eight weeks, from %n day(s) of check-ins.</source>
        <translation>
            <numerusform>Ti: %1 awr y diwrnod ysgol dros yr wyth wythnos ddiwethaf (dim gwiriadau).</numerusform>
            <numerusform>Ti: %1 awr y diwrnod ysgol dros yr wyth wythnos ddiwethaf, o wiriadau ar %n diwrnod.</numerusform>
            <numerusform>Ti: %1 awr y diwrnod ysgol dros yr wyth wythnos ddiwethaf, o wiriadau ar %n diwrnod.</numerusform>
            <numerusform>Ti: %1 awr y diwrnod ysgol dros yr wyth wythnos ddiwethaf, o wiriadau ar %n diwrnod.</numerusform>
            <numerusform>Ti: %1 awr y diwrnod ysgol dros yr wyth wythnos ddiwethaf, o wiriadau ar %n diwrnod.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2; %3.</source>
        <translation>%1, %2; %3.</translation>
    </message>
    <message>
        <source>Checked only against a report of this survey, not the survey itself.</source>
        <translation>Wedi&apos;i wirio yn erbyn adroddiad am yr arolwg hwn yn unig, nid yn erbyn yr arolwg ei hun.</translation>
    </message>
</context>
<context>
    <name>NationalPage</name>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>You are not alone</source>
        <translation>Dwyt ti ddim ar dy ben dy hun</translation>
    </message>
    <message>
        <source>Leaders across the country carry what you carry. These are figures from national surveys, with yours beside them where they measure the same thing. They are context, not a score or a diagnosis.</source>
        <translation>Mae arweinwyr ledled y wlad yn cario&apos;r hyn rwyt ti&apos;n ei gario. Dyma ffigurau o arolygon cenedlaethol, gyda dy rai di wrth eu hochr lle maen nhw&apos;n mesur yr un peth. Cyd-destun ydyn nhw, nid sgôr na diagnosis.</translation>
    </message>
    <message>
        <source>Worked out on this device. Nothing is sent anywhere to do this.</source>
        <translation>Wedi&apos;i gyfrifo ar y ddyfais hon. Does dim byd yn cael ei anfon i unman i wneud hyn.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <translation>Cuddio</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Cuddio&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Dangos y cyfrinymadrodd</translation>
    </message>
</context>
<context>
    <name>PromptBrowser</name>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Sbardunau</translation>
    </message>
</context>
<context>
    <name>RatingCard</name>
    <message>
        <source>How was this week?</source>
        <translation>Sut aeth yr wythnos hon?</translation>
    </message>
    <message>
        <source>For each, 1 is not at all and 5 is very much.</source>
        <translation>Ar gyfer pob un, mae 1 yn golygu ddim o gwbl a 5 yn golygu yn fawr iawn.</translation>
    </message>
    <message>
        <source>Save this week</source>
        <translation>Cadw&apos;r wythnos hon</translation>
    </message>
    <message>
        <source>Choose a number for each of the six.</source>
        <translation>Dewisa rif ar gyfer pob un o&apos;r chwech.</translation>
    </message>
    <message>
        <source>Skip this week</source>
        <translation>Hepgor yr wythnos hon</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Saved. Print it, or keep the file somewhere only you can reach.</source>
        <translation>Wedi&apos;i chadw. Argraffa hi, neu cadwa&apos;r ffeil rywle lle mai dim ond ti all ei chyrraedd.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Dy allwedd adfer</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens Saib and lets you choose a new one. Saib keeps no copy and will not show it again: save it or write it down now, and keep it away from this device.</source>
        <translation>Os byddi di byth yn anghofio dy gyfrinymadrodd, mae&apos;r allwedd hon yn agor Saib ac yn gadael i ti ddewis un newydd. Dydy Saib ddim yn cadw copi, a fydd e ddim yn ei dangos eto: cadwa hi neu ysgrifenna hi nawr, a&apos;i chadw i ffwrdd o&apos;r ddyfais hon.</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Grŵp %1: %2</translation>
    </message>
    <message>
        <source>Save as PDF to print…</source>
        <translation>Cadw fel PDF i&apos;w argraffu…</translation>
    </message>
    <message>
        <source>Check you have kept it</source>
        <translation>Gwiria dy fod wedi&apos;i chadw</translation>
    </message>
    <message>
        <source>From your saved copy, type group %1 and group %2.</source>
        <translation>O&apos;r copi a gadwaist ti, teipia&apos;r grŵp %1 a&apos;r grŵp %2.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grŵp %1</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>Rydw i wedi&apos;i chadw</translation>
    </message>
    <message>
        <source>Skip the check</source>
        <translation>Hepgor y gwiriad</translation>
    </message>
    <message>
        <source>Save your recovery key</source>
        <translation>Cadw dy allwedd adfer</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPdf</name>
    <message>
        <source>Saib recovery key</source>
        <translation>Allwedd adfer Saib</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Wedi&apos;i gwneud ar %1</translation>
    </message>
    <message>
        <source>This key opens your Saib if you forget your passphrase. On the lock screen choose “Forgot your passphrase?”, type this key, then choose a new passphrase. Your check-ins and journal stay as they were.</source>
        <translation>Mae&apos;r allwedd hon yn agor dy Saib os byddi di&apos;n anghofio dy gyfrinymadrodd. Ar y sgrin gloi, dewisa “Wedi anghofio dy gyfrinymadrodd?”, teipia&apos;r allwedd hon, yna dewisa gyfrinymadrodd newydd. Bydd dy wiriadau a&apos;th ddyddiadur yn aros fel roedden nhw.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe and private, away from your device: anyone who has this key and your device can open your journal.</source>
        <translation>Cadwa hi rywle diogel a phreifat, i ffwrdd o dy ddyfais: gall unrhyw un sydd â&apos;r allwedd hon a&apos;th ddyfais agor dy ddyddiadur.</translation>
    </message>
    <message>
        <source>Saib keeps no copy of this key and never sends it anywhere. If you make a new recovery key, this one stops working. Backups keep their own passphrase.</source>
        <translation>Dydy Saib ddim yn cadw copi o&apos;r allwedd hon, a dydy e byth yn ei hanfon i unman. Os byddi di&apos;n gwneud allwedd adfer newydd, bydd hon yn peidio â gweithio. Mae gan gopïau wrth gefn eu cyfrinymadrodd eu hunain.</translation>
    </message>
    <message>
        <source>The key uses digits and capital letters without I, L, O or U. Small letters, spaces and dashes make no difference.</source>
        <translation>Mae&apos;r allwedd yn defnyddio digidau a phriflythrennau heb I, L, O nac U. Does dim gwahaniaeth os wyt ti&apos;n defnyddio llythrennau bach, bylchau neu gysylltnodau.</translation>
    </message>
</context>
<context>
    <name>RecoverySection</name>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>Your passphrase and your recovery key each open your data. Nobody else can: not Saib, not your school, not IT.</source>
        <translation>Mae dy gyfrinymadrodd a&apos;th allwedd adfer ill dau yn agor dy ddata. All neb arall wneud hynny: nid Saib, nid dy ysgol, nid yr adran TG.</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Gwneud allwedd adfer newydd</translation>
    </message>
    <message>
        <source>Make a recovery key</source>
        <translation>Gwneud allwedd adfer</translation>
    </message>
</context>
<context>
    <name>RemindersSettings</name>
    <message>
        <source>Reminders</source>
        <translation>Nodiadau atgoffa</translation>
    </message>
    <message>
        <source>A reminder only says it is time for a pause: never anything you wrote. It can arrive while Saib is locked.</source>
        <translation>Dim ond dweud ei bod hi&apos;n amser am saib y mae nodyn atgoffa: fydd e byth yn dangos dim byd a ysgrifennaist ti. Gall gyrraedd pan fydd Saib wedi&apos;i gloi.</translation>
    </message>
    <message>
        <source>This device is not showing notifications from Saib, so reminders cannot appear yet.</source>
        <translation>Dydy&apos;r ddyfais hon ddim yn dangos hysbysiadau gan Saib, felly does dim modd i nodiadau atgoffa ymddangos eto.</translation>
    </message>
    <message>
        <source>Remind me to check in each day</source>
        <translation>Atgoffa fi i wneud gwiriad bob dydd</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Nodyn atgoffa dyddiol</translation>
    </message>
    <message>
        <source>Not at weekends</source>
        <translation>Dim ar benwythnosau</translation>
    </message>
    <message>
        <source>Remind me to rate my week</source>
        <translation>Atgoffa fi i roi sgôr i&apos;m hwythnos</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bob</translation>
    </message>
    <message>
        <source>Day for the weekly rating</source>
        <translation>Diwrnod y sgôr wythnosol</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Weekly reminder</source>
        <translation>Nodyn atgoffa wythnosol</translation>
    </message>
    <message>
        <source>Keep Saib in the system tray when its window is closed, so reminders can arrive</source>
        <translation>Cadw Saib yn hambwrdd y system pan fydd ei ffenestr ar gau, fel bod nodiadau atgoffa&apos;n gallu cyrraedd</translation>
    </message>
</context>
<context>
    <name>ScaleSlider</name>
    <message>
        <source>Not answered</source>
        <translation>Heb ateb</translation>
    </message>
    <message>
        <source>%1 (%2) to %3 (%4)</source>
        <translation>%1 (%2) i %3 (%4)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
</context>
<context>
    <name>SchoolYearSection</name>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Your school year</source>
        <translation>Dy flwyddyn ysgol</translation>
    </message>
    <message>
        <source>Pick the term dates your school follows, so Saib can tell you which week of term it is and how your load follows the school year.</source>
        <translation>Dewisa&apos;r dyddiadau tymor mae dy ysgol yn eu dilyn, er mwyn i Saib ddweud wrthot ti pa wythnos o&apos;r tymor yw hi a sut mae dy lwyth yn dilyn y flwyddyn ysgol.</translation>
    </message>
    <message>
        <source>Term dates</source>
        <translation>Dyddiadau tymor</translation>
    </message>
    <message>
        <source>Marked weeks</source>
        <translation>Wythnosau wedi&apos;u nodi</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Arolygiad</translation>
    </message>
    <message>
        <source>Marked week</source>
        <translation>Wythnos wedi&apos;i nodi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Tynnu %1</translation>
    </message>
    <message>
        <source>First day of the marked week</source>
        <translation>Diwrnod cyntaf yr wythnos wedi&apos;i nodi</translation>
    </message>
    <message>
        <source>Last day of the marked week</source>
        <translation>Diwrnod olaf yr wythnos wedi&apos;i nodi</translation>
    </message>
    <message>
        <source>Inspection (Estyn, Ofsted)</source>
        <translation>Arolygiad (Estyn, Ofsted)</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Rhywbeth arall</translation>
    </message>
    <message>
        <source>Kind of week</source>
        <translation>Math o wythnos</translation>
    </message>
    <message>
        <source>Your own words (optional)</source>
        <translation>Dy eiriau dy hun (dewisol)</translation>
    </message>
    <message>
        <source>Your own words for the marked week</source>
        <translation>Dy eiriau dy hun am yr wythnos wedi&apos;i nodi</translation>
    </message>
    <message>
        <source>Mark these days</source>
        <translation>Nodi&apos;r dyddiau hyn</translation>
    </message>
    <message>
        <source>INSET days</source>
        <translation>Diwrnodau HMS</translation>
    </message>
    <message>
        <source>First INSET day</source>
        <translation>Diwrnod HMS cyntaf</translation>
    </message>
    <message>
        <source>Last day, if more (optional)</source>
        <translation>Diwrnod olaf, os oes mwy (dewisol)</translation>
    </message>
    <message>
        <source>Last INSET day, if there are several</source>
        <translation>Diwrnod HMS olaf, os oes sawl un</translation>
    </message>
    <message>
        <source>Add INSET days</source>
        <translation>Ychwanegu diwrnodau HMS</translation>
    </message>
    <message>
        <source>Your school&apos;s term dates</source>
        <translation>Dyddiadau tymor dy ysgol</translation>
    </message>
    <message>
        <source>If your school starts or ends a term on a different day, change it here. The half-term stays as published.</source>
        <translation>Os yw dy ysgol yn dechrau neu&apos;n gorffen tymor ar ddiwrnod gwahanol, newidia fe yma. Mae&apos;r hanner tymor yn aros fel y&apos;i cyhoeddwyd.</translation>
    </message>
    <message>
        <source>%1: %2 (your school&apos;s dates)</source>
        <translation>%1: %2 (dyddiadau dy ysgol)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Newid %1</translation>
    </message>
    <message>
        <source>Use the published dates</source>
        <translation>Defnyddio&apos;r dyddiadau cyhoeddedig</translation>
    </message>
    <message>
        <source>Use the published dates for %1</source>
        <translation>Defnyddio&apos;r dyddiadau cyhoeddedig ar gyfer %1</translation>
    </message>
    <message>
        <source>First day of %1</source>
        <translation>Diwrnod cyntaf %1</translation>
    </message>
    <message>
        <source>Last day of %1</source>
        <translation>Diwrnod olaf %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save the dates of %1</source>
        <translation>Cadw dyddiadau %1</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Diwrnod cyntaf</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Diwrnod olaf</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
</context>
<context>
    <name>SchoolYearSettings</name>
    <message>
        <source>School year</source>
        <translation>Blwyddyn ysgol</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Security</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one next time you unlock.</source>
        <translation>Mae&apos;r cyfrinymadrodd wedi newid. Defnyddia&apos;r un newydd y tro nesaf y byddi di&apos;n datgloi.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Your data stays as it is; only the lock on its key changes.</source>
        <translation>Mae dy ddata&apos;n aros fel y mae; dim ond y clo ar ei allwedd sy&apos;n newid.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Y cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters)</source>
        <translation>Cyfrinymadrodd newydd (o leiaf 8 nod)</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Teipia&apos;r cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Yn newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Cloi</translation>
    </message>
    <message numerus="yes">
        <source>Saib locks itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Mae Saib yn cloi ei hun ar unwaith pan nad yw&apos;n cael ei ddefnyddio.</numerusform>
            <numerusform>Mae Saib yn cloi ei hun ar ôl %n munud heb ei ddefnyddio.</numerusform>
            <numerusform>Mae Saib yn cloi ei hun ar ôl %n munud heb ei ddefnyddio.</numerusform>
            <numerusform>Mae Saib yn cloi ei hun ar ôl %n munud heb ei ddefnyddio.</numerusform>
            <numerusform>Mae Saib yn cloi ei hun ar ôl %n munud heb ei ddefnyddio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lock after %n minute(s)</source>
        <translation>
            <numerusform>Cloi ar unwaith</numerusform>
            <numerusform>Cloi ar ôl %n munud</numerusform>
            <numerusform>Cloi ar ôl %n munud</numerusform>
            <numerusform>Cloi ar ôl %n munud</numerusform>
            <numerusform>Cloi ar ôl %n munud</numerusform>
        </translation>
    </message>
    <message>
        <source>When you switch to another app</source>
        <translation>Pan fyddi di&apos;n newid i ap arall</translation>
    </message>
    <message>
        <source>Lock at once</source>
        <translation>Cloi ar unwaith</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n min</source>
        <translation>
            <numerusform>Aros %n mun</numerusform>
            <numerusform>Aros %n mun</numerusform>
            <numerusform>Aros %n mun</numerusform>
            <numerusform>Aros %n mun</numerusform>
            <numerusform>Aros %n mun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n minute(s) before locking</source>
        <translation>
            <numerusform>Aros %n munud cyn cloi</numerusform>
            <numerusform>Aros %n munud cyn cloi</numerusform>
            <numerusform>Aros %n munud cyn cloi</numerusform>
            <numerusform>Aros %n munud cyn cloi</numerusform>
            <numerusform>Aros %n munud cyn cloi</numerusform>
        </translation>
    </message>
    <message>
        <source>A short wait means a quick look at another app does not ask for your passphrase again. The trade-off: for those minutes the key stays in protected memory, so anyone who picks up your unlocked phone gets in. Being idle still locks Saib as above.</source>
        <translation>Mae aros ychydig yn golygu na fydd cip sydyn ar ap arall yn gofyn am dy gyfrinymadrodd eto. Y pris: am y munudau hynny mae&apos;r allwedd yn aros mewn cof gwarchodedig, felly gall unrhyw un sy&apos;n codi dy ffôn heb ei gloi fynd i mewn. Mae Saib yn dal i gloi ei hun pan nad yw&apos;n cael ei ddefnyddio, fel uchod.</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Cloi nawr</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Cofio ar y ddyfais hon</translation>
    </message>
    <message>
        <source>Unlock without your passphrase on this computer: the key to your data is kept in the system keychain, so anyone who can use this user account can open Saib. Off by default; turning it off removes the key from the keychain.</source>
        <translation>Datgloi heb dy gyfrinymadrodd ar y cyfrifiadur hwn: mae&apos;r allwedd i&apos;th ddata&apos;n cael ei chadw yng nghadwyn allweddi&apos;r system, felly gall unrhyw un sy&apos;n gallu defnyddio&apos;r cyfrif defnyddiwr hwn agor Saib. Wedi&apos;i ddiffodd yn ddiofyn; mae ei ddiffodd yn tynnu&apos;r allwedd o&apos;r gadwyn allweddi.</translation>
    </message>
    <message>
        <source>Saib will open on this device without your passphrase.</source>
        <translation>Bydd Saib yn agor ar y ddyfais hon heb dy gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>The key has been removed from this device&apos;s keychain.</source>
        <translation>Mae&apos;r allwedd wedi&apos;i thynnu o gadwyn allweddi&apos;r ddyfais hon.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Security</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>Passphrase, locking and your recovery key</source>
        <translation>Cyfrinymadrodd, cloi a dy allwedd adfer</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Nodiadau atgoffa</translation>
    </message>
    <message>
        <source>A nudge to check in, and to rate your week</source>
        <translation>Hwb bach i wneud gwiriad, ac i roi sgôr i&apos;th wythnos</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Golwg ac iaith</translation>
    </message>
    <message>
        <source>Cymraeg or English, light or dark</source>
        <translation>Cymraeg neu Saesneg, golau neu dywyll</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Blwyddyn ysgol</translation>
    </message>
    <message>
        <source>Terms and holidays for your charts</source>
        <translation>Tymhorau a gwyliau ar gyfer dy siartiau</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <source>Your other devices, end-to-end encrypted</source>
        <translation>Dy ddyfeisiau eraill, wedi&apos;u hamgryptio o un pen i&apos;r llall</translation>
    </message>
    <message>
        <source>Backup and export</source>
        <translation>Copi wrth gefn ac allforio</translation>
    </message>
    <message>
        <source>Back up, restore, export and import</source>
        <translation>Copi wrth gefn, adfer, allforio a mewnforio</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Arolygon</translation>
    </message>
    <message>
        <source>Anonymous national surveys, only if you choose</source>
        <translation>Arolygon cenedlaethol dienw, dim ond os wyt ti&apos;n dewis</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Ynghylch</translation>
    </message>
    <message>
        <source>Version, and where your data stays</source>
        <translation>Y fersiwn, a ble mae dy ddata&apos;n aros</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Choose a group of settings on the left.</source>
        <translation>Dewisa grŵp o osodiadau ar y chwith.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Saib</source>
        <translation>Croeso i Saib</translation>
    </message>
    <message>
        <source>A private place to pause: a 30-second daily check-in and room to reflect. Everything stays encrypted on this device.</source>
        <translation>Lle preifat i gymryd saib: gwiriad dyddiol 30 eiliad a lle i fyfyrio. Mae popeth yn aros wedi&apos;i amgryptio ar y ddyfais hon.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Dewisa gyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase (at least 8 characters)</source>
        <translation>Cyfrinymadrodd (o leiaf 8 nod)</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Teipia ef eto</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Teipia&apos;r cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Dydy&apos;r ddau gyfrinymadrodd ddim yr un fath eto.</translation>
    </message>
    <message>
        <source>A few unrelated words make a strong passphrase that is easy to remember.</source>
        <translation>Mae ychydig o eiriau digyswllt yn gwneud cyfrinymadrodd cryf sy&apos;n hawdd ei gofio.</translation>
    </message>
    <message>
        <source>Next, Saib gives you a recovery key to save or print: the only way back in if you forget this passphrase. Nobody else can reset it: not Saib, not your school, not IT.</source>
        <translation>Nesaf, bydd Saib yn rhoi allwedd adfer i ti i&apos;w chadw neu ei hargraffu: yr unig ffordd yn ôl i mewn os byddi di&apos;n anghofio&apos;r cyfrinymadrodd hwn. All neb arall ei ailosod: nid Saib, nid dy ysgol, nid yr adran TG.</translation>
    </message>
    <message>
        <source>Your school year (optional)</source>
        <translation>Dy flwyddyn ysgol (dewisol)</translation>
    </message>
    <message>
        <source>Pick the term dates your school follows, so Saib can tell you which week of term it is. You can skip this and change it any time in Settings.</source>
        <translation>Dewisa&apos;r dyddiadau tymor mae dy ysgol yn eu dilyn, fel bod Saib yn gallu dweud wrthot ti pa wythnos o&apos;r tymor yw hi. Galli di hepgor hyn a&apos;i newid unrhyw bryd yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>Term dates</source>
        <translation>Dyddiadau tymor</translation>
    </message>
    <message>
        <source>Creating your private space…</source>
        <translation>Yn creu dy le preifat…</translation>
    </message>
    <message>
        <source>Create my private space</source>
        <translation>Creu fy lle preifat</translation>
    </message>
</context>
<context>
    <name>Skills</name>
    <message>
        <source>Developing a learning culture and organisation</source>
        <translation>Datblygu diwylliant a sefydliad dysgu</translation>
    </message>
    <message>
        <source>Interpersonal skills</source>
        <translation>Sgiliau rhyngbersonol</translation>
    </message>
    <message>
        <source>Leading learning to raise attainment</source>
        <translation>Arwain dysgu i godi cyrhaeddiad</translation>
    </message>
    <message>
        <source>Implementing change and improvement</source>
        <translation>Rhoi newid a gwelliant ar waith</translation>
    </message>
    <message>
        <source>Leading change to raise attainment</source>
        <translation>Arwain newid i godi cyrhaeddiad</translation>
    </message>
    <message>
        <source>Working with parents</source>
        <translation>Gweithio gyda rhieni</translation>
    </message>
    <message>
        <source>Staffing issues and difficult conversations</source>
        <translation>Materion staffio a sgyrsiau anodd</translation>
    </message>
    <message>
        <source>Developing future leaders and succession planning</source>
        <translation>Datblygu arweinwyr y dyfodol a chynllunio olyniaeth</translation>
    </message>
    <message>
        <source>Working with governors on strategy</source>
        <translation>Gweithio gyda llywodraethwyr ar strategaeth</translation>
    </message>
    <message>
        <source>Adapting your leadership style to the school</source>
        <translation>Addasu dy arddull arwain i&apos;r ysgol</translation>
    </message>
    <message>
        <source>Partnerships with other schools and agencies</source>
        <translation>Partneriaethau ag ysgolion ac asiantaethau eraill</translation>
    </message>
    <message>
        <source>Project management</source>
        <translation>Rheoli prosiectau</translation>
    </message>
    <message>
        <source>Managing finances and premises</source>
        <translation>Rheoli cyllid ac adeiladau</translation>
    </message>
    <message>
        <source>Experience of different types of school</source>
        <translation>Profiad o wahanol fathau o ysgol</translation>
    </message>
    <message>
        <source>Knowledge of policy and education structures</source>
        <translation>Gwybodaeth am bolisi a strwythurau addysg</translation>
    </message>
    <message>
        <source>Influencing and negotiation</source>
        <translation>Dylanwadu a thrafod</translation>
    </message>
    <message>
        <source>A bank of case studies and good practice</source>
        <translation>Banc o astudiaethau achos ac arfer da</translation>
    </message>
    <message>
        <source>Communication and presentation</source>
        <translation>Cyfathrebu a chyflwyno</translation>
    </message>
    <message>
        <source>Team building</source>
        <translation>Meithrin tîm</translation>
    </message>
    <message>
        <source>Planning, setting goals and objectives</source>
        <translation>Cynllunio, gosod nodau ac amcanion</translation>
    </message>
    <message>
        <source>Coaching and mentoring</source>
        <translation>Hyfforddi a mentora</translation>
    </message>
    <message>
        <source>Data analysis</source>
        <translation>Dadansoddi data</translation>
    </message>
    <message>
        <source>Strategic thinking (vision, the big picture)</source>
        <translation>Meddwl strategol (gweledigaeth, y darlun mawr)</translation>
    </message>
    <message>
        <source>Knowing where to find further help and support</source>
        <translation>Gwybod ble i gael rhagor o help a chymorth</translation>
    </message>
    <message>
        <source>Leading learning in other schools</source>
        <translation>Arwain dysgu mewn ysgolion eraill</translation>
    </message>
    <message>
        <source>Leading change in other schools</source>
        <translation>Arwain newid mewn ysgolion eraill</translation>
    </message>
    <message>
        <source>Rapidly identifying and acting on priorities</source>
        <translation>Adnabod blaenoriaethau&apos;n gyflym a gweithredu arnynt</translation>
    </message>
    <message>
        <source>Building high expectations in other schools</source>
        <translation>Meithrin disgwyliadau uchel mewn ysgolion eraill</translation>
    </message>
    <message>
        <source>Working with pupils and families from diverse backgrounds</source>
        <translation>Gweithio gyda disgyblion a theuluoedd o gefndiroedd amrywiol</translation>
    </message>
    <message>
        <source>Motivating and developing staff</source>
        <translation>Ysgogi a datblygu staff</translation>
    </message>
    <message>
        <source>Behaviour approaches in different school contexts</source>
        <translation>Dulliau ymddygiad mewn gwahanol gyd-destunau ysgol</translation>
    </message>
    <message>
        <source>Leading your school</source>
        <translation>Arwain dy ysgol</translation>
    </message>
    <message>
        <source>Leading beyond your school</source>
        <translation>Arwain y tu hwnt i&apos;th ysgol</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Leadership skills</source>
        <translation>Sgiliau arwain</translation>
    </message>
    <message>
        <source>Rate only the skills that matter to your role now. 1 is low, 10 is high.</source>
        <translation>Rho sgôr i&apos;r sgiliau sy&apos;n bwysig i&apos;th rôl nawr yn unig. Mae 1 yn isel a 10 yn uchel.</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Pwysigrwydd</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>dim sgôr</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Hyder</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>Cadw&apos;r asesiad</translation>
    </message>
    <message>
        <source>Rate both importance and confidence for at least one skill.</source>
        <translation>Rho sgôr i bwysigrwydd a hyder ar gyfer o leiaf un sgìl.</translation>
    </message>
</context>
<context>
    <name>StatTile</name>
    <message>
        <source>h a day</source>
        <translation>awr y dydd</translation>
    </message>
    <message>
        <source>/ 10</source>
        <translation>/ 10</translation>
    </message>
    <message>
        <source>of the day</source>
        <translation>o&apos;r dydd</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 awr</translation>
    </message>
    <message>
        <source>better</source>
        <translation>gwell</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>gwaeth</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>tua&apos;r un fath</translation>
    </message>
    <message>
        <source>%1 hours a day</source>
        <translation>%1 awr y dydd</translation>
    </message>
    <message>
        <source>%1% of the day</source>
        <translation>%1% o&apos;r dydd</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 allan o 10</translation>
    </message>
    <message>
        <source>No check-ins this week.</source>
        <translation>Dim gwiriadau yr wythnos hon.</translation>
    </message>
    <message>
        <source>No figure for the four weeks before.</source>
        <translation>Dim ffigur ar gyfer y pedair wythnos cynt.</translation>
    </message>
    <message>
        <source>Up from %1 in the four weeks before, which is better.</source>
        <translation>I fyny o %1 yn y pedair wythnos cynt, sy&apos;n well.</translation>
    </message>
    <message>
        <source>Up from %1 in the four weeks before, which is worse.</source>
        <translation>I fyny o %1 yn y pedair wythnos cynt, sy&apos;n waeth.</translation>
    </message>
    <message>
        <source>Down from %1 in the four weeks before, which is better.</source>
        <translation>I lawr o %1 yn y pedair wythnos cynt, sy&apos;n well.</translation>
    </message>
    <message>
        <source>Down from %1 in the four weeks before, which is worse.</source>
        <translation>I lawr o %1 yn y pedair wythnos cynt, sy&apos;n waeth.</translation>
    </message>
    <message>
        <source>About the same as the four weeks before (%1).</source>
        <translation>Tua&apos;r un fath â&apos;r pedair wythnos cynt (%1).</translation>
    </message>
    <message>
        <source>4 weeks before: %1</source>
        <translation>4 wythnos cynt: %1</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Too short: use at least 8 characters</source>
        <translation>Rhy fyr: defnyddia o leiaf 8 nod</translation>
    </message>
    <message>
        <source>Weak: easy to guess</source>
        <translation>Gwan: hawdd ei ddyfalu</translation>
    </message>
    <message>
        <source>Fair: longer would be safer</source>
        <translation>Gweddol: byddai un hirach yn fwy diogel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Cryf</translation>
    </message>
</context>
<context>
    <name>SubPageHeader</name>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Saib: a summary for a coach or supervisor</source>
        <translation>Saib: crynodeb ar gyfer hyfforddwr neu oruchwyliwr</translation>
    </message>
    <message>
        <source>From %1 to %2. Made on %3.</source>
        <translation>O %1 hyd %2. Wedi&apos;i wneud ar %3.</translation>
    </message>
    <message>
        <source>This file is not encrypted. It holds only what you chose to include; anyone who can open the file can read it. Share it only with the person you choose, and delete it when you no longer need it.</source>
        <translation>Dydy&apos;r ffeil hon ddim wedi&apos;i hamgryptio. Dim ond yr hyn a ddewisaist ti sydd ynddi; gall unrhyw un sy&apos;n gallu agor y ffeil ei darllen. Rhanna hi dim ond gyda&apos;r person rwyt ti&apos;n ei ddewis, a dilea hi pan na fydd ei hangen arnat ti mwyach.</translation>
    </message>
    <message>
        <source>Demand (0–10)</source>
        <translation>Pwysau gwaith (0–10)</translation>
    </message>
    <message>
        <source>Emotional load (0–10)</source>
        <translation>Baich emosiynol (0–10)</translation>
    </message>
    <message>
        <source>Energy (0–10)</source>
        <translation>Egni (0–10)</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Oriau gwaith</translation>
    </message>
    <message>
        <source>Strategic share of the day</source>
        <translation>Cyfran strategol y diwrnod</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 awr</translation>
    </message>
    <message>
        <source>How the days have been</source>
        <translation>Sut mae&apos;r dyddiau wedi bod</translation>
    </message>
    <message>
        <source>Check-ins in the period: %1 (days in the period: %2). Each figure is the mean of the check-ins that answered it; the arrow shows the first half of the period against the second.</source>
        <translation>Gwiriadau yn y cyfnod: %1 (diwrnodau yn y cyfnod: %2). Cymedr y gwiriadau a atebodd y cwestiwn yw pob ffigur; mae&apos;r saeth yn dangos hanner cyntaf y cyfnod o&apos;i gymharu â&apos;r ail hanner.</translation>
    </message>
    <message>
        <source>Demands against resources: not enough check-ins to see a direction.</source>
        <translation>Gofynion yn erbyn adnoddau: does dim digon o wiriadau i weld i ba gyfeiriad mae pethau&apos;n mynd.</translation>
    </message>
    <message>
        <source>Demands against resources: the gap between demands and resources widened by %1 points over the period.</source>
        <translation>Gofynion yn erbyn adnoddau: lledodd y bwlch rhwng gofynion ac adnoddau %1 pwynt dros y cyfnod.</translation>
    </message>
    <message>
        <source>Demands against resources: the gap between demands and resources narrowed by %1 points over the period.</source>
        <translation>Gofynion yn erbyn adnoddau: culhaodd y bwlch rhwng gofynion ac adnoddau %1 pwynt dros y cyfnod.</translation>
    </message>
    <message>
        <source>Demands against resources: the gap between demands and resources stayed about the same.</source>
        <translation>Gofynion yn erbyn adnoddau: arhosodd y bwlch rhwng gofynion ac adnoddau tua&apos;r un fath.</translation>
    </message>
    <message>
        <source>The six domains (weekly rating, 1–5)</source>
        <translation>Y chwe maes (sgôr wythnosol, 1–5)</translation>
    </message>
    <message>
        <source>Weeks rated in the period: %1. Each figure is the mean of those weeks.</source>
        <translation>Wythnosau â sgôr yn y cyfnod: %1. Cymedr yr wythnosau hynny yw pob ffigur.</translation>
    </message>
    <message>
        <source>Purpose and belonging stayed high while feeling valued and feeling cared for stayed low. Leaders who left headship often describe this pattern: it may be worth talking about.</source>
        <translation>Arhosodd pwrpas a pherthyn yn uchel tra arhosodd teimlo dy fod yn cael dy werthfawrogi a theimlo bod eraill yn gofalu amdanat yn isel. Mae arweinwyr a adawodd brifathrawiaeth yn aml yn disgrifio&apos;r patrwm hwn: efallai ei fod yn werth siarad amdano.</translation>
    </message>
    <message>
        <source>Leadership skills (importance against confidence, 1–10)</source>
        <translation>Sgiliau arwain (pwysigrwydd yn erbyn hyder, 1–10)</translation>
    </message>
    <message>
        <source>Leadership skills: self-assessment of %1 (importance against confidence, 1–10)</source>
        <translation>Sgiliau arwain: hunanasesiad %1 (pwysigrwydd yn erbyn hyder, 1–10)</translation>
    </message>
    <message>
        <source>%1: importance %2, confidence %3, gap %4</source>
        <translation>%1: pwysigrwydd %2, hyder %3, bwlch %4</translation>
    </message>
    <message>
        <source> (gap last time: %1)</source>
        <translation> (bwlch y tro diwethaf: %1)</translation>
    </message>
    <message>
        <source>What seems to help</source>
        <translation>Beth sy&apos;n ymddangos fel petai&apos;n helpu</translation>
    </message>
    <message>
        <source>Mean emotional load (0–10) on days with each tag against days without it, for tags with at least %1 days each way. A pattern, not a cause.</source>
        <translation>Cymedr y baich emosiynol (0–10) ar ddiwrnodau gyda phob tag o&apos;i gymharu â diwrnodau hebddo, ar gyfer tagiau sydd ag o leiaf %1 diwrnod bob ffordd. Patrwm yw hwn, nid achos.</translation>
    </message>
    <message>
        <source>%1: %2 on days with it (days: %3), %4 on days without (days: %5)</source>
        <translation>%1: %2 ar ddiwrnodau gydag e (diwrnodau: %3), %4 ar ddiwrnodau hebddo (diwrnodau: %5)</translation>
    </message>
    <message>
        <source>Journal entries I chose to share</source>
        <translation>Cofnodion dyddlyfr a ddewisais i&apos;w rhannu</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Dim byd wedi&apos;i gofnodi yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Saib summary: not encrypted</source>
        <translation>Crynodeb Saib: heb ei amgryptio</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Tudalen %1</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>hyder</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>pwysigrwydd</translation>
    </message>
    <message>
        <source>lighter days</source>
        <translation>diwrnodau ysgafnach</translation>
    </message>
    <message>
        <source>heavier days</source>
        <translation>diwrnodau trymach</translation>
    </message>
</context>
<context>
    <name>SupportCard</name>
    <message>
        <source>A gentle check-in from Saib</source>
        <translation>Gair tyner gan Saib</translation>
    </message>
    <message>
        <source>That is a lot to carry. If it would help to talk to someone, these services are free and confidential.</source>
        <translation>Mae hynny&apos;n llawer i&apos;w gario. Os byddai&apos;n help siarad â rhywun, mae&apos;r gwasanaethau hyn am ddim ac yn gyfrinachol.</translation>
    </message>
    <message>
        <source>Call %1 on %2</source>
        <translation>Ffonio %1 ar %2</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <source>This note is worked out on your device and is never sent anywhere.</source>
        <translation>Mae&apos;r nodyn hwn yn cael ei lunio ar dy ddyfais, a dydy e byth yn cael ei anfon i unman.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
</context>
<context>
    <name>SurveyAboutPage</name>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>About anonymity</source>
        <translation>Ynglŷn â bod yn ddienw</translation>
    </message>
    <message>
        <source>What the survey body can learn</source>
        <translation>Beth all y corff arolygon ei ddysgu</translation>
    </message>
    <message>
        <source>• Your answers, and the broad groups you chose (role, phase, years in role, region), exactly as shown on the preview.
• That someone holding one of its enrolment codes enrolled, because you give it your code.
• Only the tables the survey declares in advance are published, as totals and averages. Any group of fewer than 10 leaders is held back, and so are enough other figures that it cannot be worked out by subtracting one from another.</source>
        <translation>• Dy atebion, a&apos;r grwpiau bras a ddewisaist ti (rôl, cyfnod, blynyddoedd yn y rôl, rhanbarth), yn union fel maen nhw&apos;n cael eu dangos yn y rhagolwg.
• Bod rhywun sydd ag un o&apos;i godau cofrestru wedi cofrestru, gan dy fod di&apos;n rhoi dy god iddo.
• Dim ond y tablau mae&apos;r arolwg yn eu datgan ymlaen llaw sy&apos;n cael eu cyhoeddi, fel cyfansymiau a chyfartaleddau. Mae unrhyw grŵp o lai na 10 arweinydd yn cael ei gadw&apos;n ôl, a digon o ffigurau eraill hefyd fel na ellir ei gyfrifo drwy dynnu un ffigur o&apos;r llall.</translation>
    </message>
    <message>
        <source>What it cannot learn</source>
        <translation>Beth na all ei ddysgu</translation>
    </message>
    <message>
        <source>• Which answers are yours. Your token is made so that the server can check it is genuine and unused, but cannot match it to your code.
• Your name, account, device, sync details, journal or anything else in Saib. None of it is in what is sent.
• When you sent your answers: the server keeps no time or address with them.</source>
        <translation>• Pa atebion yw dy rai di. Mae dy docyn wedi&apos;i greu fel bod y gweinydd yn gallu gwirio ei fod yn ddilys a heb ei ddefnyddio, ond nad yw&apos;n gallu ei gysylltu â&apos;th god.
• Dy enw, dy gyfrif, dy ddyfais, dy fanylion cysoni, dy ddyddiadur nac unrhyw beth arall yn Saib. Does dim o hyn yn yr hyn sy&apos;n cael ei anfon.
• Pryd anfonaist ti dy atebion: dydy&apos;r gweinydd ddim yn cadw amser na chyfeiriad gyda nhw.</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Gwerth ei wybod</translation>
    </message>
    <message>
        <source>• Saib does not send your answers when you press Send. It keeps them sealed in your encrypted store and sends them at a random time between 1 and 24 hours later (sooner only if the survey closes first), on a connection of their own, so that they cannot be paired with your enrolment by when they arrive. Saib has to be open and unlocked to send them; if it is not, they go the next time it is. &quot;Send now&quot; gives this up.
• Whoever runs the server can still see which internet address enrolled and which sent answers, and roughly when: its logs keep only the hour. If you enrol and send from the same address and few other leaders take part that day, they could still guess the two go together. It cannot see which answers came from which code.
• Free-text answers can give you away by what they say. Leave them blank if unsure.
• Saib keeps a copy of what you sent, and your token, inside your encrypted store on this device only.</source>
        <translation>• Dydy Saib ddim yn anfon dy atebion pan fyddi di&apos;n pwyso Anfon. Mae&apos;n eu cadw wedi&apos;u selio yn dy storfa wedi&apos;i hamgryptio ac yn eu hanfon ar amser ar hap rhwng 1 a 24 awr yn ddiweddarach (yn gynt dim ond os yw&apos;r arolwg yn cau cyn hynny), dros gysylltiad eu hunain, fel na ellir eu paru â&apos;th gofrestriad drwy&apos;r amser maen nhw&apos;n cyrraedd. Mae angen i Saib fod ar agor ac wedi&apos;i datgloi i&apos;w hanfon; os nad yw, maen nhw&apos;n mynd y tro nesaf y bydd ar agor. Mae &quot;Anfon nawr&quot; yn ildio hyn.
• Gall pwy bynnag sy&apos;n rhedeg y gweinydd weld o hyd pa gyfeiriad rhyngrwyd a gofrestrodd a pha un a anfonodd atebion, a thua pryd: dim ond yr awr mae ei logiau&apos;n ei chadw. Os byddi di&apos;n cofrestru ac yn anfon o&apos;r un cyfeiriad, ac ychydig o arweinwyr eraill yn cymryd rhan y diwrnod hwnnw, gallen nhw ddyfalu o hyd bod y ddau&apos;n perthyn i&apos;w gilydd. Ni all weld pa atebion a ddaeth o ba god.
• Gall atebion testun rhydd ddatgelu pwy wyt ti drwy&apos;r hyn maen nhw&apos;n ei ddweud. Gad nhw&apos;n wag os nad wyt ti&apos;n siŵr.
• Mae Saib yn cadw copi o&apos;r hyn a anfonaist ti, a&apos;th docyn, yn dy storfa wedi&apos;i hamgryptio ar y ddyfais hon yn unig.</translation>
    </message>
</context>
<context>
    <name>SurveyAnswerPage</name>
    <message>
        <source>Enrolled. Your token is kept only on this device.</source>
        <translation>Wedi cofrestru. Dim ond ar y ddyfais hon mae dy docyn yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Survey language:</source>
        <translation>Iaith yr arolwg:</translation>
    </message>
    <message>
        <source>This survey is not open for answers now.</source>
        <translation>Dydy&apos;r arolwg hwn ddim ar agor i atebion nawr.</translation>
    </message>
    <message>
        <source>You have answered this survey. Your answers will be sent anonymously by %1.</source>
        <translation>Rwyt ti wedi ateb yr arolwg hwn. Bydd dy atebion yn cael eu hanfon yn ddienw erbyn %1.</translation>
    </message>
    <message>
        <source>You have already answered this survey. Thank you.</source>
        <translation>Rwyt ti wedi ateb yr arolwg hwn yn barod. Diolch.</translation>
    </message>
    <message>
        <source>Enrol with your code</source>
        <translation>Cofrestru â&apos;th god</translation>
    </message>
    <message>
        <source>The survey body gives each leader one code. Saib swaps it for a token that lets you answer once, without the token saying who you are.</source>
        <translation>Mae&apos;r corff arolygon yn rhoi un cod i bob arweinydd. Mae Saib yn ei gyfnewid am docyn sy&apos;n gadael i ti ateb unwaith, heb i&apos;r tocyn ddweud pwy wyt ti.</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Cod cofrestru</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Cofrestru</translation>
    </message>
    <message>
        <source>Enrol with this code</source>
        <translation>Cofrestru â&apos;r cod hwn</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Dy atebion</translation>
    </message>
    <message>
        <source>Saib has filled in what it can from your own check-ins and ratings in the survey period. Change any answer, or leave it blank.</source>
        <translation>Mae Saib wedi llenwi&apos;r hyn a allai ar sail dy wiriadau a&apos;th sgoriau dy hun yn ystod cyfnod yr arolwg. Newidia unrhyw ateb, neu gad ef yn wag.</translation>
    </message>
    <message>
        <source>About you, in broad groups</source>
        <translation>Amdanat ti, mewn grwpiau bras</translation>
    </message>
    <message>
        <source>Only these broad groups are asked for. Choose &quot;Prefer not to say&quot; for any of them.</source>
        <translation>Dim ond am y grwpiau bras hyn mae&apos;r arolwg yn gofyn. Dewisa &quot;Gwell gen i beidio â dweud&quot; ar gyfer unrhyw un ohonyn nhw.</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Gwell gen i beidio â dweud</translation>
    </message>
    <message>
        <source>See exactly what will be sent</source>
        <translation>Gweld yn union beth fydd yn cael ei anfon</translation>
    </message>
    <message>
        <source>About anonymity</source>
        <translation>Ynglŷn â bod yn ddienw</translation>
    </message>
</context>
<context>
    <name>SurveyPreviewPage</name>
    <message>
        <source>Thank you. Your answers will be sent anonymously by %1, on a connection of their own. Saib needs to be open and unlocked then; if it is not, they go the next time it is.</source>
        <translation>Diolch. Bydd dy atebion yn cael eu hanfon yn ddienw erbyn %1, dros gysylltiad eu hunain. Mae angen i Saib fod ar agor ac wedi&apos;i datgloi bryd hynny; os nad yw, byddan nhw&apos;n mynd y tro nesaf y bydd ar agor.</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Yn union beth fydd yn cael ei anfon</translation>
    </message>
    <message>
        <source>Your answers, as they will be sent</source>
        <translation>Dy atebion, fel y byddan nhw&apos;n cael eu hanfon</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Gwell gen i beidio â dweud</translation>
    </message>
    <message>
        <source>Left blank</source>
        <translation>Wedi&apos;i adael yn wag</translation>
    </message>
    <message>
        <source>Hide the exact bytes</source>
        <translation>Cuddio&apos;r union beitiau</translation>
    </message>
    <message>
        <source>Show exactly what is sent</source>
        <translation>Dangos yn union beth sy&apos;n cael ei anfon</translation>
    </message>
    <message>
        <source>These are the bytes Saib will send, laid out for reading. There is no name, account, device, school or time in them. The token shows that you are enrolled, without showing who you are.</source>
        <translation>Dyma&apos;r beitiau y bydd Saib yn eu hanfon, wedi&apos;u trefnu fel bod modd eu darllen. Does dim enw, cyfrif, dyfais, ysgol nac amser ynddyn nhw. Mae&apos;r tocyn yn dangos dy fod di wedi cofrestru, heb ddangos pwy wyt ti.</translation>
    </message>
    <message>
        <source>The payload that will be sent</source>
        <translation>Y data a fydd yn cael ei anfon</translation>
    </message>
    <message numerus="yes">
        <source>Sent as %n byte(s), without the spaces and line breaks added here.</source>
        <translation>
            <numerusform>Bydd yn cael ei anfon fel %n beit, heb y bylchau a&apos;r toriadau llinell sydd wedi&apos;u hychwanegu yma.</numerusform>
            <numerusform>Bydd yn cael ei anfon fel %n beit, heb y bylchau a&apos;r toriadau llinell sydd wedi&apos;u hychwanegu yma.</numerusform>
            <numerusform>Bydd yn cael ei anfon fel %n beit, heb y bylchau a&apos;r toriadau llinell sydd wedi&apos;u hychwanegu yma.</numerusform>
            <numerusform>Bydd yn cael ei anfon fel %n beit, heb y bylchau a&apos;r toriadau llinell sydd wedi&apos;u hychwanegu yma.</numerusform>
            <numerusform>Bydd yn cael ei anfon fel %n beit, heb y bylchau a&apos;r toriadau llinell sydd wedi&apos;u hychwanegu yma.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saib does not send your answers straight away. It keeps them sealed on this device and sends them at a random time between 1 and 24 hours from now, so that the survey server cannot pair them with your enrolment by when they arrive.</source>
        <translation>Dydy Saib ddim yn anfon dy atebion yn syth. Mae&apos;n eu cadw wedi&apos;u selio ar y ddyfais hon ac yn eu hanfon ar amser ar hap rhwng 1 a 24 awr o nawr, fel na all gweinydd yr arolwg eu paru â&apos;th gofrestriad drwy&apos;r amser maen nhw&apos;n cyrraedd.</translation>
    </message>
    <message>
        <source>Send these answers</source>
        <translation>Anfon yr atebion hyn</translation>
    </message>
    <message>
        <source>Back and change</source>
        <translation>Yn ôl i newid</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gorffen</translation>
    </message>
</context>
<context>
    <name>SurveyQuestion</name>
    <message>
        <source>Blank</source>
        <translation>Gwag</translation>
    </message>
    <message>
        <source>Filled in from your own records</source>
        <translation>Wedi&apos;i lenwi o&apos;th gofnodion dy hun</translation>
    </message>
    <message>
        <source>Leave blank</source>
        <translation>Gadael yn wag</translation>
    </message>
    <message>
        <source>Leave this answer blank</source>
        <translation>Gadael yr ateb hwn yn wag</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message numerus="yes">
        <source>Choose up to %n.</source>
        <translation>
            <numerusform>Dewisa hyd at %n.</numerusform>
            <numerusform>Dewisa hyd at %n.</numerusform>
            <numerusform>Dewisa hyd at %n.</numerusform>
            <numerusform>Dewisa hyd at %n.</numerusform>
            <numerusform>Dewisa hyd at %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <source>Your role</source>
        <translation>Dy rôl</translation>
    </message>
    <message>
        <source>School phase</source>
        <translation>Cyfnod yr ysgol</translation>
    </message>
    <message>
        <source>Years in this role</source>
        <translation>Blynyddoedd yn y rôl hon</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <source>Open %1 to %2</source>
        <translation>Ar agor o %1 tan %2</translation>
    </message>
    <message>
        <source>Enter the server address in full, starting with https://</source>
        <translation>Rho gyfeiriad llawn y gweinydd, gan ddechrau â https://</translation>
    </message>
    <message>
        <source>Enter the survey body&apos;s public key first.</source>
        <translation>Rho allwedd gyhoeddus y corff arolygon yn gyntaf.</translation>
    </message>
    <message numerus="yes">
        <source>%n survey(s) from the server were refused: </source>
        <translation>
            <numerusform>Gwrthodwyd dim un arolwg o&apos;r gweinydd: </numerusform>
            <numerusform>Gwrthodwyd %n arolwg o&apos;r gweinydd: </numerusform>
            <numerusform>Gwrthodwyd %n arolwg o&apos;r gweinydd: </numerusform>
            <numerusform>Gwrthodwyd %n arolwg o&apos;r gweinydd: </numerusform>
            <numerusform>Gwrthodwyd %n arolwg o&apos;r gweinydd: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified survey(s) found.</source>
        <translation>
            <numerusform>Dim arolygon wedi&apos;u dilysu.</numerusform>
            <numerusform>Cafwyd hyd i %n arolwg wedi&apos;i ddilysu.</numerusform>
            <numerusform>Cafwyd hyd i %n arolwg wedi&apos;u dilysu.</numerusform>
            <numerusform>Cafwyd hyd i %n arolwg wedi&apos;u dilysu.</numerusform>
            <numerusform>Cafwyd hyd i %n arolwg wedi&apos;u dilysu.</numerusform>
        </translation>
    </message>
    <message>
        <source>That file could not be opened.</source>
        <translation>Does dim modd agor y ffeil honno.</translation>
    </message>
    <message>
        <source>Enrol with your code first: the payload carries a one-time token.</source>
        <translation>Cofrestra â&apos;th god yn gyntaf: mae&apos;r data&apos;n cynnwys tocyn untro.</translation>
    </message>
    <message>
        <source>Open the preview first: only what you have seen can be sent.</source>
        <translation>Agora&apos;r rhagolwg yn gyntaf: dim ond yr hyn rwyt ti wedi&apos;i weld sy&apos;n gallu cael ei anfon.</translation>
    </message>
    <message>
        <source>Not all queued answers could be sent: %1</source>
        <translation>Doedd dim modd anfon yr holl atebion oedd yn aros: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n queued survey answer(s) sent.</source>
        <translation>
            <numerusform>Doedd dim atebion yn aros i&apos;w hanfon.</numerusform>
            <numerusform>Anfonwyd yr atebion i %n arolwg oedd yn aros.</numerusform>
            <numerusform>Anfonwyd yr atebion i %n arolwg oedd yn aros.</numerusform>
            <numerusform>Anfonwyd yr atebion i %n arolwg oedd yn aros.</numerusform>
            <numerusform>Anfonwyd yr atebion i %n arolwg oedd yn aros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>National surveys</source>
        <translation>Arolygon cenedlaethol</translation>
    </message>
    <message>
        <source>Survey bodies, such as a national academy or your local authority, ask school leaders how they are. Taking part is your choice. Saib fills in answers from your own records, you can change or blank any of them, and nothing is sent until you have seen exactly what will go and said yes.</source>
        <translation>Mae cyrff arolygon, fel academi genedlaethol neu dy awdurdod lleol, yn holi arweinwyr ysgolion sut maen nhw. Ti sy&apos;n dewis a wyt ti am gymryd rhan. Mae Saib yn llenwi atebion o&apos;th gofnodion dy hun, gelli di newid unrhyw un ohonyn nhw neu ei adael yn wag, a does dim byd yn cael ei anfon nes i ti weld yn union beth fydd yn mynd a dweud ie.</translation>
    </message>
    <message>
        <source>About anonymity</source>
        <translation>Ynglŷn â bod yn ddienw</translation>
    </message>
    <message>
        <source>Surveys you can answer</source>
        <translation>Arolygon y gelli di eu hateb</translation>
    </message>
    <message>
        <source>No surveys yet. Check the server or load a survey file below.</source>
        <translation>Dim arolygon eto. Gwiria&apos;r gweinydd neu lwytha ffeil arolwg isod.</translation>
    </message>
    <message>
        <source>Answered: to be sent anonymously by %1.</source>
        <translation>Wedi&apos;i ateb: i&apos;w anfon yn ddienw erbyn %1.</translation>
    </message>
    <message>
        <source>You have answered this survey.</source>
        <translation>Rwyt ti wedi ateb yr arolwg hwn.</translation>
    </message>
    <message>
        <source>Not open for answers now.</source>
        <translation>Ddim ar agor i atebion nawr.</translation>
    </message>
    <message>
        <source>Enrolled: ready to answer.</source>
        <translation>Wedi cofrestru: yn barod i ateb.</translation>
    </message>
    <message>
        <source>Open: you need an enrolment code from the survey body.</source>
        <translation>Ar agor: mae angen cod cofrestru arnat ti gan y corff arolygon.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Yn aros i gael eu hanfon</translation>
    </message>
    <message>
        <source>These answers are sealed on this device and go at a random time, so the server cannot tell them apart from other leaders&apos; by when they arrive. Saib sends them while it is open and unlocked, and tries again if you are offline.</source>
        <translation>Mae&apos;r atebion hyn wedi&apos;u selio ar y ddyfais hon ac yn mynd ar amser ar hap, fel na all y gweinydd eu gwahaniaethu oddi wrth atebion arweinwyr eraill drwy&apos;r amser maen nhw&apos;n cyrraedd. Mae Saib yn eu hanfon tra bydd ar agor ac wedi&apos;i datgloi, ac yn rhoi cynnig arall arni os wyt ti all-lein.</translation>
    </message>
    <message>
        <source>%1: to be sent by %2</source>
        <translation>%1: i&apos;w anfon erbyn %2</translation>
    </message>
    <message>
        <source>Send now instead</source>
        <translation>Anfon nawr yn lle hynny</translation>
    </message>
    <message>
        <source>Sending now gives up the random delay: whoever runs the server could then pair these answers with your enrolment by their timing and internet address. Send anyway?</source>
        <translation>Mae anfon nawr yn ildio&apos;r oedi ar hap: gallai pwy bynnag sy&apos;n rhedeg y gweinydd wedyn baru&apos;r atebion hyn â&apos;th gofrestriad drwy eu hamseru a&apos;th gyfeiriad rhyngrwyd. Anfon beth bynnag?</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Anfon nawr</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Dal i aros</translation>
    </message>
    <message>
        <source>Join with an invitation</source>
        <translation>Ymuno drwy wahoddiad</translation>
    </message>
    <message>
        <source>Open the invitation file the survey body sent you, or paste the invitation link. It holds the server&apos;s address and the body&apos;s key, so there is nothing to type.</source>
        <translation>Agor y ffeil wahoddiad a anfonodd y corff arolygon atat ti, neu ludo&apos;r ddolen wahoddiad. Mae&apos;n cynnwys cyfeiriad y gweinydd ac allwedd y corff, felly does dim byd i&apos;w deipio.</translation>
    </message>
    <message>
        <source>Choose the invitation file…</source>
        <translation>Dewis y ffeil wahoddiad…</translation>
    </message>
    <message>
        <source>Choose the survey invitation</source>
        <translation>Dewis gwahoddiad yr arolwg</translation>
    </message>
    <message>
        <source>Survey invitations (*.saib *.json)</source>
        <translation>Gwahoddiadau arolwg (*.saib *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Or paste the invitation link or file path</source>
        <translation>Neu gluda&apos;r ddolen wahoddiad neu lwybr y ffeil</translation>
    </message>
    <message>
        <source>Invitation link or file path</source>
        <translation>Dolen wahoddiad neu lwybr ffeil</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Open the invitation</source>
        <translation>Agor y gwahoddiad</translation>
    </message>
    <message>
        <source>Survey body: %1. Key fingerprint: %2. Check that the fingerprint matches the one in the body&apos;s letter or on its website before you join.</source>
        <translation>Corff arolygon: %1. Ôl bys yr allwedd: %2. Gwiria fod yr ôl bys yr un fath â&apos;r un yn llythyr y corff neu ar ei wefan cyn i ti ymuno.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Ymuno</translation>
    </message>
    <message>
        <source>Join this survey body&apos;s surveys</source>
        <translation>Ymuno ag arolygon y corff arolygon hwn</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Hide the survey server and key</source>
        <translation>Cuddio gweinydd ac allwedd yr arolygon</translation>
    </message>
    <message>
        <source>Survey server and key (advanced)</source>
        <translation>Gweinydd ac allwedd yr arolygon (uwch)</translation>
    </message>
    <message>
        <source>Where surveys come from</source>
        <translation>O ble daw&apos;r arolygon</translation>
    </message>
    <message>
        <source>Survey server address (leave empty to turn surveys off)</source>
        <translation>Cyfeiriad gweinydd yr arolygon (gad ef yn wag i ddiffodd yr arolygon)</translation>
    </message>
    <message>
        <source>Survey server address</source>
        <translation>Cyfeiriad gweinydd yr arolygon</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save the survey server address</source>
        <translation>Cadw cyfeiriad gweinydd yr arolygon</translation>
    </message>
    <message>
        <source>Survey body&apos;s public key. Saib shows a survey only if this key signed it. Copy the key from the survey body&apos;s own website or letter, not from the survey server.</source>
        <translation>Allwedd gyhoeddus y corff arolygon. Dim ond arolwg wedi&apos;i lofnodi â&apos;r allwedd hon y bydd Saib yn ei ddangos. Copïa&apos;r allwedd o wefan neu lythyr y corff arolygon ei hun, nid o weinydd yr arolygon.</translation>
    </message>
    <message>
        <source>Survey body&apos;s public key</source>
        <translation>Allwedd gyhoeddus y corff arolygon</translation>
    </message>
    <message>
        <source>Save the survey body&apos;s key</source>
        <translation>Cadw allwedd y corff arolygon</translation>
    </message>
    <message>
        <source>Key fingerprint: %1. Check it matches the one the survey body gives.</source>
        <translation>Ôl bys allwedd: %1. Gwiria ei fod yn cyfateb i&apos;r un mae&apos;r corff arolygon yn ei roi.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Yn gwirio…</translation>
    </message>
    <message>
        <source>Check the server for surveys</source>
        <translation>Gwirio&apos;r gweinydd am arolygon</translation>
    </message>
    <message>
        <source>Or load a survey file the survey body sent you:</source>
        <translation>Neu lwytha ffeil arolwg a anfonodd y corff arolygon atat ti:</translation>
    </message>
    <message>
        <source>Path to the survey file</source>
        <translation>Llwybr i ffeil yr arolwg</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Llwytho</translation>
    </message>
    <message>
        <source>Load the survey file</source>
        <translation>Llwytho ffeil yr arolwg</translation>
    </message>
    <message>
        <source>Survey verified and added.</source>
        <translation>Arolwg wedi&apos;i ddilysu a&apos;i ychwanegu.</translation>
    </message>
    <message>
        <source>What you have sent</source>
        <translation>Beth rwyt ti wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Anfonwyd ar %1</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Beth a anfonwyd</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 (version from another device)</source>
        <extracomment>Title of the second copy kept when a journal entry was changed on two devices.</extracomment>
        <translation>%1 (fersiwn o ddyfais arall)</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Dyfais %1</translation>
    </message>
    <message>
        <source>This device will join account %1, with: %2.</source>
        <translation>Bydd y ddyfais hon yn ymuno â chyfrif %1. Dyfeisiau&apos;r cyfrif: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already on this device will be shared with them.</source>
        <translation>
            <numerusform>Fydd dim cofnodion o&apos;r ddyfais hon yn cael eu rhannu â nhw.</numerusform>
            <numerusform>Bydd %n cofnod sydd eisoes ar y ddyfais hon yn cael ei rannu â nhw.</numerusform>
            <numerusform>Bydd %n cofnod sydd eisoes ar y ddyfais hon yn cael eu rhannu â nhw.</numerusform>
            <numerusform>Bydd %n cofnod sydd eisoes ar y ddyfais hon yn cael eu rhannu â nhw.</numerusform>
            <numerusform>Bydd %n cofnod sydd eisoes ar y ddyfais hon yn cael eu rhannu â nhw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Heb gysoni eto</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Cysonwyd ddiwethaf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s) had been changed on two devices. Both versions are kept; the copy says “version from another device” in its title.</source>
        <translation>
            <numerusform>Doedd dim un cofnod wedi&apos;i newid ar ddwy ddyfais.</numerusform>
            <numerusform>Roedd %n cofnod wedi&apos;i newid ar ddwy ddyfais. Mae&apos;r ddwy fersiwn wedi&apos;u cadw; mae “fersiwn o ddyfais arall” yn nheitl y copi.</numerusform>
            <numerusform>Roedd %n cofnod wedi&apos;u newid ar ddwy ddyfais. Mae&apos;r ddwy fersiwn o bob un wedi&apos;u cadw; mae “fersiwn o ddyfais arall” yn nheitl pob copi.</numerusform>
            <numerusform>Roedd %n cofnod wedi&apos;u newid ar ddwy ddyfais. Mae&apos;r ddwy fersiwn o bob un wedi&apos;u cadw; mae “fersiwn o ddyfais arall” yn nheitl pob copi.</numerusform>
            <numerusform>Roedd %n cofnod wedi&apos;u newid ar ddwy ddyfais. Mae&apos;r ddwy fersiwn o bob un wedi&apos;u cadw; mae “fersiwn o ddyfais arall” yn nheitl pob copi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from the relay failed the integrity check and were ignored.</source>
        <translation>
            <numerusform>Methodd dim un eitem o&apos;r gweinydd cyfnewid y prawf cywirdeb.</numerusform>
            <numerusform>Methodd %n eitem o&apos;r gweinydd cyfnewid y prawf cywirdeb, a chafodd ei hanwybyddu.</numerusform>
            <numerusform>Methodd %n eitem o&apos;r gweinydd cyfnewid y prawf cywirdeb, a chawson nhw eu hanwybyddu.</numerusform>
            <numerusform>Methodd %n eitem o&apos;r gweinydd cyfnewid y prawf cywirdeb, a chawson nhw eu hanwybyddu.</numerusform>
            <numerusform>Methodd %n eitem o&apos;r gweinydd cyfnewid y prawf cywirdeb, a chawson nhw eu hanwybyddu.</numerusform>
        </translation>
    </message>
    <message>
        <source>New key after removing a device: re-sealing your records, %1 of %2 left.</source>
        <translation>Allwedd newydd ar ôl tynnu dyfais: yn ail-selio dy gofnodion, %1 o %2 ar ôl.</translation>
    </message>
    <message>
        <source>Waiting for the new device…</source>
        <translation>Yn aros am y ddyfais newydd…</translation>
    </message>
    <message>
        <source>Device added. Check that the new device shows the same number, and confirm it there:</source>
        <translation>Mae&apos;r ddyfais wedi&apos;i hychwanegu. Gwiria fod y ddyfais newydd yn dangos yr un rhif, a chadarnha hynny yno:</translation>
    </message>
    <message>
        <source>Removed: it can no longer sync</source>
        <translation>Wedi&apos;i thynnu: does dim modd iddi gysoni mwyach</translation>
    </message>
    <message>
        <source>This device · added today</source>
        <translation>Y ddyfais hon · ychwanegwyd heddiw</translation>
    </message>
    <message numerus="yes">
        <source>This device · added %n day(s) ago</source>
        <translation>
            <numerusform>Y ddyfais hon · ychwanegwyd heddiw</numerusform>
            <numerusform>Y ddyfais hon · ychwanegwyd %n diwrnod yn ôl</numerusform>
            <numerusform>Y ddyfais hon · ychwanegwyd %n diwrnod yn ôl</numerusform>
            <numerusform>Y ddyfais hon · ychwanegwyd %n diwrnod yn ôl</numerusform>
            <numerusform>Y ddyfais hon · ychwanegwyd %n diwrnod yn ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>Added today</source>
        <translation>Ychwanegwyd heddiw</translation>
    </message>
    <message numerus="yes">
        <source>Added %n day(s) ago</source>
        <translation>
            <numerusform>Ychwanegwyd heddiw</numerusform>
            <numerusform>Ychwanegwyd %n diwrnod yn ôl</numerusform>
            <numerusform>Ychwanegwyd %n diwrnod yn ôl</numerusform>
            <numerusform>Ychwanegwyd %n diwrnod yn ôl</numerusform>
            <numerusform>Ychwanegwyd %n diwrnod yn ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiving your records: %1%</source>
        <translation>Yn derbyn dy ddata: %1%</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Sync between your devices</source>
        <translation>Cysoni rhwng dy ddyfeisiau</translation>
    </message>
    <message>
        <source>Optional. Your devices exchange your data through a relay server, encrypted with a key only your devices hold: the relay stores and passes on ciphertext it cannot read. No account, email or password is needed.</source>
        <translation>Dewisol. Mae dy ddyfeisiau&apos;n cyfnewid dy ddata drwy weinydd cyfnewid, wedi&apos;i amgryptio ag allwedd sydd gan dy ddyfeisiau di yn unig: mae&apos;r gweinydd yn cadw ac yn trosglwyddo testun cudd na all ei ddarllen. Does dim angen cyfrif, e-bost na chyfrinair.</translation>
    </message>
    <message>
        <source>Relay address, e.g. https://relay.example.org</source>
        <translation>Cyfeiriad y gweinydd cyfnewid, e.e. https://relay.example.org</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Cyfeiriad y gweinydd cyfnewid</translation>
    </message>
    <message>
        <source>Turn on sync</source>
        <translation>Troi&apos;r cysoni ymlaen</translation>
    </message>
    <message>
        <source>Join my other device</source>
        <translation>Ymuno â&apos;m dyfais arall</translation>
    </message>
    <message>
        <source>Use “Turn on sync” on your first device, and “Join my other device” on each device you add.</source>
        <translation>Defnyddia “Troi&apos;r cysoni ymlaen” ar dy ddyfais gyntaf, ac “Ymuno â&apos;m dyfais arall” ar bob dyfais rwyt ti&apos;n ei hychwanegu.</translation>
    </message>
    <message>
        <source>On a device that already syncs, open Settings, choose “Add a device” and enter this code:</source>
        <translation>Ar ddyfais sydd eisoes yn cysoni, agora&apos;r Gosodiadau, dewisa “Ychwanegu dyfais” a rho&apos;r cod hwn:</translation>
    </message>
    <message>
        <source>Asking the relay for a pairing code…</source>
        <translation>Yn gofyn i&apos;r gweinydd cyfnewid am god paru…</translation>
    </message>
    <message>
        <source>Pairing code %1</source>
        <translation>Cod paru %1</translation>
    </message>
    <message>
        <source>QR code holding the pairing code</source>
        <translation>Cod QR yn cynnwys y cod paru</translation>
    </message>
    <message>
        <source>Waiting for your other device to approve… The code works for 10 minutes.</source>
        <translation>Yn aros i&apos;th ddyfais arall gymeradwyo… Mae&apos;r cod yn gweithio am 10 munud.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Check that your other device shows this number:</source>
        <translation>Gwiria fod dy ddyfais arall yn dangos y rhif hwn:</translation>
    </message>
    <message>
        <source>Number to compare: %1</source>
        <translation>Rhif i&apos;w gymharu: %1</translation>
    </message>
    <message>
        <source>If the numbers differ, or the other device shows none, someone else may have used your code: choose “They differ”.</source>
        <translation>Os yw&apos;r rhifau&apos;n wahanol, neu os nad yw&apos;r ddyfais arall yn dangos rhif, efallai fod rhywun arall wedi defnyddio dy god: dewisa “Maen nhw&apos;n wahanol”.</translation>
    </message>
    <message>
        <source>They match: join</source>
        <translation>Maen nhw&apos;r un fath: ymuno</translation>
    </message>
    <message>
        <source>They differ</source>
        <translation>Maen nhw&apos;n wahanol</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Yn cysoni…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>Does dim newidiadau&apos;n aros i&apos;w hanfon.</numerusform>
            <numerusform>Mae %n newid yn aros i&apos;w anfon.</numerusform>
            <numerusform>Mae %n newid yn aros i&apos;w hanfon.</numerusform>
            <numerusform>Mae %n newid yn aros i&apos;w hanfon.</numerusform>
            <numerusform>Mae %n newid yn aros i&apos;w hanfon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything on this device has been sent.</source>
        <translation>Mae popeth ar y ddyfais hon wedi&apos;i anfon.</translation>
    </message>
    <message>
        <source>Hide advanced</source>
        <translation>Cuddio&apos;r manylion uwch</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Manylion uwch</translation>
    </message>
    <message>
        <source>Relay: %1</source>
        <translation>Gweinydd cyfnewid: %1</translation>
    </message>
    <message>
        <source>I have seen this</source>
        <translation>Dw i wedi gweld hyn</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Ychwanegu dyfais</translation>
    </message>
    <message>
        <source>On the new device, choose “Join my other device”; it shows a code. Type that code here.</source>
        <translation>Ar y ddyfais newydd, dewisa “Ymuno â&apos;m dyfais arall”; bydd yn dangos cod. Teipia&apos;r cod hwnnw yma.</translation>
    </message>
    <message>
        <source>Code, e.g. ABCDE-FGHJK</source>
        <translation>Cod, e.e. ABCDE-FGHJK</translation>
    </message>
    <message>
        <source>Pairing code from the new device</source>
        <translation>Cod paru o&apos;r ddyfais newydd</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Ychwanegu&apos;r ddyfais</translation>
    </message>
    <message>
        <source>Your devices</source>
        <translation>Dy ddyfeisiau</translation>
    </message>
    <message>
        <source>Lost a device? Remove it here and it can no longer fetch anything.</source>
        <translation>Wedi colli dyfais? Tynna hi yma, a fydd hi ddim yn gallu nôl dim byd mwyach.</translation>
    </message>
    <message>
        <source>Name of this device in the list</source>
        <translation>Enw&apos;r ddyfais yn y rhestr</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>Cadw&apos;r enw</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Ailenwi %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Tynnu %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Adnewyddu&apos;r rhestr</translation>
    </message>
    <message>
        <source>Turn off sync on this device</source>
        <translation>Diffodd y cysoni ar y ddyfais hon</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <source>Add your own</source>
        <translation>Ychwanega dy un dy hun</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Mwy…</translation>
    </message>
    <message>
        <source>Show all tags and add your own</source>
        <translation>Dangos pob tag ac ychwanegu dy rai dy hun</translation>
    </message>
    <message>
        <source>Your own tag; activate to remove it</source>
        <translation>Dy dag dy hun; pwysa i&apos;w dynnu</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>Workload</source>
        <translation>Llwyth gwaith</translation>
    </message>
    <message>
        <source>Scrutiny and accountability</source>
        <translation>Craffu ac atebolrwydd</translation>
    </message>
    <message>
        <source>Paperwork and bureaucracy</source>
        <translation>Gwaith papur a biwrocratiaeth</translation>
    </message>
    <message>
        <source>Data requests</source>
        <translation>Ceisiadau am ddata</translation>
    </message>
    <message>
        <source>Many masters</source>
        <translation>Gormod o feistri</translation>
    </message>
    <message>
        <source>Constant change</source>
        <translation>Newid cyson</translation>
    </message>
    <message>
        <source>No time for my own development</source>
        <translation>Dim amser i&apos;m datblygiad fy hun</translation>
    </message>
    <message>
        <source>Role not understood</source>
        <translation>Neb yn deall fy rôl</translation>
    </message>
    <message>
        <source>Being the figurehead</source>
        <translation>Bod yn wyneb yr ysgol</translation>
    </message>
    <message>
        <source>Holding others&apos; emotions</source>
        <translation>Cario teimladau pobl eraill</translation>
    </message>
    <message>
        <source>Safeguarding incident</source>
        <translation>Digwyddiad diogelu</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Cwyn</translation>
    </message>
    <message>
        <source>Guilt about time away</source>
        <translation>Euogrwydd am fod i ffwrdd</translation>
    </message>
    <message>
        <source>Society&apos;s expectations</source>
        <translation>Disgwyliadau cymdeithas</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Cyllideb</translation>
    </message>
    <message>
        <source>Staffing and recruitment</source>
        <translation>Staffio a recriwtio</translation>
    </message>
    <message>
        <source>Pupil need</source>
        <translation>Anghenion disgyblion</translation>
    </message>
    <message>
        <source>Peer headteachers</source>
        <translation>Cyd-benaethiaid</translation>
    </message>
    <message>
        <source>Mentor or coach</source>
        <translation>Mentor neu hyfforddwr</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Goruchwyliaeth</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation>Teulu a ffrindiau</translation>
    </message>
    <message>
        <source>Chair of governors</source>
        <translation>Cadeirydd y llywodraethwyr</translation>
    </message>
    <message>
        <source>Senior team</source>
        <translation>Uwch dîm</translation>
    </message>
    <message>
        <source>Protected thinking time</source>
        <translation>Amser meddwl wedi&apos;i warchod</translation>
    </message>
    <message>
        <source>Exercise or rest</source>
        <translation>Ymarfer corff neu orffwys</translation>
    </message>
    <message>
        <source>Recognition or celebration</source>
        <translation>Cydnabyddiaeth neu ddathlu</translation>
    </message>
    <message>
        <source>Counselling or support line</source>
        <translation>Cwnsela neu linell gymorth</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Perfformiad</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Sefydliadol</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Seicolegol</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Cymdeithasol</translation>
    </message>
    <message>
        <source>What sustains you</source>
        <translation>Beth sy&apos;n dy gynnal</translation>
    </message>
</context>
<context>
    <name>TermCard</name>
    <message>
        <source>Your school year</source>
        <translation>Dy flwyddyn ysgol</translation>
    </message>
    <message>
        <source>As the weeks of check-ins add up, this shows how your load follows the terms.</source>
        <translation>Wrth i&apos;r wythnosau o wiriadau gynyddu, bydd hyn yn dangos sut mae dy lwyth yn dilyn y tymhorau.</translation>
    </message>
</context>
<context>
    <name>TimePicker</name>
    <message>
        <source>%1: hour</source>
        <translation>%1: awr</translation>
    </message>
    <message>
        <source>%1: minutes</source>
        <translation>%1: munudau</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Saib</source>
        <translation>Saib</translation>
    </message>
    <message>
        <source>Saib is locked. Enter your passphrase to open your private space.</source>
        <translation>Mae Saib wedi&apos;i gloi. Rho dy gyfrinymadrodd i agor dy le preifat.</translation>
    </message>
    <message>
        <source>Unlock on this device</source>
        <translation>Datgloi ar y ddyfais hon</translation>
    </message>
    <message>
        <source>Or use your passphrase:</source>
        <translation>Neu defnyddia dy gyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Yn datgloi…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>Wedi anghofio dy gyfrinymadrodd?</translation>
    </message>
</context>
<context>
    <name>saib::ui::AppController</name>
    <message>
        <source>Unlock Saib</source>
        <translation>Datgloi Saib</translation>
    </message>
    <message>
        <source>Use passphrase</source>
        <translation>Defnyddio&apos;r cyfrinymadrodd</translation>
    </message>
</context>
<context>
    <name>saib::ui::BackupController</name>
    <message>
        <source>Backup saved to %1. Keep its passphrase safe: without it nobody can open the backup.</source>
        <translation>Mae&apos;r copi wrth gefn wedi&apos;i gadw yn %1. Cadwa ei gyfrinymadrodd yn ddiogel: hebddo, all neb agor y copi wrth gefn.</translation>
    </message>
    <message>
        <source>Restored from the backup: %1 check-ins, %2 journal entries, %3 weekly ratings and %4 skills assessments.</source>
        <translation>Adferwyd y data o&apos;r copi wrth gefn. Gwiriadau dyddiol: %1; cofnodion dyddiadur: %2; sgoriau wythnosol: %3; asesiadau sgiliau: %4.</translation>
    </message>
    <message>
        <source>Journal imported: %1 new, %2 updated, %3 already here.</source>
        <translation>Mewnforiwyd y dyddiadur. Cofnodion newydd: %1; wedi&apos;u diweddaru: %2; yma&apos;n barod: %3.</translation>
    </message>
</context>
<context>
    <name>saib::ui::CoachSummaryController</name>
    <message>
        <source>(no title)</source>
        <translation>(dim teitl)</translation>
    </message>
    <message>
        <source>Tick at least one thing to put in the summary.</source>
        <translation>Ticia o leiaf un peth i&apos;w roi yn y crynodeb.</translation>
    </message>
    <message>
        <source>Saved %1 and %2. They are not encrypted: only your user account can open them on this device, but anyone you give them to can read them.</source>
        <translation>Wedi cadw&apos;r ddwy ffeil: %1, %2. Dydyn nhw ddim wedi&apos;u hamgryptio: dim ond dy gyfrif defnyddiwr di sy&apos;n gallu eu hagor ar y ddyfais hon, ond gall unrhyw un sy&apos;n eu cael gen ti eu darllen.</translation>
    </message>
    <message>
        <source>Saved %1. It is not encrypted: only your user account can open it on this device, but anyone you give it to can read it.</source>
        <translation>Wedi cadw %1. Dydy hi ddim wedi&apos;i hamgryptio: dim ond dy gyfrif defnyddiwr di sy&apos;n gallu ei hagor ar y ddyfais hon, ond gall unrhyw un sy&apos;n ei chael gen ti ei darllen.</translation>
    </message>
</context>
<context>
    <name>saib::ui::ImportController</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Llinell %1: %2</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Cofnod %1: %2</translation>
    </message>
    <message>
        <source>Ready to import. Journal entries: %1; check-ins: %2; days: %3; tags: %4. Already in Saib: %5. Skipped: %6.</source>
        <translation>Yn barod i fewnforio. Cofnodion dyddiadur: %1; gwiriadau dyddiol: %2; diwrnodau: %3; tagiau: %4. Yn Saib yn barod: %5. Wedi&apos;u hepgor: %6.</translation>
    </message>
    <message>
        <source>Imported. Journal entries: %1; check-ins: %2.</source>
        <translation>Wedi mewnforio. Cofnodion dyddiadur: %1; gwiriadau dyddiol: %2.</translation>
    </message>
</context>
<context>
    <name>saib::ui::RecoveryController</name>
    <message>
        <source>No recovery key yet. Without one, a forgotten passphrase means your data is lost.</source>
        <translation>Does dim allwedd adfer eto. Heb un, os anghofi di dy gyfrinymadrodd, bydd dy ddata wedi&apos;i golli.</translation>
    </message>
    <message>
        <source>Recovery key made on %1.</source>
        <translation>Allwedd adfer wedi&apos;i gwneud ar %1.</translation>
    </message>
    <message>
        <source>Those groups do not match your recovery key. Check your saved copy and type them again.</source>
        <translation>Dydy&apos;r grwpiau hynny ddim yn cyfateb i&apos;th allwedd adfer. Gwiria&apos;r copi a gadwaist ti a&apos;u teipio eto.</translation>
    </message>
    <message>
        <source>saib-recovery-key</source>
        <translation>allwedd-adfer-saib</translation>
    </message>
</context>
<context>
    <name>saib::ui::ReminderController</name>
    <message>
        <source>No reminders are set.</source>
        <translation>Does dim nodiadau atgoffa wedi&apos;u gosod.</translation>
    </message>
    <message>
        <source>Next reminder: %1 at %2</source>
        <translation>Y nodyn atgoffa nesaf: %1 am %2</translation>
    </message>
    <message>
        <source>Time for a pause</source>
        <translation>Amser am saib</translation>
    </message>
    <message>
        <source>Your week in Saib</source>
        <translation>Dy wythnos yn Saib</translation>
    </message>
    <message>
        <source>A 30-second check-in, and this week&apos;s rating when you have a moment.</source>
        <translation>Gwiriad 30 eiliad, a sgôr yr wythnos hon pan fydd gen ti funud.</translation>
    </message>
    <message>
        <source>How was this week? Rate it when you have a moment.</source>
        <translation>Sut aeth yr wythnos hon? Rho sgôr iddi pan fydd gen ti funud.</translation>
    </message>
    <message>
        <source>How was today? A check-in takes 30 seconds.</source>
        <translation>Sut aeth heddiw? Mae gwiriad yn cymryd 30 eiliad.</translation>
    </message>
    <message>
        <source>Saib</source>
        <translation>Saib</translation>
    </message>
    <message>
        <source>Open Saib</source>
        <translation>Agor Saib</translation>
    </message>
    <message>
        <source>Quit Saib</source>
        <translation>Gadael Saib</translation>
    </message>
</context>
</TS>
