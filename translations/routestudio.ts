<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AddLinkCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddProfileCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddSiteCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>%1: cannot remove the recovery copy of the secrets (they are kept in the OS keychain now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain: cannot keep the recovery copy of the secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovered secrets are kept in the OS keychain, which is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain: cannot read the recovery copy of the secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain: the recovery copy of the secrets is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectMonitor</name>
    <message>
        <source>monitor target skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectSession</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 does not resolve to an IPv4 address; no host route is pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting %1 to %2 as %3 (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is reached via %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: no route to the server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VPN came up but its tunnel interface was not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel %1, local address %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the routing table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installing the routes failed, nothing was left behind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>installed %n route(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a lookup of %1 answers via %2, not the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 not verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the routes failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>removed %n route(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the VPN went down; removing its routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VPN connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel changed to %1 with address %2: re-applying the routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the hub gave no routes (%1); using the profile&apos;s %n route(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub&apos;s answer has no routes; using the profile&apos;s %n route(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub answers with %n route(s) (DHCP option %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the server %1 did not answer (%2); trying the backup server %3 of hub %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither the server %1 nor its backup %2 answered: %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected through the backup server %1 (hub %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectWindow</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RouteStudio Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected on %1, address %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RouteStudio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnect before importing another profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RouteStudio profile bundles (*.tar.gz *.tgz *.zip *.tar);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RouteStudio: %1 — tunnel %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 route(s) no longer point into the tunnel (the interface may have flapped).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import the profile bundle your administrator gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RouteStudio Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RouteStudio Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;RouteStudio Connect %1&lt;/b&gt;&lt;p&gt;Connect to an L2TP/IPsec VPN and install, verify and remove its split-tunnel routes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — through the backup server %1 (hub %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>New hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditLinkCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditProfileCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPropertiesCommand</name>
    <message>
        <source>Edit topology properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditSiteCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDocks</name>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorMonitor</name>
    <message>
        <source>Skipped monitor targets: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorSession</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled topology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one archive per site (its configs, scripts and README) and one per user (the profile to import), with secret-bearing files readable only by their owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles built and archives written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the archives into the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the output folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: the existing files were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the topology and generating the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Existing Files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the output folder will be replaced.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsForm</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every site and user, with the Ansible folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which bundles to write: one per site (box) and one per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site or user whose bundle is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the archives are written to (created if missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar.gz (Linux, macOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip (Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive format of each bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive f&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology has no sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology has no users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Bundles To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportResultView</name>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every archive written, with its size and SHA-256 digest; Ctrl+C copies the selected rows as SHA256SUMS lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n archive(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Ansible folder (%n file(s)) is in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was exported: the topology has %n validation error(s). Fix them first (see the Findings panel).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written before the error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEdit</name>
    <message>
        <source>Field error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>An id is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and “-” (up to 63, starting with a letter or digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public address is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS name has at most 253 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither an IPv4 address nor a DNS name (letters, digits, “-”, labels of 1–63 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 address is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address (like 10.8.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prefix is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 prefix (like 10.20.0.0/16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, “.”, “_” and “-” (up to 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid user name (letters, digits, “.”, “_”, “@”, “-”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names cannot contain control, invisible formatting or text-direction characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a DNS domain (like corp.example: letters, digits, “-”, labels of 1–63 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Topologies (*.topology.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n site(s); not saved yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Filter findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only findings whose code, message or objects contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a finding to select and show the objects involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the IP plan is consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add copies of your boxes&apos; configuration: each folder (a copy of / or /etc), archive or file is one box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open as New Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boxes added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n box(es)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultView</name>
    <message>
        <source>Box, file or statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files found and what each gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be read: none of these files is in a format the import reads (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %1 of %2 files from %n box(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sites, %2 links, %3 profiles, %4 PSKs, %5 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 contradictions, %3 not represented, %4 mapped (expand a file for its lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Validation of the imported topology: %n finding(s), listed in the Findings panel once it is open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not represented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → site %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the box as a whole)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSourceList</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Archives or Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of a box&apos;s / or /etc: one box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a box&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add archives or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives and configs (*.tar *.tar.gz *.tgz *.zip *.rsc *.conf *.txt *.cfg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tar, tar.gz or zip of a box&apos;s files, a RouterOS export, an IOS running-config, or one config file: each is one box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportedProfileFile</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a remembered RouteStudio profile, version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not &quot;split&quot; or &quot;full&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not an IPv4 prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not from 576 to 1500</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time you start %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatencyChart</name>
    <message>
        <source>RTT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <source>L2TP/IPsec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Monitor: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkListModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSK name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>Another link already has the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route-based IPsec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2TP/IPsec (gateway dials the hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the pre-shared key in the secrets file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IKE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PSK name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RouteStudio generates no L2TP link for %1 (site %2): use route-based IPsec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup path (higher metric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric of the link&apos;s routes, lower wins; Default: %1 for a primary, %2 for a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a topology file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the topology and its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the topology under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the configuration bundles for every box and user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate or enter pre-shared keys and user passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit RouteStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sites, links and profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an L2TP/IPsec server site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a remote site gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the two selected sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a remote-access client profile to the selected hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange &amp;Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place every site by the automatic layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected sites a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RouteStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RouteStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;RouteStudio %1&lt;/b&gt;&lt;p&gt;Plan L2TP/IPsec VPNs with static routes, check the IP plan, and generate every box&apos;s configuration.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — RouteStudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two sites to link them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one hub to add a client profile to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <comment>toolbar: Add Hub</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <comment>toolbar: Add Gateway</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <comment>toolbar: Add Link</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>toolbar: Add Profile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>toolbar: Fit to Window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange</source>
        <comment>toolbar: Arrange Automatically</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <comment>toolbar: Export Bundles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <comment>toolbar: Secrets dialog</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the configs of existing boxes into a new topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of Box Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer checking boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the boxes in %1 every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Boxes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the boxes of a folder of collections (routestudio-cli check, the Ansible audit) against the plan, every minute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Serve Prometheus metrics at /metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving %1 (this machine only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving %1. Other machines can read it: the metrics name your sites, links and addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorStateModel</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorWidget</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address to probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export monitoring history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency of the first %1 of %2 target(s); select rows to chart others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency of %1 selected target(s) (at most %2 at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which path carries traffic is read from the boxes: File → Check Boxes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveSitesCommand</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n site(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectListPanel</name>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathSummary</name>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) carries traffic now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewFiles</name>
    <message numerus="yes">
        <source>Nothing is generated while the topology has %n error(s). Fix the findings first:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Changes since &amp;save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show se&amp;crets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box (site or client) whose files are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changes on this box compared with the saved topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pre-shared keys and passwords in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site to see its generated files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to %1 since the last save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessRunner</name>
    <message>
        <source>refused to start: a secret would appear on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another helper is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open topology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-shared key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RouteStudio topology (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RouteStudio secrets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>opened %1: %n remote-access profile(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>opened secrets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hub %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the topology has no remote-access profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the pre-shared key of profile %1 (or open the secrets file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the keychain did not keep the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet: import the bundle your admin gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported %1: profile %2, user %3, server %4, %n route(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the pre-shared key of profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a profile bundle (or open a topology) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the profile will not be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remembered profile %1, user %2, server %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>%1 is not a usable profile bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the profile names no server to connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain: the imported password and pre-shared key are kept only until RouteStudio Connect quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not keep the imported secrets (%1); they are kept only until RouteStudio Connect quits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileItem</name>
    <message>
        <source>split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Profile %1 on %2
Users: %3
Routes: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every LAN behind the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · backup for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup hub: %1 (clients try it when %2 does not answer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(every LAN via the hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Another profile already has the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split tunnel (only the routes below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full tunnel (all traffic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: every LAN reachable through the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefixes installed on the client after connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alice, bob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the pre-shared key in the secrets file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tunnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PSK name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (on for a split tunnel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: the hub answers DHCPINFORM with these routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: clients get DNS and domain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS domain the hub gives clients (DHCP option 15); empty: the topology&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route p&amp;ush:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS do&amp;main:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Linux hub&apos;s dnsmasq answers the DHCPINFORM that Windows sends after connecting with this profile&apos;s routes (options 121/249)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub %1&apos;s platform cannot answer DHCPINFORM: clients get the routes from RouteStudio Connect only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topology&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (the hub&apos;s where it answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: its answer replaces these routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: these routes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both: the hub&apos;s and these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which routes RouteStudio Connect installs after connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect&apos;s routes &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second hub that serves the same users: clients try it when the hub does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message numerus="yes">
        <source>%n objects selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveLinkCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveProfileCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveSiteCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutePreflight</name>
    <message>
        <source>overlaps your local network %1 on %2: routing it into the tunnel would cut you off from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already routed via %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (gateway %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains the VPN server %1 and no route to the server could be pinned: the tunnel would route itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteTableModel</name>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteVerdict</name>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretDelegate</name>
    <message>
        <source>8–128 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsDialog</name>
    <message>
        <source>&amp;Show values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secrets in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a strong value for every secret that has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regenerate Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected secrets with new strong values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every secret has a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-shared keys and user passwords are saved apart from the topology: in a secrets file beside it that only you can read (mode 0600), or in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets file beside the topology (0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this topology&apos;s secrets are saved; the choice takes effect when you save the topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tore secrets in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving stores every secret in the OS keychain and deletes the secrets file beside the topology, if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving writes the secrets file beside the topology and removes this topology&apos;s entries from the OS keychain, if there are any.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsStore</name>
    <message>
        <source>The secrets of this topology are kept in the OS keychain, which is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) could not be read from the OS keychain (first: %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the OS keychain is not available; choose the secrets file in Edit → Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot remove the old secrets file (the secrets are in the OS keychain now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsTableModel</name>
    <message>
        <source>link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 8–128 characters: letters, digits and - _ . : + = @ % ^ ~ ! /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: generate it or double-click to enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to enter a new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter commands and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteItem</name>
    <message>
        <source>no public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: L2TP/IPsec server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no LANs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteListModel</name>
    <message>
        <source>hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux (strongSwan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cisco IOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MikroTik RouterOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pfSense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Linux (strongSwan + xl2tpd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cisco IOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MikroTik RouterOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pfSense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another site already has the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote access (L2TP/IPsec server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub (L2TP/IPsec server, route owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway (remote site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable id used in file names and configs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>203.0.113.10 or vpn.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10.20.0.0/16, 10.21.0.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s LAN prefixes, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10.8.0.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses handed to remote-access clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10.8.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10.10.0.53</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LANs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client p&amp;ool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Critical: must have a second path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (one uplink)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of a second uplink: this site&apos;s end of a backup link uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation warns while the site has only one path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: backup, metric %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: primary, metric %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none: the site has no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — carries traffic now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — idle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RouteStudio did not close normally. Unsaved changes to “%1” from %2 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore them? Discarding deletes them for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept changes could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateColors</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsEditor</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded when mean RTT reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded when loss reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down when loss reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down after lost probes in a row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPP MTU for every tunnel; “automatic” computes it from the L2TP/IPsec overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected. Click a site, link or profile on the canvas, or right-click the canvas to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MTU:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <source>Topology canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TunnelCheckPanel</name>
    <message>
        <source>Check routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply missing routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) to check on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connect a profile to check its routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applying failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n route(s) point into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) no longer point into %1. Re-apply them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to an L2TP/IPsec VPN and install its routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile id to select.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name to select.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, check, quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile “%1” with user “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2TP/IPsec VPN topology editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window, check it, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile bundle to import (user-….tar.gz, .zip), or a topology file (.json) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
