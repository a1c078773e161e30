namespace BriefingSite.Extraction;

/// <summary>
/// The role a found person is given by the words around the name: a lower-case role before it ("Kremlin spokesman"),
/// an appositive after it ("Jane Roe, a senior analyst at"), a role it is set off from by commas, a role it is named
/// "as", or the plural role noun a list of names follows. Used by <see cref="PersonFinder"/>.
/// </summary>
internal static class PersonRoles
{
    /// <summary>
    /// "the three foreign ministers, Aibek Toktosunov, Sardor Yuldashev and Kazakhstan's Aigerim Zhunusova", "his
    /// counterparts, Ana Ruiz and Tomas Vrabec": each name of a list right after a plural role noun and a comma is a person.
    /// </summary>
    internal static string? ListedAfterRole(Knowledge k, List<Token> tokens, int first)
    {
        var listed = false;
        for (var j = first - 1; j >= 0 && j >= first - 16; j--)
        {
            var t = tokens[j];
            if (t.Is(",") && j >= 1 && tokens[j - 1].IsLower && tokens[j - 1].Text.EndsWith('s') && k.RoleNouns.Contains(tokens[j - 1].Text[..^1]))
                return tokens[j - 1].Text[..^1];
            // "Presidents Ana Ruiz of Peru and Tomas Vrabec of Slovakia", "Judges ad hoc Ana Ruiz and Tomas Vrabec": a name
            // after "and" or a comma in a list right after a capitalized plural title (at most two lower-case words after it).
            listed |= t.Is(",") || t.Is("and");
            if (listed && (t.Is("of") || t.Is("the")) && j + 1 < first && tokens[j + 1].IsCapitalized) continue;
            if (t.IsLower && PluralTitleBefore(k, tokens, j) is { } title) return title;
            if (listed && t.IsCapitalized && Singular(k, t.Text) is { } singular && j + 1 < first && tokens[j + 1].IsCapitalized) return singular;
            if (!(t.Is(",") || t.Is("and") || t.Is("-") || t.IsCapitalized)) return null;
        }
        return null;
    }

    /// <summary>"Judges ad hoc": the plural title one or two lower-case words (no function words) stand after.</summary>
    private static string? PluralTitleBefore(Knowledge k, List<Token> tokens, int j)
    {
        for (var i = j; i >= 1 && i >= j - 1; i--)
        {
            if (!tokens[i].IsLower || k.IsLowerFunctionWord(tokens[i].Text)) return null;
            if (tokens[i - 1].IsCapitalized && Singular(k, tokens[i - 1].Text) is { } singular) return singular;
        }
        return null;
    }

    /// <summary>"Representatives", "Judges", "Secretaries": the title for one person a capitalized plural title is of, else null.</summary>
    internal static string? Singular(Knowledge k, string word)
    {
        if (word.Length < 4 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal)) return null;
        var one = word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y" : word[..^1];
        return k.RoleWords.Contains(one) && (k.Honorifics.Contains(one) || k.RoleNouns.Contains(one.ToLowerInvariant())) ? one : null;
    }

    /// <summary>
    /// "The head of the UK's counter terror police, Neil Basu, said", "New Zealand's Foreign Minister, Tane Wikitoria,
    /// told": a name set off by commas after a role (a capitalized title needs "the" or an owner's possessive before it).
    /// </summary>
    internal static string? RoleInApposition(Knowledge k, List<Token> tokens, int first, int end)
    {
        if (first < 3 || !tokens[first - 1].Is(",") || end + 1 >= tokens.Count || !(tokens[end + 1].Is(",") || CountryInBrackets(k, tokens, end) || Affiliation(tokens, end))) return null;
        if (tokens[first - 2].IsCapitalized && k.RoleWords.Contains(tokens[first - 2].Text) && !tokens[first - 2].Possessive)
        {
            var r = first - 2;
            while (r > 0 && tokens[r - 1].IsCapitalized && k.RoleWords.Contains(tokens[r - 1].Text) && !tokens[r - 1].Possessive) r--;
            if (r > 0 && (tokens[r - 1].Possessive || tokens[r - 1].Text is "the" or "its" or "their") && !tokens[r].SentenceInitial)
                return string.Join(' ', tokens.Skip(r).Take(first - 1 - r).Select(x => x.Text));
        }
        // "the Minister of Internal Affairs, Arman Gevorgyan,": an office named by a title for a person and what it is "of" or "for".
        for (var r = first - 3; r > 0 && r >= first - 9; r--)
        {
            var t = tokens[r];
            if (!(t.IsCapitalized && !t.Possessive && t.IsWord || t.Text is "of" or "for" or "and")) break;
            if (t.IsCapitalized && !t.SentenceInitial && k.RoleWords.Contains(t.Text) && k.RoleNouns.Contains(t.Text.ToLowerInvariant())
                && tokens[r + 1].Text is "of" or "for" && (tokens[r - 1].Possessive || tokens[r - 1].Text is "the" or "its" or "their"))
                return string.Join(' ', tokens.Skip(r).Take(first - 1 - r).Select(x => x.Text));
        }
        for (var j = first - 2; j >= 0 && j >= first - 12; j--)
        {
            var t = tokens[j];
            if (!t.IsWord) return null;
            // "The shadow rapporteur of the group, Pieter van Dam,": one lower-case word may qualify the role after the article.
            if (t.IsLower && k.RoleNouns.Contains(t.Text) && j > 0)
            {
                // "Her counterpart on the Maltese side, Dorian Xuereb,": a possessive pronoun owns the role as "the" does.
                var from = tokens[j - 1].Text is "the" or "The" or "a" or "an" or "its" or "their" or "Its" or "Their" or "his" or "His" or "her" or "Her" or "our" or "Our" ? j
                    : j > 1 && tokens[j - 1].IsLower && !k.IsLowerFunctionWord(tokens[j - 1].Text) && tokens[j - 2].Text is "the" or "The" or "its" or "their" ? j - 1 : -1;
                if (from >= 0) return string.Join(' ', tokens.Skip(from).Take(first - 1 - from).Select(x => x.Text));
            }
            // "The company's chief executive, Marco Delgado,", "the IMF's mission chief, Sofia Reyes,": a role owned by a possessive.
            if (t.IsLower && k.RoleNouns.Contains(t.Text) && OwnedRoleStart(tokens, j) is { } owned)
                return string.Join(' ', tokens.Skip(owned).Take(first - 1 - owned).Select(x => x.Text));
            if (t.SentenceInitial) return null;
        }
        return null;
    }

    /// <summary>
    /// "Dorian Xuereb of Portmalta,", "Ana Ruiz from the Lima Port Authority,": the name's affiliation, capitalized words
    /// after "of" or "from" (and "the"), between the name and the comma that closes the apposition.
    /// </summary>
    private static bool Affiliation(List<Token> tokens, int end)
    {
        var j = end + 1;
        if (j + 2 >= tokens.Count || tokens[j].Text is not ("of" or "from")) return false;
        j++;
        if (tokens[j].Is("the")) j++;
        var words = 0;
        while (j < tokens.Count && (tokens[j].IsCapitalized && tokens[j].IsWord && !tokens[j].Possessive || words > 0 && tokens[j].Text is "of" or "for" or "and")) { j++; words++; }
        return words is > 0 and <= 6 && j < tokens.Count && tokens[j].Is(",") && tokens[j - 1].IsCapitalized;
    }

    /// <summary>"Pieter van Dam (Netherlands), recalled": the member's country in brackets between the name and the comma.</summary>
    private static bool CountryInBrackets(Knowledge k, List<Token> tokens, int end)
    {
        if (end + 3 >= tokens.Count || !tokens[end + 1].Is("(")) return false;
        var close = tokens.FindIndex(end + 2, t => t.Is(")"));
        return close > end + 2 && close - end <= 5 && close + 1 < tokens.Count && tokens[close + 1].Is(",")
               && k.Names.Match(tokens, end + 2) is { Name.Kind: Model.ActorKind.Country } c && end + 2 + c.Count == close;
    }

    /// <summary>The first word of a role of at most three lower-case words right after a possessive ("mission chief" after "the IMF's").</summary>
    private static int? OwnedRoleStart(List<Token> tokens, int roleNoun)
    {
        for (var j = roleNoun; j >= 1 && j > roleNoun - 3; j--)
        {
            if (!tokens[j].IsLower || tokens[j].Possessive) return null;
            if (tokens[j - 1].Possessive) return j;
        }
        return null;
    }

    /// <summary>A lower-case role just before the name: "Kremlin spokesman Dmitry Peskov", "the foreign minister, Jane Roe".</summary>
    internal static string? LowerRole(Knowledge k, List<Token> tokens, int first)
    {
        var j = first - 1;
        if (j >= 0 && tokens[j].Is(",")) j--;
        // "Libyan national Khairi Saadallah": "national" after a demonym is a role.
        var national = j > 0 && tokens[j].Is("national") && k.Names.Match(tokens, j - 1) is { Name.Kind: Model.ActorKind.Country };
        // "His Ugandan opposite number, Kato Ssempa": the counterpart in other words.
        var opposite = j > 0 && tokens[j].Is("number") && tokens[j - 1].Is("opposite");
        if (j < 0 || !tokens[j].IsLower || !(k.RoleNouns.Contains(tokens[j].Text) || national || opposite)) return null;
        var from = opposite ? j - 1 : j;
        while (from > 0 && tokens[from - 1].IsWord && !tokens[from - 1].Is("the") && !tokens[from - 1].Is("a") && first - from < 4
               && (tokens[from - 1].IsCapitalized || k.RoleNouns.Contains(tokens[from - 1].Text))) from--;
        if (from < first && tokens[from].SentenceInitial && k.FunctionWords.Contains(tokens[from].Text)) from++;
        return string.Join(' ', tokens.Skip(from).Take(j - from + 1).Select(x => x.Text));
    }

    /// <summary>"refereed by a Zambian, Mwape Banda.": a name set off after "a" or "an" and a demonym is that national's.</summary>
    internal static string? DemonymInApposition(Knowledge k, List<Token> tokens, int first, int end)
    {
        if (first < 3 || !tokens[first - 1].Is(",") || tokens[first - 3].Text is not ("a" or "an")) return null;
        if (end + 1 < tokens.Count && tokens[end + 1].Text is not ("," or "." or ";")) return null;
        // The demonym, not the country's own name ("a Zambian", not "a Zambia").
        return k.Names.Match(tokens, first - 2) is { Name.Kind: Model.ActorKind.Country, Count: 1 } c && c.Name.Key != tokens[first - 2].Text ? tokens[first - 2].Text : null;
    }

    internal static bool PersonTitle(Knowledge k, string word) => k.Honorifics.Contains(word) || k.RoleNouns.Contains(word.ToLowerInvariant()) || Singular(k, word) is not null;

    /// <summary>"approved Batbayar Ganzorig as prime minister", "named Ana Ruiz as its new envoy": the role the name is given.</summary>
    internal static string? AsRole(Knowledge k, List<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || !tokens[end + 1].Is("as")) return null;
        for (var j = end + 2; j < tokens.Count && j <= end + 5; j++)
        {
            var t = tokens[j];
            if (!t.IsWord) return null;
            if (!(t.IsLower ? k.RoleNouns.Contains(t.Text) : k.RoleWords.Contains(t.Text) && !k.Names.Contains(t.Text))) continue;
            // "as prime minister": the role runs to its last role word.
            while (j + 1 < tokens.Count && tokens[j + 1].IsWord && (tokens[j + 1].IsLower ? k.RoleNouns.Contains(tokens[j + 1].Text) : k.RoleWords.Contains(tokens[j + 1].Text))) j++;
            return string.Join(' ', tokens.Skip(end + 2).Take(j - end - 1).Select(x => x.Text).Where(w => w is not ("the" or "a" or "an")));
        }
        return null;
    }

    /// <summary>"Jane Roe, a senior analyst at the institute," → "senior analyst at the institute".</summary>
    internal static string? Appositive(Knowledge k, List<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || !tokens[end + 1].Is(",")) return null;
        var j = end + 2;
        var article = tokens[j].Text is "a" or "an" or "the" or "who";
        if (article) j++;
        // "X, Congresswoman Karen Bass emerged as a contender": a title right after the comma (no article) starts another name.
        if (j >= tokens.Count || (!article && (k.RoleWords.Contains(tokens[j].Text) || k.Honorifics.Contains(tokens[j].Text)))) return null;
        // "the film Bullet Train, starring singer Ana Roe": a participle after the comma opens a clause, not an apposition.
        if (!article && tokens[j].IsLower && tokens[j].Text.Length > 5 && tokens[j].Text.EndsWith("ing", StringComparison.Ordinal)) return null;
        var words = new List<string>();
        var hasRole = false;
        for (; j < tokens.Count && words.Count < 10; j++)
        {
            // "the long-serving Sultan of Oman": a hyphen joins two words of the description.
            if (tokens[j].Is("-") && words.Count > 0 && tokens[j].Start == tokens[j - 1].End) { words.Add("-"); continue; }
            if (!tokens[j].IsWord) break;
            // "Yaw Mensah, the Minority Leader, asked": after an article a capitalized title is a role too.
            hasRole |= k.RoleNouns.Contains(tokens[j].Text) || article && tokens[j].IsCapitalized && k.RoleWords.Contains(tokens[j].Text) && PersonTitle(k, tokens[j].Text)
                       // "Ilze Ozola, sister of Marta Ozola,": kin of someone, in apposition.
                       || words.Count == 0 && k.RelativeNouns.Contains(tokens[j].Text) && j + 2 < tokens.Count && tokens[j + 1].Is("of") && tokens[j + 2].IsCapitalized;
            words.Add(tokens[j].Text);
        }
        return hasRole ? string.Join(' ', words).Replace(" - ", "-", StringComparison.Ordinal) : null;
    }
}
