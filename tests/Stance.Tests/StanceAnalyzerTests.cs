namespace Stance.Tests;

public class StanceAnalyzerTests
{
    [Fact]
    public void Analyze_null_text_throws_ArgumentNullException()
    {
        var analyzer = StanceAnalyzer.CreateDefault();
        Assert.Throws<ArgumentNullException>(() => analyzer.Analyze(null!));
    }

    [Fact]
    public void Analyze_keeps_the_document_id_and_returns_sentences_in_order()
    {
        var analyzer = StanceAnalyzer.CreateDefault();
        var result = analyzer.Analyze("السطر الأول\nالسطر الثاني", "doc-1");
        Assert.Equal("doc-1", result.DocumentId);
        Assert.Equal(["السطر الأول", "السطر الثاني"], result.Sentences.Select(s => s.Text));
    }
}
