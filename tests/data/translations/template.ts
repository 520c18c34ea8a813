<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Fixture for tests/ui/i18n/tst_tsfiles.cpp: the template that broken_de.ts is checked against. -->
<TS version="2.1">
<context>
    <name>Ctx</name>
    <message><source>Save</source><translation type="unfinished"></translation></message>
    <message><source>Open</source><translation type="unfinished"></translation></message>
    <message><source>Close</source><translation type="unfinished"></translation></message>
    <message><source>Copy %1 to %2</source><translation type="unfinished"></translation></message>
    <message><source>&amp;File</source><translation type="unfinished"></translation></message>
    <message><source>%1[*] — App</source><translation type="unfinished"></translation></message>
    <message numerus="yes"><source>%n file(s)</source><translation type="unfinished"><numerusform></numerusform></translation></message>
    <message numerus="yes"><source>%n item(s)</source><translation type="unfinished"><numerusform></numerusform></translation></message>
    <message><source>Only in template</source><translation type="unfinished"></translation></message>
</context>
</TS>
