using Stance.Speakers;

namespace Stance.Tests.Speakers;

/// <summary>Attributes a text of our own with the default attributor, for the speaker tests.</summary>
internal static class Attribution
{
    public static IReadOnlyList<SpeakerAttribution> Run(string text) => SpeakerAttributor.Default.Attribute(text);

    /// <summary>The attribution of a text that must be one sentence.</summary>
    public static SpeakerAttribution Single(string text)
    {
        var all = Run(text);
        Assert.Single(all);
        return all[0];
    }
}
