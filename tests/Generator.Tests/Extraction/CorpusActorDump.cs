using BriefingSite.Tests.Hardening;
using BriefingSite.Tests.Support;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A tool more than a test: with BRIEFING_ACTOR_DUMP set to a file path, writes every actor and quote found in the real
/// articles of the shared corpora (all of Wikinews and the first BBC politics and business articles), one line each
/// with the sentence of its first mention, so that a change to actor or quote extraction can be read as a diff of what
/// it gained and lost. Without the variable (or without the corpora) it does nothing.
/// </summary>
public class CorpusActorDump(ITestOutputHelper output)
{
    [Fact]
    public void Actors_and_quotes_of_the_corpora_are_written_for_a_reader_to_diff()
    {
        if (Environment.GetEnvironmentVariable("BRIEFING_ACTOR_DUMP") is not { Length: > 0 } target) { output.WriteLine("BRIEFING_ACTOR_DUMP not set; skipped"); return; }
        var lines = new List<string>();
        var knowledge = BriefingSite.Extraction.Knowledge.Load();
        if (SharedCorpora.Find("wikinews-2019-2020") is { } wiki)
            foreach (var file in Directory.GetFiles(wiki, "*.txt").Order(StringComparer.Ordinal))
                lines.AddRange(Lines("wn/" + Path.GetFileName(file), File.ReadAllText(file).Replace("\r\n", "\n"), knowledge));
        if (SharedCorpora.Find("bbc-fulltext") is { } bbc)
            foreach (var folder in new[] { "politics", "business" })
                foreach (var file in Directory.GetFiles(Path.Combine(bbc, folder), "*.txt").Order(StringComparer.Ordinal).Take(folder == "politics" ? 250 : 100))
                    lines.AddRange(Lines($"bbc/{folder}/{Path.GetFileName(file)}", File.ReadAllText(file, System.Text.Encoding.Latin1), knowledge));
        File.WriteAllLines(target, lines);
        output.WriteLine($"{lines.Count} actor and quote lines written to {target}");
    }

    private static IEnumerable<string> Lines(string name, string text, BriefingSite.Extraction.Knowledge knowledge)
    {
        var facts = Extracting.Facts(text, knowledge, "content/articles/" + Path.GetFileName(name));
        foreach (var m in facts.Mentions.GroupBy(m => m.Key).Select(g => g.First()).OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var p = facts.Paragraphs.FirstOrDefault(x => x.Index == m.Paragraph);
            var s = p?.Sentences.FirstOrDefault(x => x.Start <= m.Start && m.Start < x.Start + x.Length) ?? p?.Sentences.FirstOrDefault();
            yield return $"{name}\tactor\t{m.Key}\t{m.Kind}\t{m.Name}\t| {s?.Text.Replace('\n', ' ')}";
        }
        foreach (var q in facts.Quotes)
        {
            var sentence = facts.Paragraphs.FirstOrDefault(x => x.Index == q.Paragraph)?.Sentences.ElementAtOrDefault(q.Sentence)?.Text.Replace('\n', ' ');
            yield return $"{name}\tquote\t{q.SpeakerKey ?? "-"}\t{q.Speaker}\t\"{(q.Text.Length > 60 ? q.Text[..60] : q.Text)}\"\t| {sentence}";
        }
    }
}
