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
        <source>Partnervereinbarung (Programm)</source>
        <translation>Partner agreement (program)</translation>
    </message>
    <message>
        <source>Basis-Servicevereinbarung</source>
        <translation>Basic service agreement</translation>
    </message>
    <message>
        <source>Partnervereinbarung (PV, Support)</source>
        <translation>Partner agreement (PV, support)</translation>
    </message>
    <message>
        <source>Servicevereinbarung (SV)</source>
        <translation>Service agreement (SV)</translation>
    </message>
    <message>
        <source>Hersteller-Supportvertrag (HSV)</source>
        <translation>Vendor support contract (HSV)</translation>
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
    <message numerus="yes">
        <source> User</source>
        <translation>
            <numerusform> user</numerusform>
            <numerusform> users</numerusform>
        </translation>
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
    <name>Backlink</name>
    <message>
        <source>keine Website hinterlegt</source>
        <translation>no website on record</translation>
    </message>
    <message>
        <source>Adresse nicht gefunden (DNS)</source>
        <translation>address not found (DNS)</translation>
    </message>
    <message>
        <source>keine Antwort in der vorgegebenen Zeit</source>
        <translation>no answer in the time allowed</translation>
    </message>
    <message>
        <source>sichere Verbindung (TLS) fehlgeschlagen, z. B. ungültiges Zertifikat</source>
        <translation>secure connection (TLS) failed, e.g. an invalid certificate</translation>
    </message>
    <message>
        <source>der Server meldet einen Fehler</source>
        <translation>the server reports an error</translation>
    </message>
    <message>
        <source>Verbindung fehlgeschlagen oder abgebrochen</source>
        <translation>connection failed or broken off</translation>
    </message>
    <message>
        <source>zu viele Weiterleitungen</source>
        <translation>too many redirects</translation>
    </message>
    <message>
        <source>Weiterleitungsschleife</source>
        <translation>redirect loop</translation>
    </message>
    <message>
        <source>Weiterleitung auf eine Adresse, die nicht geprüft wird</source>
        <translation>redirect to an address that is not checked</translation>
    </message>
    <message>
        <source>Seite zu groß</source>
        <translation>page too large</translation>
    </message>
    <message>
        <source>keine HTML-Seite</source>
        <translation>not an HTML page</translation>
    </message>
    <message>
        <source>Follow-Link auf www.nospamproxy.de gefunden</source>
        <translation>Follow link to www.nospamproxy.de found</translation>
    </message>
    <message>
        <source>Follow-Link auf www.nospamproxy.de gefunden: {href}</source>
        <translation>Follow link to www.nospamproxy.de found: {href}</translation>
    </message>
    <message>
        <source>Link auf www.nospamproxy.de gefunden, aber nicht gefolgt ({why})</source>
        <translation>Link to www.nospamproxy.de found, but not followed ({why})</translation>
    </message>
    <message>
        <source>robots-Angabe der Seite: nofollow</source>
        <translation>the page&apos;s robots setting: nofollow</translation>
    </message>
    <message>
        <source>kein Link auf www.nospamproxy.de gefunden</source>
        <translation>no link to www.nospamproxy.de found</translation>
    </message>
    <message>
        <source>nicht erreichbar: {reason}</source>
        <translation>unreachable: {reason}</translation>
    </message>
    <message>
        <source>nicht erreichbar: {reason} ({detail})</source>
        <translation>unreachable: {reason} ({detail})</translation>
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
        <source>Noch keine Sicherung. „Jetzt sichern“ legt eine an; hier stehen dann die Sicherungen, neueste zuerst, und „Wiederherstellen …“ holt eine zurück.</source>
        <translation>No backup yet. “Back up now” makes one; the backups are then listed here, newest first, and “Restore…” brings one back.</translation>
    </message>
    <message>
        <source>Erst eine Sicherung in der Liste wählen.</source>
        <translation>First choose a backup in the list.</translation>
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
    <name>CatalogStore</name>
    <message>
        <source>die Artikelnummer fehlt</source>
        <translation>the article number is missing</translation>
    </message>
    <message>
        <source>die Bezeichnung fehlt</source>
        <translation>the name is missing</translation>
    </message>
    <message>
        <source>unbekannte Kategorie {category} (bekannt: {known})</source>
        <translation>unknown category {category} (known: {known})</translation>
    </message>
    <message>
        <source>der Listenpreis darf nicht negativ sein</source>
        <translation>the list price must not be negative</translation>
    </message>
    <message>
        <source>der Listenpreis ist zu groß (höchstens {maximum})</source>
        <translation>the list price is too large (at most {maximum})</translation>
    </message>
    <message>
        <source>Es gibt keinen Katalogeintrag mit der ID {id}.</source>
        <translation>There is no catalog entry with ID {id}.</translation>
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
        <source>(neuer Artikel, noch kein Preis)</source>
        <translation>(new article, no price yet)</translation>
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
    <name>Compliance</name>
    <message>
        <source>{n} weiteres realisiertes Projekt</source>
        <translation>{n} more completed project</translation>
    </message>
    <message>
        <source>{n} weitere realisierte Projekte</source>
        <translation>{n} more completed projects</translation>
    </message>
    <message>
        <source>{amount} Umsatz</source>
        <translation>{amount} revenue</translation>
    </message>
    <message>
        <source>{amount} monatlich wiederkehrender Umsatz (MRR)</source>
        <translation>{amount} monthly recurring revenue (MRR)</translation>
    </message>
    <message>
        <source>{n} weiterer zertifizierter Techniker (zweitägige Administratorenschulung)</source>
        <translation>{n} more certified technician (two-day administrator course)</translation>
    </message>
    <message>
        <source>{n} weitere zertifizierte Techniker (zweitägige Administratorenschulung)</source>
        <translation>{n} more certified technicians (two-day administrator course)</translation>
    </message>
    <message>
        <source>Follow-Link auf www.nospamproxy.de auf der eigenen Website ({state})</source>
        <translation>Follow link to www.nospamproxy.de on the partner&apos;s own website ({state})</translation>
    </message>
    <message>
        <source>Basis-Servicevereinbarung mit der Net at Work GmbH</source>
        <translation>Basic service agreement with Net at Work GmbH</translation>
    </message>
    <message>
        <source>1 Online-Vertriebstraining</source>
        <translation>1 online sales training</translation>
    </message>
    <message>
        <source>1 Online-Techniktraining</source>
        <translation>1 online technical training</translation>
    </message>
    <message>
        <source>1 Vertriebstraining (Video)</source>
        <translation>1 sales training (video)</translation>
    </message>
    <message>
        <source>1 Techniktraining (Video)</source>
        <translation>1 technical training (video)</translation>
    </message>
    <message>
        <source>derzeit mit nofollow markiert</source>
        <translation>currently marked nofollow</translation>
    </message>
    <message>
        <source>derzeit kein Link gefunden</source>
        <translation>currently no link found</translation>
    </message>
    <message>
        <source>noch nicht geprüft oder Website nicht erreichbar</source>
        <translation>not checked yet or website unreachable</translation>
    </message>
    <message>
        <source>Ein Follow-Link auf www.nospamproxy.de ist für {tier} wünschenswert ({state}); ab der nächsten Stufe ist er Pflicht.</source>
        <translation>A follow link to www.nospamproxy.de is desirable for {tier} ({state}); from the next tier on it is required.</translation>
    </message>
    <message>
        <source>Die Zertifizierung vom {completed} liegt nach dem Stichtag {as_of} und zählt noch nicht.</source>
        <translation>The certification of {completed} lies after the reference date {as_of} and does not count yet.</translation>
    </message>
    <message>
        <source>Die Zertifizierung vom {completed} ist am {through} abgelaufen; die Administratorenschulung ist zu wiederholen.</source>
        <translation>The certification of {completed} expired on {through}; the administrator course must be repeated.</translation>
    </message>
    <message>
        <source>Die Zertifizierung vom {completed} {expiry}.</source>
        <translation>The certification of {completed} {expiry}.</translation>
    </message>
    <message>
        <source>Die Zertifizierung vom {completed} {expiry}; danach fehlt für {tier} ein zertifizierter Techniker, die Schulung sollte rechtzeitig wiederholt werden.</source>
        <translation>The certification of {completed} {expiry}; after that {tier} lacks a certified technician, so the course should be repeated in time.</translation>
    </message>
    <message>
        <source>läuft heute ({through}) ab</source>
        <translation>expires today ({through})</translation>
    </message>
    <message>
        <source>läuft morgen ({through}) ab</source>
        <translation>expires tomorrow ({through})</translation>
    </message>
    <message>
        <source>läuft am {through} ab (in {days} Tagen)</source>
        <translation>expires on {through} (in {days} days)</translation>
    </message>
    <message>
        <source>{year} liegt nach dem Stichtag {as_of}</source>
        <translation>{year} lies after the reference date {as_of}</translation>
    </message>
    <message>
        <source>unbekannte Spur {track} (bekannt: {known})</source>
        <translation>unknown track {track} (known: {known})</translation>
    </message>
    <message>
        <source>die Stufen der Spur {track} vergibt nur die Net at Work GmbH direkt; die umsatzabhängigen Leistungen zeigt die Auswertung der Spur &apos;server&apos;</source>
        <translation>the tiers of track {track} are granted by Net at Work GmbH directly; the revenue-based benefits are shown by the evaluation of track &apos;server&apos;</translation>
    </message>
    <message>
        <source>{tier} ist keine Stufe der Spur {track} (möglich: {names})</source>
        <translation>{tier} is not a tier of track {track} (possible: {names})</translation>
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
        <source>Um die erfasste Stufe {tier} zu halten, fehlt:</source>
        <translation>Missing to keep the recorded tier {tier}:</translation>
    </message>
    <message>
        <source>Für die nächste Stufe {tier} fehlt:</source>
        <translation>Missing for the next tier {tier}:</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>Datenbank {where}: {verdict}</source>
        <translation>Database {where}: {verdict}</translation>
    </message>
    <message>
        <source>in Ordnung</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{n} Problem</source>
        <translation>{n} problem</translation>
    </message>
    <message>
        <source>{n} Probleme</source>
        <translation>{n} problems</translation>
    </message>
    <message>
        <source>  ✗ {problem}</source>
        <translation>  ✗ {problem}</translation>
    </message>
    <message>
        <source>  · {fact}</source>
        <translation>  · {fact}</translation>
    </message>
    <message>
        <source>die Datei existiert nicht</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>keine lesbare SQLite-Datenbank: {error}</source>
        <translation>not a readable SQLite database: {error}</translation>
    </message>
    <message>
        <source>nicht lesbar: {reason}</source>
        <translation>not readable: {reason}</translation>
    </message>
    <message>
        <source>nur lesbar: {reason}</source>
        <translation>read-only: {reason}</translation>
    </message>
    <message>
        <source>Integrität: {line}</source>
        <translation>Integrity: {line}</translation>
    </message>
    <message>
        <source>Fremdschlüssel: {table} Zeile {rowid} verweist auf fehlendes {parent}</source>
        <translation>Foreign key: {table} row {rowid} refers to a missing {parent}</translation>
    </message>
    <message>
        <source>keine Sicherungen</source>
        <translation>no backups</translation>
    </message>
    <message>
        <source>{n} Sicherung: {file}</source>
        <translation>{n} backup: {file}</translation>
    </message>
    <message>
        <source>{n} Sicherungen, neueste: {file}</source>
        <translation>{n} backups, newest: {file}</translation>
    </message>
    <message>
        <source>Schema nicht lesbar: {error}</source>
        <translation>Schema not readable: {error}</translation>
    </message>
    <message>
        <source>enthält Tabellen, ist aber keine nspdesk-Datenbank</source>
        <translation>contains tables but is not an nspdesk database</translation>
    </message>
    <message>
        <source>Schema {current} ist neuer als diese nspdesk-Version ({head})</source>
        <translation>Schema {current} is newer than this version of nspdesk ({head})</translation>
    </message>
    <message>
        <source>leer (wird beim ersten Start eingerichtet)</source>
        <translation>empty (set up on the first start)</translation>
    </message>
    <message>
        <source>Schema {current}, wird beim nächsten Start auf {head} migriert</source>
        <translation>Schema {current}, migrated to {head} on the next start</translation>
    </message>
    <message>
        <source>Schema {current} (aktuell)</source>
        <translation>Schema {current} (current)</translation>
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
        <source>Keine Unterschiede: Positionen, Mengen, Preise und Rabatte sind gleich (Netto {net}). Verglichen werden die Positionen, nicht Betreff und Texte.</source>
        <translation>No differences: lines, quantities, prices and discounts are the same (net {net}). The lines are compared, not the subject and texts.</translation>
    </message>
    <message>
        <source>Netto vorher {old} · nachher {new} · Differenz {delta}</source>
        <translation>Net before {old} · after {new} · difference {delta}</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>{n} Tag</source>
        <translation>{n} day</translation>
    </message>
    <message>
        <source>{n} Tagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <source>in {days}</source>
        <translation>in {days}</translation>
    </message>
    <message>
        <source>Zertifizierung von {technician} ist am {through} abgelaufen; die Administratorenschulung ist zu wiederholen.</source>
        <translation>Certification of {technician} expired on {through}; the administrator course must be repeated.</translation>
    </message>
    <message>
        <source>Zertifizierung von {technician} {expiry}.</source>
        <translation>Certification of {technician} {expiry}.</translation>
    </message>
    <message>
        <source>Vertriebstraining {year} fehlt noch (für {tier} erforderlich).</source>
        <translation>Sales training {year} still missing (required for {tier}).</translation>
    </message>
    <message>
        <source>Techniktraining {year} fehlt noch (für {tier} erforderlich).</source>
        <translation>Technical training {year} still missing (required for {tier}).</translation>
    </message>
    <message>
        <source>Kein Link auf www.nospamproxy.de gefunden; für {tier} ist ein Follow-Link Pflicht.</source>
        <translation>No link to www.nospamproxy.de found; {tier} requires a follow link.</translation>
    </message>
    <message>
        <source>Der Link auf www.nospamproxy.de ist mit nofollow markiert; für {tier} ist ein Follow-Link Pflicht.</source>
        <translation>The link to www.nospamproxy.de is marked nofollow; {tier} requires a follow link.</translation>
    </message>
    <message>
        <source>Der Link auf www.nospamproxy.de wurde noch nie erfolgreich geprüft.</source>
        <translation>The link to www.nospamproxy.de has never been checked successfully.</translation>
    </message>
    <message>
        <source>Der Link auf www.nospamproxy.de wurde zuletzt am {checked} geprüft (vor {age}); bitte erneut prüfen.</source>
        <translation>The link to www.nospamproxy.de was last checked on {checked} ({age} ago); please check it again.</translation>
    </message>
    <message>
        <source>Basis-Servicevereinbarung fehlt (für {tier} erforderlich).</source>
        <translation>Basic service agreement missing (required for {tier}).</translation>
    </message>
    <message>
        <source>Kostenlose Support-Calls {year} aufgebraucht ({used} von {free}); weitere Calls werden nach Aufwand berechnet, sofern kein Produktfehler vorliegt.</source>
        <translation>Free support calls {year} used up ({used} of {free}); further calls are charged by effort unless there is a product defect.</translation>
    </message>
    <message>
        <source>Marketingbudget {year}: {left} von {budget} noch nicht genutzt.</source>
        <translation>Marketing budget {year}: {left} of {budget} not used yet.</translation>
    </message>
    <message>
        <source>Angebot {number} ist am {day} abgelaufen.</source>
        <translation>Quote {number} expired on {day}.</translation>
    </message>
    <message>
        <source>Angebot {number} ist gültig bis {day} ({when}).</source>
        <translation>Quote {number} is valid until {day} ({when}).</translation>
    </message>
    <message>
        <source>{n} Schritt</source>
        <translation>{n} step</translation>
    </message>
    <message>
        <source>{n} Schritte</source>
        <translation>{n} steps</translation>
    </message>
    <message>
        <source>Onboarding zu {tier} stockt: {steps} offen, seit {idle} keine Änderung (zuletzt {last}).</source>
        <translation>Onboarding to {tier} stalled: {steps} open, no change for {idle} (last on {last}).</translation>
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
        <source>zur Info</source>
        <translation>for info</translation>
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
        <source>Partner suchen …</source>
        <translation>Search partners …</translation>
    </message>
    <message>
        <source>Name, Kundennummer oder Ort des Partners</source>
        <translation>The partner&apos;s name, customer number or city</translation>
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
    <message>
        <source>Gemeldet werden Zertifizierungen, die binnen {cert} ablaufen, Backlinks, die seit {backlink} nicht geprüft sind, Angebote, die binnen {quote} ablaufen, und Onboarding ohne Änderung seit {onboarding} (Einstellungen).</source>
        <translation>Listed: certifications expiring within {cert}, backlinks not checked for {backlink}, quotes expiring within {quote} and onboarding unchanged for {onboarding} (Settings).</translation>
    </message>
    <message numerus="yes">
        <source>%n Tagen</source>
        <comment>binnen, seit</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Die Fällig-Liste wird geordnet …</source>
        <translation>Sorting the due list …</translation>
    </message>
    <message numerus="yes">
        <source>Die Fällig-Liste wird berechnet: {done} von %n Partnern …</source>
        <translation>
            <numerusform>Computing the due list: {done} of %n partner …</numerusform>
            <numerusform>Computing the due list: {done} of %n partners …</numerusform>
        </translation>
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
    <name>Editions</name>
    <message>
        <source>{day} liegt vor dem Beginn des Partnerprogramms (erste Edition {edition} gilt ab {start})</source>
        <translation>{day} is before the start of the partner program (the first edition {edition} applies from {start})</translation>
    </message>
    <message>
        <source>unbekannte Edition {edition}</source>
        <translation>unknown edition {edition}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{name}: unbekanntes Format {suffix}; erwartet .csv oder .xlsx</source>
        <translation>{name}: unknown format {suffix}; expected .csv or .xlsx</translation>
    </message>
    <message>
        <source>(keine Endung)</source>
        <translation>(no extension)</translation>
    </message>
    <message>
        <source>{path} ist ein Verzeichnis, keine Datei.</source>
        <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
        <source>Das Verzeichnis {folder} existiert nicht.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>{path} kann nicht geschrieben werden ({reason}); ist die Datei noch in Excel geöffnet?</source>
        <translation>{path} cannot be written ({reason}); is the file still open in Excel?</translation>
    </message>
    <message>
        <source>{path} kann nicht geschrieben werden ({reason}).</source>
        <translation>{path} cannot be written ({reason}).</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Entscheidung zur Partnerstufe</source>
        <translation>Tier decision</translation>
    </message>
    <message>
        <source>Grund für die erfasste Stufe</source>
        <translation>Reason for the recorded tier</translation>
    </message>
    <message>
        <source>Partnerstufe</source>
        <translation>Partner tier</translation>
    </message>
    <message>
        <source>MSP-Umsatzniveau</source>
        <translation>MSP revenue level</translation>
    </message>
    <message>
        <source>Produktlinie</source>
        <translation>Product line</translation>
    </message>
    <message>
        <source>Angebotsdatum</source>
        <translation>Quote date</translation>
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
        <source>Gültig ab</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Subject</translation>
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
        <source>Ansprechpartner</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Endkunde</source>
        <translation>End customer</translation>
    </message>
    <message>
        <source>Umsatzsteuer</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Positionen</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Menge</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Listenpreis</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Zusatzrabatt</source>
        <translation>Extra discount</translation>
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
        <source>Einheit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Artikelnummer</source>
        <translation>Article number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Firma</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Benutzer</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Erledigt am</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Abgeschlossen am</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Programm-Edition</source>
        <translation>Program edition</translation>
    </message>
    <message>
        <source>Höchster Zusatzrabatt</source>
        <translation>Highest extra discount</translation>
    </message>
    <message>
        <source>Position {n}</source>
        <translation>Line {n}</translation>
    </message>
    <message>
        <source>Ansprechpartner {n}</source>
        <translation>Contact {n}</translation>
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
        <source>Keine realisierten Projekte aus Angeboten in {year}.</source>
        <translation>No completed projects from quotes in {year}.</translation>
    </message>
    <message>
        <source>Angebot</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>angenommen am</source>
        <translation>accepted on</translation>
    </message>
    <message>
        <source>davon MRR</source>
        <translation>of which MRR</translation>
    </message>
    <message>
        <source>Realisierte Projekte aus Angeboten {year}</source>
        <translation>Completed projects from quotes {year}</translation>
    </message>
    <message>
        <source>Eine Angebotsnummer öffnet das Angebot.</source>
        <translation>A quote number opens the quote.</translation>
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
        <source>„aus Angeboten“: angenommene Angebote des Jahres mit mindestens einer Position für Kunden (Server: Neulizenzen, Wartung, Dienstleistung; Cloud), ein Projekt je Angebot; Eigenbedarfs- und NFR-Lizenzen zählen weder als Projekt noch als Umsatz. „von Hand“: Geschäft außerhalb von nspdesk; der MRR zählt zwölffach zum Umsatz.</source>
        <translation>“from quotes”: quotes accepted in the year with at least one line for customers (Server: new licences, maintenance, services; Cloud), one project per quote; own-use and NFR licences count neither as a project nor as revenue. “by hand”: business outside nspdesk; the MRR counts twelve times towards the revenue.</translation>
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
    <message>
        <source>Umsatz gesamt enthält den MRR von Hand zwölffach: {amount}</source>
        <translation>The total revenue includes the MRR entered by hand twelve times: {amount}</translation>
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
    <name>FixedPrices</name>
    <message>
        <source>{category} hat einen festen Preis des Partnerprogramms ohne Zusatzrabatt (Position {position})</source>
        <translation>{category} has a fixed price of the partner program without extra discount (line {position})</translation>
    </message>
    <message>
        <source>{category} für {users} Benutzer kostet {price} laut Partnerprogramm, nicht {given} (Position {position})</source>
        <translation>{category} for {users} users costs {price} under the partner program, not {given} (line {position})</translation>
    </message>
    <message>
        <source>keine Eigenbedarfs-Lizenz kostet {given} (Position {position}; möglich: {sizes})</source>
        <translation>no own-use licence costs {given} (line {position}; available: {sizes})</translation>
    </message>
    <message>
        <source>keine Eigenbedarfs-Lizenz für {users} Benutzer (Position {position}; möglich: {sizes})</source>
        <translation>no own-use licence for {users} users (line {position}; available: {sizes})</translation>
    </message>
    <message>
        <source>Benutzerzahl der Eigenbedarfs-Lizenz fehlt (Position {position}; möglich: {sizes})</source>
        <translation>the own-use licence&apos;s number of users is missing (line {position}; available: {sizes})</translation>
    </message>
    <message>
        <source>{users} Benutzer {price}</source>
        <translation>{users} users {price}</translation>
    </message>
    <message>
        <source>die kostenfreie NFR-Lizenz {tier} umfasst {seats} Benutzer, nicht {users} (Position {position})</source>
        <translation>the free NFR licence of {tier} covers {seats} users, not {users} (line {position})</translation>
    </message>
    <message>
        <source>{tier} erhält eine kostenfreie NFR-Lizenz: Menge 1 (Position {position})</source>
        <translation>{tier} gets one free NFR licence: quantity 1 (line {position})</translation>
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
    <name>Import</name>
    <message>
        <source>„{value}“</source>
        <translation>“{value}”</translation>
    </message>
    <message>
        <source>vorhandene Einträge werden nur mit --update überschrieben</source>
        <translation>existing entries are only overwritten with --update</translation>
    </message>
    <message>
        <source>{article} mit Gültig ab {day} gibt es schon in der Datenbank; {hint}</source>
        <translation>{article} with “Gültig ab” {day} is already in the database; {hint}</translation>
    </message>
    <message>
        <source>{number} ist in der Datenbank {count}-mal vergeben; der Partner ist nicht eindeutig</source>
        <translation>{number} is used {count} times in the database; the partner is ambiguous</translation>
    </message>
    <message>
        <source>ändert die Spur von {old} zu {new}; dafür braucht die Datei auch die Spalten Stufe und MSP-Stufe</source>
        <translation>changes the track from {old} to {new}; for that the file also needs the columns “Stufe” and “MSP-Stufe”</translation>
    </message>
    <message>
        <source>{number} gibt es schon in der Datenbank ({company}); {hint}</source>
        <translation>{number} is already in the database ({company}); {hint}</translation>
    </message>
    <message>
        <source>Die Datenbank wurde während des Imports von anderer Stelle geändert; bitte noch einmal importieren. Nichts importiert.</source>
        <translation>The database was changed elsewhere during the import; please import again. Nothing was imported.</translation>
    </message>
    <message>
        <source>1 Artikel</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>{n} Artikel</source>
        <translation>{n} articles</translation>
    </message>
    <message>
        <source>1 Partner</source>
        <translation>1 partner</translation>
    </message>
    <message>
        <source>{n} Partner</source>
        <translation>{n} partners</translation>
    </message>
    <message>
        <source>Probelauf, nichts gespeichert: {rows} geprüft; {created} würden neu angelegt, {updated} aktualisiert, {unchanged} blieben unverändert.</source>
        <translation>Dry run, nothing saved: {rows} checked; {created} would be created, {updated} updated, {unchanged} would stay unchanged.</translation>
    </message>
    <message>
        <source>{rows} importiert: {created} neu, {updated} aktualisiert, {unchanged} unverändert.</source>
        <translation>{rows} imported: {created} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>In Excel unter „Speichern unter“ den Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen, oder die Datei als Excel-Arbeitsmappe (.xlsx) speichern.</source>
        <translation>In Excel, choose “Save as” with the file type “CSV UTF-8 (comma delimited)”, or save the file as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>Das alte Excel-Format .xls wird nicht gelesen; bitte in Excel als Excel-Arbeitsmappe (.xlsx) oder „CSV UTF-8“ speichern.</source>
        <translation>The old Excel format .xls cannot be read; please save it in Excel as an Excel workbook (.xlsx) or as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>Dateiendung {suffix} wird nicht unterstützt; erwartet .csv oder .xlsx.</source>
        <translation>The file extension {suffix} is not supported; expected .csv or .xlsx.</translation>
    </message>
    <message>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{path} gibt es nicht.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>{path} ist ein Verzeichnis, keine Datei.</source>
        <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
        <source>{path} kann nicht gelesen werden ({reason}).</source>
        <translation>{path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>Das ist eine Excel-Arbeitsmappe, keine CSV-Datei; bitte mit .xlsx benennen.</source>
        <translation>This is an Excel workbook, not a CSV file; please name it .xlsx.</translation>
    </message>
    <message>
        <source>Die Datei ist UTF-16-kodiert („Unicode-Text“). {save_as}</source>
        <translation>The file is UTF-16 encoded (“Unicode text”). {save_as}</translation>
    </message>
    <message>
        <source>Die Datei ist nicht UTF-8-kodiert (erstes fremdes Zeichen in Zeile {line}, vermutlich Windows-1252/ANSI). {save_as}</source>
        <translation>The file is not UTF-8 encoded (first foreign character in line {line}, probably Windows-1252/ANSI). {save_as}</translation>
    </message>
    <message>
        <source>Die Datei ist leer.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Die CSV-Datei ist ab hier nicht lesbar ({error}); meist ein Anführungszeichen mitten in einem Wert.</source>
        <translation>The CSV file cannot be read from here on ({error}); usually a quotation mark in the middle of a value.</translation>
    </message>
    <message>
        <source>Das ist eine Datei im alten Excel-Format (.xls); bitte als Excel-Arbeitsmappe (.xlsx) speichern.</source>
        <translation>This is a file in the old Excel format (.xls); please save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>Das ist keine Excel-Arbeitsmappe (.xlsx).</source>
        <translation>This is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>Die Excel-Arbeitsmappe ist beschädigt oder unvollständig.</source>
        <translation>The Excel workbook is damaged or incomplete.</translation>
    </message>
    <message>
        <source>Die Excel-Arbeitsmappe {name} ist beschädigt: ein Tabellenblatt ist kein gültiges XML (Zeile {line}, Spalte {column}).</source>
        <translation>The Excel workbook {name} is damaged: a worksheet is not valid XML (line {line}, column {column}).</translation>
    </message>
    <message>
        <source>Die Excel-Arbeitsmappe {name} ist beschädigt oder manipuliert: ein Tabellenblatt enthält XML-Entitäten, die sich beim Lesen vervielfachen; sie wird nicht gelesen.</source>
        <translation>The Excel workbook {name} is damaged or tampered with: a worksheet contains XML entities that multiply when read; it is not read.</translation>
    </message>
    <message>
        <source>Zeile 1 muss die Kopfzeile mit den Spaltennamen sein; sie ist leer.</source>
        <translation>Line 1 must be the header with the column names; it is empty.</translation>
    </message>
    <message>
        <source>{article} mit Gültig ab {day} steht schon in Zeile {line}</source>
        <translation>{article} with “Gültig ab” {day} is already in line {line}</translation>
    </message>
    <message>
        <source>{number} steht schon in Zeile {line}</source>
        <translation>{number} is already in line {line}</translation>
    </message>
    <message>
        <source>{url} ist keine Webadresse mit http:// oder https://</source>
        <translation>{url} is not a web address with http:// or https://</translation>
    </message>
    <message>
        <source>{email} ist keine E-Mail-Adresse</source>
        <translation>{email} is not an e-mail address</translation>
    </message>
    <message>
        <source>unbekannte Anrede {value} (erlaubt: Frau, Herr oder leer)</source>
        <translation>unknown salutation {value} (allowed: Frau, Herr or empty)</translation>
    </message>
    <message>
        <source>unbekannte Spur {value} (erlaubt: {allowed})</source>
        <translation>unknown track {value} (allowed: {allowed})</translation>
    </message>
    <message>
        <source>unbekannte Stufe {value} (Spur {track}: {allowed})</source>
        <translation>unknown tier {value} (track {track}: {allowed})</translation>
    </message>
    <message>
        <source>{value} gehört zur Spur {its_track}, nicht zu {track} (erlaubt: {allowed})</source>
        <translation>{value} belongs to the track {its_track}, not to {track} (allowed: {allowed})</translation>
    </message>
    <message>
        <source>gibt es nur in der Spur msp, nicht in {track}</source>
        <translation>exists only in the track msp, not in {track}</translation>
    </message>
    <message>
        <source>unbekannte MSP-Stufe {value} (erlaubt: {allowed})</source>
        <translation>unknown MSP tier {value} (allowed: {allowed})</translation>
    </message>
    <message>
        <source>unbekannte Kategorie {value} (erlaubt: {allowed})</source>
        <translation>unknown category {value} (allowed: {allowed})</translation>
    </message>
    <message>
        <source>Spalte {column} hat keine Überschrift, enthält aber Werte (z. B. Zeile {line})</source>
        <translation>Column {column} has no heading but contains values (e.g. line {line})</translation>
    </message>
    <message>
        <source>unbekannte Spalte (bekannt: {known})</source>
        <translation>unknown column (known: {known})</translation>
    </message>
    <message>
        <source>unbekannte Spalte; gemeint ist wohl {hint} (bekannt: {known})</source>
        <translation>unknown column; probably {hint} is meant (known: {known})</translation>
    </message>
    <message>
        <source>Spalte kommt doppelt vor (Spalten {first} und {second})</source>
        <translation>column appears twice (columns {first} and {second})</translation>
    </message>
    <message>
        <source>Pflichtspalte fehlt</source>
        <translation>required column is missing</translation>
    </message>
    <message>
        <source>Werte ohne Spaltenüberschrift in Spalte {column}</source>
        <translation>values without a column heading in column {column}</translation>
    </message>
    <message>
        <source>Werte ohne Spaltenüberschrift in Spalte {column}; steht ein Komma ohne Anführungszeichen in einem Wert (z. B. 12,50)?</source>
        <translation>values without a column heading in column {column}; is there a comma without quotation marks in a value (e.g. 12,50)?</translation>
    </message>
    <message>
        <source>Pflichtfeld ist leer</source>
        <translation>required field is empty</translation>
    </message>
    <message>
        <source>ist zu lang ({length} Zeichen, höchstens {most})</source>
        <translation>is too long ({length} characters, at most {most})</translation>
    </message>
    <message>
        <source>Die Datei enthält nur die Kopfzeile; nichts zu importieren.</source>
        <translation>The file contains only the header; nothing to import.</translation>
    </message>
    <message>
        <source>WAHR</source>
        <translation>TRUE</translation>
    </message>
    <message>
        <source>FALSCH</source>
        <translation>FALSE</translation>
    </message>
    <message>
        <source>{value} ist ein Wahrheitswert, erwartet Text</source>
        <translation>{value} is a truth value, expected text</translation>
    </message>
    <message>
        <source>ist ein Datum, erwartet Text</source>
        <translation>is a date, expected text</translation>
    </message>
    <message>
        <source>enthält einen Zeilenumbruch; erlaubt ist nur eine Zeile</source>
        <translation>contains a line break; only one line is allowed</translation>
    </message>
    <message>
        <source>{value} ist keine Zahl</source>
        <translation>{value} is not a number</translation>
    </message>
    <message>
        <source>ist ein Datum, keine Zahl</source>
        <translation>is a date, not a number</translation>
    </message>
    <message>
        <source>{value} hat mehr als {places} Nachkommastellen; bitte runden (in Excel z. B. mit RUNDEN(…; 2))</source>
        <translation>{value} has more than {places} decimal places; please round it (in Excel e.g. with ROUND(…, 2))</translation>
    </message>
    <message>
        <source>{value} ist negativ</source>
        <translation>{value} is negative</translation>
    </message>
    <message>
        <source>{value} ist zu groß (höchstens {maximum})</source>
        <translation>{value} is too large (at most {maximum})</translation>
    </message>
    <message>
        <source>enthält das Steuerzeichen {code} an Stelle {position}; bitte entfernen</source>
        <translation>contains the control character {code} at position {position}; please remove it</translation>
    </message>
    <message>
        <source>{value} ist mehrdeutig: {thousands} oder {decimal}? Bitte ohne Tausenderpunkt und mit Dezimalkomma schreiben</source>
        <translation>{value} is ambiguous: {thousands} or {decimal}? Please write it without a thousands point and with a decimal comma</translation>
    </message>
    <message>
        <source>{value} enthält eine Uhrzeit; erwartet nur ein Datum</source>
        <translation>{value} contains a time; expected only a date</translation>
    </message>
    <message>
        <source>{value} ist eine Zahl, kein Datum; die Zelle in Excel als Datum formatieren</source>
        <translation>{value} is a number, not a date; format the cell as a date in Excel</translation>
    </message>
    <message>
        <source>{value} liegt nicht zwischen {first} und {last}</source>
        <translation>{value} is not between {first} and {last}</translation>
    </message>
    <message>
        <source>{value} ist kein gültiges Datum</source>
        <translation>{value} is not a valid date</translation>
    </message>
    <message>
        <source>{value} ist kein Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT)</source>
        <translation>{value} is not a date (expected DD.MM.YYYY or YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{value} ist weder ja noch nein</source>
        <translation>{value} is neither yes nor no</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Mit Team-Datenbank verbinden</source>
        <translation>Connect to the team database</translation>
    </message>
    <message>
        <source>postgresql://benutzer@server/datenbank</source>
        <translation>postgresql://user@server/database</translation>
    </message>
    <message>
        <source>z. B. Ihre Initialen: MK</source>
        <translation>e.g. your initials: MK</translation>
    </message>
    <message>
        <source>leer: ohne Prüfung des Server-Zertifikats</source>
        <translation>empty: the server&apos;s certificate is not checked</translation>
    </message>
    <message>
        <source>Mit dem CA-Zertifikat des Teams verbindet sich das Gerät nur verschlüsselt und nur mit einem Server, dessen Zertifikat diese CA für seinen Namen ausgestellt hat (sslmode=verify-full).</source>
        <translation>With the team&apos;s CA certificate this device connects only encrypted and only to a server whose certificate this CA issued for its name (sslmode=verify-full).</translation>
    </message>
    <message>
        <source>Auswählen …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>Daten dieser Datei in die Team-Datenbank übernehmen</source>
        <translation>Take this file&apos;s data into the team database</translation>
    </message>
    <message>
        <source>Das Passwort wird im Schlüsselbund des Systems gespeichert, nie in einer Datei. Angebote dieses Geräts erhalten eigene Nummern (A-2026-MK-0001).</source>
        <translation>The password is kept in the system&apos;s credential store, never in a file. Quotes made on this device get numbers of their own (A-2026-MK-0001).</translation>
    </message>
    <message>
        <source>Team-Datenbank</source>
        <translation>Team database</translation>
    </message>
    <message>
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Gerätename</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>CA-Zertifikat (TLS)</source>
        <translation>CA certificate (TLS)</translation>
    </message>
    <message>
        <source>CA-Zertifikat des Teams</source>
        <translation>The team&apos;s CA certificate</translation>
    </message>
    <message>
        <source>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
</context>
<context>
    <name>KeptPage</name>
    <message>
        <source>Die Suche folgt, sobald die Datenbank geöffnet ist …</source>
        <translation>The search follows once the database is open …</translation>
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
    <name>Letterhead</name>
    <message>
        <source>Die IBAN muss mit dem Ländercode und zwei Prüfziffern beginnen (z. B. DE89 …) und darf danach nur Buchstaben und Ziffern enthalten.</source>
        <translation>The IBAN must start with the country code and two check digits (e.g. DE89 …) and may then contain only letters and digits.</translation>
    </message>
    <message>
        <source>Eine IBAN aus {country} hat {expected} Stellen, diese hat {length}. Fehlt eine Ziffer oder ist eine zu viel?</source>
        <translation>An IBAN from {country} has {expected} characters, this one has {length}. Is a digit missing or one too many?</translation>
    </message>
    <message>
        <source>Die Prüfziffern der IBAN stimmen nicht: bitte auf Tippfehler prüfen.</source>
        <translation>The check digits of the IBAN do not match: please check for typing errors.</translation>
    </message>
    <message>
        <source>Die BIC hat 8 oder 11 Zeichen: Bankcode, Ländercode, Ort (z. B. COBADEFFXXX).</source>
        <translation>The BIC has 8 or 11 characters: bank code, country code, location (e.g. COBADEFFXXX).</translation>
    </message>
    <message>
        <source>Der Firmenname fehlt; er steht in jedem Briefkopf.</source>
        <translation>The company name is missing; it appears in every letterhead.</translation>
    </message>
    <message>
        <source>Der höchste Zusatzrabatt darf {percent} % nicht übersteigen.</source>
        <translation>The highest extra discount must not exceed {percent}%.</translation>
    </message>
    <message>
        <source>Der höchste Zusatzrabatt darf nicht negativ sein.</source>
        <translation>The highest extra discount must not be negative.</translation>
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
        <source>Vom Partnerprogramm festgelegt, nicht änderbar</source>
        <translation>Set by the partner program, cannot be changed</translation>
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
        <source>Seitenleiste nur mit &amp;Symbolen</source>
        <translation>Side bar with &amp;icons only</translation>
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
        <source>Nicht beendet: {views} konnte nicht gespeichert werden</source>
        <translation>Not quit: {views} could not be saved</translation>
    </message>
    <message>
        <source>Ungespeicherte Änderungen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>In {views} gibt es ungespeicherte Änderungen.</source>
        <translation>There are unsaved changes in {views}.</translation>
    </message>
    <message>
        <source>Vor dem Beenden speichern?</source>
        <translation>Save before quitting?</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
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
        <source>Kontakt: Anrede</source>
        <translation>Contact: salutation</translation>
    </message>
    <message>
        <source>Kontakt: Titel</source>
        <translation>Contact: title</translation>
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
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <source>Herr</source>
        <translation>Mr</translation>
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
        <source>Wie Briefe grüßen: „Sehr geehrte Frau …“; leer: „Sehr geehrte Damen und Herren“</source>
        <translation>How letters greet: “Sehr geehrte Frau …” (Dear Ms …); empty: “Sehr geehrte Damen und Herren” (Dear Sir or Madam)</translation>
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
        <source>Neu geladen. Geändert wurde: {fields}</source>
        <translation>Reloaded. Changed: {fields}</translation>
    </message>
    <message>
        <source>Neu geladen. Die Stammdaten sind unverändert.</source>
        <translation>Reloaded. The master data is unchanged.</translation>
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
    <name>Onboarding</name>
    <message>
        <source>Es gibt keinen Partner mit der ID {id}.</source>
        <translation>There is no partner with the ID {id}.</translation>
    </message>
    <message>
        <source>Checkliste {checklist} hat keinen Schritt {step}.</source>
        <translation>Checklist {checklist} has no step {step}.</translation>
    </message>
    <message>
        <source>ein erledigter Schritt braucht ein Datum</source>
        <translation>a completed step needs a date</translation>
    </message>
    <message>
        <source>Wird für {tier} individuell mit der {vendor} vereinbart.</source>
        <translation>Agreed individually with {vendor} for {tier}.</translation>
    </message>
    <message>
        <source>Für diese Stufe nicht erforderlich.</source>
        <translation>Not required for this tier.</translation>
    </message>
    <message>
        <source>Partnervertrag</source>
        <translation>Partner contract</translation>
    </message>
    <message>
        <source>Partnervertrag mit der {vendor} für die Stufe {tier} abschließen und gegengezeichnet ablegen.</source>
        <translation>Sign the partner contract with {vendor} for the tier {tier} and file the countersigned copy.</translation>
    </message>
    <message>
        <source>Basis-Servicevereinbarung</source>
        <translation>Basic service agreement</translation>
    </message>
    <message>
        <source>Basis-Servicevereinbarung mit der {vendor} abschließen.</source>
        <translation>Sign the basic service agreement with {vendor}.</translation>
    </message>
    <message>
        <source>Vertriebstraining</source>
        <translation>Sales training</translation>
    </message>
    <message>
        <source>Vertriebstraining (Video)</source>
        <translation>Sales training (video)</translation>
    </message>
    <message>
        <source>Ein Vertriebstraining online absolvieren.</source>
        <translation>Complete an online sales training.</translation>
    </message>
    <message>
        <source>Ein Vertriebstraining als Video absolvieren.</source>
        <translation>Complete a video sales training.</translation>
    </message>
    <message>
        <source>Techniktraining</source>
        <translation>Technical training</translation>
    </message>
    <message>
        <source>Techniktraining (Video)</source>
        <translation>Technical training (video)</translation>
    </message>
    <message>
        <source>Ein technisches Training online absolvieren.</source>
        <translation>Complete an online technical training.</translation>
    </message>
    <message>
        <source>Ein technisches Training als Video absolvieren.</source>
        <translation>Complete a video technical training.</translation>
    </message>
    <message>
        <source>Zertifizierung</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>1 Techniker zur zweitägigen Administratorenschulung anmelden; die Zertifizierung gilt {years} Jahre und ist danach zu erneuern.</source>
        <translation>Register 1 technician for the two-day administrator course; the certification is valid for {years} years and must be renewed afterwards.</translation>
    </message>
    <message>
        <source>{n} Techniker zur zweitägigen Administratorenschulung anmelden; die Zertifizierung gilt {years} Jahre und ist danach zu erneuern.</source>
        <translation>Register {n} technicians for the two-day administrator course; the certification is valid for {years} years and must be renewed afterwards.</translation>
    </message>
    <message>
        <source>NFR-Lizenz</source>
        <translation>NFR licence</translation>
    </message>
    <message>
        <source>Kostenlose NFR-Lizenz für {users} Benutzer anfordern und einrichten.</source>
        <translation>Request and set up the free NFR licence for {users} users.</translation>
    </message>
    <message>
        <source>Kostenlose NFR-Lizenz anfordern und einrichten: je nach Umsatz für {choices}.</source>
        <translation>Request and set up the free NFR licence: depending on revenue for {choices}.</translation>
    </message>
    <message>
        <source>{users} Benutzer (wie {tier})</source>
        <translation>{users} users (as {tier})</translation>
    </message>
    <message>
        <source> oder </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Link auf www.nospamproxy.de</source>
        <translation>Link to www.nospamproxy.de</translation>
    </message>
    <message>
        <source>Partnerschaft auf der eigenen Website nennen, mit Follow-Link auf www.nospamproxy.de (Pflicht für diese Stufe).</source>
        <translation>Mention the partnership on your own website, with a follow link to www.nospamproxy.de (required for this tier).</translation>
    </message>
    <message>
        <source>Partnerschaft auf der eigenen Website nennen, mit Follow-Link auf www.nospamproxy.de (empfohlen, keine Pflicht für diese Stufe).</source>
        <translation>Mention the partnership on your own website, with a follow link to www.nospamproxy.de (recommended, not required for this tier).</translation>
    </message>
    <message>
        <source>Listung</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>{listing}: Angaben und Logo an die {vendor} senden.</source>
        <translation>{listing}: send details and logo to {vendor}.</translation>
    </message>
    <message>
        <source>Partner-Newsletter</source>
        <translation>Partner newsletter</translation>
    </message>
    <message>
        <source>Partnerportal</source>
        <translation>Partner portal</translation>
    </message>
    <message>
        <source>Zugang zum Partnerportal beantragen: Marketingmaterial, Preislisten und Trainings.</source>
        <translation>Apply for access to the partner portal: marketing material, price lists and trainings.</translation>
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
        <source>Erledigt laut den Daten des Partners.</source>
        <translation>Done according to the partner&apos;s data.</translation>
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
        <source>MSP · Niveau offen</source>
        <translation>MSP · level open</translation>
    </message>
    <message>
        <source>MSP · {tier}</source>
        <translation>MSP · {tier}</translation>
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
        <source>Managed Service Partner: den Status vergibt der Hersteller, es gibt keine Ampel. Die Konditionen richten sich nach dem Umsatzniveau: {level}.</source>
        <translation>Managed Service Partner: the vendor grants the status, there is no traffic light. The conditions follow the revenue level: {level}.</translation>
    </message>
    <message>
        <source>noch nicht erfasst</source>
        <translation>not recorded yet</translation>
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
    <message>
        <source>Partner werden gezählt …</source>
        <translation>Counting partners …</translation>
    </message>
    <message numerus="yes">
        <source>mindestens %n Partner</source>
        <translation>
            <numerusform>at least %n partner</numerusform>
            <numerusform>at least %n partners</numerusform>
        </translation>
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
    <name>PartnerRecords</name>
    <message>
        <source>Es gibt keinen Partner mit der ID {id}.</source>
        <translation>There is no partner with the ID {id}.</translation>
    </message>
    <message>
        <source>der Firmenname fehlt</source>
        <translation>the company name is missing</translation>
    </message>
    <message>
        <source>unbekannte Spur {track}</source>
        <translation>unknown track {track}</translation>
    </message>
    <message>
        <source>{tier} ist keine Stufe der Spur {track}</source>
        <translation>{tier} is not a tier of track {track}</translation>
    </message>
    <message>
        <source>{tier} brauchen die umsatzabhängige Stufe ({levels})</source>
        <translation>{tier}s need the revenue level ({levels})</translation>
    </message>
    <message>
        <source>gilt nur für Managed Service Partner</source>
        <translation>applies to Managed Service Partners only</translation>
    </message>
    <message>
        <source>{url} ist keine Webadresse mit http:// oder https://</source>
        <translation>{url} is not a web address with http:// or https://</translation>
    </message>
    <message>
        <source>darf nicht leer sein</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>ist zu lang (höchstens {limit} Zeichen)</source>
        <translation>is too long (at most {limit} characters)</translation>
    </message>
    <message>
        <source>erwartet eine ganze Zahl, erhalten: {value}</source>
        <translation>expects a whole number, got: {value}</translation>
    </message>
    <message>
        <source>darf nicht kleiner als {minimum} sein</source>
        <translation>must not be less than {minimum}</translation>
    </message>
    <message>
        <source>ist zu groß (höchstens {maximum})</source>
        <translation>is too large (at most {maximum})</translation>
    </message>
    <message>
        <source>erwartet einen Betrag als Decimal, erhalten: {value}</source>
        <translation>expects an amount as Decimal, got: {value}</translation>
    </message>
    <message>
        <source>ist keine endliche Zahl</source>
        <translation>is not a finite number</translation>
    </message>
    <message>
        <source>darf nicht negativ sein</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <source>ist zu groß</source>
        <translation>is too large</translation>
    </message>
    <message>
        <source>hat mehr als zwei Nachkommastellen (ganze Cent)</source>
        <translation>has more than two decimal places (whole cents)</translation>
    </message>
    <message>
        <source>erwartet ein Datum, erhalten: {value}</source>
        <translation>expects a date, got: {value}</translation>
    </message>
    <message>
        <source>liegt außerhalb von {first} bis {last}</source>
        <translation>lies outside {first} to {last}</translation>
    </message>
    <message>
        <source>ist keine E-Mail-Adresse: {value}</source>
        <translation>is not an e-mail address: {value}</translation>
    </message>
    <message>
        <source>nur ein Kontakt kann der Hauptkontakt sein</source>
        <translation>only one contact can be the main contact</translation>
    </message>
    <message>
        <source>gehört nicht zu diesem Partner</source>
        <translation>does not belong to this partner</translation>
    </message>
    <message>
        <source>Anrede „{value}“ gibt es nicht (möglich: Frau, Herr oder leer)</source>
        <translation>there is no salutation “{value}” (possible: Frau, Herr or empty)</translation>
    </message>
    <message>
        <source>unbekannte Trainingsart {kind} (möglich: sales, technical)</source>
        <translation>unknown training kind {kind} (possible: sales, technical)</translation>
    </message>
    <message>
        <source>unbekanntes Format {format} (möglich: online, video)</source>
        <translation>unknown format {format} (possible: online, video)</translation>
    </message>
    <message>
        <source>der Kurs vom {day} ist schon erfasst</source>
        <translation>the course of {day} is recorded already</translation>
    </message>
    <message>
        <source>unbekannte Vereinbarung {kind} (möglich: {possible})</source>
        <translation>unknown agreement {kind} (possible: {possible})</translation>
    </message>
    <message>
        <source>liegt vor dem Tag der Unterzeichnung</source>
        <translation>lies before the day of signing</translation>
    </message>
    <message>
        <source>ohne Partnerstufe gibt es keine NFR-Lizenz</source>
        <translation>without a partner tier there is no NFR licence</translation>
    </message>
    <message>
        <source>die Stufe gewährt höchstens {allowed} User</source>
        <translation>the tier grants at most {allowed} users</translation>
    </message>
    <message>
        <source>Ein Training mit der ID {id} gibt es nicht (mehr).</source>
        <translation>There is no training with the ID {id} (any more).</translation>
    </message>
    <message>
        <source>Einen Techniker mit der ID {id} gibt es nicht (mehr).</source>
        <translation>There is no technician with the ID {id} (any more).</translation>
    </message>
    <message>
        <source>Einen Kurs mit der ID {id} gibt es nicht (mehr).</source>
        <translation>There is no course with the ID {id} (any more).</translation>
    </message>
    <message>
        <source>Eine Vereinbarung mit der ID {id} gibt es nicht (mehr).</source>
        <translation>There is no agreement with the ID {id} (any more).</translation>
    </message>
    <message>
        <source>Eine NFR-Lizenz mit der ID {id} gibt es nicht (mehr).</source>
        <translation>There is no NFR licence with the ID {id} (any more).</translation>
    </message>
    <message>
        <source>Der Partner {company}</source>
        <translation>The partner {company}</translation>
    </message>
    <message>
        <source>Die Zahlen {year} von {company} wurden inzwischen geändert; Ihre Änderung wurde nicht gespeichert. Bitte neu laden und die Änderung wiederholen.</source>
        <translation>The figures {year} of {company} were changed meanwhile; your change was not saved. Please reload and make the change again.</translation>
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
        <source>Zahlen des gewählten Jahres; ein heute angenommenes Angebot zählt im laufenden Jahr. Die Stufe wird zu Jahresbeginn auf die Zahlen des Vorjahres geprüft; Zertifizierungen und Vereinbarungen zählen mit dem Stand von heute.</source>
        <translation>Figures of the chosen year; a quote accepted today counts in the current year. The tier is checked at the start of a year against the previous year&apos;s figures; certifications and agreements count as they stand today.</translation>
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
        <source>Angebot öffnen</source>
        <translation>Open quote</translation>
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
        <source>Jetzt neu laden? Ihre ungespeicherten Eingaben gehen dabei verloren.</source>
        <translation>Reload now? Your unsaved input will be lost.</translation>
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
    <name>Pricing</name>
    <message>
        <source>unbekannte Partnerstufe {tier} (bekannt: {known})</source>
        <translation>unknown partner tier {tier} (known: {known})</translation>
    </message>
    <message>
        <source>gilt nur für Managed Service Partner, nicht für {tier}</source>
        <translation>applies only to Managed Service Partners, not to {tier}</translation>
    </message>
    <message>
        <source>fehlt: {tier} erhalten umsatzabhängig die Konditionen von {levels}</source>
        <translation>missing: {tier}s get the conditions of {levels}, depending on their revenue</translation>
    </message>
    <message>
        <source>{level} ist nicht möglich (erlaubt: {allowed})</source>
        <translation>{level} is not possible (allowed: {allowed})</translation>
    </message>
    <message>
        <source>unbekannte Kategorie {category} (bekannt: {known})</source>
        <translation>unknown category {category} (known: {known})</translation>
    </message>
    <message>
        <source>Position {position} „{description}“ ({category}) kann nicht angeboten werden: {reason}</source>
        <translation>Line {position} “{description}” ({category}) cannot be quoted: {reason}</translation>
    </message>
    <message>
        <source>{tier} vertreiben ausschließlich {families}</source>
        <translation>{tier}s sell only {families}</translation>
    </message>
    <message>
        <source>{discount} übersteigt den zulässigen Zusatzrabatt von {cap} (Position {position})</source>
        <translation>{discount} exceeds the permitted extra discount of {cap} (line {position})</translation>
    </message>
    <message>
        <source>Kundenrabatt {discount} über 100 % (Position {position})</source>
        <translation>Customer discount {discount} above 100% (line {position})</translation>
    </message>
    <message>
        <source>Einzelpreis fehlt (Position {position})</source>
        <translation>unit price missing (line {position})</translation>
    </message>
    <message>
        <source>{first} oder {second}</source>
        <translation>{first} or {second}</translation>
    </message>
    <message>
        <source>{first} und {second}</source>
        <translation>{first} and {second}</translation>
    </message>
</context>
<context>
    <name>PrintFields</name>
    <message>
        <source>Absender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Angebotsnummer</source>
        <translation>Quote number</translation>
    </message>
    <message>
        <source>Kundennummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Einleitung</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Position {position} (Beschreibung)</source>
        <translation>Line {position} (description)</translation>
    </message>
    <message>
        <source>Position {position} (Einheit)</source>
        <translation>Line {position} (unit)</translation>
    </message>
    <message>
        <source>USt-IdNr. des Empfängers</source>
        <translation>Recipient&apos;s VAT ID</translation>
    </message>
    <message>
        <source>Zahlungsbedingungen</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>Schluss</source>
        <translation>Closing</translation>
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
    <name>ProgramTexts</name>
    <message>
        <source>Was zur Umsatzschwelle zählt</source>
        <translation>What counts towards the revenue threshold</translation>
    </message>
    <message>
        <source>Hinweise zu den Stufen</source>
        <translation>About the tiers</translation>
    </message>
    <message>
        <source>Customer Success Management</source>
        <translation>Customer Success Management</translation>
    </message>
    <message>
        <source>Endkunden-Support</source>
        <translation>End-customer support</translation>
    </message>
    <message>
        <source>Den Status {tier} vergibt ausschließlich die {vendor} direkt (besondere Anforderungen und Mindestabnahmen). Rabatte und Leistungen entsprechen je nach Umsatz denen der Stufe {levels}.</source>
        <translation>Only {vendor} grants the status {tier}, directly (special requirements and minimum purchases). Depending on revenue, discounts and benefits are those of {levels}.</translation>
    </message>
    <message>
        <source> oder </source>
        <translation> or </translation>
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
    <name>QuoteChanges</name>
    <message>
        <source>{field}: „{mine}“ → „{theirs}“</source>
        <translation>{field}: “{mine}” → “{theirs}”</translation>
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
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <translation>Contact person</translation>
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
        <source>Endkunde</source>
        <translation>End customer</translation>
    </message>
</context>
<context>
    <name>QuoteChecks</name>
    <message>
        <source>{tier} ohne eigenes Server-Know-how (nur Wiederverkauf): NoSpamProxy Server nur zusammen mit einem Hersteller-Supportvertrag (HSV) für den Endkunden. Bitte eine HSV-Position aufnehmen.</source>
        <translation>{tier} without Server know-how of its own (resale only): NoSpamProxy Server only together with a vendor support contract (HSV) for the end customer. Please add an HSV line.</translation>
    </message>
    <message>
        <source>Position {position} „{description}“ liegt {amount} unter dem Einkaufspreis.</source>
        <translation>Line {position} “{description}” is {amount} below the purchase price.</translation>
    </message>
    <message>
        <source>Position {positions} ({category}) ohne Position „{maintenance}“: {rule}</source>
        <translation>Line {positions} ({category}) without a line “{maintenance}”: {rule}</translation>
    </message>
    <message>
        <source>Positionen {positions} ({category}) ohne Position „{maintenance}“: {rule}</source>
        <translation>Lines {positions} ({category}) without a line “{maintenance}”: {rule}</translation>
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
    <name>QuoteDocument</name>
    <message>
        <source>fehlt: ein Angebot mit Reverse Charge (§ 13b UStG) braucht die USt-IdNr. des Kunden</source>
        <translation>missing: a reverse-charge quote (§ 13b UStG) needs the customer&apos;s VAT ID</translation>
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
        <source>Zuerst einen Partner wählen und Positionen erfassen.</source>
        <translation>First choose a partner and add lines.</translation>
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
        <source>{name} – {price}</source>
        <translation>{name} – {price}</translation>
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
        <source>„Neu laden“ zeigt die gespeicherte Fassung; Ihre Eingaben hier gehen dabei verloren.</source>
        <translation>“Reload” shows the saved version; what you typed here is then discarded.</translation>
    </message>
    <message>
        <source>Von {who} geändert</source>
        <translation>Changed by {who}</translation>
    </message>
    <message>
        <source>jemand anderem</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Die Positionen sind unverändert.</source>
        <translation>The lines are unchanged.</translation>
    </message>
    <message>
        <source>Neu laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Gespeicherte Fassung geladen</source>
        <translation>Saved version loaded</translation>
    </message>
    <message>
        <source>Angebot mit Warnungen</source>
        <translation>Quote with warnings</translation>
    </message>
    <message>
        <source>Das Angebot hat Warnungen. Trotzdem als versendet markieren?</source>
        <translation>The quote has warnings. Mark it as sent all the same?</translation>
    </message>
    <message>
        <source>Trotzdem versenden</source>
        <translation>Send anyway</translation>
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
        <source>Wartung hinzufügen</source>
        <translation>Add maintenance</translation>
    </message>
    <message>
        <source>Den Wartungsartikel aus dem Katalog als Position aufnehmen</source>
        <translation>Add the catalog&apos;s maintenance article as a line</translation>
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
        <source>Zu heutigen Konditionen neu berechnen …</source>
        <translation>Reprice at today&apos;s conditions …</translation>
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
        <source>Zum Partner ›</source>
        <translation>To the partner ›</translation>
    </message>
    <message>
        <source>Den Partner mit seinen Zahlen des laufenden Jahres zeigen</source>
        <translation>Show the partner with its figures of the current year</translation>
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
    <message>
        <source>neu berechnet</source>
        <translation>repriced</translation>
    </message>
</context>
<context>
    <name>QuoteHistory</name>
    <message>
        <source>{tier}, {positions}, netto {net}</source>
        <translation>{tier}, {positions}, net {net}</translation>
    </message>
    <message>
        <source>Endkunde, {tier}, {positions}, netto {net}</source>
        <translation>End customer, {tier}, {positions}, net {net}</translation>
    </message>
    <message>
        <source>{n} Position</source>
        <translation>{n} line</translation>
    </message>
    <message>
        <source>{n} Positionen</source>
        <translation>{n} lines</translation>
    </message>
    <message>
        <source>erfasste Stufe {tier} beibehalten: {reason}</source>
        <translation>kept the recorded tier {tier}: {reason}</translation>
    </message>
    <message>
        <source>zu Konditionen {tier} statt {recorded} (von den Zahlen getragen)</source>
        <translation>at {tier} conditions instead of {recorded} (supported by the figures)</translation>
    </message>
    <message>
        <source>zu den Konditionen vom {day} neu berechnet: Edition {old_edition} → {new_edition}, Stufe {old_tier} → {new_tier}</source>
        <translation>repriced at the conditions of {day}: edition {old_edition} → {new_edition}, tier {old_tier} → {new_tier}</translation>
    </message>
    <message>
        <source>Kopie von {number}</source>
        <translation>Copy of {number}</translation>
    </message>
    <message>
        <source>kopiert nach {number}</source>
        <translation>copied to {number}</translation>
    </message>
    <message>
        <source>gültig bis {day}</source>
        <translation>valid until {day}</translation>
    </message>
    <message>
        <source>aus dem Bestand übernommen</source>
        <translation>taken over from existing records</translation>
    </message>
</context>
<context>
    <name>QuoteInput</name>
    <message>
        <source>kommt aus dem Partner und dem Programm; im gespeicherten Angebot nicht angeben</source>
        <translation>comes from the partner and the program; do not give it for a stored quote</translation>
    </message>
    <message>
        <source>wird beim Speichern vergeben (Nummer) bzw. aus den Einstellungen genommen</source>
        <translation>is assigned when saving (number) or taken from the settings</translation>
    </message>
    <message>
        <source>Position {position}, {what}: zu groß, höchstens {maximum}</source>
        <translation>Line {position}, {what}: too large, at most {maximum}</translation>
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
        <source>ein Angebot hat höchstens {maximum} Positionen, dieses {count}</source>
        <translation>a quote has at most {maximum} lines, this one has {count}</translation>
    </message>
    <message>
        <source>ein Partnerangebot geht an die Adresse des Partners; hier ist nur contact erlaubt</source>
        <translation>a partner quote goes to the partner&apos;s address; only contact is allowed here</translation>
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
    <message>
        <source>Angebote werden gezählt …</source>
        <translation>Counting quotes …</translation>
    </message>
    <message numerus="yes">
        <source>mindestens %n Angebote</source>
        <translation>
            <numerusform>at least %n quote</numerusform>
            <numerusform>at least %n quotes</numerusform>
        </translation>
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
    <name>QuoteMail</name>
    <message>
        <source>Angebot {number} ist noch ein Entwurf: erst als versendet markieren, dann per E-Mail senden (so bekommt der Kunde das eingefrorene Angebot).</source>
        <translation>Quote {number} is still a draft: mark it as sent first, then send it by e-mail (so the customer gets the frozen quote).</translation>
    </message>
    <message>
        <source>Per E-Mail senden</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <source>Angebot {label} ist noch ein Entwurf. Per E-Mail geht es so hinaus, wie es jetzt gedruckt wird: es wird als versendet markiert (eingefroren) und der E-Mail-Entwurf öffnet sich in Ihrem E-Mail-Programm.

Als versendet markieren und E-Mail erstellen?</source>
        <translation>Quote {label} is still a draft. By e-mail it goes out as it prints now: it is marked as sent (frozen) and the e-mail draft opens in your mail program.

Mark as sent and create the e-mail?</translation>
    </message>
    <message>
        <source>Per E-Mail senden …</source>
        <translation>Send by e-mail …</translation>
    </message>
    <message>
        <source>(neu)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>Kein E-Mail-Programm hat den Entwurf geöffnet. Er liegt unter:
{path}</source>
        <translation>No mail program opened the draft. It is saved at:
{path}</translation>
    </message>
    <message>
        <source>Angebot {label}: E-Mail-Entwurf geöffnet ({path})</source>
        <translation>Quote {label}: e-mail draft opened ({path})</translation>
    </message>
    <message>
        <source>{path} kann nicht geschrieben werden ({reason}).</source>
        <translation>{path} cannot be written ({reason}).</translation>
    </message>
    <message>
        <source>{name}: keine E-Mail-Adresse gespeichert – bitte im E-Mail-Programm eintragen.</source>
        <translation>{name}: no e-mail address stored – please enter it in the mail program.</translation>
    </message>
    <message>
        <source>{name}: „{address}“ ist keine einfache E-Mail-Adresse, die jeder Mailserver annimmt – bitte im E-Mail-Programm eintragen.</source>
        <translation>{name}: “{address}” is not a plain e-mail address every mail server accepts – please enter one in the mail program.</translation>
    </message>
    <message>
        <source>Endkundenangebot: keine E-Mail-Adresse des Kunden gespeichert – bitte im E-Mail-Programm eintragen.</source>
        <translation>End-customer quote: no e-mail address of the customer is stored – please enter it in the mail program.</translation>
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
    <name>QuoteRules</name>
    <message>
        <source>nur ein Entwurf kann versendet werden (Status: {status})</source>
        <translation>only a draft can be sent (status: {status})</translation>
    </message>
    <message>
        <source>die Gültigkeit endete am {day}; vor dem Versand ein neues „Gültig bis“-Datum setzen</source>
        <translation>the validity ended on {day}; set a new “Valid until” date before sending</translation>
    </message>
    <message>
        <source>das Angebot ist angenommen und damit gesperrt; für Änderungen ein neues anlegen</source>
        <translation>the quote is accepted and therefore locked; create a new one for changes</translation>
    </message>
    <message>
        <source>das Angebot ist abgeschlossen ({status}) und gesperrt</source>
        <translation>the quote is closed ({status}) and locked</translation>
    </message>
    <message>
        <source>die Revision ist versendet; eine Änderung erzeugt eine neue Revision</source>
        <translation>the revision has been sent; a change creates a new revision</translation>
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
    <name>QuoteStore</name>
    <message>
        <source>Es gibt kein Angebot mit der ID {id}.</source>
        <translation>There is no quote with ID {id}.</translation>
    </message>
    <message>
        <source>Angebot {number} hat keine Revision {revision}.</source>
        <translation>Quote {number} has no revision {revision}.</translation>
    </message>
    <message>
        <source>Angebot {number} mit Reverse Charge (§ 13b UStG) braucht die USt-IdNr. des Kunden: beim Partner {company} ist das Feld „USt-IdNr.“ leer.</source>
        <translation>Quote {number} with reverse charge (§ 13b UStG) needs the customer&apos;s VAT ID: the field “VAT ID” of partner {company} is empty.</translation>
    </message>
    <message>
        <source>Angebot {number} mit Reverse Charge (§ 13b UStG) braucht die USt-IdNr. des Endkunden: bitte im Feld „Endkunde“ eine Zeile „USt-IdNr. …“ ergänzen.</source>
        <translation>Quote {number} with reverse charge (§ 13b UStG) needs the end customer&apos;s VAT ID: please add a line “USt-IdNr. …” to the field “End customer”.</translation>
    </message>
    <message>
        <source>eine Vorlage braucht einen Namen</source>
        <translation>a template needs a name</translation>
    </message>
    <message>
        <source>höchstens {limit} Zeichen</source>
        <translation>at most {limit} characters</translation>
    </message>
    <message>
        <source>eine Vorlage ohne Positionen ist nichts wert</source>
        <translation>a template without lines is of no use</translation>
    </message>
    <message>
        <source>Es gibt schon eine Vorlage „{name}“.</source>
        <translation>There is already a template “{name}”.</translation>
    </message>
    <message>
        <source>{article} ist nicht mehr im Katalog; der Preis der Vorlage bleibt stehen.</source>
        <translation>{article} is no longer in the catalog; the template&apos;s price stays.</translation>
    </message>
    <message>
        <source>Es gibt keine Vorlage mit der ID {id}.</source>
        <translation>There is no template with ID {id}.</translation>
    </message>
    <message>
        <source>versendet</source>
        <translation>sent</translation>
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
        <source>{partner} hat noch keine Partnerstufe</source>
        <translation>{partner} has no partner tier yet</translation>
    </message>
    <message>
        <source>{until} liegt vor dem Angebotsdatum {day}</source>
        <translation>{until} is before the quote date {day}</translation>
    </message>
    <message>
        <source>Angebot {number} ist angenommen und damit gesperrt; für Änderungen bitte ein neues Angebot anlegen.</source>
        <translation>Quote {number} is accepted and therefore locked; please create a new quote for changes.</translation>
    </message>
    <message>
        <source>Angebot {number} Revision {revision} ist {status} und kann nicht mehr geändert werden; bitte eine neue Revision anlegen.</source>
        <translation>Quote {number}, revision {revision} ({status}), can no longer be changed; please create a new revision.</translation>
    </message>
    <message>
        <source>Angebot {number} gehört zu einem anderen Partner.</source>
        <translation>Quote {number} belongs to another partner.</translation>
    </message>
    <message>
        <source>Angebot {number}: {message}</source>
        <translation>Quote {number}: {message}</translation>
    </message>
    <message>
        <source>Angebot {number} ist noch ein Entwurf und kann direkt geändert werden.</source>
        <translation>Quote {number} is still a draft and can be changed directly.</translation>
    </message>
    <message>
        <source>Angebot {number} ist angenommen; es wird nicht mehr überarbeitet.</source>
        <translation>Quote {number} is accepted; it is not revised any more.</translation>
    </message>
    <message>
        <source>Es gibt kein Angebot {number}.</source>
        <translation>There is no quote {number}.</translation>
    </message>
    <message>
        <source>Angebot {number}</source>
        <translation>Quote {number}</translation>
    </message>
    <message>
        <source>Es gibt keinen Partner mit der ID {id}.</source>
        <translation>There is no partner with ID {id}.</translation>
    </message>
    <message>
        <source>Angebot {number} ist {status} und kann nicht {target} werden.</source>
        <translation>Quote {number} ({status}) cannot be {target}.</translation>
    </message>
    <message>
        <source>Angebot {number} Revision 1 wird ohnehin zu den Konditionen ihres Angebotsdatums berechnet; neu berechnet wird eine spätere Revision (Entwurf).</source>
        <translation>Quote {number} revision 1 is priced at the conditions of its quote date anyway; repricing applies to a later revision (draft).</translation>
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
        <source>Abgelaufen: {numbers}</source>
        <translation>Expired: {numbers}</translation>
    </message>
    <message>
        <source>Angebote laden</source>
        <translation>Load quotes</translation>
    </message>
    <message>
        <source>Ablauf der Angebote nicht geprüft: {message}</source>
        <translation>Quote expiry not checked: {message}</translation>
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
        <source>PDF nicht erzeugt: Zeichen, die nicht gedruckt werden können</source>
        <translation>PDF not created: characters that cannot be printed</translation>
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
    <name>RepriceDialog</name>
    <message>
        <source>Zu heutigen Konditionen neu berechnen</source>
        <translation>Reprice at today&apos;s conditions</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Bitte oben entscheiden, zu welcher Stufe neu berechnet wird.</source>
        <translation>Please decide above at which tier to reprice.</translation>
    </message>
    <message>
        <source>{label} zu den Konditionen vom {day} neu berechnen:</source>
        <translation>Reprice {label} at the conditions of {day}:</translation>
    </message>
    <message>
        <source>Stufe {old} → {new}</source>
        <translation>tier {old} → {new}</translation>
    </message>
    <message>
        <source>Stufe {tier} bleibt</source>
        <translation>tier {tier} stays</translation>
    </message>
    <message>
        <source>Edition {old} → {new}</source>
        <translation>edition {old} → {new}</translation>
    </message>
    <message>
        <source>Edition {edition} bleibt</source>
        <translation>edition {edition} stays</translation>
    </message>
    <message>
        <source>{label} zu den Konditionen vom {day}: {tier}, {edition}.</source>
        <translation>{label} at the conditions of {day}: {tier}, {edition}.</translation>
    </message>
    <message>
        <source>{label}: zu den Konditionen vom {day} ändert sich nichts.</source>
        <translation>{label}: nothing changes at the conditions of {day}.</translation>
    </message>
    <message>
        <source>Brutto vorher {old} · nachher {new}</source>
        <translation>Gross before {old} · after {new}</translation>
    </message>
</context>
<context>
    <name>Repricer</name>
    <message>
        <source>Zu heutigen Konditionen neu berechnen</source>
        <translation>Reprice at today&apos;s conditions</translation>
    </message>
    <message>
        <source>Angebot {label}: zu den Konditionen vom {day} neu berechnet</source>
        <translation>Quote {label}: repriced at the conditions of {day}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>keine Stufe</source>
        <translation>no tier</translation>
    </message>
    <message>
        <source>Aufstieg: {was} → {now}.</source>
        <translation>Up: {was} → {now}.</translation>
    </message>
    <message>
        <source>Aufstieg: {granted}, Umsatzstufe {was} → {now}.</source>
        <translation>Up: {granted}, revenue level {was} → {now}.</translation>
    </message>
    <message>
        <source>Abstieg: {was} → {now}.</source>
        <translation>Down: {was} → {now}.</translation>
    </message>
    <message>
        <source>Abstieg: {granted}, Umsatzstufe {was} → {now}.</source>
        <translation>Down: {granted}, revenue level {was} → {now}.</translation>
    </message>
    <message>
        <source>Neu: erfüllt mit den Zahlen {year} erstmals {now}.</source>
        <translation>New: meets {now} for the first time with the figures of {year}.</translation>
    </message>
    <message>
        <source>Neu: erfüllt mit den Zahlen {year} erstmals {granted}, Umsatzstufe {now}.</source>
        <translation>New: meets {granted}, revenue level {now} for the first time with the figures of {year}.</translation>
    </message>
    <message>
        <source>Die Zahlen {year} erreichen keine Umsatzstufe ({levels}). Den Status {granted} vergibt die {vendor} direkt; bitte dort klären. Vorgeschlagen: die niedrigste Umsatzstufe {now}.</source>
        <translation>The figures of {year} reach no revenue level ({levels}). The {granted} status is granted by {vendor} directly; please clarify it there. Proposed: the lowest revenue level, {now}.</translation>
    </message>
    <message>
        <source>Erfüllt mit den Zahlen {year} keine Stufe mehr (bisher {was}).</source>
        <translation>No longer meets a tier with the figures of {year} (so far {was}).</translation>
    </message>
    <message>
        <source>Unverändert: {now} bestätigt.</source>
        <translation>Unchanged: {now} confirmed.</translation>
    </message>
    <message>
        <source>Unverändert: {granted}, Umsatzstufe {now} bestätigt.</source>
        <translation>Unchanged: {granted}, revenue level {now} confirmed.</translation>
    </message>
    <message>
        <source>Unverändert: mit den Zahlen {year} noch keine Stufe erreicht.</source>
        <translation>Unchanged: no tier reached yet with the figures of {year}.</translation>
    </message>
    <message>
        <source>Erfüllt für {tier}: {met}.</source>
        <translation>Met for {tier}: {met}.</translation>
    </message>
    <message>
        <source>Für {tier} fehlen: {missing}.</source>
        <translation>Missing for {tier}: {missing}.</translation>
    </message>
    <message>
        <source>{n} realisiertes Projekt (mind. {required})</source>
        <translation>{n} completed project (at least {required})</translation>
    </message>
    <message>
        <source>{n} realisierte Projekte (mind. {required})</source>
        <translation>{n} completed projects (at least {required})</translation>
    </message>
    <message>
        <source>{actual} Umsatz (mind. {required})</source>
        <translation>{actual} revenue (at least {required})</translation>
    </message>
    <message>
        <source>{actual} MRR (mind. {required} pro Monat)</source>
        <translation>{actual} MRR (at least {required} per month)</translation>
    </message>
    <message>
        <source>Vertriebs- und Techniktraining</source>
        <translation>sales and technical training</translation>
    </message>
    <message>
        <source>{n} zertifizierter Techniker (mind. {required})</source>
        <translation>{n} certified technician (at least {required})</translation>
    </message>
    <message>
        <source>{n} zertifizierte Techniker (mind. {required})</source>
        <translation>{n} certified technicians (at least {required})</translation>
    </message>
    <message>
        <source>Follow-Link auf www.nospamproxy.de</source>
        <translation>follow link to www.nospamproxy.de</translation>
    </message>
    <message>
        <source>Basis-Servicevereinbarung</source>
        <translation>basic service agreement</translation>
    </message>
    <message>
        <source>eine abweichende Entscheidung braucht eine Begründung</source>
        <translation>a different decision needs a reason</translation>
    </message>
    <message>
        <source>{tier} behalten ihre Stufe; möglich ist die Umsatzstufe ({levels})</source>
        <translation>{tier}s keep their tier; the revenue level can be chosen ({levels})</translation>
    </message>
    <message>
        <source>gilt nur für Managed Service Partner</source>
        <translation>applies to Managed Service Partners only</translation>
    </message>
    <message>
        <source>{tier} ({level})</source>
        <translation>{tier} ({level})</translation>
    </message>
    <message>
        <source>Es gibt keinen Partner mit der ID {ids}.</source>
        <translation>There is no partner with the ID {ids}.</translation>
    </message>
    <message>
        <source>Es gibt keine Überprüfung mit der ID {id}.</source>
        <translation>There is no review with the ID {id}.</translation>
    </message>
    <message>
        <source>Überprüfung {review} enthält keinen Partner mit der ID {partner}.</source>
        <translation>Review {review} has no partner with the ID {partner}.</translation>
    </message>
    <message>
        <source>1 Vorschlag ist noch offen ({companies}); bitte annehmen oder abweichend entscheiden.</source>
        <translation>1 proposal is still open ({companies}); please accept it or decide otherwise.</translation>
    </message>
    <message>
        <source>{count} Vorschläge sind noch offen ({companies}); bitte annehmen oder abweichend entscheiden.</source>
        <translation>{count} proposals are still open ({companies}); please accept them or decide otherwise.</translation>
    </message>
    <message>
        <source>{count} Vorschläge sind noch offen ({companies}, …); bitte annehmen oder abweichend entscheiden.</source>
        <translation>{count} proposals are still open ({companies}, …); please accept them or decide otherwise.</translation>
    </message>
    <message>
        <source>Die Überprüfung {id} ist bereits bestätigt.</source>
        <translation>Review {id} is confirmed already.</translation>
    </message>
    <message>
        <source>Die Stufe von {company} wurde seit der Überprüfung geändert; bitte die Überprüfung neu ausführen.</source>
        <translation>The tier of {company} was changed since the review; please run the review again.</translation>
    </message>
    <message>
        <source>Die Überprüfung {id} ist noch nicht bestätigt; Briefe gibt es erst danach.</source>
        <translation>Review {id} is not confirmed yet; letters are available only after that.</translation>
    </message>
    <message>
        <source>Die Überprüfung {id} ist bestätigt und bleibt unverändert; für eine neue Entscheidung die Überprüfung neu ausführen.</source>
        <translation>Review {id} is confirmed and stays as it is; for a new decision run the review again.</translation>
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
    <name>ReviewItems</name>
    <message>
        <source>{sentence}</source>
        <translation>(German, from an older review) {sentence}</translation>
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
        <source>Suchen: Partner, Kundennummer, Ort … (Strg+F)</source>
        <translation>Search: partner, customer number, city… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Alle Entscheidungen</source>
        <translation>All decisions</translation>
    </message>
    <message>
        <source>Alle Bewegungen</source>
        <translation>All movements</translation>
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
        <source>{shown} von {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <source>Für {year} gibt es noch keine Überprüfung: „Überprüfung ausführen“ berechnet die Vorschläge (es ändert sich noch nichts).</source>
        <translation>There is no review for {year} yet: “Run review” computes the proposals (nothing changes yet).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{state}&lt;/b&gt;, Stufen gültig ab {effective}</source>
        <translation>&lt;b&gt;{state}&lt;/b&gt;, tiers valid from {effective}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Entwurf&lt;/b&gt;: {open} von %n Vorschlägen offen</source>
        <translation>
            <numerusform>&lt;b&gt;Draft&lt;/b&gt;: {open} of %n proposal open</numerusform>
            <numerusform>&lt;b&gt;Draft&lt;/b&gt;: {open} of %n proposals open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Überprüfung {year}: %n Partner, {moved} mit Änderung</source>
        <translation>
            <numerusform>Review {year}: %n partner, {moved} with a change</numerusform>
            <numerusform>Review {year}: %n partners, {moved} with a change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Überprüfung {year} bestätigen?

Die Stufen der %n Partner werden ab {effective} gesetzt und in die Stufenhistorie geschrieben. Danach lässt sich die Überprüfung nicht mehr ändern (nur durch eine neue Überprüfung).</source>
        <translation>
            <numerusform>Confirm the review {year}?

The tier of %n partner is set from {effective} and written into the tier history. After that the review cannot be changed (only replaced by a new review).</numerusform>
            <numerusform>Confirm the review {year}?

The tiers of the %n partners are set from {effective} and written into the tier history. After that the review cannot be changed (only replaced by a new review).</numerusform>
        </translation>
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
        <source>Geschäftsjahr und Stichtag wählen: die Zahlen des Jahres zählen, Zertifizierungen und Vereinbarungen mit dem Stand des Stichtags.</source>
        <translation>Choose the business year and the reference date: the year&apos;s figures count, certifications and agreements as they stand on the reference date.</translation>
    </message>
    <message>
        <source>„Überprüfung ausführen“ berechnet für jeden Partner einen Vorschlag: aufstufen, abstufen oder unverändert. Dabei ändert sich noch nichts.</source>
        <translation>“Run review” computes a proposal for every partner: promote, demote or unchanged. Nothing changes yet.</translation>
    </message>
    <message>
        <source>Die Vorschläge annehmen oder abweichend entscheiden (mit Begründung), dann „Bestätigen …“: erst dann gelten die neuen Stufen, und erst dann gibt es die Briefe an die Partner.</source>
        <translation>Accept the proposals or decide otherwise (with a reason), then “Confirm…”: only then do the new tiers apply, and only then are there letters to the partners.</translation>
    </message>
    <message>
        <source>Für {year} gibt es noch keine Überprüfung. So geht es:</source>
        <translation>There is no review for {year} yet. How it works:</translation>
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
        <source>Nicht übernommen: {message}</source>
        <translation>Not applied: {message}</translation>
    </message>
    <message>
        <source>{company}: abweichend entschieden</source>
        <translation>{company}: decided otherwise</translation>
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
    <message>
        <source>Dieselbe Revision auf beiden Seiten: bitte zwei verschiedene wählen.</source>
        <translation>The same revision on both sides: please choose two different ones.</translation>
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
        <source>Unterzeichner</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>wenn „Ihr Name“ leer ist; leer: der erste Geschäftsführer</source>
        <translation>when “Your name” is empty; empty: the first managing director</translation>
    </message>
    <message>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>z. B. Vertriebsleitung</source>
        <translation>e.g. Head of Sales</translation>
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
        <source>Unterschrift auf Briefen</source>
        <translation>Signature on letters</translation>
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
    <message numerus="yes">
        <source> Tage</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
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
        <source>Ansprechpartner und Unterschrift Ihrer Angebote; leer: der Unterzeichner aus dem Briefkopf</source>
        <translation>Contact person and signature of your quotes; empty: the signer from the letterhead</translation>
    </message>
    <message>
        <source>z. B. Partner Account Manager</source>
        <translation>e.g. Partner Account Manager</translation>
    </message>
    <message>
        <source>Steht unter Ihrem Namen in der Unterschrift</source>
        <translation>Printed below your name in the signature</translation>
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
        <source>Ihr Name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>Ihre Funktion:</source>
        <translation>Your function:</translation>
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
    <name>StandardLines</name>
    <message>
        <source>keine Eigenbedarfs-Lizenz für {users} Benutzer (möglich: {sizes})</source>
        <translation>no own-use licence for {users} users (available: {sizes})</translation>
    </message>
    <message>
        <source>das Partnerprogramm {edition} hat keine Kategorie dafür</source>
        <translation>the partner program {edition} has no category for it</translation>
    </message>
    <message>
        <source>{tier} erhält keine kostenfreie NFR-Lizenz</source>
        <translation>{tier} gets no free NFR licence</translation>
    </message>
</context>
<context>
    <name>Standing</name>
    <message>
        <source>keine Partnerstufe in dieser Spur erfasst</source>
        <translation>no partner tier recorded in this track</translation>
    </message>
    <message>
        <source>alle Anforderungen von {tier} erfüllt</source>
        <translation>all requirements of {tier} met</translation>
    </message>
    <message>
        <source>Zertifizierung vom {completed} {expiry}; danach {left} von {needed} nötigen zertifizierten Techniker</source>
        <translation>Certification of {completed} {expiry}; then {left} of {needed} required certified technician</translation>
    </message>
    <message>
        <source>Zertifizierung vom {completed} {expiry}; danach {left} von {needed} nötigen zertifizierten Technikern</source>
        <translation>Certification of {completed} {expiry}; then {left} of {needed} required certified technicians</translation>
    </message>
    <message>
        <source>{figure} {actual}: weniger als {margin} über der Schwelle von {required}</source>
        <translation>{figure} {actual}: less than {margin} above the threshold of {required}</translation>
    </message>
    <message>
        <source>Realisierte Projekte</source>
        <translation>Completed projects</translation>
    </message>
    <message>
        <source>Umsatz</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
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
        <source>nspdesk: Hinweis zur Datenbank</source>
        <translation>nspdesk: about the database</translation>
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
    <name>StoreErrors</name>
    <message>
        <source>Sicherung von {source} fehlgeschlagen: {error}</source>
        <translation>Backup of {source} failed: {error}</translation>
    </message>
    <message>
        <source>Sicherung nach {target} fehlgeschlagen: {error}</source>
        <translation>Backup to {target} failed: {error}</translation>
    </message>
    <message>
        <source>Die Sicherung von {source} ist fehlerhaft ({problem}); nichts ersetzt.</source>
        <translation>The backup of {source} is faulty ({problem}); nothing was replaced.</translation>
    </message>
    <message>
        <source>Der Datenträger ist voll.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <source>Die Datenbank {path} ist schreibgeschützt (Dateirechte der Datei).</source>
        <translation>The database {path} is read-only (file permissions of the file).</translation>
    </message>
    <message>
        <source>Die Datenbank {path} ist schreibgeschützt (Dateirechte des Ordners {folder}).</source>
        <translation>The database {path} is read-only (file permissions of the folder {folder}).</translation>
    </message>
    <message>
        <source>Die Datenbank {path} ist schreibgeschützt (schreibgeschütztes Laufwerk).</source>
        <translation>The database {path} is read-only (read-only drive).</translation>
    </message>
    <message>
        <source>Die Datenbank {path} kann nicht gelesen werden (Dateirechte: keine Leserechte).</source>
        <translation>The database {path} cannot be read (file permissions: no read permission).</translation>
    </message>
    <message>
        <source>Die Datenbank {path} kann nicht geöffnet werden: {reason} Nichts verändert.</source>
        <translation>The database {path} cannot be opened: {reason} Nothing changed.</translation>
    </message>
    <message>
        <source>Die Datenbank ist schreibgeschützt (Dateirechte oder Laufwerk).</source>
        <translation>The database is read-only (file permissions or drive).</translation>
    </message>
    <message>
        <source>Der Datenträger meldet einen Lesefehler (E/A-Fehler).</source>
        <translation>The disk reports a read error (I/O error).</translation>
    </message>
    <message>
        <source>Die Datenbankdatei kann nicht geöffnet werden.</source>
        <translation>The database file cannot be opened.</translation>
    </message>
    <message>
        <source>Die Datenbank ist durch ein anderes Programm gesperrt.</source>
        <translation>The database is locked by another program.</translation>
    </message>
    <message>
        <source>Das Laufwerk ist schreibgeschützt.</source>
        <translation>The drive is read-only.</translation>
    </message>
    <message>
        <source>Keine Schreibrechte (Dateirechte).</source>
        <translation>No write permission (file permissions).</translation>
    </message>
    <message>
        <source>Das Speicherkontingent ist erschöpft.</source>
        <translation>The disk quota is exhausted.</translation>
    </message>
    <message>
        <source>{reason} Nichts wurde gespeichert. ({where})</source>
        <translation>{reason} Nothing was saved. ({where})</translation>
    </message>
    <message>
        <source>{reason} Nur Lesen ist möglich; nichts wurde gespeichert.</source>
        <translation>{reason} It can only be read; nothing was saved.</translation>
    </message>
    <message>
        <source>Die Datenbank {where} ist beschädigt ({detail}); nichts wurde gespeichert. Bitte &apos;nspdesk db check&apos; ausführen und eine Sicherung wiederherstellen.</source>
        <translation>The database {where} is damaged ({detail}); nothing was saved. Please run &apos;nspdesk db check&apos; and restore a backup.</translation>
    </message>
    <message>
        <source>Die Datenbankdatei {path} ist nicht mehr vorhanden (gelöscht oder verschoben?). Nichts wurde gespeichert; bitte die Datei zurückholen oder eine Sicherung wiederherstellen und nspdesk neu starten.</source>
        <translation>The database file {path} is gone (deleted or moved?). Nothing was saved; please bring the file back or restore a backup, and restart nspdesk.</translation>
    </message>
    <message>
        <source>PID {pid} auf {host}</source>
        <translation>PID {pid} on {host}</translation>
    </message>
    <message>
        <source>unbekannter Prozess</source>
        <translation>unknown process</translation>
    </message>
    <message>
        <source>Die Sperrdatei {path} kann nicht angelegt werden: {reason} Nichts verändert.</source>
        <translation>The lock file {path} cannot be created: {reason} Nothing changed.</translation>
    </message>
    <message>
        <source>nach der Migration: {problem}</source>
        <translation>after the migration: {problem}</translation>
    </message>
    <message>
        <source>Die Datenbank {where} ist nicht erreichbar: {reason}</source>
        <translation>The database {where} cannot be reached: {reason}</translation>
    </message>
    <message>
        <source>{path} ist ein Verzeichnis, keine Datenbankdatei; nichts verändert.</source>
        <translation>{path} is a folder, not a database file; nothing was changed.</translation>
    </message>
    <message>
        <source>{reason} Sie wird nur gelesen; Änderungen werden nicht gespeichert.</source>
        <translation>{reason} It is only read; changes will not be saved.</translation>
    </message>
    <message>
        <source>{reason} Sie muss auf das Schema dieser nspdesk-Version gebracht werden und kann so nicht geöffnet werden; nichts verändert.</source>
        <translation>{reason} It needs to be brought to this nspdesk version&apos;s schema and so cannot be opened; nothing changed.</translation>
    </message>
    <message>
        <source>Warnung: die heutige automatische Sicherung nach {folder} wurde nicht angelegt. {reason} Die Daten können gelesen werden; bitte Platz schaffen oder den Ordner prüfen.</source>
        <translation>Warning: today&apos;s automatic backup to {folder} was not made. {reason} The data can be read; please free up space or check the folder.</translation>
    </message>
    <message>
        <source>Die Datenbank {path} muss migriert werden, aber die Sicherung davor ist fehlgeschlagen: {reason} Nichts verändert.</source>
        <translation>The database {path} needs a migration, but the backup before it failed: {reason} Nothing changed.</translation>
    </message>
    <message>
        <source>Der Ordner {folder} kann nicht angelegt werden: {reason} Nichts angelegt.</source>
        <translation>The folder {folder} cannot be created: {reason} Nothing created.</translation>
    </message>
    <message>
        <source>Die Datenbank {path} kann nicht angelegt werden: der Ordner {folder} ist schreibgeschützt (Dateirechte oder Laufwerk). Nichts angelegt.</source>
        <translation>The database {path} cannot be created: the folder {folder} is read-only (file permissions or drive). Nothing created.</translation>
    </message>
    <message>
        <source>{where} ist keine verwendbare Datenbank-URL ({reason}); erwartet wird eine SQLite-Datei oder z. B. postgresql+psycopg://benutzer@server/datenbank.</source>
        <translation>{where} is not a usable database URL ({reason}); expected is an SQLite file or e.g. postgresql+psycopg://user@server/database.</translation>
    </message>
    <message>
        <source>Die Datenbank {path} ist beschädigt ({detail}).{hint}</source>
        <translation>The database {path} is damaged ({detail}).{hint}</translation>
    </message>
    <message>
        <source> Letzte Sicherung: {backup} (wiederherstellen mit: nspdesk db restore {backup}).</source>
        <translation> Latest backup: {backup} (restore with: nspdesk db restore {backup}).</translation>
    </message>
    <message>
        <source> Es gibt keine Sicherung.</source>
        <translation> There is no backup.</translation>
    </message>
    <message>
        <source>Die Datenbank {where} wurde von einer neueren nspdesk-Version angelegt (Schema {revision}). Bitte nspdesk aktualisieren oder eine ältere Sicherung wiederherstellen; die Datenbank wurde nicht verändert.</source>
        <translation>The database {where} was created by a newer version of nspdesk (schema {revision}). Please update nspdesk or restore an older backup; the database was not changed.</translation>
    </message>
    <message>
        <source>{where} enthält Tabellen, ist aber keine nspdesk-Datenbank; sie wird nicht verändert.</source>
        <translation>{where} contains tables but is not an nspdesk database; it is left unchanged.</translation>
    </message>
    <message>
        <source>nspdesk läuft bereits mit dieser Datenbank ({holder}). Bitte das andere Fenster verwenden oder dort beenden. Datenbank: {path}</source>
        <translation>nspdesk is already running with this database ({holder}). Please use the other window or quit it there. Database: {path}</translation>
    </message>
    <message>
        <source>Die Sicherung {backup} gibt es nicht.</source>
        <translation>The backup {backup} does not exist.</translation>
    </message>
    <message>
        <source>Die Sicherung {backup} ist beschädigt ({problem}); nichts verändert.</source>
        <translation>The backup {backup} is damaged ({problem}); nothing was changed.</translation>
    </message>
    <message>
        <source>{reason} Wiederherstellen ist so nicht möglich; nichts verändert.</source>
        <translation>{reason} Restoring is not possible like this; nothing changed.</translation>
    </message>
    <message>
        <source>Wiederherstellen von {backup} fehlgeschlagen: {reason} Die bisherige Datenbank liegt in {safety}.</source>
        <translation>Restoring {backup} failed: {reason} The previous database is in {safety}.</translation>
    </message>
    <message>
        <source>{backup} ist keine nspdesk-Sicherung; nichts verändert.</source>
        <translation>{backup} is not an nspdesk backup; nothing was changed.</translation>
    </message>
    <message>
        <source>{where} enthält schon Partner; Demodaten nur in eine leere Datenbank (z. B. --db demo.sqlite3). Nichts verändert.</source>
        <translation>{where} already holds partners; demo data only go into an empty database (e.g. --db demo.sqlite3). Nothing was changed.</translation>
    </message>
    <message>
        <source>{where} ist eine Server-Datenbank; Sicherungen macht dort die Serververwaltung (z. B. pg_dump).</source>
        <translation>{where} is a server database; backups there are made by the server administration (e.g. pg_dump).</translation>
    </message>
    <message>
        <source>{what} wurde inzwischen von {who} geändert ({when}); Ihre Änderung wurde nicht gespeichert. Bitte neu laden und die Änderung wiederholen.</source>
        <translation>{what} was changed meanwhile by {who} ({when}); your change was not saved. Please reload and make the change again.</translation>
    </message>
    <message>
        <source>jemand anderem</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>{what} gibt es nicht (mehr).</source>
        <translation>{what} does not exist (any more).</translation>
    </message>
    <message>
        <source>Die Datenbank {path} gibt es nicht; es wurde nichts angelegt. Eine neue mit Beispieldaten legt &apos;nspdesk demo --db {path}&apos; an.</source>
        <translation>The database {path} does not exist; nothing was created. &apos;nspdesk demo --db {path}&apos; creates a new one with sample data.</translation>
    </message>
    <message>
        <source>Die Datenbank {database} auf dem Server {server} ist nicht erreichbar: {cause}</source>
        <translation>The database {database} on the server {server} cannot be reached: {cause}</translation>
    </message>
    <message>
        <source>Die Team-Datenbank {database} auf dem Server {server} ist nicht erreichbar: {cause} Diese Aktion wurde nicht gespeichert; alles zuvor Gespeicherte bleibt erhalten. Bitte erneut versuchen, sobald der Server wieder erreichbar ist.</source>
        <translation>The team database {database} on the server {server} cannot be reached: {cause} This action was not saved; everything saved before is kept. Please try again once the server can be reached.</translation>
    </message>
    <message>
        <source>Die Team-Datenbank {database} auf dem Server {server} war beim Speichern nicht mehr erreichbar: {cause} Ob diese Aktion noch gespeichert wurde, zeigt das Neuladen, sobald der Server wieder erreichbar ist; alles zuvor Gespeicherte bleibt erhalten.</source>
        <translation>The team database {database} on the server {server} could no longer be reached while saving: {cause} Whether this action was still saved shows after reloading, once the server can be reached; everything saved before is kept.</translation>
    </message>
    <message>
        <source>die Verbindung wurde abgelehnt (läuft der Server, und nimmt er auf diesem Port Verbindungen an?).</source>
        <translation>the connection was refused (is the server running, and does it accept connections on this port?).</translation>
    </message>
    <message>
        <source>der Servername ist unbekannt (Tippfehler, VPN?).</source>
        <translation>the server name is unknown (a typo? VPN?).</translation>
    </message>
    <message>
        <source>der Server antwortet nicht (Netzwerk, VPN oder Firewall prüfen).</source>
        <translation>the server does not answer (check the network, VPN or firewall).</translation>
    </message>
    <message>
        <source>das Netzwerk des Servers ist nicht erreichbar (VPN verbunden?).</source>
        <translation>the server&apos;s network cannot be reached (is the VPN connected?).</translation>
    </message>
    <message>
        <source>die Anmeldung als {user} wurde abgelehnt (Benutzername oder Passwort falsch).</source>
        <translation>the login as {user} was refused (wrong user name or password).</translation>
    </message>
    <message>
        <source>der Server verlangt ein Passwort, die Adresse enthält keines.</source>
        <translation>the server asks for a password, and the address holds none.</translation>
    </message>
    <message>
        <source>den Benutzer {user} oder die Datenbank {database} gibt es auf dem Server nicht.</source>
        <translation>the user {user} or the database {database} does not exist on the server.</translation>
    </message>
    <message>
        <source>der Server hat die Verbindung beendet (Neustart oder Wartung?).</source>
        <translation>the server ended the connection (a restart or maintenance?).</translation>
    </message>
    <message>
        <source>die Verbindung zum Server ist abgebrochen.</source>
        <translation>the connection to the server broke off.</translation>
    </message>
    <message>
        <source>der Server fährt gerade herunter oder startet (gleich erneut versuchen).</source>
        <translation>the server is shutting down or starting up (try again in a moment).</translation>
    </message>
    <message>
        <source>die Datenbank nimmt gerade keine Verbindungen an (Wartung?).</source>
        <translation>the database accepts no connections right now (maintenance?).</translation>
    </message>
    <message>
        <source>der Server nimmt keine weiteren Verbindungen an; bitte später erneut.</source>
        <translation>the server accepts no more connections; please try again later.</translation>
    </message>
</context>
<context>
    <name>SupportHours</name>
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
        <source>{days} {opens}–{closes} Uhr, außer an Feiertagen in {region}</source>
        <translation>{days} {opens}–{closes}, except on public holidays in {region}</translation>
    </message>
    <message>
        <source>Bayern</source>
        <translation>Bavaria</translation>
    </message>
    <message>
        <source>Hessen</source>
        <translation>Hesse</translation>
    </message>
    <message>
        <source>Mecklenburg-Vorpommern</source>
        <translation>Mecklenburg-Western Pomerania</translation>
    </message>
    <message>
        <source>Niedersachsen</source>
        <translation>Lower Saxony</translation>
    </message>
    <message>
        <source>Nordrhein-Westfalen</source>
        <translation>North Rhine-Westphalia</translation>
    </message>
    <message>
        <source>Rheinland-Pfalz</source>
        <translation>Rhineland-Palatinate</translation>
    </message>
    <message>
        <source>Sachsen</source>
        <translation>Saxony</translation>
    </message>
    <message>
        <source>Sachsen-Anhalt</source>
        <translation>Saxony-Anhalt</translation>
    </message>
    <message>
        <source>Thüringen</source>
        <translation>Thuringia</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>Sync verbindet eine Datei auf diesem Gerät (--db LAPTOP.sqlite3) mit der Team-Datenbank; {where} ist selbst eine Server-Datenbank.</source>
        <translation>Sync connects a file on this device (--db LAPTOP.sqlite3) with the team database; {where} is a server database itself.</translation>
    </message>
    <message>
        <source>Die Adresse der Team-Datenbank ist keine PostgreSQL-URL (postgresql://benutzer@server/datenbank).</source>
        <translation>The team database&apos;s address is not a PostgreSQL URL (postgresql://user@server/database).</translation>
    </message>
    <message>
        <source>Das Passwort kann nicht im Schlüsselbund des Systems gespeichert werden ({reason}). Bitte die URL ohne Passwort angeben und das Passwort in ~/.pgpass hinterlegen.</source>
        <translation>The password cannot be kept in the system&apos;s credential store ({reason}). Please give the URL without the password and put the password in ~/.pgpass.</translation>
    </message>
    <message>
        <source>Das CA-Zertifikat des Teams {path} gibt es nicht (eine PEM-Datei, z. B. team-ca.pem).</source>
        <translation>The team&apos;s CA certificate {path} does not exist (a PEM file, e.g. team-ca.pem).</translation>
    </message>
    <message>
        <source>Gerätename &apos;{name}&apos;: bitte 1 bis 10 Großbuchstaben oder Ziffern (z. B. die Initialen, MK).</source>
        <translation>Device name &apos;{name}&apos;: please 1 to 10 capital letters or digits (e.g. the initials, MK).</translation>
    </message>
    <message>
        <source>Im Team gibt es schon ein Gerät &apos;{name}&apos;. Bitte einen anderen Namen wählen oder das Gerät dort mit &apos;nspdesk sync leave&apos; abmelden.</source>
        <translation>The team already has a device &apos;{name}&apos;. Please choose another name or let that device leave with &apos;nspdesk sync leave&apos;.</translation>
    </message>
    <message>
        <source>Das Gerät &apos;{name}&apos; wurde aus dem Team entfernt; es kann nichts mehr senden. Die Daten auf diesem Gerät bleiben erhalten.</source>
        <translation>The device &apos;{name}&apos; was removed from the team; it can no longer send anything. The data on this device is kept.</translation>
    </message>
    <message>
        <source>Das Gerät &apos;{name}&apos; ist in der Team-Datenbank nicht angemeldet (abgemeldet?). Bitte neu verbinden mit &apos;nspdesk sync join&apos;.</source>
        <translation>The device &apos;{name}&apos; is not registered with the team database (did it leave?). Please connect again with &apos;nspdesk sync join&apos;.</translation>
    </message>
    <message>
        <source>Diese Datenbank ist mit keiner Team-Datenbank verbunden (&apos;nspdesk sync join URL --db DATEI --device NAME&apos;).</source>
        <translation>This database is not connected to a team database (&apos;nspdesk sync join URL --db FILE --device NAME&apos;).</translation>
    </message>
    <message>
        <source>Diese Datenbank ist schon als Gerät &apos;{name}&apos; mit einer Team-Datenbank verbunden.</source>
        <translation>This database is already connected to a team database as device &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Diese Datenbank enthält schon Daten. Sie werden beim Verbinden nur mit --send-existing in die Team-Datenbank übernommen; sonst bitte eine neue Datei angeben.</source>
        <translation>This database already holds data. It is taken into the team database only with --send-existing; otherwise please give a new file.</translation>
    </message>
    <message>
        <source>Es gibt 1 noch nicht gesendete Änderung. Bitte zuerst synchronisieren oder mit --force abmelden (die Änderung bleibt dann nur auf diesem Gerät).</source>
        <translation>There is 1 change not sent yet. Please sync first or leave with --force (the change then stays on this device only).</translation>
    </message>
    <message>
        <source>Es gibt {count} noch nicht gesendete Änderungen. Bitte zuerst synchronisieren oder mit --force abmelden (die Änderungen bleiben dann nur auf diesem Gerät).</source>
        <translation>There are {count} changes not sent yet. Please sync first or leave with --force (the changes then stay on this device only).</translation>
    </message>
    <message>
        <source>Konflikt {id}: die eigene Fassung passt nicht mehr zum Stand des Teams (z. B. wird ein gelöschter Eintrag noch von einem Angebot gebraucht). Bitte mit --keep theirs schließen.</source>
        <translation>Conflict {id}: this device&apos;s version no longer fits the team&apos;s data (e.g. a deleted record is still needed by a quote). Please close it with --keep theirs.</translation>
    </message>
    <message>
        <source>Es gibt keinen offenen Konflikt {id}.</source>
        <translation>There is no open conflict {id}.</translation>
    </message>
    <message>
        <source>Konflikt {id}: die eigene Fassung lässt sich nicht wiederherstellen, weil {what} in der Team-Datenbank gelöscht wurde. Bitte mit --keep theirs schließen.</source>
        <translation>Conflict {id}: this device&apos;s version cannot be restored because {what} was deleted in the team database. Please close it with --keep theirs.</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <source>Firma</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Kundennummer</source>
        <translation>Customer number</translation>
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
        <source>USt-IdNr.</source>
        <translation>VAT ID</translation>
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
        <source>Spur</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Stufe</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Umsatzniveau (MSP)</source>
        <translation>Revenue level (MSP)</translation>
    </message>
    <message>
        <source>Nur Wiederverkauf</source>
        <translation>Resale only</translation>
    </message>
    <message>
        <source>Partner seit</source>
        <translation>Partner since</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Angelegt am</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Geändert am</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <source>Geändert von</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Bearbeitungsstand</source>
        <translation>Edit version</translation>
    </message>
    <message>
        <source>Artikelnummer</source>
        <translation>Article number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Listenpreis</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Gültig ab</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Beispielpreis</source>
        <translation>Example price</translation>
    </message>
    <message>
        <source>Zielgruppe</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Umsatzsteuer</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Subject</translation>
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
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Stichtag</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <source>Programm-Edition</source>
        <translation>Program edition</translation>
    </message>
    <message>
        <source>Bestätigt am</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <source>Bestätigt von</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>Rechtsform</source>
        <translation>Legal form</translation>
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
        <source>Registergericht</source>
        <translation>Registry court</translation>
    </message>
    <message>
        <source>Registernummer</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Geschäftsführung</source>
        <translation>Managing directors</translation>
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
        <source>Sitz</source>
        <translation>Registered office</translation>
    </message>
    <message>
        <source>Unterzeichner</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Funktion des Unterzeichners</source>
        <translation>Signatory&apos;s position</translation>
    </message>
    <message>
        <source>Höchster Zusatzrabatt</source>
        <translation>Highest extra discount</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Unterzeichnet</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Endkunde</source>
        <translation>End customer</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Geprüft am</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>HTTP-Status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>Ziel-Adresse</source>
        <translation>Final address</translation>
    </message>
    <message>
        <source>Einzelheiten</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Hauptkontakt</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ausgestellt</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Referenz</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Zielstufe</source>
        <translation>Target tier</translation>
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
        <source>Genutzte Supportanfragen</source>
        <translation>Support calls used</translation>
    </message>
    <message>
        <source>Genutztes Marketingbudget</source>
        <translation>Marketing budget used</translation>
    </message>
    <message>
        <source>Erhaltene Leads</source>
        <translation>Leads received</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Menge</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Einzelpreis</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Zusatzrabatt</source>
        <translation>Extra discount</translation>
    </message>
    <message>
        <source>Rabatt</source>
        <translation>Discount</translation>
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
        <source>Einkauf netto</source>
        <translation>Purchase net</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Nummernkreis</source>
        <translation>Number series</translation>
    </message>
    <message>
        <source>Laufende Nummer</source>
        <translation>Running number</translation>
    </message>
    <message>
        <source>Erfasste Stufe</source>
        <translation>Recorded tier</translation>
    </message>
    <message>
        <source>Erfasstes Umsatzniveau</source>
        <translation>Recorded revenue level</translation>
    </message>
    <message>
        <source>Vorgeschlagene Stufe</source>
        <translation>Proposed tier</translation>
    </message>
    <message>
        <source>Vorgeschlagenes Umsatzniveau</source>
        <translation>Proposed revenue level</translation>
    </message>
    <message>
        <source>Gründe</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Fehlendes je Stufe</source>
        <translation>Missing per tier</translation>
    </message>
    <message>
        <source>Gründe und Fehlendes (übersetzbar)</source>
        <translation>Reasons and gaps (translatable)</translation>
    </message>
    <message>
        <source>Firma (Sortierung)</source>
        <translation>Company (sort order)</translation>
    </message>
    <message>
        <source>Projekte (erfasst)</source>
        <translation>Projects (recorded)</translation>
    </message>
    <message>
        <source>Projekte (gewonnene Angebote)</source>
        <translation>Projects (won quotes)</translation>
    </message>
    <message>
        <source>Umsatz (erfasst)</source>
        <translation>Revenue (recorded)</translation>
    </message>
    <message>
        <source>Umsatz (gewonnene Angebote)</source>
        <translation>Revenue (won quotes)</translation>
    </message>
    <message>
        <source>MRR (erfasst)</source>
        <translation>MRR (recorded)</translation>
    </message>
    <message>
        <source>MRR (gewonnene Angebote)</source>
        <translation>MRR (won quotes)</translation>
    </message>
    <message>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Festgelegte Stufe</source>
        <translation>Final tier</translation>
    </message>
    <message>
        <source>Festgelegtes Umsatzniveau</source>
        <translation>Final revenue level</translation>
    </message>
    <message>
        <source>Begründung der Abweichung</source>
        <translation>Reason for the deviation</translation>
    </message>
    <message>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Erfasst am</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Teilgenommen am</source>
        <translation>Attended on</translation>
    </message>
    <message>
        <source>Teilnehmer</source>
        <translation>Attendee</translation>
    </message>
    <message>
        <source>Abgeschlossen am</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Erledigt am</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Erledigt von</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Angebotsdatum</source>
        <translation>Quote date</translation>
    </message>
    <message>
        <source>Entscheidung zur Partnerstufe</source>
        <translation>Tier decision</translation>
    </message>
    <message>
        <source>Grund für die erfasste Stufe</source>
        <translation>Reason for the recorded tier</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Ansprechpartner</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Versendet am</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Druckfassung</source>
        <translation>Print copy</translation>
    </message>
    <message>
        <source>Entschieden am</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Angebot</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Jahresprüfung</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <source>Vorlage</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Techniker</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Onboarding-Checkliste</source>
        <translation>Onboarding checklist</translation>
    </message>
    <message>
        <source>Stufe im Angebot</source>
        <translation>Tier in the quote</translation>
    </message>
    <message>
        <source>Umsatzniveau im Angebot</source>
        <translation>Revenue level in the quote</translation>
    </message>
    <message>
        <source>Angebotsnummer</source>
        <translation>Quote number</translation>
    </message>
    <message>
        <source>Name der Vorlage</source>
        <translation>Template name</translation>
    </message>
    <message>
        <source>Bezeichnung</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Schulung</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Vereinbarung</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Firma (Briefkopf)</source>
        <translation>Company (letterhead)</translation>
    </message>
    <message>
        <source>Ansprechpartner {name}</source>
        <translation>Contact {name}</translation>
    </message>
    <message>
        <source>Techniker {name}</source>
        <translation>Technician {name}</translation>
    </message>
    <message>
        <source>Vereinbarung {name}</source>
        <translation>Agreement {name}</translation>
    </message>
    <message>
        <source>NFR-Lizenz vom {name}</source>
        <translation>NFR licence of {name}</translation>
    </message>
    <message>
        <source>Schulung {name}</source>
        <translation>Training {name}</translation>
    </message>
    <message>
        <source>Kennzahlen {name}</source>
        <translation>Figures {name}</translation>
    </message>
    <message>
        <source>Backlink-Prüfung vom {name}</source>
        <translation>Backlink check of {name}</translation>
    </message>
    <message>
        <source>Stufe ab {name}</source>
        <translation>Tier from {name}</translation>
    </message>
    <message>
        <source>Onboarding zur Stufe {name}</source>
        <translation>Onboarding for tier {name}</translation>
    </message>
    <message>
        <source>Onboarding-Schritt {name}</source>
        <translation>Onboarding step {name}</translation>
    </message>
    <message>
        <source>Admin-Schulung vom {name}</source>
        <translation>Admin course of {name}</translation>
    </message>
    <message>
        <source>Partner {name}</source>
        <translation>Partner {name}</translation>
    </message>
    <message>
        <source>Revision {name}</source>
        <translation>Revision {name}</translation>
    </message>
    <message>
        <source>Position {name}</source>
        <translation>Position {name}</translation>
    </message>
    <message>
        <source>Verlauf, Eintrag vom {name}</source>
        <translation>History, entry of {name}</translation>
    </message>
    <message>
        <source>{outer}, {inner}</source>
        <translation>{outer}, {inner}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(leer)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Team-Datenbank</source>
        <translation>Team database</translation>
    </message>
    <message>
        <source>Mit Team-Datenbank verbinden …</source>
        <translation>Connect to the team database …</translation>
    </message>
    <message>
        <source>Jetzt synchronisieren</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Team verlassen …</source>
        <translation>Leave the team …</translation>
    </message>
    <message>
        <source>Eigene Fassung behalten</source>
        <translation>Keep this device&apos;s version</translation>
    </message>
    <message>
        <source>Fassung des Teams behalten</source>
        <translation>Keep the team&apos;s version</translation>
    </message>
    <message>
        <source>Konflikte: hier und im Team gleichzeitig geändert. In der Datenbank steht die Fassung des Teams; die eigene ist aufbewahrt. Eine Entscheidung gilt für alles, was darunter steht.</source>
        <translation>Conflicts: changed here and in the team at the same time. The database holds the team&apos;s version; this device&apos;s own is kept. A decision applies to everything below it.</translation>
    </message>
    <message>
        <source>Gerät {device} · Team-Datenbank {team}
Nicht gesendet: {unsent} · offene Konflikte: {conflicts}</source>
        <translation>Device {device} · team database {team}
Not sent: {unsent} · open conflicts: {conflicts}</translation>
    </message>
    <message>
        <source>Jetzt synchronisieren · letzter Abgleich: {last}</source>
        <translation>Sync now · last sync: {last}</translation>
    </message>
    <message>
        <source>Diese Datenbank ist selbst eine Team-Datenbank auf einem Server.</source>
        <translation>This database is itself a team database on a server.</translation>
    </message>
    <message>
        <source>Nicht verbunden. Verbunden arbeitet dieses Gerät offline auf seiner Datei und gleicht sich mit der Team-Datenbank ab, sobald sie erreichbar ist.</source>
        <translation>Not connected. When connected, this device works offline on its own file and syncs with the team database whenever it can be reached.</translation>
    </message>
    <message>
        <source>noch nie</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Abgleich im Hintergrund nicht möglich ({reason}); nächster Versuch in {minutes} Minuten.</source>
        <translation>Background sync not possible ({reason}); next try in {minutes} minutes.</translation>
    </message>
    <message>
        <source>Stammdaten</source>
        <translation>Master data</translation>
    </message>
    <message>
        <source>im Team gelöscht; hier:</source>
        <translation>deleted in the team; here:</translation>
    </message>
    <message>
        <source>{field}: „{mine}“</source>
        <translation>{field}: “{mine}”</translation>
    </message>
    <message>
        <source>{field}: hier „{mine}“, im Team „{theirs}“</source>
        <translation>{field}: here “{mine}”, in the team “{theirs}”</translation>
    </message>
    <message>
        <source>hier gelöscht</source>
        <translation>deleted here</translation>
    </message>
    <message>
        <source>Abgleich im Hintergrund alle {minutes} Minuten und sobald das Netzwerk wieder erreichbar ist.</source>
        <translation>Syncs in the background every {minutes} minutes and as soon as the network is back.</translation>
    </message>
    <message>
        <source>Abgleich im Hintergrund alle {minutes} Minuten.</source>
        <translation>Syncs in the background every {minutes} minutes.</translation>
    </message>
    <message>
        <source>Abgleich im Hintergrund nicht möglich ({reason}); nächster Versuch in {minutes} Minuten oder sobald das Netzwerk wieder erreichbar ist.</source>
        <translation>Background sync not possible ({reason}); next try in {minutes} minutes or as soon as the network is back.</translation>
    </message>
    <message>
        <source>Konflikt lösen</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <source>Mit Team-Datenbank verbinden</source>
        <translation>Connect to the team database</translation>
    </message>
    <message numerus="yes">
        <source>Verbunden; %n Einträge geholt.</source>
        <translation>
            <numerusform>Connected; %n record fetched.</numerusform>
            <numerusform>Connected; %n records fetched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dieses Gerät verlässt das Team. Die Datei bleibt mit allen Daten als eigenständige Datenbank erhalten; neue Angebote erhalten weiter die Nummern dieses Geräts. Es wird nicht mehr abgeglichen.</source>
        <translation>This device leaves the team. The file stays a standalone database with all its data; new quotes keep taking this device&apos;s numbers. It is no longer synced.</translation>
    </message>
    <message>
        <source>Noch nicht gesendete Änderungen: {count}. Das Team erhält sie dann nicht.</source>
        <translation>Changes not sent yet: {count}. The team will not receive them.</translation>
    </message>
    <message>
        <source>Team verlassen</source>
        <translation>Leave the team</translation>
    </message>
    <message>
        <source>Gerät {name} hat das Team verlassen.</source>
        <translation>Device {name} has left the team.</translation>
    </message>
    <message>
        <source>Ein Abgleich läuft bereits im Hintergrund.</source>
        <translation>A sync is already running in the background.</translation>
    </message>
    <message numerus="yes">
        <source>Abgeglichen: {pushed} gesendet, {pulled} geholt, %n Konflikte.</source>
        <translation>
            <numerusform>Synced: {pushed} sent, {pulled} fetched, %n conflict.</numerusform>
            <numerusform>Synced: {pushed} sent, {pulled} fetched, %n conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncReasons</name>
    <message>
        <source>hier und im Team geändert</source>
        <translation>changed here and in the team</translation>
    </message>
    <message>
        <source>auf der einen Seite gelöscht, auf der anderen geändert</source>
        <translation>deleted on one side, changed on the other</translation>
    </message>
    <message>
        <source>das, wozu es gehört, wurde im Team gelöscht</source>
        <translation>what it belongs to was deleted in the team</translation>
    </message>
    <message>
        <source>hier und im Team gleichzeitig angelegt</source>
        <translation>created here and in the team at the same time</translation>
    </message>
    <message>
        <source>hier gelöscht, im Team aber geändert oder noch gebraucht</source>
        <translation>deleted here, but changed or still needed in the team</translation>
    </message>
</context>
<context>
    <name>SyncThings</name>
    <message>
        <source>Partner {name}</source>
        <translation>Partner {name}</translation>
    </message>
    <message>
        <source>Angebot {name}</source>
        <translation>Quote {name}</translation>
    </message>
    <message>
        <source>Jahresprüfung {name}</source>
        <translation>Annual review {name}</translation>
    </message>
    <message>
        <source>Artikel {name}</source>
        <translation>Article {name}</translation>
    </message>
    <message>
        <source>Vorlage {name}</source>
        <translation>Template {name}</translation>
    </message>
    <message>
        <source>Angebot {number} ({partner})</source>
        <translation>Quote {number} ({partner})</translation>
    </message>
    <message>
        <source>Briefkopf</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>ein gelöschter Eintrag ({table})</source>
        <translation>a deleted record ({table})</translation>
    </message>
    <message>
        <source>TLS, Zertifikat geprüft</source>
        <translation>TLS, certificate verified</translation>
    </message>
    <message>
        <source>TLS: {mode}</source>
        <translation>TLS: {mode}</translation>
    </message>
    <message>
        <source>ohne TLS-Prüfung</source>
        <translation>no TLS verification</translation>
    </message>
    <message>
        <source>{where} ({tls})</source>
        <translation>{where} ({tls})</translation>
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
    <name>TierCheck</name>
    <message>
        <source>Die erfasste Stufe {recorded} ist nicht mehr gedeckt. Es fehlt: {missing}. {supported}</source>
        <translation>The recorded tier {recorded} is no longer covered. Missing: {missing}. {supported}</translation>
    </message>
    <message>
        <source>Die Zahlen tragen {tier}.</source>
        <translation>The figures support {tier}.</translation>
    </message>
    <message>
        <source>Die Zahlen tragen keine Partnerstufe.</source>
        <translation>The figures support no partner tier.</translation>
    </message>
    <message>
        <source>{warning} Bitte entscheiden.</source>
        <translation>{warning} Please decide.</translation>
    </message>
    <message>
        <source>ein Grund ist nötig, um zu {tier}-Konditionen anzubieten</source>
        <translation>a reason is needed to quote at {tier} conditions</translation>
    </message>
    <message>
        <source>die Zahlen tragen keine Partnerstufe, zu der sich anbieten ließe</source>
        <translation>the figures support no partner tier to quote at</translation>
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
        <source>Marge {period}</source>
        <translation>Margin {period}</translation>
    </message>
    <message>
        <source>Marge im ersten Jahr</source>
        <translation>Margin in the first year</translation>
    </message>
    <message>
        <source>Marge in % des Verkaufspreises (netto), je Abrechnungszeitraum und für das erste Jahr (einmalig + 1 × jährlich + 12 × monatlich)</source>
        <translation>Margin in % of the sale price (net), per billing period and for the first year (one-time + 1 × yearly + 12 × monthly)</translation>
    </message>
    <message>
        <source>Marge aller Positionen im Verhältnis zum Verkaufspreis (netto)</source>
        <translation>Margin of all lines relative to the sale price (net)</translation>
    </message>
</context>
<context>
    <name>TypedNumbers</name>
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
        <source>höchstens {places} Nachkommastellen: „{text}“</source>
        <translation>at most {places} decimal places: “{text}”</translation>
    </message>
    <message>
        <source>zu groß: „{text}“</source>
        <translation>too large: “{text}”</translation>
    </message>
    <message>
        <source>muss größer als 0 sein</source>
        <translation>must be greater than 0</translation>
    </message>
    <message>
        <source>höchstens {maximum}, eingegeben: „{text}“</source>
        <translation>at most {maximum}, entered: “{text}”</translation>
    </message>
</context>
<context>
    <name>UnprintableDialog</name>
    <message>
        <source>Diese Zeichen können nicht gedruckt werden:</source>
        <translation>These characters cannot be printed:</translation>
    </message>
    <message>
        <source>Im PDF erscheinen sie als leere Kästchen. Trotzdem drucken? Mit „Nein“ können Sie die Texte zuerst ändern.</source>
        <translation>They appear as empty boxes in the PDF. Print anyway? Choose “No” to change the texts first.</translation>
    </message>
    <message>
        <source>Nicht druckbare Zeichen</source>
        <translation>Characters that cannot be printed</translation>
    </message>
</context>
<context>
    <name>Vat</name>
    <message>
        <source>Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge): Die Umsatzsteuer schuldet der Leistungsempfänger (§ 13b UStG, Art. 196 MwStSystRL).</source>
        <translation>Reverse charge: the recipient of the service is liable for the VAT (§ 13b UStG, Art. 196 VAT Directive).</translation>
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
