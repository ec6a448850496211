namespace Stance.Speakers;

/// <summary>PLACEHOLDER until the speaker branch merges.</summary>
public sealed record SpeakerAttributorOptions;
