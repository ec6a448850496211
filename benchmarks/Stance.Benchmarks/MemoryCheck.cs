using System.Diagnostics;
using System.Text;

namespace Stance.Benchmarks;

/// <summary>
/// Streams a large generated text through <see cref="StanceAnalyzer.AnalyzeAsync(TextReader, string?, CancellationToken)"/>,
/// reports the process's peak working set, then analyzes the same text whole with
/// <see cref="StanceAnalyzer.Analyze(string, string?)"/> and checks that both give the same records.
/// A separate process (not a BenchmarkDotNet job) because the peak of the whole process is the figure.
/// </summary>
/// <remarks>Usage: <c>dotnet run -c Release --project benchmarks/Stance.Benchmarks -- memory [megabytes=100] [limitMegabytes=200]</c>.
/// Exit code 0 when the peak is under the limit and the records match, 1 otherwise.</remarks>
public static class MemoryCheck
{
    /// <summary>Runs the check; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        int megabytes = args.Length > 1 ? int.Parse(args[1]) : 100;
        int limit = args.Length > 2 ? int.Parse(args[2]) : 200;
        long bytes = megabytes * 1024L * 1024L;
        using var analyzer = StanceAnalyzer.CreateDefault();

        var clock = Stopwatch.StartNew();
        var streamed = new RecordDigest();
        await foreach (var s in analyzer.AnalyzeAsync(new GeneratedTextReader(bytes), "generated"))
            streamed.Add(s);
        clock.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        double peak = self.PeakWorkingSet64 / 1048576.0;
        Console.WriteLine($"AnalyzeAsync: {megabytes} MB (UTF-8) generated text, {streamed.Count:N0} sentences in {clock.Elapsed.TotalSeconds:F1} s; peak working set {peak:F1} MB (limit {limit} MB)");

        // The comparison pass holds the whole text and every record, so it runs after the peak is read.
        clock.Restart();
        var reader = new GeneratedTextReader(bytes);
        string text = reader.ReadToEnd();
        var whole = new RecordDigest();
        foreach (var s in analyzer.Analyze(text, "generated").Sentences)
            whole.Add(s);
        clock.Stop();
        Console.WriteLine($"Analyze: {text.Length:N0} characters, {whole.Count:N0} sentences in {clock.Elapsed.TotalSeconds:F1} s");

        bool same = streamed.Equals(whole);
        Console.WriteLine(same ? "records: identical" : $"records: DIFFERENT (streamed {streamed.Count}, whole {whole.Count})");
        return same && peak < limit ? 0 : 1;
    }

    /// <summary>An order-sensitive digest of the records, so the streaming pass keeps nothing but two numbers.</summary>
    private sealed class RecordDigest
    {
        private ulong _hash = 14695981039346656037UL;

        public long Count { get; private set; }

        public void Add(SentenceStance s)
        {
            Count++;
            Mix(s.Index);
            Mix(s.Span.Start);
            Mix(s.Span.Length);
            Mix((int)s.Stance);
            Mix((long)BitConverter.DoubleToInt64Bits(s.Confidence));
            Mix(s.Text);
            Mix(s.Speaker?.Name);
            Mix(s.Speaker?.Role);
            Mix((int)s.SpeakerKind);
            Mix(s.Cue);
            Mix(s.Channel);
        }

        public bool Equals(RecordDigest other) => Count == other.Count && _hash == other._hash;

        private void Mix(long value)
        {
            _hash ^= (ulong)value;
            _hash *= 1099511628211UL;
        }

        private void Mix(string? value)
        {
            if (value is null) { Mix(-1); return; }
            foreach (char c in value)
                Mix(c);
            Mix(value.Length);
        }
    }

    /// <summary>
    /// A deterministic reader of news-like text of a given UTF-8 size: the sample articles' sentences
    /// drawn by a seeded generator into paragraphs, with numbers, Latin names and blank lines mixed in.
    /// Produces the text lazily, so it never holds more than one paragraph.
    /// </summary>
    private sealed class GeneratedTextReader(long utf8Bytes) : TextReader
    {
        private static readonly string[] s_sentences = LoadSentences();
        private static readonly string[] s_extras = ["(AFP)", "2.5 مليار دولار", "٢٠٢٤", "https://example.org/a?b=1", "U.S. Central Command", "«نحن هنا. ولن نغادر»", "—"];
        private readonly Random _random = new(20261122);
        private readonly StringBuilder _paragraph = new();
        private long _produced;
        private int _position;

        public override int Read(Span<char> buffer)
        {
            if (_position == _paragraph.Length && !NextParagraph())
                return 0;
            int n = Math.Min(buffer.Length, _paragraph.Length - _position);
            _paragraph.CopyTo(_position, buffer[..n], n);
            _position += n;
            return n;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Peek() => _position < _paragraph.Length || NextParagraph() ? _paragraph[_position] : -1;

        public override int Read()
        {
            Span<char> one = stackalloc char[1];
            return Read(one) == 0 ? -1 : one[0];
        }

        private bool NextParagraph()
        {
            if (_produced >= utf8Bytes)
                return false;
            _paragraph.Clear();
            _position = 0;
            int count = _random.Next(2, 9);
            for (int i = 0; i < count; i++)
            {
                if (i > 0) _paragraph.Append(' ');
                _paragraph.Append(s_sentences[_random.Next(s_sentences.Length)]);
                if (_random.Next(6) == 0) _paragraph.Append(' ').Append(s_extras[_random.Next(s_extras.Length)]).Append('.');
            }

            _paragraph.Append(_random.Next(4) == 0 ? "\n\n\n" : "\n");
            // Stop at the size exactly: the last paragraph is cut where the budget ends, mid-sentence if so.
            long size = Encoding.UTF8.GetByteCount(_paragraph.ToString());
            if (_produced + size > utf8Bytes)
            {
                long left = utf8Bytes - _produced;
                int cut = 0;
                for (long used = 0; cut < _paragraph.Length; cut++)
                {
                    used += _paragraph[cut] < 0x80 ? 1 : _paragraph[cut] < 0x800 || char.IsSurrogate(_paragraph[cut]) ? 2 : 3;
                    if (used > left) break;
                }

                _paragraph.Length = cut;
                size = left;
            }

            _produced += size;
            return _paragraph.Length > 0;
        }

        private static string[] LoadSentences()
        {
            var analyzer = StanceAnalyzer.CreateDefault();
            return [.. BenchmarkInputs.Articles().SelectMany(a => analyzer.Analyze(a).Sentences).Select(s => s.Text.ReplaceLineEndings(" "))];
        }
    }
}
