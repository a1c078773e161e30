using System.Collections.Immutable;
using BriefingSite.Ingest;
using BriefingSite.Tests.Hardening;

namespace BriefingSite.Tests.Extraction.GoldSets;

/// <summary>A quote the annotator found: who said it ("-" in the file, null here, for a speaker who is no actor) and its first words.</summary>
public sealed record GoldQuote(string? Speaker, string Starts);

/// <summary>An event the annotator found: <see cref="Id"/> is shared by every article of the split that covers it.</summary>
public sealed record GoldEvent(string Id, string Title, string? Date, string Status, string Phrase);

/// <summary>
/// One hand-annotated article of Extraction/Gold/&lt;split&gt;/ (format in that folder's README): its text (written for the
/// set, or read from ../shared/corpora), publication date and every actor, quote and event a careful reader lists.
/// </summary>
public sealed record GoldArticle(string Name, string File, string Text, string? Date,
                                 ImmutableArray<string> Actors, ImmutableArray<GoldQuote> Quotes, ImmutableArray<GoldEvent> Events)
{
    public override string ToString() => Name;

    public static string Folder(string split) => Path.Combine(AppContext.BaseDirectory, "Extraction", "Gold", split);

    /// <summary>
    /// Every article of the split, in name order. Articles whose text lives in a corpus that is not on this machine are
    /// left out and counted in <paramref name="skipped"/>.
    /// </summary>
    public static IReadOnlyList<GoldArticle> Load(string folder, out int skipped) => Load(folder, out skipped, out _);

    /// <summary>
    /// As <see cref="Load(string, out int)"/>; an article whose corpus text is annotated in another split as well is left out
    /// when <paramref name="leaveOutShared"/> and counted in <paramref name="shared"/>.
    /// </summary>
    public static IReadOnlyList<GoldArticle> Load(string folder, out int skipped, out int shared, bool leaveOutShared = false)
    {
        skipped = 0;
        shared = 0;
        var elsewhere = leaveOutShared ? CorpusUsedOutside(folder) : [];
        var list = new List<GoldArticle>();
        if (!Directory.Exists(folder)) return list;
        foreach (var path in Directory.GetFiles(folder, "*.gold.yml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path)[..^".gold.yml".Length];
            var (node, error, line) = YamlReader.Read(System.IO.File.ReadAllText(path));
            if (node is not YamlMapping map) throw new InvalidDataException($"{path}:{line}: {error ?? "not a mapping"}");
            string? text;
            string file;
            if (Scalar(map["corpus"]) is { } corpusPath)
            {
                if (elsewhere.Contains(corpusPath)) { shared++; continue; }
                var slash = corpusPath.IndexOf('/');
                var corpus = SharedCorpora.Find(corpusPath[..slash]);
                if (corpus is null) { skipped++; continue; }
                file = name + Path.GetExtension(corpusPath);
                text = System.IO.File.ReadAllText(Path.Combine(corpus, corpusPath[(slash + 1)..]));
            }
            else
            {
                var own = Directory.GetFiles(folder, name + ".*").Where(p => !p.EndsWith(".gold.yml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
                file = Path.GetFileName(own);
                text = System.IO.File.ReadAllText(own);
            }
            list.Add(new GoldArticle(name, file, text, Scalar(map["date"]),
                Items(map["actors"]).Select(Scalar).OfType<string>().ToImmutableArray(),
                Items(map["quotes"]).OfType<YamlMapping>().Select(q => new GoldQuote(Scalar(q["speaker"]) is { } s && s != "-" ? s : null, Scalar(q["starts"]) ?? "")).ToImmutableArray(),
                Items(map["events"]).OfType<YamlMapping>().Select(e => new GoldEvent(Scalar(e["id"]) ?? "", Scalar(e["title"]) ?? "",
                    Scalar(e["date"]), Scalar(e["status"]) ?? "happened", Scalar(e["phrase"]) ?? "")).ToImmutableArray()));
        }
        return list;
    }

    /// <summary>The corpus articles annotated in the splits beside <paramref name="folder"/> (their `corpus:` lines only).</summary>
    private static HashSet<string> CorpusUsedOutside(string folder)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var own = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        foreach (var other in Directory.GetDirectories(Path.GetDirectoryName(own)!))
            if (Path.GetFullPath(other).TrimEnd(Path.DirectorySeparatorChar) != own)
                foreach (var path in Directory.GetFiles(other, "*.gold.yml"))
                    if (CorpusOf(path) is { } corpus) used.Add(corpus);
        return used;
    }

    /// <summary>The `corpus:` path of a gold file, null for an article written for the set.</summary>
    public static string? CorpusOf(string goldFile)
    {
        var (node, error, line) = YamlReader.Read(System.IO.File.ReadAllText(goldFile));
        if (node is not YamlMapping map) throw new InvalidDataException($"{Path.GetFileName(goldFile)}:{line}: {error ?? "not a mapping"}");
        return Scalar(map["corpus"]);
    }

    private static string? Scalar(YamlNode? node) => node is YamlScalar { IsNull: false } s ? s.Value : null;

    private static IEnumerable<YamlNode> Items(YamlNode? node) => node is YamlSequence seq ? seq.Items : [];
}
