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
    public static BuildState? Parse(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 4 || lines[0] != Header || !text.EndsWith("\nend\n", StringComparison.Ordinal)) return null;
        string? key = null;
        int? articles = null;
        var inputs = ImmutableArray.CreateBuilder<FileStamp>();
        var outputs = ImmutableArray.CreateBuilder<FileStamp>();
        var diags = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var line in lines.AsSpan(1, lines.Length - 3))
        {
            var f = line.Split('\t');
            switch (f[0])
            {
                case "key" when f.Length == 2: key = f[1]; break;
                case "articles" when f.Length == 2 && int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n): articles = n; break;
                case "diag" when f.Length == 6 && Enum.IsDefined((Severity)int.Parse(f[1], CultureInfo.InvariantCulture)):
                    var path = Unescape(f[3]);
                    diags.Add(new Diagnostic((Severity)int.Parse(f[1], CultureInfo.InvariantCulture), Unescape(f[2]), Unescape(f[5]),
                        path == "\0" ? null : new SourceSpan(path, int.Parse(f[4], CultureInfo.InvariantCulture))));
                    break;
                case "in" or "out" when f.Length == 4:
                    var stamp = new FileStamp(Unescape(f[1]), long.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3], CultureInfo.InvariantCulture));
                    (f[0] == "in" ? inputs : outputs).Add(stamp);
                    break;
                default: return null;
            }
        }
        return key is null || articles is null ? null : new BuildState(key, inputs.ToImmutable(), outputs.ToImmutable(), articles.Value, diags.ToImmutable());
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
