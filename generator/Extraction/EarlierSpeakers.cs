using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Speakers of quotes that carry no attribution of their own, told by what comes before them: a comment marker over
/// the paragraph, the subject of the sentence before, or the subject of the last sentence of the paragraph before.
/// Used by <see cref="QuoteExtractor"/>.
/// </summary>
internal static class EarlierSpeakers
{
    /// <summary>"JANE ROE, CHIEF ECONOMIST, NORTHWIND BANK, OSLO:" over the paragraph: the commenter the marker names (<see cref="CommentMarkers"/>).</summary>
    internal static (string Speaker, string? Key)? CommentMarkerSpeaker(QuoteContext c)
    {
        if (c.Paragraph == 0 || !CommentMarkers.Shape(c.Facts.Paragraphs[c.Paragraph - 1].Text)) return null;
        var person = c.Facts.Mentions.FirstOrDefault(m => m.Paragraph == c.Paragraph - 1 && m.Start == 0 && m.Kind == ActorKind.Person);
        return person is null ? null : (person.Key, person.Key);
    }

    /// <summary>
    /// 'CLIP - BRIG. GEN. LEONARD GENTLE, BDF (0'14") "Our boat was ..."': a quote after a caption in capitals opening its
    /// paragraph (a broadcast script's clip line) is said by the person the article names whose name the caption spells.
    /// </summary>
    internal static (string Speaker, string? Key)? CaptionSpeaker(QuoteContext c)
    {
        if (c.Open < 4 || c.Spans.Exists(s => s.Open < c.Open)) return null;
        var caption = c.Para.Text[..c.Open];
        if (caption.Any(char.IsLower) || caption.Count(char.IsLetter) < 4) return null;
        var upper = " " + new string(caption.Select(ch => char.IsLetter(ch) ? ch : ' ').ToArray()) + " ";
        var named = c.Facts.Mentions.Where(m => m.Kind == ActorKind.Person && m.Key.Contains(' ')
                                               && upper.Contains(" " + m.Key.ToUpperInvariant() + " ", StringComparison.Ordinal))
            .Select(m => m.Key).Distinct(StringComparer.Ordinal).ToList();
        return named.Count == 1 ? (named[0], named[0]) : null;
    }

    /// <summary>
    /// "McGurk also criticized the decision via Twitter. "The statement shows..."": a quote that opens a sentence with no
    /// attribution of its own continues the person the previous sentence of the paragraph was about, if it names one first.
    /// </summary>
    internal static (string Speaker, string? Key)? PreviousSubject(QuoteContext c)
    {
        if (!c.OpensSentence()) return null;
        var sentence = c.Para.SentenceAt(c.Open);
        if (sentence.Index == 0) return c.Open == 0 ? SubjectOfParagraphBefore(c) : null;
        // "Asante-Mensah was unmoved. The declaration, he reminded members, restores ... "Our traders ..."": a sentence
        // naming no person but "he" or "she" carries the subject of the sentence before it on.
        for (var index = sentence.Index - 1; index >= 0 && index >= sentence.Index - 3; index--)
        {
            var previous = c.Para.Sentences[index];
            if (c.Spans.Any(s => s.Open >= previous.Start && s.Open < previous.Start + previous.Length)) return null;
            var named = c.Mentions.Where(m => m.Start >= previous.Start && m.Start < previous.Start + previous.Length).ToList();
            if (named.FirstOrDefault() is { Kind: ActorKind.Person } first) return (first.Key, first.Key);
            if (named.Exists(m => m.Kind == ActorKind.Person)) return null;
            if (!c.Tokens.Exists(t => t.Start >= previous.Start && t.End <= previous.Start + previous.Length && t.Text is "he" or "she")) return null;
        }
        return null;
    }

    /// <summary>
    /// '... Dewi Hale responded: "...". / The storm had tested everyone, Ms Marsh said.' then a paragraph that is a quote:
    /// the person the last sentence of the paragraph before has speaking, after that paragraph's last quote, goes on
    /// speaking rather than the one that quote was from.
    /// </summary>
    internal static (string Speaker, string? Key)? ReporterAfterQuotes(QuoteContext c, SpeakerReferences references)
    {
        if (c.Paragraph == 0 || c.Open != 0) return null;
        var sentence = c.Para.SentenceAt(c.Open);
        if (c.Mentions.Any(m => m.Kind == ActorKind.Person && m.Start >= sentence.Start && m.Start < sentence.Start + sentence.Length && !c.InsideQuote(m.Start))) return null;
        var before = c.Facts.Paragraphs[c.Paragraph - 1];
        if (before.IsHeading || before.Sentences.Length == 0) return null;
        var last = before.Sentences[^1];
        var spans = QuoteSpans.Find(before.Text);
        if (spans.Count == 0 || spans.Exists(s => s.Close >= last.Start)) return null;
        var speaking = c.Facts.Mentions.Where(m => m.Paragraph == c.Paragraph - 1 && m.Kind == ActorKind.Person && m.Start >= last.Start
                                                   && m.Start < last.Start + last.Length && references.Speaks(before.Text, m))
            .Select(m => m.Key).Distinct(StringComparer.Ordinal).ToList();
        return speaking.Count == 1 ? (speaking[0], speaking[0]) : null;
    }

    /// <summary>
    /// "Ousmane Ndiaye-Bâ, Amnesty's regional director, called the ruling a turning point." then a paragraph that is a
    /// quote: the person the last sentence of the paragraph before was about (when it quoted no one).
    /// </summary>
    private static (string Speaker, string? Key)? SubjectOfParagraphBefore(QuoteContext c)
    {
        if (c.Paragraph == 0) return null;
        // "... Harris can rest easy", Martin opines: a name beside the quote in its sentence is more likely the speaker.
        var sentence = c.Para.SentenceAt(c.Open);
        if (c.Mentions.Any(m => m.Kind == ActorKind.Person && m.Start >= sentence.Start && m.Start < sentence.Start + sentence.Length && !c.InsideQuote(m.Start))) return null;
        var before = c.Facts.Paragraphs[c.Paragraph - 1];
        if (before.IsHeading || before.Sentences.Length == 0 || QuoteSpans.Find(before.Text).Count > 0) return null;
        var last = before.Sentences[^1];
        var first = c.Facts.Mentions.Where(m => m.Paragraph == c.Paragraph - 1 && m.Start >= last.Start && m.Start < last.Start + last.Length)
            .OrderBy(m => m.Start).FirstOrDefault();
        return first is { Kind: ActorKind.Person } ? (first.Key, first.Key) : null;
    }

    /// <summary>
    /// 'Howard warned: "...". Campbell repeated his party's calls for the advice to be published. "The public interest ..."':
    /// a quote standing alone as a sentence, right after a sentence that quotes nothing and whose subject is a person
    /// opening it (title words before the name at most), is that person's, not the one quoted earlier in the paragraph.
    /// </summary>
    internal static (string Speaker, string? Key)? NewSubjectBefore(Knowledge k, QuoteContext c, string? earlier)
    {
        if (!c.OpensSentence()) return null;
        var sentence = c.Para.SentenceAt(c.Open);
        if (sentence.Index == 0) return null;
        var previous = c.Para.Sentences[sentence.Index - 1];
        var end = previous.Start + previous.Length;
        if (c.Spans.Any(s => s.Open < end && s.Close >= previous.Start)) return null;
        var first = c.Mentions.Where(m => m.Start >= previous.Start && m.Start < end).OrderBy(m => m.Start).FirstOrDefault();
        if (first is not { Kind: ActorKind.Person } || first.Key == earlier) return null;
        if (c.Tokens.Exists(t => t.Possessive && t.End == first.Start + first.Length)) return null;
        // Only title words before the name: "Liberal Democrat foreign affairs spokesman Menzies Campbell", "The Tory leader
        // Michael Howard"; lower-case words only when a role noun ends them.
        var before = c.Tokens.Where(t => t.Start >= previous.Start && t.End <= first.Start).ToList();
        var lower = before.Where(t => t.IsLower && t.Text is not ("the" or "of" or "for")).ToList();
        if (before.Count > 8 || !before.TrueForAll(t => t.IsWord) || lower.Count > 4 || lower.Count > 0 && !k.RoleNouns.Contains(lower[^1].Text)) return null;
        // The name is followed by a verb, not by more of a phrase ("Campbell's party").
        var next = c.Tokens.FirstOrDefault(t => t.Start >= first.Start + first.Length);
        return next.Text is not null && next.IsLower && next.IsWord ? (first.Key, first.Key) : null;
    }
}
