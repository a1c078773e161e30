using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// A country's own institutions named through the country: "Chile's Senate", "the Supreme Court of Ghana", "the House of
/// Representatives of the Republic of Cyprus", and the same body named again later ("the Senate").
/// </summary>
public sealed class CountryBodies(Knowledge k)
{
    /// <summary>
    /// After "Chile's Senate" or "the U.S. Supreme Court", "the Senate" and "the Supreme Court" of the same article are
    /// that body, when the article names only one body of that kind.
    /// </summary>
    public List<ActorMention> WithBodiesNamedAgain(List<ActorMention> mentions, List<(string Text, string Name)> bodies, List<List<Token>> tokenized)
    {
        var named = bodies.GroupBy(b => b.Text, StringComparer.Ordinal).Where(g => g.Select(b => b.Name).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        if (named.Count == 0) return mentions;
        var result = mentions.Select(m => m.Kind == ActorKind.Organization && named.TryGetValue(m.Key, out var n) ? m with { Key = n, Name = n } : m).ToList();
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            for (var i = 1; i < tokens.Count; i++)
            {
                if (!tokens[i - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || k.GovernmentBodies.Match(tokens, i) is not { } body) continue;
                var end = tokens[i + body.Count - 1].End;
                var start = tokens[i].Start;
                if (!named.TryGetValue(string.Join(' ', tokens.Skip(i).Take(body.Count).Select(t => t.Text)), out var name)) continue;
                if (i + body.Count < tokens.Count && tokens[i + body.Count].IsCapitalized && tokens[i + body.Count].Start - end <= 1) continue;
                if (MentionOverlaps.Any(result, p, start, end)) continue;
                result.Add(new ActorMention(name, name, ActorKind.Organization, p, start, end - start));
            }
        }
        return result.OrderBy(m => m.Paragraph).ThenBy(m => m.Start).ToList();
    }

    /// <summary>The country a name ends in after "of" or "of the": "Ghana" in "Supreme Court of Ghana".</summary>
    public (KnownName Name, int First)? CountryAtEnd(List<Token> tokens, int i, int count)
    {
        for (var j = i + 1; j < i + count - 1; j++)
        {
            if (!tokens[j].Is("of")) continue;
            var at = tokens[j + 1].Is("the") ? j + 2 : j + 1;
            if (at < i + count && k.Names.Match(tokens, at) is { Name.Kind: ActorKind.Country } c && at + c.Count == i + count) return (c.Name, at);
        }
        return null;
    }

    /// <summary>The government body a longer known name starts or ends with: "Supreme Court" in "U.S. Supreme Court".</summary>
    public (int First, int Last)? BodyWithin(List<Token> tokens, int i, int count)
    {
        if (k.GovernmentBodies.Match(tokens, i) is { } atStart && atStart.Count < count) return (i, i + atStart.Count - 1);
        for (var j = i + 1; j < i + count; j++)
            if (k.GovernmentBodies.Match(tokens, j) is { } atEnd && j + atEnd.Count == i + count) return (j, i + count - 1);
        return null;
    }

    /// <summary>"House of Representatives of the Republic of Cyprus" → House of Representatives of Cyprus, when the words before "of" name a country's body.</summary>
    public (string Name, string Country, int CountryFirst, int Last)? BodyOfCountry(List<Token> tokens, int i, int count)
    {
        if (k.GovernmentBodies.Match(tokens, i) is not { } body || body.Count != count) return null;
        var at = i + count;
        if (at + 1 >= tokens.Count || !tokens[at].Is("of")) return null;
        at++;
        if (tokens[at].Is("the") && at + 1 < tokens.Count) at++;
        if (k.Names.Match(tokens, at) is not { Name.Kind: ActorKind.Country } country) return null;
        var name = country.Name.Key;
        return (body.Name.Key.Replace("{country}", k.CountryInName(name)).Replace("{demonym}", k.Demonyms.GetValueOrDefault(name, name)), name, at, at + country.Count - 1);
    }

    /// <summary>"the ministry of internal affairs of Belarus", "the foreign ministry of Latvia": a body written in lower case after "the", its country after "of".</summary>
    public (string Name, string Country, int CountryFirst, int Last)? LowerBodyOfCountry(List<Token> tokens, int i) =>
        i > 0 && tokens[i].IsLower && tokens[i - 1].Text is "the" or "The" && k.GovernmentBodies.Match(tokens, i) is { } body ? BodyOfCountry(tokens, i, body.Count) : null;

    /// <summary>"Chile's Senate" → Senate of Chile, "the Chilean Navy" → Chilean Navy: the body named right after a country's possessive or demonym.</summary>
    public (string Name, int Last)? Body(List<Token> tokens, int i, int count, string country)
    {
        var at = i + count;
        var last = tokens[at - 1];
        var byDemonym = count == 1 && !last.Is(country) && !last.Text.Contains('.') && !last.Text.All(char.IsUpper);
        if (at >= tokens.Count || !(last.Possessive || byDemonym) || tokens[at].Start - last.End > (last.Possessive ? 3 : 1)) return null;
        if (k.GovernmentBodies.Match(tokens, at) is not { } body) return null;
        var end = at + body.Count - 1;
        // "Chile's Senate Defence Committee": a longer name is a body of its own, left to discovery.
        if (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && tokens[end + 1].Start - tokens[end].End <= 1 && !tokens[end].Possessive) return null;
        var text = string.Join(' ', tokens.Skip(at).Take(body.Count).Select(t => t.Text));
        return (NameOf(country, text, body.Name.Key, byDemonym ? last.Text : null), end);
    }

    /// <summary>
    /// "United States Senate" when "American Senate" or "the Senate" of an American article is a known name (by any of the
    /// country's demonyms: "Philippine Coast Guard" for the Philippines, whose first is "Filipino"), else the
    /// body's template filled in ("Senate of Chile", "Supreme Court of the United States").
    /// </summary>
    public string NameOf(string country, string text, string template, string? demonymWritten = null)
    {
        var demonym = k.Demonyms.GetValueOrDefault(country, country);
        // "the Coast Guard" of a Philippine article is the Philippine Coast Guard, known by the country's second demonym.
        foreach (var owner in (string?[])[country, .. k.AllDemonyms.GetValueOrDefault(country) ?? [], demonymWritten])
        {
            if (owner is null) continue;
            var tokens = k.Tokenizer.Tokenize(owner + " " + text, []);
            if (k.Names.Match(tokens, 0) is { Name.Kind: ActorKind.Organization } known && known.Count == tokens.Count) return known.Name.Key;
        }
        var named = k.CountryInName(country);
        return template.Replace("{country}", named).Replace("{demonym}", demonymWritten ?? demonym);
    }

    /// <summary>
    /// "the US Embassy in London", "the Chinese embassy in Baghdad", "the United States Embassy in Iraq" → Embassy of the
    /// United States, London (a country after "in" stands for its capital): the embassy right after a country's name.
    /// </summary>
    public (string Name, int Place, int Last, string? HostCountry)? Embassy(List<Token> tokens, int i, int count, string country)
    {
        var at = i + count;
        if (at + 2 >= tokens.Count || tokens[at - 1].Possessive || tokens[at].Start - tokens[at - 1].End > 1 || tokens[at].Text is not ("Embassy" or "embassy")
            || tokens[at].Possessive || !tokens[at + 1].Is("in") || !tokens[at + 2].IsCapitalized) return null;
        // "a rally outside the Chinese embassy in Seoul": a building where something happens is a place, not an actor.
        var before = i > 0 && tokens[i - 1].Text is "the" or "The" ? i - 2 : i - 1;
        if (before >= 0 && Whereabouts.Contains(tokens[before].Text)) return null;
        var place = at + 2;
        string? city;
        string? hostCountry = null;
        int last;
        if (k.Names.Match(tokens, place) is { } known)
        {
            last = place + known.Count - 1;
            if (known.Name.Kind == ActorKind.Country)
            {
                if (!k.Capitals.TryGetValue(known.Name.Key, out city)) return null;
                hostCountry = known.Name.Key;
            }
            else if (known.Name.Kind is null && known.Name.Government is not null) city = known.Name.Key;
            else if (known.Name.Kind is null) city = NameText.Join(tokens.Skip(place).Take(known.Count).Select(t => t.Text));
            else return null;
        }
        else
        {
            // "the Israeli embassy in Nicosia": an unknown place of one or two capitalized words.
            last = place;
            while (last + 1 < tokens.Count && last - place < 1 && tokens[last + 1].IsCapitalized && tokens[last + 1].Start == tokens[last].End + 1 && !tokens[last].Possessive) last++;
            city = NameText.Join(tokens.Skip(place).Take(last - place + 1).Select(t => t.Text));
        }
        if (string.Equals(country, city, StringComparison.Ordinal)) return null;
        var named = k.CountryInName(country);
        return ($"Embassy of {named}, {city}", place, last, hostCountry);
    }

    /// <summary>
    /// "Republic of Cyprus, Ministry of Foreign Affairs" opening a paragraph, as a letterhead names who issues the text:
    /// the country's body (Ministry of Foreign Affairs of Cyprus). The country opens the line and the body ends it.
    /// </summary>
    public (string Name, int First, int Last)? Letterhead(string text, List<Token> tokens, int i, int count, string country)
    {
        var at = i + count;
        if (at + 1 >= tokens.Count || !tokens[at].Is(",") || k.GovernmentBodies.Match(tokens, at + 1) is not { } body || !tokens[at + 1].IsCapitalized) return null;
        var last = at + body.Count;
        // The line break after the body may have been folded into a space: then a capitalized word (a place, "Nicosia,
        // 25 September") or a dash follows, never a verb.
        // "Republic of Latvia, ...": the country's formal name may open the line.
        var opening = tokens.Take(i).Reverse().TakeWhile(t => t.IsCapitalized || t.Text is "of" or "the").Count();
        var lineStart = opening <= 3 && (tokens[i - opening].Start == 0 || text[..tokens[i - opening].Start].TrimEnd(' ').EndsWith('\n'));
        var lineEnd = last + 1 >= tokens.Count || text[tokens[last].End..tokens[last + 1].Start].Contains('\n')
                      || tokens[last + 1].IsCapitalized || tokens[last + 1].Text is "—" or "–" or "-" or "|";
        if (!lineStart || !lineEnd) return null;
        return (body.Name.Key.Replace("{country}", k.CountryInName(country)).Replace("{demonym}", k.Demonyms.GetValueOrDefault(country, country)), at + 1, last);
    }

    private static readonly HashSet<string> Whereabouts = new(StringComparer.Ordinal)
    {
        "outside", "Outside", "near", "Near", "at", "At", "inside", "Inside", "behind", "opposite", "around", "beside", "past", "towards", "toward",
    };
}
