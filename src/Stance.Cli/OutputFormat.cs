namespace Stance.Cli;

/// <summary>The output formats of <c>stance analyze</c>.</summary>
internal enum OutputFormat
{
    /// <summary>A readable table (the default on a terminal).</summary>
    Table,

    /// <summary>JSON Lines, one record per sentence (the default when redirected).</summary>
    Jsonl,

    /// <summary>JSON: the records grouped by document.</summary>
    Json,

    /// <summary>CSV with a header line.</summary>
    Csv,
}

/// <summary>The names of <see cref="OutputFormat"/> on the command line.</summary>
internal static class OutputFormats
{
    private static readonly (OutputFormat Format, string Name)[] s_names =
        [(OutputFormat.Table, "table"), (OutputFormat.Jsonl, "jsonl"), (OutputFormat.Json, "json"), (OutputFormat.Csv, "csv")];

    public static string[] Names { get; } = [.. s_names.Select(n => n.Name)];

    /// <summary>The format of a name the option accepted (System.CommandLine checks it is one of <see cref="Names"/>).</summary>
    public static OutputFormat Parse(string name) => s_names.Single(n => n.Name == name).Format;
}
