using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A country's word inside another name: the second half of a double-barrelled surname ("Vasile-Moldovan"), a
/// territory named with another country's demonym ("American Samoa").
/// </summary>
public class CountryWordsInNamesTests
{
    [Fact]
    public void A_demonym_ending_a_double_barrelled_surname_names_no_country()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Mill fined\n\nThe register lists the mill under Corin Vasile-Moldovan, of Cluj.\n", path: "content/articles/a.md"));
        keys.ShouldNotContain("Moldova");
    }

    [Fact]
    public void A_combining_form_or_a_country_before_the_hyphen_keeps_the_country()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Talks resume\n\nSino-Moldovan trade and US-Moldovan ties were on the agenda of Friday's talks.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Moldova");
    }

    [Fact]
    public void A_territory_named_with_a_demonym_is_the_territory_not_that_country()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Storm season\n\nSchools in American Samoa reopened on Monday after the storm passed to the east.\n", path: "content/articles/a.md"));
        keys.ShouldContain("American Samoa");
        keys.ShouldNotContain("United States");
    }
}
