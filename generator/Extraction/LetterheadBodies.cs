using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// The state body a release's letterhead names when its country stands on a line of its own: "REPUBLIC OF PALMYRA" over
/// "Ministry of Trade, Industry and Foreign Affairs" is Palmyra's foreign ministry. A ministry's own name may join
/// several portfolios ("Ministry of Regional Integration and Foreign Affairs"): one a country's body is known by
/// ("Ministry of Foreign Affairs") gives the name it is filed under; otherwise its own name, with the country's.
/// A body line that names its country itself ("Ministry of Foreign Affairs of Japan") is read as any text is.
/// </summary>
public sealed partial class LetterheadBodies(Knowledge k)
{
    /// <summary>The mentions with the letterhead's body and country, when <paramref name="paragraph"/> is a letterhead.</summary>
    public List<ActorMention> Apply(List<ActorMention> found, int paragraph, string text)
    {
        // The letterhead's lines may have been folded into one: "REPUBLIC OF PALMYRA Ministry of Trade and Foreign Affairs".
        if (text.Length > 200 || text.TrimEnd().EndsWith('.') || BodyStart().Match(text) is not { Success: true } opening) return found;
        var b = opening.Index;
        var bodyText = text[b..].Split('\n')[0].TrimEnd();
        var tokens = k.Tokenizer.Tokenize(bodyText, []);
        if (tokens.Count < 3 || EndsInCountry(tokens)) return found;
        string? country;
        int countryStart, countryLength;
        if (text[..b].Trim().Length > 0)
        {
            country = Country(text[..b]);
            countryStart = text.Length - text.TrimStart().Length;
            countryLength = text[..b].Trim().Length;
        }
        else
        {
            // "Ministry of Foreign Affairs Republic of Palmyra": the country's line under the body's.
            var at = Enumerable.Range(3, tokens.Count - 3).FirstOrDefault(j => tokens[j].IsCapitalized && !tokens[j - 1].Is("of") && !tokens[j - 1].Is("the")
                && Country(bodyText[tokens[j].Start..]) is not null, -1);
            if (at < 0) return found;
            country = Country(bodyText[tokens[at].Start..]);
            countryStart = b + tokens[at].Start;
            countryLength = bodyText.Length - tokens[at].Start;
            bodyText = bodyText[..tokens[at - 1].End];
            tokens = tokens.Take(at).ToList();
        }
        if (country is null) return found;
        var name = Known(tokens, country) ?? $"{bodyText} of {k.CountryInName(country)}";
        var end = b + bodyText.Length;
        var result = found.Where(m => !(m.Paragraph == paragraph && m.Start < end && b < m.Start + m.Length && m.Kind != ActorKind.Country)).ToList();
        result.Add(new ActorMention(name, name, ActorKind.Organization, paragraph, b, end - b));
        if (!result.Exists(m => m.Paragraph == paragraph && m.Key == country))
            result.Add(new ActorMention(country, country, ActorKind.Country, paragraph, countryStart, countryLength));
        return [.. result.OrderBy(m => m.Paragraph).ThenBy(m => m.Start)];
    }

    [GeneratedRegex(@"\b(?:Ministry|Embassy|Permanent Mission|High Commission|Consulate General|Department|Office|Presidency) (?:of|for)\b")]
    private static partial Regex BodyStart();

    /// <summary>"Ministry of Foreign Affairs of the Republic of Armenia": the line names its country itself.</summary>
    private bool EndsInCountry(List<Token> tokens)
    {
        var of = tokens.FindLastIndex(t => t.Is("of"));
        var at = of > 1 && of + 1 < tokens.Count && tokens[of + 1].Is("the") ? of + 2 : of + 1;
        return of > 1 && at < tokens.Count && k.Names.Match(tokens, at) is { Name.Kind: ActorKind.Country } c && at + c.Count == tokens.Count;
    }

    /// <summary>"Ministry of Trade, Industry and Foreign Affairs": the first portfolio a country's body is known by, as that body's template.</summary>
    private string? Known(List<Token> tokens, string country)
    {
        var parts = new List<List<string>> { new() };
        foreach (var t in tokens.Skip(2))
        {
            if (t.Is(",") || t.Is("and")) { if (parts[^1].Count > 0) parts.Add([]); continue; }
            parts[^1].Add(t.Text);
        }
        foreach (var part in parts.Where(p => p.Count > 0))
        {
            var words = k.Tokenizer.Tokenize($"{tokens[0].Text} {tokens[1].Text} {NameText.Join(part)}", []);
            if (k.GovernmentBodies.Match(words, 0) is { } body && body.Count == words.Count)
                return body.Name.Key.Replace("{country}", k.CountryInName(country)).Replace("{demonym}", k.Demonyms.GetValueOrDefault(country, country));
        }
        return null;
    }

    /// <summary>A line that is a country's name and nothing else ("Islamic Republic of Mauritania", "REPUBLIC OF PALMYRA").</summary>
    private string? Country(string line)
    {
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 8) return null;
        var capitals = words.All(w => !w.Any(char.IsLower));
        var cased = capitals ? string.Join(' ', words.Select(w => k.IsLowerFunctionWord(w.ToLowerInvariant()) ? w.ToLowerInvariant() : NameText.TitleCased(w))) : line.Trim();
        var tokens = k.Tokenizer.Tokenize(cased, []);
        var at = tokens.Count > 0 && tokens[0].Text is "The" or "the" ? 1 : 0;
        return k.Names.Match(tokens, at) is { Name.Kind: ActorKind.Country } c && at + c.Count == tokens.Count ? c.Name.Key : null;
    }
}
