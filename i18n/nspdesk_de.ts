<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de">
<context>
    <name>AgreementsTab</name>
    <message numerus="yes">
        <source> User</source>
        <translation>
            <numerusform> User</numerusform>
            <numerusform> User</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleSearch</name>
    <message numerus="yes">
        <source>%n Artikel passen, werden aber nicht angeboten: {reason}</source>
        <translation>
            <numerusform>%n Artikel passt, wird aber nicht angeboten: {reason}</numerusform>
            <numerusform>%n Artikel passen, werden aber nicht angeboten: {reason}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BacklinkPanel</name>
    <message numerus="yes">
        <source>vor %n Tagen geprüft</source>
        <translation>
            <numerusform>vor %n Tag geprüft</numerusform>
            <numerusform>vor %n Tagen geprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message numerus="yes">
        <source>%n Katalogzeilen exportiert nach {path}</source>
        <translation>
            <numerusform>%n Katalogzeile exportiert nach {path}</numerusform>
            <numerusform>%n Katalogzeilen exportiert nach {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message numerus="yes">
        <source>in %n Tagen</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>seit %n Tagen</source>
        <translation>
            <numerusform>seit %n Tag</numerusform>
            <numerusform>seit %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Tagen</source>
        <comment>binnen, seit</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Die Fällig-Liste wird berechnet: {done} von %n Partnern …</source>
        <translation>
            <numerusform>Die Fällig-Liste wird berechnet: {done} von %n Partner …</numerusform>
            <numerusform>Die Fällig-Liste wird berechnet: {done} von %n Partnern …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} von %n Punkten</source>
        <translation>
            <numerusform>{shown} von %n Punkt</numerusform>
            <numerusform>{shown} von %n Punkten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message numerus="yes">
        <source>{used} von %n kostenlosen Anrufen</source>
        <translation>
            <numerusform>{used} von %n kostenlosen Anruf</numerusform>
            <numerusform>{used} von %n kostenlosen Anrufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message numerus="yes">
        <source>vor %n Tagen geprüft</source>
        <translation>
            <numerusform>vor %n Tag geprüft</numerusform>
            <numerusform>vor %n Tagen geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mindestens %n Partner</source>
        <translation>
            <numerusform>mindestens %n Partner</numerusform>
            <numerusform>mindestens %n Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Partner</source>
        <translation>
            <numerusform>%n Partner</numerusform>
            <numerusform>%n Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} von %n Partnern</source>
        <translation>
            <numerusform>{shown} von %n Partner</numerusform>
            <numerusform>{shown} von %n Partnern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message numerus="yes">
        <source>%n Partner geprüft</source>
        <translation>
            <numerusform>%n Partner geprüft</numerusform>
            <numerusform>%n Partner geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ohne prüfbare Website</source>
        <translation>
            <numerusform>%n ohne prüfbare Website</numerusform>
            <numerusform>%n ohne prüfbare Website</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abgebrochen</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>{name} · %n Seiten</source>
        <translation>
            <numerusform>{name} · %n Seite</numerusform>
            <numerusform>{name} · %n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message numerus="yes">
        <source>läuft in %n Tagen ab</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;{file}&lt;/b&gt; wurde nicht importiert; es wurde nichts gespeichert.&lt;br&gt;Bitte %n Punkte in der Datei korrigieren und erneut importieren:</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; wurde nicht importiert; es wurde nichts gespeichert.&lt;br&gt;Bitte %n Punkt in der Datei korrigieren und erneut importieren:</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; wurde nicht importiert; es wurde nichts gespeichert.&lt;br&gt;Bitte %n Punkte in der Datei korrigieren und erneut importieren:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramComparison</name>
    <message numerus="yes">
        <source>%n kostenlose Second-Level-Support-Calls pro Jahr</source>
        <translation>
            <numerusform>%n kostenloser Second-Level-Support-Call pro Jahr</numerusform>
            <numerusform>%n kostenlose Second-Level-Support-Calls pro Jahr</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteListPage</name>
    <message numerus="yes">
        <source>%n Angebote</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mindestens %n Angebote</source>
        <translation>
            <numerusform>mindestens %n Angebot</numerusform>
            <numerusform>mindestens %n Angebote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} von %n Angeboten angezeigt</source>
        <translation>
            <numerusform>{shown} von %n Angebot angezeigt</numerusform>
            <numerusform>{shown} von %n Angeboten angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotePickers</name>
    <message numerus="yes">
        <source>{name} · %n Positionen · {audience} · geändert {day}</source>
        <translation>
            <numerusform>{name} · %n Position · {audience} · geändert {day}</numerusform>
            <numerusform>{name} · %n Positionen · {audience} · geändert {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFiles</name>
    <message numerus="yes">
        <source>Abgebrochen: {done} von %n Briefen geschrieben</source>
        <translation>
            <numerusform>Abgebrochen: {done} von %n Brief geschrieben</numerusform>
            <numerusform>Abgebrochen: {done} von %n Briefen geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF geschrieben nach {folder}</source>
        <translation>
            <numerusform>%n PDF geschrieben nach {folder}</numerusform>
            <numerusform>%n PDFs geschrieben nach {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <source>&lt;b&gt;Entwurf&lt;/b&gt;: {open} von %n Vorschlägen offen</source>
        <translation>
            <numerusform>&lt;b&gt;Entwurf&lt;/b&gt;: {open} von %n Vorschlag offen</numerusform>
            <numerusform>&lt;b&gt;Entwurf&lt;/b&gt;: {open} von %n Vorschlägen offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Überprüfung {year}: %n Partner, {moved} mit Änderung</source>
        <translation>
            <numerusform>Überprüfung {year}: %n Partner, {moved} mit Änderung</numerusform>
            <numerusform>Überprüfung {year}: %n Partner, {moved} mit Änderung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Überprüfung {year} bestätigen?

Die Stufen der %n Partner werden ab {effective} gesetzt und in die Stufenhistorie geschrieben. Danach lässt sich die Überprüfung nicht mehr ändern (nur durch eine neue Überprüfung).</source>
        <translation>
            <numerusform>Überprüfung {year} bestätigen?

Die Stufe von %n Partner wird ab {effective} gesetzt und in die Stufenhistorie geschrieben. Danach lässt sich die Überprüfung nicht mehr ändern (nur durch eine neue Überprüfung).</numerusform>
            <numerusform>Überprüfung {year} bestätigen?

Die Stufen der %n Partner werden ab {effective} gesetzt und in die Stufenhistorie geschrieben. Danach lässt sich die Überprüfung nicht mehr ändern (nur durch eine neue Überprüfung).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n noch offene Vorschläge werden dabei angenommen.</source>
        <translation>
            <numerusform>%n noch offener Vorschlag wird dabei angenommen.</numerusform>
            <numerusform>%n noch offene Vorschläge werden dabei angenommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message numerus="yes">
        <source> Tage</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message numerus="yes">
        <source>Verbunden; %n Einträge geholt.</source>
        <translation>
            <numerusform>Verbunden; %n Eintrag geholt.</numerusform>
            <numerusform>Verbunden; %n Einträge geholt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Abgeglichen: {pushed} gesendet, {pulled} geholt, %n Konflikte.</source>
        <translation>
            <numerusform>Abgeglichen: {pushed} gesendet, {pulled} geholt, %n Konflikt.</numerusform>
            <numerusform>Abgeglichen: {pushed} gesendet, {pulled} geholt, %n Konflikte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TotalsBox</name>
    <message numerus="yes">
        <source>%n Positionen</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
</context>
</TS>
