using CsCheck;
using Stance.Tests.Support;
using Stance.Text;

namespace Stance.Tests.Text;

public class ArabicNormalizerTests
{
    private static readonly ArabicNormalizer Normalizer = ArabicNormalizer.Default;

    [Theory]
    [InlineData("القُوَّاتُ", "القوات")]
    [InlineData("مُسْتَشَارِينَ", "مستشارين")]
    [InlineData("سراً", "سرا")]
    [InlineData("هٰذا", "هذا")]
    [InlineData("الانـــسحاب", "الانسحاب")]
    [InlineData("وا\u200Cشنطن\u200F", "واشنطن")]
    [InlineData("\u202Bالعراق\u202C", "العراق")]
    public void Removes_tashkeel_tatweel_and_invisible_marks(string input, string expected)
        => Assert.Equal(expected, Normalizer.Normalize(input));

    [Theory]
    [InlineData("أعلن إعلان آخر ٱلعراق", "اعلن اعلان اخر العراق")]
    [InlineData("إلى مستوى", "الي مستوي")]
    [InlineData("ﺍﻟﻌﺮﺍﻕ", "العراق")] // presentation forms
    public void Unifies_alef_forms_and_alef_maqsura(string input, string expected)
        => Assert.Equal(expected, Normalizer.Normalize(input));

    [Fact]
    public void Folds_taa_marbuta_only_when_asked()
    {
        Assert.Equal("الحكومة", Normalizer.Normalize("الحكومة"));
        var folding = new ArabicNormalizer(new ArabicNormalizerOptions { FoldTaaMarbuta = true });
        Assert.Equal("الحكومه", folding.Normalize("الحكومة"));
    }

    [Fact]
    public void Maps_arabic_indic_and_persian_digits_to_ascii()
        => Assert.Equal("2500 2024 7", Normalizer.Normalize("٢٥٠٠ ۲۰۲۴ 7"));

    [Fact]
    public void Unifies_punctuation_and_quotation_marks()
        => Assert.Equal("\"نعم\", قال; لماذا? \"لا\" 5% - 'x'", Normalizer.Normalize("«نعم»، قال؛ لماذا؟ “لا” 5٪ – ‘x’"));

    [Fact]
    public void Folds_white_space_runs_and_trims_the_ends()
        => Assert.Equal("قال ان القوات", Normalizer.Normalize("  قال\u00A0\u00A0إن\n\r\n\tالقوات \u3000"));

    [Fact]
    public void Lowercases_ascii_latin()
        => Assert.Equal("ap pentagon", Normalizer.Normalize("AP Pentagon"));

    [Fact]
    public void Each_step_can_be_turned_off()
    {
        var none = new ArabicNormalizer(new ArabicNormalizerOptions
        {
            RemoveDiacritics = false, RemoveTatweel = false, RemoveFormatCharacters = false, UnifyAlef = false,
            UnifyYeh = false, UnifyDigits = false, UnifyPunctuation = false, LowercaseLatin = false, FoldWhiteSpace = false,
        });
        const string text = " أُـى\u200B٢«A»  ";
        Assert.Equal(text, none.Normalize(text));
    }

    [Fact]
    public void Lone_surrogates_become_the_replacement_character_and_pairs_survive()
        => Assert.Equal("a\uFFFDb😀\uFFFD", Normalizer.Normalize("a\uD800b😀\uDC00"));

    [Fact]
    public void Null_throws_ArgumentNullException()
        => Assert.Throws<ArgumentNullException>(() => Normalizer.Normalize((string)null!));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\u064E\u0651\u0640\u200B")]
    public void Empty_white_space_and_mark_only_text_normalize_to_empty(string input)
        => Assert.Equal(string.Empty, Normalizer.Normalize(input));

    [Fact]
    public void Span_api_writes_into_the_callers_buffer_and_maps_each_output_position_to_its_source()
    {
        const string source = "  وَقَالَ  «الـقوات»";
        Span<char> destination = stackalloc char[source.Length];
        Span<int> map = stackalloc int[source.Length];
        int written = Normalizer.Normalize(source, destination, map);
        Assert.Equal("وقال \"القوات\"", destination[..written].ToString());
        for (int i = 0; i < written; i++)
        {
            char original = source[map[i]];
            char output = destination[i];
            if (output == ' ')
                Assert.True(char.IsWhiteSpace(original));
            else
                Assert.Equal(output, Normalizer.Normalize(original.ToString()).Single());
        }

        Assert.True(map[..written].ToArray().SequenceEqual(map[..written].ToArray().Order()), "the map is monotonic");
    }

    [Fact]
    public void Span_api_rejects_a_destination_shorter_than_the_source()
        => Assert.Throws<ArgumentException>(() => Normalizer.Normalize("قال".AsSpan(), new char[2], default));

    [Fact]
    public void Normalization_is_idempotent_and_never_lengthens_on_random_text()
    {
        Gen.String[Gen.Char, 0, 300].Sample(s =>
        {
            string once = Normalizer.Normalize(s);
            Assert.Equal(once, Normalizer.Normalize(once));
            Assert.True(once.Length <= s.Length);
        }, iter: 2_000);
        TextGen.Document.Sample(s =>
        {
            string once = Normalizer.Normalize(s);
            Assert.Equal(once, Normalizer.Normalize(once));
        }, iter: 2_000);
    }
}
