using Stance.Classification;
using Stance.Text;

namespace Stance.Tests.Classification;

/// <summary>The stance grammar composes a target mention with the predicate that governs it and a
/// negation of that predicate. Every sentence here is our own.</summary>
public sealed class CueComposerTests
{
    private static (int Direction, List<string> Features) Compose(string sentence)
    {
        var stems = new List<string>();
        var buffers = new ScannerBuffers();
        var scanner = new TokenScanner(sentence, ArabicNormalizer.Default, CliticRules.Default, ref buffers);
        while (scanner.MoveNext())
        {
            if (scanner.Kind == TokenKind.Word && scanner.HasValue && scanner.Piece == PieceKind.Stem)
                stems.Add(scanner.Value.ToString());
        }

        var features = new List<string>();
        int direction = new CueComposer(StanceLexicon.Default).Compose(stems, features);
        return (direction, features);
    }

    [Theory]
    [InlineData("يرى النائب أن بقاء القوات الأجنبية ضروري في هذه المرحلة")]
    [InlineData("حذر الوزير من انسحاب متسرع للقوات الأمريكية")]
    [InlineData("وقال إن الحكومة لا تريد خروج قوات التحالف قبل استكمال التدريب")]
    [InlineData("دعا المجلس إلى تمديد مهمة التحالف عاماً آخر")]
    [InlineData("الرئيس يريد الإبقاء على وجود عسكري في البلاد لمراقبة الجيران")]
    public void WantingTheForcesToStayOrRejectingTheirExitComposesAnti(string sentence)
    {
        var (direction, features) = Compose(sentence);
        Assert.True(direction < 0, string.Join(" ", features));
        Assert.Contains("comp:anti", features);
    }

    [Theory]
    [InlineData("طالب المتظاهرون بإخراج القوات الأجنبية من البلاد")]
    [InlineData("أكد الحزب رفضه بقاء أي قوات أجنبية على الأرض")]
    [InlineData("لا نريد بقاء القوات الأمريكية يوماً واحداً بعد اليوم")]
    [InlineData("رحبت الكتلة بإنهاء مهمة التحالف الدولي في موعدها")]
    [InlineData("لم يعد هناك مبرر لبقاء القوات الأجنبية")]
    public void DemandingTheExitOrRejectingThePresenceComposesPro(string sentence)
    {
        var (direction, features) = Compose(sentence);
        Assert.True(direction > 0, string.Join(" ", features));
        Assert.Contains("comp:pro", features);
    }

    [Fact]
    public void ANegatedPredicateIsNamedAsNegated()
    {
        var (_, features) = Compose("لا نريد بقاء القوات الأمريكية");
        Assert.Contains(features, f => f.StartsWith("comp:not_", StringComparison.Ordinal));
    }

    [Fact]
    public void AMentionWithoutAGoverningPredicateIsOnlyATopic()
    {
        var (direction, features) = Compose("تناول الاجتماع ملف وجود القوات في القاعدة الجوية");
        Assert.Equal(0, direction);
        Assert.Contains("tgt:stay", features);
        Assert.DoesNotContain(features, f => f.StartsWith("comp:", StringComparison.Ordinal));
    }

    [Fact]
    public void TextWithoutTheTargetComposesNothing()
    {
        var (direction, features) = Compose("افتتح الوزير محطة كهرباء جديدة في البصرة");
        Assert.Equal(0, direction);
        Assert.Empty(features);
    }
}
