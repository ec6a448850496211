namespace Stance;

/// <summary>What kind of source a sentence is attributed to.</summary>
public enum SpeakerKind
{
    /// <summary>Nothing attributes the sentence: the article's own voice.</summary>
    Narrator = 0,

    /// <summary>A named person.</summary>
    Person = 1,

    /// <summary>A body such as a ministry, an army, a parliament or a government.</summary>
    Organization = 2,

    /// <summary>An unnamed source ("a senior US official", "sources").</summary>
    Anonymous = 3,

    /// <summary>A news outlet speaking in its own voice.</summary>
    Media = 4,

    /// <summary>Someone speaks, but no candidate was credible enough to name
    /// (see <see cref="StanceAnalyzerOptions.UnknownSpeakerBelow"/>).</summary>
    Unknown = 5,
}

/// <summary>Names of speaker kinds as they appear in data and output.</summary>
public static class SpeakerKinds
{
    /// <summary>The lower-case wire name of a kind: <c>person</c>, <c>organization</c>,
    /// <c>anonymous</c>, <c>media</c> or <c>narrator</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its name.</returns>
    public static string ToWireName(this SpeakerKind kind) => kind switch
    {
        SpeakerKind.Narrator => "narrator",
        SpeakerKind.Person => "person",
        SpeakerKind.Organization => "organization",
        SpeakerKind.Anonymous => "anonymous",
        SpeakerKind.Media => "media",
        SpeakerKind.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown speaker kind."),
    };

    /// <summary>Parses a wire name (<c>person</c>, <c>organization</c>, <c>anonymous</c>, <c>media</c>,
    /// <c>narrator</c>; case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind, or <see cref="SpeakerKind.Narrator"/> when the name is unknown.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out SpeakerKind kind)
    {
        foreach (var k in Enum.GetValues<SpeakerKind>())
        {
            if (string.Equals(k.ToWireName(), name, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = SpeakerKind.Narrator;
        return false;
    }
}
