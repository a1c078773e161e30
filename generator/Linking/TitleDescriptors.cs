using System.Collections.Immutable;
using BriefingSite.Extraction.Events;

namespace BriefingSite.Linking;

/// <summary>
/// The common words of an event's title, stemmed as <see cref="SentenceEventReader.Stem"/> stems proper words: what the
/// writer called the event ("Memorandum in Osh" → "memor"; "Karam’s joint news conference" → "joint", "news", "confe").
/// Proper words (the mention's own <c>Words</c>), possessives, numbers and function words are left out.
/// </summary>
internal static class TitleDescriptors
{
    public static ImmutableArray<string> Of(string title, ImmutableArray<string> properWords) => Of(title, properWords, null);

    /// <param name="kind">The mention's kind: its own noun ("announcement", "meeting") says nothing the kind does not.</param>
    public static ImmutableArray<string> Of(string title, ImmutableArray<string> properWords, string? kind)
    {
        var kindStem = kind is null ? null : SentenceEventReader.Stem(kind);
        var result = ImmutableArray.CreateBuilder<string>();
        var first = true;
        foreach (var raw in title.Split([' ', '-', '–', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var atStart = first;
            first = false;
            var w = raw.Trim('.', ',', '\'', '’', '"', '“', '”', '(', ')');
            if (w.Length < 4 || w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith('’') || w.Any(char.IsDigit)) continue;
            var lower = w.ToLowerInvariant();
            if (Function.Contains(lower) || EventPhrase.IsCalendarWord(w)) continue;
            var stem = SentenceEventReader.Stem(Synonyms.GetValueOrDefault(lower, w));
            // A capital inside the title is a name; a capital first word is a name only when the mention counted it as one.
            if (!properWords.IsDefaultOrEmpty && properWords.Contains(stem, StringComparer.Ordinal)) continue;
            if (!atStart && char.IsUpper(w[0])) continue;
            if (stem != kindStem && !result.Contains(stem)) result.Add(stem);
        }
        return result.ToImmutable();
    }

    /// <summary>Words writers use for one another in naming an event: a "telephone call" is a "phone call", a "news conference" a "press conference".</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal) { ["telephone"] = "phone", ["news"] = "press" };

    private static readonly HashSet<string> Function = new(StringComparer.Ordinal)
    {
        "with", "from", "into", "over", "after", "before", "between", "their", "this", "that", "these", "those", "last", "next",
        "about", "against", "under", "during", "since", "until", "upon", "onto", "also", "other", "same", "such", "some",
    };
}
