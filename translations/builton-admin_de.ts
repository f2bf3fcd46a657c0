<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>A desktop client for the support staff of shops built on the BuiltOn commerce API.</source>
        <translation>Ein Desktop-Client für den Kundensupport von Shops, die auf der BuiltOn-Commerce-API aufbauen.</translation>
    </message>
    <message>
        <source>%1 (GNU General Public License, version 3 or later)</source>
        <translation>%1 (GNU General Public License, Version 3 oder neuer)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>wird verbunden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
</context>
<context>
    <name>AccessRole</name>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>Address</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <source>A&amp;lias:</source>
        <translation>Be&amp;zeichnung:</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>&amp;Zip code:</source>
        <translation>P&amp;LZ:</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Sta&amp;te:</source>
        <translation>B&amp;undesland:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <source>Billing alias</source>
        <translation>Bezeichnung der Rechnungsadresse</translation>
    </message>
    <message>
        <source>Billing street</source>
        <translation>Rechnungsadresse, Straße</translation>
    </message>
    <message>
        <source>Billing zip code</source>
        <translation>Rechnungsadresse, PLZ</translation>
    </message>
    <message>
        <source>Billing city</source>
        <translation>Rechnungsadresse, Ort</translation>
    </message>
    <message>
        <source>Billing state</source>
        <translation>Rechnungsadresse, Bundesland</translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation>Rechnungsadresse, Land</translation>
    </message>
</context>
<context>
    <name>AddressesEditor</name>
    <message>
        <source>A&amp;dd Address</source>
        <translation>Adresse &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Insert adds an address, Delete removes the selected one, Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Einfg fügt eine Adresse hinzu, Entf entfernt die ausgewählte, Strg+Nach-oben und Strg+Nach-unten verschieben sie.</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Adresse entfernen</translation>
    </message>
    <message>
        <source>Move address up</source>
        <translation>Adresse nach oben verschieben</translation>
    </message>
    <message>
        <source>Move address down</source>
        <translation>Adresse nach unten verschieben</translation>
    </message>
    <message>
        <source>Move the selected address up (Ctrl+Up in the list)</source>
        <translation>Ausgewählte Adresse nach oben verschieben (Strg+Nach-oben in der Liste)</translation>
    </message>
    <message>
        <source>Move the selected address down (Ctrl+Down in the list)</source>
        <translation>Ausgewählte Adresse nach unten verschieben (Strg+Nach-unten in der Liste)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>This user has no addresses yet.</source>
        <translation>Dieser Benutzer hat noch keine Adressen.</translation>
    </message>
    <message>
        <source>Selected address</source>
        <translation>Ausgewählte Adresse</translation>
    </message>
    <message>
        <source>(new address)</source>
        <translation>(neue Adresse)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Geändert, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Position: %1, %2 (latitude, longitude)</source>
        <translation>Position: %1, %2 (Breitengrad, Längengrad)</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>No valid server address (https://host) is set.</source>
        <translation>Es ist keine gültige Serveradresse (https://host) angegeben.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The API key or token contains spaces or characters that cannot be sent.</source>
        <translation>Der API-Schlüssel oder das Token enthält Leerzeichen oder Zeichen, die nicht gesendet werden können.</translation>
    </message>
    <message>
        <source>The request has no valid path.</source>
        <translation>Die Anfrage hat keinen gültigen Pfad.</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>no HTTP answer arrived</source>
        <translation>es kam keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>an unexpected redirect</source>
        <translation>eine unerwartete Weiterleitung</translation>
    </message>
    <message>
        <source>it is not a count</source>
        <translation>es ist keine Anzahl</translation>
    </message>
    <message>
        <source>it is not JSON but “%1” (a login page of a network or proxy?)</source>
        <translation>es ist kein JSON, sondern „%1“ (eine Anmeldeseite eines Netzwerks oder Proxys?)</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1 (%2)</source>
        <translation>ungültiges JSON bei Byte %1 (%2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>JSON-Array erwartet</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No user id was given.</source>
        <translation>Es wurde keine Benutzer-ID angegeben.</translation>
    </message>
    <message>
        <source>No order id was given.</source>
        <translation>Es wurde keine Bestell-ID angegeben.</translation>
    </message>
    <message>
        <source>Only the orders of every customer can be searched.</source>
        <translation>Nur die Bestellungen aller Kunden können durchsucht werden.</translation>
    </message>
    <message>
        <source>Only the subscriptions of every customer can be searched.</source>
        <translation>Nur die Abonnements aller Kunden können durchsucht werden.</translation>
    </message>
    <message>
        <source>No subscription id was given.</source>
        <translation>Es wurde keine Abonnement-ID angegeben.</translation>
    </message>
    <message>
        <source>Only the payments of every customer can be searched.</source>
        <translation>Nur die Zahlungen aller Kunden können durchsucht werden.</translation>
    </message>
    <message>
        <source>No order or subscription id was given.</source>
        <translation>Es wurde keine Bestell- oder Abonnement-ID angegeben.</translation>
    </message>
    <message>
        <source>No payment id was given.</source>
        <translation>Es wurde keine Zahlungs-ID angegeben.</translation>
    </message>
    <message>
        <source>No plan id was given.</source>
        <translation>Es wurde keine Tarif-ID angegeben.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
    <message>
        <source>The server said about “%1”: “%2”</source>
        <translation>Der Server meldete zu „%1“: „%2“</translation>
    </message>
    <message>
        <source>The problem is with “%1”.</source>
        <translation>Das Problem betrifft „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request could not be made. Nothing was sent.</source>
        <translation>Die Anfrage konnte nicht erstellt werden. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The request could not be made: %1 Nothing was sent.</source>
        <translation>Die Anfrage konnte nicht erstellt werden: %1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The address of %1 does not start with https. Connections to a server other than this computer must be encrypted, so nothing was sent.</source>
        <translation>Die Adresse von %1 beginnt nicht mit https. Verbindungen zu einem anderen Server als diesem Computer müssen verschlüsselt sein, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection. Check the address and port, and that the server is running.</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt. Prüfen Sie Adresse und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address and your network connection.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Check your network connection and try again.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established, so nothing was sent.</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established (%2), so nothing was sent.</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden (%2), daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off before it was complete. Try again.</source>
        <translation>Die Antwort von %1 brach ab, bevor sie vollständig war. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another server. It was not followed, so your credentials were not sent there.</source>
        <translation>%1 hat die Anfrage an einen anderen Server weitergeleitet. Der Weiterleitung wurde nicht gefolgt, Ihre Zugangsdaten wurden also nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another server (%2). It was not followed, so your credentials were not sent there.</source>
        <translation>%1 hat die Anfrage an einen anderen Server weitergeleitet (%2). Der Weiterleitung wurde nicht gefolgt, Ihre Zugangsdaten wurden also nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>%1 redirected the request too many times. Check the server address.</source>
        <translation>%1 hat die Anfrage zu oft weitergeleitet. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than allowed and was not read.</source>
        <translation>Die Antwort von %1 ist größer als erlaubt und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the limit of %2 and was not read.</source>
        <translation>Die Antwort von %1 überschreitet die Grenze von %2 und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The server %1 had a problem (HTTP %2).</source>
        <translation>Beim Server %1 ist ein Problem aufgetreten (HTTP %2).</translation>
    </message>
    <message>
        <source>The server %1 refused the request (HTTP %2).</source>
        <translation>Der Server %1 hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>The server %1 no longer accepts the API key or token (HTTP 401). Sign in again or update the connection&apos;s credentials.</source>
        <translation>Der Server %1 akzeptiert den API-Schlüssel oder das Token nicht mehr (HTTP 401). Melden Sie sich erneut an oder aktualisieren Sie die Zugangsdaten der Verbindung.</translation>
    </message>
    <message>
        <source>The current credentials are not allowed to do this on %1 (HTTP 403). A staff service-account key is needed.</source>
        <translation>Die aktuellen Zugangsdaten dürfen das auf %1 nicht (HTTP 403). Dafür wird ein Dienstkonto-Schlüssel für Mitarbeiter benötigt.</translation>
    </message>
    <message>
        <source>The record was not found on %1 (HTTP 404). It may have been deleted or belong to another company.</source>
        <translation>Der Datensatz wurde auf %1 nicht gefunden (HTTP 404). Er wurde vielleicht gelöscht oder gehört zu einer anderen Firma.</translation>
    </message>
    <message>
        <source>Someone changed this record on %1 after you loaded it (HTTP 412). Nothing was saved; reload it to see the changes.</source>
        <translation>Jemand hat diesen Datensatz auf %1 geändert, nachdem Sie ihn geladen haben (HTTP 412). Es wurde nichts gespeichert; laden Sie ihn neu, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>The server %1 is receiving too many requests (HTTP 429). %2</source>
        <translation>Der Server %1 erhält zu viele Anfragen (HTTP 429). %2</translation>
    </message>
    <message>
        <source>The server %1 is receiving too many requests (HTTP 429). Wait a moment and try again.</source>
        <translation>Der Server %1 erhält zu viele Anfragen (HTTP 429). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read.</source>
        <translation>Die Antwort von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read: %2</source>
        <translation>Die Antwort von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read: field “%2” is not valid.</source>
        <translation>Die Antwort von %1 konnte nicht gelesen werden: Das Feld „%2“ ist ungültig.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read: field “%2”: %3</source>
        <translation>Die Antwort von %1 konnte nicht gelesen werden: Feld „%2“: %3</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request was replaced by a newer one.</source>
        <translation>Die Anfrage wurde durch eine neuere ersetzt.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>BulkTagDialog</name>
    <message>
        <source>Add Tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Add a tag to the %Ln selected user(s).</source>
        <translation>
            <numerusform>%Ln ausgewähltem Benutzer ein Tag hinzufügen.</numerusform>
            <numerusform>%Ln ausgewählten Benutzern ein Tag hinzufügen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove a tag from the %Ln selected user(s).</source>
        <translation>
            <numerusform>Ein Tag von %Ln ausgewähltem Benutzer entfernen.</numerusform>
            <numerusform>Ein Tag von %Ln ausgewählten Benutzern entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>For example vip</source>
        <translation>Zum Beispiel vip</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Results per user</source>
        <translation>Ergebnisse je Benutzer</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Add Tag</source>
        <translation>Tag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>Tag &amp;entfernen</translation>
    </message>
    <message>
        <source>Add tag to the selected users</source>
        <translation>Tag den ausgewählten Benutzern hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag from the selected users</source>
        <translation>Tag von den ausgewählten Benutzern entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Copy Results</source>
        <translation>Ergebnisse &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>Ergebnisse kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>Adds %1 to %2 of %Ln selected user(s)</source>
        <translation>
            <numerusform>Fügt %1 bei %2 von %Ln ausgewähltem Benutzer hinzu</numerusform>
            <numerusform>Fügt %1 bei %2 von %Ln ausgewählten Benutzern hinzu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln already have it)</source>
        <translation>
            <numerusform>(%Ln hat es bereits)</numerusform>
            <numerusform>(%Ln haben es bereits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %1 from %2 of %Ln selected user(s)</source>
        <translation>
            <numerusform>Entfernt %1 bei %2 von %Ln ausgewähltem Benutzer</numerusform>
            <numerusform>Entfernt %1 bei %2 von %Ln ausgewählten Benutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln do not have it)</source>
        <translation>
            <numerusform>(%Ln hat es nicht)</numerusform>
            <numerusform>(%Ln haben es nicht)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message numerus="yes">
        <source>Added to %Ln user(s)</source>
        <translation>
            <numerusform>Bei %Ln Benutzer hinzugefügt</numerusform>
            <numerusform>Bei %Ln Benutzern hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from %Ln user(s)</source>
        <translation>
            <numerusform>Bei %Ln Benutzer entfernt</numerusform>
            <numerusform>Bei %Ln Benutzern entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln canceled</source>
        <translation>
            <numerusform>%Ln abgebrochen</numerusform>
            <numerusform>%Ln abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected user(s) (%Ln)</source>
        <translation>
            <numerusform>Der &amp;ausgewählte Benutzer (%Ln)</numerusform>
            <numerusform>Die &amp;ausgewählten Benutzer (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected users</source>
        <translation>Die ausgewählten Benutzer</translation>
    </message>
    <message>
        <source>All matching users</source>
        <translation>Alle passenden Benutzer</translation>
    </message>
    <message>
        <source>The matching users could not be read: %1</source>
        <translation>Die passenden Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the matching users…</source>
        <translation>Die passenden Benutzer werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>Adds %1 to %2 of %Ln matching user(s)</source>
        <translation>
            <numerusform>Fügt %1 bei %2 von %Ln passendem Benutzer hinzu</numerusform>
            <numerusform>Fügt %1 bei %2 von %Ln passenden Benutzern hinzu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %1 from %2 of %Ln matching user(s)</source>
        <translation>
            <numerusform>Entfernt %1 bei %2 von %Ln passendem Benutzer</numerusform>
            <numerusform>Entfernt %1 bei %2 von %Ln passenden Benutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A&amp;ll %Ln matching user(s)</source>
        <translation>
            <numerusform>A&amp;lle passenden (%Ln Benutzer)</numerusform>
            <numerusform>A&amp;lle passenden (%Ln Benutzer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add a tag to all %Ln matching user(s).</source>
        <translation>
            <numerusform>%Ln passendem Benutzer ein Tag hinzufügen.</numerusform>
            <numerusform>Allen %Ln passenden Benutzern ein Tag hinzufügen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove a tag from all %Ln matching user(s).</source>
        <translation>
            <numerusform>Ein Tag von %Ln passendem Benutzer entfernen.</numerusform>
            <numerusform>Ein Tag von allen %Ln passenden Benutzern entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change journal could not be written: %1</source>
        <translation>Das Änderungsprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>BulkTagJob</name>
    <message>
        <source>Enter a tag.</source>
        <translation>Geben Sie ein Tag ein.</translation>
    </message>
    <message>
        <source>A tag cannot contain a comma.</source>
        <translation>Ein Tag darf kein Komma enthalten.</translation>
    </message>
    <message>
        <source>A tag cannot start or end with a space.</source>
        <translation>Ein Tag darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>Already had the tag.</source>
        <translation>Hatte das Tag bereits.</translation>
    </message>
    <message>
        <source>Did not have the tag.</source>
        <translation>Hatte das Tag nicht.</translation>
    </message>
    <message>
        <source>Canceled before it was changed.</source>
        <translation>Vor der Änderung abgebrochen.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Diesen Benutzer gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This user was deleted after being selected.</source>
        <translation>Dieser Benutzer wurde nach der Auswahl gelöscht.</translation>
    </message>
    <message>
        <source>Already had the tag (added elsewhere meanwhile).</source>
        <translation>Hatte das Tag bereits (inzwischen anderswo hinzugefügt).</translation>
    </message>
    <message>
        <source>Did not have the tag (removed elsewhere meanwhile).</source>
        <translation>Hatte das Tag nicht (inzwischen anderswo entfernt).</translation>
    </message>
    <message>
        <source>Interrupted while writing; the tag may or may not have been changed.</source>
        <translation>Beim Schreiben unterbrochen; das Tag wurde möglicherweise geändert.</translation>
    </message>
    <message numerus="yes">
        <source>The user kept changing while the tag was written (tried %n time(s)); nothing was overwritten.</source>
        <translation>
            <numerusform>Der Benutzer wurde ständig geändert, während das Tag geschrieben wurde (%n Versuch); nichts wurde überschrieben.</numerusform>
            <numerusform>Der Benutzer wurde ständig geändert, während das Tag geschrieben wurde (%n Versuche); nichts wurde überschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: the run was canceled.</source>
        <translation>Nicht geändert: Der Vorgang wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Mastercard</source>
        <translation>Mastercard</translation>
    </message>
    <message>
        <source>American Express</source>
        <translation>American Express</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Discover</translation>
    </message>
    <message>
        <source>Diners Club</source>
        <translation>Diners Club</translation>
    </message>
    <message>
        <source>JCB</source>
        <translation>JCB</translation>
    </message>
    <message>
        <source>UnionPay</source>
        <translation>UnionPay</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <extracomment>Card label: brand, hidden digits, last four digits (&quot;Visa •••• 4242&quot;)</extracomment>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>Cannot write the change journal %1: %2</source>
        <translation>Das Änderungsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Human id</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ChangeJournalDialog</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>Change Journal</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Change journal</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Every change BuiltOn Admin saved on this computer: when, by whom, on which server, and each field&apos;s value before and after.</source>
        <translation>Jede Änderung, die BuiltOn Admin auf diesem Computer gespeichert hat: wann, von wem, auf welchem Server und der Wert jedes Felds vorher und nachher.</translation>
    </message>
    <message>
        <source>Only this user</source>
        <translation>Nur dieser Benutzer</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Change Journal</source>
        <translation>Änderungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>change-journal.csv</source>
        <translation>aenderungsprotokoll.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Only %1</source>
        <translation>&amp;Nur %1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Nach Benutzer filtern</translation>
    </message>
    <message>
        <source>Filter by user: name, customer ID or id</source>
        <translation>Nach Benutzer filtern: Name, Kundennummer oder ID</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln Änderung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Änderungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung</numerusform>
            <numerusform>%Ln Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln change(s)</source>
        <translation>
            <numerusform>%1 von %Ln Änderung</numerusform>
            <numerusform>%1 von %Ln Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No change was made to a user matching “%1”.</source>
        <translation>Keine Änderung an einem Benutzer, der zu „%1“ passt.</translation>
    </message>
    <message>
        <source>No change to this user was saved on this computer.</source>
        <translation>Auf diesem Computer wurde keine Änderung an diesem Benutzer gespeichert.</translation>
    </message>
    <message>
        <source>No change was saved on this computer yet.</source>
        <translation>Auf diesem Computer wurde noch keine Änderung gespeichert.</translation>
    </message>
</context>
<context>
    <name>ChangeJournalModel</name>
    <message>
        <source>%1 (%2, id %3)</source>
        <translation>%1 (%2, ID %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Lieferstatus</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Bestellung %1: %2</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Apply Choices and Save</source>
        <translation>Auswahl &amp;übernehmen und speichern</translation>
    </message>
    <message>
        <source>&amp;Keep All Mine</source>
        <translation>Alle &amp;meinen behalten</translation>
    </message>
    <message>
        <source>&amp;Take All Theirs</source>
        <translation>Alle &amp;fremden übernehmen</translation>
    </message>
    <message>
        <source>&amp;Reload Everything</source>
        <translation>Alles neu &amp;laden</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Conflicting changes</source>
        <translation>Widersprüchliche Änderungen</translation>
    </message>
    <message>
        <source>While you were editing %1, someone else saved different values for the fields below. Nothing has been written yet. Choose for each field which value to keep; your other changes are kept, and changes only the other person made are already taken.</source>
        <translation>Während Sie %1 bearbeitet haben, hat jemand anderes andere Werte für die folgenden Felder gespeichert. Es wurde noch nichts geschrieben. Wählen Sie für jedes Feld, welcher Wert bleiben soll; Ihre übrigen Änderungen bleiben erhalten, und Änderungen, die nur die andere Person gemacht hat, sind bereits übernommen.</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>Widersprüchliche Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>You started from</source>
        <translation>Ihr Ausgangswert</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Value to keep for %1</source>
        <translation>Zu behaltender Wert für %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meiner</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Fremder</translation>
    </message>
    <message>
        <source>Apply choices and save</source>
        <translation>Auswahl übernehmen und speichern</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Alle meinen behalten</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Alle fremden übernehmen</translation>
    </message>
    <message>
        <source>Reload everything</source>
        <translation>Alles neu laden</translation>
    </message>
    <message>
        <source>Drop all your unsaved changes to this user and show what is on the server now.</source>
        <translation>Alle ungespeicherten Änderungen an diesem Benutzer verwerfen und den aktuellen Stand auf dem Server zeigen.</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Will be saved</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Remove the connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the API key and token</source>
        <translation>API-Schlüssel und Token anzeigen</translation>
    </message>
    <message>
        <source>Keep the API key and token in memory for this session only</source>
        <translation>API-Schlüssel und Token nur für diese Sitzung im Speicher halten</translation>
    </message>
    <message>
        <source>Keep credentials for this session only</source>
        <translation>Zugangsdaten nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Nothing is written to disk; BuiltOn Admin forgets them when it quits.</source>
        <translation>Es wird nichts auf die Festplatte geschrieben; BuiltOn Admin vergisst sie beim Beenden.</translation>
    </message>
    <message>
        <source>Credentials are kept in memory for this session only. Save to keep the ones entered, then connect.</source>
        <translation>Zugangsdaten werden nur für diese Sitzung im Speicher gehalten. Speichern Sie, um die eingegebenen zu behalten, und verbinden Sie dann.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Token belongs to:</source>
        <translation>Token gehört zu:</translation>
    </message>
    <message>
        <source>Token expires:</source>
        <translation>Token läuft ab:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Save the connection</source>
        <translation>Verbindung speichern</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect with this connection</source>
        <translation>Mit dieser Verbindung verbinden</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in Verwendung)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>the new connection</source>
        <translation>die neue Verbindung</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Ihre Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Connection “%1”</source>
        <translation>Verbindung „%1“</translation>
    </message>
    <message>
        <source>Reading from the keyring…</source>
        <translation>Schlüsselbund wird gelesen …</translation>
    </message>
    <message>
        <source>You can still connect: enter the API key and token and tick “%1”; they are then kept in memory and forgotten when BuiltOn Admin quits.</source>
        <translation>Sie können trotzdem verbinden: Geben Sie API-Schlüssel und Token ein und aktivieren Sie „%1“; sie werden dann im Speicher gehalten und beim Beenden von BuiltOn Admin vergessen.</translation>
    </message>
    <message>
        <source>Enter both the API key and the token.</source>
        <translation>Geben Sie sowohl den API-Schlüssel als auch das Token ein.</translation>
    </message>
    <message>
        <source>Saved. Enter the API key and token again for the new address.</source>
        <translation>Gespeichert. Geben Sie API-Schlüssel und Token für die neue Adresse erneut ein.</translation>
    </message>
    <message>
        <source>Saved. No API key or token was entered, so the keyring was not changed.</source>
        <translation>Gespeichert. Es wurde weder API-Schlüssel noch Token eingegeben, daher blieb der Schlüsselbund unverändert.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saving the credentials…</source>
        <translation>Zugangsdaten werden gespeichert …</translation>
    </message>
    <message>
        <source>The credentials saved for the old address could not be removed: %1</source>
        <translation>Die für die alte Adresse gespeicherten Zugangsdaten konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Remove the PRODUCTION connection “%1”? Its API key and token are deleted from this computer.</source>
        <translation>Die PRODUKTIONS-Verbindung „%1“ entfernen? Ihr API-Schlüssel und Token werden von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its API key and token are deleted from this computer.</source>
        <translation>Die Verbindung „%1“ entfernen? Ihr API-Schlüssel und Token werden von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Removing the credentials…</source>
        <translation>Zugangsdaten werden entfernt …</translation>
    </message>
    <message>
        <source>%1

Remove the connection “%2” anyway? Its credentials may stay in the keyring.</source>
        <translation>%1

Die Verbindung „%2“ trotzdem entfernen? Ihre Zugangsdaten bleiben möglicherweise im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Enter the API key and the token to test the connection.</source>
        <translation>Geben Sie API-Schlüssel und Token ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Connected. These credentials reach the whole company (%1 users).</source>
        <translation>Verbunden. Diese Zugangsdaten erreichen die ganze Firma (%1 Benutzer).</translation>
    </message>
    <message>
        <source>Connected. These credentials reach the whole company.</source>
        <translation>Verbunden. Diese Zugangsdaten erreichen die ganze Firma.</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>ein Kunde</translation>
    </message>
    <message>
        <source>Connected as %1. This is a customer’s token: it reaches only that customer’s own record.</source>
        <translation>Verbunden als %1. Dies ist das Token eines Kunden: Es erreicht nur den eigenen Datensatz dieses Kunden.</translation>
    </message>
    <message>
        <source>Not stated in the token</source>
        <translation>Nicht im Token angegeben</translation>
    </message>
    <message>
        <source>This token expired on %1. Ask for a new one; the server will refuse this one.</source>
        <translation>Dieses Token ist am %1 abgelaufen. Fordern Sie ein neues an; der Server wird dieses ablehnen.</translation>
    </message>
    <message>
        <source>This token expires on %1, less than a week from now. Ask for a new one before then.</source>
        <translation>Dieses Token läuft am %1 ab, in weniger als einer Woche. Fordern Sie vorher ein neues an.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>The connection name is too long (at most 100 characters).</source>
        <translation>Der Verbindungsname ist zu lang (höchstens 100 Zeichen).</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://api.example.com.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel https://api.example.com.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for this computer).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (oder http:// für diesen Computer).</translation>
    </message>
    <message>
        <source>The server address has no host name.</source>
        <translation>Die Serveradresse hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the server address; enter the API key and token separately, they are kept in the system keyring.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der Serveradresse; geben Sie API-Schlüssel und Token separat ein, sie werden im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Remove the part after ? or # from the server address.</source>
        <translation>Entfernen Sie den Teil nach ? oder # aus der Serveradresse.</translation>
    </message>
    <message>
        <source>Use https:// for %1: plain http is only allowed for this computer.</source>
        <translation>Verwenden Sie https:// für %1: Unverschlüsseltes http ist nur für diesen Computer erlaubt.</translation>
    </message>
    <message>
        <source>The colour must look like #1a2b3c.</source>
        <translation>Die Farbe muss wie #1a2b3c aussehen.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusView</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Verbindungen …</translation>
    </message>
    <message>
        <source>Retry connecting</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Verbindungen verwalten</translation>
    </message>
</context>
<context>
    <name>CredentialResult</name>
    <message>
        <source>Using the credentials of “%1” kept for this session only.</source>
        <translation>Die nur für diese Sitzung gehaltenen Zugangsdaten von „%1“ werden verwendet.</translation>
    </message>
    <message>
        <source>The credentials of “%1” were read from the system keyring.</source>
        <translation>Die Zugangsdaten von „%1“ wurden aus dem Schlüsselbund des Systems gelesen.</translation>
    </message>
    <message>
        <source>The credentials of “%1” are kept for this session only; they are forgotten when BuiltOn Admin closes.</source>
        <translation>Die Zugangsdaten von „%1“ gelten nur für diese Sitzung; sie werden beim Schließen von BuiltOn Admin vergessen.</translation>
    </message>
    <message>
        <source>The credentials of “%1” are saved in the system keyring.</source>
        <translation>Die Zugangsdaten von „%1“ sind im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The credentials of “%1” were forgotten.</source>
        <translation>Die Zugangsdaten von „%1“ wurden vergessen.</translation>
    </message>
    <message>
        <source>The credentials of “%1” were removed from the system keyring, and it was checked that they are gone.</source>
        <translation>Die Zugangsdaten von „%1“ wurden aus dem Schlüsselbund des Systems entfernt, und es wurde geprüft, dass sie weg sind.</translation>
    </message>
    <message>
        <source>No credentials are saved for “%1”. Enter its API key and token to connect.</source>
        <translation>Für „%1“ sind keine Zugangsdaten gespeichert. Geben Sie API-Schlüssel und Token ein, um zu verbinden.</translation>
    </message>
    <message>
        <source>The system keyring is locked, so the credentials of “%1” cannot be read. Unlock the keyring (for example in Passwords and Keys, or by logging in again) and try again. Nothing was changed.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher können die Zugangsdaten von „%1“ nicht gelesen werden. Entsperren Sie den Schlüsselbund (zum Beispiel in „Passwörter und Verschlüsselung“ oder durch erneute Anmeldung) und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The system keyring is locked, so the credentials of “%1” were not saved. Unlock the keyring and try again, or use the credentials for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher wurden die Zugangsdaten von „%1“ nicht gespeichert. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder verwenden Sie die Zugangsdaten nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The system keyring is locked, so BuiltOn Admin cannot remove the credentials of “%1” or check that they are gone. Unlock the keyring and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher kann BuiltOn Admin die Zugangsdaten von „%1“ weder entfernen noch prüfen, ob sie weg sind. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keyring service is running, so BuiltOn Admin cannot read the saved credentials of “%1”. Install or unlock gnome-keyring (or KWallet) and restart BuiltOn Admin, or enter the credentials and use them for this session only.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst, daher kann BuiltOn Admin die gespeicherten Zugangsdaten von „%1“ nicht lesen. Installieren oder entsperren Sie gnome-keyring (oder KWallet) und starten Sie BuiltOn Admin neu, oder geben Sie die Zugangsdaten ein und verwenden Sie sie nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No keyring service is running, so BuiltOn Admin cannot store the credentials of “%1” securely. Install or unlock gnome-keyring (or KWallet), or use the credentials for this session only.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst, daher kann BuiltOn Admin die Zugangsdaten von „%1“ nicht sicher speichern. Installieren oder entsperren Sie gnome-keyring (oder KWallet), oder verwenden Sie die Zugangsdaten nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No keyring service is running, so BuiltOn Admin cannot remove the credentials of “%1”; they may still be stored. Start gnome-keyring (or KWallet) and try again.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst, daher kann BuiltOn Admin die Zugangsdaten von „%1“ nicht entfernen; sie sind möglicherweise noch gespeichert. Starten Sie gnome-keyring (oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring could not delete the credentials of “%1”; they may still be stored. Try again, or delete them in your keyring manager.</source>
        <translation>Der Schlüsselbund des Systems konnte die Zugangsdaten von „%1“ nicht löschen; sie sind möglicherweise noch gespeichert. Versuchen Sie es erneut oder löschen Sie sie in Ihrer Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>The credentials of “%1” are still in the system keyring after removing them. Delete them in your keyring manager.</source>
        <translation>Die Zugangsdaten von „%1“ sind nach dem Entfernen noch im Schlüsselbund des Systems. Löschen Sie sie in Ihrer Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>The system keyring did not keep the credentials of “%1”: reading them back gave a different answer. Check that your keyring can store passwords, or use the credentials for this session only.</source>
        <translation>Der Schlüsselbund des Systems hat die Zugangsdaten von „%1“ nicht behalten: Das Zurücklesen ergab etwas anderes. Prüfen Sie, ob Ihr Schlüsselbund Passwörter speichern kann, oder verwenden Sie die Zugangsdaten nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The credentials saved for “%1” are not in a form BuiltOn Admin understands. They were left as they are; enter the API key and token again to replace them.</source>
        <translation>Die für „%1“ gespeicherten Zugangsdaten liegen in einer Form vor, die BuiltOn Admin nicht versteht. Sie wurden belassen; geben Sie API-Schlüssel und Token erneut ein, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The connection “%1” has no valid server address, so its credentials cannot be looked up. Edit the connection first.</source>
        <translation>Die Verbindung „%1“ hat keine gültige Serveradresse, daher können ihre Zugangsdaten nicht nachgeschlagen werden. Bearbeiten Sie zuerst die Verbindung.</translation>
    </message>
    <message>
        <source>Enter both the API key and the token of “%1”.</source>
        <translation>Geben Sie sowohl den API-Schlüssel als auch das Token von „%1“ ein.</translation>
    </message>
    <message>
        <source>BuiltOn Admin refused to use the keyring for “%1” because credentials could have been stored unencrypted. Please report this problem.</source>
        <translation>BuiltOn Admin hat die Verwendung des Schlüsselbunds für „%1“ verweigert, weil Zugangsdaten unverschlüsselt gespeichert worden sein könnten. Bitte melden Sie dieses Problem.</translation>
    </message>
    <message>
        <source>The system keyring reported a problem with the credentials of “%1”. Nothing else was changed; try again, or see the details.</source>
        <translation>Der Schlüsselbund des Systems hat ein Problem mit den Zugangsdaten von „%1“ gemeldet. Sonst wurde nichts geändert; versuchen Sie es erneut oder sehen Sie sich die Details an.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No date limit</source>
        <translation>Keine Datumsgrenze</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>From %1 to %2, both included</source>
        <translation>Von %1 bis %2, beide eingeschlossen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Lieferzeit</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft names no connection or no valid user.</source>
        <translation>Der Entwurf nennt keine Verbindung oder keinen gültigen Benutzer.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the draft %1: %2</source>
        <translation>Der Entwurf %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen …</translation>
    </message>
    <message>
        <source>Unsaved Changes Found</source>
        <translation>Ungespeicherte Änderungen gefunden</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Ungespeicherte Änderungen gefunden</translation>
    </message>
    <message>
        <source>BuiltOn Admin ended before these changes were saved. Restore them to review and save them; changes made on the server since are checked before anything is written.</source>
        <translation>BuiltOn Admin wurde beendet, bevor diese Änderungen gespeichert wurden. Stellen Sie sie wieder her, um sie zu prüfen und zu speichern; seitdem auf dem Server vorgenommene Änderungen werden vor dem Schreiben geprüft.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Discard Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved changes to %n user(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Die ungespeicherten Änderungen an %n Benutzer verwerfen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die ungespeicherten Änderungen an %n Benutzern verwerfen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnvironmentBand</name>
    <message>
        <source>PRODUCTION: %1 (%2). Changes here affect real customers.</source>
        <translation>PRODUKTION: %1 (%2). Änderungen hier betreffen echte Kunden.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ExtendedJson</name>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>Ganzzahl erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected an object id</source>
        <translation>Objekt-ID erwartet</translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation>Datum erwartet</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>JSON-Array erwartet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message>
        <source>Go To</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Go to an order or a customer</source>
        <translation>Zu einer Bestellung oder einem Kunden gehen</translation>
    </message>
    <message>
        <source>Order number, customer ID, id, email or phone</source>
        <translation>Bestellnummer, Kundennummer, ID, E-Mail oder Telefon</translation>
    </message>
    <message>
        <source>&amp;Go to:</source>
        <translation>&amp;Gehe zu:</translation>
    </message>
    <message>
        <source>Matching customers and orders</source>
        <translation>Passende Kunden und Bestellungen</translation>
    </message>
    <message>
        <source>Enter looks it up.</source>
        <translation>Eingabe sucht danach.</translation>
    </message>
    <message>
        <source>Looking up “%1”…</source>
        <translation>Suche nach „%1“…</translation>
    </message>
    <message>
        <source>Could not look it up: %1</source>
        <translation>Konnte nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es): Up and Down choose, Enter opens.</source>
        <translation>
            <numerusform>%Ln Treffer: Auf und Ab wählen, Eingabe öffnet.</numerusform>
            <numerusform>%Ln Treffer: Auf und Ab wählen, Eingabe öffnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoToModel</name>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Customer %1, %2</source>
        <translation>Kunde %1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>No screenshot: %1</source>
        <translation>Kein Bildschirmfoto: %1</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Demo-Shop</translation>
    </message>
    <message>
        <source>Demo shop, as a customer</source>
        <translation>Demo-Shop, als Kunde</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Restart It</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Demo-Server wird gestartet …</translation>
    </message>
    <message>
        <source>The first start creates the demo shop&apos;s data, which can take a minute. Later starts reuse it.</source>
        <translation>Beim ersten Start werden die Daten des Demo-Shops erzeugt, was eine Minute dauern kann. Spätere Starts verwenden sie wieder.</translation>
    </message>
    <message>
        <source>There is no connection called “%1”: no connections are stored yet.</source>
        <translation>Es gibt keine Verbindung namens „%1“: Es sind noch keine Verbindungen gespeichert.</translation>
    </message>
    <message>
        <source>There is no connection called “%1”. Stored connections: %2.</source>
        <translation>Es gibt keine Verbindung namens „%1“. Gespeicherte Verbindungen: %2.</translation>
    </message>
    <message>
        <source>No connection is chosen yet, so there is nothing to show. Use --demo, --server or --profile.</source>
        <translation>Es ist noch keine Verbindung gewählt, daher gibt es nichts anzuzeigen. Verwenden Sie --demo, --server oder --profile.</translation>
    </message>
    <message>
        <source>No screenshot: the user “%1” did not load within %2 s.</source>
        <translation>Kein Bildschirmfoto: Der Benutzer „%1“ wurde nicht innerhalb von %2 s geladen.</translation>
    </message>
    <message>
        <source>The page “%1” (--show) is not available to these credentials.</source>
        <translation>Die Seite „%1“ (--show) ist mit diesen Zugangsdaten nicht verfügbar.</translation>
    </message>
    <message>
        <source>--open-user needs staff credentials; these reach only their own account.</source>
        <translation>--open-user braucht Zugangsdaten für Mitarbeiter; diese erreichen nur das eigene Konto.</translation>
    </message>
    <message>
        <source>Cannot look up the user “%1”: %2</source>
        <translation>Der Benutzer „%1“ kann nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>There is no user with the human_id or _id “%1”.</source>
        <translation>Es gibt keinen Benutzer mit der human_id oder _id „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a user&apos;s _id.</source>
        <translation>„%1“ ist keine _id eines Benutzers.</translation>
    </message>
    <message>
        <source>No screenshot: cannot open the user “%1”: %2</source>
        <translation>Kein Bildschirmfoto: Der Benutzer „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ListExportJob</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ListTableView</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show the usual columns in their usual order and widths</source>
        <translation>Die üblichen Spalten in ihrer üblichen Reihenfolge und Breite zeigen</translation>
    </message>
</context>
<context>
    <name>LocalServerProcess</name>
    <message>
        <source>The local server (builton-server) was found neither next to BuiltOn Admin (%1) nor on PATH. Build or install it, then try again.</source>
        <translation>Der lokale Server (builton-server) wurde weder neben BuiltOn Admin (%1) noch im PATH gefunden. Erstellen oder installieren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the demo database.</source>
        <translation>Der Ordner %1 für die Demo-Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create a private temporary folder for the demo credentials: %1</source>
        <translation>Es kann kein privater temporärer Ordner für die Demo-Zugangsdaten angelegt werden: %1</translation>
    </message>
    <message>
        <source>The local server %1 could not be started: %2</source>
        <translation>Der lokale Server %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The local server printed something other than its ready line.</source>
        <translation>Der lokale Server hat etwas anderes als seine Bereit-Zeile ausgegeben.</translation>
    </message>
    <message>
        <source>The local server did not write its credentials: %1</source>
        <translation>Der lokale Server hat seine Zugangsdaten nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>The credentials file of the local server has no API key or service-account key.</source>
        <translation>Die Zugangsdatendatei des lokalen Servers enthält keinen API-Schlüssel und keinen Dienstkonto-Schlüssel.</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>er ist abgestürzt</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>The local server stopped (%1).</source>
        <translation>Der lokale Server wurde beendet (%1).</translation>
    </message>
    <message>
        <source>The local server stopped (%1): %2</source>
        <translation>Der lokale Server wurde beendet (%1): %2</translation>
    </message>
    <message>
        <source>The local server did not become ready within %1 seconds.</source>
        <translation>Der lokale Server war nicht innerhalb von %1 Sekunden bereit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Laufende Anfragen</translation>
    </message>
    <message>
        <source>connected, but the page showed no data</source>
        <translation>verbunden, aber die Seite zeigte keine Daten</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>No data arrived within the time allowed (%1 s): %2.</source>
        <translation>Innerhalb der erlaubten Zeit (%1 s) kamen keine Daten: %2.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen …</translation>
    </message>
    <message>
        <source>&amp;Switch To</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Erneut verbinden</translation>
    </message>
    <message>
        <source>Sign &amp;Out and Forget Credentials…</source>
        <translation>&amp;Abmelden und Zugangsdaten vergessen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Reload Page</source>
        <translation>Seite neu &amp;laden</translation>
    </message>
    <message>
        <source>Change &amp;Journal…</source>
        <translation>Änderungs&amp;protokoll …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About BuiltOn Admin</source>
        <translation>&amp;Über BuiltOn Admin</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Nichts anzuzeigen</translation>
    </message>
    <message>
        <source>These credentials reach no page of BuiltOn Admin.</source>
        <translation>Diese Zugangsdaten erreichen keine Seite von BuiltOn Admin.</translation>
    </message>
    <message>
        <source>The token of “%1” expired on %2, so the server no longer accepts it. Enter a new token to keep working.</source>
        <translation>Das Token von „%1“ ist am %2 abgelaufen, daher akzeptiert der Server es nicht mehr. Geben Sie ein neues Token ein, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>The server does not accept the credentials of “%1”. %2</source>
        <translation>Der Server akzeptiert die Zugangsdaten von „%1“ nicht. %2</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>Erneut anmelden …</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>You can enter the API key and token for this session only; they are then kept in memory and forgotten when BuiltOn Admin quits.</source>
        <translation>Sie können API-Schlüssel und Token nur für diese Sitzung eingeben; sie werden dann im Speicher gehalten und beim Beenden von BuiltOn Admin vergessen.</translation>
    </message>
    <message>
        <source>Enter Credentials…</source>
        <translation>Zugangsdaten eingeben …</translation>
    </message>
    <message>
        <source>The credentials of “%1” are no longer valid. %2</source>
        <translation>Die Zugangsdaten von „%1“ sind nicht mehr gültig. %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Requests in flight: %1</source>
        <translation>Laufende Anfragen: %1</translation>
    </message>
    <message>
        <source>Sign out of “%1”? Its credentials are only in memory and will be forgotten.</source>
        <translation>Von „%1“ abmelden? Die Zugangsdaten liegen nur im Speicher und werden vergessen.</translation>
    </message>
    <message>
        <source>Sign out of “%1” and remove its API key and token from this computer? You will need them again to connect.</source>
        <translation>Von „%1“ abmelden und API-Schlüssel und Token von diesem Computer entfernen? Zum Verbinden brauchen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Signed out of “%1”; its credentials were forgotten.</source>
        <translation>Von „%1“ abgemeldet; die Zugangsdaten wurden vergessen.</translation>
    </message>
    <message>
        <source>%1, this session only</source>
        <translation>%1, nur diese Sitzung</translation>
    </message>
    <message>
        <source>No connections yet</source>
        <translation>Noch keine Verbindungen</translation>
    </message>
    <message>
        <source>The token of “%1” expired on %2. Enter a new token to keep working.</source>
        <translation>Das Token von „%1“ ist am %2 abgelaufen. Geben Sie ein neues Token ein, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>The token of “%1” expires on %2, less than a week from now. Ask for a new one and enter it under Connections before then.</source>
        <translation>Das Token von „%1“ läuft am %2 ab, in weniger als einer Woche. Fordern Sie vorher ein neues an und geben Sie es unter Verbindungen ein.</translation>
    </message>
    <message>
        <source>Edit Connection…</source>
        <translation>Verbindung bearbeiten …</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 [PRODUCTION]</source>
        <translation>%1 [PRODUKTION]</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Welcome to BuiltOn Admin</source>
        <translation>Willkommen bei BuiltOn Admin</translation>
    </message>
    <message>
        <source>Add a connection to start: the address of a BuiltOn server, an API key and a token.</source>
        <translation>Fügen Sie zum Start eine Verbindung hinzu: die Adresse eines BuiltOn-Servers, einen API-Schlüssel und ein Token.</translation>
    </message>
    <message>
        <source>Choose a connection to work with.</source>
        <translation>Wählen Sie eine Verbindung zum Arbeiten.</translation>
    </message>
    <message>
        <source>Connecting to “%1”…</source>
        <translation>Verbindung zu „%1“ wird hergestellt …</translation>
    </message>
    <message>
        <source>Reading the credentials from the system keyring.</source>
        <translation>Zugangsdaten werden aus dem Schlüsselbund des Systems gelesen.</translation>
    </message>
    <message>
        <source>Asking %1 what these credentials may do.</source>
        <translation>%1 wird gefragt, was diese Zugangsdaten dürfen.</translation>
    </message>
    <message>
        <source>Could not connect to “%1”</source>
        <translation>Verbindung zu „%1“ nicht möglich</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Das Bildschirmfoto kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>The new language is used the next time BuiltOn Admin starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von BuiltOn Admin verwendet.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the list of sections on the left</source>
        <translation>Die Liste der Bereiche links ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Go &amp;To Order or Customer…</source>
        <translation>Gehe &amp;zu Bestellung oder Kunde…</translation>
    </message>
</context>
<context>
    <name>MoneyTotals</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>MyAccountPage</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Your own record, as these credentials see it.</source>
        <translation>Ihr eigener Datensatz, wie ihn diese Zugangsdaten sehen.</translation>
    </message>
    <message>
        <source>Reload my account</source>
        <translation>Mein Konto neu laden</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Customer ID:</source>
        <translation>Kundennummer:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Rechnungsadresse:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Kunde seit:</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Letzte Anmeldung:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Meine Bestellungen</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Letzte Bestellungen</translation>
    </message>
    <message>
        <source>My Account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Could not load your orders.</source>
        <translation>Ihre Bestellungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Noch keine Bestellungen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), newest first.</source>
        <translation>
            <numerusform>%Ln Bestellung, neueste zuerst.</numerusform>
            <numerusform>%Ln Bestellungen, neueste zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>the customer was not sent in full</source>
        <translation>der Kunde wurde nicht vollständig übertragen</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Load the order again</source>
        <translation>Bestellung neu laden</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>&amp;Kunde öffnen</translation>
    </message>
    <message>
        <source>Open the customer</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Lieferung:</translation>
    </message>
    <message>
        <source>Delivery time:</source>
        <translation>Lieferzeit:</translation>
    </message>
    <message>
        <source>Delivery address:</source>
        <translation>Lieferadresse:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Summe:</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Zahlungen:</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Final price</source>
        <translation>Endpreis</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Order %1 (deleted)</source>
        <translation>Bestellung %1 (gelöscht)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Guest</source>
        <extracomment>The customer of an order placed without a customer account</extracomment>
        <translation>Gast</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln Zahlung</numerusform>
            <numerusform>%Ln Zahlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln failed</source>
        <translation>
            <numerusform>%1, %Ln fehlgeschlagen</numerusform>
            <numerusform>%1, %Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the payments: %1</source>
        <translation>Die Zahlungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Pa&amp;yments:</source>
        <translation>Za&amp;hlungen:</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Lieferstatus</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Deli&amp;very:</source>
        <translation>&amp;Lieferung:</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Save the chosen status and delivery status</source>
        <translation>Den gewählten Status und Lieferstatus speichern</translation>
    </message>
    <message>
        <source>Cancel &amp;Order…</source>
        <translation>Bestellung st&amp;ornieren…</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Die Bestellung stornieren</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>order %1 of %2</source>
        <extracomment>An order and its customer in questions: &quot;order LM34ZU of Ann Berg&quot;</extracomment>
        <translation>Bestellung %1 von %2</translation>
    </message>
    <message>
        <source>Confirm Change</source>
        <translation>Änderung bestätigen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <source>Cancel order %1 of %2, total %3?</source>
        <translation>Bestellung %1 von %2 über %3 stornieren?</translation>
    </message>
    <message>
        <source>Its status and delivery status become Canceled; payments not taken yet are canceled. A payment already taken is not refunded.</source>
        <translation>Status und Lieferstatus werden „Storniert“; noch nicht eingezogene Zahlungen werden storniert. Eine bereits eingezogene Zahlung wird nicht erstattet.</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>%1

%2

%3</source>
        <translation>%1

%2

%3</translation>
    </message>
    <message>
        <source>Cancel Order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird storniert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved, but the change journal could not be written: %1</source>
        <translation>Gespeichert, aber das Änderungsprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1: you started from %2, you chose %3, now on the server: %4</source>
        <extracomment>A field someone else changed: &quot;Status: you started from Pending, you chose Done, now on the server: Success&quot;</extracomment>
        <translation>%1: Ausgangswert %2, Ihre Wahl %3, jetzt auf dem Server: %4</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were changing it. Nothing has been written yet.

%2

Save writes your choice over theirs; Discard shows the order as it is now; Cancel keeps your choice here, unsaved.</source>
        <translation>Jemand anderes hat %1 geändert, während Sie es geändert haben. Es wurde noch nichts geschrieben.

%2

Speichern schreibt Ihre Wahl über die andere; Verwerfen zeigt die Bestellung, wie sie jetzt ist; Abbrechen behält Ihre Wahl hier, ungespeichert.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed %1 meanwhile.</source>
        <translation>Nicht gespeichert: Jemand anderes hat %1 inzwischen geändert.</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Showing the order as it is now; nothing was written.</source>
        <translation>Die Bestellung wird gezeigt, wie sie jetzt ist; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Not saved: %1 changed on the server again. Reload it and try again.</source>
        <translation>Nicht gespeichert: %1 wurde auf dem Server erneut geändert. Neu laden und noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>OrderFilter</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>delivery</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>delivery</comment>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>delivery</comment>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>delivery</comment>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>delivery</comment>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>A date edit&apos;s text when that end of the range is open</extracomment>
        <translation>alle</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <source>First day, included</source>
        <translation>Erster Tag, eingeschlossen</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <source>Last day, included</source>
        <translation>Letzter Tag, eingeschlossen</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Date the range applies to</source>
        <translation>Datum, auf das sich der Zeitraum bezieht</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>Which date of an order the range applies to</source>
        <translation>Auf welches Datum einer Bestellung sich der Zeitraum bezieht</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Show orders in any of the checked statuses</source>
        <translation>Bestellungen mit einem der markierten Status anzeigen</translation>
    </message>
    <message>
        <source>De&amp;livery</source>
        <translation>&amp;Lieferung</translation>
    </message>
    <message>
        <source>Show orders in any of the checked delivery statuses</source>
        <translation>Bestellungen mit einem der markierten Lieferstatus anzeigen</translation>
    </message>
    <message>
        <source>Include d&amp;eleted</source>
        <translation>&amp;Gelöschte einbeziehen</translation>
    </message>
    <message>
        <source>Include deleted orders</source>
        <translation>Gelöschte Bestellungen einbeziehen</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <comment>date range</comment>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>%1 (delivery time)</source>
        <comment>date range</comment>
        <translation>%1 (Lieferzeit)</translation>
    </message>
    <message>
        <source>%1 (created)</source>
        <comment>date range</comment>
        <translation>%1 (erstellt)</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Bestellungen suchen</translation>
    </message>
    <message>
        <source>Order number, or the customer&apos;s name or email; Escape clears</source>
        <translation>Bestellnummer oder Name oder E-Mail des Kunden; Escape leert</translation>
    </message>
    <message>
        <source>Order number, customer name or email</source>
        <translation>Bestellnummer, Kundenname oder E-Mail</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;che:</translation>
    </message>
    <message>
        <source>Orders matching “%1”, any date</source>
        <extracomment>The Orders page while its search field has text</extracomment>
        <translation>Bestellungen zu „%1“, beliebiges Datum</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Lieferzeit</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>This order names no customer.</source>
        <translation>Diese Bestellung nennt keinen Kunden.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No delivery time set</source>
        <translation>Keine Lieferzeit festgelegt</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>This order was deleted.</source>
        <translation>Diese Bestellung wurde gelöscht.</translation>
    </message>
    <message>
        <source>Guest</source>
        <extracomment>The Customer column of an order placed without a customer account</extracomment>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-Mail des Kunden</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>Adding up the orders…</source>
        <translation>Bestellungen werden summiert …</translation>
    </message>
    <message>
        <source>Could not add up the orders.</source>
        <translation>Die Bestellungen konnten nicht summiert werden.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Orders summary</source>
        <translation>Bestellübersicht</translation>
    </message>
    <message>
        <source>Com&amp;pute totals</source>
        <translation>Summen &amp;berechnen</translation>
    </message>
    <message>
        <source>Compute the totals of every order of the filter</source>
        <translation>Summen aller Bestellungen des Filters berechnen</translation>
    </message>
    <message>
        <source>Add up the totals of every order of the filter, reading the pages not loaded yet</source>
        <translation>Die Beträge aller Bestellungen des Filters summieren und dafür noch nicht geladene Seiten lesen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export the orders of the filter to a CSV file</source>
        <translation>Bestellungen des Filters in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Every order of the filter, with the columns shown, as CSV</source>
        <translation>Alle Bestellungen des Filters mit den angezeigten Spalten als CSV</translation>
    </message>
    <message>
        <source>Cancel adding up or exporting</source>
        <translation>Summieren oder Exportieren abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Open Order</source>
        <translation>Bestellung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open &amp;Customer</source>
        <translation>&amp;Kunde öffnen</translation>
    </message>
    <message>
        <source>Copy Order &amp;ID</source>
        <translation>Bestell-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Export Orders</source>
        <translation>Bestellungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not load the orders.</source>
        <translation>Die Bestellungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an amount</source>
        <translation>
            <numerusform>%Ln ohne Betrag</numerusform>
            <numerusform>%Ln ohne Betrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>%Ln Bestellung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Bestellungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s) loaded</source>
        <extracomment>&quot;300 of 1,234 orders loaded&quot;</extracomment>
        <translation>
            <numerusform>%1 von %Ln Bestellung geladen</numerusform>
            <numerusform>%1 von %Ln Bestellungen geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders have the chosen statuses.</source>
        <translation>Keine Bestellung hat einen der gewählten Status.</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Noch keine Bestellungen.</translation>
    </message>
    <message>
        <source>No orders in this range have the chosen statuses.</source>
        <translation>Keine Bestellung in diesem Zeitraum hat einen der gewählten Status.</translation>
    </message>
    <message>
        <source>No orders in this range.</source>
        <translation>Keine Bestellungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>orders</source>
        <extracomment>The start of an orders export&apos;s file name (letters, digits and &apos;-&apos; only)</extracomment>
        <translation>bestellungen</translation>
    </message>
</context>
<context>
    <name>PageJson</name>
    <message>
        <source>the response is not valid JSON</source>
        <translation>die Antwort ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1)</source>
        <translation>die Antwort ist kein gültiges JSON (%1)</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>The server cannot sort by this column.</source>
        <translation>Der Server kann nicht nach dieser Spalte sortieren.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A payment&apos;s failure: the processor&apos;s message, then its code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsModel</name>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Keine Karte</translation>
    </message>
    <message>
        <source>•••• %1</source>
        <extracomment>Hidden card digits followed by the last four (&quot;•••• 4242&quot;)</extracomment>
        <translation>•••• %1</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation>%1 (läuft bald ab)</translation>
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
        <source>Expired after %1.</source>
        <translation>Abgelaufen nach %1.</translation>
    </message>
    <message numerus="yes">
        <source>Valid until %1: expires within %n day(s).</source>
        <translation>
            <numerusform>Gültig bis %1: läuft innerhalb von %n Tag ab.</numerusform>
            <numerusform>Gültig bis %1: läuft innerhalb von %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Gültig bis %1.</translation>
    </message>
    <message>
        <source>No expiry date recorded.</source>
        <translation>Kein Ablaufdatum erfasst.</translation>
    </message>
    <message>
        <source>The customer&apos;s default payment method.</source>
        <translation>Die Standard-Zahlungsmethode des Kunden.</translation>
    </message>
    <message>
        <source>This payment method was deleted.</source>
        <translation>Diese Zahlungsmethode wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsView</name>
    <message>
        <source>Payment methods summary</source>
        <translation>Übersicht der Zahlungsmethoden</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Zahlungsmethoden</translation>
    </message>
    <message>
        <source>Could not load the payment methods.</source>
        <translation>Die Zahlungsmethoden konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>default: %1 %2</source>
        <translation>Standard: %1 %2</translation>
    </message>
    <message>
        <source>no default</source>
        <translation>kein Standard</translation>
    </message>
    <message>
        <source>This customer has no payment methods.</source>
        <translation>Dieser Kunde hat keine Zahlungsmethoden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment method(s)</source>
        <translation>
            <numerusform>%Ln Zahlungsmethode</numerusform>
            <numerusform>%Ln Zahlungsmethoden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln abgelaufen</numerusform>
            <numerusform>%Ln abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expiring within 30 days</source>
        <translation>
            <numerusform>%Ln läuft innerhalb von 30 Tagen ab</numerusform>
            <numerusform>%Ln laufen innerhalb von 30 Tagen ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Fehlergrund</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;Ask before saving changes on a production server</source>
        <translation>Vor dem Speichern von Änderungen auf einem Produktionsserver &amp;fragen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Rows per page request</source>
        <translation>Zeilen je Seitenanfrage</translation>
    </message>
    <message>
        <source>How many rows each request to the server asks for. Larger pages mean fewer requests but a longer wait for each.</source>
        <translation>Wie viele Zeilen jede Anfrage an den Server abruft. Größere Seiten bedeuten weniger Anfragen, aber längeres Warten auf jede.</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>A request fails when the server sends nothing for this long.</source>
        <translation>Eine Anfrage schlägt fehl, wenn der Server so lange nichts sendet.</translation>
    </message>
    <message>
        <source>Default date range of the Orders page</source>
        <translation>Standardzeitraum der Seite „Bestellungen“</translation>
    </message>
    <message>
        <source>Ask before saving changes on a production server</source>
        <translation>Vor dem Speichern von Änderungen auf einem Produktionsserver fragen</translation>
    </message>
    <message>
        <source>The new language is used the next time BuiltOn Admin starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von BuiltOn Admin verwendet.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>&amp;Rows per page:</source>
        <translation>&amp;Zeilen je Seite:</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <source>Orders &amp;date range:</source>
        <translation>Zeitraum der &amp;Bestellungen:</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Not a valid email address: write it like name@example.com, or leave it empty.</source>
        <translation>Keine gültige E-Mail-Adresse: Schreiben Sie sie wie name@example.com oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Not an international phone number: + (or 00) and the country code, then the number, e.g. +47 912 34 567.</source>
        <translation>Keine internationale Telefonnummer: + (oder 00) und die Landesvorwahl, dann die Nummer, z. B. +49 151 2345 6789.</translation>
    </message>
    <message>
        <source>Not a phone number: the number as dialled in the country (+%1), or + (or 00) and the country code, then the number.</source>
        <translation>Keine Telefonnummer: die Nummer, wie sie im Land (+%1) gewählt wird, oder + (oder 00) und die Landesvorwahl, dann die Nummer.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Fi&amp;rst name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+4791234567</source>
        <translation>+4791234567</translation>
    </message>
    <message>
        <source>Tag&amp;s</source>
        <translation>Tag&amp;s</translation>
    </message>
    <message>
        <source>B&amp;io</source>
        <translation>&amp;Über mich</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Geändert, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 (expired %2)</source>
        <translation>%1 (abgelaufen %2)</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, läuft ab %2</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Payment method %1</source>
        <translation>Zahlungsmethode %1</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Mo&amp;bile phone</source>
        <translation>Mob&amp;iltelefon</translation>
    </message>
    <message>
        <source>Billing a&amp;ddress</source>
        <translation>&amp;Rechnungsadresse</translation>
    </message>
    <message>
        <source>Defa&amp;ult payment method</source>
        <translation>Stan&amp;dard-Zahlungsmethode</translation>
    </message>
</context>
<context>
    <name>ProfileMerge</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(empty address)</source>
        <translation>(leere Adresse)</translation>
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
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>This connection exists already.</source>
        <translation>Diese Verbindung gibt es bereits.</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>Es gibt bereits eine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>This connection does not exist any more.</source>
        <translation>Diese Verbindung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The list of connections could not be saved to %1. Check that the file can be written.</source>
        <translation>Die Liste der Verbindungen konnte nicht in %1 gespeichert werden. Prüfen Sie, ob die Datei geschrieben werden kann.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Details einblenden …</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Details ausblenden …</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardeinstellungen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>expected an object id</source>
        <translation>Objekt-ID erwartet</translation>
    </message>
</context>
<context>
    <name>SessionCredentials</name>
    <message>
        <source>Set %1 and %2 to use --server.</source>
        <translation>Setzen Sie %1 und %2, um --server zu verwenden.</translation>
    </message>
    <message>
        <source>Set %1 to use --server.</source>
        <translation>Setzen Sie %1, um --server zu verwenden.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>, </source>
        <comment>between two shortcuts of one command</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Filter by command, key or place</source>
        <translation>Nach Befehl, Taste oder Ort filtern</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Users page</source>
        <translation>Benutzerseite</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>User tabs</source>
        <translation>Benutzer-Tabs</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Liste aktualisieren</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Ausgewählte Zeile öffnen</translation>
    </message>
    <message>
        <source>Focus the date range filter</source>
        <translation>Zum Zeitraumfilter springen</translation>
    </message>
    <message>
        <source>Open the order&apos;s customer</source>
        <translation>Kunden der Bestellung öffnen</translation>
    </message>
    <message>
        <source>Save the user</source>
        <translation>Benutzer speichern</translation>
    </message>
    <message>
        <source>Close the user tab</source>
        <translation>Benutzer-Tab schließen</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Nächster Tab</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Vorheriger Tab</translation>
    </message>
    <message>
        <source>Next part of the user (profile, orders…)</source>
        <translation>Nächster Teil des Benutzers (Profil, Bestellungen …)</translation>
    </message>
    <message>
        <source>Previous part of the user</source>
        <translation>Vorheriger Teil des Benutzers</translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Remove the address</source>
        <translation>Adresse entfernen</translation>
    </message>
    <message>
        <source>Move the address up</source>
        <translation>Adresse nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the address down</source>
        <translation>Adresse nach unten verschieben</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>BuiltOn Admin: a desktop client for the support staff of shops built on the BuiltOn commerce API.

Without options it connects with the connection used last, or asks for one.</source>
        <translation>BuiltOn Admin: ein Desktop-Client für den Kundensupport von Shops, die auf der BuiltOn-Commerce-API aufbauen.

Ohne Optionen verbindet es sich mit der zuletzt verwendeten Verbindung oder fragt nach einer.</translation>
    </message>
    <message>
        <source>Start the local builton-server with demo data (kept in the app&apos;s data folder between runs), sign in to it for this session only, and stop it on exit.</source>
        <translation>Den lokalen builton-server mit Demodaten starten (sie bleiben zwischen den Läufen im Datenordner der App), sich nur für diese Sitzung dort anmelden und ihn beim Beenden stoppen.</translation>
    </message>
    <message>
        <source>Connect to the BuiltOn API at URL with the credentials in the environment variables BUILTON_API_KEY and BUILTON_TOKEN, for scripted use. Nothing is stored.</source>
        <translation>Mit der BuiltOn-API unter URL verbinden, mit den Zugangsdaten aus den Umgebungsvariablen BUILTON_API_KEY und BUILTON_TOKEN, für den Einsatz in Skripten. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use the stored connection called NAME.</source>
        <translation>Die gespeicherte Verbindung namens NAME verwenden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Once the first data has loaded, save a PNG of the main window to FILE and exit (non-zero, with the reason, when that does not happen).</source>
        <translation>Sobald die ersten Daten geladen sind, ein PNG des Hauptfensters in DATEI speichern und beenden (mit einem Code ungleich null und dem Grund, wenn das nicht geschieht).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>How long --screenshot waits for data after connecting (default %1).</source>
        <translation>Wie lange --screenshot nach dem Verbinden auf Daten wartet (Standard %1).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Use only one of --demo, --server and --profile.</source>
        <translation>Verwenden Sie nur eine der Optionen --demo, --server und --profile.</translation>
    </message>
    <message>
        <source>--server needs the address of a BuiltOn API.</source>
        <translation>--server braucht die Adresse einer BuiltOn-API.</translation>
    </message>
    <message>
        <source>Cannot use --server %1: %2</source>
        <translation>--server %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>--profile needs the name of a stored connection.</source>
        <translation>--profile braucht den Namen einer gespeicherten Verbindung.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--screenshot-timeout needs a number of seconds from 1 to 3600.</source>
        <translation>--screenshot-timeout braucht eine Anzahl Sekunden von 1 bis 3600.</translation>
    </message>
    <message>
        <source>Show PAGE first: %1. A page the credentials do not reach is an error with --screenshot.</source>
        <translation>Zuerst SEITE anzeigen: %1. Eine Seite, die die Zugangsdaten nicht erreichen, ist mit --screenshot ein Fehler.</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <source>Open the tab of the user whose human_id (e.g. ZQK3YW) or _id (24 hex digits) is USER, once connected (staff only). --screenshot then waits for the user&apos;s profile.</source>
        <translation>Nach dem Verbinden den Tab des Benutzers öffnen, dessen human_id (z. B. ZQK3YW) oder _id (24 Hexadezimalziffern) BENUTZER ist (nur Mitarbeiter). --screenshot wartet dann auf das Profil des Benutzers.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Set the date range of the Orders page to RANGE: today, yesterday, last7, last30, thismonth, lastmonth, thisyear, all, or FROM..TO with dates like 2026-11-01 (either end may be left open). It stays the page&apos;s filter, as if chosen there.</source>
        <translation>Den Zeitraum der Seite „Bestellungen“ auf ZEITRAUM setzen: today, yesterday, last7, last30, thismonth, lastmonth, thisyear, all oder VON..BIS mit Daten wie 2026-11-01 (jedes Ende darf offen bleiben). Er bleibt der Filter der Seite, als wäre er dort gewählt worden.</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>--show needs one of %1 (not “%2”).</source>
        <translation>--show braucht einen der Werte %1 (nicht „%2“).</translation>
    </message>
    <message>
        <source>--open-user needs a user&apos;s human_id or _id.</source>
        <translation>--open-user braucht die human_id oder _id eines Benutzers.</translation>
    </message>
    <message>
        <source>--orders-range needs a preset (today, yesterday, last7, last30, thismonth, lastmonth, thisyear, all) or FROM..TO with dates like 2026-11-01, not “%1”.</source>
        <translation>--orders-range braucht eine Vorgabe (today, yesterday, last7, last30, thismonth, lastmonth, thisyear, all) oder VON..BIS mit Daten wie 2026-11-01, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>StatusFilterButton</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A filter button: &quot;Status: Failed, Canceled&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SubscriptionActions</name>
    <message>
        <source>%1 (%2) of %3</source>
        <translation>%1 (%2) von %3</translation>
    </message>
    <message>
        <source>It renews no more and ends now.</source>
        <translation>Es verlängert sich nicht mehr und endet jetzt.</translation>
    </message>
    <message>
        <source>It renews no more; active until %1.</source>
        <translation>Es verlängert sich nicht mehr; aktiv bis %1.</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Stop renewing %1?</source>
        <translation>%1 nicht mehr verlängern?</translation>
    </message>
    <message>
        <source>Stop Renewing</source>
        <translation>Nicht mehr verlängern</translation>
    </message>
    <message>
        <source>Change Journal</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Saved, but the change journal could not be written: %1</source>
        <translation>Gespeichert, aber das Änderungsprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Someone else changed %1 after you opened it. Nothing was saved.</source>
        <translation>Jemand anderes hat %1 geändert, nachdem Sie es geöffnet haben. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Stop renewing it as it is now? No keeps their version.</source>
        <translation>In der jetzigen Fassung nicht mehr verlängern? Nein behält deren Fassung.</translation>
    </message>
    <message>
        <source>Start it again as it is now, paid with %1? No keeps their version.</source>
        <translation>In der jetzigen Fassung wieder starten, bezahlt mit %1? Nein behält deren Fassung.</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Not Changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>Der Server hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Save your change to it as it is now (%1)? No keeps their version.</source>
        <translation>Ihre Änderung auf den jetzigen Stand anwenden (%1)? Nein behält deren Version.</translation>
    </message>
</context>
<context>
    <name>SubscriptionChanges</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Subscription %1: %2</source>
        <translation>Abonnement %1: %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>SubscriptionCustomer</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>Edit Subscription</source>
        <translation>Abonnement bearbeiten</translation>
    </message>
    <message>
        <source>Start Subscription Again</source>
        <translation>Abonnement wieder starten</translation>
    </message>
    <message>
        <source>%1 (%2) of %3: the payment method it renews with, and its note.</source>
        <translation>%1 (%2) von %3: die Zahlungsmethode, mit der es sich verlängert, und seine Notiz.</translation>
    </message>
    <message>
        <source>%1 (%2) of %3 renews again, paid with the payment method you choose. A period that has ended starts again now.</source>
        <translation>%1 (%2) von %3 verlängert sich wieder, bezahlt mit der gewählten Zahlungsmethode. Ein abgelaufener Zeitraum beginnt jetzt neu.</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <source>Loading the customer&apos;s payment methods…</source>
        <translation>Die Zahlungsmethoden des Kunden werden geladen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Start Again</source>
        <translation>Wieder &amp;starten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Wieder starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Payment method:</source>
        <translation>&amp;Zahlungsmethode:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>The payment methods could not be loaded: %1</source>
        <translation>Die Zahlungsmethoden konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Payment method without a card</source>
        <translation>Zahlungsmethode ohne Karte</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, läuft ab %2</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>This customer has no payment method to renew with.</source>
        <translation>Dieser Kunde hat keine Zahlungsmethode für die Verlängerung.</translation>
    </message>
</context>
<context>
    <name>SubscriptionPaymentsDialog</name>
    <message>
        <source>Payments of %1</source>
        <translation>Zahlungen von %1</translation>
    </message>
    <message>
        <source>Subscription payments</source>
        <translation>Zahlungen des Abonnements</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Payments summary</source>
        <translation>Zusammenfassung der Zahlungen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Noch keine Zahlungen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s), %1 failed</source>
        <translation>
            <numerusform>%Ln Zahlung, %1 fehlgeschlagen</numerusform>
            <numerusform>%Ln Zahlungen, %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The payments could not be loaded: %1</source>
        <translation>Die Zahlungen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not renewing</source>
        <translation>Läuft aus</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Payment error</source>
        <translation>Zahlungsfehler</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Aktueller Zeitraum</translation>
    </message>
    <message>
        <source>Last billing</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Testphase</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Kein Ende</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>Open this customer</source>
        <translation>Diesen Kunden öffnen</translation>
    </message>
    <message>
        <source>This subscription was deleted.</source>
        <translation>Dieses Abonnement wurde gelöscht.</translation>
    </message>
    <message>
        <source>Failed payments</source>
        <translation>Fehlgeschlagene Zahlungen</translation>
    </message>
    <message>
        <source>%1, retrying</source>
        <translation>%1, wird wiederholt</translation>
    </message>
    <message>
        <source>In the plan&apos;s currency</source>
        <translation>In der Währung des Plans</translation>
    </message>
    <message>
        <source>Failed attempts to take this period&apos;s payment: %1; retries: %2</source>
        <translation>Fehlgeschlagene Versuche, die Zahlung dieses Zeitraums einzuziehen: %1; Wiederholungen: %2</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
</context>
<context>
    <name>SubscriptionsView</name>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Show subscriptions in any of the checked statuses</source>
        <translation>Abonnements mit einem der markierten Status anzeigen</translation>
    </message>
    <message>
        <source>Include d&amp;eleted</source>
        <translation>&amp;Gelöschte einbeziehen</translation>
    </message>
    <message>
        <source>Include deleted subscriptions</source>
        <translation>Gelöschte Abonnements einbeziehen</translation>
    </message>
    <message>
        <source>Subscriptions summary</source>
        <translation>Abonnementübersicht</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Could not load the subscriptions.</source>
        <translation>Die Abonnements konnten nicht geladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln Abonnement</numerusform>
            <numerusform>%Ln Abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln subscription(s) loaded</source>
        <translation>
            <numerusform>%1 von %Ln Abonnement geladen</numerusform>
            <numerusform>%1 von %Ln Abonnements geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no subscriptions with the chosen statuses.</source>
        <translation>Dieser Kunde hat keine Abonnements mit einem der gewählten Status.</translation>
    </message>
    <message>
        <source>This customer has no subscriptions.</source>
        <translation>Dieser Kunde hat keine Abonnements.</translation>
    </message>
    <message>
        <source>No subscriptions have the chosen statuses.</source>
        <translation>Kein Abonnement hat einen der gewählten Status.</translation>
    </message>
    <message>
        <source>No subscriptions yet.</source>
        <translation>Noch keine Abonnements.</translation>
    </message>
    <message>
        <source>S&amp;top Renewing…</source>
        <translation>Nich&amp;t mehr verlängern …</translation>
    </message>
    <message>
        <source>Stop renewing the subscription</source>
        <translation>Das Abonnement nicht mehr verlängern</translation>
    </message>
    <message>
        <source>The subscription renews no more; it stays active until the end of the period paid for</source>
        <translation>Das Abonnement verlängert sich nicht mehr; es bleibt bis zum Ende des bezahlten Zeitraums aktiv</translation>
    </message>
    <message>
        <source>Start &amp;Again…</source>
        <translation>Wieder st&amp;arten …</translation>
    </message>
    <message>
        <source>Start the subscription again</source>
        <translation>Das Abonnement wieder starten</translation>
    </message>
    <message>
        <source>The subscription renews again, paid with a payment method you choose</source>
        <translation>Das Abonnement verlängert sich wieder, bezahlt mit einer gewählten Zahlungsmethode</translation>
    </message>
    <message>
        <source>Pa&amp;yments…</source>
        <translation>Zahl&amp;ungen …</translation>
    </message>
    <message>
        <source>Payments of the subscription</source>
        <translation>Zahlungen des Abonnements</translation>
    </message>
    <message>
        <source>Every payment of the subscription, and why a failed one failed</source>
        <translation>Alle Zahlungen des Abonnements und warum eine fehlgeschlagene fehlschlug</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten …</translation>
    </message>
    <message>
        <source>Edit the subscription</source>
        <translation>Das Abonnement bearbeiten</translation>
    </message>
    <message>
        <source>Change the payment method the subscription renews with, and its note</source>
        <translation>Die Zahlungsmethode ändern, mit der sich das Abonnement verlängert, und seine Notiz</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Type a tag and press Enter or a comma to add it. Backspace removes the last tag; Left selects a tag, Delete removes it.</source>
        <translation>Geben Sie ein Tag ein und drücken Sie Eingabe oder Komma, um es hinzuzufügen. Rücktaste entfernt das letzte Tag; Nach-links wählt ein Tag aus, Entf entfernt es.</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Tag hinzufügen …</translation>
    </message>
    <message>
        <source>Known tags</source>
        <translation>Bekannte Tags</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Tag „%1“ entfernen</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Press to remove the tag</source>
        <translation>Drücken, um das Tag zu entfernen</translation>
    </message>
    <message>
        <source>Tag %1 selected: Delete removes it.</source>
        <translation>Tag %1 ausgewählt: Entf entfernt es.</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>UserDetailArea</name>
    <message>
        <source>Open users</source>
        <translation>Geöffnete Benutzer</translation>
    </message>
    <message>
        <source>Unsaved changes could not be kept safe on disk: %1</source>
        <translation>Ungespeicherte Änderungen konnten nicht auf der Festplatte gesichert werden: %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>%1 (sub: %2)</source>
        <translation>%1 (sub: %2)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>You have unsaved changes to %1. Save them first?</source>
        <translation>Sie haben ungespeicherte Änderungen an %1. Zuerst speichern?</translation>
    </message>
</context>
<context>
    <name>UserDetailTab</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>The short ID customers read out on the phone</source>
        <translation>Die kurze Nummer, die Kunden am Telefon vorlesen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reload user</source>
        <translation>Benutzer neu laden</translation>
    </message>
    <message>
        <source>Read the user again; your unsaved changes are kept (F5)</source>
        <translation>Benutzer erneut lesen; Ihre ungespeicherten Änderungen bleiben erhalten (F5)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf …</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>The changes BuiltOn Admin saved for this user</source>
        <translation>Die Änderungen, die BuiltOn Admin für diesen Benutzer gespeichert hat</translation>
    </message>
    <message>
        <source>Delete User…</source>
        <translation>Benutzer löschen …</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>User sections</source>
        <translation>Benutzerbereiche</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>&amp;Adressen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zurü&amp;cksetzen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Drop every unsaved change to this user</source>
        <translation>Alle ungespeicherten Änderungen an diesem Benutzer verwerfen</translation>
    </message>
    <message>
        <source>Revert Changes</source>
        <translation>Änderungen zurücksetzen</translation>
    </message>
    <message>
        <source>Drop your unsaved changes to %1?</source>
        <translation>Ihre ungespeicherten Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the profile and the addresses (%1)</source>
        <translation>Profil und Adressen speichern (%1)</translation>
    </message>
    <message>
        <source>User message</source>
        <translation>Benutzermeldung</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Alle Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept; you can save them again.</source>
        <translation>Nicht gespeichert: %1 Ihre Änderungen bleiben erhalten; Sie können sie erneut speichern.</translation>
    </message>
    <message>
        <source>Sign in again first (File ▸ Connections).</source>
        <translation>Melden Sie sich zuerst erneut an (Datei ▸ Verbindungen).</translation>
    </message>
    <message>
        <source>Retry Save</source>
        <translation>Speichern wiederholen</translation>
    </message>
    <message>
        <source>The user could not be loaded: %1</source>
        <translation>Der Benutzer konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>%1 was deleted. The record stays on the server, marked as deleted.</source>
        <translation>%1 wurde gelöscht. Der Datensatz bleibt auf dem Server, als gelöscht markiert.</translation>
    </message>
    <message>
        <source>Not deleted: %1 changed on the server since you opened it. The changes are shown now; delete again if it still should go.</source>
        <translation>Nicht gelöscht: %1 wurde auf dem Server geändert, seit Sie ihn geöffnet haben. Die Änderungen werden jetzt angezeigt; löschen Sie erneut, wenn er trotzdem weg soll.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>%1 •</source>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Confirm Change</source>
        <translation>Änderung bestätigen</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red first.</source>
        <translation>Nicht gespeichert: Korrigieren Sie zuerst die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Your unsaved changes from %1 are back. Check them and save.</source>
        <translation>Ihre ungespeicherten Änderungen vom %1 sind wieder da. Prüfen und speichern Sie sie.</translation>
    </message>
    <message>
        <source>Delete %1 on %2?

The user is marked as deleted: hidden from lists and unable to sign in. Orders and payments stay on record.</source>
        <translation>%1 auf %2 löschen?

Der Benutzer wird als gelöscht markiert: in Listen ausgeblendet und ohne Anmeldemöglichkeit. Bestellungen und Zahlungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes to %1 before closing it?</source>
        <translation>Ihre Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>Waiting for your choice on changes made by someone else.</source>
        <translation>Warten auf Ihre Entscheidung zu Änderungen von jemand anderem.</translation>
    </message>
    <message>
        <source>Unsaved changes: %1</source>
        <translation>Ungespeicherte Änderungen: %1</translation>
    </message>
    <message>
        <source>Loading user…</source>
        <translation>Benutzer wird geladen …</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Customer since %1 · Last login %2</source>
        <translation>Kunde seit %1 · Letzte Anmeldung %2</translation>
    </message>
    <message>
        <source>Saved, but the change journal could not be written: %1</source>
        <translation>Gespeichert, aber das Änderungsprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Someone else changed fields of %1 that you edited too. Nothing is saved until you choose which values to keep.</source>
        <translation>Jemand anderes hat Felder von %1 geändert, die Sie auch bearbeitet haben. Es wird nichts gespeichert, bis Sie gewählt haben, welche Werte bleiben.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>%1

This deletes the user: they are marked as deleted, hidden from lists and unable to sign in. Orders and payments stay on record.</source>
        <translation>%1

Damit wird der Benutzer gelöscht: Er wird als gelöscht markiert, in Listen ausgeblendet und kann sich nicht mehr anmelden. Bestellungen und Zahlungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
</context>
<context>
    <name>UserField</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Über mich</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Default payment method</source>
        <translation>Standard-Zahlungsmethode</translation>
    </message>
</context>
<context>
    <name>UserTabsFactory</name>
    <message>
        <source>The user&apos;s orders will be shown here.</source>
        <translation>Hier werden die Bestellungen des Benutzers angezeigt.</translation>
    </message>
    <message>
        <source>The user&apos;s subscriptions will be shown here.</source>
        <translation>Hier werden die Abonnements des Benutzers angezeigt.</translation>
    </message>
    <message>
        <source>The user&apos;s payment methods will be shown here.</source>
        <translation>Hier werden die Zahlungsmethoden des Benutzers angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <source>Pa&amp;yment methods</source>
        <translation>&amp;Zahlungsmethoden</translation>
    </message>
    <message>
        <source>Subs&amp;criptions</source>
        <translation>Abonne&amp;ments</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Deleted, blocked</source>
        <translation>Gelöscht, gesperrt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>No sign-in recorded</source>
        <translation>Keine Anmeldung erfasst</translation>
    </message>
    <message>
        <source>This user was deleted. Lists leave deleted users out unless they are included.</source>
        <translation>Dieser Benutzer wurde gelöscht. Listen lassen gelöschte Benutzer weg, sofern sie nicht einbezogen werden.</translation>
    </message>
    <message>
        <source>This user is blocked.</source>
        <translation>Dieser Benutzer ist gesperrt.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>Exported %Ln user(s) to %1.</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 exportiert.</numerusform>
            <numerusform>%Ln Benutzer nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Name, email, phone or ID</source>
        <translation>Name, E-Mail, Telefon oder ID</translation>
    </message>
    <message>
        <source>Search by name, email, phone or ID (Ctrl+F). Enter opens the user when one matches; pasting a user&apos;s ID opens it.</source>
        <translation>Nach Name, E-Mail, Telefon oder ID suchen (Strg+F). Eingabe öffnet den Benutzer, wenn genau einer passt; das Einfügen einer Benutzer-ID öffnet ihn.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Filter by tags</source>
        <translation>Nach Tags filtern</translation>
    </message>
    <message>
        <source>Show only users with all of the chosen tags</source>
        <translation>Nur Benutzer mit allen gewählten Tags anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <translation>&amp;Gelöschte anzeigen</translation>
    </message>
    <message>
        <source>Show deleted users</source>
        <translation>Gelöschte Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Also list deleted users (greyed)</source>
        <translation>Auch gelöschte Benutzer auflisten (ausgegraut)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh users</source>
        <translation>Benutzer aktualisieren</translation>
    </message>
    <message>
        <source>Load the users again, keeping search, filters and sort (F5)</source>
        <translation>Benutzer neu laden, Suche, Filter und Sortierung bleiben (F5)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>User actions</source>
        <translation>Benutzeraktionen</translation>
    </message>
    <message>
        <source>Tag the selected users, export the list</source>
        <translation>Ausgewählte Benutzer taggen, Liste exportieren</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Find Users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Copy User &amp;ID</source>
        <translation>Benutzer-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy the internal ID (24 characters)</source>
        <translation>Die interne ID kopieren (24 Zeichen)</translation>
    </message>
    <message>
        <source>Copy &amp;Short ID</source>
        <translation>&amp;Kurz-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the short ID staff read out (human_id)</source>
        <translation>Die kurze ID kopieren, die Mitarbeiter vorlesen (human_id)</translation>
    </message>
    <message>
        <source>Copy &amp;Email</source>
        <translation>&amp;E-Mail kopieren</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>Tag &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>Tag ent&amp;fernen …</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>Als CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save every user of the current result (all pages) as CSV</source>
        <translation>Alle Benutzer des aktuellen Ergebnisses (alle Seiten) als CSV speichern</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>Konnte nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 of %Ln user(s)</source>
        <translation>
            <numerusform>%1–%2 von %Ln Benutzer</numerusform>
            <numerusform>%1–%2 von %Ln Benutzern</numerusform>
        </translation>
    </message>
    <message>
        <source>No users match “%1” with all of the tags %2.</source>
        <translation>Keine Benutzer passen zu „%1“ mit allen Tags %2.</translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation>Keine Benutzer passen zu „%1“.</translation>
    </message>
    <message>
        <source>No users have all of the tags %1.</source>
        <translation>Keine Benutzer haben alle Tags %1.</translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>Noch keine Benutzer.</translation>
    </message>
    <message>
        <source>Deleted users are not shown.</source>
        <translation>Gelöschte Benutzer werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Opening the user with ID %1…</source>
        <translation>Benutzer mit ID %1 wird geöffnet …</translation>
    </message>
    <message>
        <source>No user has the ID %1.</source>
        <translation>Kein Benutzer hat die ID %1.</translation>
    </message>
    <message>
        <source>Tags of the users loaded so far</source>
        <translation>Tags der bisher geladenen Benutzer</translation>
    </message>
    <message>
        <source>Loading tags…</source>
        <translation>Tags werden geladen …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
    <message>
        <source>&amp;Any Tags</source>
        <translation>&amp;Beliebige Tags</translation>
    </message>
    <message>
        <source>Tags: any</source>
        <translation>Tags: alle</translation>
    </message>
    <message>
        <source>No tag filter</source>
        <translation>Kein Tag-Filter</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Only users with all of these tags: %1</source>
        <translation>Nur Benutzer mit all diesen Tags: %1</translation>
    </message>
    <message>
        <source>users-%1.csv</source>
        <translation>benutzer-%1.csv</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>Benutzer werden exportiert …</translation>
    </message>
    <message>
        <source>Exporting users: %1 of %2…</source>
        <translation>Benutzer werden exportiert: %1 von %2 …</translation>
    </message>
    <message>
        <source>Exporting users: %1…</source>
        <translation>Benutzer werden exportiert: %1 …</translation>
    </message>
</context>
<context>
    <name>WriteConfirmation</name>
    <message>
        <source>You are about to change %1 on the production connection %2. Continue?</source>
        <translation>Sie sind dabei, %1 auf der Produktionsverbindung %2 zu ändern. Fortfahren?</translation>
    </message>
    <message>
        <source>You are about to change %1 on the connection %2. Continue?</source>
        <translation>Sie sind dabei, %1 auf der Verbindung %2 zu ändern. Fortfahren?</translation>
    </message>
    <message>
        <source>Saving writes to the production connection %1.</source>
        <translation>Speichern schreibt auf die Produktionsverbindung %1.</translation>
    </message>
    <message>
        <source>Saving writes to the connection %1.</source>
        <translation>Speichern schreibt auf die Verbindung %1.</translation>
    </message>
    <message>
        <source>Confirm Change</source>
        <translation>Änderung bestätigen</translation>
    </message>
</context>
</TS>
