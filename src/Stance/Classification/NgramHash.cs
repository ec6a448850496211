namespace Stance.Classification;

/// <summary>A 64-bit hash of an n-gram's name, built piece by piece without composing the name
/// (FNV-1a over the UTF-16 code units, then a finalizer that spreads the bits and keeps 0 free).</summary>
internal static class NgramHash
{
    /// <summary>The hash of the empty name.</summary>
    public const ulong Start = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    /// <summary>Continues the hash with one character.</summary>
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>Continues the hash with a string.</summary>
    public static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            hash = (hash ^ c) * Prime;
        return hash;
    }

    /// <summary>The final key (never 0).</summary>
    public static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash == 0 ? 1 : hash;
    }
}
