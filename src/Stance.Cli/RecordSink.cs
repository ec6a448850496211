using System.Text;
using Spectre.Console;

namespace Stance.Cli;

/// <summary>A failure to write the output, kept apart from failures to read an input.</summary>
internal sealed class OutputWriteException(string message, Exception inner) : IOException(message, inner);

/// <summary>Where <c>stance analyze</c> writes its records, in one of the output formats. Streaming
/// formats write each record whole and flush after every document, so output cut short stays valid.</summary>
internal abstract class RecordSink : IDisposable
{
    /// <summary>Creates the sink of a format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="stream">Where the records go.</param>
    /// <param name="terminal">Whether <paramref name="stream"/> is a terminal: only then does the table
    /// carry colours and terminal codes (a table written to a file or a pipe is plain text).</param>
    /// <param name="table">The layout of the table format.</param>
    public static RecordSink Create(OutputFormat format, Stream stream, bool terminal, TableOptions table = default) => format switch
    {
        OutputFormat.Jsonl => new JsonLinesSink(stream),
        OutputFormat.Csv => new CsvSink(stream),
        OutputFormat.Json => new JsonSink(stream),
        _ => new TableSink(stream, terminal, table),
    };

    /// <summary>Whether whole documents must be kept for the end (json, table).</summary>
    public virtual bool KeepsDocuments => false;

    /// <summary>The console of the table format, for the summary.</summary>
    public virtual IAnsiConsole? Console => null;

    /// <summary>The date of the document being written (the records' <c>date</c>), or null.</summary>
    protected DateOnly? DocumentDate { get; private set; }

    /// <summary>Starts a document: the records written until its end carry its date.</summary>
    public void BeginDocument(DateOnly? date) => DocumentDate = date;

    public void Write(SentenceStance sentence) => Guard(() => WriteCore(sentence));

    public void EndDocument(DocumentAnalysis document) => Guard(() => EndDocumentCore(document));

    public void Complete(IReadOnlyList<DocumentAnalysis> documents) => Guard(() => CompleteCore(documents));

    public void TryFlush()
    {
        try
        {
            Guard(Flush);
        }
        catch (IOException)
        {
        }
    }

    public abstract void Dispose();

    protected abstract void WriteCore(SentenceStance sentence);

    protected virtual void EndDocumentCore(DocumentAnalysis document) => Flush();

    protected virtual void CompleteCore(IReadOnlyList<DocumentAnalysis> documents) => Flush();

    protected abstract void Flush();

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(e.Message, e);
        }
    }

    private sealed class JsonLinesSink(Stream stream) : RecordSink
    {
        private readonly StanceJsonLinesWriter _writer = new(stream);
        private int _sinceFlush;

        protected override void WriteCore(SentenceStance sentence)
        {
            _writer.Write(sentence, DocumentDate);
            // Flush regularly, not only per document: a long stdin stream is one document.
            if (++_sinceFlush >= 256)
                Flush();
        }

        protected override void Flush()
        {
            _writer.Flush();
            _sinceFlush = 0;
        }

        public override void Dispose() => _writer.Dispose();
    }

    private sealed class CsvSink(Stream stream) : RecordSink
    {
        private readonly StanceCsvWriter _writer = new(new StreamWriter(stream, new UTF8Encoding(false)));

        protected override void WriteCore(SentenceStance sentence) => _writer.Write(sentence, DocumentDate);

        protected override void Flush() => _writer.Flush();

        public override void Dispose() => _writer.Dispose();
    }

    private sealed class JsonSink(Stream stream) : RecordSink
    {
        public override bool KeepsDocuments => true;

        protected override void WriteCore(SentenceStance sentence)
        {
        }

        protected override void EndDocumentCore(DocumentAnalysis document)
        {
        }

        protected override void CompleteCore(IReadOnlyList<DocumentAnalysis> documents)
        {
            StanceJsonWriter.WriteDocuments(stream, documents);
        }

        protected override void Flush() => stream.Flush();

        public override void Dispose() => stream.Dispose();
    }

    private sealed class TableSink : RecordSink
    {
        /// <summary>The width of a table written to a file or a pipe: the terminal's width would make
        /// the same command give different files in different windows.</summary>
        private const int RedirectedWidth = 80;

        private readonly StreamWriter _text;
        private readonly IAnsiConsole _console;
        private readonly TableOptions _options;

        public TableSink(Stream stream, bool terminal, TableOptions options)
        {
            _options = options;
            _text = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true };
            _console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(_text),
                // Spectre.Console decides from the environment (TERM), not from where the text goes.
                Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            });
            if (!terminal)
                _console.Profile.Width = RedirectedWidth;
        }

        public override bool KeepsDocuments => true;

        public override IAnsiConsole? Console => _console;

        protected override void WriteCore(SentenceStance sentence)
        {
        }

        protected override void EndDocumentCore(DocumentAnalysis document) => TableRenderer.Write(_console, document, _options);

        protected override void Flush() => _text.Flush();

        public override void Dispose() => _text.Dispose();
    }
}
