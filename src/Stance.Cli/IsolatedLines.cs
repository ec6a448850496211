using Spectre.Console.Rendering;

namespace Stance.Cli;

/// <summary>Right-to-left content with each of its rendered lines wrapped in RLI … PDI. Per line, not
/// around the whole text: a terminal applies the bidirectional algorithm to each line on its own, so
/// an isolate opened on a wrapped line and closed on a later one would run to the end of the first
/// line and carry the borders and cells after it into the right-to-left run.</summary>
internal sealed class IsolatedLines(IRenderable content) : Renderable
{
    private static readonly Segment RightToLeftIsolate = new("\u2067"), PopDirectionalIsolate = new("\u2069");

    protected override Measurement Measure(RenderOptions options, int maxWidth) => content.Measure(options, maxWidth);

    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        var lines = Segment.SplitLines(content.Render(options, maxWidth));
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0)
                yield return Segment.LineBreak;
            yield return RightToLeftIsolate;
            foreach (var segment in lines[i])
                yield return segment;
            yield return PopDirectionalIsolate;
        }
    }
}
