using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// People named in a list beside people found otherwise ("Michael Roe, Albert Vane, Desna Ulloa, Aaron Kite"), and
/// nationals named in race results ("Kenyans Kiptoo Rotich, 2:06:10, and Amos Tanui"), are people, whatever their
/// given names; two capitalized words of a list that hold a body's head noun are not.
/// </summary>
public class ListedNamesTests
{
    private static List<string> People(string body) =>
        Extracting.Facts("Results\n\n" + body + "\n", path: "content/articles/a.md").Mentions
            .Where(m => m.Kind == ActorKind.Person).Select(m => m.Key).Distinct().ToList();

    [Fact]
    public void An_unknown_given_name_in_a_list_of_people_is_a_person()
    {
        var people = People("The victims were identified by police on Monday. They were Michael Roe, Albert Vane, Desna Ulloa, Aaron Kite and Daniel Pryce.");
        people.ShouldContain("Desna Ulloa");
        people.ShouldContain("Michael Roe");
    }

    [Fact]
    public void Nationals_named_between_race_times_are_people()
    {
        var people = People("The winner crossed the line in 2:05:45. He was followed closely by Kenyans Kiptoo Rotich, 2:05:46, and Amose Tanuik, 2:05:48.");
        people.ShouldContain("Kiptoo Rotich");
        people.ShouldContain("Amose Tanuik");
    }

    [Fact]
    public void Titles_in_a_list_are_no_people()
    {
        var people = People("The festival programme lists Anna Vane, Tom Kite, La Boheme and La Traviata.\n\n"
                            + "Her films include Albert Vane and Star Wars: The Phantom Menace.");
        people.ShouldNotContain("La Traviata");
        people.ShouldNotContain("Star Wars");
    }

    [Fact]
    public void A_body_in_the_list_is_no_person()
    {
        var people = People("The letter was signed by Michael Roe, Albert Vane and the Harbour Institute on Monday.");
        people.ShouldNotContain("Harbour Institute");
    }
}
