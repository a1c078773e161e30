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

    /// <summary>
    /// Two capitalized words the article writes alone as the subject of a verb of saying ("Nurul Ain said", "According to
    /// Nurul Ain,"): a person's own name, so that a longer name opening with them ("Nurul Ain Abdul Rahman") is whole.
    /// </summary>
    public IEnumerable<string> SpeakingPairs(List<Token> tokens)
    {
        for (var j = 0; j + 2 < tokens.Count; j++)
        {
            var (a, b, verb) = (tokens[j], tokens[j + 1], tokens[j + 2]);
            if (!a.IsCapitalized || !b.IsCapitalized || a.Possessive || b.Possessive || b.Start != a.End + 1 || !a.IsWord || !b.IsWord) continue;
            if (j > 0 && (tokens[j - 1].IsCapitalized || tokens[j - 1].Text is "the" or "The") && tokens[j - 1].End + 1 == a.Start) continue;
            var according = j >= 2 && tokens[j - 2].Text is "According" or "according" && tokens[j - 1].Is("to") && verb.Is(",");
            if (according || verb.IsLower && k.SpeechVerbs.Contains(verb.Text) && !k.WeakSpeechVerbs.Contains(verb.Text)) yield return a.Text + " " + b.Text;
        }
    }

    public List<PersonCandidate> Find(int paragraph, string text, List<Token> tokens, IReadOnlySet<string>? speakingPairs = null)
    {
        var found = new List<PersonCandidate>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!chains.Starts(tokens, i)) { i++; continue; }
            var units = chains.Read(tokens, i);
            if (units.Count == 0) { i++; continue; }
            if (Classify(paragraph, text, tokens, units, speakingPairs) is { } c) found.Add(c);
            if (organizations.BeforeTitle(paragraph, tokens, units) is { } served) found.Add(served);
            i = units[^1].Last + 1;
        }
        return found;
    }

    private PersonCandidate? Classify(int paragraph, string text, List<Token> tokens, List<ChainUnit> units, IReadOnlySet<string>? speakingPairs)
    {
        if (organizations.Find(paragraph, tokens, units) is { } org) return org;
        units = WithPlaceAsSurname(tokens, units);
        units = WithCountryAsSurname(tokens, units);
        units = WithTitleAsSurname(tokens, units);
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
                : units.Count == 1 ? PersonRoles.LowerRole(k, tokens, last.First) : null;
            // Registered even without a role: its surname and given name ("Sir Keir") then refer back to it.
            return new PersonCandidate(Tokens(tokens, last.First, last.Last), role, paragraph, tokens[last.First].Start, tokens[last.Last].End, Key: last.Known.Key);
        }
        // "Koszalin Piotr Jedlinski", "Scientist Rebecca Falconer": the name starts at its given name.
        // "Lawyer Ana Christian": a given name ending the run is a surname.
        var given = units.Skip(t + 1).Where(u => u.Kind == ChainUnitKind.Word && u.First < units[^1].First).Select(u => u.First)
            .FirstOrDefault(i => k.GivenNames.Contains(tokens[i].Text) && !tokens[i - 1].Is("-") && !k.NameParticles.Contains(tokens[i - 1].Text), -1);
        // "Chad's Foreign Minister, Abakar Moussa Djibrine,": a name set off by commas is whole, whatever its words
        // ("By any measure, Texan Dick Roe is": a comma before only sets nothing off).
        var setOff = t == 0 && units[0].First > 0 && tokens[units[0].First - 1].Is(",") && (units[^1].Last + 1 >= tokens.Count || tokens[units[^1].Last + 1].Text is "," or "." or ";" or ")");
        // "Siti Aminah Abdul Karim ... Siti Aminah said": words before the given name that the article makes a speaker on
        // their own are the name's first part (a patronymic follows), not a stray word before it.
        var ownName = given == units[t].First + 2 && speakingPairs is not null && speakingPairs.Contains(tokens[given - 2].Text + " " + tokens[given - 1].Text);
        if (given > 0 && !setOff && !ownName && !k.GivenNames.Contains(tokens[units[t].First].Text) && units.Skip(t).Count(u => u.Kind == ChainUnitKind.Word) >= 3)
        {
            before = units.TakeWhile(u => u.First < given).ToList();
            t = before.Count;
        }
        var first = units[t].First;
        var end = last.Last;
        // "in San Carlos de Bariloche", "Santa Rosa": a saint's name opening a place, whose given name is the place's.
        var saint = k.PlaceSaints.Contains(tokens[first].Text) ? first
            : first > 0 && k.PlaceSaints.Contains(tokens[first - 1].Text) && tokens[first - 1].End + 1 == tokens[first].Start ? first - 1 : -1;
        if (saint >= 0 && end > saint && (saint == 0 || !tokens[saint - 1].IsCapitalized || tokens[saint - 1].SentenceInitial)) return null;
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
        // "the Bishop of Winchester", "Secretary of State for the Family": what a title is "of" or "for" is its see or its field, not a name.
        if (previous is { Kind: ChainUnitKind.Connector }) return null;
        // "the General Election", "an International Finance Facility", "General Worker's Union": one word a title qualifies is a noun.
        if (previous is { Kind: ChainUnitKind.Role } && words == 1 && PersonEvidence.NounAfterTitle(k, tokens, units, t, end)) return null;
        // "the joint committee on Strategic Export Controls": a title ends in a word for a person ("Secretary", "Admiral"),
        // not in one for a field or a body.
        // "Princes William and Harry": one word after a plural title is no full name to find a person by.
        if (previous is { Kind: ChainUnitKind.Role } plural && words == 1 && PersonRoles.Singular(k, tokens[plural.Last].Text) is not null) return null;
        if (previous is { Kind: ChainUnitKind.Honorific } || previous is { Kind: ChainUnitKind.Role } title && PersonRoles.PersonTitle(k, NameText.Join(Tokens(tokens, title.First, title.Last))))
            // "Appearing on the radio, Mr Malik, who ...": a courtesy title ("Mr", "Ms") before a surname always names a person.
            return words == 1 && PersonEvidence.InApposition(tokens, units[0].First, end) && !(previous is { Kind: ChainUnitKind.Honorific } h && k.FunctionWords.Contains(tokens[h.First].Text))
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
            // "Minister of Foreign Affairs of the Republic of Uzbekistan Sardor Yuldashev": a title for a person opening the
            // run, what it is of (ending in a country), then a name.
            if (words >= 2 && units[0].Kind == ChainUnitKind.Role && PersonRoles.PersonTitle(k, tokens[units[0].First].Text)
                && before.Exists(u => u.Kind == ChainUnitKind.Connector) && before.All(u => u.Kind is ChainUnitKind.Role or ChainUnitKind.Connector or ChainUnitKind.Known))
                return candidate(RoleText(text, tokens, before));
            return PersonEvidence.ByContext(k, tokens, first, end, words) ? candidate(null) : null;
        }
        // "the National Institute for Space Research said": what follows an institution's name is not a person.
        if (before.Exists(u => u.Kind == ChainUnitKind.Other || k.OrganizationHeads.Contains(tokens[u.Last].Text))) return null;

        if (words >= 2 && k.GivenNames.Contains(tokens[first].Text)) return candidate(PersonRoles.LowerRole(k, tokens, first));
        // "the former Yugoslavia": one word after "the former" is a state or body that no longer is, not a person.
        if (PersonRoles.LowerRole(k, tokens, first) is { } lowerRole)
            return words == 1 && (PersonEvidence.LoneWordIsNoName(k, tokens, first) || first >= 2 && tokens[first - 1].Is("former") && tokens[first - 2].Text is "the" or "The") ? null : candidate(lowerRole);
        // "the Baltimore Sun reported", "the Silesian Voivodeship asked": what speaks after "the" is a body or an outlet
        // ("the Panel said": one common word alone names no body of its own); "The Valley Courier spoke to": a masthead that acts, an outlet.
        if (words >= 2 && PersonEvidence.AfterThe(tokens, first) && end + 1 < tokens.Count
            && (k.SpeechVerbs.Contains(tokens[end + 1].Text) || k.AgentVerbs.Contains(tokens[end + 1].Text) && k.MastheadWords.Contains(tokens[end].Text)))
            return new PersonCandidate(name, null, paragraph, tokens[first].Start, tokens[end].End, Model.ActorKind.Organization);
        if (PersonEvidence.ByContext(k, tokens, first, end, words)) return candidate(null);
        if (PersonEvidence.KinBefore(k, tokens, first, words) || PersonEvidence.IdentifiedAs(k, tokens, first, words)) return candidate(null);
        if (words >= 2 && PersonRoles.Appositive(k, tokens, end) is { } appositive) return candidate(appositive);
        if (words is 2 or 3 && PersonRoles.AsRole(k, tokens, end) is { } asRole) return candidate(asRole);
        if (words >= 2 && PersonRoles.RoleInApposition(k, tokens, first, end) is { } described) return candidate(described);
        if (words is 2 or 3 && PersonRoles.ListedAfterRole(k, tokens, first) is { } listed) return candidate(listed);
        if (words >= 2 && PersonRoles.DemonymInApposition(k, tokens, first, end) is { } national) return candidate(national);
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

    /// <summary>
    /// "Mike German, leader of the party", "Mr German said": a one-word demonym or other word for a country right after a courtesy title
    /// or a given name (not one opening a sentence: "Will British troops") is a surname.
    /// </summary>
    private List<ChainUnit> WithCountryAsSurname(List<Token> tokens, List<ChainUnit> units)
    {
        if (units.Count != 2 || units[1] is not { Kind: ChainUnitKind.Known, Count: 1, Known.Kind: Model.ActorKind.Country } country) return units;
        // "Baroness Scotland", "Roman Egypt": the country's own name is left as it was read; only its other words are surnames.
        if (tokens[country.First].Is(country.Known!.Key)) return units;
        var before = tokens[units[0].Last];
        if (before.Possessive || tokens[country.First].Start != before.End + 1 || tokens[country.First].Possessive && units[0].Kind != ChainUnitKind.Honorific) return units;
        var courtesy = units[0].Kind == ChainUnitKind.Honorific && ActorExtractor.PersonalHonorifics.Contains(before.Text);
        var given = units[0] is { Kind: ChainUnitKind.Word, Count: 1 } && k.GivenNames.Contains(before.Text) && !before.SentenceInitial;
        if (!courtesy && !given) return units;
        // "Mike German officials": a lower-case noun after the word makes it an adjective.
        if (country.Last + 1 < tokens.Count && tokens[country.Last + 1].IsLower && tokens[country.Last + 1].IsWord && !k.FunctionWords.Contains(tokens[country.Last + 1].Text)
            && !k.SpeechVerbs.Contains(tokens[country.Last + 1].Text) && !k.AuxiliaryVerbs.Contains(tokens[country.Last + 1].Text)) return units;
        return [units[0], new ChainUnit(ChainUnitKind.Word, country.First, 1)];
    }

    /// <summary>
    /// "Sir Andrew Green, chairman of", "Lucy Dean said": a title word ending the run right after a given name is a
    /// surname; nothing follows it for it to be the title of.
    /// </summary>
    private List<ChainUnit> WithTitleAsSurname(List<Token> tokens, List<ChainUnit> units)
    {
        if (units.Count < 2 || units[^1] is not { Kind: ChainUnitKind.Role or ChainUnitKind.Honorific, Count: 1 } title
            || units[^2] is not { Kind: ChainUnitKind.Word, Count: 1 } given) return units;
        var (word, surname) = (tokens[given.First], tokens[title.First]);
        if (!k.GivenNames.Contains(word.Text) || word.Possessive || surname.Start != word.End + 1 || !TextChars.AllAfterFirst(surname.Text, char.IsLower)) return units;
        return [.. units.Take(units.Count - 1), new ChainUnit(ChainUnitKind.Word, title.First, 1)];
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
