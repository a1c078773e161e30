namespace BriefingSite.Extraction;

/// <summary>
/// Organizations named in a list after a class noun: "German firms including Siemens, Daimler and Deutsche Bahn",
/// "militias such as the Popular Mobilization Forces", "outlets like Rudaw", "a consortium of TotalEnergies, Eni and
/// QatarEnergy", "a joint venture between Hanwha and Saab". Each capitalized run of the list is an
/// organization, however unknown its name; known names keep their own kind.
/// </summary>
public sealed class OrganizationLists(Knowledge k)
{
    private static readonly HashSet<string> ClassNouns = new(StringComparer.Ordinal)
    {
        "firms", "companies", "groups", "organizations", "organisations", "agencies", "banks", "carmakers", "automakers",
        "airlines", "carriers", "parties", "militias", "insurers", "manufacturers", "retailers", "outlets", "newspapers",
        "broadcasters", "lenders", "contractors", "suppliers", "charities", "NGOs", "institutions", "universities", "businesses",
    };

    /// <summary>Groups of companies, whose members follow "of", "between" or "led by".</summary>
    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "consortium", "consortia", "venture", "partnership", "syndicate", "conglomerate",
    };

    public IEnumerable<PersonCandidate> Find(int paragraph, List<Token> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            var group = GroupNouns.Contains(tokens[i].Text);
            if (!group && !ClassNouns.Contains(tokens[i].Text)) continue;
            var j = i + 1;
            if (tokens[j].Is("including") || tokens[j].Is("like")) j++;
            else if (group && (tokens[j].Is("of") || tokens[j].Is("between"))) j++;
            else if (group && tokens[j].Is("led") && tokens[j + 1].Is("by")) j += 2;
            else if (tokens[j].Is("such") && j + 1 < tokens.Count && tokens[j + 1].Is("as")) j += 2;
            else continue;
            foreach (var item in Items(tokens, j)) yield return new PersonCandidate(
                tokens.Skip(item.First).Take(item.Last - item.First + 1).Select(t => t.Text).ToList(), null, paragraph,
                tokens[item.First].Start, tokens[item.Last].End, Model.ActorKind.Organization);
        }
    }

    /// <summary>The capitalized runs of "A, B C and D": stops at the first word that is neither capitalized nor a separator.</summary>
    private IEnumerable<(int First, int Last)> Items(List<Token> tokens, int j)
    {
        while (j < tokens.Count)
        {
            if (tokens[j].Is("the")) j++;
            if (j >= tokens.Count || !tokens[j].IsCapitalized) yield break;
            var first = j;
            while (j + 1 < tokens.Count && (tokens[j + 1].IsCapitalized || tokens[j + 1].Is("-") || tokens[j + 1].Is("&"))
                   && tokens[j + 1].Start - tokens[j].End <= 1 && !tokens[j].Possessive) j++;
            // A known person or country in the list is not an organization (a list of "groups like Amnesty and Human Rights Watch" is).
            if (k.Names.Match(tokens, first) is not { Name.Kind: Model.ActorKind.Person or Model.ActorKind.Country } && !k.FunctionWords.Contains(tokens[first].Text))
                yield return (first, j);
            j++;
            if (j < tokens.Count && tokens[j].Is(",")) j++;
            if (j < tokens.Count && (tokens[j].Is("and") || tokens[j].Is("or"))) j++;
            else if (j < tokens.Count && !tokens[j].IsCapitalized && !tokens[j].Is("the")) yield break;
        }
    }
}
