using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BriefingSite.Diagnostics;

namespace BriefingSite.Incremental;

/// <summary>
/// What the last successful build of one output folder saw and did: a key for the program and options, the stamps of
/// every input file (content and themes) and output file, the article count and the diagnostics it printed.
/// Saved as text in the cache folder; a missing, stale or unreadable state only means a full build.
/// </summary>
public sealed record BuildState(string Key, ImmutableArray<FileStamp> Inputs, ImmutableArray<FileStamp> Outputs, int ArticleCount, ImmutableArray<Diagnostic> Diagnostics)
{
    private const string Header = "briefing-build-state 1";

    public string Serialize()
    {
        var sb = new StringBuilder(Header).Append('\n');
        sb.Append("key\t").Append(Key).Append('\n');
        sb.Append("articles\t").Append(ArticleCount.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var d in Diagnostics)
            sb.Append("diag\t").Append((int)d.Severity).Append('\t').Append(Escape(d.Code)).Append('\t').Append(Escape(d.At?.Path ?? "\0"))
              .Append('\t').Append((d.At?.Line ?? 0).ToString(CultureInfo.InvariantCulture)).Append('\t').Append(Escape(d.Message)).Append('\n');
        Stamps(sb, "in", Inputs);
        Stamps(sb, "out", Outputs);
        return sb.Append("end\n").ToString();
    }

    /// <summary>
    /// The article count of the state saved at <paramref name="path"/> when its key is <paramref name="key"/>, read from the
    /// head of the file alone (a large site's state holds tens of thousands of stamps); null otherwise. The state is not
    /// checked to be complete: the count is a hint, and a build that trusts the state parses it whole.
    /// </summary>
    public static int? ReadHead(string path, string key)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        if (reader.ReadLine() != Header || reader.ReadLine() != "key\t" + key) return null;
        return reader.ReadLine() is { } line && line.StartsWith("articles\t", StringComparison.Ordinal)
            && int.TryParse(line.AsSpan("articles\t".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>The state in <paramref name="text"/>, or null when it is not a complete state of this format.</summary>
    /// <param name="text">The saved state.</param>
    /// <param name="inputs">False to skip the input stamps (left empty): they were read already.</param>
    /// <param name="outputs">
    /// False to skip the output stamps (left empty): a build whose inputs changed never compares them, and a large site
    /// has several times more output files than inputs.
    /// </param>
    public static BuildState? Parse(string text, bool inputs = true, bool outputs = true)
    {
        if (!text.StartsWith(Header + "\n", StringComparison.Ordinal) || !text.EndsWith("\nend\n", StringComparison.Ordinal)) return null;
        string? key = null;
        int? articles = null;
        var ins = ImmutableArray.CreateBuilder<FileStamp>();
        var outs = ImmutableArray.CreateBuilder<FileStamp>();
        var diags = ImmutableArray.CreateBuilder<Diagnostic>();
        // Between the header line and the "end" line; each line is read in place, fields split without making arrays.
        var body = text.AsSpan(Header.Length + 1, text.Length - Header.Length - 1 - "end\n".Length);
        Span<Range> f = stackalloc Range[7];
        while (!body.IsEmpty)
        {
            // Lines end with '\n' only: an escaped path holds no '\n', but may hold any other line separator.
            var end = body.IndexOf('\n');
            if (end < 0) return null;
            var line = body[..end];
            body = body[(end + 1)..];
            if (!outputs && line.StartsWith("out\t") || !inputs && line.StartsWith("in\t")) continue;
            var n = line.Split(f, '\t');
            var kind = line[f[0]];
            if (kind is "key" && n == 2) key = line[f[1]].ToString();
            else if (kind is "articles" && n == 2 && int.TryParse(line[f[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var count)) articles = count;
            else if (kind is "diag" && n == 6 && int.TryParse(line[f[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var severity)
                     && Enum.IsDefined((Severity)severity))
            {
                var path = Unescape(line[f[3]].ToString());
                diags.Add(new Diagnostic((Severity)severity, Unescape(line[f[2]].ToString()), Unescape(line[f[5]].ToString()),
                    path == "\0" ? null : new SourceSpan(path, int.Parse(line[f[4]], CultureInfo.InvariantCulture))));
            }
            else if (kind is "in" or "out" && n == 4)
            {
                var stamp = new FileStamp(Unescape(line[f[1]].ToString()), long.Parse(line[f[2]], CultureInfo.InvariantCulture), long.Parse(line[f[3]], CultureInfo.InvariantCulture));
                (kind is "in" ? ins : outs).Add(stamp);
            }
            else return null;
        }
        return key is null || articles is null ? null : new BuildState(key, ins.ToImmutable(), outs.ToImmutable(), articles.Value, diags.ToImmutable());
    }

    private static void Stamps(StringBuilder sb, string kind, ImmutableArray<FileStamp> stamps)
    {
        foreach (var s in stamps)
            sb.Append(kind).Append('\t').Append(Escape(s.Path)).Append('\t').Append(s.Size.ToString(CultureInfo.InvariantCulture))
              .Append('\t').Append(s.ModifiedTicks.ToString(CultureInfo.InvariantCulture)).Append('\n');
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Unescape(string s)
    {
        if (!s.Contains('\\')) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 == s.Length) { sb.Append(s[i]); continue; }
            var c = s[++i];
            sb.Append(c switch { 't' => '\t', 'n' => '\n', _ => c });
        }
        return sb.ToString();
    }
}
