using BriefingSite.Publishing;

namespace BriefingSite.Tests.Publishing;

public class PreviousBuildTests
{
    [Fact]
    public void Reads_the_slug_of_every_listed_object_and_nothing_nested()
    {
        var output = Folder();
        try
        {
            Write(output, "articles.json", """
                [{"title": "A", "slug": "a", "quotes": [{"slug": "not-an-article", "text": "x"}], "actors": ["b"]},
                 {"slug": "b", "nested": {"slug": "neither"}}, 3, "text", {"title": "no slug"}, {"slug": 7}]
                """);
            Write(output, "actors.json", """{"version": 1, "actors": [{"slug": "rutte"}, {"slug": "nato", "events": [{"slug": "x"}]}]}""");
            Write(output, "events.json", """[{"slug": "summit", "title": "unfinished" """);

            var previous = PreviousBuild.Read(output);

            previous.Articles!.Order(StringComparer.Ordinal).ShouldBe(["a", "b"]);
            previous.Actors!.Order(StringComparer.Ordinal).ShouldBe(["nato", "rutte"]);
            previous.Events.ShouldBeNull(); // unreadable: unknown, not guessed
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Missing_lists_are_unknown()
    {
        var output = Folder();
        try
        {
            Write(output, "articles.json", """{"articles": "none"}""");
            var previous = PreviousBuild.Read(output);
            previous.Articles.ShouldBeNull();
            previous.Actors.ShouldBeNull();
            previous.Events.ShouldBeNull();
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void The_recorded_slugs_stand_for_the_lists_until_a_list_changes()
    {
        var output = Folder();
        var cache = Folder();
        try
        {
            Write(output, "articles.json", """[{"slug": "a"}]""");
            Write(output, "actors.json", """[{"slug": "rutte"}]""");
            Write(output, "events.json", """[{"slug": "summit"}]""");
            // The record is what the build published; it is believed only while the lists are the files it saw.
            PreviousBuild.Record(cache, output, ["a", "b"], ["rutte"], []);

            var recorded = PreviousBuild.Read(output, cache);
            recorded.Articles!.Order(StringComparer.Ordinal).ShouldBe(["a", "b"]);
            recorded.Actors!.ShouldBe(["rutte"]);
            recorded.Events!.ShouldBeEmpty();

            Write(output, "events.json", """[{"slug": "summit"}, {"slug": "ceasefire"}]""");
            var reread = PreviousBuild.Read(output, cache);
            reread.Articles!.ShouldBe(["a"]);
            reread.Events!.Order(StringComparer.Ordinal).ShouldBe(["ceasefire", "summit"]);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
            Directory.Delete(cache, recursive: true);
        }
    }

    private static string Folder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "briefing-previous-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Path.Combine(dir, "api"));
        return dir;
    }

    private static void Write(string output, string name, string json) => File.WriteAllText(Path.Combine(output, "api", name), json);
}
