<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddLinkCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>AddProfileCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>AddSiteCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>%1: cannot remove the recovery copy of the secrets (they are kept in the OS keychain now)</source>
        <translation>%1&#xa0;: impossible de supprimer la copie de récupération des secrets (ils sont désormais dans le trousseau du système)</translation>
    </message>
    <message>
        <source>OS keychain: cannot keep the recovery copy of the secrets: %1</source>
        <translation>trousseau du système&#xa0;: impossible de conserver la copie de récupération des secrets&#xa0;: %1</translation>
    </message>
    <message>
        <source>The recovered secrets are kept in the OS keychain, which is not available.</source>
        <translation>Les secrets récupérés sont conservés dans le trousseau du système, qui n’est pas disponible.</translation>
    </message>
    <message>
        <source>OS keychain: cannot read the recovery copy of the secrets: %1</source>
        <translation>trousseau du système&#xa0;: impossible de lire la copie de récupération des secrets&#xa0;: %1</translation>
    </message>
    <message>
        <source>OS keychain: the recovery copy of the secrets is damaged: %1</source>
        <translation>trousseau du système&#xa0;: la copie de récupération des secrets est endommagée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectMonitor</name>
    <message>
        <source>monitor target skipped: %1</source>
        <translation>cible de surveillance ignorée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectSession</name>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation>Déconnexion en cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 se résout en %2</translation>
    </message>
    <message>
        <source>warning: %1 does not resolve to an IPv4 address; no host route is pinned</source>
        <translation>avertissement&#xa0;: %1 ne se résout pas en adresse IPv4&#xa0;; aucune route d’hôte n’est fixée</translation>
    </message>
    <message>
        <source>no profile to connect</source>
        <translation>aucun profil à connecter</translation>
    </message>
    <message>
        <source>connecting %1 to %2 as %3 (%4, %5)</source>
        <translation>connexion de %1 à %2 en tant que %3 (%4, %5)</translation>
    </message>
    <message>
        <source>the server is reached via %1%2</source>
        <translation>le serveur est joignable via %1%2</translation>
    </message>
    <message>
        <source> gateway %1</source>
        <translation> passerelle %1</translation>
    </message>
    <message>
        <source>warning: no route to the server %1: %2</source>
        <translation>avertissement&#xa0;: aucune route vers le serveur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the VPN came up but its tunnel interface was not found: %1</source>
        <translation>le VPN est établi mais son interface de tunnel est introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>tunnel %1, local address %2</source>
        <translation>tunnel %1, adresse locale %2</translation>
    </message>
    <message>
        <source>cannot read the routing table: %1</source>
        <translation>impossible de lire la table de routage&#xa0;: %1</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>%1 refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>installing the routes failed, nothing was left behind: %1</source>
        <translation>l’installation des routes a échoué, rien n’a été laissé en place&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>installed %n route(s)</source>
        <translation>
            <numerusform>%n route installée</numerusform>
            <numerusform>%n routes installées</numerusform>
        </translation>
    </message>
    <message>
        <source>a lookup of %1 answers via %2, not the tunnel</source>
        <translation>une recherche de %1 répond via %2, pas via le tunnel</translation>
    </message>
    <message>
        <source>warning: %1 not verified: %2</source>
        <translation>avertissement&#xa0;: %1 non vérifiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>removing the routes failed: %1</source>
        <translation>la suppression des routes a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>removed %n route(s)</source>
        <translation>
            <numerusform>%n route supprimée</numerusform>
            <numerusform>%n routes supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>the VPN went down; removing its routes</source>
        <translation>le VPN est tombé&#xa0;; suppression de ses routes</translation>
    </message>
    <message>
        <source>the VPN connection was lost</source>
        <translation>la connexion VPN a été perdue</translation>
    </message>
    <message>
        <source>the tunnel changed to %1 with address %2: re-applying the routes</source>
        <translation>le tunnel est passé à %1 avec l’adresse %2&#xa0;: réapplication des routes</translation>
    </message>
    <message numerus="yes">
        <source>the hub gave no routes (%1); using the profile&apos;s %n route(s)</source>
        <translation>
            <numerusform>le hub n’a donné aucune route (%1)&#xa0;; utilisation de la %n route du profil</numerusform>
            <numerusform>le hub n’a donné aucune route (%1)&#xa0;; utilisation des %n routes du profil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub&apos;s answer has no routes; using the profile&apos;s %n route(s)</source>
        <translation>
            <numerusform>la réponse du hub ne contient aucune route&#xa0;; utilisation de la %n route du profil</numerusform>
            <numerusform>la réponse du hub ne contient aucune route&#xa0;; utilisation des %n routes du profil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the hub answers with %n route(s) (DHCP option %1)</source>
        <translation>
            <numerusform>le hub répond avec %n route (option DHCP %1)</numerusform>
            <numerusform>le hub répond avec %n routes (option DHCP %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server %1 did not answer (%2); trying the backup server %3 of hub %4</source>
        <translation>le serveur %1 n’a pas répondu (%2)&#xa0;; essai du serveur de secours %3 du hub %4</translation>
    </message>
    <message>
        <source>neither the server %1 nor its backup %2 answered: %3; %4</source>
        <translation>ni le serveur %1 ni son secours %2 n’ont répondu&#xa0;: %3&#xa0;; %4</translation>
    </message>
    <message>
        <source>connected through the backup server %1 (hub %2)</source>
        <translation>connecté via le serveur de secours %1 (hub %2)</translation>
    </message>
</context>
<context>
    <name>ConnectWindow</name>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>RouteStudio Connect</source>
        <translation>RouteStudio Connect</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected on %1, address %2</source>
        <translation>Connecté sur %1, adresse %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>RouteStudio: %1</source>
        <translation>RouteStudio&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation>&amp;Importer un profil…</translation>
    </message>
    <message>
        <source>Re-apply routes</source>
        <translation>Réappliquer les routes</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>disconnect before importing another profile</source>
        <translation>déconnectez-vous avant d’importer un autre profil</translation>
    </message>
    <message>
        <source>Profile imported: %1</source>
        <translation>Profil importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>import failed: %1</source>
        <translation>échec de l’import&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Échec de l’import&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>Importer un profil</translation>
    </message>
    <message>
        <source>RouteStudio profile bundles (*.tar.gz *.tgz *.zip *.tar);;All files (*)</source>
        <translation>Bundles de profil RouteStudio (*.tar.gz *.tgz *.zip *.tar);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The profile was not imported.

%1</source>
        <translation>Le profil n’a pas été importé.

%1</translation>
    </message>
    <message>
        <source>RouteStudio: %1 — tunnel %2</source>
        <translation>RouteStudio&#xa0;: %1 — tunnel %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 route(s) no longer point into the tunnel (the interface may have flapped).</source>
        <translation>
            <numerusform>%n route sur %1 ne pointe plus vers le tunnel (l’interface a peut-être décroché un instant).</numerusform>
            <numerusform>%n routes sur %1 ne pointent plus vers le tunnel (l’interface a peut-être décroché un instant).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the profile bundle your administrator gave you</source>
        <translation>Importer le paquet de profil fourni par votre administrateur</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About RouteStudio Connect</source>
        <translation>À &amp;propos de RouteStudio Connect</translation>
    </message>
    <message>
        <source>About RouteStudio Connect</source>
        <translation>À propos de RouteStudio Connect</translation>
    </message>
    <message>
        <source>&lt;b&gt;RouteStudio Connect %1&lt;/b&gt;&lt;p&gt;Connect to an L2TP/IPsec VPN and install, verify and remove its split-tunnel routes.&lt;/p&gt;</source>
        <translation>&lt;b&gt;RouteStudio Connect %1&lt;/b&gt;&lt;p&gt;Se connecter à un VPN L2TP/IPsec et installer, vérifier puis retirer ses routes de tunnel partagé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> — through the backup server %1 (hub %2)</source>
        <translation> — via le serveur de secours %1 (hub %2)</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>New hub</source>
        <translation>Nouveau hub</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s)</source>
        <translation>
            <numerusform>Supprimer %n objet</numerusform>
            <numerusform>Supprimer %n objets</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Disposition automatique</translation>
    </message>
</context>
<context>
    <name>EditLinkCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>EditProfileCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>EditPropertiesCommand</name>
    <message>
        <source>Edit topology properties</source>
        <translation>Modifier les propriétés de la topologie</translation>
    </message>
</context>
<context>
    <name>EditSiteCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>EditorDocks</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>les sites</translation>
    </message>
    <message>
        <source>links</source>
        <translation>les liaisons</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>les profils</translation>
    </message>
    <message>
        <source>users</source>
        <translation>les utilisateurs</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveillance</translation>
    </message>
</context>
<context>
    <name>EditorMonitor</name>
    <message>
        <source>Skipped monitor targets: %1</source>
        <translation>Cibles de surveillance ignorées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EditorSession</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Untitled topology</source>
        <translation>Topologie sans titre</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Bundles</source>
        <translation>Exporter les bundles</translation>
    </message>
    <message>
        <source>Writes one archive per site (its configs, scripts and README) and one per user (the profile to import), with secret-bearing files readable only by their owner.</source>
        <translation>Écrit une archive par site (ses configurations, scripts et README) et une par utilisateur (le profil à importer)&#xa0;; les fichiers contenant des secrets ne sont lisibles que par leur propriétaire.</translation>
    </message>
    <message>
        <source>Bundles built and archives written</source>
        <translation>Bundles générés et archives écrites</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Write the archives into the output folder</source>
        <translation>Écrire les archives dans le dossier de destination</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>&amp;Annuler l’export</translation>
    </message>
    <message>
        <source>Stop the export; nothing is written</source>
        <translation>Arrêter l’export&#xa0;; rien n’est écrit</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the output folder in the file manager</source>
        <translation>Afficher le dossier de destination dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n’a été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was exported: the existing files were kept.</source>
        <translation>Rien n’a été exporté&#xa0;: les fichiers existants ont été conservés.</translation>
    </message>
    <message>
        <source>Checking the topology and generating the files…</source>
        <translation>Vérification de la topologie et génération des fichiers…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Existing Files?</source>
        <translation>Remplacer les fichiers existants&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the output folder will be replaced.</source>
        <translation>
            <numerusform>%n fichier du dossier de destination sera remplacé.</numerusform>
            <numerusform>%n fichiers du dossier de destination seront remplacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation>Génération de %1…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsForm</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — profile %2</source>
        <translation>%1 — profil %2</translation>
    </message>
    <message>
        <source>Every site and user, with the Ansible folder</source>
        <translation>Tous les sites et utilisateurs, avec le dossier Ansible</translation>
    </message>
    <message>
        <source>One site</source>
        <translation>Un site</translation>
    </message>
    <message>
        <source>One user</source>
        <translation>Un utilisateur</translation>
    </message>
    <message>
        <source>Which bundles to write: one per site (box) and one per user</source>
        <translation>Quels bundles écrire&#xa0;: un par site (équipement) et un par utilisateur</translation>
    </message>
    <message>
        <source>The site or user whose bundle is written</source>
        <translation>Le site ou l’utilisateur dont le bundle est écrit</translation>
    </message>
    <message>
        <source>The folder the archives are written to (created if missing)</source>
        <translation>Le dossier où les archives sont écrites (créé s’il n’existe pas)</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Choisir le dossier de destination</translation>
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
        <translation>Le format d’archive de chaque bundle</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Bundle&#xa0;:</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>&amp;Dossier de destination&#xa0;:</translation>
    </message>
    <message>
        <source>Archive f&amp;ormat:</source>
        <translation>&amp;Format d’archive&#xa0;:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>The topology has no sites</source>
        <translation>La topologie n’a aucun site</translation>
    </message>
    <message>
        <source>The topology has no users</source>
        <translation>La topologie n’a aucun utilisateur</translation>
    </message>
    <message>
        <source>Export Bundles To</source>
        <translation>Exporter les bundles vers</translation>
    </message>
</context>
<context>
    <name>ExportResultView</name>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Every archive written, with its size and SHA-256 digest; Ctrl+C copies the selected rows as SHA256SUMS lines</source>
        <translation>Chaque archive écrite, avec sa taille et son empreinte SHA-256&#xa0;; Ctrl+C copie les lignes sélectionnées au format SHA256SUMS</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n archive(s) to %1.</source>
        <translation>
            <numerusform>%n archive écrite dans %1.</numerusform>
            <numerusform>%n archives écrites dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Ansible folder (%n file(s)) is in %1.</source>
        <translation>
            <numerusform>Le dossier Ansible (%n fichier) se trouve dans %1.</numerusform>
            <numerusform>Le dossier Ansible (%n fichiers) se trouve dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was written.</source>
        <translation>L’export a été annulé. Rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was exported: the topology has %n validation error(s). Fix them first (see the Findings panel).</source>
        <translation>
            <numerusform>Rien n’a été exporté&#xa0;: la topologie contient %n erreur de validation. Corrigez-la d’abord (voir le panneau Constats).</numerusform>
            <numerusform>Rien n’a été exporté&#xa0;: la topologie contient %n erreurs de validation. Corrigez-les d’abord (voir le panneau Constats).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Written before the error:</source>
        <translation>Écrit avant l’erreur&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FieldEdit</name>
    <message>
        <source>Field error</source>
        <translation>Erreur de champ</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>An id is required.</source>
        <translation>Un identifiant est requis.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and “-” (up to 63, starting with a letter or digit).</source>
        <translation>Utilisez des lettres minuscules, des chiffres et «&#xa0;-&#xa0;» (63 au plus, en commençant par une lettre ou un chiffre).</translation>
    </message>
    <message>
        <source>A public address is required.</source>
        <translation>Une adresse publique est requise.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IPv4 valide.</translation>
    </message>
    <message>
        <source>A DNS name has at most 253 characters.</source>
        <translation>Un nom DNS compte au plus 253&#xa0;caractères.</translation>
    </message>
    <message>
        <source>“%1” is neither an IPv4 address nor a DNS name (letters, digits, “-”, labels of 1–63 characters).</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni une adresse IPv4 ni un nom DNS (lettres, chiffres, «&#xa0;-&#xa0;», étiquettes de 1 à 63&#xa0;caractères).</translation>
    </message>
    <message>
        <source>An IPv4 address is required.</source>
        <translation>Une adresse IPv4 est requise.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address (like 10.8.0.1).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IPv4 (comme 10.8.0.1).</translation>
    </message>
    <message>
        <source>A prefix is required.</source>
        <translation>Un préfixe est requis.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 prefix (like 10.20.0.0/16).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un préfixe IPv4 (comme 10.20.0.0/16).</translation>
    </message>
    <message>
        <source>A secret name is required.</source>
        <translation>Un nom de secret est requis.</translation>
    </message>
    <message>
        <source>Use letters, digits, “.”, “_” and “-” (up to 64).</source>
        <translation>Utilisez des lettres, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;» (64 au plus).</translation>
    </message>
    <message>
        <source>“%1” is not a valid user name (letters, digits, “.”, “_”, “@”, “-”).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’utilisateur valide (lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;», «&#xa0;@&#xa0;», «&#xa0;-&#xa0;»).</translation>
    </message>
    <message>
        <source>Names have at most %1 characters.</source>
        <translation>Les noms comportent au plus %1&#xa0;caractères.</translation>
    </message>
    <message>
        <source>Names cannot contain control, invisible formatting or text-direction characters.</source>
        <translation>Les noms ne peuvent pas contenir de caractères de contrôle, de mise en forme invisibles ou de sens d’écriture.</translation>
    </message>
    <message>
        <source>“%1” is not a DNS domain (like corp.example: letters, digits, “-”, labels of 1–63 characters).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un domaine DNS (comme corp.example&#xa0;: lettres, chiffres, «&#xa0;-&#xa0;», étiquettes de 1 à 63 caractères).</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Topologies (*.topology.json *.json);;All files (*)</source>
        <translation>Topologies (*.topology.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New topology</source>
        <translation>Nouvelle topologie</translation>
    </message>
    <message>
        <source>Open topology</source>
        <translation>Ouvrir une topologie</translation>
    </message>
    <message>
        <source>Cannot open topology</source>
        <translation>Impossible d’ouvrir la topologie</translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation>%1 n’a pas pu être ouvert&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans-titre</translation>
    </message>
    <message>
        <source>Save topology</source>
        <translation>Enregistrer la topologie</translation>
    </message>
    <message>
        <source>Cannot save topology</source>
        <translation>Impossible d’enregistrer la topologie</translation>
    </message>
    <message>
        <source>%1 could not be saved:
%2</source>
        <translation>%1 n’a pas pu être enregistré&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer d’abord&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n site(s); not saved yet</source>
        <translation>
            <numerusform>%n site importé ; pas encore enregistré</numerusform>
            <numerusform>%n sites importés ; pas encore enregistrés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Filter findings</source>
        <translation>Filtrer les constats</translation>
    </message>
    <message>
        <source>Show only findings whose code, message or objects contain this text</source>
        <translation>N’afficher que les constats dont le code, le message ou les objets contiennent ce texte</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Click a finding to select and show the objects involved</source>
        <translation>Cliquez sur un constat pour sélectionner et afficher les objets concernés</translation>
    </message>
    <message>
        <source>No findings: the IP plan is consistent.</source>
        <translation>Aucun constat&#xa0;: le plan d’adressage IP est cohérent.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Boxes</source>
        <translation>Importer des équipements</translation>
    </message>
    <message>
        <source>Add copies of your boxes&apos; configuration: each folder (a copy of / or /etc), archive or file is one box.</source>
        <translation>Ajoutez des copies de la configuration de vos équipements : chaque dossier (copie de / ou de /etc), archive ou fichier est un équipement.</translation>
    </message>
    <message>
        <source>&amp;Open as New Topology</source>
        <translation>&amp;Ouvrir comme nouvelle topologie</translation>
    </message>
    <message>
        <source>No boxes added yet.</source>
        <translation>Aucun équipement ajouté pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n box(es)…</source>
        <translation>
            <numerusform>Importation de %n équipement…</numerusform>
            <numerusform>Importation de %n équipements…</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>%1 lu</translation>
    </message>
    <message>
        <source>Scanned %1</source>
        <translation>%1 analysé</translation>
    </message>
</context>
<context>
    <name>ImportResultView</name>
    <message>
        <source>Box, file or statement</source>
        <translation>Équipement, fichier ou instruction</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lu comme</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Repris</translation>
    </message>
    <message>
        <source>Not represented</source>
        <translation>Non représenté</translation>
    </message>
    <message>
        <source>Contradictions</source>
        <translation>Contradictions</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Files found and what each gave</source>
        <translation>Fichiers trouvés et ce que chacun a donné</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>Nothing could be read: none of these files is in a format the import reads (%1).</source>
        <translation>Rien n&apos;a pu être lu : aucun de ces fichiers n&apos;est dans un format que l&apos;importation lit (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 of %2 files from %n box(es)</source>
        <translation>
            <numerusform>%1 fichiers sur %2 lus depuis %n équipement</numerusform>
            <numerusform>%1 fichiers sur %2 lus depuis %n équipements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sites, %2 links, %3 profiles, %4 PSKs, %5 users.</source>
        <translation>%1 sites, %2 liaisons, %3 profils, %4 PSK, %5 utilisateurs.</translation>
    </message>
    <message>
        <source>%1 errors, %2 contradictions, %3 not represented, %4 mapped (expand a file for its lines).</source>
        <translation>%1 erreurs, %2 contradictions, %3 non représentées, %4 reprises (dépliez un fichier pour ses lignes).</translation>
    </message>
    <message numerus="yes">
        <source>Validation of the imported topology: %n finding(s), listed in the Findings panel once it is open.</source>
        <translation>
            <numerusform>Validation de la topologie importée : %n constat, listé dans le panneau Constats une fois ouverte.</numerusform>
            <numerusform>Validation de la topologie importée : %n constats, listés dans le panneau Constats une fois ouverte.</numerusform>
        </translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>repris</translation>
    </message>
    <message>
        <source>not represented</source>
        <translation>non représenté</translation>
    </message>
    <message>
        <source>contradiction</source>
        <translation>contradiction</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>%1 → site %2</source>
        <translation>%1 → site %2</translation>
    </message>
    <message>
        <source>(the box as a whole)</source>
        <translation>(l&apos;équipement dans son ensemble)</translation>
    </message>
</context>
<context>
    <name>ImportSourceList</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Add &amp;Archives or Files…</source>
        <translation>Ajouter des &amp;archives ou fichiers…</translation>
    </message>
    <message>
        <source>A copy of a box&apos;s / or /etc: one box</source>
        <translation>Une copie de / ou de /etc d&apos;un équipement : un équipement</translation>
    </message>
    <message>
        <source>Boxes to import</source>
        <translation>Équipements à importer</translation>
    </message>
    <message>
        <source>Add a box&apos;s folder</source>
        <translation>Ajouter le dossier d&apos;un équipement</translation>
    </message>
    <message>
        <source>Add archives or files</source>
        <translation>Ajouter des archives ou fichiers</translation>
    </message>
    <message>
        <source>Archives and configs (*.tar *.tar.gz *.tgz *.zip *.rsc *.conf *.txt *.cfg);;All files (*)</source>
        <translation>Archives et configurations (*.tar *.tar.gz *.tgz *.zip *.rsc *.conf *.txt *.cfg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A tar, tar.gz or zip of a box&apos;s files, a RouterOS export, an IOS running-config, or one config file: each is one box</source>
        <translation>Un tar, tar.gz ou zip des fichiers d&apos;un équipement, un export RouterOS, une running-config IOS ou un fichier de configuration : chacun est un équipement</translation>
    </message>
</context>
<context>
    <name>ImportedProfileFile</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>is not a remembered RouteStudio profile, version 1</source>
        <translation>n’est pas un profil RouteStudio mémorisé, version 1</translation>
    </message>
    <message>
        <source>is not &quot;split&quot; or &quot;full&quot;</source>
        <translation>n’est ni «&#xa0;split&#xa0;» ni «&#xa0;full&#xa0;»</translation>
    </message>
    <message>
        <source>entry %1 is not an IPv4 prefix</source>
        <translation>l’entrée %1 n’est pas un préfixe IPv4</translation>
    </message>
    <message>
        <source>is not from 576 to 1500</source>
        <translation>n’est pas compris entre 576 et 1500</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used the next time you start %1.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de %1.</translation>
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
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Degraded above</source>
        <translation>Dégradé au-delà de</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
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
        <translation>%1&#xa0;: %2 → %3, %4</translation>
    </message>
    <message>
        <source>%1
Monitor: %2</source>
        <translation>%1
Surveillance&#xa0;: %2</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>secours</translation>
    </message>
</context>
<context>
    <name>LinkListModel</name>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
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
        <translation>Nom de la PSK</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>Another link already has the id “%1”.</source>
        <translation>Une autre liaison a déjà l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Route-based IPsec</source>
        <translation>IPsec basé sur les routes</translation>
    </message>
    <message>
        <source>L2TP/IPsec (gateway dials the hub)</source>
        <translation>L2TP/IPsec (la passerelle appelle le hub)</translation>
    </message>
    <message>
        <source>Name of the pre-shared key in the secrets file</source>
        <translation>Nom de la clé pré-partagée dans le fichier de secrets</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ransport:</source>
        <translation>T&amp;ransport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;IKE:</source>
        <translation>I&amp;KE&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PSK name:</source>
        <translation>Nom de la &amp;PSK&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <source>RouteStudio generates no L2TP link for %1 (site %2): use route-based IPsec</source>
        <translation>RouteStudio ne génère pas de liaison L2TP pour %1 (site %2) : utilisez IPsec basé sur les routes</translation>
    </message>
    <message>
        <source>Primary path</source>
        <translation>Chemin principal</translation>
    </message>
    <message>
        <source>Backup path (higher metric)</source>
        <translation>Chemin de secours (métrique plus élevée)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Metric of the link&apos;s routes, lower wins; Default: %1 for a primary, %2 for a backup</source>
        <translation>Métrique des routes du lien, la plus basse l’emporte&#xa0;; par défaut&#xa0;: %1 pour un principal, %2 pour un secours</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Rô&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrique&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start an empty topology</source>
        <translation>Commencer une topologie vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a topology file</source>
        <translation>Ouvrir un fichier de topologie</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the topology and its secrets</source>
        <translation>Enregistrer la topologie et ses secrets</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the topology under a new name</source>
        <translation>Enregistrer la topologie sous un nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Export Bundles…</source>
        <translation>E&amp;xporter les bundles…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the configuration bundles for every box and user</source>
        <translation>Écrire les bundles de configuration de chaque équipement et de chaque utilisateur</translation>
    </message>
    <message>
        <source>S&amp;ecrets…</source>
        <translation>S&amp;ecrets…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Generate or enter pre-shared keys and user passwords</source>
        <translation>Générer ou saisir les clés pré-partagées et les mots de passe des utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit RouteStudio</source>
        <translation>Quitter RouteStudio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected sites, links and profiles</source>
        <translation>Supprimer les sites, liaisons et profils sélectionnés</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select everything</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Add &amp;Hub</source>
        <translation>Ajouter un &amp;hub</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Add an L2TP/IPsec server site</source>
        <translation>Ajouter un site serveur L2TP/IPsec</translation>
    </message>
    <message>
        <source>Add &amp;Gateway</source>
        <translation>Ajouter une &amp;passerelle</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Add a remote site gateway</source>
        <translation>Ajouter la passerelle d’un site distant</translation>
    </message>
    <message>
        <source>Add &amp;Link</source>
        <translation>Ajouter une &amp;liaison</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Link the two selected sites</source>
        <translation>Relier les deux sites sélectionnés</translation>
    </message>
    <message>
        <source>Add &amp;Profile</source>
        <translation>Ajouter un p&amp;rofil</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Add a remote-access client profile to the selected hub</source>
        <translation>Ajouter un profil client d’accès distant au hub sélectionné</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Zoomer à 100&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Show the whole topology</source>
        <translation>Afficher toute la topologie</translation>
    </message>
    <message>
        <source>Arrange &amp;Automatically</source>
        <translation>&amp;Disposition automatique</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Place every site by the automatic layout</source>
        <translation>Placer chaque site selon la disposition automatique</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Décaler</translation>
    </message>
    <message>
        <source>Move the selected sites a little</source>
        <translation>Déplacer légèrement les sites sélectionnés</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About RouteStudio</source>
        <translation>À &amp;propos de RouteStudio</translation>
    </message>
    <message>
        <source>About RouteStudio</source>
        <translation>À propos de RouteStudio</translation>
    </message>
    <message>
        <source>&lt;b&gt;RouteStudio %1&lt;/b&gt;&lt;p&gt;Plan L2TP/IPsec VPNs with static routes, check the IP plan, and generate every box&apos;s configuration.&lt;/p&gt;</source>
        <translation>&lt;b&gt;RouteStudio %1&lt;/b&gt;&lt;p&gt;Planifiez des VPN L2TP/IPsec avec routes statiques, vérifiez le plan d’adressage IP et générez la configuration de chaque équipement.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>%1[*] — RouteStudio</source>
        <translation>%1[*] — RouteStudio</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n liaison</numerusform>
            <numerusform>%n liaisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n profil</numerusform>
            <numerusform>%n profils</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Select exactly two sites to link them.</source>
        <translation>Sélectionnez exactement deux sites pour les relier.</translation>
    </message>
    <message>
        <source>Select one hub to add a client profile to it.</source>
        <translation>Sélectionnez un hub pour lui ajouter un profil client.</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Redo the edit undone last</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Hub</source>
        <comment>toolbar: Add Hub</comment>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Gateway</source>
        <comment>toolbar: Add Gateway</comment>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Link</source>
        <comment>toolbar: Add Link</comment>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>toolbar: Add Profile</comment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>toolbar</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>toolbar: Fit to Window</comment>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Arrange</source>
        <comment>toolbar: Arrange Automatically</comment>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>toolbar: Export Bundles</comment>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Secrets</source>
        <comment>toolbar: Secrets dialog</comment>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Read the configs of existing boxes into a new topology</source>
        <translation>Lire les configurations d&apos;équipements existants dans une nouvelle topologie</translation>
    </message>
    <message>
        <source>Folder of Box Collections</source>
        <translation>Dossier des collectes des boîtiers</translation>
    </message>
    <message>
        <source>No longer checking boxes</source>
        <translation>Les boîtiers ne sont plus vérifiés</translation>
    </message>
    <message>
        <source>Checking the boxes in %1 every minute</source>
        <translation>Vérification des boîtiers de %1 chaque minute</translation>
    </message>
    <message>
        <source>&amp;Check Boxes…</source>
        <translation>&amp;Vérifier les boîtiers…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Check the boxes of a folder of collections (routestudio-cli check, the Ansible audit) against the plan, every minute</source>
        <translation>Vérifier chaque minute les boîtiers d’un dossier de collectes (routestudio-cli check, l’audit Ansible) par rapport au plan</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Serve Prometheus metrics at /metrics</source>
        <translation>Publier les métriques Prometheus sur /metrics</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Désactivé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP.</translation>
    </message>
    <message>
        <source>Serving %1 (this machine only).</source>
        <translation>Publié sur %1 (cette machine uniquement).</translation>
    </message>
    <message>
        <source>Serving %1. Other machines can read it: the metrics name your sites, links and addresses.</source>
        <translation>Publié sur %1. D’autres machines peuvent le lire&#xa0;: les métriques nomment vos sites, liaisons et adresses.</translation>
    </message>
</context>
<context>
    <name>MetricsServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d’écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>MonitorStateModel</name>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last RTT</source>
        <translation>Dernier RTT</translation>
    </message>
    <message>
        <source>Mean RTT</source>
        <translation>RTT moyen</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
</context>
<context>
    <name>MonitorWidget</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Add host</source>
        <translation>Ajouter un hôte</translation>
    </message>
    <message>
        <source>IPv4 address to probe</source>
        <translation>Adresse IPv4 à sonder</translation>
    </message>
    <message>
        <source>Probing with: %1</source>
        <translation>Sondage avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>Tunnel routes</source>
        <translation>Routes du tunnel</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IPv4.</translation>
    </message>
    <message>
        <source>Export monitoring history</source>
        <translation>Exporter l’historique de surveillance</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Latency of the first %1 of %2 target(s); select rows to chart others.</source>
        <translation>Latence des %1 premières cibles sur %2&#xa0;; sélectionnez des lignes pour en afficher d’autres.</translation>
    </message>
    <message>
        <source>Latency of %1 selected target(s) (at most %2 at once).</source>
        <translation>Latence de %1 cible(s) sélectionnée(s) (%2 au plus à la fois).</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <source>Which path carries traffic is read from the boxes: File → Check Boxes…</source>
        <translation>Le chemin qui porte le trafic se lit sur les boîtiers&#xa0;: Fichier → Vérifier les boîtiers…</translation>
    </message>
</context>
<context>
    <name>MoveSitesCommand</name>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n site(s)</source>
        <translation>
            <numerusform>Déplacer %n site</numerusform>
            <numerusform>Déplacer %n sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectListPanel</name>
    <message>
        <source>Filter %1</source>
        <translation>Filtrer %1</translation>
    </message>
</context>
<context>
    <name>PathSummary</name>
    <message>
        <source>backup</source>
        <translation>secours</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>%1 (%2) carries traffic now</source>
        <translation>%1 (%2) porte le trafic</translation>
    </message>
    <message>
        <source>%1 (%2) idle</source>
        <translation>%1 (%2) inutilisé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PreviewFiles</name>
    <message>
        <source>There is no site %1.</source>
        <translation>Il n’y a pas de site %1.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is generated while the topology has %n error(s). Fix the findings first:</source>
        <translation>
            <numerusform>Rien n’est généré tant que la topologie contient %n erreur. Corrigez d’abord les constats&#xa0;:</numerusform>
            <numerusform>Rien n’est généré tant que la topologie contient %n erreurs. Corrigez d’abord les constats&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Changes since &amp;save</source>
        <translation>Modifications depuis l’&amp;enregistrement</translation>
    </message>
    <message>
        <source>Show se&amp;crets</source>
        <translation>Afficher les se&amp;crets</translation>
    </message>
    <message>
        <source>The box (site or client) whose files are shown</source>
        <translation>L’équipement (site ou client) dont les fichiers sont affichés</translation>
    </message>
    <message>
        <source>Show what changes on this box compared with the saved topology</source>
        <translation>Montrer ce qui change sur cet équipement par rapport à la topologie enregistrée</translation>
    </message>
    <message>
        <source>Show pre-shared keys and passwords in clear text</source>
        <translation>Afficher les clés pré-partagées et les mots de passe en clair</translation>
    </message>
    <message>
        <source>Generated file</source>
        <translation>Fichier généré</translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation>Fichiers générés</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>Client %1 / %2</source>
        <translation>Client %1 / %2</translation>
    </message>
    <message>
        <source>Add a site to see its generated files.</source>
        <translation>Ajoutez un site pour voir ses fichiers générés.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to %1 since the last save.</source>
        <translation>Aucune modification de %1 depuis le dernier enregistrement.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
</context>
<context>
    <name>ProcessRunner</name>
    <message>
        <source>refused to start: a secret would appear on the command line</source>
        <translation>démarrage refusé&#xa0;: un secret apparaîtrait sur la ligne de commande</translation>
    </message>
    <message>
        <source>another helper is still running</source>
        <translation>un autre programme auxiliaire est encore en cours d’exécution</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s and was stopped</source>
        <translation>%1 ne s’est pas terminé en %2&#xa0;s et a été arrêté</translation>
    </message>
    <message>
        <source>%1 was canceled</source>
        <translation>%1 a été annulé</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 s’est arrêté brutalement</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 s’est terminé avec le code %2</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Open topology…</source>
        <translation>Ouvrir une topologie…</translation>
    </message>
    <message>
        <source>Open secrets…</source>
        <translation>Ouvrir les secrets…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Clé pré-partagée</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Pre-shared key:</source>
        <translation>Clé pré-partagée&#xa0;:</translation>
    </message>
    <message>
        <source>Open topology</source>
        <translation>Ouvrir une topologie</translation>
    </message>
    <message>
        <source>RouteStudio topology (*.json)</source>
        <translation>Topologie RouteStudio (*.json)</translation>
    </message>
    <message>
        <source>Open secrets</source>
        <translation>Ouvrir les secrets</translation>
    </message>
    <message>
        <source>RouteStudio secrets (*.json)</source>
        <translation>Secrets RouteStudio (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>opened %1: %n remote-access profile(s)</source>
        <translation>
            <numerusform>%1 ouvert&#xa0;: %n profil d’accès distant</numerusform>
            <numerusform>%1 ouvert&#xa0;: %n profils d’accès distant</numerusform>
        </translation>
    </message>
    <message>
        <source>opened secrets %1</source>
        <translation>secrets %1 ouverts</translation>
    </message>
    <message>
        <source>%1 (hub %2)</source>
        <translation>%1 (hub %2)</translation>
    </message>
    <message>
        <source>the topology has no remote-access profile</source>
        <translation>la topologie n’a aucun profil d’accès distant</translation>
    </message>
    <message>
        <source>enter the password of %1</source>
        <translation>saisissez le mot de passe de %1</translation>
    </message>
    <message>
        <source>enter the pre-shared key of profile %1 (or open the secrets file)</source>
        <translation>saisissez la clé pré-partagée du profil %1 (ou ouvrez le fichier de secrets)</translation>
    </message>
    <message>
        <source>warning: the keychain did not keep the password: %1</source>
        <translation>avertissement&#xa0;: le trousseau n’a pas conservé le mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>No profile yet: import the bundle your admin gave you</source>
        <translation>Pas encore de profil&#xa0;: importez le bundle fourni par votre administrateur</translation>
    </message>
    <message>
        <source>Import profile…</source>
        <translation>Importer un profil…</translation>
    </message>
    <message numerus="yes">
        <source>imported %1: profile %2, user %3, server %4, %n route(s)</source>
        <translation>
            <numerusform>%1 importé&#xa0;: profil %2, utilisateur %3, serveur %4, %n route</numerusform>
            <numerusform>%1 importé&#xa0;: profil %2, utilisateur %3, serveur %4, %n routes</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bundle: %1</source>
        <translation>Bundle&#xa0;: %1</translation>
    </message>
    <message>
        <source>enter the pre-shared key of profile %1</source>
        <translation>saisissez la clé pré-partagée du profil %1</translation>
    </message>
    <message>
        <source>import a profile bundle (or open a topology) first</source>
        <translation>importez d’abord un bundle de profil (ou ouvrez une topologie)</translation>
    </message>
    <message>
        <source>warning: the profile will not be remembered: %1</source>
        <translation>avertissement&#xa0;: le profil ne sera pas mémorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>remembered profile %1, user %2, server %3</source>
        <translation>profil mémorisé %1, utilisateur %2, serveur %3</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>%1 is not a usable profile bundle: %2</source>
        <translation>%1 n’est pas un bundle de profil utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the profile names no server to connect to</source>
        <translation>%1&#xa0;: le profil n’indique aucun serveur auquel se connecter</translation>
    </message>
    <message>
        <source>no keychain: the imported password and pre-shared key are kept only until RouteStudio Connect quits</source>
        <translation>pas de trousseau&#xa0;: le mot de passe et la clé pré-partagée importés ne sont conservés que jusqu’à la fermeture de RouteStudio Connect</translation>
    </message>
    <message>
        <source>the keychain did not keep the imported secrets (%1); they are kept only until RouteStudio Connect quits</source>
        <translation>le trousseau n’a pas conservé les secrets importés (%1)&#xa0;; ils ne sont conservés que jusqu’à la fermeture de RouteStudio Connect</translation>
    </message>
</context>
<context>
    <name>ProfileItem</name>
    <message>
        <source>split</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n user(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n utilisateur</numerusform>
            <numerusform>%1 · %2 · %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile %1 on %2
Users: %3
Routes: %4</source>
        <translation>Profil %1 sur %2
Utilisateurs&#xa0;: %3
Routes&#xa0;: %4</translation>
    </message>
    <message>
        <source>every LAN behind the hub</source>
        <translation>chaque LAN derrière le hub</translation>
    </message>
    <message>
        <source>%1 · backup for %2</source>
        <translation>%1 · secours de %2</translation>
    </message>
    <message>
        <source>Backup hub: %1 (clients try it when %2 does not answer)</source>
        <translation>Hub de secours&#xa0;: %1 (les clients l’essaient quand %2 ne répond pas)</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>split</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>(every LAN via the hub)</source>
        <translation>(chaque LAN via le hub)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
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
        <translation>Routes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Another profile already has the id “%1”.</source>
        <translation>Un autre profil a déjà l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Split tunnel (only the routes below)</source>
        <translation>Tunnel partiel (uniquement les routes ci-dessous)</translation>
    </message>
    <message>
        <source>Full tunnel (all traffic)</source>
        <translation>Tunnel complet (tout le trafic)</translation>
    </message>
    <message>
        <source>empty: every LAN reachable through the hub</source>
        <translation>vide&#xa0;: chaque LAN joignable via le hub</translation>
    </message>
    <message>
        <source>Prefixes installed on the client after connecting</source>
        <translation>Préfixes installés sur le client après la connexion</translation>
    </message>
    <message>
        <source>alice, bob</source>
        <translation>alice, bob</translation>
    </message>
    <message>
        <source>Name of the pre-shared key in the secrets file</source>
        <translation>Nom de la clé pré-partagée dans le fichier de secrets</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tunnel:</source>
        <translation>&amp;Tunnel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Routes:</source>
        <translation>&amp;Routes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PSK name:</source>
        <translation>Nom de la &amp;PSK&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <source>Default (on for a split tunnel)</source>
        <translation>Par défaut (activé pour un tunnel partagé)</translation>
    </message>
    <message>
        <source>On: the hub answers DHCPINFORM with these routes</source>
        <translation>Activé&#xa0;: le hub répond au DHCPINFORM avec ces routes</translation>
    </message>
    <message>
        <source>Off: clients get DNS and domain only</source>
        <translation>Désactivé&#xa0;: les clients ne reçoivent que le DNS et le domaine</translation>
    </message>
    <message>
        <source>DNS domain the hub gives clients (DHCP option 15); empty: the topology&apos;s</source>
        <translation>Domaine DNS que le hub donne aux clients (option DHCP 15)&#xa0;; vide&#xa0;: celui de la topologie</translation>
    </message>
    <message>
        <source>Route p&amp;ush:</source>
        <translation>P&amp;ush des routes&#xa0;:</translation>
    </message>
    <message>
        <source>DNS do&amp;main:</source>
        <translation>Do&amp;maine DNS&#xa0;:</translation>
    </message>
    <message>
        <source>A Linux hub&apos;s dnsmasq answers the DHCPINFORM that Windows sends after connecting with this profile&apos;s routes (options 121/249)</source>
        <translation>Le dnsmasq d’un hub Linux répond au DHCPINFORM que Windows envoie après la connexion avec les routes de ce profil (options 121/249)</translation>
    </message>
    <message>
        <source>Hub %1&apos;s platform cannot answer DHCPINFORM: clients get the routes from RouteStudio Connect only</source>
        <translation>La plateforme du hub %1 ne peut pas répondre au DHCPINFORM&#xa0;: les clients ne reçoivent les routes que par RouteStudio Connect</translation>
    </message>
    <message>
        <source>topology&apos;s: %1</source>
        <translation>celui de la topologie&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Default (the hub&apos;s where it answers)</source>
        <translation>Par défaut (celles du hub là où il répond)</translation>
    </message>
    <message>
        <source>Hub: its answer replaces these routes</source>
        <translation>Hub&#xa0;: sa réponse remplace ces routes</translation>
    </message>
    <message>
        <source>Profile: these routes only</source>
        <translation>Profil&#xa0;: seulement ces routes</translation>
    </message>
    <message>
        <source>Both: the hub&apos;s and these</source>
        <translation>Les deux&#xa0;: celles du hub et celles-ci</translation>
    </message>
    <message>
        <source>Which routes RouteStudio Connect installs after connecting</source>
        <translation>Les routes que RouteStudio Connect installe après la connexion</translation>
    </message>
    <message>
        <source>Connect&apos;s routes &amp;from:</source>
        <translation>Routes de Connect &amp;depuis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Backup hub:</source>
        <translation>Hub de &amp;secours&#xa0;:</translation>
    </message>
    <message>
        <source>A second hub that serves the same users: clients try it when the hub does not answer</source>
        <translation>Un second hub qui sert les mêmes utilisateurs&#xa0;: les clients l’essaient quand le hub ne répond pas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message numerus="yes">
        <source>%n objects selected.</source>
        <translation>
            <numerusform>%n objet sélectionné.</numerusform>
            <numerusform>%n objets sélectionnés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveLinkCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>RemoveProfileCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>RemoveSiteCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>RoutePreflight</name>
    <message>
        <source>overlaps your local network %1 on %2: routing it into the tunnel would cut you off from it</source>
        <translation>chevauche votre réseau local %1 sur %2&#xa0;: le router dans le tunnel vous en couperait</translation>
    </message>
    <message>
        <source>%1 is already routed via %2%3</source>
        <translation>%1 est déjà routé via %2%3</translation>
    </message>
    <message>
        <source> (gateway %1)</source>
        <translation> (passerelle %1)</translation>
    </message>
    <message>
        <source>contains the VPN server %1 and no route to the server could be pinned: the tunnel would route itself</source>
        <translation>contient le serveur VPN %1 et aucune route vers le serveur n’a pu être fixée&#xa0;: le tunnel se routerait lui-même</translation>
    </message>
</context>
<context>
    <name>RouteTableModel</name>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>RouteVerdict</name>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installée</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
</context>
<context>
    <name>SecretDelegate</name>
    <message>
        <source>8–128 characters</source>
        <translation>8 à 128&#xa0;caractères</translation>
    </message>
</context>
<context>
    <name>SecretsDialog</name>
    <message>
        <source>&amp;Show values</source>
        <translation>&amp;Afficher les valeurs</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Show the secrets in clear text</source>
        <translation>Afficher les secrets en clair</translation>
    </message>
    <message>
        <source>Generate &amp;Missing</source>
        <translation>Générer les &amp;manquants</translation>
    </message>
    <message>
        <source>Generate a strong value for every secret that has none</source>
        <translation>Générer une valeur robuste pour chaque secret qui n’en a pas</translation>
    </message>
    <message>
        <source>&amp;Regenerate Selected</source>
        <translation>&amp;Régénérer la sélection</translation>
    </message>
    <message>
        <source>Replace the selected secrets with new strong values</source>
        <translation>Remplacer les secrets sélectionnés par de nouvelles valeurs robustes</translation>
    </message>
    <message>
        <source>Every secret has a value.</source>
        <translation>Chaque secret a une valeur.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) missing.</source>
        <translation>
            <numerusform>%n secret manquant.</numerusform>
            <numerusform>%n secrets manquants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-shared keys and user passwords are saved apart from the topology: in a secrets file beside it that only you can read (mode 0600), or in the OS keychain.</source>
        <translation>Les clés pré-partagées et les mots de passe des utilisateurs sont enregistrés à part de la topologie&#xa0;: dans un fichier de secrets à côté d’elle, lisible par vous seul (mode 0600), ou dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Secrets file beside the topology (0600)</source>
        <translation>Fichier de secrets à côté de la topologie (0600)</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>Where this topology&apos;s secrets are saved; the choice takes effect when you save the topology</source>
        <translation>Où les secrets de cette topologie sont enregistrés&#xa0;; le choix prend effet à l’enregistrement de la topologie</translation>
    </message>
    <message>
        <source>S&amp;tore secrets in:</source>
        <translation>&amp;Enregistrer les secrets dans&#xa0;:</translation>
    </message>
    <message>
        <source>No OS keychain is available in this session.</source>
        <translation>Aucun trousseau du système n’est disponible dans cette session.</translation>
    </message>
    <message>
        <source>Saving stores every secret in the OS keychain and deletes the secrets file beside the topology, if there is one.</source>
        <translation>L’enregistrement place chaque secret dans le trousseau du système et supprime le fichier de secrets à côté de la topologie, s’il existe.</translation>
    </message>
    <message>
        <source>Saving writes the secrets file beside the topology and removes this topology&apos;s entries from the OS keychain, if there are any.</source>
        <translation>L’enregistrement écrit le fichier de secrets à côté de la topologie et retire du trousseau du système les entrées de cette topologie, s’il y en a.</translation>
    </message>
</context>
<context>
    <name>SecretsStore</name>
    <message>
        <source>The secrets of this topology are kept in the OS keychain, which is not available.</source>
        <translation>Les secrets de cette topologie sont conservés dans le trousseau du système, qui n’est pas disponible.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) could not be read from the OS keychain (first: %1).</source>
        <translation>
            <numerusform>%n secret n’a pas pu être lu dans le trousseau du système (premier&#xa0;: %1).</numerusform>
            <numerusform>%n secrets n’ont pas pu être lus dans le trousseau du système (premier&#xa0;: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the OS keychain is not available; choose the secrets file in Edit → Secrets</source>
        <translation>%1&#xa0;: le trousseau du système n’est pas disponible&#xa0;; choisissez le fichier de secrets dans Édition → Secrets</translation>
    </message>
    <message>
        <source>%1: cannot remove the old secrets file (the secrets are in the OS keychain now)</source>
        <translation>%1&#xa0;: impossible de supprimer l’ancien fichier de secrets (les secrets sont désormais dans le trousseau du système)</translation>
    </message>
</context>
<context>
    <name>SecretsTableModel</name>
    <message>
        <source>link %1</source>
        <translation>liaison %1</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>Use 8–128 characters: letters, digits and - _ . : + = @ % ^ ~ ! /</source>
        <translation>Utilisez 8 à 128&#xa0;caractères&#xa0;: lettres, chiffres et - _ . : + = @ % ^ ~ ! /</translation>
    </message>
    <message>
        <source>Not set: generate it or double-click to enter it</source>
        <translation>Non défini&#xa0;: générez-le ou double-cliquez pour le saisir</translation>
    </message>
    <message>
        <source>Double-click to enter a new value</source>
        <translation>Double-cliquez pour saisir une nouvelle valeur</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Clé pré-partagée</translation>
    </message>
    <message>
        <source>User password</source>
        <translation>Mot de passe utilisateur</translation>
    </message>
    <message>
        <source>(unused)</source>
        <translation>(inutilisé)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter commands and keys</source>
        <translation>Filtrer les commandes et les touches</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>SiteItem</name>
    <message>
        <source>no public address</source>
        <translation>pas d’adresse publique</translation>
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
        <translation>Hub&#xa0;: serveur L2TP/IPsec</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>no LANs</source>
        <translation>aucun LAN</translation>
    </message>
    <message>
        <source>Monitor: %1</source>
        <translation>Surveillance&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SiteListModel</name>
    <message>
        <source>hub</source>
        <translation>hub</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>passerelle</translation>
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
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <source>LANs</source>
        <translation>LAN</translation>
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
        <translation>Un autre site a déjà l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Remote access (L2TP/IPsec server)</source>
        <translation>Accès distant (serveur L2TP/IPsec)</translation>
    </message>
    <message>
        <source>Hub (L2TP/IPsec server, route owner)</source>
        <translation>Hub (serveur L2TP/IPsec, gère les routes)</translation>
    </message>
    <message>
        <source>Gateway (remote site)</source>
        <translation>Passerelle (site distant)</translation>
    </message>
    <message>
        <source>Stable id used in file names and configs</source>
        <translation>Identifiant stable utilisé dans les noms de fichiers et les configurations</translation>
    </message>
    <message>
        <source>203.0.113.10 or vpn.example.com</source>
        <translation>203.0.113.10 ou vpn.example.com</translation>
    </message>
    <message>
        <source>10.20.0.0/16, 10.21.0.0/24</source>
        <translation>10.20.0.0/16, 10.21.0.0/24</translation>
    </message>
    <message>
        <source>The site&apos;s LAN prefixes, separated by commas</source>
        <translation>Les préfixes LAN du site, séparés par des virgules</translation>
    </message>
    <message>
        <source>10.8.0.0/24</source>
        <translation>10.8.0.0/24</translation>
    </message>
    <message>
        <source>Addresses handed to remote-access clients</source>
        <translation>Adresses attribuées aux clients d’accès distant</translation>
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
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>&amp;Adresse publique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;LANs:</source>
        <translation>&amp;LAN&#xa0;:</translation>
    </message>
    <message>
        <source>Client p&amp;ool:</source>
        <translation>P&amp;ool clients&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;DNS servers:</source>
        <translation>Serveurs &amp;DNS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Critical: must have a second path</source>
        <translation>&amp;Critique&#xa0;: doit avoir un second chemin</translation>
    </message>
    <message>
        <source>none (one uplink)</source>
        <translation>aucune (un seul accès)</translation>
    </message>
    <message>
        <source>The address of a second uplink: this site&apos;s end of a backup link uses it</source>
        <translation>L’adresse d’un second accès&#xa0;: l’extrémité d’un lien de secours sur ce site l’utilise</translation>
    </message>
    <message>
        <source>Validation warns while the site has only one path</source>
        <translation>La validation avertit tant que le site n’a qu’un seul chemin</translation>
    </message>
    <message>
        <source>&amp;Backup address:</source>
        <translation>Adresse de &amp;secours&#xa0;:</translation>
    </message>
    <message>
        <source>Paths:</source>
        <translation>Chemins&#xa0;:</translation>
    </message>
    <message>
        <source>%1 to %2: backup, metric %3</source>
        <translation>%1 vers %2&#xa0;: secours, métrique %3</translation>
    </message>
    <message>
        <source>%1 to %2: primary, metric %3</source>
        <translation>%1 vers %2&#xa0;: principal, métrique %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>none: the site has no link</source>
        <translation>aucun&#xa0;: le site n’a pas de lien</translation>
    </message>
    <message>
        <source> — carries traffic now</source>
        <translation> — porte le trafic maintenant</translation>
    </message>
    <message>
        <source> — idle</source>
        <translation> — inutilisé</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>RouteStudio did not close normally. Unsaved changes to “%1” from %2 were kept.</source>
        <translation>RouteStudio ne s’est pas fermé normalement. Les modifications non enregistrées de «&#xa0;%1&#xa0;» du %2 ont été conservées.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Restore them? Discarding deletes them for good.</source>
        <translation>Les restaurer&#xa0;? Les abandonner les supprime définitivement.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>The kept changes could not be read:
%1</source>
        <translation>Les modifications conservées n’ont pas pu être lues&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>StateColors</name>
    <message>
        <source>Up</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>ThresholdsEditor</name>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source> probes</source>
        <translation> sondes</translation>
    </message>
    <message>
        <source> ms</source>
        <translation>&#xa0;ms</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Probe every</source>
        <translation>Sonder toutes les</translation>
    </message>
    <message>
        <source>Rolling window</source>
        <translation>Fenêtre glissante</translation>
    </message>
    <message>
        <source>Degraded when mean RTT reaches</source>
        <translation>Dégradé quand le RTT moyen atteint</translation>
    </message>
    <message>
        <source>Degraded when loss reaches</source>
        <translation>Dégradé quand la perte atteint</translation>
    </message>
    <message>
        <source>Down when loss reaches</source>
        <translation>Hors service quand la perte atteint</translation>
    </message>
    <message>
        <source>Down after lost probes in a row</source>
        <translation>Hors service après sondes perdues consécutives</translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>PPP MTU for every tunnel; “automatic” computes it from the L2TP/IPsec overhead</source>
        <translation>MTU PPP de chaque tunnel&#xa0;; «&#xa0;automatique&#xa0;» la calcule à partir du surcoût L2TP/IPsec</translation>
    </message>
    <message>
        <source>Nothing selected. Click a site, link or profile on the canvas, or right-click the canvas to add one.</source>
        <translation>Rien n’est sélectionné. Cliquez sur un site, une liaison ou un profil dans le plan, ou faites un clic droit sur le plan pour en ajouter un.</translation>
    </message>
    <message>
        <source>Topology &amp;name:</source>
        <translation>&amp;Nom de la topologie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;MTU:</source>
        <translation>&amp;MTU&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <source>Topology canvas</source>
        <translation>Plan de la topologie</translation>
    </message>
</context>
<context>
    <name>TunnelCheckPanel</name>
    <message>
        <source>Check routes</source>
        <translation>Vérifier les routes</translation>
    </message>
    <message>
        <source>Re-apply missing routes</source>
        <translation>Réappliquer les routes manquantes</translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) to check on %1.</source>
        <translation>
            <numerusform>%n route à vérifier sur %1.</numerusform>
            <numerusform>%n routes à vérifier sur %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect a profile to check its routes.</source>
        <translation>Connectez un profil pour vérifier ses routes.</translation>
    </message>
    <message>
        <source>Re-applying failed: %1</source>
        <translation>La réapplication a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n route(s) point into %1.</source>
        <translation>
            <numerusform>%n route pointe vers %1.</numerusform>
            <numerusform>Les %n routes pointent vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) no longer point into %1. Re-apply them?</source>
        <translation>
            <numerusform>%n route ne pointe plus vers %1. La réappliquer&#xa0;?</numerusform>
            <numerusform>%n routes ne pointent plus vers %1. Les réappliquer&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to an L2TP/IPsec VPN and install its routes</source>
        <translation>Se connecter à un VPN L2TP/IPsec et installer ses routes</translation>
    </message>
    <message>
        <source>Secrets file to read.</source>
        <translation>Fichier de secrets à lire.</translation>
    </message>
    <message>
        <source>Profile id to select.</source>
        <translation>Identifiant du profil à sélectionner.</translation>
    </message>
    <message>
        <source>User name to select.</source>
        <translation>Nom d’utilisateur à sélectionner.</translation>
    </message>
    <message>
        <source>Open, check, quit.</source>
        <translation>Ouvrir, vérifier, quitter.</translation>
    </message>
    <message>
        <source>No profile “%1” with user “%2”.</source>
        <translation>Aucun profil «&#xa0;%1&#xa0;» avec l’utilisateur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>L2TP/IPsec VPN topology editor</source>
        <translation>Éditeur de topologies VPN L2TP/IPsec</translation>
    </message>
    <message>
        <source>Open the window, check it, and quit.</source>
        <translation>Ouvrir la fenêtre, la vérifier et quitter.</translation>
    </message>
    <message>
        <source>Topology to open.</source>
        <translation>Topologie à ouvrir.</translation>
    </message>
    <message>
        <source>Profile bundle to import (user-….tar.gz, .zip), or a topology file (.json) to open.</source>
        <translation>Bundle de profil à importer (user-….tar.gz, .zip) ou fichier de topologie (.json) à ouvrir.</translation>
    </message>
    <message>
        <source>Topology not opened: %1</source>
        <translation>Topologie non ouverte : %1</translation>
    </message>
    <message>
        <source>Secrets not opened: %1</source>
        <translation>Secrets non ouverts : %1</translation>
    </message>
</context>
</TS>
