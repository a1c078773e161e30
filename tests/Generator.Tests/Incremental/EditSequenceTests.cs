using BriefingSite.Benchmarks.Corpus;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Incremental;

/// <summary>
/// Pages are kept by the keys of their inputs, not by their content: a missing input would keep a stale page. Seeded
/// random sequences of the edits editors make, each followed by an incremental build that must equal the clean build.
/// </summary>
public class EditSequenceTests
{
    private delegate string Edit(TestSite site, Random random, ref int next);

    [Theory]
    [InlineData(11)]
    [InlineData(29)]
    public void Every_build_of_a_random_edit_sequence_equals_the_clean_build(int seed)
    {
        using var site = UpToDateTests.GeneratedSite(8);
        site.Build().Succeeded.ShouldBeTrue();
        var random = new Random(seed);
        var next = 8;
        Edit[] edits = [AddArticle, RemoveArticle, RenamePerson, Redate, CurateActor, UncurateActors, Retitle];
        for (var step = 0; step < 5; step++)
        {
            var what = edits[random.Next(edits.Length)](site, random, ref next);
            UpToDateTests.Age(site.Content);

            var report = site.Build();

            report.Succeeded.ShouldBeTrue($"step {step} ({what}): " + string.Join("\n", report.Diagnostics));
            try { IncrementalBuildTests.ShouldEqualCleanBuild(site); }
            catch (Exception e) { throw new ShouldAssertException($"seed {seed}, step {step} ({what}): {e.Message}"); }
        }
    }

    private static List<string> Articles(TestSite site) =>
        [.. Directory.GetFiles(Path.Combine(site.Content, "articles")).Order(StringComparer.Ordinal)];

    private static string Pick(TestSite site, Random random)
    {
        var all = Articles(site);
        return all[random.Next(all.Count)];
    }

    private static string AddArticle(TestSite site, Random random, ref int next)
    {
        SiteFiles.WriteBriefingArticle(site.Content, new CorpusGenerator(3).Article(next++));
        return "add";
    }

    private static string RemoveArticle(TestSite site, Random random, ref int next)
    {
        if (Articles(site).Count < 3) return AddArticle(site, random, ref next);
        File.Delete(Pick(site, random));
        return "remove";
    }

    /// <summary>One person's name replaced by another's in one article: actors, quotes, co-occurrence and merges move.</summary>
    private static string RenamePerson(TestSite site, Random random, ref int next)
    {
        var file = Pick(site, random);
        var cast = new Cast(3);
        var text = File.ReadAllText(file);
        var name = Enumerable.Range(0, 60).Select(cast.Person).Select(p => p.Name).FirstOrDefault(n => text.Contains(n, StringComparison.Ordinal));
        if (name is null) return "rename (none)";
        File.WriteAllText(file, text.Replace(name, cast.Person(61 + random.Next(40)).Name, StringComparison.Ordinal));
        return "rename " + name;
    }

    /// <summary>A new publication date: relative event dates, the order of lists and every neighbour link move.</summary>
    private static string Redate(TestSite site, Random random, ref int next)
    {
        var file = Pick(site, random);
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].StartsWith("date:", StringComparison.Ordinal))
            {
                lines[i] = $"date: 20{10 + random.Next(15)}-0{1 + random.Next(9)}-1{random.Next(10)}";
                break;
            }
        File.WriteAllLines(file, lines);
        return "redate";
    }

    private static string CurateActor(TestSite site, Random random, ref int next)
    {
        var name = new Cast(3).Person(random.Next(20)).Name;
        site.Write($"actors/curated-{next++}.yml", $"name: Curated {next}\nkind: person\naliases: [\"{name}\"]\ndescription: Curated *{name}*.\n");
        return "curate " + name;
    }

    private static string UncurateActors(TestSite site, Random random, ref int next)
    {
        var dir = Path.Combine(site.Content, "actors");
        if (!Directory.Exists(dir)) return CurateActor(site, random, ref next);
        Directory.Delete(dir, recursive: true);
        return "uncurate";
    }

    private static string Retitle(TestSite site, Random random, ref int next)
    {
        var file = Pick(site, random);
        var text = File.ReadAllText(file);
        var body = text.IndexOf("---\n", 4, StringComparison.Ordinal) + 4;
        File.WriteAllText(file, text[..body] + "Retitled " + text[body..]);
        return "retitle";
    }
}
