<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Fixture for tests/ui/i18n/tst_tsfiles.cpp: one defect per message, except "Save". -->
<TS version="2.1" language="de">
<context>
    <name>Ctx</name>
    <message><source>Save</source><translation>Speichern</translation></message>
    <message><source>Open</source><translation type="unfinished">Öffnen</translation></message>
    <message><source>Close</source><translation></translation></message>
    <message><source>Copy %1 to %2</source><translation>%1 kopieren</translation></message>
    <message><source>&amp;File</source><translation>Datei</translation></message>
    <message><source>%1[*] — App</source><translation>%1 — App</translation></message>
    <message numerus="yes"><source>%n file(s)</source><translation><numerusform>%n Datei</numerusform></translation></message>
    <message numerus="yes"><source>%n item(s)</source><translation><numerusform>ein Element</numerusform><numerusform>Elemente</numerusform></translation></message>
    <message><source>Gone</source><translation type="vanished">Weg</translation></message>
</context>
</TS>
