using System.Globalization;
using Cfc.Sdk.Matching.Analysis;
using Cfc.Sdk.Network;

namespace Cfc.Sdk.Benchmarks.Corpus;

/// <summary>
/// The vocabulary the multilingual corpus writes one language's issues with: general words of local youth policy in
/// the order of how often they occur (function words among them, as in real text), nouns that make the language's
/// compounds or two-word terms, inflection endings, syllables of place names, and its members' codes.
/// </summary>
internal sealed record CorpusLanguage(
    string Tag,
    string[] General,
    string[] Nouns,
    bool Compounds,
    string[] Suffixes,
    string[] Syllables,
    Func<int, MemberCode> Member)
{
    /// <summary>Dutch, with the vocabulary of the Dutch synthetic corpus.</summary>
    public static CorpusLanguage Dutch { get; } = new(
        LanguageTag.Dutch,
        SyntheticCorpus.General,
        SyntheticCorpus.Nouns,
        Compounds: true,
        SyntheticCorpus.Suffixes,
        SyntheticCorpus.Syllables,
        i => MemberCode.Parse(string.Create(CultureInfo.InvariantCulture, $"GM{(i * 7) + 1:D4}")));

    /// <summary>English, members in England (ONS GSS codes).</summary>
    public static CorpusLanguage English { get; } = new(
        LanguageTag.English,
        [
            "the", "children", "young", "people", "and", "of", "to", "in", "council", "parents", "school", "schools", "a", "for",
            "is", "are", "not", "with", "local", "area", "families", "support", "services", "more", "many", "often", "staff",
            "teachers", "partners", "want", "need", "report", "tell", "us", "we", "they", "this", "year", "months", "time",
            "plan", "policy", "budget", "funding", "pilot", "project", "network", "information", "meeting", "experience",
            "problem", "problems", "solution", "place", "places", "offer", "reach", "home", "primary", "secondary", "residents",
            "councillors", "officers", "future", "chances", "figures", "survey", "research", "signals", "concerns", "prevention",
            "joint", "approach", "agreement", "initiative", "grant", "together", "new", "big", "small", "good", "own", "long",
            "quickly", "later", "earlier", "really", "mainly", "also", "still", "neighbourhood", "town", "region", "group", "age",
        ],
        [
            "youth", "child", "school", "family", "parent", "street", "park", "play", "sport", "club", "team", "centre", "community",
            "health", "care", "money", "work", "home", "house", "road", "traffic", "bike", "square", "garden", "library", "reading",
            "language", "evening", "week", "holiday", "village", "class", "lesson", "project", "support", "advice", "safety", "route",
            "zone", "hub",
        ],
        Compounds: false,
        ["s", "ing", "ed", "er"],
        ["ash", "ford", "ham", "ton", "bury", "wick", "ley", "field", "brook", "stoke", "worth", "by", "mouth", "well", "hurst", "dale", "combe", "shaw", "mere", "cester"],
        i => MemberCode.Parse(string.Create(CultureInfo.InvariantCulture, $"GB-E{8000001 + i:D8}")));

    /// <summary>German, members in Germany (AGS).</summary>
    public static CorpusLanguage German { get; } = new(
        LanguageTag.German,
        [
            "die", "der", "und", "Kinder", "Jugendliche", "in", "den", "Eltern", "Schule", "Schulen", "nicht", "mit", "für", "Stadt",
            "Gemeinde", "es", "sich", "auf", "werden", "viele", "oft", "immer", "mehr", "Fachkräfte", "Lehrkräfte", "Träger",
            "wollen", "fehlt", "berichten", "melden", "wir", "sie", "das", "Jahr", "Monate", "Zeit", "Plan", "Konzept", "Haushalt",
            "Förderung", "Projekt", "Netzwerk", "Informationen", "Gespräch", "Erfahrung", "Problem", "Probleme", "Lösung", "Ort",
            "Orte", "Angebot", "Angebote", "zuhause", "Grundschule", "weiterführende", "Bürger", "Stadtrat", "Verwaltung", "Zukunft",
            "Chancen", "Folgen", "Zahlen", "Befragung", "Studie", "Hinweise", "Sorgen", "niedrigschwellig", "Prävention",
            "gemeinsam", "Vereinbarung", "Initiative", "Zuschuss", "neue", "große", "kleine", "gute", "eigene", "lange", "schnell",
            "später", "früher", "wirklich", "vor", "allem", "auch", "noch", "Stadtteil", "Viertel", "Kreis", "Gruppe", "Alter",
        ],
        [
            "Schul", "Jugend", "Kinder", "Familien", "Eltern", "Straßen", "Park", "Spiel", "Sport", "Verein", "Team", "Zentrum",
            "Stadtteil", "Gesundheits", "Pflege", "Geld", "Arbeits", "Haus", "Wohn", "Verkehrs", "Rad", "Platz", "Garten",
            "Bücherei", "Lese", "Sprach", "Abend", "Wochen", "Ferien", "Dorf", "Klassen", "Unterrichts", "Projekt", "Hilfe",
            "Beratungs", "Sicherheits", "Weg", "Zonen", "Treff", "Raum",
        ],
        Compounds: true,
        ["e", "en", "er", "s", "ung", "chen"],
        ["berg", "burg", "dorf", "hausen", "heim", "feld", "bach", "stadt", "au", "wald", "rode", "ingen", "see", "brück", "kirch", "stein", "hof", "lin", "tal", "weiler"],
        i => MemberCode.Parse(string.Create(CultureInfo.InvariantCulture, $"DE-{5315000 + (i * 1000):D8}")));

    /// <summary>French, members in France (INSEE).</summary>
    public static CorpusLanguage French { get; } = new(
        LanguageTag.French,
        [
            "les", "de", "enfants", "jeunes", "la", "et", "des", "parents", "école", "écoles", "le", "à", "en", "commune", "ville",
            "ne", "pas", "pour", "avec", "sur", "quartier", "familles", "souvent", "plus", "beaucoup", "professionnels",
            "enseignants", "partenaires", "veulent", "signalent", "constatent", "nous", "ils", "cette", "année", "mois", "temps",
            "plan", "politique", "budget", "financement", "projet", "réseau", "information", "rencontre", "expérience", "problème",
            "problèmes", "solution", "lieu", "lieux", "offre", "accès", "maison", "primaire", "collège", "habitants", "élus",
            "agents", "avenir", "chances", "chiffres", "enquête", "étude", "signaux", "inquiétudes", "prévention", "ensemble",
            "démarche", "convention", "initiative", "subvention", "nouveau", "nouvelle", "grand", "petit", "bon", "propre",
            "longtemps", "vite", "plus tard", "avant", "vraiment", "surtout", "aussi", "encore", "territoire", "région", "groupe", "âge",
        ],
        [
            "jeunesse", "enfance", "école", "famille", "parents", "rue", "parc", "jeu", "sport", "club", "équipe", "centre",
            "quartier", "santé", "soins", "argent", "travail", "maison", "logement", "route", "vélo", "place", "jardin",
            "médiathèque", "lecture", "langue", "soirée", "semaine", "vacances", "village", "classe", "cours", "projet", "aide",
            "conseil", "sécurité", "chemin", "zone", "accueil", "espace",
        ],
        Compounds: false,
        ["s", "e", "es", "ment", "tion"],
        ["ville", "mont", "bourg", "court", "lieu", "val", "sur", "saint", "roche", "fontaine", "bois", "champ", "pré", "nay", "ac", "ière", "lès", "château", "neuf", "vieux"],
        i => MemberCode.Parse(string.Create(CultureInfo.InvariantCulture, $"FR-{75001 + i:D5}")));

    /// <summary>Spanish, members in Spain (INE).</summary>
    public static CorpusLanguage Spanish { get; } = new(
        LanguageTag.Spanish,
        [
            "los", "de", "niños", "jóvenes", "la", "y", "las", "familias", "colegio", "colegios", "el", "en", "a", "ayuntamiento",
            "municipio", "no", "para", "con", "por", "barrio", "padres", "a menudo", "más", "muchos", "profesionales", "docentes",
            "entidades", "quieren", "señalan", "detectan", "nosotros", "ellos", "este", "año", "meses", "tiempo", "plan",
            "política", "presupuesto", "financiación", "proyecto", "red", "información", "reunión", "experiencia", "problema",
            "problemas", "solución", "lugar", "lugares", "oferta", "acceso", "casa", "primaria", "secundaria", "vecinos",
            "concejales", "técnicos", "futuro", "oportunidades", "datos", "encuesta", "estudio", "señales", "preocupación",
            "prevención", "juntos", "enfoque", "acuerdo", "iniciativa", "subvención", "nuevo", "nueva", "grande", "pequeño",
            "bueno", "propio", "largo", "rápido", "después", "antes", "realmente", "sobre todo", "también", "todavía", "distrito",
            "comarca", "grupo", "edad",
        ],
        [
            "juventud", "infancia", "escuela", "familia", "padres", "calle", "parque", "juego", "deporte", "club", "equipo",
            "centro", "barrio", "salud", "cuidados", "dinero", "trabajo", "casa", "vivienda", "camino", "bici", "plaza", "jardín",
            "biblioteca", "lectura", "idioma", "tarde", "semana", "vacaciones", "pueblo", "clase", "curso", "proyecto", "ayuda",
            "consejo", "seguridad", "ruta", "zona", "acogida", "espacio",
        ],
        Compounds: false,
        ["s", "es", "a", "os", "ción", "mente"],
        ["villa", "nueva", "rio", "monte", "san", "sierra", "torre", "val", "alta", "del", "campo", "puente", "real", "mar", "fuente", "llano", "rubio", "olmo", "vega", "ejo"],
        i => MemberCode.Parse(string.Create(CultureInfo.InvariantCulture, $"ES-{28001 + i:D5}")));

    /// <summary>The five languages of the multilingual corpus.</summary>
    public static IReadOnlyList<CorpusLanguage> All { get; } = [Dutch, English, German, French, Spanish];

    /// <summary>A compound of two nouns (Dutch, German) or a two-word term (the others), optionally inflected.</summary>
    public string Compound(Random random, bool inflect)
    {
        var first = Nouns[random.Next(Nouns.Length)];
        var second = Nouns[random.Next(Nouns.Length)];
        var joined = Compounds ? first + second.ToLowerInvariant() : first + " " + second;
        return inflect ? joined + Suffixes[random.Next(Suffixes.Length)] : joined;
    }
}
