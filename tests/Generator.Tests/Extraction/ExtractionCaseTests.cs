using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction;

public class ExtractionCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in ExtractionCase.Load("Cases")) data.Add(c.ToString());
        return data;
    }

    private static ExtractionCase Find(string id) => ExtractionCase.Load("Cases").Single(c => c.ToString() == id);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_finds_exactly_the_expected_actors(string id)
    {
        var c = Find(id);
        var facts = Extracting.Facts(c.Text);
        Extracting.ActorKeys(facts).ShouldBe(c.Actors.Order(StringComparer.Ordinal).ToList(), ignoreOrder: true, customMessage: c.Name);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_attributes_each_quote_to_its_speaker(string id)
    {
        var c = Find(id);
        var facts = Extracting.Facts(c.Text);
        foreach (var (speaker, start) in c.Quotes)
        {
            var q = facts.Quotes.FirstOrDefault(q => q.Text.StartsWith(start, StringComparison.Ordinal));
            q.ShouldNotBeNull($"no quote starting '{start}' in {c.Name}; found: {string.Join(" / ", facts.Quotes.Select(x => x.Text))}");
            q.SpeakerKey.ShouldBe(speaker, c.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_keeps_the_role_a_person_was_introduced_with(string id)
    {
        var c = Find(id);
        var facts = Extracting.Facts(c.Text);
        foreach (var (key, role) in c.Roles)
            facts.Mentions.Where(m => m.Key == key).Select(m => m.Role).ShouldContain(role, c.Name);
    }
}
