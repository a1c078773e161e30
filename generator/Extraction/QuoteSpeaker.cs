using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Who says a quote, given the verb of saying that attributes it: the actor named as its subject ("Leavitt said", "said
/// Rutte"), a pronoun for the last person named, a description of an actor the article named ("the commission said"),
/// else the words naming an unnamed speaker ("a Kremlin spokesman").
/// </summary>
internal sealed class QuoteSpeaker(Knowledge k)
{
    private readonly SpeakerReferences references = new(k);
    private readonly TitleReferences titles = new(k);
    private readonly BodyReferences bodies = new(k);
    private readonly ReportTags tags = new(k);
    private readonly DocumentSpeakers documents = new(k, new SpeakerReferences(k));

    public static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "He", "She" };

    /// <summary>Words that stand between a subject and its verb of saying: "He also said", "She further stated", "It had previously warned".</summary>
    internal static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "also", "further", "then", "too", "later", "again", "previously", "earlier", "once", "still", "already", "repeatedly",
        "separately", "subsequently", "additionally", "similarly", "finally", "even", "had", "has", "have", "would", "will",
        "meanwhile", "however", "afterwards",
    };

    /// <summary>The words after an unnamed speaker's head noun that say where the speaker is: "a source within the ministry".</summary>
    private static readonly HashSet<string> SpeakerPlaces = new(StringComparer.Ordinal)
    {
        "within", "inside", "in", "at", "of", "for", "from", "with", "close", "near", "familiar", "who", "on", "to",
    };

    /// <summary>
    /// The pronoun subject of the verb ("he said", "She also said", "said he"; "It further warned" for a body), as an index
    /// into <paramref name="window"/>, or -1.
    /// </summary>
    private static int PronounAt(List<Token> window, int verb)
    {
        var j = verb - 1;
        while (j >= 0 && verb - j <= 3 && Adverbs.Contains(window[j].Text)) j--;
        if (j >= 0 && (Pronouns.Contains(window[j].Text) || (window[j].Text is "It" or "it" && (j == 0 || !window[j - 1].IsWord)))) return j;
        return verb + 1 < window.Count && Pronouns.Contains(window[verb + 1].Text) ? verb + 1 : -1;
    }

    public (string Speaker, string? Key)? Find(QuoteContext c, List<Token> window, int verb, int from, int to)
    {
        var verbToken = window[verb];
        if (ParticipleSubject(c, window, verb) is { } subject) return subject;
        if (documents.Subject(c, window, verb) is { } document) return document;
        // "NATO's Article 5 says", "Putin's spokesman said": a possessive before the verb owns the subject, it is not the subject.
        // "He told the BBC", "she asked Reuters": the one told or asked right after the verb is the listener, not the speaker.
        var listener = verbToken.Text is "told" or "tells" or "tell" or "asked" or "asks"
            ? c.Tokens.FirstOrDefault(t => t.Start > verbToken.End && t.IsWord && !t.Is("the")) : default;
        var candidates = c.Mentions.Where(m => m.Start >= from && m.Start + m.Length <= to && !c.InsideQuote(m.Start))
            .Where(m => (listener.Text is null || m.Start != listener.Start) && !QuoteSubjectFilters.Addressed(c, m))
            .Where(m => !Modifies(c, m) && !QuoteSubjectFilters.InAside(c, m, verbToken) && !BeforeUnnamedSubject(c, m, verbToken))
            .Where(m => m.Start > verbToken.Start || !c.Tokens.Exists(t => t.Possessive && t.End == m.Start + m.Length && t.End < verbToken.Start - 1 && QuoteSubjectFilters.NotAdjacent(c.Tokens, t, verbToken)))
            .Where(m => m.Start < verbToken.Start || !QuoteSubjectFilters.ReportedAfterVerb(c, m, verbToken) && !QuoteSubjectFilters.SubjectOfQuotedClause(c, m))
            // "The prime minister urged Europe and the US to "...", "branded Mr Howard "..."": before the quote, a name
            // after a verb that does not take its subject after it ("said Stubb:") is the verb's object when "to", "of" or
            // the quote follows it ("suggested Blunkett branded it "..."" has Blunkett speaking).
            // "a memo posted online by Senator Juan Dalmau": the agent of a passive verb is its subject.
            .Where(m => m.Start < verbToken.Start || to > c.Open || k.InvertedSpeechVerbs.Contains(verbToken.Text) || QuoteSubjectFilters.AfterBy(c, m) || !QuoteSubjectFilters.ObjectOfVerb(c, m))
            .ToList();
        // The subject right before the verb, or the speaker right after it ("said Rutte"): persons first.
        var best = candidates
            .Select(m => (m, distance: m.Start < verbToken.Start ? verbToken.Start - QuoteSubjectFilters.AsideEnd(c, m, verbToken) : m.Start - verbToken.End))
            .Where(x => x.distance <= (x.m.Kind == ActorKind.Person ? 160 : 60))
            .OrderBy(x => x.m.Kind == ActorKind.Person ? 0 : 1).ThenBy(x => x.distance)
            .Select(x => x.m).FirstOrDefault();
        var pronoun = PronounAt(window, verb);
        // "But he said many of Washington's objections were ...": a pronoun before the verb is its subject; a name after
        // the verb is then part of what was said.
        // "... within the US, he said": "he" or "she" right before the verb is its subject, whatever is named nearer.
        if (pronoun >= 0 && (best is null || Math.Abs(best.Start - verbToken.Start) > 40 || pronoun < verb && (best.Start > verbToken.End || Pronouns.Contains(window[pronoun].Text))))
        {
            var word = window[pronoun];
            var before = Math.Min(c.Open, word.Start);
            // "Mr Bush's first task was to "...", he said": one named only as an owner in the reported words is not who speaks.
            var sentenceStart = c.Para.SentenceAt(c.Open).Start;
            if (word.Start > c.Close && c.Mentions.Where(m => m.Kind == ActorKind.Person && m.Start >= sentenceStart && m.Start < c.Open)
                    .All(m => c.Tokens.Exists(t => t.Possessive && t.End == m.Start + m.Length))) before = Math.Min(before, sentenceStart);
            // "Mr Pym has wasted the money, he claimed": one named in the words a tag reports is not the tag's pronoun.
            if (pronoun < verb && tags.TagAfterReport(c, word)) before = Math.Min(before, sentenceStart);
            return word.Text is "It" or "it" ? bodies.Body(c.Facts, c.Paragraph, before) : references.Pronoun(c.Facts, c.Paragraph, before, word.Text);
        }
        if (best is not null) return (best.Key, best.Key);
        if (AgeEpithets.Before(window, verb, Adverbs) is { } age) return titles.Aged(c.Facts, c.Paragraph, Math.Min(c.Open, verbToken.Start), age) ?? ("the " + age, null);
        // A speaker who is no actor: "a Kremlin spokesman said"; or the body a description refers back to: "the commission said".
        // "said the Newport-based athlete": words joined by hyphens are one word of it.
        var phrase = verb > 0
            ? EpithetPhrases.Compound(window.Take(verb)).AsEnumerable().Reverse().TakeWhile(t => t.IsWord).Reverse().ToList()
            : EpithetPhrases.Compound(window.Skip(1)).TakeWhile(t => t.IsWord).ToList();
        // "One of the backbenchers, the member for Bawku Central, informed": the words of an aside right before the verb.
        if (phrase.Count == 0 && verb > 1 && window[verb - 1].Is(","))
        {
            phrase = window.Take(verb - 1).Reverse().TakeWhile(t => t.IsWord).Reverse().ToList();
            // "The deal was "a first step", he said, adding that ...": the pronoun that said it goes on speaking.
            if (phrase.Count >= 2 && Pronouns.Contains(phrase[0].Text) && k.SpeechVerbs.Contains(phrase[^1].Text) && phrase.Skip(1).SkipLast(1).All(t => Adverbs.Contains(t.Text))
                && references.Pronoun(c.Facts, c.Paragraph, Math.Min(c.Open, phrase[0].Start), phrase[0].Text) is { } saying) return saying;
        }
        // "The president had previously called it": the adverbs and auxiliaries before the verb are not part of who.
        while (verb > 0 && phrase.Count > 1 && Adverbs.Contains(phrase[^1].Text)) phrase.RemoveAt(phrase.Count - 1);
        // '"...," further saying, "..."': an adverb alone names no one; the subject is the sentence's, told before.
        if (phrase.Count == 1 && Adverbs.Contains(phrase[0].Text)) phrase.Clear();
        // "... for claiming the Tories were "...": a preposition or conjunction alone names no one.
        if (phrase.All(t => t.IsLower && k.IsLowerFunctionWord(t.Text))) phrase.Clear();
        // "But the foreign secretary told the committee:": a conjunction opening the sentence is no part of who speaks.
        // "Later the prime minister said": nor an adverb of time.
        if (phrase.Count > 2 && phrase[0].SentenceInitial && phrase[0].Text is "But" or "And" or "Yet" or "So" or "Still" or "However" or "Later" or "Earlier" or "Meanwhile" or "Afterwards"
            && phrase[1].Is("the")) phrase.RemoveAt(0);
        var at = Math.Min(c.Open, verbToken.Start);
        // '"...," said the 28-year-old': an age alone names the person just named.
        if (phrase is [{ Text: "the" or "The" }, var aged] && EpithetPhrases.IsAge(aged.Text))
            return titles.Aged(c.Facts, c.Paragraph, at, aged.Text) ?? (string.Join(' ', phrase.Select(t => t.Text)), null);
        var epithet = EpithetPhrases.WithoutAges(phrase);
        if ((bodies.Described(c.Facts, c.Paragraph, at, epithet) ?? EpithetPhrases.Sexed(k, titles.Titled(c.Facts, c.Paragraph, at, epithet), epithet)
             ?? OutletNames.Outlet(c.Facts, c.Paragraph, at, phrase, c.Outlets)) is { } described) return described;
        // "He later contacted the paper saying ...": a pronoun opening the words before the verb is their subject; not when
        // another verb of saying comes between ("He said the man shouted:") or the verb is passive ("He is described as").
        var passive = phrase.Count > 0 && phrase[^1].Text is "is" or "was" or "are" or "were" or "be" or "been" or "being";
        // "He continued by saying", "She concluded by noting": a verb of saying with "by" before this one is how, not another speaker.
        var manner = phrase.Count > 2 && phrase[^1].Is("by") ? phrase.Count - 2 : -1;
        if (phrase.Count > 1 && Pronouns.Contains(phrase[0].Text) && phrase[1].IsLower && !passive && !phrase.Skip(1).Where((_, i) => i + 1 != manner).Any(t => k.SpeechVerbs.Contains(t.Text))
            && references.Pronoun(c.Facts, c.Paragraph, Math.Min(c.Open, phrase[0].Start), phrase[0].Text) is { } pronounSpeaker) return pronounSpeaker;
        if (phrase.Count is > 0 and <= 6) return (string.Join(' ', phrase.Select(t => t.Text)), null);
        // "A source within the central Interior Ministry reportedly said", "A senior official at the agency's Paris office
        // told": a subject opening with "a" or "an" and a speaker's noun is someone unnamed however long the words after it.
        if (phrase.Count > 6 && phrase[0].Text is "A" or "An" or "a" or "an"
            && phrase.Skip(1).TakeWhile(t => !SpeakerPlaces.Contains(t.Text)).ToList() is { Count: >= 1 and <= 3 } head
            && head.TrueForAll(t => t.IsLower) && (k.RoleNouns.Contains(head[^1].Text) || head[^1].Text is "source" or "insider"))
            return (string.Join(' ', phrase.Take(head.Count + 1).Select(t => t.Text)), null);
        // "A spokesperson for Guterres welcomed it, calling it "...": the unnamed one who represents someone speaks.
        var represented = c.Mentions.FirstOrDefault(m => m.Start >= from && m.Start < verbToken.Start && Modifies(c, m));
        if (represented is null) return null;
        var opening = c.Tokens.Where(t => t.Start >= from && t.End <= represented.Start + represented.Length).Select(t => t.Text).ToList();
        return opening.Count is > 0 and <= 10 ? (NameText.Join(opening), null) : null;
    }

    /// <summary>
    /// "He denied the claim, telling the BBC "...", "The ministry rejected the report, saying "...": a verb of saying in
    /// -ing after a comma has the sentence's subject, a pronoun or an actor opening the sentence, not a name between.
    /// </summary>
    private (string Speaker, string? Key)? ParticipleSubject(QuoteContext c, List<Token> window, int verb)
    {
        if (verb < 1 || !window[verb - 1].Is(",") || !window[verb].Text.EndsWith("ing", StringComparison.Ordinal)) return null;
        var sentence = c.Para.SentenceAt(window[verb].Start);
        // "Mr Pym has wasted the money, she claimed, saying ...": a tag right before the participle has its subject.
        if (tags.TagBefore(c, window[verb - 1]) is { } tagged)
            return Pronouns.Contains(tagged.Text) ? references.Pronoun(c.Facts, c.Paragraph, sentence.Start, tagged.Text)
                : c.Mentions.Find(m => m.Start == tagged.Start) is { } named ? (named.Key, named.Key) : null;
        var first = c.Tokens.FirstOrDefault(t => t.Start >= sentence.Start && t.IsWord);
        if (first.Text is null || first.Start >= window[verb].Start) return null;
        if (Pronouns.Contains(first.Text)) return references.Pronoun(c.Facts, c.Paragraph, first.Start, first.Text);
        // "After meeting Putin, Trump said ..., adding": a sentence opening with a subordinate clause or a phrase has its
        // subject further on; left to the general search.
        var second = c.Tokens.FirstOrDefault(t => t.Start > first.End && t.IsWord);
        // "A Labour source told the paper ..., adding": an unnamed subject is left to the general search too.
        // "An eyewitness described for news agency Nordpress how it unfolded, stating": an unnamed subject and its verb
        // speak; a body named further on in the clause only heard it.
        if (first.Text is "A" or "An" && UnnamedSubjects.Find(k, c.Tokens, first) is { } unnamed) return (unnamed, null);
        if (first.Text is "A" or "An" || first.Text is "But" or "And" or "Yet" && second.Text is { } w && ClauseOpeners.Contains(char.ToUpperInvariant(w[0]) + w[1..])) return null;
        if (ClauseOpeners.Contains(first.Text)) return AfterOpeningPhrase(c, first, window[verb]);
        // "The Iraqi government", "US Secretary of State Mike Pompeo", "Lib Dem foreign affairs spokesman Menzies Campbell":
        // the subject runs from the sentence's start to its verb (or a comma); a person named in it wins over the body
        // of their title, and an owner in the possessive ("Spain's Fisheries Ministry") is not the subject.
        var at = c.Tokens.IndexOf(first);
        var stop = at;
        while (stop < c.Tokens.Count && stop - at < 14 && c.Tokens[stop].Start < window[verb].Start
               && (c.Tokens[stop].IsWord || c.Tokens[stop].Is("-")) && !IsVerb(c.Tokens[stop].Text)) stop++;
        var runEnd = stop < c.Tokens.Count ? c.Tokens[stop].Start : window[verb].Start;
        var opening = c.Mentions.Where(m => m.Start >= first.Start && m.Start + m.Length <= runEnd && !c.InsideQuote(m.Start) && !Modifies(c, m) && !QuoteSubjectFilters.Addressed(c, m)
                                             && !c.Tokens.Exists(t => t.Possessive && t.End == m.Start + m.Length)).ToList();
        if (opening.Count == 0) return UnnamedOpening(c, at, stop);
        return PersonElseOrganization(opening.Where(m => m.Kind == ActorKind.Person).ToList()) ?? PersonElseOrganization(opening);
    }

    /// <summary>
    /// "The prime minister's official spokesman also rejected the claims, saying: "...": a sentence opening with "the" and
    /// words ending in a role noun, naming no actor, has that one speaking: the person the article gave that title, else
    /// someone unnamed (not whoever was quoted before).
    /// </summary>
    private (string Speaker, string? Key)? UnnamedOpening(QuoteContext c, int at, int stop)
    {
        if (c.Tokens[at].Text is not ("The" or "the")) return null;
        // The last role noun of the opening words is their head: "The prime minister's official spokesman".
        var role = -1;
        for (var j = at + 1; j < stop && j - at <= 6; j++)
            if (k.RoleNouns.Contains(c.Tokens[j].Text) && !c.Tokens[j].Possessive) role = j;
        if (role < 0 || role + 1 >= c.Tokens.Count || !c.Tokens[role + 1].IsLower
            || k.IsLowerFunctionWord(c.Tokens[role + 1].Text) && !Adverbs.Contains(c.Tokens[role + 1].Text)) return null;
        var phrase = c.Tokens.GetRange(at, role - at + 1);
        if (titles.Titled(c.Facts, c.Paragraph, phrase[0].Start, phrase) is { } titled) return titled;
        // Someone's spokesman or aide speaks for them and is no one named.
        return phrase.Exists(t => t.Possessive) || c.Tokens[role].Text.StartsWith("spokes", StringComparison.Ordinal)
            ? (c.Para.Text[phrase[0].Start..phrase[^1].End], null) : null;
    }

    /// <summary>
    /// "In a livestream, Sanders shared his reasoning, pointing out he trailed Joe Biden, saying "...": after a short
    /// opening phrase set off by a comma, a person named right after that comma is the sentence's subject. Anything else
    /// (a clause: "After meeting Putin, the two said"; an unnamed subject) is left to the general search.
    /// </summary>
    private (string Speaker, string? Key)? AfterOpeningPhrase(QuoteContext c, Token first, Token verb)
    {
        var at = c.Tokens.IndexOf(first);
        var comma = c.Tokens.FindIndex(at, t => t.Is(",") || t.Start >= verb.Start);
        if (comma < 0 || comma - at > 8 || !c.Tokens[comma].Is(",") || comma + 1 >= c.Tokens.Count) return null;
        var subject = c.Tokens[comma + 1];
        if (subject.Start >= verb.Start || c.InsideQuote(subject.Start)) return null;
        var person = c.Mentions.Find(m => m.Start == subject.Start && m.Kind == ActorKind.Person);
        if (person is null || c.Tokens.Exists(t => t.Possessive && t.End == person.Start + person.Length)) return null;
        // The person must be followed by a verb, not by more of the phrase ("In Paris, Macron's ally said").
        var next = c.Tokens.FirstOrDefault(t => t.Start >= person.Start + person.Length);
        return next.Text is not null && next.IsLower && !k.IsLowerFunctionWord(next.Text) ? (person.Key, person.Key) : null;
    }

    private bool IsVerb(string word) => k.SpeechVerbs.Contains(word) || k.AgentVerbs.Contains(word) || k.AuxiliaryVerbs.Contains(word);

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "After", "Before", "While", "Whilst", "When", "Although", "Though", "Despite", "As", "If", "Because", "Since", "Until",
        "Unless", "During", "In", "On", "At", "By", "With", "Without", "From", "Following", "Speaking", "Asked", "According",
        "Writing", "Responding", "Addressing", "Under", "For", "To",
    };

    /// <summary>
    /// "Speaking ahead of the Army Board meeting, a spokesman said": a clause set off before an unnamed subject ("a
    /// spokesman", "an official") right before the verb names someone else; the unnamed one speaks.
    /// </summary>
    private bool BeforeUnnamedSubject(QuoteContext c, ActorMention m, Token verb)
    {
        if (m.Start > verb.Start) return false;
        var v = c.Tokens.FindIndex(t => t.Start == verb.Start);
        var comma = c.Tokens.FindLastIndex(v - 1, v, t => t.Is(","));
        if (v < 2 || comma < 0 || c.Tokens[comma].Start < m.Start + m.Length) return false;
        var subject = c.Tokens.Skip(comma + 1).Take(v - comma - 1).ToList();
        return subject.Count is >= 2 and <= 4 && subject[0].Text is "a" or "an" && subject.All(t => t.IsLower) && k.RoleNouns.Contains(subject[^1].Text);
    }

    /// <summary>"a senior AU official", "an EU diplomat": a name right before a lower-case role noun describes an unnamed speaker.</summary>
    public bool Modifies(QuoteContext c, ActorMention m)
    {
        var next = c.Tokens.FirstOrDefault(t => t.Start >= m.Start + m.Length);
        if (next.Text is not null && next.IsLower && k.RoleNouns.Contains(next.Text) && !c.Tokens.Exists(t => t.Possessive && t.End == m.Start + m.Length))
            return true;
        // "a spokesperson for UN Secretary-General António Guterres": the one represented is not the one speaking.
        // "director of Amnesty International Man-kei Tam": a person right after "of" and an organization holds the role
        // in that organization; the organization is the one the role is of, not someone represented.
        var i = c.Tokens.FindIndex(t => t.Start == m.Start) - 1;
        if (m.Kind == ActorKind.Person && i >= 0 && c.Mentions.Find(o => o.Kind != ActorKind.Person && o.Start + o.Length == c.Tokens[i].End) is { } org
            && c.Tokens.FindLast(t => t.End <= org.Start).Text is "of") return false;
        while (i >= 0 && (c.Tokens[i].IsCapitalized || c.Tokens[i].Is("-"))) i--;
        return i >= 1 && c.Tokens[i].Text is "for" or "of" && c.Tokens[i - 1].IsLower && k.RoleNouns.Contains(c.Tokens[i - 1].Text);
    }

    /// <summary>The first person named, else the first organization.</summary>
    public static (string Speaker, string? Key)? PersonElseOrganization(List<ActorMention> named)
    {
        var pick = named.FirstOrDefault(m => m.Kind == ActorKind.Person) ?? named.FirstOrDefault(m => m.Kind == ActorKind.Organization);
        return pick is null ? null : (pick.Key, pick.Key);
    }
}
