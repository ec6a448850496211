using CsCheck;

namespace Stance.Tests.Support;

/// <summary>Generators of hostile mixed-script text for property tests.</summary>
internal static class TextGen
{
    private const string Quotes = "«»“”\"'‘’„‟‹›";
    private const string Punctuation = ".!?؟؛…،,:;()[]-–—/\\|%٪٫٬";
    private const string Diacritics = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640";
    private const string Invisible = "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF\u061C\u00AD";
    private const string Controls = "\0\u0001\u0007\u0008\u001B\u007F\u0085\u009C";
    private const string Spaces = " \t\n\r\u00A0\u2028\u3000";

    /// <summary>One "unit": a code unit or a surrogate pair, drawn from many families.</summary>
    public static readonly Gen<string> Unit = Gen.Frequency(
        (30, Gen.Char['\u0621', '\u064A'].Select(c => c.ToString())),
        (6, Gen.OneOf<string>("أ", "إ", "آ", "ى", "ة", "ٱ", "ی", "ک")),
        (6, Gen.Char[Diacritics].Select(c => c.ToString())),
        (10, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (3, Gen.Char['A', 'Z'].Select(c => c.ToString())),
        (6, Gen.Char['0', '9'].Select(c => c.ToString())),
        (3, Gen.Char['\u0660', '\u0669'].Select(c => c.ToString())),
        (14, Gen.Char[Spaces].Select(c => c.ToString())),
        (6, Gen.Char[Punctuation].Select(c => c.ToString())),
        (5, Gen.Char[Quotes].Select(c => c.ToString())),
        (2, Gen.Char[Invisible].Select(c => c.ToString())),
        (2, Gen.Char[Controls].Select(c => c.ToString())),
        (2, Gen.OneOf<string>("😀", "🇮🇶", "👍🏽", "𝒜")),
        (1, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())), // lone surrogate
        (1, Gen.OneOf<string>("http://a.b/c?d=1.2", "www.x.org", "a.b@c.de", "2.5", "2,500", "13.01.2020", "د.", "U.S.")));

    /// <summary>Documents of 0–400 units.</summary>
    public static readonly Gen<string> Document = Unit.Array[0, 400].Select(parts => string.Concat(parts));

    /// <summary>Arabic-only words separated by single spaces: text a vocabulary can cover.</summary>
    public static readonly Gen<string> ArabicWords = Gen.Char['\u0621', '\u064A'].Array[1, 9]
        .Select(a => new string(a)).Array[1, 20].Select(ws => string.Join(' ', ws));
}
