using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Reads a run of capitalized words ("Chair of the NATO Military Committee Admiral Giuseppe Cavo Dragone") into
/// units: known names, title words, honorifics, connectors and plain words. Persons are found in what the run ends with.
/// </summary>
public sealed class ChainReader(Knowledge k)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "for", "on" };

    /// <summary>True when a run may begin at token <paramref name="i"/>.</summary>
    public bool Starts(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].IsCapitalized && (!k.FunctionWords.Contains(Contracted(tokens[i].Text)) || FamilyNameFirst(tokens, i) || HonorificBeforeName(tokens, i));

    /// <summary>"Mr Koroma", "Ms Boateng": an honorific that is also a function word opens a name when a capitalized word follows it.</summary>
    private bool HonorificBeforeName(IReadOnlyList<Token> tokens, int i) =>
        k.Honorifics.Contains(tokens[i].Text) && !tokens[i].Possessive && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized
        && tokens[i + 1].Start == tokens[i].End + 1 && !k.FunctionWords.Contains(tokens[i + 1].Text);

    /// <summary>
    /// "columnist Peter Mwangi Were argues": mid-sentence, a capitalized function word right after a given name and a
    /// surname, before a lower-case word that is no function word, is the last part of the name, not a function word.
    /// </summary>
    private bool SurnameAfterName(IReadOnlyList<Token> tokens, int j, List<ChainUnit> units) =>
        !tokens[j].SentenceInitial && units.Count >= 2 && units[^1] is { Kind: ChainUnitKind.Word, Count: 1 } last && last.First == j - 1
        && units[^2] is { Kind: ChainUnitKind.Word, Count: 1 } given && given.First == j - 2 && k.GivenNames.Contains(tokens[given.First].Text)
        && !tokens[j - 1].Possessive && j + 1 < tokens.Count && tokens[j + 1].IsLower && tokens[j + 1].Start == tokens[j].End + 1
        && !k.IsLowerFunctionWord(tokens[j + 1].Text);

    /// <summary>"Oh Jae-won", "An Ji-ho": a family name that is also a function word, before a hyphenated given name.</summary>
    private static bool FamilyNameFirst(IReadOnlyList<Token> tokens, int i) =>
        i + 3 < tokens.Count && !tokens[i].Possessive && tokens[i + 1].IsCapitalized && tokens[i + 1].Start == tokens[i].End + 1
        && tokens[i + 2].Is("-") && tokens[i + 2].Start == tokens[i + 1].End && tokens[i + 3].IsLower && tokens[i + 3].Start == tokens[i + 2].End;

    /// <summary>"I've" → "I", "It's" → "It": a contraction of a function word is a function word.</summary>
    private static string Contracted(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 ? word[..apostrophe] : word;
    }

    private static readonly HashSet<string> SurnameMonths = new(StringComparer.Ordinal) { "May", "June", "April", "August" };

    public List<ChainUnit> Read(IReadOnlyList<Token> tokens, int start)
    {
        var units = new List<ChainUnit>();
        var j = start;
        while (j < tokens.Count)
        {
            var t = tokens[j];
            if (units.Count > 0 && t.Start - tokens[j - 1].End > 1) break;
            // "Christine May", "Brian May": a month that is also a surname, right after a given name, is the surname.
            if (units.Count > 0 && SurnameMonths.Contains(t.Text) && units[^1] is { Kind: not ChainUnitKind.Known, Count: 1 } previous
                && previous.First == j - 1 && k.GivenNames.Contains(tokens[j - 1].Text))
            {
                units[^1] = previous with { Kind = ChainUnitKind.Word };
                units.Add(new ChainUnit(ChainUnitKind.Word, j, 1));
                j++;
                continue;
            }
            // "Saif al-Islam Gaddafi", "Jama'at Nusrat al-Islam wal-Muslimin": a word glued to a particle ("al-") is part of the name,
            // though alone it is a common word or no actor's name.
            if (AfterGluedParticle(tokens, j, units) && t.IsCapitalized && k.Names.Match(tokens, j) is not { Name.IsActor: true })
            {
                units.Add(new ChainUnit(ChainUnitKind.Word, j, 1));
                j++;
                if (tokens[j - 1].Possessive) break;
                continue;
            }
            // "Mr Koroma": an honorific the knowledge also lists as no actor ("Mr", "Ms") is still an honorific here.
            if (k.Names.Match(tokens, j) is { } m && (t.IsCapitalized || units.Count > 0) && !PlaceAsGivenName(tokens, j, m.Name, m.Count, units)
                && !PlaceAfterGivenName(tokens, j, m.Name, m.Count, units) && !(m is { Count: 1, Name.IsActor: false } && k.Honorifics.Contains(t.Text)))
            {
                units.Add(new ChainUnit(ChainUnitKind.Known, j, m.Count, m.Name));
                j += m.Count;
            }
            else if (t.IsCapitalized)
            {
                if (PostNominal(tokens, j, units)) break;
                if (k.FunctionWords.Contains(t.Text) && !(k.RoleWords.Contains(t.Text) || k.Honorifics.Contains(t.Text) || FamilyNameFirst(tokens, j) || SurnameAfterName(tokens, j, units))) break;
                units.Add(new ChainUnit(GivenNameFirst(tokens, j, units) ? ChainUnitKind.Word : PluralTitle(tokens, j) ? ChainUnitKind.Role : KindOf(t.Text), j, 1));
                j++;
            }
            else if (t.Is("-") && units.Count > 0 && j + 1 < tokens.Count && tokens[j + 1].IsWord && tokens[j + 1].Start == t.End && t.Start == tokens[j - 1].End)
            {
                if (tokens[j + 1].IsCapitalized) { units.Add(new ChainUnit(ChainUnitKind.Hyphen, j, 1)); j++; continue; }
                // "U.S.-led", "President-elect": the lower-case part belongs to the unit before it.
                units[^1] = units[^1] with { Count = units[^1].Count + 2 };
                j += 2;
            }
            else if (t.IsLower && units.Count > 0 && k.NameParticles.Contains(t.Text) && NextIsCapitalized(tokens, j))
            {
                // "Minister of State Sultan bin Rashid Al-Marri": the word before "bin" is a given name, even one that is a title.
                if (k.PatronymicParticles.Contains(t.Text) && units[^1] is { Kind: ChainUnitKind.Role or ChainUnitKind.Honorific, Count: 1 } titled
                    && titled.First == j - 1 && !tokens[j - 1].Possessive)
                    units[^1] = titled with { Kind = ChainUnitKind.Word };
                units.Add(new ChainUnit(ChainUnitKind.Particle, j, 1));
                j++;
                continue;
            }
            // "Commissioner James Rovella of the Connecticut Department": after a titled name, "of" says where the person works.
            else if (t.IsLower && !AfterTitledName(units) && (Connectors.Contains(t.Text) || (t.Is("and") && InOrganizationName(tokens, start, j)))
                     && (units.Exists(u => u.Kind is ChainUnitKind.Role or ChainUnitKind.Connector) || k.OrganizationHeads.Contains(tokens[j - 1].Text))
                     && j + 1 < tokens.Count && (tokens[j + 1].IsCapitalized || tokens[j + 1].Is("the")) && !Calendar.Contains(tokens[j + 1].Text))
            {
                units.Add(new ChainUnit(ChainUnitKind.Connector, j, 1));
                j++;
                continue;
            }
            else break;
            if (tokens[j - 1].Possessive) break;
        }
        while (units.Count > 0 && units[^1].Kind is ChainUnitKind.Connector or ChainUnitKind.Particle or ChainUnitKind.Hyphen) units.RemoveAt(units.Count - 1);
        return units;
    }

    /// <summary>Token <paramref name="j"/> comes right after a lower-case particle and a hyphen read into the run ("al-").</summary>
    private static bool AfterGluedParticle(IReadOnlyList<Token> tokens, int j, List<ChainUnit> units) =>
        units.Count >= 2 && units[^1] is { Kind: ChainUnitKind.Hyphen } hyphen && hyphen.First == j - 1 && units[^2] is { Kind: ChainUnitKind.Particle }
        && tokens[j].Start == tokens[j - 1].End;

    /// <summary>
    /// "Judge Ann Roe QC said", "Ian Doe MSP, who": letters for an office or honour right after a name's word, with no
    /// capitalized word joined after them, close the name ("Tory MP Ann Roe": before a name they are a title).
    /// </summary>
    private bool PostNominal(IReadOnlyList<Token> tokens, int j, List<ChainUnit> units) =>
        units.Count > 0 && units[^1].Kind == ChainUnitKind.Word && k.PostNominals.Contains(tokens[j].Text) && !tokens[j - 1].Possessive
        && (j + 1 >= tokens.Count || !tokens[j + 1].IsCapitalized || tokens[j + 1].Start > tokens[j].End + 1);

    /// <summary>The run ends in a name of two or more words right after a title: "Commissioner James Rovella" (not "Party of Action").</summary>
    private static bool AfterTitledName(List<ChainUnit> units)
    {
        var i = units.Count - 1;
        while (i >= 0 && units[i].Kind == ChainUnitKind.Word) i--;
        return i >= 0 && i < units.Count - 2 && units[i].Kind is ChainUnitKind.Role or ChainUnitKind.Honorific;
    }

    /// <summary>"the Safety Committee on Monday": a day or month after a connector is a date, not part of the name.</summary>
    private static readonly HashSet<string> Calendar = new(PartialDate.WeekdayNames.Concat(PartialDate.MonthNames), StringComparer.Ordinal);

    /// <summary>"Party of Action and Solidarity", "Commission on Water and Energy": "and" joins words only inside "Head of/for/on ...".</summary>
    private bool InOrganizationName(IReadOnlyList<Token> tokens, int start, int j)
    {
        for (var i = j - 1; i > start; i--)
            if (tokens[i].Text is "of" or "for" or "on" && k.OrganizationHeads.Contains(tokens[i - 1].Text))
                return j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && !StartsAnotherName(tokens, j + 1);
        return false;
    }

    /// <summary>
    /// "the University of Lund and Centre for Arctic Studies", "the Institute of Hydrology and Tallinn University", "the
    /// University of Porto and Ana Ferreira": what follows "and" is a name of its own when it opens with an organization's
    /// head and "of/for/on", ends in a head ("Tallinn University"), or opens with a given name before another capitalized
    /// word. "of England and Wales", "of Health and Social Care" go on.
    /// </summary>
    private bool StartsAnotherName(IReadOnlyList<Token> tokens, int from)
    {
        if (k.OrganizationHeads.Contains(tokens[from].Text) && from + 1 < tokens.Count && tokens[from + 1].Text is "of" or "for" or "on") return true;
        if (k.GivenNames.Contains(tokens[from].Text) && from + 1 < tokens.Count && tokens[from + 1].IsCapitalized && tokens[from + 1].IsWord) return true;
        var end = from;
        while (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && tokens[end + 1].IsWord && !tokens[end].Possessive) end++;
        return end > from && k.OrganizationHeads.Contains(tokens[end].Text) && !(end + 1 < tokens.Count && tokens[end + 1].Text is "of" or "for" or "on");
    }

    /// <summary>
    /// "Bill Hammons", "Grant Shapps": a given name that is also a noun ("the Bill", "a Grant") is a given name when it
    /// opens the name and a plain capitalized word follows it.
    /// </summary>
    private bool GivenNameFirst(IReadOnlyList<Token> tokens, int j, List<ChainUnit> units) =>
        k.GivenNames.Contains(tokens[j].Text) && KindOf(tokens[j].Text) == ChainUnitKind.Other && (units.Count == 0 || units[^1].Kind is ChainUnitKind.Role or ChainUnitKind.Honorific)
        && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && tokens[j + 1].Start == tokens[j].End + 1 && !tokens[j].Possessive
        && KindOf(tokens[j + 1].Text) == ChainUnitKind.Word && k.Names.Match(tokens, j + 1) is null;

    /// <summary>
    /// "Sofia Reyes", "Santiago Peña", "Victoria Nuland": a place that is also a given name, right before a plain
    /// capitalized word that is no known name, opens a person's name rather than naming the city.
    /// </summary>
    private bool PlaceAsGivenName(IReadOnlyList<Token> tokens, int j, KnownName known, int count, List<ChainUnit> units) =>
        count == 1 && known.Kind is null && k.GivenNames.Contains(tokens[j].Text) && !tokens[j].Possessive
        && (units.Count == 0 || units[^1].Kind is ChainUnitKind.Role or ChainUnitKind.Honorific)
        && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && tokens[j + 1].Start == tokens[j].End + 1
        && KindOf(tokens[j + 1].Text) == ChainUnitKind.Word && k.Names.Match(tokens, j + 1) is null && !k.FunctionWords.Contains(tokens[j + 1].Text);

    /// <summary>
    /// "chief executive Tomás Lyon Errázuriz", "Minister Ana Lyon Soto": a one-word place right after a given name that
    /// opens the name (or follows a title), before a plain capitalized word that is no known name, is the first of two
    /// family names, not where the person is.
    /// </summary>
    private bool PlaceAfterGivenName(IReadOnlyList<Token> tokens, int j, KnownName known, int count, List<ChainUnit> units) =>
        count == 1 && known.Kind is null && units.Count > 0 && units[^1] is { Kind: ChainUnitKind.Word, Count: 1 } given && given.First == j - 1
        && (units.Count == 1 || units[^2].Kind is ChainUnitKind.Role or ChainUnitKind.Honorific)
        && k.GivenNames.Contains(tokens[j - 1].Text) && !tokens[j - 1].Possessive && !tokens[j].Possessive && tokens[j].Start == tokens[j - 1].End + 1
        && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && tokens[j + 1].Start == tokens[j].End + 1
        && KindOf(tokens[j + 1].Text) == ChainUnitKind.Word && k.Names.Match(tokens, j + 1) is null && !k.FunctionWords.Contains(tokens[j + 1].Text);

    /// <summary>"Representatives Eliot Roe, Adam Doe and ...": the plural of a title for a person, right before a capitalized word, is a title.</summary>
    private bool PluralTitle(IReadOnlyList<Token> tokens, int j) =>
        j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && tokens[j + 1].Start == tokens[j].End + 1 && KindOf(tokens[j].Text) == ChainUnitKind.Word
        && PersonRoles.Singular(k, tokens[j].Text) is not null;

    private ChainUnitKind KindOf(string word)
    {
        var honorific = k.Honorifics.Contains(word);
        var role = k.RoleWords.Contains(word);
        if (honorific && (word.EndsWith('.') || !role)) return ChainUnitKind.Honorific;
        if (role || honorific) return ChainUnitKind.Role;
        // An unknown acronym (a party, an agency) is not part of a person's name.
        if (word.Length >= 2 && TextChars.All(word, c => !char.IsLetter(c) || char.IsUpper(c)) && TextChars.Count(word, char.IsLetter) >= 2) return ChainUnitKind.Other;
        if (k.GenericNouns.Contains(word) || k.NonNameWords.Contains(word)) return ChainUnitKind.Other;
        return ChainUnitKind.Word;
    }

    private bool NextIsCapitalized(IReadOnlyList<Token> tokens, int j)
    {
        var n = j + 1;
        while (n < tokens.Count && (tokens[n].Is("-") || (tokens[n].IsLower && k.NameParticles.Contains(tokens[n].Text)))) n++;
        return n < tokens.Count && tokens[n].IsCapitalized;
    }
}
