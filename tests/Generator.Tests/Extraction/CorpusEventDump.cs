using BriefingSite.Tests.Hardening;
using BriefingSite.Tests.Support;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A tool more than a test: with BRIEFING_EVENT_DUMP set to a file path, writes every event mention found in the real
/// articles of the shared corpora (all of Wikinews, dated from SOURCES.tsv, and the first BBC politics and business
/// articles, undated), one line each with its sentence, so that a change to event detection can be read as a diff of
/// what it gained and lost. Without the variable (or without the corpora) it does nothing.
/// </summary>
public class CorpusEventDump(ITestOutputHelper output)
{
    [Fact]
    public void Event_mentions_of_the_corpora_are_written_for_a_reader_to_diff()
    {
        if (Environment.GetEnvironmentVariable("BRIEFING_EVENT_DUMP") is not { Length: > 0 } target) { output.WriteLine("BRIEFING_EVENT_DUMP not set; skipped"); return; }
        var lines = new List<string>();
        var knowledge = BriefingSite.Extraction.Knowledge.Load();
        if (SharedCorpora.Find("wikinews-2019-2020") is { } wiki)
        {
            var dates = File.ReadAllLines(Path.Combine(wiki, "SOURCES.tsv")).Skip(1).Select(l => l.Split('\t'))
                .Where(f => f.Length > 1).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
            foreach (var file in Directory.GetFiles(wiki, "*.txt").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                var text = File.ReadAllText(file).Replace("\r\n", "\n");
                if (dates.TryGetValue(name, out var date)) text = $"---\ndate: {date}\n---\n{text}";
                lines.AddRange(Mentions("wn/" + name, text, knowledge));
            }
        }
        if (SharedCorpora.Find("bbc-fulltext") is { } bbc)
            foreach (var folder in new[] { "politics", "business" })
                foreach (var file in Directory.GetFiles(Path.Combine(bbc, folder), "*.txt").Order(StringComparer.Ordinal).Take(folder == "politics" ? 250 : 100))
                    lines.AddRange(Mentions($"bbc/{folder}/{Path.GetFileName(file)}", File.ReadAllText(file, System.Text.Encoding.Latin1), knowledge));
        File.WriteAllLines(target, lines);
        output.WriteLine($"{lines.Count} event mentions written to {target}");
    }

    private static IEnumerable<string> Mentions(string name, string text, BriefingSite.Extraction.Knowledge knowledge)
    {
        var facts = Extracting.Facts(text, knowledge, "content/articles/" + Path.GetFileName(name));
        foreach (var e in facts.Events)
        {
            var p = facts.Paragraphs.FirstOrDefault(x => x.Index == e.Paragraph);
            var s = p?.Sentences.FirstOrDefault(x => x.Index == e.Sentence);
            yield return $"{name}\t{e.Kind}\t{e.Date?.ToString() ?? "-"}\t{(e.Planned ? "planned" : "happened")}\t{e.Title}\t| {s?.Text.Replace('\n', ' ')}";
        }
    }
}
