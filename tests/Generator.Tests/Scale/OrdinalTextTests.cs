using BriefingSite.Model;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Scale;

/// <summary>Ordinal order, each string once, as LINQ's Distinct and Order with the ordinal comparer give it.</summary>
public class OrdinalTextTests
{
    [Fact]
    public void Strings_come_once_each_in_ordinal_order()
    {
        string[] items = ["walvis", "Zeeland", "ämter", "walvis", "Abel", "abel", "Zeeland", ""];
        items.SortedDistinct().ShouldBe(["", "Abel", "Zeeland", "abel", "walvis", "ämter"]);
        items.SortedDistinct().ShouldBe(items.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_prefix_of_an_array_is_sorted_and_made_distinct_in_place()
    {
        string[] items = ["b", "a", "b", "c", "z"];
        OrdinalText.SortDistinct(items, 3).ShouldBe(2);
        items[..2].ShouldBe(["a", "b"]);
        items[4].ShouldBe("z");
    }

    [Fact]
    public void Nothing_gives_nothing() => Array.Empty<string>().SortedDistinct().ShouldBeEmpty();
}
