using System.Globalization;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Articles written for this test in other outlets' styles (AP, BBC, Reuters, a press release, an interview...) with
/// people the knowledge files do not list, held to actor F1 ≥ 0.9, per-article link F1 ≥ 0.9 and quote attribution
/// ≥ 90%. Extraction was tuned on them, so they guard against regressions; the measure on unseen text is the held-out
/// gold split (GoldSets/GoldEvaluationTests).
/// </summary>
public class EvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Unseen_style_articles_meet_the_actor_and_quote_thresholds()
    {
        var cases = ExtractionCase.Load("Evaluation").ToList();
        cases.Count.ShouldBeGreaterThanOrEqualTo(8);
        var score = EvaluationScore.Measure(cases);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"actor F1 {score.ActorF1:F3}, per-article link F1 {score.LinkF1:F3}, quote accuracy {score.QuoteAccuracy:P1}"));
        foreach (var miss in score.Misses) output.WriteLine(miss);
        score.ActorF1.ShouldBeGreaterThanOrEqualTo(0.9, string.Join("\n", score.Misses));
        score.LinkF1.ShouldBeGreaterThanOrEqualTo(0.9, string.Join("\n", score.Misses));
        score.QuoteAccuracy.ShouldBeGreaterThanOrEqualTo(0.9, string.Join("\n", score.Misses));
    }
}
