using System.Globalization;
using System.Net;

namespace Stance.Interactive;

/// <summary>The few HTML and SVG helpers the views share: encoding and invariant numbers.</summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A number for an attribute or a label: invariant culture, so that a notebook running
    /// under a comma-decimal culture still writes valid SVG.</summary>
    public static string Number(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
