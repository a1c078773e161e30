using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// A party named by the word its members are described with, in front of a member's role or name: "Tory leader
/// Michael Howard", "the Lib Dem foreign affairs spokesman", "Democratic committee chairman Jerrold Nadler", "Democrat
/// John Kerry". Elsewhere the word is left alone ("Conservative estimates", "Democratic values"), as is a word inside a
/// longer capitalized name ("Social Democrat", "Democratic Republic of Congo"), and a party whose country the article
/// gives no cue of (titles.yml `partyWords`: "Conservative" in a Canadian story is not Britain's party).
/// </summary>
public sealed class PartyAffiliations(Knowledge k)
{
    /// <summary>How many lower-case words may stand between the party's word and the role noun ("Lib Dem foreign affairs spokesman").</summary>
    private const int WordsBeforeRole = 2;

    /// <param name="paragraphs">The paragraphs that were tokenized: members in the plural inside a quotation are left alone.</param>
    public List<ActorMention> Find(List<List<Token>> tokenized, List<ActorMention> mentions, IReadOnlyList<DocParagraph>? paragraphs = null)
    {
        var found = new List<ActorMention>();
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            List<(int Open, int Close)>? quoted = null;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (Members(tokens, i) is { } members
                    && !(paragraphs is not null && (quoted ??= QuoteSpans.Find(paragraphs[p].Text)).Exists(q => tokens[i].Start > q.Open && tokens[i].Start < q.Close)))
                {
                    var end = tokens[i + members.Count - 1].End;
                    if (!MentionOverlaps.Any(mentions, p, tokens[i].Start, end))
                        found.Add(new ActorMention(members.Name.Key, members.Name.Key, ActorKind.Organization, p, tokens[i].Start, end - tokens[i].Start));
                    i += members.Count - 1;
                    continue;
                }
                if (k.PartyWords.Match(tokens, i) is not { } hit) continue;
                var last = tokens[i + hit.Count - 1];
                if (last.Possessive || i + hit.Count >= tokens.Count) continue;
                if (k.Names.Match(tokens, i) is { } longer && longer.Count > hit.Count) continue;
                if (InsideLongerName(tokens, i) || !BeforeRoleOrName(tokens, i + hit.Count, p, mentions)) continue;
                var start = tokens[i].Start;
                if (MentionOverlaps.Any(mentions, p, start, last.End)) continue;
                found.Add(new ActorMention(hit.Name.Key, hit.Name.Key, ActorKind.Organization, p, start, last.End - start));
                i += hit.Count - 1;
            }
        }
        var parties = found.Select(m => m.Key).Distinct(StringComparer.Ordinal).Where(party => !Cued(party, tokenized)).ToHashSet(StringComparer.Ordinal);
        found.RemoveAll(m => parties.Contains(m.Key));
        return found;
    }

    /// <summary>
    /// The party's members in the plural standing as a noun ("231 Democrats supported it", "Other Republicans have broken
    /// with him"), not inside a longer name ("Sweden Democrats"; "House Republicans" is left to the name's own reading) and
    /// not before a capitalized word that would make one ("Democrats Abroad"). Find leaves those inside quotations alone (a
    /// speaker's "I'm asking a lot of Republicans" is no mention of the party).
    /// </summary>
    private (KnownName Name, int Count)? Members(List<Token> tokens, int i)
    {
        if (k.PartyMembers.Match(tokens, i) is not { } hit || InsideLongerName(tokens, i)) return null;
        var next = i + hit.Count;
        if (next < tokens.Count && tokens[next].IsCapitalized && tokens[next].Start - tokens[next - 1].End <= 1) return null;
        return hit;
    }

    /// <summary>"Social Democrat", "House Democratic": a capitalized word right before, not opening the sentence, makes a longer name.</summary>
    private static bool InsideLongerName(List<Token> tokens, int i)
    {
        if (i == 0) return false;
        var prev = tokens[i - 1];
        return prev.IsCapitalized && !prev.SentenceInitial && !prev.Possessive && tokens[i].Start - prev.End <= 1;
    }

    /// <summary>
    /// A role noun follows ("leader", "MP", "Senator"), at most two lower-case words later, or a person's name, right
    /// away or after at most two lower-case words that describe the person ("Democratic rival Ann Roe", "Tory
    /// challenger former Mayor Tom Fry"), or after a comma when the word is a noun ("a Republican, Ann Roe").
    /// </summary>
    private bool BeforeRoleOrName(List<Token> tokens, int j, int paragraph, List<ActorMention> mentions)
    {
        // "a Republican, Ann Roe, said": the party's word as a noun, a member named in apposition after it.
        if (tokens[j].Is(",") && j >= 2 && tokens[j - 2].Text is "a" or "A" or "another" or "Another" && j + 1 < tokens.Count)
            return mentions.Exists(m => m.Paragraph == paragraph && m.Kind == ActorKind.Person && m.Start == tokens[j + 1].Start);
        if (tokens[j].Start - tokens[j - 1].End > 1) return false;
        if (tokens[j].IsCapitalized) return RoleOrName(tokens[j], paragraph, mentions);
        for (var n = 0; n <= WordsBeforeRole && j + n < tokens.Count; n++)
        {
            var t = tokens[j + n];
            if (n > 0 && t.Start - tokens[j + n - 1].End > 1) return false;
            if (n > 0 && t.IsCapitalized) return RoleOrName(t, paragraph, mentions);
            if (!t.IsLower) return false;
            if (k.RoleNouns.Contains(t.Text)) return true;
        }
        return false;
    }

    /// <summary>A capitalized title ("Senator") or the first word of a person the article names.</summary>
    private bool RoleOrName(Token t, int paragraph, List<ActorMention> mentions) =>
        k.RoleWords.Contains(t.Text) && !k.Names.Contains(t.Text)
        || mentions.Exists(m => m.Paragraph == paragraph && m.Kind == ActorKind.Person && m.Start == t.Start);

    /// <summary>
    /// A mention found here: the party's word describing a member ("Tory" in "the Tory MP for Sleaford said"). Quotes
    /// leave it out, as they do a country's word ("a senior AU official"): the member speaks, not the party.
    /// </summary>
    public bool DescribesMember(ActorMention m, List<List<Token>> tokenized)
    {
        if (m.Kind != ActorKind.Organization || m.Paragraph >= tokenized.Count) return false;
        var tokens = tokenized[m.Paragraph];
        var i = tokens.FindIndex(t => t.Start == m.Start);
        return i >= 0 && k.PartyWords.Match(tokens, i) is { } hit && hit.Name.Key == m.Key && tokens[i + hit.Count - 1].End == m.Start + m.Length;
    }

    private bool Cued(string party, List<List<Token>> tokenized) =>
        !k.PartyCues.TryGetValue(party, out var cues) || cues.Count == 0
        || tokenized.Any(tokens => tokens.Any(t => cues.Any(c => t.Text.StartsWith(c, StringComparison.Ordinal))));
}
