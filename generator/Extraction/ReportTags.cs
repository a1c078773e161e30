using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Tags that follow the words they report ("Gareth Pym has wasted the money, he claimed"): a name in those words is not
/// the tag's pronoun, and a participle after the tag ("..., she claimed, saying") has the tag's subject. Used by
/// <see cref="QuoteSpeaker"/> and <see cref="SpeakerReferences"/>.
/// </summary>
internal sealed partial class ReportTags(Knowledge k)
{
    /// <summary>
    /// "..., he claimed" after words it reports: the pronoun follows a comma and comes before its verb of saying, itself
    /// followed by the end of the sentence, a comma or a colon.
    /// </summary>
    public bool TagAfterReport(QuoteContext c, Token pronoun)
    {
        var i = c.Tokens.FindIndex(t => t.Start == pronoun.Start);
        var start = c.Para.SentenceAt(pronoun.Start).Start;
        if (i < 1 || !c.Tokens[i - 1].Is(",") || c.Tokens[i - 1].Start <= start) return false;
        // 'Roe concurred: "...", he argued.': what a quote introduced as such reports is the quote; who stands before it
        // speaks. A fragment quoted inside the reported words ('Pym "wasted the money", he said') is part of them.
        if (ReportTags.IntroducedQuoteBefore(c.Para.Text, c.Tokens[i - 1].Start, k)) return false;
        var v = i + 1;
        while (v < c.Tokens.Count && v - i <= 3 && QuoteSpeaker.Adverbs.Contains(c.Tokens[v].Text)) v++;
        return v + 1 < c.Tokens.Count && k.SpeechVerbs.Contains(c.Tokens[v].Text) && c.Tokens[v + 1].Text is "," or "." or ":";
    }

    /// <summary>
    /// The subject of a tag ", she claimed" or ", Ms Marsh said" that ends at <paramref name="comma"/> and follows the
    /// words it reports: its pronoun token, or the first token of the name; null when there is no such tag.
    /// </summary>
    public Token? TagBefore(QuoteContext c, Token comma)
    {
        var i = c.Tokens.FindIndex(t => t.Start == comma.Start);
        if (i < 3 || !k.SpeechVerbs.Contains(c.Tokens[i - 1].Text)) return null;
        var j = i - 2;
        while (j > 0 && QuoteSpeaker.Adverbs.Contains(c.Tokens[j].Text)) j--;
        if (QuoteSpeaker.Pronouns.Contains(c.Tokens[j].Text)) return j > 0 && c.Tokens[j - 1].Is(",") ? c.Tokens[j] : null;
        var named = c.Mentions.Find(m => m.Start + m.Length == c.Tokens[j].End && m.Kind == ActorKind.Person);
        if (named is null) return null;
        var first = c.Tokens.FindIndex(t => t.Start == named.Start);
        // "Mr" or a title before the name may open the tag.
        while (first > 0 && c.Tokens[first - 1].IsCapitalized && !c.Tokens[first - 1].SentenceInitial) first--;
        return first > 0 && c.Tokens[first - 1].Is(",") ? c.Tokens[first] : null;
    }

    /// <summary>
    /// "Gareth Pym has wasted the money, he claimed.": a name in the words a pronoun's tag reports later in its sentence
    /// is not who the pronoun is, nor who a later pronoun refers back to.
    /// </summary>
    public bool BeforePronounTag(DocParagraph para, ActorMention m, int limit)
    {
        var sentence = para.SentenceAt(m.Start);
        var end = Math.Min(limit, sentence.Start + sentence.Length);
        if (end <= m.Start + m.Length) return false;
        var rest = para.Text[(m.Start + m.Length)..end];
        foreach (System.Text.RegularExpressions.Match tag in PronounTag().Matches(rest))
            // 'Roe concurred: "...", he argued.': a tag after a quote reports the quote, not the words around the name.
            if (k.SpeechVerbs.Contains(tag.Groups["verb"].Value) && !IntroducedQuoteBefore(para.Text, m.Start + m.Length + tag.Index, k)) return true;
        return false;
    }

    /// <summary>
    /// Whether a quote closes right before <paramref name="comma"/> that a colon, a comma or a verb of saying introduced
    /// ('Roe concurred: "...",', 'said: "...",').
    /// </summary>
    internal static bool IntroducedQuoteBefore(string text, int comma, Knowledge k)
    {
        var span = QuoteSpans.Find(text).FindLast(s => s.Close < comma && string.IsNullOrWhiteSpace(text[(s.Close + 1)..comma]));
        if (span == default) return false;
        var lead = text[..span.Open].TrimEnd();
        if (lead.Length == 0 || lead[^1] is ':' or ',') return true;
        var word = new string(lead.Reverse().TakeWhile(char.IsLetter).Reverse().ToArray());
        return k.SpeechVerbs.Contains(word);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@", (?:he|she) (?:(?:also|then|later|has|had) )?(?<verb>[a-z]+)\s*(?:[,.:;]|$)")]
    private static partial System.Text.RegularExpressions.Regex PronounTag();
}
