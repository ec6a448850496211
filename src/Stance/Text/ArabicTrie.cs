using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Stance.Text;

/// <summary>
/// A read-only trie over Arabic letters (U+0621–U+064A) for the clitic exception lists: one array
/// read per character, so a word is checked against every entry in a single walk without hashing.
/// </summary>
internal sealed class ArabicTrie
{
    private const char First = '\u0621';
    private const int Alphabet = '\u064A' - First + 1;

    private readonly int[] _children; // node * Alphabet + letter -> child node, 0 = none (the root is never a child)
    private readonly bool[] _terminal;

    public ArabicTrie(IEnumerable<string> words)
    {
        var children = new List<int[]> { new int[Alphabet] };
        var terminal = new List<bool> { false };
        foreach (var word in words)
        {
            int node = 0;
            foreach (char c in word)
            {
                int letter = c - First;
                if ((uint)letter >= Alphabet)
                    throw new ArgumentException($"'{word}' has a character outside the Arabic letters.", nameof(words));
                int next = children[node][letter];
                if (next == 0)
                {
                    next = children.Count;
                    children.Add(new int[Alphabet]);
                    terminal.Add(false);
                    children[node][letter] = next;
                }

                node = next;
            }

            terminal[node] = true;
        }

        _children = new int[children.Count * Alphabet];
        for (int i = 0; i < children.Count; i++)
            children[i].CopyTo(_children, i * Alphabet);
        _terminal = [.. terminal];
    }

    /// <summary>Whether the trie holds exactly <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        int node = 0;
        foreach (char c in word)
        {
            node = Step(node, c);
            if (node == 0)
                return false;
        }

        return _terminal[node];
    }

    /// <summary>Whether an entry of at least <paramref name="minLength"/> letters begins <paramref name="word"/>.</summary>
    public bool HasPrefixOf(ReadOnlySpan<char> word, int minLength)
    {
        int node = 0;
        for (int i = 0; i < word.Length; i++)
        {
            node = Step(node, word[i]);
            if (node == 0)
                return false;
            if (IsTerminal(node) && i + 1 >= minLength)
                return true;
        }

        return false;
    }

    /// <summary>Whether an entry begins <paramref name="word"/> and what follows it is empty or one of
    /// <paramref name="endings"/> (a whole word, or the word with an inflectional ending).</summary>
    public bool HasEntryWithEnding(ReadOnlySpan<char> word, ReadOnlySpan<string> endings)
    {
        int node = 0;
        for (int i = 0; i < word.Length; i++)
        {
            node = Step(node, word[i]);
            if (node == 0)
                return false;
            if (!IsTerminal(node))
                continue;
            var rest = word[(i + 1)..];
            if (rest.IsEmpty)
                return true;
            foreach (var ending in endings)
            {
                if (rest.SequenceEqual(ending))
                    return true;
            }
        }

        return false;
    }

    // Walked for most words of a text, so without bounds checks: node is always a valid node (0 or a
    // child the constructor stored) and letter is checked against the alphabet.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Step(int node, char c)
    {
        int letter = c - First;
        return (uint)letter < Alphabet ? Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_children), node * Alphabet + letter) : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsTerminal(int node) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_terminal), node);
}
