using System.Text.RegularExpressions;
using BriefingSite.Extraction.Dates;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// The words a deed found without an event word is titled by (see <see cref="DatedDeeds"/>): its clause from subject to
/// end without the date ("Kenya asked the East African Court of Justice"), and the noun a relative clause hangs on
/// ("Baltic Sentry, which NATO launched").
/// </summary>
public static partial class DeedTitles
{
    [GeneratedRegex(@"(?:^|[,;:(]\s*|\b(?:by|of|in|on|to|for|with|after|before|and|but|that|said|says|than)\s+)(?<np>(?:(?:the|a|an|its|their|his|her)\s+)?[\w'’.\-]+(?:\s+[\w'’.\-]+){0,4}?),?\s+(?:which|that)\s+$")]
    private static partial Regex RelativeHead();

    /// <summary>The noun phrase a relative clause starting at <paramref name="from"/> hangs on ("Baltic Sentry, which"), or null.</summary>
    public static string? Antecedent(string text, int from)
    {
        var head = text[..from];
        if (!head.EndsWith(" which ", StringComparison.Ordinal) && !head.EndsWith(" that ", StringComparison.Ordinal)) return null;
        return RelativeHead().Match(head) is { Success: true } m ? m.Groups["np"].Value.Trim() : null;
    }

    public static string Title(string text, int from, int verbEnd, int right, DateExpression date, bool lower = false)
    {
        var clause = text[from..right];
        var dateAt = date.Start - from;
        // "agreed on 19 April to extend", "decided in April 2026 not to": the date goes with the "on" or "in" before it.
        if (dateAt >= 3 && date.End <= right && (char.IsAsciiLetterUpper(date.Text[0]) || char.IsAsciiDigit(date.Text[0])) && clause[..dateAt].TrimEnd() is var head && (head.EndsWith(" on", StringComparison.Ordinal) || head.EndsWith(" in", StringComparison.Ordinal)))
            dateAt = head.Length - 2;
        // "crossed into Chile on Sunday afternoon": the part of the day goes with the day.
        var dateEnd = date.End;
        if (date.End <= right)
            foreach (var part in PartOfDay().EnumerateMatches(text.AsSpan(date.End, right - date.End))) { dateEnd += part.Length; break; }
        if (dateAt >= 0 && date.End <= right) clause = clause[..dateAt] + clause[(dateEnd - from)..];
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // A long clause is cut after the verb and a word of its object (see ClauseTitles).
        var verbWords = text[from..Math.Clamp(verbEnd, from, right)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length
            - (dateAt >= 0 && date.End <= verbEnd ? date.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length : 0);
        // "When Mugabe assumed the presidency": the clause's opening word ties it to another; the title is the deed alone.
        if (words.Count > 0 && words[0] is "When" or "After" or "Before" or "Then" or "Later" or "Subsequently") { words.RemoveAt(0); verbWords--; }
        while (words.Count > 0 && words[^1] is "late" or "early" or "mid" or "in" or "on" or "at" or "the" or "of") words.RemoveAt(words.Count - 1);
        var title = string.Join(' ', ClauseTitles.Shorten(words, 12, verbWords + 1)).Trim(' ', ',', '.');
        return title.Length > 0 && !lower ? char.ToUpperInvariant(title[0]) + title[1..] : title;
    }

    [GeneratedRegex(@"^ (?:morning|afternoon|evening|night)\b")]
    private static partial Regex PartOfDay();
}
