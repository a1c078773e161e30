using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// News outlets nobody listed, read from where only an outlet can stand: the questioner's marker of a transcript
/// ("Q (El Mercurio): Did you discuss ...?", "Question (Arirang TV):") and the one told in an interview ("told The
/// Atlantic", where "The" in mid-sentence is part of a title). Known names keep their own entry.
/// </summary>
public sealed class OutletNames(Knowledge k)
{
    public IEnumerable<PersonCandidate> Find(int paragraph, List<Token> tokens)
    {
        // "Q (KBS):", "Question (The Korea Herald):" open the paragraph.
        if (tokens.Count > 4 && tokens[0].Text is "Q" or "Question" or "QUESTION" && tokens[1].Is("("))
        {
            var close = tokens.FindIndex(2, t => t.Is(")"));
            if (close > 2 && close <= 8 && close + 1 < tokens.Count && tokens[close + 1].Is(":") && Run(tokens, 2, close - 1) is { } name)
                yield return Candidate(paragraph, tokens, 2, name);
        }
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            // "Voter Kitty Mak told The Atlantic,": a title with "The" in mid-sentence.
            // "telling the Valley Independent:": one told something, written after "the", before the sentence goes on.
            if (tokens[i].Is("the") && tokens[i - 1].Text is "told" or "tells" or "telling" && Told(tokens, i + 1) is { } told)
            {
                yield return new PersonCandidate(tokens.Skip(i + 1).Take(told - i).Select(t => t.Text).ToList(), null, paragraph, tokens[i + 1].Start, tokens[told].End,
                                                 ActorKind.Organization, "The " + NameText.Join(tokens.Skip(i + 1).Take(told - i).Select(t => t.Text).ToList()));
                continue;
            }
            // "told Radio Nacional", "told Aerial Fire Review that": two or three capitalized words with an outlet's word.
            if (tokens[i - 1].Text is "told" or "tells" or "telling" && ToldOutlet(tokens, i) is { } outlet)
            {
                yield return Candidate(paragraph, tokens, i, outlet);
                continue;
            }
            if (!tokens[i].Is("The") || tokens[i].SentenceInitial || tokens[i - 1].Text is not ("told" or "tells")) continue;
            var last = i + 1;
            while (last + 1 < tokens.Count && tokens[last + 1].IsCapitalized && tokens[last + 1].Start == tokens[last].End + 1 && !tokens[last].Possessive) last++;
            if (last - i <= 3 && Run(tokens, i, last) is { } named) yield return Candidate(paragraph, tokens, i, named);
        }
    }

    /// <summary>
    /// The last token of an outlet's title after "told the": two or three capitalized words, none an actor's name, a title, a
    /// given name, an institution's head or a common word (a place may open it), then ":" or ",". Null otherwise ("told the Assembly").
    /// </summary>
    private int? Told(List<Token> tokens, int first)
    {
        var last = first;
        while (last + 1 < tokens.Count && last - first < 2 && tokens[last + 1].IsCapitalized && tokens[last + 1].Start == tokens[last].End + 1 && !tokens[last].Possessive) last++;
        if (last == first || last + 1 >= tokens.Count || tokens[last].Possessive || tokens[last + 1].Text is not (":" or ",")) return null;
        for (var j = first; j <= last; j++)
            if (!tokens[j].IsCapitalized || k.Names.Match(tokens, j) is { Name.IsActor: true } || k.RoleWords.Contains(tokens[j].Text) || k.GivenNames.Contains(tokens[j].Text)
                || k.OrganizationHeads.Contains(tokens[j].Text) || k.GenericNouns.Contains(tokens[j].Text) || k.NonNameWords.Contains(tokens[j].Text) || k.FunctionWords.Contains(tokens[j].Text)) return null;
        return last;
    }

    /// <summary>
    /// The last token of an outlet told something without "the": two or three capitalized words, one of them an outlet's
    /// word ("Radio Nacional", "Aerial Fire Review"), none an actor's name, a title or a given name, with no capitalized word
    /// after them. Null otherwise ("told Radio Four's PM programme" is a known name; "told Tom Review" a person).
    /// </summary>
    private int? ToldOutlet(List<Token> tokens, int first)
    {
        if (tokens[first].Is("The") || !tokens[first].IsCapitalized || tokens[first].Start != tokens[first - 1].End + 1) return null;
        var last = first;
        while (last + 1 < tokens.Count && last - first < 2 && tokens[last + 1].IsCapitalized && tokens[last + 1].Start == tokens[last].End + 1 && !tokens[last].Possessive) last++;
        if (last == first || last + 1 < tokens.Count && tokens[last + 1].IsCapitalized && tokens[last + 1].Start == tokens[last].End + 1) return null;
        var outletWord = false;
        for (var j = first; j <= last; j++)
        {
            if (k.Names.Match(tokens, j) is { Name.IsActor: true } || k.RoleWords.Contains(tokens[j].Text) || k.Honorifics.Contains(tokens[j].Text)
                || k.GivenNames.Contains(tokens[j].Text) || k.FunctionWords.Contains(tokens[j].Text)) return null;
            outletWord |= OutletWords.Contains(tokens[j].Text) || tokens[j].Is("Review");
        }
        return outletWord ? last : null;
    }

    /// <summary>Nouns for a news outlet: "the British newspaper the Independent", "Lietuvos rytas (daily)", "The EastAfrican, the regional weekly".</summary>
    public static readonly HashSet<string> OutletNouns = new(StringComparer.Ordinal)
    {
        "newspaper", "paper", "daily", "weekly", "tabloid", "broadsheet", "magazine", "broadcaster", "portal", "outlet", "website", "newsweekly", "journal",
    };

    /// <summary>Verbs an outlet does in a press review: "The Citizen is more measured", "The Citizen notes".</summary>
    private static readonly HashSet<string> OutletVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "reports", "reported", "writes", "wrote", "notes", "noted", "says", "said", "leads", "led", "quotes", "quoted",
        "argues", "argued", "carries", "carried", "publishes", "published", "runs", "ran", "asks", "asked", "claims", "claimed",
    };

    /// <summary>
    /// Outlets read from the nouns around them: "the British newspaper the Independent", "television broadcaster PBS" (the
    /// noun, then the name); "The EastAfrican, the regional weekly," (the name, then the noun in apposition); "Lietuvos
    /// rytas (daily)" (the noun in brackets); "In Dar es Salaam, The Citizen is more measured" ("The" in mid-sentence
    /// opening a name that reports or is described). A name written after "the" is filed with it ("The Independent").
    /// </summary>
    public IEnumerable<PersonCandidate> ByOutletNoun(int paragraph, List<Token> tokens)
    {
        if (DigestHeading(tokens) is { } heading) yield return Named(paragraph, tokens, heading.First, heading.Last, heading.First > 0);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            // "a daily Aspirin": "daily" and "weekly" are adjectives too; as nouns they follow "the" ("the regional weekly Correo Sur").
            var noun = t.IsLower && OutletNouns.Contains(t.Text) && !(t.Text is "daily" or "weekly" && !Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(j => tokens[j].Text is "the" or "The"));
            if (noun && i + 1 < tokens.Count && !t.Possessive)
            {
                var first = i + 1;
                var the = tokens[first].Text is "the" or "The";
                if (the) first++;
                if (first < tokens.Count && NameRun(tokens, first) is { } last) yield return Named(paragraph, tokens, first, last, the);
            }
            if (!t.IsCapitalized || i > 0 && tokens[i - 1].IsCapitalized && tokens[i - 1].Start + tokens[i - 1].Text.Length + 1 == t.Start) continue;
            if (NameRun(tokens, i) is not { } end || end + 2 >= tokens.Count) continue;
            var opensWithThe = t.Is("The") && end > i;
            var bracketed = tokens[end + 1].Is("(") && tokens[end + 2].IsLower && (OutletNouns.Contains(tokens[end + 2].Text)
                || end + 3 < tokens.Count && tokens[end + 2].Is("news") && OutletNouns.Contains(tokens[end + 3].Text));
            var apposition = tokens[end + 1].Is(",") && tokens[end + 2].Text is "the" or "a" && Enumerable.Range(end + 3, 3)
                .TakeWhile(j => j < tokens.Count && tokens[j].IsWord).Any(j => tokens[j].IsLower && OutletNouns.Contains(tokens[j].Text) && (j + 1 >= tokens.Count || !tokens[j + 1].IsWord));
            // "In Dar es Salaam, The Citizen is more measured": after a comma, not after a colon or inside a quote.
            var reviewed = opensWithThe && !t.SentenceInitial && i > 0 && tokens[i - 1].Is(",") && OutletVerbs.Contains(tokens[end + 1].Text)
                && k.Names.Match(tokens, i + 1) is null && !k.GenericNouns.Contains(tokens[i + 1].Text);
            if (bracketed || apposition || reviewed) yield return Named(paragraph, tokens, opensWithThe ? i + 1 : i, end, opensWithThe);
        }
    }

    private static readonly HashSet<string> Months = new(PartialDate.MonthNames, StringComparer.Ordinal);

    /// <summary>
    /// A press digest's item heading: a paragraph opening with an outlet's name, the date and a colon before the
    /// outlet's own words ("Morgenblatt, 4 May: "..."", "The Valley Courier (weekly), June 9 (editorial): "...""). The
    /// name is one to four capitalized words (a lower-case particle between two of them), no known name, title or
    /// given name; the date is a day and a month in either order, a year allowed.
    /// </summary>
    private (int First, int Last)? DigestHeading(List<Token> tokens)
    {
        if (tokens.Count < 6 || !tokens[0].IsCapitalized) return null;
        var first = tokens[0].Is("The") ? 1 : 0;
        if (first >= tokens.Count || !tokens[first].IsCapitalized || k.Names.Match(tokens, first) is not null || k.RoleWords.Contains(tokens[first].Text)
            || k.Honorifics.Contains(tokens[first].Text) || k.GivenNames.Contains(tokens[first].Text) || k.NonNameWords.Contains(tokens[first].Text)
            || Months.Contains(tokens[first].Text)) return null;
        var last = first;
        while (last + 1 < tokens.Count && last - first < 3 && tokens[last + 1].Start == tokens[last].End + 1 && !tokens[last].Possessive
               && (tokens[last + 1].IsCapitalized && !Months.Contains(tokens[last + 1].Text)
                   || tokens[last + 1].IsLower && last + 2 < tokens.Count && tokens[last + 2].IsCapitalized && tokens[last + 2].Start == tokens[last + 1].End + 1))
            last++;
        var i = Bracket(tokens, last + 1);
        if (i >= tokens.Count || !tokens[i].Is(",")) return null;
        i++;
        // "20 January", "January 20", either with a year after it.
        if (i + 1 >= tokens.Count) return null;
        if (Day(tokens[i]) && Months.Contains(tokens[i + 1].Text) || Months.Contains(tokens[i].Text) && Day(tokens[i + 1])) i += 2;
        else return null;
        if (i < tokens.Count && tokens[i].Is(",")) i++;
        if (i < tokens.Count && tokens[i].IsWord && tokens[i].Text.Length == 4 && tokens[i].Text.All(char.IsDigit)) i++;
        i = Bracket(tokens, i);
        return i + 1 < tokens.Count && tokens[i].Is(":") && tokens[i + 1].Text is "\"" or "“" or "«" or "„" ? (first, last) : null;

        static bool Day(Token t) => t.IsWord && t.Text.Length <= 2 && t.Text.All(char.IsDigit);
    }

    /// <summary>The token past a bracket of lower-case words at <paramref name="i"/> ("(daily)", "(editorial)"), else <paramref name="i"/>.</summary>
    private static int Bracket(List<Token> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].Is("(")) return i;
        var j = i + 1;
        while (j < tokens.Count && j - i <= 4 && tokens[j].IsLower) j++;
        return j > i + 1 && j < tokens.Count && tokens[j].Is(")") ? j + 1 : i;
    }

    /// <summary>The last token of a run of one to three capitalized words from <paramref name="first"/>, none of them a title or known name's start.</summary>
    private int? NameRun(List<Token> tokens, int first)
    {
        if (!tokens[first].IsCapitalized || k.Names.Match(tokens, first) is not null || k.RoleWords.Contains(tokens[first].Text) || k.Honorifics.Contains(tokens[first].Text)
            || k.GivenNames.Contains(tokens[first].Text) || k.FunctionWords.Contains(tokens[first].Text) && !tokens[first].Is("The")) return null;
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].IsCapitalized && tokens[last + 1].Start == tokens[last].End + 1 && !tokens[last].Possessive && last - first < 3) last++;
        // "Lietuvos rytas": a lower-case second word of a foreign title, right before a bracket.
        if (last + 2 < tokens.Count && tokens[last + 1].IsLower && tokens[last + 2].Is("(") && last == first) last++;
        if (tokens[first].Is("The") && last == first) return null;
        return last - first < 4 ? last : null;
    }

    private static PersonCandidate Named(int paragraph, List<Token> tokens, int first, int last, bool the)
    {
        var words = tokens.Skip(first).Take(last - first + 1).Select(t => t.Text).ToList();
        var key = the && !words[0].Equals("The", StringComparison.Ordinal) ? "The " + NameText.Join(words) : null;
        return new(words, null, paragraph, tokens[first].Start, tokens[last].End, Model.ActorKind.Organization, key);
    }

    /// <summary>The last token of a run of capitalized words (digits allowed after the first) from first to last, when it is no known name.</summary>
    private int? Run(List<Token> tokens, int first, int last)
    {
        if (!tokens[first].IsCapitalized) return null;
        for (var j = first + 1; j <= last; j++)
            if (!(tokens[j].IsCapitalized || tokens[j].IsWord && char.IsDigit(tokens[j].Text[0])) || tokens[j].Start - tokens[j - 1].End > 1) return null;
        if (k.Names.Match(tokens, first) is not null) return null;
        return last;
    }

    private static PersonCandidate Candidate(int paragraph, List<Token> tokens, int first, int last) =>
        new(tokens.Skip(first).Take(last - first + 1).Select(t => t.Text).ToList(), null, paragraph, tokens[first].Start, tokens[last].End, Model.ActorKind.Organization);

    /// <summary>
    /// "the paper says", "The Stockholm daily reports", "the Latvian weekly writes": "the", a place or a word or two, and a
    /// noun for a news outlet name the outlet the article named last before, among <paramref name="outlets"/>.
    /// </summary>
    public static (string Speaker, string? Key)? Outlet(ArticleFacts facts, int paragraph, int before, IReadOnlyList<Token> phrase, IReadOnlySet<string> outlets)
    {
        if (phrase.Count is < 2 or > 4 || !phrase[0].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        if (!phrase[^1].IsLower || !OutletNouns.Contains(phrase[^1].Text) || phrase.Any(t => !t.IsWord || t.Possessive)) return null;
        var last = facts.Mentions
            .Where(m => m.Kind == ActorKind.Organization && outlets.Contains(m.Key) && (m.Paragraph < paragraph || (m.Paragraph == paragraph && m.Start < before)))
            .OrderBy(m => m.Paragraph).ThenBy(m => m.Start).LastOrDefault();
        return last is null ? null : (last.Key, last.Key);
    }

    /// <summary>Words newspapers and broadcasters are named with ("Daily Nation", "The Straits Times", "Svenska Dagbladet").</summary>
    public static bool OutletLike(string name) => name.Split(' ').Any(w => OutletWords.Contains(w));

    private static readonly HashSet<string> OutletWords = new(StringComparer.Ordinal)
    {
        "Times", "Post", "News", "Daily", "Herald", "Journal", "Monitor", "Tribune", "Gazette", "Guardian", "Telegraph", "Independent",
        "Mail", "Express", "Observer", "Standard", "Nation", "Chronicle", "Inquirer", "Courier", "Mirror", "Dagbladet", "Nyheter",
        "Zeitung", "Allgemeine", "Corriere", "Pravda", "Izvestia", "Kommersant", "Broadcasting", "Radio", "Television", "TV",
    };
}
