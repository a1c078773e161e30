using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>A semicolon ends a clause: the clause leading into a quote after it is the one after the semicolon.</summary>
public class SemicolonClauseTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Fine debate\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void The_subject_after_a_semicolon_speaks_the_quote_its_clause_leads_into()
    {
        var facts = Facts("Presenter Ilse Brandt wonders whether the fine was too small; Jonas Feld is sure of it: \"Nobody will notice a fine that size.\"");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Jonas Feld" && q.Text.StartsWith("Nobody will notice"));
    }
}
