using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A capitalized word before a person's name that is no part of it ("Blairite", "Lawyer", "Lib Dem", "New Yorker")
/// is left out of the name, so that the person is one actor with the name written elsewhere.
/// </summary>
public class NamePrefixTests
{
    private static List<string> Keys(string body) =>
        Extracting.ActorKeys(Extracting.Facts("Party news\n\n" + body + "\n", path: "content/articles/a.md"));

    [Fact]
    public void A_given_name_ending_the_run_is_a_surname()
    {
        var keys = Keys("Solicitor Maureen Christian, who acts for the families, said the ruling was overdue.");
        keys.ShouldContain("Maureen Christian");
        keys.ShouldNotContain("Christian");
        keys.ShouldNotContain("Solicitor Maureen Christian");
    }

    [Fact]
    public void A_comma_before_the_run_alone_does_not_keep_its_first_word()
    {
        var keys = Keys("By most accounts, Glaswegian Trevor Mulgrew is the favourite to win the seat.");
        keys.ShouldContain("Trevor Mulgrew");
        keys.ShouldNotContain("Glaswegian Trevor Mulgrew");
    }

    [Fact]
    public void A_surname_speaking_later_takes_the_name_found_not_the_words_before_it()
    {
        var keys = Keys("But Unionist Lorna Pettigrew attacked the plan.\n\nMs Pettigrew, the party's housing spokeswoman, said: \"It will not work.\"");
        keys.ShouldContain("Lorna Pettigrew");
        keys.ShouldNotContain("Unionist Lorna Pettigrew");
    }
}
