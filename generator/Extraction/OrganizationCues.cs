namespace BriefingSite.Extraction;

/// <summary>
/// Organizations nobody listed whose name has no institution's head noun ("Litgrid", "Mahan Air", "Netcraft"), read
/// from what only a company or body has around its name: a class noun right before it ("the grid operator Litgrid",
/// "Iranian airline Mahan Air", "security firm Sophos"), a legal form after it ("Northwind Freight plc", "Acme
/// Logistik GmbH"), a company's possession after it ("Litgrid's chief executive", "Yukos's shares"), or a class noun
/// in apposition ("Orvane, a Danish shipping company,"). Names a person, place or known actor could open are left alone.
/// </summary>
public sealed class OrganizationCues(Knowledge k)
{
    /// <summary>Legal forms closing a company's name; the name is filed without them ("Northwind Freight").</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "plc", "PLC", "Plc", "Ltd", "Ltd.", "Limited", "Inc", "Inc.", "Corp.", "GmbH", "AG", "S.p.A.", "SpA", "S.A.", "N.V.", "NV", "LLC",
        "ASA", "Oyj", "B.V.", "BV", "S.A.S.", "Pty", "K.K.", "SA", "SRL", "S.R.L.", "S.r.l.",
    };

    /// <summary>What a company has, after its name in the possessive: "Litgrid's chief executive", "Yukos's shares".</summary>
    private static readonly string[][] Possessions =
    [
        ["chief", "executive"], ["chief", "financial", "officer"], ["CEO"], ["shares"], ["share", "price"], ["shareholders"],
        ["stock", "price"], ["subsidiary"], ["profits"], ["pre-tax", "profits"], ["annual", "profits"], ["revenues"], ["board", "of", "directors"],
    ];

    public IEnumerable<PersonCandidate> Find(int paragraph, List<Token> tokens, IReadOnlySet<string>? openings = null)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            // "the grid operator Litgrid", "Iranian airline Mahan Air": a class noun, then the name.
            // "the opposition party Ugandan Voice for Renewal": after the class noun, a name may open with its country's word.
            if (!t.Possessive && ClassNoun(tokens, i, out var plural) && !plural && i + 1 < tokens.Count && tokens[i + 1].Start == t.End + 1
                && (Run(tokens, i + 1) ?? CountryOpenedRun(tokens, i + 1)) is { } afterNoun && Through(tokens, afterNoun) is { } nameEnd)
                yield return Candidate(paragraph, tokens, i + 1, nameEnd);
            if (!t.IsCapitalized || i > 0 && tokens[i - 1].IsCapitalized && tokens[i - 1].End + 1 == t.Start && !tokens[i - 1].Possessive) continue;
            if (Run(tokens, i) is not { } last) continue;
            // "Northwind Freight plc", "Kessler Anlagenbau GmbH": a legal form after the name.
            var legal = LegalFormAfter(tokens, i, last);
            if (legal > 0) { yield return Candidate(paragraph, tokens, i, legal - 1); continue; }
            // "Tessmark describes itself as", "Orvane calls itself": what speaks of itself as "itself" is a body, not a person.
            if (!tokens[last].Possessive && last + 2 < tokens.Count && tokens[last + 1].IsLower && tokens[last + 2].Is("itself")) { yield return Candidate(paragraph, tokens, i, last); continue; }
            // "Litgrid's chief executive": a company's possession after the name.
            if (tokens[last].Possessive && PossessionAt(tokens, last + 1)) { yield return Candidate(paragraph, tokens, i, last); continue; }
            // "Orvane, a Danish shipping company,", "Orvane, Denmark's biggest insurer,", "Orvane, parent company of Tessel,": a class
            // noun in apposition, at most two words after the article or owner (or none); "Kelvane is a Texas company.": or after "is".
            // "Il Sole 24 Ore, Italy's business newspaper,": a run after a number is the end of a longer name.
            if (tokens[last].Possessive || last + 3 >= tokens.Count || i > 0 && TextChars.All(tokens[i - 1].Text, char.IsAsciiDigit)) continue;
            var copula = tokens[last + 1].Text is "is" or "was" && tokens[last + 2].Text is "a" or "an";
            // "Welthungerhilfe, one of Germany's largest aid agencies,": one of a class named in the plural is the name alone.
            if (tokens[last + 1].Is(",") && OneOfClass(tokens, last + 2))
            {
                if (i != last || openings is null || !openings.Contains(tokens[i].Text)) yield return Candidate(paragraph, tokens, i, last);
                continue;
            }
            if (!(tokens[last + 1].Is(",") || copula) || AppositionStart(tokens, last + 2) is not { } from || ClassNounIn(tokens, from) is not { } plurals) continue;
            if (i == last && openings is not null && openings.Contains(tokens[i].Text)) continue;
            // "Cinema for Peace Foundation, a Berlin-based non-profit,": the run is the end of a name joined by "for".
            var nameStart = i;
            if (i >= 2 && tokens[i - 1].Is("for") && tokens[i - 2].IsCapitalized && !tokens[i - 2].Possessive)
            {
                var opening = RunStart(tokens, i - 2);
                if (Run(tokens, opening) is not { } openingEnd || Through(tokens, openingEnd) != last) continue;
                nameStart = opening;
            }
            // "Petrolis and Gazmar, the national oil companies": a plural noun names both of two names joined by "and".
            if (plurals)
            {
                if (copula || nameStart < 2 || !tokens[nameStart - 1].Is("and")) continue;
                var start = RunStart(tokens, nameStart - 2);
                if (Run(tokens, start) != nameStart - 2) continue;
                yield return Candidate(paragraph, tokens, start, nameStart - 2);
            }
            yield return Candidate(paragraph, tokens, nameStart, last);
        }
    }

    /// <summary>The first of the capitalized words glued to one another that end at <paramref name="at"/>, none possessive before it.</summary>
    private static int RunStart(List<Token> tokens, int at)
    {
        while (at > 0 && tokens[at - 1].IsCapitalized && tokens[at - 1].End + 1 == tokens[at].Start && !tokens[at - 1].Possessive) at--;
        return at;
    }

    /// <summary>
    /// The last token of a name whose first run ends at <paramref name="last"/>: "Cinema for Peace Foundation" goes on
    /// through "for" and the capitalized words after it. Null when the name goes on otherwise ("Fathers 4 Justice",
    /// a capitalized word the run stopped at), as it is then some longer name's end.
    /// </summary>
    private int? Through(List<Token> tokens, int last)
    {
        if (last + 1 >= tokens.Count || tokens[last].Possessive) return last;
        var next = tokens[last + 1];
        // "... for Social Justice": the words after "for" may be a title's ("Social", "Justice"), as in "Centre for Social Justice".
        if (next.Is("for") && last + 2 < tokens.Count && tokens[last + 2].IsCapitalized && (Run(tokens, last + 2) ?? ForPart(tokens, last + 2)) is { } end) return end;
        // "the union Unison Dave Prentis": a person's given name or title after the run is no part of the name.
        var person = k.GivenNames.Contains(next.Text) || k.Honorifics.Contains(next.Text) || k.RoleNouns.Contains(next.Text.ToLowerInvariant());
        return next.Start == tokens[last].End + 1 && (next.IsCapitalized && !person || TextChars.All(next.Text, char.IsAsciiDigit)) ? null : last;
    }

    /// <summary>The last of one to four capitalized words glued from <paramref name="first"/>, none a given name or known actor's name (a title's word may be: "Justice").</summary>
    private int? ForPart(List<Token> tokens, int first)
    {
        var last = first - 1;
        while (last + 1 < tokens.Count && last + 1 - first < 4 && tokens[last + 1].IsCapitalized && (last < first || tokens[last + 1].Start == tokens[last].End + 1 && !tokens[last].Possessive)
               && !k.GivenNames.Contains(tokens[last + 1].Text) && k.Names.Match(tokens, last + 1) is not { Name.IsActor: true })
            last++;
        return last >= first && (last + 1 >= tokens.Count || !tokens[last + 1].IsCapitalized) ? last : null;
    }

    /// <summary>
    /// Whether a class noun ends the words of an apposition from <paramref name="from"/> (at most three, a glued compound
    /// such as "Berlin-based" or "state-owned" counting as one), and whether it is plural; null when none does.
    /// </summary>
    private bool? ClassNounIn(List<Token> tokens, int from)
    {
        var words = 0;
        for (var j = from; j < tokens.Count && words < 3; j++)
        {
            if (!tokens[j].IsWord || tokens[j].Possessive) return null;
            // A word glued by a hyphen to the next is the first part of a compound.
            if (j + 2 < tokens.Count && tokens[j + 1].Is("-") && tokens[j + 1].Start == tokens[j].End && tokens[j + 2].Start == tokens[j + 1].End) { j++; continue; }
            words++;
            if (!ClassNoun(tokens, j, out var plural)) continue;
            var next = j + 1 < tokens.Count ? tokens[j + 1].Text : ".";
            var word = tokens[j].Text;
            // "Lakeside, a group of houses,": "of" after a noun for a gathering tells what it gathers, not whose it is.
            if (next is "," or "that" or "which" or "based" or "owned" or "." or ";" or "in" or "with" || next is "of" && !OfGathering.Contains(word)) return plural;
        }
        return null;
    }

    /// <summary>
    /// "one of Germany's largest aid agencies", "one of the net's most iconic companies", "one of the biggest banks": "one of",
    /// perhaps "the" and an owner, then a class noun in the plural within three words.
    /// </summary>
    private bool OneOfClass(List<Token> tokens, int at)
    {
        if (at + 2 >= tokens.Count || !tokens[at].Is("one") || !tokens[at + 1].Is("of")) return false;
        var from = at + 2;
        if (tokens[from].Text is "the" && from + 1 < tokens.Count) from++;
        if (tokens[from].Possessive && from + 1 < tokens.Count) from++;
        return ClassNounIn(tokens, from) is true;
    }

    /// <summary>
    /// A class noun at token <paramref name="at"/>, written in lower case (or as an acronym, "NGO"), with the compound it
    /// ends ("non-profit"); <paramref name="plural"/> when it is the noun's plural ("companies", "banks").
    /// </summary>
    private bool ClassNoun(List<Token> tokens, int at, out bool plural)
    {
        plural = false;
        var t = tokens[at];
        if (!t.IsWord || !(t.IsLower || TextChars.All(t.Text, char.IsUpper))) return false;
        var word = t.Text;
        if (at >= 2 && tokens[at - 1].Is("-") && tokens[at - 1].End == t.Start && tokens[at - 2].End == tokens[at - 1].Start) word = tokens[at - 2].Text + "-" + word;
        if (k.OrganizationClassNouns.Contains(word)) return true;
        // "gas producer Energean", "the car maker Rover": a trade named by its goods and a noun.
        if (at >= 1 && tokens[at - 1].IsLower && tokens[at - 1].End + 1 == t.Start && k.OrganizationClassNouns.Contains(tokens[at - 1].Text + " " + word)) return true;
        plural = true;
        return word.EndsWith("ies", StringComparison.Ordinal) && k.OrganizationClassNouns.Contains(word[..^3] + "y")
               || word.EndsWith('s') && k.OrganizationClassNouns.Contains(word[..^1]);
    }

    private static readonly HashSet<string> OfGathering = new(StringComparer.Ordinal) { "group", "groups", "party", "parties", "union", "unions", "house", "houses" };

    /// <summary>
    /// The words an article writes as the first of a longer capitalized name: "Sumiko" of "Sumiko Mitsuda Financial". Such
    /// a lone word in apposition ("Sumiko, Japan's third-largest bank,") is that name's short form (OrganizationShortForms),
    /// not an organization of its own.
    /// </summary>
    public static HashSet<string> Openings(List<List<Token>> tokenized)
    {
        var opening = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tokens in tokenized)
            for (var j = 0; j + 1 < tokens.Count; j++)
                if (tokens[j].IsCapitalized && !tokens[j].Possessive && tokens[j + 1].IsCapitalized && tokens[j + 1].Start == tokens[j].End + 1) opening.Add(tokens[j].Text);
        return opening;
    }

    /// <summary>Where the words of an apposition start after "a", "an", "the" or an owner ("Denmark's"), or right away when lower-case.</summary>
    private static int? AppositionStart(List<Token> tokens, int at) =>
        tokens[at].Text is "a" or "an" or "the" || tokens[at].IsCapitalized && tokens[at].Possessive ? at + 1
        : tokens[at].IsLower && !tokens[at].Possessive ? at : null;

    /// <summary>
    /// "BISHKEK, April 20 (Kabar) –", "ACCRA, May 12 (West Africa Wire) -": the agency in a wire dateline's brackets, when
    /// it is no known name (a known one, "(AP)", is matched as such).
    /// </summary>
    public PersonCandidate? DatelineAgency(int paragraph, string text, List<Token> tokens)
    {
        if (Normalize.Dateline.Parse(text) is not { Agency: { } agency } d) return null;
        var end = text.Length - d.Rest.Length;
        var open = tokens.FindIndex(t => t.Is("(") && t.Start < end);
        var close = open < 0 ? -1 : tokens.FindIndex(open, t => t.Is(")") && t.Start < end);
        if (close - open < 2 || close - open > 5 || k.Names.Match(tokens, open + 1) is { } known && known.Count == close - open - 1) return null;
        for (var j = open + 1; j < close; j++)
            if (!tokens[j].IsCapitalized || j > open + 1 && tokens[j].Start != tokens[j - 1].End + 1) return null;
        return Candidate(paragraph, tokens, open + 1, close - 1);
    }

    /// <summary>
    /// The last token of a run of one to four capitalized words from <paramref name="first"/> ("Procter &amp; Gamble",
    /// "AT&amp;T" and "Sea-Eye" joined), none of which makes it a person's or a known actor's name; null when the run is no
    /// such name. A title word inside the run ends it when more capitals follow ("Sophos Chief Executive Jan Hruska").
    /// </summary>
    private int? Run(List<Token> tokens, int first)
    {
        var t = tokens[first];
        if (!t.IsCapitalized || !Plain(t.Text) || k.Names.Match(tokens, first) is not null) return null;
        // "M&S", "Sea-Eye": a letter glued to what precedes it is the end of a longer name.
        if (first > 0 && tokens[first - 1].End == t.Start && !tokens[first - 1].IsWord) return null;
        var last = first;
        var titleAt = -1;
        while (!tokens[last].Possessive && last + 1 < tokens.Count && last - first < 4)
        {
            var next = tokens[last + 1];
            var glued = next.Start == tokens[last].End;
            if (next.Text is "&" or "-" && last + 2 < tokens.Count && tokens[last + 2].IsCapitalized
                && (glued ? tokens[last + 2].Start == next.End : next.Start == tokens[last].End + 1 && tokens[last + 2].Start == next.End + 1))
            { last += 2; continue; }
            if (glued && !next.IsWord && next.Text is "&" or "-") return null;
            if (next.Start != tokens[last].End + 1 || !next.IsCapitalized || k.Honorifics.Contains(next.Text) || k.GivenNames.Contains(next.Text)) break;
            if (titleAt < 0 && k.RoleWords.Contains(next.Text)) titleAt = last + 1;
            last++;
        }
        if (titleAt > 0 && titleAt < last) last = titleAt - 1;
        return last - first < 4 ? last : null;
    }

    /// <summary>
    /// The last token of a run that opens with a country's word and goes on with capitalized words that are no title, given
    /// name or known name ("Ugandan Citizens", "Kenyan Airways"); null when none follows the country's word.
    /// </summary>
    private int? CountryOpenedRun(List<Token> tokens, int first)
    {
        if (k.Names.Match(tokens, first) is not { Name.Kind: Model.ActorKind.Country, Count: 1 } || tokens[first].Possessive) return null;
        if (first + 1 >= tokens.Count || tokens[first + 1].Start != tokens[first].End + 1) return null;
        var last = first;
        while (last + 1 < tokens.Count && last - first < 4 && !tokens[last].Possessive && tokens[last + 1].IsCapitalized && tokens[last + 1].Start == tokens[last].End + 1
               && !k.GivenNames.Contains(tokens[last + 1].Text) && !k.Honorifics.Contains(tokens[last + 1].Text) && !k.RoleWords.Contains(tokens[last + 1].Text)
               && !k.FunctionWords.Contains(tokens[last + 1].Text) && k.Names.Match(tokens, last + 1) is null)
            last++;
        return last > first && last - first < 4 ? last : null;
    }

    /// <summary>A word that can open a company's name: not a given name, title, honorific, function word or generic noun.</summary>
    private bool Plain(string word) =>
        !k.GivenNames.Contains(word) && !k.RoleWords.Contains(word) && !k.Honorifics.Contains(word) && !k.FunctionWords.Contains(word)
        && !k.GenericNouns.Contains(word) && !k.OrganizationHeads.Contains(word) && !LegalForms.Contains(word);

    /// <summary>A legal form from token <paramref name="at"/>, its glued pieces read as one ("S.p.A." is tokenized "S." "p" "." "A.").</summary>
    private static bool LegalFormAt(List<Token> tokens, int at)
    {
        var text = tokens[at].Text;
        if (LegalForms.Contains(text)) return true;
        for (var j = at + 1; j < tokens.Count && j <= at + 4 && tokens[j].Start == tokens[j - 1].End; j++)
            if (LegalForms.Contains(text += tokens[j].Text)) return true;
        return false;
    }

    /// <summary>The first token of a legal form joined to the run from <paramref name="first"/> to <paramref name="last"/>, or -1.</summary>
    private static int LegalFormAfter(List<Token> tokens, int first, int last)
    {
        for (var j = first + 1; j <= last + 1 && j < tokens.Count; j++)
            if (!tokens[j - 1].Possessive && tokens[j].Start == tokens[j - 1].End + 1 && LegalFormAt(tokens, j)) return j;
        return -1;
    }

    /// <summary>Whether a company's possession ("chief executive", "shares") follows at <paramref name="at"/>.</summary>
    private static bool PossessionAt(List<Token> tokens, int at)
    {
        foreach (var words in Possessions)
            if (Follows(tokens, at, words)) return true;
        return false;
    }

    private static bool Follows(List<Token> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count) return false;
        for (var j = 0; j < words.Length; j++)
            if (!tokens[at + j].Is(words[j])) return false;
        return true;
    }

    /// <summary>The name as written: "AT&amp;T" keeps its glued signs, "Procter &amp; Gamble" its spaces.</summary>
    private static PersonCandidate Candidate(int paragraph, List<Token> tokens, int first, int last)
    {
        // "the mining company Tarvel Minerit SA": the name is filed without its legal form.
        while (last > first && LegalForms.Contains(tokens[last].Text)) last--;
        var words = tokens.Skip(first).Take(last - first + 1).Select(t => t.Text).ToList();
        var text = new System.Text.StringBuilder(tokens[first].Text);
        for (var j = first + 1; j <= last; j++) text.Append(tokens[j].Start > tokens[j - 1].End ? " " : "").Append(tokens[j].Text);
        var written = text.ToString();
        return new(words, null, paragraph, tokens[first].Start, tokens[last].End, Model.ActorKind.Organization, written == NameText.Join(words) ? null : written);
    }
}
