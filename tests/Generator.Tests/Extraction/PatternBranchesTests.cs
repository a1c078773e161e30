using System.Text.RegularExpressions;
using BriefingSite.Extraction;
using Shouldly;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// <see cref="PatternBranches"/> cuts a pattern to the alternatives that can begin with a character; whether the cut
/// pattern matches as the whole one does is checked on every pattern of the program by <see cref="PatternStartsTests"/>.
/// </summary>
public class PatternBranchesTests
{
    private const string Cues = @"\b(?<!anti-)(?:(?<meeting>meetings?|gathering)|(?<summit>summit)|(?<=the )strike|talks)\b";

    [Theory]
    [InlineData('m', @"\b(?<!anti-)(?:(?<meeting>meetings?))\b")]
    [InlineData('M', @"\b(?<!anti-)(?:(?<meeting>meetings?))\b")]
    [InlineData('g', @"\b(?<!anti-)(?:(?<meeting>gathering))\b")]
    [InlineData('s', @"\b(?<!anti-)(?:(?<summit>summit)|(?<=the )strike)\b")]
    [InlineData('t', @"\b(?<!anti-)(?:talks)\b")]
    public void Keeps_the_alternatives_that_begin_with_the_character_in_their_order_and_groups(char first, string cut) =>
        PatternBranches.Restrict(Cues, RegexOptions.IgnoreCase, first).ShouldBe(cut);

    [Fact]
    public void Nothing_is_left_where_no_alternative_can_begin() =>
        PatternBranches.Restrict(Cues, RegexOptions.IgnoreCase, 'x').ShouldBeNull();

    [Theory]
    [InlineData(@"(?:[A-Z]\w+ said|talks)", 'q', @"(?:[A-Z]\w+ said)")]           // a class may begin with anything
    [InlineData(@"(?:(?:the )?meeting|talks)", 'm', @"(?:(?:the )?meeting)")]       // a repeated group is not cut within
    [InlineData(@"(?:(?:the )?meeting|talks)", 't', @"(?:(?:the )?meeting|talks)")]
    [InlineData(@"(?:\p{Lu}\w+|xy)", 'q', @"(?:\p{Lu}\w+)")]                          // so may a category
    [InlineData(@"(?:a[|]b|c\|d|e)", 'c', @"(?:c\|d)")]                               // '|' in a class or escaped divides nothing
    public void Keeps_what_it_cannot_rule_out(string pattern, char first, string cut) =>
        PatternBranches.Restrict(pattern, RegexOptions.None, first).ShouldBe(cut);

    [Theory]
    [InlineData(@"(?i)meeting|summit")]   // options set for the rest of the pattern
    [InlineData(@"(?:meeting|summit")]    // not a pattern
    public void Leaves_whole_what_it_does_not_read(string pattern) =>
        PatternBranches.Restrict(pattern, RegexOptions.None, 's').ShouldBe(pattern);

    [Fact]
    public void Leaves_whole_a_pattern_whose_whitespace_is_ignored() =>
        PatternBranches.Restrict("(?: meeting | summit )", RegexOptions.IgnorePatternWhitespace, 's').ShouldBe("(?: meeting | summit )");
}
