using System.Text;

namespace Stance.Cli;

/// <summary>Standard output for System.CommandLine's help and version text, with the program's file
/// name (<c>Stance.Cli</c>, which System.CommandLine takes from the entry assembly) written as the
/// command users type: <c>stance</c>.</summary>
/// <remarks>Help is written line by line; a line is rewritten when it is complete.</remarks>
internal sealed class ToolNameWriter(TextWriter inner) : TextWriter
{
    private const string FileName = "Stance.Cli";
    private const string CommandName = "stance";
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            inner.Write(_line.Replace(FileName, CommandName).Append('\n'));
            _line.Clear();
            return;
        }

        _line.Append(value);
    }

    public override void Write(string? value)
    {
        foreach (char c in value ?? "")
            Write(c);
    }

    public override void Flush()
    {
        inner.Write(_line.Replace(FileName, CommandName));
        _line.Clear();
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            Flush();
        base.Dispose(disposing);
    }
}
