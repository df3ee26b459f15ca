using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cfc.Sdk.Languages;

namespace Cfc.Sdk.Rights;

/// <summary>
/// An article of the UN Convention on the Rights of the Child (CRC), numbered 1 to 54,
/// with its short title in English, Dutch, German, French and Spanish.
/// </summary>
/// <remarks>
/// Two values are equal when they name the same article. The default value is not a valid
/// article (its <see cref="Number"/> is 0, its text the empty string, its JSON <c>0</c>, which JSON reads back as the
/// default value; the types that hold articles refuse it); obtain values through <see cref="FromNumber"/>,
/// <see cref="Parse"/> or the named properties such as <see cref="NonDiscrimination"/>.
/// The text form is the article number, <c>"27"</c>; JSON writes the number, and the text as a dictionary key.
/// </remarks>
[JsonConverter(typeof(Converter))]
public readonly struct CrcArticle : IEquatable<CrcArticle>, IComparable<CrcArticle>, ISpanFormattable
{
    /// <summary>The number of the first article.</summary>
    public const int First = 1;

    /// <summary>The number of the last article.</summary>
    public const int Last = 54;

    private static readonly LocalizedText[] s_titles =
    [
        Titled("Definition of the child", "Definitie van een kind", "Definition des Kindes", "Définition de l'enfant", "Definición de niño"),
        Titled("Non-discrimination", "Non-discriminatie", "Nichtdiskriminierung", "Non-discrimination", "No discriminación"),
        Titled("Best interests of the child", "Belang van het kind", "Wohl des Kindes", "Intérêt supérieur de l'enfant", "Interés superior del niño"),
        Titled("Implementation of the Convention", "Uitvoering van de rechten", "Verwirklichung der Kinderrechte", "Mise en œuvre des droits", "Aplicación de los derechos"),
        Titled("Parental guidance and the child's evolving capacities", "Begeleiding door ouders", "Elterliche Führung und sich entwickelnde Fähigkeiten des Kindes", "Orientation parentale et développement des capacités de l'enfant", "Dirección y orientación de los padres"),
        Titled("Life, survival and development", "Recht op leven en ontwikkeling", "Leben, Überleben und Entwicklung", "Vie, survie et développement", "Vida, supervivencia y desarrollo"),
        Titled("Birth registration, name, nationality and care", "Registratie, naam en nationaliteit", "Geburtsregister, Name und Staatsangehörigkeit", "Enregistrement de la naissance, nom et nationalité", "Registro, nombre y nacionalidad"),
        Titled("Protection and preservation of identity", "Behoud van identiteit", "Schutz der Identität", "Préservation de l'identité", "Preservación de la identidad"),
        Titled("Separation from parents", "Scheiding van ouders", "Trennung von den Eltern", "Séparation d'avec les parents", "Separación de los padres"),
        Titled("Family reunification", "Gezinshereniging", "Familienzusammenführung", "Réunification familiale", "Reunificación familiar"),
        Titled("Abduction and non-return of children", "Ontvoering naar het buitenland", "Rechtswidrige Verbringung ins Ausland", "Déplacements et non-retours illicites", "Traslados y retenciones ilícitos"),
        Titled("Respect for the views of the child", "Mening van het kind", "Berücksichtigung der Meinung des Kindes", "Respect de l'opinion de l'enfant", "Respeto de la opinión del niño"),
        Titled("Freedom of expression", "Vrijheid van meningsuiting", "Meinungs- und Informationsfreiheit", "Liberté d'expression", "Libertad de expresión"),
        Titled("Freedom of thought, belief and religion", "Vrijheid van gedachte, geweten en godsdienst", "Gedanken-, Gewissens- und Religionsfreiheit", "Liberté de pensée, de conscience et de religion", "Libertad de pensamiento, de conciencia y de religión"),
        Titled("Freedom of association", "Vrijheid van vereniging", "Vereinigungs- und Versammlungsfreiheit", "Liberté d'association", "Libertad de asociación"),
        Titled("Right to privacy", "Bescherming van de privacy", "Schutz der Privatsphäre", "Protection de la vie privée", "Protección de la vida privada"),
        Titled("Access to information from the media", "Toegang tot informatie", "Zugang zu Informationen und Medien", "Accès à l'information", "Acceso a la información"),
        Titled("Parental responsibilities and state assistance", "Verantwoordelijkheid van ouders", "Verantwortung der Eltern und staatliche Hilfe", "Responsabilité des parents et aide de l'État", "Responsabilidad de los padres y asistencia del Estado"),
        Titled("Protection from violence, abuse and neglect", "Bescherming tegen geweld, misbruik en verwaarlozing", "Schutz vor Gewalt, Misshandlung und Verwahrlosung", "Protection contre la violence, les mauvais traitements et la négligence", "Protección contra los malos tratos, el abuso y el descuido"),
        Titled("Children unable to live with their family", "Kinderen zonder gezin", "Kinder ohne familiäre Umgebung", "Enfants privés de leur milieu familial", "Niños privados de su medio familiar"),
        Titled("Adoption", "Adoptie", "Adoption", "Adoption", "Adopción"),
        Titled("Refugee children", "Vluchtelingenkinderen", "Flüchtlingskinder", "Enfants réfugiés", "Niños refugiados"),
        Titled("Children with a disability", "Kinderen met een handicap", "Kinder mit Behinderung", "Enfants handicapés", "Niños con discapacidad"),
        Titled("Health and health services", "Gezondheidszorg", "Gesundheit und Gesundheitsdienste", "Santé et services médicaux", "Salud y servicios sanitarios"),
        Titled("Review of treatment in care", "Periodieke evaluatie van plaatsing", "Überprüfung der Unterbringung", "Examen périodique du placement", "Examen periódico del internamiento"),
        Titled("Social security", "Sociale zekerheid", "Soziale Sicherheit", "Sécurité sociale", "Seguridad social"),
        Titled("Adequate standard of living", "Levensstandaard", "Angemessener Lebensstandard", "Niveau de vie suffisant", "Nivel de vida adecuado"),
        Titled("Right to education", "Recht op onderwijs", "Recht auf Bildung", "Droit à l'éducation", "Derecho a la educación"),
        Titled("Goals of education", "Doelstellingen van het onderwijs", "Bildungsziele", "Objectifs de l'éducation", "Objetivos de la educación"),
        Titled("Children of minorities or indigenous groups", "Kinderen van minderheden", "Kinder von Minderheiten und indigenen Völkern", "Enfants de minorités ou de populations autochtones", "Niños de minorías o pueblos indígenas"),
        Titled("Leisure, play and culture", "Vrije tijd, spel en cultuur", "Freizeit, Spiel und Kultur", "Loisirs, jeux et activités culturelles", "Esparcimiento, juego y actividades culturales"),
        Titled("Child labour", "Kinderarbeid", "Schutz vor wirtschaftlicher Ausbeutung", "Travail des enfants", "Trabajo infantil"),
        Titled("Drug abuse", "Drugs", "Schutz vor Suchtstoffen", "Usage de drogues", "Uso indebido de drogas"),
        Titled("Sexual exploitation", "Seksuele uitbuiting", "Schutz vor sexueller Ausbeutung", "Exploitation sexuelle", "Explotación sexual"),
        Titled("Abduction, sale and trafficking", "Ontvoering en kinderhandel", "Entführung, Kinderhandel und Verkauf", "Enlèvement, vente et traite d'enfants", "Secuestro, venta y trata"),
        Titled("Other forms of exploitation", "Andere vormen van uitbuiting", "Schutz vor sonstiger Ausbeutung", "Autres formes d'exploitation", "Otras formas de explotación"),
        Titled("Inhumane treatment and detention", "Marteling en vrijheidsberoving", "Verbot der Folter und Freiheitsentziehung", "Torture et privation de liberté", "Tortura y privación de libertad"),
        Titled("War and armed conflicts", "Gewapende conflicten", "Bewaffnete Konflikte", "Conflits armés", "Conflictos armados"),
        Titled("Recovery and rehabilitation of child victims", "Herstel en re-integratie", "Genesung und Wiedereingliederung", "Réadaptation et réinsertion", "Recuperación y reintegración"),
        Titled("Juvenile justice", "Jeugdstrafrecht", "Jugendstrafrecht", "Justice pour mineurs", "Justicia de menores"),
        Titled("Respect for higher national standards", "Hogere standaarden", "Weitergehende innerstaatliche Bestimmungen", "Respect des normes plus favorables", "Respeto de las normas más favorables"),
        Titled("Knowledge of rights", "Bekendheid van het verdrag", "Bekanntmachung der Kinderrechte", "Diffusion de la Convention", "Difusión de la Convención"),
        Titled("Committee on the Rights of the Child", "Comité voor de Rechten van het Kind", "Ausschuss für die Rechte des Kindes", "Comité des droits de l'enfant", "Comité de los Derechos del Niño"),
        Titled("Reports by States Parties", "Rapportage door staten", "Berichtspflicht der Vertragsstaaten", "Rapports des États parties", "Informes de los Estados partes"),
        Titled("Cooperation with the Committee", "Samenwerking met het Comité", "Zusammenarbeit mit dem Ausschuss", "Coopération avec le Comité", "Cooperación con el Comité"),
        Titled("Signature", "Ondertekening", "Unterzeichnung", "Signature", "Firma"),
        Titled("Ratification", "Bekrachtiging", "Ratifikation", "Ratification", "Ratificación"),
        Titled("Accession", "Toetreding", "Beitritt", "Adhésion", "Adhesión"),
        Titled("Entry into force", "Inwerkingtreding", "Inkrafttreten", "Entrée en vigueur", "Entrada en vigor"),
        Titled("Amendments", "Wijzigingen", "Änderungen", "Amendements", "Enmiendas"),
        Titled("Reservations", "Voorbehouden", "Vorbehalte", "Réserves", "Reservas"),
        Titled("Denunciation", "Opzegging", "Kündigung", "Dénonciation", "Denuncia"),
        Titled("Depositary", "Depositaris", "Verwahrer", "Dépositaire", "Depositario"),
        Titled("Authentic texts", "Authentieke teksten", "Verbindliche Wortlaute", "Textes faisant foi", "Textos auténticos"),
    ];

    private readonly byte _number;

    private CrcArticle(int number) => _number = (byte)number;

    /// <summary>The article number, 1 to 54; 0 for the default value.</summary>
    public int Number => _number;

    /// <summary>
    /// The article's short title in English (the default language), Dutch, German, French and Spanish. The Convention's
    /// articles have no official headings: these are the short titles summaries of the Convention use, in UNICEF's manner.
    /// </summary>
    /// <exception cref="InvalidOperationException">This is the default value, which names no article.</exception>
    public LocalizedText Title => _number == 0
        ? throw new InvalidOperationException("The default CrcArticle names no article.")
        : s_titles[_number - 1];

    /// <summary>The article's short title in English.</summary>
    /// <exception cref="InvalidOperationException">This is the default value, which names no article.</exception>
    public string EnglishTitle => Title.For("en");

    /// <summary>The article's short title in Dutch.</summary>
    /// <exception cref="InvalidOperationException">This is the default value, which names no article.</exception>
    public string DutchTitle => Title.For("nl");

    /// <summary>Whether the article is one of the four general principles (articles 2, 3, 6 and 12).</summary>
    public bool IsGeneralPrinciple => _number is 2 or 3 or 6 or 12;

    /// <summary>Article 2: non-discrimination (a general principle).</summary>
    public static CrcArticle NonDiscrimination => new(2);

    /// <summary>Article 3: the best interests of the child (a general principle).</summary>
    public static CrcArticle BestInterests => new(3);

    /// <summary>Article 6: life, survival and development (a general principle).</summary>
    public static CrcArticle LifeSurvivalAndDevelopment => new(6);

    /// <summary>Article 12: respect for the views of the child (a general principle).</summary>
    public static CrcArticle ViewsOfTheChild => new(12);

    /// <summary>Article 13: freedom of expression.</summary>
    public static CrcArticle FreedomOfExpression => new(13);

    /// <summary>Article 15: freedom of association.</summary>
    public static CrcArticle FreedomOfAssociation => new(15);

    /// <summary>Article 17: access to information.</summary>
    public static CrcArticle AccessToInformation => new(17);

    /// <summary>Article 19: protection from violence, abuse and neglect.</summary>
    public static CrcArticle ProtectionFromViolence => new(19);

    /// <summary>Article 20: children unable to live with their family.</summary>
    public static CrcArticle ChildrenWithoutFamily => new(20);

    /// <summary>Article 23: children with a disability.</summary>
    public static CrcArticle ChildrenWithDisability => new(23);

    /// <summary>Article 24: health and health services.</summary>
    public static CrcArticle Health => new(24);

    /// <summary>Article 25: review of treatment in care.</summary>
    public static CrcArticle ReviewOfTreatment => new(25);

    /// <summary>Article 26: social security.</summary>
    public static CrcArticle SocialSecurity => new(26);

    /// <summary>Article 27: adequate standard of living.</summary>
    public static CrcArticle StandardOfLiving => new(27);

    /// <summary>Article 28: the right to education, including regular attendance (28(1)(e)).</summary>
    public static CrcArticle Education => new(28);

    /// <summary>Article 29: the goals of education.</summary>
    public static CrcArticle GoalsOfEducation => new(29);

    /// <summary>Article 31: leisure, play and culture.</summary>
    public static CrcArticle PlayAndLeisure => new(31);

    /// <summary>Article 33: protection from drug abuse.</summary>
    public static CrcArticle DrugAbuse => new(33);

    /// <summary>Article 39: recovery and rehabilitation of child victims.</summary>
    public static CrcArticle Recovery => new(39);

    /// <summary>Article 42: making the Convention's rights known.</summary>
    public static CrcArticle KnowledgeOfRights => new(42);

    /// <summary>The four general principles of the Convention: articles 2, 3, 6 and 12.</summary>
    public static IReadOnlyList<CrcArticle> GeneralPrinciples { get; } =
        ImmutableArray.Create(NonDiscrimination, BestInterests, LifeSurvivalAndDevelopment, ViewsOfTheChild);

    /// <summary>All 54 articles in order.</summary>
    public static IReadOnlyList<CrcArticle> All { get; } =
        Enumerable.Range(First, Last).Select(n => new CrcArticle(n)).ToImmutableArray();

    /// <summary>The article with the given number.</summary>
    /// <param name="number">The article number, 1 to 54.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1 to 54.</exception>
    public static CrcArticle FromNumber(int number) =>
        number is >= First and <= Last
            ? new CrcArticle(number)
            : throw new ArgumentOutOfRangeException(nameof(number), number, string.Create(CultureInfo.InvariantCulture, $"The Convention on the Rights of the Child has articles {First} to {Last}; there is no article {number}."));

    /// <summary>Tries to get the article with the given number.</summary>
    /// <param name="number">The article number.</param>
    /// <param name="article">The article, or the default value when <paramref name="number"/> is outside 1 to 54.</param>
    /// <returns><see langword="true"/> when the article exists.</returns>
    public static bool TryFromNumber(int number, out CrcArticle article)
    {
        article = number is >= First and <= Last ? new CrcArticle(number) : default;
        return article._number != 0;
    }

    /// <summary>Parses an article number such as <c>"27"</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a number from 1 to 54.</exception>
    public static CrcArticle Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var article)
            ? article
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a CRC article: expected a number from {First} to {Last}."));
    }

    /// <summary>Tries to parse an article number such as <c>"27"</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="article">The article, or the default value on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a number from 1 to 54.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CrcArticle article)
    {
        article = default;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && TryFromNumber(number, out article);
    }

    /// <inheritdoc />
    public bool Equals(CrcArticle other) => _number == other._number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CrcArticle other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _number;

    /// <inheritdoc />
    public int CompareTo(CrcArticle other) => _number.CompareTo(other._number);

    /// <summary>The article number in invariant text, e.g. <c>"27"</c>; the empty string for the default value.</summary>
    /// <returns>The number as text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => _number == 0 ? string.Empty : Number.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (_number == 0)
        {
            charsWritten = 0;
            return true;
        }

        return Number.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture);
    }

    /// <summary>Whether two values name the same article.</summary>
    public static bool operator ==(CrcArticle left, CrcArticle right) => left.Equals(right);

    /// <summary>Whether two values name different articles.</summary>
    public static bool operator !=(CrcArticle left, CrcArticle right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    public static bool operator <(CrcArticle left, CrcArticle right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    public static bool operator >(CrcArticle left, CrcArticle right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> comes before or is <paramref name="right"/>.</summary>
    public static bool operator <=(CrcArticle left, CrcArticle right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes after or is <paramref name="right"/>.</summary>
    public static bool operator >=(CrcArticle left, CrcArticle right) => left.CompareTo(right) >= 0;

    private static LocalizedText Titled(string en, string nl, string de, string fr, string es) =>
        new LocalizedText("en", en).With("nl", nl).With("de", de).With("fr", fr).With("es", es);

    private sealed class Converter : JsonConverter<CrcArticle>
    {
        public override CrcArticle Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) && (number == 0 || TryFromNumber(number, out _)))
            {
                return number == 0 ? default : new CrcArticle(number);
            }

            throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"A CRC article is a number from {First} to {Last}."));
        }

        public override void Write(Utf8JsonWriter writer, CrcArticle value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(value.Number);

        public override CrcArticle ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            try
            {
                return Parse(text!);
            }
            catch (FormatException e)
            {
                throw new JsonException(e.Message, e);
            }
        }

        public override void WriteAsPropertyName(Utf8JsonWriter writer, CrcArticle value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value._number == 0
                ? throw new JsonException("The default CrcArticle names no article and cannot be a dictionary key.")
                : value.ToString());
    }
}
