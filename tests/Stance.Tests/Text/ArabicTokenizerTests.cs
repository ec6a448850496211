using CsCheck;
using Microsoft.ML.Tokenizers;
using Stance.Tests.Support;
using Stance.Text;

namespace Stance.Tests.Text;

public class ArabicTokenizerTests
{
    private static readonly ArabicTokenizer Tokenizer = new();
    private static readonly ArabicTokenizer Whole = new(options: new ArabicTokenizerOptions { SegmentClitics = false });

    private static string[] Values(ArabicTokenizer tokenizer, string text) => tokenizer.EncodeToTokens(text, out _).Select(t => t.Value).ToArray();

    [Fact]
    public void Words_numbers_latin_runs_and_punctuation_are_separate_tokens()
        => Assert.Equal(["نشر", "2,500", "جندي", "(", "ap", ")", "في", "2.5", "%", "😀", "."],
            Values(Whole, "نشر ٢٬٥٠٠ جندي (AP) في 2.5% 😀."));

    [Theory]
    [InlineData("وبالقوات", new[] { "و+", "ب+", "ال+", "قوات" })]
    [InlineData("والعراق", new[] { "و+", "ال+", "عراق" })]
    [InlineData("للصحفيين", new[] { "لل+", "صحفيين" })]
    [InlineData("فالحكومة", new[] { "ف+", "ال+", "حكومة" })]
    [InlineData("وقال", new[] { "و+", "قال" })]
    [InlineData("ولا", new[] { "و+", "لا" })]
    [InlineData("قواتها", new[] { "قوات", "+ها" })]
    [InlineData("وقواتهم", new[] { "و+", "قوات", "+هم" })]
    [InlineData("بينهما", new[] { "بين", "+هما" })]
    public void Clitics_are_split_off_conservatively(string word, string[] expected)
        => Assert.Equal(expected, Values(Tokenizer, word));

    [Theory]
    [InlineData("وزارة")]
    [InlineData("وجود")]
    [InlineData("واشنطن")]
    [InlineData("وفقا")]
    [InlineData("فصائل")]
    [InlineData("التي")]
    [InlineData("الماني")]
    [InlineData("تفاهم")]
    [InlineData("احيانا")]
    [InlineData("منها")] // the stem would be shorter than three letters before a suffix
    [InlineData("بغداد")] // ب is split only before the article
    public void Native_letters_stay_on_their_stems(string word)
        => Assert.Equal([ArabicNormalizer.Default.Normalize(word)], Values(Tokenizer, word));

    [Fact]
    public void Definite_nouns_keep_their_endings()
        => Assert.Equal(["ال+", "مهمة"], Values(Tokenizer, "المهمة"));

    [Fact]
    public void Token_values_are_normalized_and_offsets_point_into_the_original_text()
    {
        const string text = "وَقَالَ  البنتاغونُ: «لَا خُطَطَ»";
        var tokens = Tokenizer.EncodeToTokens(text, out string? normalized);
        Assert.Null(normalized);
        Assert.Equal(["و+", "قال", "ال+", "بنتاغون", ":", "\"", "لا", "خطط", "\""], tokens.Select(t => t.Value));
        Assert.Equal("وَ", text[tokens[0].Offset]);
        Assert.Equal("قَالَ", text[tokens[1].Offset]);
        Assert.Equal("البنتاغونُ", text[tokens[2].Offset.Start..tokens[3].Offset.End]);
        Assert.Equal("«", text[tokens[5].Offset]);
    }

    [Fact]
    public void A_stem_is_never_left_shorter_than_two_letters_on_the_sample_articles()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Articles))
        {
            var text = File.ReadAllText(file);
            var whole = Whole.EncodeToTokens(text, out _);
            foreach (var t in Tokenizer.EncodeToTokens(text, out _))
            {
                if (t.Value.EndsWith('+') || t.Value.StartsWith('+'))
                    continue;
                if (whole.Any(w => w.Offset.Equals(t.Offset)))
                    continue; // not split
                Assert.True(t.Value.Length >= 2, $"stem '{t.Value}' in {Path.GetFileName(file)}");
            }
        }
    }

    [Fact]
    public void CountTokens_agrees_with_EncodeToTokens_on_the_articles_and_the_corpus()
    {
        var texts = Directory.GetFiles(Support.RepoPaths.Articles, "*.txt").Select(File.ReadAllText)
            .Concat(Directory.GetFiles(Support.RepoPaths.TrainDir, "*.jsonl").SelectMany(File.ReadLines));
        foreach (var text in texts)
            Assert.Equal(Tokenizer.EncodeToTokens(text, out _).Count, Tokenizer.CountTokens(text));
    }

    [Fact]
    public void CountTokens_agrees_with_EncodeToTokens_and_EncodeToIds_on_random_text()
    {
        TextGen.Document.Sample(text =>
        {
            int count = Tokenizer.CountTokens(text);
            Assert.Equal(count, Tokenizer.EncodeToTokens(text, out _).Count);
            Assert.Equal(count, Tokenizer.EncodeToIds(text).Count);
            var tokens = Tokenizer.EncodeToTokens(text, out _);
            int previousEnd = 0;
            foreach (var t in tokens)
            {
                var (offset, length) = t.Offset.GetOffsetAndLength(text.Length);
                Assert.True(offset >= previousEnd && length > 0, "tokens are in order and do not overlap");
                previousEnd = offset + length;
            }
        }, iter: 2_000);
    }

    [Fact]
    public void Decode_of_EncodeToIds_is_the_normalized_text_up_to_white_space_for_in_vocabulary_text()
    {
        TextGen.ArabicWords.Sample(text =>
        {
            var vocabulary = TokenVocabulary.Learn([text], Tokenizer, minCount: 1);
            var tokenizer = Tokenizer.WithVocabulary(vocabulary);
            var ids = tokenizer.EncodeToIds(text);
            Assert.DoesNotContain(0, ids);
            string decoded = tokenizer.Decode(ids);
            Assert.Equal(Squash(ArabicNormalizer.Default.Normalize(text)), Squash(decoded));
        }, iter: 500);
    }

    [Fact]
    public void Unknown_tokens_get_id_zero_and_decode_as_the_unknown_token()
    {
        var tokenizer = Tokenizer.WithVocabulary(TokenVocabulary.FromTokens(["قال"]));
        Assert.Equal([1, 0], tokenizer.EncodeToIds("قال البنتاغون".Split(' ')[0] + " شيء"));
        Assert.Equal("قال [UNK]", tokenizer.Decode([1, 0]));
    }

    [Fact]
    public void Decode_into_a_span_reports_a_short_destination_and_bad_ids()
    {
        var tokenizer = Tokenizer.WithVocabulary(TokenVocabulary.FromTokens(["و+", "قال", "كلام"]));
        var ids = tokenizer.EncodeToIds("وقال كلام");
        Assert.Equal(System.Buffers.OperationStatus.DestinationTooSmall, tokenizer.Decode(ids, new char[4], out int consumed, out int written));
        Assert.Equal((2, 4), (consumed, written));
        var full = new char[32];
        Assert.Equal(System.Buffers.OperationStatus.Done, tokenizer.Decode(ids, full, out _, out written));
        Assert.Equal("وقال كلام", new string(full, 0, written));
        Assert.Equal(System.Buffers.OperationStatus.InvalidData, tokenizer.Decode([99], full, out _, out _));
    }

    [Fact]
    public void The_vocabulary_learns_with_a_minimum_count_and_round_trips_with_stable_ids()
    {
        string[] corpus = ["قال البنتاغون إن القوات باقية", "قال المتحدث إن القوات", "قال"];
        var vocabulary = TokenVocabulary.Learn(corpus, Tokenizer, minCount: 2);
        Assert.Equal(TokenVocabulary.UnknownToken, vocabulary[0]);
        Assert.Equal(("ال+", "قال"), (vocabulary[1], vocabulary[2])); // by descending count: 4, then 3
        Assert.False(vocabulary.Contains("متحدث")); // seen once
        using var stream = new MemoryStream();
        vocabulary.Save(stream);
        stream.Position = 0;
        var loaded = TokenVocabulary.Load(stream);
        Assert.Equal(vocabulary.Count, loaded.Count);
        for (int i = 0; i < vocabulary.Count; i++)
            Assert.Equal(vocabulary[i], loaded[i]);
        Assert.Equal(Tokenizer.WithVocabulary(vocabulary).EncodeToIds(corpus[0]), Tokenizer.WithVocabulary(loaded).EncodeToIds(corpus[0]));
    }

    [Fact]
    public void Loading_something_that_is_not_a_vocabulary_fails_with_InvalidDataException()
    {
        Assert.Throws<InvalidDataException>(() => TokenVocabulary.Load(new MemoryStream("hello\nworld"u8.ToArray())));
        Assert.Throws<InvalidDataException>(() => TokenVocabulary.Load(new MemoryStream([0xEF, 0xBB, 0xBF, 0xFF, 0xFE, 0x00])));
        Assert.Throws<InvalidDataException>(() => TokenVocabulary.Load(new MemoryStream("#stance-vocabulary 1\nقال\nقال\n"u8.ToArray())));
    }

    [Fact]
    public void GetIndexByTokenCount_finds_the_cut_from_the_start_and_from_the_end()
    {
        const string text = "وقال المتحدث: لا خطط";
        // tokens: و+ قال ال+ متحدث : لا خطط
        int index = Tokenizer.GetIndexByTokenCount(text, 4, out _, out int count);
        Assert.Equal((4, "وقال المتحدث"), (count, text[..index]));
        int fromEnd = Tokenizer.GetIndexByTokenCountFromEnd(text, 2, out _, out count);
        Assert.Equal((2, "لا خطط"), (count, text[fromEnd..]));
        Assert.Equal(text.Length, Tokenizer.GetIndexByTokenCount(text, 100, out _, out count));
        Assert.Equal(7, count);
    }

    [Fact]
    public void Max_token_count_limits_encoding()
    {
        var ids = Tokenizer.EncodeToIds("وقال المتحدث: لا خطط", 3, out _, out int consumed);
        Assert.Equal(3, ids.Count);
        Assert.Equal("وقال ال".Length, consumed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\u00A0 ")]
    [InlineData("\u064E\u0651\u0640\u200B")]
    public void Empty_white_space_and_mark_only_text_give_no_tokens(string text)
    {
        Assert.Equal(0, Tokenizer.CountTokens(text));
        Assert.Empty(Tokenizer.EncodeToTokens(text, out _));
    }

    [Fact]
    public void A_null_string_is_treated_as_empty_as_the_Tokenizer_base_class_does()
        => Assert.Equal(0, Tokenizer.CountTokens((string)null!));

    [Fact]
    public void Counting_allocates_nothing_after_warm_up()
    {
        string text = RepoPaths.ReadArticle("004");
        Tokenizer.CountTokens(text);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = Tokenizer.CountTokens(text);
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(count > 500);
        Assert.Equal(0, after - before);
    }

    [Fact]
    public void The_default_tokenizer_exposes_its_normalizer_and_pre_tokenizer()
    {
        var tokenizer = ArabicTokenizer.CreateDefault();
        Assert.Same(tokenizer, ArabicTokenizer.CreateDefault());
        Assert.IsType<ArabicNormalizer>(tokenizer.Normalizer);
        Assert.Equal([(0, 4), (5, 1), (6, 2), (8, 1)], tokenizer.PreTokenizer!.PreTokenize("وقال «لا»"));
    }

    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
