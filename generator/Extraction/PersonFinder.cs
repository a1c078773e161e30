namespace BriefingSite.Extraction;

/// <summary>
/// Discovers people nobody listed, from how news writing introduces them: a title or honorific before the name
/// ("Special Envoy Steve Witkoff", "Gen. Dan Caine"), a verb of saying around it ("said Stubb", "Leavitt said"),
/// a known given name ("Mark Rutte"), a lower-case role ("spokesman Dmitry Peskov") or an appositive ("Jane Roe, an analyst at").
/// </summary>
public sealed class PersonFinder(Knowledge k)
{
    private readonly ChainReader chains = new(k);
    private readonly OrganizationNames organizations = new(k);

    public List<PersonCandidate> Find(int paragraph, string text, List<Token> tokens)
    {
        var found = new List<PersonCandidate>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!chains.Starts(tokens, i)) { i++; continue; }
            var units = chains.Read(tokens, i);
            if (units.Count == 0) { i++; continue; }
            if (Classify(paragraph, text, tokens, units) is { } c) found.Add(c);
            if (organizations.BeforeTitle(paragraph, tokens, units) is { } served) found.Add(served);
            i = units[^1].Last + 1;
        }
        return found;
    }

    private PersonCandidate? Classify(int paragraph, string text, List<Token> tokens, List<ChainUnit> units)
    {
        if (organizations.Find(paragraph, tokens, units) is { } org) return org;
        units = WithPlaceAsSurname(tokens, units);
        var t = units.Count;
        while (t > 0 && units[t - 1].Kind is ChainUnitKind.Word or ChainUnitKind.Particle or ChainUnitKind.Hyphen) t--;
        while (t < units.Count && units[t].Kind != ChainUnitKind.Word) t++;
        var before = units.Take(t).ToList();
        var last = units[^1];

        // A curated person given a title: "President Donald Trump" where Donald Trump is curated.
        if (t == units.Count)
        {
            if (last.Known is not { Kind: Model.ActorKind.Person }) return null;
            var role = units.Count > 1 && units[^2].Kind is ChainUnitKind.Role or ChainUnitKind.Honorific
                ? RoleText(text, tokens, units.Take(units.Count - 1).ToList())
                : units.Count == 1 ? LowerRole(tokens, last.First) : null;
            // Registered even without a role: its surname and given name ("Sir Keir") then refer back to it.
            return new PersonCandidate(Tokens(tokens, last.First, last.Last), role, paragraph, tokens[last.First].Start, tokens[last.Last].End, Key: last.Known.Key);
        }
        // "Koszalin Piotr Jedlinski", "Scientist Rebecca Falconer": the name starts at its given name.
        var given = units.Skip(t + 1).Where(u => u.Kind == ChainUnitKind.Word).Select(u => u.First)
            .FirstOrDefault(i => k.GivenNames.Contains(tokens[i].Text) && !tokens[i - 1].Is("-") && !k.NameParticles.Contains(tokens[i - 1].Text), -1);
        // "Chad's Foreign Minister, Abakar Moussa Djibrine,": a name set off by commas is whole, whatever its words.
        var setOff = t == 0 && units[0].First > 0 && tokens[units[0].First - 1].Is(",");
        if (given > 0 && !setOff && !k.GivenNames.Contains(tokens[units[t].First].Text) && units.Skip(t).Count(u => u.Kind == ChainUnitKind.Word) >= 3)
        {
            before = units.TakeWhile(u => u.First < given).ToList();
            t = before.Count;
        }
        var first = units[t].First;
        var end = last.Last;
        // "Broadcaster Piers Morgan" opening a sentence: a role noun, capitalized only because it comes first.
        if (tokens[first].SentenceInitial && end > first && k.RoleNouns.Contains(tokens[first].Text.ToLowerInvariant()))
        {
            var role = tokens[first].Text.ToLowerInvariant();
            first++;
            if (units.Skip(t).Count(u => u.Kind == ChainUnitKind.Word) >= 3) return new PersonCandidate(Tokens(tokens, first, end), role, paragraph, tokens[first].Start, tokens[end].End);
        }
        var name = Tokens(tokens, first, end);
        var words = units.Skip(t).Count(u => u.Kind == ChainUnitKind.Word);
        if (words > 4) return null;
        // "a former Newsweek manager", "Kremlin spokesman": a capitalized run right before a lower-case role qualifies the role.
        if (end + 1 < tokens.Count && tokens[end + 1].IsLower && k.RoleNouns.Contains(tokens[end + 1].Text) && !tokens[end].Possessive) return null;
        // Initials alone ("E.", "D") are no name.
        if (!name.Exists(n => n.Length >= 2 && char.IsLetter(n[^1]))) return null;
        var candidate = (string? role) => new PersonCandidate(name, role, paragraph, tokens[first].Start, tokens[end].End);

        var previous = t > 0 ? units[t - 1] : (ChainUnit?)null;
        // "the joint committee on Strategic Export Controls": a title ends in a word for a person ("Secretary", "Admiral"),
        // not in one for a field or a body.
        if (previous is { Kind: ChainUnitKind.Honorific } || previous is { Kind: ChainUnitKind.Role } title && PersonTitle(NameText.Join(Tokens(tokens, title.First, title.Last))))
            // "Appearing on the radio, Mr Malik, who ...": a courtesy title ("Mr", "Ms") before a surname always names a person.
            return words == 1 && InApposition(tokens, units[0].First, end) && !(previous is { Kind: ChainUnitKind.Honorific } h && k.FunctionWords.Contains(tokens[h.First].Text))
                ? null : candidate(RoleText(text, tokens, before));
        if (before.Count > 0 && previous is { Kind: ChainUnitKind.Known })
        {
            // "the U.S. ambassador to Germany Richard Grenell", "envoy to Ukraine Keith Kellogg": a role "to" a country, then the name.
            var chainStart = units[0].First;
            // "US Ambassador to Germany Richard Grenell": the title capitalized, with what stands before it.
            if (words >= 2 && chainStart >= 2 && tokens[chainStart - 1].Text is "to" or "in" or "for"
                && (tokens[chainStart - 2].IsLower || k.RoleWords.Contains(tokens[chainStart - 2].Text)) && k.RoleNouns.Contains(tokens[chainStart - 2].Text.ToLowerInvariant()))
            {
                var r = chainStart - 2;
                while (tokens[r].IsCapitalized && !tokens[r].SentenceInitial && r > chainStart - 5 && tokens[r - 1].IsCapitalized && !tokens[r - 1].Possessive) r--;
                return candidate(string.Join(' ', tokens.Skip(r).Take(first - r).Select(x => x.Text)));
            }
            return ByContext(tokens, first, end, words) ? candidate(null) : null;
        }
        // "the National Institute for Space Research said": what follows an institution's name is not a person.
        if (before.Exists(u => u.Kind == ChainUnitKind.Other || k.OrganizationHeads.Contains(tokens[u.Last].Text))) return null;

        if (words >= 2 && k.GivenNames.Contains(tokens[first].Text)) return candidate(LowerRole(tokens, first));
        if (LowerRole(tokens, first) is { } lowerRole) return words == 1 && LoneWordIsNoName(tokens, first) ? null : candidate(lowerRole);
        if (ByContext(tokens, first, end, words)) return candidate(null);
        if (words >= 2 && Appositive(tokens, end) is { } appositive) return candidate(appositive);
        if (words is 2 or 3 && AsRole(tokens, end) is { } asRole) return candidate(asRole);
        if (words >= 2 && RoleInApposition(tokens, first, end) is { } described) return candidate(described);
        if (words is 2 or 3 && ListedAfterRole(tokens, first) is { } listed) return candidate(listed);
        return null;
    }

    /// <summary>
    /// "the three foreign ministers, Aibek Toktosunov, Sardor Yuldashev and Kazakhstan's Aigerim Zhunusova", "his
    /// counterparts, Ana Ruiz and Tomas Vrabec": each name of a list right after a plural role noun and a comma is a person.
    /// </summary>
    private string? ListedAfterRole(List<Token> tokens, int first)
    {
        for (var j = first - 1; j >= 1 && j >= first - 16; j--)
        {
            var t = tokens[j];
            if (t.Is(",") && tokens[j - 1].IsLower && tokens[j - 1].Text.EndsWith('s') && k.RoleNouns.Contains(tokens[j - 1].Text[..^1]))
                return tokens[j - 1].Text[..^1];
            if (!(t.Is(",") || t.Is("and") || t.Is("-") || t.IsCapitalized)) return null;
        }
        return null;
    }

    /// <summary>
    /// "The head of the UK's counter terror police, Neil Basu, said", "New Zealand's Foreign Minister, Tane Wikitoria,
    /// told": a name set off by commas after a role (a capitalized title needs "the" or an owner's possessive before it).
    /// </summary>
    private string? RoleInApposition(List<Token> tokens, int first, int end)
    {
        if (first < 3 || !tokens[first - 1].Is(",") || end + 1 >= tokens.Count || !(tokens[end + 1].Is(",") || CountryInBrackets(tokens, end))) return null;
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
                var from = tokens[j - 1].Text is "the" or "The" or "a" or "an" or "its" or "their" ? j
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

    /// <summary>"Pieter van Dam (Netherlands), recalled": the member's country in brackets between the name and the comma.</summary>
    private bool CountryInBrackets(List<Token> tokens, int end)
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

    /// <summary>
    /// "Defence Minister Rodrigo Valdivieso Lagos": a one-word place right after a titled or given name of two words
    /// is the second of a double surname, not where the person is.
    /// </summary>
    private List<ChainUnit> WithPlaceAsSurname(List<Token> tokens, List<ChainUnit> units)
    {
        if (units.Count < 3 || units[^1] is not { Kind: ChainUnitKind.Known, Count: 1, Known.IsActor: false } place
            || units[^2].Kind != ChainUnitKind.Word || units[^3].Kind != ChainUnitKind.Word || tokens[units[^2].Last].Possessive
            || k.NonNameWords.Contains(tokens[place.First].Text) || k.GenericNouns.Contains(tokens[place.First].Text)) return units;
        var titled = units.Count >= 4 && units[^4].Kind is ChainUnitKind.Role or ChainUnitKind.Honorific;
        if (!titled && !k.GivenNames.Contains(tokens[units[^3].First].Text)) return units;
        return [.. units.Take(units.Count - 1), new ChainUnit(ChainUnitKind.Word, place.First, 1)];
    }

    /// <summary>"Adm. Pierre Vandier, NATO's Supreme Allied Commander Transformation, watched": a title in apposition names no one new.</summary>
    private static bool InApposition(List<Token> tokens, int chainStart, int end)
    {
        var before = chainStart - 1;
        if (before >= 0 && tokens[before].Possessive) before--;
        var closes = end + 1 >= tokens.Count || tokens[end + 1].Text is "," or "." or ";" or ")";
        return before >= 0 && tokens[before].Is(",") && closes;
    }

    /// <summary>A verb of saying or acting next to the name: "Leavitt said", "said Stubb", "according to Stubb", "Trump challenged".</summary>
    private bool ByContext(List<Token> tokens, int first, int end, int words)
    {
        if (tokens[end].Possessive) return false;
        var lone = words == 1 ? tokens[first] : (Token?)null;
        if (lone is { } w && LooksGeneric(w.Text)) return false;
        var next = end + 1 < tokens.Count ? tokens[end + 1] : (Token?)null;
        var prev = first > 0 ? tokens[first - 1] : (Token?)null;
        // "Dr. Steven Wolf at Saint Francis said": after a preposition the run is where the subject works, not the subject.
        var placeOfSubject = prev is { IsLower: true } pr && Prepositions.Contains(pr.Text);
        if (next is { IsWord: true } n && !placeOfSubject)
        {
            if (k.SpeechVerbs.Contains(n.Text) && (lone is null || !k.WeakSpeechVerbs.Contains(n.Text))) return true;
            // Acting is weaker evidence than speaking: a lone word ("Dorian strengthened") needs a full name to go with it.
            if (lone is null && k.AgentVerbs.Contains(n.Text)) return true;
            if (lone is null && k.AuxiliaryVerbs.Contains(n.Text) && !tokens[first].SentenceInitial) return true;
        }
        if (prev is { IsWord: true } p && k.InvertedSpeechVerbs.Contains(p.Text)) return true;
        if (first >= 2 && tokens[first - 1].Is("to") && tokens[first - 2].Text is "according" or "According") return true;
        // "The delegation was led by Fousseyni Keita", "signed by Ramiro Villalba": a full name after "by" and a verb whose doer is a person.
        if (words >= 2 && first >= 2 && tokens[first - 1].Is("by") && PersonalAgentVerbs.Contains(tokens[first - 2].Text)) return true;
        // "Smith, 54, said" or "Smith, a spokesman, said": skip one comma-enclosed aside.
        if (next is { Text: "," } && SpeechAfterAside(tokens, end + 2)) return true;
        // "Nils Haagenrud of Rogaland Fire and Rescue said", "Crystal Bearing of the tribal office told": a full name, where
        // the speaker works, then a verb of saying.
        // After an article the run names a thing ("during the Great Orchestra of Christmas Charity and claimed").
        if (lone is null && next is { Text: "of" } && prev is not { Text: "the" or "The" or "a" or "an" } && SpeechAfterWorkplace(tokens, end + 2)) return true;
        // "Batbold, 54, a herder whose winter camp lies ...": an age set off by commas after a name tells a person.
        if (next is { Text: "," } && end + 4 < tokens.Count && IsAge(tokens[end + 2]) && tokens[end + 3].Is(",") && tokens[end + 4].IsLower) return true;
        return false;
    }

    private static bool IsAge(Token t) => t.Text.Length <= 3 && t.Text.All(char.IsAsciiDigit) && int.Parse(t.Text, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 110;

    /// <summary>
    /// "the foreign secretary's official Kent house": one word after a role noun that itself qualifies the noun after
    /// it is a place or a kind; "From our correspondent, Valparaíso": one word ending the paragraph after the role is a byline place.
    /// </summary>
    private bool LoneWordIsNoName(List<Token> tokens, int at)
    {
        if (at + 1 >= tokens.Count) return tokens[at - 1].Is(",");
        var next = tokens[at + 1];
        return next.IsLower && next.Start == tokens[at].End + 1 && !tokens[at].Possessive && !k.IsLowerFunctionWord(next.Text)
            && !k.SpeechVerbs.Contains(next.Text) && !k.AgentVerbs.Contains(next.Text) && !k.AuxiliaryVerbs.Contains(next.Text)
            && !next.Text.EndsWith("ed", StringComparison.Ordinal) && !next.Text.EndsWith('s');
    }

    private static readonly HashSet<string> PersonalAgentVerbs = new(StringComparer.Ordinal)
    {
        "led", "headed", "chaired", "signed", "hosted", "represented", "accompanied", "joined", "replaced", "succeeded",
        "appointed", "nominated", "interviewed", "founded", "welcomed", "received", "greeted",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "at", "of", "from", "in", "with", "by", "near", "for", "on", "inside", "outside" };

    private bool SpeechAfterAside(List<Token> tokens, int from)
    {
        for (var j = from; j < tokens.Count && j < from + 14; j++)
        {
            if (tokens[j].Text is "." or ";" or "“" or "”" or "\"") return false;
            if (tokens[j].Is(",")) return j + 1 < tokens.Count && k.SpeechVerbs.Contains(tokens[j + 1].Text);
        }
        return false;
    }

    /// <summary>"[of] the tribal historic preservation office told": a short phrase naming a workplace, then a verb of saying.</summary>
    private bool SpeechAfterWorkplace(List<Token> tokens, int from)
    {
        for (var j = from; j < tokens.Count && j < from + 8; j++)
        {
            var t = tokens[j];
            if (j > from && k.SpeechVerbs.Contains(t.Text) && !k.WeakSpeechVerbs.Contains(t.Text)) return true;
            if (!t.IsWord || t.IsLower && !(t.Text is "the" or "and" or "for" or "of" || j + 1 < tokens.Count && tokens[j + 1].IsWord)) return false;
        }
        return false;
    }

    private bool LooksGeneric(string word) =>
        k.GenericNouns.Contains(word) || k.FunctionWords.Contains(word) ||
        new[] { "ers", "ors", "ists", "ants", "ents", "ians", "ies", "ives", "als", "ites" }.Any(s => word.EndsWith(s, StringComparison.Ordinal) && word.Length > s.Length + 2);

    /// <summary>A lower-case role just before the name: "Kremlin spokesman Dmitry Peskov", "the foreign minister, Jane Roe".</summary>
    private string? LowerRole(List<Token> tokens, int first)
    {
        var j = first - 1;
        if (j >= 0 && tokens[j].Is(",")) j--;
        // "Libyan national Khairi Saadallah": "national" after a demonym is a role.
        var national = j > 0 && tokens[j].Is("national") && k.Names.Match(tokens, j - 1) is { Name.Kind: Model.ActorKind.Country };
        if (j < 0 || !tokens[j].IsLower || !(k.RoleNouns.Contains(tokens[j].Text) || national)) return null;
        var from = j;
        while (from > 0 && tokens[from - 1].IsWord && !tokens[from - 1].Is("the") && !tokens[from - 1].Is("a") && first - from < 4
               && (tokens[from - 1].IsCapitalized || k.RoleNouns.Contains(tokens[from - 1].Text))) from--;
        if (from < first && tokens[from].SentenceInitial && k.FunctionWords.Contains(tokens[from].Text)) from++;
        return string.Join(' ', tokens.Skip(from).Take(j - from + 1).Select(x => x.Text));
    }

    private bool PersonTitle(string word) => k.Honorifics.Contains(word) || k.RoleNouns.Contains(word.ToLowerInvariant());

    /// <summary>"approved Batbayar Ganzorig as prime minister", "named Ana Ruiz as its new envoy": the role the name is given.</summary>
    private string? AsRole(List<Token> tokens, int end)
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
    private string? Appositive(List<Token> tokens, int end)
    {
        if (end + 2 >= tokens.Count || !tokens[end + 1].Is(",")) return null;
        var j = end + 2;
        var article = tokens[j].Text is "a" or "an" or "the" or "who";
        if (article) j++;
        // "X, Congresswoman Karen Bass emerged as a contender": a title right after the comma (no article) starts another name.
        if (j >= tokens.Count || (!article && (k.RoleWords.Contains(tokens[j].Text) || k.Honorifics.Contains(tokens[j].Text)))) return null;
        var words = new List<string>();
        var hasRole = false;
        for (; j < tokens.Count && words.Count < 10; j++)
        {
            // "the long-serving Sultan of Oman": a hyphen joins two words of the description.
            if (tokens[j].Is("-") && words.Count > 0 && tokens[j].Start == tokens[j - 1].End) { words.Add("-"); continue; }
            if (!tokens[j].IsWord) break;
            // "Yaw Mensah, the Minority Leader, asked": after an article a capitalized title is a role too.
            hasRole |= k.RoleNouns.Contains(tokens[j].Text) || article && tokens[j].IsCapitalized && k.RoleWords.Contains(tokens[j].Text) && PersonTitle(tokens[j].Text);
            words.Add(tokens[j].Text);
        }
        return hasRole ? string.Join(' ', words).Replace(" - ", "-", StringComparison.Ordinal) : null;
    }

    private string? RoleText(string text, List<Token> tokens, List<ChainUnit> before)
    {
        var units = before.ToList();
        while (units.Count > 0 && units[^1].Kind == ChainUnitKind.Honorific) units.RemoveAt(units.Count - 1);
        while (units.Count > 0 && units[0].Kind is ChainUnitKind.Connector) units.RemoveAt(0);
        if (!units.Exists(u => u.Kind == ChainUnitKind.Role)) return null;
        var from = tokens[units[0].First].Start;
        var to = tokens[units[^1].Last].End;
        return text[from..to];
    }

    private static List<string> Tokens(List<Token> tokens, int first, int last) =>
        tokens.Skip(first).Take(last - first + 1).Select(t => t.Text).ToList();
}
