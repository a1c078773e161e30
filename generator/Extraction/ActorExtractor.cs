using System.Collections.Immutable;
using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Finds every person, organization and country an article names. First discovers the article's people (titles,
/// verbs of saying, given names), then walks the text once, marking known names (countries, demonyms, organizations,
/// curated actors) and every later form of each person (surname alone, possessive). Headings only get known names.
/// </summary>
public sealed class ActorExtractor(Knowledge k) : IFactExtractor
{
    private readonly PersonFinder finder = new(k);
    private readonly OrganizationLists lists = new(k);
    private readonly OutletNames outlets = new(k);
    private readonly BareBodies bareBodies = new(k);
    private readonly ListedPersonForms listedForms = new(k);

    public ArticleFacts Extract(Article article, ArticleFacts soFar)
    {
        var tokenized = soFar.Paragraphs.Select(p => k.Tokenizer.Tokenize(p.Text, p.Sentences.Select(s => s.Start).ToList())).ToList();
        var candidates = new List<PersonCandidate>();
        for (var p = 0; p < soFar.Paragraphs.Length; p++)
            if (!soFar.Paragraphs[p].IsHeading)
            {
                candidates.AddRange(finder.Find(p, soFar.Paragraphs[p].Text, tokenized[p]));
                candidates.AddRange(lists.Find(p, tokenized[p]));
                candidates.AddRange(outlets.Find(p, tokenized[p]));
            }
        // "Protests continued", "Violence said to be...": a lone capitalized word the article also writes in lower case
        // is a common word opening a sentence, not someone's name.
        var lowerWords = tokenized.SelectMany(t => t).Where(t => t.IsLower).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        candidates.RemoveAll(c => c.Kind == ActorKind.Person && c.Key is null && c.Role is null && c.NameTokens.Count == 1
                                  && lowerWords.Contains(c.NameTokens[0].ToLowerInvariant()));
        candidates.AddRange(FullNamesOfLoneSpeakers(candidates, tokenized));
        var people = new PersonRegistry(candidates, k, listedForms);
        var roles = candidates.Where(c => c.Role is not null).GroupBy(c => (c.Paragraph, c.End)).ToDictionary(g => g.Key, g => g.First().Role);

        var mentions = ImmutableArray.CreateBuilder<ActorMention>();
        var bodies = new List<(string Text, string Name)>();
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            // "KHARKIV, Ukraine (AP) —": the wire agency of a dateline is who delivered the story, not part of it.
            var datelineEnd = p == 0 && Normalize.Dateline.Parse(soFar.Paragraphs[p].Text) is { Agency: not null } d
                ? soFar.Paragraphs[p].Text.Length - d.Rest.Length : 0;
            var i = 0;
            while (i < tokens.Count)
            {
                var known = k.Names.Match(tokens, i);
                var person = people.Forms.Match(tokens, i) ?? (AfterTitle(tokens, i) ? people.TitledForms.Match(tokens, i) : null);
                // The longer reading wins; on a tie the shipped knowledge does ("Jordan" the country).
                var pick = person is { } pp && (known is null || pp.Count > known.Value.Count) ? person : known;
                if (pick is not { } hit) { i++; continue; }
                // "the House of Representatives of the Republic of Cyprus": a body known for one country, named here for another.
                if (hit.Name.Kind == ActorKind.Organization && BodyOfCountry(tokens, i, hit.Count) is { } other)
                {
                    var end = tokens[other.Last].End;
                    mentions.Add(new ActorMention(other.Name, other.Name, ActorKind.Organization, p, tokens[i].Start, end - tokens[i].Start));
                    mentions.Add(new ActorMention(other.Country, other.Country, ActorKind.Country, p, tokens[other.CountryFirst].Start, end - tokens[other.CountryFirst].Start));
                    i = other.Last + 1;
                    continue;
                }
                var last = tokens[i + hit.Count - 1];
                if (hit.Name.Kind is { } kind && tokens[i].Start >= datelineEnd && !PartOfLongerName(tokens, i, hit.Count, hit.Name) && !QualifiesOrganization(tokens, i, hit.Count, hit.Name)
                    && !Language(tokens, i, hit.Count, hit.Name))
                {
                    roles.TryGetValue((p, last.End), out var role);
                    mentions.Add(new ActorMention(hit.Name.Key, NameOf(hit.Name), kind, p, tokens[i].Start, last.End - tokens[i].Start, kind == ActorKind.Person ? role : null));
                    // "Chile's Senate", "the Peruvian Foreign Ministry": the country's own institution is an organization too.
                    if (kind == ActorKind.Country && Body(tokens, i, hit.Count, hit.Name.Key) is { } body)
                    {
                        var from = tokens[i + hit.Count].Start;
                        mentions.Add(new ActorMention(body.Name, body.Name, ActorKind.Organization, p, from, tokens[body.Last].End - from));
                        bodies.Add((soFar.Paragraphs[p].Text[from..tokens[body.Last].End], body.Name));
                        i = body.Last + 1;
                        continue;
                    }
                    // "the U.S. Supreme Court", "the Supreme Court of the United States": a later "the Supreme Court" is this one.
                    if (kind == ActorKind.Organization && hit.Count > 1 && BodyWithin(tokens, i, hit.Count) is { } within)
                        bodies.Add((soFar.Paragraphs[p].Text[tokens[within.First].Start..tokens[within.Last].End], hit.Name.Key));
                    // "the U.S. State Department", "the Norwegian Polar Institute": an organization named after a country names the country too;
                    // "the ECOWAS Commission", a body named after its organization's acronym, names the organization.
                    if (kind == ActorKind.Organization && hit.Count > 1 && k.Names.Match(tokens, i, hit.Count - 1) is { } owner
                        && (owner.Name.Kind == ActorKind.Country || owner is { Name.Kind: ActorKind.Organization, Count: 1 } && !k.KnownAliases.ContainsKey(hit.Name.Key) && tokens[i].Text.Length <= 6 && tokens[i].Text.All(char.IsUpper)))
                    {
                        var ownerEnd = tokens[i + owner.Count - 1].End;
                        mentions.Add(new ActorMention(owner.Name.Key, owner.Name.Key, owner.Name.Kind!.Value, p, tokens[i].Start, ownerEnd - tokens[i].Start));
                    }
                    // "the Supreme Court of Ghana", "the Constitutional Court of Peru": a body named after its country names the country too.
                    else if (kind == ActorKind.Organization && CountryAtEnd(tokens, i, hit.Count) is { } c)
                        mentions.Add(new ActorMention(c.Name.Key, c.Name.Key, ActorKind.Country, p, tokens[c.First].Start, last.End - tokens[c.First].Start));
                }
                else if (hit.Name.Government is { } country && ActsAsGovernment(tokens, i + hit.Count - 1))
                    mentions.Add(new ActorMention(country, country, ActorKind.Country, p, tokens[i].Start, last.End - tokens[i].Start));
                i += hit.Count;
            }
        }
        var found = bareBodies.Apply(WithBodiesNamedAgain(mentions.ToList(), bodies, tokenized), tokenized);
        var unconfirmed = found.Where(m => m.Kind != ActorKind.Person).Select(m => m.Key).Distinct(StringComparer.Ordinal)
            .Where(c => !Confirmed(c, tokenized)).ToHashSet(StringComparer.Ordinal);
        found.RemoveAll(m => m.Kind != ActorKind.Person && unconfirmed.Contains(m.Key));
        return soFar with { Mentions = soFar.Mentions.AddRange(found) };
    }

    /// <summary>
    /// "Stacey Abrams of Georgia", "results in Georgia, Michigan and Pennsylvania": a country whose name is also another
    /// place's is meant only when the article also calls it by another of its names ("Georgian", "Tbilisi"); a body
    /// another country has too ("House of Commons") only when the article holds a word of its own country ("British").
    /// </summary>
    private bool Confirmed(string country, List<List<Token>> tokenized) =>
        !k.NamesNeedingCue.TryGetValue(country, out var cues)
        || tokenized.Any(tokens => tokens.Any(t => cues.Any(c => t.Text.StartsWith(c, StringComparison.Ordinal))));

    /// <summary>
    /// After "Chile's Senate" or "the U.S. Supreme Court", "the Senate" and "the Supreme Court" of the same article are
    /// that body, when the article names only one body of that kind.
    /// </summary>
    private List<ActorMention> WithBodiesNamedAgain(List<ActorMention> mentions, List<(string Text, string Name)> bodies, List<List<Token>> tokenized)
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
                if (result.Exists(m => m.Paragraph == p && m.Start < end && start < m.Start + m.Length)) continue;
                result.Add(new ActorMention(name, name, ActorKind.Organization, p, start, end - start));
            }
        }
        return result.OrderBy(m => m.Paragraph).ThenBy(m => m.Start).ToList();
    }

    private static string NameOf(KnownName n) => n.Key;

    /// <summary>The country a name ends in after "of" or "of the": "Ghana" in "Supreme Court of Ghana".</summary>
    private (KnownName Name, int First)? CountryAtEnd(List<Token> tokens, int i, int count)
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
    private (int First, int Last)? BodyWithin(List<Token> tokens, int i, int count)
    {
        if (k.GovernmentBodies.Match(tokens, i) is { } atStart && atStart.Count < count) return (i, i + atStart.Count - 1);
        for (var j = i + 1; j < i + count; j++)
            if (k.GovernmentBodies.Match(tokens, j) is { } atEnd && j + atEnd.Count == i + count) return (j, i + count - 1);
        return null;
    }

    /// <summary>"House of Representatives of the Republic of Cyprus" → House of Representatives of Cyprus, when the words before "of" name a country's body.</summary>
    private (string Name, string Country, int CountryFirst, int Last)? BodyOfCountry(List<Token> tokens, int i, int count)
    {
        if (k.GovernmentBodies.Match(tokens, i) is not { } body || body.Count != count) return null;
        var at = i + count;
        if (at + 1 >= tokens.Count || !tokens[at].Is("of")) return null;
        at++;
        if (tokens[at].Is("the") && at + 1 < tokens.Count) at++;
        if (k.Names.Match(tokens, at) is not { Name.Kind: ActorKind.Country } country) return null;
        var name = country.Name.Key;
        return (body.Name.Key.Replace("{country}", name).Replace("{demonym}", k.Demonyms.GetValueOrDefault(name, name)), name, at, at + country.Count - 1);
    }

    /// <summary>"Chile's Senate" → Senate of Chile, "the Chilean Navy" → Chilean Navy: the body named right after a country's possessive or demonym.</summary>
    private (string Name, int Last)? Body(List<Token> tokens, int i, int count, string country)
    {
        var at = i + count;
        var last = tokens[at - 1];
        var byDemonym = count == 1 && !last.Is(country) && !last.Text.Contains('.') && !last.Text.All(char.IsUpper);
        if (at >= tokens.Count || !(last.Possessive || byDemonym) || tokens[at].Start - last.End > (last.Possessive ? 3 : 1)) return null;
        if (k.GovernmentBodies.Match(tokens, at) is not { } body) return null;
        var end = at + body.Count - 1;
        // "Chile's Senate Defence Committee": a longer name is a body of its own, left to discovery.
        if (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && tokens[end + 1].Start - tokens[end].End <= 1 && !tokens[end].Possessive) return null;
        var demonym = byDemonym ? last.Text : k.Demonyms.GetValueOrDefault(country, country);
        return (body.Name.Key.Replace("{country}", country).Replace("{demonym}", demonym), end);
    }

    /// <summary>
    /// "Amara Okonkwo, who leads the mission, ..." then "Okonkwo said": a surname found speaking on its own takes the full
    /// name it ends elsewhere in the article, when that name had no cue of its own.
    /// </summary>
    private IEnumerable<PersonCandidate> FullNamesOfLoneSpeakers(List<PersonCandidate> candidates, List<List<Token>> tokenized)
    {
        var lone = candidates.Where(c => c.Kind == ActorKind.Person && c.Key is null && c.NameTokens.Count == 1)
            .Select(c => c.NameTokens[0]).ToHashSet(StringComparer.Ordinal);
        if (lone.Count == 0) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            for (var i = 1; i < tokens.Count; i++)
            {
                if (!lone.Contains(tokens[i].Text)) continue;
                // "South Korea's Choi Yoon-ah" then "Choi told reporters": a family name first, before a hyphenated given name.
                if (HyphenatedGivenName(tokens, i + 1) && seen.Add(NameText.Join(tokens.Skip(i).Take(4).Select(t => t.Text).ToList())))
                    yield return new PersonCandidate(tokens.Skip(i).Take(4).Select(t => t.Text).ToList(), null, p, tokens[i].Start, tokens[i + 3].End);
                var first = i;
                while (first > 0 && i - first < 2 && GivenLike(tokens, first - 1) && tokens[first].Start - tokens[first - 1].End == 1) first--;
                if (first == i) continue;
                var name = tokens.Skip(first).Take(i - first + 1).Select(t => t.Text).ToList();
                if (seen.Add(NameText.Join(name))) yield return new PersonCandidate(name, null, p, tokens[first].Start, tokens[i].End);
            }
        }
    }

    /// <summary>"Yoon-ah", "Min-jae": a capitalized word, a hyphen and a lower-case word, all joined, right after the word before.</summary>
    private static bool HyphenatedGivenName(List<Token> tokens, int j) =>
        j + 2 < tokens.Count && tokens[j].IsCapitalized && !tokens[j].Possessive && tokens[j].Start == tokens[j - 1].End + 1 && !tokens[j - 1].Possessive
        && tokens[j + 1].Is("-") && tokens[j + 1].Start == tokens[j].End && tokens[j + 2].IsLower && tokens[j + 2].Start == tokens[j + 1].End
        && (j + 3 >= tokens.Count || !tokens[j + 3].IsCapitalized || tokens[j + 3].Start > tokens[j + 2].End + 1);

    /// <summary>A capitalized word that can start a person's name: not a known name, title, function word or generic noun.</summary>
    private bool GivenLike(List<Token> tokens, int j)
    {
        var t = tokens[j];
        return t.IsCapitalized && !t.Possessive && t.Text.Length > 1 && !t.Text.EndsWith('.') && k.Names.Match(tokens, j) is null
            && !k.FunctionWords.Contains(t.Text) && !k.RoleWords.Contains(t.Text) && !k.Honorifics.Contains(t.Text)
            && !k.GenericNouns.Contains(t.Text) && !k.NonNameWords.Contains(t.Text) && !k.OrganizationHeads.Contains(t.Text)
            && t.Text.Skip(1).All(char.IsLower);
    }

    private static readonly HashSet<string> CityNouns = new(StringComparer.Ordinal)
    {
        "streets", "street", "mayor", "residents", "suburbs", "outskirts", "center", "centre", "airport", "metro", "subway",
        "districts", "district", "city", "skyline", "population", "inhabitants", "citizens", "hospitals", "hospital", "old",
        "main", "central", "historic", "largest", "biggest", "busiest", "oldest", "university", "stock", "buildings",
    };

    /// <summary>"the Afghan Taliban", "Lebanese Hezbollah": a demonym right before a known organization describes it, it names no country.</summary>
    private bool QualifiesOrganization(List<Token> tokens, int i, int count, KnownName name) =>
        name.Kind == ActorKind.Country && count == 1 && !tokens[i].Possessive && i + 1 < tokens.Count
        && tokens[i + 1].Start == tokens[i].End + 1 && !tokens[i].Is(name.Key)
        && k.Names.Match(tokens, i + 1) is { Name.Kind: ActorKind.Organization } org && !org.Name.Key.Contains(tokens[i].Text, StringComparison.Ordinal);

    private static readonly string[] LanguageEndings = ["ish", "ese", "ian", "an", "ic", "ch", "ek", "ai", "di", "si"];

    private static readonly HashSet<string> LanguageNouns = new(StringComparer.Ordinal)
    {
        "language", "languages", "translation", "speakers", "speaker", "speaking", "dialect", "subtitles",
    };

    /// <summary>
    /// "translated from Spanish and", "spoke in Russian,": a demonym standing alone after "in" or "from" is a language;
    /// so is one before "language" ("Spanish language:", "Russian-speaking").
    /// </summary>
    private bool Language(List<Token> tokens, int i, int count, KnownName name)
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

    /// <summary>
    /// "Moscow said", "Beijing has warned", "Washington accused": a capital that speaks or acts is its government.
    /// A capital as a place ("in Moscow", "Kyiv's streets") stays a place.
    /// </summary>
    private bool ActsAsGovernment(List<Token> tokens, int last)
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

    private bool AfterTitle(List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].IsCapitalized && (k.RoleWords.Contains(tokens[i - 1].Text) || k.Honorifics.Contains(tokens[i - 1].Text));

    /// <summary>
    /// A surname form inside a longer unknown capitalized name is someone else ("Trump" in "Ivanka Trump" when only
    /// Donald was introduced) — unless what precedes is a title or a known name.
    /// </summary>
    private bool PartOfLongerName(List<Token> tokens, int i, int count, KnownName name)
    {
        if (name.Kind != ActorKind.Person || i == 0) return false;
        var prev = tokens[i - 1];
        if (!prev.IsCapitalized || prev.Possessive || tokens[i].Start - prev.End != 1) return false;
        if (prev.SentenceInitial && k.FunctionWords.Contains(prev.Text)) return false;
        return k.GivenNames.Contains(prev.Text);
    }
}
