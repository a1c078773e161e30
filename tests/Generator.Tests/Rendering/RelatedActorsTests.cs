using System.Collections.Immutable;
using BriefingSite.Model;
using BriefingSite.Rendering;
using Shouldly;

namespace BriefingSite.Tests.Rendering;

/// <summary>The actors an actor page shows as most often named with it: the first twelve of a full sort, without sorting all.</summary>
public class RelatedActorsTests
{
    private static ImmutableArray<Actor> Cast(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Actor($"actor-{random.Next(1000):D3}-{i}", $"Actor {i}", ActorKind.Person, [], null, [])
            { MentionCount = random.Next(1, 6) })];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Keeps_the_twelve_a_full_sort_puts_first(int seed)
    {
        var random = new Random(seed);
        var actors = Cast(random, 200);
        for (var round = 0; round < 50; round++)
        {
            // Few distinct counts and mention counts, so ties run down to the slug.
            var together = Enumerable.Range(0, actors.Length).Where(_ => random.Next(3) > 0)
                .Select(n => (Actor: n, Count: random.Next(1, 4))).OrderBy(_ => random.Next()).ToList();
            var expected = together.Select(x => (Actor: actors[x.Actor], x.Count))
                .OrderByDescending(x => x.Count).ThenByDescending(x => x.Actor.MentionCount).ThenBy(x => x.Actor.Slug, StringComparer.Ordinal)
                .Take(12).Select(x => (x.Actor.Slug, x.Count)).ToList();

            ActorPageSet.TopRelated(together, actors).Select(x => (x.Actor.Slug, x.Count)).ToList().ShouldBe(expected);
        }
    }

    [Fact]
    public void Fewer_than_twelve_are_all_kept_in_order()
    {
        var actors = Cast(new Random(7), 3);
        var related = ActorPageSet.TopRelated([(0, 1), (1, 5), (2, 5)], actors);
        related.Select(x => x.Count).ShouldBe([5, 5, 1]);
        related.Count.ShouldBe(3);
    }
}
