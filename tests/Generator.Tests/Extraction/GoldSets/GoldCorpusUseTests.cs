using BriefingSite.Ingest;

namespace BriefingSite.Tests.Extraction.GoldSets;

/// <summary>
/// Every corpus article is annotated in one split at most, so that a split's score is measured on text no other split
/// has (a held-out article tuned on through a dev split would no longer be held out). Reads only the `corpus:` lines of
/// the gold files, never an article's text; a collision is reported by the dev-side file alone, so that nothing of the
/// held-out split is printed.
/// </summary>
public class GoldCorpusUseTests
{
    /// <summary>
    /// Collisions that were already there when this test was added (session 21): dev8 re-annotated three articles of
    /// `dev`, and one dev8 article shares its corpus text with another split, which can only be the held-out one. The gold
    /// files stay as they are; the held-out score leaves out any article another split annotates too (see
    /// GoldEvaluationTests and EventScoreTests), so it is measured on text nobody tuned on. Any new collision fails.
    /// </summary>
    private static readonly HashSet<string> KnownBefore = new(StringComparer.Ordinal)
    {
        "dev/w02-syria-withdrawal.gold.yml", "dev/w03-kurds-deal.gold.yml", "dev/w04-mahan-air.gold.yml",
        "dev8/w81-trump-announces-syria-withdrawal.gold.yml", "dev8/w82-kurds-deal-as-turkey-invades.gold.yml",
        "dev8/w84-germany-bans-mahan-air.gold.yml", "dev8/w83-cairo-summit-denounces-turkey-libya-deal.gold.yml",
    };

    [Fact]
    public void No_corpus_article_is_in_two_splits()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Extraction", "Gold");
        var firstUse = new Dictionary<string, (string Split, string File)>(StringComparer.Ordinal);
        var collisions = new List<string>();
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var split = Path.GetFileName(folder);
            foreach (var path in Directory.GetFiles(folder, "*.gold.yml").Order(StringComparer.Ordinal))
            {
                if (GoldArticle.CorpusOf(path) is not { } corpus) continue;
                var file = Path.GetFileName(path);
                if (!firstUse.TryGetValue(corpus, out var first)) { firstUse[corpus] = (split, file); continue; }
                if (first.Split == split) continue;
                foreach (var (s, f) in new[] { first, (split, file) })
                    if (s != "heldout" && !KnownBefore.Contains($"{s}/{f}")) collisions.Add($"{s}/{f}: its corpus article is used by another split");
            }
        }
        collisions.ShouldBeEmpty(string.Join("\n", collisions.Distinct(StringComparer.Ordinal)));
    }
}
