using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using BriefingSite.Cli;
using BriefingSite.Diagnostics;
using BriefingSite.Incremental;
using BriefingSite.Model;

namespace BriefingSite.Tests.Incremental;

/// <summary>The article snapshot's hand-written binary layout gives back exactly what was saved.</summary>
public class SnapshotCodecTests
{
    private static readonly BuildOptions Options = new("content", "output");

    internal static SnapshotEntry Full() => new(
        new FileStamp("articles/sub/a.md", 1234, 638_700_000_000_123_457),
        [
            new Diagnostic(Severity.Warning, "unknown-key", "unknown key 'tone' is ignored", new SourceSpan("content/articles/sub/a.md", 3)),
            new Diagnostic(Severity.Error, "bad-thing", "no place"),
        ],
        new Article("a-slug", "A title", true, PartialDate.OfDay(2024, 2, 13), "Reuters", "https://example.org/a", "Ann Author",
            "A summary.", "Kyiv", "AP", true, true, "First *line*.\n\nSecond line.", ["Advertisement", "Read more"], 42,
            new SourceSpan("content/articles/sub/a.md", 5), "hash-a"),
        "a-slug",
        "knowledge-1",
        new ArticleFacts("a-slug",
            [
                new DocParagraph(1, "First one. Second one.", [new DocSentence(0, 0, 10, "First one.", "s-1-0"), new DocSentence(1, 11, 11, "Second one.", "s-1-1")], true),
                // A sentence its offsets do not give, and a lone surrogate, which UTF-8 cannot carry.
                new DocParagraph(2, "Odd \uD800 text", [new DocSentence(7, 2, 3, "not", "custom-id")], false),
            ],
            [new ActorMention("NATO", "the alliance", ActorKind.Organization, 1, 4, 12, "Secretary General"), new ActorMention("Kyiv", "Kyiv", ActorKind.Country, 2, 0, 4)],
            [new QuoteFact("Jens Stoltenberg", "Jens Stoltenberg", "We stand together.", 1, 1), new QuoteFact("an official", null, "No.", 2, 0)],
            [
                new EventMention("summit", "NATO summit", PartialDate.OfMonth(2023, 7), true, "Vilnius", ["NATO", "Kyiv"], 1, 1)
                {
                    References = [new EventSpan(1, 1, 3, 9), new EventSpan(2, 0, 1, 2)],
                    Name = "Vilnius Summit",
                    Body = "North Atlantic Council",
                    Words = ["nato", "summit"],
                    DateText = "in July",
                    Hosts = ["NATO"],
                    Topics = ["defence"],
                    Agents = ["Kyiv"],
                    CalledOff = true,
                },
            ]));

    /// <summary>A second article sharing strings with the first (the string table) and leaving every optional field empty.</summary>
    private static SnapshotEntry Sparse() => new(
        new FileStamp("articles/b.txt", 0, 1), [],
        new Article("b", "NATO", false, null, null, null, null, null, null, null, false, false, "", [], 0, new SourceSpan("content/articles/sub/a.md"), "hash-b"),
        null, null, null);

    private static string Json(object value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { WriteIndented = true, IncludeFields = true });

    private static SnapshotEntry[] RoundTrip(params SnapshotEntry[] entries)
    {
        var dir = Path.Combine(Path.GetTempPath(), "briefing-snapshot-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            ArticleSnapshot.Open(dir, Options).Save(entries, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            var reopened = ArticleSnapshot.Open(dir, Options);
            reopened.Count.ShouldBe(entries.Length);
            return [.. entries.Select(e => reopened.Find(e.Stamp.Path).ShouldNotBeNull())];
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_full_example_sets_every_property_of_every_model_type_it_holds()
    {
        // A model field the example leaves at its default would be a field the round trip cannot vouch for.
        var seen = new Dictionary<string, bool>(StringComparer.Ordinal);
        Walk(Full(), seen);
        seen.Where(p => !p.Value).Select(p => p.Key).ShouldBeEmpty();
        seen.Keys.ShouldContain("EventMention.Agents");
        seen.Keys.ShouldContain("DocSentence.Id");
    }

    [Fact]
    public void A_saved_snapshot_reads_back_equal_field_by_field()
    {
        var (full, sparse) = (Full(), Sparse());

        var back = RoundTrip(full, sparse);

        Json(back[0] with { Facts = null }).ShouldBe(Json(full with { Facts = null }));
        string.CompareOrdinal(back[0].Facts!.Paragraphs[1].Text, full.Facts!.Paragraphs[1].Text).ShouldBe(0);
        var withoutSurrogate = full.Facts with { Paragraphs = [full.Facts.Paragraphs[0], full.Facts.Paragraphs[1] with { Text = "" }] };
        Json(back[0].Facts! with { Paragraphs = [back[0].Facts!.Paragraphs[0], back[0].Facts!.Paragraphs[1] with { Text = "" }] }).ShouldBe(Json(withoutSurrogate));
        Json(back[1]).ShouldBe(Json(sparse));
        back[1].Article.Origin.Path.ShouldBeSameAs(back[0].Article.Origin.Path);
    }

    [Fact]
    public void A_default_array_stays_default_and_an_empty_one_empty()
    {
        var sparse = Sparse();
        var entry = sparse with { Article = sparse.Article with { RemovedLines = default } };

        var back = RoundTrip(entry)[0];

        back.Article.RemovedLines.IsDefault.ShouldBeTrue();
        back.Diagnostics.IsDefault.ShouldBeFalse();
        back.Diagnostics.ShouldBeEmpty();
    }

    /// <summary>Records, for every property of every BriefingSite type reached, whether some instance holds a non-default value.</summary>
    private static void Walk(object value, Dictionary<string, bool> seen)
    {
        var type = value.GetType();
        if (type.Namespace?.StartsWith("BriefingSite", StringComparison.Ordinal) != true || type.IsEnum) return;
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var name = type.Name + "." + p.Name;
            var v = p.GetValue(value);
            seen[name] = (seen.TryGetValue(name, out var before) && before) || !IsDefault(v);
            if (v is null or string) continue;
            if (v is IEnumerable items && !IsDefault(v)) { foreach (var item in items) if (item is not null) Walk(item, seen); }
            else Walk(v, seen);
        }
    }

    private static bool IsDefault(object? v) => v switch
    {
        null => true,
        string s => s.Length == 0,
        IEnumerable e when v.GetType().IsGenericType && v.GetType().GetGenericTypeDefinition() == typeof(ImmutableArray<>) =>
            (bool)v.GetType().GetProperty("IsDefaultOrEmpty")!.GetValue(v)!,
        _ when v.GetType().IsValueType => v.Equals(Activator.CreateInstance(v.GetType())),
        _ => false,
    };
}
