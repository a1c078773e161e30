using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// How a known country name or capital is read where it stands: a language ("in Spanish"), a qualifier of an
/// organization ("the Afghan Taliban"), a government that acts ("Moscow said"), or a place name that needs a cue.
/// </summary>
public sealed class CountryReadings(Knowledge k)
{
    /// <summary>
    /// "Stacey Abrams of Georgia", "results in Georgia, Michigan and Pennsylvania": a country whose name is also another
    /// place's is meant only when the article also calls it by another of its names ("Georgian", "Tbilisi"); a body
    /// another country has too ("House of Commons") only when the article holds a word of its own country ("British").
    /// </summary>
    public bool Confirmed(string country, List<List<Token>> tokenized) =>
        !k.NamesNeedingCue.TryGetValue(country, out var cues)
        || tokenized.Any(tokens => tokens.Any(t => cues.Any(c => t.Text.StartsWith(c, StringComparison.Ordinal))))
        || tokenized.Any(tokens => AmongCountries(tokens, country));

    /// <summary>
    /// "inviting Turkey and Georgia, as transit countries", "Armenia, Georgia and Azerbaijan": a name joined by "and" or
    /// "or" to a country that needs no cue is the country too ("Atlanta, Georgia, United States" is not: a comma only).
    /// </summary>
    private bool AmongCountries(List<Token> tokens, string country)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (k.Names.Match(tokens, i) is not { Name.Kind: ActorKind.Country } named || named.Name.Key != country) continue;
            var after = i + named.Count;
            if (after + 1 < tokens.Count && tokens[after].Text is "and" or "or" && PlainCountry(tokens, after + 1, out _)) return true;
            if (i >= 2 && tokens[i - 1].Text is "and" or "or")
                for (var j = Math.Max(0, i - 5); j < i - 1; j++)
                    if (PlainCountry(tokens, j, out var count) && j + count == i - 1) return true;
        }
        return false;
    }

    private bool PlainCountry(List<Token> tokens, int at, out int count)
    {
        count = 0;
        if (k.Names.Match(tokens, at) is not { Name.Kind: ActorKind.Country } c || k.NamesNeedingCue.ContainsKey(c.Name.Key)) return false;
        // A demonym ("Turkish and Georgia...") or a possessive is no name in a list of places.
        if (tokens[at + c.Count - 1].Possessive || k.Demonyms.Values.Contains(tokens[at].Text)) return false;
        count = c.Count;
        return true;
    }

    private static readonly HashSet<string> CityNouns = new(StringComparer.Ordinal)
    {
        "streets", "street", "mayor", "residents", "suburbs", "outskirts", "center", "centre", "airport", "metro", "subway",
        "districts", "district", "city", "skyline", "population", "inhabitants", "citizens", "hospitals", "hospital", "old",
        "main", "central", "historic", "largest", "biggest", "busiest", "oldest", "university", "stock", "buildings",
    };

    /// <summary>"the Afghan Taliban", "Lebanese Hezbollah": a demonym right before a known organization describes it, it names no country.</summary>
    public bool QualifiesOrganization(List<Token> tokens, int i, int count, KnownName name) =>
        name.Kind == ActorKind.Country && count == 1 && !tokens[i].Possessive && i + 1 < tokens.Count
        && tokens[i + 1].Start == tokens[i].End + 1 && !tokens[i].Is(name.Key)
        && k.Names.Match(tokens, i + 1) is { Name.Kind: ActorKind.Organization } org && !org.Name.Key.Contains(tokens[i].Text, StringComparison.Ordinal)
        // "the Cypriot House of Representatives": a country's own body, known by its bare name as another country's, is this country's.
        && !(k.GovernmentBodies.Match(tokens, i + 1) is { } body && body.Count == org.Count);

    /// <summary>
    /// "Petru Vasile-Moldovan", "Dr Ana Ionescu-Roman": a country's word glued by a hyphen to the end of a capitalized
    /// word that itself follows a name's word is the second half of a double-barrelled surname, not the country. A combining
    /// form ("Anglo-", "Sino-", "Franco-") or a known name before the hyphen ("US-Russian") keeps the country.
    /// </summary>
    public bool Surname(List<Token> tokens, int i, int count, KnownName name)
    {
        if (name.Kind != ActorKind.Country || count != 1 || i < 3) return false;
        var (dash, part, before) = (tokens[i - 1], tokens[i - 2], tokens[i - 3]);
        if (!dash.Is("-") || dash.Start != part.End || tokens[i].Start != dash.End || part.Possessive || !part.IsCapitalized) return false;
        if (part.Text.EndsWith('o') || !TextChars.AllAfterFirst(part.Text, char.IsLower) || k.Names.Match(tokens, i - 2) is not null) return false;
        return before.IsCapitalized && !before.Possessive && before.End + 1 == part.Start && !k.FunctionWords.Contains(before.Text)
               && k.Names.Match(tokens, i - 3) is null;
    }

    private static readonly string[] LanguageEndings = ["ish", "ese", "ian", "an", "ic", "ch", "ek", "ai", "di", "si"];

    private static readonly HashSet<string> LanguageNouns = new(StringComparer.Ordinal)
    {
        "language", "languages", "translation", "speakers", "speaker", "speaking", "dialect", "subtitles",
    };

    /// <summary>
    /// "translated from Spanish and", "spoke in Russian,": a demonym standing alone after "in" or "from" is a language;
    /// so is one before "language" ("Spanish language:", "Russian-speaking").
    /// </summary>
    public bool Language(List<Token> tokens, int i, int count, KnownName name)
    {
        if (name.Kind != ActorKind.Country || count != 1 || tokens[i].Is(name.Key) || tokens[i].Possessive) return false;
        var after = i + 1 < tokens.Count && tokens[i + 1].Is("-") ? i + 2 : i + 1;
        if (after < tokens.Count && tokens[after].Start - tokens[after - 1].End <= 1 && LanguageNouns.Contains(tokens[after].Text)) return true;
        if (i == 0 || tokens[i - 1].Text is not ("in" or "from" or "into")) return false;
        if (!LanguageEndings.Any(e => tokens[i].Text.EndsWith(e, StringComparison.Ordinal))) return false;
        if (i + 1 >= tokens.Count) return true;
        var next = tokens[i + 1];
        return !next.IsWord || (next.IsLower && k.IsLowerFunctionWord(next.Text));
    }

    private static readonly HashSet<string> CurrencyNouns = new(StringComparer.Ordinal)
    {
        "dollar", "dollars", "peso", "pesos", "rupee", "rupees", "pound", "pounds", "franc", "francs", "lira", "shilling",
        "shillings", "yuan", "yen", "rouble", "roubles", "ruble", "rubles", "dinar", "dinars", "riyal", "riyals", "dirham",
        "dirhams", "krona", "kronor", "krone", "kroner", "naira", "cedi", "cedis",
    };

    /// <summary>"US$46 million", "paid in U.S. dollars", "Canadian dollars": a country's currency names no country.</summary>
    public bool Currency(List<Token> tokens, int i, int count, KnownName name)
    {
        if (name.Kind != ActorKind.Country || tokens[i + count - 1].Possessive || i + count >= tokens.Count) return false;
        var next = tokens[i + count];
        if (next.Start - tokens[i + count - 1].End > 1) return false;
        return next.Is("$") && next.Start == tokens[i + count - 1].End || CurrencyNouns.Contains(next.Text);
    }

    private static readonly HashSet<string> LikenessNouns = new(StringComparer.Ordinal) { "style", "type", "like", "esque" };

    /// <summary>"a Soviet-style investigation", "Western-type democracy": a demonym glued to a word of likeness describes a manner, it names no country.</summary>
    public bool Likeness(List<Token> tokens, int i, int count, KnownName name)
    {
        if (name.Kind != ActorKind.Country || count != 1 || tokens[i].Possessive || i + 2 >= tokens.Count) return false;
        var (dash, word) = (tokens[i + 1], tokens[i + 2]);
        return dash.Is("-") && dash.Start == tokens[i].End && word.Start == dash.End && LikenessNouns.Contains(word.Text);
    }

    /// <summary>"a Boeing 737", "the Airbus A320neo": a company's name before a model number names the product, not the company.</summary>
    public bool Product(List<Token> tokens, int i, int count, KnownName name)
    {
        if (name.Kind != ActorKind.Organization || tokens[i + count - 1].Possessive || i + count >= tokens.Count) return false;
        // "Boeing 737", "Airbus A320", "Boeing B-17": the model is the word after the name with the words glued to it.
        // Not a sum ("paid the Commission $250m"), a year ("told the BBC 2005 would be hard") or a channel ("BBC 1").
        var model = tokens[i + count];
        if (model.Start - tokens[i + count - 1].End != 1 || !model.IsWord || model.Text.Length == 4 && model.Text.All(char.IsDigit)) return false;
        for (var j = i + count; j < tokens.Count && (j == i + count || tokens[j].Start == tokens[j - 1].End); j++)
            if (tokens[j].Text.Count(char.IsDigit) >= 2) return true;
        return false;
    }

    /// <summary>
    /// "Moscow said", "Beijing has warned", "Washington accused": a capital that speaks or acts is its government.
    /// A capital as a place ("in Moscow", "Kyiv's streets") stays a place.
    /// </summary>
    public bool ActsAsGovernment(List<Token> tokens, int last)
    {
        if (last + 1 >= tokens.Count) return false;
        var next = tokens[last + 1];
        // "Moscow's demands", "Beijing's position": what a capital owns is its government's, unless it is the city's own.
        if (tokens[last].Possessive) return next.IsLower && !CityNouns.Contains(next.Text);
        if (k.SpeechVerbs.Contains(next.Text) || k.AgentVerbs.Contains(next.Text)) return true;
        // "welcomed by Beijing, which described the embargo as ...": the capital is the subject of the relative clause's verb.
        if (next.Is(",") && last + 3 < tokens.Count && tokens[last + 2].Is("which")
            && (k.SpeechVerbs.Contains(tokens[last + 3].Text) || k.AgentVerbs.Contains(tokens[last + 3].Text))) return true;
        // "Beijing has warned", "Moscow would reject": an auxiliary counts when a verb of saying or acting follows it.
        return next.Text is "has" or "had" or "will" or "would" or "could" or "did" && last + 2 < tokens.Count
            && (k.SpeechVerbs.Contains(tokens[last + 2].Text) || k.AgentVerbs.Contains(tokens[last + 2].Text));
    }
}
