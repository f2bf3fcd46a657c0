<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Tilkobling</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-versjon</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>A desktop client for the support staff of shops built on the BuiltOn commerce API.</source>
        <translation>Et skrivebordsprogram for kundestøtten i nettbutikker bygget på BuiltOn-handels-API-et.</translation>
    </message>
    <message>
        <source>%1 (GNU General Public License, version 3 or later)</source>
        <translation>%1 (GNU General Public License, versjon 3 eller senere)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (bygget med %2)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versjon:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lisens:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Tilkobling:</translation>
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
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>tilkoblet</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>kobler til</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>ikke tilkoblet</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Versjon: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lisens: %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Tilkobling: %1</translation>
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
        <translation>Ansatt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
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
        <translation>&amp;Kallenavn:</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Kallenavn</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Gate:</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>&amp;Zip code:</source>
        <translation>Post&amp;nummer:</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Fylke/delstat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>Sta&amp;te:</source>
        <translation>F&amp;ylke/delstat:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <source>Billing alias</source>
        <translation>Kallenavn for fakturaadresse</translation>
    </message>
    <message>
        <source>Billing street</source>
        <translation>Fakturaadresse, gate</translation>
    </message>
    <message>
        <source>Billing zip code</source>
        <translation>Fakturaadresse, postnummer</translation>
    </message>
    <message>
        <source>Billing city</source>
        <translation>Fakturaadresse, sted</translation>
    </message>
    <message>
        <source>Billing state</source>
        <translation>Fakturaadresse, fylke/delstat</translation>
    </message>
    <message>
        <source>Billing country</source>
        <translation>Fakturaadresse, land</translation>
    </message>
</context>
<context>
    <name>AddressesEditor</name>
    <message>
        <source>A&amp;dd Address</source>
        <translation>Legg &amp;til adresse</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <source>Insert adds an address, Delete removes the selected one, Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Insert legger til en adresse, Delete fjerner den valgte, Ctrl+Opp og Ctrl+Ned flytter den.</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Legg til adresse</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Fjern adresse</translation>
    </message>
    <message>
        <source>Move address up</source>
        <translation>Flytt adressen opp</translation>
    </message>
    <message>
        <source>Move address down</source>
        <translation>Flytt adressen ned</translation>
    </message>
    <message>
        <source>Move the selected address up (Ctrl+Up in the list)</source>
        <translation>Flytt den valgte adressen opp (Ctrl+Opp i listen)</translation>
    </message>
    <message>
        <source>Move the selected address down (Ctrl+Down in the list)</source>
        <translation>Flytt den valgte adressen ned (Ctrl+Ned i listen)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posisjon</translation>
    </message>
    <message>
        <source>This user has no addresses yet.</source>
        <translation>Denne brukeren har ingen adresser ennå.</translation>
    </message>
    <message>
        <source>Selected address</source>
        <translation>Valgt adresse</translation>
    </message>
    <message>
        <source>(new address)</source>
        <translation>(ny adresse)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Endret, ikke lagret ennå</translation>
    </message>
    <message>
        <source>Position: %1, %2 (latitude, longitude)</source>
        <translation>Posisjon: %1, %2 (breddegrad, lengdegrad)</translation>
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
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>No valid server address (https://host) is set.</source>
        <translation>Ingen gyldig serveradresse (https://vert) er angitt.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>Serveradressen kan ikke inneholde brukernavn eller passord.</translation>
    </message>
    <message>
        <source>The API key or token contains spaces or characters that cannot be sent.</source>
        <translation>API-nøkkelen eller tokenet inneholder mellomrom eller tegn som ikke kan sendes.</translation>
    </message>
    <message>
        <source>The request has no valid path.</source>
        <translation>Forespørselen har ingen gyldig sti.</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>serveren lukket forbindelsen uten å svare</translation>
    </message>
    <message>
        <source>no HTTP answer arrived</source>
        <translation>det kom ikke noe HTTP-svar</translation>
    </message>
    <message>
        <source>an unexpected redirect</source>
        <translation>en uventet videresending</translation>
    </message>
    <message>
        <source>it is not a count</source>
        <translation>det er ikke et antall</translation>
    </message>
    <message>
        <source>it is not JSON but “%1” (a login page of a network or proxy?)</source>
        <translation>det er ikke JSON, men «%1» (en innloggingsside for et nettverk eller en proxy?)</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1 (%2)</source>
        <translation>ugyldig JSON ved byte %1 (%2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>forventet et JSON-objekt</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>forventet en JSON-liste</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>ikke noe fullstendig svar innen %n sekund</numerusform>
            <numerusform>ikke noe fullstendig svar innen %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <source>No user id was given.</source>
        <translation>Ingen bruker-ID ble oppgitt.</translation>
    </message>
    <message>
        <source>No order id was given.</source>
        <translation>Ingen ordre-ID ble oppgitt.</translation>
    </message>
    <message>
        <source>Only the orders of every customer can be searched.</source>
        <translation>Bare bestillingene til alle kunder kan søkes i.</translation>
    </message>
    <message>
        <source>Only the subscriptions of every customer can be searched.</source>
        <translation>Bare abonnementene til alle kunder kan søkes i.</translation>
    </message>
    <message>
        <source>No subscription id was given.</source>
        <translation>Ingen abonnements-ID ble oppgitt.</translation>
    </message>
    <message>
        <source>Only the payments of every customer can be searched.</source>
        <translation>Bare betalingene til alle kunder kan søkes i.</translation>
    </message>
    <message>
        <source>No order or subscription id was given.</source>
        <translation>Ingen bestillings- eller abonnements-ID ble oppgitt.</translation>
    </message>
    <message>
        <source>No payment id was given.</source>
        <translation>Ingen betalings-ID ble oppgitt.</translation>
    </message>
    <message>
        <source>No plan id was given.</source>
        <translation>Ingen plan-ID ble oppgitt.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the server</source>
        <translation>serveren</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Serveren svarte: «%1»</translation>
    </message>
    <message>
        <source>The server said about “%1”: “%2”</source>
        <translation>Serveren svarte om «%1»: «%2»</translation>
    </message>
    <message>
        <source>The problem is with “%1”.</source>
        <translation>Problemet gjelder «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Prøv igjen om %n sekund.</numerusform>
            <numerusform>Prøv igjen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request could not be made. Nothing was sent.</source>
        <translation>Forespørselen kunne ikke lages. Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>The request could not be made: %1 Nothing was sent.</source>
        <translation>Forespørselen kunne ikke lages: %1 Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>The address of %1 does not start with https. Connections to a server other than this computer must be encrypted, so nothing was sent.</source>
        <translation>Adressen til %1 begynner ikke med https. Forbindelser til andre servere enn denne datamaskinen må være kryptert, så ingenting ble sendt.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection. Check the address and port, and that the server is running.</source>
        <translation>Serveren %1 avviste forbindelsen. Kontroller adressen og porten, og at serveren kjører.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address and your network connection.</source>
        <translation>Finner ikke servernavnet %1. Kontroller adressen og nettverksforbindelsen.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Check your network connection and try again.</source>
        <translation>Serveren %1 svarte ikke i tide. Kontroller nettverksforbindelsen og prøv igjen.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established, so nothing was sent.</source>
        <translation>Kunne ikke opprette en sikker forbindelse til %1, så ingenting ble sendt.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established (%2), so nothing was sent.</source>
        <translation>Kunne ikke opprette en sikker forbindelse til %1 (%2), så ingenting ble sendt.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Forbindelsen til %1 mislyktes.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Forbindelsen til %1 mislyktes: %2</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off before it was complete. Try again.</source>
        <translation>Svaret fra %1 ble avbrutt før det var fullstendig. Prøv igjen.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another server. It was not followed, so your credentials were not sent there.</source>
        <translation>%1 videresendte forespørselen til en annen server. Videresendingen ble ikke fulgt, så påloggingsdataene dine ble ikke sendt dit.</translation>
    </message>
    <message>
        <source>%1 redirected the request to another server (%2). It was not followed, so your credentials were not sent there.</source>
        <translation>%1 videresendte forespørselen til en annen server (%2). Videresendingen ble ikke fulgt, så påloggingsdataene dine ble ikke sendt dit.</translation>
    </message>
    <message>
        <source>%1 redirected the request too many times. Check the server address.</source>
        <translation>%1 videresendte forespørselen for mange ganger. Kontroller serveradressen.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than allowed and was not read.</source>
        <translation>Svaret fra %1 er større enn tillatt og ble ikke lest.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the limit of %2 and was not read.</source>
        <translation>Svaret fra %1 er større enn grensen på %2 og ble ikke lest.</translation>
    </message>
    <message>
        <source>The server %1 had a problem (HTTP %2).</source>
        <translation>Serveren %1 fikk et problem (HTTP %2).</translation>
    </message>
    <message>
        <source>The server %1 refused the request (HTTP %2).</source>
        <translation>Serveren %1 avviste forespørselen (HTTP %2).</translation>
    </message>
    <message>
        <source>The server %1 no longer accepts the API key or token (HTTP 401). Sign in again or update the connection&apos;s credentials.</source>
        <translation>Serveren %1 godtar ikke lenger API-nøkkelen eller tokenet (HTTP 401). Logg inn på nytt eller oppdater påloggingsdataene for tilkoblingen.</translation>
    </message>
    <message>
        <source>The current credentials are not allowed to do this on %1 (HTTP 403). A staff service-account key is needed.</source>
        <translation>De gjeldende påloggingsdataene har ikke lov til dette på %1 (HTTP 403). Det trengs en tjenestekontonøkkel for ansatte.</translation>
    </message>
    <message>
        <source>The record was not found on %1 (HTTP 404). It may have been deleted or belong to another company.</source>
        <translation>Finner ikke oppføringen på %1 (HTTP 404). Den kan være slettet eller tilhøre et annet firma.</translation>
    </message>
    <message>
        <source>Someone changed this record on %1 after you loaded it (HTTP 412). Nothing was saved; reload it to see the changes.</source>
        <translation>Noen endret denne oppføringen på %1 etter at du lastet den (HTTP 412). Ingenting ble lagret; last den på nytt for å se endringene.</translation>
    </message>
    <message>
        <source>The server %1 is receiving too many requests (HTTP 429). %2</source>
        <translation>Serveren %1 får for mange forespørsler (HTTP 429). %2</translation>
    </message>
    <message>
        <source>The server %1 is receiving too many requests (HTTP 429). Wait a moment and try again.</source>
        <translation>Serveren %1 får for mange forespørsler (HTTP 429). Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read.</source>
        <translation>Svaret fra %1 kunne ikke leses.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read: %2</source>
        <translation>Svaret fra %1 kunne ikke leses: %2</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read: field “%2” is not valid.</source>
        <translation>Svaret fra %1 kunne ikke leses: feltet «%2» er ugyldig.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read: field “%2”: %3</source>
        <translation>Svaret fra %1 kunne ikke leses: feltet «%2»: %3</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Forespørselen ble avbrutt.</translation>
    </message>
    <message>
        <source>The request was replaced by a newer one.</source>
        <translation>Forespørselen ble erstattet av en nyere.</translation>
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
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
</context>
<context>
    <name>BulkTagDialog</name>
    <message>
        <source>Add Tag</source>
        <translation>Legg til etikett</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Fjern etikett</translation>
    </message>
    <message numerus="yes">
        <source>Add a tag to the %Ln selected user(s).</source>
        <translation>
            <numerusform>Legg til en etikett på %Ln valgt bruker.</numerusform>
            <numerusform>Legg til en etikett på %Ln valgte brukere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove a tag from the %Ln selected user(s).</source>
        <translation>
            <numerusform>Fjern en etikett fra %Ln valgt bruker.</numerusform>
            <numerusform>Fjern en etikett fra %Ln valgte brukere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>For example vip</source>
        <translation>For eksempel vip</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v av %m</translation>
    </message>
    <message>
        <source>Results per user</source>
        <translation>Resultat per bruker</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>&amp;Add Tag</source>
        <translation>&amp;Legg til etikett</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>&amp;Fjern etikett</translation>
    </message>
    <message>
        <source>Add tag to the selected users</source>
        <translation>Legg til etiketten på de valgte brukerne</translation>
    </message>
    <message>
        <source>Remove tag from the selected users</source>
        <translation>Fjern etiketten fra de valgte brukerne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Copy Results</source>
        <translation>&amp;Kopier resultatene</translation>
    </message>
    <message>
        <source>Copy results</source>
        <translation>Kopier resultatene</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Etikett:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <source>Adds %1 to %2 of %Ln selected user(s)</source>
        <translation>
            <numerusform>Legger til %1 på %2 av %Ln valgt bruker</numerusform>
            <numerusform>Legger til %1 på %2 av %Ln valgte brukere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln already have it)</source>
        <translation>
            <numerusform>(%Ln har den allerede)</numerusform>
            <numerusform>(%Ln har den allerede)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %1 from %2 of %Ln selected user(s)</source>
        <translation>
            <numerusform>Fjerner %1 fra %2 av %Ln valgt bruker</numerusform>
            <numerusform>Fjerner %1 fra %2 av %Ln valgte brukere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln do not have it)</source>
        <translation>
            <numerusform>(%Ln har den ikke)</numerusform>
            <numerusform>(%Ln har den ikke)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Ingenting å gjøre.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Avbryter …</translation>
    </message>
    <message numerus="yes">
        <source>Added to %Ln user(s)</source>
        <translation>
            <numerusform>Lagt til på %Ln bruker</numerusform>
            <numerusform>Lagt til på %Ln brukere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from %Ln user(s)</source>
        <translation>
            <numerusform>Fjernet fra %Ln bruker</numerusform>
            <numerusform>Fjernet fra %Ln brukere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln hoppet over</numerusform>
            <numerusform>%Ln hoppet over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln mislyktes</numerusform>
            <numerusform>%Ln mislyktes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln canceled</source>
        <translation>
            <numerusform>%Ln avbrutt</numerusform>
            <numerusform>%Ln avbrutt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n bruker</numerusform>
            <numerusform>%n brukere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected user(s) (%Ln)</source>
        <translation>
            <numerusform>Den &amp;valgte brukeren (%Ln)</numerusform>
            <numerusform>De &amp;valgte brukerne (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected users</source>
        <translation>De valgte brukerne</translation>
    </message>
    <message>
        <source>All matching users</source>
        <translation>Alle brukere som passer</translation>
    </message>
    <message>
        <source>The matching users could not be read: %1</source>
        <translation>Brukerne som passer, kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Reading the matching users…</source>
        <translation>Leser brukerne som passer …</translation>
    </message>
    <message numerus="yes">
        <source>Adds %1 to %2 of %Ln matching user(s)</source>
        <translation>
            <numerusform>Legger til %1 på %2 av %Ln bruker som passer</numerusform>
            <numerusform>Legger til %1 på %2 av %Ln brukere som passer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removes %1 from %2 of %Ln matching user(s)</source>
        <translation>
            <numerusform>Fjerner %1 fra %2 av %Ln bruker som passer</numerusform>
            <numerusform>Fjerner %1 fra %2 av %Ln brukere som passer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A&amp;ll %Ln matching user(s)</source>
        <translation>
            <numerusform>A&amp;lle som passer (%Ln bruker)</numerusform>
            <numerusform>A&amp;lle som passer (%Ln brukere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add a tag to all %Ln matching user(s).</source>
        <translation>
            <numerusform>Legg til en etikett på %Ln bruker som passer.</numerusform>
            <numerusform>Legg til en etikett på alle %Ln brukere som passer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove a tag from all %Ln matching user(s).</source>
        <translation>
            <numerusform>Fjern en etikett fra %Ln bruker som passer.</numerusform>
            <numerusform>Fjern en etikett fra alle %Ln brukere som passer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change journal could not be written: %1</source>
        <translation>Endringsloggen kunne ikke skrives: %1</translation>
    </message>
</context>
<context>
    <name>BulkTagJob</name>
    <message>
        <source>Enter a tag.</source>
        <translation>Skriv inn en etikett.</translation>
    </message>
    <message>
        <source>A tag cannot contain a comma.</source>
        <translation>En etikett kan ikke inneholde komma.</translation>
    </message>
    <message>
        <source>A tag cannot start or end with a space.</source>
        <translation>En etikett kan ikke begynne eller slutte med mellomrom.</translation>
    </message>
    <message>
        <source>Already had the tag.</source>
        <translation>Hadde etiketten allerede.</translation>
    </message>
    <message>
        <source>Did not have the tag.</source>
        <translation>Hadde ikke etiketten.</translation>
    </message>
    <message>
        <source>Canceled before it was changed.</source>
        <translation>Avbrutt før endringen.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke utført</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppet over</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Bruker-ID</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Denne brukeren finnes ikke lenger.</translation>
    </message>
    <message>
        <source>This user was deleted after being selected.</source>
        <translation>Denne brukeren ble slettet etter at den ble valgt.</translation>
    </message>
    <message>
        <source>Already had the tag (added elsewhere meanwhile).</source>
        <translation>Hadde etiketten allerede (lagt til et annet sted i mellomtiden).</translation>
    </message>
    <message>
        <source>Did not have the tag (removed elsewhere meanwhile).</source>
        <translation>Hadde ikke etiketten (fjernet et annet sted i mellomtiden).</translation>
    </message>
    <message>
        <source>Interrupted while writing; the tag may or may not have been changed.</source>
        <translation>Avbrutt under skriving; etiketten kan ha blitt endret eller ikke.</translation>
    </message>
    <message numerus="yes">
        <source>The user kept changing while the tag was written (tried %n time(s)); nothing was overwritten.</source>
        <translation>
            <numerusform>Brukeren ble endret hele tiden mens etiketten ble skrevet (prøvde %n gang); ingenting ble overskrevet.</numerusform>
            <numerusform>Brukeren ble endret hele tiden mens etiketten ble skrevet (prøvde %n ganger); ingenting ble overskrevet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: the run was canceled.</source>
        <translation>Ikke endret: kjøringen ble avbrutt.</translation>
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
        <translation>Kort</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>Cannot write the change journal %1: %2</source>
        <translation>Kan ikke skrive endringsloggen %1: %2</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tid (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Bruker-ID</translation>
    </message>
    <message>
        <source>Human id</source>
        <translation>Kunde-ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Etter</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>ChangeJournalDialog</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksporter CSV …</translation>
    </message>
    <message>
        <source>Change Journal</source>
        <translation>Endringslogg</translation>
    </message>
    <message>
        <source>Change journal</source>
        <translation>Endringslogg</translation>
    </message>
    <message>
        <source>Every change BuiltOn Admin saved on this computer: when, by whom, on which server, and each field&apos;s value before and after.</source>
        <translation>Alle endringer BuiltOn Admin har lagret fra denne datamaskinen: når, av hvem, på hvilken server, og hvert felts verdi før og etter.</translation>
    </message>
    <message>
        <source>Only this user</source>
        <translation>Bare denne brukeren</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksporter CSV</translation>
    </message>
    <message>
        <source>Export Change Journal</source>
        <translation>Eksporter endringslogg</translation>
    </message>
    <message>
        <source>change-journal.csv</source>
        <translation>endringslogg.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>&amp;Only %1</source>
        <translation>&amp;Bare %1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrer på bruker</translation>
    </message>
    <message>
        <source>Filter by user: name, customer ID or id</source>
        <translation>Filtrer på bruker: navn, kunde-ID eller id</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln endring eksportert til %1.</numerusform>
            <numerusform>%Ln endringer eksportert til %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln endring</numerusform>
            <numerusform>%Ln endringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln change(s)</source>
        <translation>
            <numerusform>%1 av %Ln endring</numerusform>
            <numerusform>%1 av %Ln endringer</numerusform>
        </translation>
    </message>
    <message>
        <source>No change was made to a user matching “%1”.</source>
        <translation>Ingen endring på en bruker som passer med «%1».</translation>
    </message>
    <message>
        <source>No change to this user was saved on this computer.</source>
        <translation>Ingen endring på denne brukeren er lagret på denne datamaskinen.</translation>
    </message>
    <message>
        <source>No change was saved on this computer yet.</source>
        <translation>Ingen endring er lagret på denne datamaskinen ennå.</translation>
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
        <translation>Tid</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Etter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Leveringsstatus</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Bestilling %1: %2</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Apply Choices and Save</source>
        <translation>&amp;Bruk valgene og lagre</translation>
    </message>
    <message>
        <source>&amp;Keep All Mine</source>
        <translation>Behold alle &amp;mine</translation>
    </message>
    <message>
        <source>&amp;Take All Theirs</source>
        <translation>Ta alle &amp;deres</translation>
    </message>
    <message>
        <source>&amp;Reload Everything</source>
        <translation>Last &amp;alt på nytt</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Endret av noen andre</translation>
    </message>
    <message>
        <source>Conflicting changes</source>
        <translation>Motstridende endringer</translation>
    </message>
    <message>
        <source>While you were editing %1, someone else saved different values for the fields below. Nothing has been written yet. Choose for each field which value to keep; your other changes are kept, and changes only the other person made are already taken.</source>
        <translation>Mens du redigerte %1, lagret noen andre andre verdier i feltene nedenfor. Ingenting er skrevet ennå. Velg for hvert felt hvilken verdi som skal beholdes; de andre endringene dine beholdes, og endringer bare den andre personen gjorde, er allerede tatt med.</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>Felt i konflikt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>You started from</source>
        <translation>Du startet med</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>Din endring</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Nå på serveren</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>Value to keep for %1</source>
        <translation>Verdien som skal beholdes for %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deres</translation>
    </message>
    <message>
        <source>Apply choices and save</source>
        <translation>Bruk valgene og lagre</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Behold alle mine</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Ta alle deres</translation>
    </message>
    <message>
        <source>Reload everything</source>
        <translation>Last alt på nytt</translation>
    </message>
    <message>
        <source>Drop all your unsaved changes to this user and show what is on the server now.</source>
        <translation>Forkast alle ulagrede endringer for denne brukeren og vis det som ligger på serveren nå.</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Bestem senere</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Bestem senere</translation>
    </message>
    <message>
        <source>Will be saved</source>
        <translation>Blir lagret</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Begge</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Tilkoblinger</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Legg til en tilkobling</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern …</translation>
    </message>
    <message>
        <source>Remove the connection</source>
        <translation>Fjern tilkoblingen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>f.eks. Produksjon</translation>
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
        <translation>Miljø</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nøkkel</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Show the API key and token</source>
        <translation>Vis API-nøkkelen og tokenet</translation>
    </message>
    <message>
        <source>Keep the API key and token in memory for this session only</source>
        <translation>Hold API-nøkkelen og tokenet i minnet bare for denne økten</translation>
    </message>
    <message>
        <source>Keep credentials for this session only</source>
        <translation>Behold påloggingsdata bare for denne økten</translation>
    </message>
    <message>
        <source>Nothing is written to disk; BuiltOn Admin forgets them when it quits.</source>
        <translation>Ingenting skrives til disk; BuiltOn Admin glemmer dem når programmet avsluttes.</translation>
    </message>
    <message>
        <source>Credentials are kept in memory for this session only. Save to keep the ones entered, then connect.</source>
        <translation>Påloggingsdata holdes i minnet bare for denne økten. Lagre for å beholde dem du har skrevet inn, og koble deretter til.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Miljø:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-n&amp;økkel:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>T&amp;est tilkoblingen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Test tilkoblingen</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Tilkoblingstest</translation>
    </message>
    <message>
        <source>Token belongs to:</source>
        <translation>Tokenet tilhører:</translation>
    </message>
    <message>
        <source>Token expires:</source>
        <translation>Tokenet utløper:</translation>
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
        <translation>La&amp;gre</translation>
    </message>
    <message>
        <source>Save the connection</source>
        <translation>Lagre tilkoblingen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Koble til</translation>
    </message>
    <message>
        <source>Connect with this connection</source>
        <translation>Koble til med denne tilkoblingen</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (i bruk)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>the new connection</source>
        <translation>den nye tilkoblingen</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Forkast endringer</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Vil du forkaste endringene dine i %1?</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Ny tilkobling</translation>
    </message>
    <message>
        <source>Connection “%1”</source>
        <translation>Tilkoblingen «%1»</translation>
    </message>
    <message>
        <source>Reading from the keyring…</source>
        <translation>Leser fra nøkkelringen …</translation>
    </message>
    <message>
        <source>You can still connect: enter the API key and token and tick “%1”; they are then kept in memory and forgotten when BuiltOn Admin quits.</source>
        <translation>Du kan likevel koble til: skriv inn API-nøkkelen og tokenet og kryss av for «%1»; da holdes de i minnet og glemmes når BuiltOn Admin avsluttes.</translation>
    </message>
    <message>
        <source>Enter both the API key and the token.</source>
        <translation>Skriv inn både API-nøkkelen og tokenet.</translation>
    </message>
    <message>
        <source>Saved. Enter the API key and token again for the new address.</source>
        <translation>Lagret. Skriv inn API-nøkkelen og tokenet på nytt for den nye adressen.</translation>
    </message>
    <message>
        <source>Saved. No API key or token was entered, so the keyring was not changed.</source>
        <translation>Lagret. Ingen API-nøkkel eller token ble skrevet inn, så nøkkelringen ble ikke endret.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Saving the credentials…</source>
        <translation>Lagrer påloggingsdataene …</translation>
    </message>
    <message>
        <source>The credentials saved for the old address could not be removed: %1</source>
        <translation>Påloggingsdataene som var lagret for den gamle adressen, kunne ikke fjernes: %1</translation>
    </message>
    <message>
        <source>Remove the PRODUCTION connection “%1”? Its API key and token are deleted from this computer.</source>
        <translation>Vil du fjerne PRODUKSJONS-tilkoblingen «%1»? API-nøkkelen og tokenet slettes fra denne datamaskinen.</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its API key and token are deleted from this computer.</source>
        <translation>Vil du fjerne tilkoblingen «%1»? API-nøkkelen og tokenet slettes fra denne datamaskinen.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Fjern tilkobling</translation>
    </message>
    <message>
        <source>Removing the credentials…</source>
        <translation>Fjerner påloggingsdataene …</translation>
    </message>
    <message>
        <source>%1

Remove the connection “%2” anyway? Its credentials may stay in the keyring.</source>
        <translation>%1

Vil du fjerne tilkoblingen «%2» likevel? Påloggingsdataene kan bli liggende i nøkkelringen.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Enter the API key and the token to test the connection.</source>
        <translation>Skriv inn API-nøkkelen og tokenet for å teste tilkoblingen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Tester …</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Connected. These credentials reach the whole company (%1 users).</source>
        <translation>Tilkoblet. Disse påloggingsdataene gir tilgang til hele firmaet (%1 brukere).</translation>
    </message>
    <message>
        <source>Connected. These credentials reach the whole company.</source>
        <translation>Tilkoblet. Disse påloggingsdataene gir tilgang til hele firmaet.</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>en kunde</translation>
    </message>
    <message>
        <source>Connected as %1. This is a customer’s token: it reaches only that customer’s own record.</source>
        <translation>Tilkoblet som %1. Dette er en kundes token: det gir bare tilgang til kundens egen oppføring.</translation>
    </message>
    <message>
        <source>Not stated in the token</source>
        <translation>Står ikke i tokenet</translation>
    </message>
    <message>
        <source>This token expired on %1. Ask for a new one; the server will refuse this one.</source>
        <translation>Dette tokenet utløp %1. Be om et nytt; serveren vil avvise dette.</translation>
    </message>
    <message>
        <source>This token expires on %1, less than a week from now. Ask for a new one before then.</source>
        <translation>Dette tokenet utløper %1, om mindre enn en uke. Be om et nytt før det.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Gi tilkoblingen et navn.</translation>
    </message>
    <message>
        <source>The connection name is too long (at most 100 characters).</source>
        <translation>Tilkoblingsnavnet er for langt (høyst 100 tegn).</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://api.example.com.</source>
        <translation>Skriv inn serveradressen, for eksempel https://api.example.com.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for this computer).</source>
        <translation>Serveradressen må begynne med https:// (eller http:// for denne datamaskinen).</translation>
    </message>
    <message>
        <source>The server address has no host name.</source>
        <translation>Serveradressen har ikke noe vertsnavn.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the server address; enter the API key and token separately, they are kept in the system keyring.</source>
        <translation>Fjern brukernavnet og passordet fra serveradressen; skriv inn API-nøkkelen og tokenet hver for seg, de lagres i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>Remove the part after ? or # from the server address.</source>
        <translation>Fjern delen etter ? eller # fra serveradressen.</translation>
    </message>
    <message>
        <source>Use https:// for %1: plain http is only allowed for this computer.</source>
        <translation>Bruk https:// for %1: vanlig http er bare tillatt for denne datamaskinen.</translation>
    </message>
    <message>
        <source>The colour must look like #1a2b3c.</source>
        <translation>Fargen må se ut som #1a2b3c.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Testmiljø</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusView</name>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Tilkoblinger …</translation>
    </message>
    <message>
        <source>Retry connecting</source>
        <translation>Prøv å koble til igjen</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Administrer tilkoblinger</translation>
    </message>
</context>
<context>
    <name>CredentialResult</name>
    <message>
        <source>Using the credentials of “%1” kept for this session only.</source>
        <translation>Bruker påloggingsdataene for «%1» som bare gjelder denne økten.</translation>
    </message>
    <message>
        <source>The credentials of “%1” were read from the system keyring.</source>
        <translation>Påloggingsdataene for «%1» ble lest fra systemets nøkkelring.</translation>
    </message>
    <message>
        <source>The credentials of “%1” are kept for this session only; they are forgotten when BuiltOn Admin closes.</source>
        <translation>Påloggingsdataene for «%1» gjelder bare denne økten; de glemmes når BuiltOn Admin lukkes.</translation>
    </message>
    <message>
        <source>The credentials of “%1” are saved in the system keyring.</source>
        <translation>Påloggingsdataene for «%1» er lagret i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>The credentials of “%1” were forgotten.</source>
        <translation>Påloggingsdataene for «%1» ble glemt.</translation>
    </message>
    <message>
        <source>The credentials of “%1” were removed from the system keyring, and it was checked that they are gone.</source>
        <translation>Påloggingsdataene for «%1» ble fjernet fra systemets nøkkelring, og det ble kontrollert at de er borte.</translation>
    </message>
    <message>
        <source>No credentials are saved for “%1”. Enter its API key and token to connect.</source>
        <translation>Ingen påloggingsdata er lagret for «%1». Skriv inn API-nøkkelen og tokenet for å koble til.</translation>
    </message>
    <message>
        <source>The system keyring is locked, so the credentials of “%1” cannot be read. Unlock the keyring (for example in Passwords and Keys, or by logging in again) and try again. Nothing was changed.</source>
        <translation>Systemets nøkkelring er låst, så påloggingsdataene for «%1» kan ikke leses. Lås opp nøkkelringen (for eksempel i Passord og nøkler, eller ved å logge inn på nytt) og prøv igjen. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The system keyring is locked, so the credentials of “%1” were not saved. Unlock the keyring and try again, or use the credentials for this session only.</source>
        <translation>Systemets nøkkelring er låst, så påloggingsdataene for «%1» ble ikke lagret. Lås opp nøkkelringen og prøv igjen, eller bruk påloggingsdataene bare for denne økten.</translation>
    </message>
    <message>
        <source>The system keyring is locked, so BuiltOn Admin cannot remove the credentials of “%1” or check that they are gone. Unlock the keyring and try again.</source>
        <translation>Systemets nøkkelring er låst, så BuiltOn Admin kan ikke fjerne påloggingsdataene for «%1» eller kontrollere at de er borte. Lås opp nøkkelringen og prøv igjen.</translation>
    </message>
    <message>
        <source>No keyring service is running, so BuiltOn Admin cannot read the saved credentials of “%1”. Install or unlock gnome-keyring (or KWallet) and restart BuiltOn Admin, or enter the credentials and use them for this session only.</source>
        <translation>Ingen nøkkelringtjeneste kjører, så BuiltOn Admin kan ikke lese de lagrede påloggingsdataene for «%1». Installer eller lås opp gnome-keyring (eller KWallet) og start BuiltOn Admin på nytt, eller skriv inn påloggingsdataene og bruk dem bare for denne økten.</translation>
    </message>
    <message>
        <source>No keyring service is running, so BuiltOn Admin cannot store the credentials of “%1” securely. Install or unlock gnome-keyring (or KWallet), or use the credentials for this session only.</source>
        <translation>Ingen nøkkelringtjeneste kjører, så BuiltOn Admin kan ikke lagre påloggingsdataene for «%1» sikkert. Installer eller lås opp gnome-keyring (eller KWallet), eller bruk påloggingsdataene bare for denne økten.</translation>
    </message>
    <message>
        <source>No keyring service is running, so BuiltOn Admin cannot remove the credentials of “%1”; they may still be stored. Start gnome-keyring (or KWallet) and try again.</source>
        <translation>Ingen nøkkelringtjeneste kjører, så BuiltOn Admin kan ikke fjerne påloggingsdataene for «%1»; de kan fortsatt være lagret. Start gnome-keyring (eller KWallet) og prøv igjen.</translation>
    </message>
    <message>
        <source>The system keyring could not delete the credentials of “%1”; they may still be stored. Try again, or delete them in your keyring manager.</source>
        <translation>Systemets nøkkelring kunne ikke slette påloggingsdataene for «%1»; de kan fortsatt være lagret. Prøv igjen, eller slett dem i nøkkelringbehandleren.</translation>
    </message>
    <message>
        <source>The credentials of “%1” are still in the system keyring after removing them. Delete them in your keyring manager.</source>
        <translation>Påloggingsdataene for «%1» ligger fortsatt i systemets nøkkelring etter at de ble fjernet. Slett dem i nøkkelringbehandleren.</translation>
    </message>
    <message>
        <source>The system keyring did not keep the credentials of “%1”: reading them back gave a different answer. Check that your keyring can store passwords, or use the credentials for this session only.</source>
        <translation>Systemets nøkkelring tok ikke vare på påloggingsdataene for «%1»: da de ble lest tilbake, var svaret et annet. Kontroller at nøkkelringen kan lagre passord, eller bruk påloggingsdataene bare for denne økten.</translation>
    </message>
    <message>
        <source>The credentials saved for “%1” are not in a form BuiltOn Admin understands. They were left as they are; enter the API key and token again to replace them.</source>
        <translation>Påloggingsdataene som er lagret for «%1», har et format BuiltOn Admin ikke forstår. De ble latt være som de er; skriv inn API-nøkkelen og tokenet på nytt for å erstatte dem.</translation>
    </message>
    <message>
        <source>The connection “%1” has no valid server address, so its credentials cannot be looked up. Edit the connection first.</source>
        <translation>Tilkoblingen «%1» har ingen gyldig serveradresse, så påloggingsdataene kan ikke slås opp. Rediger tilkoblingen først.</translation>
    </message>
    <message>
        <source>Enter both the API key and the token of “%1”.</source>
        <translation>Skriv inn både API-nøkkelen og tokenet for «%1».</translation>
    </message>
    <message>
        <source>BuiltOn Admin refused to use the keyring for “%1” because credentials could have been stored unencrypted. Please report this problem.</source>
        <translation>BuiltOn Admin nektet å bruke nøkkelringen for «%1» fordi påloggingsdataene kunne blitt lagret ukryptert. Meld fra om dette problemet.</translation>
    </message>
    <message>
        <source>The system keyring reported a problem with the credentials of “%1”. Nothing else was changed; try again, or see the details.</source>
        <translation>Systemets nøkkelring meldte om et problem med påloggingsdataene for «%1». Ingenting annet ble endret; prøv igjen, eller se detaljene.</translation>
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
        <translation>fra %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No date limit</source>
        <translation>Ingen datogrense</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>begynnelsen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nå</translation>
    </message>
    <message>
        <source>From %1 to %2, both included</source>
        <translation>Fra %1 til %2, begge inkludert</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>I går</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Siste 7 dager</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Siste 30 dager</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måneden</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Hele perioden</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Egendefinert periode</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Leveringstid</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft names no connection or no valid user.</source>
        <translation>Utkastet angir ingen tilkobling eller ingen gyldig bruker.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke opprette mappen %1.</translation>
    </message>
    <message>
        <source>Cannot write the draft %1: %2</source>
        <translation>Kan ikke skrive utkastet %1: %2</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>just now</source>
        <translation>akkurat nå</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>for %n minutt siden</numerusform>
            <numerusform>for %n minutter siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>for %n time siden</numerusform>
            <numerusform>for %n timer siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dager siden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Forkast …</translation>
    </message>
    <message>
        <source>Unsaved Changes Found</source>
        <translation>Fant ulagrede endringer</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Fant ulagrede endringer</translation>
    </message>
    <message>
        <source>BuiltOn Admin ended before these changes were saved. Restore them to review and save them; changes made on the server since are checked before anything is written.</source>
        <translation>BuiltOn Admin ble avsluttet før disse endringene ble lagret. Gjenopprett dem for å se over og lagre dem; endringer som er gjort på serveren siden, kontrolleres før noe skrives.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Endrede felt</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Ikke nå</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <source>Discard Unsaved Changes</source>
        <translation>Forkast ulagrede endringer</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved changes to %n user(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Vil du forkaste de ulagrede endringene for %n bruker? Dette kan ikke angres.</numerusform>
            <numerusform>Vil du forkaste de ulagrede endringene for %n brukere? Dette kan ikke angres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnvironmentBand</name>
    <message>
        <source>PRODUCTION: %1 (%2). Changes here affect real customers.</source>
        <translation>PRODUKSJON: %1 (%2). Endringer her påvirker ekte kunder.</translation>
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
        <translation>Melding</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Lukk meldingen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasjon</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
</context>
<context>
    <name>ExtendedJson</name>
    <message>
        <source>expected an object</source>
        <translation>forventet et objekt</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>forventet en liste</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>forventet tekst</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>forventet et tall</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>forventet et heltall</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>forventet sann eller usann</translation>
    </message>
    <message>
        <source>expected an object id</source>
        <translation>forventet en objekt-ID</translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation>forventet en dato</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1 at byte %2)</source>
        <translation>svaret er ikke gyldig JSON (%1 ved byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>forventet et JSON-objekt</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>forventet en JSON-liste</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message>
        <source>Go To</source>
        <translation>Gå til</translation>
    </message>
    <message>
        <source>Go to an order or a customer</source>
        <translation>Gå til en bestilling eller en kunde</translation>
    </message>
    <message>
        <source>Order number, customer ID, id, email or phone</source>
        <translation>Bestillingsnummer, kunde-ID, id, e-post eller telefon</translation>
    </message>
    <message>
        <source>&amp;Go to:</source>
        <translation>&amp;Gå til:</translation>
    </message>
    <message>
        <source>Matching customers and orders</source>
        <translation>Kunder og bestillinger som passer</translation>
    </message>
    <message>
        <source>Enter looks it up.</source>
        <translation>Enter slår det opp.</translation>
    </message>
    <message>
        <source>Looking up “%1”…</source>
        <translation>Slår opp «%1» …</translation>
    </message>
    <message>
        <source>Could not look it up: %1</source>
        <translation>Kunne ikke slå det opp: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Fant ingenting for «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es): Up and Down choose, Enter opens.</source>
        <translation>
            <numerusform>%Ln treff: Opp og Ned velger, Enter åpner.</numerusform>
            <numerusform>%Ln treff: Opp og Ned velger, Enter åpner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoToModel</name>
    <message>
        <source>Order %1</source>
        <translation>Bestilling %1</translation>
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
        <translation>Ingen skjermbilde: %1</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Demobutikk</translation>
    </message>
    <message>
        <source>Demo shop, as a customer</source>
        <translation>Demobutikk, som kunde</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Restart It</source>
        <translation>Start den på nytt</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Starter demoserveren …</translation>
    </message>
    <message>
        <source>The first start creates the demo shop&apos;s data, which can take a minute. Later starts reuse it.</source>
        <translation>Første oppstart lager dataene til demobutikken, og det kan ta et minutt. Senere oppstarter bruker dem om igjen.</translation>
    </message>
    <message>
        <source>There is no connection called “%1”: no connections are stored yet.</source>
        <translation>Det finnes ingen tilkobling som heter «%1»: ingen tilkoblinger er lagret ennå.</translation>
    </message>
    <message>
        <source>There is no connection called “%1”. Stored connections: %2.</source>
        <translation>Det finnes ingen tilkobling som heter «%1». Lagrede tilkoblinger: %2.</translation>
    </message>
    <message>
        <source>No connection is chosen yet, so there is nothing to show. Use --demo, --server or --profile.</source>
        <translation>Ingen tilkobling er valgt ennå, så det er ingenting å vise. Bruk --demo, --server eller --profile.</translation>
    </message>
    <message>
        <source>No screenshot: the user “%1” did not load within %2 s.</source>
        <translation>Ingen skjermbilde: brukeren «%1» ble ikke lastet inn innen %2 s.</translation>
    </message>
    <message>
        <source>The page “%1” (--show) is not available to these credentials.</source>
        <translation>Siden «%1» (--show) er ikke tilgjengelig med disse påloggingsdataene.</translation>
    </message>
    <message>
        <source>--open-user needs staff credentials; these reach only their own account.</source>
        <translation>--open-user trenger påloggingsdata for ansatte; disse gir bare tilgang til sin egen konto.</translation>
    </message>
    <message>
        <source>Cannot look up the user “%1”: %2</source>
        <translation>Kan ikke slå opp brukeren «%1»: %2</translation>
    </message>
    <message>
        <source>There is no user with the human_id or _id “%1”.</source>
        <translation>Det finnes ingen bruker med human_id eller _id «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a user&apos;s _id.</source>
        <translation>«%1» er ikke en brukers _id.</translation>
    </message>
    <message>
        <source>No screenshot: cannot open the user “%1”: %2</source>
        <translation>Ingen skjermbilde: kan ikke åpne brukeren «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ListExportJob</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>En eksport kjører allerede.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Ikke tilkoblet.</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Lukk meldingen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>ListTableView</name>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Tilbakestill kolonner</translation>
    </message>
    <message>
        <source>Show the usual columns in their usual order and widths</source>
        <translation>Vis de vanlige kolonnene i vanlig rekkefølge og bredde</translation>
    </message>
</context>
<context>
    <name>LocalServerProcess</name>
    <message>
        <source>The local server (builton-server) was found neither next to BuiltOn Admin (%1) nor on PATH. Build or install it, then try again.</source>
        <translation>Fant ikke den lokale serveren (builton-server) verken ved siden av BuiltOn Admin (%1) eller i PATH. Bygg eller installer den, og prøv igjen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the demo database.</source>
        <translation>Kan ikke opprette mappen %1 for demodatabasen.</translation>
    </message>
    <message>
        <source>Cannot create a private temporary folder for the demo credentials: %1</source>
        <translation>Kan ikke opprette en privat midlertidig mappe for demo-påloggingsdataene: %1</translation>
    </message>
    <message>
        <source>The local server %1 could not be started: %2</source>
        <translation>Den lokale serveren %1 kunne ikke startes: %2</translation>
    </message>
    <message>
        <source>The local server printed something other than its ready line.</source>
        <translation>Den lokale serveren skrev ut noe annet enn klar-linjen sin.</translation>
    </message>
    <message>
        <source>The local server did not write its credentials: %1</source>
        <translation>Den lokale serveren skrev ikke påloggingsdataene sine: %1</translation>
    </message>
    <message>
        <source>The credentials file of the local server has no API key or service-account key.</source>
        <translation>Påloggingsfilen til den lokale serveren har ingen API-nøkkel eller tjenestekontonøkkel.</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>den krasjet</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>avslutningskode %1</translation>
    </message>
    <message>
        <source>The local server stopped (%1).</source>
        <translation>Den lokale serveren stoppet (%1).</translation>
    </message>
    <message>
        <source>The local server stopped (%1): %2</source>
        <translation>Den lokale serveren stoppet (%1): %2</translation>
    </message>
    <message>
        <source>The local server did not become ready within %1 seconds.</source>
        <translation>Den lokale serveren ble ikke klar innen %1 sekunder.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Seksjoner</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Aktive forespørsler</translation>
    </message>
    <message>
        <source>connected, but the page showed no data</source>
        <translation>tilkoblet, men siden viste ingen data</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>ikke tilkoblet</translation>
    </message>
    <message>
        <source>No data arrived within the time allowed (%1 s): %2.</source>
        <translation>Ingen data kom innen tidsfristen (%1 s): %2.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Tilkoblinger …</translation>
    </message>
    <message>
        <source>&amp;Switch To</source>
        <translation>&amp;Bytt til</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Koble til på nytt</translation>
    </message>
    <message>
        <source>Sign &amp;Out and Forget Credentials…</source>
        <translation>Logg &amp;ut og glem påloggingsdata …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;Reload Page</source>
        <translation>&amp;Last inn siden på nytt</translation>
    </message>
    <message>
        <source>Change &amp;Journal…</source>
        <translation>&amp;Endringslogg …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About BuiltOn Admin</source>
        <translation>&amp;Om BuiltOn Admin</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Ingenting å vise</translation>
    </message>
    <message>
        <source>These credentials reach no page of BuiltOn Admin.</source>
        <translation>Disse påloggingsdataene gir ikke tilgang til noen side i BuiltOn Admin.</translation>
    </message>
    <message>
        <source>The token of “%1” expired on %2, so the server no longer accepts it. Enter a new token to keep working.</source>
        <translation>Tokenet for «%1» utløp %2, så serveren godtar det ikke lenger. Skriv inn et nytt token for å fortsette.</translation>
    </message>
    <message>
        <source>The server does not accept the credentials of “%1”. %2</source>
        <translation>Serveren godtar ikke påloggingsdataene for «%1». %2</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>Logg inn på nytt …</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>You can enter the API key and token for this session only; they are then kept in memory and forgotten when BuiltOn Admin quits.</source>
        <translation>Du kan skrive inn API-nøkkelen og tokenet bare for denne økten; da holdes de i minnet og glemmes når BuiltOn Admin avsluttes.</translation>
    </message>
    <message>
        <source>Enter Credentials…</source>
        <translation>Skriv inn påloggingsdata …</translation>
    </message>
    <message>
        <source>The credentials of “%1” are no longer valid. %2</source>
        <translation>Påloggingsdataene for «%1» er ikke lenger gyldige. %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn …</translation>
    </message>
    <message>
        <source>Requests in flight: %1</source>
        <translation>Aktive forespørsler: %1</translation>
    </message>
    <message>
        <source>Sign out of “%1”? Its credentials are only in memory and will be forgotten.</source>
        <translation>Vil du logge ut av «%1»? Påloggingsdataene ligger bare i minnet og blir glemt.</translation>
    </message>
    <message>
        <source>Sign out of “%1” and remove its API key and token from this computer? You will need them again to connect.</source>
        <translation>Vil du logge ut av «%1» og fjerne API-nøkkelen og tokenet fra denne datamaskinen? Du trenger dem igjen for å koble til.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <source>Signed out of “%1”; its credentials were forgotten.</source>
        <translation>Logget ut av «%1»; påloggingsdataene ble glemt.</translation>
    </message>
    <message>
        <source>%1, this session only</source>
        <translation>%1, bare denne økten</translation>
    </message>
    <message>
        <source>No connections yet</source>
        <translation>Ingen tilkoblinger ennå</translation>
    </message>
    <message>
        <source>The token of “%1” expired on %2. Enter a new token to keep working.</source>
        <translation>Tokenet for «%1» utløp %2. Skriv inn et nytt token for å fortsette.</translation>
    </message>
    <message>
        <source>The token of “%1” expires on %2, less than a week from now. Ask for a new one and enter it under Connections before then.</source>
        <translation>Tokenet for «%1» utløper %2, om mindre enn en uke. Be om et nytt og skriv det inn under Tilkoblinger før det.</translation>
    </message>
    <message>
        <source>Edit Connection…</source>
        <translation>Rediger tilkobling …</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 [PRODUCTION]</source>
        <translation>%1 [PRODUKSJON]</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (bare denne økten)</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Ingen tilkobling</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kobler til …</translation>
    </message>
    <message>
        <source>Welcome to BuiltOn Admin</source>
        <translation>Velkommen til BuiltOn Admin</translation>
    </message>
    <message>
        <source>Add a connection to start: the address of a BuiltOn server, an API key and a token.</source>
        <translation>Legg til en tilkobling for å begynne: adressen til en BuiltOn-server, en API-nøkkel og et token.</translation>
    </message>
    <message>
        <source>Choose a connection to work with.</source>
        <translation>Velg en tilkobling du vil arbeide med.</translation>
    </message>
    <message>
        <source>Connecting to “%1”…</source>
        <translation>Kobler til «%1» …</translation>
    </message>
    <message>
        <source>Reading the credentials from the system keyring.</source>
        <translation>Leser påloggingsdataene fra systemets nøkkelring.</translation>
    </message>
    <message>
        <source>Asking %1 what these credentials may do.</source>
        <translation>Spør %1 hva disse påloggingsdataene har lov til.</translation>
    </message>
    <message>
        <source>Could not connect to “%1”</source>
        <translation>Kunne ikke koble til «%1»</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Kan ikke skrive skjermbildet til %1.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>The new language is used the next time BuiltOn Admin starts.</source>
        <translation>Det nye språket brukes neste gang BuiltOn Admin startes.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Tilkobling</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Tilgang</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Vindu</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>Vis &amp;sidepanel</translation>
    </message>
    <message>
        <source>Show or hide the list of sections on the left</source>
        <translation>Vis eller skjul listen over deler til venstre</translation>
    </message>
    <message>
        <source>Go &amp;To Order or Customer…</source>
        <translation>Gå &amp;til bestilling eller kunde …</translation>
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
        <translation>Last på nytt</translation>
    </message>
    <message>
        <source>Your own record, as these credentials see it.</source>
        <translation>Din egen oppføring, slik disse påloggingsdataene ser den.</translation>
    </message>
    <message>
        <source>Reload my account</source>
        <translation>Last inn kontoen min på nytt</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Customer ID:</source>
        <translation>Kunde-ID:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiketter:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation>Fakturaadresse:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Kunde siden:</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Sist innlogget:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Mine ordrer</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Siste ordrer</translation>
    </message>
    <message>
        <source>My Account</source>
        <translation>Min konto</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Could not load your orders.</source>
        <translation>Kunne ikke laste inn ordrene dine.</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Ingen ordrer ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), newest first.</source>
        <translation>
            <numerusform>%Ln ordre, nyeste først.</numerusform>
            <numerusform>%Ln ordrer, nyeste først.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>the customer was not sent in full</source>
        <translation>kunden ble ikke sendt i sin helhet</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <source>Order %1</source>
        <translation>Ordre %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn …</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>Load the order again</source>
        <translation>Last inn ordren på nytt</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>Åpne &amp;kunde</translation>
    </message>
    <message>
        <source>Open the customer</source>
        <translation>Åpne kunden</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Opprettet:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Levering:</translation>
    </message>
    <message>
        <source>Delivery time:</source>
        <translation>Leveringstid:</translation>
    </message>
    <message>
        <source>Delivery address:</source>
        <translation>Leveringsadresse:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Sum:</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>Betalinger:</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>MVA</translation>
    </message>
    <message>
        <source>Final price</source>
        <translation>Sluttpris</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Varer:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Ikke tilkoblet.</translation>
    </message>
    <message>
        <source>Order %1 (deleted)</source>
        <translation>Ordre %1 (slettet)</translation>
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
        <translation>Ikke angitt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Guest</source>
        <extracomment>The customer of an order placed without a customer account</extracomment>
        <translation>Gjest</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln betaling</numerusform>
            <numerusform>%Ln betalinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln failed</source>
        <translation>
            <numerusform>%1, %Ln mislyktes</numerusform>
            <numerusform>%1, %Ln mislyktes</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the payments: %1</source>
        <translation>Kunne ikke laste betalingene: %1</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalinger</translation>
    </message>
    <message>
        <source>Pa&amp;yments:</source>
        <translation>Beta&amp;linger:</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestillingsstatus</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Leveringsstatus</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Deli&amp;very:</source>
        <translation>Le&amp;vering:</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Bruk</translation>
    </message>
    <message>
        <source>Save the chosen status and delivery status</source>
        <translation>Lagre valgt status og leveringsstatus</translation>
    </message>
    <message>
        <source>Cancel &amp;Order…</source>
        <translation>Kanseller &amp;bestilling …</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Kanseller bestillingen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Last på nytt</translation>
    </message>
    <message>
        <source>order %1 of %2</source>
        <extracomment>An order and its customer in questions: &quot;order LM34ZU of Ann Berg&quot;</extracomment>
        <translation>bestilling %1 fra %2</translation>
    </message>
    <message>
        <source>Confirm Change</source>
        <translation>Bekreft endring</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>uten beløp</translation>
    </message>
    <message>
        <source>Cancel order %1 of %2, total %3?</source>
        <translation>Kansellere bestilling %1 fra %2, totalt %3?</translation>
    </message>
    <message>
        <source>Its status and delivery status become Canceled; payments not taken yet are canceled. A payment already taken is not refunded.</source>
        <translation>Status og leveringsstatus blir «Kansellert»; betalinger som ikke er trukket ennå, kanselleres. En betaling som allerede er trukket, refunderes ikke.</translation>
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
        <translation>Kanseller bestilling</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Kansellerer …</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Saved, but the change journal could not be written: %1</source>
        <translation>Lagret, men endringsloggen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1: you started from %2, you chose %3, now on the server: %4</source>
        <extracomment>A field someone else changed: &quot;Status: you started from Pending, you chose Done, now on the server: Success&quot;</extracomment>
        <translation>%1: du startet med %2, du valgte %3, nå på serveren: %4</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were changing it. Nothing has been written yet.

%2

Save writes your choice over theirs; Discard shows the order as it is now; Cancel keeps your choice here, unsaved.</source>
        <translation>Noen andre endret %1 mens du endret den. Ingenting er skrevet ennå.

%2

Lagre skriver ditt valg over deres; Forkast viser bestillingen slik den er nå; Avbryt beholder valget ditt her, ulagret.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed %1 meanwhile.</source>
        <translation>Ikke lagret: noen andre har endret %1 i mellomtiden.</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Endret av noen andre</translation>
    </message>
    <message>
        <source>Showing the order as it is now; nothing was written.</source>
        <translation>Viser bestillingen slik den er nå; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>Not saved: %1 changed on the server again. Reload it and try again.</source>
        <translation>Ikke lagret: %1 ble endret på serveren igjen. Last på nytt og prøv igjen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke lagret: %1</translation>
    </message>
</context>
<context>
    <name>OrderFilter</name>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Vellykket</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>delivery</comment>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>delivery</comment>
        <translation>Godtatt</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>delivery</comment>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>delivery</comment>
        <translation>Levert</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>delivery</comment>
        <translation>Avbrutt</translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <source>Date range</source>
        <translation>Datoperiode</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datoer:</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>A date edit&apos;s text when that end of the range is open</extracomment>
        <translation>alle</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fra-dato</translation>
    </message>
    <message>
        <source>First day, included</source>
        <translation>Første dag, inkludert</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Til-dato</translation>
    </message>
    <message>
        <source>Last day, included</source>
        <translation>Siste dag, inkludert</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>F&amp;ra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Date the range applies to</source>
        <translation>Datoen perioden gjelder</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Etter:</translation>
    </message>
    <message>
        <source>Which date of an order the range applies to</source>
        <translation>Hvilken dato på ordren perioden gjelder</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Show orders in any of the checked statuses</source>
        <translation>Vis ordrer med en av de avkryssede statusene</translation>
    </message>
    <message>
        <source>De&amp;livery</source>
        <translation>&amp;Levering</translation>
    </message>
    <message>
        <source>Show orders in any of the checked delivery statuses</source>
        <translation>Vis ordrer med en av de avkryssede leveringsstatusene</translation>
    </message>
    <message>
        <source>Include d&amp;eleted</source>
        <translation>Ta &amp;med slettede</translation>
    </message>
    <message>
        <source>Include deleted orders</source>
        <translation>Ta med slettede ordrer</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <comment>date range</comment>
        <translation>%1 (endret)</translation>
    </message>
    <message>
        <source>%1 (delivery time)</source>
        <comment>date range</comment>
        <translation>%1 (leveringstid)</translation>
    </message>
    <message>
        <source>%1 (created)</source>
        <comment>date range</comment>
        <translation>%1 (opprettet)</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Søk i bestillinger</translation>
    </message>
    <message>
        <source>Order number, or the customer&apos;s name or email; Escape clears</source>
        <translation>Bestillingsnummer, eller kundens navn eller e-post; Escape tømmer</translation>
    </message>
    <message>
        <source>Order number, customer name or email</source>
        <translation>Bestillingsnummer, kundenavn eller e-post</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Sø&amp;k:</translation>
    </message>
    <message>
        <source>Orders matching “%1”, any date</source>
        <extracomment>The Orders page while its search field has text</extracomment>
        <translation>Bestillinger som passer «%1», alle datoer</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Leveringstid</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>This order names no customer.</source>
        <translation>Denne ordren angir ingen kunde.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No delivery time set</source>
        <translation>Ingen leveringstid angitt</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n linje</numerusform>
            <numerusform>%n linjer</numerusform>
        </translation>
    </message>
    <message>
        <source>This order was deleted.</source>
        <translation>Denne ordren ble slettet.</translation>
    </message>
    <message>
        <source>Guest</source>
        <extracomment>The Customer column of an order placed without a customer account</extracomment>
        <translation>Gjest</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunde-ID</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Kundens e-post</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>Adding up the orders…</source>
        <translation>Summerer ordrene …</translation>
    </message>
    <message>
        <source>Could not add up the orders.</source>
        <translation>Kunne ikke summere ordrene.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer …</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Eksporten mislyktes: %1</translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message>
        <source>Orders summary</source>
        <translation>Ordresammendrag</translation>
    </message>
    <message>
        <source>Com&amp;pute totals</source>
        <translation>&amp;Beregn summer</translation>
    </message>
    <message>
        <source>Compute the totals of every order of the filter</source>
        <translation>Beregn summene for alle ordrer i filteret</translation>
    </message>
    <message>
        <source>Add up the totals of every order of the filter, reading the pages not loaded yet</source>
        <translation>Summer beløpene for alle ordrer i filteret, og les sidene som ikke er lastet inn ennå</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;ksporter CSV …</translation>
    </message>
    <message>
        <source>Export the orders of the filter to a CSV file</source>
        <translation>Eksporter ordrene i filteret til en CSV-fil</translation>
    </message>
    <message>
        <source>Every order of the filter, with the columns shown, as CSV</source>
        <translation>Alle ordrer i filteret, med kolonnene som vises, som CSV</translation>
    </message>
    <message>
        <source>Cancel adding up or exporting</source>
        <translation>Avbryt summering eller eksport</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Open Order</source>
        <translation>&amp;Åpne ordre</translation>
    </message>
    <message>
        <source>Open &amp;Customer</source>
        <translation>Åpne &amp;kunde</translation>
    </message>
    <message>
        <source>Copy Order &amp;ID</source>
        <translation>Kopier ordre-&amp;ID</translation>
    </message>
    <message>
        <source>Export Orders</source>
        <translation>Eksporter ordrer</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Could not load the orders.</source>
        <translation>Kunne ikke laste inn ordrene.</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 lastet inn</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an amount</source>
        <translation>
            <numerusform>%Ln uten beløp</numerusform>
            <numerusform>%Ln uten beløp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>Eksporterte %Ln ordre til %1.</numerusform>
            <numerusform>Eksporterte %Ln ordrer til %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln ordre</numerusform>
            <numerusform>%Ln ordrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s) loaded</source>
        <extracomment>&quot;300 of 1,234 orders loaded&quot;</extracomment>
        <translation>
            <numerusform>%1 av %Ln ordre lastet inn</numerusform>
            <numerusform>%1 av %Ln ordrer lastet inn</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders have the chosen statuses.</source>
        <translation>Ingen ordrer har de valgte statusene.</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Ingen ordrer ennå.</translation>
    </message>
    <message>
        <source>No orders in this range have the chosen statuses.</source>
        <translation>Ingen ordrer i denne perioden har de valgte statusene.</translation>
    </message>
    <message>
        <source>No orders in this range.</source>
        <translation>Ingen ordrer i denne perioden.</translation>
    </message>
    <message>
        <source>orders</source>
        <extracomment>The start of an orders export&apos;s file name (letters, digits and &apos;-&apos; only)</extracomment>
        <translation>ordrer</translation>
    </message>
</context>
<context>
    <name>PageJson</name>
    <message>
        <source>the response is not valid JSON</source>
        <translation>svaret er ikke gyldig JSON</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1)</source>
        <translation>svaret er ikke gyldig JSON (%1)</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>The server cannot sort by this column.</source>
        <translation>Serveren kan ikke sortere etter denne kolonnen.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Behandles</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Vellykket</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refundert</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Kansellert</translation>
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
        <translation>Betalingsmåte</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsModel</name>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Utløper</translation>
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
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Ikke kort</translation>
    </message>
    <message>
        <source>•••• %1</source>
        <extracomment>Hidden card digits followed by the last four (&quot;•••• 4242&quot;)</extracomment>
        <translation>•••• %1</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (utløpt)</translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation>%1 (utløper snart)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Expired after %1.</source>
        <translation>Utløpt etter %1.</translation>
    </message>
    <message numerus="yes">
        <source>Valid until %1: expires within %n day(s).</source>
        <translation>
            <numerusform>Gyldig til %1: utløper innen %n dag.</numerusform>
            <numerusform>Gyldig til %1: utløper innen %n dager.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Gyldig til %1.</translation>
    </message>
    <message>
        <source>No expiry date recorded.</source>
        <translation>Ingen utløpsdato registrert.</translation>
    </message>
    <message>
        <source>The customer&apos;s default payment method.</source>
        <translation>Kundens standard betalingsmåte.</translation>
    </message>
    <message>
        <source>This payment method was deleted.</source>
        <translation>Denne betalingsmåten ble slettet.</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsView</name>
    <message>
        <source>Payment methods summary</source>
        <translation>Sammendrag av betalingsmåter</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Betalingsmåter</translation>
    </message>
    <message>
        <source>Could not load the payment methods.</source>
        <translation>Kunne ikke laste inn betalingsmåtene.</translation>
    </message>
    <message>
        <source>default: %1 %2</source>
        <translation>standard: %1 %2</translation>
    </message>
    <message>
        <source>no default</source>
        <translation>ingen standard</translation>
    </message>
    <message>
        <source>This customer has no payment methods.</source>
        <translation>Denne kunden har ingen betalingsmåter.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment method(s)</source>
        <translation>
            <numerusform>%Ln betalingsmåte</numerusform>
            <numerusform>%Ln betalingsmåter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln utløpt</numerusform>
            <numerusform>%Ln utløpt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expiring within 30 days</source>
        <translation>
            <numerusform>%Ln utløper innen 30 dager</numerusform>
            <numerusform>%Ln utløper innen 30 dager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Årsak til feil</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;Ask before saving changes on a production server</source>
        <translation>Spør &amp;før endringer lagres på en produksjonsserver</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Rows per page request</source>
        <translation>Rader per sideforespørsel</translation>
    </message>
    <message>
        <source>How many rows each request to the server asks for. Larger pages mean fewer requests but a longer wait for each.</source>
        <translation>Hvor mange rader hver forespørsel til serveren ber om. Større sider gir færre forespørsler, men lengre ventetid for hver.</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tidsavbrudd for forespørsler i sekunder</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>A request fails when the server sends nothing for this long.</source>
        <translation>En forespørsel mislykkes når serveren ikke sender noe så lenge.</translation>
    </message>
    <message>
        <source>Default date range of the Orders page</source>
        <translation>Standard datoperiode på Ordrer-siden</translation>
    </message>
    <message>
        <source>Ask before saving changes on a production server</source>
        <translation>Spør før endringer lagres på en produksjonsserver</translation>
    </message>
    <message>
        <source>The new language is used the next time BuiltOn Admin starts.</source>
        <translation>Det nye språket brukes neste gang BuiltOn Admin startes.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>&amp;Utseende:</translation>
    </message>
    <message>
        <source>&amp;Rows per page:</source>
        <translation>&amp;Rader per side:</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Tidsavbrudd:</translation>
    </message>
    <message>
        <source>Orders &amp;date range:</source>
        <translation>&amp;Datoperiode for ordrer:</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Not a valid email address: write it like name@example.com, or leave it empty.</source>
        <translation>Ikke en gyldig e-postadresse: skriv den som navn@example.com, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <source>Not an international phone number: + (or 00) and the country code, then the number, e.g. +47 912 34 567.</source>
        <translation>Ikke et internasjonalt telefonnummer: + (eller 00) og landskoden, deretter nummeret, f.eks. +47 912 34 567.</translation>
    </message>
    <message>
        <source>Not a phone number: the number as dialled in the country (+%1), or + (or 00) and the country code, then the number.</source>
        <translation>Ikke et telefonnummer: nummeret slik det slås i landet (+%1), eller + (eller 00) og landskoden, så nummeret.</translation>
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
        <translation>&amp;Fornavn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Etternavn</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>navn@example.com</translation>
    </message>
    <message>
        <source>+4791234567</source>
        <translation>+4791234567</translation>
    </message>
    <message>
        <source>Tag&amp;s</source>
        <translation>Et&amp;iketter</translation>
    </message>
    <message>
        <source>B&amp;io</source>
        <translation>Om me&amp;g</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Endret, ikke lagret ennå</translation>
    </message>
    <message>
        <source>%1 (expired %2)</source>
        <translation>%1 (utløpt %2)</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, utløper %2</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (slettet)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Payment method %1</source>
        <translation>Betalingsmåte %1</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-po&amp;st</translation>
    </message>
    <message>
        <source>Mo&amp;bile phone</source>
        <translation>&amp;Mobiltelefon</translation>
    </message>
    <message>
        <source>Billing a&amp;ddress</source>
        <translation>Fa&amp;kturaadresse</translation>
    </message>
    <message>
        <source>Defa&amp;ult payment method</source>
        <translation>Stan&amp;dard betalingsmåte</translation>
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
        <translation>Adresser</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(empty address)</source>
        <translation>(tom adresse)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
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
        <translation>Denne tilkoblingen finnes allerede.</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>Det finnes allerede en tilkobling som heter «%1».</translation>
    </message>
    <message>
        <source>This connection does not exist any more.</source>
        <translation>Denne tilkoblingen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The list of connections could not be saved to %1. Check that the file can be written.</source>
        <translation>Listen over tilkoblinger kunne ikke lagres i %1. Kontroller at filen kan skrives.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
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
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>expected an object id</source>
        <translation>forventet en objekt-ID</translation>
    </message>
</context>
<context>
    <name>SessionCredentials</name>
    <message>
        <source>Set %1 and %2 to use --server.</source>
        <translation>Sett %1 og %2 for å bruke --server.</translation>
    </message>
    <message>
        <source>Set %1 to use --server.</source>
        <translation>Sett %1 for å bruke --server.</translation>
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
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer hurtigtaster</translation>
    </message>
    <message>
        <source>Filter by command, key or place</source>
        <translation>Filtrer på kommando, tast eller sted</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Users page</source>
        <translation>Brukersiden</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lister</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message>
        <source>User tabs</source>
        <translation>Brukerfaner</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Søk etter brukere</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Oppdater listen</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Åpne den valgte raden</translation>
    </message>
    <message>
        <source>Focus the date range filter</source>
        <translation>Gå til datofilteret</translation>
    </message>
    <message>
        <source>Open the order&apos;s customer</source>
        <translation>Åpne kunden til ordren</translation>
    </message>
    <message>
        <source>Save the user</source>
        <translation>Lagre brukeren</translation>
    </message>
    <message>
        <source>Close the user tab</source>
        <translation>Lukk brukerfanen</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Neste fane</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Forrige fane</translation>
    </message>
    <message>
        <source>Next part of the user (profile, orders…)</source>
        <translation>Neste del av brukeren (profil, ordrer …)</translation>
    </message>
    <message>
        <source>Previous part of the user</source>
        <translation>Forrige del av brukeren</translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation>Legg til en adresse</translation>
    </message>
    <message>
        <source>Remove the address</source>
        <translation>Fjern adressen</translation>
    </message>
    <message>
        <source>Move the address up</source>
        <translation>Flytt adressen opp</translation>
    </message>
    <message>
        <source>Move the address down</source>
        <translation>Flytt adressen ned</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Hurtigtast</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Overalt</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>BuiltOn Admin: a desktop client for the support staff of shops built on the BuiltOn commerce API.

Without options it connects with the connection used last, or asks for one.</source>
        <translation>BuiltOn Admin: et skrivebordsprogram for kundestøtten i nettbutikker bygget på BuiltOn-handels-API-et.

Uten valg kobler det til med tilkoblingen som ble brukt sist, eller spør etter en.</translation>
    </message>
    <message>
        <source>Start the local builton-server with demo data (kept in the app&apos;s data folder between runs), sign in to it for this session only, and stop it on exit.</source>
        <translation>Start den lokale builton-server med demodata (lagres i programmets datamappe mellom kjøringer), logg inn på den bare for denne økten, og stopp den ved avslutning.</translation>
    </message>
    <message>
        <source>Connect to the BuiltOn API at URL with the credentials in the environment variables BUILTON_API_KEY and BUILTON_TOKEN, for scripted use. Nothing is stored.</source>
        <translation>Koble til BuiltOn-API-et på URL med påloggingsdataene i miljøvariablene BUILTON_API_KEY og BUILTON_TOKEN, for bruk i skript. Ingenting lagres.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use the stored connection called NAME.</source>
        <translation>Bruk den lagrede tilkoblingen som heter NAVN.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>Once the first data has loaded, save a PNG of the main window to FILE and exit (non-zero, with the reason, when that does not happen).</source>
        <translation>Når de første dataene er lastet inn, lagre et PNG-bilde av hovedvinduet i FIL og avslutt (med en annen kode enn null og årsaken når det ikke skjer).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>How long --screenshot waits for data after connecting (default %1).</source>
        <translation>Hvor lenge --screenshot venter på data etter tilkobling (standard %1).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDER</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Uventet argument: %1</translation>
    </message>
    <message>
        <source>Use only one of --demo, --server and --profile.</source>
        <translation>Bruk bare én av --demo, --server og --profile.</translation>
    </message>
    <message>
        <source>--server needs the address of a BuiltOn API.</source>
        <translation>--server trenger adressen til et BuiltOn-API.</translation>
    </message>
    <message>
        <source>Cannot use --server %1: %2</source>
        <translation>Kan ikke bruke --server %1: %2</translation>
    </message>
    <message>
        <source>--profile needs the name of a stored connection.</source>
        <translation>--profile trenger navnet på en lagret tilkobling.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot trenger et filnavn.</translation>
    </message>
    <message>
        <source>--screenshot-timeout needs a number of seconds from 1 to 3600.</source>
        <translation>--screenshot-timeout trenger et antall sekunder fra 1 til 3600.</translation>
    </message>
    <message>
        <source>Show PAGE first: %1. A page the credentials do not reach is an error with --screenshot.</source>
        <translation>Vis SIDE først: %1. En side påloggingsdataene ikke gir tilgang til, er en feil med --screenshot.</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>SIDE</translation>
    </message>
    <message>
        <source>Open the tab of the user whose human_id (e.g. ZQK3YW) or _id (24 hex digits) is USER, once connected (staff only). --screenshot then waits for the user&apos;s profile.</source>
        <translation>Åpne fanen for brukeren med human_id (f.eks. ZQK3YW) eller _id (24 heksadesimale sifre) BRUKER når tilkoblingen er klar (bare ansatte). --screenshot venter da på brukerens profil.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BRUKER</translation>
    </message>
    <message>
        <source>Set the date range of the Orders page to RANGE: today, yesterday, last7, last30, thismonth, lastmonth, thisyear, all, or FROM..TO with dates like 2026-11-01 (either end may be left open). It stays the page&apos;s filter, as if chosen there.</source>
        <translation>Sett datoperioden på Ordrer-siden til PERIODE: today, yesterday, last7, last30, thismonth, lastmonth, thisyear, all, eller FRA..TIL med datoer som 2026-11-01 (hver ende kan stå åpen). Den blir værende som sidens filter, som om den var valgt der.</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>PERIODE</translation>
    </message>
    <message>
        <source>--show needs one of %1 (not “%2”).</source>
        <translation>--show trenger én av %1 (ikke «%2»).</translation>
    </message>
    <message>
        <source>--open-user needs a user&apos;s human_id or _id.</source>
        <translation>--open-user trenger en brukers human_id eller _id.</translation>
    </message>
    <message>
        <source>--orders-range needs a preset (today, yesterday, last7, last30, thismonth, lastmonth, thisyear, all) or FROM..TO with dates like 2026-11-01, not “%1”.</source>
        <translation>--orders-range trenger en forhåndsvalgt periode (today, yesterday, last7, last30, thismonth, lastmonth, thisyear, all) eller FRA..TIL med datoer som 2026-11-01, ikke «%1».</translation>
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
            <numerusform>%n valgt</numerusform>
            <numerusform>%n valgt</numerusform>
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
        <translation>%1 (%2) for %3</translation>
    </message>
    <message>
        <source>It renews no more and ends now.</source>
        <translation>Det fornyes ikke lenger og slutter nå.</translation>
    </message>
    <message>
        <source>It renews no more; active until %1.</source>
        <translation>Det fornyes ikke lenger; aktivt til %1.</translation>
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
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>Stop renewing %1?</source>
        <translation>Slutte å fornye %1?</translation>
    </message>
    <message>
        <source>Stop Renewing</source>
        <translation>Slutt å fornye</translation>
    </message>
    <message>
        <source>Change Journal</source>
        <translation>Endringslogg</translation>
    </message>
    <message>
        <source>Saved, but the change journal could not be written: %1</source>
        <translation>Lagret, men endringsloggen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Someone else changed %1 after you opened it. Nothing was saved.</source>
        <translation>Noen andre endret %1 etter at du åpnet det. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Stop renewing it as it is now? No keeps their version.</source>
        <translation>Slutte å fornye det slik det er nå? Nei beholder deres versjon.</translation>
    </message>
    <message>
        <source>Start it again as it is now, paid with %1? No keeps their version.</source>
        <translation>Starte det igjen slik det er nå, betalt med %1? Nei beholder deres versjon.</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Endret av noen andre</translation>
    </message>
    <message>
        <source>Not Changed</source>
        <translation>Ikke endret</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>Serveren avviste endringen: %1</translation>
    </message>
    <message>
        <source>Save your change to it as it is now (%1)? No keeps their version.</source>
        <translation>Lagre endringen din på det slik det er nå (%1)? Nei beholder deres versjon.</translation>
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
        <translation>Betalingsmåte</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
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
        <translation>Rediger abonnement</translation>
    </message>
    <message>
        <source>Start Subscription Again</source>
        <translation>Start abonnementet igjen</translation>
    </message>
    <message>
        <source>%1 (%2) of %3: the payment method it renews with, and its note.</source>
        <translation>%1 (%2) for %3: betalingsmåten det fornyes med, og notatet.</translation>
    </message>
    <message>
        <source>%1 (%2) of %3 renews again, paid with the payment method you choose. A period that has ended starts again now.</source>
        <translation>%1 (%2) for %3 fornyes igjen, betalt med betalingsmåten du velger. En periode som er slutt, starter på nytt nå.</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betalingsmåte</translation>
    </message>
    <message>
        <source>Loading the customer&apos;s payment methods…</source>
        <translation>Laster inn kundens betalingsmåter …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>La&amp;gre</translation>
    </message>
    <message>
        <source>&amp;Start Again</source>
        <translation>&amp;Start igjen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start igjen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Payment method:</source>
        <translation>&amp;Betalingsmåte:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <source>The payment methods could not be loaded: %1</source>
        <translation>Betalingsmåtene kunne ikke lastes inn: %1</translation>
    </message>
    <message>
        <source>Payment method without a card</source>
        <translation>Betalingsmåte uten kort</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, utløper %2</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Behold som den er</translation>
    </message>
    <message>
        <source>This customer has no payment method to renew with.</source>
        <translation>Denne kunden har ingen betalingsmåte å fornye med.</translation>
    </message>
</context>
<context>
    <name>SubscriptionPaymentsDialog</name>
    <message>
        <source>Payments of %1</source>
        <translation>Betalinger for %1</translation>
    </message>
    <message>
        <source>Subscription payments</source>
        <translation>Abonnementets betalinger</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalinger</translation>
    </message>
    <message>
        <source>Payments summary</source>
        <translation>Oppsummering av betalinger</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Ingen betalinger ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s), %1 failed</source>
        <translation>
            <numerusform>%Ln betaling, %1 mislyktes</numerusform>
            <numerusform>%Ln betalinger, %1 mislyktes</numerusform>
        </translation>
    </message>
    <message>
        <source>The payments could not be loaded: %1</source>
        <translation>Betalingene kunne ikke lastes inn: %1</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not renewing</source>
        <translation>Fornyes ikke</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Oppsagt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Payment error</source>
        <translation>Betalingsfeil</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Gjeldende periode</translation>
    </message>
    <message>
        <source>Last billing</source>
        <translation>Sist fakturert</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Prøveperiode</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Ingen slutt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (slettet)</translation>
    </message>
    <message>
        <source>Open this customer</source>
        <translation>Åpne denne kunden</translation>
    </message>
    <message>
        <source>This subscription was deleted.</source>
        <translation>Dette abonnementet ble slettet.</translation>
    </message>
    <message>
        <source>Failed payments</source>
        <translation>Mislykkede betalinger</translation>
    </message>
    <message>
        <source>%1, retrying</source>
        <translation>%1, prøver igjen</translation>
    </message>
    <message>
        <source>In the plan&apos;s currency</source>
        <translation>I planens valuta</translation>
    </message>
    <message>
        <source>Failed attempts to take this period&apos;s payment: %1; retries: %2</source>
        <translation>Mislykkede forsøk på å trekke betalingen for perioden: %1; nye forsøk: %2</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnementer</translation>
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
        <translation>Vis abonnementer med en av de avkryssede statusene</translation>
    </message>
    <message>
        <source>Include d&amp;eleted</source>
        <translation>Ta &amp;med slettede</translation>
    </message>
    <message>
        <source>Include deleted subscriptions</source>
        <translation>Ta med slettede abonnementer</translation>
    </message>
    <message>
        <source>Subscriptions summary</source>
        <translation>Abonnementssammendrag</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnementer</translation>
    </message>
    <message>
        <source>Could not load the subscriptions.</source>
        <translation>Kunne ikke laste inn abonnementene.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s)</source>
        <translation>
            <numerusform>%Ln abonnement</numerusform>
            <numerusform>%Ln abonnementer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln subscription(s) loaded</source>
        <translation>
            <numerusform>%1 av %Ln abonnement lastet inn</numerusform>
            <numerusform>%1 av %Ln abonnementer lastet inn</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no subscriptions with the chosen statuses.</source>
        <translation>Denne kunden har ingen abonnementer med de valgte statusene.</translation>
    </message>
    <message>
        <source>This customer has no subscriptions.</source>
        <translation>Denne kunden har ingen abonnementer.</translation>
    </message>
    <message>
        <source>No subscriptions have the chosen statuses.</source>
        <translation>Ingen abonnementer har de valgte statusene.</translation>
    </message>
    <message>
        <source>No subscriptions yet.</source>
        <translation>Ingen abonnementer ennå.</translation>
    </message>
    <message>
        <source>S&amp;top Renewing…</source>
        <translation>Slu&amp;tt å fornye …</translation>
    </message>
    <message>
        <source>Stop renewing the subscription</source>
        <translation>Slutt å fornye abonnementet</translation>
    </message>
    <message>
        <source>The subscription renews no more; it stays active until the end of the period paid for</source>
        <translation>Abonnementet fornyes ikke lenger; det er aktivt til slutten av perioden som er betalt</translation>
    </message>
    <message>
        <source>Start &amp;Again…</source>
        <translation>Start igj&amp;en …</translation>
    </message>
    <message>
        <source>Start the subscription again</source>
        <translation>Start abonnementet igjen</translation>
    </message>
    <message>
        <source>The subscription renews again, paid with a payment method you choose</source>
        <translation>Abonnementet fornyes igjen, betalt med en betalingsmåte du velger</translation>
    </message>
    <message>
        <source>Pa&amp;yments…</source>
        <translation>Betalin&amp;ger …</translation>
    </message>
    <message>
        <source>Payments of the subscription</source>
        <translation>Abonnementets betalinger</translation>
    </message>
    <message>
        <source>Every payment of the subscription, and why a failed one failed</source>
        <translation>Alle betalinger for abonnementet, og hvorfor en mislykket betaling mislyktes</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Re&amp;diger …</translation>
    </message>
    <message>
        <source>Edit the subscription</source>
        <translation>Rediger abonnementet</translation>
    </message>
    <message>
        <source>Change the payment method the subscription renews with, and its note</source>
        <translation>Endre betalingsmåten abonnementet fornyes med, og notatet</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>Type a tag and press Enter or a comma to add it. Backspace removes the last tag; Left selects a tag, Delete removes it.</source>
        <translation>Skriv en etikett og trykk Enter eller komma for å legge den til. Backspace fjerner den siste etiketten; Venstre velger en etikett, Delete fjerner den.</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Legg til en etikett …</translation>
    </message>
    <message>
        <source>Known tags</source>
        <translation>Kjente etiketter</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Fjern etiketten «%1»</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Etikett %1</translation>
    </message>
    <message>
        <source>Press to remove the tag</source>
        <translation>Trykk for å fjerne etiketten</translation>
    </message>
    <message>
        <source>Tag %1 selected: Delete removes it.</source>
        <translation>Etiketten %1 er valgt: Delete fjerner den.</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>(unnamed)</source>
        <translation>(uten navn)</translation>
    </message>
</context>
<context>
    <name>UserDetailArea</name>
    <message>
        <source>Open users</source>
        <translation>Åpne brukere</translation>
    </message>
    <message>
        <source>Unsaved changes could not be kept safe on disk: %1</source>
        <translation>Ulagrede endringer kunne ikke sikres på disk: %1</translation>
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
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>You have unsaved changes to %1. Save them first?</source>
        <translation>Du har ulagrede endringer i %1. Vil du lagre dem først?</translation>
    </message>
</context>
<context>
    <name>UserDetailTab</name>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Sperret</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunde-ID</translation>
    </message>
    <message>
        <source>The short ID customers read out on the phone</source>
        <translation>Den korte ID-en kundene leser opp på telefonen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Last på nytt</translation>
    </message>
    <message>
        <source>Reload user</source>
        <translation>Last inn brukeren på nytt</translation>
    </message>
    <message>
        <source>Read the user again; your unsaved changes are kept (F5)</source>
        <translation>Les brukeren på nytt; de ulagrede endringene dine beholdes (F5)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historikk …</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Endringshistorikk</translation>
    </message>
    <message>
        <source>The changes BuiltOn Admin saved for this user</source>
        <translation>Endringene BuiltOn Admin har lagret for denne brukeren</translation>
    </message>
    <message>
        <source>Delete User…</source>
        <translation>Slett bruker …</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Slett bruker</translation>
    </message>
    <message>
        <source>User sections</source>
        <translation>Brukerseksjoner</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>&amp;Adresser</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Fo&amp;rkast</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Drop every unsaved change to this user</source>
        <translation>Forkast alle ulagrede endringer for denne brukeren</translation>
    </message>
    <message>
        <source>Revert Changes</source>
        <translation>Tilbakestill endringer</translation>
    </message>
    <message>
        <source>Drop your unsaved changes to %1?</source>
        <translation>Vil du forkaste de ulagrede endringene dine i %1?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save the profile and the addresses (%1)</source>
        <translation>Lagre profilen og adressene (%1)</translation>
    </message>
    <message>
        <source>User message</source>
        <translation>Brukermelding</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Alle endringer er lagret.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept; you can save them again.</source>
        <translation>Ikke lagret: %1 Endringene dine beholdes; du kan lagre dem på nytt.</translation>
    </message>
    <message>
        <source>Sign in again first (File ▸ Connections).</source>
        <translation>Logg inn på nytt først (Fil ▸ Tilkoblinger).</translation>
    </message>
    <message>
        <source>Retry Save</source>
        <translation>Prøv å lagre igjen</translation>
    </message>
    <message>
        <source>The user could not be loaded: %1</source>
        <translation>Brukeren kunne ikke lastes inn: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>%1 was deleted. The record stays on the server, marked as deleted.</source>
        <translation>%1 ble slettet. Oppføringen blir liggende på serveren, merket som slettet.</translation>
    </message>
    <message>
        <source>Not deleted: %1 changed on the server since you opened it. The changes are shown now; delete again if it still should go.</source>
        <translation>Ikke slettet: %1 er endret på serveren siden du åpnet den. Endringene vises nå; slett igjen hvis den fortsatt skal bort.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Ikke slettet: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn …</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (slettet)</translation>
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
        <translation>Bekreft endring</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red first.</source>
        <translation>Ikke lagret: rett opp feltene som er merket med rødt først.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <source>Your unsaved changes from %1 are back. Check them and save.</source>
        <translation>De ulagrede endringene dine fra %1 er tilbake. Se over og lagre dem.</translation>
    </message>
    <message>
        <source>Delete %1 on %2?

The user is marked as deleted: hidden from lists and unable to sign in. Orders and payments stay on record.</source>
        <translation>Vil du slette %1 på %2?

Brukeren merkes som slettet: skjult i lister og kan ikke logge inn. Ordrer og betalinger blir liggende.</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Slett bruker</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>Save your changes to %1 before closing it?</source>
        <translation>Vil du lagre endringene dine i %1 før du lukker den?</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Sletter …</translation>
    </message>
    <message>
        <source>Waiting for your choice on changes made by someone else.</source>
        <translation>Venter på valget ditt om endringer noen andre har gjort.</translation>
    </message>
    <message>
        <source>Unsaved changes: %1</source>
        <translation>Ulagrede endringer: %1</translation>
    </message>
    <message>
        <source>Loading user…</source>
        <translation>Laster inn bruker …</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Navn: %1</translation>
    </message>
    <message>
        <source>Customer since %1 · Last login %2</source>
        <translation>Kunde siden %1 · Sist innlogget %2</translation>
    </message>
    <message>
        <source>Saved, but the change journal could not be written: %1</source>
        <translation>Lagret, men endringsloggen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Someone else changed fields of %1 that you edited too. Nothing is saved until you choose which values to keep.</source>
        <translation>Noen andre har endret felt i %1 som du også har redigert. Ingenting lagres før du velger hvilke verdier som skal beholdes.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <source>%1

This deletes the user: they are marked as deleted, hidden from lists and unable to sign in. Orders and payments stay on record.</source>
        <translation>%1

Dette sletter brukeren: brukeren merkes som slettet, skjules i lister og kan ikke logge inn. Ordrer og betalinger blir liggende.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Lagringsstatus</translation>
    </message>
</context>
<context>
    <name>UserField</name>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Om meg</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Fakturaadresse</translation>
    </message>
    <message>
        <source>Default payment method</source>
        <translation>Standard betalingsmåte</translation>
    </message>
</context>
<context>
    <name>UserTabsFactory</name>
    <message>
        <source>The user&apos;s orders will be shown here.</source>
        <translation>Brukerens ordrer vises her.</translation>
    </message>
    <message>
        <source>The user&apos;s subscriptions will be shown here.</source>
        <translation>Brukerens abonnementer vises her.</translation>
    </message>
    <message>
        <source>The user&apos;s payment methods will be shown here.</source>
        <translation>Brukerens betalingsmåter vises her.</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Ordrer</translation>
    </message>
    <message>
        <source>Pa&amp;yment methods</source>
        <translation>Beta&amp;lingsmåter</translation>
    </message>
    <message>
        <source>Subs&amp;criptions</source>
        <translation>A&amp;bonnementer</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Deleted, blocked</source>
        <translation>Slettet, sperret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Sperret</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>No sign-in recorded</source>
        <translation>Ingen innlogging registrert</translation>
    </message>
    <message>
        <source>This user was deleted. Lists leave deleted users out unless they are included.</source>
        <translation>Denne brukeren ble slettet. Lister utelater slettede brukere med mindre de tas med.</translation>
    </message>
    <message>
        <source>This user is blocked.</source>
        <translation>Denne brukeren er sperret.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Sist innlogget</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>Exported %Ln user(s) to %1.</source>
        <translation>
            <numerusform>Eksporterte %Ln bruker til %1.</numerusform>
            <numerusform>Eksporterte %Ln brukere til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Eksporten mislyktes: %1</translation>
    </message>
    <message>
        <source>Export canceled; no file was written.</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Søk etter brukere</translation>
    </message>
    <message>
        <source>Name, email, phone or ID</source>
        <translation>Navn, e-post, telefon eller ID</translation>
    </message>
    <message>
        <source>Search by name, email, phone or ID (Ctrl+F). Enter opens the user when one matches; pasting a user&apos;s ID opens it.</source>
        <translation>Søk etter navn, e-post, telefon eller ID (Ctrl+F). Enter åpner brukeren når én passer; når du limer inn en brukers ID, åpnes den.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>Filter by tags</source>
        <translation>Filtrer på etiketter</translation>
    </message>
    <message>
        <source>Show only users with all of the chosen tags</source>
        <translation>Vis bare brukere som har alle de valgte etikettene</translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <translation>Vis &amp;slettede</translation>
    </message>
    <message>
        <source>Show deleted users</source>
        <translation>Vis slettede brukere</translation>
    </message>
    <message>
        <source>Also list deleted users (greyed)</source>
        <translation>Vis også slettede brukere (nedtonet)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Refresh users</source>
        <translation>Oppdater brukerne</translation>
    </message>
    <message>
        <source>Load the users again, keeping search, filters and sort (F5)</source>
        <translation>Last inn brukerne på nytt, med samme søk, filtre og sortering (F5)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>User actions</source>
        <translation>Brukerhandlinger</translation>
    </message>
    <message>
        <source>Tag the selected users, export the list</source>
        <translation>Gi de valgte brukerne etiketter, eksporter listen</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Avbryt eksport</translation>
    </message>
    <message>
        <source>Find Users</source>
        <translation>Finn brukere</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Copy User &amp;ID</source>
        <translation>Kopier bruker-&amp;ID</translation>
    </message>
    <message>
        <source>Copy the internal ID (24 characters)</source>
        <translation>Kopier den interne ID-en (24 tegn)</translation>
    </message>
    <message>
        <source>Copy &amp;Short ID</source>
        <translation>Kopier &amp;kort ID</translation>
    </message>
    <message>
        <source>Copy the short ID staff read out (human_id)</source>
        <translation>Kopier den korte ID-en de ansatte leser opp (human_id)</translation>
    </message>
    <message>
        <source>Copy &amp;Email</source>
        <translation>Kopier &amp;e-post</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>&amp;Legg til etikett …</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>&amp;Fjern etikett …</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>Eksporter til &amp;CSV …</translation>
    </message>
    <message>
        <source>Save every user of the current result (all pages) as CSV</source>
        <translation>Lagre alle brukere i gjeldende resultat (alle sider) som CSV</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>Kunne ikke laste inn</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln bruker</numerusform>
            <numerusform>%Ln brukere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 of %Ln user(s)</source>
        <translation>
            <numerusform>%1–%2 av %Ln bruker</numerusform>
            <numerusform>%1–%2 av %Ln brukere</numerusform>
        </translation>
    </message>
    <message>
        <source>No users match “%1” with all of the tags %2.</source>
        <translation>Ingen brukere passer til «%1» med alle etikettene %2.</translation>
    </message>
    <message>
        <source>No users match “%1”.</source>
        <translation>Ingen brukere passer til «%1».</translation>
    </message>
    <message>
        <source>No users have all of the tags %1.</source>
        <translation>Ingen brukere har alle etikettene %1.</translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>Ingen brukere ennå.</translation>
    </message>
    <message>
        <source>Deleted users are not shown.</source>
        <translation>Slettede brukere vises ikke.</translation>
    </message>
    <message>
        <source>Opening the user with ID %1…</source>
        <translation>Åpner brukeren med ID %1 …</translation>
    </message>
    <message>
        <source>No user has the ID %1.</source>
        <translation>Ingen bruker har ID-en %1.</translation>
    </message>
    <message>
        <source>Tags of the users loaded so far</source>
        <translation>Etiketter for brukerne som er lastet inn så langt</translation>
    </message>
    <message>
        <source>Loading tags…</source>
        <translation>Laster inn etiketter …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Ingen etiketter</translation>
    </message>
    <message>
        <source>&amp;Any Tags</source>
        <translation>&amp;Alle etiketter</translation>
    </message>
    <message>
        <source>Tags: any</source>
        <translation>Etiketter: alle</translation>
    </message>
    <message>
        <source>No tag filter</source>
        <translation>Ikke noe etikettfilter</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiketter: %1</translation>
    </message>
    <message>
        <source>Only users with all of these tags: %1</source>
        <translation>Bare brukere med alle disse etikettene: %1</translation>
    </message>
    <message>
        <source>users-%1.csv</source>
        <translation>brukere-%1.csv</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Eksporter brukere</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>Eksporterer brukere …</translation>
    </message>
    <message>
        <source>Exporting users: %1 of %2…</source>
        <translation>Eksporterer brukere: %1 av %2 …</translation>
    </message>
    <message>
        <source>Exporting users: %1…</source>
        <translation>Eksporterer brukere: %1 …</translation>
    </message>
</context>
<context>
    <name>WriteConfirmation</name>
    <message>
        <source>You are about to change %1 on the production connection %2. Continue?</source>
        <translation>Du er i ferd med å endre %1 på produksjonstilkoblingen %2. Vil du fortsette?</translation>
    </message>
    <message>
        <source>You are about to change %1 on the connection %2. Continue?</source>
        <translation>Du er i ferd med å endre %1 på tilkoblingen %2. Vil du fortsette?</translation>
    </message>
    <message>
        <source>Saving writes to the production connection %1.</source>
        <translation>Lagring skriver til produksjonstilkoblingen %1.</translation>
    </message>
    <message>
        <source>Saving writes to the connection %1.</source>
        <translation>Lagring skriver til tilkoblingen %1.</translation>
    </message>
    <message>
        <source>Confirm Change</source>
        <translation>Bekreft endring</translation>
    </message>
</context>
</TS>
