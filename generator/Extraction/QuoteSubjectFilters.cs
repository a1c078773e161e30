using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Tests of a name's place around a verb of saying that <see cref="QuoteSpeaker"/> uses to tell the subject from the
/// object, the listener, an aside or what is reported.
/// </summary>
internal static class QuoteSubjectFilters
{
    internal static bool ObjectOfVerb(QuoteContext c, ActorMention m)
    {
        var end = m.Start + m.Length;
        // "Poland and the EU to": the last of names joined by "and" or commas says what follows them all.
        while (true)
        {
            var joint = c.Tokens.FindIndex(t => t.Start >= end);
            if (joint < 0 || c.Tokens[joint].Text is not ("and" or ",")) break;
            var after = joint + 1 < c.Tokens.Count && c.Tokens[joint + 1].Is("the") ? joint + 2 : joint + 1;
            if (after >= c.Tokens.Count || c.Mentions.Find(o => o.Start == c.Tokens[after].Start) is not { } other) break;
            end = other.Start + other.Length;
        }
        var next = c.Tokens.FirstOrDefault(t => t.Start >= end);
        return next.Text is null || next.Start >= c.Open || next.Text is "to" or "of" or "for" or "over" or "as" or "his" or "her" or "their" or "its";
    }

    internal static bool AfterBy(QuoteContext c, ActorMention m)
    {
        var i = c.Tokens.FindIndex(t => t.Start == m.Start) - 1;
        while (i >= 0 && c.Tokens[i].IsCapitalized && m.Start - c.Tokens[i].Start < 40) i--;
        return i >= 0 && c.Tokens[i].Is("by");
    }

    /// <summary>
    /// "Speaking to Martin Smith of PBS, he said": the one spoken to, and the body the listener is "of", are not the speaker.
    /// </summary>
    internal static bool Addressed(QuoteContext c, ActorMention m)
    {
        if (SpeakerReferences.Addressed(c.Para.Text, m.Start)) return true;
        var i = c.Tokens.FindIndex(t => t.Start == m.Start) - 1;
        if (i >= 0 && c.Tokens[i].Is("the")) i--;
        if (i < 1 || !c.Tokens[i].Is("of")) return false;
        var owner = c.Mentions.Find(o => o.Kind == ActorKind.Person && o.Start + o.Length == c.Tokens[i - 1].End);
        return owner is not null && SpeakerReferences.Addressed(c.Para.Text, owner.Start);
    }

    /// <summary>
    /// "Turkey, which does not recognise the Republic of Cyprus, has warned": a name inside a relative clause that closes
    /// before the verb is not its subject.
    /// </summary>
    internal static bool InAside(QuoteContext c, ActorMention m, Token verb)
    {
        if (m.Start > verb.Start) return false;
        var open = c.Tokens.FindLastIndex(t => t.End <= m.Start && (t.Is(",") || t.Text is "." or ";" or ":"));
        if (open < 0 || !c.Tokens[open].Is(",") || open + 1 >= c.Tokens.Count || c.Tokens[open + 1].Text is not ("which" or "who" or "whom" or "whose" or "where")) return false;
        return c.Tokens.Exists(t => t.Start >= m.Start + m.Length && t.End <= verb.Start && t.Is(","));
    }

    /// <summary>
    /// Where the subject <paramref name="m"/> ends, after a relative clause set off right after it ("Turkey, which ..., has
    /// warned") or an apposition ("Deepline Metals, a Vancouver-listed company that applied in March, said").
    /// </summary>
    internal static int AsideEnd(QuoteContext c, ActorMention m, Token verb)
    {
        var end = m.Start + m.Length;
        var i = c.Tokens.FindIndex(t => t.Start >= end);
        if (i < 0 || i + 1 >= c.Tokens.Count || !c.Tokens[i].Is(",") || c.Tokens[i + 1].Text is not ("which" or "who" or "whose" or "a" or "an")) return end;
        var close = c.Tokens.FindIndex(i + 1, t => t.Is(","));
        return close > 0 && c.Tokens[close].End <= verb.Start ? c.Tokens[close].End : end;
    }

    /// <summary>
    /// "informed the House that Ghana had "done ..."", "added regarding Iran's request, they "would not ...": after the verb,
    /// a name inside a "that" clause, or a possessive further on than the verb's own object, is what is reported, not who speaks.
    /// </summary>
    internal static bool ReportedAfterVerb(QuoteContext c, ActorMention m, Token verb)
    {
        var between = c.Tokens.Where(t => t.Start > verb.End && t.End <= m.Start).ToList();
        if (between.Exists(t => t.Is("that"))) return true;
        var possessive = c.Tokens.Exists(t => t.Possessive && t.End == m.Start + m.Length);
        return possessive && between.Exists(t => t.IsWord && !t.Is("the"));
    }

    /// <summary>
    /// 'audibly says Zelensky "has a very primitive understanding"': a name right before a quote that goes on in lower case,
    /// with no comma or colon between, is the subject of the clause the quote completes, not who says it.
    /// </summary>
    internal static bool SubjectOfQuotedClause(QuoteContext c, ActorMention m)
    {
        var end = m.Start + m.Length;
        if (end > c.Open || c.Open + 1 >= c.Para.Text.Length || !char.IsLower(c.Para.Text[c.Open + 1])) return false;
        return c.Para.Text.AsSpan(end, c.Open - end).IsWhiteSpace();
    }

    /// <summary>Something stands between the possessive and the verb ("NATO's Article 5 says"), not just the verb ("NATO's says" never occurs).</summary>
    internal static bool NotAdjacent(List<Token> tokens, Token possessive, Token verb) =>
        tokens.Exists(t => t.IsWord && t.Start > possessive.End && t.End <= verb.Start);
}
