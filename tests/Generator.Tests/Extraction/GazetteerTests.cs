using BriefingSite.Extraction;
using BriefingSite.Model;
using Shouldly;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A gazetteer laid over a shared one finds what one gazetteer holding both would: its own entries first, then the
/// shared ones it does not hide, the longest name winning.
/// </summary>
public class GazetteerTests
{
    private static List<Token> Words(string text)
    {
        var tokens = new List<Token>();
        var at = 0;
        foreach (var w in text.Split(' '))
        {
            tokens.Add(new Token(w, at, true, false, at == 0));
            at += w.Length + 1;
        }
        return tokens;
    }

    private static KnownName Person(string key) => new(key, ActorKind.Person);

    private static Gazetteer Shared()
    {
        var shared = new Gazetteer();
        shared.AddShared("Talia Brenner", ["Talia", "Brenner"], Person("Talia Brenner"));
        shared.AddShared("Brenner", ["Brenner"], Person("Talia Brenner"));
        shared.AddShared("Oskar Veld", ["Oskar", "Veld"], Person("Oskar Veld"));
        return shared;
    }

    [Fact]
    public void Finds_the_shared_names_it_does_not_hide()
    {
        var own = new Gazetteer(Shared(), _ => false);
        own.Match(Words("Brenner said"), 0).ShouldBe((Person("Talia Brenner"), 1));
        own.Match(Words("Oskar Veld left"), 0).ShouldBe((Person("Oskar Veld"), 2));
        own.Contains("Oskar").ShouldBeTrue();
    }

    [Fact]
    public void Its_own_name_hides_the_shared_one_of_that_text()
    {
        // This article has its own Brenner ("Mikkel Brenner"): the listed Brenner is hidden.
        var hidden = new HashSet<string> { "Brenner" };
        var own = new Gazetteer(Shared(), hidden.Contains);
        own.Add(["Brenner"], Person("Mikkel Brenner"));
        own.Match(Words("Brenner said"), 0).ShouldBe((Person("Mikkel Brenner"), 1));
        // Hidden and not its own: not found at all.
        var bare = new Gazetteer(Shared(), hidden.Contains);
        bare.Match(Words("Brenner said"), 0).ShouldBeNull();
        bare.Contains("Brenner").ShouldBeFalse();
    }

    [Fact]
    public void The_longest_name_wins_across_both_and_its_own_wins_a_tie()
    {
        var own = new Gazetteer(Shared(), _ => false);
        own.Add(["Talia"], Person("Talia Marsh"));
        own.Match(Words("Talia Brenner spoke"), 0).ShouldBe((Person("Talia Brenner"), 2));
        own.Add(["Oskar", "Veld"], Person("Oskar Veld Jr"));
        own.Match(Words("Oskar Veld spoke"), 0).ShouldBe((Person("Oskar Veld Jr"), 2));
    }

    [Fact]
    public void Of_shared_entries_with_the_same_words_the_first_not_hidden_is_found()
    {
        var shared = new Gazetteer();
        shared.AddShared("Dr Brenner", ["Brenner"], Person("Talia Brenner"));
        shared.AddShared("Brenner", ["Brenner"], Person("Ivo Brenner"));
        new Gazetteer(shared, _ => false).Match(Words("Brenner said"), 0).ShouldBe((Person("Talia Brenner"), 1));
        new Gazetteer(shared, f => f == "Dr Brenner").Match(Words("Brenner said"), 0).ShouldBe((Person("Ivo Brenner"), 1));
    }
}
