using System.Text.Json;
using CsCheck;
using Stance.Tests.Support;
using Stance.Text;

namespace Stance.Tests.Text;

public class SentenceSegmenterTests
{
    private static readonly SentenceSegmenter Segmenter = SentenceSegmenter.Default;

    private static string[] Sentences(string text) => Segmenter.Segment(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    // Checked by hand against the article: the first words of every sentence, in order.
    [Fact]
    public void Golden_article_000_has_its_fourteen_sentences()
    {
        string[] expectedStarts =
        [
            "بوليتيكو: مسؤولون", "قرارات الحكومة الأخيرة", "كشفت مصادر أميركية", "قال كبار مستشاري",
            "وذكرت الصحيفة: «بينما", "وقال البنتاغون إنه", "وقال بات رايدر،", "وقد أكد البنتاغون",
            "وفي نهاية عام 2021،", "وكانت الحكومة العراقية قد", "وأكدت هيئة «الحشد", "وكانت قد أكدت",
            "وقال ضياء الناصري،", "وأعلن رئيس مجلس الوزراء",
        ];
        var sentences = Sentences(RepoPaths.ReadArticle("000"));
        Assert.Equal(expectedStarts.Length, sentences.Length);
        for (int i = 0; i < sentences.Length; i++)
            Assert.StartsWith(expectedStarts[i], sentences[i]);
        Assert.EndsWith("لوزارة الدفاع».", sentences[6]); // the inner full stop of the quotation does not split
    }

    [Fact]
    public void Golden_article_002_has_its_nineteen_sentences()
    {
        string[] expected =
        [
            "العراق يضغط على واشنطن..", "انسحاب «سريع ومنظم» للقوات", "قال رئيس الوزراء العراقي،", "ورغم حسمه أمر",
            "وقال السوداني لـ\"رويترز\"،", "وأضاف رئيس الوزراء العراقي،", "ووصف وجود تلك القوات", "واكتسبت الدعوات،",
            "وأثارت تلك الضربات،", "رد واشنطن", "ورغم هذه التطورات،", "وقالت وزارة الدفاع الأمريكية",
            "وعلق الميجور جنرال", "وأضاف أن القوات", "ويضمّ التحالف الدولي", "وأعلن العراق انتصاره",
            "وفي أواخر عام 2021", "وتنشر واشنطن 2500", "aXA6IDEzLjU4LjM4LjE4NCA=",
        ];
        var sentences = Sentences(RepoPaths.ReadArticle("002"));
        Assert.Equal(expected.Length, sentences.Length);
        for (int i = 0; i < sentences.Length; i++)
            Assert.StartsWith(expected[i], sentences[i]);
        Assert.Equal("رد واشنطن", sentences[9]);
        Assert.EndsWith("هزيمة تنظيم داعش\".", sentences[12]); // «..» inside the quotation does not split
    }

    [Fact]
    public void Segmentation_matches_every_boundary_of_the_development_set()
    {
        var gold = File.ReadLines(RepoPaths.DevSet).Select(l => JsonDocument.Parse(l).RootElement)
            .GroupBy(e => e.GetProperty("doc").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(e => (e.GetProperty("start").GetInt32(), e.GetProperty("length").GetInt32())).ToArray());
        Assert.Equal(5, gold.Count);
        foreach (var (doc, spans) in gold)
        {
            var text = File.ReadAllText(Path.Combine(RepoPaths.Articles, doc));
            var actual = Segmenter.Segment(text).Select(s => (s.Start, s.Length)).ToArray();
            Assert.Equal(spans, actual);
        }
    }

    [Fact]
    public void A_quotation_that_continues_after_a_full_stop_stays_one_sentence()
        => Assert.Equal(["قال: «نحن هنا بطلب من الحكومة. لن نغادر قبل اكتمال المهمة».", "وأضاف أن الحوار مستمر."],
            Sentences("قال: «نحن هنا بطلب من الحكومة. لن نغادر قبل اكتمال المهمة». وأضاف أن الحوار مستمر."));

    [Fact]
    public void A_full_stop_right_before_the_closing_mark_ends_the_sentence_after_the_mark()
        => Assert.Equal(["قال “لن نغادر.”", "ثم غادر."], Sentences("قال “لن نغادر.” ثم غادر."));

    [Fact]
    public void Numbers_dates_abbreviations_urls_and_emails_do_not_split()
    {
        Assert.Single(Sentences("ارتفع المؤشر 2.5 بالمئة إلى 2,500 نقطة في 13.01.2020 حسب الموقع."));
        Assert.Single(Sentences("قال د. أحمد إن U.S. forces ستبقى."));
        Assert.Single(Sentences("راجع https://example.org/a.b?x=1 أو www.news.iq/x. للمزيد."));
        Assert.Single(Sentences("راسلوا press@mofa.gov.iq للاستفسار."));
    }

    [Fact]
    public void A_line_break_always_ends_a_sentence_even_inside_an_unclosed_quotation()
        => Assert.Equal(["وأكد أن \"عدم الوضوح. هذا", "وأشار إلى أن الوجود مستمر."],
            Sentences("وأكد أن \"عدم الوضوح. هذا\nوأشار إلى أن الوجود مستمر."));

    [Fact]
    public void Headline_lines_are_sentences_and_blank_lines_make_no_empty_sentences()
        => Assert.Equal(["عنوان بلا نقطة", "الفقرة الأولى.", "(وكالات)"],
            Sentences("عنوان بلا نقطة\n\n\u00A0\n\r\nالفقرة الأولى.(وكالات)\n\n"));

    [Fact]
    public void A_run_of_terminators_is_one_boundary()
        => Assert.Equal(["حقاً؟!", "نعم...", "انتهى؛", "تماماً"], Sentences("حقاً؟! نعم... انتهى؛ تماماً"));

    [Fact]
    public void Null_throws_and_empty_or_white_space_give_no_sentences()
    {
        Assert.Throws<ArgumentNullException>(() => Segmenter.Segment((string)null!));
        Assert.Empty(Segmenter.Segment(""));
        Assert.Empty(Segmenter.Segment(" \n\t\u00A0\r\n "));
    }

    [Fact]
    public void Five_megabytes_without_punctuation_are_cut_into_bounded_pieces_that_cover_the_text()
    {
        var words = new[] { "القوات", "الأميركية", "في", "العراق", "انسحاب" };
        var sb = new System.Text.StringBuilder(5_000_100);
        for (int i = 0; sb.Length < 5_000_000; i++)
            sb.Append(words[i % words.Length]).Append(' ');
        string text = sb.ToString();
        var spans = Segmenter.Segment(text);
        Assert.All(spans, s => Assert.InRange(s.Length, 1, Segmenter.Options.MaxSentenceLength));
        AssertCovers(text, spans);

        string oneWord = new('ب', 1_000_000);
        var pieces = Segmenter.Segment(oneWord);
        Assert.Equal(1_000_000 / Segmenter.Options.MaxSentenceLength + 1, pieces.Count);
        AssertCovers(oneWord, pieces);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var segmenter = new SentenceSegmenter(new SentenceSegmenterOptions { MaxSentenceLength = 64 });
        string text = string.Concat(Enumerable.Repeat("😀", 200));
        var spans = segmenter.Segment(text);
        AssertCovers(text, spans);
        Assert.All(spans, s => Assert.False(char.IsLowSurrogate(text[s.Start])));
    }

    [Fact]
    public void A_maximum_below_the_floor_is_rejected()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceSegmenter(new SentenceSegmenterOptions { MaxSentenceLength = 10 }));

    [Fact]
    public void Spans_cover_every_non_white_space_character_in_order_without_overlap_on_random_text()
    {
        TextGen.Document.Sample(text => AssertCovers(text, Segmenter.Segment(text)), iter: 3_000);
    }

    [Fact]
    public void Segmenting_in_growing_prefixes_gives_the_same_sentences_as_the_whole_text()
    {
        var small = new SentenceSegmenter(new SentenceSegmenterOptions { MaxSentenceLength = 64 });
        Gen.Select(TextGen.Document, Gen.Int[1, 50]).Sample((text, step) =>
        {
            var whole = small.Segment(text);
            var streamed = new List<SentenceSpan>();
            int position = 0;
            for (int available = Math.Min(step, text.Length); ; available = Math.Min(available + step, text.Length))
            {
                bool final = available == text.Length;
                while (small.TryNext(text.AsSpan(0, available), ref position, final, out var s))
                    streamed.Add(s);
                if (final)
                    break;
            }

            Assert.Equal(whole, streamed);
        }, iter: 1_000);
    }

    internal static void AssertCovers(string text, IReadOnlyList<SentenceSpan> spans)
    {
        int previousEnd = 0;
        foreach (var s in spans)
        {
            Assert.True(s.Length > 0, "no empty sentence");
            Assert.True(s.Start >= previousEnd, "in order, without overlap");
            Assert.True(s.End <= text.Length, "within the text");
            for (int i = previousEnd; i < s.Start; i++)
                Assert.True(IsWhite(text[i]), $"only white space between sentences (U+{(int)text[i]:X4} at {i})");
            Assert.False(IsWhite(text[s.Start]));
            Assert.False(IsWhite(text[s.End - 1]));
            previousEnd = s.End;
        }

        for (int i = previousEnd; i < text.Length; i++)
            Assert.True(IsWhite(text[i]), $"only white space after the last sentence (U+{(int)text[i]:X4} at {i})");
    }

    private static bool IsWhite(char c) => char.IsWhiteSpace(c);
}
