namespace BriefingSite.Benchmarks.Corpus;

/// <summary>A person of the cast: a name and the title the articles give them.</summary>
public sealed record Person(int Index, string Name, string Surname, string Role, string Country);

/// <summary>An event of the cast: what it is called, when and where it happens, who takes part.</summary>
public sealed record CastEvent(int Index, string Kind, string Title, DateOnly Date, string Place, IReadOnlyList<Person> Participants);

/// <summary>
/// The growing cast: person i and event e are fixed by the seed and their index alone, so a corpus of N articles
/// is a prefix of a corpus of N+1. Article i may name the first <see cref="PeopleAt"/>(i) people and speaks of events
/// near <see cref="EventsAt"/>(i).
/// </summary>
public sealed class Cast(ulong seed)
{
    /// <summary>One new event every this many articles.</summary>
    public const int ArticlesPerEvent = 5;

    private static readonly DateOnly Start = new(2016, 1, 4);

    public static DateOnly ArticleDate(int article) => Start.AddDays(article / 3);

    public static int PeopleAt(int article) => 40 + article / 8;

    public static int EventsAt(int article) => 1 + article / ArticlesPerEvent;

    public Person Person(int i)
    {
        var f = Vocabulary.FirstNames.Length;
        var s = Vocabulary.Surnames.Length;
        // (b * (f + 1) + a) mod s is a bijection over b because gcd(f + 1, s) = 1: names stay unique for f * s people.
        var first = Vocabulary.FirstNames[i % f];
        var surname = Vocabulary.Surnames[(i / f % s * (f + 1) + i % f) % s];
        var round = i / (f * s);
        var name = round == 0 ? $"{first} {surname}" : $"{first} {(char)('A' + round % 26)}. {surname}";
        var rng = Prng.For(seed, "person", i);
        var country = rng.Pick(Vocabulary.Countries);
        string role;
        if (rng.Chance(0.75)) role = string.Format(rng.Pick(Vocabulary.CountryRoles), country.Adjective);
        else
        {
            var org = rng.Pick(Vocabulary.Organizations);
            role = string.Format(rng.Pick(Vocabulary.OrganizationRoles), org.Short ?? org.Name.Replace("the ", ""));
        }
        return new Person(i, name, surname, role, country.Name);
    }

    public CastEvent Event(int e)
    {
        var rng = Prng.For(seed, "event", e);
        var firstArticle = e * ArticlesPerEvent;
        var date = ArticleDate(firstArticle).AddDays(rng.Between(2, 25));
        var host = rng.Pick(Vocabulary.Countries);
        var people = PeopleAt(firstArticle);
        var participants = Enumerable.Range(0, rng.Between(2, 3)).Select(_ => Person(Popular(rng, people))).DistinctBy(p => p.Index).ToList();
        var org = rng.Pick(Vocabulary.Organizations);
        var orgName = org.Short ?? org.Name.Replace("the ", "");
        var topic = rng.Pick(Vocabulary.Topics);
        var (kind, title) = rng.Below(5) switch
        {
            0 => ("summit", $"{orgName} summit in {host.Capital}"),
            1 => ("meeting", $"meeting of {host.Adjective} and {rng.Pick(Vocabulary.Countries).Adjective} foreign ministers"),
            2 when participants.Count >= 2 => ("call", $"phone call between {participants[0].Name} and {participants[1].Name}"),
            3 => ("talks", $"talks on {topic} in {host.Capital}"),
            _ => ("conference", $"{host.Capital} conference on {topic}"),
        };
        return new CastEvent(e, kind, title, date, host.Capital, participants);
    }

    /// <summary>Half the picks go to the first 30 people (the stars of the story), the rest to anyone in the cast so far.</summary>
    public static int Popular(Prng rng, int available) =>
        rng.Chance(0.5) ? rng.Below(Math.Min(30, available)) : rng.Below(available);
}
