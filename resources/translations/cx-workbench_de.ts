<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>%1: the answers were revealed anonymously, so nothing that names people is written from it. Use --anonymous, or reveal them with names first: cxm reveal %1</source>
        <translation>%1: Die Antworten wurden anonym aufgedeckt, daher wird nichts daraus geschrieben, das Personen nennt. Verwenden Sie --anonymous, oder decken Sie sie zuerst mit Namen auf: cxm reveal %1</translation>
    </message>
    <message>
        <source>%1: the votes in this session are hidden (private voting or an open room round), so nothing is read from it until they are revealed. Reveal them with: cxm reveal %1 (or --anonymous for counts only), or with Reveal in the window</source>
        <translation>%1: Die Stimmen dieser Sitzung sind verborgen (geheime Abstimmung oder eine offene Runde im Live-Raum), daher wird nichts daraus gelesen, bis sie aufgedeckt sind. Aufdecken mit: cxm reveal %1 (oder --anonymous nur für Anzahlen), oder mit Aufdecken im Fenster</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>CX Maturity Workbench</source>
        <translation>CX Maturity Workbench</translation>
    </message>
</context>
<context>
    <name>cxm::cli::Cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>holds a session file (.cxm), which cxm reads only from a file on disk, not through a pipe; save it to a file first</source>
        <translation>enthält eine Sitzungsdatei (.cxm), die cxm nur aus einer Datei auf der Festplatte liest, nicht über eine Pipe; speichern Sie sie zuerst in einer Datei</translation>
    </message>
    <message>
        <source>is empty: nothing could be read from it</source>
        <translation>ist leer: daraus ließ sich nichts lesen</translation>
    </message>
    <message>
        <source>cxm: error: %1</source>
        <translation>cxm: Fehler: %1</translation>
    </message>
    <message>
        <source>standard output: could not be written completely: %1</source>
        <translation>Standardausgabe: konnte nicht vollständig geschrieben werden: %1</translation>
    </message>
    <message>
        <source>is the disk full?</source>
        <translation>ist die Festplatte voll?</translation>
    </message>
    <message>
        <source>--instrument needs a folder</source>
        <translation>--instrument braucht einen Ordner</translation>
    </message>
    <message>
        <source>--instrument DIR needs a command after it (see cxm --help)</source>
        <translation>--instrument DIR braucht danach einen Befehl (siehe cxm --help)</translation>
    </message>
    <message>
        <source>this build of cxm has no report support (built without Qt)</source>
        <translation>diese Version von cxm kann keine Berichte erstellen (ohne Qt gebaut)</translation>
    </message>
    <message>
        <source>this build of cxm has no live room (built without Qt)</source>
        <translation>diese Version von cxm hat keinen Live-Raum (ohne Qt gebaut)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see cxm --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe cxm --help)</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>--appendix must be full or short, not &quot;%1&quot;</source>
        <translation>--appendix muss full oder short sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &quot;%1&quot;</source>
        <translation>--page-size muss A4 oder Letter sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: unknown report format; the name must end in .pdf (PDF) or .odt (OpenDocument text, for Word or LibreOffice Writer)</source>
        <translation>%1: unbekanntes Berichtsformat; der Name muss auf .pdf (PDF) oder .odt (OpenDocument-Text, für Word oder LibreOffice Writer) enden</translation>
    </message>
    <message>
        <source>cxm: error: %1: cannot be changed, so the room cannot store answers: %2</source>
        <translation>cxm: Fehler: %1: lässt sich nicht ändern, daher kann der Raum keine Antworten speichern: %2</translation>
    </message>
    <message>
        <source>cxm: error: --bind: &quot;%1&quot; is not an IP address</source>
        <translation>cxm: Fehler: --bind: „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>cxm: error: the room cannot listen on %1: %2</source>
        <translation>cxm: Fehler: der Raum kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message numerus="yes">
        <source>cxm: the room is open with a round of %n worksheet(s); Ctrl+C closes it</source>
        <translation>
            <numerusform>cxm: der Raum ist offen, mit einer Runde zu %n Arbeitsblatt; Strg+C schließt ihn</numerusform>
            <numerusform>cxm: der Raum ist offen, mit einer Runde zu %n Arbeitsblättern; Strg+C schließt ihn</numerusform>
        </translation>
    </message>
    <message>
        <source>cxm: the room is open; Ctrl+C closes it</source>
        <translation>cxm: der Raum ist offen; Strg+C schließt ihn</translation>
    </message>
    <message>
        <source>cxm: the room is closed</source>
        <translation>cxm: der Raum ist geschlossen</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(keine Organisation)</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <source>, facilitated by %1</source>
        <translation>, moderiert von %1</translation>
    </message>
    <message>
        <source>Maturity milestone: %1 (%2 of %3)   overall%4</source>
        <translation>Reifegrad-Meilenstein: %1 (%2 von %3)   gesamt%4</translation>
    </message>
    <message>
        <source>Maturity milestone: not yet known — %1 of %2 competency questions have no answer yet</source>
        <translation>Reifegrad-Meilenstein: noch unbekannt – %1 von %2 Kompetenzfragen sind noch unbeantwortet</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(unvollständig)</translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation>noch keine Antworten</translation>
    </message>
    <message>
        <source>Disagreements (someone said %1, someone said %2): %3</source>
        <translation>Uneinigkeiten (jemand sagte %1, jemand %2): %3</translation>
    </message>
    <message>
        <source>agreed: %1</source>
        <translation>vereinbart: %1</translation>
    </message>
    <message>
        <source>Power Core: </source>
        <translation>Power Core: </translation>
    </message>
    <message>
        <source>not ranked yet</source>
        <translation>noch nicht gereiht</translation>
    </message>
    <message>
        <source> (agreed ranking)</source>
        <translation> (vereinbarte Reihenfolge)</translation>
    </message>
    <message>
        <source>Customer is in the Power Core.</source>
        <translation>Der Kunde ist im Power Core.</translation>
    </message>
    <message>
        <source>Customer is not in the Power Core: other forces drive the agenda.</source>
        <translation>Der Kunde ist nicht im Power Core: andere Kräfte bestimmen die Agenda.</translation>
    </message>
    <message>
        <source>%1 agreement between the %2 rankings (Kendall&apos;s W = %3)</source>
        <translation>Übereinstimmung zwischen den %2 Rangfolgen: %1 (Kendalls W = %3)</translation>
    </message>
    <message>
        <source>CCO readiness: %1 yes, %2 no, %3 split, %4 unanswered</source>
        <translation>CCO-Bereitschaft: %1 Ja, %2 Nein, %3 uneinig, %4 unbeantwortet</translation>
    </message>
    <message>
        <source>Mandate to explore the Chief Customer Officer role: %1 (%2 of %3 questions answered No or split)</source>
        <translation>Mandat, die Rolle eines Chief Customer Officer zu prüfen: %1 (%2 von %3 Fragen mit Nein oder uneinig beantwortet)</translation>
    </message>
    <message>
        <source>Mandate: not yet known until every question has an answer</source>
        <translation>Mandat: erst bekannt, wenn jede Frage eine Antwort hat</translation>
    </message>
    <message>
        <source>cxm: wrote %1 (%2, %3)</source>
        <translation>cxm: %1 geschrieben (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>--format must be json, csv or xlsx, not &quot;%1&quot;</source>
        <translation>--format muss json, csv oder xlsx sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--format xlsx needs -o OUT.xlsx</source>
        <translation>--format xlsx braucht -o OUT.xlsx</translation>
    </message>
    <message>
        <source>cxm: wrote the demo workshop to %1</source>
        <translation>cxm: Demo-Workshop nach %1 geschrieben</translation>
    </message>
    <message>
        <source>validate takes at most one folder</source>
        <translation>validate nimmt höchstens einen Ordner</translation>
    </message>
    <message>
        <source>%1: %2 version %3 is valid (%4, %5)</source>
        <translation>%1: %2 Version %3 ist gültig (%4, %5)</translation>
    </message>
    <message>
        <source>built-in instrument</source>
        <translation>eingebautes Instrument</translation>
    </message>
    <message numerus="yes">
        <source>%n worksheet(s)</source>
        <translation>
            <numerusform>%n Arbeitsblatt</numerusform>
            <numerusform>%n Arbeitsblätter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n Meilenstein</numerusform>
            <numerusform>%n Meilensteine</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n heading(s)</source>
        <translation>
            <numerusform>%n Überschrift</numerusform>
            <numerusform>%n Überschriften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation>
            <numerusform>%n Liste</numerusform>
            <numerusform>%n Listen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n Option</numerusform>
            <numerusform>%n Optionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s)</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source> per stage</source>
        <translation> je Phase</translation>
    </message>
    <message>
        <source>weak</source>
        <comment>scoring band</comment>
        <translation>schwach</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>scoring band</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>strong</source>
        <comment>scoring band</comment>
        <translation>stark</translation>
    </message>
    <message>
        <source>low</source>
        <comment>scoring band</comment>
        <translation>gering</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are the app&apos;s own, not the workbook&apos;s:</source>
        <translation>
            <numerusform>%n Text stammt von der App, nicht aus dem Arbeitsbuch:</numerusform>
            <numerusform>%n Texte stammen von der App, nicht aus dem Arbeitsbuch:</numerusform>
        </translation>
    </message>
    <message>
        <source>cxm: wrote the demo&apos;s follow-up six months on to %1</source>
        <translation>cxm: Folgesitzung der Demo sechs Monate später nach %1 geschrieben</translation>
    </message>
    <message>
        <source>change, first to last</source>
        <translation>Veränderung, erste bis letzte</translation>
    </message>
    <message>
        <source>Comparing %1 sessions of %2</source>
        <translation>Vergleich von %1 Sitzungen von %2</translation>
    </message>
    <message>
        <source>, the follow-up of %1</source>
        <translation>, Folgesitzung von %1</translation>
    </message>
    <message>
        <source>Milestone:</source>
        <translation>Meilenstein:</translation>
    </message>
    <message numerus="yes">
        <source>up %n milestone(s)</source>
        <translation>
            <numerusform>%n Meilenstein weiter</numerusform>
            <numerusform>%n Meilensteine weiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n milestone(s)</source>
        <translation>
            <numerusform>%n Meilenstein zurück</numerusform>
            <numerusform>%n Meilensteine zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall maturity index:</source>
        <translation>Gesamtindex des Reifegrads:</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Prozentpunkte</translation>
    </message>
    <message>
        <source>Items (team value, 1 Early to 3 Mature)</source>
        <translation>Fragen (Teamwert, 1 Early bis 3 Mature)</translation>
    </message>
    <message>
        <source>Journey stages: %1</source>
        <translation>Phasen: %1</translation>
    </message>
    <message>
        <source>Actions completed since the session before: %1</source>
        <translation>Seit der vorigen Sitzung erledigte Maßnahmen: %1</translation>
    </message>
    <message>
        <source>%1 (done by %2; %3)</source>
        <translation>%1 (erledigt bis %2; %3)</translation>
    </message>
    <message>
        <source>new since the session before</source>
        <translation>neu seit der vorigen Sitzung</translation>
    </message>
    <message>
        <source>was in progress</source>
        <translation>war in Arbeit</translation>
    </message>
    <message>
        <source>was open</source>
        <translation>war offen</translation>
    </message>
    <message>
        <source>Targets met: %1 of %2</source>
        <translation>Erreichte Ziele: %1 von %2</translation>
    </message>
    <message>
        <source>%1 reached by %2 (%3)</source>
        <translation>%1 erreicht bis %2 (%3)</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, fällig am %1</translation>
    </message>
    <message>
        <source>, due %1: on time</source>
        <translation>, fällig am %1: rechtzeitig</translation>
    </message>
    <message>
        <source>, due %1: later than due</source>
        <translation>, fällig am %1: verspätet</translation>
    </message>
    <message>
        <source>the leader</source>
        <translation>der Führungskraft</translation>
    </message>
    <message>
        <source>Perception gap: %1&apos;s self-assessment (%2) against the team (%3)</source>
        <translation>Wahrnehmungslücke: Selbsteinschätzung von %1 (%2) gegenüber dem Team (%3)</translation>
    </message>
    <message>
        <source>Perception gap: %1&apos;s self-assessment (%2) against the team (%3) and last time (%4)</source>
        <translation>Wahrnehmungslücke: Selbsteinschätzung von %1 (%2) gegenüber dem Team (%3) und dem letzten Mal (%4)</translation>
    </message>
    <message>
        <source>%1 of %2 items placed at another level than the team places them</source>
        <translation>%1 von %2 Fragen auf einer anderen Stufe eingeordnet als vom Team</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>You: %1 · Team: %2</source>
        <translation>Sie: %1 · Team: %2</translation>
    </message>
    <message>
        <source>You: %1 · Team: %2 · Last time: %3</source>
        <translation>Sie: %1 · Team: %2 · Letztes Mal: %3</translation>
    </message>
    <message>
        <source>▲ you rate higher</source>
        <translation>▲ Sie bewerten höher</translation>
    </message>
    <message>
        <source>▼ you rate lower</source>
        <translation>▼ Sie bewerten niedriger</translation>
    </message>
    <message>
        <source>▬ same level</source>
        <translation>▬ gleiche Stufe</translation>
    </message>
    <message>
        <source>– not comparable</source>
        <translation>– nicht vergleichbar</translation>
    </message>
    <message>
        <source>usage: %1 (two or more sessions)</source>
        <translation>Aufruf: %1 (zwei oder mehr Sitzungen)</translation>
    </message>
    <message>
        <source>cxm: warning: %1</source>
        <translation>cxm: Warnung: %1</translation>
    </message>
    <message>
        <source>One team session (%1): no trend to show; the perception gap follows.</source>
        <translation>Eine Teamsitzung (%1): kein Trend zu zeigen; es folgt die Wahrnehmungslücke.</translation>
    </message>
    <message>
        <source>--date must be a day as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date muss ein Tag als YYYY-MM-DD sein, nicht „%1“</translation>
    </message>
    <message>
        <source>is not a session file (.cxm): a follow-up records the UUID of the session it follows, which only a session file has (make one with cxm import)</source>
        <translation>ist keine Sitzungsdatei (.cxm): Eine Folgesitzung hält die UUID der Sitzung fest, auf die sie folgt, und die hat nur eine Sitzungsdatei (erstellen Sie eine mit cxm import)</translation>
    </message>
    <message>
        <source>has no session UUID yet (it was written by an older version) and cannot be given one now: %1. Open it once where it can be written (close other windows using it), then make the follow-up</source>
        <translation>hat noch keine Sitzungs-UUID (sie wurde von einer älteren Version geschrieben) und kann jetzt keine erhalten: %1. Öffnen Sie sie einmal dort, wo sie geschrieben werden kann (schließen Sie andere Fenster, die sie verwenden), und erstellen Sie dann die Folgesitzung</translation>
    </message>
    <message>
        <source>cxm: wrote %1, the follow-up of %2 dated %3 (%4, %5, %6, %7; no answers yet)</source>
        <translation>cxm: %1 geschrieben, die Folgesitzung von %2 vom %3 (%4, %5, %6, %7; noch keine Antworten)</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n offene Maßnahme</numerusform>
            <numerusform>%n offene Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>--choose takes conflict numbers and side letters, such as 1=A,2=B; not &quot;%1&quot;</source>
        <translation>--choose erwartet Konfliktnummern und Seitenbuchstaben wie 1=A,2=B; nicht „%1“</translation>
    </message>
    <message>
        <source>usage: %1 (at least two sessions)</source>
        <translation>Aufruf: %1 (mindestens zwei Sitzungen)</translation>
    </message>
    <message>
        <source>--prefer must be first or last, not &quot;%1&quot;</source>
        <translation>--prefer muss first oder last sein, nicht „%1“</translation>
    </message>
    <message>
        <source>is given twice (as %1); each session is merged once</source>
        <translation>ist doppelt angegeben (als %1); jede Sitzung wird nur einmal zusammengeführt</translation>
    </message>
    <message>
        <source>--report and -o name the same file</source>
        <translation>--report und -o nennen dieselbe Datei</translation>
    </message>
    <message>
        <source>--choose names conflict %1, but there are %2 conflicts</source>
        <translation>--choose nennt Konflikt %1, es gibt aber nur %2 Konflikte</translation>
    </message>
    <message>
        <source>--choose: conflict %1 has sides A to %2, not %3</source>
        <translation>--choose: Konflikt %1 hat die Seiten A bis %2, nicht %3</translation>
    </message>
    <message>
        <source>not written: %1 of %2 conflicts need a choice. Run again with --choose N=A,N=B,… (the conflict&apos;s number and the side&apos;s letter) or --prefer first|last for every conflict not chosen</source>
        <translation>nicht geschrieben: %1 von %2 Konflikten brauchen eine Wahl. Rufen Sie den Befehl erneut auf, mit --choose N=A,N=B,… (die Nummer des Konflikts und der Buchstabe der Seite) oder --prefer first|last für jeden nicht gewählten Konflikt</translation>
    </message>
    <message>
        <source>%1 from %2, %3</source>
        <translation>%1 aus %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) chosen</source>
        <translation>
            <numerusform>%n Konflikt entschieden</numerusform>
            <numerusform>%n Konflikte entschieden</numerusform>
        </translation>
    </message>
    <message>
        <source>cxm: wrote %1 (%2), the merge report to %3</source>
        <translation>cxm: %1 geschrieben (%2), den Zusammenführungsbericht nach %3</translation>
    </message>
    <message>
        <source>cxm: wrote %1 (%2)</source>
        <translation>cxm: %1 geschrieben (%2)</translation>
    </message>
    <message>
        <source>is a session document, which has no session id to publish under: make it a session file first (cxm import %1 -o FILE.cxm) and publish that</source>
        <translation>ist ein Sitzungsdokument und hat keine Sitzungskennung, unter der es veröffentlicht werden könnte: Machen Sie zuerst eine Sitzungsdatei daraus (cxm import %1 -o FILE.cxm) und veröffentlichen Sie diese</translation>
    </message>
    <message>
        <source>has no session id yet and cannot be given one now (%1); open it once in the workbench or close the program that has it open, then publish again</source>
        <translation>hat noch keine Sitzungskennung und kann jetzt keine erhalten (%1); öffnen Sie sie einmal in der Workbench oder schließen Sie das Programm, das sie geöffnet hat, und veröffentlichen Sie dann erneut</translation>
    </message>
    <message>
        <source>--from and --to take a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--from und --to erwarten ein Datum als YYYY-MM-DD, nicht „%1“</translation>
    </message>
    <message>
        <source>published revision %1</source>
        <translation>Revision %1 veröffentlicht</translation>
    </message>
    <message>
        <source>already up to date (revision %1)</source>
        <translation>bereits aktuell (Revision %1)</translation>
    </message>
    <message>
        <source>, anonymised</source>
        <translation>, anonymisiert</translation>
    </message>
    <message>
        <source>%1: portfolio schema %2 (already up to date)</source>
        <translation>%1: Portfolio-Schema %2 (bereits aktuell)</translation>
    </message>
    <message>
        <source>%1: portfolio schema %2 (migrated from %3)</source>
        <translation>%1: Portfolio-Schema %2 (migriert von %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) published</source>
        <translation>
            <numerusform>%1: %n Sitzung veröffentlicht</numerusform>
            <numerusform>%1: %n Sitzungen veröffentlicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>(not scored yet)</source>
        <translation>(noch nicht ausgewertet)</translation>
    </message>
    <message>
        <source>sessions</source>
        <comment>column heading: how many sessions</comment>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Competencies (percent)</source>
        <translation>Kompetenzen (Prozent)</translation>
    </message>
    <message>
        <source>this session&apos;s percentile</source>
        <translation>Perzentil dieser Sitzung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(ohne Datum)</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
    <message>
        <source>up</source>
        <comment>direction of a change</comment>
        <translation>gestiegen</translation>
    </message>
    <message>
        <source>down</source>
        <comment>direction of a change</comment>
        <translation>gesunken</translation>
    </message>
    <message>
        <source>no change</source>
        <comment>direction of a change</comment>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>not comparable</source>
        <comment>direction of a change</comment>
        <translation>nicht vergleichbar</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <source>--anonymous and --appendix are options of a session&apos;s report, not of the trend report (--compare), which names no participant&apos;s answers</source>
        <translation>--anonymous und --appendix sind Optionen des Berichts einer Sitzung, nicht des Trendberichts (--compare), der keine Antworten einzelner Teilnehmender nennt</translation>
    </message>
    <message>
        <source>%1: the trend report is a PDF; the name must end in .pdf</source>
        <translation>%1: Der Trendbericht ist ein PDF; der Name muss auf .pdf enden</translation>
    </message>
    <message>
        <source>cxm: type &quot;help&quot; for the facilitator&apos;s commands (devices, remove, …)</source>
        <translation>cxm: &quot;help&quot; zeigt die Befehle der Moderation (devices, remove, …)</translation>
    </message>
    <message>
        <source>cxm: each phone waits until you type &quot;allow N&quot;</source>
        <translation>cxm: jedes Smartphone wartet, bis Sie &quot;allow N&quot; eingeben</translation>
    </message>
    <message>
        <source>cxm: the round closes with gaps:</source>
        <translation>cxm: die Runde schließt mit Lücken:</translation>
    </message>
    <message>
        <source>--per-address must be a number from 1 to 9999, not &quot;%1&quot;</source>
        <translation>--per-address muss eine Zahl von 1 bis 9999 sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>#%1 %2 (%3, %4): %5</source>
        <translation>#%1 %2 (%3, %4): %5</translation>
    </message>
    <message>
        <source>unknown device</source>
        <translation>unbekanntes Gerät</translation>
    </message>
    <message>
        <source>waiting for &quot;allow %1&quot;</source>
        <translation>wartet auf &quot;allow %1&quot;</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>beigetreten</translation>
    </message>
    <message>
        <source>cxm: a device asks to join: %1; type &quot;allow %2&quot; or &quot;deny %2&quot;</source>
        <translation>cxm: ein Gerät möchte beitreten: %1; geben Sie &quot;allow %2&quot; oder &quot;deny %2&quot; ein</translation>
    </message>
    <message>
        <source>cxm: %1</source>
        <translation>cxm: %1</translation>
    </message>
    <message>
        <source>cxm: device #%1 is out of the room</source>
        <translation>cxm: Gerät #%1 ist aus dem Raum entfernt</translation>
    </message>
    <message>
        <source>several devices belong to &quot;%1&quot;: give the device&apos;s number</source>
        <translation>mehrere Geräte gehören zu &quot;%1&quot;: geben Sie die Nummer des Geräts an</translation>
    </message>
    <message>
        <source>no device number or participant with a device called &quot;%1&quot; (see &quot;devices&quot;)</source>
        <translation>keine Gerätenummer und keine teilnehmende Person mit Gerät namens &quot;%1&quot; (siehe &quot;devices&quot;)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 answered; missing: %4</source>
        <translation>  %1: %2 von %3 beantwortet; es fehlt: %4</translation>
    </message>
    <message>
        <source>No device has joined.</source>
        <translation>Noch kein Gerät ist beigetreten.</translation>
    </message>
    <message>
        <source>No round is open.</source>
        <translation>Keine Runde ist offen.</translation>
    </message>
    <message>
        <source>%1 of %2 have answered every question.</source>
        <translation>%1 von %2 haben jede Frage beantwortet.</translation>
    </message>
    <message>
        <source>cxm: error: no device #%1 is waiting (see &quot;devices&quot;)</source>
        <translation>cxm: Fehler: kein Gerät #%1 wartet (siehe &quot;devices&quot;)</translation>
    </message>
    <message>
        <source>Device #%1 is in.</source>
        <translation>Gerät #%1 ist im Raum.</translation>
    </message>
    <message>
        <source>Device #%1 is refused.</source>
        <translation>Gerät #%1 ist abgewiesen.</translation>
    </message>
    <message>
        <source>Device #%1 is out of the room; its participant can join again.</source>
        <translation>Gerät #%1 ist aus dem Raum entfernt; die Person kann erneut beitreten.</translation>
    </message>
    <message>
        <source>there is no device #%1</source>
        <translation>es gibt kein Gerät #%1</translation>
    </message>
    <message>
        <source>cxm: error: no participant is called &quot;%1&quot;</source>
        <translation>cxm: Fehler: keine teilnehmende Person heißt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The next phone that picks %1 takes over from the device they have.</source>
        <translation>Das nächste Smartphone, das %1 wählt, übernimmt vom bisherigen Gerät.</translation>
    </message>
    <message>
        <source>Commands: devices | round | allow N | deny N | remove N|NAME | new NAME | help</source>
        <translation>Befehle: devices | round | allow N | deny N | remove N|NAME | new NAME | help</translation>
    </message>
    <message>
        <source>cxm: error: unknown command &quot;%1&quot;; type &quot;help&quot;</source>
        <translation>cxm: Fehler: unbekannter Befehl &quot;%1&quot;; geben Sie &quot;help&quot; ein</translation>
    </message>
    <message>
        <source>cxm - CX Maturity Workbench on the command line

Usage:
  cxm validate [DIR]                         check the instrument files in DIR (default: the built-in ones)
  cxm import SESSION.json -o FILE.cxm        make a session file from a session document
  cxm export FILE.cxm --format json|csv [-o OUT]
                                             write the session as JSON or CSV (to stdout without -o)
  cxm export FILE.cxm --format xlsx -o OUT.xlsx
                                             write a spreadsheet: the action plan, the scores and
                                             the answers
  cxm score FILE [--json]                    score a session (.cxm or session JSON)
  cxm demo -o FILE.cxm [--follow-up-of DEMO.cxm]
                                             write a realistic six-person demo workshop, or its
                                             follow-up six months on (to try cxm compare)
  cxm follow-up FILE.cxm -o NEW.cxm [--date YYYY-MM-DD]
                                             start the next session from a previous one: the
                                             organisation, participants, stages, targets and open
                                             actions carried over, no answers; it records which
                                             session it follows
  cxm compare A.cxm B.cxm [C.cxm …] [--json]  compare two or more sessions of one organisation: the
                                             change per item, competency and stage, the milestone,
                                             actions completed, targets met; a self-assessment
                                             among them adds the perception gap
  cxm merge A.cxm B.cxm [...] -o OUT.cxm [--match-names] [--prefer first|last]
            [--choose N=A[,N=B...]] [--report FILE]
                                             merge sessions collected on several laptops into one
                                             workshop; the same name under different ids is one
                                             person only with --match-names; without a choice for
                                             every conflict nothing is written
  cxm report FILE -o REPORT.pdf|REPORT.odt [--page-size A4|Letter] [--anonymous] [--appendix full|short]
                                             render the maturity report as a PDF, or as an editable
                                             OpenDocument text (.odt, for Word or LibreOffice Writer)
  cxm report --compare A.cxm B.cxm [C.cxm …] -o TREND.pdf [--page-size A4|Letter]
                                             the trend report: the chart over time, the change per
                                             competency, item and stage, actions completed, targets
                                             met and any perception gap
  cxm reveal FILE.cxm [--anonymous]         reveal the answers that private voting or a room round
                                             hides, with names (or as counts only); until then
                                             score, report, export, publish, compare, merge and
                                             follow-up refuse the file
  cxm room FILE.cxm [--bind ADDRESS] [--port N] [--round WORKSHEET[,WORKSHEET…]]
           [--per-address N] [--ask]
                                             open the live room: print the join URL, then serve
                                             phones until Ctrl+C (SIGINT) or SIGTERM; --round opens
                                             a round on these worksheets (e.g. c1,c2,c3,c4,c5);
                                             listens on 127.0.0.1 unless --bind is given; one
                                             network address claims at most N participants (2);
                                             --ask: each phone waits for &quot;allow N&quot; typed here;
                                             type &quot;help&quot; for the commands (devices, remove …)
  cxm publish FILE.cxm… --db URI [--anonymous]
                                             publish sessions to the shared portfolio (PostgreSQL;
                                             URI as libpq takes it, password from ~/.pgpass or
                                             PGPASSWORD); republishing an unchanged session changes
                                             nothing, a changed one becomes the next revision;
                                             --anonymous: no names, no notes (docs/portfolio.md)
  cxm portfolio --db URI [--json] [--organisation NAME] [--facilitator NAME] [--from DATE] [--to DATE]
                [--session FILE] [--migrate]
                                             list the published sessions and the benchmark: sessions
                                             per milestone, each competency&apos;s distribution, and with
                                             --session where that session stands (percentiles);
                                             --migrate sets up or upgrades the database&apos;s tables
  cxm --help | --version

Option before any command:
  --instrument DIR                           use the instrument folder DIR (a modified copy of
                                             assessments/) instead of the built-in one

Exit status: 0 success, 1 usage error, 2 bad input.
</source>
        <translation>cxm – CX Maturity Workbench auf der Kommandozeile

Aufruf:
  cxm validate [DIR]                         die Instrument-Dateien in DIR prüfen (Vorgabe: die eingebauten)
  cxm import SESSION.json -o FILE.cxm        aus einem Sitzungsdokument eine Sitzungsdatei erstellen
  cxm export FILE.cxm --format json|csv [-o OUT]
                                             die Sitzung als JSON oder CSV schreiben (ohne -o auf
                                             die Standardausgabe)
  cxm export FILE.cxm --format xlsx -o OUT.xlsx
                                             eine Tabellenmappe schreiben: Maßnahmenplan,
                                             Auswertung und Antworten
  cxm score FILE [--json]                    eine Sitzung auswerten (.cxm oder Sitzungs-JSON)
  cxm demo -o FILE.cxm [--follow-up-of DEMO.cxm]
                                             einen realistischen Demo-Workshop mit sechs Personen
                                             schreiben, oder seine Folgesitzung sechs Monate später
                                             (zum Ausprobieren von cxm compare)
  cxm follow-up FILE.cxm -o NEW.cxm [--date YYYY-MM-DD]
                                             die nächste Sitzung aus einer früheren beginnen:
                                             Organisation, Teilnehmende, Phasen, Ziele und offene
                                             Maßnahmen übernommen, keine Antworten; sie hält fest,
                                             auf welche Sitzung sie folgt
  cxm compare A.cxm B.cxm [C.cxm …] [--json]  zwei oder mehr Sitzungen einer Organisation vergleichen:
                                             die Veränderung je Frage, Kompetenz und Phase, der
                                             Meilenstein, erledigte Maßnahmen, erreichte Ziele; eine
                                             Selbsteinschätzung darunter ergänzt die
                                             Wahrnehmungslücke
  cxm merge A.cxm B.cxm [...] -o OUT.cxm [--match-names] [--prefer first|last]
            [--choose N=A[,N=B...]] [--report FILE]
                                             auf mehreren Laptops erfasste Sitzungen zu einem
                                             Workshop zusammenführen; derselbe Name unter
                                             verschiedenen IDs ist nur mit --match-names eine
                                             Person; ohne eine Wahl für jeden Konflikt wird nichts
                                             geschrieben
  cxm report FILE -o REPORT.pdf|REPORT.odt [--page-size A4|Letter] [--anonymous] [--appendix full|short]
                                             den Reifegradbericht als PDF erstellen oder als
                                             bearbeitbaren OpenDocument-Text (.odt, für Word oder
                                             LibreOffice Writer)
  cxm report --compare A.cxm B.cxm [C.cxm …] -o TREND.pdf [--page-size A4|Letter]
                                             der Trendbericht: das Diagramm im Zeitverlauf, die
                                             Veränderung je Kompetenz, Frage und Phase, erledigte
                                             Maßnahmen, erreichte Ziele und eine etwaige
                                             Wahrnehmungslücke
  cxm reveal FILE.cxm [--anonymous]         die Antworten aufdecken, die die geheime Abstimmung oder
                                             eine Runde des Live-Raums verbirgt, mit Namen (oder nur
                                             als Anzahlen); bis dahin lehnen score, report, export,
                                             publish, compare, merge und follow-up die Datei ab
  cxm room FILE.cxm [--bind ADDRESS] [--port N] [--round WORKSHEET[,WORKSHEET…]]
           [--per-address N] [--ask]
                                             den Live-Raum öffnen: die Beitritts-URL ausgeben, dann
                                             Smartphones bedienen bis Strg+C (SIGINT) oder SIGTERM;
                                             --round öffnet eine Runde zu diesen Arbeitsblättern
                                             (z. B. c1,c2,c3,c4,c5); lauscht auf 127.0.0.1, außer
                                             --bind ist angegeben; eine Netzwerkadresse wählt
                                             höchstens N Teilnehmende (2); --ask: jedes Smartphone
                                             wartet auf &quot;allow N&quot;, hier eingegeben; &quot;help&quot; zeigt
                                             die Befehle (devices, remove …)
  cxm publish FILE.cxm… --db URI [--anonymous]
                                             Sitzungen im gemeinsamen Portfolio veröffentlichen
                                             (PostgreSQL; URI wie libpq sie nimmt, Passwort aus
                                             ~/.pgpass oder PGPASSWORD); eine unveränderte Sitzung
                                             erneut zu veröffentlichen ändert nichts, eine
                                             geänderte wird die nächste Revision; --anonymous:
                                             ohne Namen und Notizen (docs/portfolio.md)
  cxm portfolio --db URI [--json] [--organisation NAME] [--facilitator NAME] [--from DATE] [--to DATE]
                [--session FILE] [--migrate]
                                             die veröffentlichten Sitzungen und den Benchmark
                                             auflisten: Sitzungen je Meilenstein, die Verteilung
                                             jeder Kompetenz und mit --session, wo diese Sitzung
                                             steht (Perzentile); --migrate richtet die Tabellen der
                                             Datenbank ein oder aktualisiert sie
  cxm --help | --version

Option vor jedem Befehl:
  --instrument DIR                           den Instrument-Ordner DIR (eine angepasste Kopie von
                                             assessments/) statt des eingebauten verwenden

Exit-Status: 0 Erfolg, 1 Aufruffehler, 2 fehlerhafte Eingabe.
</translation>
    </message>
    <message>
        <source>cannot be changed: %1</source>
        <translation>kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>cxm: %1 has no hidden answers: nothing to reveal</source>
        <translation>cxm: %1 hat keine verborgenen Antworten: nichts aufzudecken</translation>
    </message>
    <message>
        <source>cxm: the answers in %1 are already revealed</source>
        <translation>cxm: Die Antworten in %1 sind bereits aufgedeckt</translation>
    </message>
    <message>
        <source>cxm: revealed the answers in %1, with names</source>
        <translation>cxm: Die Antworten in %1 sind aufgedeckt, mit Namen</translation>
    </message>
    <message>
        <source>cxm: revealed the answers in %1 anonymously: counts per level, no names</source>
        <translation>cxm: Die Antworten in %1 sind anonym aufgedeckt: Anzahlen je Stufe, keine Namen</translation>
    </message>
    <message>
        <source>the connection to the server was lost while publishing %1; stored before that: %2; not stored: %3. Run cxm publish again for those when the server is back</source>
        <translation>die Verbindung zum Server brach beim Veröffentlichen von %1 ab; zuvor gespeichert: %2; nicht gespeichert: %3. Führen Sie cxm publish für diese erneut aus, sobald der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (Revision %2)</translation>
    </message>
    <message>
        <source>cxm: an answer from a phone was not stored: %1</source>
        <translation>cxm: eine Antwort von einem Smartphone wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>cxm: the answers stay hidden until you reveal them: cxm reveal %1</source>
        <translation>cxm: Die Antworten bleiben verborgen, bis Sie sie aufdecken: cxm reveal %1</translation>
    </message>
</context>
<context>
    <name>cxm::report::Report</name>
    <message>
        <source>bars and numbers: how many gave each level</source>
        <translation>Balken und Zahlen: wie viele welche Stufe wählten</translation>
    </message>
    <message>
        <source>the team&apos;s agreed answer</source>
        <translation>die vereinbarte Antwort des Teams</translation>
    </message>
    <message>
        <source>Disagreement: both %1 and %2 were given</source>
        <translation>Uneinigkeit: sowohl %1 als auch %2 wurden gewählt</translation>
    </message>
    <message>
        <source>hidden until revealed</source>
        <translation>verborgen bis zur Aufdeckung</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uneinigkeit</translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation>Vereinbart: %1</translation>
    </message>
    <message>
        <source>The journey&apos;s stages are not defined yet.</source>
        <translation>Die Phasen der Customer Journey sind noch nicht festgelegt.</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <source>The organisation&apos;s position appears once every competency has been answered.</source>
        <translation>Die Position der Organisation erscheint, sobald jede Kompetenz beantwortet ist.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Target: every target met</source>
        <translation>Ziel: alle Ziele erreicht</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Early and Mature both chosen</source>
        <translation>Early und Mature beide gewählt</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <source>Each participant&apos;s answers</source>
        <translation>Die Antworten jeder teilnehmenden Person</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Own overall index:</source>
        <translation>Eigener Gesamtindex:</translation>
    </message>
    <message>
        <source>Power Core ranking:</source>
        <translation>Power-Core-Rangfolge:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>CCO readiness:</source>
        <translation>CCO-Bereitschaft:</translation>
    </message>
    <message>
        <source>No answers recorded.</source>
        <translation>Keine Antworten erfasst.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(Fortsetzung)</translation>
    </message>
    <message>
        <source>Each participant at a glance</source>
        <translation>Alle Teilnehmenden im Überblick</translation>
    </message>
    <message>
        <source>With %1 participants this report gives one line per person: their own overall index, their A and B, how many CCO readiness questions they answered Yes and how many notes they wrote. For every answer and note, export the report again with the full appendix (in the workbench: &quot;Every answer in full&quot;; on the command line: --appendix full).</source>
        <translation>Bei %1 Teilnehmenden zeigt dieser Bericht eine Zeile pro Person: den eigenen Gesamtindex, A und B, wie viele Fragen zur CCO-Bereitschaft mit Ja beantwortet wurden und wie viele Notizen die Person schrieb. Für alle Antworten und Notizen exportieren Sie den Bericht erneut mit dem vollständigen Anhang (in der Workbench: „Alle Antworten vollständig“; auf der Kommandozeile: --appendix full).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Own index</source>
        <translation>Eigener Index</translation>
    </message>
    <message>
        <source>Power Core A / B</source>
        <translation>Power Core A / B</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>This is an anonymous report: individual answers are not included.</source>
        <translation>Dies ist ein anonymer Bericht: einzelne Antworten sind nicht enthalten.</translation>
    </message>
    <message>
        <source>These rules are this tool&apos;s, applied to the workbook&apos;s questions: the workbook asks the questions and describes the milestones, the tool computes the figures.</source>
        <translation>Diese Regeln stammen von diesem Werkzeug und werden auf die Fragen des Arbeitsbuchs angewandt: Das Arbeitsbuch stellt die Fragen und beschreibt die Meilensteine, das Werkzeug berechnet die Zahlen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Competencies.&lt;/b&gt; Early counts 1, Advanced 2, Mature 3. An item&apos;s value is the rating given. A competency&apos;s percentage is (mean of its item values − 1) / 2 × 100, so all Early is 0% and all Mature is 100%.</source>
        <translation>&lt;b&gt;Kompetenzen.&lt;/b&gt; Early zählt 1, Advanced 2, Mature 3. Der Wert einer Frage ist die gegebene Bewertung. Der Prozentwert einer Kompetenz ist (Mittelwert ihrer Fragenwerte − 1) / 2 × 100; nur Early ergibt also 0 %, nur Mature 100 %.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Competencies.&lt;/b&gt; Early counts 1, Advanced 2, Mature 3. An item&apos;s team value is the consensus rating when the team recorded one, otherwise the mean of the individual ratings (two decimals). A competency&apos;s percentage is (mean of its item values − 1) / 2 × 100, so all Early is 0% and all Mature is 100%. A disagreement is an item where someone chose Early and someone chose Mature.</source>
        <translation>&lt;b&gt;Kompetenzen.&lt;/b&gt; Early zählt 1, Advanced 2, Mature 3. Der Teamwert einer Frage ist die Konsensbewertung, wenn das Team eine festgehalten hat, sonst der Mittelwert der einzelnen Bewertungen (zwei Nachkommastellen). Der Prozentwert einer Kompetenz ist (Mittelwert ihrer Fragenwerte − 1) / 2 × 100; nur Early ergibt also 0 %, nur Mature 100 %. Eine Uneinigkeit ist eine Frage, bei der jemand Early und jemand Mature gewählt hat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maturity map.&lt;/b&gt; The overall index is the mean of the five competency percentages (one decimal), computed only when every item has a value. Each band of %1 percentage points is one milestone (Commit, Unite &amp; Build, Embed, Mature, Elevate); the organisation sits at most %2 milestone above the band of its weakest competency. This placement is the tool&apos;s rule: the workbook describes the milestones but does not score them.</source>
        <translation>&lt;b&gt;Reifegradkarte.&lt;/b&gt; Der Gesamtindex ist der Mittelwert der fünf Kompetenz-Prozentwerte (eine Nachkommastelle) und wird erst berechnet, wenn jede Frage einen Wert hat. Jedes Band von %1 Prozentpunkten ist ein Meilenstein (Commit, Unite &amp; Build, Embed, Mature, Elevate); die Organisation steht höchstens %2 Meilenstein über dem Band ihrer schwächsten Kompetenz. Diese Einordnung ist eine Regel des Werkzeugs: Das Arbeitsbuch beschreibt die Meilensteine, bewertet sie aber nicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Power Core.&lt;/b&gt; The participant ranks the seven options; A and B are the first two.</source>
        <translation>&lt;b&gt;Power Core.&lt;/b&gt; Die teilnehmende Person bringt die sieben Optionen in eine Rangfolge; A und B sind die ersten beiden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Power Core.&lt;/b&gt; Each participant ranks the seven options. Points: an option earns %1 for a first place, %2 for a second, and so on down to %3 for the last (a Borda count). The team ranking orders the options by their points (ties: more first places, then the workbook&apos;s order), unless the team recorded a consensus ranking; A and B are its first two. Agreement (Kendall&apos;s W) runs from 0, no agreement at all, to 1, identical rankings.</source>
        <translation>&lt;b&gt;Power Core.&lt;/b&gt; Alle Teilnehmenden bringen die sieben Optionen in eine Rangfolge. Punkte: Eine Option erhält %1 für einen ersten Platz, %2 für einen zweiten und so weiter bis %3 für den letzten (eine Borda-Zählung). Die Team-Rangfolge ordnet die Optionen nach ihren Punkten (bei Gleichstand: mehr erste Plätze, dann die Reihenfolge des Arbeitsbuchs), sofern das Team keine Konsens-Rangfolge festgehalten hat; A und B sind deren erste beide. Die Übereinstimmung (Kendalls W) reicht von 0, keinerlei Übereinstimmung, bis 1, identische Rangfolgen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;CCO readiness.&lt;/b&gt; The more questions are answered No, the stronger the mandate to explore a Chief Customer Officer role (0–3 low, 4–7 moderate, 8–11 strong).</source>
        <translation>&lt;b&gt;CCO-Bereitschaft.&lt;/b&gt; Je mehr Fragen mit Nein beantwortet sind, desto stärker ist das Mandat, die Rolle eines Chief Customer Officer zu prüfen (0–3 gering, 4–7 mittel, 8–11 stark).</translation>
    </message>
    <message>
        <source>&lt;b&gt;CCO readiness.&lt;/b&gt; Each question&apos;s team answer is the recorded consensus, otherwise the majority, or split on a tie. The more questions are answered No or split, the stronger the mandate to explore a Chief Customer Officer role (0–3 low, 4–7 moderate, 8–11 strong).</source>
        <translation>&lt;b&gt;CCO-Bereitschaft.&lt;/b&gt; Die Teamantwort einer Frage ist der festgehaltene Konsens, sonst die Mehrheit, bei Gleichstand „uneinig“. Je mehr Fragen mit Nein oder uneinig beantwortet sind, desto stärker ist das Mandat, die Rolle eines Chief Customer Officer zu prüfen (0–3 gering, 4–7 mittel, 8–11 stark).</translation>
    </message>
    <message>
        <source>&lt;b&gt;n of N answered.&lt;/b&gt; Where a figure rests on fewer than all participants, the report says how many answered.</source>
        <translation>&lt;b&gt;n von N beantwortet.&lt;/b&gt; Wo eine Zahl auf weniger als allen Teilnehmenden beruht, nennt der Bericht, wie viele geantwortet haben.</translation>
    </message>
    <message>
        <source>A score is a conversation starter, not a verdict.</source>
        <translation>Eine Bewertung ist ein Gesprächsanlass, kein Urteil.</translation>
    </message>
    <message>
        <source>A score is a conversation starter, not a verdict: the report shows the spread behind every number so the team can see where its leaders see things differently.</source>
        <translation>Eine Bewertung ist ein Gesprächsanlass, kein Urteil: Der Bericht zeigt die Streuung hinter jeder Zahl, damit das Team sieht, wo seine Führungskräfte die Dinge unterschiedlich sehen.</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Team score:</source>
        <translation>Teamergebnis:</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source> (not every item is rated yet)</source>
        <translation> (noch nicht jede Frage ist bewertet)</translation>
    </message>
    <message>
        <source>Not scored yet: no item has a rating.</source>
        <translation>Noch nicht ausgewertet: keine Frage hat eine Bewertung.</translation>
    </message>
    <message>
        <source>(title added by this app)</source>
        <translation>(Titel von dieser App ergänzt)</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>Bewertungen:</translation>
    </message>
    <message>
        <source>team value</source>
        <translation>Teamwert</translation>
    </message>
    <message>
        <source>no team value yet</source>
        <translation>noch kein Teamwert</translation>
    </message>
    <message>
        <source>Disagreement: someone said Early and someone said Mature.</source>
        <translation>Uneinigkeit: jemand sagte Early und jemand Mature.</translation>
    </message>
    <message>
        <source>Agreed rating:</source>
        <translation>Vereinbarte Bewertung:</translation>
    </message>
    <message>
        <source>Consensus:</source>
        <translation>Konsens:</translation>
    </message>
    <message>
        <source>No Power Core rankings were recorded in this session.</source>
        <translation>In dieser Sitzung wurden keine Power-Core-Rangfolgen erfasst.</translation>
    </message>
    <message>
        <source>No rankings were recorded in this session.</source>
        <translation>In dieser Sitzung wurden keine Rangfolgen erfasst.</translation>
    </message>
    <message>
        <source>The ranking below is the one recorded as agreed.</source>
        <translation>Die folgende Rangfolge ist die als vereinbart festgehaltene.</translation>
    </message>
    <message>
        <source>The ranking below is the participant&apos;s own, first place first.</source>
        <translation>Die folgende Rangfolge ist die eigene der teilnehmenden Person, der erste Platz zuerst.</translation>
    </message>
    <message>
        <source>The team ranking below is the consensus the team recorded;</source>
        <translation>Die folgende Team-Rangfolge ist der Konsens, den das Team festgehalten hat;</translation>
    </message>
    <message>
        <source>The team ranking adds up each option&apos;s points from %1 rankings%2;</source>
        <translation>Die Team-Rangfolge addiert die Punkte jeder Option aus %1 Rangfolgen%2;</translation>
    </message>
    <message>
        <source>Points (a Borda count): in each person&apos;s ranking an option earns %1 points for a first place, %2 for a second, and so on down to %3 for the last place.</source>
        <translation>Punkte (eine Borda-Zählung): In der Rangfolge jeder Person erhält eine Option %1 Punkte für einen ersten Platz, %2 für einen zweiten und so weiter bis %3 für den letzten Platz.</translation>
    </message>
    <message>
        <source>The Customer is not in the Power Core (neither A nor B).</source>
        <translation>Der Kunde ist nicht im Power Core (weder A noch B).</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>First places</source>
        <translation>Erste Plätze</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Consensus note:</source>
        <translation>Konsensnotiz:</translation>
    </message>
    <message>
        <source>Each participant&apos;s A and B</source>
        <translation>A und B jeder teilnehmenden Person</translation>
    </message>
    <message>
        <source>Each participant&apos;s first two places</source>
        <translation>Die ersten beiden Plätze jeder teilnehmenden Person</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Zweiter</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered No%3.</source>
        <translation>%1 von %2 Fragen mit Nein%3 beantwortet.</translation>
    </message>
    <message>
        <source> or split</source>
        <translation> oder uneinig</translation>
    </message>
    <message>
        <source>Mandate for a Chief Customer Officer: &lt;b&gt;%1&lt;/b&gt; — %2 of %3 questions answered No.</source>
        <translation>Mandat für einen Chief Customer Officer: &lt;b&gt;%1&lt;/b&gt; – %2 von %3 Fragen mit Nein beantwortet.</translation>
    </message>
    <message>
        <source>Mandate for a Chief Customer Officer: &lt;b&gt;%1&lt;/b&gt; — %2 of %3 questions answered No or split.</source>
        <translation>Mandat für einen Chief Customer Officer: &lt;b&gt;%1&lt;/b&gt; – %2 von %3 Fragen mit Nein oder uneinig beantwortet.</translation>
    </message>
    <message>
        <source>Mandate not determined: %1 of %2 questions are unanswered.</source>
        <translation>Mandat nicht bestimmt: %1 von %2 Fragen sind unbeantwortet.</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4 · %5 %6</source>
        <translation>%1 %2 · %3 %4 · %5 %6</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4 · %5 %6 · %7 %8</source>
        <translation>%1 %2 · %3 %4 · %5 %6 · %7 %8</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Uneinig</translation>
    </message>
    <message>
        <source>Under each question answered No%1, the workbook&apos;s own implementation tip follows, in its author&apos;s words.</source>
        <translation>Unter jeder mit Nein%1 beantworteten Frage folgt der Umsetzungstipp des Arbeitsbuchs, in den Worten seines Autors.</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4</source>
        <translation>%1 %2, %3 %4</translation>
    </message>
    <message>
        <source>; %1 of %2 answered</source>
        <translation>; %1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>The workbook&apos;s tip:</source>
        <translation>Tipp des Arbeitsbuchs:</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>The organisation is not yet placed on the map; these are the asks of the first milestone.</source>
        <translation>Die Organisation ist noch nicht auf der Karte eingeordnet; dies sind die Anforderungen des ersten Meilensteins.</translation>
    </message>
    <message>
        <source>The organisation has reached the last milestone; these are its asks, to sustain it.</source>
        <translation>Die Organisation hat den letzten Meilenstein erreicht; dies sind seine Anforderungen, um ihn zu halten.</translation>
    </message>
    <message>
        <source>The next milestone on the map is &lt;b&gt;%1&lt;/b&gt;. What the workbook says it asks:</source>
        <translation>Der nächste Meilenstein auf der Karte ist &lt;b&gt;%1&lt;/b&gt;. Was er laut Arbeitsbuch verlangt:</translation>
    </message>
    <message>
        <source>Of leaders</source>
        <translation>Von Führungskräften</translation>
    </message>
    <message>
        <source>Of employees</source>
        <translation>Von Mitarbeitenden</translation>
    </message>
    <message>
        <source>Engaged participants:</source>
        <translation>Beteiligte:</translation>
    </message>
    <message>
        <source>Formal organisation:</source>
        <translation>Formale Organisation:</translation>
    </message>
    <message>
        <source>CCO priorities: %1</source>
        <translation>CCO-Prioritäten: %1</translation>
    </message>
    <message>
        <source>For an organisation at Commit, Unite &amp; Build or Embed: years 1 to 3.</source>
        <translation>Für eine Organisation bei Commit, Unite &amp; Build oder Embed: Jahre 1 bis 3.</translation>
    </message>
    <message>
        <source>For an organisation at Mature or Elevate: year 4 and beyond.</source>
        <translation>Für eine Organisation bei Mature oder Elevate: ab Jahr 4.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>here</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>not placed yet</source>
        <translation>noch nicht eingeordnet</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Das Unternehmen</translation>
    </message>
    <message>
        <source>None named</source>
        <translation>Keine genannt</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source>▲ Stop candidate</source>
        <translation>▲ Stopp-Kandidat</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>No priorities or projects listed yet.</source>
        <translation>Noch keine Prioritäten oder Projekte aufgeführt.</translation>
    </message>
    <message>
        <source>A stop candidate is a project that serves none of the stage&apos;s priority touchpoints.</source>
        <translation>Ein Stopp-Kandidat ist ein Projekt, das keinem der vorrangigen Touchpoints der Phase dient.</translation>
    </message>
    <message>
        <source>✓ %1 · – %2 · ? not answered yet</source>
        <translation>✓ %1 · – %2 · ? noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>within 1 month</source>
        <translation>innerhalb 1 Monats</translation>
    </message>
    <message>
        <source>within %1 months</source>
        <translation>innerhalb von %1 Monaten</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (bis %2)</translation>
    </message>
    <message>
        <source>no date set</source>
        <translation>kein Datum festgelegt</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand zuständig</translation>
    </message>
    <message>
        <source>Where the organisation stands</source>
        <translation>Wo die Organisation steht</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 now, target %3 %4 (a gap of %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: jetzt %2, Ziel %3 %4 (Abstand %5)</translation>
    </message>
    <message>
        <source>The gap to the target</source>
        <translation>Der Abstand zum Ziel</translation>
    </message>
    <message>
        <source>The biggest gaps to the targets</source>
        <translation>Die größten Abstände zu den Zielen</translation>
    </message>
    <message>
        <source>The weakest items</source>
        <translation>Die schwächsten Fragen</translation>
    </message>
    <message>
        <source>No targets are set yet; these items have the lowest values now.</source>
        <translation>Noch sind keine Ziele gesetzt; diese Fragen haben derzeit die niedrigsten Werte.</translation>
    </message>
    <message>
        <source>Every target set is reached; these items have the lowest values now.</source>
        <translation>Jedes gesetzte Ziel ist erreicht; diese Fragen haben derzeit die niedrigsten Werte.</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Nächste Maßnahmen</translation>
    </message>
    <message>
        <source>No actions are in the plan yet.</source>
        <translation>Noch keine Maßnahmen im Plan.</translation>
    </message>
    <message>
        <source>The workbench suggests, from the answers (not yet agreed):</source>
        <translation>Die Workbench schlägt aus den Antworten vor (noch nicht vereinbart):</translation>
    </message>
    <message>
        <source>Every action in the plan is done or dropped.</source>
        <translation>Jede Maßnahme im Plan ist erledigt oder verworfen.</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>And %1 more still to do: see “%2”%3.</source>
        <translation>Und %1 weitere offen: siehe „%2“%3.</translation>
    </message>
    <message>
        <source>What the readiness answers recommend</source>
        <translation>Was die Antworten zur Bereitschaft empfehlen</translation>
    </message>
    <message>
        <source>No recommendation yet: %1 of %2 readiness questions are unanswered.</source>
        <translation>Noch keine Empfehlung: %1 von %2 Fragen zur Bereitschaft sind unbeantwortet.</translation>
    </message>
    <message>
        <source>%1 of %2 readiness questions answered No</source>
        <translation>%1 von %2 Fragen zur Bereitschaft mit Nein beantwortet</translation>
    </message>
    <message>
        <source>%1 of %2 readiness questions answered No or split</source>
        <translation>%1 von %2 Fragen zur Bereitschaft mit Nein oder uneinig beantwortet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Create the role&lt;/b&gt;: a %1 mandate for a Chief Customer Officer (%2).</source>
        <translation>&lt;b&gt;Die Rolle schaffen&lt;/b&gt;: Mandat für einen Chief Customer Officer: %1 (%2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Advance the exploration of the role&lt;/b&gt;: a %1 mandate for a Chief Customer Officer (%2).</source>
        <translation>&lt;b&gt;Die Prüfung der Rolle vorantreiben&lt;/b&gt;: Mandat für einen Chief Customer Officer: %1 (%2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strengthen what is in place&lt;/b&gt;: a %1 mandate for a new role (%2); most of the work a Chief Customer Officer would take on has an owner.</source>
        <translation>&lt;b&gt;Das Bestehende stärken&lt;/b&gt;: Mandat für eine neue Rolle: %1 (%2); für den Großteil der Arbeit, die ein Chief Customer Officer übernehmen würde, gibt es bereits Verantwortliche.</translation>
    </message>
    <message>
        <source>The workbook&apos;s “%1”, for %2:</source>
        <translation>„%1“ aus dem Arbeitsbuch, für %2:</translation>
    </message>
    <message>
        <source>In brief</source>
        <translation>Kurz gefasst</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 Maßnahme</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 Maßnahmen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>CCO priority</source>
        <translation>CCO-Priorität</translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation>Zu besprechen</translation>
    </message>
    <message>
        <source>Readiness questions most answered Yes while some answered No, not yet decided: talk them through rather than act on them.</source>
        <translation>Fragen zur Bereitschaft, die die meisten mit Ja und einige mit Nein beantwortet haben und die noch nicht entschieden sind: besprechen Sie sie, statt gleich zu handeln.</translation>
    </message>
    <message>
        <source>%1 Yes, %2 No</source>
        <translation>%1 Ja, %2 Nein</translation>
    </message>
    <message>
        <source>Gaps to target</source>
        <translation>Abstände zum Ziel</translation>
    </message>
    <message>
        <source>Every item with a target: its value now (1 to 3) against the level aimed at, the largest gap first. The maturity map shows the same targets (“%1”).</source>
        <translation>Jede Frage mit einem Ziel: ihr heutiger Wert (1 bis 3) gegenüber der angestrebten Stufe, der größte Abstand zuerst. Die Reifegradkarte zeigt dieselben Ziele („%1“).</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>year 1 starting with the first quarter shown</source>
        <translation>Jahr 1 beginnt mit dem ersten gezeigten Quartal</translation>
    </message>
    <message>
        <source>year 1 starting on the session&apos;s date, %1</source>
        <translation>Jahr 1 beginnt mit dem Datum der Sitzung, %1</translation>
    </message>
    <message>
        <source>Each action in the quarter it is due, in a lane per CCO priority it serves, under the targets; the bands at the top show the maturity map&apos;s years (%1). The mark before a title shows its status; the full list is in “%2”%3.</source>
        <translation>Jede Maßnahme im Quartal ihrer Fälligkeit, in einer Bahn je CCO-Priorität, der sie dient, unter den Zielen; die Bänder oben zeigen die Jahre der Reifegradkarte (%1). Das Zeichen vor einem Titel zeigt seinen Status; die vollständige Liste steht in „%2“%3.</translation>
    </message>
    <message>
        <source>How the scores are computed</source>
        <translation>Wie die Ergebnisse berechnet werden</translation>
    </message>
    <message>
        <source> (Customer Experience Development)</source>
        <translation> (Customer Experience Development)</translation>
    </message>
    <message>
        <source>agreement not measured (fewer than two rankings)</source>
        <translation>Übereinstimmung nicht gemessen (weniger als zwei Rangfolgen)</translation>
    </message>
    <message>
        <source>%1 agreement</source>
        <translation>Übereinstimmung: %1</translation>
    </message>
    <message>
        <source> (Kendall&apos;s W = %1, on a scale from 0, no agreement, to 1, identical rankings)</source>
        <translation> (Kendalls W = %1, auf einer Skala von 0, keine Übereinstimmung, bis 1, identische Rangfolgen)</translation>
    </message>
    <message>
        <source> (%1 of %2 answered)</source>
        <translation> (%1 von %2 beantwortet)</translation>
    </message>
    <message>
        <source>, page %1</source>
        <translation>, Seite %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>CX Maturity Report</source>
        <translation>CX-Reifegradbericht</translation>
    </message>
    <message>
        <source>Organisation not named</source>
        <translation>Organisation nicht genannt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Leadership workshop</source>
        <translation>Workshop der Führungskräfte</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Erhebung</translation>
    </message>
    <message>
        <source>Chief Customer Officer (CCO) workbook, version %1</source>
        <translation>Arbeitsbuch Chief Customer Officer (CCO), Version %1</translation>
    </message>
    <message>
        <source>Anonymous report: participants&apos; names, roles and individual answers are not shown. Names typed into notes and labels are masked and print as “%1”.</source>
        <translation>Anonymer Bericht: Namen, Rollen und einzelne Antworten der Teilnehmenden werden nicht gezeigt. In Notizen und Bezeichnungen eingetippte Namen sind maskiert und erscheinen als „%1“.</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notizen zur Sitzung</translation>
    </message>
    <message>
        <source>Milestone reached:</source>
        <translation>Erreichter Meilenstein:</translation>
    </message>
    <message>
        <source>%1 (milestone %2 of %3)</source>
        <translation>%1 (Meilenstein %2 von %3)</translation>
    </message>
    <message>
        <source>Where the organisation sits is this tool&apos;s rule, not the workbook&apos;s: the overall index in bands of %1 points, at most one milestone above the weakest competency (see “%2”%3).</source>
        <translation>Wo die Organisation steht, ist eine Regel dieses Werkzeugs, nicht des Arbeitsbuchs: der Gesamtindex in Bändern von %1 Punkten, höchstens ein Meilenstein über der schwächsten Kompetenz (siehe „%2“%3).</translation>
    </message>
    <message>
        <source>Overall maturity index:</source>
        <translation>Gesamtindex des Reifegrads:</translation>
    </message>
    <message>
        <source>The index is the mean of the five competency percentages (0% = all Early, 100% = all Mature).</source>
        <translation>Der Index ist der Mittelwert der fünf Kompetenz-Prozentwerte (0 % = alles Early, 100 % = alles Mature).</translation>
    </message>
    <message>
        <source>Not yet placed on the maturity map: %1 of %2 competencies are complete.</source>
        <translation>Noch nicht auf der Reifegradkarte eingeordnet: %1 von %2 Kompetenzen sind vollständig.</translation>
    </message>
    <message>
        <source>The milestone and the overall index appear once every item of every competency has a rating or a consensus.</source>
        <translation>Meilenstein und Gesamtindex erscheinen, sobald jede Frage jeder Kompetenz eine Bewertung oder einen Konsens hat.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>Every competency scores the same:</source>
        <translation>Alle Kompetenzen erreichen denselben Wert:</translation>
    </message>
    <message>
        <source>Strongest competencies (tied):</source>
        <translation>Stärkste Kompetenzen (gleichauf):</translation>
    </message>
    <message>
        <source>Strongest competency:</source>
        <translation>Stärkste Kompetenz:</translation>
    </message>
    <message>
        <source>Weakest competencies (tied):</source>
        <translation>Schwächste Kompetenzen (gleichauf):</translation>
    </message>
    <message>
        <source>Weakest competency:</source>
        <translation>Schwächste Kompetenz:</translation>
    </message>
    <message>
        <source>The team disagreed (someone said Early, someone said Mature) on %1 of %2 items.</source>
        <translation>Das Team war bei %1 von %2 Fragen uneinig (jemand sagte Early, jemand Mature).</translation>
    </message>
    <message>
        <source>Power Core: A = %1, B = %2</source>
        <translation>Power Core: A = %1, B = %2</translation>
    </message>
    <message>
        <source> (A and B are tied on points and first places; the workbook&apos;s order lists %1 first)</source>
        <translation> (A und B liegen bei Punkten und ersten Plätzen gleichauf; in der Reihenfolge des Arbeitsbuchs steht %1 zuerst)</translation>
    </message>
    <message>
        <source> (B tied with %1 on points and first places)</source>
        <translation> (B liegt bei Punkten und ersten Plätzen gleichauf mit %1)</translation>
    </message>
    <message>
        <source>The Customer is in the Power Core.</source>
        <translation>Der Kunde ist im Power Core.</translation>
    </message>
    <message>
        <source>The Customer is not in the Power Core: customer needs are not yet at the centre of decisions.</source>
        <translation>Der Kunde ist nicht im Power Core: Kundenbedürfnisse stehen noch nicht im Zentrum der Entscheidungen.</translation>
    </message>
    <message>
        <source>Power Core: no rankings recorded.</source>
        <translation>Power Core: keine Rangfolgen erfasst.</translation>
    </message>
    <message>
        <source>CCO readiness mandate:</source>
        <translation>Mandat aus der CCO-Bereitschaft:</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered No</source>
        <translation>%1 von %2 Fragen mit Nein beantwortet</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered No or split</source>
        <translation>%1 von %2 Fragen mit Nein oder uneinig beantwortet</translation>
    </message>
    <message>
        <source>CCO readiness mandate: not determined (%1 questions unanswered)</source>
        <translation>Mandat aus der CCO-Bereitschaft: nicht bestimmt (%1 Fragen unbeantwortet)</translation>
    </message>
    <message>
        <source>Least reliable stage for customers: %1. %2 (%3, %4)</source>
        <translation>Für Kunden am wenigsten verlässliche Phase: %1. %2 (%3, %4)</translation>
    </message>
    <message>
        <source>The 15 items at a glance</source>
        <translation>Die 15 Fragen im Überblick</translation>
    </message>
    <message>
        <source>The five competencies</source>
        <translation>Die fünf Kompetenzen</translation>
    </message>
    <message>
        <source>Difficulty is shown on the %1, from %2 to %3.</source>
        <translation>Die Schwierigkeit wird auf dem %1 gezeigt, von %2 bis %3.</translation>
    </message>
    <message>
        <source>The barometer&apos;s scale is this app&apos;s own; the workbook gives none.</source>
        <translation>Die Skala des Barometers stammt von dieser App; das Arbeitsbuch gibt keine vor.</translation>
    </message>
    <message>
        <source>The team&apos;s answer is its recorded decision, otherwise the majority of those who answered; the difficulty is the team&apos;s, otherwise the mean of everyone&apos;s.</source>
        <translation>Die Antwort des Teams ist seine festgehaltene Entscheidung, sonst die Mehrheit derer, die geantwortet haben; die Schwierigkeit ist die des Teams, sonst der Mittelwert aller.</translation>
    </message>
    <message>
        <source>No metrics were named or answered in this session.</source>
        <translation>In dieser Sitzung wurden keine Kennzahlen genannt oder beantwortet.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Team answer</source>
        <translation>Teamantwort</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>(named by the team)</source>
        <translation>(vom Team benannt)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>%1 yes, %2 no%3</source>
        <translation>%1 Ja, %2 Nein%3</translation>
    </message>
    <message>
        <source>; agreed</source>
        <translation>; vereinbart</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Team note:</source>
        <translation>Notiz des Teams:</translation>
    </message>
    <message>
        <source>%1 of %2 metrics are tracked and discussed</source>
        <translation>%1 von %2 Kennzahlen werden erfasst und besprochen</translation>
    </message>
    <message>
        <source>; the untracked ones have a mean difficulty of %1 of %2.</source>
        <translation>; die nicht erfassten haben eine mittlere Schwierigkeit von %1 von %2.</translation>
    </message>
    <message>
        <source>The team is split on 1 metric.</source>
        <translation>Das Team ist bei 1 Kennzahl uneinig.</translation>
    </message>
    <message>
        <source>The team is split on %1 metrics.</source>
        <translation>Das Team ist bei %1 Kennzahlen uneinig.</translation>
    </message>
    <message>
        <source>1 metric is not answered yet.</source>
        <translation>1 Kennzahl ist noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>%1 metrics are not answered yet.</source>
        <translation>%1 Kennzahlen sind noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>▲ marks a stage where someone gave the lowest level and someone the highest.</source>
        <translation>▲ markiert eine Phase, in der jemand die niedrigste und jemand die höchste Stufe gewählt hat.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (agreed)</source>
        <translation>%1 (vereinbart)</translation>
    </message>
    <message>
        <source>ratings %1 · %2 · %3</source>
        <translation>Bewertungen %1 · %2 · %3</translation>
    </message>
    <message>
        <source>As customers live it</source>
        <translation>Wie Kunden sie erleben</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>The customer&apos;s questions</source>
        <translation>Die Fragen des Kunden</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Keine aufgeführt</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Levels aimed at</source>
        <translation>Angestrebte Stufen</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Keine Priorität</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>Vor %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quartal %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>1 target</source>
        <translation>1 Ziel</translation>
    </message>
    <message>
        <source>%1 targets</source>
        <translation>%1 Ziele</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Target: the level aimed at, by then</source>
        <translation>Ziel: die bis dahin angestrebte Stufe</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <source>No actions in the plan yet.</source>
        <translation>Noch keine Maßnahmen im Plan.</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 weitere</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 verworfen</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage; German: %1 with a no-break space before %</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>weak</source>
        <comment>scoring band</comment>
        <translation>schwach</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>scoring band</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>strong</source>
        <comment>scoring band</comment>
        <translation>stark</translation>
    </message>
    <message>
        <source>low</source>
        <comment>scoring band</comment>
        <translation>gering</translation>
    </message>
    <message>
        <source>A removed stage</source>
        <translation>Eine entfernte Phase</translation>
    </message>
    <message>
        <source>Readiness question %1</source>
        <translation>Frage %1 zur Bereitschaft</translation>
    </message>
    <message>
        <source>%1, question %2</source>
        <translation>%1, Frage %2</translation>
    </message>
    <message>
        <source>%1, project: %2</source>
        <translation>%1, Projekt: %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Make this true: %1</source>
        <translation>Wahr machen: %1</translation>
    </message>
    <message>
        <source>Readiness question %1 is answered No</source>
        <translation>Frage %1 zur Bereitschaft ist mit Nein beantwortet</translation>
    </message>
    <message>
        <source>Stop: %1</source>
        <translation>Stoppen: %1</translation>
    </message>
    <message>
        <source>%1: decided to stop it</source>
        <translation>%1: Stopp beschlossen</translation>
    </message>
    <message>
        <source>Raise %1</source>
        <translation>Verbessern: %1</translation>
    </message>
    <message>
        <source>One of the three weakest items (%1 of 3)</source>
        <translation>Eine der drei schwächsten Fragen (%1 von 3)</translation>
    </message>
    <message>
        <source>open</source>
        <comment>action status inside a sentence</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>action status inside a sentence</comment>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <comment>action status inside a sentence</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <comment>action status inside a sentence</comment>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Overall maturity index</source>
        <translation>Gesamtindex des Reifegrads</translation>
    </message>
    <message>
        <source>%1 up +%2%3</source>
        <translation>%1 gestiegen: +%2%3</translation>
    </message>
    <message>
        <source>%1 down −%2%3</source>
        <translation>%1 gesunken: −%2%3</translation>
    </message>
    <message>
        <source>%1 no change</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>%1 not comparable</source>
        <translation>%1 nicht vergleichbar</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>C%1 %2</source>
        <translation>C%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 up %n milestone(s)</source>
        <translation>
            <numerusform>%1 einen Meilenstein weiter</numerusform>
            <numerusform>%1 %n Meilensteine weiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 down %n milestone(s)</source>
        <translation>
            <numerusform>%1 einen Meilenstein zurück</numerusform>
            <numerusform>%1 %n Meilensteine zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>CX Maturity Trend Report</source>
        <translation>CX-Reifegrad-Trendbericht</translation>
    </message>
    <message>
        <source>%1 sessions, %2 to %3</source>
        <translation>%1 Sitzungen, %2 bis %3</translation>
    </message>
    <message>
        <source>Perception gap</source>
        <translation>Wahrnehmungslücke</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>, the follow-up of %1</source>
        <translation>, Folgesitzung von %1</translation>
    </message>
    <message>
        <source>Milestone: %1 (%2).</source>
        <translation>Meilenstein: %1 (%2).</translation>
    </message>
    <message>
        <source> → </source>
        <translation> → </translation>
    </message>
    <message>
        <source>Overall maturity index: %1 (%2).</source>
        <translation>Gesamtindex des Reifegrads: %1 (%2).</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>Competencies: %1 up, %2 down, %3 unchanged.</source>
        <translation>Kompetenzen: %1 gestiegen, %2 gesunken, %3 unverändert.</translation>
    </message>
    <message>
        <source>Items: %1 up, %2 down, %3 unchanged, of %4.</source>
        <translation>Fragen: %1 gestiegen, %2 gesunken, %3 unverändert, von %4.</translation>
    </message>
    <message>
        <source>Actions completed since the session before: %1.</source>
        <translation>Seit der vorigen Sitzung erledigte Maßnahmen: %1.</translation>
    </message>
    <message>
        <source>Targets met: %1 of %2.</source>
        <translation>Erreichte Ziele: %1 von %2.</translation>
    </message>
    <message>
        <source>Maturity over time</source>
        <translation>Reifegrad im Zeitverlauf</translation>
    </message>
    <message>
        <source>Each competency&apos;s percentage and the overall maturity index (bold) per session, over the milestones&apos; bands. Each line has its own marker and dash.</source>
        <translation>Prozentwert jeder Kompetenz und Gesamtindex des Reifegrads (fett) je Sitzung, über den Bändern der Meilensteine. Jede Linie hat ihre eigene Markierung und Strichart.</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>%</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Each item&apos;s team value: the agreed rating where the team recorded one, else the mean of the ratings (1 Early, 2 Advanced, 3 Mature).</source>
        <translation>Der Teamwert jeder Frage: die vereinbarte Bewertung, wo das Team eine festgehalten hat, sonst der Mittelwert der Bewertungen (1 Early, 2 Advanced, 3 Mature).</translation>
    </message>
    <message>
        <source>Journey stages: %1</source>
        <translation>Phasen: %1</translation>
    </message>
    <message>
        <source>Each stage&apos;s value from 1 to 3; a follow-up&apos;s stages are matched by their ids, other sessions&apos; by name.</source>
        <translation>Der Wert jeder Phase von 1 bis 3; die Phasen einer Folgesitzung werden über ihre Kennungen zugeordnet, die anderer Sitzungen über den Namen.</translation>
    </message>
    <message>
        <source>Actions completed since the session before</source>
        <translation>Seit der vorigen Sitzung erledigte Maßnahmen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Erledigt bis</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>new since the session before</source>
        <translation>neu seit der vorigen Sitzung</translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation>Erreichte Ziele</translation>
    </message>
    <message>
        <source>%1 of the %2 targets not yet reached when they were set (or carried over) reached their level by the next session.</source>
        <translation>%1 der %2 Ziele, die beim Setzen (oder Übernehmen) noch nicht erreicht waren, haben ihre Stufe bis zur nächsten Sitzung erreicht.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Reached by</source>
        <translation>Erreicht bis</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1, on time</source>
        <translation>%1, rechtzeitig</translation>
    </message>
    <message>
        <source>%1, later than due</source>
        <translation>%1, verspätet</translation>
    </message>
    <message>
        <source>Perception gap: %1</source>
        <translation>Wahrnehmungslücke: %1</translation>
    </message>
    <message>
        <source>%1&apos;s self-assessment (%2) against the team&apos;s answers in %3.</source>
        <translation>Selbsteinschätzung von %1 (%2) gegenüber den Antworten des Teams in %3.</translation>
    </message>
    <message>
        <source>%1&apos;s self-assessment (%2) against the team&apos;s answers in %3, and the team&apos;s answers last time in %4.</source>
        <translation>Selbsteinschätzung von %1 (%2) gegenüber den Antworten des Teams in %3 und denen des Teams beim letzten Mal in %4.</translation>
    </message>
    <message>
        <source>%1 of %2 items placed at another level than the team places them.</source>
        <translation>%1 von %2 Fragen auf einer anderen Stufe eingeordnet als vom Team.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>▲ you rate higher</source>
        <translation>▲ Sie bewerten höher</translation>
    </message>
    <message>
        <source>▼ you rate lower</source>
        <translation>▼ Sie bewerten niedriger</translation>
    </message>
    <message>
        <source>▬ same level</source>
        <translation>▬ gleiche Stufe</translation>
    </message>
    <message>
        <source>– not comparable</source>
        <translation>– nicht vergleichbar</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>So lesen Sie diesen Bericht</translation>
    </message>
    <message>
        <source>▲ up, ▼ down, ▬ no change: the arrow and the word say which way a figure moved from the first session to the last, so the report reads in black and white; blue (up) and orange (down) repeat it in colour. A change smaller than the printed precision (0.01 on the 1–3 scale, 0.1 points of a percentage) counts as no change.</source>
        <translation>▲ gestiegen, ▼ gesunken, ▬ unverändert: Pfeil und Wort sagen, in welche Richtung sich ein Wert von der ersten bis zur letzten Sitzung bewegt hat, sodass der Bericht auch in Schwarzweiß lesbar ist; Blau (gestiegen) und Orange (gesunken) wiederholen es in Farbe. Eine Veränderung unterhalb der gedruckten Genauigkeit (0,01 auf der Skala von 1 bis 3, 0,1 Prozentpunkte) gilt als unverändert.</translation>
    </message>
    <message>
        <source>Figures are the scoring engine&apos;s for each session, as in each session&apos;s own report. Sessions are ordered by date, then a session before its follow-up. An action counts as completed when it is done in a session and was open, in progress or absent in the session before; a target counts as met when its item had not reached the level in the session that set it and has in the next. A leader&apos;s self-assessment is held against the latest workshop, level by level.</source>
        <translation>Die Werte sind die der Auswertung jeder Sitzung, wie im eigenen Bericht jeder Sitzung. Die Sitzungen sind nach Datum geordnet, eine Sitzung vor ihrer Folgesitzung. Eine Maßnahme gilt als erledigt, wenn sie in einer Sitzung erledigt ist und in der Sitzung davor offen, in Arbeit oder nicht vorhanden war; ein Ziel gilt als erreicht, wenn seine Frage die Stufe in der Sitzung, die es gesetzt hat, noch nicht erreicht hatte und in der nächsten erreicht. Die Selbsteinschätzung einer Führungskraft wird Stufe für Stufe dem jüngsten Workshop gegenübergestellt.</translation>
    </message>
    <message>
        <source>%1: CX maturity trend, %2 to %3</source>
        <translation>%1: Entwicklung des CX-Reifegrads, %2 bis %3</translation>
    </message>
</context>
<context>
    <name>cxm::ui::AbsenceButton</name>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>Power Core</source>
        <translation>Power Core</translation>
    </message>
    <message>
        <source>CCO readiness</source>
        <translation>CCO-Bereitschaft</translation>
    </message>
    <message>
        <source>Competency %1</source>
        <translation>Kompetenz %1</translation>
    </message>
    <message>
        <source>Absent…</source>
        <translation>Abwesend…</translation>
    </message>
    <message>
        <source>Mark who is not here for this step: the step is complete without their answers</source>
        <translation>Markieren Sie, wer bei diesem Schritt nicht da ist: Der Schritt ist dann ohne deren Antworten vollständig</translation>
    </message>
    <message>
        <source>Absent: %1…</source>
        <translation>Abwesend: %1…</translation>
    </message>
</context>
<context>
    <name>cxm::ui::ActionsModel</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>CCO priority</source>
        <translation>CCO-Priorität</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>cxm::ui::AnonymousRevealWidget</name>
    <message>
        <source>%1 of %2 answered, no names shown</source>
        <translation>%1 von %2 beantwortet, ohne Namen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; %2 of %3 answered</source>
        <translation>%1; %2 von %3 haben geantwortet</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>cxm::ui::AnswerGridModel</name>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>, chosen</source>
        <translation>, gewählt</translation>
    </message>
</context>
<context>
    <name>cxm::ui::AnswerNavigator</name>
    <message>
        <source>End of this step: that key changed nothing, the last answer stays. Move with the arrow keys or click to change an answer; Next (Ctrl+PgDown) goes on to the next step.</source>
        <translation>Ende dieses Schritts: Die Taste hat nichts geändert, die letzte Antwort bleibt. Mit den Pfeiltasten oder einem Klick ändern Sie eine Antwort; Weiter (Strg+Bild ab) geht zum nächsten Schritt.</translation>
    </message>
</context>
<context>
    <name>cxm::ui::ChoicePage</name>
    <message>
        <source>Define the journey&apos;s stages first (step &quot;Your Customer Journey&quot;).</source>
        <translation>Legen Sie zuerst die Phasen der Customer Journey fest (Schritt „Ihre Customer Journey“).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Why here? (optional)</source>
        <translation>Warum hier? (optional)</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Take %1 off the stairway</source>
        <translation>%1 von der Treppe nehmen</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Das Unternehmen</translation>
    </message>
</context>
<context>
    <name>cxm::ui::ChoiceRow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>Antwort löschen</translation>
    </message>
</context>
<context>
    <name>cxm::ui::ChoiceTableView</name>
    <message>
        <source>Clear answer</source>
        <translation>Antwort löschen</translation>
    </message>
</context>
<context>
    <name>cxm::ui::CompareActions</name>
    <message>
        <source>Cannot start a follow-up session</source>
        <translation>Die Folgesitzung kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>The follow-up needs a file of its own; %1 is the session it follows.</source>
        <translation>Die Folgesitzung braucht eine eigene Datei; %1 ist die Sitzung, auf die sie folgt.</translation>
    </message>
    <message>
        <source>This session was saved by an older version and has no identity yet, which it gets when it is opened for editing. It is open read-only (%1). Open it where it can be written, or save a copy with File → Save As…, then start the follow-up from that.</source>
        <translation>Diese Sitzung wurde von einer älteren Version gespeichert und hat noch keine Kennung; die erhält sie, sobald sie zum Bearbeiten geöffnet wird. Sie ist schreibgeschützt geöffnet (%1). Öffnen Sie sie dort, wo sie geschrieben werden kann, oder legen Sie mit Datei → Speichern unter… eine Kopie an und beginnen Sie die Folgesitzung von dieser aus.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Follow-up %1.cxm</source>
        <translation>Folgesitzung %1.cxm</translation>
    </message>
    <message>
        <source>New follow-up session</source>
        <translation>Neue Folgesitzung</translation>
    </message>
    <message>
        <source>Workbench sessions (*.cxm)</source>
        <translation>Workbench-Sitzungen (*.cxm)</translation>
    </message>
    <message>
        <source>Cannot compare these sessions</source>
        <translation>Diese Sitzungen können nicht verglichen werden</translation>
    </message>
    <message>
        <source>Compare %1 with…</source>
        <translation>%1 vergleichen mit…</translation>
    </message>
    <message>
        <source>Choose two or more sessions to compare</source>
        <translation>Wählen Sie zwei oder mehr Sitzungen zum Vergleich</translation>
    </message>
    <message>
        <source>Workbench sessions (*.cxm);;Session documents (*.json);;All files (*)</source>
        <translation>Workbench-Sitzungen (*.cxm);;Sitzungsdokumente (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>The follow-up of %1: %n open action(s) and the targets carried over, no answers yet.</source>
        <translation>
            <numerusform>Folgesitzung von %1: die offene Maßnahme und die Ziele übernommen, noch keine Antworten.</numerusform>
            <numerusform>Folgesitzung von %1: %n offene Maßnahmen und die Ziele übernommen, noch keine Antworten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxm::ui::ComparisonView</name>
    <message>
        <source>(no date)</source>
        <translation>(ohne Datum)</translation>
    </message>
    <message>
        <source>Maturity over time: each competency and the overall index per session</source>
        <translation>Reifegrad im Zeitverlauf: jede Kompetenz und der Gesamtindex je Sitzung</translation>
    </message>
    <message>
        <source>%1 up +%2%3</source>
        <translation>%1 gestiegen: +%2%3</translation>
    </message>
    <message>
        <source>%1 down −%2%3</source>
        <translation>%1 gesunken: −%2%3</translation>
    </message>
    <message>
        <source>%1 no change</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>%1 not comparable</source>
        <translation>%1 nicht vergleichbar</translation>
    </message>
    <message>
        <source>Compare sessions</source>
        <translation>Sitzungen vergleichen</translation>
    </message>
    <message>
        <source>%1 sessions of %2</source>
        <translation>%1 Sitzungen von %2</translation>
    </message>
    <message>
        <source>Perception gap: %1</source>
        <translation>Wahrnehmungslücke: %1</translation>
    </message>
    <message>
        <source>%1. %2  %3 (%4)</source>
        <translation>%1. %2  %3 (%4)</translation>
    </message>
    <message>
        <source>, the follow-up of %1</source>
        <translation>, Folgesitzung von %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>C%1 %2</source>
        <translation>C%1 %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Each competency&apos;s percentage (0 to 100%) and level, per session.</source>
        <translation>Prozentwert (0 bis 100&#xa0;%) und Stufe jeder Kompetenz, je Sitzung.</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Each item&apos;s team value: the agreed rating where the team recorded one, else the mean of the ratings (1 Early, 2 Advanced, 3 Mature).</source>
        <translation>Der Teamwert jeder Frage: die vereinbarte Bewertung, wo das Team eine festgehalten hat, sonst der Mittelwert der Bewertungen (1 Early, 2 Advanced, 3 Mature).</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Each stage&apos;s experience reliability (1 to 3), stages matched by the follow-up&apos;s stage ids, else by name.</source>
        <translation>Die Verlässlichkeit des Erlebnisses in jeder Phase (1 bis 3); Phasen werden über die Kennungen der Folgesitzung zugeordnet, sonst über den Namen.</translation>
    </message>
    <message>
        <source>Journey stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Perception gap</source>
        <translation>Wahrnehmungslücke</translation>
    </message>
    <message>
        <source>Export &amp;trend report…</source>
        <translation>&amp;Trendbericht exportieren…</translation>
    </message>
    <message>
        <source>Change, first to last</source>
        <translation>Veränderung, erste bis letzte</translation>
    </message>
    <message>
        <source>%1%2  %3</source>
        <translation>%1%2  %3</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Seit %1: %2</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source> → </source>
        <translation> → </translation>
    </message>
    <message>
        <source>Overall maturity index: %1   %2</source>
        <translation>Gesamtindex des Reifegrads: %1   %2</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Prozentpunkte</translation>
    </message>
    <message>
        <source>Actions completed since the session before (%1)</source>
        <translation>Seit der vorigen Sitzung erledigte Maßnahmen (%1)</translation>
    </message>
    <message>
        <source>✓ %1 (done by %2; %3)</source>
        <translation>✓ %1 (erledigt bis %2; %3)</translation>
    </message>
    <message>
        <source>new since the session before</source>
        <translation>neu seit der vorigen Sitzung</translation>
    </message>
    <message>
        <source>was in progress</source>
        <translation>war in Arbeit</translation>
    </message>
    <message>
        <source>was open</source>
        <translation>war offen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Targets met (%1 of %2)</source>
        <translation>Erreichte Ziele (%1 von %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>✓ %1: %2 reached by %3 (%4)</source>
        <translation>✓ %1: %2 erreicht bis %3 (%4)</translation>
    </message>
    <message>
        <source>, due %1: on time</source>
        <translation>, fällig am %1: rechtzeitig</translation>
    </message>
    <message>
        <source>, due %1: later than due</source>
        <translation>, fällig am %1: verspätet</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, fällig am %1</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Add a leader&apos;s self-assessment to the sessions compared to see, item by item, how the leader places the organisation against the team&apos;s answers and the team&apos;s answers last time.</source>
        <translation>Nehmen Sie die Selbsteinschätzung einer Führungskraft in den Vergleich auf, um Frage für Frage zu sehen, wie die Führungskraft die Organisation einordnet – gegenüber den Antworten des Teams und denen des Teams beim letzten Mal.</translation>
    </message>
    <message>
        <source>%1&apos;s self-assessment (%2)</source>
        <translation>Selbsteinschätzung von %1 (%2)</translation>
    </message>
    <message>
        <source>Each leader&apos;s self-assessment</source>
        <translation>Die Selbsteinschätzung jeder Führungskraft</translation>
    </message>
    <message>
        <source>%1 against the team&apos;s answers in %2.</source>
        <translation>%1 gegenüber den Antworten des Teams in %2.</translation>
    </message>
    <message>
        <source>%1 against the team&apos;s answers in %2, and the team&apos;s answers last time in %3.</source>
        <translation>%1 gegenüber den Antworten des Teams in %2 und denen des Teams beim letzten Mal in %3.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>▲ you rate higher</source>
        <translation>▲ Sie bewerten höher</translation>
    </message>
    <message>
        <source>▼ you rate lower</source>
        <translation>▼ Sie bewerten niedriger</translation>
    </message>
    <message>
        <source>▬ same level</source>
        <translation>▬ gleiche Stufe</translation>
    </message>
    <message>
        <source>– not comparable</source>
        <translation>– nicht vergleichbar</translation>
    </message>
    <message>
        <source>You: %1 · Team: %2 · Last time: %3</source>
        <translation>Sie: %1 · Team: %2 · Letztes Mal: %3</translation>
    </message>
    <message>
        <source>Trend %1.pdf</source>
        <translation>Trendbericht %1.pdf</translation>
    </message>
    <message>
        <source>Export trend report</source>
        <translation>Trendbericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the trend report…</source>
        <translation>Der Trendbericht wird erstellt…</translation>
    </message>
    <message>
        <source>Cannot write the trend report</source>
        <translation>Der Trendbericht kann nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <source>%1 up %n milestone(s)</source>
        <translation>
            <numerusform>%1 einen Meilenstein weiter</numerusform>
            <numerusform>%1 %n Meilensteine weiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 down %n milestone(s)</source>
        <translation>
            <numerusform>%1 einen Meilenstein zurück</numerusform>
            <numerusform>%1 %n Meilensteine zurück</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxm::ui::CompetencyPage</name>
    <message>
        <source>Early %1 · Advanced %2 · Mature %3</source>
        <translation>Early %1 · Advanced %2 · Mature %3</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Mature</translation>
    </message>
    <message>
        <source>Competency %1: %2</source>
        <translation>Kompetenz %1: %2</translation>
    </message>
    <message>
        <source>Private voting…</source>
        <translation>Geheime Abstimmung…</translation>
    </message>
    <message>
        <source>Pass the laptop: each participant answers alone, unseen by the others</source>
        <translation>Laptop weitergeben: Alle antworten allein, ungesehen von den anderen</translation>
    </message>
    <message>
        <source>Reveal answers</source>
        <translation>Antworten aufdecken</translation>
    </message>
    <message>
        <source>Reveal anonymously</source>
        <translation>Anonym aufdecken</translation>
    </message>
    <message>
        <source>For the projector: how many chose each level, without names</source>
        <translation>Für den Beamer: wie viele welche Stufe gewählt haben, ohne Namen</translation>
    </message>
    <message>
        <source>Note: why this rating (optional)</source>
        <translation>Notiz: warum diese Bewertung (optional)</translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation>Notiz für %1</translation>
    </message>
    <message>
        <source>Ratings for %1</source>
        <translation>Bewertungen für %1</translation>
    </message>
    <message>
        <source>Add participants in Setup first.</source>
        <translation>Fügen Sie zuerst unter „Einrichtung“ Teilnehmende hinzu.</translation>
    </message>
    <message>
        <source>⚠ Disagreement: Early and Mature both given</source>
        <translation>⚠ Uneinigkeit: Early und Mature beide gewählt</translation>
    </message>
    <message>
        <source>Consensus:</source>
        <translation>Konsens:</translation>
    </message>
    <message>
        <source>Consensus for %1</source>
        <translation>Konsens für %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Why, for %1</source>
        <translation>Warum, für %1</translation>
    </message>
    <message>
        <source>Why this consensus?</source>
        <translation>Warum dieser Konsens?</translation>
    </message>
    <message>
        <source>Private voting is on: answers stay hidden until you reveal them.</source>
        <translation>Die geheime Abstimmung läuft: Die Antworten bleiben verborgen, bis Sie sie aufdecken.</translation>
    </message>
    <message>
        <source>Answers revealed anonymously: how many chose each level, without names.</source>
        <translation>Antworten anonym aufgedeckt: wie viele welche Stufe gewählt haben, ohne Namen.</translation>
    </message>
    <message>
        <source>Answers revealed. Discuss the widest disagreements first (see Maturity Map).</source>
        <translation>Antworten aufgedeckt. Besprechen Sie zuerst die größten Uneinigkeiten (siehe Reifegradkarte).</translation>
    </message>
    <message>
        <source>Click E, A or M for each person, or type E, A or M to fill a row.</source>
        <translation>Klicken Sie für jede Person E, A oder M an, oder tippen Sie E, A oder M, um eine Zeile zu füllen.</translation>
    </message>
    <message>
        <source>Everyone has answered</source>
        <translation>Alle haben geantwortet</translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation>%1 (abwesend)</translation>
    </message>
    <message>
        <source>%1 of %2 have answered. Answers are hidden until you reveal them.</source>
        <translation>%1 von %2 haben geantwortet. Die Antworten bleiben verborgen, bis Sie sie aufdecken.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a consensus first</source>
        <translation>Wählen Sie zuerst einen Konsens</translation>
    </message>
</context>
<context>
    <name>cxm::ui::DateField</name>
    <message>
        <source>&quot;%1&quot; is not a whole date, so the date stays %2. Type a date as %3.</source>
        <translation>„%1“ ist kein vollständiges Datum, daher bleibt das Datum %2. Geben Sie ein Datum als %3 ein.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>cxm::ui::ExportActions</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Should the report name the participants and show their individual answers?</source>
        <translation>Soll der Bericht die Teilnehmenden nennen und ihre einzelnen Antworten zeigen?</translation>
    </message>
    <message>
        <source>With names</source>
        <translation>Mit Namen</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>With %1 participants, printing every person&apos;s answers and notes makes a long appendix. Which appendix should the report have?</source>
        <translation>Bei %1 Teilnehmenden ergeben die Antworten und Notizen jeder Person einen langen Anhang. Welchen Anhang soll der Bericht haben?</translation>
    </message>
    <message>
        <source>A summary row per person</source>
        <translation>Eine Übersichtszeile pro Person</translation>
    </message>
    <message>
        <source>Every answer in full</source>
        <translation>Alle Antworten vollständig</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>Export editable report</source>
        <translation>Bearbeitbaren Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text, for Word or LibreOffice Writer (*.odt)</source>
        <translation>OpenDocument-Text, für Word oder LibreOffice Writer (*.odt)</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON exportieren</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export spreadsheet</source>
        <translation>Tabellenmappe exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exporting the spreadsheet…</source>
        <translation>Tabellenmappe wird exportiert…</translation>
    </message>
    <message>
        <source>Exported the spreadsheet to %1</source>
        <translation>Tabellenmappe nach %1 exportiert</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Bericht kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Saved the anonymous report as %1</source>
        <translation>Anonymen Bericht als %1 gespeichert</translation>
    </message>
    <message>
        <source>Saved the report as %1</source>
        <translation>Bericht als %1 gespeichert</translation>
    </message>
    <message>
        <source>Saved the anonymous editable report as %1</source>
        <translation>Anonymen bearbeitbaren Bericht als %1 gespeichert</translation>
    </message>
    <message>
        <source>Saved the editable report as %1</source>
        <translation>Bearbeitbaren Bericht als %1 gespeichert</translation>
    </message>
    <message>
        <source>Exporting JSON…</source>
        <translation>JSON wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting CSV…</source>
        <translation>CSV wird exportiert…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exported the session as JSON to %1</source>
        <translation>Sitzung als JSON nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported the answers as CSV to %1</source>
        <translation>Antworten als CSV nach %1 exportiert</translation>
    </message>
    <message>
        <source>Import a session</source>
        <translation>Sitzung importieren</translation>
    </message>
    <message>
        <source>Session JSON (*.json);;All files (*)</source>
        <translation>Sitzungs-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>%1 kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Save the imported session as</source>
        <translation>Importierte Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Workbench sessions (*.cxm)</source>
        <translation>Workbench-Sitzungen (*.cxm)</translation>
    </message>
    <message>
        <source>%1 is the session open now. Choose another name for the imported session.</source>
        <translation>%1 ist die gerade geöffnete Sitzung. Wählen Sie einen anderen Namen für die importierte Sitzung.</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>%1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>%1 in %2 importiert</translation>
    </message>
</context>
<context>
    <name>cxm::ui::InstanceGuard</name>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the lock %1 is held by another process</source>
        <translation>die Sperre %1 hält ein anderer Prozess</translation>
    </message>
    <message>
        <source>the workbench already running did not answer within %1 s</source>
        <translation>die bereits laufende Workbench hat nicht innerhalb von %1&#xa0;s geantwortet</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>cxm::ui::JourneyStripWidget</name>
    <message>
        <source>Journey strip: the ratings of every stage</source>
        <translation>Journey-Streifen: die Bewertungen jeder Phase</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
</context>
<context>
    <name>cxm::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>The language changes when you next start the workbench.</source>
        <translation>Die Sprache wechselt beim nächsten Start der Workbench.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>cxm::ui::ListsPage</name>
    <message>
        <source>Return adds an entry to the list you are in, F2 edits the selected one, Delete removes it, Ctrl+↑ and Ctrl+↓ move it; Tab goes to the next list.</source>
        <translation>Eingabe fügt der aktuellen Liste einen Eintrag hinzu, F2 bearbeitet den ausgewählten, Entf entfernt ihn, Strg+↑ und Strg+↓ verschieben ihn; Tab wechselt zur nächsten Liste.</translation>
    </message>
    <message>
        <source>Your Customer Journey</source>
        <translation>Ihre Customer Journey</translation>
    </message>
    <message>
        <source>Define your journey&apos;s stages first. These lists are written for each stage, on the step &quot;%1&quot;.</source>
        <translation>Legen Sie zuerst die Phasen Ihrer Customer Journey fest. Diese Listen werden für jede Phase geschrieben, im Schritt „%1“.</translation>
    </message>
    <message>
        <source>Go to &quot;%1&quot;</source>
        <translation>Zu „%1“</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an entry (Return)</source>
        <translation>Einen Eintrag hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Den ausgewählten Eintrag entfernen (Entf)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected entry up (Ctrl+↑)</source>
        <translation>Den ausgewählten Eintrag nach oben verschieben (Strg+↑)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected entry down (Ctrl+↓)</source>
        <translation>Den ausgewählten Eintrag nach unten verschieben (Strg+↓)</translation>
    </message>
</context>
<context>
    <name>cxm::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New &amp;workshop…</source>
        <translation>Neuer &amp;Workshop…</translation>
    </message>
    <message>
        <source>New &amp;self-assessment…</source>
        <translation>Neue &amp;Selbsteinschätzung…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;demo workshop</source>
        <translation>De&amp;mo-Workshop öffnen</translation>
    </message>
    <message>
        <source>&amp;Import session JSON…</source>
        <translation>Sitzungs-JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Export &amp;editable report (ODT)…</source>
        <translation>&amp;Bearbeitbaren Bericht exportieren (ODT)…</translation>
    </message>
    <message>
        <source>The same report as a document to edit in Word or LibreOffice Writer</source>
        <translation>Derselbe Bericht als Dokument zum Bearbeiten in Word oder LibreOffice Writer</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>D&amp;rucken…</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>Sitzung sc&amp;hließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full screen (projector)</source>
        <translation>&amp;Vollbild (Beamer)</translation>
    </message>
    <message>
        <source>Private &amp;voting…</source>
        <translation>Geheime &amp;Abstimmung…</translation>
    </message>
    <message>
        <source>Open the &amp;room…</source>
        <translation>&amp;Raum öffnen…</translation>
    </message>
    <message>
        <source>CX Maturity Workbench logo</source>
        <translation>Logo der CX Maturity Workbench</translation>
    </message>
    <message>
        <source>CX Maturity Workbench</source>
        <translation>CX Maturity Workbench</translation>
    </message>
    <message>
        <source>Find where your organisation stands on the customer-experience maturity map: as a leadership team in a workshop, or on your own.</source>
        <translation>Finden Sie heraus, wo Ihre Organisation auf der Reifegradkarte der Customer Experience steht: als Führungsteam im Workshop oder für sich allein.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <source>A facilitator and a leadership team, on one laptop</source>
        <translation>Eine Moderation und ein Führungsteam, an einem Laptop</translation>
    </message>
    <message>
        <source>One leader, answering alone</source>
        <translation>Eine Führungskraft, die allein antwortet</translation>
    </message>
    <message>
        <source>Open a session file (.cxm)</source>
        <translation>Eine Sitzungsdatei (.cxm) öffnen</translation>
    </message>
    <message>
        <source>A finished workshop with six executives, to look around</source>
        <translation>Ein abgeschlossener Workshop mit sechs Führungskräften, zum Umsehen</translation>
    </message>
    <message>
        <source>&amp;Recent sessions</source>
        <translation>&amp;Letzte Sitzungen</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Letzte Sitzungen</translation>
    </message>
    <message>
        <source>%1   (%2)</source>
        <translation>%1   (%2)</translation>
    </message>
    <message>
        <source>No recent sessions yet</source>
        <translation>Noch keine letzten Sitzungen</translation>
    </message>
    <message>
        <source>Cannot create the demo workshop</source>
        <translation>Der Demo-Workshop kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.

Reason: %2

Nothing in the file was changed.</source>
        <translation>Die Datei %1 kann nicht geöffnet werden.

Grund: %2

An der Datei wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Weiter →</translation>
    </message>
    <message>
        <source>Open the room…</source>
        <translation>Raum öffnen…</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>Maturity Map</source>
        <translation>Reifegradkarte</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Power Core</source>
        <translation>Power Core</translation>
    </message>
    <message>
        <source>CCO Readiness</source>
        <translation>CCO-Bereitschaft</translation>
    </message>
    <message>
        <source>%1 (1 entry)</source>
        <translation>%1 (1 Eintrag)</translation>
    </message>
    <message>
        <source>%1 (%2 entries)</source>
        <translation>%1 (%2 Einträge)</translation>
    </message>
    <message>
        <source>%1 (1 stage)</source>
        <translation>%1 (1 Phase)</translation>
    </message>
    <message>
        <source>%1 (%2 stages)</source>
        <translation>%1 (%2 Phasen)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 projects decided)</source>
        <translation>%1 (%2 von %3 Projekten entschieden)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 stages)</source>
        <translation>%1 (%2 von %3 Phasen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>✓  %1</source>
        <translation>✓  %1</translation>
    </message>
    <message>
        <source>»  %1</source>
        <translation>»  %1</translation>
    </message>
    <message>
        <source>○  %1</source>
        <translation>○  %1</translation>
    </message>
    <message>
        <source>%1, complete</source>
        <translation>%1, vollständig</translation>
    </message>
    <message>
        <source>%1 (read-only) — CX Maturity Workbench</source>
        <translation>%1 (schreibgeschützt) — CX Maturity Workbench</translation>
    </message>
    <message>
        <source>%1 — CX Maturity Workbench</source>
        <translation>%1 — CX Maturity Workbench</translation>
    </message>
    <message>
        <source>Read-only: %1. Changes cannot be saved here; use File → Save As… to make an editable copy.</source>
        <translation>Schreibgeschützt: %1. Änderungen lassen sich hier nicht speichern; legen Sie mit Datei → Speichern unter… eine bearbeitbare Kopie an.</translation>
    </message>
    <message>
        <source>The session&apos;s file is gone</source>
        <translation>Die Datei der Sitzung ist verschwunden</translation>
    </message>
    <message>
        <source>This session&apos;s file was replaced or removed by another program. Your answers on screen are not lost: use Save As to keep them.

Save them in a new file now?</source>
        <translation>Die Datei dieser Sitzung wurde von einem anderen Programm ersetzt oder entfernt. Ihre Antworten auf dem Bildschirm sind nicht verloren: Sichern Sie sie mit „Speichern unter“.

Jetzt in einer neuen Datei speichern?</translation>
    </message>
    <message>
        <source>Workshop %1.cxm</source>
        <translation>Workshop %1.cxm</translation>
    </message>
    <message>
        <source>Self-assessment %1.cxm</source>
        <translation>Selbsteinschätzung %1.cxm</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>New self-assessment</source>
        <translation>Neue Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Workbench sessions (*.cxm)</source>
        <translation>Workbench-Sitzungen (*.cxm)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Workbench sessions (*.cxm);;All files (*)</source>
        <translation>Workbench-Sitzungen (*.cxm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Eine Kopie speichern unter</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>%1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Print maturity report</source>
        <translation>Reifegradbericht drucken</translation>
    </message>
    <message>
        <source>Private voting</source>
        <translation>Geheime Abstimmung</translation>
    </message>
    <message>
        <source>This session is read-only (%1), so votes cannot be stored. Use File → Save As… to make an editable copy first.</source>
        <translation>Diese Sitzung ist schreibgeschützt (%1), daher können keine Stimmen gespeichert werden. Legen Sie zuerst mit Datei → Speichern unter… eine bearbeitbare Kopie an.</translation>
    </message>
    <message>
        <source>The live room</source>
        <translation>Der Live-Raum</translation>
    </message>
    <message>
        <source>This session is read-only (%1), so answers from phones cannot be stored. Use File → Save As… to make an editable copy first.</source>
        <translation>Diese Sitzung ist schreibgeschützt (%1), daher können keine Antworten von Smartphones gespeichert werden. Legen Sie zuerst mit Datei → Speichern unter… eine bearbeitbare Kopie an.</translation>
    </message>
    <message>
        <source>New Wi&amp;ndow</source>
        <translation>Neues Fe&amp;nster</translation>
    </message>
    <message>
        <source>New &amp;follow-up session…</source>
        <translation>Neue F&amp;olgesitzung…</translation>
    </message>
    <message>
        <source>Co&amp;mpare sessions…</source>
        <translation>Sitzungen &amp;vergleichen…</translation>
    </message>
    <message>
        <source>P&amp;ublish to portfolio…</source>
        <translation>Im Portfolio veröffent&amp;lichen…</translation>
    </message>
    <message>
        <source>Por&amp;tfolio…</source>
        <translation>Portfolio &amp;anzeigen…</translation>
    </message>
    <message>
        <source>Open demo wor&amp;kshop</source>
        <translation>&amp;Demo-Workshop öffnen</translation>
    </message>
    <message>
        <source>Mer&amp;ge sessions…</source>
        <translation>Sitzungen zusa&amp;mmenführen…</translation>
    </message>
    <message>
        <source>Export P&amp;DF report…</source>
        <translation>&amp;PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export spreadsheet (&amp;XLSX)…</source>
        <translation>&amp;Tabellenmappe exportieren (XLSX)…</translation>
    </message>
</context>
<context>
    <name>cxm::ui::MaturityMapPage</name>
    <message>
        <source>Private voting is on: the map is shown once the facilitator reveals the answers.</source>
        <translation>Die geheime Abstimmung läuft: Die Karte erscheint, sobald die Moderation die Antworten aufdeckt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Discussion order&lt;/b&gt; (widest disagreement first)</source>
        <translation>&lt;b&gt;Reihenfolge der Diskussion&lt;/b&gt; (größte Uneinigkeit zuerst)</translation>
    </message>
    <message>
        <source>Items in discussion order</source>
        <translation>Fragen in der Reihenfolge der Diskussion</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the item</source>
        <translation>Doppelklicken oder Eingabe drücken, um die Frage zu öffnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers are hidden.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Antworten sind verborgen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Milestone:&lt;/b&gt; %1 — %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Meilenstein:&lt;/b&gt; %1 — %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Milestone:&lt;/b&gt; shown once every competency is answered.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Meilenstein:&lt;/b&gt; erscheint, sobald jede Kompetenz beantwortet ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not everyone has answered yet&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch haben nicht alle geantwortet&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Power Core&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Power Core&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>A: %1&lt;br&gt;B: %2</source>
        <translation>A: %1&lt;br&gt;B: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;A is tied with %1 on points and first places.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;A liegt bei Punkten und ersten Plätzen gleichauf mit %1.&lt;/i&gt;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;B is tied with %1 on points and first places.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;B liegt bei Punkten und ersten Plätzen gleichauf mit %1.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;as agreed by the team&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;wie vom Team vereinbart&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&quot;color:#c2410c&quot;&gt;&lt;b&gt;⚑ Customer is not in the Power Core.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&quot;color:#c2410c&quot;&gt;&lt;b&gt;⚑ Der Kunde ist nicht im Power Core.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>No rankings yet.</source>
        <translation>Noch keine Rangfolgen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CCO readiness&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CCO-Bereitschaft&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Staying at %1 asks&lt;/b&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Um bei %1 zu bleiben, braucht es&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The next milestone, %1, asks&lt;/b&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der nächste Meilenstein, %1, verlangt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;of leaders:&lt;/i&gt;&lt;ul&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;von Führungskräften:&lt;/i&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;/ul&gt;&lt;i&gt;of employees:&lt;/i&gt;&lt;ul&gt;</source>
        <translation>&lt;/ul&gt;&lt;i&gt;von Mitarbeitenden:&lt;/i&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>%1%2. %3 — %4</source>
        <translation>%1%2. %3 — %4</translation>
    </message>
    <message>
        <source>⚠ </source>
        <translation>⚠ </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Overall:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gesamt:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cxm::ui::MaturityMapView</name>
    <message>
        <source>Maturity map drawing</source>
        <translation>Zeichnung der Reifegradkarte</translation>
    </message>
</context>
<context>
    <name>cxm::ui::MergeDialog</name>
    <message>
        <source>Sessions to merge</source>
        <translation>Zusammenzuführende Sitzungen</translation>
    </message>
    <message>
        <source>Workbench sessions (*.cxm);;Session documents (*.json)</source>
        <translation>Workbench-Sitzungen (*.cxm);;Sitzungsdokumente (*.json)</translation>
    </message>
    <message>
        <source>Save the merged session as</source>
        <translation>Zusammengeführte Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Workbench sessions (*.cxm)</source>
        <translation>Workbench-Sitzungen (*.cxm)</translation>
    </message>
    <message>
        <source>Merge sessions</source>
        <translation>Sitzungen zusammenführen</translation>
    </message>
    <message>
        <source>Combine sessions collected on several laptops, or by leaders on their own, into one workshop. Nothing is dropped: where the sessions disagree you choose, and the merge report lists every choice.</source>
        <translation>Führen Sie Sitzungen, die auf mehreren Laptops oder von Führungskräften allein erfasst wurden, zu einem Workshop zusammen. Nichts geht verloren: Wo die Sitzungen voneinander abweichen, entscheiden Sie, und der Zusammenführungsbericht listet jede Entscheidung auf.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Add sessions…</source>
        <translation>Sitzungen &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The same name in different sessions</source>
        <translation>Derselbe Name in verschiedenen Sitzungen</translation>
    </message>
    <message>
        <source>Tick each pair that is one person. Unticked, they stay two people.</source>
        <translation>Haken Sie jedes Paar an, das dieselbe Person ist. Ohne Haken bleiben es zwei Personen.</translation>
    </message>
    <message>
        <source>Conflicts: choose the answer to keep</source>
        <translation>Konflikte: Wählen Sie die Antwort, die gilt</translation>
    </message>
    <message>
        <source>Keep the &amp;first session&apos;s everywhere</source>
        <translation>Überall die e&amp;rste Sitzung übernehmen</translation>
    </message>
    <message>
        <source>Keep the &amp;last session&apos;s everywhere</source>
        <translation>Überall die &amp;letzte Sitzung übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Merge and save…</source>
        <translation>&amp;Zusammenführen und speichern…</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>Zusammenführungsbericht</translation>
    </message>
    <message>
        <source>&amp;Open the merged session</source>
        <translation>Zusammengeführte Sitzung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Already in the list</source>
        <translation>Bereits in der Liste</translation>
    </message>
    <message>
        <source>%1 is already one of the sessions to merge; each is merged once.</source>
        <translation>%1 ist bereits eine der zusammenzuführenden Sitzungen; jede wird nur einmal zusammengeführt.</translation>
    </message>
    <message>
        <source>Cannot merge %1</source>
        <translation>%1 kann nicht zusammengeführt werden</translation>
    </message>
    <message>
        <source>%1 cannot be read as a session.

Reason: %2

Nothing in the file was changed.</source>
        <translation>%1 lässt sich nicht als Sitzung lesen.

Grund: %2

An der Datei wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Das Team</translation>
    </message>
    <message>
        <source>The journey</source>
        <translation>Die Customer Journey</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>%1: %2
(%3)</source>
        <translation>%1: %2
(%3)</translation>
    </message>
    <message>
        <source>Add at least two sessions.</source>
        <translation>Fügen Sie mindestens zwei Sitzungen hinzu.</translation>
    </message>
    <message>
        <source>merged-workshop.cxm</source>
        <translation>zusammengeführter-workshop.cxm</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>%1 is one of the sessions being merged; it is never written over. Save the merged session under another name.</source>
        <translation>%1 ist eine der Sitzungen, die zusammengeführt werden; sie wird nie überschrieben. Speichern Sie die zusammengeführte Sitzung unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>%1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>-merge-report.txt</source>
        <translation>-zusammenführungsbericht.txt</translation>
    </message>
    <message>
        <source>The merged session is saved as %1, and this report as %2.</source>
        <translation>Die zusammengeführte Sitzung ist als %1 gespeichert, dieser Bericht als %2.</translation>
    </message>
    <message>
        <source>The merged session is saved as %1. The report below could not be saved beside it (%2): copy it from here.</source>
        <translation>Die zusammengeführte Sitzung ist als %1 gespeichert. Der Bericht unten ließ sich nicht daneben speichern (%2): Kopieren Sie ihn von hier.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n participant(s))</source>
        <translation>
            <numerusform>%1 (%n teilnehmende Person)</numerusform>
            <numerusform>%1 (%n Teilnehmende)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still to choose.</source>
        <translation>
            <numerusform>Noch %n Konflikt zu entscheiden.</numerusform>
            <numerusform>Noch %n Konflikte zu entscheiden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: the merged session has %n participant(s).</source>
        <translation>
            <numerusform>Bereit: Die zusammengeführte Sitzung hat %n teilnehmende Person.</numerusform>
            <numerusform>Bereit: Die zusammengeführte Sitzung hat %n Teilnehmende.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxm::ui::ParticipantsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit</source>
        <translation>Zum Bearbeiten doppelklicken oder F2 drücken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>cxm::ui::PlanDelegate</name>
    <message>
        <source>(nothing in particular)</source>
        <translation>(nichts Bestimmtes)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>cxm::ui::PlanPage</name>
    <message>
        <source>Action Plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>Turn the diagnosis into actions: what, who, by when, and which CCO priority each one serves. Double-click a cell (or press F2) to change it.</source>
        <translation>Machen Sie aus der Diagnose Maßnahmen: was, wer, bis wann und welcher CCO-Priorität jede dient. Doppelklicken Sie auf eine Zelle (oder drücken Sie F2), um sie zu ändern.</translation>
    </message>
    <message>
        <source>Suggested by your answers</source>
        <translation>Von Ihren Antworten vorgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Zu&amp;ständig:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove action</source>
        <translation>Maßnahme &amp;entfernen</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>No actions yet: add one, or take a suggestion into the plan.</source>
        <translation>Noch keine Maßnahmen: Fügen Sie eine hinzu oder übernehmen Sie einen Vorschlag in den Plan.</translation>
    </message>
    <message>
        <source>Road&amp;map</source>
        <translation>Road&amp;map</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>In den Plan</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>To discuss before deciding: readiness question %1, %2 Yes and %3 No. %4</source>
        <translation>Vor der Entscheidung zu besprechen: Frage %1 zur Bereitschaft, %2 Ja und %3 Nein. %4</translation>
    </message>
    <message>
        <source>Suggested by your answers (%1 open)</source>
        <translation>Von Ihren Antworten vorgeschlagen (%1 offen)</translation>
    </message>
    <message>
        <source>No suggestions are open: each has been taken into the plan or dismissed.</source>
        <translation>Keine Vorschläge offen: Jeder wurde in den Plan übernommen oder verworfen.</translation>
    </message>
    <message>
        <source>A&amp;ctions</source>
        <translation>Maß&amp;nahmen</translation>
    </message>
</context>
<context>
    <name>cxm::ui::PortfolioChart</name>
    <message>
        <source>Competency distributions</source>
        <translation>Verteilung der Kompetenzen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>no published session completed it</source>
        <translation>in keiner veröffentlichten Sitzung vollständig</translation>
    </message>
    <message>
        <source>percentile %1</source>
        <translation>Perzentil %1</translation>
    </message>
</context>
<context>
    <name>cxm::ui::PortfolioDialog</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>postgresql://you@db.example.com/portfolio</source>
        <translation>postgresql://sie@db.example.com/portfolio</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation>Alle Moderierenden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>C%1 %</source>
        <translation>C%1 %</translation>
    </message>
    <message>
        <source>Enter the portfolio&apos;s database, as a PostgreSQL address.</source>
        <translation>Geben Sie die Datenbank des Portfolios als PostgreSQL-Adresse ein.</translation>
    </message>
    <message>
        <source>Reading the portfolio…</source>
        <translation>Das Portfolio wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot read the portfolio: %1</source>
        <translation>Das Portfolio kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not scored yet: %1</source>
        <translation>noch nicht ausgewertet: %1</translation>
    </message>
    <message>
        <source>Milestones — %1</source>
        <translation>Meilensteine — %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: percentile %2</source>
        <translation>%1: Perzentil %2</translation>
    </message>
    <message>
        <source>Open a session to see where it stands among these.</source>
        <translation>Öffnen Sie eine Sitzung, um zu sehen, wo sie unter diesen steht.</translation>
    </message>
    <message>
        <source>The open session cannot be placed yet: none of its competencies is complete, or no other session completed them.</source>
        <translation>Die geöffnete Sitzung lässt sich noch nicht einordnen: Keine ihrer Kompetenzen ist vollständig, oder keine andere Sitzung hat sie vollständig beantwortet.</translation>
    </message>
    <message>
        <source>The open session (◆) stands at — %1</source>
        <translation>Die geöffnete Sitzung (◆) steht bei — %1</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) published</source>
        <translation>
            <numerusform>%n Sitzung veröffentlicht</numerusform>
            <numerusform>%n Sitzungen veröffentlicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown.</source>
        <translation>
            <numerusform>%n Sitzung angezeigt.</numerusform>
            <numerusform>%n Sitzungen angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxm::ui::PowerCorePage</name>
    <message>
        <source>strong agreement</source>
        <translation>starke Übereinstimmung</translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <translation>mittlere Übereinstimmung</translation>
    </message>
    <message>
        <source>weak agreement</source>
        <translation>schwache Übereinstimmung</translation>
    </message>
    <message>
        <source>%1 (Kendall&apos;s W %2, on a scale from 0, no agreement, to 1, identical rankings)</source>
        <translation>%1 (Kendalls W %2, auf einer Skala von 0, keine Übereinstimmung, bis 1, identische Rangfolgen)</translation>
    </message>
    <message>
        <source>Ranking by participant</source>
        <translation>Rangfolge je teilnehmender Person</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Participant whose ranking is shown</source>
        <translation>Person, deren Rangfolge gezeigt wird</translation>
    </message>
    <message>
        <source>Ranking, most important first. Alt+Up and Alt+Down move the selected option.</source>
        <translation>Rangfolge, Wichtigstes zuerst. Alt+↑ und Alt+↓ verschieben die ausgewählte Option.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+↑)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+↓)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove this participant&apos;s ranking</source>
        <translation>Die Rangfolge dieser Person entfernen</translation>
    </message>
    <message>
        <source>This order is right</source>
        <translation>Diese Reihenfolge stimmt</translation>
    </message>
    <message>
        <source>Store the order shown as this ranking, without moving anything</source>
        <translation>Die gezeigte Reihenfolge als diese Rangfolge speichern, ohne etwas zu verschieben</translation>
    </message>
    <message>
        <source>&quot;Other&quot; is:</source>
        <translation>„Andere“ ist:</translation>
    </message>
    <message>
        <source>Name of the Other option</source>
        <translation>Name der Option „Andere“</translation>
    </message>
    <message>
        <source>name the Other option (optional)</source>
        <translation>Option „Andere“ benennen (optional)</translation>
    </message>
    <message>
        <source>Team ranking</source>
        <translation>Team-Rangfolge</translation>
    </message>
    <message>
        <source>Agreed ranking, most important first. Alt+Up and Alt+Down move the selected option.</source>
        <translation>Vereinbarte Rangfolge, Wichtigstes zuerst. Alt+↑ und Alt+↓ verschieben die ausgewählte Option.</translation>
    </message>
    <message>
        <source>The order the team agreed on: drag, or Alt+Up and Alt+Down, to change it</source>
        <translation>Die Reihenfolge, auf die sich das Team geeinigt hat: zum Ändern ziehen oder Alt+↑ und Alt+↓ verwenden</translation>
    </message>
    <message>
        <source>Record as agreed ranking</source>
        <translation>Als vereinbarte Rangfolge festhalten</translation>
    </message>
    <message>
        <source>Store the team ranking shown above as the ranking the team agreed on</source>
        <translation>Die oben gezeigte Team-Rangfolge als vom Team vereinbarte Rangfolge speichern</translation>
    </message>
    <message>
        <source>Clear agreed ranking</source>
        <translation>Vereinbarte Rangfolge löschen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>Add participants in Setup first.</source>
        <translation>Fügen Sie zuerst unter „Einrichtung“ Teilnehmende hinzu.</translation>
    </message>
    <message>
        <source>Marked absent for the Power Core: the team ranking does not wait for them.</source>
        <translation>Für den Power Core als abwesend markiert: Die Team-Rangfolge wartet nicht auf diese Person.</translation>
    </message>
    <message>
        <source>Ranking stored. Drag to change it, or select an option and use Up/Down.</source>
        <translation>Rangfolge gespeichert. Zum Ändern ziehen oder eine Option auswählen und Nach oben/Nach unten verwenden.</translation>
    </message>
    <message>
        <source>Not ranked yet: drag the options into order (most important first), or use Up/Down. If the order shown is already right, choose &quot;This order is right&quot;.</source>
        <translation>Noch keine Rangfolge: Ziehen Sie die Optionen in eine Reihenfolge (Wichtigstes zuerst) oder verwenden Sie Nach oben/Nach unten. Stimmt die gezeigte Reihenfolge bereits, wählen Sie „Diese Reihenfolge stimmt“.</translation>
    </message>
    <message>
        <source>No rankings yet.</source>
        <translation>Noch keine Rangfolgen.</translation>
    </message>
    <message>
        <source>Ranked by one participant so far.</source>
        <translation>Bisher von einer Person gereiht.</translation>
    </message>
    <message>
        <source>Ranked by %1 participants: %2.</source>
        <translation>Von %1 Personen gereiht: %2.</translation>
    </message>
    <message>
        <source>Note: Customer is not in the Power Core (A or B).</source>
        <translation>Hinweis: Der Kunde ist nicht im Power Core (A oder B).</translation>
    </message>
    <message>
        <source>Agreed ranking recorded: A = %1, B = %2. Drag below to change it.</source>
        <translation>Vereinbarte Rangfolge festgehalten: A = %1, B = %2. Zum Ändern unten ziehen.</translation>
    </message>
    <message>
        <source>No agreed ranking recorded; the team ranking above is used.</source>
        <translation>Keine vereinbarte Rangfolge festgehalten; die Team-Rangfolge oben gilt.</translation>
    </message>
    <message>
        <source>Your ranking</source>
        <translation>Ihre Rangfolge</translation>
    </message>
    <message>
        <source>Customer is not in your Power Core (A or B): other forces drive the agenda.</source>
        <translation>Der Kunde ist nicht in Ihrem Power Core (A oder B): andere Kräfte bestimmen die Agenda.</translation>
    </message>
    <message>
        <source>&quot;Other&quot; is named %1: not stored yet, it is stored with this ranking.</source>
        <translation>„Sonstiges“ heißt hier %1: noch nicht gespeichert, es wird mit dieser Rangfolge gespeichert.</translation>
    </message>
</context>
<context>
    <name>cxm::ui::PrivateVotingDialog</name>
    <message>
        <source>Private voting</source>
        <translation>Geheime Abstimmung</translation>
    </message>
    <message>
        <source>Facilitator: choose a PIN for this round of private voting</source>
        <translation>Moderation: Wählen Sie eine PIN für diese Runde der geheimen Abstimmung</translation>
    </message>
    <message>
        <source>The screen stays on private voting until you enter this PIN: Esc and closing the window do not leave it. You need the PIN again to reveal the answers. Use at least %1 characters that the participants do not see you type.</source>
        <translation>Der Bildschirm bleibt bei der geheimen Abstimmung, bis Sie diese PIN eingeben: Esc oder Schließen des Fensters beenden sie nicht. Sie brauchen die PIN wieder, um die Antworten aufzudecken. Verwenden Sie mindestens %1 Zeichen und tippen Sie sie ungesehen ein.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Dieselbe PIN noch einmal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Begin voting</source>
        <translation>Abstimmung &amp;beginnen</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Die beiden PINs unterscheiden sich. Geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Skip this person</source>
        <translation>Diese Person überspringen</translation>
    </message>
    <message>
        <source>For someone who is not in the room: go on to the next person</source>
        <translation>Für jemanden, der nicht im Raum ist: weiter zur nächsten Person</translation>
    </message>
    <message>
        <source>Facilitator: end voting…</source>
        <translation>Moderation: Abstimmung beenden…</translation>
    </message>
    <message>
        <source>&amp;Go back and answer</source>
        <translation>&amp;Zurück und antworten</translation>
    </message>
    <message>
        <source>&amp;Hand over anyway</source>
        <translation>Trotzdem &amp;weitergeben</translation>
    </message>
    <message>
        <source>&amp;Done — hand over</source>
        <translation>&amp;Fertig – weitergeben</translation>
    </message>
    <message>
        <source>Facilitator: enter the PIN to leave private voting</source>
        <translation>Moderation: Geben Sie die PIN ein, um die geheime Abstimmung zu verlassen</translation>
    </message>
    <message>
        <source>Not the facilitator? Press Back to return to voting.</source>
        <translation>Nicht die Moderation? Drücken Sie „Zurück“, um zur Abstimmung zurückzukehren.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s PIN</source>
        <translation>PIN der Moderation</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Leave private voting</source>
        <translation>Geheime Abstimmung &amp;verlassen</translation>
    </message>
    <message>
        <source>Please hand the laptop back to the facilitator, who enters the PIN to finish. The answers stay hidden until the facilitator reveals them.</source>
        <translation>Bitte geben Sie den Laptop der Moderation zurück, die zum Abschließen die PIN eingibt. Die Antworten bleiben verborgen, bis die Moderation sie aufdeckt.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 characters.</source>
        <translation>Die PIN braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>That is not the PIN. Ask the facilitator.</source>
        <translation>Das ist nicht die PIN. Fragen Sie die Moderation.</translation>
    </message>
    <message>
        <source>Pass the laptop to %1 — press Start when ready.</source>
        <translation>Geben Sie den Laptop an %1 weiter – „Start“ drücken, wenn bereit.</translation>
    </message>
    <message>
        <source>%1: your answers (only you can see them)</source>
        <translation>%1: Ihre Antworten (nur Sie sehen sie)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>You have not answered: %1</source>
        <translation>Sie haben nicht beantwortet: %1</translation>
    </message>
    <message>
        <source>%1: has not voted</source>
        <translation>%1: hat nicht abgestimmt</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered</source>
        <translation>%1: %2 von %3 beantwortet</translation>
    </message>
    <message>
        <source>Everyone has voted: all %1 answered every question.</source>
        <translation>Alle haben abgestimmt: Alle %1 haben jede Frage beantwortet.</translation>
    </message>
    <message>
        <source>Voting is over, but not everyone answered every question:</source>
        <translation>Die Abstimmung ist vorbei, aber nicht alle haben jede Frage beantwortet:</translation>
    </message>
    <message>
        <source>Reveal anonymously</source>
        <translation>Anonym aufdecken</translation>
    </message>
    <message>
        <source>Reveal answers</source>
        <translation>Antworten aufdecken</translation>
    </message>
    <message>
        <source>Facilitator: enter the PIN you chose for private voting.</source>
        <translation>Moderation: Geben Sie die PIN ein, die Sie für die geheime Abstimmung gewählt haben.</translation>
    </message>
    <message>
        <source>That is not the PIN. The answers stay hidden.</source>
        <translation>Das ist nicht die PIN. Die Antworten bleiben verborgen.</translation>
    </message>
    <message>
        <source>Show how many chose each level, without names?</source>
        <translation>Zeigen, wie viele welche Stufe gewählt haben, ohne Namen?</translation>
    </message>
    <message>
        <source>Show everyone&apos;s answers, with their names?</source>
        <translation>Die Antworten aller zeigen, mit Namen?</translation>
    </message>
    <message>
        <source>Wait %1 s before the next try: each wrong PIN makes the wait longer.</source>
        <translation>Warten Sie %1 s bis zum nächsten Versuch: Jede falsche PIN verlängert die Wartezeit.</translation>
    </message>
    <message>
        <source>That is not the PIN. Ask the facilitator. Next try in %1 s.</source>
        <translation>Das ist nicht die PIN. Fragen Sie die Moderation. Nächster Versuch in %1 s.</translation>
    </message>
    <message>
        <source>%1: skipped; %2 of %3 answers are from before this round</source>
        <translation>%1: übersprungen; %2 von %3 Antworten stammen aus der Zeit vor dieser Runde</translation>
    </message>
    <message>
        <source>That is not the PIN. The answers stay hidden. Next try in %1 s.</source>
        <translation>Das ist nicht die PIN. Die Antworten bleiben verborgen. Nächster Versuch in %1 s.</translation>
    </message>
</context>
<context>
    <name>cxm::ui::PublishDialog</name>
    <message>
        <source>Publish to portfolio</source>
        <translation>Im Portfolio veröffentlichen</translation>
    </message>
    <message>
        <source>Publishes this session to the shared portfolio database. The session file stays your working copy; publishing it again replaces the earlier revision when something changed.</source>
        <translation>Veröffentlicht diese Sitzung in der gemeinsamen Portfolio-Datenbank. Die Sitzungsdatei bleibt Ihre Arbeitskopie; erneutes Veröffentlichen ersetzt die frühere Revision, wenn sich etwas geändert hat.</translation>
    </message>
    <message>
        <source>postgresql://you@db.example.com/portfolio?sslmode=verify-full</source>
        <translation>postgresql://sie@db.example.com/portfolio?sslmode=verify-full</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>The password comes from your ~/.pgpass file or PGPASSWORD, never from here.</source>
        <translation>Das Passwort kommt aus Ihrer Datei ~/.pgpass oder aus PGPASSWORD, nie von hier.</translation>
    </message>
    <message>
        <source>&amp;Anonymous: no organisation, names or notes (for benchmarks across clients)</source>
        <translation>&amp;Anonym: ohne Organisation, Namen und Notizen (für Benchmarks über Kunden hinweg)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Enter the portfolio&apos;s database, as a PostgreSQL address.</source>
        <translation>Geben Sie die Datenbank des Portfolios als PostgreSQL-Adresse ein.</translation>
    </message>
    <message>
        <source>This session has no session id yet, and it is read-only (%1), so it cannot be given one. Save it with File → Save As… and publish the copy.</source>
        <translation>Diese Sitzung hat noch keine Sitzungskennung und ist schreibgeschützt (%1), kann also keine erhalten. Speichern Sie sie mit Datei → Speichern unter… und veröffentlichen Sie die Kopie.</translation>
    </message>
    <message>
        <source>Publishing to the portfolio…</source>
        <translation>Wird im Portfolio veröffentlicht…</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Published revision %1</source>
        <translation>Revision %1 veröffentlicht</translation>
    </message>
    <message>
        <source>Already up to date (revision %1)</source>
        <translation>Bereits aktuell (Revision %1)</translation>
    </message>
</context>
<context>
    <name>cxm::ui::QrCodeWidget</name>
    <message>
        <source>QR code of %1</source>
        <translation>QR-Code von %1</translation>
    </message>
</context>
<context>
    <name>cxm::ui::ReadinessGridModel</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, question %2: %3</source>
        <translation>%1, Frage %2: %3</translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation>%1 (abwesend)</translation>
    </message>
</context>
<context>
    <name>cxm::ui::ReadinessPage</name>
    <message>
        <source>The mandate is shown once every question has an answer.</source>
        <translation>Das Mandat erscheint, sobald jede Frage eine Antwort hat.</translation>
    </message>
    <message numerus="yes">
        <source>Strong mandate to explore a Chief Customer Officer role: %n of 11 questions are answered No or split, so nobody owns this work today.</source>
        <translation>
            <numerusform>Starkes Mandat, die Rolle eines Chief Customer Officer zu prüfen: %n von 11 Fragen ist mit Nein oder uneinig beantwortet, für diese Arbeit ist heute also niemand verantwortlich.</numerusform>
            <numerusform>Starkes Mandat, die Rolle eines Chief Customer Officer zu prüfen: %n von 11 Fragen sind mit Nein oder uneinig beantwortet, für diese Arbeit ist heute also niemand verantwortlich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moderate mandate to explore a Chief Customer Officer role: %n of 11 questions are answered No or split.</source>
        <translation>
            <numerusform>Mittleres Mandat, die Rolle eines Chief Customer Officer zu prüfen: %n von 11 Fragen ist mit Nein oder uneinig beantwortet.</numerusform>
            <numerusform>Mittleres Mandat, die Rolle eines Chief Customer Officer zu prüfen: %n von 11 Fragen sind mit Nein oder uneinig beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Low mandate for a Chief Customer Officer role: only %n of 11 questions are answered No or split; the organisation already covers most of this work.</source>
        <translation>
            <numerusform>Geringes Mandat für die Rolle eines Chief Customer Officer: nur %n von 11 Fragen ist mit Nein oder uneinig beantwortet; die Organisation deckt den Großteil dieser Arbeit bereits ab.</numerusform>
            <numerusform>Geringes Mandat für die Rolle eines Chief Customer Officer: nur %n von 11 Fragen sind mit Nein oder uneinig beantwortet; die Organisation deckt den Großteil dieser Arbeit bereits ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scroll the participants sideways</source>
        <translation>Die Teilnehmenden seitwärts blättern</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#tip&quot;&gt;Tip ▸&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;#tip&quot;&gt;Tipp ▸&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Show the workbook&apos;s tip for this question</source>
        <translation>Den Tipp des Arbeitsbuchs zu dieser Frage zeigen</translation>
    </message>
    <message>
        <source>The workbook&apos;s tip: %1</source>
        <translation>Tipp des Arbeitsbuchs: %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#tip&quot;&gt;Tip ▾&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;#tip&quot;&gt;Tipp ▾&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Team decision for question %1</source>
        <translation>Teamentscheidung zu Frage %1</translation>
    </message>
    <message>
        <source>from answers</source>
        <translation>aus den Antworten</translation>
    </message>
    <message>
        <source>decided: Yes</source>
        <translation>entschieden: Ja</translation>
    </message>
    <message>
        <source>decided: No</source>
        <translation>entschieden: Nein</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>J</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Answers to question %1</source>
        <translation>Antworten auf Frage %1</translation>
    </message>
    <message>
        <source>Everyone has answered</source>
        <translation>Alle haben geantwortet</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Uneinig</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered No or split.</source>
        <translation>%1 von %2 Fragen mit Nein oder uneinig beantwortet.</translation>
    </message>
</context>
<context>
    <name>cxm::ui::ReconcilePage</name>
    <message>
        <source>Define the journey&apos;s stages first (step &quot;Your Customer Journey&quot;).</source>
        <translation>Legen Sie zuerst die Phasen der Customer Journey fest (Schritt „Ihre Customer Journey“).</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>▲ Stop candidate: a project that serves none of the stage&apos;s priority touchpoints.</source>
        <translation>▲ Stopp-Kandidat: ein Projekt, das keinem der vorrangigen Touchpoints der Phase dient.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation>1 Projekt</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1 Projekte</translation>
    </message>
    <message>
        <source>▲ Stop candidate</source>
        <translation>▲ Stopp-Kandidat</translation>
    </message>
    <message>
        <source>No projects listed for this stage yet.</source>
        <translation>Für diese Phase sind noch keine Projekte aufgeführt.</translation>
    </message>
    <message>
        <source>1 project listed</source>
        <translation>1 Projekt aufgeführt</translation>
    </message>
    <message>
        <source>%1 projects listed</source>
        <translation>%1 Projekte aufgeführt</translation>
    </message>
    <message>
        <source>1 stop candidate</source>
        <translation>1 Stopp-Kandidat</translation>
    </message>
    <message>
        <source>%1 stop candidates</source>
        <translation>%1 Stopp-Kandidaten</translation>
    </message>
</context>
<context>
    <name>cxm::ui::ReferencePage</name>
    <message>
        <source>Esc closes</source>
        <translation>Esc schließt</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Show on the &amp;projector</source>
        <translation>Auf dem Bea&amp;mer zeigen</translation>
    </message>
    <message>
        <source>The cards full screen in large type; Esc closes them</source>
        <translation>Die Karten bildschirmfüllend in großer Schrift; Esc schließt sie</translation>
    </message>
</context>
<context>
    <name>cxm::ui::RevealGate</name>
    <message>
        <source>The answers are hidden</source>
        <translation>Die Antworten sind verborgen</translation>
    </message>
    <message>
        <source>The answers were revealed anonymously, so nothing that names people can be printed or exported. Reveal them with names now?</source>
        <translation>Die Antworten wurden anonym aufgedeckt, daher kann nichts gedruckt oder exportiert werden, das Personen nennt. Jetzt mit Namen aufdecken?</translation>
    </message>
    <message>
        <source>Private voting is on: the answers stay hidden until you reveal them, so nothing with them can be printed or exported yet. Reveal them with names now?</source>
        <translation>Die geheime Abstimmung läuft: Die Antworten bleiben verborgen, bis Sie sie aufdecken, daher kann noch nichts mit ihnen gedruckt oder exportiert werden. Jetzt mit Namen aufdecken?</translation>
    </message>
    <message>
        <source>Private voting is on: the answers stay hidden until you reveal them, so nothing computed from them can be printed or exported yet. Reveal them now?</source>
        <translation>Die geheime Abstimmung läuft: Die Antworten bleiben verborgen, bis Sie sie aufdecken, daher kann noch nichts gedruckt oder exportiert werden, das aus ihnen berechnet ist. Jetzt aufdecken?</translation>
    </message>
</context>
<context>
    <name>cxm::ui::RoadmapWidget</name>
    <message>
        <source>Roadmap of the plan by quarter</source>
        <translation>Roadmap des Plans nach Quartalen</translation>
    </message>
</context>
<context>
    <name>cxm::ui::RoomDialog</name>
    <message>
        <source>The live room</source>
        <translation>Der Live-Raum</translation>
    </message>
    <message>
        <source>Listen &amp;on:</source>
        <translation>Erreichbar &amp;unter:</translation>
    </message>
    <message>
        <source>This laptop only (%1)</source>
        <translation>Nur dieser Laptop (%1)</translation>
    </message>
    <message>
        <source>The room&apos;s network (%1)</source>
        <translation>Das Netzwerk des Raums (%1)</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Im Raum</translation>
    </message>
    <message>
        <source>Participants in the room</source>
        <translation>Teilnehmende im Raum</translation>
    </message>
    <message>
        <source>Allow a &amp;new device</source>
        <translation>&amp;Neues Gerät zulassen</translation>
    </message>
    <message>
        <source>The next phone that picks this name takes over; the one it had is taken out.</source>
        <translation>Das nächste Smartphone, das diesen Namen wählt, übernimmt; das bisherige wird entfernt.</translation>
    </message>
    <message>
        <source>&amp;Take device out</source>
        <translation>Gerät &amp;entfernen</translation>
    </message>
    <message>
        <source>Someone missing? Their name</source>
        <translation>Fehlt jemand? Name der Person</translation>
    </message>
    <message>
        <source>Name of a participant to add</source>
        <translation>Name einer hinzuzufügenden Person</translation>
    </message>
    <message>
        <source>A&amp;dd to the room</source>
        <translation>Zum Raum &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Round: the worksheets phones answer</source>
        <translation>&amp;Runde: die Arbeitsblätter, die Smartphones beantworten</translation>
    </message>
    <message>
        <source>&amp;Open round</source>
        <translation>Runde ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Reveal with names</source>
        <translation>Mit Namen aufdecken</translation>
    </message>
    <message>
        <source>Reveal anonymously</source>
        <translation>Anonym aufdecken</translation>
    </message>
    <message>
        <source>&amp;Close round and reveal</source>
        <translation>Runde &amp;schließen und aufdecken</translation>
    </message>
    <message>
        <source>The room cannot listen on %1: %2</source>
        <translation>Der Raum kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>Room code: %1</source>
        <translation>Raumcode: %1</translation>
    </message>
    <message>
        <source>Tick the worksheets of the round first.</source>
        <translation>Haken Sie zuerst die Arbeitsblätter der Runde an.</translation>
    </message>
    <message>
        <source>The round cannot open: %1</source>
        <translation>Die Runde kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not joined yet</source>
        <translation>noch nicht beigetreten</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>Der Raum ist geschlossen.</translation>
    </message>
    <message>
        <source>%1 of %2 have joined. No round is open.</source>
        <translation>%1 von %2 sind beigetreten. Keine Runde ist offen.</translation>
    </message>
    <message>
        <source>device #%1 (%2, %3)</source>
        <translation>Gerät #%1 (%2, %3)</translation>
    </message>
    <message>
        <source>&amp;Let in</source>
        <translation>Einl&amp;assen</translation>
    </message>
    <message>
        <source>Lets the phone that asks to join as this participant in.</source>
        <translation>Lässt das Smartphone herein, das als diese Person beitreten möchte.</translation>
    </message>
    <message>
        <source>The device stops working at once (or, if it asks to join, is refused); the participant can join again.</source>
        <translation>Das Gerät funktioniert sofort nicht mehr (oder wird, wenn es beitreten möchte, abgewiesen); die Person kann erneut beitreten.</translation>
    </message>
    <message>
        <source>Participants per network &amp;address:</source>
        <translation>Teilnehmende &amp;je Netzwerkadresse:</translation>
    </message>
    <message>
        <source>How many participants phones from one network address may join as. Raise it when several people share one device or one address.</source>
        <translation>Als wie viele Teilnehmende Smartphones von einer Netzwerkadresse beitreten dürfen. Erhöhen Sie den Wert, wenn sich mehrere Personen ein Gerät oder eine Adresse teilen.</translation>
    </message>
    <message>
        <source>As&amp;k me before a phone joins</source>
        <translation>Vor jedem Beitritt fra&amp;gen</translation>
    </message>
    <message>
        <source>Close the round with gaps?</source>
        <translation>Runde mit Lücken schließen?</translation>
    </message>
    <message>
        <source>Not everyone has answered every question of the round:

%1
Close the round and reveal the answers anyway?</source>
        <translation>Nicht alle haben jede Frage der Runde beantwortet:

%1
Die Runde trotzdem schließen und die Antworten aufdecken?</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>• %1: %2 of %3 answered; missing: %4</source>
        <translation>• %1: %2 von %3 beantwortet; es fehlt: %4</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>asks to join on %1: let in?</source>
        <translation>möchte auf %1 beitreten: einlassen?</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>Round open: %1 of %2 have answered every question. Answers stay hidden until you close the round.</source>
        <translation>Runde offen: %1 von %2 haben jede Frage beantwortet. Die Antworten bleiben verborgen, bis Sie die Runde schließen.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) wait for you to let them in.</source>
        <translation>
            <numerusform>%n Smartphone wartet darauf, dass Sie es einlassen.</numerusform>
            <numerusform>%n Smartphones warten darauf, dass Sie sie einlassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>device #%1 (%2)</source>
        <translation>Gerät #%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cxm::ui::SessionController</name>
    <message>
        <source>Cannot read the session</source>
        <translation>Die Sitzung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The change could not be written to %1.

Reason: %2

The screen shows what the file holds.</source>
        <translation>Die Änderung konnte nicht nach %1 geschrieben werden.

Grund: %2

Der Bildschirm zeigt, was die Datei enthält.</translation>
    </message>
    <message>
        <source>The change was refused: %1

The screen shows what the file holds.</source>
        <translation>Die Änderung wurde abgelehnt: %1

Der Bildschirm zeigt, was die Datei enthält.</translation>
    </message>
    <message>
        <source>Edit session details</source>
        <translation>Sitzungsdaten bearbeiten</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Start from the workbook&apos;s journey</source>
        <translation>Mit der Customer Journey des Arbeitsbuchs beginnen</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Phase bearbeiten</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Teilnehmende Person umbenennen</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Teilnehmende Person entfernen</translation>
    </message>
    <message>
        <source>Set rating</source>
        <translation>Bewertung setzen</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Als abwesend markieren</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Als anwesend markieren</translation>
    </message>
    <message>
        <source>Set consensus</source>
        <translation>Konsens setzen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rangfolge ändern</translation>
    </message>
    <message>
        <source>Record agreed ranking</source>
        <translation>Vereinbarte Rangfolge festhalten</translation>
    </message>
    <message>
        <source>Answer metric</source>
        <translation>Kennzahl beantworten</translation>
    </message>
    <message>
        <source>Set team answer</source>
        <translation>Teamantwort setzen</translation>
    </message>
    <message>
        <source>Name metric</source>
        <translation>Kennzahl benennen</translation>
    </message>
    <message>
        <source>Name project</source>
        <translation>Projekt benennen</translation>
    </message>
    <message>
        <source>Name priority touchpoint</source>
        <translation>Vorrangigen Touchpoint benennen</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>Reconcile project</source>
        <translation>Projekt abgleichen</translation>
    </message>
    <message>
        <source>Edit list</source>
        <translation>Liste bearbeiten</translation>
    </message>
    <message>
        <source>Answer readiness question</source>
        <translation>Bereitschaftsfrage beantworten</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Ziel setzen</translation>
    </message>
    <message>
        <source>Set targets</source>
        <translation>Ziele setzen</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation>Vorschlag verwerfen</translation>
    </message>
    <message>
        <source>Offer suggestion again</source>
        <translation>Vorschlag wieder anbieten</translation>
    </message>
    <message>
        <source>Reveal answers</source>
        <translation>Antworten aufdecken</translation>
    </message>
    <message>
        <source>Reveal answers anonymously</source>
        <translation>Antworten anonym aufdecken</translation>
    </message>
    <message>
        <source>Private voting</source>
        <translation>Geheime Abstimmung</translation>
    </message>
</context>
<context>
    <name>cxm::ui::SetupPage</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>e.g. Northwind Utilities</source>
        <translation>z. B. Northwind Utilities</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Titel der Sitzung</translation>
    </message>
    <message>
        <source>e.g. Leadership team workshop</source>
        <translation>z. B. Workshop des Führungsteams</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Ihre &amp;Rolle:</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>e.g. Chief Executive Officer</source>
        <translation>z. B. Chief Executive Officer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove participant</source>
        <translation>Person &amp;entfernen</translation>
    </message>
    <message>
        <source>Workshop setup</source>
        <translation>Einrichtung des Workshops</translation>
    </message>
    <message>
        <source>Self-assessment setup</source>
        <translation>Einrichtung der Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Teilnehmende Person entfernen</translation>
    </message>
    <message>
        <source>%1 has given one answer. Remove %1 and this answer?

You can undo this with Edit → Undo.</source>
        <translation>%1 hat eine Antwort gegeben. %1 und diese Antwort entfernen?

Sie können das mit Bearbeiten → Rückgängig widerrufen.</translation>
    </message>
    <message>
        <source>%1 has given %2 answers. Remove %1 and their answers?

You can undo this with Edit → Undo.</source>
        <translation>%1 hat %2 Antworten gegeben. %1 und diese Antworten entfernen?

Sie können das mit Bearbeiten → Rückgängig widerrufen.</translation>
    </message>
    <message>
        <source>Fa&amp;cilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Not&amp;izen:</translation>
    </message>
</context>
<context>
    <name>cxm::ui::StageChecklistPage</name>
    <message>
        <source>Define the journey&apos;s stages first (step &quot;Your Customer Journey&quot;).</source>
        <translation>Legen Sie zuerst die Phasen der Customer Journey fest (Schritt „Ihre Customer Journey“).</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1, stage %2: %3</source>
        <translation>%1, Phase %2: %3</translation>
    </message>
    <message>
        <source>Ticked: %1. Not ticked: %2.</source>
        <translation>Angehakt: %1. Nicht angehakt: %2.</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
</context>
<context>
    <name>cxm::ui::StageScalePage</name>
    <message>
        <source>Define the journey&apos;s stages first (step &quot;Your Customer Journey&quot;).</source>
        <translation>Legen Sie zuerst die Phasen der Customer Journey fest (Schritt „Ihre Customer Journey“).</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <source>%1, stage %2</source>
        <translation>%1, Phase %2</translation>
    </message>
    <message>
        <source>Ratings for %1</source>
        <translation>Bewertungen für %1</translation>
    </message>
    <message>
        <source>Add participants in Setup first.</source>
        <translation>Fügen Sie zuerst unter „Einrichtung“ Teilnehmende hinzu.</translation>
    </message>
    <message>
        <source>⚠ Disagreement: %1 and %2 both given</source>
        <translation>⚠ Uneinigkeit: %1 und %2 beide gewählt</translation>
    </message>
    <message>
        <source>Team answer:</source>
        <translation>Teamantwort:</translation>
    </message>
    <message>
        <source>Team answer for %1</source>
        <translation>Teamantwort für %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation>Notiz für %1</translation>
    </message>
    <message>
        <source>Why this answer?</source>
        <translation>Warum diese Antwort?</translation>
    </message>
    <message>
        <source>Private voting is on: answers stay hidden until you reveal them.</source>
        <translation>Die geheime Abstimmung läuft: Die Antworten bleiben verborgen, bis Sie sie aufdecken.</translation>
    </message>
    <message>
        <source>Answers revealed anonymously: how many chose each level, without names.</source>
        <translation>Antworten anonym aufgedeckt: wie viele welche Stufe gewählt haben, ohne Namen.</translation>
    </message>
    <message>
        <source>For each stage, click %1 for each person, or type its letter.</source>
        <translation>Klicken Sie für jede Phase und jede Person %1 an, oder tippen Sie den Buchstaben.</translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation>%1 (abwesend)</translation>
    </message>
    <message>
        <source>%1 of %2 have answered. Answers are hidden until you reveal them.</source>
        <translation>%1 von %2 haben geantwortet. Die Antworten bleiben verborgen, bis Sie sie aufdecken.</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4 · %5 %6</source>
        <translation>%1 %2 · %3 %4 · %5 %6</translation>
    </message>
    <message>
        <source>Choose a team answer first</source>
        <translation>Wählen Sie zuerst eine Teamantwort</translation>
    </message>
</context>
<context>
    <name>cxm::ui::StagesPage</name>
    <message>
        <source>&lt;b&gt;As customers live it&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;Replaces&lt;/b&gt;: %2&lt;br&gt;&lt;b&gt;Questions&lt;/b&gt;: %3</source>
        <translation>&lt;b&gt;Wie Kunden sie erleben&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;Ersetzt&lt;/b&gt;: %2&lt;br&gt;&lt;b&gt;Fragen&lt;/b&gt;: %3</translation>
    </message>
    <message>
        <source>Start from the workbook&apos;s journey</source>
        <translation>Mit der Customer Journey des Arbeitsbuchs beginnen</translation>
    </message>
    <message>
        <source>Research, Decision, Selection, Installation, Usage, Relationship, with the workbook&apos;s questions; rename and change them to fit your customers.</source>
        <translation>Research, Decision, Selection, Installation, Usage, Relationship, mit den Fragen des Arbeitsbuchs; benennen und ändern Sie sie passend zu Ihren Kunden.</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>As customers live it</source>
        <translation>Wie Kunden sie erleben</translation>
    </message>
    <message>
        <source>Replaces (company-centric)</source>
        <translation>Ersetzt (unternehmenszentriert)</translation>
    </message>
    <message>
        <source>e.g. Prospect, Pitch, Close, Service, Resell</source>
        <translation>z. B. Interessent, Angebot, Abschluss, Service, Wiederverkauf</translation>
    </message>
    <message>
        <source>The customer&apos;s questions (one per line)</source>
        <translation>Die Fragen des Kunden (eine pro Zeile)</translation>
    </message>
    <message>
        <source>Move this stage earlier in the journey</source>
        <translation>Diese Phase in der Customer Journey nach vorn verschieben</translation>
    </message>
    <message>
        <source>Move this stage later in the journey</source>
        <translation>Diese Phase in der Customer Journey nach hinten verschieben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Phase entfernen</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n answer(s) about it. Remove the stage and its answers?

You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Zu „%1“ gibt es %n Antwort. Die Phase und ihre Antworten entfernen?

Sie können das mit Bearbeiten → Rückgängig widerrufen.</numerusform>
            <numerusform>Zu „%1“ gibt es %n Antworten. Die Phase und ihre Antworten entfernen?

Sie können das mit Bearbeiten → Rückgängig widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Define at least %1 stages (the workbook suggests %1 to %2).</source>
        <translation>Legen Sie mindestens %1 Phasen fest (das Arbeitsbuch schlägt %1 bis %2 vor).</translation>
    </message>
    <message>
        <source>%1 stages: the most the workbook suggests.</source>
        <translation>%1 Phasen: die meisten, die das Arbeitsbuch vorschlägt.</translation>
    </message>
    <message>
        <source>%1 stages. Rename them as your customers would, and write the questions each stage must answer.</source>
        <translation>%1 Phasen. Benennen Sie sie so, wie Ihre Kunden es täten, und schreiben Sie die Fragen auf, die jede Phase beantworten muss.</translation>
    </message>
</context>
<context>
    <name>cxm::ui::TargetsPage</name>
    <message>
        <source>within %1 months</source>
        <translation>innerhalb von %1 Monaten</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Where do you want to be, and by when? Set a target for a whole competency on its row, or item by item. By: a date (YYYY-MM-DD) or &quot;within 12 months&quot; of the session.</source>
        <translation>Wo wollen Sie stehen, und bis wann? Setzen Sie ein Ziel für eine ganze Kompetenz in ihrer Zeile oder Frage für Frage. Bis: ein Datum (JJJJ-MM-TT) oder „innerhalb von 12 Monaten“ ab der Sitzung.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Target for %1</source>
        <translation>Ziel für %1</translation>
    </message>
    <message>
        <source>By when, for %1</source>
        <translation>Bis wann, für %1</translation>
    </message>
    <message>
        <source>C%1 %2</source>
        <translation>C%1 %2</translation>
    </message>
    <message>
        <source>Stage %1: %2 — %3</source>
        <translation>Phase %1: %2 — %3</translation>
    </message>
    <message>
        <source>%1 of 3</source>
        <translation>%1 von 3</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>hidden until revealed</source>
        <translation>verborgen bis zur Aufdeckung</translation>
    </message>
</context>
<context>
    <name>cxm::ui::TeamRankingModel</name>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Each person&apos;s ranking gives %1 points for a first place, %2 for a second … 0 for the last; the points are added up (a Borda count).</source>
        <translation>Die Rangfolge jeder Person gibt %1 Punkte für einen ersten Platz, %2 für einen zweiten … 0 für den letzten; die Punkte werden addiert (eine Borda-Zählung).</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Ranked first</source>
        <translation>Auf Platz eins</translation>
    </message>
</context>
<context>
    <name>cxm::ui::TrackedPage</name>
    <message>
        <source>The workbook&apos;s examples: %1</source>
        <translation>Beispiele des Arbeitsbuchs: %1</translation>
    </message>
    <message>
        <source>Add participants in Setup first.</source>
        <translation>Fügen Sie zuerst unter „Einrichtung“ Teilnehmende hinzu.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Difficulty: not given</source>
        <translation>Schwierigkeit: nicht angegeben</translation>
    </message>
    <message>
        <source>Team note</source>
        <translation>Notiz des Teams</translation>
    </message>
    <message>
        <source>Name at least %1 (the workbook asks for %1-%2).</source>
        <translation>Nennen Sie mindestens %1 (das Arbeitsbuch verlangt %1–%2).</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
</context>
<context>
    <name>cxm::ui::VotingSheet</name>
    <message>
        <source>%1.%2 %3</source>
        <translation>%1.%2 %3</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Mature</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (stage %2)</source>
        <translation>%1 (Phase %2)</translation>
    </message>
    <message>
        <source>%1 (stages %2)</source>
        <translation>%1 (Phasen %2)</translation>
    </message>
</context>
<context>
    <name>cxm::ui::WorkbookText</name>
    <message>
        <source>Title added by this app: the workbook leaves this question untitled.</source>
        <translation>Titel von dieser App ergänzt: Das Arbeitsbuch lässt diese Frage ohne Titel.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer-experience maturity workshops</source>
        <translation>Workshops zum Reifegrad der Customer Experience</translation>
    </message>
    <message>
        <source>Save a PNG of every step to DIR and exit.</source>
        <translation>Von jedem Schritt ein PNG in DIR speichern und beenden.</translation>
    </message>
    <message>
        <source>Print start-up and step-switch times (with FILE: its open time and peak memory) and exit.</source>
        <translation>Start- und Schrittwechselzeiten ausgeben (mit FILE: deren Öffnungszeit und Spitzenspeicher) und beenden.</translation>
    </message>
    <message>
        <source>Use the instrument folder DIR (a modified copy of assessments/) instead of the built-in questions.</source>
        <translation>Den Instrument-Ordner DIR (eine angepasste Kopie von assessments/) statt der eingebauten Fragen verwenden.</translation>
    </message>
    <message>
        <source>The instrument folder cannot be used:

%1</source>
        <translation>Der Instrument-Ordner kann nicht verwendet werden:

%1</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Session files (.cxm) to open, each in a window of its own.</source>
        <translation>Zu öffnende Sitzungsdateien (.cxm), jede in einem eigenen Fenster.</translation>
    </message>
</context>
</TS>
