namespace Stance.Interactive;

/// <summary>One colour per stance, shared by the table and the charts so that a reader learns them
/// once: green for pro, red for anti, grey for neutral (the CLI's table uses the same).</summary>
internal static class Palette
{
    public const string Pro = "#2e7d32";
    public const string Anti = "#c62828";
    public const string Neutral = "#9e9e9e";

    public static string Of(StanceLabel label) => label switch
    {
        StanceLabel.Pro => Pro,
        StanceLabel.Anti => Anti,
        _ => Neutral,
    };

    /// <summary>The style sheet of every view: scoped by class, so that it cannot restyle the notebook.</summary>
    public const string Style = """
        <style>
        .stance-view { font-family: system-ui, "Noto Naskh Arabic", "Segoe UI", sans-serif; font-size: 14px; }
        .stance-view table { border-collapse: collapse; }
        .stance-view th, .stance-view td { border-bottom: 1px solid #ddd; padding: 4px 8px; vertical-align: top; text-align: start; }
        .stance-view .label { font-weight: 600; white-space: nowrap; }
        .stance-view .conf { width: 90px; white-space: nowrap; }
        .stance-view .conf .bar { display: inline-block; height: 8px; background: #5c6bc0; vertical-align: middle; margin-inline-end: 4px; }
        .stance-view .kind { color: #666; font-size: 12px; }
        .stance-view mark { background: #fff59d; }
        .stance-view .legend span { margin-inline-end: 12px; }
        .stance-view .swatch { display: inline-block; width: 10px; height: 10px; margin-inline-end: 4px; }
        </style>
        """;

    public static string Legend() =>
        "<div class=\"legend\" dir=\"ltr\">"
        + $"<span><i class=\"swatch\" style=\"background:{Pro}\"></i>pro-withdrawal</span>"
        + $"<span><i class=\"swatch\" style=\"background:{Anti}\"></i>anti-withdrawal</span>"
        + $"<span><i class=\"swatch\" style=\"background:{Neutral}\"></i>neutral</span></div>";
}
