using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// What <see cref="QuoteExtractor"/> sets aside before it looks for speakers: quoted words that are no statement (a
/// scare-quoted word, a name given to something, an argument the sentence reports) and a house named only as a
/// committee's.
/// </summary>
internal static class QuoteFilters
{
    /// <summary>"Commons" in "the Commons work and pensions committee": an organization's name right before lower-case words ending in "committee".</summary>
    internal static bool NamesCommittee(ActorMention m, List<List<Token>> tokenized)
    {
        if (m.Kind != ActorKind.Organization || m.Paragraph >= tokenized.Count) return false;
        var tokens = tokenized[m.Paragraph];
        var i = tokens.FindIndex(t => t.Start >= m.Start + m.Length);
        for (var n = 0; i >= 0 && i + n < tokens.Count && n < 4; n++)
        {
            var t = tokens[i + n];
            if (!t.IsLower) return false;
            if (t.Text is "committee" or "subcommittee") return true;
        }
        return false;
    }

    /// <summary>
    /// "He rejected the argument that "coming to the table" is...", "dismissed claims of "...": the words belong to
    /// an argument the sentence reports, not to its subject. Only within the quote's sentence: 'He denied the allegations.
    /// "I never knew," he said.' is his.
    /// </summary>
    internal static bool QuotesSomeoneElse(Knowledge k, QuoteContext c)
    {
        if (c.OpensSentence()) return false;
        var before = c.Tokens.Where(t => t.End <= c.Open).TakeLast(3).Where(t => t.IsWord).Reverse().ToList();
        if (before.Count > 0 && before[0].Text is "that" or "of" or "about") before.RemoveAt(0);
        return before.Count > 0 && k.ArgumentNouns.Contains(before[0].Text);
    }

    private static readonly HashSet<string> NamingWords = new(StringComparer.Ordinal)
    {
        "dubbed", "nicknamed", "codenamed", "code-named", "titled", "entitled", "so-called", "branded", "labelled", "labeled",
    };

    /// <summary>
    /// "a programme dubbed "Zrínyi 2026"", "the Hungarian "outward investment" strategy": a short fragment that names
    /// something, or qualifies the noun after it, is nobody's words.
    /// </summary>
    internal static bool NamesSomething(Knowledge k, QuoteContext c)
    {
        var before = c.Tokens.LastOrDefault(t => t.End <= c.Open);
        if (before.Text is { } b && NamingWords.Contains(b)) return true;
        var after = c.Tokens.FirstOrDefault(t => t.Start > c.Close);
        return after.Text is { } a && after.Start == c.Close + 2 && after.IsLower && !k.IsLowerFunctionWord(a)
            && !k.SpeechVerbs.Contains(a) && !k.AuxiliaryVerbs.Contains(a);
    }

    /// <summary>A statement, not a scare-quoted word: five words, or at least two ending like a sentence or clause.</summary>
    internal static bool IsQuotation(string inner)
    {
        var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 5 || (words >= 2 && inner.Length > 0 && ".,!?…".Contains(inner[^1]));
    }
}
