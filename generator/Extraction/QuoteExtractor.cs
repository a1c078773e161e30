using System.Collections.Immutable;
using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Attributes direct quotes. The speaker is found after the quote ("...," said Rutte / Leavitt said / he told reporters),
/// else before it (Rutte told reporters that "..."), else the quote continues the speaker of the quote before it
/// (in the same paragraph, or opening a paragraph right after one). "He/she" is the last person named outside quotes.
/// Runs after <see cref="ActorExtractor"/>: speakers are its mentions.
/// </summary>
public sealed class QuoteExtractor(Knowledge k) : IFactExtractor
{
    private readonly SpeakerReferences references = new(k);
    private readonly QuoteSpeaker speakers = new(k);
    private readonly RulingSpeaker rulings = new(k);
    private readonly OutletNames outletNames = new(k);
    private readonly PartyAffiliations parties = new(k);
    private readonly DocumentSpeakers documents = new(k, new SpeakerReferences(k));

    public ArticleFacts Extract(Article article, ArticleFacts found)
    {
        var quotes = ImmutableArray.CreateBuilder<QuoteFact>();
        var spansByParagraph = found.Paragraphs.Select(p => QuoteSpans.Find(p.Text)).ToList();
        // Each paragraph is tokenized once, for finding the outlets and then the quotes' speakers.
        var tokenized = found.Paragraphs.Select(k.Tokenizer.Tokenize).ToList();
        // "Tory leader Michael Howard said": the party's word describing its member is never who speaks; "the Commons
        // home affairs committee said": nor is the house a committee is named after.
        var soFar = found with { Mentions = [.. found.Mentions.Where(m => !parties.DescribesMember(m, tokenized) && !QuoteFilters.NamesCommittee(m, tokenized))] };
        var outlets = Outlets(soFar, tokenized);
        (string Speaker, string? Key)? previous = null;
        for (var p = 0; p < soFar.Paragraphs.Length; p++)
        {
            var para = soFar.Paragraphs[p];
            if (para.IsHeading) { previous = null; continue; }
            var tokens = tokenized[p];
            var mentions = soFar.Mentions.Where(m => m.Paragraph == p).OrderBy(m => m.Start).ToList();
            var spans = spansByParagraph[p];
            var answer = TranscriptAnswers.InterviewAnswer(para.Text, mentions) ?? TranscriptAnswers.Answer(soFar, p) ?? TranscriptAnswers.TitledAnswer(soFar, p)
                         ?? BracketedInterviewAnswers.Answer(soFar, p) ?? WrittenAnswers.Answer(para.Text, mentions);
            if (answer is not null) quotes.Add(answer with { Paragraph = p });
            (string Speaker, string? Key)? inParagraph = null;
            foreach (var (open, close) in spans)
            {
                var inner = para.Text[(open + 1)..close].Trim();
                var words = TextChars.SpacedWords(inner);
                if (words < 2) continue;
                var ctx = new QuoteContext(soFar, p, para, tokens, mentions, spans, open, close) { Outlets = outlets };
                if (QuoteFilters.QuotesSomeoneElse(k, ctx)) continue;
                // A short fragment ("clear limits") is a quote only when a verb of saying in its own sentence says whose.
                var speaker = QuoteFilters.IsQuotation(inner)
                    ? (open == 0 ? EarlierSpeakers.CommentMarkerSpeaker(ctx) : EarlierSpeakers.CaptionSpeaker(ctx)) ?? (ctx.OpensSentence() ? After(ctx, inner) ?? Before(ctx) : rulings.Find(ctx) ?? BeforeElseNamedAfter(ctx, inner))
                      ?? LeadIn(ctx) ?? (inParagraph is { } earlier ? EarlierSpeakers.NewSubjectBefore(k, ctx, earlier.Key) : null) ?? inParagraph ?? (open == 0 ? EarlierSpeakers.ReporterAfterQuotes(ctx, references) ?? previous ?? EarlierSpeakers.PreviousSubject(ctx) : EarlierSpeakers.PreviousSubject(ctx))
                    : QuoteFilters.NamesSomething(k, ctx) ? null : Before(ctx) ?? After(ctx, inner);
                if (speaker is not { } s) continue;
                // An answer is quoted whole: words it quotes are another speaker's only when the answer says whose ("the
                // minister told me, "..."); read as the answerer's own, they are nested in the answer, not a quote of their own.
                if (answer is not null && s.Key == answer.SpeakerKey) continue;
                inParagraph = s;
                quotes.Add(new QuoteFact(s.Speaker, s.Key, inner.TrimEnd(',').Trim(), p, para.SentenceAt(open).Index));
            }
            previous = inParagraph ?? (spans.Count == 0 ? null : previous);
        }
        quotes.AddRange(HeadlineQuotes.Find(article.Title, quotes.ToList()));
        return found with { Quotes = found.Quotes.AddRange(quotes) };
    }

    /// <summary>
    /// The organizations the article names that are news outlets: found by the nouns around them ("the weekly X", "X
    /// (daily)"), or named like one ("Daily Nation", "The Straits Times").
    /// </summary>
    private HashSet<string> Outlets(ArticleFacts facts, List<List<Token>> tokenized)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < facts.Paragraphs.Length; p++)
            foreach (var c in outletNames.ByOutletNoun(p, tokenized[p])) found.Add(c.Name);
        foreach (var m in facts.Mentions)
            if (m.Kind == ActorKind.Organization && OutletNames.OutletLike(m.Key)) found.Add(m.Key);
        return found;
    }

    /// <summary>
    /// 'What they said: "A phone call ...," Choi told reporters': a lead-in naming no actor gives way to an actor named
    /// in the quote's own tag after it.
    /// </summary>
    private (string Speaker, string? Key)? BeforeElseNamedAfter(QuoteContext c, string inner)
    {
        var before = Before(c);
        // 'the WHO noted the need to act: "..., " said Tedros Adhanom Ghebreyesus': a quote closing on a comma is followed
        // by its own tag, which names the speaker over the verb that led up to it.
        // Only a tag right after the quote: "said Tedros", "Tedros said" ("..., while Trump noted" is another clause).
        if (inner.EndsWith(',') && OpensWithTag(c, c.Tokens.Where(t => t.Start > c.Close && t.End <= QuoteContext.SentenceEnd(c.Para, c.Close)).ToList())
            && After(c, inner) is { Key: { } key } tagged && c.Mentions.Exists(m => m.Key == key && m.Kind == ActorKind.Person)) return tagged;
        if (before is { Key: not null }) return before;
        return After(c, inner) is { Key: not null } after ? after : before ?? After(c, inner);
    }

    /// <summary>"...," said Rutte / "...," Leavitt said / "...," U.K. Defense Secretary John Healey told reporters.</summary>
    private (string Speaker, string? Key)? After(QuoteContext c, string inner)
    {
        var next = c.Spans.Where(s => s.Open > c.Close).Select(s => s.Open).DefaultIfEmpty(c.Para.Text.Length).Min();
        // A quote that closes a sentence it did not open ("X opposed it and said it was given "assurances."") has its
        // speaker in that sentence: the next sentence's "Y said" is about Y's own words.
        var sentenceEnd = c.Close >= c.Para.Text.Length ? c.Close : c.OpensSentence() ? QuoteContext.SentenceEndAfter(c.Para, c.Close) : QuoteContext.SentenceEnd(c.Para, c.Close);
        var windowEnd = Math.Min(next, sentenceEnd);
        if (Bracketed(c) is { } source) return source;
        var window = c.Tokens.Where(t => t.Start > c.Close && t.End <= windowEnd).ToList();
        if (window.Count == 0) return null;
        // A finished sentence inside the quote is followed by a new statement unless what follows is a short tag.
        if (".!?…".Contains(inner[^1]) && window.Count(t => t.IsWord) > 7 && !OpensWithTag(c, window)) return null;
        var verb = window.FindIndex(t => k.SpeechVerbs.Contains(t.Text));
        // '"...;" read the statement': a document read out after the quote is its source.
        if (verb < 0 && window[0].Text is "read" or "reads" && documents.Subject(c, window, 0) is { } document) return document;
        var according = window.FindIndex(t => t.Is("according"));
        if (according >= 0 && according + 1 < window.Count && window[according + 1].Is("to") && (verb < 0 || according < verb))
            return Source(c, window[according].End, windowEnd);
        if (verb < 0 || verb > 12 && !TitledSubject(c, window, verb) && !NamedInApposition(c, window, verb)) return null;
        return speakers.Find(c, window, verb, c.Close, windowEnd);
    }

    /// <summary>
    /// '"...," Qatar's Minister of State for Foreign Affairs Sultan bin Rashid Al-Marri said': however many words a title
    /// and a name take, a tag whose words before the verb are all one capitalized noun phrase (title words, "of", "for",
    /// "the", "and", name particles, an owner in the possessive) ending in a person named right before the verb is the
    /// quote's tag.
    /// </summary>
    private bool TitledSubject(QuoteContext c, List<Token> window, int verb)
    {
        if (verb > 24) return false;
        var person = c.Mentions.Find(m => m.Kind == ActorKind.Person && m.Start + m.Length == window[verb - 1].End);
        if (person is null) return false;
        return window.Take(verb).All(t => t.IsCapitalized || t.Is("-") || t.Text is "of" or "for" or "the" or "and" || k.NameParticles.Contains(t.Text));
    }

    /// <summary>
    /// '"...", Rabbi Marvin Hier, founder of human rights group the Simon Wiesenthal Center said.': a person named right after
    /// the quote's comma (title words before the name at most), then an apposition, then the verb ending the sentence, is
    /// the tag however long the apposition.
    /// </summary>
    private bool NamedInApposition(QuoteContext c, List<Token> window, int verb) =>
        verb <= 24 && window[0].Is(",") && c.Mentions.Exists(m => m.Kind == ActorKind.Person && m.Start >= window[1].Start && m.Start < window[verb].Start
                                                                   && window.Skip(1).TakeWhile(t => t.Start < m.Start).Take(4).Count() <= 3
                                                                   && window.Skip(1).TakeWhile(t => t.Start < m.Start).All(t => t.IsCapitalized))
        && (verb + 1 == window.Count || window[verb + 1].Text is "." or "!") && !window.Take(verb).Any(t => k.SpeechVerbs.Contains(t.Text));

    /// <summary>
    /// '"... in two days!" Macron told the world on Thursday via Twitter.': a sentence right after the quote that opens
    /// with a name and a verb of saying, or the verb and a name, is the quote's tag however long it runs.
    /// </summary>
    private bool OpensWithTag(QuoteContext c, List<Token> window)
    {
        if (window.Count < 2) return false;
        if (k.SpeechVerbs.Contains(window[0].Text)) return c.Mentions.Exists(m => m.Start == window[1].Start);
        // "Governor Elena Marchetti told": title words may come before the name.
        var titles = window.TakeWhile(t => t.IsCapitalized).Take(3).ToList();
        var named = c.Mentions.Find(m => m.Start >= window[0].Start && titles.Exists(t => t.Start == m.Start));
        var after = named is null ? -1 : window.FindIndex(t => t.Start >= named.Start + named.Length);
        return after >= 0 && k.SpeechVerbs.Contains(window[after].Text);
    }

    /// <summary>
    /// 'CLAIM: "..." (Senator Ana Ruiz, in a video posted on Saturday)': a person named first in brackets right after the
    /// quote, a title before the name at most, is its source.
    /// </summary>
    private static (string Speaker, string? Key)? Bracketed(QuoteContext c)
    {
        var open = c.Tokens.FindIndex(t => t.Start > c.Close);
        if (open < 0 || !c.Tokens[open].Is("(") || c.Tokens[open].Start > c.Close + 2) return null;
        var close = c.Tokens.FindIndex(open, t => t.Is(")"));
        var end = close < 0 ? c.Para.Text.Length : c.Tokens[close].Start;
        var first = c.Mentions.FirstOrDefault(m => m.Start > c.Tokens[open].Start && m.Start < end);
        if (first is not { Kind: ActorKind.Person }) return null;
        // Only title words stand between the bracket and the name.
        var before = c.Tokens.Where(t => t.Start > c.Tokens[open].Start && t.End <= first.Start).ToList();
        return before.All(t => t.IsCapitalized) && before.Count <= 3 ? (first.Key, first.Key) : null;
    }

    /// <summary>
    /// "...," according to a tweet on Monday by Secretary of State Mike Pompeo: the person named after "according to", else
    /// the organization; "according to him" is the last person named before.
    /// </summary>
    private (string Speaker, string? Key)? Source(QuoteContext c, int from, int to)
    {
        var named = c.Mentions.Where(m => m.Start >= from && m.Start + m.Length <= to).ToList();
        if (QuoteSpeaker.PersonElseOrganization(named) is { } source) return source;
        var pronoun = c.Tokens.FirstOrDefault(t => t.Start >= from && t.End <= to && t.IsWord);
        if (pronoun.Text is "him" or "her") return references.Pronoun(c.Facts, c.Paragraph, pronoun.Start, pronoun.Text);
        // "according to an Ethiopian diplomat, "..."": someone unnamed, a few words ending in a speaker's noun.
        var words = c.Tokens.Where(t => t.Start >= from && t.End <= to && !c.InsideQuote(t.Start)).TakeWhile(t => t.IsWord).ToList();
        return words.Count is >= 2 and <= 5 && words[0].Text is "a" or "an" && (k.RoleNouns.Contains(words[^1].Text) || words[^1].Text is "source" or "insider")
            ? (string.Join(' ', words.Select(t => t.Text)), null) : null;
    }

    /// <summary>Rutte told reporters that "..." / Hegseth said: "...".</summary>
    private (string Speaker, string? Key)? Before(QuoteContext c)
    {
        var from = c.ClauseStart();
        var window = c.Tokens.Where(t => t.Start >= from && t.End <= c.Open).ToList();
        var verb = window.FindLastIndex(t => k.SpeechVerbs.Contains(t.Text));
        // 'Johnson said he was "humbled" by the results and "...I and we will never ...": after a scare-quoted word and no
        // verb of saying, the clause goes back to the sentence's start.
        if (verb < 0 && AfterScareQuote(c, from))
        {
            from = c.Para.SentenceAt(c.Open).Start;
            window = c.Tokens.Where(t => t.Start >= from && t.End <= c.Open).ToList();
            verb = window.FindLastIndex(t => k.SpeechVerbs.Contains(t.Text));
        }
        // "According to Huenchumán, the government "has bought a submarine..."": the source named at the clause's start;
        // a sentence that opens with "According to him," is that person's account to its end (a reporting outlet,
        // "According to the BBC, a spokesman ...", only passes on what someone else said).
        var according = window.FindIndex(t => t.Text is "according" or "According");
        var comma = according < 0 ? -1 : window.FindIndex(according, t => t.Is(","));
        // "X agreed to the trip after a call that, according to a diplomat, "...": the source nearer the quote than any verb.
        if ((verb < 0 || according > verb) && according >= 0 && according + 2 < window.Count && window[according + 1].Is("to") && comma > 0)
        {
            var source = Source(c, window[according + 1].End, window[comma].Start);
            if (window.Count - comma <= 5) return source;
            var opens = according == 0 && window[0].Start == c.Para.SentenceAt(c.Open).Start;
            if (opens && source is { Key: { } key } && c.Facts.Mentions.Any(m => m.Key == key && m.Kind == ActorKind.Person)) return source;
        }
        if (Judging(window) is { } judging && judging > verb) return speakers.Find(c, window.Take(judging + 1).ToList(), judging, from, window[judging].End);
        if (verb < 0) return null;
        // "The State Department gave its "deepest sympathies" and said cases were afforded "...": the verb's subject
        // is before the earlier quote, at the sentence's start.
        if (from > c.Para.SentenceAt(c.Open).Start && window.Take(verb).All(t => !t.IsWord || t.Text is "and" or "but" or "then" or "also"))
        {
            from = c.Para.SentenceAt(c.Open).Start;
            window = c.Tokens.Where(t => t.Start >= from && t.End <= c.Open).ToList();
            verb = window.FindLastIndex(t => k.SpeechVerbs.Contains(t.Text));
        }
        return speakers.Find(c, window, verb, from, c.Open);
    }

    /// <summary>
    /// "The ministry welcomed the deal as "...", "Solis dismissed the plan as "...", "Reyes branded the report "...": an
    /// active verb that judges something, its object, then "as" (or, for a naming verb, nothing) right before the quote;
    /// the verb's index in <paramref name="window"/>, or null. The subject of the verb speaks.
    /// </summary>
    private int? Judging(List<Token> window)
    {
        if (window.Count < 3) return null;
        var asBefore = window[^1].Is("as");
        var objectEnd = asBefore ? window.Count - 1 : window.Count;
        for (var j = objectEnd - 1; j >= 0 && objectEnd - j <= 9; j--)
        {
            var t = window[j];
            if (k.EvaluationVerbs.Contains(t.Text) && j < objectEnd - 1 && (asBefore || k.NamingVerbs.Contains(t.Text)))
                // "The deal was hailed as": a passive verb's subject is what is judged.
                return j > 0 && window[j - 1].Text is "is" or "was" or "were" or "are" or "be" or "been" or "being" ? null : j;
            if (!t.IsWord || k.SpeechVerbs.Contains(t.Text)) return null;
        }
        return null;
    }

    /// <summary>
    /// "Trump, also on Twitter, defended his decision, "..."", "Graham spoke on Fox News: "..."": a quote introduced by a
    /// comma or colon after a clause is said by that clause's subject, the first person (else organization) named in it.
    /// </summary>
    private (string Speaker, string? Key)? LeadIn(QuoteContext c)
    {
        var j = c.Open - 1;
        while (j >= 0 && c.Para.Text[j] == ' ') j--;
        if (j < 0 || c.Para.Text[j] is not (':' or ',')) return null;
        // "the ministry justified the strike as "defensive" in nature: "...": an earlier scare quote does not end the clause.
        var from = c.ClauseStart();
        if (!c.Mentions.Exists(m => m.Start >= from && m.Start < j) && AfterScareQuote(c, from)) from = c.Para.SentenceAt(c.Open).Start;
        from = AfterOpeningClause(c, from, j);
        var inClause = c.Mentions.Where(m => m.Start >= from && m.Start + m.Length <= j && !c.InsideQuote(m.Start) && !speakers.Modifies(c, m)
                                             && !InRelativeClause(c, m) && !Owner(c, m)).ToList();
        // "In his message, he praised the general's record: "...": a pronoun subject before any name is the last person named.
        var subject = c.Tokens.FirstOrDefault(t => t.Start >= from && t.End <= j && QuoteSpeaker.Pronouns.Contains(t.Text) && !t.Possessive && !c.InsideQuote(t.Start));
        if (subject.Text is not null && !inClause.Exists(m => m.Start < subject.Start))
            return references.Pronoun(c.Facts, c.Paragraph, subject.Start, subject.Text);
        return QuoteSpeaker.PersonElseOrganization(inClause) ?? documents.From(c, from, j);
    }

    /// <summary>
    /// "When the court ruled that the ban was unlawful, she sent a message to colleagues: "...": a subordinate clause
    /// opening the sentence, up to its comma, is not the main clause whose subject speaks.
    /// </summary>
    private static int AfterOpeningClause(QuoteContext c, int from, int end)
    {
        var first = c.Tokens.FirstOrDefault(t => t.Start >= from && t.IsWord);
        if (first.Text is null || !Subordinators.Contains(first.Text)) return from;
        var comma = c.Tokens.FirstOrDefault(t => t.Start > first.End && t.End <= end && t.Is(",") && !c.InsideQuote(t.Start));
        return comma.Text is null || !c.Tokens.Exists(t => t.Start > comma.End && t.End <= end && t.IsWord) ? from : comma.End;
    }

    internal static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "When", "After", "Before", "While", "Whilst", "Although", "Though", "Because", "Since", "Once", "If", "Until", "Unless", "Whenever",
    };

    /// <summary>The clause starts right after a quoted word or phrase too short to be a statement ("defensive").</summary>
    private static bool AfterScareQuote(QuoteContext c, int from) =>
        c.Spans.Exists(s => s.Close + 1 == from && !QuoteFilters.IsQuotation(c.Para.Text[(s.Open + 1)..s.Close].Trim()));

    /// <summary>"the ministry justified the strike, which was approved by the president, as ...": a name inside a relative clause is not the subject.</summary>
    private static bool InRelativeClause(QuoteContext c, ActorMention m)
    {
        var i = c.Tokens.FindLastIndex(t => t.End <= m.Start && (t.Is(",") || t.Text is "." or ";"));
        if (i < 0 || !c.Tokens[i].Is(",") || i + 1 >= c.Tokens.Count || c.Tokens[i + 1].Text is not ("which" or "who" or "whom" or "whose")) return false;
        return c.Tokens.Exists(t => t.Start >= m.Start + m.Length && t.Start < c.Open && t.Is(","));
    }

    /// <summary>"he praised the general's record:": a possessive after the clause's subject (a name or pronoun) is not the subject.</summary>
    private static bool Owner(QuoteContext c, ActorMention m)
    {
        if (!c.Tokens.Exists(t => t.Possessive && t.End == m.Start + m.Length)) return false;
        var start = c.Para.SentenceAt(m.Start).Start;
        return c.Mentions.Exists(o => o.Start >= start && o.Start < m.Start && !c.InsideQuote(o.Start))
            || c.Tokens.Exists(t => t.Start >= start && t.End <= m.Start && QuoteSpeaker.Pronouns.Contains(t.Text));
    }
}
