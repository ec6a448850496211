namespace Stance;

/// <summary>The one to whom a sentence attributes its content.</summary>
/// <param name="Name">The name as this sentence mentions it ("السوداني", "المتحدثة", "البيان" resolve to
/// <see cref="CanonicalName"/>); for a speaker carried over from an earlier sentence without a new
/// mention, the canonical name.</param>
public sealed record Speaker(string Name)
{
    /// <summary>The fullest form of the name in the document, shared by every mention of the same
    /// speaker ("محمد شياع السوداني"). Defaults to <see cref="Name"/>.</summary>
    public string CanonicalName { get => field ?? Name; init; }

    /// <summary>The role or title the document gives the speaker ("المتحدث باسم البنتاغون"), or
    /// <see langword="null"/>.</summary>
    public string? Role { get; init; }

    /// <summary>The kind of source: person, organization, anonymous source, outlet, or unknown. Never
    /// <see cref="SpeakerKind.Narrator"/>: a narrator sentence has no <see cref="Speaker"/>.</summary>
    public SpeakerKind Kind { get; init; } = SpeakerKind.Person;

    /// <summary>A speaker the analyzer would not name: <see cref="Name"/> and <see cref="CanonicalName"/>
    /// are empty and <see cref="Kind"/> is <see cref="SpeakerKind.Unknown"/>.</summary>
    public static Speaker Unknown { get; } = new(string.Empty) { Kind = SpeakerKind.Unknown };
}
