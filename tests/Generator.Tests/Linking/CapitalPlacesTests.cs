using BriefingSite.Extraction;
using BriefingSite.Linking;

namespace BriefingSite.Tests.Linking;

public class CapitalPlacesTests
{
    private static readonly CapitalPlaces Capitals = new(Knowledge.Load());

    [Theory]
    [InlineData("Kenyan capital", "Nairobi")]
    [InlineData("Belarusian capital", "Minsk")]
    [InlineData("State House, Kenyan capital", "State House, Nairobi")]
    [InlineData("Nairobi, Kenyan capital", "Nairobi")]
    [InlineData("Atlantean capital", "Atlantean capital")]
    [InlineData("capital", "capital")]
    [InlineData("Brussels", "Brussels")]
    [InlineData(null, null)]
    public void A_place_written_as_a_countrys_capital_is_named_as_the_city(string? written, string? named) =>
        Capitals.Name(written).ShouldBe(named);
}
