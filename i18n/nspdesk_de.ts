<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de">
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
</TS>
