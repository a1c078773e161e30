using BriefingSite.Model;

namespace BriefingSite.Tests.Normalize;

/// <summary>Whether one date's whole period lies before or after another's, at the precision of both.</summary>
public class PartialDateOrderTests
{
    [Theory]
    [InlineData("2025-01", "2026-06-03", true)]
    [InlineData("2026-05", "2026-06-03", true)]
    [InlineData("2026-06-02", "2026-06-03", true)]
    [InlineData("2026-06", "2026-06-03", false)]
    [InlineData("2026", "2026-06-03", false)]
    [InlineData("2026-06-03", "2026-06-03", false)]
    [InlineData("2026-07", "2026-06-03", false)]
    public void A_period_wholly_before_another(string when, string written, bool before)
    {
        var (a, b) = (PartialDate.TryParseIso(when)!.Value, PartialDate.TryParseIso(written)!.Value);
        a.WhollyBefore(b).ShouldBe(before);
        b.WhollyAfter(a).ShouldBe(before);
    }
}
