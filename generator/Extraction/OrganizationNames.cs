namespace BriefingSite.Extraction;

/// <summary>
/// Organizations nobody listed, read from a capitalized run: an institution's head noun ends the name or opens its
/// "of ..." part ("the Baltic Institute", "the National Bureau of Investigation said", "Germany's ThyssenKrupp Marine
/// Systems"). A country's own body keeps the name such bodies are filed under ("Ministry of Foreign Affairs of Iraq").
/// </summary>
public sealed class OrganizationNames(Knowledge k)
{
    /// <summary>
    /// "the Baltic Institute", "the National Bureau of Investigation said": a run ending in an organization's head noun
    /// (optionally followed by "of ..."), after "the" or before a verb of saying. Runs that open with a known
    /// country or organization ("the Polish Operational Command") are left to that actor.
    /// </summary>
    public PersonCandidate? Find(int paragraph, List<Token> tokens, List<ChainUnit> units)
    {
        // "Friday Ford Motor Company said": a weekday or place opening the run is not part of the name, unless "the" precedes it.
        // "the pro-Russian Patriotic Bloc": the first word belongs to the compound before the name.
        var start = units[0].First;
        var compound = start >= 2 && tokens[start - 1].Is("-") && tokens[start - 2].IsLower && units.Count > 1;
        if (compound) start -= 2;
        var afterThe = start > 0 && tokens[start - 1].Text is "the" or "The";
        // "Ministry of Foreign Affairs of Estonia said", a letterhead's "Ministry of Foreign Affairs of Estonia — Press release":
        // a country's body named in full opens the run, though its head word alone is no actor.
        if (!compound && CountryBody(tokens, start, units[^1].Last) is { } opening)
            return new PersonCandidate(tokens.Skip(start).Take(units[^1].Last - start + 1).Select(t => t.Text).ToList(), null, paragraph, tokens[start].Start,
                                       tokens[units[^1].Last].End, Model.ActorKind.Organization, opening);
        // "Brazil's National Institute for Space Research": after a country's possessive the whole run is the name.
        var afterCountry = !compound && AfterCountryPossessive(tokens, start);
        var skip = compound ? 1 : afterThe || afterCountry ? 0 : units.TakeWhile(u => u.Known is { IsActor: false }).Count();
        if (skip == units.Count) return null;
        var first = units[skip].First;
        var last = units[^1].Last;
        // "the Kurdish-led Syrian Democratic Forces", "the Iran-backed Houthis": the compound describes the name, it is not part of it.
        for (var j = first; j + 2 <= last; j++)
            if (tokens[j + 1].Is("-") && tokens[j + 2].IsLower) first = j + 3;
        if (first > last) return null;
        // "the House of Representatives of the Republic of Cyprus": a country's body named in full, though its first words are known for another's.
        if (CountryBody(tokens, first, last) is { } countryBody)
            return new PersonCandidate(tokens.Skip(first).Take(last - first + 1).Select(t => t.Text).ToList(), null, paragraph, tokens[first].Start, tokens[last].End,
                                       Model.ActorKind.Organization, countryBody);
        // "the Permanent Secretary of the Ministry", "Secretary-General of the Lebanese Ministry": a title held in a body, not the body.
        var of = Enumerable.Range(first, last - first + 1).FirstOrDefault(i => tokens[i].Is("of"), -1);
        if (of > first && k.RoleNouns.Contains(tokens[of - 1].Text.ToLowerInvariant()) && !k.OrganizationHeads.Contains(tokens[of - 1].Text)) return null;
        if (last == first || units.Exists(u => u.Kind == ChainUnitKind.Honorific)) return null;
        // The head ends the name or opens its "of ..." part: "the Tallinn Centre for Maritime Security".
        // "Universidad de los Andes", "Banco de la República": a head before "de" opens the name's "of" part too.
        var head = Enumerable.Range(first, last - first + 1).LastOrDefault(i => k.OrganizationHeads.Contains(tokens[i].Text)
            && (i == last || tokens[i + 1].Text is "of" or "for" or "on" or "de" or "del" or "des" or "du" or "di" or "da"), -1);
        // "the Société Mauritanienne des Hydrocarbures", "the Banco Nacional de Angola": a head opening a name in a
        // language that puts it first, the name going on through a particle, is the whole run's head.
        if (head < 0 && k.OrganizationHeads.Contains(tokens[first].Text) && last - first >= 3
            && Enumerable.Range(first + 2, last - first - 2).Any(i => tokens[i].IsLower && k.NameParticles.Contains(tokens[i].Text)))
            head = first;
        if (head < 0) return null;
        // A country's own body ("the Russian Defense Ministry") stays a mention of the country; a named institution
        // ("the Norwegian Polar Institute") is an organization of its own.
        // "the ECOWAS Commission", "the AU Commission": an organization's acronym before a head noun names a body of its own.
        // "Kosovo Police say": a force named right after its country's name is an organization of its own.
        // "Ethiopian Airlines", "Russian Railways": a company whose name is its country's word and its trade is a company of its own.
        var force = head == last && head == units[0].Last + 1 && units[0].Known is { Kind: Model.ActorKind.Country }
                    && (k.CountryNamedForces.Contains(tokens[head].Text) || k.CorporateSuffixes.Contains(tokens[head].Text))
                    && !tokens[units[0].Last].Possessive;
        if (!compound && !force && units[0].Known is { IsActor: true } known && (known.Kind != Model.ActorKind.Country || !afterThe || GovernmentHeads.Contains(tokens[head].Text))
            && !(known.Kind == Model.ActorKind.Organization && afterThe && head == last && units[0].Count == 1 && Acronym(tokens[units[0].First].Text))) return null;
        if (force) return new PersonCandidate(tokens.Skip(units[0].First).Take(last - units[0].First + 1).Select(t => t.Text).ToList(), null, paragraph,
                                              tokens[units[0].First].Start, tokens[last].End, Model.ActorKind.Organization);
        // "the Institute said", "the Institute has reported": a verb of saying, or an auxiliary and one.
        var speaks = last + 1 < tokens.Count && (k.SpeechVerbs.Contains(tokens[last + 1].Text)
            || last + 2 < tokens.Count && tokens[last + 1].Text is "has" or "had" && k.SpeechVerbs.Contains(tokens[last + 2].Text));
        // "arrested by Thames Valley Police": two or more plain words before a head that ends the run name an institution too.
        // "Germany's ThyssenKrupp Marine Systems", "France's Naval Group": a country's company or institution.
        // "Brazil's National Institute for Space Research" too: the head may open the name's "for ..." part.
        var ofCountry = last > first && afterCountry && first == start;
        var named = ofCountry || head == last && last - first >= 1 && Enumerable.Range(first, head - first).All(i => PlainNameWord(tokens, i, alone: last - first < 2));
        // "Massachusetts Institute of Technology professor Sara Seager", "University of Sydney researchers": a head opening
        // the name's "of" part, after proper words or none, names an institution without "the"; a place opening it is part of it.
        if (!afterThe && !speaks && !named && !compound && OfName(tokens, units, skip, head, last) is { } opened) first = opened;
        else if (!afterThe && !speaks && !named) return null;
        return new PersonCandidate(tokens.Skip(first).Take(last - first + 1).Select(t => t.Text).ToList(), null, paragraph, tokens[first].Start, tokens[last].End, Model.ActorKind.Organization,
                                   CountryBody(tokens, first, last));
    }

    /// <summary>
    /// A word of an institution's name before its head noun: no function, title or generic word. "researchers at Utrecht
    /// University": <paramref name="alone"/>, one plain proper word names an institution as well, when it opens the
    /// capitalized run (not "Audit Office" of the "National Audit Office", "Peace Foundation" of "Cinema for Peace Foundation").
    /// </summary>
    private bool PlainNameWord(List<Token> tokens, int i, bool alone)
    {
        var t = tokens[i];
        if (k.FunctionWords.Contains(t.Text) || k.RoleWords.Contains(t.Text) || k.Honorifics.Contains(t.Text) || k.GenericNouns.Contains(t.Text)) return false;
        if (!alone) return true;
        return !t.SentenceInitial && !k.NonNameWords.Contains(t.Text) && TextChars.AllAfterFirst(t.Text, char.IsLower)
               && !(i > 0 && (tokens[i - 1].IsCapitalized || tokens[i - 1].Text is "-" or "and" or "&" or "for" or "on" or "de" || tokens[i - 1].Is("of") && !AfterPersonName(tokens, i - 1)));
    }

    /// <summary>
    /// "Free Patriotic Movement MP Rita Boutros-Haddad", "Baltic Maritime Institute Director Jaan Tamm": a run of plain
    /// words ending in an organization's head, right before a title and a name, names the organization the person
    /// serves. Runs opening with a known name ("Chinese Foreign Ministry Spokesman") or holding title words are left alone.
    /// </summary>
    public PersonCandidate? BeforeTitle(int paragraph, List<Token> tokens, List<ChainUnit> units)
    {
        // "Amazon Environmental Research Institute Director Ane Alencar": the first word may be a place, the others plain words.
        if (units.Count < 4 || !(units[0].Kind == ChainUnitKind.Word || units[0] is { Kind: ChainUnitKind.Known, Count: 1, Known.IsActor: false })) return null;
        var first = units[0].First;
        for (var u = 1; u + 2 < units.Count; u++)
        {
            var head = units[u];
            var isHead = head.Count == 1 && k.OrganizationHeads.Contains(tokens[head.First].Text) && !tokens[head.First].Possessive;
            if (!isHead || units[u + 1].Kind != ChainUnitKind.Role)
            {
                if (head.Kind is not (ChainUnitKind.Word or ChainUnitKind.Other)) return null;
                continue;
            }
            if (units[u + 2].Kind != ChainUnitKind.Word) return null;
            if (units.Take(u).Skip(1).Any(x => x.Kind is not (ChainUnitKind.Word or ChainUnitKind.Other) || x.Count != 1 || k.FunctionWords.Contains(tokens[x.First].Text))) return null;
            return new PersonCandidate(tokens.Skip(first).Take(head.First - first + 1).Select(t => t.Text).ToList(), null, paragraph,
                                       tokens[first].Start, tokens[head.First].End, Model.ActorKind.Organization);
        }
        return null;
    }

    /// <summary>
    /// The first token of a name whose head opens its "of" or "for" part ("Institute of Technology"), with plain proper words
    /// before the head and capitalized words after it; a place word the run opened with belongs to the name
    /// ("Massachusetts"), a weekday or month does not. Null when the run is no such name.
    /// </summary>
    private int? OfName(List<Token> tokens, List<ChainUnit> units, int skip, int head, int last)
    {
        if (head + 2 > last || tokens[head + 1].Text is not ("of" or "for")) return null;
        // "University of South Carolina Beaufort": a given name ending a known place's name is the place's word.
        if (!Enumerable.Range(head + 2, last - head - 1).All(i => tokens[i].IsCapitalized && !(k.GivenNames.Contains(tokens[i].Text) && k.Names.Match(tokens, i - 1) is not { Count: 2 })
                                                                 && !k.Honorifics.Contains(tokens[i].Text) || tokens[i].Text is "and" or "the" or "of")) return null;
        var first = units[skip].First;
        if (skip == 1 && units[0].Count == 1 && !DateWords.Contains(tokens[units[0].First].Text) && tokens[units[0].First].End + 1 == tokens[first].Start) first = units[0].First;
        else if (skip > 0) return null;
        // "the People's Party of Canada": a name begun before a possessive is not this one; "Remarked Center for ...": nor
        // is a verb opening the sentence part of the name.
        if (first > 0 && tokens[first - 1].Possessive && tokens[first - 1].End + 3 >= tokens[first].Start) return null;
        var opening = tokens[first].Text.ToLowerInvariant();
        if (tokens[first].SentenceInitial && first < head && (k.SpeechVerbs.Contains(opening) || k.AgentVerbs.Contains(opening) || opening.EndsWith("ed", StringComparison.Ordinal))) return null;
        return Enumerable.Range(first, head - first).All(i => PlainNameWord(tokens, i, alone: false) || i == first && first != units[skip].First) ? first : null;
    }

    /// <summary>
    /// "Pichit Somboonsuk of Chulalongkorn University", "Craig Mackey of Gloucestershire Police": "of" right after two
    /// plain capitalized words, a full name (no head noun, title, known name or place) tells where the person works, not a longer name's "of" part.
    /// </summary>
    private bool AfterPersonName(List<Token> tokens, int of)
    {
        if (of < 2) return false;
        var (first, last) = (tokens[of - 2], tokens[of - 1]);
        bool Plain(Token t) => t.IsCapitalized && !t.Possessive && !k.OrganizationHeads.Contains(t.Text) && !k.RoleWords.Contains(t.Text)
                               && !k.GenericNouns.Contains(t.Text) && !k.FunctionWords.Contains(t.Text) && !k.Honorifics.Contains(t.Text);
        return Plain(first) && Plain(last) && last.Start == first.End + 1 && (of < 3 || !tokens[of - 3].IsCapitalized)
               && k.Names.Match(tokens, of - 2) is null && k.Names.Match(tokens, of - 1) is null;
    }

    private static readonly HashSet<string> DateWords = new(
        Enum.GetNames<DayOfWeek>().Concat(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0)), StringComparer.Ordinal);

    /// <summary>"the Foreign Ministry of Iraq" is Iraq's Foreign Ministry: the name a country's body has ("Ministry of Foreign Affairs of Iraq").</summary>
    private string? CountryBody(List<Token> tokens, int first, int last)
    {
        if (k.GovernmentBodies.Match(tokens, first) is not { } body) return null;
        var at = first + body.Count;
        if (at >= last || !tokens[at].Is("of")) return null;
        at++;
        var the = tokens[at].Is("the");
        if (the) at++;
        if (at > last || k.Names.Match(tokens, at) is not { Name.Kind: Model.ActorKind.Country } country || at + country.Count - 1 != last) return null;
        // "the Parliament of the United Kingdom" keeps its "the"; "the Ministry of Foreign Affairs of the Republic of Armenia" is Armenia's.
        var name = country.Name.Key;
        return body.Name.Key.Replace("{country}", k.CountryInName(name)).Replace("{demonym}", k.Demonyms.GetValueOrDefault(name, name));
    }

    private static bool Acronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsUpper);

    private bool AfterCountryPossessive(List<Token> tokens, int first)
    {
        if (first == 0 || !tokens[first - 1].Possessive) return false;
        for (var j = first - 1; j >= 0 && j >= first - 3; j--)
            if (k.Names.Match(tokens, j) is { Name.Kind: Model.ActorKind.Country } country && j + country.Count == first) return true;
        return false;
    }

    private static readonly HashSet<string> GovernmentHeads = new(StringComparer.Ordinal) { "Ministry", "Parliament", "Court", "Government", "Agency", "Service", "Bank", "Council", "Commission", "Authority", "Assembly" };
}
