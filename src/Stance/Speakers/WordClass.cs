namespace Stance.Speakers;

/// <summary>The closed word classes of <c>speaker-heads.txt</c> that attribution asks about.</summary>
internal enum WordClass
{
    Quantifier,
    Document,
    Statement,
    Report,
    Stop,
    Particle,
    Negation,
    Audience,
    Complementizer,
    Time,
    Connector,
    Subordinator,
    NameIntroducer,
    Credit,
    Place,
    NameLink,
    Governing,
    Issued,
    NameTail,
    VerbPreposition,
    Demonstrative,
    PronounParticle,
    Saying,

    /// <summary>Words in the first person, which a report's own voice does not use.</summary>
    FirstPerson,

    /// <summary>Adjectives with the article that may follow a body's complete name.</summary>
    Adjective,

    /// <summary>Role or connector words that are also common given names ("رائد", "باسم").</summary>
    GivenName,

    /// <summary>Titles of those who speak for a body, which "باسم" joins to it ("المتحدث باسم").</summary>
    Spokesperson,

    /// <summary>Figures and findings that carry their source's words ("أرقام البنتاغون", "استطلاع أجراه مركز").</summary>
    Figures,

    /// <summary>Verbs with the object pronoun that join a document or figures to its author ("أجراه", "نشرتها").</summary>
    IssuedBy,

    /// <summary>Labels of an interview's answer before a colon ("ج:").</summary>
    AnswerLabel,
}

/// <summary>The one schema of the class names <c>speaker-heads.txt</c> writes in its first column.</summary>
internal static class WordClasses
{
    /// <summary>Each class's name in the file, and whether its words are stored without the article
    /// (nouns looked up bare: "البيان" and "بيان" are one statement noun).</summary>
    private static readonly Dictionary<string, (WordClass Class, bool Bare)> s_byFileName = new(StringComparer.Ordinal)
    {
        ["quant"] = (WordClass.Quantifier, true),
        ["document"] = (WordClass.Document, true),
        ["statement"] = (WordClass.Statement, true),
        ["report"] = (WordClass.Report, true),
        ["stop"] = (WordClass.Stop, false),
        ["particle"] = (WordClass.Particle, false),
        ["negation"] = (WordClass.Negation, false),
        ["audience"] = (WordClass.Audience, false),
        ["complementizer"] = (WordClass.Complementizer, false),
        ["time"] = (WordClass.Time, false),
        ["connector"] = (WordClass.Connector, false),
        ["subordinator"] = (WordClass.Subordinator, false),
        ["introducer"] = (WordClass.NameIntroducer, false),
        ["credit"] = (WordClass.Credit, false),
        ["place"] = (WordClass.Place, false),
        ["namelink"] = (WordClass.NameLink, false),
        ["governing"] = (WordClass.Governing, false),
        ["issued"] = (WordClass.Issued, false),
        ["nametail"] = (WordClass.NameTail, false),
        ["verbprep"] = (WordClass.VerbPreposition, false),
        ["demonstrative"] = (WordClass.Demonstrative, false),
        ["pronparticle"] = (WordClass.PronounParticle, false),
        ["saying"] = (WordClass.Saying, false),
        ["firstperson"] = (WordClass.FirstPerson, false),
        ["adjective"] = (WordClass.Adjective, false),
        ["givenname"] = (WordClass.GivenName, false),
        ["spokesperson"] = (WordClass.Spokesperson, true),
        ["figures"] = (WordClass.Figures, true),
        ["issuedby"] = (WordClass.IssuedBy, false),
        ["answer"] = (WordClass.AnswerLabel, false),
    };

    public static int Count { get; } = Enum.GetValues<WordClass>().Length;

    /// <summary>The class a file's first column names.</summary>
    public static bool TryParse(string name, out WordClass wordClass, out bool storedBare)
    {
        bool known = s_byFileName.TryGetValue(name, out var entry);
        (wordClass, storedBare) = entry;
        return known;
    }
}
