using System.Globalization;
using System.Text;

namespace BriefingSite.Benchmarks.Corpus;

/// <summary>
/// Writes news-like articles from a seed: datelines, titles, quotes "..." said X, people with titles, countries,
/// organizations, and meetings, calls and summits with dates. Article i depends only on (seed, i).
/// </summary>
public sealed class CorpusGenerator(ulong seed = 7)
{
    private readonly Cast cast = new(seed);

    public IEnumerable<GeneratedArticle> Articles(int count, int first = 0) =>
        Enumerable.Range(first, count).Select(Article);

    public GeneratedArticle Article(int i)
    {
        var rng = Prng.For(seed, "article", i);
        var date = Cast.ArticleDate(i);
        var people = Enumerable.Range(0, rng.Between(3, 6)).Select(_ => cast.Person(Cast.Popular(rng, Cast.PeopleAt(i)))).DistinctBy(p => p.Index).ToList();
        var countries = Enumerable.Range(0, rng.Between(2, 4)).Select(_ => rng.Pick(Vocabulary.Countries)).Distinct().ToList();
        var org = rng.Pick(Vocabulary.Organizations);
        // The events an article speaks of: mostly recent or upcoming ones, now and then one from long ago.
        var latest = Cast.EventsAt(i) - 1;
        var events = new List<CastEvent> { cast.Event(Math.Max(0, latest - rng.Below(6))) };
        if (rng.Chance(0.5)) events.Add(cast.Event(rng.Chance(0.8) ? Math.Max(0, latest - rng.Below(20)) : rng.Below(latest + 1)));
        events = events.DistinctBy(e => e.Index).ToList();
        var topic = rng.Pick(Vocabulary.Topics);
        var agency = rng.Pick(Vocabulary.Agencies);
        var place = rng.Pick(Vocabulary.Countries).Capital;
        var main = events[0];
        var lead = people[0];

        var title = rng.Below(3) switch
        {
            0 => $"{Cap(countries[0].Name)} and {countries[^1].Name} seek common ground on {topic}",
            1 => $"{lead.Surname} presses allies on {topic} before {main.Title}",
            _ => $"Talks on {topic} dominate {main.Kind} in {main.Place}",
        };
        var paragraphs = new List<string>
        {
            $"{lead.Role} {lead.Name} said on {Vocabulary.Weekdays[(int)date.DayOfWeek]} that {countries[0].Name} would press for progress on {topic} at the {main.Title} {When(main.Date, date)}.",
        };
        var actors = new List<string> { lead.Name, countries[0].Name };
        foreach (var (p, k) in people.Select((p, k) => (p, k)))
        {
            if (k > 0) actors.Add(p.Name);
            paragraphs.Add(Quote(rng, p, topic, k == 0));
            paragraphs.Add(Background(rng, 2 + rng.Below(2)));
        }
        foreach (var e in events)
        {
            paragraphs.Insert(Math.Min(paragraphs.Count, 2 + rng.Below(4)), EventParagraph(rng, e, date, org.Name));
            actors.AddRange(e.Participants.Select(p => p.Name));
        }
        foreach (var c in countries.Skip(1))
        {
            paragraphs.Add($"{Cap(c.Adjective)} officials in {c.Capital} said {c.Name} was ready to contribute, but gave no figures. {Background(rng, 1)}");
            actors.Add(c.Name);
        }
        paragraphs.Add($"A statement from {org.Name} said its members would return to {topic} at their next meeting. {Background(rng, 1)}");
        actors.Add(Cap(org.Name.StartsWith("the ", StringComparison.Ordinal) ? org.Name[4..] : org.Name));

        var stem = string.Create(CultureInfo.InvariantCulture, $"{i:D5}-{Slug(title)}");
        var sub = $"What comes after the {main.Kind}";
        return new GeneratedArticle(i, stem, i % 5 >= 3, title, date, agency, place, paragraphs, 2 + rng.Below(Math.Max(1, paragraphs.Count - 3)), sub,
            actors.Distinct(StringComparer.Ordinal).ToList(), events.Select(e => EventTerm(e)).ToList());
    }

    /// <summary>The event as a taxonomy term: titles repeat across years, the date tells them apart.</summary>
    public static string EventTerm(CastEvent e) => $"{e.Title} ({e.Date:yyyy-MM-dd})";

    private static string Quote(Prng rng, Person p, string topic, bool first)
    {
        var said = rng.Pick(new[]
        {
            $"We will not accept any deal on {topic} that is decided without us at the table",
            $"The next weeks will show whether our partners are serious about {topic}",
            "There is no alternative to dialogue, and we are ready to talk at any level",
            $"Nobody should doubt our commitment, and {topic} is at the top of our list",
            "We need a durable agreement, not another promise that is broken in a month",
        });
        return rng.Below(4) switch
        {
            0 => $"\"{said},\" {p.Role} {p.Name} told reporters.",
            1 => $"\"{said},\" said {(first ? p.Surname : p.Role + " " + p.Name)}.",
            2 => $"{p.Name}, the {p.Role}, said: \"{said}.\"",
            _ => $"In a statement, {p.Role} {p.Name} said that \"{said}.\" {Background(rng, 1)}",
        };
    }

    private static string EventParagraph(Prng rng, CastEvent e, DateOnly today, string org)
    {
        var who = string.Join(" and ", e.Participants.Select(p => p.Name));
        var when = When(e.Date, today);
        return e.Date > today
            ? $"The {e.Title} will take place {when}, with {who} expected to attend. {Background(rng, 1)}"
            : $"At the {e.Title} {when}, {who} discussed the next steps, {org} said. {Background(rng, 1)}";
    }

    /// <summary>A date as articles write it: "on 14 March 2019", "on March 14", or "on Tuesday" within the week.</summary>
    private static string When(DateOnly date, DateOnly today)
    {
        var days = Math.Abs(date.DayNumber - today.DayNumber);
        var month = Vocabulary.MonthNames[date.Month - 1];
        if (days <= 5) return $"on {Vocabulary.Weekdays[(int)date.DayOfWeek]}";
        return date.Year == today.Year && date.Day % 2 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"on {month} {date.Day}")
            : string.Create(CultureInfo.InvariantCulture, $"on {date.Day} {month} {date.Year}");
    }

    /// <summary>Distinct background sentences: a start and a stride coprime with the pool size never repeat within one call.</summary>
    private static string Background(Prng rng, int sentences)
    {
        var pool = Vocabulary.Background;
        var start = rng.Below(pool.Length);
        var stride = 1 + 2 * rng.Below(pool.Length / 2);
        return string.Join(' ', Enumerable.Range(0, sentences).Select(k => pool[(start + k * stride) % pool.Length]));
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    public static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            if (sb.Length >= 60) break;
        }
        return sb.ToString().Trim('-');
    }
}
