using BriefingSite.Diagnostics;

namespace BriefingSite.Cli;

/// <summary><c>briefing add FILE...</c>: adds articles to content/articles/ and says what they bring; 1 when a file could not be added.</summary>
public static class AddCommand
{
    public static int Run(BuildOptions options, IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr)
    {
        if (files.Count == 0)
        {
            stderr.WriteLine("error: name at least one article file to add");
            return 1;
        }
        var report = AddPipeline.Run(options, files);
        foreach (var item in report.Items) Print(item, stdout, stderr);
        if (!report.SiteKnown && report.Items.Any(i => i.Outcome == AddOutcome.Added))
        {
            stderr.WriteLine("warning: the site does not build right now, so actors and events could not be compared with it:");
            foreach (var d in report.SiteDiagnostics) stderr.WriteLine("  " + d);
        }
        var added = report.Items.Count(i => i.Outcome == AddOutcome.Added);
        stdout.WriteLine($"{added} article(s) added, {report.Items.Count(i => i.Outcome == AddOutcome.AlreadyPresent)} already present, {report.Items.Count(i => i.Outcome == AddOutcome.Failed)} failed."
            + (added > 0 ? " Run 'briefing build' (or keep 'briefing serve' running) to see them." : ""));
        return report.Succeeded ? 0 : 1;
    }

    private static void Print(AddedArticle item, TextWriter stdout, TextWriter stderr)
    {
        switch (item.Outcome)
        {
            case AddOutcome.Failed:
                stderr.WriteLine($"Not added: {item.SourcePath}");
                foreach (var d in item.Diagnostics.Where(d => d.IsError)) stderr.WriteLine("  " + d);
                return;
            case AddOutcome.AlreadyPresent:
                stdout.WriteLine($"Already in the site: {item.SourcePath} is {item.DuplicateOf} ({item.DuplicateReason}); nothing written.");
                return;
        }
        var a = item.Article!;
        stdout.WriteLine($"Added {item.WrittenPath}");
        stdout.WriteLine($"  from    {item.SourcePath}");
        if (item.EncodingNote is { } note) stdout.WriteLine($"  note    {note}");
        if (item.RenamedFrom is { } taken) stdout.WriteLine($"  note    {taken} already exists with different text; saved under a new name");
        stdout.WriteLine($"  title   {a.Title}{(a.TitleDerived ? " (derived from the first sentence; edit the front matter to change it)" : "")}");
        stdout.WriteLine($"  date    {(a.Date?.ToString() ?? "none found: add 'date: YYYY-MM-DD' to its front matter")}");
        if (a.SourceLabel is { } source) stdout.WriteLine($"  source  {source}");
        if (a.Author is { } author) stdout.WriteLine($"  author  {author}");
        if (a.Place is { } place) stdout.WriteLine($"  place   {place} (from the dateline; not kept in front matter)");
        stdout.WriteLine($"  actors  {List(item.Actors)}");
        stdout.WriteLine($"  events  {List(item.Events)}");
        stdout.WriteLine($"  new to the site: {(item.NewActors.IsEmpty ? "no actors" : string.Join(", ", item.NewActors))}; {(item.NewEvents.IsEmpty ? "no events" : string.Join(", ", item.NewEvents))}");
        foreach (var d in item.Diagnostics.Where(d => d.Severity != Severity.Info || d.Code == "boilerplate-removed"))
            stdout.WriteLine("  " + d);
    }

    private static string List(IReadOnlyCollection<string> names) => names.Count == 0 ? "none found" : string.Join(", ", names);
}
