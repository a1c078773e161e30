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
    private readonly CountryBodies countryBodies = new(k);
    private readonly CountryReadings readings = new(k);
    private readonly LoneSpeakerNames loneSpeakers = new(k);
    private readonly LoneOrganizationWords loneOrganizations = new(k);
    private readonly BriefingHeaderNames briefingHeaders = new(k);
    private readonly CommentMarkers commentMarkers = new(k);
    private readonly TranscriptSpeakers transcriptSpeakers = new(k);
    private readonly RecordSpeakers recordSpeakers = new(k);
    private readonly AcronymDefinitions acronyms = new(k);
    private readonly AcronymSpelledNames spelled = new(k);
    private readonly PartyAffiliations parties = new(k);
    private readonly OrganizationCues organizationCues = new(k);
    private readonly OrganizationShortForms shortForms = new(k);
    private readonly LetterheadBodies letterheads = new(k);
    private readonly VenueBodies venues = new(k);

    public ArticleFacts Extract(Article article, ArticleFacts soFar)
    {
        var tokenized = soFar.Paragraphs.Select(k.Tokenizer.Tokenize).ToList();
        var texts = soFar.Paragraphs.Select(p => p.Text).ToList();
        // "the grid operator Litgrid": a name read as a company's comes first, so a later "Litgrid said" does not make it a person.
        var candidates = new List<PersonCandidate>();
        var openings = OrganizationCues.Openings(tokenized);
        for (var p = 0; p < soFar.Paragraphs.Length; p++)
            if (!soFar.Paragraphs[p].IsHeading) candidates.AddRange(organizationCues.Find(p, tokenized[p], openings).Concat(spelled.Find(p, tokenized[p])));
        // "BISHKEK, April 20 (Kabar) –": the wire agency of a dateline reports the story, as any outlet cited does.
        // A correction note ("(Corrects day of signing ...)") may come before it.
        foreach (var lead in Enumerable.Range(0, soFar.Paragraphs.Length).Where(p => !soFar.Paragraphs[p].IsHeading).Take(2))
            if (organizationCues.DatelineAgency(lead, soFar.Paragraphs[lead].Text, tokenized[lead]) is { } agency) { candidates.Add(agency); break; }
        var speakingPairs = tokenized.SelectMany(finder.SpeakingPairs).ToHashSet(StringComparer.Ordinal);
        for (var p = 0; p < soFar.Paragraphs.Length; p++)
            if (!soFar.Paragraphs[p].IsHeading)
            {
                candidates.AddRange(finder.Find(p, soFar.Paragraphs[p].Text, tokenized[p], speakingPairs));
                candidates.AddRange(lists.Find(p, tokenized[p]));
                candidates.AddRange(outlets.Find(p, tokenized[p]));
                candidates.AddRange(outlets.ByOutletNoun(p, tokenized[p]));
                candidates.AddRange(MastheadNames.Find(k, p, tokenized[p]));
                candidates.AddRange(KinNames.Find(k, p, tokenized[p]));
                candidates.AddRange(EmployerNames.Find(k, p, tokenized[p]));
            }
        // "Protests continued", "Violence said to be...": a lone capitalized word the article also writes in lower case
        // is a common word opening a sentence, not someone's name.
        var lowerWords = tokenized.SelectMany(t => t).Where(t => t.IsLower).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        // "the General Election", "a White House Press Briefing": after a title too, unless the title is a personal
        // honorific ("Mr Brown", "Lord Bach").
        // "One of South Sudan's Vice Presidents, Rebecca ...": nor is a title in the plural anyone's name.
        candidates.RemoveAll(c => c.Kind == ActorKind.Person && c.Key is null && c.NameTokens.Count == 1
                                  && ((c.Role is null || !PersonalHonorifics.Contains(c.Role.Split(' ')[^1])) && lowerWords.Contains(c.NameTokens[0].ToLowerInvariant())
                                      || PluralTitle(c.NameTokens[0])));
        // "Sony said its profits rose": a lone word the article refers back to as a thing is an organization.
        candidates = loneOrganizations.Apply(candidates, tokenized);
        candidates.AddRange(loneSpeakers.Find(candidates, tokenized));
        candidates.AddRange(transcriptSpeakers.Find(texts, tokenized, candidates).ToList());
        candidates.AddRange(recordSpeakers.Find(texts, tokenized, candidates).ToList());
        candidates.AddRange(BracketedInterviewAnswers.Speakers(texts, tokenized, candidates).ToList());
        candidates.AddRange(WrittenAnswers.Speakers(texts, tokenized, candidates).ToList());
        candidates.AddRange(SignedNames.Find(k, texts, tokenized, candidates).ToList());
        // "DEPUTY SPOKESPERSON ERIC HALVORSEN" over answers marked "MR HALVORSEN:": the header names who answers.
        var headers = briefingHeaders.Find(texts, tokenized).ToList();
        candidates.AddRange(headers.Select(h => new PersonCandidate(h.Name, h.Role, h.Paragraph, h.Start, h.End)));
        // "JANE ROE, CHIEF ECONOMIST, NORTHWIND BANK, OSLO:" over a quoted paragraph: a commenter and her organization.
        var comments = commentMarkers.Find(texts, tokenized).ToList();
        candidates.AddRange(comments.Select(c => new PersonCandidate(c.Name, c.Role, c.Paragraph, c.NameStart, c.NameEnd)));
        candidates.AddRange(comments.Where(c => c.Organization is not null)
            .Select(c => new PersonCandidate(k.Tokenizer.Tokenize(c.Organization!, []).Select(t => t.Text).ToList(), null, c.Paragraph, c.OrganizationStart, c.OrganizationEnd, ActorKind.Organization)));
        // "Marta Ilves, Liisa Kask and Oskar Tamm": names listed with people found are people too.
        candidates.AddRange(ListedNames.Find(k, tokenized, candidates).Where(c => !soFar.Paragraphs[c.Paragraph].IsHeading).ToList());
        var people = new PersonRegistry(candidates, k, listedForms);
        var roles = candidates.Where(c => c.Role is not null).GroupBy(c => (c.Paragraph, c.End)).ToDictionary(g => g.Key, g => g.First().Role);

        var mentions = ImmutableArray.CreateBuilder<ActorMention>();
        var bodies = new List<(string Text, string Name)>();
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            var i = 0;
            while (i < tokens.Count)
            {
                // "WHO: The foreign ministers", a media advisory's label: a question word in capitals opening the paragraph before a colon names no one.
                if (i == 0 && Label(tokens)) { i++; continue; }
                if (countryBodies.LowerBodyOfCountry(tokens, i) is { } lower)
                {
                    var end = tokens[lower.Last].End;
                    mentions.Add(new ActorMention(lower.Name, lower.Name, ActorKind.Organization, p, tokens[i].Start, end - tokens[i].Start));
                    mentions.Add(new ActorMention(lower.Country, lower.Country, ActorKind.Country, p, tokens[lower.CountryFirst].Start, end - tokens[lower.CountryFirst].Start));
                    i = lower.Last + 1;
                    continue;
                }
                var known = k.Names.Match(tokens, i);
                var person = people.Forms.Match(tokens, i) ?? (AfterTitle(tokens, i) ? people.TitledForms.Match(tokens, i) : null);
                // The longer reading wins; on a tie the shipped knowledge does ("Jordan" the country).
                // "Mr German said": after a courtesy title, a person's surname wins over the country's word.
                var pick = person is { } pp && (known is null || pp.Count > known.Value.Count
                                                || pp.Count == known.Value.Count && i > 0 && PersonalHonorifics.Contains(tokens[i - 1].Text)) ? person : known;
                if (pick is not { } hit) { i++; continue; }
                // "the House of Representatives of the Republic of Cyprus": a body known for one country, named here for another.
                if (hit.Name.Kind == ActorKind.Organization && countryBodies.BodyOfCountry(tokens, i, hit.Count) is { } other)
                {
                    var end = tokens[other.Last].End;
                    mentions.Add(new ActorMention(other.Name, other.Name, ActorKind.Organization, p, tokens[i].Start, end - tokens[i].Start));
                    mentions.Add(new ActorMention(other.Country, other.Country, ActorKind.Country, p, tokens[other.CountryFirst].Start, end - tokens[other.CountryFirst].Start));
                    i = other.Last + 1;
                    continue;
                }
                var last = tokens[i + hit.Count - 1];
                if (hit.Name.Kind is { } kind && !PartOfLongerName(tokens, i, hit.Count, hit.Name) && !readings.QualifiesOrganization(tokens, i, hit.Count, hit.Name)
                    && !readings.Language(tokens, i, hit.Count, hit.Name) && !readings.Currency(tokens, i, hit.Count, hit.Name)
                    && !readings.Likeness(tokens, i, hit.Count, hit.Name)
                    && !readings.Product(tokens, i, hit.Count, hit.Name) && !readings.Surname(tokens, i, hit.Count, hit.Name)
                    && !OtherOwnersBodies.Applies(k, tokens, i, hit.Count, hit.Name))
                {
                    roles.TryGetValue((p, last.End), out var role);
                    mentions.Add(new ActorMention(hit.Name.Key, NameOf(hit.Name), kind, p, tokens[i].Start, last.End - tokens[i].Start, kind == ActorKind.Person ? role : null));
                    // "Republic of Cyprus, Ministry of Foreign Affairs": a letterhead's body of the country.
                    if (kind == ActorKind.Country && countryBodies.Letterhead(soFar.Paragraphs[p].Text, tokens, i, hit.Count, hit.Name.Key) is { } letterhead)
                    {
                        var from = tokens[letterhead.First].Start;
                        mentions.Add(new ActorMention(letterhead.Name, letterhead.Name, ActorKind.Organization, p, from, tokens[letterhead.Last].End - from));
                        i = letterhead.Last + 1;
                        continue;
                    }
                    // "the US Embassy in London": the country's embassy in a city (or in a country's capital) is an organization.
                    if (kind == ActorKind.Country && countryBodies.Embassy(tokens, i, hit.Count, hit.Name.Key) is { } embassy)
                    {
                        var from = tokens[i + hit.Count].Start;
                        mentions.Add(new ActorMention(embassy.Name, embassy.Name, ActorKind.Organization, p, from, tokens[embassy.Last].End - from));
                        if (embassy.HostCountry is { } host)
                            mentions.Add(new ActorMention(host, host, ActorKind.Country, p, tokens[embassy.Place].Start, tokens[embassy.Last].End - tokens[embassy.Place].Start));
                        i = embassy.Last + 1;
                        continue;
                    }
                    // "Chile's Senate", "the Peruvian Foreign Ministry": the country's own institution is an organization too.
                    if (kind == ActorKind.Country && countryBodies.Body(tokens, i, hit.Count, hit.Name.Key) is { } body)
                    {
                        var from = tokens[i + hit.Count].Start;
                        mentions.Add(new ActorMention(body.Name, body.Name, ActorKind.Organization, p, from, tokens[body.Last].End - from));
                        bodies.Add((soFar.Paragraphs[p].Text[from..tokens[body.Last].End], body.Name));
                        i = body.Last + 1;
                        continue;
                    }
                    // "the U.S. Supreme Court", "the Supreme Court of the United States": a later "the Supreme Court" is this one.
                    if (kind == ActorKind.Organization && hit.Count > 1 && countryBodies.BodyWithin(tokens, i, hit.Count) is { } within)
                        bodies.Add((soFar.Paragraphs[p].Text[tokens[within.First].Start..tokens[within.Last].End], hit.Name.Key));
                    // "the U.S. State Department", "the Norwegian Polar Institute": an organization named after a country names the country too;
                    // "the ECOWAS Commission", a body named after its organization's acronym, names the organization.
                    if (kind == ActorKind.Organization && hit.Count > 1 && k.Names.Match(tokens, i, hit.Count - 1) is { } owner
                        && (owner.Name.Kind == ActorKind.Country || owner is { Name.Kind: ActorKind.Organization, Count: 1 } && !k.KnownAliases.ContainsKey(hit.Name.Key) && tokens[i].Text.Length <= 6 && TextChars.All(tokens[i].Text, char.IsUpper)))
                    {
                        var ownerEnd = tokens[i + owner.Count - 1].End;
                        mentions.Add(new ActorMention(owner.Name.Key, owner.Name.Key, owner.Name.Kind!.Value, p, tokens[i].Start, ownerEnd - tokens[i].Start));
                    }
                    // "the Supreme Court of Ghana", "the Constitutional Court of Peru": a body named after its country names the country too.
                    else if (kind == ActorKind.Organization && countryBodies.CountryAtEnd(tokens, i, hit.Count) is { } c)
                        mentions.Add(new ActorMention(c.Name.Key, c.Name.Key, ActorKind.Country, p, tokens[c.First].Start, last.End - tokens[c.First].Start));
                }
                else if (hit.Name.Government is { } country && readings.ActsAsGovernment(tokens, i + hit.Count - 1))
                    mentions.Add(new ActorMention(country, country, ActorKind.Country, p, tokens[i].Start, last.End - tokens[i].Start));
                i += hit.Count;
            }
        }
        var found = bareBodies.Apply(countryBodies.WithBodiesNamedAgain(mentions.ToList(), bodies, tokenized), tokenized, article.TitleDerived ? null : article.Title, article.Place ?? LeadPlace(soFar));
        found = acronyms.Apply(found, texts, tokenized);
        // "REPUBLIC OF PALMYRA" over "Ministry of Trade and Foreign Affairs": a letterhead's body of its country.
        foreach (var lead in Enumerable.Range(0, soFar.Paragraphs.Length).Where(p => !soFar.Paragraphs[p].IsHeading).Take(2))
            found = letterheads.Apply(found, lead, texts[lead]);
        found = [.. found.Concat(parties.Find(tokenized, found, soFar.Paragraphs)).Concat(CapitalMarkers(soFar, tokenized, people, found))
            .Concat(headers.Select(h => new ActorMention(NameText.Join(h.Name), NameText.Join(h.Name), ActorKind.Person, h.Paragraph, h.Start, h.End - h.Start, h.Role)))
            .Concat(comments.SelectMany(c => CommentMentions(c, people)))
            .OrderBy(m => m.Paragraph).ThenBy(m => m.Start)];
        // "Ministry of Foreign Affairs of China", as a country's body is named by template, is known under its own title.
        found = [.. found.Select(m => m.Kind == ActorKind.Organization && KnownTitle(m.Key) is { } title ? m with { Key = title, Name = title } : m)];
        // "the Electoral Commission ... the Commission said": a body named again by its head noun.
        found = BodyHeadReferences.Apply(found, tokenized);
        // "Brenvale's chief executive" after "Brenvale Minerals LLC": the company by its first word.
        found = shortForms.Apply(found, tokenized);
        // "talks at Eritrea's foreign ministry": a body named only as a place is no actor.
        found = venues.Apply(found, tokenized);
        found = ContactLines.Apply(found, texts);
        found = CreditLines.Apply(found, texts);
        found = FamilyNameOrder.Apply(k, found, texts);
        // "the Queen's grandson": a title alone naming the one listed person who held it then.
        found = TheTitledPeople.Apply(k, found, tokenized, article.Date);
        var unconfirmed = found.Where(m => m.Kind != ActorKind.Person).Select(m => m.Key).Distinct(StringComparer.Ordinal)
            .Where(c => !readings.Confirmed(c, tokenized)).ToHashSet(StringComparer.Ordinal);
        found.RemoveAll(m => m.Kind != ActorKind.Person && unconfirmed.Contains(m.Key));
        return soFar with { Mentions = soFar.Mentions.AddRange(found) };
    }

    private static string NameOf(KnownName n) => n.Key;

    /// <summary>"SEOUL, Nov 3 - ...": the dateline place of a lead paragraph the reader left whole (a Markdown article's).</summary>
    private static string? LeadPlace(ArticleFacts soFar) =>
        soFar.Paragraphs.FirstOrDefault(p => !p.IsHeading) is { } lead ? Normalize.Dateline.Parse(lead.Text)?.Place : null;

    /// <summary>"Presidents", "Ministers", "Governors": a title or role noun in the plural.</summary>
    private bool PluralTitle(string word) =>
        word.Length > 3 && word.EndsWith('s') && (k.RoleWords.Contains(word[..^1]) || k.RoleNouns.Contains(word[..^1].ToLowerInvariant()));

    /// <summary>"Hon GRACE TAMIHANA (Minister of Foreign Affairs):": a record's marker naming its member in capitals is a mention of her.</summary>
    private IEnumerable<ActorMention> CapitalMarkers(ArticleFacts soFar, List<List<Token>> tokenized, PersonRegistry people, List<ActorMention> found)
    {
        foreach (var (p, start, end, name) in recordSpeakers.CapitalMarkers(soFar.Paragraphs.Select(x => x.Text).ToList(), tokenized))
        {
            if (MentionOverlaps.Any(found, p, start, end)) continue;
            var words = k.Tokenizer.Tokenize(name, []);
            var key = people.Forms.Match(words, 0) is { } known && known.Count == words.Count && known.Name.Kind == ActorKind.Person ? known.Name.Key : name;
            yield return new ActorMention(key, key, ActorKind.Person, p, start, end - start);
        }
    }

    /// <summary>The commenter a comment marker names, as the article's people know her, with her title; and her organization.</summary>
    private IEnumerable<ActorMention> CommentMentions(CommentMarkers.Marker c, PersonRegistry people)
    {
        var name = NameText.Join(c.Name);
        var words = k.Tokenizer.Tokenize(name, []);
        var key = people.Forms.Match(words, 0) is { Name.Kind: ActorKind.Person } known && known.Count == words.Count ? known.Name.Key : name;
        yield return new ActorMention(key, key, ActorKind.Person, c.Paragraph, c.NameStart, c.NameEnd - c.NameStart, c.Role);
        if (c.Organization is { } org)
            yield return new ActorMention(org, org, ActorKind.Organization, c.Paragraph, c.OrganizationStart, c.OrganizationEnd - c.OrganizationStart);
    }

    /// <summary>The known organization whose alias a whole name is, when it is filed under another name.</summary>
    private string? KnownTitle(string name)
    {
        var tokens = k.Tokenizer.Tokenize(name, []);
        return tokens.Count > 0 && k.Names.Match(tokens, 0) is { Name.Kind: ActorKind.Organization } known && known.Count == tokens.Count && known.Name.Key != name
            ? known.Name.Key : null;
    }

    private bool Label(List<Token> tokens) =>
        tokens.Count > 1 && tokens[1].Is(":") && tokens[0].Text.Length > 1 && TextChars.All(tokens[0].Text, char.IsUpper) && k.FunctionWords.Contains(NameText.TitleCased(tokens[0].Text));

    /// <summary>Honorifics that only ever stand before a person's name.</summary>
    internal static readonly HashSet<string> PersonalHonorifics = new(StringComparer.Ordinal)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Mme", "Mme.", "Herr", "Frau",
    };

    private bool AfterTitle(List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].IsCapitalized && (k.RoleWords.Contains(tokens[i - 1].Text) || k.Honorifics.Contains(tokens[i - 1].Text));

    /// <summary>
    /// A surname form inside a longer unknown capitalized name is someone else ("Trump" in "Ivanka Trump" when only
    /// Donald was introduced) — unless what precedes is a title or a known name.
    /// </summary>
    private bool PartOfLongerName(List<Token> tokens, int i, int count, KnownName name)
    {
        if (name.Kind == ActorKind.Organization && count == 1) return EndOfLongerName(tokens, i);
        if (name.Kind != ActorKind.Person || i == 0) return false;
        var prev = tokens[i - 1];
        if (!prev.IsCapitalized || prev.Possessive || tokens[i].Start - prev.End != 1) return false;
        if (prev.SentenceInitial && k.FunctionWords.Contains(prev.Text)) return false;
        return k.GivenNames.Contains(prev.Text);
    }

    /// <summary>
    /// "The National Democratic Congress", "Thomson Reuters": a one-word organization name closing a longer capitalized
    /// name is a word of that name, not the organization known by it.
    /// </summary>
    private bool EndOfLongerName(List<Token> tokens, int i)
    {
        if (i == 0) return false;
        var prev = tokens[i - 1];
        if (!prev.IsCapitalized || prev.Possessive || prev.SentenceInitial || tokens[i].Start - prev.End != 1 || !TextChars.AllAfterFirst(prev.Text, char.IsLower)) return false;
        return k.Names.Match(tokens, i - 1) is not { Name.IsActor: true } && !k.RoleWords.Contains(prev.Text) && !k.Honorifics.Contains(prev.Text) && !k.FunctionWords.Contains(prev.Text);
    }
}
