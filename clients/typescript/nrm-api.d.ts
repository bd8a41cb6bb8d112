/**
 * Gegenereerd door openapi-typescript uit het OpenAPI-document van de NRM-service. Niet met de hand
 * wijzigen: `npm run client` maakt dit bestand opnieuw (clients/typescript/README.md).
 */

export interface paths {
    "/catalogus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle waardelijsten met Nederlandse labels
         * @description Elke waardelijst (enum) van de API met het Nederlandse label per code, de ISO-landen met hun Nederlandse naam, de wegingsschalen per organisatietype en de beleidsregels van de bedenktijd. Voor elke rol; bevat geen dossiergegevens. Een client toont hiermee labels in plaats van codes.
         */
        get: operations["catalogusOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deelnemende organisaties
         * @description De deelnemende organisaties met id, naam en type. Het id is nodig als ontvangendeOrganisatieId bij een verwijzing of bedenktijd-advies. Bevat geen dossiergegevens.
         */
        get: operations["organisatiesOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dossiers die uw organisatie mag zien, nieuwste eerst
         * @description De dossiers waartoe uw organisatie toegang heeft (geregistreerd, aangesloten, verwezen of als ontvanger van een M55), nieuwste eerst, pseudoniem en gepagineerd met een cursor in de Link-header. Filters in de query; een onbekende queryparameter is 400.
         */
        get: operations["dossiersOpvragen"];
        put?: never;
        /**
         * Registreer een mogelijk slachtoffer in een pseudoniem dossier
         * @description Een intaker (politie, KMar, NLA) opent een pseudoniem dossier voor een mogelijk slachtoffer, met nationaliteitCategorie, verblijfssituatie en leeftijdscategorie. Persoonsgegevens komen apart (PUT …/persoonsgegevens). Uw organisatie krijgt toegang tot het dossier. Antwoord 201 met Location en ETag; met Idempotency-Key veilig te herhalen. 409 mogelijk-dezelfde-persoon als er al een dossier van dezelfde persoon lijkt te zijn.
         */
        post: operations["dossierRegistreren"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén dossier
         * @description Eén dossier, pseudoniem: identificatiestatus, persoonssituatie en wie het registreerde, met een ETag voor een latere wijziging. 404 als het dossier niet bestaat of uw organisatie er geen toegang toe heeft; 410 als het is samengevoegd (samengevoegdIn wijst naar het andere dossier).
         */
        get: operations["dossierOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Wijzig nationaliteit, verblijfssituatie of leeftijdscategorie (met If-Match)
         * @description Wijzig nationaliteitCategorie, verblijfssituatie of leeftijdscategorie van een dossier (application/merge-patch+json of application/json). If-Match met de ETag is verplicht (428 zonder, 412 bij een verouderde ETag). Zolang de persoonsgegevens een geboortedatum hebben, volgt de leeftijdscategorie daaruit (422).
         */
        patch: operations["dossierWijzigen"];
        trace?: never;
    };
    "/dossiers/{dossierId}/sluiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sluit het dossier; daarmee begint de bewaartermijn (met If-Match)
         * @description Sluit het dossier met een reden, bijvoorbeeld omdat de hulp is afgerond. Vanaf dat moment loopt de bewaartermijn; een gesloten dossier neemt niets nieuws aan (409 dossier-gesloten) tot het wordt heropend. If-Match is verplicht.
         */
        post: operations["dossierSluiten"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/heropening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Heropen een gesloten dossier, met een reden (met If-Match)
         * @description Een gesloten dossier neemt geen nieuwe signalen, beoordelingen, aanbiedingen, verwijzingen of gebeurtenissen aan (409). De organisatie die het registreerde (of aansloot) heropent het met een reden; de heropening wordt geaudit.
         */
        post: operations["dossierHeropenen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/wissing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wis persoonsgegevens en vrije tekst van een dossier (recht op vergetelheid, AVG art. 17)
         * @description De beheerder wist op verzoek van de betrokkene (AVG art. 17) of na afloop van de bewaartermijn de persoonsgegevens en vrije tekst van een dossier, met grondslag en toelichting. Het pseudonieme skelet en de audittrail blijven. Onomkeerbaar; 409 dossier-gewist als het al gebeurd is.
         */
        post: operations["dossierWissen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/_zoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Zoek dossiers op persoonsgegevens (criteria in de body, nooit in de URL)
         * @description Zoek dossiers op dossiernummer, vreemdelingennummer of geslachtsnaam met geboortedatum. De criteria staan in de body, zodat persoonsgegevens nooit in een URL of log belanden. U vindt alleen dossiers waartoe uw organisatie toegang heeft; elke treffer wordt in de audittrail vastgelegd.
         */
        post: operations["dossiersZoeken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/aansluiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sluit met een eigen signaal aan bij het dossier van dezelfde persoon
         * @description Na een 409 mogelijk-dezelfde-persoon: uw organisatie sluit aan bij het bestaande dossier (dossierId is het id of het dossiernummer dat de 409 noemde). U toont aan dat u de persoon kent (V-nummer, of achternaam en geboortedatum, gelijk aan de persoonsgegevens van het dossier); anders 404, zoals voor een dossier dat niet bestaat. Uw signaal wordt in het dossier vastgelegd, uw organisatie krijgt toegang (doel aansluiting) en de registrerende organisatie krijgt de kennisgeving aansluiting.
         */
        post: operations["dossierAansluiten"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/samenvoeging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Voeg een ander dossier van dezelfde persoon samen met dit dossier
         * @description Signalen, beoordelingen, adviezen, bedenktijden, strafrechtelijke en verblijfsgebeurtenissen, verwijzingen, plaatsingen, kennisgevingen en toegang gaan over naar dit dossier; het andere wordt samengevoegd en verwijst voortaan hierheen (410). Voor de beheerder, of een intaker van een organisatie die beide dossiers mag wijzigen. Twee open bedenktijden of twee verschillende V-nummers: 409.
         */
        post: operations["dossierSamenvoegen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/persoonsgegevens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Persoonsgegevens van het slachtoffer (elke inzage wordt gelogd)
         * @description De identiteit van het slachtoffer (namen, geboortedatum, nationaliteit, V-nummer, talen). Alleen voor een organisatie met toegang tot de identiteit (403 identiteit-niet-inzienbaar bij pseudonieme toegang); elke inzage wordt gelogd in de audittrail en het Logboek Dataverwerkingen.
         */
        get: operations["persoonsgegevensOpvragen"];
        /**
         * Leg de persoonsgegevens vast of vervang ze; een bekende geboortedatum bepaalt de leeftijdscategorie
         * @description Leg de persoonsgegevens van het slachtoffer vast of vervang ze in hun geheel (alleen application/json). Een bekende geboortedatum bepaalt de leeftijdscategorie van het dossier. De nationaliteit moet passen bij de nationaliteitCategorie (422 nationaliteit-tegenstrijdig).
         */
        put: operations["persoonsgegevensVastleggen"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/signalen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De signalen van een dossier, oudste eerst
         * @description De signalen van een dossier, oudste eerst, met weging, opvolgingstermijn en (als vastgelegd) de uitkomst van de verrijking.
         */
        get: operations["signalenVanDossier"];
        put?: never;
        /**
         * Leg een signaal van mensenhandel vast bij een dossier
         * @description Leg een signaal van mensenhandel vast: ontvangstdatum, bron, uitbuitingsvormen, indicatoren, locatie en de weging op de schaal van uw organisatie. Op de politie-DIGW-schaal bepaalt de weging de termijn waarbinnen het signaal moet zijn opgevolgd.
         */
        post: operations["signaalVastleggen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/signalen/{signaalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén signaal
         * @description Eén signaal van een dossier, met weging, opvolgingstermijn en (als vastgelegd) de uitkomst van de verrijking.
         */
        get: operations["signaalOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/signalen/{signaalId}/opvolging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Leg de uitkomst van de verrijking en weging van een signaal vast (eenmaal, door de eigen organisatie)
         * @description Een signaal op de politie-DIGW-schaal wordt verrijkt en opnieuw gewogen binnen 24 uur (zeer sterk) of een week (zwak of sterk); zonder vastgelegde uitkomst of beoordeling staat het daarna op GET /v1/signalen-zonder-opvolging (rapport Rijke signalen, wisselende opvolging, §4.3, §4.6.2).
         */
        post: operations["signaalOpvolgingVastleggen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signalen-zonder-opvolging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Signalen van uw organisatie waarvan de verrijkingstermijn verstreek zonder opvolging, meest achterstallig eerst
         * @description Verrijkingstermijn naar weging (politie-DIGW): zeer sterk 24 uur, zwak of sterk een week (rapport §4.3). Een signaal is opgevolgd als de uitkomst is vastgelegd of als er sinds het signaal een beoordeling van de geringste aanwijzing in het dossier is.
         */
        get: operations["signalenZonderOpvolgingOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/beoordelingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De beoordelingen van een dossier, oudste eerst (op beoordelingsdatum, dan registratie)
         * @description De beoordelingen van de geringste aanwijzing van een dossier, oudste eerst (op beoordelingsdatum, dan registratie), met welke beoordeling welke vervangt.
         */
        get: operations["beoordelingenVanDossier"];
        put?: never;
        /**
         * Leg een beoordeling van de geringste aanwijzing vast (onveranderlijk; corrigeren met vervangt)
         * @description Leg de beoordeling van de geringste aanwijzing van mensenhandel vast: de drie elementen van art. 273f Sr (handeling, middel, oogmerk; bij een minderjarige is een middel niet nodig), het resultaat en bij niet_vastgesteld de redenen. Een beoordeling is onveranderlijk; corrigeren is een nieuwe beoordeling met vervangt. Vastgesteld maakt het dossier vermoedelijk_slachtoffer en meldt het aan bij CoMensha.
         */
        post: operations["beoordelingVastleggen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/beoordelingen/{beoordelingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén beoordeling
         * @description Eén beoordeling van de geringste aanwijzing, met elementen, resultaat, redenen en een eventuele vervanging.
         */
        get: operations["beoordelingOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/bedenktijd-adviezen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De bedenktijd-adviezen van een dossier
         * @description De bedenktijd-adviezen van een dossier, met status (open, overgenomen, niet_overgenomen).
         */
        get: operations["bedenktijdAdviezenVanDossier"];
        put?: never;
        /**
         * NLA Opsporing adviseert politie of KMar de bedenktijd aan te bieden
         * @description Een intaker van NLA Opsporing biedt de bedenktijd niet zelf aan maar adviseert een politie- of KMar-eenheid dat te doen (B8/3 Vc 2000, "op voorspraak"), op grond van een beoordeling waarin de geringste aanwijzing is vastgesteld. De ontvangende eenheid krijgt toegang tot het dossier en ziet het advies in haar lijst.
         */
        post: operations["bedenktijdAdviesVastleggen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bedenktijd-adviezen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Adviezen aan of van uw organisatie (politie/KMar: filter status=open)
         * @description De bedenktijd-adviezen aan of van uw organisatie. Politie en KMar filteren met status=open op de adviezen die zij nog moeten overnemen.
         */
        get: operations["bedenktijdAdviezenOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/bedenktijden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle bedenktijden van een dossier, oudste eerst
         * @description Alle bedenktijden van een dossier, oudste eerst, met status, ingangsdatum, uiterlijke einddatum, beleidsregel en dagenResterend.
         */
        get: operations["bedenktijdenVanDossier"];
        put?: never;
        /**
         * Bied de B8/3-bedenktijd aan (politie of KMar)
         * @description Vereist een vastgestelde geringste aanwijzing (beoordelingId) of een open NLA-advies (adviesId), en een persoon die in aanmerking komt (B8/3 Vc 2000: een vreemdeling zonder duurzaam verblijf; geen Nederlander of EU-burger met Unierechtelijke aanspraken).
         */
        post: operations["bedenktijdAanbieden"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bedenktijden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Werklijst: bedenktijden binnen uw dossiers, op uiterlijke einddatum
         * @description Werklijst van bedenktijden in de dossiers waartoe uw organisatie toegang heeft, op uiterlijke einddatum (eerst aflopend eerst); filter op status en op de einddatum.
         */
        get: operations["bedenktijdenWerklijst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bedenktijden/{bedenktijdId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén bedenktijd
         * @description Eén bedenktijd met status, ingangsdatum, uiterlijke einddatum, de beleidsregel waarmee die is berekend en dagenResterend.
         */
        get: operations["bedenktijdOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bedenktijden/{bedenktijdId}/reactie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Leg de reactie van het slachtoffer vast; aanvaarding verleent de bedenktijd
         * @description Bij aanvaard: ingangsdatum = datum, uiterlijkeEinddatum volgens de geldende beleidsregel, en een M55-kennisgeving aan IND (en COA voor asielzoekers en Dublinclaimanten).
         */
        post: operations["bedenktijdReactieVastleggen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bedenktijden/{bedenktijdId}/beeindiging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Beëindig een lopende bedenktijd vroegtijdig
         * @description Redenen volgens B8/3.1 Vc 2000; vertrek met onbekende bestemming alleen door politie of KMar.
         */
        post: operations["bedenktijdBeeindigen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bedenktijd-signaleringen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dossiers met een vastgestelde geringste aanwijzing zonder aanbod van de bedenktijd, oudste eerst
         * @description Signaleringslijst voor intakers: dossiers van uw organisatie met een vastgestelde geringste aanwijzing waarin de bedenktijd na het ingestelde aantal dagen nog niet is aangeboden, oudste eerst.
         */
        get: operations["bedenktijdSignaleringenOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/strafrechtelijke-gebeurtenissen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Het strafrechtelijk spoor van een dossier, oudste eerst (datum, dan registratie)
         * @description Voor intakers, officieren en de IND met een reden om het dossier te zien (een organisatie met toegang tot het dossier). Het strafrechtelijk spoor staat naast de identificatie en verandert die nooit.
         */
        get: operations["strafrechtelijkeGebeurtenissenVanDossier"];
        put?: never;
        /**
         * Leg een gebeurtenis in het strafrechtelijk spoor vast (intaker: aangifte e.d.; officier: OM-beslissingen)
         * @description Een aangifte of medewerking beëindigt een lopende bedenktijd op die datum en gaat als M55 naar de IND (en de COA bij asielzoekers en Dublinclaimanten) en, pseudoniem, naar het OM. Sepot, onderzoek_beeindigd en aanwezigheid_noodzakelijk gaan naar de IND. De identificatiestatus verandert nooit.
         */
        post: operations["strafrechtelijkeGebeurtenisVastleggen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/strafrechtelijke-gebeurtenissen/{gebeurtenisId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén strafrechtelijke gebeurtenis
         * @description De gebeurtenis met soort, datum, redenen en toelichting; 404 als die niet bij dit dossier hoort.
         */
        get: operations["strafrechtelijkeGebeurtenisOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/beroepen-b8-3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De beroepen op de B8/3-regeling van een dossier, oudste eerst
         * @description Zichtbaar voor iedere organisatie met een reden om het dossier te zien en het recht het verblijfsspoor te lezen.
         */
        get: operations["beroepenB83VanDossier"];
        put?: never;
        /**
         * Leg het beroep van het slachtoffer op de B8/3-regeling vast (M55 aan de IND)
         * @description Een intaker legt het beroep vast; de IND ontvangt m55_beroep_b8_3 (M55, onderdeel 4: beroep op de B8/3-regeling, B8/3 Vc 2000).
         */
        post: operations["beroepB83Vastleggen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/beroepen-b8-3/{beroepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén beroep op de B8/3-regeling
         * @description Het beroep met datum en toelichting; 404 als het niet bij dit dossier hoort.
         */
        get: operations["beroepB83Opvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/verblijfsbesluiten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Het verblijfsspoor van een dossier, oudste eerst (datum, dan registratie)
         * @description De besluiten van de IND zijn zichtbaar voor iedere organisatie met een reden om het dossier te zien (een organisatie met toegang tot het dossier).
         */
        get: operations["verblijfsbesluitenVanDossier"];
        put?: never;
        /**
         * Leg een besluit of aanvraag in het verblijfsspoor vast (alleen IND)
         * @description Vergunning één jaar (geldigTot berekend); verlengen alleen zolang een strafrechtelijk onderzoek loopt; een Dublinclaimant pas na aanwezigheid_noodzakelijk van het OM; schrijnend pad ten hoogste één jaar en niet verlengbaar (B8/3 onder 3.1 Vc 2000). De identificatiestatus verandert nooit.
         */
        post: operations["verblijfsbesluitVastleggen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/verblijfsbesluiten/{verblijfsbesluitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén verblijfsbesluit
         * @description Het besluit met soort, datum, geldigTot en gronden; 404 als het niet bij dit dossier hoort.
         */
        get: operations["verblijfsbesluitOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verblijfsbesluiten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Werklijst van de IND: geldende vergunningen en schrijnende paden die binnenkort aflopen, op geldigTot
         * @description Alleen de geldende vergunning per dossier (niet verlengd, vervangen of ingetrokken), met geldigTot op of vóór geldigTotVoor (standaard vandaag + 30 dagen); al verlopen vergunningen zonder besluit staan vooraan.
         */
        get: operations["verblijfsbesluitenWerklijst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/tijdlijn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De tijdlijn van een dossier: slachtoffer-, strafrechtelijk, verblijfs- en zorgspoor in datumvolgorde
         * @description Op datum, dan op registratiemoment. Elk item noemt spoor, soort, datum, organisatie en een Nederlandse omschrijving zonder persoonsgegevens. Een spoor verschijnt alleen voor rollen die dat spoor mogen lezen.
         */
        get: operations["tijdlijnOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dossiers/{dossierId}/verwijzingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verwijzingen van een dossier die uw organisatie deed of ontving, oudste eerst
         * @description Alleen verwijzingen waarbij uw organisatie verwijzer of ontvanger is; het dossier moet voor uw organisatie zichtbaar zijn (anders 404).
         */
        get: operations["verwijzingenVanDossier"];
        put?: never;
        /**
         * Verwijs een slachtoffer naar opvang of zorg
         * @description cosm alleen voor een meerderjarige derdelander; een minderjarige naar veilig_thuis of raad_kinderbescherming. Zonder toestemming is een grondslag nodig; die bepaalt of de ontvanger de persoonsgegevens mag zien. De ontvanger krijgt toegang tot het dossier en de kennisgeving verwijzing_ontvangen. Een aangifte is nooit nodig.
         */
        post: operations["verwijzingAanmaken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verwijzingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wachtrij: verwijzingen aan uw organisatie, open eerst, oudste eerst
         * @description Verwijzingen aan uw organisatie: eerst de open (oudste eerst), dan de rest. achterstallig is true voor een open verwijzing die langer dan VERWIJZING_ACHTERSTALLIG_DAGEN onbeantwoord is.
         */
        get: operations["verwijzingenWerklijst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verwijzingen/{verwijzingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén verwijzing (alleen voor verwijzer en ontvanger)
         * @description Voor iedere andere organisatie bestaat de verwijzing niet (404).
         */
        get: operations["verwijzingOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verwijzingen/{verwijzingId}/besluit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Aanvaard of wijs af (ontvangende organisatie); een afwijzing vereist een reden
         * @description Alleen de ontvangende organisatie, alleen op een open verwijzing (anders 409). Bij afgewezen is afwijzingsreden verplicht (422). De verwijzer krijgt de kennisgeving verwijzing_besluit.
         */
        post: operations["verwijzingBesluitVastleggen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verwijzingen/{verwijzingId}/intrekking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trek een open verwijzing in (verwijzende organisatie)
         * @description Alleen de verwijzende organisatie, alleen zolang de verwijzing open is (anders 409). De ontvanger krijgt verwijzing_ingetrokken en verliest de inzage in de persoonsgegevens die alleen deze verwijzing gaf.
         */
        post: operations["verwijzingIntrekken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verwijzingen/{verwijzingId}/afronding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rond een aanvaarde verwijzing af als de zorg klaar is (ontvangende organisatie)
         * @description Alleen de ontvangende organisatie, alleen een aanvaarde verwijzing zonder lopende plaatsing (anders 409).
         */
        post: operations["verwijzingAfronden"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verwijzingen/{verwijzingId}/opvangweigering": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Leg vast dat het slachtoffer opvang weigert (beëindigt de bedenktijd niet)
         * @description Door verwijzer of ontvanger, op een open of aanvaarde verwijzing voor opvang of zorg. De bedenktijd loopt gewoon door.
         */
        post: operations["opvangweigeringVastleggen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opvanglocaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Opvanglocaties met bezetting en vrije plaatsen, op naam
         * @description Alle opvanglocaties, op naam; bezetting is het aantal lopende plaatsingen, vrijePlaatsen is capaciteit min bezetting.
         */
        get: operations["opvanglocatiesOpvragen"];
        put?: never;
        /**
         * Voeg een opvanglocatie toe (beheerder, of de opvangorganisatie zelf)
         * @description Een beheerder geeft organisatieId op (een opvangorganisatie); een opvangmedewerker maakt alleen locaties voor de eigen organisatie (anders 403).
         */
        post: operations["opvanglocatieAanmaken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opvanglocaties/{opvanglocatieId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén opvanglocatie
         * @description Met bezetting en vrije plaatsen.
         */
        get: operations["opvanglocatieOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Wijzig naam, soort of capaciteit (niet onder de bezetting)
         * @description Door een beheerder of de eigen opvangorganisatie (anders 403). De capaciteit kan niet lager dan de huidige bezetting (409).
         */
        patch: operations["opvanglocatieWijzigen"];
        trace?: never;
    };
    "/verwijzingen/{verwijzingId}/plaatsingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plaats het slachtoffer van een aanvaarde verwijzing in een eigen opvanglocatie
         * @description Alleen door de ontvangende organisatie, in een eigen locatie, binnen de capaciteit (409 noemt de bezetting). Een persoon heeft hoogstens één lopende plaatsing.
         */
        post: operations["plaatsingVastleggen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plaatsingen/{plaatsingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén plaatsing (voor verwijzer en ontvanger van de verwijzing)
         * @description Voor iedere andere organisatie bestaat de plaatsing niet (404).
         */
        get: operations["plaatsingOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/plaatsingen/{plaatsingId}/beeindiging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Beëindig een plaatsing met een reden
         * @description Door de organisatie van de opvanglocatie; einddatum niet in de toekomst en niet vóór de startdatum; bij reden overig is een toelichting verplicht. Een overplaatsing is een beëindiging met reden overgeplaatst plus een nieuwe plaatsing.
         */
        post: operations["plaatsingBeeindigen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zorgoverzicht": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Overzicht van de zorgcoördinator: verwezen dossiers op urgentie van actie, en de bezetting van de eigen opvang
         * @description Open en aanvaarde verwijzingen aan uw organisatie met de lopende plaatsing en de bedenktijd (status, uiterlijkeEinddatum), in volgorde: achterstallige antwoorden, bedenktijden die binnen de herinneringstermijn eindigen, aanvaarde maar ongeplaatste verwijzingen, de rest. Daarnaast per eigen opvanglocatie de bezetting en vrije plaatsen. Zonder persoonsgegevens.
         */
        get: operations["zorgoverzichtOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kennisgevingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Feed van de kennisgevingen aan uw organisatie, op volgnummer
         * @description Oplopend op volgnummer. Een afnemer die het laatst verwerkte volgnummer bewaart, vraagt verder met naVolgnummer; een kennisgeving met een lager volgnummer verschijnt nooit later alsnog. Zonder inhoud: die staat bij de kennisgeving zelf.
         */
        get: operations["kennisgevingenOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kennisgevingen/{kennisgevingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén kennisgeving met inhoud (de inzage wordt gelogd); een M55 ook als afdrukbaar document
         * @description Alleen voor de ontvangende organisatie; voor ieder ander bestaat de kennisgeving niet (404). De inhoud kan persoonsgegevens bevatten (M55); elke inzage komt in de audittrail. Standaard JSON. Met Accept: text/html krijgt u van een m55_*-kennisgeving een afdrukbare pagina met de velden van model M55 (kennisgeving bedenktijd, aangifte, medewerking aan het strafproces, beroep op B8/3); voor andere soorten, of een Accept zonder application/json of text/html, volgt 406.
         */
        get: operations["kennisgevingOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kennisgevingen/schemas/{soort}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * JSON Schema van een soort kennisgeving
         * @description Het JSON Schema (draft 2020-12) waar de `dataschema` van een CloudEvent naar wijst: `data` van het event (kennisgevingId, volgnummer, soort) en, onder `inhoud`, de vorm van de inhoud die GET /v1/kennisgevingen/{kennisgevingId} (de `dataref`) voor deze soort teruggeeft. Openbaar, zonder sleutel.
         */
        get: operations["kennisgevingSchemaOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kennisgevingen/{kennisgevingId}/ontvangstbevestiging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bevestig de ontvangst van een kennisgeving met uw eigen referentie
         * @description Nogmaals bevestigen met dezelfde referentie verandert niets (200); een andere referentie geeft 409.
         */
        post: operations["ontvangstBevestigen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/abonnementen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De abonnementen van uw organisatie
         * @description Wachtende, actieve en gestopte abonnementen van uw organisatie, oudste eerst; verwijderde niet. De Authorization-waarde wordt nooit teruggegeven.
         */
        get: operations["abonnementenOpvragen"];
        put?: never;
        /**
         * Abonneer uw organisatie op kennisgevingen via een webhook (CloudEvents)
         * @description Elke nieuwe kennisgeving aan uw organisatie van een gekozen soort wordt als CloudEvent (application/cloudevents+json, NL GOV-profiel) naar callbackUrl gePOST, zonder persoonsgegevens; de inhoud haalt u op via dataref met uw eigen API-sleutel. Minstens één keer afgeleverd en per abonnement op volgnummer; ontdubbel op de id van het event. Kennisgevingen van vóór het abonnement (tot en met geplandTotVolgnummer) staan in de feed. Een nieuw abonnement wacht op de webhook-handshake (OPTIONS, zie de callback bevestiging): het wordt actief zodra uw ontvanger die bevestigt, en ontvangt dan alles vanaf het aanmaken.
         */
        post: operations["abonnementAanmaken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/abonnementen/{abonnementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén abonnement van uw organisatie
         * @description Alleen abonnementen van uw eigen organisatie; voor een ander abonnement volgt 404. Een gestopt abonnement (410 van de ontvanger) noemt de reden.
         */
        get: operations["abonnementOpvragen"];
        put?: never;
        post?: never;
        /**
         * Verwijder een abonnement; wat nog niet was afgeleverd vervalt (en blijft in de feed)
         * @description Er wordt niets meer naar de callbackUrl gestuurd. Kennisgevingen die nog wachtten, krijgt u alleen nog via de feed (GET /v1/kennisgevingen).
         */
        delete: operations["abonnementVerwijderen"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kennisgevingen/{kennisgevingId}/afleveringen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hoe een kennisgeving via webhooks is afgeleverd
         * @description Voor de ontvangende organisatie, de verzendende organisatie (afzender) en de beheerder; voor ieder ander 404. Eén aflevering per abonnement van de ontvanger dat de soort wilde ontvangen.
         */
        get: operations["afleveringenVanKennisgeving"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verzonden-kennisgevingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kennisgevingen die uw organisatie verzond: onbevestigde M55 en niet-afleverbare kennisgevingen
         * @description De kennisgevingen met uw organisatie als afzender (de beheerder ziet ze alle), oudste eerst, met bevestiging en afleverstatus, zonder inhoud. status=onbevestigd geeft de m55_*-kennisgevingen die de ontvanger niet binnen M55_ESCALATIE_WERKDAGEN werkdagen (ma–vr, zonder feestdagen van de Algemene termijnenwet) heeft bevestigd; status=niet_afleverbaar die met een mislukte webhook-aflevering.
         */
        get: operations["verzondenKennisgevingenOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auditregels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Auditregels, oplopend op id, eventueel voor één dossier
         * @description Elke schrijfactie en elke inzage van persoonsgegevens, met de hashketen (per dossier of per organisatie). Controleer de ketens met /auditregels/_verificatie.
         */
        get: operations["auditregelsOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auditregels/_verificatie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Controleer alle hashketens van de audittrail
         * @description Herberekent elke keten met de auditsleutel en vergelijkt haar met de ondertekende ankers buiten de database. Meldt gewijzigde regels (hash klopt niet), verwijderde of ingevoegde regels (gat of verbroken koppeling), een ingekort einde van een keten, een teruggedraaide of verwijderde keten en een audittrail met minder regels dan verankerd.
         */
        get: operations["auditVerificatieOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verwerkingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wie verwerkte de gegevens van dit dossier, wanneer en waarom (Logboek Dataverwerkingen)
         * @description Voor de auditor: het Logboek Dataverwerkingen van een dossier (query dossierId): welke organisatie welke verwerking deed, wanneer, met welk doel en op welke grondslag.
         */
        get: operations["verwerkingenOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statistieken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Landelijke tellingen, zonder dossiers en met onderdrukking van kleine aantallen
         * @description Voor analisten en de beheerder: landelijke tellingen van dossiers (identificatiestatus, nationaliteit, verblijf, leeftijd), bedenktijden en verwijzingen, zonder dossiergegevens. Aantallen onder de 5 worden onderdrukt (null), en zo nodig een tweede cel, zodat het totaal min de andere cellen er geen teruggeeft.
         */
        get: operations["statistiekenOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/trechter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Opvolgingstrechter per organisatietype en organisatie, met noemers en onthullingsbeheersing
         * @description Per stap (signaal → beoordeling → informatief gesprek → vastgesteld → aanbod → reactie → aangifte → opsporingsonderzoek → beslissingen OM) het aantal dossiers, de stap die de noemer is en die noemer. Kleine aantallen (1–4) zijn onderdrukt, met aanvullende onderdrukking zodat geen som of verschil van gepubliceerde cijfers — over organisaties, filterwaarden of perioden — ze teruggeeft (docs/monitor.md). Nooit een dossier.
         */
        get: operations["monitorTrechterOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monitor/doorlooptijden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tijd tussen stappen (mediaan en 90e percentiel), niet-tijdig aangeboden bedenktijden en einde per reden
         * @description Mediaan en 90e percentiel in dagen van signaal → beoordeling, vaststelling → aanbod, verwijzing → antwoord en verwijzing → plaatsing, alleen naast een gepubliceerd aantal van ten minste 5. Daarnaast de aantallen aanbiedbaar, niet tijdig aangeboden (na BEDENKTIJD_SIGNALERING_DAGEN), verwezen, beantwoord, geplaatst, en bedenktijden beëindigd per reden of verlopen.
         */
        get: operations["monitorDoorlooptijdenOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fouten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De foutcatalogus
         * @description Elke `code` die een probleem (application/problem+json) kan dragen, met haar HTTP-status en Nederlandse betekenis, en de codes in `invalidParams`. Openbaar, zonder sleutel. Met Accept: text/html een leesbare pagina.
         */
        get: operations["foutcatalogusOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fouten/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén fout uit de catalogus
         * @description Waar de `type`-URI van een probleem naar wijst: de code, haar HTTP-status en betekenis. Openbaar, zonder sleutel. Met Accept: text/html een leesbare pagina.
         */
        get: operations["foutOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dit OpenAPI-document (OpenAPI 3.0.3)
         * @description Dit document, zonder sleutel en met CORS voor elke origin, zodat een client er code uit kan genereren. De foutcodes staan in het schema Probleem en op GET /v1/fouten.
         */
        get: operations["openapiOpvragen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CloudEvent: {
            /** @enum {string} */
            specversion: "1.0";
            /**
             * Format: uuid
             * @description Het id van de kennisgeving; stabiel bij een herhaalde aflevering: ontdubbel hierop.
             */
            id: string;
            /**
             * @description URN van deze dienst (CLOUDEVENTS_SOURCE, of urn:nld:oin:<OIN>:systeem:nrm).
             * @example urn:nld:nrm:kennisgevingen
             */
            source: string;
            /**
             * @description Soort gebeurtenis (reverse-DNS). Per soort kennisgeving: aanmelding_vermoedelijk_slachtoffer → nl.nrm.slachtoffer.aangemeld; aanmelding_ingetrokken → nl.nrm.slachtoffer.aanmelding-ingetrokken; bedenktijd_advies → nl.nrm.bedenktijd.geadviseerd; m55_bedenktijd → nl.nrm.bedenktijd.verleend; m55_aangifte → nl.nrm.aangifte.gedaan; m55_medewerking_strafproces → nl.nrm.strafproces.medewerking-verleend; m55_beroep_b8_3 → nl.nrm.b8-3.beroep-gedaan; bedenktijd_beeindigd → nl.nrm.bedenktijd.beeindigd; bedenktijd_verlopen → nl.nrm.bedenktijd.verlopen; bedenktijd_loopt_af → nl.nrm.bedenktijd.loopt-af; sepot → nl.nrm.strafzaak.geseponeerd; onderzoek_beeindigd → nl.nrm.opsporingsonderzoek.beeindigd; aanwezigheid_noodzakelijk → nl.nrm.strafzaak.aanwezigheid-noodzakelijk; verwijzing_ontvangen → nl.nrm.verwijzing.ontvangen; verwijzing_besluit → nl.nrm.verwijzing.besloten; verwijzing_ingetrokken → nl.nrm.verwijzing.ingetrokken; mogelijke_dubbele_registratie → nl.nrm.persoon.mogelijk-dubbel-geregistreerd; aansluiting → nl.nrm.dossier.aangesloten; dossier_samengevoegd → nl.nrm.dossier.samengevoegd.
             * @enum {string}
             */
            type: "nl.nrm.slachtoffer.aangemeld" | "nl.nrm.slachtoffer.aanmelding-ingetrokken" | "nl.nrm.bedenktijd.geadviseerd" | "nl.nrm.bedenktijd.verleend" | "nl.nrm.aangifte.gedaan" | "nl.nrm.strafproces.medewerking-verleend" | "nl.nrm.b8-3.beroep-gedaan" | "nl.nrm.bedenktijd.beeindigd" | "nl.nrm.bedenktijd.verlopen" | "nl.nrm.bedenktijd.loopt-af" | "nl.nrm.strafzaak.geseponeerd" | "nl.nrm.opsporingsonderzoek.beeindigd" | "nl.nrm.strafzaak.aanwezigheid-noodzakelijk" | "nl.nrm.verwijzing.ontvangen" | "nl.nrm.verwijzing.besloten" | "nl.nrm.verwijzing.ingetrokken" | "nl.nrm.persoon.mogelijk-dubbel-geregistreerd" | "nl.nrm.dossier.aangesloten" | "nl.nrm.dossier.samengevoegd";
            /** Format: date-time */
            time: string;
            /**
             * Format: uuid
             * @description Het pseudonieme dossier-id, als de kennisgeving over een dossier gaat.
             */
            subject?: string;
            /** @enum {string} */
            datacontenttype: "application/json";
            /**
             * Format: uri
             * @description GET /v1/kennisgevingen/{id}: de inhoud, met uw eigen sleutel.
             */
            dataref: string;
            /**
             * Format: uri
             * @description Het JSON Schema van deze soort: GET /v1/kennisgevingen/schemas/{soort}.
             */
            dataschema: string;
            /** @description Extensie sequence: het volgnummer in uw feed, met nullen aangevuld tot 20 cijfers. */
            sequence: string;
            data: {
                /** Format: uuid */
                kennisgevingId: string;
                volgnummer: number;
                /** @enum {string} */
                soort: "aanmelding_vermoedelijk_slachtoffer" | "bedenktijd_advies" | "m55_bedenktijd" | "m55_aangifte" | "m55_medewerking_strafproces" | "m55_beroep_b8_3" | "bedenktijd_beeindigd" | "bedenktijd_verlopen" | "bedenktijd_loopt_af" | "sepot" | "onderzoek_beeindigd" | "aanwezigheid_noodzakelijk" | "verwijzing_ontvangen" | "verwijzing_besluit" | "verwijzing_ingetrokken" | "mogelijke_dubbele_registratie" | "aansluiting" | "dossier_samengevoegd" | "aanmelding_ingetrokken";
            };
        };
        Catalogus: {
            organisatieTypen: components["schemas"]["CatalogusWaarde"][];
            rollen: components["schemas"]["CatalogusWaarde"][];
            nationaliteitCategorieen: components["schemas"]["CatalogusWaarde"][];
            verblijfssituaties: components["schemas"]["CatalogusWaarde"][];
            leeftijdscategorieen: components["schemas"]["CatalogusWaarde"][];
            identificatiestatussen: components["schemas"]["CatalogusWaarde"][];
            uitbuitingsvormen: components["schemas"]["CatalogusWaarde"][];
            locaties: components["schemas"]["CatalogusWaarde"][];
            bronnen: components["schemas"]["CatalogusWaarde"][];
            indicatoren: components["schemas"]["CatalogusWaarde"][];
            resultatenBeoordeling: components["schemas"]["CatalogusWaarde"][];
            redenenNietVastgesteld: components["schemas"]["CatalogusWaarde"][];
            redenenGeenOpsporing: components["schemas"]["CatalogusWaarde"][];
            kennisgevingSoorten: components["schemas"]["CatalogusWaarde"][];
            signaalcontexten: components["schemas"]["CatalogusWaarde"][];
            bedenktijdStatussen: components["schemas"]["CatalogusWaarde"][];
            reacties: components["schemas"]["CatalogusWaarde"][];
            beeindigingsredenen: components["schemas"]["CatalogusWaarde"][];
            verwijzingDoelen: components["schemas"]["CatalogusWaarde"][];
            verwijzingStatussen: components["schemas"]["CatalogusWaarde"][];
            urgenties: components["schemas"]["CatalogusWaarde"][];
            toestemmingen: components["schemas"]["CatalogusWaarde"][];
            grondslagen: components["schemas"]["CatalogusWaarde"][];
            afwijzingsredenen: components["schemas"]["CatalogusWaarde"][];
            geslachten: components["schemas"]["CatalogusWaarde"][];
            strafrechtelijkeSoorten: components["schemas"]["CatalogusWaarde"][];
            verblijfsbesluitSoorten: components["schemas"]["CatalogusWaarde"][];
            /** @description ISO 3166-1 alpha-2-codes met de Nederlandse naam van het land. */
            landen: components["schemas"]["CatalogusWaarde"][];
            /** @description Nationaliteiten (ISO 3166-1 alpha-2) van nationaliteitCategorie eu_eer_zwitserland; NL is nederlands, elk ander land derdelander. */
            landenEuEerZwitserland: string[];
            wegingsschalen: {
                code: string;
                label: string;
                waarden: components["schemas"]["CatalogusWaarde"][];
                organisatieTypen: string[];
            }[];
            beleidsregels: {
                code: string;
                omschrijving: string;
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                geldigVanaf: string;
                doelgroep: string[] | null;
                bron: string;
            }[];
        };
        CatalogusWaarde: {
            code: string;
            label: string;
        };
        Probleem: {
            /**
             * Format: uri
             * @description URI van de fout in de foutcatalogus van deze service (GET /v1/fouten/{code}: JSON, of een pagina met Accept: text/html).
             * @example https://nrm.example.nl/v1/fouten/ongeldige-invoer
             */
            type: string;
            /**
             * @description Stabiele code van de fout: een client beslist hierop, niet op title of detail. Een code wordt nooit hernoemd of hergebruikt.
             *
             *     | code | status | betekenis |
             *     |---|---|---|
             *     | `ongeldige-invoer` | 400 | De body, query of path voldoet niet aan het schema. invalidParams noemt elk ongeldig veld met een code (zie invalidParamsCodes). |
             *     | `niet-geauthenticeerd` | 401 | Geen, een onbekende of een ingetrokken API-sleutel of token. Stuur Authorization: Bearer <sleutel>. |
             *     | `rol-niet-toegestaan` | 403 | De rol van de sleutel mag deze handeling niet uitvoeren (de permissiematrix). |
             *     | `niet-gevonden` | 404 | De resource bestaat niet, of uw organisatie heeft er geen toegang toe; het bestaan wordt niet prijsgegeven. |
             *     | `methode-niet-toegestaan` | 405 | Deze URL ondersteunt deze HTTP-methode niet; de header Allow noemt wat wel kan. |
             *     | `niet-aanvaardbaar` | 406 | Geen van de mediatypen in Accept is voor deze resource beschikbaar. |
             *     | `dossier-samengevoegd` | 410 | Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier. |
             *     | `voorwaarde-mislukt` | 412 | If-Match komt niet overeen met de huidige versie. Haal de resource opnieuw op en gebruik de nieuwe ETag. |
             *     | `te-groot` | 413 | De body is groter dan de service aanneemt (1 MiB). |
             *     | `mediatype-niet-ondersteund` | 415 | Stuur de body als application/json; andere mediatypen (ook application/merge-patch+json) worden niet aangenomen. |
             *     | `voorwaarde-vereist` | 428 | Deze wijziging vraagt de header If-Match met de ETag van de laatst opgehaalde versie. |
             *     | `te-veel-verzoeken` | 429 | De limiet per sleutel of het aantal mislukte aanmeldingen is bereikt; wacht het aantal seconden in Retry-After. |
             *     | `interne-fout` | 500 | Er ging iets mis in de service. Noem de requestId als u contact opneemt. |
             *     | `niet-beschikbaar` | 503 | De service of de database is tijdelijk niet beschikbaar; probeer het opnieuw na Retry-After (met dezelfde Idempotency-Key). |
             *     | `http-fout` | 400 | Het verzoek kon op HTTP-niveau niet worden verwerkt; de status van het antwoord geeft de reden. |
             *     | `gelijktijdige-wijziging` | 409 | Een gelijktijdige wijziging kwam u voor. Haal de gegevens opnieuw op en probeer het opnieuw. |
             *     | `idempotency-key-in-behandeling` | 409 | Een verzoek met dezelfde Idempotency-Key wordt nog verwerkt; probeer het zo opnieuw. |
             *     | `idempotency-key-hergebruikt` | 422 | Deze Idempotency-Key is al gebruikt voor een ander verzoek; gebruik een nieuwe sleutel voor een nieuw verzoek. |
             *     | `geen-wijzigrecht` | 403 | De toegang van uw organisatie tot dit dossier staat geen wijziging toe. |
             *     | `geen-doorgeefrecht` | 403 | De toegang van uw organisatie tot dit dossier staat niet toe het door te geven (verwijzen of adviseren). |
             *     | `identiteit-niet-inzienbaar` | 403 | De toegang van uw organisatie is pseudoniem; de persoonsgegevens zijn niet in te zien. |
             *     | `dossier-gesloten` | 409 | Het dossier is gesloten; heropen het (POST …/heropening) voordat u iets nieuws vastlegt. |
             *     | `dossier-al-gesloten` | 409 | Het dossier is al gesloten. |
             *     | `dossier-niet-gesloten` | 409 | Het dossier is niet gesloten; heropenen is niet nodig. |
             *     | `dossier-gewist` | 409 | De persoonsgegevens van het dossier zijn gewist; het kan niet worden heropend of samengevoegd. Registreer een nieuw dossier. |
             *     | `leeftijdscategorie-volgt-uit-geboortedatum` | 422 | De persoonsgegevens hebben een geboortedatum; corrigeer daar de geboortedatum in plaats van de leeftijdscategorie. |
             *     | `mogelijk-dezelfde-persoon` | 409 | Er is al een dossier van mogelijk dezelfde persoon; mogelijkeDubbelen noemt nummer en organisatie. Sluit u aan of verklaar dat het een ander is. |
             *     | `al-toegang-tot-dossier` | 409 | Uw organisatie heeft al toegang tot dit dossier; leg uw signaal daar vast. |
             *     | `dossier-onbekend` | 422 | Er is geen dossier met dit nummer dat u mag samenvoegen. |
             *     | `samenvoegen-met-zichzelf` | 422 | Een dossier kan niet met zichzelf worden samengevoegd. |
             *     | `dossier-al-samengevoegd` | 409 | Een van de dossiers is al samengevoegd met een ander dossier. |
             *     | `samenvoeging-twee-bedenktijden` | 409 | Beide dossiers hebben een open bedenktijd; beëindig er eerst één. |
             *     | `samenvoeging-ander-v-nummer` | 409 | De dossiers hebben verschillende vreemdelingennummers; het zijn waarschijnlijk twee personen. |
             *     | `geboortedatum-in-toekomst` | 422 | De geboortedatum ligt in de toekomst. |
             *     | `nationaliteit-tegenstrijdig` | 422 | De nationaliteit in de persoonsgegevens past niet bij de nationaliteitCategorie van het dossier. |
             *     | `signaal-ongeldig` | 422 | Het signaal voldoet niet aan de regels; invalidParams noemt elk veld. |
             *     | `opvolging-alleen-registrerende-organisatie` | 403 | Alleen de organisatie die het signaal vastlegde, legt de uitkomst van de verrijking vast. |
             *     | `opvolging-al-vastgelegd` | 409 | De opvolging van dit signaal is al vastgelegd; leg een nieuw signaal vast als er nieuwe informatie is. |
             *     | `intaker-niet-gecertificeerd` | 403 | Alleen een gecertificeerde mensenhandelintaker legt een beoordeling na een informatief gesprek vast (docs/regels.md R6). |
             *     | `beoordeling-ongeldig` | 422 | De beoordeling van de geringste aanwijzing voldoet niet aan de regels; invalidParams noemt elk veld. |
             *     | `beoordeling-al-vervangen` | 409 | De beoordeling in vervangt is al door een latere vervangen; verwijs naar de laatste. |
             *     | `beoordeling-onbekend` | 422 | De beoordeling hoort niet bij dit dossier. |
             *     | `beoordeling-vervangen` | 422 | De beoordeling is vervangen door een latere; gebruik de geldende beoordeling. |
             *     | `geringste-aanwijzing-niet-vastgesteld` | 422 | Zonder vastgestelde geringste aanwijzing (of een open NLA-advies) wordt de bedenktijd niet aangeboden of geadviseerd. |
             *     | `bedenktijd-niet-toegestaan` | 403 | Deze organisatie of rol biedt de bedenktijd niet aan, adviseert haar niet of beëindigt haar niet (B8/3 Vc 2000: politie en KMar bieden aan, de NLA adviseert). |
             *     | `nederlander-geen-b8` | 422 | Een Nederlander is geen vreemdeling en komt niet in aanmerking voor de B8/3-regeling (art. 1 Vw 2000). |
             *     | `eu-onderdaan-geen-b8` | 422 | Een EU/EER/Zwitserse onderdaan die rechten ontleent aan het Unierecht valt niet onder de B8/3-regeling. |
             *     | `duurzaam-verblijf-geen-b8` | 422 | Met duurzaam verblijf is er geen vertrekplicht op te schorten; de B8/3-bedenktijd is niet van toepassing. |
             *     | `gegevens-onvolledig-voor-b8` | 422 | Nationaliteit, Unierechtelijke aanspraken of verblijfssituatie is onbekend; vul die eerst in het dossier in. |
             *     | `ongeldige-datum` | 422 | De datum ligt in de toekomst of vóór de gebeurtenis waarop hij volgt. |
             *     | `datum-in-toekomst` | 422 | De datum van de strafrechtelijke gebeurtenis of het beroep ligt in de toekomst. |
             *     | `bedenktijd-advies-onbekend` | 422 | Het bedenktijd-advies hoort niet bij dit dossier. |
             *     | `bedenktijd-advies-niet-open` | 409 | Het bedenktijd-advies is al overgenomen of niet overgenomen. |
             *     | `bedenktijd-advies-al-open` | 409 | Voor dit dossier staat al een bedenktijd-advies open. |
             *     | `advies-ontvanger-geen-politie-of-kmar` | 422 | Een bedenktijd-advies gaat naar een politie- of KMar-eenheid. |
             *     | `bedenktijd-al-open` | 409 | Voor dit dossier staat al een bedenktijd open (aangeboden of lopend); er kan er één tegelijk openstaan. |
             *     | `bedenktijd-al-open-voor-persoon` | 409 | Voor dezelfde persoon loopt in een ander dossier al een bedenktijd. |
             *     | `reactie-al-vastgelegd` | 409 | Op dit aanbod is al gereageerd; een reactie wordt één keer vastgelegd. |
             *     | `bedenktijd-niet-lopend` | 409 | Alleen een lopende bedenktijd kan vroegtijdig worden beëindigd. |
             *     | `bedenktijd-al-verlopen` | 409 | De bedenktijd was op de opgegeven datum al verlopen. |
             *     | `strafrecht-niet-toegestaan` | 403 | Deze organisatie of rol legt deze strafrechtelijke gebeurtenis niet vast. |
             *     | `strafrecht-volgorde` | 409 | De gebeurtenis past niet bij wat er al in het strafrechtelijk spoor staat. |
             *     | `informatief-gesprek-ontbreekt` | 422 | Deze gebeurtenis vraagt eerst een vastgelegd informatief gesprek. |
             *     | `nederlander-geen-beroep-b8` | 422 | Een Nederlander kan zich niet op de B8/3-regeling beroepen (art. 1 Vw 2000). |
             *     | `verblijfsbesluit-ongeldig` | 422 | Het verblijfsbesluit voldoet niet aan de regels; invalidParams noemt elk veld. |
             *     | `verblijfsbesluit-niet-mogelijk` | 409 | Het besluit past niet bij het verblijfsspoor zoals het nu staat. |
             *     | `kennisgeving-al-bevestigd` | 409 | De kennisgeving is al bevestigd met een andere referentie; een ontvangstbevestiging wordt niet gewijzigd. |
             *     | `abonnement-dubbel` | 409 | Uw organisatie heeft al een actief abonnement op deze callbackUrl. |
             *     | `verwijzing-ongeldig` | 422 | Meer dan één regel is niet voldaan; invalidParams noemt elke regel met haar code. |
             *     | `verwijzing-loopt-al` | 409 | Het dossier is al met hetzelfde doel naar deze organisatie verwezen. |
             *     | `zelfverwijzing` | 422 | U kunt niet naar uw eigen organisatie verwijzen. |
             *     | `ontvanger-past-niet-bij-doel` | 422 | De ontvangende organisatie is niet van een type dat dit doel behandelt. |
             *     | `cosm-minderjarige` | 422 | COSM-opvang is er voor meerderjarigen; een minderjarige wordt anders verwezen of geplaatst. |
             *     | `cosm-geen-derdelander` | 422 | COSM-opvang is er voor slachtoffers van buiten de EU. |
             *     | `leeftijd-onbekend` | 422 | Stel eerst vast of de persoon meerderjarig is. |
             *     | `nationaliteit-onbekend` | 422 | Leg eerst de nationaliteitCategorie vast. |
             *     | `raad-meerderjarige` | 422 | De Raad voor de Kinderbescherming is er voor minderjarigen. |
             *     | `grondslag-ontbreekt` | 422 | Een verwijzing zonder toestemming van het slachtoffer vraagt een wettelijke grondslag. |
             *     | `meldcode-alleen-minderjarige` | 422 | De grondslag meldcode_kindermishandeling geldt alleen voor een minderjarige. |
             *     | `meldcode-alleen-veilig-thuis` | 422 | Een melding op grond van de meldcode gaat naar Veilig Thuis. |
             *     | `alleen-ontvanger` | 403 | Alleen de ontvangende organisatie beslist over de verwijzing, rondt haar af of plaatst. |
             *     | `alleen-verwijzer` | 403 | Alleen de verwijzende organisatie trekt een verwijzing in. |
             *     | `al-beantwoord` | 409 | Over deze verwijzing is al beslist. |
             *     | `niet-open` | 409 | De verwijzing is niet meer open. |
             *     | `niet-aanvaard` | 409 | De verwijzing is (nog) niet aanvaard. |
             *     | `niet-actief` | 409 | De verwijzing is niet meer actief. |
             *     | `al-geweigerd` | 409 | Op deze verwijzing is al vastgelegd dat het slachtoffer opvang weigert. |
             *     | `plaatsing-loopt` | 409 | Er loopt een plaatsing op deze verwijzing; beëindig die eerst. |
             *     | `afwijzingsreden-ontbreekt` | 422 | Geef bij een afwijzing de afwijzingsreden op. |
             *     | `toelichting-ontbreekt` | 422 | Bij reden overig hoort een toelichting. |
             *     | `afwijzingsreden-bij-aanvaarding` | 422 | Een afwijzingsreden hoort alleen bij besluit afgewezen. |
             *     | `geen-opvangverwijzing` | 422 | Deze handeling hoort bij een verwijzing naar opvang. |
             *     | `geen-opvangorganisatie` | 422 | Een opvanglocatie hoort bij een organisatie van het type opvang. |
             *     | `capaciteit-onder-bezetting` | 409 | De capaciteit kan niet lager worden dan het aantal lopende plaatsingen. |
             *     | `opvang-vol` | 409 | De opvanglocatie heeft geen plaats vrij. |
             *     | `andere-organisatie` | 422 | U plaatst alleen in een opvanglocatie van uw eigen organisatie. |
             *     | `in-toekomst` | 422 | De startdatum of einddatum van de plaatsing ligt in de toekomst. |
             *     | `te-vroeg` | 422 | De einddatum ligt vóór de startdatum. |
             *     | `opvanglocatie-onbekend` | 422 | Deze opvanglocatie bestaat niet; kies een locatie uit GET /v1/opvanglocaties. |
             *     | `opvanglocatie-andere-organisatie` | 403 | U beheert alleen de opvanglocaties van uw eigen organisatie. |
             *     | `organisatie-id-verplicht` | 422 | Een beheerder geeft in organisatieId op van welke opvangorganisatie de locatie is. |
             *     | `organisatie-onbekend` | 422 | Deze organisatie bestaat niet; kies er een uit GET /v1/organisaties. |
             *     | `persoon-al-geplaatst` | 409 | De persoon is al elders geplaatst; een overplaatsing is een beëindiging gevolgd door een nieuwe plaatsing. |
             *     | `plaatsing-alleen-opvangorganisatie` | 403 | Alleen de organisatie van de opvanglocatie beëindigt een plaatsing. |
             *     | `plaatsing-al-beeindigd` | 409 | Deze plaatsing is al beëindigd. |
             *     | `geen-lopende-plaatsing` | 409 | Er loopt geen plaatsing op deze verwijzing; er is niets te beëindigen. |
             * @example bedenktijd-al-open
             * @enum {string}
             */
            code: "ongeldige-invoer" | "niet-geauthenticeerd" | "rol-niet-toegestaan" | "niet-gevonden" | "methode-niet-toegestaan" | "niet-aanvaardbaar" | "dossier-samengevoegd" | "voorwaarde-mislukt" | "te-groot" | "mediatype-niet-ondersteund" | "voorwaarde-vereist" | "te-veel-verzoeken" | "interne-fout" | "niet-beschikbaar" | "http-fout" | "gelijktijdige-wijziging" | "idempotency-key-in-behandeling" | "idempotency-key-hergebruikt" | "geen-wijzigrecht" | "geen-doorgeefrecht" | "identiteit-niet-inzienbaar" | "dossier-gesloten" | "dossier-al-gesloten" | "dossier-niet-gesloten" | "dossier-gewist" | "leeftijdscategorie-volgt-uit-geboortedatum" | "mogelijk-dezelfde-persoon" | "al-toegang-tot-dossier" | "dossier-onbekend" | "samenvoegen-met-zichzelf" | "dossier-al-samengevoegd" | "samenvoeging-twee-bedenktijden" | "samenvoeging-ander-v-nummer" | "geboortedatum-in-toekomst" | "nationaliteit-tegenstrijdig" | "signaal-ongeldig" | "opvolging-alleen-registrerende-organisatie" | "opvolging-al-vastgelegd" | "intaker-niet-gecertificeerd" | "beoordeling-ongeldig" | "beoordeling-al-vervangen" | "beoordeling-onbekend" | "beoordeling-vervangen" | "geringste-aanwijzing-niet-vastgesteld" | "bedenktijd-niet-toegestaan" | "nederlander-geen-b8" | "eu-onderdaan-geen-b8" | "duurzaam-verblijf-geen-b8" | "gegevens-onvolledig-voor-b8" | "ongeldige-datum" | "datum-in-toekomst" | "bedenktijd-advies-onbekend" | "bedenktijd-advies-niet-open" | "bedenktijd-advies-al-open" | "advies-ontvanger-geen-politie-of-kmar" | "bedenktijd-al-open" | "bedenktijd-al-open-voor-persoon" | "reactie-al-vastgelegd" | "bedenktijd-niet-lopend" | "bedenktijd-al-verlopen" | "strafrecht-niet-toegestaan" | "strafrecht-volgorde" | "informatief-gesprek-ontbreekt" | "nederlander-geen-beroep-b8" | "verblijfsbesluit-ongeldig" | "verblijfsbesluit-niet-mogelijk" | "kennisgeving-al-bevestigd" | "abonnement-dubbel" | "verwijzing-ongeldig" | "verwijzing-loopt-al" | "zelfverwijzing" | "ontvanger-past-niet-bij-doel" | "cosm-minderjarige" | "cosm-geen-derdelander" | "leeftijd-onbekend" | "nationaliteit-onbekend" | "raad-meerderjarige" | "grondslag-ontbreekt" | "meldcode-alleen-minderjarige" | "meldcode-alleen-veilig-thuis" | "alleen-ontvanger" | "alleen-verwijzer" | "al-beantwoord" | "niet-open" | "niet-aanvaard" | "niet-actief" | "al-geweigerd" | "plaatsing-loopt" | "afwijzingsreden-ontbreekt" | "toelichting-ontbreekt" | "afwijzingsreden-bij-aanvaarding" | "geen-opvangverwijzing" | "geen-opvangorganisatie" | "capaciteit-onder-bezetting" | "opvang-vol" | "andere-organisatie" | "in-toekomst" | "te-vroeg" | "opvanglocatie-onbekend" | "opvanglocatie-andere-organisatie" | "organisatie-id-verplicht" | "organisatie-onbekend" | "persoon-al-geplaatst" | "plaatsing-alleen-opvangorganisatie" | "plaatsing-al-beeindigd" | "geen-lopende-plaatsing";
            title: string;
            status: number;
            detail: string;
            instance: string;
            requestId?: string;
            invalidParams?: {
                name: string;
                code: string;
                reason: string;
            }[];
            /** @description Bij 409 mogelijk-dezelfde-persoon: de andere dossiers van mogelijk dezelfde persoon, alleen met nummer en registrerende organisatie (en een link als u het dossier al ziet). */
            mogelijkeDubbelen?: {
                dossiernummer: string;
                registrerendeOrganisatie: string;
                href?: string;
            }[];
            /** @description Bij 410: het dossier waarin dit dossier is opgegaan. */
            samengevoegdIn?: {
                /** Format: uuid */
                dossierId: string;
                dossiernummer: string;
                href: string;
            };
        };
        OrganisatieCollectie: {
            organisaties: components["schemas"]["Organisatie"][];
        };
        Organisatie: {
            /** Format: uuid */
            id: string;
            naam: string;
            /** @enum {string} */
            type: "politie" | "kmar" | "nla" | "om" | "ind" | "coa" | "comensha" | "zorg" | "opvang" | "veilig_thuis" | "raad_kinderbescherming" | "gemeente" | "beheer";
        };
        Dossier: {
            /** Format: uuid */
            id: string;
            /** @example NRM-2026-000123 */
            dossiernummer: string;
            /** @enum {string} */
            identificatiestatus: "gesignaleerd" | "vermoedelijk_slachtoffer" | "geen_geringste_aanwijzing";
            /** @enum {string} */
            nationaliteitCategorie: "derdelander" | "eu_eer_zwitserland" | "nederlands" | "onbekend";
            eurechtelijkeAanspraken: boolean | null;
            /** @enum {string} */
            verblijfssituatie: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
            /** @enum {string} */
            leeftijdscategorie: "minderjarig" | "meerderjarig" | "onbekend";
            /** Format: uuid */
            registrerendeOrganisatieId: string;
            versie: number;
            /** Format: date-time */
            tijdstipRegistratie: string;
            /** Format: date-time */
            tijdstipGewijzigd: string;
            /**
             * Format: date-time
             * @description Gesloten: de bewaartermijn loopt vanaf dit moment.
             */
            tijdstipGesloten: string | null;
            /**
             * Format: date-time
             * @description Persoonsgegevens en vrije tekst zijn gewist.
             */
            tijdstipGewist: string | null;
            /**
             * Format: date-time
             * @description Laatste heropening van het gesloten dossier (met reden, geaudit).
             */
            tijdstipHeropend: string | null;
        };
        /**
         * @example {
         *       "nationaliteitCategorie": "derdelander",
         *       "verblijfssituatie": "geen_rechtmatig_verblijf",
         *       "leeftijdscategorie": "meerderjarig"
         *     }
         */
        DossierAanmaken: {
            /** @enum {string} */
            nationaliteitCategorie: "derdelander" | "eu_eer_zwitserland" | "nederlands" | "onbekend";
            /** @description Alleen bij eu_eer_zwitserland: ontleent de persoon rechten aan het Unierecht? (B8/3 Vc 2000) Mag worden weggelaten; dan null. */
            eurechtelijkeAanspraken?: boolean | null;
            /** @enum {string} */
            verblijfssituatie: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
            /**
             * @description Mag worden weggelaten; dan "onbekend".
             * @enum {string}
             */
            leeftijdscategorie?: "minderjarig" | "meerderjarig" | "onbekend";
            persoonsgegevens?: components["schemas"]["PersoonsgegevensInvoer"];
        };
        /**
         * @description De persoonsgegevens in dezelfde transactie (anders later met PUT …/persoonsgegevens). Staat dezelfde persoon al in een ander dossier (zelfde V-nummer, of zonder V-nummer dezelfde achternaam en geboortedatum), dan volgt 409 mogelijk-dezelfde-persoon en wordt niets geregistreerd.
         * @example {
         *       "voornamen": "Ama",
         *       "geslachtsnaam": "Mensah",
         *       "geboortedatum": "1999-04-02",
         *       "nationaliteit": "GH",
         *       "vreemdelingennummer": "1234567890",
         *       "geslacht": "vrouw",
         *       "talen": [
         *         "en"
         *       ]
         *     }
         */
        PersoonsgegevensInvoer: {
            /** @description Mag worden weggelaten; dan null. */
            voornamen?: string | null;
            /** @description Mag worden weggelaten; dan null. */
            geslachtsnaam?: string | null;
            /**
             * Format: date
             * @description Mag worden weggelaten; dan null.
             * @example 2026-11-20
             */
            geboortedatum?: string | null;
            /** @description Mag worden weggelaten; dan null. */
            nationaliteit?: string | null;
            /** @description Mag worden weggelaten; dan null. */
            vreemdelingennummer?: string | null;
            /**
             * @description Mag worden weggelaten; dan null.
             * @enum {string|null}
             */
            geslacht?: "vrouw" | "man" | "x" | "onbekend" | null;
            /** @description Mag worden weggelaten; dan []. */
            talen?: string[];
            /** @description Na een 409 mogelijk-dezelfde-persoon: verklaar dat de genoemde dossiers over een andere persoon gaan. De paren worden als gecontroleerd vastgelegd, zodat de waarschuwing niet terugkomt. */
            anderePersoon?: {
                dossiernummers: string[];
                /** @description Waarom het een andere persoon is (bijv. ander V-nummer na navraag bij de IND). Wordt geaudit. */
                reden: string;
            };
        };
        DossierCollectie: {
            dossiers: components["schemas"]["Dossier"][];
        };
        /**
         * @example {
         *       "verblijfssituatie": "asielzoeker"
         *     }
         */
        DossierWijzigen: {
            /** @enum {string} */
            nationaliteitCategorie?: "derdelander" | "eu_eer_zwitserland" | "nederlands" | "onbekend";
            /** @description Alleen bij eu_eer_zwitserland: ontleent de persoon rechten aan het Unierecht? (B8/3 Vc 2000) */
            eurechtelijkeAanspraken?: boolean | null;
            /** @enum {string} */
            verblijfssituatie?: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
            /** @enum {string} */
            leeftijdscategorie?: "minderjarig" | "meerderjarig" | "onbekend";
        };
        /**
         * @example {
         *       "reden": "Hulpverlening afgerond; het slachtoffer is teruggekeerd naar het land van herkomst."
         *     }
         */
        DossierSluiting: {
            /** @description Waarom het dossier wordt gesloten (bijv. hulp afgerond, vertrokken). */
            reden: string;
        };
        /**
         * @example {
         *       "reden": "Nieuw signaal over dezelfde persoon."
         *     }
         */
        DossierHeropening: {
            /** @description Waarom het gesloten dossier weer open moet (bijv. nieuw signaal over dezelfde persoon). */
            reden: string;
        };
        /**
         * @example {
         *       "grondslag": "avg_art_17_verzoek",
         *       "toelichting": "Verzoek van betrokkene, kenmerk AVG-2026-0012."
         *     }
         */
        DossierWissing: {
            /**
             * @description De wettelijke grondslag van het wissen (AVG art. 17).
             * @enum {string}
             */
            grondslag: "avg_art_17_verzoek" | "onrechtmatig_verwerkt" | "bewaartermijn_verstreken";
            /** @description Kenmerk van het verzoek of besluit; geen persoonsgegevens. */
            toelichting: string;
        };
        /**
         * @example {
         *       "vreemdelingennummer": "1234567890"
         *     }
         */
        DossierZoeken: {
            dossiernummer?: string;
            vreemdelingennummer?: string;
            geslachtsnaam?: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            geboortedatum?: string;
        };
        /**
         * @example {
         *       "persoon": {
         *         "vreemdelingennummer": "1234567890"
         *       },
         *       "signaal": {
         *         "ontvangstdatum": "2026-11-20",
         *         "bron": "slachtoffer_zelf",
         *         "melder": null,
         *         "uitbuitingsvormen": [
         *           "seksueel"
         *         ],
         *         "indicatoren": [
         *           "gebruik_geweld"
         *         ],
         *         "locatie": "nederland",
         *         "weging": {
         *           "schaal": "politie_digw",
         *           "waarde": "sterk"
         *         },
         *         "samenvatting": "Meldt zich bij de balie."
         *       },
         *       "reden": "Dezelfde persoon meldt zich bij onze eenheid."
         *     }
         */
        Aansluiting: {
            /** @description Wat uw organisatie van de persoon weet; het moet overeenkomen met de persoonsgegevens van het dossier. */
            persoon: {
                vreemdelingennummer?: string;
                geslachtsnaam?: string;
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                geboortedatum?: string;
            };
            signaal: components["schemas"]["SignaalVastleggen"];
            /** @description Waarom u aansluit (bijv. zelfde V-nummer, bevestigd door de registrerende organisatie). */
            reden: string;
        };
        /**
         * @description Het eigen signaal van uw organisatie over deze persoon.
         * @example {
         *       "ontvangstdatum": "2026-11-20",
         *       "bron": "slachtoffer_zelf",
         *       "melder": null,
         *       "uitbuitingsvormen": [
         *         "seksueel"
         *       ],
         *       "indicatoren": [
         *         "gebruik_geweld"
         *       ],
         *       "locatie": "nederland",
         *       "weging": {
         *         "schaal": "politie_digw",
         *         "waarde": "sterk"
         *       },
         *       "samenvatting": "Meldt zich bij de balie."
         *     }
         */
        SignaalVastleggen: {
            /**
             * Format: date
             * @description Dag waarop het signaal binnenkwam (niet in de toekomst).
             * @example 2026-11-20
             */
            ontvangstdatum: string;
            /**
             * @description Herkomst van het signaal (zie GET /v1/catalogus, bronnen).
             * @enum {string}
             */
            bron: "politie_eigen" | "prostitutiecontrole" | "lopend_onderzoek" | "melding_ander_feit" | "digw_dagelijkse_scan" | "wijkagent" | "slachtoffer_zelf" | "migratieketen" | "ind_aanmeldgehoor" | "coa" | "advocaat" | "hulpverlening" | "gemeente" | "kmar" | "arbeidsinspectie" | "bekenden_familie" | "burger" | "hotel" | "seksadvertentiesite_of_klant" | "politie" | "arbeidsinspectie_eigen" | "ex_werknemer" | "kmar_eigen" | "mtv_grenscontrole" | "luchthaven" | "politie_avim" | "luchtvaartmaatschappij" | "mic";
            /** @description Oorspronkelijke melder, los van de doorgeleide bron. Mag worden weggelaten; dan null. */
            melder?: string | null;
            uitbuitingsvormen: ("seksueel" | "arbeid" | "crimineel" | "orgaanverwijdering" | "overig")[];
            /** @description Mag worden weggelaten; dan []. */
            indicatoren?: ("gebruik_geweld" | "seksueel_geweld" | "vrijheidsbeperking" | "dreiging_geweld" | "dreiging_wapen" | "gedwongen_drugsgebruik" | "dreiging_familie" | "dreiging_beeldmateriaal" | "voodoo" | "dwang_ongedefinieerd" | "fysiek_letsel" | "ontvangt_zorg" | "psychische_problemen" | "drugsgebruik" | "eerder_misbruik" | "schulden" | "dakloos" | "lvb" | "minderjarige_uit_instelling" | "zorgelijke_contacten" | "illegaal_verblijf" | "geen_tewerkstellingsvergunning" | "geen_contract" | "geen_verzekering" | "minderjarigheid" | "reis_betaald_door_ander" | "geen_eigen_id" | "huisvesting_via_verdachte" | "geen_toegang_bankrekening" | "adres_onbekend" | "ander_voert_woord" | "geen_of_te_weinig_loon" | "slechte_huisvesting" | "lange_werkdagen" | "afdragen_verdiensten" | "valse_beloften" | "contant_loon" | "slechte_arbeidsomstandigheden" | "gevaarlijk_werk" | "werken_bij_ziekte" | "onverklaarde_boetes" | "slapen_op_werkplek" | "inconsistent_reisverhaal" | "bagage_wijst_op_sekswerk" | "geen_retourticket" | "tegenstrijdigheden_afhaler" | "berichten_wijzen_op_sekswerk" | "branding_tatoeage" | "afhaler_bekend" | "sociale_media" | "derde_faciliteert" | "grooming")[];
            /** @enum {string} */
            locatie: "nederland" | "buitenland" | "tijdens_migratie" | "onbekend";
            /** @description Op de politie-DIGW-schaal bepaalt de weging de verrijkingstermijn: zeer_sterk binnen 24 uur, zwak of sterk binnen een week (rapport Rijke signalen, wisselende opvolging, §4.3). Mag worden weggelaten; dan null. */
            weging?: {
                /** @enum {string} */
                schaal: "politie_digw" | "kmar_stoplicht" | "nla_weeginstrument";
                /**
                 * @description Waarde op de gekozen schaal: politie_digw zwak/sterk/zeer_sterk; kmar_stoplicht groen/oranje/rood; nla_weeginstrument opvolgingswaardig/niet_opvolgingswaardig.
                 * @enum {string}
                 */
                waarde: "zwak" | "sterk" | "zeer_sterk" | "groen" | "oranje" | "rood" | "opvolgingswaardig" | "niet_opvolgingswaardig";
            } | null;
            /** @description Mag worden weggelaten; dan null. */
            samenvatting?: string | null;
            /** @description De context van het signaal: vermissing, of een minderjarige die wegliep van huis of uit een instelling (rapport §4.6.3: de politie werkt dan samen met de hulpverlening). Mag worden weggelaten; dan []. */
            contexten?: ("vermissing" | "weggelopen_minderjarige")[];
        };
        /**
         * @example {
         *       "dossiernummer": "NRM-2026-000043",
         *       "reden": "Hetzelfde vreemdelingennummer; dubbel geregistreerd."
         *     }
         */
        Samenvoeging: {
            /** @description Het dossier dat opgaat in dit dossier. */
            dossiernummer: string;
            /** @description Waarom het dezelfde persoon is. */
            reden: string;
        };
        Persoonsgegevens: {
            /** Format: uuid */
            dossierId: string;
            voornamen: string | null;
            geslachtsnaam: string | null;
            /**
             * Format: date
             * @example 2026-11-20
             */
            geboortedatum: string | null;
            nationaliteit: string | null;
            vreemdelingennummer: string | null;
            /** @enum {string|null} */
            geslacht: "vrouw" | "man" | "x" | "onbekend" | null;
            talen: string[];
            /** Format: date-time */
            tijdstipGewijzigd: string;
        };
        Signaal: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dossierId: string;
            /** Format: uuid */
            organisatieId: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            ontvangstdatum: string;
            /** @enum {string} */
            bron: "politie_eigen" | "prostitutiecontrole" | "lopend_onderzoek" | "melding_ander_feit" | "digw_dagelijkse_scan" | "wijkagent" | "slachtoffer_zelf" | "migratieketen" | "ind_aanmeldgehoor" | "coa" | "advocaat" | "hulpverlening" | "gemeente" | "kmar" | "arbeidsinspectie" | "bekenden_familie" | "burger" | "hotel" | "seksadvertentiesite_of_klant" | "politie" | "arbeidsinspectie_eigen" | "ex_werknemer" | "kmar_eigen" | "mtv_grenscontrole" | "luchthaven" | "politie_avim" | "luchtvaartmaatschappij" | "mic";
            melder: string | null;
            uitbuitingsvormen: ("seksueel" | "arbeid" | "crimineel" | "orgaanverwijdering" | "overig")[];
            indicatoren: ("gebruik_geweld" | "seksueel_geweld" | "vrijheidsbeperking" | "dreiging_geweld" | "dreiging_wapen" | "gedwongen_drugsgebruik" | "dreiging_familie" | "dreiging_beeldmateriaal" | "voodoo" | "dwang_ongedefinieerd" | "fysiek_letsel" | "ontvangt_zorg" | "psychische_problemen" | "drugsgebruik" | "eerder_misbruik" | "schulden" | "dakloos" | "lvb" | "minderjarige_uit_instelling" | "zorgelijke_contacten" | "illegaal_verblijf" | "geen_tewerkstellingsvergunning" | "geen_contract" | "geen_verzekering" | "minderjarigheid" | "reis_betaald_door_ander" | "geen_eigen_id" | "huisvesting_via_verdachte" | "geen_toegang_bankrekening" | "adres_onbekend" | "ander_voert_woord" | "geen_of_te_weinig_loon" | "slechte_huisvesting" | "lange_werkdagen" | "afdragen_verdiensten" | "valse_beloften" | "contant_loon" | "slechte_arbeidsomstandigheden" | "gevaarlijk_werk" | "werken_bij_ziekte" | "onverklaarde_boetes" | "slapen_op_werkplek" | "inconsistent_reisverhaal" | "bagage_wijst_op_sekswerk" | "geen_retourticket" | "tegenstrijdigheden_afhaler" | "berichten_wijzen_op_sekswerk" | "branding_tatoeage" | "afhaler_bekend" | "sociale_media" | "derde_faciliteert" | "grooming")[];
            /** @enum {string} */
            locatie: "nederland" | "buitenland" | "tijdens_migratie" | "onbekend";
            weging: {
                /** @enum {string} */
                schaal: "politie_digw" | "kmar_stoplicht" | "nla_weeginstrument";
                waarde: string;
            } | null;
            samenvatting: string | null;
            contexten: ("vermissing" | "weggelopen_minderjarige")[];
            /**
             * Format: date-time
             * @description Moment waarop het signaal uiterlijk verrijkt en opnieuw gewogen moet zijn (politie-DIGW: zeer sterk 24 uur, zwak of sterk een week); null zonder termijn.
             */
            uiterlijkeOpvolging: string | null;
            opvolging: components["schemas"]["SignaalOpvolging"];
            /** Format: date-time */
            tijdstipRegistratie: string;
        };
        /** @description De vastgelegde uitkomst van de verrijking; null zolang die er niet is. */
        SignaalOpvolging: {
            /**
             * @description Uitkomst van de verrijking en weging: informatief_gesprek (het slachtoffer wordt benaderd), weegtafel (bespreking met opsporing en OM), overgedragen (aan een andere organisatie) of niet_opvolgen (met redenen).
             * @enum {string}
             */
            uitkomst: "informatief_gesprek" | "weegtafel" | "overgedragen" | "niet_opvolgen";
            redenen: ("onvoldoende_opsporingsindicaties" | "dwangelementen_ontbreken" | "mensenhandelsignalen_ontbreken" | "slachtoffer_ziet_af" | "slachtoffer_onbereikbaar" | "geen_concrete_aanknopingspunten" | "uitbuiting_buitenland" | "ander_delict")[];
            toelichting: string | null;
            /** Format: uuid */
            organisatieId: string;
            /** Format: date-time */
            tijdstip: string;
        } | null;
        SignaalCollectie: {
            signalen: components["schemas"]["Signaal"][];
        };
        /**
         * @example {
         *       "uitkomst": "informatief_gesprek"
         *     }
         */
        SignaalOpvolgingVastleggen: {
            /**
             * @description Uitkomst van de verrijking en weging: informatief_gesprek (het slachtoffer wordt benaderd), weegtafel (bespreking met opsporing en OM), overgedragen (aan een andere organisatie) of niet_opvolgen (met redenen).
             * @enum {string}
             */
            uitkomst: "informatief_gesprek" | "weegtafel" | "overgedragen" | "niet_opvolgen";
            /** @description Verplicht (ten minste één) bij niet_opvolgen; anders leeg. Mag worden weggelaten; dan []. */
            redenen?: ("onvoldoende_opsporingsindicaties" | "dwangelementen_ontbreken" | "mensenhandelsignalen_ontbreken" | "slachtoffer_ziet_af" | "slachtoffer_onbereikbaar" | "geen_concrete_aanknopingspunten" | "uitbuiting_buitenland" | "ander_delict")[];
            /** @description Mag worden weggelaten; dan null. */
            toelichting?: string | null;
        };
        SignaalZonderOpvolgingCollectie: {
            signalen: components["schemas"]["SignaalZonderOpvolging"][];
        };
        SignaalZonderOpvolging: {
            /** Format: uuid */
            signaalId: string;
            /** Format: uuid */
            dossierId: string;
            dossiernummer: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            ontvangstdatum: string;
            weging: {
                /** @enum {string} */
                schaal: "politie_digw" | "kmar_stoplicht" | "nla_weeginstrument";
                waarde: string;
            };
            contexten: ("vermissing" | "weggelopen_minderjarige")[];
            /** Format: date-time */
            tijdstipRegistratie: string;
            /** Format: date-time */
            uiterlijkeOpvolging: string;
            /** @description Hele uren sinds de verrijkingstermijn verstreek. */
            urenOverschreden: number;
            melding: string;
        };
        BeoordelingVastgelegd: components["schemas"]["Beoordeling"] & {
            /**
             * @description Identificatiestatus van het dossier na deze beoordeling.
             * @enum {string}
             */
            identificatiestatus: "gesignaleerd" | "vermoedelijk_slachtoffer" | "geen_geringste_aanwijzing";
        };
        /** @description Wat de opsporingsambtenaar in het informatief gesprek moet doen (Aanwijzing mensenhandel; rapport Rijke signalen, wisselende opvolging, §3.3.4). */
        Gespreksplichten: {
            /** @description Het slachtoffer is meegedeeld dat het gesprek de start kan zijn van opsporing en vervolging, ook als het geen aangifte doet (Aanwijzing mensenhandel). */
            opsporingZonderAangifteMeegedeeld: boolean;
            /**
             * @description Bruikbare opsporingsindicaties uit het gesprek: geen_bruikbare, vastgelegd_in_proces_verbaal (proces-verbaal van bevindingen, zoals de Aanwijzing eist) of niet_vastgelegd.
             * @enum {string}
             */
            opsporingsindicaties: "geen_bruikbare" | "vastgelegd_in_proces_verbaal" | "niet_vastgelegd";
            /** @description Het slachtoffer is gewezen op de mogelijkheden van hulpverlening. */
            gewezenOpHulpverlening: boolean;
        } | null;
        Beoordeling: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dossierId: string;
            /** Format: uuid */
            organisatieId: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            beoordelingsdatum: string;
            informatiefGesprek: {
                gevoerd: boolean;
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                datum: string | null;
                verplichtingen: components["schemas"]["Gespreksplichten"];
            };
            uitbuitingsperiode: {
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                begindatum: string;
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                einddatum: string | null;
            } | null;
            elementen: {
                handeling: boolean;
                middel: boolean;
                oogmerk: boolean;
            };
            indicatoren: ("gebruik_geweld" | "seksueel_geweld" | "vrijheidsbeperking" | "dreiging_geweld" | "dreiging_wapen" | "gedwongen_drugsgebruik" | "dreiging_familie" | "dreiging_beeldmateriaal" | "voodoo" | "dwang_ongedefinieerd" | "fysiek_letsel" | "ontvangt_zorg" | "psychische_problemen" | "drugsgebruik" | "eerder_misbruik" | "schulden" | "dakloos" | "lvb" | "minderjarige_uit_instelling" | "zorgelijke_contacten" | "illegaal_verblijf" | "geen_tewerkstellingsvergunning" | "geen_contract" | "geen_verzekering" | "minderjarigheid" | "reis_betaald_door_ander" | "geen_eigen_id" | "huisvesting_via_verdachte" | "geen_toegang_bankrekening" | "adres_onbekend" | "ander_voert_woord" | "geen_of_te_weinig_loon" | "slechte_huisvesting" | "lange_werkdagen" | "afdragen_verdiensten" | "valse_beloften" | "contant_loon" | "slechte_arbeidsomstandigheden" | "gevaarlijk_werk" | "werken_bij_ziekte" | "onverklaarde_boetes" | "slapen_op_werkplek" | "inconsistent_reisverhaal" | "bagage_wijst_op_sekswerk" | "geen_retourticket" | "tegenstrijdigheden_afhaler" | "berichten_wijzen_op_sekswerk" | "branding_tatoeage" | "afhaler_bekend" | "sociale_media" | "derde_faciliteert" | "grooming")[];
            /** @enum {string} */
            resultaat: "vastgesteld" | "niet_vastgesteld";
            redenen: ("geen_uitbuitingsindicatoren" | "geen_middel" | "geen_oogmerk" | "geen_handeling" | "geen_arbeidsrelatie" | "civiel_geschil" | "vrij_om_te_gaan" | "dreiging_na_werk" | "ander_delict" | "overig")[];
            toelichting: string | null;
            /** Format: uuid */
            vervangt: string | null;
            /**
             * Format: uuid
             * @description De beoordeling die deze corrigeert; een vervangen beoordeling telt niet meer mee voor de identificatiestatus.
             */
            vervangenDoor: string | null;
            /** Format: date-time */
            tijdstipRegistratie: string;
        };
        /**
         * @example {
         *       "beoordelingsdatum": "2026-11-21",
         *       "informatiefGesprek": {
         *         "gevoerd": true,
         *         "datum": "2026-11-21"
         *       },
         *       "elementen": {
         *         "handeling": true,
         *         "middel": true,
         *         "oogmerk": true
         *       },
         *       "indicatoren": [],
         *       "resultaat": "vastgesteld",
         *       "redenen": [],
         *       "toelichting": null,
         *       "vervangt": null
         *     }
         */
        BeoordelingVastleggen: {
            /**
             * Format: date
             * @description Dag van de beoordeling (niet in de toekomst).
             * @example 2026-11-20
             */
            beoordelingsdatum: string;
            informatiefGesprek: components["schemas"]["InformatiefGesprek"];
            uitbuitingsperiode?: components["schemas"]["Uitbuitingsperiode"];
            elementen: components["schemas"]["Elementen"];
            /** @description Mag worden weggelaten; dan []. */
            indicatoren?: ("gebruik_geweld" | "seksueel_geweld" | "vrijheidsbeperking" | "dreiging_geweld" | "dreiging_wapen" | "gedwongen_drugsgebruik" | "dreiging_familie" | "dreiging_beeldmateriaal" | "voodoo" | "dwang_ongedefinieerd" | "fysiek_letsel" | "ontvangt_zorg" | "psychische_problemen" | "drugsgebruik" | "eerder_misbruik" | "schulden" | "dakloos" | "lvb" | "minderjarige_uit_instelling" | "zorgelijke_contacten" | "illegaal_verblijf" | "geen_tewerkstellingsvergunning" | "geen_contract" | "geen_verzekering" | "minderjarigheid" | "reis_betaald_door_ander" | "geen_eigen_id" | "huisvesting_via_verdachte" | "geen_toegang_bankrekening" | "adres_onbekend" | "ander_voert_woord" | "geen_of_te_weinig_loon" | "slechte_huisvesting" | "lange_werkdagen" | "afdragen_verdiensten" | "valse_beloften" | "contant_loon" | "slechte_arbeidsomstandigheden" | "gevaarlijk_werk" | "werken_bij_ziekte" | "onverklaarde_boetes" | "slapen_op_werkplek" | "inconsistent_reisverhaal" | "bagage_wijst_op_sekswerk" | "geen_retourticket" | "tegenstrijdigheden_afhaler" | "berichten_wijzen_op_sekswerk" | "branding_tatoeage" | "afhaler_bekend" | "sociale_media" | "derde_faciliteert" | "grooming")[];
            /** @enum {string} */
            resultaat: "vastgesteld" | "niet_vastgesteld";
            /** @description Verplicht (ten minste één) bij niet_vastgesteld; leeg bij vastgesteld. Mag worden weggelaten; dan []. */
            redenen?: ("geen_uitbuitingsindicatoren" | "geen_middel" | "geen_oogmerk" | "geen_handeling" | "geen_arbeidsrelatie" | "civiel_geschil" | "vrij_om_te_gaan" | "dreiging_na_werk" | "ander_delict" | "overig")[];
            /** @description Verplicht bij niet_vastgesteld. Mag worden weggelaten; dan null. */
            toelichting?: string | null;
            /**
             * Format: uuid
             * @description Id van een eerdere beoordeling van hetzelfde dossier die deze corrigeert; elke beoordeling wordt hoogstens één keer vervangen. Mag worden weggelaten; dan null.
             */
            vervangt?: string | null;
        };
        InformatiefGesprek: {
            gevoerd: boolean;
            /**
             * Format: date
             * @description Verplicht als gevoerd true is; anders null. Mag worden weggelaten; dan null.
             * @example 2026-11-20
             */
            datum?: string | null;
            /** @description Wat de opsporingsambtenaar in het gesprek deed (Aanwijzing mensenhandel); null = niet vastgelegd. Alleen bij gevoerd true. Mag worden weggelaten; dan null. */
            verplichtingen?: {
                /** @description Het slachtoffer is meegedeeld dat het gesprek de start kan zijn van opsporing en vervolging, ook als het geen aangifte doet (Aanwijzing mensenhandel). */
                opsporingZonderAangifteMeegedeeld: boolean;
                /**
                 * @description Bruikbare opsporingsindicaties uit het gesprek: geen_bruikbare, vastgelegd_in_proces_verbaal (proces-verbaal van bevindingen, zoals de Aanwijzing eist) of niet_vastgelegd.
                 * @enum {string}
                 */
                opsporingsindicaties: "geen_bruikbare" | "vastgelegd_in_proces_verbaal" | "niet_vastgelegd";
                /** @description Het slachtoffer is gewezen op de mogelijkheden van hulpverlening. */
                gewezenOpHulpverlening: boolean;
            } | null;
        };
        /**
         * @description De periode van uitbuiting, als die bekend is. De uitzondering voor minderjarigen (geen middel nodig, art. 273f lid 1 sub 2 Sr) wordt beoordeeld op de leeftijd bij de begindatum; zonder periode op de leeftijd op de beoordelingsdatum.
         * @default null
         */
        Uitbuitingsperiode: {
            /**
             * Format: date
             * @description Eerste dag van de uitbuiting (zo goed als bekend).
             * @example 2026-11-20
             */
            begindatum: string;
            /**
             * Format: date
             * @description Laatste dag; null als de uitbuiting voortduurt. Mag worden weggelaten; dan null.
             * @example 2026-11-20
             */
            einddatum?: string | null;
        } | null;
        Elementen: {
            /** @description Werven, vervoeren, overbrengen, huisvesten of opnemen. */
            handeling: boolean;
            /** @description Dwang, geweld, misleiding, misbruik van een kwetsbare positie e.d.; niet vereist bij een minderjarige (art. 273f lid 1 sub 2 Sr). */
            middel: boolean;
            /** @description Oogmerk van uitbuiting of orgaanverwijdering. */
            oogmerk: boolean;
        };
        BeoordelingCollectie: {
            beoordelingen: components["schemas"]["Beoordeling"][];
        };
        BedenktijdAdvies: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dossierId: string;
            /** Format: uuid */
            organisatieId: string;
            /** Format: uuid */
            beoordelingId: string;
            /** Format: uuid */
            ontvangendeOrganisatieId: string;
            toelichting: string | null;
            /** @enum {string} */
            status: "open" | "overgenomen" | "niet_overgenomen";
            /** Format: uuid */
            bedenktijdId: string | null;
            /** Format: date-time */
            tijdstipAangemaakt: string;
            /**
             * Format: date-time
             * @description Laatste statuswijziging (overgenomen of niet overgenomen).
             */
            tijdstipGewijzigd: string;
        };
        /**
         * @example {
         *       "beoordelingId": "3f0c9d5e-7a1b-4c2d-9e8f-0a1b2c3d4e5f",
         *       "ontvangendeOrganisatieId": "6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e"
         *     }
         */
        BedenktijdAdviesInvoer: {
            /** Format: uuid */
            beoordelingId: string;
            /**
             * Format: uuid
             * @description De politie- of KMar-eenheid die de bedenktijd aanbiedt.
             */
            ontvangendeOrganisatieId: string;
            /** @description Mag worden weggelaten; dan null. */
            toelichting?: string | null;
        };
        BedenktijdAdviesCollectie: {
            bedenktijdAdviezen: components["schemas"]["BedenktijdAdvies"][];
        };
        Bedenktijd: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dossierId: string;
            /** @example NRM-2026-000123 */
            dossiernummer: string;
            /** @enum {string} */
            status: "aangeboden" | "lopend" | "geweigerd" | "beeindigd" | "verlopen";
            /** Format: uuid */
            aanbiedendeOrganisatieId: string;
            /** Format: uuid */
            beoordelingId: string | null;
            /** Format: uuid */
            adviesId: string | null;
            /**
             * Format: date
             * @example 2026-11-20
             */
            aanbiedingsdatum: string;
            /** @enum {string|null} */
            reactie: "aanvaard" | "geweigerd" | "geweigerd_direct_aangifte" | null;
            /**
             * Format: date
             * @example 2026-11-20
             */
            reactiedatum: string | null;
            opvangGewenst: boolean | null;
            /**
             * Format: date
             * @description Dag van verlening (aanvaarding); de bedenktijd geldt vanaf deze dag.
             * @example 2026-11-20
             */
            ingangsdatum: string | null;
            /**
             * Format: date
             * @description Laatste dag van de bedenktijd (inclusief), berekend met de beleidsregel.
             * @example 2026-11-20
             */
            uiterlijkeEinddatum: string | null;
            /** @description Bij een lopende bedenktijd: kalenderdagen (Europe/Amsterdam) van vandaag tot uiterlijkeEinddatum; 0 op de laatste dag. Anders leeg. */
            dagenResterend: number | null;
            /** @example b8-3-drie-maanden */
            beleidsregel: string | null;
            /**
             * Format: date
             * @example 2026-11-20
             */
            einddatum: string | null;
            /** @enum {string|null} */
            beeindigingsreden: "aangifte" | "medewerking_strafproces" | "vertrek_onbekende_bestemming" | "afzien_medewerking" | "verlopen" | null;
            beeindigingToelichting: string | null;
            /** Format: date-time */
            tijdstipAangemaakt: string;
            /** Format: date-time */
            tijdstipGewijzigd: string;
        };
        /**
         * @example {
         *       "aanbiedingsdatum": "2026-11-21",
         *       "beoordelingId": "3f0c9d5e-7a1b-4c2d-9e8f-0a1b2c3d4e5f"
         *     }
         */
        BedenktijdAanbieding: {
            /**
             * Format: date
             * @example 2026-11-20
             */
            aanbiedingsdatum: string;
            /**
             * Format: uuid
             * @description Beoordeling met resultaat vastgesteld.
             */
            beoordelingId?: string;
            /**
             * Format: uuid
             * @description Of: een open bedenktijd-advies van NLA Opsporing.
             */
            adviesId?: string;
        };
        BedenktijdCollectie: {
            bedenktijden: components["schemas"]["Bedenktijd"][];
        };
        /**
         * @example {
         *       "reactie": "aanvaard",
         *       "datum": "2026-11-21",
         *       "opvangGewenst": true
         *     }
         */
        BedenktijdReactie: {
            /**
             * @description aanvaard verleent de bedenktijd; geweigerd_direct_aangifte is een aangifte: die komt op het strafrechtelijke spoor en de IND (en het COA) krijgt m55_aangifte, het OM een pseudonieme kopie.
             * @enum {string}
             */
            reactie: "aanvaard" | "geweigerd" | "geweigerd_direct_aangifte";
            /**
             * Format: date
             * @example 2026-11-20
             */
            datum: string;
            /** @description Mag worden weggelaten; dan null. */
            opvangGewenst?: boolean | null;
            /** @description Alleen bij geweigerd_direct_aangifte zonder informatief gesprek vooraf (Aanwijzing mensenhandel). */
            acuteSituatie?: {
                /** @description Waarom een informatief gesprek vóór de aangifte door een acute situatie niet mogelijk was. */
                omschrijving: string;
                /** @description Het slachtoffer is meegedeeld dat het gesprek de start kan zijn van opsporing en vervolging, ook als het geen aangifte doet (Aanwijzing mensenhandel). */
                opsporingZonderAangifteMeegedeeld: boolean;
                /**
                 * @description Bruikbare opsporingsindicaties uit het gesprek: geen_bruikbare, vastgelegd_in_proces_verbaal (proces-verbaal van bevindingen, zoals de Aanwijzing eist) of niet_vastgelegd.
                 * @enum {string}
                 */
                opsporingsindicaties: "geen_bruikbare" | "vastgelegd_in_proces_verbaal" | "niet_vastgelegd";
                /** @description Het slachtoffer is gewezen op de mogelijkheden van hulpverlening. */
                gewezenOpHulpverlening: boolean;
            } | null;
        };
        /**
         * @example {
         *       "reden": "aangifte",
         *       "datum": "2026-12-01"
         *     }
         */
        BedenktijdBeeindiging: {
            /**
             * @description aangifte, medewerking_strafproces en afzien_medewerking zijn handelingen van het slachtoffer: ze komen ook op het strafrechtelijke spoor (afzien_medewerking als afzien_aangifte) met dezelfde kennisgevingen als daar (B8/3.1 Vc 2000).
             * @enum {string}
             */
            reden: "aangifte" | "medewerking_strafproces" | "vertrek_onbekende_bestemming" | "afzien_medewerking";
            /**
             * Format: date
             * @example 2026-11-20
             */
            datum: string;
            /** @description Mag worden weggelaten; dan null. */
            toelichting?: string | null;
            /** @description Alleen bij reden aangifte zonder informatief gesprek vooraf (Aanwijzing mensenhandel). */
            acuteSituatie?: {
                /** @description Waarom een informatief gesprek vóór de aangifte door een acute situatie niet mogelijk was. */
                omschrijving: string;
                /** @description Het slachtoffer is meegedeeld dat het gesprek de start kan zijn van opsporing en vervolging, ook als het geen aangifte doet (Aanwijzing mensenhandel). */
                opsporingZonderAangifteMeegedeeld: boolean;
                /**
                 * @description Bruikbare opsporingsindicaties uit het gesprek: geen_bruikbare, vastgelegd_in_proces_verbaal (proces-verbaal van bevindingen, zoals de Aanwijzing eist) of niet_vastgelegd.
                 * @enum {string}
                 */
                opsporingsindicaties: "geen_bruikbare" | "vastgelegd_in_proces_verbaal" | "niet_vastgelegd";
                /** @description Het slachtoffer is gewezen op de mogelijkheden van hulpverlening. */
                gewezenOpHulpverlening: boolean;
            } | null;
        };
        BedenktijdSignaleringCollectie: {
            signaleringen: components["schemas"]["BedenktijdSignalering"][];
        };
        BedenktijdSignalering: {
            /** Format: uuid */
            dossierId: string;
            dossiernummer: string;
            /** Format: uuid */
            beoordelingId: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            beoordelingsdatum: string;
            dagenZonderAanbod: number;
            melding: string;
        };
        StrafrechtelijkeGebeurtenisVastgelegd: components["schemas"]["StrafrechtelijkeGebeurtenis"] & {
            /**
             * Format: uuid
             * @description De lopende bedenktijd die deze aangifte of medewerking heeft beëindigd, anders null.
             */
            beeindigdeBedenktijdId: string | null;
            /**
             * @description De identificatiestatus van het dossier; het strafrechtelijk spoor verandert die nooit.
             * @enum {string}
             */
            identificatiestatus: "gesignaleerd" | "vermoedelijk_slachtoffer" | "geen_geringste_aanwijzing";
        };
        /** @description De vastgelegde acute situatie bij een aangifte zonder informatief gesprek vooraf; anders null. */
        AcuteSituatie: {
            /** @description Waarom een informatief gesprek vóór de aangifte door een acute situatie niet mogelijk was. */
            omschrijving: string;
            /** @description Het slachtoffer is meegedeeld dat het gesprek de start kan zijn van opsporing en vervolging, ook als het geen aangifte doet (Aanwijzing mensenhandel). */
            opsporingZonderAangifteMeegedeeld: boolean;
            /**
             * @description Bruikbare opsporingsindicaties uit het gesprek: geen_bruikbare, vastgelegd_in_proces_verbaal (proces-verbaal van bevindingen, zoals de Aanwijzing eist) of niet_vastgelegd.
             * @enum {string}
             */
            opsporingsindicaties: "geen_bruikbare" | "vastgelegd_in_proces_verbaal" | "niet_vastgelegd";
            /** @description Het slachtoffer is gewezen op de mogelijkheden van hulpverlening. */
            gewezenOpHulpverlening: boolean;
        } | null;
        StrafrechtelijkeGebeurtenis: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dossierId: string;
            /** Format: uuid */
            organisatieId: string;
            /** @enum {string} */
            soort: "aangifte" | "medewerking_strafproces" | "afzien_aangifte" | "opsporingsonderzoek_gestart" | "geen_opsporingsonderzoek" | "sepot" | "aanwezigheid_noodzakelijk" | "onderzoek_beeindigd";
            /**
             * Format: date
             * @example 2026-11-20
             */
            datum: string;
            redenen: ("onvoldoende_opsporingsindicaties" | "dwangelementen_ontbreken" | "mensenhandelsignalen_ontbreken" | "slachtoffer_ziet_af" | "slachtoffer_onbereikbaar" | "geen_concrete_aanknopingspunten" | "uitbuiting_buitenland" | "ander_delict")[];
            toelichting: string | null;
            acuteSituatie: components["schemas"]["AcuteSituatie"];
            /** Format: date-time */
            tijdstipRegistratie: string;
        };
        /**
         * @example {
         *       "soort": "aangifte",
         *       "datum": "2026-12-01"
         *     }
         */
        StrafrechtelijkeGebeurtenisVastleggen: {
            /**
             * @description Intaker: aangifte, medewerking_strafproces, afzien_aangifte. Officier (OM): opsporingsonderzoek_gestart, geen_opsporingsonderzoek, sepot, aanwezigheid_noodzakelijk, onderzoek_beeindigd.
             * @enum {string}
             */
            soort: "aangifte" | "medewerking_strafproces" | "afzien_aangifte" | "opsporingsonderzoek_gestart" | "geen_opsporingsonderzoek" | "sepot" | "aanwezigheid_noodzakelijk" | "onderzoek_beeindigd";
            /**
             * Format: date
             * @description Dag van de gebeurtenis (niet in de toekomst).
             * @example 2026-11-20
             */
            datum: string;
            /** @description Redenen: verplicht (ten minste één) bij geen_opsporingsonderzoek; toegestaan bij sepot en onderzoek_beeindigd; anders leeg. Zeggen nooit iets over het slachtofferschap. Mag worden weggelaten; dan []. */
            redenen?: ("onvoldoende_opsporingsindicaties" | "dwangelementen_ontbreken" | "mensenhandelsignalen_ontbreken" | "slachtoffer_ziet_af" | "slachtoffer_onbereikbaar" | "geen_concrete_aanknopingspunten" | "uitbuiting_buitenland" | "ander_delict")[];
            /** @description Mag worden weggelaten; dan null. */
            toelichting?: string | null;
            /** @description Alleen bij soort aangifte, als er geen informatief gesprek aan voorafging omdat de situatie acuut was (Aanwijzing mensenhandel). Zonder vastgelegd gesprek of acute situatie wordt een aangifte geweigerd (422). */
            acuteSituatie?: {
                /** @description Waarom een informatief gesprek vóór de aangifte door een acute situatie niet mogelijk was. */
                omschrijving: string;
                /** @description Het slachtoffer is meegedeeld dat het gesprek de start kan zijn van opsporing en vervolging, ook als het geen aangifte doet (Aanwijzing mensenhandel). */
                opsporingZonderAangifteMeegedeeld: boolean;
                /**
                 * @description Bruikbare opsporingsindicaties uit het gesprek: geen_bruikbare, vastgelegd_in_proces_verbaal (proces-verbaal van bevindingen, zoals de Aanwijzing eist) of niet_vastgelegd.
                 * @enum {string}
                 */
                opsporingsindicaties: "geen_bruikbare" | "vastgelegd_in_proces_verbaal" | "niet_vastgelegd";
                /** @description Het slachtoffer is gewezen op de mogelijkheden van hulpverlening. */
                gewezenOpHulpverlening: boolean;
            } | null;
        };
        StrafrechtelijkeGebeurtenisCollectie: {
            strafrechtelijkeGebeurtenissen: components["schemas"]["StrafrechtelijkeGebeurtenis"][];
        };
        BeroepB83: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dossierId: string;
            /** Format: uuid */
            organisatieId: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            datum: string;
            toelichting: string | null;
            /** Format: date-time */
            tijdstipRegistratie: string;
        };
        /**
         * @example {
         *       "datum": "2026-11-21"
         *     }
         */
        BeroepB83Vastleggen: {
            /**
             * Format: date
             * @description Dag waarop het slachtoffer zich op de B8/3-regeling beriep (niet in de toekomst).
             * @example 2026-11-20
             */
            datum: string;
            /** @description Mag worden weggelaten; dan null. */
            toelichting?: string | null;
        };
        BeroepB83Collectie: {
            beroepenB83: components["schemas"]["BeroepB83"][];
        };
        VerblijfsbesluitVastgelegd: components["schemas"]["Verblijfsbesluit"] & {
            /**
             * @description De identificatiestatus van het dossier; het verblijfsspoor verandert die nooit.
             * @enum {string}
             */
            identificatiestatus: "gesignaleerd" | "vermoedelijk_slachtoffer" | "geen_geringste_aanwijzing";
        };
        Verblijfsbesluit: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dossierId: string;
            /** Format: uuid */
            organisatieId: string;
            /** @enum {string} */
            soort: "vertrekplicht_opgeschort" | "opschorting_opgeheven" | "vergunning_verleend" | "vergunning_verlengd" | "vergunning_ingetrokken" | "schrijnend_pad_aangevraagd" | "schrijnend_pad_verleend" | "schrijnend_pad_afgewezen";
            /**
             * Format: date
             * @example 2026-11-20
             */
            datum: string;
            /**
             * Format: date
             * @description Laatste geldige dag (inclusief) van een vergunning of schrijnend pad.
             * @example 2026-11-20
             */
            geldigTot: string | null;
            gronden: ("dreiging" | "medisch_psychisch" | "minderjarigheid")[];
            toelichting: string | null;
            /** Format: date-time */
            tijdstipRegistratie: string;
        };
        /**
         * @example {
         *       "soort": "vertrekplicht_opgeschort",
         *       "datum": "2026-11-21"
         *     }
         */
        VerblijfsbesluitVastleggen: {
            /** @enum {string} */
            soort: "vertrekplicht_opgeschort" | "opschorting_opgeheven" | "vergunning_verleend" | "vergunning_verlengd" | "vergunning_ingetrokken" | "schrijnend_pad_aangevraagd" | "schrijnend_pad_verleend" | "schrijnend_pad_afgewezen";
            /**
             * Format: date
             * @description Dag van het besluit of de aanvraag (niet in de toekomst).
             * @example 2026-11-20
             */
            datum: string;
            /**
             * Format: date
             * @description Laatste geldige dag (inclusief). Bij vergunning_verleend en vergunning_verlengd berekend (één jaar; weglaten). Bij schrijnend_pad_verleend optioneel, ten hoogste één jaar na datum (standaard precies één jaar). Anders leeg. Mag worden weggelaten; dan null.
             * @example 2026-11-20
             */
            geldigTot?: string | null;
            /** @description Alleen bij schrijnend_pad_aangevraagd, ten minste één: dreiging, medisch_psychisch, minderjarigheid (B8/3 onder 3.1 Vc 2000). Mag worden weggelaten; dan []. */
            gronden?: ("dreiging" | "medisch_psychisch" | "minderjarigheid")[];
            /** @description Mag worden weggelaten; dan null. */
            toelichting?: string | null;
        };
        VerblijfsbesluitCollectie: {
            verblijfsbesluiten: components["schemas"]["Verblijfsbesluit"][];
        };
        VerblijfsWerklijst: {
            verblijfsbesluiten: components["schemas"]["VerblijfsWerklijstItem"][];
        };
        VerblijfsWerklijstItem: components["schemas"]["Verblijfsbesluit"] & {
            /** @example NRM-2026-000123 */
            dossiernummer: string;
        };
        Tijdlijn: {
            tijdlijn: components["schemas"]["TijdlijnItem"][];
        };
        TijdlijnItem: {
            /**
             * @description slachtoffer (identificatie en bedenktijd), strafrecht, verblijf of zorg.
             * @enum {string}
             */
            spoor: "slachtoffer" | "strafrecht" | "verblijf" | "zorg";
            /** @enum {string} */
            soort: "registratie" | "aansluiting" | "samenvoeging" | "signaal" | "beoordeling" | "bedenktijd_advies" | "bedenktijd_aangeboden" | "bedenktijd_verleend" | "bedenktijd_geweigerd" | "bedenktijd_beeindigd" | "bedenktijd_verlopen" | "aangifte" | "medewerking_strafproces" | "afzien_aangifte" | "opsporingsonderzoek_gestart" | "geen_opsporingsonderzoek" | "sepot" | "aanwezigheid_noodzakelijk" | "onderzoek_beeindigd" | "beroep_b8_3" | "vertrekplicht_opgeschort" | "opschorting_opgeheven" | "vergunning_verleend" | "vergunning_verlengd" | "vergunning_ingetrokken" | "schrijnend_pad_aangevraagd" | "schrijnend_pad_verleend" | "schrijnend_pad_afgewezen" | "verwijzing" | "verwijzing_aanvaard" | "verwijzing_afgewezen" | "verwijzing_ingetrokken" | "verwijzing_afgerond" | "plaatsing" | "plaatsing_beeindigd";
            /**
             * Format: date
             * @description Dag van de gebeurtenis (Europe/Amsterdam).
             * @example 2026-11-20
             */
            datum: string;
            /**
             * Format: uuid
             * @description De organisatie die de gebeurtenis vastlegde of nam; null bij een automatische gebeurtenis (verlopen).
             */
            organisatieId: string | null;
            organisatieNaam: string | null;
            /**
             * @description Eén regel in het Nederlands, zonder persoonsgegevens.
             * @example Aangifte gedaan.
             */
            omschrijving: string;
            /**
             * Format: uuid
             * @description Id van de resource waar de gebeurtenis uit komt (dossier, signaal, bedenktijd, …).
             */
            bronId: string;
        };
        Verwijzing: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            dossierId: string;
            /** @example NRM-2026-000123 */
            dossiernummer: string;
            /** Format: uuid */
            verwijzendeOrganisatieId: string;
            /** Format: uuid */
            ontvangendeOrganisatieId: string;
            /** @enum {string} */
            doel: "cosm" | "zorgcoordinator" | "veilig_thuis" | "raad_kinderbescherming" | "gemeente" | "hulpverlening" | "nla" | "politie" | "lcc" | "nla_opsporing" | "nla_toezicht";
            reden: string;
            /** @enum {string} */
            urgentie: "normaal" | "hoog" | "acuut";
            /** @enum {string} */
            toestemming: "ja" | "nee" | "niet_gevraagd";
            /** @enum {string|null} */
            grondslag: "meldcode_kindermishandeling" | "acuut_gevaar" | "wettelijke_taak" | null;
            /**
             * @description Wat de ontvanger mag zien: identiteit (persoonsgegevens, bij toestemming, meldcode of acuut gevaar) of alleen de pseudonieme dossiergegevens. Nooit meer dan de verwijzer zelf mag doorgeven: een verwijzer met pseudonieme toegang geeft ook met toestemming alleen pseudoniem door.
             * @enum {string}
             */
            gegevensdeling: "identiteit" | "pseudoniem";
            /** @enum {string} */
            status: "open" | "aanvaard" | "afgewezen" | "ingetrokken" | "afgerond";
            /** @description Open en langer dan VERWIJZING_ACHTERSTALLIG_DAGEN onbeantwoord. */
            achterstallig: boolean;
            /** @enum {string|null} */
            afwijzingsreden: "geen_capaciteit" | "buiten_doelgroep" | "andere_hulp_passender" | "slachtoffer_niet_bereikbaar" | "slachtoffer_wil_geen_hulp" | "veiligheidsrisico" | "overig" | null;
            /** @description Toelichting van de ontvanger bij het besluit. */
            toelichting: string | null;
            /** @description Het slachtoffer heeft opvang geweigerd; dit beëindigt de bedenktijd niet. */
            opvangGeweigerd: boolean;
            opvangWeigeringReden: string | null;
            /** Format: date-time */
            tijdstipVerwezen: string;
            /** Format: date-time */
            tijdstipBesluit: string | null;
            /** Format: date-time */
            tijdstipAfgesloten: string | null;
            /** Format: date-time */
            tijdstipGewijzigd: string;
        };
        /**
         * @example {
         *       "doel": "cosm",
         *       "ontvangendeOrganisatieId": "6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e",
         *       "reden": "Onderdak nodig.",
         *       "urgentie": "hoog",
         *       "toestemming": "ja"
         *     }
         */
        VerwijzingAanmaken: {
            /**
             * @description cosm alleen voor een meerderjarige derdelander; een minderjarige naar veilig_thuis of raad_kinderbescherming. lcc: het Landelijk Coördinatiecentrum mensenhandel van de politie (aangiften met weinig opsporingsindicaties, vaak uitbuiting in het buitenland); nla_opsporing (strafrechtelijk) of nla_toezicht (bestuursrechtelijk, bijv. ernstige benadeling) van de Arbeidsinspectie.
             * @enum {string}
             */
            doel: "cosm" | "zorgcoordinator" | "veilig_thuis" | "raad_kinderbescherming" | "gemeente" | "hulpverlening" | "nla" | "politie" | "lcc" | "nla_opsporing" | "nla_toezicht";
            /**
             * Format: uuid
             * @description De organisatie die de verwijzing ontvangt; haar type moet bij het doel passen.
             */
            ontvangendeOrganisatieId: string;
            /** @description Waarom u verwijst en wat u van de ontvanger vraagt. */
            reden: string;
            /** @enum {string} */
            urgentie: "normaal" | "hoog" | "acuut";
            /**
             * @description Heeft het slachtoffer toestemming gegeven om gegevens met de ontvanger te delen?
             * @enum {string}
             */
            toestemming: "ja" | "nee" | "niet_gevraagd";
            /**
             * @description Verplicht als toestemming nee of niet_gevraagd is; bepaalt wat de ontvanger mag zien. Mag worden weggelaten; dan null.
             * @enum {string|null}
             */
            grondslag?: "meldcode_kindermishandeling" | "acuut_gevaar" | "wettelijke_taak" | null;
        };
        VerwijzingCollectie: {
            verwijzingen: components["schemas"]["Verwijzing"][];
        };
        /**
         * @example {
         *       "besluit": "afgewezen",
         *       "afwijzingsreden": "geen_capaciteit",
         *       "toelichting": null
         *     }
         */
        VerwijzingBesluit: {
            /** @enum {string} */
            besluit: "aanvaard" | "afgewezen";
            /**
             * @description Verplicht bij afgewezen. Mag worden weggelaten; dan null.
             * @enum {string|null}
             */
            afwijzingsreden?: "geen_capaciteit" | "buiten_doelgroep" | "andere_hulp_passender" | "slachtoffer_niet_bereikbaar" | "slachtoffer_wil_geen_hulp" | "veiligheidsrisico" | "overig" | null;
            /** @description Verplicht bij afwijzingsreden overig. Mag worden weggelaten; dan null. */
            toelichting?: string | null;
        };
        /** @example {} */
        GeenVelden: Record<string, never>;
        /**
         * @example {
         *       "reden": "Het slachtoffer wil bij familie verblijven."
         *     }
         */
        Opvangweigering: {
            /**
             * @description Waarom het slachtoffer geen opvang wil (bijv. verblijft bij bekenden).
             * @example Verblijft bij een kennis in Utrecht.
             */
            reden: string;
        };
        Opvanglocatie: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisatieId: string;
            naam: string;
            /** @enum {string} */
            soort: "cosm" | "jeugdzorg" | "algemeen";
            capaciteit: number;
            /** @description Afgeleid: het aantal lopende plaatsingen. */
            bezetting: number;
            /** @description capaciteit min bezetting. */
            vrijePlaatsen: number;
            /** Format: date-time */
            tijdstipAangemaakt: string;
            /** Format: date-time */
            tijdstipGewijzigd: string;
        };
        /**
         * @example {
         *       "naam": "COSM-locatie Utrecht",
         *       "soort": "cosm",
         *       "capaciteit": 12
         *     }
         */
        OpvanglocatieAanmaken: {
            /**
             * Format: uuid
             * @description De opvangorganisatie van de locatie. Verplicht voor een beheerder; een opvangmedewerker beheert alleen locaties van de eigen organisatie.
             */
            organisatieId?: string;
            naam: string;
            /** @enum {string} */
            soort: "cosm" | "jeugdzorg" | "algemeen";
            /** @description Aantal plaatsen (0 = tijdelijk gesloten). */
            capaciteit: number;
        };
        OpvanglocatieCollectie: {
            opvanglocaties: components["schemas"]["Opvanglocatie"][];
        };
        /**
         * @example {
         *       "capaciteit": 14
         *     }
         */
        OpvanglocatieWijzigen: {
            naam?: string;
            /** @enum {string} */
            soort?: "cosm" | "jeugdzorg" | "algemeen";
            /** @description Niet lager dan de huidige bezetting (409). */
            capaciteit?: number;
        };
        Plaatsing: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            verwijzingId: string;
            /** Format: uuid */
            dossierId: string;
            /** Format: uuid */
            opvanglocatieId: string;
            /**
             * @description Afgeleid: lopend zolang er geen einddatum is.
             * @enum {string}
             */
            status: "lopend" | "beeindigd";
            /**
             * Format: date
             * @example 2026-11-20
             */
            startdatum: string;
            /**
             * Format: date
             * @example 2026-11-20
             */
            einddatum: string | null;
            /** @enum {string|null} */
            beeindigingsreden: "doorstroom" | "vertrokken_onbekende_bestemming" | "terugkeer" | "overgeplaatst" | "overig" | null;
            toelichting: string | null;
            /** Format: date-time */
            tijdstipAangemaakt: string;
            /** Format: date-time */
            tijdstipGewijzigd: string;
        };
        /**
         * @example {
         *       "opvanglocatieId": "3f0c9d5e-7a1b-4c2d-9e8f-0a1b2c3d4e5f",
         *       "startdatum": "2026-11-21"
         *     }
         */
        PlaatsingAanmaken: {
            /**
             * Format: uuid
             * @description Een opvanglocatie van uw eigen organisatie.
             */
            opvanglocatieId: string;
            /**
             * Format: date
             * @description Eerste dag van de plaatsing (niet in de toekomst).
             * @example 2026-11-20
             */
            startdatum: string;
        };
        /**
         * @example {
         *       "einddatum": "2027-01-15",
         *       "reden": "doorstroom"
         *     }
         */
        PlaatsingBeeindiging: {
            /**
             * Format: date
             * @description Laatste dag (niet in de toekomst, niet vóór de startdatum).
             * @example 2026-11-20
             */
            einddatum: string;
            /**
             * @description Een overplaatsing is een beëindiging met reden overgeplaatst plus een nieuwe plaatsing.
             * @enum {string}
             */
            reden: "doorstroom" | "vertrokken_onbekende_bestemming" | "terugkeer" | "overgeplaatst" | "overig";
            /** @description Verplicht bij reden overig. Mag worden weggelaten; dan null. */
            toelichting?: string | null;
        };
        Zorgoverzicht: {
            /**
             * Format: date
             * @description Vandaag (Europe/Amsterdam): hiertegen is de volgorde bepaald.
             * @example 2026-11-20
             */
            peildatum: string;
            /** @description Open en aanvaarde verwijzingen aan uw organisatie: eerst achterstallige antwoorden (oudste eerst), dan bedenktijden die binnenkort eindigen (eerstvolgende eerst), dan aanvaarde maar ongeplaatste verwijzingen, dan de rest. */
            verwijzingen: components["schemas"]["ZorgoverzichtItem"][];
            /** @description De eigen opvanglocaties met bezetting en vrije plaatsen. */
            opvanglocaties: components["schemas"]["Opvanglocatie"][];
        };
        ZorgoverzichtItem: {
            /** Format: uuid */
            verwijzingId: string;
            /** Format: uuid */
            dossierId: string;
            dossiernummer: string;
            /** @enum {string} */
            leeftijdscategorie: "minderjarig" | "meerderjarig" | "onbekend";
            /** @enum {string} */
            doel: "cosm" | "zorgcoordinator" | "veilig_thuis" | "raad_kinderbescherming" | "gemeente" | "hulpverlening" | "nla" | "politie" | "lcc" | "nla_opsporing" | "nla_toezicht";
            /** @enum {string} */
            urgentie: "normaal" | "hoog" | "acuut";
            /** @enum {string} */
            status: "open" | "aanvaard" | "afgewezen" | "ingetrokken" | "afgerond";
            achterstallig: boolean;
            /** Format: date-time */
            tijdstipVerwezen: string;
            /** Format: date-time */
            tijdstipBesluit: string | null;
            /**
             * @description Waarom dit bovenaan staat: antwoord_achterstallig (open en te lang onbeantwoord), bedenktijd_loopt_af (lopende bedenktijd eindigt binnen de herinneringstermijn), niet_geplaatst (aanvaard maar geen lopende plaatsing); null: geen actie nodig.
             * @enum {string|null}
             */
            aandacht: "antwoord_achterstallig" | "bedenktijd_loopt_af" | "niet_geplaatst" | null;
            /** @description De lopende plaatsing van de persoon, waar ook. */
            plaatsing: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                opvanglocatieId: string;
                opvanglocatieNaam: string;
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                startdatum: string;
            } | null;
            /** @description De open (aangeboden of lopende) bedenktijd van het dossier, anders de laatste. */
            bedenktijd: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: "aangeboden" | "lopend" | "geweigerd" | "beeindigd" | "verlopen";
                /**
                 * Format: date
                 * @example 2026-11-20
                 */
                uiterlijkeEinddatum: string | null;
                /**
                 * Format: date
                 * @description Bij een beëindigde of verlopen bedenktijd: de dag waarop hij eindigde.
                 * @example 2026-11-20
                 */
                einddatum: string | null;
                /**
                 * @description Waarom hij eindigde (of verlopen).
                 * @enum {string|null}
                 */
                beeindigingsreden: "aangifte" | "medewerking_strafproces" | "vertrek_onbekende_bestemming" | "afzien_medewerking" | "verlopen" | null;
            } | null;
        };
        KennisgevingCollectie: {
            kennisgevingen: components["schemas"]["Kennisgeving"][];
        };
        Kennisgeving: {
            /** Format: uuid */
            id: string;
            /**
             * @description Oplopend nummer per ontvangende organisatie; wordt in volgorde vastgelegd, zodat een lezer met naVolgnummer niets mist.
             * @example 42
             */
            volgnummer: number;
            /**
             * @example m55_bedenktijd
             * @enum {string}
             */
            soort: "aanmelding_vermoedelijk_slachtoffer" | "bedenktijd_advies" | "m55_bedenktijd" | "m55_aangifte" | "m55_medewerking_strafproces" | "m55_beroep_b8_3" | "bedenktijd_beeindigd" | "bedenktijd_verlopen" | "bedenktijd_loopt_af" | "sepot" | "onderzoek_beeindigd" | "aanwezigheid_noodzakelijk" | "verwijzing_ontvangen" | "verwijzing_besluit" | "verwijzing_ingetrokken" | "mogelijke_dubbele_registratie" | "aansluiting" | "dossier_samengevoegd" | "aanmelding_ingetrokken";
            /** Format: uuid */
            dossierId: string | null;
            /** Format: date-time */
            tijdstipAangemaakt: string;
            /** Format: date-time */
            tijdstipBevestigd: string | null;
            /** @example IND-2026-0042 */
            referentieOntvanger: string | null;
        };
        /** @description Een kennisgeving met haar inhoud; de vorm van inhoud hangt af van soort. */
        KennisgevingMetInhoud: components["schemas"]["KennisgevingMetInhoudAanmeldingVermoedelijkSlachtoffer"] | components["schemas"]["KennisgevingMetInhoudBedenktijdAdvies"] | components["schemas"]["KennisgevingMetInhoudM55Bedenktijd"] | components["schemas"]["KennisgevingMetInhoudM55Aangifte"] | components["schemas"]["KennisgevingMetInhoudM55MedewerkingStrafproces"] | components["schemas"]["KennisgevingMetInhoudM55BeroepB83"] | components["schemas"]["KennisgevingMetInhoudBedenktijdBeeindigd"] | components["schemas"]["KennisgevingMetInhoudBedenktijdVerlopen"] | components["schemas"]["KennisgevingMetInhoudBedenktijdLooptAf"] | components["schemas"]["KennisgevingMetInhoudSepot"] | components["schemas"]["KennisgevingMetInhoudOnderzoekBeeindigd"] | components["schemas"]["KennisgevingMetInhoudAanwezigheidNoodzakelijk"] | components["schemas"]["KennisgevingMetInhoudVerwijzingOntvangen"] | components["schemas"]["KennisgevingMetInhoudVerwijzingBesluit"] | components["schemas"]["KennisgevingMetInhoudVerwijzingIngetrokken"] | components["schemas"]["KennisgevingMetInhoudMogelijkeDubbeleRegistratie"] | components["schemas"]["KennisgevingMetInhoudAansluiting"] | components["schemas"]["KennisgevingMetInhoudDossierSamengevoegd"] | components["schemas"]["KennisgevingMetInhoudAanmeldingIngetrokken"];
        KennisgevingMetInhoudAanmeldingVermoedelijkSlachtoffer: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "aanmelding_vermoedelijk_slachtoffer";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudAanmeldingVermoedelijkSlachtoffer"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "aanmelding_vermoedelijk_slachtoffer";
        };
        /** @description Inhoud van een kennisgeving aanmelding_vermoedelijk_slachtoffer. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/aanmelding_vermoedelijk_slachtoffer. */
        InhoudAanmeldingVermoedelijkSlachtoffer: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            /** Format: uuid */
            beoordelingId: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            beoordelingsdatum: string;
            /** @description Naam van de organisatie die de geringste aanwijzing vaststelde. */
            aanmeldendeOrganisatie: string;
            /** @description De uitbuitingsvormen uit de signalen van het dossier. */
            uitbuitingsvormen: string[];
            /** @enum {string} */
            leeftijdscategorie: "minderjarig" | "meerderjarig" | "onbekend";
            /** @enum {string} */
            nationaliteitCategorie: "derdelander" | "eu_eer_zwitserland" | "nederlands" | "onbekend";
            /** @enum {string} */
            verblijfssituatie: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
        };
        KennisgevingMetInhoudBedenktijdAdvies: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "bedenktijd_advies";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudBedenktijdAdvies"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "bedenktijd_advies";
        };
        /** @description Inhoud van een kennisgeving bedenktijd_advies. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/bedenktijd_advies. */
        InhoudBedenktijdAdvies: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            /** Format: uuid */
            adviesId: string;
            /** Format: uuid */
            beoordelingId: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            beoordelingsdatum: string;
            adviserendeOrganisatie: string;
        };
        KennisgevingMetInhoudM55Bedenktijd: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "m55_bedenktijd";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudM55Bedenktijd"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "m55_bedenktijd";
        };
        /** @description Inhoud van een kennisgeving m55_bedenktijd. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/m55_bedenktijd. */
        InhoudM55Bedenktijd: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            /**
             * @description Het vreemdelingennummer (V-nummer), als bekend.
             * @example 1234567890
             */
            vreemdelingennummer: string | null;
            /** @description Alleen aan de IND. */
            voornamen?: string | null;
            /** @description Alleen aan de IND. */
            geslachtsnaam?: string | null;
            /**
             * Format: date
             * @description Alleen aan de IND.
             * @example 2026-11-21
             */
            geboortedatum?: string | null;
            /** @description Alleen aan de IND. */
            geslacht?: string | null;
            /** @description ISO 3166-1 alpha-2; alleen aan de IND. */
            nationaliteit?: string | null;
            /** @enum {string} */
            verblijfssituatie: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
            /** Format: uuid */
            bedenktijdId: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            aanbiedingsdatum: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            ingangsdatum: string | null;
            /**
             * Format: date
             * @description De laatste dag van de bedenktijd, berekend met de beleidsregel.
             * @example 2026-11-21
             */
            uiterlijkeEinddatum: string | null;
            /**
             * @description De code van de beleidsregel (GET /v1/catalogus, beleidsregels).
             * @example b8-3-drie-maanden
             */
            beleidsregel: string | null;
            /** @description De bron van de beleidsregel (Vc 2000, Staatscourant). */
            beleidsregelBron: string | null;
            aanbiedendeOrganisatie: components["schemas"]["KennisgevingOrganisatie"];
            /** @enum {string} */
            formulier: "M55";
            /** @enum {string} */
            onderdeel: "kennisgeving_bedenktijd";
        };
        KennisgevingOrganisatie: {
            /** Format: uuid */
            id: string;
            naam: string | null;
        };
        KennisgevingMetInhoudM55Aangifte: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "m55_aangifte";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudM55Aangifte"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "m55_aangifte";
        };
        /** @description Inhoud van een kennisgeving m55_aangifte. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/m55_aangifte. */
        InhoudM55Aangifte: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            /**
             * @description Aan IND en COA; niet in de kopie aan het OM.
             * @example 1234567890
             */
            vreemdelingennummer?: string | null;
            /** @description Alleen aan de IND. */
            voornamen?: string | null;
            /** @description Alleen aan de IND. */
            geslachtsnaam?: string | null;
            /**
             * Format: date
             * @description Alleen aan de IND.
             * @example 2026-11-21
             */
            geboortedatum?: string | null;
            /** @description Alleen aan de IND. */
            geslacht?: string | null;
            /** @description ISO 3166-1 alpha-2; alleen aan de IND. */
            nationaliteit?: string | null;
            /**
             * @description Aan IND en COA; niet in de kopie aan het OM.
             * @enum {string}
             */
            verblijfssituatie?: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
            /**
             * @description Aan IND en COA: dit is een M55.
             * @enum {string}
             */
            formulier?: "M55";
            /** @description Het onderdeel van model M55, bijv. kennisgeving_aangifte. */
            onderdeel?: string;
            /** Format: uuid */
            gebeurtenisId: string;
            /**
             * @description De strafrechtelijke gebeurtenis (GET /v1/catalogus, strafrechtelijkeSoorten).
             * @example aangifte
             */
            soort: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            datum: string;
            redenen: string[];
            vastgelegdDoor: components["schemas"]["KennisgevingOrganisatie"];
            /** @description Alleen aan de IND. */
            toelichting?: string | null;
            /** @description Alleen aan de IND: loopt er op de dag van vastleggen een opsporingsonderzoek. */
            onderzoekLoopt?: boolean;
            /**
             * @description Alleen in de pseudonieme kopie aan het OM.
             * @enum {string}
             */
            kopie?: "openbaar_ministerie";
        };
        KennisgevingMetInhoudM55MedewerkingStrafproces: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "m55_medewerking_strafproces";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudM55MedewerkingStrafproces"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "m55_medewerking_strafproces";
        };
        /** @description Inhoud van een kennisgeving m55_medewerking_strafproces. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/m55_medewerking_strafproces. */
        InhoudM55MedewerkingStrafproces: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            /**
             * @description Aan IND en COA; niet in de kopie aan het OM.
             * @example 1234567890
             */
            vreemdelingennummer?: string | null;
            /** @description Alleen aan de IND. */
            voornamen?: string | null;
            /** @description Alleen aan de IND. */
            geslachtsnaam?: string | null;
            /**
             * Format: date
             * @description Alleen aan de IND.
             * @example 2026-11-21
             */
            geboortedatum?: string | null;
            /** @description Alleen aan de IND. */
            geslacht?: string | null;
            /** @description ISO 3166-1 alpha-2; alleen aan de IND. */
            nationaliteit?: string | null;
            /**
             * @description Aan IND en COA; niet in de kopie aan het OM.
             * @enum {string}
             */
            verblijfssituatie?: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
            /**
             * @description Aan IND en COA: dit is een M55.
             * @enum {string}
             */
            formulier?: "M55";
            /** @description Het onderdeel van model M55, bijv. kennisgeving_aangifte. */
            onderdeel?: string;
            /** Format: uuid */
            gebeurtenisId: string;
            /**
             * @description De strafrechtelijke gebeurtenis (GET /v1/catalogus, strafrechtelijkeSoorten).
             * @example aangifte
             */
            soort: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            datum: string;
            redenen: string[];
            vastgelegdDoor: components["schemas"]["KennisgevingOrganisatie"];
            /** @description Alleen aan de IND. */
            toelichting?: string | null;
            /** @description Alleen aan de IND: loopt er op de dag van vastleggen een opsporingsonderzoek. */
            onderzoekLoopt?: boolean;
            /**
             * @description Alleen in de pseudonieme kopie aan het OM.
             * @enum {string}
             */
            kopie?: "openbaar_ministerie";
        };
        KennisgevingMetInhoudM55BeroepB83: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "m55_beroep_b8_3";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudM55BeroepB83"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "m55_beroep_b8_3";
        };
        /** @description Inhoud van een kennisgeving m55_beroep_b8_3. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/m55_beroep_b8_3. */
        InhoudM55BeroepB83: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            /**
             * @description Het vreemdelingennummer (V-nummer), als bekend.
             * @example 1234567890
             */
            vreemdelingennummer: string | null;
            /** @description Alleen aan de IND. */
            voornamen?: string | null;
            /** @description Alleen aan de IND. */
            geslachtsnaam?: string | null;
            /**
             * Format: date
             * @description Alleen aan de IND.
             * @example 2026-11-21
             */
            geboortedatum?: string | null;
            /** @description Alleen aan de IND. */
            geslacht?: string | null;
            /** @description ISO 3166-1 alpha-2; alleen aan de IND. */
            nationaliteit?: string | null;
            /** @enum {string} */
            verblijfssituatie: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
            /** @enum {string} */
            formulier: "M55";
            /** @enum {string} */
            onderdeel: "beroep_b8_3";
            /** Format: uuid */
            beroepId: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            datum: string;
            toelichting: string | null;
            vastgelegdDoor: components["schemas"]["KennisgevingOrganisatie"];
        };
        KennisgevingMetInhoudBedenktijdBeeindigd: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "bedenktijd_beeindigd";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudBedenktijdBeeindigd"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "bedenktijd_beeindigd";
        };
        /** @description Inhoud van een kennisgeving bedenktijd_beeindigd. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/bedenktijd_beeindigd. */
        InhoudBedenktijdBeeindigd: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            /**
             * @description Het vreemdelingennummer (V-nummer), als bekend.
             * @example 1234567890
             */
            vreemdelingennummer: string | null;
            /** @description Alleen aan de IND. */
            voornamen?: string | null;
            /** @description Alleen aan de IND. */
            geslachtsnaam?: string | null;
            /**
             * Format: date
             * @description Alleen aan de IND.
             * @example 2026-11-21
             */
            geboortedatum?: string | null;
            /** @description Alleen aan de IND. */
            geslacht?: string | null;
            /** @description ISO 3166-1 alpha-2; alleen aan de IND. */
            nationaliteit?: string | null;
            /** @enum {string} */
            verblijfssituatie: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
            /** Format: uuid */
            bedenktijdId: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            aanbiedingsdatum: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            ingangsdatum: string | null;
            /**
             * Format: date
             * @description De laatste dag van de bedenktijd, berekend met de beleidsregel.
             * @example 2026-11-21
             */
            uiterlijkeEinddatum: string | null;
            /**
             * @description De code van de beleidsregel (GET /v1/catalogus, beleidsregels).
             * @example b8-3-drie-maanden
             */
            beleidsregel: string | null;
            /** @description De bron van de beleidsregel (Vc 2000, Staatscourant). */
            beleidsregelBron: string | null;
            aanbiedendeOrganisatie: components["schemas"]["KennisgevingOrganisatie"];
            /**
             * Format: date
             * @example 2026-11-21
             */
            einddatum: string | null;
            /** @description verlopen, of de reden van het vroegtijdig einde (GET /v1/catalogus, beeindigingsredenen). */
            beeindigingsreden: string | null;
        };
        KennisgevingMetInhoudBedenktijdVerlopen: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "bedenktijd_verlopen";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudBedenktijdVerlopen"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "bedenktijd_verlopen";
        };
        /** @description Inhoud van een kennisgeving bedenktijd_verlopen. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/bedenktijd_verlopen. */
        InhoudBedenktijdVerlopen: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            /**
             * @description Het vreemdelingennummer (V-nummer), als bekend.
             * @example 1234567890
             */
            vreemdelingennummer: string | null;
            /** @description Alleen aan de IND. */
            voornamen?: string | null;
            /** @description Alleen aan de IND. */
            geslachtsnaam?: string | null;
            /**
             * Format: date
             * @description Alleen aan de IND.
             * @example 2026-11-21
             */
            geboortedatum?: string | null;
            /** @description Alleen aan de IND. */
            geslacht?: string | null;
            /** @description ISO 3166-1 alpha-2; alleen aan de IND. */
            nationaliteit?: string | null;
            /** @enum {string} */
            verblijfssituatie: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
            /** Format: uuid */
            bedenktijdId: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            aanbiedingsdatum: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            ingangsdatum: string | null;
            /**
             * Format: date
             * @description De laatste dag van de bedenktijd, berekend met de beleidsregel.
             * @example 2026-11-21
             */
            uiterlijkeEinddatum: string | null;
            /**
             * @description De code van de beleidsregel (GET /v1/catalogus, beleidsregels).
             * @example b8-3-drie-maanden
             */
            beleidsregel: string | null;
            /** @description De bron van de beleidsregel (Vc 2000, Staatscourant). */
            beleidsregelBron: string | null;
            aanbiedendeOrganisatie: components["schemas"]["KennisgevingOrganisatie"];
            /**
             * Format: date
             * @example 2026-11-21
             */
            einddatum: string | null;
            /** @description verlopen, of de reden van het vroegtijdig einde (GET /v1/catalogus, beeindigingsredenen). */
            beeindigingsreden: string | null;
        };
        KennisgevingMetInhoudBedenktijdLooptAf: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "bedenktijd_loopt_af";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudBedenktijdLooptAf"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "bedenktijd_loopt_af";
        };
        /** @description Inhoud van een kennisgeving bedenktijd_loopt_af. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/bedenktijd_loopt_af. */
        InhoudBedenktijdLooptAf: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            /** Format: uuid */
            bedenktijdId: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            uiterlijkeEinddatum: string | null;
            /** @description Zoveel dagen voor de uiterlijke einddatum is deze herinnering verstuurd. */
            dagenVooraf: number;
        };
        KennisgevingMetInhoudSepot: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "sepot";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudSepot"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "sepot";
        };
        /** @description Inhoud van een kennisgeving sepot. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/sepot. */
        InhoudSepot: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            /**
             * @description Aan IND en COA; niet in de kopie aan het OM.
             * @example 1234567890
             */
            vreemdelingennummer?: string | null;
            /** @description Alleen aan de IND. */
            voornamen?: string | null;
            /** @description Alleen aan de IND. */
            geslachtsnaam?: string | null;
            /**
             * Format: date
             * @description Alleen aan de IND.
             * @example 2026-11-21
             */
            geboortedatum?: string | null;
            /** @description Alleen aan de IND. */
            geslacht?: string | null;
            /** @description ISO 3166-1 alpha-2; alleen aan de IND. */
            nationaliteit?: string | null;
            /**
             * @description Aan IND en COA; niet in de kopie aan het OM.
             * @enum {string}
             */
            verblijfssituatie?: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
            /** Format: uuid */
            gebeurtenisId: string;
            /**
             * @description De strafrechtelijke gebeurtenis (GET /v1/catalogus, strafrechtelijkeSoorten).
             * @example aangifte
             */
            soort: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            datum: string;
            redenen: string[];
            vastgelegdDoor: components["schemas"]["KennisgevingOrganisatie"];
            /** @description Alleen aan de IND. */
            toelichting?: string | null;
            /** @description Alleen aan de IND: loopt er op de dag van vastleggen een opsporingsonderzoek. */
            onderzoekLoopt?: boolean;
            /**
             * @description Alleen in de pseudonieme kopie aan het OM.
             * @enum {string}
             */
            kopie?: "openbaar_ministerie";
        };
        KennisgevingMetInhoudOnderzoekBeeindigd: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "onderzoek_beeindigd";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudOnderzoekBeeindigd"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "onderzoek_beeindigd";
        };
        /** @description Inhoud van een kennisgeving onderzoek_beeindigd. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/onderzoek_beeindigd. */
        InhoudOnderzoekBeeindigd: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            /**
             * @description Aan IND en COA; niet in de kopie aan het OM.
             * @example 1234567890
             */
            vreemdelingennummer?: string | null;
            /** @description Alleen aan de IND. */
            voornamen?: string | null;
            /** @description Alleen aan de IND. */
            geslachtsnaam?: string | null;
            /**
             * Format: date
             * @description Alleen aan de IND.
             * @example 2026-11-21
             */
            geboortedatum?: string | null;
            /** @description Alleen aan de IND. */
            geslacht?: string | null;
            /** @description ISO 3166-1 alpha-2; alleen aan de IND. */
            nationaliteit?: string | null;
            /**
             * @description Aan IND en COA; niet in de kopie aan het OM.
             * @enum {string}
             */
            verblijfssituatie?: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
            /** Format: uuid */
            gebeurtenisId: string;
            /**
             * @description De strafrechtelijke gebeurtenis (GET /v1/catalogus, strafrechtelijkeSoorten).
             * @example aangifte
             */
            soort: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            datum: string;
            redenen: string[];
            vastgelegdDoor: components["schemas"]["KennisgevingOrganisatie"];
            /** @description Alleen aan de IND. */
            toelichting?: string | null;
            /** @description Alleen aan de IND: loopt er op de dag van vastleggen een opsporingsonderzoek. */
            onderzoekLoopt?: boolean;
            /**
             * @description Alleen in de pseudonieme kopie aan het OM.
             * @enum {string}
             */
            kopie?: "openbaar_ministerie";
        };
        KennisgevingMetInhoudAanwezigheidNoodzakelijk: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "aanwezigheid_noodzakelijk";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudAanwezigheidNoodzakelijk"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "aanwezigheid_noodzakelijk";
        };
        /** @description Inhoud van een kennisgeving aanwezigheid_noodzakelijk. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/aanwezigheid_noodzakelijk. */
        InhoudAanwezigheidNoodzakelijk: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            /**
             * @description Aan IND en COA; niet in de kopie aan het OM.
             * @example 1234567890
             */
            vreemdelingennummer?: string | null;
            /** @description Alleen aan de IND. */
            voornamen?: string | null;
            /** @description Alleen aan de IND. */
            geslachtsnaam?: string | null;
            /**
             * Format: date
             * @description Alleen aan de IND.
             * @example 2026-11-21
             */
            geboortedatum?: string | null;
            /** @description Alleen aan de IND. */
            geslacht?: string | null;
            /** @description ISO 3166-1 alpha-2; alleen aan de IND. */
            nationaliteit?: string | null;
            /**
             * @description Aan IND en COA; niet in de kopie aan het OM.
             * @enum {string}
             */
            verblijfssituatie?: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
            /** Format: uuid */
            gebeurtenisId: string;
            /**
             * @description De strafrechtelijke gebeurtenis (GET /v1/catalogus, strafrechtelijkeSoorten).
             * @example aangifte
             */
            soort: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            datum: string;
            redenen: string[];
            vastgelegdDoor: components["schemas"]["KennisgevingOrganisatie"];
            /** @description Alleen aan de IND. */
            toelichting?: string | null;
            /** @description Alleen aan de IND: loopt er op de dag van vastleggen een opsporingsonderzoek. */
            onderzoekLoopt?: boolean;
            /**
             * @description Alleen in de pseudonieme kopie aan het OM.
             * @enum {string}
             */
            kopie?: "openbaar_ministerie";
        };
        KennisgevingMetInhoudVerwijzingOntvangen: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "verwijzing_ontvangen";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudVerwijzingOntvangen"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "verwijzing_ontvangen";
        };
        /** @description Inhoud van een kennisgeving verwijzing_ontvangen. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/verwijzing_ontvangen. */
        InhoudVerwijzingOntvangen: {
            /** Format: uuid */
            verwijzingId: string;
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            doel: string;
            urgentie: string;
            reden: string;
            gegevensdeling: string;
            verwijzendeOrganisatie: components["schemas"]["KennisgevingOrganisatie"];
            /** @enum {string} */
            leeftijdscategorie: "minderjarig" | "meerderjarig" | "onbekend";
            /** @enum {string} */
            nationaliteitCategorie: "derdelander" | "eu_eer_zwitserland" | "nederlands" | "onbekend";
            /** @enum {string} */
            verblijfssituatie: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
        };
        KennisgevingMetInhoudVerwijzingBesluit: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "verwijzing_besluit";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudVerwijzingBesluit"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "verwijzing_besluit";
        };
        /** @description Inhoud van een kennisgeving verwijzing_besluit. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/verwijzing_besluit. */
        InhoudVerwijzingBesluit: {
            /** Format: uuid */
            verwijzingId: string;
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            doel: string;
            besluit: string;
            afwijzingsreden: string | null;
            toelichting: string | null;
            ontvangendeOrganisatie: components["schemas"]["KennisgevingOrganisatie"];
        };
        KennisgevingMetInhoudVerwijzingIngetrokken: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "verwijzing_ingetrokken";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudVerwijzingIngetrokken"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "verwijzing_ingetrokken";
        };
        /** @description Inhoud van een kennisgeving verwijzing_ingetrokken. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/verwijzing_ingetrokken. */
        InhoudVerwijzingIngetrokken: {
            /** Format: uuid */
            verwijzingId: string;
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            doel: string;
            verwijzendeOrganisatie: components["schemas"]["KennisgevingOrganisatie"];
        };
        KennisgevingMetInhoudMogelijkeDubbeleRegistratie: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "mogelijke_dubbele_registratie";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudMogelijkeDubbeleRegistratie"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "mogelijke_dubbele_registratie";
        };
        /** @description Inhoud van een kennisgeving mogelijke_dubbele_registratie. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/mogelijke_dubbele_registratie. */
        InhoudMogelijkeDubbeleRegistratie: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            organisatie: components["schemas"]["KennisgevingOrganisatie"];
        };
        KennisgevingMetInhoudAansluiting: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "aansluiting";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudAansluiting"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "aansluiting";
        };
        /** @description Inhoud van een kennisgeving aansluiting. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/aansluiting. */
        InhoudAansluiting: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            /** Format: uuid */
            signaalId: string;
            organisatie: components["schemas"]["KennisgevingOrganisatie"];
        };
        KennisgevingMetInhoudDossierSamengevoegd: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "dossier_samengevoegd";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudDossierSamengevoegd"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "dossier_samengevoegd";
        };
        /** @description Inhoud van een kennisgeving dossier_samengevoegd. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/dossier_samengevoegd. */
        InhoudDossierSamengevoegd: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            /** Format: uuid */
            samengevoegdDossierId: string;
            samengevoegdDossiernummer: string;
            organisatie: components["schemas"]["KennisgevingOrganisatie"];
        };
        KennisgevingMetInhoudAanmeldingIngetrokken: components["schemas"]["Kennisgeving"] & {
            /** @enum {string} */
            soort?: "aanmelding_ingetrokken";
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            inhoud: components["schemas"]["InhoudAanmeldingIngetrokken"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "aanmelding_ingetrokken";
        };
        /** @description Inhoud van een kennisgeving aanmelding_ingetrokken. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/aanmelding_ingetrokken. */
        InhoudAanmeldingIngetrokken: {
            /** Format: uuid */
            dossierId: string;
            /**
             * @description Het dossiernummer (pseudoniem).
             * @example NRM-2026-000042
             */
            dossiernummer: string;
            /** Format: uuid */
            beoordelingId: string;
            /**
             * Format: date
             * @example 2026-11-21
             */
            beoordelingsdatum: string;
            /** @enum {string} */
            identificatiestatus: "gesignaleerd" | "vermoedelijk_slachtoffer" | "geen_geringste_aanwijzing";
            intrekkendeOrganisatie: string;
            toelichting: string;
        };
        /**
         * @example {
         *       "referentieOntvanger": "IND-2026-0042"
         *     }
         */
        Ontvangstbevestiging: {
            /**
             * @description Uw eigen kenmerk voor deze kennisgeving (bijvoorbeeld het IND-zaaknummer).
             * @example IND-2026-0042
             */
            referentieOntvanger: string;
        };
        Abonnement: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uri
             * @example https://ontvanger.ind.example.nl/nrm/kennisgevingen
             */
            callbackUrl: string;
            soorten: ("aanmelding_vermoedelijk_slachtoffer" | "bedenktijd_advies" | "m55_bedenktijd" | "m55_aangifte" | "m55_medewerking_strafproces" | "m55_beroep_b8_3" | "bedenktijd_beeindigd" | "bedenktijd_verlopen" | "bedenktijd_loopt_af" | "sepot" | "onderzoek_beeindigd" | "aanwezigheid_noodzakelijk" | "verwijzing_ontvangen" | "verwijzing_besluit" | "verwijzing_ingetrokken" | "mogelijke_dubbele_registratie" | "aansluiting" | "dossier_samengevoegd" | "aanmelding_ingetrokken")[];
            /** @description Of er een Authorization-waarde is vastgelegd (de waarde zelf wordt nooit teruggegeven). */
            authorizationIngesteld: boolean;
            /**
             * @description wacht_op_bevestiging: de ontvanger heeft de webhook-handshake nog niet bevestigd (zie bevestiging); er wordt nog niets afgeleverd. actief: kennisgevingen worden afgeleverd. gestopt: de ontvanger antwoordde 410 Gone, of bevestigde de handshake niet binnen WEBHOOK_RETRY_HOURS; er wordt niets meer afgeleverd (zie redenGestopt).
             * @enum {string}
             */
            status: "wacht_op_bevestiging" | "actief" | "gestopt";
            redenGestopt: string | null;
            /** @description De webhook-handshake (CloudEvents HTTP Web Hooks §4.1): vóór de eerste aflevering stuurt de dienst OPTIONS naar callbackUrl met WebHook-Request-Origin; uw ontvanger antwoordt 200 of 204 met WebHook-Allowed-Origin: die naam (of *). Tot dan wordt niets afgeleverd; de dienst herhaalt het verzoek met dezelfde wachttijden als een aflevering. */
            bevestiging: {
                /**
                 * Format: date-time
                 * @description Wanneer de ontvanger de handshake bevestigde; null zolang dat niet gebeurde (en bij een abonnement van vóór de handshake).
                 */
                tijdstip: string | null;
                /** @description Hoe vaak de handshake (OPTIONS) is verstuurd. */
                pogingen: number;
                /** @description Waarom de laatste handshake mislukte, in onze woorden; null als er geen mislukte is. */
                laatsteFout: string | null;
                /**
                 * Format: date-time
                 * @description Wanneer de handshake opnieuw wordt verstuurd; null als hij niet meer wordt verstuurd.
                 */
                volgendePoging: string | null;
            };
            /**
             * @description Kennisgevingen (van uw organisatie) tot en met dit volgnummer zijn ingepland of dateren van vóór het abonnement. Bij aanmaken is dit het laatste volgnummer van uw feed: eerdere kennisgevingen haalt u op via GET /v1/kennisgevingen.
             * @example 41
             */
            geplandTotVolgnummer: number;
            /** Format: date-time */
            tijdstipAangemaakt: string;
            /** Format: date-time */
            tijdstipGewijzigd: string;
        };
        /**
         * @example {
         *       "callbackUrl": "https://ontvanger.ind.example.nl/nrm",
         *       "authorization": "Bearer <geheim van de ontvanger>",
         *       "soorten": [
         *         "m55_bedenktijd",
         *         "bedenktijd_beeindigd"
         *       ]
         *     }
         */
        AbonnementAanmaken: {
            /**
             * Format: uri
             * @description De URL waarop u de CloudEvents ontvangt (POST). Alleen https; http alleen voor 127.0.0.1, ::1 of localhost buiten productie. In productie moet elk adres van de host openbaar zijn (geen loopback, privé-, link-local- of uniek-lokaal adres), bij het abonneren en bij elke aflevering; een ontvanger in een gesloten netwerk (FSC) laat de beheerder toe. Doorverwijzingen worden niet gevolgd.
             * @example https://ontvanger.ind.example.nl/nrm/kennisgevingen
             */
            callbackUrl: string;
            /**
             * @description De waarde die de NRM-service in de header Authorization meestuurt, zodat u kunt controleren dat het bericht van ons komt. Wordt nooit teruggegeven.
             * @example Bearer 7c1f0e4e-geheim-van-de-ontvanger
             */
            authorization?: string | null;
            /**
             * @description De soorten kennisgeving die u via deze webhook wilt ontvangen.
             * @example [
             *       "m55_bedenktijd",
             *       "bedenktijd_beeindigd"
             *     ]
             */
            soorten: ("aanmelding_vermoedelijk_slachtoffer" | "bedenktijd_advies" | "m55_bedenktijd" | "m55_aangifte" | "m55_medewerking_strafproces" | "m55_beroep_b8_3" | "bedenktijd_beeindigd" | "bedenktijd_verlopen" | "bedenktijd_loopt_af" | "sepot" | "onderzoek_beeindigd" | "aanwezigheid_noodzakelijk" | "verwijzing_ontvangen" | "verwijzing_besluit" | "verwijzing_ingetrokken" | "mogelijke_dubbele_registratie" | "aansluiting" | "dossier_samengevoegd" | "aanmelding_ingetrokken")[];
        };
        AbonnementCollectie: {
            abonnementen: components["schemas"]["Abonnement"][];
        };
        AfleveringCollectie: {
            afleveringen: components["schemas"]["Aflevering"][];
        };
        Aflevering: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            abonnementId: string;
            /**
             * @description wachtend: nog af te leveren of in herhaling; afgeleverd: de ontvanger antwoordde 2xx; niet_afleverbaar: binnen de herhaaltermijn niet gelukt; vervallen: het abonnement is gestopt of verwijderd.
             * @enum {string}
             */
            status: "wachtend" | "afgeleverd" | "niet_afleverbaar" | "vervallen";
            pogingen: number;
            /**
             * Format: date-time
             * @description Alleen bij status wachtend.
             */
            volgendePoging: string | null;
            laatsteHttpStatus: number | null;
            /** @example HTTP 503 */
            laatsteFout: string | null;
            /** Format: date-time */
            tijdstipAangemaakt: string;
            /** Format: date-time */
            tijdstipAfgeleverd: string | null;
        };
        VerzondenKennisgevingCollectie: {
            kennisgevingen: components["schemas"]["VerzondenKennisgeving"][];
        };
        VerzondenKennisgeving: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            soort: "aanmelding_vermoedelijk_slachtoffer" | "bedenktijd_advies" | "m55_bedenktijd" | "m55_aangifte" | "m55_medewerking_strafproces" | "m55_beroep_b8_3" | "bedenktijd_beeindigd" | "bedenktijd_verlopen" | "bedenktijd_loopt_af" | "sepot" | "onderzoek_beeindigd" | "aanwezigheid_noodzakelijk" | "verwijzing_ontvangen" | "verwijzing_besluit" | "verwijzing_ingetrokken" | "mogelijke_dubbele_registratie" | "aansluiting" | "dossier_samengevoegd" | "aanmelding_ingetrokken";
            volgnummer: number;
            /**
             * Format: uuid
             * @description Het dossier van de kennisgeving; leeg voor de beheerder, die de aflevering beheert en niet de zaak.
             */
            dossierId: string | null;
            /** Format: uuid */
            afzenderOrganisatieId: string | null;
            /** Format: uuid */
            ontvangerOrganisatieId: string;
            ontvangerOrganisatieNaam: string;
            /** Format: date-time */
            tijdstipAangemaakt: string;
            /** Format: date-time */
            tijdstipBevestigd: string | null;
            referentieOntvanger: string | null;
            /**
             * Format: date-time
             * @description Alleen bij m55_*: vanaf dit moment geldt de kennisgeving als onbevestigd als de ontvanger haar nog niet heeft bevestigd (het einde van de M55_ESCALATIE_WERKDAGEN-de werkdag na aanmaak, Europe/Amsterdam).
             */
            tijdstipBevestigingsTermijnVerstreken: string | null;
            /** @description Aantal webhook-afleveringen per status (één per abonnement van de ontvanger). */
            afleveringen: {
                wachtend: number;
                afgeleverd: number;
                nietAfleverbaar: number;
                vervallen: number;
            };
        };
        AuditregelCollectie: {
            auditregels: components["schemas"]["Auditregel"][];
        };
        Auditregel: {
            id: number;
            /**
             * @description De hashketen: per dossier, of per organisatie bij handelingen zonder dossier.
             * @example dossier:2f0c…
             */
            keten: string;
            positie: number;
            /** Format: date-time */
            tijdstip: string;
            /** Format: uuid */
            organisatieId: string | null;
            /** Format: uuid */
            sleutelId: string | null;
            rol: string | null;
            /** @example kennisgeving.gelezen */
            actie: string;
            objectType: string;
            objectId: string | null;
            /** Format: uuid */
            dossierId: string | null;
            /** @example geslaagd */
            resultaat: string;
            requestId: string | null;
            /** @description HMAC-SHA256 (met de auditsleutel) over de regel, ketensleutel en vorigeHash; bij regels zonder ketensleutel SHA-256. */
            hash: string;
            /** @description Hash van de vorige regel in dezelfde keten; leeg bij positie 1. */
            vorigeHash: string;
            /**
             * @description Id van de auditsleutel waarmee de hash is berekend; leeg bij regels van vóór de sleutel.
             * @example 3f9a0c1d2b4e5f60
             */
            ketensleutel: string | null;
        };
        AuditVerificatie: {
            /** @description true als geen enkele keten een bevinding heeft. */
            geldig: boolean;
            /** @description Aantal gecontroleerde regels. */
            gecontroleerd: number;
            /** @description Aantal ketens. */
            ketens: number;
            bevindingen: {
                /** @description Leeg als de bevinding de hele audittrail betreft (totalen, ankerbestand). */
                keten: string | null;
                /** @description Positie van de regel; leeg als het om het einde van de keten gaat. */
                positie: number | null;
                probleem: string;
            }[];
            /** @description De ankers waarmee de database is vergeleken; leeg als er nog geen zijn. */
            anker: {
                /** @description Aantal geldige ankers buiten de database. */
                aantal: number;
                /** Format: date-time */
                laatsteTijdstip: string | null;
                /** @description Hoogste aantal ketens dat een anker vastlegde. */
                ketens: number;
                /** @description Hoogste aantal regels dat een anker vastlegde. */
                regels: number;
            } | null;
            /** @description Geen bevindingen, maar redenen waarom de controle minder bewijst dan zij zou kunnen. */
            waarschuwingen: string[];
        };
        VerwerkingCollectie: {
            verwerkingen: components["schemas"]["Verwerking"][];
        };
        Verwerking: {
            /** Format: date-time */
            tijdstip: string;
            /** Format: uuid */
            organisatieId: string | null;
            organisatieNaam: string | null;
            rol: string | null;
            verwerkingsactiviteitId: string;
            verwerkingsactiviteit: string;
            doel: string;
            rechtsgrond: string;
            handeling: string;
            traceId: string;
            spanId: string;
            parentSpanId: string | null;
        };
        Statistieken: {
            dossiers: {
                identificatiestatus: components["schemas"]["Telling"][];
                nationaliteitCategorie: components["schemas"]["Telling"][];
                verblijfssituatie: components["schemas"]["Telling"][];
                leeftijdscategorie: components["schemas"]["Telling"][];
            };
            bedenktijden: {
                status: components["schemas"]["Telling"][];
                beeindigingsreden: components["schemas"]["Telling"][];
                beleidsregel: components["schemas"]["Telling"][];
            };
            verwijzingen: {
                doel: components["schemas"]["Telling"][];
                status: components["schemas"]["Telling"][];
            };
        };
        Telling: {
            waarde: string;
            /** @description null: onderdrukt — minder dan 5, of aanvullend onderdrukt zodat het totaal min de andere waarden er geen teruggeeft (docs/monitor.md). */
            aantal: number | null;
        };
        Trechter: {
            /** @description De periode (van de eerste signalen); null: alle gegevens. */
            periode: {
                van: string | null;
                tot: string | null;
            };
            filter: {
                dimensie: string;
                waarde: string;
            } | null;
            drempel: number;
            stappen: {
                stap: string;
                label: string;
                noemerStap: string | null;
                definitie: string;
            }[];
            groepen: {
                /** @enum {string} */
                niveau: "landelijk" | "organisatietype" | "organisatie";
                organisatieType: string | null;
                /** Format: uuid */
                organisatieId: string | null;
                naam: string;
                cijfers: components["schemas"]["MonitorCijfer"][];
            }[];
        };
        MonitorCijfer: {
            stap: string;
            /** @description Aantal dossiers; null als onderdrukt. */
            aantal: number | null;
            /**
             * @description primair: een aantal van 1 tot 5; secundair: onderdrukt zodat geen som of verschil van gepubliceerde cijfers een primaire cel teruggeeft (docs/monitor.md). null: gepubliceerd.
             * @enum {string|null}
             */
            onderdrukt: "primair" | "secundair" | null;
            /** @description De stap waarvan het aantal de noemer is (null: de basis). */
            noemerStap: string | null;
            noemer: number | null;
            /**
             * @description primair: een aantal van 1 tot 5; secundair: onderdrukt zodat geen som of verschil van gepubliceerde cijfers een primaire cel teruggeeft (docs/monitor.md). null: gepubliceerd.
             * @enum {string|null}
             */
            noemerOnderdrukt: "primair" | "secundair" | null;
            /** @description aantal / noemer, alleen als beide gepubliceerd zijn en de noemer niet 0 is. */
            aandeel: number | null;
            /** @description Met een kenmerkfilter: dezelfde stap zonder dat filter (de noemer van het aandeel van de filterwaarde). */
            zonderFilter: number | null;
        };
        Doorlooptijden: {
            /** @description De periode (van de eerste signalen); null: alle gegevens. */
            periode: {
                van: string | null;
                tot: string | null;
            };
            filter: {
                dimensie: string;
                waarde: string;
            } | null;
            drempel: number;
            /** @description BEDENKTIJD_SIGNALERING_DAGEN: na zoveel dagen zonder aanbod telt een vastgestelde, aanbiedbare zaak als niet tijdig aangeboden. */
            signaleringsdagen: number;
            stappen: {
                stap: string;
                label: string;
                noemerStap: string | null;
                definitie: string;
            }[];
            groepen: {
                /** @enum {string} */
                niveau: "landelijk" | "organisatietype" | "organisatie";
                organisatieType: string | null;
                /** Format: uuid */
                organisatieId: string | null;
                naam: string;
                cijfers: {
                    aantallen: components["schemas"]["MonitorCijfer"][];
                    doorlooptijden: components["schemas"]["MonitorDoorlooptijd"][];
                };
            }[];
        };
        MonitorDoorlooptijd: {
            maat: string;
            label: string;
            stap: string;
            aantal: number | null;
            /**
             * @description primair: een aantal van 1 tot 5; secundair: onderdrukt zodat geen som of verschil van gepubliceerde cijfers een primaire cel teruggeeft (docs/monitor.md). null: gepubliceerd.
             * @enum {string|null}
             */
            onderdrukt: "primair" | "secundair" | null;
            mediaanDagen: number | null;
            p90Dagen: number | null;
        };
        Foutcatalogus: {
            fouten: components["schemas"]["Fout"][];
            /** @description De codes in `invalidParams[].code` van een probleem. */
            invalidParamsCodes: {
                code: string;
                betekenis: string;
            }[];
        };
        Fout: {
            /**
             * @description De stabiele code; dezelfde als `code` in het probleem.
             * @example bedenktijd-al-open
             */
            code: string;
            /**
             * @description De HTTP-status waarmee de code altijd komt.
             * @example 409
             */
            status: number;
            /**
             * @description De `title` van het probleem.
             * @example Bedenktijd al open
             */
            titel: string;
            /** @description Wat de code betekent en wat de client kan doen. */
            betekenis: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    catalogusOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De catalogus. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Catalogus"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    organisatiesOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alle organisaties. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisatieCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    dossiersOpvragen: {
        parameters: {
            query?: {
                identificatiestatus?: "gesignaleerd" | "vermoedelijk_slachtoffer" | "geen_geringste_aanwijzing";
                nationaliteitCategorie?: "derdelander" | "eu_eer_zwitserland" | "nederlands" | "onbekend";
                verblijfssituatie?: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
                leeftijdscategorie?: "minderjarig" | "meerderjarig" | "onbekend";
                /** @description Vind één dossier op zijn nummer (geen persoonsgegeven). */
                dossiernummer?: string;
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina dossiers. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    dossierRegistreren: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DossierAanmaken"];
            };
        };
        responses: {
            /** @description Dossier geregistreerd. */
            201: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Versie van de resource; gebruik in If-Match. */
                    ETag?: string;
                    /** @description URL van de aangemaakte resource. */
                    Location?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    dossierOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het dossier. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Versie van de resource; gebruik in If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    dossierWijzigen: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag van de laatst opgehaalde versie (verplicht). */
                "if-match": string;
            };
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["DossierWijzigen"];
                "application/json": components["schemas"]["DossierWijzigen"];
            };
        };
        responses: {
            /** @description Het gewijzigde dossier. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Versie van de resource; gebruik in If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description If-Match komt niet overeen met de huidige versie. */
            412: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description If-Match ontbreekt. */
            428: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    dossierSluiten: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag van de laatst opgehaalde versie (verplicht). */
                "if-match": string;
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DossierSluiting"];
            };
        };
        responses: {
            /** @description Het gesloten dossier. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Versie van de resource; gebruik in If-Match. */
                    ETag?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description If-Match komt niet overeen met de huidige versie. */
            412: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description If-Match ontbreekt. */
            428: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    dossierHeropenen: {
        parameters: {
            query?: never;
            header: {
                /** @description ETag van de laatst opgehaalde versie (verplicht). */
                "if-match": string;
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DossierHeropening"];
            };
        };
        responses: {
            /** @description Het heropende dossier. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Versie van de resource; gebruik in If-Match. */
                    ETag?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description If-Match komt niet overeen met de huidige versie. */
            412: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description If-Match ontbreekt. */
            428: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    dossierWissen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DossierWissing"];
            };
        };
        responses: {
            /** @description Het dossier na het wissen. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    dossiersZoeken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DossierZoeken"];
            };
        };
        responses: {
            /** @description Gevonden dossiers. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    dossierAansluiten: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Het id of het dossiernummer (NRM-2026-000123). */
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Aansluiting"];
            };
        };
        responses: {
            /** @description Het dossier waarbij uw organisatie is aangesloten. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Versie van de resource; gebruik in If-Match. */
                    ETag?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    dossierSamenvoegen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Samenvoeging"];
            };
        };
        responses: {
            /** @description Het overblijvende dossier. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Versie van de resource; gebruik in If-Match. */
                    ETag?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    persoonsgegevensOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De persoonsgegevens. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Persoonsgegevens"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    persoonsgegevensVastleggen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersoonsgegevensInvoer"];
            };
        };
        responses: {
            /** @description Vervangen. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Persoonsgegevens"];
                };
            };
            /** @description Vastgelegd. */
            201: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Persoonsgegevens"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    signalenVanDossier: {
        parameters: {
            query?: {
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina signalen. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignaalCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    signaalVastleggen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignaalVastleggen"];
            };
        };
        responses: {
            /** @description Signaal vastgelegd. */
            201: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description URL van de aangemaakte resource. */
                    Location?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signaal"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    signaalOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: string;
                signaalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het signaal. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signaal"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    signaalOpvolgingVastleggen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                dossierId: string;
                signaalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignaalOpvolgingVastleggen"];
            };
        };
        responses: {
            /** @description Het signaal met zijn opvolging. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signaal"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    signalenZonderOpvolgingOpvragen: {
        parameters: {
            query?: {
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina signalen zonder opvolging. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignaalZonderOpvolgingCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    beoordelingenVanDossier: {
        parameters: {
            query?: {
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina beoordelingen. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeoordelingCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    beoordelingVastleggen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BeoordelingVastleggen"];
            };
        };
        responses: {
            /** @description Beoordeling vastgelegd, met de identificatiestatus van het dossier daarna. */
            201: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description URL van de aangemaakte resource. */
                    Location?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeoordelingVastgelegd"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    beoordelingOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: string;
                beoordelingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De beoordeling. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Beoordeling"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    bedenktijdAdviezenVanDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De adviezen. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedenktijdAdviesCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    bedenktijdAdviesVastleggen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BedenktijdAdviesInvoer"];
            };
        };
        responses: {
            /** @description Advies vastgelegd. */
            201: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description URL van de aangemaakte resource. */
                    Location?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedenktijdAdvies"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    bedenktijdAdviezenOpvragen: {
        parameters: {
            query?: {
                status?: "open" | "overgenomen" | "niet_overgenomen";
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina adviezen, oudste eerst. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedenktijdAdviesCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    bedenktijdenVanDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De bedenktijden. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedenktijdCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    bedenktijdAanbieden: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BedenktijdAanbieding"];
            };
        };
        responses: {
            /** @description Aangeboden. */
            201: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description URL van de aangemaakte resource. */
                    Location?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bedenktijd"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    bedenktijdenWerklijst: {
        parameters: {
            query?: {
                status?: "aangeboden" | "lopend" | "geweigerd" | "beeindigd" | "verlopen";
                /** @description Alleen bedenktijden die uiterlijk op deze dag eindigen. */
                uiterlijkeEinddatumTot?: string;
                /** @description Alleen bedenktijden aangeboden door deze organisatie. */
                organisatieId?: string;
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina bedenktijden. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedenktijdCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    bedenktijdOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bedenktijdId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De bedenktijd. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bedenktijd"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    bedenktijdReactieVastleggen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                bedenktijdId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BedenktijdReactie"];
            };
        };
        responses: {
            /** @description De bedenktijd na de reactie. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bedenktijd"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    bedenktijdBeeindigen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                bedenktijdId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BedenktijdBeeindiging"];
            };
        };
        responses: {
            /** @description De beëindigde bedenktijd. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bedenktijd"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    bedenktijdSignaleringenOpvragen: {
        parameters: {
            query?: {
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De signaleringen, oudste eerst. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BedenktijdSignaleringCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    strafrechtelijkeGebeurtenissenVanDossier: {
        parameters: {
            query?: {
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina gebeurtenissen. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StrafrechtelijkeGebeurtenisCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    strafrechtelijkeGebeurtenisVastleggen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StrafrechtelijkeGebeurtenisVastleggen"];
            };
        };
        responses: {
            /** @description Vastgelegd, met de eventueel beëindigde bedenktijd. */
            201: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description URL van de aangemaakte resource. */
                    Location?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StrafrechtelijkeGebeurtenisVastgelegd"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    strafrechtelijkeGebeurtenisOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: string;
                gebeurtenisId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De gebeurtenis. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StrafrechtelijkeGebeurtenis"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    beroepenB83VanDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De beroepen. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeroepB83Collectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    beroepB83Vastleggen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BeroepB83Vastleggen"];
            };
        };
        responses: {
            /** @description Vastgelegd. */
            201: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description URL van de aangemaakte resource. */
                    Location?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeroepB83"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    beroepB83Opvragen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: string;
                beroepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het beroep. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BeroepB83"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    verblijfsbesluitenVanDossier: {
        parameters: {
            query?: {
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina verblijfsbesluiten. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerblijfsbesluitCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    verblijfsbesluitVastleggen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerblijfsbesluitVastleggen"];
            };
        };
        responses: {
            /** @description Vastgelegd. */
            201: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description URL van de aangemaakte resource. */
                    Location?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerblijfsbesluitVastgelegd"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    verblijfsbesluitOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dossierId: string;
                verblijfsbesluitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het verblijfsbesluit. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verblijfsbesluit"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    verblijfsbesluitenWerklijst: {
        parameters: {
            query?: {
                /** @description Alleen geldende vergunningen en schrijnende paden met geldigTot op of vóór deze dag (standaard: vandaag + 30 dagen). Al verlopen maar niet verlengde of ingetrokken vergunningen staan vooraan. */
                geldigTotVoor?: string;
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina van de werklijst. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerblijfsWerklijst"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    tijdlijnOpvragen: {
        parameters: {
            query?: {
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina van de tijdlijn, oudste eerst. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tijdlijn"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    verwijzingenVanDossier: {
        parameters: {
            query?: {
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina verwijzingen. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerwijzingCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    verwijzingAanmaken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                dossierId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerwijzingAanmaken"];
            };
        };
        responses: {
            /** @description Verwijzing aangemaakt (status open). */
            201: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description URL van de aangemaakte resource. */
                    Location?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verwijzing"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    verwijzingenWerklijst: {
        parameters: {
            query?: {
                status?: "open" | "aanvaard" | "afgewezen" | "ingetrokken" | "afgerond";
                doel?: "cosm" | "zorgcoordinator" | "veilig_thuis" | "raad_kinderbescherming" | "gemeente" | "hulpverlening" | "nla" | "politie" | "lcc" | "nla_opsporing" | "nla_toezicht";
                /** @description true: alleen open verwijzingen die te lang onbeantwoord zijn; false: de overige. */
                achterstallig?: "true" | "false";
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina verwijzingen. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerwijzingCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    verwijzingOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                verwijzingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De verwijzing. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verwijzing"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    verwijzingBesluitVastleggen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                verwijzingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerwijzingBesluit"];
            };
        };
        responses: {
            /** @description De verwijzing na het besluit; de verwijzer krijgt verwijzing_besluit. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verwijzing"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    verwijzingIntrekken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                verwijzingId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GeenVelden"];
            };
        };
        responses: {
            /** @description De ingetrokken verwijzing; de ontvanger krijgt verwijzing_ingetrokken. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verwijzing"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    verwijzingAfronden: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                verwijzingId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GeenVelden"];
            };
        };
        responses: {
            /** @description De afgeronde verwijzing. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verwijzing"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    opvangweigeringVastleggen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                verwijzingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Opvangweigering"];
            };
        };
        responses: {
            /** @description De verwijzing met de opvangweigering. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verwijzing"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    opvanglocatiesOpvragen: {
        parameters: {
            query?: {
                /** @description Alleen locaties van deze organisatie. */
                organisatieId?: string;
                soort?: "cosm" | "jeugdzorg" | "algemeen";
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina opvanglocaties. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpvanglocatieCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    opvanglocatieAanmaken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpvanglocatieAanmaken"];
            };
        };
        responses: {
            /** @description Opvanglocatie aangemaakt. */
            201: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description URL van de aangemaakte resource. */
                    Location?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opvanglocatie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    opvanglocatieOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                opvanglocatieId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De opvanglocatie. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opvanglocatie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    opvanglocatieWijzigen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                opvanglocatieId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["OpvanglocatieWijzigen"];
                "application/json": components["schemas"]["OpvanglocatieWijzigen"];
            };
        };
        responses: {
            /** @description De gewijzigde opvanglocatie. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Opvanglocatie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    plaatsingVastleggen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                verwijzingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaatsingAanmaken"];
            };
        };
        responses: {
            /** @description Plaatsing vastgelegd. */
            201: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description URL van de aangemaakte resource. */
                    Location?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plaatsing"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    plaatsingOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                plaatsingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De plaatsing. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plaatsing"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    plaatsingBeeindigen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                plaatsingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaatsingBeeindiging"];
            };
        };
        responses: {
            /** @description De beëindigde plaatsing. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plaatsing"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    zorgoverzichtOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het overzicht voor uw organisatie. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Zorgoverzicht"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    kennisgevingenOpvragen: {
        parameters: {
            query?: {
                /** @description Alleen kennisgevingen met een hoger volgnummer; geef het laatst verwerkte volgnummer mee. */
                naVolgnummer?: number | null;
                /** @description Alleen kennisgevingen van deze soort. */
                soort?: "aanmelding_vermoedelijk_slachtoffer" | "bedenktijd_advies" | "m55_bedenktijd" | "m55_aangifte" | "m55_medewerking_strafproces" | "m55_beroep_b8_3" | "bedenktijd_beeindigd" | "bedenktijd_verlopen" | "bedenktijd_loopt_af" | "sepot" | "onderzoek_beeindigd" | "aanwezigheid_noodzakelijk" | "verwijzing_ontvangen" | "verwijzing_besluit" | "verwijzing_ingetrokken" | "mogelijke_dubbele_registratie" | "aansluiting" | "dossier_samengevoegd" | "aanmelding_ingetrokken";
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina kennisgevingen. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KennisgevingCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    kennisgevingOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kennisgevingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De kennisgeving (JSON), of het M55-document (HTML). */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KennisgevingMetInhoud"];
                    "text/html": string;
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Gevraagde weergave (Accept) niet beschikbaar. */
            406: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    kennisgevingSchemaOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                soort: "aanmelding_vermoedelijk_slachtoffer" | "bedenktijd_advies" | "m55_bedenktijd" | "m55_aangifte" | "m55_medewerking_strafproces" | "m55_beroep_b8_3" | "bedenktijd_beeindigd" | "bedenktijd_verlopen" | "bedenktijd_loopt_af" | "sepot" | "onderzoek_beeindigd" | "aanwezigheid_noodzakelijk" | "verwijzing_ontvangen" | "verwijzing_besluit" | "verwijzing_ingetrokken" | "mogelijke_dubbele_registratie" | "aansluiting" | "dossier_samengevoegd" | "aanmelding_ingetrokken";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het JSON Schema. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/schema+json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    ontvangstBevestigen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path: {
                kennisgevingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Ontvangstbevestiging"];
            };
        };
        responses: {
            /** @description De bevestigde kennisgeving. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Kennisgeving"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    abonnementenOpvragen: {
        parameters: {
            query?: {
                /** @description Alleen abonnementen met deze status. */
                status?: "wacht_op_bevestiging" | "actief" | "gestopt";
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina abonnementen. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AbonnementCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    abonnementAanmaken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Maakt het verzoek veilig herhaalbaar: dezelfde sleutel geeft hetzelfde antwoord terug. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AbonnementAanmaken"];
            };
        };
        responses: {
            /** @description Abonnement aangemaakt. */
            201: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description URL van de aangemaakte resource. */
                    Location?: string;
                    /** @description true als dit het opgeslagen antwoord op een eerder verzoek met dezelfde Idempotency-Key is. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Abonnement"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Conflict met de huidige toestand; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            409: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De body is groter dan 1 MiB (1048576 bytes). Het antwoord sluit de verbinding (Connection: close). */
            413: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description close: de rest van de body is niet gelezen; gebruik deze verbinding niet opnieuw. */
                    Connection?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Mediatype niet ondersteund. */
            415: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bedrijfsregel niet voldaan; code noemt de regel (zie de foutcatalogus, GET /v1/fouten). */
            422: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    abonnementOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                abonnementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het abonnement. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Abonnement"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    abonnementVerwijderen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                abonnementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verwijderd. */
            204: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    afleveringenVanKennisgeving: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kennisgevingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De afleveringen. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AfleveringCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet gevonden, of geen toegang (bestaan wordt niet prijsgegeven). */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het dossier is samengevoegd met een ander dossier van dezelfde persoon; samengevoegdIn wijst naar dat dossier (ook als Link). */
            410: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-link (rel="successor-version") naar het dossier waarin dit dossier is opgegaan. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    verzondenKennisgevingenOpvragen: {
        parameters: {
            query?: {
                /** @description onbevestigd: m55_*-kennisgevingen die de ontvanger (IND) niet binnen de termijn heeft bevestigd; niet_afleverbaar: kennisgevingen waarvan een webhook-aflevering is mislukt. */
                status?: "onbevestigd" | "niet_afleverbaar";
                /** @description Alleen kennisgevingen van deze soort. */
                soort?: "aanmelding_vermoedelijk_slachtoffer" | "bedenktijd_advies" | "m55_bedenktijd" | "m55_aangifte" | "m55_medewerking_strafproces" | "m55_beroep_b8_3" | "bedenktijd_beeindigd" | "bedenktijd_verlopen" | "bedenktijd_loopt_af" | "sepot" | "onderzoek_beeindigd" | "aanwezigheid_noodzakelijk" | "verwijzing_ontvangen" | "verwijzing_besluit" | "verwijzing_ingetrokken" | "mogelijke_dubbele_registratie" | "aansluiting" | "dossier_samengevoegd" | "aanmelding_ingetrokken";
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina verzonden kennisgevingen. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerzondenKennisgevingCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    auditregelsOpvragen: {
        parameters: {
            query?: {
                /** @description Alleen regels over dit dossier. */
                dossierId?: string;
                /** @description Cursor uit de Link-header van de vorige pagina. */
                cursor?: string;
                /** @description Aantal items per pagina (1–200). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina auditregels. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description RFC 8288-links; rel="next" voor de volgende pagina. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditregelCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    auditVerificatieOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Uitslag van de controle. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificatie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    verwerkingenOpvragen: {
        parameters: {
            query: {
                dossierId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De verwerkingen, oudste eerst. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerwerkingCollectie"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    statistiekenOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De tellingen. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statistieken"];
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    monitorTrechterOpvragen: {
        parameters: {
            query?: {
                /** @description Kalenderjaar (het kwartaal van het eerste signaal bepaalt de periode van een dossier). */
                jaar?: string;
                /** @description Kwartaal 1–4 van het opgegeven jaar. */
                kwartaal?: "1" | "2" | "3" | "4";
                /** @description Begin van een reeks hele kwartalen: de eerste dag van een kwartaal. */
                van?: string;
                /** @description Einde van een reeks hele kwartalen: de laatste dag van een kwartaal. */
                tot?: string;
                /** @description Alleen de rijen van dit organisatietype (verandert geen cijfer). */
                organisatieType?: "politie" | "kmar" | "nla";
                /** @description Alleen de rij van deze organisatie (verandert geen cijfer). */
                organisatieId?: string;
                /** @description Dossiers met een signaal van deze vorm. Ten hoogste één kenmerkfilter per verzoek. */
                uitbuitingsvorm?: "seksueel" | "arbeid" | "crimineel" | "orgaanverwijdering" | "overig";
                leeftijdscategorie?: "minderjarig" | "meerderjarig" | "onbekend";
                nationaliteitCategorie?: "derdelander" | "eu_eer_zwitserland" | "nederlands" | "onbekend";
                verblijfssituatie?: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
                /** @description Dossiers met een signaal uit deze bron. */
                bron?: "politie_eigen" | "prostitutiecontrole" | "lopend_onderzoek" | "melding_ander_feit" | "digw_dagelijkse_scan" | "wijkagent" | "slachtoffer_zelf" | "migratieketen" | "ind_aanmeldgehoor" | "coa" | "advocaat" | "hulpverlening" | "gemeente" | "kmar" | "arbeidsinspectie" | "bekenden_familie" | "burger" | "hotel" | "seksadvertentiesite_of_klant" | "politie" | "arbeidsinspectie_eigen" | "ex_werknemer" | "kmar_eigen" | "mtv_grenscontrole" | "luchthaven" | "politie_avim" | "luchtvaartmaatschappij" | "mic";
                /** @description json (standaard) of csv; gelijk aan Accept: application/json of text/csv. Gaat voor Accept. */
                formaat?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De trechter. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trechter"];
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Gevraagde weergave (Accept) niet beschikbaar: kies application/json of text/csv. */
            406: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    monitorDoorlooptijdenOpvragen: {
        parameters: {
            query?: {
                /** @description Kalenderjaar (het kwartaal van het eerste signaal bepaalt de periode van een dossier). */
                jaar?: string;
                /** @description Kwartaal 1–4 van het opgegeven jaar. */
                kwartaal?: "1" | "2" | "3" | "4";
                /** @description Begin van een reeks hele kwartalen: de eerste dag van een kwartaal. */
                van?: string;
                /** @description Einde van een reeks hele kwartalen: de laatste dag van een kwartaal. */
                tot?: string;
                /** @description Alleen de rijen van dit organisatietype (verandert geen cijfer). */
                organisatieType?: "politie" | "kmar" | "nla";
                /** @description Alleen de rij van deze organisatie (verandert geen cijfer). */
                organisatieId?: string;
                /** @description Dossiers met een signaal van deze vorm. Ten hoogste één kenmerkfilter per verzoek. */
                uitbuitingsvorm?: "seksueel" | "arbeid" | "crimineel" | "orgaanverwijdering" | "overig";
                leeftijdscategorie?: "minderjarig" | "meerderjarig" | "onbekend";
                nationaliteitCategorie?: "derdelander" | "eu_eer_zwitserland" | "nederlands" | "onbekend";
                verblijfssituatie?: "geen_rechtmatig_verblijf" | "tijdelijk_niet_duurzaam" | "asielzoeker" | "dublinclaimant" | "duurzaam" | "onbekend";
                /** @description Dossiers met een signaal uit deze bron. */
                bron?: "politie_eigen" | "prostitutiecontrole" | "lopend_onderzoek" | "melding_ander_feit" | "digw_dagelijkse_scan" | "wijkagent" | "slachtoffer_zelf" | "migratieketen" | "ind_aanmeldgehoor" | "coa" | "advocaat" | "hulpverlening" | "gemeente" | "kmar" | "arbeidsinspectie" | "bekenden_familie" | "burger" | "hotel" | "seksadvertentiesite_of_klant" | "politie" | "arbeidsinspectie_eigen" | "ex_werknemer" | "kmar_eigen" | "mtv_grenscontrole" | "luchthaven" | "politie_avim" | "luchtvaartmaatschappij" | "mic";
                /** @description json (standaard) of csv; gelijk aan Accept: application/json of text/csv. Gaat voor Accept. */
                formaat?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De doorlooptijden. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Doorlooptijden"];
                    "text/csv": string;
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen of ongeldige API-sleutel. */
            401: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd Bearer (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze rol mag deze handeling niet uitvoeren. */
            403: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Gevraagde weergave (Accept) niet beschikbaar: kies application/json of text/csv. */
            406: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel verzoeken. */
            429: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tijdelijk niet beschikbaar (de instantie stopt, of de database is niet bereikbaar); probeer het opnieuw na Retry-After. */
            503: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    /** @description Aantal seconden waarna u het opnieuw kunt proberen. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    foutcatalogusOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De catalogus. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Foutcatalogus"];
                    "text/html": string;
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    foutOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De fout. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fout"];
                    "text/html": string;
                };
            };
            /** @description Ongeldige invoer; invalidParams noemt elk ongeldig veld. */
            400: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen fout met deze code. */
            404: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Interne fout. */
            500: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Verzoeken per minuut voor deze sleutel of dit token (RATE_LIMIT_PER_MINUUT). */
                    "RateLimit-Limit"?: string;
                    /** @description Wat daarvan in deze minuut nog over is. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconden tot de minuut om is. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    openapiOpvragen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het OpenAPI-document. */
            200: {
                headers: {
                    /** @description Volledige versie van de API (semver). */
                    "API-Version"?: string;
                    /** @description Altijd *. */
                    "access-control-allow-origin"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
}
