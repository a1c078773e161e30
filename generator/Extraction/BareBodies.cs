using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// "The Chamber of Deputies had backed the programme", "the commonwealth's House of Representatives confirmed him": a
/// country's body named without its country, in an article about one country, is that country's body ("Chamber of
/// Deputies of Chile"); a bare name that is known as another country's body ("House of Representatives", the U.S.
/// House) gives way to it too. The article's country is the one it names most: at least three times, and twice as
/// often as any other. A body the article's country is known by keeps its known name ("United States Senate").
/// </summary>
public sealed class BareBodies(Knowledge k)
{
    public List<ActorMention> Apply(List<ActorMention> mentions, List<List<Token>> tokenized, string? title = null, string? place = null)
    {
        var counts = mentions.Where(m => m.Kind == ActorKind.Country).GroupBy(m => m.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Count: g.Count())).OrderByDescending(x => x.Count).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
        if (Home(title, place, counts, tokenized) is not { } country) return mentions;
        var result = mentions.ToList();
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            for (var i = 0; i < tokens.Count; i++)
            {
                if (k.GovernmentBodies.Match(tokens, i) is not { } body) continue;
                // "Senate minority leader Ann Roe": an office of the body written after its bare name names the body too.
                var office = OfficeAfter(tokens, i, body.Count);
                if (!office && !(i > 0 && (tokens[i - 1].Text is "the" or "The" || tokens[i - 1].Possessive && tokens[i - 1].IsLower) || Articleless(tokens, i))) continue;
                // "the House" alone is the American way of naming a house; others are named in full.
                if (body.Count == 1 && tokens[i].Is("House")) continue;
                var last = i + body.Count - 1;
                // "the Senate Defence Committee", "the Senate of Puerto Rico": a longer name is read elsewhere.
                if (!office && last + 1 < tokens.Count && tokens[last + 1].Start - tokens[last].End <= 1 && (tokens[last + 1].IsCapitalized || tokens[last + 1].Is("of"))) continue;
                // "Cabinet ministers", "Cabinet allies": the body qualifies the people named after it; they are meant, not the body.
                if (!office && last + 1 < tokens.Count && tokens[last + 1].Start - tokens[last].End == 1 && PeopleNoun(tokens[last + 1])) continue;
                var start = tokens[i].Start;
                var end = tokens[last].End;
                var text = string.Join(' ', tokens.Skip(i).Take(body.Count).Select(t => t.Text));
                var overlapping = result.FindAll(m => m.Paragraph == p && m.Start < end && start < m.Start + m.Length);
                // Only a mention that is exactly the bare name (an alias another country's body is known by) gives way.
                if (overlapping.Count > 1 || overlapping.Count == 1 && !(overlapping[0].Kind == ActorKind.Organization && overlapping[0].Start == start && overlapping[0].Length == end - start)) continue;
                var name = new CountryBodies(k).NameOf(country, text, body.Name.Key);
                if (overlapping.Count == 1)
                {
                    // "Speaking in the Legislative Council": a name found only by its head noun is the bare body too.
                    // "the National Police": a word never an actor alone ("National") opening it is no known name either.
                    var word = k.Names.Match(tokens, i);
                    var found = overlapping[0].Key == text && (word is null || word is { Name.Kind: null, Name.Government: null, Count: var n } && n < body.Count);
                    if (overlapping[0].Key == name || !found && (k.Names.Match(tokens, i) is not { } known || known.Count != body.Count) || Names(overlapping[0].Key, country)) continue;
                    if (found) renamed.TryAdd(text, name);
                    result.Remove(overlapping[0]);
                }
                result.Add(new ActorMention(name, name, ActorKind.Organization, p, start, end - start));
            }
        }
        TerritoryGovernment(result, tokenized, country);
        // "a previous Supreme Court ruling" after "the Supreme Court": the body found by its words alone is that one everywhere.
        result = result.Select(m => m.Kind == ActorKind.Organization && renamed.TryGetValue(m.Key, out var n) ? m with { Key = n, Name = n } : m).ToList();
        return result.OrderBy(m => m.Paragraph).ThenBy(m => m.Start).ToList();
    }

    /// <summary>
    /// The article's own country: the one of its dateline ("WASHINGTON —", "KYIV, Ukraine —"), else the first its headline
    /// names a body of ("Chilean Senate approves purchase from South Korea") or its only one, when the text names it at least twice; else the one the
    /// text names most, at least three times and twice as often as any other.
    /// </summary>
    private string? Home(string? title, string? place, List<(string Key, int Count)> counts, List<List<Token>> tokenized)
    {
        foreach (var candidate in Own(title, place, strong: true))
            if (counts.Any(c => c.Key == candidate && c.Count >= 2)) return candidate;
        // "Iraq advice claim sparks new row" over a story of Downing Street and the Commons: the seats of government the
        // text names tell whose parliament it is better than the only country of the headline.
        if (SeatOf(tokenized) is { } seat) return seat;
        foreach (var candidate in Own(title, null, strong: false))
            if (counts.Any(c => c.Key == candidate && c.Count >= 2)) return candidate;
        if (counts.Count == 0 || counts[0].Count < 3 || counts.Count > 1 && counts[1].Count * 2 > counts[0].Count) return null;
        return counts[0].Key;
    }

    /// <summary>
    /// "a statement to Parliament was drawn up at Number 10", "Downing Street adviser": the one country whose seats of
    /// government (countries.yml `seats`) the text names at least twice, whichever country it names most (a British
    /// article on the Iraq war names Iraq more often than Britain).
    /// </summary>
    private string? SeatOf(List<List<Token>> tokenized)
    {
        string? seat = null;
        var hits = 0;
        foreach (var tokens in tokenized)
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalized || k.Seats.Match(tokens, i) is not { } m) continue;
                // "the Commons" in a Canadian article: a seat named like a body of another country too counts where its cues confirm it.
                if (k.Names.Match(tokens, i) is { Name: { Kind: ActorKind.Organization } body } && !new CountryReadings(k).Confirmed(body.Key, tokenized)) continue;
                if (seat is not null && seat != m.Name.Key) return null;
                seat = m.Name.Key;
                hits++;
                i += m.Count - 1;
            }
        return hits >= 2 ? seat : null;
    }

    /// <summary>
    /// The countries the dateline and headline make the article's own: <paramref name="strong"/>, those of the dateline and
    /// the one whose body the headline names; else the headline's only country.
    /// </summary>
    private IEnumerable<string> Own(string? title, string? place, bool strong)
    {
        if (place is not null)
        {
            var city = place.Split(',')[0].Trim();
            foreach (var (country, capital) in k.Capitals.OrderBy(c => c.Key, StringComparer.Ordinal))
                if (string.Equals(capital, city, StringComparison.OrdinalIgnoreCase)) yield return country;
            foreach (var c in Countries(place)) yield return c.Key;
        }
        if (title is null) yield break;
        var named = Countries(title).ToList();
        // "Chilean Senate approves purchase from South Korea": the country whose body the headline names; else its only country.
        if (strong) foreach (var c in named.Where(c => c.BeforeBody)) yield return c.Key;
        else if (named.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count() == 1) yield return named[0].Key;
    }

    private IEnumerable<(string Key, bool BeforeBody)> Countries(string text)
    {
        var tokens = k.Tokenizer.Tokenize(text, []);
        // "U.S. House issues subpoena": a headline names a body by its first word too.
        for (var j = 0; j < tokens.Count; j++)
            for (var n = Math.Min(4, tokens.Count - j); n >= 1; n--)
                if (k.Names.Match(tokens, j, n) is { Name.Kind: ActorKind.Country } c)
                {
                    var next = j + c.Count;
                    var body = next < tokens.Count && tokens[next].IsCapitalized && k.GovernmentBodies.Contains(tokens[next].Text);
                    yield return (c.Name.Key, body);
                    j += c.Count - 1;
                    break;
                }
    }

    /// <summary>
    /// "Senate minority leader", "Senate Majority Whip", "the Senate President": one or two words of an office of the body
    /// (titles.yml bodyOffices) right after its capitalized bare name, which no capitalized word joins from before
    /// ("Lower Senate President" is a longer name).
    /// </summary>
    private bool OfficeAfter(List<Token> tokens, int i, int count)
    {
        var at = i + count;
        if (!tokens[i].IsCapitalized || at >= tokens.Count || tokens[at - 1].Possessive || tokens[at].Start - tokens[at - 1].End != 1) return false;
        if (i > 0 && tokens[i - 1].IsCapitalized && !tokens[i - 1].SentenceInitial && tokens[i].Start - tokens[i - 1].End == 1 && !tokens[i - 1].Is("The")) return false;
        var one = tokens[at].Text.ToLowerInvariant();
        if (k.BodyOffices.Contains(one)) return true;
        return at + 1 < tokens.Count && tokens[at + 1].Start - tokens[at].End == 1 && k.BodyOffices.Contains(one + " " + tokens[at + 1].Text.ToLowerInvariant());
    }

    /// <summary>
    /// "approved by Congress", "Congress was not bypassed": a body named without an article, not as the end of a longer
    /// name ("the National Democratic Congress").
    /// </summary>
    private bool Articleless(List<Token> tokens, int i) =>
        k.ArticlelessBodies.Contains(tokens[i].Text) && (i == 0 || !(tokens[i - 1].IsCapitalized && tokens[i].Start - tokens[i - 1].End == 1 && !tokens[i - 1].SentenceInitial));

    /// <summary>
    /// "The government will withdraw the bill" in an article about Hong Kong: a territory whose government is known by
    /// its own name (organizations.yml's territories' governments) names it as "the government" too. A country's
    /// government stays the country.
    /// </summary>
    private void TerritoryGovernment(List<ActorMention> result, List<List<Token>> tokenized, string country)
    {
        var name = k.Tokenizer.Tokenize($"Government of {k.CountryInName(country)}", []);
        if (k.Names.Match(name, 0) is not { Name.Kind: ActorKind.Organization } known || known.Count != name.Count) return;
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            for (var i = 1; i < tokens.Count; i++)
            {
                if (!tokens[i].Is("government") || tokens[i - 1].Text is not ("the" or "The")) continue;
                if (i + 1 < tokens.Count && tokens[i + 1].Start - tokens[i].End <= 1 && (tokens[i + 1].IsCapitalized || tokens[i + 1].Is("of"))) continue;
                if (MentionOverlaps.Any(result, p, tokens[i].Start, tokens[i].End)) continue;
                result.Add(new ActorMention(known.Name.Key, known.Name.Key, ActorKind.Organization, p, tokens[i].Start, tokens[i].End - tokens[i].Start));
            }
        }
    }

    /// <summary>A lower-case role or people noun ("ministers", "officer", "allies"), singular or plural.</summary>
    private bool PeopleNoun(Token t)
    {
        if (!t.IsLower) return false;
        var word = t.Text;
        var singular = word.EndsWith('s') ? word[..^1] : word;
        return k.RoleNouns.Contains(word) || k.RoleNouns.Contains(singular) || k.GenericNouns.Contains(char.ToUpperInvariant(word[0]) + word[1..]);
    }

    /// <summary>"U.S. House of Representatives" names the United States: the known body is the country's own.</summary>
    private bool Names(string name, string country)
    {
        var tokens = k.Tokenizer.Tokenize(name, []);
        for (var j = 0; j < tokens.Count; j++)
            for (var n = 1; n <= 4 && j + n < tokens.Count; n++)
                if (k.Names.Match(tokens, j, n) is { Name.Kind: ActorKind.Country } c && c.Name.Key == country) return true;
        return false;
    }
}
