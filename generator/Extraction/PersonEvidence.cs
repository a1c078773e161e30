namespace BriefingSite.Extraction;

/// <summary>
/// What around a capitalized run tells that it names a person, or that it does not: a verb of saying or acting next to
/// it, an age or an aside before such a verb, a title in apposition, a lone word that qualifies the noun after it.
/// Used by <see cref="PersonFinder"/>.
/// </summary>
internal static class PersonEvidence
{
    /// <summary>"Adm. Pierre Vandier, NATO's Supreme Allied Commander Transformation, watched": a title in apposition names no one new.</summary>
    internal static bool InApposition(List<Token> tokens, int chainStart, int end)
    {
        var before = chainStart - 1;
        if (before >= 0 && tokens[before].Possessive) before--;
        var closes = end + 1 >= tokens.Count || tokens[end + 1].Text is "," or "." or ";" or ")";
        return before >= 0 && tokens[before].Is(",") && closes;
    }

    /// <summary>
    /// "the General Election", "an International Finance Facility": a title right after an article, then one word that is
    /// no given name, names a thing the title-word qualifies; "General Worker's Union": a possessive word before an
    /// organization's head is part of the organization's name.
    /// </summary>
    internal static bool NounAfterTitle(Knowledge k, List<Token> tokens, List<ChainUnit> units, int t, int end)
    {
        if (end + 1 < tokens.Count && tokens[end].Possessive && tokens[end + 1].IsCapitalized && k.OrganizationHeads.Contains(tokens[end + 1].Text)) return true;
        var chainStart = units[0].First;
        return chainStart > 0 && tokens[chainStart - 1].Text.ToLowerInvariant() is "the" or "a" or "an"
            && units.Take(t).All(u => u.Kind == ChainUnitKind.Role) && !k.GivenNames.Contains(tokens[end].Text);
    }

    /// <summary>A verb of saying or acting next to the name: "Leavitt said", "said Stubb", "according to Stubb", "Trump challenged".</summary>
    internal static bool ByContext(Knowledge k, List<Token> tokens, int first, int end, int words)
    {
        if (tokens[end].Possessive) return false;
        // "The Long Table is an independent production", "the Panel said": a name takes no article; what follows "the"
        // right before a verb is a thing or a body.
        if (AfterThe(tokens, first)) return false;
        var lone = words == 1 ? tokens[first] : (Token?)null;
        if (lone is { } w && LooksGeneric(k, w.Text)) return false;
        var next = end + 1 < tokens.Count ? tokens[end + 1] : (Token?)null;
        var prev = first > 0 ? tokens[first - 1] : (Token?)null;
        // "Dr. Steven Wolf at Saint Francis said": after a preposition the run is where the subject works, not the subject.
        var placeOfSubject = prev is { IsLower: true } pr && Prepositions.Contains(pr.Text) || lone is not null && PlaceInRegion(tokens, first);
        if (next is { IsWord: true } n && !placeOfSubject)
        {
            if (k.SpeechVerbs.Contains(n.Text) && (lone is null || !k.WeakSpeechVerbs.Contains(n.Text))) return true;
            // Acting is weaker evidence than speaking: a lone word ("Dorian strengthened") needs a full name to go with it.
            if (lone is null && k.AgentVerbs.Contains(n.Text)) return true;
            if (lone is null && k.AuxiliaryVerbs.Contains(n.Text) && !tokens[first].SentenceInitial) return true;
        }
        // "said English local authorities": a lone word qualifying the lower-case noun after it is no name.
        if (prev is { IsWord: true } p && k.InvertedSpeechVerbs.Contains(p.Text) && !(lone is not null && QualifiesNext(k, tokens, first))) return true;
        if (first >= 2 && tokens[first - 1].Is("to") && tokens[first - 2].Text is "according" or "According") return true;
        // "The delegation was led by Fousseyni Keita", "signed by Ramiro Villalba": a full name after "by" and a verb whose doer is a person.
        if (words >= 2 && first >= 2 && tokens[first - 1].Is("by") && PersonalAgentVerbs.Contains(tokens[first - 2].Text)) return true;
        // "Smith, 54, said" or "Smith, a spokesman, said": skip one comma-enclosed aside.
        // Not after a preposition: "Lord Ames of Tarnbury, in his ruling, said", "Ms Oduya, 41, from Brackley, Kent, said".
        if (next is { Text: "," } && !placeOfSubject && SpeechAfterAside(k, tokens, end + 2)) return true;
        // "Nils Haagenrud of Rogaland Fire and Rescue said", "Crystal Bearing of the tribal office told", "Anna Ko from the
        // opposition camp said": a full name, where the speaker works or belongs, then a verb of saying.
        // After an article the run names a thing ("during the Great Orchestra of Christmas Charity and claimed").
        // After a preposition the run is itself a place or source ("a study in the Journal of Threatened Taxa from March noted").
        if (lone is null && (next is { Text: "of" } || next is { Text: "from" } && !placeOfSubject) && prev is not { Text: "the" or "The" or "a" or "an" } && SpeechAfterWorkplace(k, tokens, end + 2)) return true;
        // "Batbold, 54, a herder whose winter camp lies ...": an age set off by commas after a name tells a person.
        if (next is { Text: "," } && end + 4 < tokens.Count && IsAge(tokens[end + 2]) && tokens[end + 3].Is(",") && tokens[end + 4].IsLower) return true;
        return false;
    }

    /// <summary>"the Baltimore Sun", "The Long Table": a capitalized run right after the article.</summary>
    internal static bool AfterThe(List<Token> tokens, int first) =>
        first > 0 && tokens[first - 1].Text is "the" or "The" && tokens[first - 1].End + 1 == tokens[first].Start;

    /// <summary>
    /// "his sister Yingluck Shinawatra", "Trump's son Eric Trump": a full name right after a relative noun that a possessive
    /// owns names that relative.
    /// </summary>
    internal static bool KinBefore(Knowledge k, List<Token> tokens, int first, int words)
    {
        if (words < 2 || first < 2) return false;
        var (kin, owner) = (tokens[first - 1], tokens[first - 2]);
        return kin.IsLower && k.RelativeNouns.Contains(kin.Text) && kin.End + 1 == tokens[first].Start
               && (owner.Text is "his" or "her" or "their" or "His" or "Her" or "Their" || owner.Possessive && owner.IsCapitalized);
    }

    /// <summary>
    /// "The deceased seaman was identified as Jaypee Galicha", "police named the victim as Ana Roe": a full name a person
    /// (a role noun, "him", "the woman") is identified or named as is that person's; a group identified as something is not.
    /// </summary>
    internal static bool IdentifiedAs(Knowledge k, List<Token> tokens, int first, int words)
    {
        if (words < 2 || first < 2 || !tokens[first - 1].Is("as")) return false;
        for (var j = first - 2; j >= 0 && j >= first - 4; j--)
        {
            if (tokens[j].Text is "identified" or "named")
            {
                for (var r = first - 2; r >= 0 && r >= j - 5; r--)
                {
                    if (!tokens[r].IsWord) return false;
                    if (tokens[r].IsLower && (k.RoleNouns.Contains(tokens[r].Text) || PersonNouns.Contains(tokens[r].Text))) return true;
                }
                return false;
            }
            if (!tokens[j].IsLower || !tokens[j].IsWord) return false;
        }
        return false;
    }

    /// <summary>Words for a person that are no role: what a name may be identified as.</summary>
    private static readonly HashSet<string> PersonNouns = new(StringComparer.Ordinal) { "him", "her", "man", "woman", "boy", "girl", "body", "deceased" };

    /// <summary>"from Brackley, Kent": a word after a place set off by a comma after a preposition is the place's region.</summary>
    private static bool PlaceInRegion(List<Token> tokens, int first) =>
        first >= 3 && tokens[first - 1].Is(",") && tokens[first - 2].IsCapitalized && tokens[first - 3].IsLower && Prepositions.Contains(tokens[first - 3].Text);

    /// <summary>"English local authorities": a lower-case word right after the word that is neither a verb, an adverb nor a function word.</summary>
    private static bool QualifiesNext(Knowledge k, List<Token> tokens, int at) =>
        at + 1 < tokens.Count && LoneWordIsNoName(k, tokens, at) && !tokens[at + 1].Text.EndsWith("ly", StringComparison.Ordinal) && !k.RelativeNouns.Contains(tokens[at + 1].Text);

    private static bool IsAge(Token t) => t.Text.Length <= 3 && t.Text.All(char.IsAsciiDigit) && int.Parse(t.Text, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 110;

    /// <summary>
    /// "the foreign secretary's official Kent house": one word after a role noun that itself qualifies the noun after
    /// it is a place or a kind; "From our correspondent, Valparaíso": one word ending the paragraph after the role is a byline place.
    /// </summary>
    internal static bool LoneWordIsNoName(Knowledge k, List<Token> tokens, int at)
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

    private static bool SpeechAfterAside(Knowledge k, List<Token> tokens, int from)
    {
        for (var j = from; j < tokens.Count && j < from + 14; j++)
        {
            if (tokens[j].Text is "." or ";" or "“" or "”" or "\"") return false;
            if (tokens[j].Is(",")) return j + 1 < tokens.Count && k.SpeechVerbs.Contains(tokens[j + 1].Text);
        }
        return false;
    }

    /// <summary>"[of] the tribal historic preservation office told", "[from] the pro-government camp said": a short phrase naming a workplace or side, then a verb of saying.</summary>
    private static bool SpeechAfterWorkplace(Knowledge k, List<Token> tokens, int from)
    {
        for (var j = from; j < tokens.Count && j < from + 8; j++)
        {
            var t = tokens[j];
            if (j > from && k.SpeechVerbs.Contains(t.Text) && !k.WeakSpeechVerbs.Contains(t.Text)) return true;
            // "the pro-government camp": a hyphen joining two words of the phrase.
            if (t.Is("-") && j > from && t.Start == tokens[j - 1].End && j + 1 < tokens.Count && tokens[j + 1].Start == t.End) continue;
            if (!t.IsWord || t.IsLower && !(t.Text is "the" or "and" or "for" or "of" || j + 1 < tokens.Count && (tokens[j + 1].IsWord || tokens[j + 1].Is("-")))) return false;
        }
        return false;
    }

    private static bool LooksGeneric(Knowledge k, string word) =>
        k.GenericNouns.Contains(word) || k.FunctionWords.Contains(word) ||
        new[] { "ers", "ors", "ists", "ants", "ents", "ians", "ies", "ives", "als", "ites" }.Any(s => word.EndsWith(s, StringComparison.Ordinal) && word.Length > s.Length + 2);
}
