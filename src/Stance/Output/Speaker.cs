namespace Stance;

/// <summary>The one to whom a sentence attributes its content.</summary>
/// <param name="Name">The name as the document gives it, in its fullest form.</param>
public sealed record Speaker(string Name);
