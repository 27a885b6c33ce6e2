<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AgreementsTab</name>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Unterzeichnet</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Endkunde</source>
        <translation>End customer</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Ausgestellt</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Referenz</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>unbefristet</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <source>Endkunde (SV, HSV)</source>
        <translation>End customer (SV, HSV)</translation>
    </message>
    <message>
        <source>Vereinbarung erfassen</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Vereinbarungen</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>unterzeichnet</source>
        <translation>signed</translation>
    </message>
    <message>
        <source> User</source>
        <translation> users</translation>
    </message>
    <message>
        <source>Referenz / Lizenznummer</source>
        <translation>Reference / licence number</translation>
    </message>
    <message>
        <source>NFR-Lizenz erfassen</source>
        <translation>Add NFR licence</translation>
    </message>
    <message>
        <source>NFR-Lizenzen</source>
        <translation>NFR licences</translation>
    </message>
    <message>
        <source>Anspruch: eine kostenlose NFR-Lizenz für {users} User ({tier})</source>
        <translation>Entitled to: one free NFR licence for {users} users ({tier})</translation>
    </message>
    <message>
        <source>Ohne Partnerstufe gibt es keine NFR-Lizenz.</source>
        <translation>Without a partner tier there is no NFR licence.</translation>
    </message>
    <message>
        <source>{agreement} vom {day} entfernen?</source>
        <translation>Remove {agreement} of {day}?</translation>
    </message>
    <message>
        <source>Vereinbarung entfernen</source>
        <translation>Remove agreement</translation>
    </message>
    <message>
        <source>NFR-Lizenz vom {day} entfernen?</source>
        <translation>Remove the NFR licence of {day}?</translation>
    </message>
    <message>
        <source>NFR-Lizenz entfernen</source>
        <translation>Remove NFR licence</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <source>Bitte einen Preis eingeben, z. B. {example}.</source>
        <translation>Please enter a price, e.g. {example}.</translation>
    </message>
    <message>
        <source>Ein Listenpreis kann nicht negativ sein.</source>
        <translation>A list price cannot be negative.</translation>
    </message>
    <message>
        <source>„{text}“ ist kein Preis. Bitte so schreiben: {example} (Punkt für Tausender, Komma vor den Cent).</source>
        <translation>“{text}” is not a price. Please write it like this: {example} (comma for thousands, point before the cents).</translation>
    </message>
    <message>
        <source>„{text}“ ist kein Preis.</source>
        <translation>“{text}” is not a price.</translation>
    </message>
    <message>
        <source>Höchstens {places} Nachkommastellen, bitte.</source>
        <translation>At most {places} decimal places, please.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Die Programmregeln können nicht geladen werden:</source>
        <translation>The program rules cannot be loaded:</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Neuer Artikel</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Neuer Preis</source>
        <translation>New price</translation>
    </message>
    <message>
        <source>Version bearbeiten</source>
        <translation>Edit version</translation>
    </message>
    <message>
        <source>Artikel</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>z. B. {example}</source>
        <translation>e.g. {example}</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Artikelnummer:</source>
        <translation>Article number:</translation>
    </message>
    <message>
        <source>Bezeichnung:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Kategorie:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Einheit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Listenpreis (€ netto):</source>
        <translation>List price (€, net):</translation>
    </message>
    <message>
        <source>Gültig ab:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <source>Die Artikelnummer fehlt.</source>
        <translation>The article number is missing.</translation>
    </message>
    <message>
        <source>Die Artikelnummer {number} gibt es schon. Für einen neuen Preis den Artikel in der Liste wählen und „Neuer Preis“ nehmen.</source>
        <translation>Article number {number} already exists. For a new price, select the article in the list and choose “New price”.</translation>
    </message>
    <message>
        <source>Die Bezeichnung fehlt.</source>
        <translation>The description is missing.</translation>
    </message>
    <message>
        <source>Für den {day} gibt es schon einen Preis; „Version bearbeiten“ ändert ihn.</source>
        <translation>There is already a price for {day}; “Edit version” changes it.</translation>
    </message>
</context>
<context>
    <name>ArticleSearch</name>
    <message>
        <source>Artikel hinzufügen: Nummer oder Name eingeben …</source>
        <translation>Add an article: type its number or name…</translation>
    </message>
    <message numerus="yes">
        <source>%n Artikel passen, werden aber nicht angeboten: {reason}</source>
        <translation>
            <numerusform>%n article matches but is not offered: {reason}</numerusform>
            <numerusform>%n articles match but are not offered: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>{number} – {name} · {price} je {unit}</source>
        <translation>{number} – {name} · {price} per {unit}</translation>
    </message>
</context>
<context>
    <name>BacklinkPanel</name>
    <message>
        <source>heute geprüft</source>
        <translation>checked today</translation>
    </message>
    <message>
        <source>gestern geprüft</source>
        <translation>checked yesterday</translation>
    </message>
    <message numerus="yes">
        <source>vor %n Tagen geprüft</source>
        <translation>
            <numerusform>checked %n day ago</numerusform>
            <numerusform>checked %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>(es zählt: {verdict})</source>
        <translation>(counts: {verdict})</translation>
    </message>
    <message>
        <source>ohne Partnerstufe keine Anforderung</source>
        <translation>no requirement without a partner tier</translation>
    </message>
    <message>
        <source>für {tier} nicht verlangt</source>
        <translation>not required for {tier}</translation>
    </message>
    <message>
        <source>erfüllt</source>
        <translation>met</translation>
    </message>
    <message>
        <source>nicht erfüllt</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>für {tier} erforderlich: {state} (es zählt: {verdict})</source>
        <translation>required for {tier}: {state} (counts: {verdict})</translation>
    </message>
    <message>
        <source>für {tier} wünschenswert: {state} (es zählt: {verdict})</source>
        <translation>desirable for {tier}: {state} (counts: {verdict})</translation>
    </message>
    <message>
        <source>Jetzt prüfen</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Link auf www.nospamproxy.de</source>
        <translation>Link to www.nospamproxy.de</translation>
    </message>
    <message>
        <source>Zu prüfende Seite</source>
        <translation>Page to check</translation>
    </message>
    <message>
        <source>Letzte Bewertung</source>
        <translation>Last verdict</translation>
    </message>
    <message>
        <source>Geprüft</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Geprüfte Adresse</source>
        <translation>Address checked</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Anforderung</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Die Prüfung lädt nur die eine Seite (höchstens 5 Weiterleitungen, begrenzte Zeit und Größe). Ist die Seite nicht erreichbar, bleibt die letzte Bewertung bestehen.</source>
        <translation>The check loads only this one page (at most 5 redirects, limited time and size). If the page cannot be reached, the last verdict stays.</translation>
    </message>
    <message>
        <source>keine Website hinterlegt (Stammdaten)</source>
        <translation>no website on record (master data)</translation>
    </message>
    <message>
        <source>noch nie geprüft</source>
        <translation>never checked</translation>
    </message>
    <message>
        <source>{age} (am {day})</source>
        <translation>{age} (on {day})</translation>
    </message>
    <message>
        <source>Prüfung läuft …</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>manuell</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>vor Wiederherstellung</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>vor Migration {revision}</source>
        <translation>before migration {revision}</translation>
    </message>
    <message>
        <source>Datenbank und Sicherungen</source>
        <translation>Database and backups</translation>
    </message>
    <message>
        <source>Datenbank: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Jetzt sichern</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Wiederherstellen …</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Integrität prüfen</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <source>Der Bericht der Integritätsprüfung erscheint hier.</source>
        <translation>The integrity check report appears here.</translation>
    </message>
    <message>
        <source>Die Datenbank liegt auf einem Server: Sicherungen macht dort die Datenbankverwaltung (z. B. mit pg_dump).</source>
        <translation>The database is on a server: backups are made there by the database administration (e.g. with pg_dump).</translation>
    </message>
    <message>
        <source>Sicherungen in {folder}, neueste zuerst:</source>
        <translation>Backups in {folder}, newest first:</translation>
    </message>
    <message>
        <source>Sichern</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Sicherung erstellt: {file}</source>
        <translation>Backup created: {file}</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Die Datenbank auf den Stand vom {when} zurücksetzen?

Änderungen seit dieser Sicherung sind danach nicht mehr zu sehen. Der jetzige Stand wird vorher als eigene Sicherung aufbewahrt, so dass sich auch das Wiederherstellen rückgängig machen lässt.

Bitte ungespeicherte Eingaben in anderen Ansichten vorher speichern.</source>
        <translation>Reset the database to its state of {when}?

Changes made since this backup will no longer be visible. The current state is kept as a backup of its own first, so the restore itself can be undone.

Please save unsaved input in other views first.</translation>
    </message>
    <message>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Wiederhergestellt aus {file}</source>
        <translation>Restored from {file}</translation>
    </message>
    <message>
        <source>Wiederhergestellt</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Die Datenbank ist wieder auf dem Stand von {file}.

Der vorherige Stand ist gesichert als:
{safety}</source>
        <translation>The database is back at the state of {file}.

The previous state is saved as:
{safety}</translation>
    </message>
    <message>
        <source>Nicht wiederhergestellt: {error}</source>
        <translation>Not restored: {error}</translation>
    </message>
    <message>
        <source>{outcome}

Die Datenbank lässt sich danach nicht öffnen: {error}
Bitte nspdesk neu starten.</source>
        <translation>{outcome}

The database cannot be opened afterwards: {error}
Please restart nspdesk.</translation>
    </message>
    <message>
        <source>Wiederhergestellt.</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <source>Integritätsprüfung: in Ordnung</source>
        <translation>Integrity check: OK</translation>
    </message>
    <message>
        <source>Integritätsprüfung: Probleme</source>
        <translation>Integrity check: problems found</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Tabellen (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Beispielpreis</source>
        <translation>Example price</translation>
    </message>
    <message>
        <source>Katalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Artikelnummer, Bezeichnung oder Kategorie suchen …</source>
        <translation>Search article number, description or category…</translation>
    </message>
    <message>
        <source>Artikelnummer</source>
        <translation>Article number</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Einheit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Listenpreis heute</source>
        <translation>List price today</translation>
    </message>
    <message>
        <source>Gültig ab</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Listenpreis</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Preisverlauf</source>
        <translation>Price history</translation>
    </message>
    <message>
        <source>Neuer Artikel</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Neuer Preis …</source>
        <translation>New price…</translation>
    </message>
    <message>
        <source>Version bearbeiten</source>
        <translation>Edit version</translation>
    </message>
    <message>
        <source>Version löschen …</source>
        <translation>Delete version…</translation>
    </message>
    <message>
        <source>Importieren …</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Exportieren …</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>vorhandene Einträge aktualisieren</source>
        <translation>update existing entries</translation>
    </message>
    <message>
        <source>Aus: ein Artikel mit gleicher Nummer und gleichem „Gültig ab“ lehnt die Datei ab.
An: solche Einträge bekommen die Werte der Datei.</source>
        <translation>Off: an article with the same number and the same “valid from” date rejects the file.
On: such entries take the values from the file.</translation>
    </message>
    <message>
        <source>(kein Artikel gewählt)</source>
        <translation>(no article selected)</translation>
    </message>
    <message>
        <source>künftig</source>
        <translation>future</translation>
    </message>
    <message>
        <source>gilt heute</source>
        <translation>valid today</translation>
    </message>
    <message>
        <source>abgelöst</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>Artikel speichern</source>
        <translation>Save article</translation>
    </message>
    <message>
        <source>{number}: {price} ab {day} gespeichert</source>
        <translation>{number}: {price} from {day} saved</translation>
    </message>
    <message>
        <source>Den Preis {price} ab {day} von {number} löschen?</source>
        <translation>Delete the price {price} valid from {day} of {number}?</translation>
    </message>
    <message>
        <source>Es ist der einzige Preis: der Artikel verschwindet dann aus dem Katalog.</source>
        <translation>It is the only price: the article will then disappear from the catalog.</translation>
    </message>
    <message>
        <source>Version löschen</source>
        <translation>Delete version</translation>
    </message>
    <message>
        <source>Preis ab {day} gelöscht</source>
        <translation>Price valid from {day} deleted</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import von {file} läuft …</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <source>{file} abgelehnt: nichts importiert</source>
        <translation>{file} rejected: nothing imported</translation>
    </message>
    <message>
        <source>{file} importiert</source>
        <translation>{file} imported</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>%n Katalogzeilen exportiert nach {path}</source>
        <translation>
            <numerusform>%n catalog row exported to {path}</numerusform>
            <numerusform>%n catalog rows exported to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Katalog importieren</source>
        <translation>Import catalog</translation>
    </message>
    <message>
        <source>katalog-{day}.xlsx</source>
        <translation>catalog-{day}.xlsx</translation>
    </message>
    <message>
        <source>Katalog exportieren</source>
        <translation>Export catalog</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>erfasste Stufe</source>
        <translation>recorded tier</translation>
    </message>
    <message>
        <source>erreichte Stufe</source>
        <translation>tier reached</translation>
    </message>
    <message>
        <source>nächste Stufe</source>
        <translation>next tier</translation>
    </message>
    <message>
        <source>Anforderungen</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Was fehlt</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>Dieses Jahr lässt sich nicht auswerten: {reasons}</source>
        <translation>This year cannot be evaluated: {reasons}</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Zahlen {year}, Stichtag {day}</source>
        <translation>Figures {year}, reference date {day}</translation>
    </message>
    <message>
        <source>erreichte Stufe: &lt;b&gt;{tier}&lt;/b&gt;</source>
        <translation>tier reached: &lt;b&gt;{tier}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>erfasste Stufe {tier}: &lt;b&gt;{light}&lt;/b&gt;</source>
        <translation>recorded tier {tier}: &lt;b&gt;{light}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Anforderung</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Ist {year}</source>
        <translation>Actual {year}</translation>
    </message>
    <message>
        <source>erfüllt</source>
        <translation>met</translation>
    </message>
    <message>
        <source>fehlt</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>empfohlen</source>
        <translation>recommended</translation>
    </message>
    <message>
        <source>{done} von {goal}</source>
        <translation>{done} of {goal}</translation>
    </message>
    <message>
        <source>Für die erfasste Stufe {tier} fehlt:</source>
        <translation>Missing for the recorded tier {tier}:</translation>
    </message>
    <message>
        <source>Die erfasste Stufe {tier} ist erfüllt.</source>
        <translation>The recorded tier {tier} is met.</translation>
    </message>
    <message>
        <source>Die höchste Stufe der Spur ist erreicht.</source>
        <translation>The highest tier of the track is reached.</translation>
    </message>
    <message>
        <source>Für die erfasste und nächste Stufe {tier} fehlt:</source>
        <translation>Missing for the recorded and next tier {tier}:</translation>
    </message>
    <message>
        <source>Für die nächste Stufe {tier} fehlt:</source>
        <translation>Missing for the next tier {tier}:</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Änderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Artikel</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Geändert</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Netto vorher</source>
        <translation>Net before</translation>
    </message>
    <message>
        <source>Netto nachher</source>
        <translation>Net after</translation>
    </message>
    <message>
        <source>Differenz</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>hinzugefügt</source>
        <translation>added</translation>
    </message>
    <message>
        <source>entfernt</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>frei</source>
        <translation>free</translation>
    </message>
    <message>
        <source>Keine Unterschiede.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>Netto vorher {old} · nachher {new} · Differenz {delta}</source>
        <translation>Net before {old} · after {new} · difference {delta}</translation>
    </message>
</context>
<context>
    <name>DueUrgency</name>
    <message>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>jetzt</source>
        <translation>now</translation>
    </message>
    <message>
        <source>bald</source>
        <translation>soon</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Erledigen …</source>
        <translation>Take action…</translation>
    </message>
    <message>
        <source>Die Stelle öffnen, an der der Punkt erledigt wird</source>
        <translation>Open the place where this item is dealt with</translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Partner oder Text suchen …</source>
        <translation>Search partner or text…</translation>
    </message>
    <message>
        <source>Aktualisieren</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Art:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Dringlichkeit</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Tage</source>
        <translation>Days</translation>
    </message>
    <message numerus="yes">
        <source>{shown} von %n Punkten</source>
        <translation>
            <numerusform>{shown} of %n item</numerusform>
            <numerusform>{shown} of %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fällig am {day}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Due on {day}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Gemeldet werden Zertifizierungen, die binnen {cert} Tagen ablaufen, Backlinks, die seit {backlink} Tagen nicht geprüft sind, Angebote, die binnen {quote} Tagen ablaufen, und Onboarding ohne Änderung seit {onboarding} Tagen (Einstellungen).</source>
        <translation>Listed: certifications expiring within {cert} days, backlinks not checked for {backlink} days, quotes expiring within {quote} days and onboarding unchanged for {onboarding} days (Settings).</translation>
    </message>
    <message>
        <source>Nichts fällig.</source>
        <translation>Nothing due.</translation>
    </message>
    <message>
        <source>Erledigen: {action} …</source>
        <translation>{action}…</translation>
    </message>
    <message>
        <source>Zertifizierung abgelaufen</source>
        <translation>Certification expired</translation>
    </message>
    <message>
        <source>Zertifizierung läuft ab</source>
        <translation>Certification expiring</translation>
    </message>
    <message>
        <source>Vertriebstraining fehlt</source>
        <translation>Sales training missing</translation>
    </message>
    <message>
        <source>Techniktraining fehlt</source>
        <translation>Technical training missing</translation>
    </message>
    <message>
        <source>Backlink fehlt</source>
        <translation>Backlink missing</translation>
    </message>
    <message>
        <source>Backlink nofollow</source>
        <translation>Backlink nofollow</translation>
    </message>
    <message>
        <source>Backlink ungeprüft</source>
        <translation>Backlink not checked</translation>
    </message>
    <message>
        <source>Servicevereinbarung fehlt</source>
        <translation>Service agreement missing</translation>
    </message>
    <message>
        <source>Support-Calls aufgebraucht</source>
        <translation>Support calls used up</translation>
    </message>
    <message>
        <source>Marketingbudget ungenutzt</source>
        <translation>Marketing budget unused</translation>
    </message>
    <message>
        <source>Angebot läuft ab</source>
        <translation>Quote expiring</translation>
    </message>
    <message>
        <source>Onboarding stockt</source>
        <translation>Onboarding stalled</translation>
    </message>
    <message>
        <source>Techniker des Partners öffnen</source>
        <translation>Open the partner&apos;s technicians</translation>
    </message>
    <message>
        <source>Schulungen des Partners öffnen</source>
        <translation>Open the partner&apos;s trainings</translation>
    </message>
    <message>
        <source>Backlink des Partners öffnen</source>
        <translation>Open the partner&apos;s backlink</translation>
    </message>
    <message>
        <source>Verträge des Partners öffnen</source>
        <translation>Open the partner&apos;s agreements</translation>
    </message>
    <message>
        <source>Zahlen des Partners öffnen</source>
        <translation>Open the partner&apos;s figures</translation>
    </message>
    <message>
        <source>Angebot öffnen</source>
        <translation>Open quote</translation>
    </message>
    <message>
        <source>Onboarding-Checkliste öffnen</source>
        <translation>Open onboarding checklist</translation>
    </message>
    <message>
        <source>Zertifizierungen</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Backlink</source>
        <translation>Backlink</translation>
    </message>
    <message>
        <source>Servicevereinbarung</source>
        <translation>Service agreement</translation>
    </message>
    <message>
        <source>Support-Calls</source>
        <translation>Support calls</translation>
    </message>
    <message>
        <source>Marketingbudget</source>
        <translation>Marketing budget</translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>in %n Tagen</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>seit %n Tagen</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <source>Projekte</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Umsatz</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Support-Anrufe</source>
        <translation>Support calls</translation>
    </message>
    <message>
        <source>Marketingbudget</source>
        <translation>Marketing budget</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Zahlen speichern</source>
        <translation>Save figures</translation>
    </message>
    <message>
        <source>Die von Hand erfassten Zahlen des Jahres speichern (Strg+S)</source>
        <translation>Save the year&apos;s figures entered by hand (Ctrl+S)</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>von Hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>aus Angeboten</source>
        <translation>from quotes</translation>
    </message>
    <message>
        <source>gesamt</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Realisierte Projekte</source>
        <translation>Completed projects</translation>
    </message>
    <message>
        <source>Umsatz (€)</source>
        <translation>Revenue (€)</translation>
    </message>
    <message>
        <source>MRR (€ pro Monat)</source>
        <translation>MRR (€ per month)</translation>
    </message>
    <message>
        <source>„aus Angeboten“: angenommene Angebote des Jahres (ein Projekt je Angebot). „von Hand“: Geschäft außerhalb von nspdesk.</source>
        <translation>“from quotes”: the year&apos;s accepted quotes (one project per quote). “by hand”: business outside nspdesk.</translation>
    </message>
    <message>
        <source>Support-Anrufe genutzt</source>
        <translation>Support calls used</translation>
    </message>
    <message>
        <source>Marketingbudget genutzt (€)</source>
        <translation>Marketing budget used (€)</translation>
    </message>
    <message>
        <source>Leads erhalten</source>
        <translation>Leads received</translation>
    </message>
    <message>
        <source>Zahlen {year}</source>
        <translation>Figures {year}</translation>
    </message>
    <message>
        <source>Leistungen {year}</source>
        <translation>Benefits {year}</translation>
    </message>
    <message numerus="yes">
        <source>{used} von %n kostenlosen Anrufen</source>
        <translation>
            <numerusform>{used} of %n free call</numerusform>
            <numerusform>{used} of %n free calls</numerusform>
        </translation>
    </message>
    <message>
        <source>weitere werden nach Aufwand berechnet</source>
        <translation>further calls are billed by effort</translation>
    </message>
    <message>
        <source>kein Marketingbudget in dieser Stufe</source>
        <translation>no marketing budget at this tier</translation>
    </message>
    <message>
        <source>{spent} von {budget} ({tier}, nach Absprache)</source>
        <translation>{spent} of {budget} ({tier}, by agreement)</translation>
    </message>
    <message>
        <source>Leads aus dem Marketing von Net at Work (ohne Anspruch auf Menge)</source>
        <translation>Leads from Net at Work&apos;s marketing (no claim to a number)</translation>
    </message>
    <message>
        <source>kein Anspruch auf Leads in dieser Stufe</source>
        <translation>no claim to leads at this tier</translation>
    </message>
    <message>
        <source>Zahlen {year} speichern</source>
        <translation>Save figures {year}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Der Verlauf beginnt, sobald das Angebot gespeichert ist.</source>
        <translation>The history starts once the quote is saved.</translation>
    </message>
    <message>
        <source>Revisionen vergleichen …</source>
        <translation>Compare revisions…</translation>
    </message>
    <message>
        <source>Das Angebot hat erst eine Revision.</source>
        <translation>The quote has only one revision so far.</translation>
    </message>
</context>
<context>
    <name>LetterBatch</name>
    <message>
        <source>Briefe werden geschrieben …</source>
        <translation>Writing letters…</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Statusbriefe</source>
        <translation>Status letters</translation>
    </message>
    <message>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Die gemeinsame PDF wird geschrieben …</source>
        <translation>Writing the combined PDF…</translation>
    </message>
    <message>
        <source>{done} von {total}: {company}</source>
        <translation>{done} of {total}: {company}</translation>
    </message>
</context>
<context>
    <name>LinesDelegate</name>
    <message>
        <source>z. B. {example}</source>
        <translation>e.g. {example}</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Pos.</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Artikel</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Menge</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Einheit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Listenpreis</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Stufenrabatt</source>
        <translation>Tier discount</translation>
    </message>
    <message>
        <source>Zusatzrabatt</source>
        <translation>Extra discount</translation>
    </message>
    <message>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Einkauf</source>
        <translation>Purchase price</translation>
    </message>
    <message>
        <source>Marge</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Kundenrabatt</source>
        <translation>Cust. discount</translation>
    </message>
    <message>
        <source>Verkauf</source>
        <translation>Sale price</translation>
    </message>
    <message>
        <source>Rabatt des Partners laut Stufe: seine Marge</source>
        <translation>The partner&apos;s discount for its tier: its margin</translation>
    </message>
    <message>
        <source>Rabatt, den der Partner seinem Kunden gibt</source>
        <translation>The discount the partner gives its customer</translation>
    </message>
    <message>
        <source>Verkaufspreis an den Endkunden (netto)</source>
        <translation>Sale price to the end customer (net)</translation>
    </message>
    <message>
        <source>Einkaufspreis des Partners (netto), nicht im PDF</source>
        <translation>The partner&apos;s purchase price (net), not in the PDF</translation>
    </message>
    <message>
        <source>Marge des Partners (netto), nicht im PDF</source>
        <translation>The partner&apos;s margin (net), not in the PDF</translation>
    </message>
    <message>
        <source>frei</source>
        <translation>free</translation>
    </message>
    <message>
        <source>Position {position}, {field}: {message}</source>
        <translation>Line {position}, {field}: {message}</translation>
    </message>
    <message>
        <source>darf nicht leer sein</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>unbekannte Kategorie „{category}“</source>
        <translation>unknown category “{category}”</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>nspdesk – NoSpamProxy-Partnerprogramm</source>
        <translation>nspdesk – NoSpamProxy Partner Program</translation>
    </message>
    <message>
        <source>Wird geladen …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>Datenbank wird geöffnet …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <source>nspdesk {version} · Programm-Edition {edition} · Datenbank: {database}</source>
        <translation>nspdesk {version} · Program edition {edition} · Database: {database}</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Neues Angebot</source>
        <translation>&amp;New quote</translation>
    </message>
    <message>
        <source>&amp;PDF erzeugen …</source>
        <translation>Create &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Suchen</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Ü&amp;ber nspdesk</source>
        <translation>&amp;About nspdesk</translation>
    </message>
    <message>
        <source>Neues Angebot</source>
        <translation>New quote</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Suchen</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>{action}: in der Ansicht „{view}“ nicht verfügbar</source>
        <translation>{action}: not available in the “{view}” view</translation>
    </message>
    <message>
        <source>Über nspdesk</source>
        <translation>About nspdesk</translation>
    </message>
    <message>
        <source>nspdesk {version}

Angebote, Partner-Compliance und Onboarding für das NoSpamProxy-Partnerprogramm.
Programm-Edition {edition}, gültig ab {day}.</source>
        <translation>nspdesk {version}

Quotes, partner compliance and onboarding for the NoSpamProxy partner program.
Program edition {edition}, valid from {day}.</translation>
    </message>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>In {views} gibt es ungespeicherte Änderungen. Trotzdem beenden?</source>
        <translation>There are unsaved changes in {views}. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>MasterForm</name>
    <message>
        <source>Firma</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Kundennummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>USt-IdNr.</source>
        <translation>VAT ID</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>PLZ, Ort</source>
        <translation>Postcode, city</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Partnerseite (Backlink)</source>
        <translation>Partner page (backlink)</translation>
    </message>
    <message>
        <source>Partner seit</source>
        <translation>Partner since</translation>
    </message>
    <message>
        <source>Umsatzniveau (MSP)</source>
        <translation>Revenue level (MSP)</translation>
    </message>
    <message>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Kontakt: Name</source>
        <translation>Contact: name</translation>
    </message>
    <message>
        <source>Kontakt: E-Mail</source>
        <translation>Contact: email</translation>
    </message>
    <message>
        <source>Kontakt: Rolle</source>
        <translation>Contact: role</translation>
    </message>
    <message>
        <source>Kontakt: Telefon</source>
        <translation>Contact: phone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Haupt</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Stammdaten und Kontakte speichern (Strg+S)</source>
        <translation>Save master data and contacts (Ctrl+S)</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>verkauft Server nur mit HSV (reiner Wiederverkäufer)</source>
        <translation>sells Server only with HSV (reseller only)</translation>
    </message>
    <message>
        <source>Partnerseite</source>
        <translation>Partner page</translation>
    </message>
    <message>
        <source>die Seite mit dem Link auf nospamproxy.de (leer: die Website)</source>
        <translation>the page with the link to nospamproxy.de (empty: the website)</translation>
    </message>
    <message>
        <source>Stammdaten</source>
        <translation>Master data</translation>
    </message>
    <message>
        <source>Kontakt hinzufügen</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Kontakt entfernen</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>noch keine Stufe</source>
        <translation>no tier yet</translation>
    </message>
    <message>
        <source>Stammdaten speichern</source>
        <translation>Save master data</translation>
    </message>
    <message>
        <source>Spur</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>MSP-Niveau</source>
        <translation>MSP level</translation>
    </message>
    <message>
        <source>Umsatzniveau eines Managed Service Partners</source>
        <translation>Revenue level of a Managed Service Partner</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OnboardingView</name>
    <message>
        <source>{done} von {total} erledigt</source>
        <translation>{done} of {total} done</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>entfällt</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>noch keine Stufe</source>
        <translation>no tier yet</translation>
    </message>
    <message>
        <source>{step} (empfohlen)</source>
        <translation>{step} (recommended)</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Partner suchen …</source>
        <translation>Search partners…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Checkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Checkliste starten</source>
        <translation>Start checklist</translation>
    </message>
    <message>
        <source>Checkliste drucken …</source>
        <translation>Print checklist…</translation>
    </message>
    <message>
        <source>Die Checkliste als PDF-Brief an den Partner (Strg+P)</source>
        <translation>The checklist as a PDF letter to the partner (Ctrl+P)</translation>
    </message>
    <message>
        <source>Zielstufe:</source>
        <translation>Target tier:</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Erläuterung</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Schritt erfassen</source>
        <translation>Record step</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Wieder offen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Entfällt</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Nur für empfohlene Schritte: Pflichtschritte entfallen nie.</source>
        <translation>Only for recommended steps: required steps always apply.</translation>
    </message>
    <message>
        <source>Erledigt am:</source>
        <translation>Done on:</translation>
    </message>
    <message>
        <source>Wer:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>Kein Partner gewählt</source>
        <translation>No partner selected</translation>
    </message>
    <message>
        <source>{tier} · noch keine Onboarding-Checkliste. Zielstufe wählen und „Checkliste starten“.</source>
        <translation>{tier} · no onboarding checklist yet. Choose a target tier and click “Start checklist”.</translation>
    </message>
    <message>
        <source>{tier} · Checkliste zur Stufe &lt;b&gt;{target}&lt;/b&gt; (Programm-Edition {edition})</source>
        <translation>{tier} · checklist for the tier &lt;b&gt;{target}&lt;/b&gt; (program edition {edition})</translation>
    </message>
    <message>
        <source>Neue Checkliste starten</source>
        <translation>Start new checklist</translation>
    </message>
    <message>
        <source>keine Checkliste</source>
        <translation>no checklist</translation>
    </message>
    <message>
        <source>Voraussetzungen der Stufe: {done} von {total} erledigt</source>
        <translation>Tier requirements: {done} of {total} done</translation>
    </message>
    <message>
        <source>Neue Checkliste</source>
        <translation>New checklist</translation>
    </message>
    <message>
        <source>{partner} hat schon eine Checkliste zur Stufe {current}. Eine neue Checkliste zur Stufe {target} starten? Die bisherige bleibt gespeichert.</source>
        <translation>{partner} already has a checklist for the tier {current}. Start a new checklist for the tier {target}? The existing one stays saved.</translation>
    </message>
    <message>
        <source>Checkliste für {partner} gestartet</source>
        <translation>Checklist for {partner} started</translation>
    </message>
    <message>
        <source>Vorschau: erst die Checkliste starten, dann Schritte erfassen.</source>
        <translation>Preview: start the checklist first, then record steps.</translation>
    </message>
    <message>
        <source>Einen Schritt in der Liste wählen.</source>
        <translation>Select a step in the list.</translation>
    </message>
    <message>
        <source>Checkliste drucken</source>
        <translation>Print checklist</translation>
    </message>
    <message>
        <source>Onboarding-Checkliste</source>
        <translation>Onboarding checklist</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Unerwarteter Fehler: {error}

Bitte melden; Ihre Eingaben bleiben erhalten.</source>
        <translation>Unexpected error: {error}

Please report it; your input has been kept.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Abweichend entscheiden – {company}</source>
        <translation>Decide otherwise – {company}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{company}&lt;/b&gt;&lt;br&gt;Vorschlag: {proposal}</source>
        <translation>&lt;b&gt;{company}&lt;/b&gt;&lt;br&gt;Proposal: {proposal}</translation>
    </message>
    <message>
        <source>z. B. Kulanz bis 31.03.: der Backlink wird korrigiert</source>
        <translation>e.g. grace period until 31 March: the backlink is being fixed</translation>
    </message>
    <message>
        <source>Stufe:</source>
        <translation>Tier:</translation>
    </message>
    <message>
        <source>Begründung:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PartnerDetail</name>
    <message>
        <source>Kd.-Nr. {number}</source>
        <translation>Cust. no. {number}</translation>
    </message>
    <message>
        <source>noch keine Stufe</source>
        <translation>no tier yet</translation>
    </message>
    <message>
        <source>(Umsatzniveau {tier})</source>
        <translation>(revenue level {tier})</translation>
    </message>
</context>
<context>
    <name>PartnerDetailPanel</name>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Stammdaten</source>
        <translation>Master data</translation>
    </message>
    <message>
        <source>Zahlen</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Schulungen</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Verträge/NFR</source>
        <translation>Agreements/NFR</translation>
    </message>
    <message>
        <source>Backlink</source>
        <translation>Backlink</translation>
    </message>
    <message>
        <source>Anforderungen, was fehlt, Was wäre wenn</source>
        <translation>Requirements, what is missing, what if</translation>
    </message>
    <message>
        <source>Trainings und zertifizierte Techniker</source>
        <translation>Trainings and certified technicians</translation>
    </message>
    <message>
        <source>Vereinbarungen (Basis-SV, PV, SV, HSV) und NFR-Lizenzen</source>
        <translation>Agreements (Basis-SV, PV, SV, HSV) and NFR licences</translation>
    </message>
    <message>
        <source>Stammdaten *</source>
        <translation>Master data *</translation>
    </message>
    <message>
        <source>Zahlen *</source>
        <translation>Figures *</translation>
    </message>
    <message>
        <source>Zahlen {year}: von Hand und aus angenommenen Angeboten; Leistungen</source>
        <translation>Figures {year}: by hand and from accepted quotes; benefits</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Für anderen Partner kopieren</source>
        <translation>Copy for another partner</translation>
    </message>
    <message>
        <source>Das Angebot wird mit heutigem Datum für den gewählten Partner angelegt und zu dessen Konditionen neu berechnet; die Unterschiede werden danach gezeigt.</source>
        <translation>The quote is created with today&apos;s date for the chosen partner and priced again at that partner&apos;s conditions; the differences are shown afterwards.</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <source>nofollow</source>
        <translation>nofollow</translation>
    </message>
    <message>
        <source>kein Link</source>
        <translation>no link</translation>
    </message>
    <message>
        <source>unerreichbar</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>Niveau offen</source>
        <translation>Level open</translation>
    </message>
    <message>
        <source>Niveau {tier}</source>
        <translation>Level {tier}</translation>
    </message>
    <message>
        <source>noch nie geprüft</source>
        <translation>never checked</translation>
    </message>
    <message>
        <source>heute geprüft</source>
        <translation>checked today</translation>
    </message>
    <message numerus="yes">
        <source>vor %n Tagen geprüft</source>
        <translation>
            <numerusform>checked %n day ago</numerusform>
            <numerusform>checked %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>{note} (es zählt: {counting}), {age}
{url}</source>
        <translation>{note} (counts: {counting}), {age}
{url}</translation>
    </message>
    <message>
        <source>{verdict}, {age}
{url}</source>
        <translation>{verdict}, {age}
{url}</translation>
    </message>
    <message>
        <source>Es fehlt:</source>
        <translation>Missing:</translation>
    </message>
    <message>
        <source>noch keine</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Kd.-Nr.</source>
        <translation>Cust. no.</translation>
    </message>
    <message>
        <source>Firma</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Spur</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Ampel</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Backlink</source>
        <translation>Backlink</translation>
    </message>
    <message>
        <source>Suchen: Firma, Kundennummer, Ort … (Strg+F)</source>
        <translation>Search: company, customer number, city… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Alle Stufen</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>ohne Stufe</source>
        <translation>no tier</translation>
    </message>
    <message>
        <source>Alle Spuren</source>
        <translation>All tracks</translation>
    </message>
    <message>
        <source>Alle Zustände</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Alle prüfen</source>
        <translation>Check all</translation>
    </message>
    <message>
        <source>Den Backlink aller Partner jetzt prüfen</source>
        <translation>Check every partner&apos;s backlink now</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n Partner</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} von %n Partnern</source>
        <translation>
            <numerusform>{shown} of %n partner</numerusform>
            <numerusform>{shown} of %n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} von {total} geprüft</source>
        <translation>{done} of {total} checked</translation>
    </message>
</context>
<context>
    <name>PartnerPicker</name>
    <message>
        <source>Partner suchen: Name oder Kundennummer …</source>
        <translation>Search partners: name or customer number…</translation>
    </message>
</context>
<context>
    <name>PartnerTexts</name>
    <message>
        <source>Realisierte Projekte</source>
        <translation>Completed projects</translation>
    </message>
    <message>
        <source>Umsatz im Jahr</source>
        <translation>Revenue in the year</translation>
    </message>
    <message>
        <source>MRR (pro Monat)</source>
        <translation>MRR (per month)</translation>
    </message>
    <message>
        <source>Vertriebs- und Techniktraining</source>
        <translation>Sales and technical training</translation>
    </message>
    <message>
        <source>Zertifizierte Techniker</source>
        <translation>Certified technicians</translation>
    </message>
    <message>
        <source>Follow-Link auf nospamproxy.de</source>
        <translation>Follow link to nospamproxy.de</translation>
    </message>
    <message>
        <source>Basis-Servicevereinbarung</source>
        <translation>Basic service agreement</translation>
    </message>
    <message>
        <source>Vertrieb</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Technik</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Follow-Link vorhanden</source>
        <translation>follow link present</translation>
    </message>
    <message>
        <source>nur nofollow-Link</source>
        <translation>nofollow link only</translation>
    </message>
    <message>
        <source>kein Link gefunden</source>
        <translation>no link found</translation>
    </message>
    <message>
        <source>nicht geprüft</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>mind. {count}</source>
        <translation>at least {count}</translation>
    </message>
    <message>
        <source>{amount} p. a.</source>
        <translation>{amount} p.a.</translation>
    </message>
    <message>
        <source>{amount} / Monat</source>
        <translation>{amount} / month</translation>
    </message>
    <message>
        <source>je 1: {trainings}</source>
        <translation>1 each: {trainings}</translation>
    </message>
    <message>
        <source>Follow-Link</source>
        <translation>Follow link</translation>
    </message>
    <message>
        <source>Follow-Link (wünschenswert)</source>
        <translation>Follow link (desirable)</translation>
    </message>
    <message>
        <source>erforderlich</source>
        <translation>required</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>fehlt</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>Follow-Link</source>
        <translation>Follow link</translation>
    </message>
    <message>
        <source>nur nofollow</source>
        <translation>nofollow only</translation>
    </message>
    <message>
        <source>kein Link</source>
        <translation>no link</translation>
    </message>
    <message>
        <source>nicht erreichbar</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>erfüllt</source>
        <translation>met</translation>
    </message>
    <message>
        <source>gefährdet</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>unterschritten</source>
        <translation>below</translation>
    </message>
    <message>
        <source>nicht erreichbar – letzte Bewertung bleibt</source>
        <translation>unreachable – last verdict stays</translation>
    </message>
    <message>
        <source>„{text}“ ist kein Betrag; bitte so schreiben: {example} (ganze Cent)</source>
        <translation>“{text}” is not an amount; please write it like this: {example} (whole cents)</translation>
    </message>
    <message>
        <source>„{text}“ ist kein Betrag</source>
        <translation>“{text}” is not an amount</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message numerus="yes">
        <source>%n Partner geprüft</source>
        <translation>
            <numerusform>%n partner checked</numerusform>
            <numerusform>%n partners checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ohne prüfbare Website</source>
        <translation>
            <numerusform>%n without a website to check</numerusform>
            <numerusform>%n without a website to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n abgebrochen</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>; keine Website erreichbar – keine Netzverbindung? Die letzten Bewertungen bleiben.</source>
        <translation>; no website reachable – no network connection? The last verdicts stay.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Einen Partner in der Liste wählen.</source>
        <translation>Choose a partner in the list.</translation>
    </message>
    <message>
        <source>Die Stufe wird zu Jahresbeginn auf die Zahlen des Vorjahres geprüft; Zertifizierungen und Vereinbarungen zählen mit dem Stand von heute.</source>
        <translation>At the start of the year the tier is checked against the previous year&apos;s figures; certifications and agreements count as they stand today.</translation>
    </message>
    <message>
        <source>Jahresbericht (PDF) …</source>
        <translation>Annual report (PDF)…</translation>
    </message>
    <message>
        <source>Den Partner-Jahresbericht des gewählten Jahres (Strg+P)</source>
        <translation>The partner&apos;s annual report for the chosen year (Ctrl+P)</translation>
    </message>
    <message>
        <source>Geschäftsjahr</source>
        <translation>Business year</translation>
    </message>
    <message>
        <source>Partner laden</source>
        <translation>Load partners</translation>
    </message>
    <message>
        <source>Die Änderungen am angezeigten Partner sind nicht gespeichert. Verwerfen?</source>
        <translation>The changes to the partner shown are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Die Zahlen des bisher gewählten Jahres sind nicht gespeichert. Verwerfen?</source>
        <translation>The figures of the year chosen before are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Ampel: Prüfung der Stufe auf die Zahlen {year}, Stand heute</source>
        <translation>Status: tier checked against the figures of {year}, as of today</translation>
    </message>
    <message>
        <source>Ampel: laufendes Jahr {year} (noch nicht abgeschlossen)</source>
        <translation>Status: current year {year} (not closed yet)</translation>
    </message>
    <message>
        <source>Ampel: Zahlen {year}, Stand heute</source>
        <translation>Status: figures of {year}, as of today</translation>
    </message>
    <message>
        <source>{title}: gespeichert</source>
        <translation>{title}: saved</translation>
    </message>
    <message>
        <source>Partner: alles gespeichert</source>
        <translation>Partner: everything saved</translation>
    </message>
    <message>
        <source>Jahresbericht</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Jahresbericht {year} erstellt: {name}</source>
        <translation>Annual report {year} created: {name}</translation>
    </message>
    <message>
        <source>Partner-Jahresbericht – {name}</source>
        <translation>Partner annual report – {name}</translation>
    </message>
    <message>
        <source>Backlinks: {summary}</source>
        <translation>Backlinks: {summary}</translation>
    </message>
    <message>
        <source>abgebrochen</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>nicht geprüft: {why}</source>
        <translation>not checked: {why}</translation>
    </message>
    <message>
        <source>Backlink {company}: {verdict}</source>
        <translation>Backlink {company}: {verdict}</translation>
    </message>
    <message>
        <source>Die Prüfung ist fehlgeschlagen: {message}</source>
        <translation>The check failed: {message}</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>{file} erzeugt ({size} KB)</source>
        <translation>{file} created ({size} KB)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>{name} · %n Seiten</source>
        <translation>
            <numerusform>{name} · %n page</numerusform>
            <numerusform>{name} · %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Speichern unter …</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Drucken …</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Ganze Seite</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>PDF speichern unter</source>
        <translation>Save PDF as</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF speichern</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>{path} konnte nicht geschrieben werden: {error}</source>
        <translation>Could not write {path}: {error}</translation>
    </message>
    <message>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Drucken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Drucken ist hier nicht verfügbar.</source>
        <translation>Printing is not available here.</translation>
    </message>
    <message>
        <source>Der Drucker konnte nicht geöffnet werden.</source>
        <translation>The printer could not be opened.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Teilnehmer</source>
        <translation>Attendee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Kursdatum</source>
        <translation>Course date</translation>
    </message>
    <message>
        <source>gültig</source>
        <translation>valid</translation>
    </message>
    <message numerus="yes">
        <source>läuft in %n Tagen ab</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>abgelaufen – Schulung wiederholen</source>
        <translation>expired – repeat the course</translation>
    </message>
    <message>
        <source>noch kein Kurs</source>
        <translation>no course yet</translation>
    </message>
    <message>
        <source>Letzter Kurs</source>
        <translation>Last course</translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Zertifizierung</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Training erfassen</source>
        <translation>Add training</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Trainings (Vertrieb und Technik, je Jahr)</source>
        <translation>Trainings (sales and technical, each year)</translation>
    </message>
    <message>
        <source>Kurs am</source>
        <translation>Course on</translation>
    </message>
    <message>
        <source>Techniker hinzufügen</source>
        <translation>Add technician</translation>
    </message>
    <message>
        <source>Kurs für Auswahl erfassen</source>
        <translation>Add course for selection</translation>
    </message>
    <message>
        <source>Eine abgeschlossene Administratorenschulung am gewählten Tag</source>
        <translation>An administrator course completed on the chosen day</translation>
    </message>
    <message>
        <source>Techniker entfernen</source>
        <translation>Remove technician</translation>
    </message>
    <message>
        <source>Zertifizierte Techniker (zweitägige Administratorenschulung)</source>
        <translation>Certified technicians (two-day administrator course)</translation>
    </message>
    <message>
        <source>Gültig {years} Jahre ab dem Kurstag; {days} Tage vorher gelb, danach rot.</source>
        <translation>Valid for {years} years from the course day; amber {days} days before, red after.</translation>
    </message>
    <message>
        <source>Das Training {kind} vom {day} entfernen?</source>
        <translation>Remove the {kind} training of {day}?</translation>
    </message>
    <message>
        <source>Training entfernen</source>
        <translation>Remove training</translation>
    </message>
    <message>
        <source>Bitte zuerst einen Techniker auswählen.</source>
        <translation>Please select a technician first.</translation>
    </message>
    <message>
        <source>Kurs erfassen</source>
        <translation>Add course</translation>
    </message>
    <message>
        <source>{name} mit allen erfassten Kursen entfernen?</source>
        <translation>Remove {name} with all recorded courses?</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Import abgelehnt</source>
        <translation>Import rejected</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{file}&lt;/b&gt; wurde nicht importiert; es wurde nichts gespeichert.&lt;br&gt;Bitte %n Punkte in der Datei korrigieren und erneut importieren:</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; was not imported; nothing was saved.&lt;br&gt;Please correct %n issue in the file and import it again:</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; was not imported; nothing was saved.&lt;br&gt;Please correct %n issues in the file and import it again:</numerusform>
        </translation>
    </message>
    <message>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Liste kopieren</source>
        <translation>Copy list</translation>
    </message>
    <message>
        <source>Zeile {line}</source>
        <translation>Row {line}</translation>
    </message>
    <message>
        <source>{where}, {column}</source>
        <translation>{where}, {column}</translation>
    </message>
</context>
<context>
    <name>ProgramComparison</name>
    <message>
        <source>Voraussetzungen (je Kalenderjahr)</source>
        <translation>Requirements (per calendar year)</translation>
    </message>
    <message>
        <source>Realisierte Projekte</source>
        <translation>Completed projects</translation>
    </message>
    <message>
        <source>Umsatz p. a.</source>
        <translation>Revenue p.a.</translation>
    </message>
    <message>
        <source>Monatlicher Umsatz (MRR)</source>
        <translation>Monthly recurring revenue (MRR)</translation>
    </message>
    <message>
        <source>Vertriebs- und Techniktraining</source>
        <translation>Sales and technical training</translation>
    </message>
    <message>
        <source>Zertifizierte Techniker</source>
        <translation>Certified technicians</translation>
    </message>
    <message>
        <source>Follow-Link auf nospamproxy.de</source>
        <translation>Follow link to nospamproxy.de</translation>
    </message>
    <message>
        <source>Basis-Servicevereinbarung</source>
        <translation>Basic service agreement</translation>
    </message>
    <message>
        <source>erforderlich</source>
        <translation>required</translation>
    </message>
    <message>
        <source>Rabatte</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Vorteile</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>NFR-Lizenz</source>
        <translation>NFR licence</translation>
    </message>
    <message>
        <source>{users} User</source>
        <translation>{users} users</translation>
    </message>
    <message>
        <source>Marketingbudget p. a.</source>
        <translation>Marketing budget p.a.</translation>
    </message>
    <message>
        <source>{amount} (nach Absprache)</source>
        <translation>{amount} (by agreement)</translation>
    </message>
    <message>
        <source>Leads aus dem Marketing</source>
        <translation>Leads from marketing</translation>
    </message>
    <message>
        <source>Listung</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Customer Success Management</source>
        <translation>Customer Success Management</translation>
    </message>
    <message>
        <source>Marketingmaterial</source>
        <translation>Marketing material</translation>
    </message>
    <message numerus="yes">
        <source>%n kostenlose Second-Level-Support-Calls pro Jahr</source>
        <translation>
            <numerusform>%n free second-level support call per year</numerusform>
            <numerusform>%n free second-level support calls per year</numerusform>
        </translation>
    </message>
    <message>
        <source>{users} User: {price} pro Jahr</source>
        <translation>{users} users: {price} per year</translation>
    </message>
    <message>
        <source>mind. {count}</source>
        <translation>at least {count}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Vertrieb</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Technik</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>{names} (Video)</source>
        <translation>{names} (video)</translation>
    </message>
    <message>
        <source>{names} (online)</source>
        <translation>{names} (online)</translation>
    </message>
    <message>
        <source>Pflicht</source>
        <translation>required</translation>
    </message>
    <message>
        <source>empfohlen</source>
        <translation>recommended</translation>
    </message>
</context>
<context>
    <name>ProgramView</name>
    <message>
        <source>Server und Cloud</source>
        <translation>Server and Cloud</translation>
    </message>
    <message>
        <source>Cloud-only</source>
        <translation>Cloud only</translation>
    </message>
    <message>
        <source>Support-Modell</source>
        <translation>Support model</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Mi</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>So</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Programm</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Gültig ab {day} · Quelle: {source}</source>
        <translation>Valid from {day} · Source: {source}</translation>
    </message>
    <message>
        <source>Alle Stufen</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>PDF {part} …</source>
        <translation>PDF {part}…</translation>
    </message>
    <message>
        <source>Programmübersicht „{part}“ als PDF mit Ihrem Briefkopf</source>
        <translation>Program overview “{part}” as a PDF with your letterhead</translation>
    </message>
    <message>
        <source>Supportzeiten: siehe Supportmodell</source>
        <translation>Support hours: see the support model</translation>
    </message>
    <message>
        <source>Second-Level-Support jetzt erreichbar (bis {time} Uhr)</source>
        <translation>Second-level support available now (until {time})</translation>
    </message>
    <message>
        <source>Second-Level-Support nicht erreichbar</source>
        <translation>Second-level support not available</translation>
    </message>
    <message>
        <source>Second-Level-Support nicht erreichbar (heute Feiertag: {holiday})</source>
        <translation>Second-level support not available (public holiday today: {holiday})</translation>
    </message>
    <message>
        <source>{closed} – wieder ab {when}</source>
        <translation>{closed} – next available: {when}</translation>
    </message>
    <message>
        <source>heute {time}</source>
        <translation>today {time}</translation>
    </message>
    <message>
        <source>{day}.{month}.</source>
        <translation>{day}/{month}</translation>
    </message>
    <message>
        <source>oder</source>
        <translation>or</translation>
    </message>
    <message>
        <source>&lt;b&gt;{tier}&lt;/b&gt;: Status nur direkt durch die {vendor}; Rabatte und Vorteile wie {tiers}, je nach Umsatz.</source>
        <translation>&lt;b&gt;{tier}&lt;/b&gt;: status granted only directly by {vendor}; discounts and benefits as {tiers}, depending on revenue.</translation>
    </message>
    <message>
        <source>Alle Stufen erhalten:</source>
        <translation>All tiers receive:</translation>
    </message>
    <message>
        <source>Eigenbedarfs-Lizenzen:</source>
        <translation>Own-use licences:</translation>
    </message>
    <message>
        <source>First Level</source>
        <translation>First level</translation>
    </message>
    <message>
        <source>Second Level</source>
        <translation>Second level</translation>
    </message>
    <message>
        <source>Erreichbar:</source>
        <translation>Available:</translation>
    </message>
    <message>
        <source>Kostenlose Calls:</source>
        <translation>Free calls:</translation>
    </message>
    <message>
        <source>{calls} pro Partner und Jahr.</source>
        <translation>{calls} per partner and year.</translation>
    </message>
    <message>
        <source>Vertrag</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Für</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Abrechnung</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Programmübersicht</source>
        <translation>Program overview</translation>
    </message>
</context>
<context>
    <name>QuoteConditions</name>
    <message>
        <source>noch keine Partnerstufe – Angebote sind erst mit einer Stufe möglich</source>
        <translation>no partner tier yet – quotes need a tier</translation>
    </message>
    <message>
        <source>Konditionen von {tier}</source>
        <translation>conditions of {tier}</translation>
    </message>
    <message>
        <source>umsatzabhängige Stufe fehlt</source>
        <translation>revenue-based tier missing</translation>
    </message>
    <message>
        <source>keine Rabatte</source>
        <translation>no discounts</translation>
    </message>
    <message>
        <source>{partner} hat noch keine Partnerstufe</source>
        <translation>{partner} has no partner tier yet</translation>
    </message>
    <message>
        <source>„Gültig bis“ liegt vor dem Angebotsdatum</source>
        <translation>“Valid until” is before the quote date</translation>
    </message>
</context>
<context>
    <name>QuoteDiffFields</name>
    <message>
        <source>Beschreibung</source>
        <translation>description</translation>
    </message>
    <message>
        <source>Menge</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>Einzelpreis</source>
        <translation>unit price</translation>
    </message>
    <message>
        <source>Rabatt</source>
        <translation>discount</translation>
    </message>
    <message>
        <source>Zusatzrabatt</source>
        <translation>extra discount</translation>
    </message>
    <message>
        <source>Gesamt</source>
        <translation>total</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Angebot öffnen</source>
        <translation>Open quote</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Verlauf ({n})</source>
        <translation>History ({n})</translation>
    </message>
    <message>
        <source>Neues Angebot</source>
        <translation>New quote</translation>
    </message>
    <message>
        <source>noch nicht gespeichert</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <source>Angebot {number} · Revision {revision}</source>
        <translation>Quote {number} · Revision {revision}</translation>
    </message>
    <message>
        <source>noch keine Partnerstufe</source>
        <translation>no partner tier yet</translation>
    </message>
    <message>
        <source>{tier} – von Net at Work vergeben, keine Prüfung der Zahlen</source>
        <translation>{tier} – granted by Net at Work, figures not checked</translation>
    </message>
    <message>
        <source>Position {position} hinzugefügt: {description}</source>
        <translation>Line {position} added: {description}</translation>
    </message>
    <message>
        <source>Bitte einen Partner wählen.</source>
        <translation>Please choose a partner.</translation>
    </message>
    <message>
        <source>Den Höchstwert legen Sie unter Einstellungen › Angebote fest.</source>
        <translation>You set the maximum under Settings › Quotes.</translation>
    </message>
    <message>
        <source>Das ist der Höchstwert des Partnerprogramms {edition}.</source>
        <translation>That is the maximum of the partner program {edition}.</translation>
    </message>
    <message>
        <source>Angebot speichern</source>
        <translation>Save quote</translation>
    </message>
    <message>
        <source>Angebot {label} gespeichert</source>
        <translation>Quote {label} saved</translation>
    </message>
    <message>
        <source>Als versendet markieren</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>Angebot {label}: als versendet markiert</source>
        <translation>Quote {label}: marked as sent</translation>
    </message>
    <message>
        <source>Angenommen</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Angebot {label}: angenommen</source>
        <translation>Quote {label}: accepted</translation>
    </message>
    <message>
        <source>Abgelehnt</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Angebot {label}: abgelehnt</source>
        <translation>Quote {label}: rejected</translation>
    </message>
    <message>
        <source>Neue Revision</source>
        <translation>New revision</translation>
    </message>
    <message>
        <source>Angebot {label}: neue Revision angelegt</source>
        <translation>Quote {label}: new revision created</translation>
    </message>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>{label} hat ungespeicherte Änderungen.</source>
        <translation>{label} has unsaved changes.</translation>
    </message>
    <message>
        <source>Das neue Angebot hat ungespeicherte Änderungen.</source>
        <translation>The new quote has unsaved changes.</translation>
    </message>
    <message>
        <source>Möchten Sie die Änderungen speichern?</source>
        <translation>Do you want to save the changes?</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Positionen</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>‹ Alle Angebote</source>
        <translation>‹ All quotes</translation>
    </message>
    <message>
        <source>Strg+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>PDF …</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Strg+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Als Vorlage speichern …</source>
        <translation>Save as template…</translation>
    </message>
    <message>
        <source>Aus Vorlage …</source>
        <translation>From template…</translation>
    </message>
    <message>
        <source>Für anderen Partner kopieren …</source>
        <translation>Copy for another partner…</translation>
    </message>
    <message>
        <source>Revisionen vergleichen …</source>
        <translation>Compare revisions…</translation>
    </message>
    <message>
        <source>Weitere</source>
        <translation>More</translation>
    </message>
    <message>
        <source>z. B. Frau Dr. Anna Schmidt</source>
        <translation>e.g. Frau Dr. Anna Schmidt</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Konditionen</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Standard {rate}</source>
        <translation>Standard {rate}</translation>
    </message>
    <message>
        <source>Reverse Charge (EU-Unternehmen)</source>
        <translation>Reverse charge (EU business)</translation>
    </message>
    <message>
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <source>Angebot an Partner</source>
        <translation>Quote to the partner</translation>
    </message>
    <message>
        <source>Angebot an Endkunden</source>
        <translation>Quote to the end customer</translation>
    </message>
    <message>
        <source>Listenpreise abzüglich Kundenrabatt; der Editor zeigt Einkauf und Marge des Partners, das PDF nur die Preise für den Kunden.</source>
        <translation>List prices less the customer discount; the editor shows the partner&apos;s purchase price and margin, the PDF only the customer&apos;s prices.</translation>
    </message>
    <message>
        <source>Firma
Ansprechpartner
Straße
PLZ Ort</source>
        <translation>Company
Contact
Street
Postcode town</translation>
    </message>
    <message>
        <source>Die Anschrift des Endkunden, eine Zeile je Angabe. Das PDF geht an diese Anschrift, mit dem Briefkopf des Partners; leer: an den Partner.</source>
        <translation>The end customer&apos;s address, one item per line. The PDF goes to this address, on the partner&apos;s letterhead; empty: to the partner.</translation>
    </message>
    <message>
        <source>Angebot</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Umsatzsteuer</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Endkunde</source>
        <translation>End customer</translation>
    </message>
    <message>
        <source>Freie Position</source>
        <translation>Free line</translation>
    </message>
    <message>
        <source>Eigenbedarfs-Lizenz</source>
        <translation>Own-use licence</translation>
    </message>
    <message>
        <source>NFR-Lizenz</source>
        <translation>NFR licence</translation>
    </message>
    <message>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Position nach oben</source>
        <translation>Move line up</translation>
    </message>
    <message>
        <source>Position nach unten</source>
        <translation>Move line down</translation>
    </message>
    <message>
        <source>Position entfernen</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Anrede und erster Satz</source>
        <translation>Salutation and first sentence</translation>
    </message>
    <message>
        <source>Schlusstext</source>
        <translation>Closing text</translation>
    </message>
    <message>
        <source>Einleitung</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Schluss</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Revision {number}</source>
        <translation>Revision {number}</translation>
    </message>
    <message>
        <source> am {day}</source>
        <translation> on {day}</translation>
    </message>
    <message>
        <source>{what} wurde{on} versendet und ist eingefroren. Für Änderungen eine „Neue Revision“ anlegen.</source>
        <translation>{what} was sent{on} and is frozen. To change it, create a “New revision”.</translation>
    </message>
    <message>
        <source>{what} wurde{on} angenommen – gesperrt; für Änderungen ein neues Angebot anlegen (Weitere › Für anderen Partner kopieren … kopiert es, auch für denselben Partner).</source>
        <translation>{what} was accepted{on} – locked; to change it, create a new quote (More › Copy for another partner… copies it, for the same partner too).</translation>
    </message>
    <message>
        <source>{what} wurde{on} abgelehnt. „Neue Revision“ legt eine neue Fassung an.</source>
        <translation>{what} was rejected{on}. “New revision” creates a new version.</translation>
    </message>
    <message>
        <source>{what} ist abgelaufen (gültig bis {until}) und kann nicht mehr geändert werden. „Neue Revision“ legt eine aktualisierte Fassung an.</source>
        <translation>{what} has expired (valid until {until}) and can no longer be changed. “New revision” creates an updated version.</translation>
    </message>
    <message>
        <source>{users} Benutzer – {price} jährlich</source>
        <translation>{users} users – {price} yearly</translation>
    </message>
    <message>
        <source>NFR-Lizenz ({n} Benutzer, kostenfrei)</source>
        <translation>NFR licence ({n} users, free)</translation>
    </message>
    <message>
        <source>Die kostenfreie NFR-Lizenz der Stufe {tier} als Position</source>
        <translation>The free NFR licence of the tier {tier} as a line</translation>
    </message>
    <message>
        <source>{tier} erhält keine kostenfreie NFR-Lizenz.</source>
        <translation>{tier} gets no free NFR licence.</translation>
    </message>
    <message>
        <source>Erst einen Partner mit Partnerstufe wählen.</source>
        <translation>First choose a partner with a tier.</translation>
    </message>
</context>
<context>
    <name>QuoteEvents</name>
    <message>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Stufe entschieden</source>
        <translation>tier decided</translation>
    </message>
    <message>
        <source>versendet</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>neue Revision</source>
        <translation>new revision</translation>
    </message>
    <message>
        <source>angenommen</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>abgelehnt</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>abgelaufen</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>kopiert</source>
        <translation>copied</translation>
    </message>
</context>
<context>
    <name>QuoteList</name>
    <message>
        <source>abgelaufen: gültig bis {day}</source>
        <translation>expired: valid until {day}</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Brutto</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Inhalt</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>QuoteListPage</name>
    <message>
        <source>Angebote</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Neues Angebot</source>
        <translation>New quote</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>PDF …</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Suchen: Nummer, Partner, Artikel, Text … (Strg+F)</source>
        <translation>Search: number, partner, article, text… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Offen (Entwurf, versendet)</source>
        <translation>Open (draft, sent)</translation>
    </message>
    <message>
        <source>Alle Jahre</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Alle Partner</source>
        <translation>All partners</translation>
    </message>
    <message numerus="yes">
        <source>%n Angebote</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} von %n Angeboten angezeigt</source>
        <translation>
            <numerusform>{shown} of %n quote shown</numerusform>
            <numerusform>{shown} of %n quotes shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteNumbers</name>
    <message>
        <source>bitte eine Zahl eingeben</source>
        <translation>please enter a number</translation>
    </message>
    <message>
        <source>„{text}“ ist keine Zahl (Beispiel: {example})</source>
        <translation>“{text}” is not a number (example: {example})</translation>
    </message>
    <message>
        <source>darf nicht negativ sein: „{text}“</source>
        <translation>must not be negative: “{text}”</translation>
    </message>
    <message>
        <source>muss größer als 0 sein</source>
        <translation>must be greater than 0</translation>
    </message>
    <message>
        <source>höchstens {maximum}, eingegeben: „{text}“</source>
        <translation>at most {maximum}, entered: “{text}”</translation>
    </message>
    <message>
        <source>höchstens {places} Nachkommastellen: „{text}“</source>
        <translation>at most {places} decimal places: “{text}”</translation>
    </message>
    <message>
        <source>zu groß: „{text}“</source>
        <translation>too large: “{text}”</translation>
    </message>
</context>
<context>
    <name>QuotePickers</name>
    <message>
        <source>Als Vorlage speichern</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Name der Vorlage (Positionen und Texte werden gespeichert):</source>
        <translation>Name of the template (its lines and texts are saved):</translation>
    </message>
    <message>
        <source>Es gibt schon eine Vorlage „{name}“. Überschreiben?</source>
        <translation>There is already a template “{name}”. Overwrite it?</translation>
    </message>
    <message>
        <source>an Endkunden</source>
        <translation>to end customers</translation>
    </message>
    <message>
        <source>an Partner</source>
        <translation>to partners</translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n Positionen · {audience} · geändert {day}</source>
        <translation>
            <numerusform>{name} · %n line · {audience} · changed {day}</numerusform>
            <numerusform>{name} · %n lines · {audience} · changed {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteStatus</name>
    <message>
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Versendet</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Angenommen</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Abgelehnt</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Abgelaufen</source>
        <translation>Expired</translation>
    </message>
</context>
<context>
    <name>QuoteTools</name>
    <message>
        <source>Als Vorlage speichern</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Eine Vorlage braucht mindestens eine Position.</source>
        <translation>A template needs at least one line.</translation>
    </message>
    <message>
        <source>Vorlage „{name}“ gespeichert</source>
        <translation>Template “{name}” saved</translation>
    </message>
    <message>
        <source>Noch keine Vorlagen: „Als Vorlage speichern …“ legt eine an.</source>
        <translation>No templates yet: “Save as template…” creates one.</translation>
    </message>
    <message>
        <source>Aus Vorlage</source>
        <translation>From template</translation>
    </message>
    <message>
        <source>Vorlage „{name}“ übernommen. {notes}</source>
        <translation>Template “{name}” applied. {notes}</translation>
    </message>
    <message>
        <source>Vorlage „{name}“ übernommen</source>
        <translation>Template “{name}” applied</translation>
    </message>
    <message>
        <source>Für anderen Partner kopieren</source>
        <translation>Copy for another partner</translation>
    </message>
    <message>
        <source>Stufe unverändert: {tier}.</source>
        <translation>Tier unchanged: {tier}.</translation>
    </message>
    <message>
        <source>Stufe: {old} → {new}.</source>
        <translation>Tier: {old} → {new}.</translation>
    </message>
    <message>
        <source>Angebot {number} für {partner} angelegt: eine Kopie von {source}, zu den Konditionen des Partners neu berechnet. {tiers}</source>
        <translation>Quote {number} created for {partner}: a copy of {source}, priced again at the partner&apos;s conditions. {tiers}</translation>
    </message>
    <message>
        <source>Unterschiede zu {source}</source>
        <translation>Differences from {source}</translation>
    </message>
    <message>
        <source>Kopie {number} angelegt</source>
        <translation>Copy {number} created</translation>
    </message>
    <message>
        <source>Zum Vergleichen braucht das Angebot zwei Revisionen.</source>
        <translation>To compare, the quote needs two revisions.</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <source>Angebote</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Angebote prüfen</source>
        <translation>Check quotes</translation>
    </message>
    <message>
        <source>Abgelaufen: {numbers}</source>
        <translation>Expired: {numbers}</translation>
    </message>
    <message>
        <source>PDF: bitte zuerst ein Angebot in der Liste wählen</source>
        <translation>PDF: please choose a quote in the list first</translation>
    </message>
    <message>
        <source>PDF erzeugen</source>
        <translation>Create PDF</translation>
    </message>
    <message>
        <source>Vorschau – {name}</source>
        <translation>Preview – {name}</translation>
    </message>
    <message>
        <source>{name} erzeugt</source>
        <translation>{name} created</translation>
    </message>
</context>
<context>
    <name>ReviewFiles</name>
    <message>
        <source>Ordner für die Statusbriefe</source>
        <translation>Folder for the status letters</translation>
    </message>
    <message>
        <source>Statusbriefe</source>
        <translation>Status letters</translation>
    </message>
    <message numerus="yes">
        <source>Abgebrochen: {done} von %n Briefen geschrieben</source>
        <translation>
            <numerusform>Cancelled: {done} of %n letter written</numerusform>
            <numerusform>Cancelled: {done} of %n letters written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF geschrieben nach {folder}</source>
        <translation>
            <numerusform>%n PDF written to {folder}</numerusform>
            <numerusform>%n PDFs written to {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Zusammenfassung speichern</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Überprüfung exportieren</source>
        <translation>Export review</translation>
    </message>
    <message>
        <source>Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>{path} kann nicht geschrieben werden: {reason}</source>
        <translation>{path} cannot be written: {reason}</translation>
    </message>
    <message>
        <source>{name} geschrieben</source>
        <translation>{name} written</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Jahresüberprüfung</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <source>Das überprüfte Geschäftsjahr (Standard: das Vorjahr)</source>
        <translation>The business year reviewed (default: the previous year)</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Stichtag: die Programm-Edition dieses Tages gilt; Zertifizierungen und Vereinbarungen zählen mit diesem Stand</source>
        <translation>Reference date: the program edition of this day applies; certifications and agreements count as they stand on it</translation>
    </message>
    <message>
        <source>Alle Partner</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>Nur die Partner dieser Spur überprüfen</source>
        <translation>Review only the partners of this track</translation>
    </message>
    <message>
        <source>Überprüfung ausführen</source>
        <translation>Run review</translation>
    </message>
    <message>
        <source>Geschäftsjahr</source>
        <translation>Business year</translation>
    </message>
    <message>
        <source>Stichtag</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Annehmen</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Die Vorschläge der gewählten Zeilen annehmen</source>
        <translation>Accept the proposals of the selected rows</translation>
    </message>
    <message>
        <source>Abweichend entscheiden …</source>
        <translation>Decide otherwise…</translation>
    </message>
    <message>
        <source>Alle offenen annehmen</source>
        <translation>Accept all open</translation>
    </message>
    <message>
        <source>Bestätigen …</source>
        <translation>Confirm…</translation>
    </message>
    <message>
        <source>Die Entscheidungen in die Stufenhistorie schreiben (danach unveränderlich)</source>
        <translation>Write the decisions into the tier history (final afterwards)</translation>
    </message>
    <message>
        <source>Briefe …</source>
        <translation>Letters…</translation>
    </message>
    <message>
        <source>Statusbriefe der bestätigten Überprüfung als PDF</source>
        <translation>Status letters of the confirmed review as PDF</translation>
    </message>
    <message>
        <source>Ein PDF je Partner …</source>
        <translation>One PDF per partner…</translation>
    </message>
    <message>
        <source>Alle Briefe in einem PDF …</source>
        <translation>All letters in one PDF…</translation>
    </message>
    <message>
        <source>Zusammenfassung (PDF) …</source>
        <translation>Summary (PDF)…</translation>
    </message>
    <message>
        <source>CSV/XLSX …</source>
        <translation>CSV/XLSX…</translation>
    </message>
    <message>
        <source>Die Überprüfung als Tabelle für Excel</source>
        <translation>The review as a table for Excel</translation>
    </message>
    <message>
        <source>Für {year} gibt es noch keine Überprüfung: „Überprüfung ausführen“ berechnet die Vorschläge (es ändert sich noch nichts).</source>
        <translation>There is no review for {year} yet: “Run review” computes the proposals (nothing changes yet).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{state}&lt;/b&gt;, Stufen gültig ab {effective}</source>
        <translation>&lt;b&gt;{state}&lt;/b&gt;, tiers valid from {effective}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Entwurf&lt;/b&gt;: {open} von {total} Vorschlägen offen</source>
        <translation>&lt;b&gt;Draft&lt;/b&gt;: {open} of {total} proposals open</translation>
    </message>
    <message>
        <source>Überprüfung {id}: Geschäftsjahr {year}, Stichtag {as_of}, Edition {edition}</source>
        <translation>Review {id}: business year {year}, reference date {as_of}, edition {edition}</translation>
    </message>
    <message>
        <source>bestätigt am {day} von {name}</source>
        <translation>confirmed on {day} by {name}</translation>
    </message>
    <message>
        <source>bestätigt am {day}</source>
        <translation>confirmed on {day}</translation>
    </message>
    <message>
        <source>Briefe gibt es, sobald die Überprüfung bestätigt ist.</source>
        <translation>Letters are available once the review is confirmed.</translation>
    </message>
    <message>
        <source>Eine Zeile wählen, um Zahlen und Gründe zu sehen.</source>
        <translation>Select a row to see figures and reasons.</translation>
    </message>
    <message>
        <source>Die Überprüfung {year} ist bestätigt. Eine neue Überprüfung ausführen? Die Stufenhistorie bleibt erhalten; bestätigt wird erst die neue.</source>
        <translation>The review {year} is confirmed. Run a new review? The tier history stays; only the new review gets confirmed.</translation>
    </message>
    <message>
        <source>Eine neue Überprüfung ersetzt den angezeigten Entwurf mit seinen Entscheidungen. Neu ausführen?</source>
        <translation>A new review replaces the draft shown with its decisions. Run again?</translation>
    </message>
    <message>
        <source>Überprüfung {year} läuft …</source>
        <translation>Review {year} running…</translation>
    </message>
    <message>
        <source>Überprüfung {year}: {total} Partner, {moved} mit Änderung</source>
        <translation>Review {year}: {total} partners, {moved} with a change</translation>
    </message>
    <message>
        <source>Nicht übernommen: {message}</source>
        <translation>Not applied: {message}</translation>
    </message>
    <message>
        <source>{company}: abweichend entschieden</source>
        <translation>{company}: decided otherwise</translation>
    </message>
    <message>
        <source>Überprüfung {year} bestätigen?

Die Stufen der {total} Partner werden ab {effective} gesetzt und in die Stufenhistorie geschrieben. Danach lässt sich die Überprüfung nicht mehr ändern (nur durch eine neue Überprüfung).</source>
        <translation>Confirm the review {year}?

The tiers of the {total} partners are set from {effective} and written into the tier history. After that the review cannot be changed (only replaced by a new review).</translation>
    </message>
    <message numerus="yes">
        <source>%n noch offene Vorschläge werden dabei angenommen.</source>
        <translation>
            <numerusform>%n proposal still open will be accepted.</numerusform>
            <numerusform>%n proposals still open will be accepted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Überprüfung bestätigen</source>
        <translation>Confirm review</translation>
    </message>
    <message>
        <source>Überprüfung {year} bestätigt: Stufen gültig ab {effective}</source>
        <translation>Review {year} confirmed: tiers valid from {effective}</translation>
    </message>
    <message>
        <source>Zusammenfassung: bitte zuerst die Überprüfung ausführen</source>
        <translation>Summary: please run the review first</translation>
    </message>
    <message>
        <source>Aufstieg</source>
        <translation>up</translation>
    </message>
    <message>
        <source>Abstieg</source>
        <translation>down</translation>
    </message>
    <message>
        <source>unverändert</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>erfüllt keine Stufe mehr</source>
        <translation>no longer meets a tier</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>angenommen</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>abweichend entschieden</source>
        <translation>decided otherwise</translation>
    </message>
    <message>
        <source>keine Stufe</source>
        <translation>no tier</translation>
    </message>
    <message>
        <source>abweichend: {tier}</source>
        <translation>otherwise: {tier}</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Stufe bisher</source>
        <translation>Tier so far</translation>
    </message>
    <message>
        <source>Vorschlag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Bewegung</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{total} ({manual} gemeldet, {won} aus gewonnenen Angeboten)</source>
        <translation>{total} ({manual} reported, {won} from won quotes)</translation>
    </message>
    <message>
        <source>Projekte</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Umsatz</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Bewegung danach</source>
        <translation>Movement after</translation>
    </message>
</context>
<context>
    <name>RevisionCompareDialog</name>
    <message>
        <source>Revisionen vergleichen – {quote}</source>
        <translation>Compare revisions – {quote}</translation>
    </message>
    <message>
        <source>Revision {number} ({status})</source>
        <translation>Revision {number} ({status})</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>nach</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>SenderForm</name>
    <message>
        <source>Firma</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>vollständiger Name mit Rechtsform, z. B. Muster IT GmbH</source>
        <translation>full name with legal form, e.g. Muster IT GmbH</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Deutschland</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Rechtsform</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>z. B. GmbH</source>
        <translation>e.g. GmbH</translation>
    </message>
    <message>
        <source>Sitz der Gesellschaft</source>
        <translation>Registered office</translation>
    </message>
    <message>
        <source>leer: wie Ort</source>
        <translation>empty: same as city</translation>
    </message>
    <message>
        <source>Registergericht</source>
        <translation>Registry court</translation>
    </message>
    <message>
        <source>z. B. Amtsgericht Köln</source>
        <translation>e.g. Amtsgericht Köln</translation>
    </message>
    <message>
        <source>Registernummer</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>z. B. HRB 12345</source>
        <translation>e.g. HRB 12345</translation>
    </message>
    <message>
        <source>USt-IdNr.</source>
        <translation>VAT ID</translation>
    </message>
    <message>
        <source>z. B. DE123456789</source>
        <translation>e.g. DE123456789</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Geschäftsführung</source>
        <translation>Managing directors</translation>
    </message>
    <message>
        <source>Absender für Briefköpfe (Angebote, Checklisten, Übersichten)</source>
        <translation>Sender for letterheads (quotes, checklists, overviews)</translation>
    </message>
    <message>
        <source>Pflichtangaben auf Geschäftsbriefen (§ 35a GmbHG)</source>
        <translation>Mandatory details on business letters (§ 35a GmbHG)</translation>
    </message>
    <message>
        <source>ein Name pro Zeile</source>
        <translation>one name per line</translation>
    </message>
    <message>
        <source>Bankverbindung</source>
        <translation>Bank details</translation>
    </message>
    <message>
        <source>Geschäftsführung: bitte einen Namen pro Zeile und ohne Komma.</source>
        <translation>Managing directors: please one name per line and without commas.</translation>
    </message>
    <message>
        <source>Auf Geschäftsbriefen vorgeschrieben, noch leer: {fields}</source>
        <translation>Required on business letters, still empty: {fields}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Zertifizierungen melden, die binnen N Tagen ablaufen</source>
        <translation>Report certifications expiring within N days</translation>
    </message>
    <message>
        <source>Backlink erneut prüfen nach N Tagen</source>
        <translation>Check a backlink again after N days</translation>
    </message>
    <message>
        <source>Angebote melden, die binnen N Tagen ablaufen</source>
        <translation>Report quotes expiring within N days</translation>
    </message>
    <message>
        <source>Onboarding als stockend melden nach N Tagen ohne Änderung</source>
        <translation>Report onboarding as stalled after N days without a change</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Absender und Einstellungen speichern (Strg+S)</source>
        <translation>Save sender and settings (Ctrl+S)</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Angebote</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Höchstens {percent}: mehr erlaubt das Partnerprogramm (Edition {edition}) nicht.</source>
        <translation>At most {percent}: the partner program (edition {edition}) allows no more.</translation>
    </message>
    <message>
        <source>Name auf Angeboten und Checklisten</source>
        <translation>Name on quotes and checklists</translation>
    </message>
    <message>
        <source>Gültigkeit neuer Angebote:</source>
        <translation>Validity of new quotes:</translation>
    </message>
    <message>
        <source>Höchster Zusatzrabatt:</source>
        <translation>Maximum extra discount:</translation>
    </message>
    <message>
        <source>(das Programm erlaubt höchstens {percent})</source>
        <translation>(the program allows at most {percent})</translation>
    </message>
    <message>
        <source>Ansprechpartner:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Oberfläche</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Sprache:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>(wirkt nach Neustart)</source>
        <translation>(takes effect after a restart)</translation>
    </message>
    <message>
        <source>Fällig-Liste</source>
        <translation>Due list</translation>
    </message>
    <message>
        <source>Zertifizierung läuft ab in:</source>
        <translation>Certification expires within:</translation>
    </message>
    <message>
        <source>Backlink nicht geprüft seit:</source>
        <translation>Backlink not checked for:</translation>
    </message>
    <message>
        <source>Angebot läuft ab in:</source>
        <translation>Quote expires within:</translation>
    </message>
    <message>
        <source>Onboarding ohne Änderung seit:</source>
        <translation>Onboarding unchanged for:</translation>
    </message>
    <message>
        <source>Der höchste Zusatzrabatt darf {percent} nicht übersteigen.</source>
        <translation>The maximum extra discount must not exceed {percent}.</translation>
    </message>
    <message>
        <source>Zusatzrabatt</source>
        <translation>Extra discount</translation>
    </message>
    <message>
        <source>Nicht gespeichert: {problems}</source>
        <translation>Not saved: {problems}</translation>
    </message>
    <message>
        <source>Einstellungen speichern</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Die Sprache wirkt nach einem Neustart.</source>
        <translation>The language takes effect after a restart.</translation>
    </message>
    <message>
        <source>Einstellungen gespeichert</source>
        <translation>Settings saved</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>nspdesk läuft bereits</source>
        <translation>nspdesk is already running</translation>
    </message>
    <message>
        <source>Wiederherstellen fehlgeschlagen:
{error}</source>
        <translation>Restore failed:
{error}</translation>
    </message>
    <message>
        <source>Datenbank nicht verwendbar</source>
        <translation>Database not usable</translation>
    </message>
    <message>
        <source>{error}

Soll die letzte Sicherung {backup} wiederhergestellt werden? Die jetzige Datei bleibt als Kopie erhalten.</source>
        <translation>{error}

Restore the latest backup {backup}? The current file is kept as a copy.</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Aus Vorlage</source>
        <translation>From template</translation>
    </message>
    <message>
        <source>Die Positionen und Texte der Vorlage ersetzen die des Angebots.</source>
        <translation>The template&apos;s lines and texts replace those of the quote.</translation>
    </message>
</context>
<context>
    <name>TierPanel</name>
    <message>
        <source>Grund, z. B. Zertifizierung ist für Januar gebucht</source>
        <translation>Reason, e.g. certification is booked for January</translation>
    </message>
    <message>
        <source>{tier} – von den aktuellen Zahlen gedeckt</source>
        <translation>{tier} – supported by the current figures</translation>
    </message>
    <message>
        <source>keine Partnerstufe</source>
        <translation>no partner tier</translation>
    </message>
    <message>
        <source>{recorded} erfasst · die Zahlen tragen {supported}</source>
        <translation>{recorded} recorded · the figures support {supported}</translation>
    </message>
    <message>
        <source>Erfasste Stufe {tier} beibehalten – Grund:</source>
        <translation>Keep the recorded tier {tier} – reason:</translation>
    </message>
    <message>
        <source>Zu Konditionen {tier} anbieten</source>
        <translation>Quote at {tier} conditions</translation>
    </message>
    <message>
        <source>Zu anderen Konditionen anbieten</source>
        <translation>Quote at other conditions</translation>
    </message>
    <message>
        <source>Die Zahlen tragen keine Partnerstufe.</source>
        <translation>The figures support no partner tier.</translation>
    </message>
    <message>
        <source>Bei dieser Revision entschieden (erfasste Stufe {recorded}):</source>
        <translation>Decided for this revision (recorded tier {recorded}):</translation>
    </message>
    <message>
        <source>Erfasste Stufe beibehalten – Grund:</source>
        <translation>Keep the recorded tier – reason:</translation>
    </message>
    <message>
        <source>Zu Konditionen {tier} angeboten</source>
        <translation>Quoted at {tier} conditions</translation>
    </message>
</context>
<context>
    <name>TierTableModel</name>
    <message>
        <source>{amount} p. a.</source>
        <translation>{amount} p.a.</translation>
    </message>
    <message>
        <source>{amount} MRR</source>
        <translation>{amount} MRR</translation>
    </message>
    <message>
        <source>umsatzabhängig</source>
        <translation>by revenue</translation>
    </message>
    <message>
        <source>nach Vereinbarung</source>
        <translation>by agreement</translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Projekte p. a.</source>
        <translation>Projects p.a.</translation>
    </message>
    <message>
        <source>Umsatzschwelle</source>
        <translation>Revenue threshold</translation>
    </message>
    <message>
        <source>Zert. Techniker</source>
        <translation>Cert. technicians</translation>
    </message>
    <message>
        <source>Rabatt Neulizenzen</source>
        <translation>New licence discount</translation>
    </message>
    <message>
        <source>Rabatt Wartung</source>
        <translation>Maintenance discount</translation>
    </message>
    <message>
        <source>Rabatt Cloud</source>
        <translation>Cloud discount</translation>
    </message>
    <message>
        <source>NFR-User</source>
        <translation>NFR users</translation>
    </message>
    <message>
        <source>Marketingbudget p. a.</source>
        <translation>Marketing budget p.a.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>TotalsBox</name>
    <message>
        <source>Netto</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>USt</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Brutto</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Marge</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>einmalig</source>
        <translation>one-time</translation>
    </message>
    <message>
        <source>jährlich</source>
        <translation>yearly</translation>
    </message>
    <message>
        <source>monatlich</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>Gesamt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Einkauf des Partners</source>
        <translation>Partner&apos;s purchase price</translation>
    </message>
    <message>
        <source>Marge des Partners</source>
        <translation>Partner&apos;s margin</translation>
    </message>
    <message>
        <source>Keine Summen: die Eingaben sind noch nicht vollständig.</source>
        <translation>No totals: the entries are not complete yet.</translation>
    </message>
    <message>
        <source>Gesamt im ersten Jahr</source>
        <translation>Total in the first year</translation>
    </message>
    <message>
        <source>USt (RC)</source>
        <translation>VAT (RC)</translation>
    </message>
    <message>
        <source>Reverse Charge</source>
        <translation>Reverse charge</translation>
    </message>
    <message>
        <source>USt {rate}</source>
        <translation>VAT {rate}</translation>
    </message>
    <message numerus="yes">
        <source>%n Positionen</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>{positions} · Konditionen {tier} · {program}</source>
        <translation>{positions} · {tier} conditions · {program}</translation>
    </message>
    <message>
        <source>Gesamt {period}</source>
        <translation>Total {period}</translation>
    </message>
    <message>
        <source>Marge in % des Verkaufs</source>
        <translation>Margin in % of the sale</translation>
    </message>
    <message>
        <source>Marge aller Positionen im Verhältnis zum Verkaufspreis (netto)</source>
        <translation>Margin of all lines relative to the sale price (net)</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>Was wäre wenn</source>
        <translation>What if</translation>
    </message>
    <message>
        <source>Umsatz im Jahr (€)</source>
        <translation>Revenue in the year (€)</translation>
    </message>
    <message>
        <source>Vertriebstraining</source>
        <translation>Sales training</translation>
    </message>
    <message>
        <source>Techniktraining</source>
        <translation>Technical training</translation>
    </message>
    <message>
        <source>Basis-Servicevereinbarung</source>
        <translation>Basic service agreement</translation>
    </message>
    <message>
        <source>Zurücksetzen</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Realisierte Projekte</source>
        <translation>Completed projects</translation>
    </message>
    <message>
        <source>Zertifizierte Techniker</source>
        <translation>Certified technicians</translation>
    </message>
    <message>
        <source>Backlink</source>
        <translation>Backlink</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Nur eine Rechnung: es wird nichts gespeichert.</source>
        <translation>Only a calculation: nothing is saved.</translation>
    </message>
    <message>
        <source>MRR pro Monat (€)</source>
        <translation>MRR per month (€)</translation>
    </message>
    <message>
        <source>keine Stufe</source>
        <translation>no tier</translation>
    </message>
    <message>
        <source>Mit diesen Werten erreicht: &lt;b&gt;{tier}&lt;/b&gt;</source>
        <translation>Reached with these values: &lt;b&gt;{tier}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(bisher {tier})</source>
        <translation>(so far {tier})</translation>
    </message>
    <message>
        <source>(unverändert)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>Erfasste Stufe {tier}: {light}</source>
        <translation>Recorded tier {tier}: {light}</translation>
    </message>
    <message>
        <source>nichts</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Für {tier} fehlt: {missing}</source>
        <translation>Missing for {tier}: {missing}</translation>
    </message>
</context>
</TS>
