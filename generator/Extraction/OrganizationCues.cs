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
    /// <summary>Nouns for a company or body, written in lower case right before its name or in apposition to it.</summary>
    private static readonly HashSet<string> ClassNouns = new(StringComparer.Ordinal)
    {
        "company", "firm", "airline", "carmaker", "automaker", "chipmaker", "drugmaker", "planemaker", "steelmaker",
        "shipbuilder", "manufacturer", "conglomerate", "lender", "insurer", "retailer", "supermarket", "giant", "subsidiary",
        "utility", "charity", "shipyard", "startup", "consultancy", "bank", "telco", "miner", "union", "newspaper",
    };

    /// <summary>Legal forms closing a company's name; the name is filed without them ("Northwind Freight").</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "plc", "PLC", "Plc", "Ltd", "Ltd.", "Limited", "Inc", "Inc.", "Corp.", "GmbH", "AG", "S.p.A.", "SpA", "S.A.", "N.V.", "NV", "LLC",
        "ASA", "Oyj", "B.V.", "BV", "S.A.S.", "Pty", "K.K.",
    };

    /// <summary>What a company has, after its name in the possessive: "Litgrid's chief executive", "Yukos's shares".</summary>
    private static readonly string[][] Possessions =
    [
        ["chief", "executive"], ["chief", "financial", "officer"], ["CEO"], ["shares"], ["share", "price"], ["shareholders"],
        ["stock", "price"], ["subsidiary"], ["profits"], ["pre-tax", "profits"], ["annual", "profits"], ["revenues"], ["board", "of", "directors"],
    ];

    public IEnumerable<PersonCandidate> Find(int paragraph, List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            // "the grid operator Litgrid", "Iranian airline Mahan Air": a class noun, then the name.
            if (t.IsLower && !t.Possessive && ClassNouns.Contains(t.Text) && i + 1 < tokens.Count && tokens[i + 1].Start == t.End + 1
                && Run(tokens, i + 1) is { } afterNoun)
                yield return Candidate(paragraph, tokens, i + 1, afterNoun);
            if (!t.IsCapitalized || i > 0 && tokens[i - 1].IsCapitalized && tokens[i - 1].End + 1 == t.Start && !tokens[i - 1].Possessive) continue;
            if (Run(tokens, i) is not { } last) continue;
            // "Northwind Freight plc", "Kessler Anlagenbau GmbH": a legal form after the name.
            var legal = Enumerable.Range(i + 1, last - i + 1).FirstOrDefault(j => j < tokens.Count && !tokens[j - 1].Possessive
                && tokens[j].Start == tokens[j - 1].End + 1 && LegalFormAt(tokens, j), -1);
            if (legal > 0) { yield return Candidate(paragraph, tokens, i, legal - 1); continue; }
            // "Tessmark describes itself as", "Orvane calls itself": what speaks of itself as "itself" is a body, not a person.
            if (!tokens[last].Possessive && last + 2 < tokens.Count && tokens[last + 1].IsLower && tokens[last + 2].Is("itself")) { yield return Candidate(paragraph, tokens, i, last); continue; }
            // "Litgrid's chief executive": a company's possession after the name.
            if (tokens[last].Possessive && Possessions.Any(p => Follows(tokens, last + 1, p))) { yield return Candidate(paragraph, tokens, i, last); continue; }
            // "Orvane, a Danish shipping company,", "Orvane, Denmark's biggest insurer,", "Orvane, parent company of Tessel,": a class
            // noun in apposition, at most two words after the article or owner (or none).
            // "Il Sole 24 Ore, Italy's business newspaper,": a run after a number is the end of a longer name.
            if (!tokens[last].Possessive && last + 3 < tokens.Count && tokens[last + 1].Is(",") && !(i > 0 && tokens[i - 1].Text.All(char.IsAsciiDigit))
                && AppositionStart(tokens, last + 2) is { } from
                && Enumerable.Range(from, 3).TakeWhile(j => j < tokens.Count && tokens[j].IsWord && !tokens[j].Possessive)
                    .Any(j => tokens[j].IsLower && ClassNouns.Contains(tokens[j].Text) && (j + 1 >= tokens.Count || tokens[j + 1].Text is "," or "that" or "which" or "based" or "owned" or "." or "in" or "with" or "of")))
                yield return Candidate(paragraph, tokens, i, last);
        }
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
        var words = tokens.Skip(first).Take(last - first + 1).Select(t => t.Text).ToList();
        var text = new System.Text.StringBuilder(tokens[first].Text);
        for (var j = first + 1; j <= last; j++) text.Append(tokens[j].Start > tokens[j - 1].End ? " " : "").Append(tokens[j].Text);
        var written = text.ToString();
        return new(words, null, paragraph, tokens[first].Start, tokens[last].End, Model.ActorKind.Organization, written == NameText.Join(words) ? null : written);
    }
}
