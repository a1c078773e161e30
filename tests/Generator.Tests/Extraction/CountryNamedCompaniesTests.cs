using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A company named by its country's word and its trade ("Malawian Airlines", words.yml corporateSuffixes) is a company
/// of its own; a company written in capitals before its legal form ("ORVELLO MINERIT SA") is found as one.
/// </summary>
public class CountryNamedCompaniesTests
{
    [Fact]
    public void A_demonym_before_a_trade_word_names_a_company()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Flights resume\n\nMalawian Airlines will fly to Harare again from March, the transport minister said on Tuesday.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Malawian Airlines");
        keys.ShouldContain("Malawi");
    }

    [Fact]
    public void A_demonym_before_a_ministry_stays_the_country()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Flights resume\n\nThe flights were approved by Malawian officials in Lilongwe on Tuesday.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Malawi");
        keys.ShouldNotContain("Malawian officials");
    }

    [Fact]
    public void A_name_opening_with_a_demonym_after_a_class_noun_is_the_whole_name()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Vote delayed\n\nIn Kampala, the opposition party Ugandan Voters for Social Justice (UVSJ) said the count should be repeated.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Ugandan Voters for Social Justice");
        keys.ShouldNotContain("Ugandan Voters");
        keys.ShouldContain("Uganda");
    }

    [Fact]
    public void A_company_after_a_class_noun_is_filed_without_its_legal_form()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Dam fails\n\nA dam owned by the mining company Tarvel Minerit SA gave way near Deva on Sunday.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Tarvel Minerit");
        keys.ShouldNotContain("Tarvel Minerit SA");
    }

    [Fact]
    public void A_company_in_capitals_before_its_legal_form_is_found()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Charges filed\n\nThe defendants are:\n\n- ORVELLO MINERIT SA, a mining company registered in Deva;\n- two of its engineers.\n", path: "content/articles/a.md"));
        keys.ShouldContain(k => k.Equals("ORVELLO MINERIT", StringComparison.OrdinalIgnoreCase));
    }
}
