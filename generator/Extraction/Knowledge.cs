using System.Security.Cryptography;
using System.Text;
using BriefingSite.Ingest;
using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Everything extraction knows besides the article: countries, organizations, titles, speech verbs and words that are
/// never actors (generator/Data/*.yml), plus the site's curated actors. Built once per build and passed to the
/// extractors explicitly; <see cref="Fingerprint"/> changes whenever any of it does, so cached facts can be keyed on it.
/// </summary>
public sealed class Knowledge
{
    public Gazetteer Names { get; } = new();

    /// <summary>A country's own institutions ("Senate", "Foreign Ministry"): each known with its name template as key.</summary>
    public Gazetteer GovernmentBodies { get; } = new();
    /// <summary>
    /// Words for the seat of a country's government and parliament ("Downing Street", "Number 10", "the Commons";
    /// countries.yml `seats`), each read as its country: an article that names them is about that country's politics.
    /// </summary>
    public Gazetteer Seats { get; } = new();

    /// <summary>A party's words written before a member's role or name ("Tory", "Lib Dem"), each known with the party as key (titles.yml `partyWords`).</summary>
    public Gazetteer PartyWords { get; } = new();

    /// <summary>A party's members named in the plural, as a noun ("194 Republicans opposed it"): each known with the party as key (titles.yml `partyWords` `members`).</summary>
    public Gazetteer PartyMembers { get; } = new();

    /// <summary>The words of <see cref="PartyMembers"/> as written ("Republicans").</summary>
    public IReadOnlySet<string> PartyMemberWords => partyMemberWords;

    private readonly HashSet<string> partyMemberWords = new(StringComparer.Ordinal);

    /// <summary>For each party of <see cref="PartyWords"/>, the words of which the article must hold one (none: any article).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PartyCues => partyCues;

    private readonly Dictionary<string, IReadOnlyList<string>> partyCues = new(StringComparer.Ordinal);

    /// <summary>The aliases the shipped knowledge gives each listed country, organization and person ("NATO" → North Atlantic Treaty Organization, ...).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> KnownAliases => knownAliases;

    private readonly Dictionary<string, IReadOnlyList<string>> knownAliases = new(StringComparer.Ordinal);

    /// <summary>Each country's first demonym ("Chile" → "Chilean").</summary>
    public IReadOnlyDictionary<string, string> Demonyms => demonyms;

    private readonly Dictionary<string, string> demonyms = new(StringComparer.Ordinal);

    /// <summary>Every demonym of each country, the first first ("Philippines" → "Filipino", "Philippine").</summary>
    public IReadOnlyDictionary<string, List<string>> AllDemonyms => allDemonyms;

    private readonly Dictionary<string, List<string>> allDemonyms = new(StringComparer.Ordinal);

    /// <summary>
    /// A country's name as it stands in the name of one of its bodies: "the Philippines" ("Senate of the Philippines"),
    /// "the Czech Republic", "the United States"; a plural name written with "the" in its aliases (not "the Ukraine"),
    /// a republic or islands by name, or a "United" union takes it.
    /// </summary>
    public string CountryInName(string country) =>
        country.StartsWith("United ", StringComparison.Ordinal) || country.Contains("Republic", StringComparison.Ordinal)
        || country.EndsWith(" Islands", StringComparison.Ordinal)
        || country.EndsWith('s') && knownAliases.TryGetValue(country, out var aliases) && aliases.Contains("The " + country, StringComparer.Ordinal)
            ? "the " + country : country;

    /// <summary>Each country's capital, by the country's name ("Iraq" → "Baghdad").</summary>
    public IReadOnlyDictionary<string, string> Capitals => capitals;

    private readonly Dictionary<string, string> capitals = new(StringComparer.Ordinal);

    /// <summary>
    /// Countries whose name is also another place's ("Georgia", a U.S. state), each with the other words that confirm the
    /// country is meant: its demonyms, capital and aliases; and organizations whose name another country's body shares
    /// ("House of Commons"), each with the words that confirm it (organizations.yml `needs`).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> NamesNeedingCue => countriesNeedingCue;

    private readonly Dictionary<string, IReadOnlyList<string>> countriesNeedingCue = new(StringComparer.Ordinal);
    public WordTokenizer Tokenizer { get; }
    public IReadOnlySet<string> RoleWords { get; }
    public IReadOnlySet<string> Honorifics { get; }
    /// <summary>Letters written after a name for an office or honour ("QC", "MSP", "OBE"; titles.yml postNominals).</summary>
    public IReadOnlySet<string> PostNominals { get; }
    public IReadOnlySet<string> RoleNouns { get; }
    /// <summary>Titles of peers written before a title name ("Lord Hamilton"; titles.yml).</summary>
    public IReadOnlySet<string> PeerTitles { get; }

    /// <summary>Kin a person may be named as in apposition ("sister of ..."): wife, son, niece.</summary>
    public IReadOnlySet<string> RelativeNouns { get; }
    /// <summary>Roles a body's name stands right before ("Northwind boss Ana Roe"; titles.yml employerRoles), one or two words.</summary>
    public IReadOnlySet<string> EmployerRoles { get; }
    public IReadOnlySet<string> SpeechVerbs { get; }
    public IReadOnlySet<string> InvertedSpeechVerbs { get; }
    public IReadOnlySet<string> AgentVerbs { get; }
    public IReadOnlySet<string> AuxiliaryVerbs { get; }
    public IReadOnlySet<string> FunctionWords { get; }

    /// <summary>A lower-case word whose capitalized form is a function word ("and", "from"): the list holds sentence-initial forms.</summary>
    public bool IsLowerFunctionWord(string word) => word.Length > 0 && FunctionWords.Contains(char.ToUpperInvariant(word[0]) + word[1..]);

    /// <summary>A capitalized word of the vocabulary, no name: a function, role or generic word, an honorific, a word naming nothing, a body's head noun.</summary>
    public bool IsVocabularyWord(string word) => FunctionWords.Contains(word) || RoleWords.Contains(word) || Honorifics.Contains(word)
        || GenericNouns.Contains(word) || NonNameWords.Contains(word) || OrganizationHeads.Contains(word);
    public IReadOnlySet<string> GenericNouns { get; }
    public IReadOnlySet<string> NameParticles { get; }
    /// <summary>Particles saying "son/daughter of" ("bin", "ibn"): the word before one is a given name (words.yml).</summary>
    public IReadOnlySet<string> PatronymicParticles { get; }
    public IReadOnlySet<string> GivenNames { get; }
    public IReadOnlySet<string> OrganizationHeads { get; }
    /// <summary>Heads naming a force of its own right after a country's name ("Kosovo Police"; titles.yml).</summary>
    public IReadOnlySet<string> CountryNamedForces { get; }

    /// <summary>Offices written after a body's bare name that name the body too ("Senate minority leader"; titles.yml bodyOffices).</summary>
    public IReadOnlySet<string> BodyOffices { get; }

    /// <summary>Bodies named without an article ("approved by Congress"): titles.yml `articlelessBodies`.</summary>
    public IReadOnlySet<string> ArticlelessBodies { get; }
    public IReadOnlySet<string> FemaleNames { get; }

    /// <summary>Given names borne by women and men alike ("Jo", "Sam", "Andrea"): words.yml `unisexNames`; "she" may refer to one.</summary>
    public IReadOnlySet<string> UnisexNames { get; }
    public IReadOnlySet<string> NonNameWords { get; }

    /// <summary>Saints' names that open a place's name ("San", "Santa", "São"): a given name after one is no person's.</summary>
    public IReadOnlySet<string> PlaceSaints { get; }
    public IReadOnlySet<string> ArgumentNouns { get; }
    public IReadOnlySet<string> WeakSpeechVerbs { get; }
    /// <summary>Verbs that judge and name something in the subject's words, before "as" and a quote (words.yml).</summary>
    public IReadOnlySet<string> EvaluationVerbs { get; }
    /// <summary>Evaluation verbs that name without "as" ("branded the report "..."").</summary>
    public IReadOnlySet<string> NamingVerbs { get; }
    public IReadOnlySet<string> CourtNouns { get; }
    /// <summary>What a statement is written in ("statement", "letter", "website"): its owner or issuer speaks (words.yml documentNouns).</summary>
    public IReadOnlySet<string> DocumentNouns { get; }
    /// <summary>Verbs that issue a document ("released a statement"; words.yml documentIssuingVerbs).</summary>
    public IReadOnlySet<string> DocumentIssuingVerbs { get; }
    /// <summary>Nouns that stand for someone just named ("says the Waterford man", "the sprinter added"; words.yml epithetNouns).</summary>
    public IReadOnlySet<string> EpithetNouns { get; }
    /// <summary>Nouns for a company or body written before its name or in apposition to it (words.yml).</summary>
    public IReadOnlySet<string> OrganizationClassNouns { get; }
    public IReadOnlySet<string> RulingVerbs { get; }
    /// <summary>Legal forms and trades that may be left out of a company's name ("Kosmos" for Kosmos Energy; words.yml).</summary>
    public IReadOnlySet<string> CorporateSuffixes { get; }
    /// <summary>Words a newspaper's title ends in ("Observer", "Herald"; words.yml mastheadWords).</summary>
    public IReadOnlySet<string> MastheadWords { get; }

    /// <summary>
    /// People known before reading the article, curated ones first, then the shipped list of public figures:
    /// their surname-only mentions ("President Putin") resolve to them unless the article introduces someone else.
    /// </summary>
    public IReadOnlyList<(string Key, string[] Forms, string[] Short, bool Bare)> ListedPeople { get; }

    /// <summary>Listed people a title alone after "the" names, up to a date ("the Queen": people.yml calledThe, until).</summary>
    public IReadOnlyList<(string Title, string Key, PartialDate? Until)> TheTitledPeople { get; }

    public string Fingerprint { get; }

    private Knowledge(IReadOnlyList<CuratedActor> curated)
    {
        var (countries, countriesText) = KnowledgeFile.Read("countries.yml");
        var (orgs, orgsText) = KnowledgeFile.Read("organizations.yml");
        var (titles, titlesText) = KnowledgeFile.Read("titles.yml");
        var (words, wordsText) = KnowledgeFile.Read("words.yml");
        var (famous, famousText) = KnowledgeFile.Read("people.yml");
        HashSet<string> Set(YamlNode root, string key) => new(KnowledgeFile.Strings((root as YamlMapping)?[key]), StringComparer.Ordinal);

        RoleWords = Set(titles, "roleWords");
        Honorifics = Set(titles, "honorifics");
        PostNominals = Set(titles, "postNominals");
        RoleNouns = Set(titles, "roleNouns");
        PeerTitles = Set(titles, "peerTitles");
        RelativeNouns = Set(titles, "relativeNouns");
        EmployerRoles = Set(titles, "employerRoles");
        SpeechVerbs = Set(words, "speechVerbs");
        InvertedSpeechVerbs = Set(words, "invertedSpeechVerbs");
        AgentVerbs = Set(words, "agentVerbs");
        AuxiliaryVerbs = Set(words, "auxiliaryVerbs");
        FunctionWords = Set(words, "functionWords");
        GenericNouns = Set(words, "genericNouns");
        NameParticles = Set(words, "nameParticles");
        PatronymicParticles = Set(words, "patronymicParticles");
        GivenNames = Set(words, "givenNames");
        OrganizationHeads = Set(titles, "organizationHeads");
        CountryNamedForces = Set(titles, "countryNamedForces");
        BodyOffices = Set(titles, "bodyOffices");
        ArticlelessBodies = Set(titles, "articlelessBodies");
        FemaleNames = Set(words, "femaleNames");
        UnisexNames = Set(words, "unisexNames");
        NonNameWords = Set(words, "nonNameWords");
        PlaceSaints = Set(words, "placeSaints");
        ArgumentNouns = Set(words, "argumentNouns");
        WeakSpeechVerbs = Set(words, "weakSpeechVerbs");
        EvaluationVerbs = Set(words, "evaluationVerbs");
        NamingVerbs = Set(words, "namingVerbs");
        CourtNouns = Set(words, "courtNouns");
        DocumentNouns = Set(words, "documentNouns");
        DocumentIssuingVerbs = Set(words, "documentIssuingVerbs");
        EpithetNouns = Set(words, "epithetNouns");
        OrganizationClassNouns = Set(words, "organizationClassNouns");
        RulingVerbs = Set(words, "rulingVerbs");
        CorporateSuffixes = Set(words, "corporateSuffixes");
        MastheadWords = Set(words, "mastheadWords");
        var abbreviations = new HashSet<string>(Honorifics.Concat(KnowledgeFile.Strings((words as YamlMapping)?["nonActors"])).Where(w => w.EndsWith('.')), StringComparer.Ordinal);
        foreach (var a in new[] { "St.", "Jr.", "Sr.", "Mt.", "No.", "Inc.", "Ltd.", "Corp.", "Co.", "Gov.", "Sen.", "Rep." }) abbreviations.Add(a);
        Tokenizer = new WordTokenizer(abbreviations);

        // Curated names first: the gazetteer keeps the first entry for a text, and curated data wins.
        var people = new List<(string, string[], string[], bool)>();
        var titled = new List<(string, string, PartialDate?)>();
        foreach (var c in curated)
        {
            var known = new KnownName(c.Name, c.Suppress ? null : c.Kind);
            foreach (var form in c.Names) Names.Add(form, known, Tokenizer);
            if (!c.Suppress && c.Kind == ActorKind.Person) people.Add((c.Name, c.Names.ToArray(), [], true));
        }
        foreach (var entry in Entries(famous))
        {
            var name = KnowledgeFile.Text(entry["name"])!;
            // "Recep Tayyip Erdogan", "Gerhard Schroeder": the same names as English text often spells them.
            var forms = KnowledgeFile.Strings(entry["aliases"]).Prepend(name).SelectMany(Spellings).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var form in forms) Names.Add(form, new KnownName(name, ActorKind.Person), Tokenizer);
            people.Add((name, forms, KnowledgeFile.Strings(entry["short"]).ToArray(), KnowledgeFile.Text(entry["bare"]) == "true"));
            knownAliases.TryAdd(name, KnowledgeFile.Strings(entry["aliases"]).ToArray());
            foreach (var title in KnowledgeFile.Strings(entry["calledThe"])) titled.Add((title, name, PartialDate.TryParseIso(KnowledgeFile.Text(entry["until"]))));
        }
        ListedPeople = people;
        TheTitledPeople = titled;

        foreach (var entry in Entries(countries))
        {
            var name = KnowledgeFile.Text(entry["name"])!;
            var known = new KnownName(name, ActorKind.Country);
            Names.Add(name, known, Tokenizer);
            foreach (var a in KnowledgeFile.Strings(entry["aliases"])) Names.Add(a, known, Tokenizer);
            knownAliases.TryAdd(name, KnowledgeFile.Strings(entry["aliases"]).ToArray());
            foreach (var d in KnowledgeFile.Strings(entry["demonyms"]))
            {
                demonyms.TryAdd(name, d);
                if (!allDemonyms.TryGetValue(name, out var all)) allDemonyms[name] = all = [];
                all.Add(d);
                Names.Add(d, known, Tokenizer);
                if (!EndsWithAny(d, "s", "sh", "ch", "ese", "z")) Names.Add(d + "s", known, Tokenizer);
            }
            if (KnowledgeFile.Text(entry["capital"]) is { } capital)
            {
                Names.Add(capital, new KnownName(capital, null) { Government = name }, Tokenizer);
                capitals.TryAdd(name, capital);
            }
            foreach (var seat in KnowledgeFile.Strings(entry["seats"])) Seats.Add(seat, known, Tokenizer);
            if (KnowledgeFile.Text(entry["alsoAPlace"]) == "true")
                countriesNeedingCue[name] = [.. KnowledgeFile.Strings(entry["demonyms"]), .. KnowledgeFile.Strings(entry["aliases"]), .. KnowledgeFile.Strings(entry["capital"])];
        }
        foreach (var entry in Entries(orgs))
        {
            var name = KnowledgeFile.Text(entry["name"])!;
            var known = new KnownName(name, ActorKind.Organization);
            foreach (var a in KnowledgeFile.Strings(entry["aliases"]).Prepend(name).SelectMany(Spellings)) Names.Add(a, known, Tokenizer);
            knownAliases.TryAdd(name, KnowledgeFile.Strings(entry["aliases"]).ToArray());
            if (KnowledgeFile.Strings(entry["needs"]).ToArray() is { Length: > 0 } needs) countriesNeedingCue[name] = needs;
        }
        if ((titles as YamlMapping)?["governmentBodies"] is YamlMapping bodies)
            foreach (var (body, template) in bodies.Entries)
                if (template is YamlScalar t) GovernmentBodies.Add(body.Value, new KnownName(t.Value, ActorKind.Organization), Tokenizer);
        foreach (var entry in Entries((titles as YamlMapping)?["partyWords"]!))
        {
            var party = KnowledgeFile.Text(entry["party"])!;
            foreach (var w in KnowledgeFile.Strings(entry["words"])) PartyWords.Add(w, new KnownName(party, ActorKind.Organization), Tokenizer);
            foreach (var w in KnowledgeFile.Strings(entry["members"]))
            {
                PartyMembers.Add(w, new KnownName(party, ActorKind.Organization), Tokenizer);
                partyMemberWords.Add(w);
            }
            partyCues[party] = KnowledgeFile.Strings(entry["needs"]).ToArray();
        }
        foreach (var w in KnowledgeFile.Strings((words as YamlMapping)?["nonActors"])) Names.Add(w, new KnownName(w, null), Tokenizer);

        Fingerprint = Hash(countriesText, orgsText, titlesText, wordsText, famousText, string.Join("\n", curated.Select(Describe)));
    }

    /// <summary>Loads the shipped knowledge and adds the site's curated actors.</summary>
    public static Knowledge Load(IReadOnlyList<CuratedActor>? curated = null) => new(curated ?? []);

    /// <summary>A name, then the same name without diacritics ("Erdogan"), and with German umlauts spelled out ("Schroeder").</summary>
    private static IEnumerable<string> Spellings(string name)
    {
        yield return name;
        var folded = Normalize.Slugger.WithoutDiacritics(name);
        if (folded != name) yield return folded;
        if (name.IndexOfAny(['ä', 'ö', 'ü']) >= 0) yield return name.Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue");
    }

    private static IEnumerable<YamlMapping> Entries(YamlNode node) => (node as YamlSequence)?.Items.OfType<YamlMapping>() ?? [];

    private static bool EndsWithAny(string word, params string[] endings) => endings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    private static string Describe(CuratedActor c) =>
        $"{c.Name}|{c.Kind}|{c.Suppress}|{string.Join(",", c.Aliases)}";

    private static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u001F", parts))))[..16];
}
