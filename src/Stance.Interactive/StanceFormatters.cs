using Microsoft.DotNet.Interactive.Formatting;

namespace Stance.Interactive;

/// <summary>Registers the notebook views with .NET Interactive's formatter, so that a cell whose
/// value is a <see cref="DocumentAnalysis"/>, a <see cref="StanceSummary"/> or a
/// <see cref="StanceTimeline"/> shows as a table or a chart (Polyglot Notebooks, dotnet-repl, Jupyter
/// with the .NET kernel).</summary>
public static class StanceFormatters
{
    /// <summary>The MIME type the views are registered for.</summary>
    public const string MimeType = "text/html";

    /// <summary>Registers the views. Calling it again registers them again, harmlessly (the formatter
    /// keeps the latest registration for a type).</summary>
    public static void Register()
    {
        Formatter.Register<DocumentAnalysis>(d => StanceHtml.Document(d), MimeType);
        Formatter.Register<StanceSummary>(s => StanceHtml.Summary(s), MimeType);
        Formatter.Register<StanceTimeline>(t => StanceHtml.Timeline(t), MimeType);
    }
}
