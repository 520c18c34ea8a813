<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AddLinkCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddProfileCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddSiteCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>%1: cannot remove the recovery copy of the secrets (they are kept in the OS keychain now)</source>
        <translation>%1: die Wiederherstellungskopie der Zugangsdaten kann nicht entfernt werden (sie liegen jetzt im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>OS keychain: cannot keep the recovery copy of the secrets: %1</source>
        <translation>Schlüsselbund des Systems: die Wiederherstellungskopie der Zugangsdaten kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The recovered secrets are kept in the OS keychain, which is not available.</source>
        <translation>Die wiederhergestellten Zugangsdaten liegen im Schlüsselbund des Systems, der nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>OS keychain: cannot read the recovery copy of the secrets: %1</source>
        <translation>Schlüsselbund des Systems: die Wiederherstellungskopie der Zugangsdaten kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>OS keychain: the recovery copy of the secrets is damaged: %1</source>
        <translation>Schlüsselbund des Systems: die Wiederherstellungskopie der Zugangsdaten ist beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>ConnectMonitor</name>
    <message>
        <source>monitor target skipped: %1</source>
        <translation>Überwachungsziel übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>ConnectSession</name>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>Verbindung wird getrennt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 wird zu %2 aufgelöst</translation>
    </message>
    <message>
        <source>warning: %1 does not resolve to an IPv4 address; no host route is pinned</source>
        <translation>Warnung: %1 lässt sich nicht zu einer IPv4-Adresse auflösen; es wird keine Host-Route festgelegt</translation>
    </message>
    <message>
        <source>no profile to connect</source>
        <translation>kein Profil zum Verbinden</translation>
    </message>
    <message>
        <source>connecting %1 to %2 as %3 (%4, %5)</source>
        <translation>verbinde %1 mit %2 als %3 (%4, %5)</translation>
    </message>
    <message>
        <source>the server is reached via %1%2</source>
        <translation>der Server ist über %1%2 erreichbar</translation>
    </message>
    <message>
        <source> gateway %1</source>
        <translation> Gateway %1</translation>
    </message>
    <message>
        <source>warning: no route to the server %1: %2</source>
        <translation>Warnung: keine Route zum Server %1: %2</translation>
    </message>
    <message>
        <source>the VPN came up but its tunnel interface was not found: %1</source>
        <translation>das VPN ist aufgebaut, aber seine Tunnel-Schnittstelle wurde nicht gefunden: %1</translation>
    </message>
    <message>
        <source>tunnel %1, local address %2</source>
        <translation>Tunnel %1, lokale Adresse %2</translation>
    </message>
    <message>
        <source>cannot read the routing table: %1</source>
        <translation>Routing-Tabelle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>installing the routes failed, nothing was left behind: %1</source>
        <translation>die Routen konnten nicht eingetragen werden, es blieb nichts zurück: %1</translation>
    </message>
    <message numerus="yes">
        <source>installed %n route(s)</source>
        <translation>
            <numerusform>%n Route eingetragen</numerusform>
            <numerusform>%n Routen eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <source>a lookup of %1 answers via %2, not the tunnel</source>
        <translation>eine Abfrage für %1 antwortet über %2, nicht über den Tunnel</translation>
    </message>
    <message>
        <source>warning: %1 not verified: %2</source>
        <translation>Warnung: %1 nicht bestätigt: %2</translation>
    </message>
    <message>
        <source>removing the routes failed: %1</source>
        <translation>die Routen konnten nicht entfernt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>removed %n route(s)</source>
        <translation>
            <numerusform>%n Route entfernt</numerusform>
            <numerusform>%n Routen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>the VPN went down; removing its routes</source>
        <translation>das VPN ist getrennt; seine Routen werden entfernt</translation>
    </message>
    <message>
        <source>the VPN connection was lost</source>
        <translation>die VPN-Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>the tunnel changed to %1 with address %2: re-applying the routes</source>
        <translation>der Tunnel ist jetzt %1 mit Adresse %2: die Routen werden neu eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>the hub gave no routes (%1); using the profile&apos;s %n route(s)</source>
        <translation>
            <numerusform>der Hub gab keine Routen (%1); die %n Route des Profils wird verwendet</numerusform>
            <numerusform>der Hub gab keine Routen (%1); die %n Routen des Profils werden verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub&apos;s answer has no routes; using the profile&apos;s %n route(s)</source>
        <translation>
            <numerusform>die Antwort des Hubs enthält keine Routen; die %n Route des Profils wird verwendet</numerusform>
            <numerusform>die Antwort des Hubs enthält keine Routen; die %n Routen des Profils werden verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub answers with %n route(s) (DHCP option %1)</source>
        <translation>
            <numerusform>der Hub antwortet mit %n Route (DHCP-Option %1)</numerusform>
            <numerusform>der Hub antwortet mit %n Routen (DHCP-Option %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server %1 did not answer (%2); trying the backup server %3 of hub %4</source>
        <translation>der Server %1 hat nicht geantwortet (%2); versuche den Ersatzserver %3 von Hub %4</translation>
    </message>
    <message>
        <source>neither the server %1 nor its backup %2 answered: %3; %4</source>
        <translation>weder der Server %1 noch sein Ersatz %2 hat geantwortet: %3; %4</translation>
    </message>
    <message>
        <source>connected through the backup server %1 (hub %2)</source>
        <translation>über den Ersatzserver %1 (Hub %2) verbunden</translation>
    </message>
</context>
<context>
    <name>ConnectWindow</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>RouteStudio Connect</source>
        <translation>RouteStudio Connect</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Connected on %1, address %2</source>
        <translation>Verbunden über %1, Adresse %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>RouteStudio: %1</source>
        <translation>RouteStudio: %1</translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation>Profil &amp;importieren…</translation>
    </message>
    <message>
        <source>Re-apply routes</source>
        <translation>Routen neu eintragen</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>disconnect before importing another profile</source>
        <translation>vor dem Import eines anderen Profils die Verbindung trennen</translation>
    </message>
    <message>
        <source>Profile imported: %1</source>
        <translation>Profil importiert: %1</translation>
    </message>
    <message>
        <source>import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>RouteStudio profile bundles (*.tar.gz *.tgz *.zip *.tar);;All files (*)</source>
        <translation>RouteStudio-Profil-Bundles (*.tar.gz *.tgz *.zip *.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The profile was not imported.

%1</source>
        <translation>Das Profil wurde nicht importiert.

%1</translation>
    </message>
    <message>
        <source>RouteStudio: %1 — tunnel %2</source>
        <translation>RouteStudio: %1 — Tunnel %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 route(s) no longer point into the tunnel (the interface may have flapped).</source>
        <translation>
            <numerusform>%n von %1 Routen zeigt nicht mehr in den Tunnel (die Schnittstelle war womöglich kurz weg).</numerusform>
            <numerusform>%n von %1 Routen zeigen nicht mehr in den Tunnel (die Schnittstelle war womöglich kurz weg).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the profile bundle your administrator gave you</source>
        <translation>Das Profilpaket importieren, das Sie von Ihrem Administrator erhalten haben</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About RouteStudio Connect</source>
        <translation>&amp;Über RouteStudio Connect</translation>
    </message>
    <message>
        <source>About RouteStudio Connect</source>
        <translation>Über RouteStudio Connect</translation>
    </message>
    <message>
        <source>&lt;b&gt;RouteStudio Connect %1&lt;/b&gt;&lt;p&gt;Connect to an L2TP/IPsec VPN and install, verify and remove its split-tunnel routes.&lt;/p&gt;</source>
        <translation>&lt;b&gt;RouteStudio Connect %1&lt;/b&gt;&lt;p&gt;Mit einem L2TP/IPsec-VPN verbinden und seine Split-Tunnel-Routen installieren, prüfen und wieder entfernen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> — through the backup server %1 (hub %2)</source>
        <translation> — über den Ersatzserver %1 (Hub %2)</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>New hub</source>
        <translation>Neuer Hub</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>%n Objekt löschen</numerusform>
            <numerusform>%n Objekte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Automatisch anordnen</translation>
    </message>
</context>
<context>
    <name>EditLinkCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditProfileCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditPropertiesCommand</name>
    <message>
        <source>Edit topology properties</source>
        <translation>Eigenschaften der Topologie bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditSiteCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditorDocks</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
</context>
<context>
    <name>EditorMonitor</name>
    <message>
        <source>Skipped monitor targets: %1</source>
        <translation>Übersprungene Überwachungsziele: %1</translation>
    </message>
</context>
<context>
    <name>EditorSession</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Untitled topology</source>
        <translation>Unbenannte Topologie</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Bundles</source>
        <translation>Bundles exportieren</translation>
    </message>
    <message>
        <source>Writes one archive per site (its configs, scripts and README) and one per user (the profile to import), with secret-bearing files readable only by their owner.</source>
        <translation>Schreibt ein Archiv pro Standort (Konfigurationen, Skripte und README) und eines pro Benutzer (das zu importierende Profil); Dateien mit Zugangsdaten sind nur für ihren Eigentümer lesbar.</translation>
    </message>
    <message>
        <source>Bundles built and archives written</source>
        <translation>Erzeugte Bundles und geschriebene Archive</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Write the archives into the output folder</source>
        <translation>Die Archive in den Zielordner schreiben</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>Export &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the export; nothing is written</source>
        <translation>Den Export anhalten; nichts wird geschrieben</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the output folder in the file manager</source>
        <translation>Den Zielordner im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nichts wurde exportiert: %1</translation>
    </message>
    <message>
        <source>Nothing was exported: the existing files were kept.</source>
        <translation>Nichts wurde exportiert: die vorhandenen Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Checking the topology and generating the files…</source>
        <translation>Topologie wird geprüft, Dateien werden erzeugt…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Existing Files?</source>
        <translation>Vorhandene Dateien ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the output folder will be replaced.</source>
        <translation>
            <numerusform>%n Datei im Zielordner wird ersetzt.</numerusform>
            <numerusform>%n Dateien im Zielordner werden ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation>%1 wird erzeugt…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsForm</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — profile %2</source>
        <translation>%1 — Profil %2</translation>
    </message>
    <message>
        <source>Every site and user, with the Ansible folder</source>
        <translation>Alle Standorte und Benutzer, mit dem Ansible-Ordner</translation>
    </message>
    <message>
        <source>One site</source>
        <translation>Ein Standort</translation>
    </message>
    <message>
        <source>One user</source>
        <translation>Ein Benutzer</translation>
    </message>
    <message>
        <source>Which bundles to write: one per site (box) and one per user</source>
        <translation>Welche Bundles geschrieben werden: eines pro Standort (Gerät) und eines pro Benutzer</translation>
    </message>
    <message>
        <source>The site or user whose bundle is written</source>
        <translation>Der Standort oder Benutzer, dessen Bundle geschrieben wird</translation>
    </message>
    <message>
        <source>The folder the archives are written to (created if missing)</source>
        <translation>Der Ordner, in den die Archive geschrieben werden (wird bei Bedarf angelegt)</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Zielordner wählen</translation>
    </message>
    <message>
        <source>tar.gz (Linux, macOS)</source>
        <translation>tar.gz (Linux, macOS)</translation>
    </message>
    <message>
        <source>zip (Windows)</source>
        <translation>zip (Windows)</translation>
    </message>
    <message>
        <source>The archive format of each bundle</source>
        <translation>Das Archivformat jedes Bundles</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Bundle:</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>&amp;Zielordner:</translation>
    </message>
    <message>
        <source>Archive f&amp;ormat:</source>
        <translation>Archiv&amp;format:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>The topology has no sites</source>
        <translation>Die Topologie hat keine Standorte</translation>
    </message>
    <message>
        <source>The topology has no users</source>
        <translation>Die Topologie hat keine Benutzer</translation>
    </message>
    <message>
        <source>Export Bundles To</source>
        <translation>Bundles exportieren nach</translation>
    </message>
</context>
<context>
    <name>ExportResultView</name>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Every archive written, with its size and SHA-256 digest; Ctrl+C copies the selected rows as SHA256SUMS lines</source>
        <translation>Jedes geschriebene Archiv mit Größe und SHA-256-Prüfsumme; Strg+C kopiert die ausgewählten Zeilen als SHA256SUMS-Zeilen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n archive(s) to %1.</source>
        <translation>
            <numerusform>%n Archiv nach %1 geschrieben.</numerusform>
            <numerusform>%n Archive nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Ansible folder (%n file(s)) is in %1.</source>
        <translation>
            <numerusform>Der Ansible-Ordner (%n Datei) liegt in %1.</numerusform>
            <numerusform>Der Ansible-Ordner (%n Dateien) liegt in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation>Der Export wurde abgebrochen. Nichts wurde geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was exported: the topology has %n validation error(s). Fix them first (see the Findings panel).</source>
        <translation>
            <numerusform>Nichts wurde exportiert: die Topologie hat %n Validierungsfehler. Zuerst beheben (siehe Befunde).</numerusform>
            <numerusform>Nichts wurde exportiert: die Topologie hat %n Validierungsfehler. Zuerst beheben (siehe Befunde).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Written before the error:</source>
        <translation>Vor dem Fehler geschrieben:</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
</context>
<context>
    <name>FieldEdit</name>
    <message>
        <source>Field error</source>
        <translation>Fehler im Feld</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>An id is required.</source>
        <translation>Eine ID ist erforderlich.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and “-” (up to 63, starting with a letter or digit).</source>
        <translation>Kleinbuchstaben, Ziffern und „-“ verwenden (bis zu 63, beginnend mit Buchstabe oder Ziffer).</translation>
    </message>
    <message>
        <source>A public address is required.</source>
        <translation>Eine öffentliche Adresse ist erforderlich.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address.</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse.</translation>
    </message>
    <message>
        <source>A DNS name has at most 253 characters.</source>
        <translation>Ein DNS-Name hat höchstens 253 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” is neither an IPv4 address nor a DNS name (letters, digits, “-”, labels of 1–63 characters).</source>
        <translation>„%1“ ist weder eine IPv4-Adresse noch ein DNS-Name (Buchstaben, Ziffern, „-“, Labels mit 1–63 Zeichen).</translation>
    </message>
    <message>
        <source>An IPv4 address is required.</source>
        <translation>Eine IPv4-Adresse ist erforderlich.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address (like 10.8.0.1).</source>
        <translation>„%1“ ist keine IPv4-Adresse (etwa 10.8.0.1).</translation>
    </message>
    <message>
        <source>A prefix is required.</source>
        <translation>Ein Präfix ist erforderlich.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 prefix (like 10.20.0.0/16).</source>
        <translation>„%1“ ist kein IPv4-Präfix (etwa 10.20.0.0/16).</translation>
    </message>
    <message>
        <source>A secret name is required.</source>
        <translation>Ein Schlüsselname ist erforderlich.</translation>
    </message>
    <message>
        <source>Use letters, digits, “.”, “_” and “-” (up to 64).</source>
        <translation>Buchstaben, Ziffern, „.“, „_“ und „-“ verwenden (bis zu 64).</translation>
    </message>
    <message>
        <source>“%1” is not a valid user name (letters, digits, “.”, “_”, “@”, “-”).</source>
        <translation>„%1“ ist kein gültiger Benutzername (Buchstaben, Ziffern, „.“, „_“, „@“, „-“).</translation>
    </message>
    <message>
        <source>Names have at most %1 characters.</source>
        <translation>Namen haben höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Names cannot contain control, invisible formatting or text-direction characters.</source>
        <translation>Namen dürfen keine Steuer-, unsichtbaren Formatierungs- oder Schreibrichtungszeichen enthalten.</translation>
    </message>
    <message>
        <source>“%1” is not a DNS domain (like corp.example: letters, digits, “-”, labels of 1–63 characters).</source>
        <translation>„%1“ ist keine DNS-Domain (etwa corp.example: Buchstaben, Ziffern, „-“, Labels mit 1–63 Zeichen).</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Topologies (*.topology.json *.json);;All files (*)</source>
        <translation>Topologien (*.topology.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New topology</source>
        <translation>Neue Topologie</translation>
    </message>
    <message>
        <source>Open topology</source>
        <translation>Topologie öffnen</translation>
    </message>
    <message>
        <source>Cannot open topology</source>
        <translation>Topologie kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Save topology</source>
        <translation>Topologie speichern</translation>
    </message>
    <message>
        <source>Cannot save topology</source>
        <translation>Topologie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 could not be saved:
%2</source>
        <translation>%1 konnte nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n site(s); not saved yet</source>
        <translation>
            <numerusform>%n Standort importiert; noch nicht gespeichert</numerusform>
            <numerusform>%n Standorte importiert; noch nicht gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>Show only findings whose code, message or objects contain this text</source>
        <translation>Nur Befunde zeigen, deren Code, Meldung oder Objekte diesen Text enthalten</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Click a finding to select and show the objects involved</source>
        <translation>Einen Befund anklicken, um die betroffenen Objekte auszuwählen und anzuzeigen</translation>
    </message>
    <message>
        <source>No findings: the IP plan is consistent.</source>
        <translation>Keine Befunde: der IP-Plan ist stimmig.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Boxes</source>
        <translation>Geräte importieren</translation>
    </message>
    <message>
        <source>Add copies of your boxes&apos; configuration: each folder (a copy of / or /etc), archive or file is one box.</source>
        <translation>Fügen Sie Kopien der Konfiguration Ihrer Geräte hinzu: Jeder Ordner (eine Kopie von / oder /etc), jedes Archiv und jede Datei ist ein Gerät.</translation>
    </message>
    <message>
        <source>&amp;Open as New Topology</source>
        <translation>Als neue T&amp;opologie öffnen</translation>
    </message>
    <message>
        <source>No boxes added yet.</source>
        <translation>Noch keine Geräte hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n box(es)…</source>
        <translation>
            <numerusform>%n Gerät wird importiert…</numerusform>
            <numerusform>%n Geräte werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <source>Scanned %1</source>
        <translation>%1 ausgewertet</translation>
    </message>
</context>
<context>
    <name>ImportResultView</name>
    <message>
        <source>Box, file or statement</source>
        <translation>Gerät, Datei oder Anweisung</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Not represented</source>
        <translation>Nicht abgebildet</translation>
    </message>
    <message>
        <source>Contradictions</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Files found and what each gave</source>
        <translation>Gefundene Dateien und was jede ergab</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Nothing could be read: none of these files is in a format the import reads (%1).</source>
        <translation>Nichts konnte gelesen werden: Keine dieser Dateien hat ein Format, das der Import liest (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 of %2 files from %n box(es)</source>
        <translation>
            <numerusform>%1 von %2 Dateien aus %n Gerät gelesen</numerusform>
            <numerusform>%1 von %2 Dateien aus %n Geräten gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sites, %2 links, %3 profiles, %4 PSKs, %5 users.</source>
        <translation>%1 Standorte, %2 Verbindungen, %3 Profile, %4 PSKs, %5 Benutzer.</translation>
    </message>
    <message>
        <source>%1 errors, %2 contradictions, %3 not represented, %4 mapped (expand a file for its lines).</source>
        <translation>%1 Fehler, %2 Widersprüche, %3 nicht abgebildet, %4 übernommen (eine Datei aufklappen für ihre Zeilen).</translation>
    </message>
    <message numerus="yes">
        <source>Validation of the imported topology: %n finding(s), listed in the Findings panel once it is open.</source>
        <translation>
            <numerusform>Prüfung der importierten Topologie: %n Befund, aufgeführt im Befunde-Bereich, sobald sie geöffnet ist.</numerusform>
            <numerusform>Prüfung der importierten Topologie: %n Befunde, aufgeführt im Befunde-Bereich, sobald sie geöffnet ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>not represented</source>
        <translation>nicht abgebildet</translation>
    </message>
    <message>
        <source>contradiction</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 → site %2</source>
        <translation>%1 → Standort %2</translation>
    </message>
    <message>
        <source>(the box as a whole)</source>
        <translation>(das Gerät als Ganzes)</translation>
    </message>
</context>
<context>
    <name>ImportSourceList</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Archives or Files…</source>
        <translation>&amp;Archive oder Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>A copy of a box&apos;s / or /etc: one box</source>
        <translation>Eine Kopie von / oder /etc eines Geräts: ein Gerät</translation>
    </message>
    <message>
        <source>Boxes to import</source>
        <translation>Zu importierende Geräte</translation>
    </message>
    <message>
        <source>Add a box&apos;s folder</source>
        <translation>Ordner eines Geräts hinzufügen</translation>
    </message>
    <message>
        <source>Add archives or files</source>
        <translation>Archive oder Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Archives and configs (*.tar *.tar.gz *.tgz *.zip *.rsc *.conf *.txt *.cfg);;All files (*)</source>
        <translation>Archive und Konfigurationen (*.tar *.tar.gz *.tgz *.zip *.rsc *.conf *.txt *.cfg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A tar, tar.gz or zip of a box&apos;s files, a RouterOS export, an IOS running-config, or one config file: each is one box</source>
        <translation>Ein tar, tar.gz oder zip der Dateien eines Geräts, ein RouterOS-Export, eine IOS-running-config oder eine Konfigurationsdatei: jedes ist ein Gerät</translation>
    </message>
</context>
<context>
    <name>ImportedProfileFile</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>is not a remembered RouteStudio profile, version 1</source>
        <translation>ist kein gespeichertes RouteStudio-Profil der Version 1</translation>
    </message>
    <message>
        <source>is not &quot;split&quot; or &quot;full&quot;</source>
        <translation>ist weder „split“ noch „full“</translation>
    </message>
    <message>
        <source>entry %1 is not an IPv4 prefix</source>
        <translation>Eintrag %1 ist kein IPv4-Präfix</translation>
    </message>
    <message>
        <source>is not from 576 to 1500</source>
        <translation>liegt nicht zwischen 576 und 1500</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used the next time you start %1.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von %1.</translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>RTT (ms)</source>
        <translation>RTT (ms)</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Degraded above</source>
        <translation>Beeinträchtigt ab</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <source>L2TP/IPsec</source>
        <translation>L2TP/IPsec</translation>
    </message>
    <message>
        <source>IPsec</source>
        <translation>IPsec</translation>
    </message>
    <message>
        <source>%1: %2 → %3, %4</source>
        <translation>%1: %2 → %3, %4</translation>
    </message>
    <message>
        <source>%1
Monitor: %2</source>
        <translation>%1
Überwachung: %2</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>LinkListModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>IKE</source>
        <translation>IKE</translation>
    </message>
    <message>
        <source>PSK name</source>
        <translation>PSK-Name</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>Another link already has the id “%1”.</source>
        <translation>Ein anderer Link hat bereits die ID „%1“.</translation>
    </message>
    <message>
        <source>Route-based IPsec</source>
        <translation>Routenbasiertes IPsec</translation>
    </message>
    <message>
        <source>L2TP/IPsec (gateway dials the hub)</source>
        <translation>L2TP/IPsec (Gateway wählt sich am Hub ein)</translation>
    </message>
    <message>
        <source>Name of the pre-shared key in the secrets file</source>
        <translation>Name des Pre-Shared Keys in der Datei mit den Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>T&amp;ransport:</translation>
    </message>
    <message>
        <source>&amp;IKE:</source>
        <translation>I&amp;KE:</translation>
    </message>
    <message>
        <source>&amp;PSK name:</source>
        <translation>&amp;PSK-Name:</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>RouteStudio generates no L2TP link for %1 (site %2): use route-based IPsec</source>
        <translation>RouteStudio erzeugt keine L2TP-Verbindung für %1 (Standort %2): routenbasiertes IPsec verwenden</translation>
    </message>
    <message>
        <source>Primary path</source>
        <translation>Hauptweg</translation>
    </message>
    <message>
        <source>Backup path (higher metric)</source>
        <translation>Backup-Weg (höhere Metrik)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Metric of the link&apos;s routes, lower wins; Default: %1 for a primary, %2 for a backup</source>
        <translation>Metrik der Routen der Verbindung, die niedrigere gewinnt; Standard: %1 für einen Hauptweg, %2 für einen Backup-Weg</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;lle:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty topology</source>
        <translation>Mit einer leeren Topologie beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a topology file</source>
        <translation>Eine Topologie-Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the topology and its secrets</source>
        <translation>Die Topologie und ihre Zugangsdaten speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the topology under a new name</source>
        <translation>Die Topologie unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Export Bundles…</source>
        <translation>Bundles &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the configuration bundles for every box and user</source>
        <translation>Die Konfigurations-Bundles für jedes Gerät und jeden Benutzer schreiben</translation>
    </message>
    <message>
        <source>S&amp;ecrets…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Generate or enter pre-shared keys and user passwords</source>
        <translation>Pre-Shared Keys und Benutzerpasswörter erzeugen oder eingeben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit RouteStudio</source>
        <translation>RouteStudio beenden</translation>
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
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected sites, links and profiles</source>
        <translation>Die ausgewählten Standorte, Links und Profile löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Select everything</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Add &amp;Hub</source>
        <translation>&amp;Hub hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Add an L2TP/IPsec server site</source>
        <translation>Einen Standort mit L2TP/IPsec-Server hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Gateway</source>
        <translation>&amp;Gateway hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Add a remote site gateway</source>
        <translation>Ein Gateway für einen entfernten Standort hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Link</source>
        <translation>&amp;Link hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Link the two selected sites</source>
        <translation>Die beiden ausgewählten Standorte verbinden</translation>
    </message>
    <message>
        <source>Add &amp;Profile</source>
        <translation>&amp;Profil hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Add a remote-access client profile to the selected hub</source>
        <translation>Dem ausgewählten Hub ein Client-Profil für den Fernzugriff hinzufügen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Auf 100 % zoomen</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;In Fenster einpassen</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Show the whole topology</source>
        <translation>Die ganze Topologie zeigen</translation>
    </message>
    <message>
        <source>Arrange &amp;Automatically</source>
        <translation>Automatisch &amp;anordnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Place every site by the automatic layout</source>
        <translation>Alle Standorte automatisch anordnen</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Move the selected sites a little</source>
        <translation>Die ausgewählten Standorte ein Stück verschieben</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About RouteStudio</source>
        <translation>&amp;Über RouteStudio</translation>
    </message>
    <message>
        <source>About RouteStudio</source>
        <translation>Über RouteStudio</translation>
    </message>
    <message>
        <source>&lt;b&gt;RouteStudio %1&lt;/b&gt;&lt;p&gt;Plan L2TP/IPsec VPNs with static routes, check the IP plan, and generate every box&apos;s configuration.&lt;/p&gt;</source>
        <translation>&lt;b&gt;RouteStudio %1&lt;/b&gt;&lt;p&gt;L2TP/IPsec-VPNs mit statischen Routen planen, den IP-Plan prüfen und die Konfiguration jedes Geräts erzeugen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>%1[*] — RouteStudio</source>
        <translation>%1[*] — RouteStudio</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n Standort</numerusform>
            <numerusform>%n Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Link</numerusform>
            <numerusform>%n Links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n Profil</numerusform>
            <numerusform>%n Profile</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Select exactly two sites to link them.</source>
        <translation>Genau zwei Standorte auswählen, um sie zu verbinden.</translation>
    </message>
    <message>
        <source>Select one hub to add a client profile to it.</source>
        <translation>Einen Hub auswählen, um ihm ein Client-Profil hinzuzufügen.</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Hub</source>
        <comment>toolbar: Add Hub</comment>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Gateway</source>
        <comment>toolbar: Add Gateway</comment>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Link</source>
        <comment>toolbar: Add Link</comment>
        <translation>Link</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>toolbar: Add Profile</comment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>toolbar</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>toolbar: Fit to Window</comment>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Arrange</source>
        <comment>toolbar: Arrange Automatically</comment>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>toolbar: Export Bundles</comment>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Secrets</source>
        <comment>toolbar: Secrets dialog</comment>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Read the configs of existing boxes into a new topology</source>
        <translation>Die Konfigurationen bestehender Geräte in eine neue Topologie einlesen</translation>
    </message>
    <message>
        <source>Folder of Box Collections</source>
        <translation>Ordner mit Box-Sammlungen</translation>
    </message>
    <message>
        <source>No longer checking boxes</source>
        <translation>Boxen werden nicht mehr geprüft</translation>
    </message>
    <message>
        <source>Checking the boxes in %1 every minute</source>
        <translation>Die Boxen in %1 werden jede Minute geprüft</translation>
    </message>
    <message>
        <source>&amp;Check Boxes…</source>
        <translation>Boxen &amp;prüfen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Check the boxes of a folder of collections (routestudio-cli check, the Ansible audit) against the plan, every minute</source>
        <translation>Die Boxen eines Ordners mit Sammlungen (routestudio-cli check, das Ansible-Audit) jede Minute gegen den Plan prüfen</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Serve Prometheus metrics at /metrics</source>
        <translation>Prometheus-Metriken unter /metrics bereitstellen</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Lauschen auf</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Serving %1 (this machine only).</source>
        <translation>Bereitgestellt unter %1 (nur dieser Rechner).</translation>
    </message>
    <message>
        <source>Serving %1. Other machines can read it: the metrics name your sites, links and addresses.</source>
        <translation>Bereitgestellt unter %1. Andere Rechner können sie lesen: die Metriken nennen Ihre Standorte, Links und Adressen.</translation>
    </message>
</context>
<context>
    <name>MetricsServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1 Port %2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>MonitorStateModel</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last RTT</source>
        <translation>Letzte RTT</translation>
    </message>
    <message>
        <source>Mean RTT</source>
        <translation>Mittlere RTT</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
</context>
<context>
    <name>MonitorWidget</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Add host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <source>IPv4 address to probe</source>
        <translation>Zu prüfende IPv4-Adresse</translation>
    </message>
    <message>
        <source>Probing with: %1</source>
        <translation>Messung mit: %1</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>Tunnel routes</source>
        <translation>Tunnel-Routen</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation>„%1“ ist keine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>Export monitoring history</source>
        <translation>Überwachungsverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Latency of the first %1 of %2 target(s); select rows to chart others.</source>
        <translation>Latenz der ersten %1 von %2 Zielen; Zeilen auswählen, um andere darzustellen.</translation>
    </message>
    <message>
        <source>Latency of %1 selected target(s) (at most %2 at once).</source>
        <translation>Latenz von %1 ausgewählten Zielen (höchstens %2 gleichzeitig).</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Which path carries traffic is read from the boxes: File → Check Boxes…</source>
        <translation>Welcher Pfad den Verkehr trägt, wird von den Boxen gelesen: Datei → Boxen prüfen…</translation>
    </message>
</context>
<context>
    <name>MoveSitesCommand</name>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n site(s)</source>
        <translation>
            <numerusform>%n Standort verschieben</numerusform>
            <numerusform>%n Standorte verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectListPanel</name>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
</context>
<context>
    <name>PathSummary</name>
    <message>
        <source>backup</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <source>%1 (%2) carries traffic now</source>
        <translation>%1 (%2) trägt jetzt den Verkehr</translation>
    </message>
    <message>
        <source>%1 (%2) idle</source>
        <translation>%1 (%2) unbenutzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PreviewFiles</name>
    <message>
        <source>There is no site %1.</source>
        <translation>Es gibt keinen Standort %1.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is generated while the topology has %n error(s). Fix the findings first:</source>
        <translation>
            <numerusform>Solange die Topologie %n Fehler hat, wird nichts erzeugt. Zuerst die Befunde beheben:</numerusform>
            <numerusform>Solange die Topologie %n Fehler hat, wird nichts erzeugt. Zuerst die Befunde beheben:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Changes since &amp;save</source>
        <translation>Änderungen seit dem &amp;Speichern</translation>
    </message>
    <message>
        <source>Show se&amp;crets</source>
        <translation>&amp;Zugangsdaten zeigen</translation>
    </message>
    <message>
        <source>The box (site or client) whose files are shown</source>
        <translation>Das Gerät (Standort oder Client), dessen Dateien angezeigt werden</translation>
    </message>
    <message>
        <source>Show what changes on this box compared with the saved topology</source>
        <translation>Zeigen, was sich auf diesem Gerät gegenüber der gespeicherten Topologie ändert</translation>
    </message>
    <message>
        <source>Show pre-shared keys and passwords in clear text</source>
        <translation>Pre-Shared Keys und Passwörter im Klartext zeigen</translation>
    </message>
    <message>
        <source>Generated file</source>
        <translation>Erzeugte Datei</translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation>Erzeugte Dateien</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>Client %1 / %2</source>
        <translation>Client %1 / %2</translation>
    </message>
    <message>
        <source>Add a site to see its generated files.</source>
        <translation>Einen Standort hinzufügen, um seine erzeugten Dateien zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to %1 since the last save.</source>
        <translation>Keine Änderungen an %1 seit dem letzten Speichern.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
</context>
<context>
    <name>ProcessRunner</name>
    <message>
        <source>refused to start: a secret would appear on the command line</source>
        <translation>Start verweigert: ein Schlüssel oder Passwort stünde auf der Befehlszeile</translation>
    </message>
    <message>
        <source>another helper is still running</source>
        <translation>ein anderes Hilfsprogramm läuft noch</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation>%1 ist nicht innerhalb von %2 s fertig geworden und wurde gestoppt</translation>
    </message>
    <message>
        <source>%1 was canceled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 wurde mit Status %2 beendet</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Open topology…</source>
        <translation>Topologie öffnen…</translation>
    </message>
    <message>
        <source>Open secrets…</source>
        <translation>Zugangsdaten öffnen…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Pre-Shared Key</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Pre-shared key:</source>
        <translation>Pre-Shared Key:</translation>
    </message>
    <message>
        <source>Open topology</source>
        <translation>Topologie öffnen</translation>
    </message>
    <message>
        <source>RouteStudio topology (*.json)</source>
        <translation>RouteStudio-Topologie (*.json)</translation>
    </message>
    <message>
        <source>Open secrets</source>
        <translation>Zugangsdaten öffnen</translation>
    </message>
    <message>
        <source>RouteStudio secrets (*.json)</source>
        <translation>RouteStudio-Zugangsdaten (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>opened %1: %n remote-access profile(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Profil für den Fernzugriff</numerusform>
            <numerusform>%1 geöffnet: %n Profile für den Fernzugriff</numerusform>
        </translation>
    </message>
    <message>
        <source>opened secrets %1</source>
        <translation>Zugangsdaten %1 geöffnet</translation>
    </message>
    <message>
        <source>%1 (hub %2)</source>
        <translation>%1 (Hub %2)</translation>
    </message>
    <message>
        <source>the topology has no remote-access profile</source>
        <translation>die Topologie hat kein Profil für den Fernzugriff</translation>
    </message>
    <message>
        <source>enter the password of %1</source>
        <translation>das Passwort von %1 eingeben</translation>
    </message>
    <message>
        <source>enter the pre-shared key of profile %1 (or open the secrets file)</source>
        <translation>den Pre-Shared Key von Profil %1 eingeben (oder die Datei mit den Zugangsdaten öffnen)</translation>
    </message>
    <message>
        <source>warning: the keychain did not keep the password: %1</source>
        <translation>Warnung: der Schlüsselbund hat das Passwort nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No profile yet: import the bundle your admin gave you</source>
        <translation>Noch kein Profil: das Bundle importieren, das Sie von Ihrem Admin erhalten haben</translation>
    </message>
    <message>
        <source>Import profile…</source>
        <translation>Profil importieren…</translation>
    </message>
    <message numerus="yes">
        <source>imported %1: profile %2, user %3, server %4, %n route(s)</source>
        <translation>
            <numerusform>%1 importiert: Profil %2, Benutzer %3, Server %4, %n Route</numerusform>
            <numerusform>%1 importiert: Profil %2, Benutzer %3, Server %4, %n Routen</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>Bundle: %1</translation>
    </message>
    <message>
        <source>enter the pre-shared key of profile %1</source>
        <translation>den Pre-Shared Key von Profil %1 eingeben</translation>
    </message>
    <message>
        <source>import a profile bundle (or open a topology) first</source>
        <translation>zuerst ein Profil-Bundle importieren (oder eine Topologie öffnen)</translation>
    </message>
    <message>
        <source>warning: the profile will not be remembered: %1</source>
        <translation>Warnung: das Profil wird nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>remembered profile %1, user %2, server %3</source>
        <translation>gespeichertes Profil %1, Benutzer %2, Server %3</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>%1 is not a usable profile bundle: %2</source>
        <translation>%1 ist kein verwendbares Profil-Bundle: %2</translation>
    </message>
    <message>
        <source>%1: the profile names no server to connect to</source>
        <translation>%1: das Profil nennt keinen Server für die Verbindung</translation>
    </message>
    <message>
        <source>no keychain: the imported password and pre-shared key are kept only until RouteStudio Connect quits</source>
        <translation>kein Schlüsselbund: das importierte Passwort und der Pre-Shared Key bleiben nur erhalten, bis RouteStudio Connect beendet wird</translation>
    </message>
    <message>
        <source>the keychain did not keep the imported secrets (%1); they are kept only until RouteStudio Connect quits</source>
        <translation>der Schlüsselbund hat die importierten Zugangsdaten nicht gespeichert (%1); sie bleiben nur erhalten, bis RouteStudio Connect beendet wird</translation>
    </message>
</context>
<context>
    <name>ProfileItem</name>
    <message>
        <source>split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>full</source>
        <translation>Full</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n user(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Benutzer</numerusform>
            <numerusform>%1 · %2 · %n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile %1 on %2
Users: %3
Routes: %4</source>
        <translation>Profil %1 auf %2
Benutzer: %3
Routen: %4</translation>
    </message>
    <message>
        <source>every LAN behind the hub</source>
        <translation>jedes LAN hinter dem Hub</translation>
    </message>
    <message>
        <source>%1 · backup for %2</source>
        <translation>%1 · Ersatz für %2</translation>
    </message>
    <message>
        <source>Backup hub: %1 (clients try it when %2 does not answer)</source>
        <translation>Ersatz-Hub: %1 (Clients versuchen ihn, wenn %2 nicht antwortet)</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>(every LAN via the hub)</source>
        <translation>(jedes LAN über den Hub)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>Tunnel</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Another profile already has the id “%1”.</source>
        <translation>Ein anderes Profil hat bereits die ID „%1“.</translation>
    </message>
    <message>
        <source>Split tunnel (only the routes below)</source>
        <translation>Split-Tunnel (nur die Routen unten)</translation>
    </message>
    <message>
        <source>Full tunnel (all traffic)</source>
        <translation>Full-Tunnel (gesamter Datenverkehr)</translation>
    </message>
    <message>
        <source>empty: every LAN reachable through the hub</source>
        <translation>leer: jedes über den Hub erreichbare LAN</translation>
    </message>
    <message>
        <source>Prefixes installed on the client after connecting</source>
        <translation>Präfixe, die nach dem Verbinden auf dem Client eingetragen werden</translation>
    </message>
    <message>
        <source>alice, bob</source>
        <translation>alice, bob</translation>
    </message>
    <message>
        <source>Name of the pre-shared key in the secrets file</source>
        <translation>Name des Pre-Shared Keys in der Datei mit den Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
    <message>
        <source>&amp;Tunnel:</source>
        <translation>&amp;Tunnel:</translation>
    </message>
    <message>
        <source>&amp;Routes:</source>
        <translation>&amp;Routen:</translation>
    </message>
    <message>
        <source>&amp;PSK name:</source>
        <translation>&amp;PSK-Name:</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Default (on for a split tunnel)</source>
        <translation>Standard (an bei Split-Tunnel)</translation>
    </message>
    <message>
        <source>On: the hub answers DHCPINFORM with these routes</source>
        <translation>An: der Hub beantwortet DHCPINFORM mit diesen Routen</translation>
    </message>
    <message>
        <source>Off: clients get DNS and domain only</source>
        <translation>Aus: Clients erhalten nur DNS und Domain</translation>
    </message>
    <message>
        <source>DNS domain the hub gives clients (DHCP option 15); empty: the topology&apos;s</source>
        <translation>DNS-Domain, die der Hub den Clients gibt (DHCP-Option 15); leer: die der Topologie</translation>
    </message>
    <message>
        <source>Route p&amp;ush:</source>
        <translation>Routen-P&amp;ush:</translation>
    </message>
    <message>
        <source>DNS do&amp;main:</source>
        <translation>DNS-Do&amp;main:</translation>
    </message>
    <message>
        <source>A Linux hub&apos;s dnsmasq answers the DHCPINFORM that Windows sends after connecting with this profile&apos;s routes (options 121/249)</source>
        <translation>Der dnsmasq eines Linux-Hubs beantwortet das DHCPINFORM, das Windows nach dem Verbinden sendet, mit den Routen dieses Profils (Optionen 121/249)</translation>
    </message>
    <message>
        <source>Hub %1&apos;s platform cannot answer DHCPINFORM: clients get the routes from RouteStudio Connect only</source>
        <translation>Die Plattform von Hub %1 kann DHCPINFORM nicht beantworten: Clients erhalten die Routen nur über RouteStudio Connect</translation>
    </message>
    <message>
        <source>topology&apos;s: %1</source>
        <translation>der Topologie: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Default (the hub&apos;s where it answers)</source>
        <translation>Standard (die des Hubs, wo er antwortet)</translation>
    </message>
    <message>
        <source>Hub: its answer replaces these routes</source>
        <translation>Hub: seine Antwort ersetzt diese Routen</translation>
    </message>
    <message>
        <source>Profile: these routes only</source>
        <translation>Profil: nur diese Routen</translation>
    </message>
    <message>
        <source>Both: the hub&apos;s and these</source>
        <translation>Beide: die des Hubs und diese</translation>
    </message>
    <message>
        <source>Which routes RouteStudio Connect installs after connecting</source>
        <translation>Welche Routen RouteStudio Connect nach dem Verbinden einträgt</translation>
    </message>
    <message>
        <source>Connect&apos;s routes &amp;from:</source>
        <translation>Routen für Connect &amp;aus:</translation>
    </message>
    <message>
        <source>&amp;Backup hub:</source>
        <translation>&amp;Ersatz-Hub:</translation>
    </message>
    <message>
        <source>A second hub that serves the same users: clients try it when the hub does not answer</source>
        <translation>Ein zweiter Hub für dieselben Benutzer: Clients versuchen ihn, wenn der Hub nicht antwortet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message numerus="yes">
        <source>%n objects selected.</source>
        <translation>
            <numerusform>%n Objekt ausgewählt.</numerusform>
            <numerusform>%n Objekte ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveLinkCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>RemoveProfileCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>RemoveSiteCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>RoutePreflight</name>
    <message>
        <source>overlaps your local network %1 on %2: routing it into the tunnel would cut you off from it</source>
        <translation>überschneidet sich mit Ihrem lokalen Netz %1 an %2: es in den Tunnel zu routen, würde Sie davon abschneiden</translation>
    </message>
    <message>
        <source>%1 is already routed via %2%3</source>
        <translation>%1 wird bereits über %2%3 geroutet</translation>
    </message>
    <message>
        <source> (gateway %1)</source>
        <translation> (Gateway %1)</translation>
    </message>
    <message>
        <source>contains the VPN server %1 and no route to the server could be pinned: the tunnel would route itself</source>
        <translation>enthält den VPN-Server %1, und es ließ sich keine Route zum Server festlegen: der Tunnel würde sich selbst routen</translation>
    </message>
</context>
<context>
    <name>RouteTableModel</name>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>RouteVerdict</name>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>eingetragen</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SecretDelegate</name>
    <message>
        <source>8–128 characters</source>
        <translation>8–128 Zeichen</translation>
    </message>
</context>
<context>
    <name>SecretsDialog</name>
    <message>
        <source>&amp;Show values</source>
        <translation>Werte &amp;anzeigen</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Show the secrets in clear text</source>
        <translation>Die Zugangsdaten im Klartext zeigen</translation>
    </message>
    <message>
        <source>Generate &amp;Missing</source>
        <translation>&amp;Fehlende erzeugen</translation>
    </message>
    <message>
        <source>Generate a strong value for every secret that has none</source>
        <translation>Für jeden Eintrag ohne Wert einen starken Wert erzeugen</translation>
    </message>
    <message>
        <source>&amp;Regenerate Selected</source>
        <translation>Auswahl &amp;neu erzeugen</translation>
    </message>
    <message>
        <source>Replace the selected secrets with new strong values</source>
        <translation>Die ausgewählten Einträge durch neue starke Werte ersetzen</translation>
    </message>
    <message>
        <source>Every secret has a value.</source>
        <translation>Jeder Eintrag hat einen Wert.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) missing.</source>
        <translation>
            <numerusform>%n Eintrag fehlt.</numerusform>
            <numerusform>%n Einträge fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-shared keys and user passwords are saved apart from the topology: in a secrets file beside it that only you can read (mode 0600), or in the OS keychain.</source>
        <translation>Pre-Shared Keys und Benutzerpasswörter werden getrennt von der Topologie gespeichert: in einer Datei daneben, die nur Sie lesen können (Modus 0600), oder im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Secrets file beside the topology (0600)</source>
        <translation>Datei neben der Topologie (0600)</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Where this topology&apos;s secrets are saved; the choice takes effect when you save the topology</source>
        <translation>Wo die Zugangsdaten dieser Topologie gespeichert werden; die Wahl gilt ab dem nächsten Speichern der Topologie</translation>
    </message>
    <message>
        <source>S&amp;tore secrets in:</source>
        <translation>Spei&amp;cherort:</translation>
    </message>
    <message>
        <source>No OS keychain is available in this session.</source>
        <translation>In dieser Sitzung ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>Saving stores every secret in the OS keychain and deletes the secrets file beside the topology, if there is one.</source>
        <translation>Beim Speichern kommen alle Zugangsdaten in den Schlüsselbund des Systems, und die Datei neben der Topologie wird gelöscht, falls es sie gibt.</translation>
    </message>
    <message>
        <source>Saving writes the secrets file beside the topology and removes this topology&apos;s entries from the OS keychain, if there are any.</source>
        <translation>Beim Speichern wird die Datei neben der Topologie geschrieben, und die Einträge dieser Topologie werden aus dem Schlüsselbund des Systems entfernt, falls es welche gibt.</translation>
    </message>
</context>
<context>
    <name>SecretsStore</name>
    <message>
        <source>The secrets of this topology are kept in the OS keychain, which is not available.</source>
        <translation>Die Zugangsdaten dieser Topologie liegen im Schlüsselbund des Systems, der nicht verfügbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) could not be read from the OS keychain (first: %1).</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht aus dem Schlüsselbund des Systems gelesen werden (erster: %1).</numerusform>
            <numerusform>%n Einträge konnten nicht aus dem Schlüsselbund des Systems gelesen werden (erster: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the OS keychain is not available; choose the secrets file in Edit → Secrets</source>
        <translation>%1: der Schlüsselbund des Systems ist nicht verfügbar; unter Bearbeiten → Zugangsdaten die Datei wählen</translation>
    </message>
    <message>
        <source>%1: cannot remove the old secrets file (the secrets are in the OS keychain now)</source>
        <translation>%1: die alte Datei mit den Zugangsdaten kann nicht entfernt werden (die Zugangsdaten liegen jetzt im Schlüsselbund des Systems)</translation>
    </message>
</context>
<context>
    <name>SecretsTableModel</name>
    <message>
        <source>link %1</source>
        <translation>Link %1</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Use 8–128 characters: letters, digits and - _ . : + = @ % ^ ~ ! /</source>
        <translation>8–128 Zeichen verwenden: Buchstaben, Ziffern und - _ . : + = @ % ^ ~ ! /</translation>
    </message>
    <message>
        <source>Not set: generate it or double-click to enter it</source>
        <translation>Nicht gesetzt: erzeugen oder per Doppelklick eingeben</translation>
    </message>
    <message>
        <source>Double-click to enter a new value</source>
        <translation>Doppelklick, um einen neuen Wert einzugeben</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Pre-Shared Key</translation>
    </message>
    <message>
        <source>User password</source>
        <translation>Benutzerpasswort</translation>
    </message>
    <message>
        <source>(unused)</source>
        <translation>(unbenutzt)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter commands and keys</source>
        <translation>Befehle und Tasten filtern</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SiteItem</name>
    <message>
        <source>no public address</source>
        <translation>keine öffentliche Adresse</translation>
    </message>
    <message>
        <source>LAN %1</source>
        <translation>LAN %1</translation>
    </message>
    <message>
        <source>Pool %1 · %2</source>
        <translation>Pool %1 · %2</translation>
    </message>
    <message>
        <source>Hub: L2TP/IPsec server</source>
        <translation>Hub: L2TP/IPsec-Server</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>no LANs</source>
        <translation>keine LANs</translation>
    </message>
    <message>
        <source>Monitor: %1</source>
        <translation>Überwachung: %1</translation>
    </message>
</context>
<context>
    <name>SiteListModel</name>
    <message>
        <source>hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Linux (strongSwan)</source>
        <translation>Linux (strongSwan)</translation>
    </message>
    <message>
        <source>Cisco IOS</source>
        <translation>Cisco IOS</translation>
    </message>
    <message>
        <source>MikroTik RouterOS</source>
        <translation>MikroTik RouterOS</translation>
    </message>
    <message>
        <source>pfSense</source>
        <translation>pfSense</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
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
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>LANs</source>
        <translation>LANs</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Linux (strongSwan + xl2tpd)</source>
        <translation>Linux (strongSwan + xl2tpd)</translation>
    </message>
    <message>
        <source>Cisco IOS</source>
        <translation>Cisco IOS</translation>
    </message>
    <message>
        <source>MikroTik RouterOS</source>
        <translation>MikroTik RouterOS</translation>
    </message>
    <message>
        <source>pfSense</source>
        <translation>pfSense</translation>
    </message>
    <message>
        <source>Another site already has the id “%1”.</source>
        <translation>Ein anderer Standort hat bereits die ID „%1“.</translation>
    </message>
    <message>
        <source>Remote access (L2TP/IPsec server)</source>
        <translation>Fernzugriff (L2TP/IPsec-Server)</translation>
    </message>
    <message>
        <source>Hub (L2TP/IPsec server, route owner)</source>
        <translation>Hub (L2TP/IPsec-Server, verwaltet die Routen)</translation>
    </message>
    <message>
        <source>Gateway (remote site)</source>
        <translation>Gateway (entfernter Standort)</translation>
    </message>
    <message>
        <source>Stable id used in file names and configs</source>
        <translation>Feste ID, die in Dateinamen und Konfigurationen verwendet wird</translation>
    </message>
    <message>
        <source>203.0.113.10 or vpn.example.com</source>
        <translation>203.0.113.10 oder vpn.example.com</translation>
    </message>
    <message>
        <source>10.20.0.0/16, 10.21.0.0/24</source>
        <translation>10.20.0.0/16, 10.21.0.0/24</translation>
    </message>
    <message>
        <source>The site&apos;s LAN prefixes, separated by commas</source>
        <translation>Die LAN-Präfixe des Standorts, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>10.8.0.0/24</source>
        <translation>10.8.0.0/24</translation>
    </message>
    <message>
        <source>Addresses handed to remote-access clients</source>
        <translation>Adressen, die Fernzugriffs-Clients erhalten</translation>
    </message>
    <message>
        <source>10.8.0.1</source>
        <translation>10.8.0.1</translation>
    </message>
    <message>
        <source>10.10.0.53</source>
        <translation>10.10.0.53</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>Öffentliche &amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;LANs:</source>
        <translation>&amp;LANs:</translation>
    </message>
    <message>
        <source>Client p&amp;ool:</source>
        <translation>Client-P&amp;ool:</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>&amp;DNS servers:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
        <source>&amp;Critical: must have a second path</source>
        <translation>&amp;Kritisch: braucht einen zweiten Weg</translation>
    </message>
    <message>
        <source>none (one uplink)</source>
        <translation>keine (ein Uplink)</translation>
    </message>
    <message>
        <source>The address of a second uplink: this site&apos;s end of a backup link uses it</source>
        <translation>Die Adresse eines zweiten Uplinks: das Ende einer Backup-Verbindung an diesem Standort nutzt sie</translation>
    </message>
    <message>
        <source>Validation warns while the site has only one path</source>
        <translation>Die Prüfung warnt, solange der Standort nur einen Weg hat</translation>
    </message>
    <message>
        <source>&amp;Backup address:</source>
        <translation>&amp;Backup-Adresse:</translation>
    </message>
    <message>
        <source>Paths:</source>
        <translation>Wege:</translation>
    </message>
    <message>
        <source>%1 to %2: backup, metric %3</source>
        <translation>%1 zu %2: Backup, Metrik %3</translation>
    </message>
    <message>
        <source>%1 to %2: primary, metric %3</source>
        <translation>%1 zu %2: Hauptweg, Metrik %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>none: the site has no link</source>
        <translation>keine: der Standort hat keine Verbindung</translation>
    </message>
    <message>
        <source> — carries traffic now</source>
        <translation> — trägt jetzt den Verkehr</translation>
    </message>
    <message>
        <source> — idle</source>
        <translation> — unbenutzt</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungesicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>RouteStudio did not close normally. Unsaved changes to “%1” from %2 were kept.</source>
        <translation>RouteStudio wurde nicht normal beendet. Ungespeicherte Änderungen an „%1“ vom %2 wurden aufbewahrt.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Restore them? Discarding deletes them for good.</source>
        <translation>Wiederherstellen? Verwerfen löscht sie endgültig.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>The kept changes could not be read:
%1</source>
        <translation>Die aufbewahrten Änderungen konnten nicht gelesen werden:
%1</translation>
    </message>
</context>
<context>
    <name>StateColors</name>
    <message>
        <source>Up</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>ThresholdsEditor</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> probes</source>
        <translation> Messungen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Probe every</source>
        <translation>Messen alle</translation>
    </message>
    <message>
        <source>Rolling window</source>
        <translation>Gleitendes Fenster</translation>
    </message>
    <message>
        <source>Degraded when mean RTT reaches</source>
        <translation>Beeinträchtigt ab mittlerer RTT von</translation>
    </message>
    <message>
        <source>Degraded when loss reaches</source>
        <translation>Beeinträchtigt ab Verlust von</translation>
    </message>
    <message>
        <source>Down when loss reaches</source>
        <translation>Ausgefallen ab Verlust von</translation>
    </message>
    <message>
        <source>Down after lost probes in a row</source>
        <translation>Ausgefallen nach verlorenen Messungen in Folge</translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>PPP MTU for every tunnel; “automatic” computes it from the L2TP/IPsec overhead</source>
        <translation>PPP-MTU für jeden Tunnel; „automatisch“ berechnet sie aus dem L2TP/IPsec-Overhead</translation>
    </message>
    <message>
        <source>Nothing selected. Click a site, link or profile on the canvas, or right-click the canvas to add one.</source>
        <translation>Nichts ausgewählt. Einen Standort, Link oder ein Profil auf der Zeichenfläche anklicken oder mit der rechten Maustaste auf die Zeichenfläche klicken, um eines hinzuzufügen.</translation>
    </message>
    <message>
        <source>Topology &amp;name:</source>
        <translation>&amp;Name der Topologie:</translation>
    </message>
    <message>
        <source>&amp;MTU:</source>
        <translation>&amp;MTU:</translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <source>Topology canvas</source>
        <translation>Zeichenfläche der Topologie</translation>
    </message>
</context>
<context>
    <name>TunnelCheckPanel</name>
    <message>
        <source>Check routes</source>
        <translation>Routen prüfen</translation>
    </message>
    <message>
        <source>Re-apply missing routes</source>
        <translation>Fehlende Routen neu eintragen</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) to check on %1.</source>
        <translation>
            <numerusform>%n Route auf %1 zu prüfen.</numerusform>
            <numerusform>%n Routen auf %1 zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect a profile to check its routes.</source>
        <translation>Ein Profil verbinden, um seine Routen zu prüfen.</translation>
    </message>
    <message>
        <source>Re-applying failed: %1</source>
        <translation>Neu eintragen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n route(s) point into %1.</source>
        <translation>
            <numerusform>%n Route zeigt in %1.</numerusform>
            <numerusform>Alle %n Routen zeigen in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) no longer point into %1. Re-apply them?</source>
        <translation>
            <numerusform>%n Route zeigt nicht mehr in %1. Neu eintragen?</numerusform>
            <numerusform>%n Routen zeigen nicht mehr in %1. Neu eintragen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to an L2TP/IPsec VPN and install its routes</source>
        <translation>Mit einem L2TP/IPsec-VPN verbinden und seine Routen eintragen</translation>
    </message>
    <message>
        <source>Secrets file to read.</source>
        <translation>Zu lesende Datei mit den Zugangsdaten.</translation>
    </message>
    <message>
        <source>Profile id to select.</source>
        <translation>Auszuwählende Profil-ID.</translation>
    </message>
    <message>
        <source>User name to select.</source>
        <translation>Auszuwählender Benutzername.</translation>
    </message>
    <message>
        <source>Open, check, quit.</source>
        <translation>Öffnen, prüfen, beenden.</translation>
    </message>
    <message>
        <source>No profile “%1” with user “%2”.</source>
        <translation>Kein Profil „%1“ mit Benutzer „%2“.</translation>
    </message>
    <message>
        <source>L2TP/IPsec VPN topology editor</source>
        <translation>Editor für L2TP/IPsec-VPN-Topologien</translation>
    </message>
    <message>
        <source>Open the window, check it, and quit.</source>
        <translation>Das Fenster öffnen, prüfen und beenden.</translation>
    </message>
    <message>
        <source>Topology to open.</source>
        <translation>Zu öffnende Topologie.</translation>
    </message>
    <message>
        <source>Profile bundle to import (user-….tar.gz, .zip), or a topology file (.json) to open.</source>
        <translation>Zu importierendes Profil-Bundle (user-….tar.gz, .zip) oder zu öffnende Topologie-Datei (.json).</translation>
    </message>
    <message>
        <source>Topology not opened: %1</source>
        <translation>Topologie nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Secrets not opened: %1</source>
        <translation>Geheimnisse nicht geöffnet: %1</translation>
    </message>
</context>
</TS>
