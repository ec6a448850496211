using Stance.Text;

namespace Stance.Speakers;

/// <summary>PLACEHOLDER until the speaker branch merges: everything is the narrator's.</summary>
public sealed class SpeakerAttributor
{
    /// <summary>Creates an attributor.</summary>
    /// <param name="options">Options.</param>
    public SpeakerAttributor(SpeakerAttributorOptions? options = null) => _ = options;

    /// <summary>The default attributor.</summary>
    public static SpeakerAttributor Default { get; } = new();

    internal SpeakerAttribution Next(SpeakerContext context, string text, SentenceSpan sentence) => SpeakerAttribution.Narrator;
}

internal sealed class SpeakerContext;
