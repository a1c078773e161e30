using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Tests.Hardening;

namespace BriefingSite.Tests.Extraction;

/// <summary>One gold event of one article (see /work/wt/GOLD.md).</summary>
public sealed record GoldEvent(string Id, string? Date, string Status, string Phrase);

/// <summary>One annotated article of a gold split: its name, the text to build (front matter included) and its events.</summary>
public sealed record GoldEventArticle(string Name, string Text, IReadOnlyList<GoldEvent> Events);

/// <summary>Reads the events of a gold split (tests/Generator.Tests/Extraction/Gold/&lt;split&gt;); corpus articles are skipped when the corpora are absent.</summary>
public static class EventGoldReader
{
    /// <summary>The split's folder in the repository (found by walking up to BriefingSite.sln), so the files are read where they are kept.</summary>
    public static string Folder(string split)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BriefingSite.sln")))
                return Path.Combine(dir.FullName, "tests", "Generator.Tests", "Extraction", "Gold", split);
        return Path.Combine(AppContext.BaseDirectory, "Extraction", "Gold", split);
    }

    public static List<GoldEventArticle> Read(string split)
    {
        var result = new List<GoldEventArticle>();
        var folder = Folder(split);
        if (!Directory.Exists(folder)) return result;
        foreach (var file in Directory.GetFiles(folder, "*.gold.yml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file)[..^".gold.yml".Length];
            var (node, error, _) = YamlReader.Read(File.ReadAllText(file));
            if (node is not YamlMapping map) throw new InvalidDataException($"{file}: {error}");
            var date = Scalar(map["date"]) ?? throw new InvalidDataException($"{file}: no date");
            string text;
            if (Scalar(map["corpus"]) is { } corpus)
            {
                var slash = corpus.IndexOf('/');
                if (SharedCorpora.Find(corpus[..slash]) is not { } dir) continue;
                text = File.ReadAllText(Path.Combine(dir, corpus[(slash + 1)..]));
            }
            else text = File.ReadAllText(Path.Combine(folder, name + ".md"));
            if (!text.StartsWith("---\n", StringComparison.Ordinal)) text = $"---\ndate: {date}\n---\n" + text;
            var events = (map["events"] as YamlSequence)?.Items.OfType<YamlMapping>()
                .Select(e => new GoldEvent(Scalar(e["id"])!, Scalar(e["date"]), Scalar(e["status"]) ?? "happened", Scalar(e["phrase"])!))
                .ToList() ?? [];
            result.Add(new GoldEventArticle(name, text, events));
        }
        return result;
    }

    private static string? Scalar(YamlNode? node) => node is YamlScalar { IsNull: false } s ? s.Value : null;
}
