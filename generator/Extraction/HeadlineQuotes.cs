using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// A headline quoting words the article quotes again ("Minister promises jobs "for the next generation"", then
/// '"We are coming for the next generation of engineers," the minister said'): those words are the same speaker's
/// quote, placed where the article quotes them. Words no quote of the article holds are not attributed.
/// </summary>
public static class HeadlineQuotes
{
    public static IEnumerable<QuoteFact> Find(string title, List<QuoteFact> quotes)
    {
        foreach (var (open, close) in QuoteSpans.Find(title))
        {
            var words = title[(open + 1)..Math.Min(close, title.Length)].Trim().TrimEnd(',', '.', '?', '!', ':', ';').Trim();
            if (words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4) continue;
            if (quotes.Exists(q => q.Text.StartsWith(words, StringComparison.OrdinalIgnoreCase))) continue;
            if (quotes.FirstOrDefault(q => q.Text.Contains(words, StringComparison.OrdinalIgnoreCase)) is { } said)
                yield return said with { Text = words };
        }
    }
}
