using System.Globalization;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Extraction.GoldSets;

/// <summary>
/// Actors and quotes on hand-annotated articles (Extraction/Gold). Issue #3's bar is actor F1 ≥ 0.9, link F1 ≥ 0.9 and
/// quote accuracy ≥ 90% on unseen text. `dev` may be tuned on; `heldout` never is, and its score is the honest measure.
/// The floors below are what the extractor reaches today, kept as regression guards; where they are under the bar,
/// the bar is not met yet (the README's extraction section gives the latest measurements).
/// </summary>
public class GoldEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Dev_split_scores_stay_at_or_above_their_floors() => Check("dev", 0.9, 0.9, 0.8);

    /// <summary>
    /// dev2: a second tuning split, annotated blind (Gold/README.md); misses are printed. First measured at actor F1
    /// 0.694, link F1 0.706, quotes 34.8%; after tuning on it 0.826 / 0.813 / 67.4% (0.828 / 0.788 / 82.1% over the five
    /// written articles alone, when the corpora are absent). Floors: the lower of the two minus 0.05, rounded down; raised
    /// at 0.904 / 0.884 / 95.7% (0.902 / 0.872 / 96.4% written-only).
    /// </summary>
    [Fact]
    public void Dev2_split_scores_stay_at_or_above_their_floors() => Check("dev2", 0.85, 0.82, 0.90);

    /// <summary>
    /// dev3: a third tuning split, annotated blind and committed before it was first measured (Gold/README.md). First
    /// measured at actor F1 0.686, link F1 0.703, quotes 60.9% (0.683 / 0.786 / 100% over the four written articles alone,
    /// when the corpora are absent): the honest estimate of unseen performance at the time. Floors: the lower of the two
    /// minus 0.05, rounded down; raised at 0.888 / 0.899 / 100% (0.857 / 0.911 / 100% written-only).
    /// </summary>
    [Fact]
    public void Dev3_split_scores_stay_at_or_above_their_floors() => Check("dev3", 0.80, 0.84, 0.95);

    /// <summary>
    /// dev4: a fourth tuning split, annotated blind and committed before it was first measured (Gold/README.md). First
    /// measured at actor F1 0.798, link F1 0.840, quotes 66.7% (0.721 / 0.772 / 61.9% over the six written articles alone,
    /// when the corpora are absent). Floors: the lower of the two minus 0.05, rounded down; raised at 0.945 / 0.942 / 96.1%
    /// (0.935 / 0.932 / 100% written-only).
    /// </summary>
    [Fact]
    public void Dev4_split_scores_stay_at_or_above_their_floors() => Check("dev4", 0.88, 0.88, 0.91);

    /// <summary>
    /// dev5: a fifth tuning split, annotated blind and committed before it was first measured (Gold/README.md). First
    /// measured at actor F1 0.824, link F1 0.847, quotes 64.1% (0.808 / 0.819 / 61.5% over the six written articles alone,
    /// when the corpora are absent). Floors: the lower of the two minus 0.05, rounded down; raised at 0.925 / 0.944 / 87.2%
    /// (0.926 / 0.945 / 92.3% written-only).
    /// </summary>
    [Fact]
    public void Dev5_split_scores_stay_at_or_above_their_floors() => Check("dev5", 0.87, 0.89, 0.82);

    /// <summary>
    /// dev6: a sixth tuning split, annotated blind and committed before it was first measured (Gold/README.md). First
    /// measured at actor F1 0.853, link F1 0.874, quotes 73.7% (0.871 / 0.881 / 66.7% over the seven written articles
    /// alone, when the corpora are absent). Floors: the lower of the two minus 0.05, rounded down; raised at 0.915 / 0.930 /
    /// 81.6% (written alone 0.943 / 0.950 / 83.3%).
    /// </summary>
    [Fact]
    public void Dev6_split_scores_stay_at_or_above_their_floors() => Check("dev6", 0.86, 0.88, 0.76);

    /// <summary>
    /// dev7: a seventh tuning split, annotated blind and committed before it was first measured (Gold/README.md). First
    /// measured at actor F1 0.835, link F1 0.853, quotes 64.3% (0.774 / 0.793 / 73.1% over the seven written articles
    /// alone, when the corpora are absent). Floors: the lower of the two minus 0.05, rounded down.
    /// </summary>
    [Fact]
    public void Dev7_split_scores_stay_at_or_above_their_floors() => Check("dev7", 0.72, 0.74, 0.59);

    /// <summary>
    /// dev8: an eighth tuning split, annotated blind and committed before it was first measured (Gold/README.md). First
    /// measured at actor F1 0.869, link F1 0.860, quotes 75.4% (0.805 / 0.792 / 53.8% over the seven written articles
    /// alone, when the corpora are absent). Floors: the lower of the two minus 0.05, rounded down.
    /// </summary>
    [Fact]
    public void Dev8_split_scores_stay_at_or_above_their_floors() => Check("dev8", 0.75, 0.74, 0.48);

    /// <summary>
    /// dev9: a ninth tuning split, annotated blind and committed before it was first measured (Gold/README.md). First
    /// measured at actor F1 0.765, link F1 0.797, quotes 36.1% (0.654 / 0.686 / 20.0% over the seven written articles alone,
    /// when the corpora are absent). Floors: the lower of the two minus 0.05, rounded down.
    /// </summary>
    [Fact]
    public void Dev9_split_scores_stay_at_or_above_their_floors() => Check("dev9", 0.60, 0.63, 0.15);

    /// <summary>
    /// dev10: a tenth tuning split, annotated blind and committed before it was first measured (Gold/README.md). First
    /// measured at actor F1 0.795, link F1 0.844, quotes 75.0% (0.750 / 0.851 / 64.7% over the seven written articles alone,
    /// when the corpora are absent). Floors: the lower of the two minus 0.05, rounded down.
    /// </summary>
    [Fact]
    public void Dev10_split_scores_stay_at_or_above_their_floors() => Check("dev10", 0.70, 0.79, 0.59);

    /// <summary>
    /// dev11: an eleventh tuning split, annotated blind and committed before it was first measured (Gold/README.md). First
    /// measured at actor F1 0.806, link F1 0.827, quotes 58.5% (0.744 / 0.781 / 52.0% over the seven written articles alone,
    /// when the corpora are absent). Floors: the lower of the two minus 0.05, rounded down.
    /// </summary>
    [Fact]
    public void Dev11_split_scores_stay_at_or_above_their_floors() => Check("dev11", 0.69, 0.73, 0.47);

    /// <summary>
    /// dev12: a twelfth tuning split, annotated blind and committed before it was first measured (Gold/README.md). First
    /// measured at actor F1 0.749, link F1 0.795, quotes 61.0% (0.600 / 0.719 / 53.8% over the seven written articles alone,
    /// when the corpora are absent). Floors: the lower of the two minus 0.05, rounded down.
    /// </summary>
    [Fact]
    public void Dev12_split_scores_stay_at_or_above_their_floors() => Check("dev12", 0.55, 0.66, 0.48);

    /// <summary>
    /// dev13: a thirteenth tuning split of ordinary international news, annotated blind and committed before it was first
    /// measured (Gold/README.md). First measured at actor F1 0.892, link F1 0.907, quotes 94.4% (0.941 / 0.925 / 95.7% over the
    /// four written articles alone, when the corpora are absent). Floors: the lower of the two minus 0.05, rounded down.
    /// </summary>
    [Fact]
    public void Dev13_split_scores_stay_at_or_above_their_floors() => Check("dev13", 0.84, 0.85, 0.89);

    /// <summary>
    /// dev14: a fourteenth tuning split of ordinary international news, annotated blind and committed before it was first
    /// measured (Gold/README.md). First measured at actor F1 0.712, link F1 0.774, quotes 91.7% (0.806 / 0.806 / 91.7% over the
    /// four written articles alone, when the corpora are absent). Floors: the lower of the two minus 0.05, rounded down.
    /// </summary>
    [Fact]
    public void Dev14_split_scores_stay_at_or_above_their_floors() => Check("dev14", 0.66, 0.72, 0.86);

    /// <summary>
    /// dev15: a fifteenth tuning split of ordinary news, annotated blind and committed before it was first measured
    /// (Gold/README.md). First measured at actor F1 0.704, link F1 0.745, quotes 69.0% (0.533 / 0.641 / 70.6% over the
    /// four written articles alone, when the corpora are absent). Floors: the lower of the two minus 0.05, rounded down.
    /// </summary>
    [Fact]
    public void Dev15_split_scores_stay_at_or_above_their_floors() => Check("dev15", 0.48, 0.59, 0.64);

    /// <summary>
    /// dev16: a sixteenth tuning split, annotated blind and committed before it was first measured (Gold/README.md). First
    /// measured at actor F1 0.768, link F1 0.780, quotes 59.5% (0.772 / 0.766 / 63.2% over the five written articles alone,
    /// when the corpora are absent). Floors: the lower of the two minus 0.05, rounded down.
    /// </summary>
    [Fact]
    public void Dev16_split_scores_stay_at_or_above_their_floors() => Check("dev16", 0.71, 0.71, 0.54);

    /// <summary>
    /// dev17: a seventeenth tuning split, annotated blind and committed before it was first measured (Gold/README.md). First
    /// measured at actor F1 0.787, link F1 0.797, quotes 68.3% (0.700 / 0.733 / 50.0% over the five written articles alone,
    /// when the corpora are absent). Floors: the lower of the two minus 0.05, rounded down.
    /// </summary>
    [Fact]
    public void Dev17_split_scores_stay_at_or_above_their_floors() => Check("dev17", 0.65, 0.68, 0.45);

    [Fact]
    public void Heldout_split_scores_stay_at_or_above_their_floors() => Check("heldout", 0.75, 0.8, 0.65, showMisses: false);

    /// <summary>Held-out misses are not printed: whoever improves extraction must not see what it gets wrong there.</summary>
    private void Check(string split, double actorF1, double linkF1, double quotes, bool showMisses = true)
    {
        // A held-out article that a tuning split annotates too has been tuned on: it is left out of the held-out score.
        var gold = GoldArticle.Load(GoldArticle.Folder(split), out var skipped, out var shared, leaveOutShared: !showMisses);
        if (gold.Count == 0)
        {
            output.WriteLine($"{split}: no gold articles here ({skipped} need ../shared/corpora)");
            return;
        }
        var score = GoldActorScore.Measure(new GoldSite(gold));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{split}: {gold.Count} articles ({skipped} skipped{(shared > 0 ? $", {shared} left out as annotated in another split too" : "")}), {score.GoldActors} actors, {score.GoldQuotes} quotes: actor F1 {score.ActorF1:F3}, link F1 {score.LinkF1:F3}, quotes {score.QuoteAccuracy:P1}"));
        if (showMisses) foreach (var miss in score.Misses) output.WriteLine(miss);
        var all = showMisses ? string.Join("\n", score.Misses) : $"{score.Misses.Count} misses (not shown for the held-out split)";
        score.ActorF1.ShouldBeGreaterThanOrEqualTo(actorF1, all);
        score.LinkF1.ShouldBeGreaterThanOrEqualTo(linkF1, all);
        score.QuoteAccuracy.ShouldBeGreaterThanOrEqualTo(quotes, all);
    }
}
