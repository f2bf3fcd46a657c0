// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Server {

// Vocabulary of the demo data (--seed): names, places and products from several countries,
// spelled with their own letters (ø å æ ü ß é ł ñ ō ...). UTF-8 literals.

namespace SeedVocabulary {

struct City
{
    const char *name;
    const char *state;
    const char *zip;
    double lat;
    double lng;
};

struct Country
{
    const char *name;
    const char *code; ///< ISO 3166-1 alpha-2
    const char *language; ///< preferred_language of its users
    const char *phonePrefix;
    const char *mobileLeads; ///< possible first digits of a mobile number
    int phoneDigits; ///< digits after the prefix
    int weight; ///< share of the users
    const char *const *firstNames;
    int firstNameCount;
    const char *const *lastNames;
    int lastNameCount;
    const City *cities;
    int cityCount;
    const char *const *streets;
    int streetCount;
    const char *const *domains;
    int domainCount;
};

#define SEED_COUNT(a) int(sizeof(a) / sizeof((a)[0]))

// Norway
inline const char *const noFirst[] = {"Ola", "Kari", "Øyvind", "Åse", "Bjørn", "Sigrid", "Håkon",
    "Ingrid", "Jørgen", "Solveig", "Mathias", "Nora", "Emma", "Jonas", "Ingeborg", "Tor",
    "Ragnhild", "Sondre", "Marit", "Ståle", "Tiril", "Aksel", "Frøydis", "Eirik"};
inline const char *const noLast[] = {"Nordmann", "Hansen", "Johansen", "Olsen", "Larsen",
    "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen",
    "Eriksen", "Berg", "Haugen", "Hagen", "Dahl", "Jørgensen", "Halvorsen", "Sørensen", "Lie",
    "Strøm", "Bråten", "Løkken", "Aasen", "Ødegård", "Fjær", "Sæther", "Bækken"};
inline const City noCities[] = {{"Oslo", "Oslo", "0150", 59.91, 10.75},
    {"Bergen", "Vestland", "5003", 60.39, 5.32}, {"Trondheim", "Trøndelag", "7011", 63.43, 10.39},
    {"Stavanger", "Rogaland", "4006", 58.97, 5.73}, {"Tromsø", "Troms", "9008", 69.65, 18.96},
    {"Ålesund", "Møre og Romsdal", "6002", 62.47, 6.15}, {"Bodø", "Nordland", "8006", 67.28, 14.40},
    {"Kristiansand", "Agder", "4611", 58.15, 8.00}};
inline const char *const noStreets[] = {"Karl Johans gate", "Storgata", "Kirkegata", "Bogstadveien",
    "Thorvald Meyers gate", "Øvre Slottsgate", "Skippergata", "Sjøgata", "Løkkeveien", "Åsveien"};
inline const char *const noDomains[]
    = {"online.no", "gmail.com", "hotmail.com", "outlook.com", "getmail.no"};

// Germany
inline const char *const deFirst[] = {"Lukas", "Jürgen", "Günther", "Sophie", "Marie", "Maximilian",
    "Jörg", "Käthe", "Björn", "Lena", "Fritz", "Heike", "Uwe", "Anneliese", "Grete", "Matthäus"};
inline const char *const deLast[]
    = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
        "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
        "Schwarz", "Zimmermann", "Krüger", "Hartmann", "Weiß", "Groß", "Strauß", "Köhler", "Jäger"};
inline const City deCities[] = {{"Berlin", "Berlin", "10115", 52.52, 13.40},
    {"München", "Bayern", "80331", 48.14, 11.58}, {"Hamburg", "Hamburg", "20095", 53.55, 9.99},
    {"Köln", "Nordrhein-Westfalen", "50667", 50.94, 6.96},
    {"Frankfurt am Main", "Hessen", "60311", 50.11, 8.68},
    {"Düsseldorf", "Nordrhein-Westfalen", "40213", 51.23, 6.77},
    {"Leipzig", "Sachsen", "04109", 51.34, 12.37}};
inline const char *const deStreets[]
    = {"Hauptstraße", "Schillerstraße", "Goethestraße", "Osloer Straße", "Bahnhofstraße",
        "Friedrichstraße", "Königsallee", "Lindenstraße", "Müllerstraße"};
inline const char *const deDomains[] = {"web.de", "gmx.de", "t-online.de", "gmail.com"};

// Spain
inline const char *const esFirst[] = {"José", "María", "Iñigo", "Núria", "Lucía", "Álvaro", "Sofía",
    "Jesús", "Begoña", "Martín", "Inés", "Joaquín", "Raúl", "Ángela"};
inline const char *const esLast[] = {"García", "Fernández", "González", "Rodríguez", "López",
    "Martínez", "Sánchez", "Pérez", "Gómez", "Jiménez", "Ruiz", "Hernández", "Díaz", "Muñoz",
    "Álvarez", "Romero", "Núñez", "Peña", "Ibáñez", "Castaño", "Ortuño"};
inline const City esCities[] = {{"Madrid", "Madrid", "28013", 40.42, -3.70},
    {"Barcelona", "Cataluña", "08002", 41.39, 2.17},
    {"Valencia", "Comunidad Valenciana", "46002", 39.47, -0.38},
    {"Sevilla", "Andalucía", "41004", 37.39, -5.99},
    {"Bilbao", "País Vasco", "48001", 43.26, -2.93}, {"Málaga", "Andalucía", "29015", 36.72, -4.42},
    {"A Coruña", "Galicia", "15001", 43.37, -8.40}};
inline const char *const esStreets[] = {"Calle Mayor", "Gran Vía", "Calle de Alcalá",
    "Passeig de Gràcia", "Calle Larios", "Avenida de la Constitución", "Calle del Príncipe"};
inline const char *const esDomains[] = {"gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"};

// Poland
inline const char *const plFirst[] = {"Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Krzysztof",
    "Katarzyna", "Michał", "Zofia", "Wojciech", "Józef", "Bożena", "Grażyna", "Jędrzej", "Ewa"};
inline const char *const plLast[] = {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk",
    "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski",
    "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Grabowski", "Pawłowski", "Michalski", "Król",
    "Wieczorek", "Jabłoński", "Wróbel", "Zając"};
inline const City plCities[] = {{"Warszawa", "mazowieckie", "00-001", 52.23, 21.01},
    {"Kraków", "małopolskie", "31-001", 50.06, 19.94}, {"Łódź", "łódzkie", "90-001", 51.76, 19.46},
    {"Wrocław", "dolnośląskie", "50-001", 51.11, 17.03},
    {"Poznań", "wielkopolskie", "60-001", 52.41, 16.93},
    {"Gdańsk", "pomorskie", "80-001", 54.35, 18.65}};
inline const char *const plStreets[] = {"ulica Marszałkowska", "ulica Floriańska",
    "ulica Piotrkowska", "ulica Świętojańska", "Aleje Jerozolimskie", "ulica Długa"};
inline const char *const plDomains[] = {"wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"};

// Japan (romanized)
inline const char *const jpFirst[] = {"Haruto", "Yūto", "Sōta", "Yui", "Aoi", "Hinata", "Kenji",
    "Sakura", "Takeshi", "Yūki", "Ryō", "Kōki", "Mei", "Rin"};
inline const char *const jpLast[] = {"Satō", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Itō",
    "Yamamoto", "Nakamura", "Kobayashi", "Katō", "Yoshida", "Yamada", "Sasaki", "Matsumoto",
    "Inoue", "Kimura", "Saitō", "Ōta", "Kōno"};
inline const City jpCities[] = {{"Tōkyō", "Tōkyō-to", "100-0001", 35.68, 139.76},
    {"Ōsaka", "Ōsaka-fu", "530-0001", 34.69, 135.50},
    {"Kyōto", "Kyōto-fu", "600-8001", 35.01, 135.77},
    {"Yokohama", "Kanagawa", "220-0011", 35.44, 139.64},
    {"Sapporo", "Hokkaidō", "060-0001", 43.06, 141.35},
    {"Fukuoka", "Fukuoka", "810-0001", 33.59, 130.40}};
inline const char *const jpStreets[]
    = {"Chūō-dōri", "Omotesandō", "Meiji-dōri", "Shijō-dōri", "Midōsuji", "Ginza 4-chōme"};
inline const char *const jpDomains[] = {"gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"};

// Sweden
inline const char *const seFirst[] = {"Åsa", "Björn", "Märta", "Göran", "Linnéa", "Måns", "Astrid",
    "Sven", "Ebba", "Oskar", "Elsa", "Axel"};
inline const char *const seLast[] = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
    "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Jönsson", "Lindström", "Åberg",
    "Öberg", "Hägglund", "Sjöberg", "Ström"};
inline const City seCities[] = {{"Stockholm", "Stockholms län", "111 20", 59.33, 18.07},
    {"Göteborg", "Västra Götaland", "411 03", 57.71, 11.97},
    {"Malmö", "Skåne", "211 20", 55.60, 13.00}, {"Uppsala", "Uppsala län", "753 20", 59.86, 17.64},
    {"Örebro", "Örebro län", "702 10", 59.27, 15.21}};
inline const char *const seStreets[]
    = {"Drottninggatan", "Kungsgatan", "Storgatan", "Götgatan", "Södra Förstadsgatan", "Vasagatan"};
inline const char *const seDomains[] = {"telia.com", "gmail.com", "hotmail.se", "bredband.net"};

// Denmark
inline const char *const dkFirst[] = {"Søren", "Mette", "Jørgen", "Frederik", "Ida", "Mads",
    "Freja", "Rasmus", "Signe", "Bjørn", "Anne", "Ærling"};
inline const char *const dkLast[] = {"Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen",
    "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen",
    "Kristensen", "Møller", "Østergaard", "Kjær", "Bæk"};
inline const City dkCities[] = {{"København", "Hovedstaden", "1050", 55.68, 12.57},
    {"Aarhus", "Midtjylland", "8000", 56.16, 10.20}, {"Odense", "Syddanmark", "5000", 55.40, 10.39},
    {"Aalborg", "Nordjylland", "9000", 57.05, 9.92}};
inline const char *const dkStreets[]
    = {"Strøget", "Nørrebrogade", "Vesterbrogade", "Østergade", "Søndergade", "Åboulevarden"};
inline const char *const dkDomains[] = {"mail.dk", "gmail.com", "jubii.dk", "outlook.dk"};

// United Kingdom
inline const char *const gbFirst[] = {"Oliver", "Amelia", "Harry", "Isla", "George", "Olivia",
    "Jack", "Emily", "Charlotte", "William", "Siobhan", "Niamh"};
inline const char *const gbLast[]
    = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
        "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "O'Brien", "McDonald"};
inline const City gbCities[] = {{"London", "England", "SW1A 1AA", 51.50, -0.13},
    {"Manchester", "England", "M1 1AE", 53.48, -2.24},
    {"Edinburgh", "Scotland", "EH1 1YZ", 55.95, -3.19},
    {"Bristol", "England", "BS1 4DJ", 51.45, -2.59},
    {"Cardiff", "Wales", "CF10 1EP", 51.48, -3.18}};
inline const char *const gbStreets[] = {
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Baker Street"};
inline const char *const gbDomains[]
    = {"btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com"};

// United States
inline const char *const usFirst[] = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer",
    "Michael", "Linda", "Cynthia", "Craig", "Zoë", "José"};
inline const char *const usLast[] = {"Anderson", "Davis", "Williams", "Burke", "Bryan", "Miller",
    "Wilson", "Moore", "Taylor", "Thomas", "Jackson", "Martin", "Lee", "Thompson", "García"};
inline const City usCities[] = {{"New York", "NY", "10001", 40.75, -73.99},
    {"San Francisco", "CA", "94103", 37.77, -122.42}, {"Chicago", "IL", "60601", 41.88, -87.62},
    {"Austin", "TX", "78701", 30.27, -97.74}, {"Seattle", "WA", "98101", 47.61, -122.33},
    {"Rancho Cordova", "CA", "95670", 38.59, -121.29}};
inline const char *const usStreets[]
    = {"Main Street", "Olson Drive", "Broadway", "Market Street", "Elm Street", "Maple Avenue"};
inline const char *const usDomains[]
    = {"gmail.com", "yahoo.com", "icloud.com", "aol.com", "outlook.com"};

// France
inline const char *const frFirst[] = {"Élodie", "François", "Chloé", "Hélène", "Jérôme", "Zoé",
    "Benoît", "Céline", "Gaëlle", "Noël", "Léa", "Théo"};
inline const char *const frLast[] = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
    "Petit", "Durand", "Leroy", "Moreau", "Lefèvre", "Girard", "Bonnet", "Dupont", "Lambert",
    "Fontaine", "Rousseau", "Guérin"};
inline const City frCities[] = {{"Paris", "Île-de-France", "75001", 48.86, 2.35},
    {"Lyon", "Auvergne-Rhône-Alpes", "69001", 45.76, 4.84},
    {"Marseille", "Provence-Alpes-Côte d'Azur", "13001", 43.30, 5.37},
    {"Toulouse", "Occitanie", "31000", 43.60, 1.44},
    {"Nantes", "Pays de la Loire", "44000", 47.22, -1.55}};
inline const char *const frStreets[] = {"rue de Rivoli", "avenue des Champs-Élysées",
    "rue de la République", "boulevard Saint-Germain", "place Bellecour"};
inline const char *const frDomains[]
    = {"orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"};

#define SEED_COUNTRY(name, code, lang, prefix, leads, digits, weight, p)                           \
    {                                                                                              \
        name, code, lang, prefix, leads, digits, weight, p##First, SEED_COUNT(p##First), p##Last,  \
            SEED_COUNT(p##Last), p##Cities, SEED_COUNT(p##Cities), p##Streets,                     \
            SEED_COUNT(p##Streets), p##Domains, SEED_COUNT(p##Domains)                             \
    }

inline const Country countries[] = {
    SEED_COUNTRY("Norway", "NO", "nb", "+47", "49", 8, 30, no),
    SEED_COUNTRY("Sweden", "SE", "sv", "+46", "7", 9, 10, se),
    SEED_COUNTRY("Denmark", "DK", "da", "+45", "2345", 8, 8, dk),
    SEED_COUNTRY("Germany", "DE", "de", "+49", "1", 11, 12, de),
    SEED_COUNTRY("Spain", "ES", "es", "+34", "67", 9, 8, es),
    SEED_COUNTRY("Poland", "PL", "pl", "+48", "5678", 9, 8, pl),
    SEED_COUNTRY("Japan", "JP", "ja", "+81", "789", 10, 6, jp),
    SEED_COUNTRY("United Kingdom", "GB", "en", "+44", "7", 10, 7, gb),
    SEED_COUNTRY("United States", "US", "en", "+1", "23456789", 10, 7, us),
    SEED_COUNTRY("France", "FR", "fr", "+33", "67", 9, 6, fr),
};
inline constexpr int countryCount = SEED_COUNT(countries);

#undef SEED_COUNTRY

struct Tag
{
    const char *name;
    int percent; ///< share of users that carry it
};
inline const Tag tags[] = {{"newsletter", 35}, {"loyalty-silver", 10}, {"vip", 8}, {"gift-card", 7},
    {"churn-risk", 6}, {"student", 6}, {"wholesale", 4}, {"b2b", 5}, {"loyalty-gold", 5},
    {"beta-tester", 3}, {"returns-frequent", 3}, {"influencer", 2}, {"press", 1}, {"staff", 1},
    {"fraud-review", 1}};

inline const char *const titles[] = {"Mr", "Ms", "Mrs", "Dr", "Prof", "Mx", ""};

inline const char *const notes[] = {"Prefers delivery after 16:00.",
    "Called about a late delivery; offered a 10% voucher.",
    "Allergic to nuts: check gift baskets before shipping.", "Wants invoices by email only.",
    "VIP: handle with priority.", "Asked to be removed from SMS marketing.",
    "Customer since the pop-up store in Bergen.", "Prefers Spanish on the phone.",
    "Disputed a charge in March; resolved, no action needed.",
    "Leave parcels with the neighbour in 2B.", "Buys for a café; ask about a wholesale account.",
    "Zwei Bestellungen zusammen liefern, bitte."};

inline const char *const bios[] = {"Coffee enthusiast and hobby baker.",
    "Runs a small design studio in the city centre.", "Collector of Scandinavian ceramics.",
    "Marathon runner, tea drinker.", "Chef at a family restaurant.", "Ich liebe gutes Werkzeug.",
    "Amante del café de especialidad.", "Hjemmebaker og turgåer."};

struct Product
{
    const char *name;
    double priceNok;
    double vat;
};
inline const Product products[] = {{"Espresso beans 500 g", 129.0, 0.15},
    {"Ceramic mug", 199.0, 0.25}, {"Linen apron", 349.0, 0.25}, {"Gift card 500 NOK", 500.0, 0.0},
    {"Wool socks", 149.0, 0.25}, {"Cast iron pan", 899.0, 0.25}, {"Coffee grinder", 1499.0, 0.25},
    {"Tea sampler", 249.0, 0.15}, {"Cutting board, oak", 449.0, 0.25}, {"Knife set", 1999.0, 0.25},
    {"Birch candle", 99.0, 0.25}, {"Notebook A5", 89.0, 0.25}, {"Pour-over kettle", 699.0, 0.25},
    {"Dark chocolate 70%", 59.0, 0.15}, {"Olive oil 500 ml", 159.0, 0.15},
    {"Subscription box", 399.0, 0.25}, {"Delivery fee", 79.0, 0.25},
    {"Brødkurv i bjørk", 279.0, 0.25}, {"Küchenwaage", 329.0, 0.25},
    {"Café de Colombia 1 kg", 289.0, 0.15}};

struct Currency
{
    const char *code;
    double perNok;
    int weight;
};
inline const Currency currencies[] = {{"NOK", 1.0, 45}, {"EUR", 0.087, 20}, {"SEK", 0.98, 10},
    {"DKK", 0.65, 8}, {"USD", 0.094, 10}, {"GBP", 0.074, 7}};

struct Plan
{
    const char *name;
    double priceNok;
    int months;
};
inline const Plan plans[] = {{"Coffee club, monthly", 299.0, 1}, {"Tea of the month", 199.0, 1},
    {"Premium membership, yearly", 990.0, 12}, {"Flowers every other week", 449.0, 1},
    {"Wine club, quarterly", 699.0, 3}};
inline const char *const planDescriptions[]
    = {"A bag of freshly roasted beans every month, ground or whole.",
        "Three loose-leaf teas a month, with brewing notes.",
        "Free delivery, early access to sales and a yearly gift.",
        "A seasonal bouquet every other week, billed monthly.",
        "Three bottles chosen by our sommelier every quarter."};
// A plan no longer sold (seeded deleted).
inline const Plan retiredPlan = {"Cheese of the month", 349.0, 1};

// Why a card payment failed, as the payment processor words it.
struct Decline
{
    const char *code;
    const char *message;
};
inline const Decline declines[] = {{"card_declined", "Your card was declined."},
    {"insufficient_funds", "Your card has insufficient funds."},
    {"expired_card", "Your card has expired."},
    {"incorrect_cvc", "Your card's security code is incorrect."},
    {"processing_error",
        "An error occurred while processing your card. Try again in a little bit."},
    {"authentication_required",
        "Your card was declined. This transaction requires authentication."},
    {"lost_card", "Your card was declined: it has been reported lost."}};

} // namespace SeedVocabulary

} // namespace Server
