using System.Collections.Immutable;
using System.Globalization;
using BriefingSite.Diagnostics;
using BriefingSite.Publishing;

namespace BriefingSite.Cli;

/// <summary>
/// The few lines every successful build ends with: files written, unchanged and removed; what the site holds and what
/// is new since the previous build in the same output folder (from its JSON API); and the warnings, counted by kind.
/// </summary>
public static class BuildSummary
{
    private const int NamesShown = 5;

    public static IEnumerable<string> Lines(BuildReport report, BuildOptions options, TimeSpan elapsed)
    {
        var w = report.Written;
        if (report.Site is not { } site)
        {
            // The no-change fast path: nothing was read or written, so there is nothing new to name.
            yield return Invariant($"Up to date: {report.ArticleCount} article(s) in '{options.OutputDir}' unchanged since the previous build ({elapsed.TotalSeconds:0.00} s); nothing written.");
            var kept = Warnings(report.Diagnostics);
            yield return "  warnings: " + (kept.IsEmpty ? "none" : string.Join(", ", kept));
            yield break;
        }
        yield return w is null
            ? Invariant($"Built {site.Articles.Length} article(s) (dry run: nothing written) in {elapsed.TotalSeconds:0.00} s.")
            : Invariant($"Built {site.Articles.Length} article(s) into '{options.OutputDir}' in {elapsed.TotalSeconds:0.00} s: {w.Written} file(s) written, {w.Unchanged} unchanged, {w.Removed} removed.");

        var previous = report.Previous;
        yield return "  site:     " + string.Join("; ", [
            Part(site.Articles.Length, "article", previous?.Articles, site.Articles.Select(a => (a.Slug, a.Title))),
            Part(site.Actors.Length, "actor", previous?.Actors, site.Actors.Select(a => (a.Slug, a.Name))),
            Part(site.Events.Length, "event", previous?.Events, site.Events.Select(e => (e.Slug, e.Title))),
        ]);
        if (previous?.Articles is null && w is not null) yield return "            (no previous build in this output folder to compare with)";

        var warnings = Warnings(report.Diagnostics);
        yield return "  warnings: " + (warnings.IsEmpty ? "none" : string.Join(", ", warnings));
    }

    /// <summary>"12 actors (2 new: Ana Ruiz, Port Authority)"; the "new" part only when the previous build listed them.</summary>
    private static string Part(int count, string noun, ImmutableHashSet<string>? before, IEnumerable<(string Slug, string Name)> items)
    {
        var text = Invariant($"{count} {noun}{(count == 1 ? "" : "s")}");
        if (before is null) return text;
        var fresh = items.Where(i => !before.Contains(i.Slug)).Select(i => i.Name).ToList();
        if (fresh.Count == 0) return text + " (none new)";
        var names = string.Join(", ", fresh.Take(NamesShown).Select(n => n.Length > 60 ? n[..57] + "…" : n));
        var more = fresh.Count > NamesShown ? Invariant($" and {fresh.Count - NamesShown} more") : "";
        return Invariant($"{text} ({fresh.Count} new: {names}{more})");
    }

    /// <summary>Warnings counted by kind ("2 undated", "1 ambiguous-name"), plus how many articles lost boilerplate.</summary>
    private static ImmutableArray<string> Warnings(ImmutableArray<Diagnostic> diagnostics)
    {
        var parts = diagnostics.Where(d => d.Severity == Severity.Warning)
            .GroupBy(d => d.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Invariant($"{g.Count()} {g.Key}"))
            .ToList();
        var cleaned = diagnostics.Where(d => d.Code == "boilerplate-removed").Select(d => d.At?.Path).Distinct().Count();
        if (cleaned > 0) parts.Add(Invariant($"boilerplate removed from {cleaned} article(s)"));
        return [.. parts];
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
