using BriefingSite.Tests.Support;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Extraction;

public class DebugDump(ITestOutputHelper output)
{
    [Theory]
    [InlineData("000_c3c376cbc2f5014f")]
    [InlineData("001_334d17ad518e32de")]
    [InlineData("002_30935575546d3941")]
    public void Dump(string seed)
    {
        var f = Extracting.Facts(TestSite.Seed(seed));
        foreach (var g in f.Mentions.GroupBy(m => m.Key)) output.WriteLine($"{g.First().Kind} {g.Key} x{g.Count()} roles={string.Join("|", g.Select(m => m.Role).OfType<string>())} forms={string.Join("|", g.Select(m => f.Paragraphs[m.Paragraph].Text.Substring(m.Start, m.Length)).Distinct())}");
        foreach (var q in f.Quotes) output.WriteLine($"Q [{q.Speaker}/{q.SpeakerKey}] {q.Text}");
    }
}
