using Xunit.Abstractions;

namespace BriefingSite.Tests.Extraction.GoldSets;

/// <summary>Event recall, precision, dates and merges on the gold splits (see <see cref="EventScore"/>); issue #4 asks recall ≥ 0.85 and precision ≥ 0.8 on unseen text.</summary>
public class EventScoreTests(ITestOutputHelper output)
{
    [Fact]
    public void Dev_split_events_are_found_with_the_recall_and_precision_the_issue_asks_for()
    {
        if (Measure("dev") is not { } score) return;
        foreach (var miss in score.Misses) output.WriteLine("  " + miss);
        score.Recall.ShouldBeGreaterThanOrEqualTo(0.85, string.Join("\n", score.Misses));
        score.Precision.ShouldBeGreaterThanOrEqualTo(0.8, string.Join("\n", score.Misses));
    }

    /// <summary>
    /// dev2, the second tuning split (annotated blind, see Gold/README.md): scores and misses are printed. The floors are a
    /// regression guard, not the issue's bar: the first measurement minus 0.05, rounded down (recall 0.420, precision 0.879,
    /// dates 0.839, merges 1/13; over the five written articles alone: 0.405, 0.944, 0.941, 0/9). The merges that need
    /// the corpora are only required when they are present.
    /// </summary>
    [Fact]
    public void Dev2_split_event_scores_stay_at_or_above_their_floors() => Check("dev2", 0.35, 0.82, 0.78, 1, withoutCorpora: 0);

    /// <summary>
    /// dev3, the third tuning split (annotated blind and committed before its first measurement, see Gold/README.md). The
    /// floors are a regression guard: the first measurement (recall 0.547, precision 0.813, dates 0.708, merges 3/16; over
    /// the four written articles alone: 0.595, 0.955, 0.680, 1/10) minus 0.05, rounded down; merges minus one.
    /// </summary>
    [Fact]
    public void Dev3_split_event_scores_stay_at_or_above_their_floors() => Check("dev3", 0.49, 0.76, 0.63, 2, withoutCorpora: 0);

    /// <summary>
    /// dev4, the fourth tuning split (annotated blind and committed before its first measurement, see Gold/README.md). The
    /// floors are a regression guard: the first measurement (recall 0.468, precision 0.815, dates 0.745, merges 0/23; over
    /// the six written articles alone: 0.542, 0.842, 0.743, 0/14) minus 0.05, rounded down; merges minus one (none yet).
    /// Raised with each gain: now the latest measurement (0.809, 0.870, 0.848, 8/23; written alone 0.831, 0.882, 0.824, 4 merges) minus 0.05, rounded down (dates: the lower of the two); merges minus one, and only those of the written articles when the corpora are absent.
    /// </summary>
    [Fact]
    public void Dev4_split_event_scores_stay_at_or_above_their_floors() => Check("dev4", 0.75, 0.82, 0.77, 8, withoutCorpora: 3);

    /// <summary>
    /// dev5, the fifth tuning split (annotated blind and committed before its first measurement, see Gold/README.md). The
    /// floors are a regression guard: the first measurement (recall 0.516, precision 0.786, dates 0.605, merges 3/11; over
    /// the six written articles alone: 0.619, 0.833, 0.600, 3/10) minus 0.05, rounded down; merges minus one. Raised with
    /// the event vocabulary of Data/events.yml to the lower of the latest two measurements (0.734, 0.821, 0.722, 4/11;
    /// written alone 0.810, 0.833, 0.763, 4/10) minus 0.05; merges minus one.
    /// </summary>
    [Fact]
    public void Dev5_split_event_scores_stay_at_or_above_their_floors() => Check("dev5", 0.68, 0.77, 0.67, 5, withoutCorpora: 3);

    /// <summary>
    /// dev6, the sixth tuning split (annotated blind and committed before its first measurement, see Gold/README.md). The
    /// floors are a regression guard: the first measurement (recall 0.494, precision 0.850, dates 0.756, merges 1/14; over
    /// the seven written articles alone: 0.420, 0.895, 0.727, 1/13) minus 0.05, the lower of the two, rounded down; merges
    /// minus one.
    /// </summary>
    [Fact]
    public void Dev6_split_event_scores_stay_at_or_above_their_floors() => Check("dev6", 0.37, 0.80, 0.67, 0, withoutCorpora: 0);

    /// <summary>
    /// dev7, the seventh tuning split (annotated blind and committed before its first measurement, see Gold/README.md).
    /// The floors are a regression guard: the first measurement (recall 0.520, precision 0.886, dates 0.750, merges 4/17;
    /// over the seven written articles alone: 0.592, 0.840, 0.733, 4/13) minus 0.05, the lower of the two, rounded down;
    /// merges minus one.
    /// </summary>
    [Fact]
    public void Dev7_split_event_scores_stay_at_or_above_their_floors() => Check("dev7", 0.47, 0.79, 0.68, 3, withoutCorpora: 3);

    /// <summary>
    /// dev8, the eighth tuning split (annotated blind and committed before its first measurement, see Gold/README.md).
    /// The floors are a regression guard: the first measurement (recall 0.608, precision 0.800, dates 0.692, merges 5/14;
    /// over the seven written articles alone: 0.612, 0.781, 0.559, 3/11) minus 0.05, the lower of the two, rounded down;
    /// merges minus one.
    /// </summary>
    [Fact]
    public void Dev8_split_event_scores_stay_at_or_above_their_floors() => Check("dev8", 0.55, 0.73, 0.50, 4, withoutCorpora: 2);

    /// <summary>
    /// dev9, the ninth tuning split (annotated blind and committed before its first measurement, see Gold/README.md).
    /// The floors are a regression guard: the first measurement (recall 0.570, precision 0.825, dates 0.714, merges 4/15;
    /// over the seven written articles alone: 0.531, 0.848, 0.722, 4/15) minus 0.05, the lower of the two, rounded down;
    /// merges minus one.
    /// </summary>
    [Fact]
    public void Dev9_split_event_scores_stay_at_or_above_their_floors() => Check("dev9", 0.48, 0.77, 0.66, 3, withoutCorpora: 3);

    /// <summary>
    /// dev10, the tenth tuning split (annotated blind and committed before its first measurement, see Gold/README.md).
    /// The floors are a regression guard: the first measurement (recall 0.612, precision 0.791, dates 0.829, merges 2/8;
    /// over the seven written articles alone: 0.590, 0.773, 0.870, 2/8) minus 0.05, the lower of the two, rounded down;
    /// merges minus one.
    /// </summary>
    [Fact]
    public void Dev10_split_event_scores_stay_at_or_above_their_floors() => Check("dev10", 0.54, 0.72, 0.77, 1, withoutCorpora: 1);

    /// <summary>
    /// dev11, the eleventh tuning split (annotated blind and committed before its first measurement, see Gold/README.md).
    /// The floors are a regression guard: the first measurement (recall 0.644, precision 0.910, dates 0.681, merges 3/14;
    /// over the seven written articles alone: 0.625, 0.941, 0.619, 3/14) minus 0.05, the lower of the two, rounded down;
    /// merges minus one.
    /// </summary>
    [Fact]
    public void Dev11_split_event_scores_stay_at_or_above_their_floors() => Check("dev11", 0.57, 0.86, 0.56, 2, withoutCorpora: 2);

    /// <summary>
    /// dev12, the twelfth tuning split (annotated blind and committed before its first measurement, see Gold/README.md).
    /// The floors are a regression guard: the first measurement (recall 0.467, precision 0.800, dates 0.633, merges 3/22;
    /// over the seven written articles alone: 0.530, 0.805, 0.632, 3/14) minus 0.05, the lower of the two, rounded down;
    /// merges minus one.
    /// </summary>
    [Fact]
    public void Dev12_split_event_scores_stay_at_or_above_their_floors() => Check("dev12", 0.41, 0.75, 0.58, 2, withoutCorpora: 2);

    /// <summary>
    /// dev13, the thirteenth tuning split, of ordinary international news (annotated blind and committed before its first
    /// measurement, see Gold/README.md). The floors are a regression guard: the first measurement (recall 0.545, precision
    /// 0.831, dates 0.741, merges 2/19; over the four written articles alone: 0.644, 0.794, 0.667, 1/13) minus 0.05, the lower
    /// of the two, rounded down; merges minus one.
    /// </summary>
    [Fact]
    public void Dev13_split_event_scores_stay_at_or_above_their_floors() => Check("dev13", 0.49, 0.74, 0.61, 1, withoutCorpora: 0);

    /// <summary>
    /// dev14, the fourteenth tuning split, of ordinary international news (annotated blind and committed before its first
    /// measurement, see Gold/README.md). The floors are a regression guard: the first measurement (recall 0.421, precision
    /// 0.944, dates 0.744, merges 2/14; over the four written articles alone: 0.452, 0.905, 0.667, 2/12) minus 0.05, the lower
    /// of the two, rounded down; merges minus one. Recall raised after the captivity, claim, video, storm, alert, seat and
    /// suspension verbs of Data/events.yml (0.684 over all articles, 0.69 over the written ones, minus 0.05).
    /// </summary>
    [Fact]
    public void Dev14_split_event_scores_stay_at_or_above_their_floors() => Check("dev14", 0.63, 0.85, 0.61, 1, withoutCorpora: 1);

    /// <summary>
    /// dev15, the fifteenth tuning split, of ordinary news (annotated blind and committed before its first measurement,
    /// see Gold/README.md). The floors are a regression guard: the first measurement (recall 0.543, precision 0.864, dates
    /// 0.673, merges 5/21; over the four written articles alone: 0.465, 0.944, 0.667, 0/11) minus 0.05, the lower of the two,
    /// rounded down; merges minus one.
    /// </summary>
    [Fact]
    public void Dev15_split_event_scores_stay_at_or_above_their_floors() => Check("dev15", 0.41, 0.81, 0.61, 4, withoutCorpora: 0);

    /// <summary>
    /// dev16, the sixteenth tuning split (a doping case, an earnings call, an election observation statement, a crash and
    /// a plea, two marathons, a broadcaster's shutdown, a fraud trial; annotated blind and committed before its first
    /// measurement, see Gold/README.md). The floors are a regression guard: the first measurement (recall 0.471, precision
    /// 0.840, dates 0.783, merges 1/13; over the five written articles alone: 0.500, 0.818, 0.710, 1/8) minus 0.05, the lower
    /// of the two, rounded down; merges minus one.
    /// </summary>
    [Fact]
    public void Dev16_split_event_scores_stay_at_or_above_their_floors() => Check("dev16", 0.42, 0.76, 0.65, 0, withoutCorpora: 0);

    /// <summary>
    /// dev17, the seventeenth tuning split (a dock strike and a ship aground told by a union, a coast guard and a local
    /// radio station; a central bank's rate decision and its governor's news conference; a spacecraft's docking and first
    /// crewed launch, two knife attacks, a wreck found, a stock-exchange takeover battle; annotated blind and committed
    /// before its first measurement, see Gold/README.md). The floors are a regression guard: the first measurement
    /// (recall 0.478, precision 0.702, dates 0.824, merges 1/13; over the five written articles alone: 0.559, 0.864, 0.800,
    /// 1/8) minus 0.05, the lower of the two, rounded down; merges minus one.
    /// </summary>
    [Fact]
    public void Dev17_split_event_scores_stay_at_or_above_their_floors() => Check("dev17", 0.42, 0.65, 0.75, 0, withoutCorpora: 0);

    /// <summary>Only measured and printed: nobody tunes on the held-out split, and its misses are not shown.</summary>
    [Fact]
    public void Heldout_split_event_scores_are_printed() => Measure("heldout", out _, leaveOutShared: true);

    /// <summary>
    /// Prints the split's misses and holds it to its floors; <paramref name="merges"/> with the corpora present,
    /// <paramref name="withoutCorpora"/> when some articles were skipped for their absence.
    /// </summary>
    private void Check(string split, double recall, double precision, double dates, int merges, int withoutCorpora)
    {
        if (Measure(split, out var skipped) is not { } score) return;
        foreach (var miss in score.Misses) output.WriteLine("  " + miss);
        var all = string.Join("\n", score.Misses);
        score.Recall.ShouldBeGreaterThanOrEqualTo(recall, all);
        score.Precision.ShouldBeGreaterThanOrEqualTo(precision, all);
        score.DateAccuracy.ShouldBeGreaterThanOrEqualTo(dates, all);
        score.MergesRight.ShouldBeGreaterThanOrEqualTo(skipped == 0 ? merges : withoutCorpora, all);
    }

    private EventScore? Measure(string split) => Measure(split, out _);

    /// <param name="leaveOutShared">
    /// For the held-out split: an article that a tuning split annotates too has been tuned on, and is left out of its score.
    /// </param>
    private EventScore? Measure(string split, out int skipped, bool leaveOutShared = false)
    {
        var gold = GoldArticle.Load(GoldArticle.Folder(split), out skipped, out var shared, leaveOutShared);
        if (gold.Count == 0)
        {
            output.WriteLine($"{split}: no gold articles here ({skipped} need ../shared/corpora)");
            return null;
        }
        var score = EventScore.Measure(new GoldSite(gold));
        output.WriteLine($"{split}: {gold.Count} articles ({skipped} skipped{(shared > 0 ? $", {shared} left out as annotated in another split too" : "")}): {score}");
        return score;
    }
}
