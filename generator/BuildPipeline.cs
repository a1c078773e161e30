using System.Collections.Immutable;
using BriefingSite.Cli;
using BriefingSite.Diagnostics;
using BriefingSite.Extraction;
using BriefingSite.Incremental;
using BriefingSite.Ingest;
using BriefingSite.Linking;
using BriefingSite.Model;
using BriefingSite.Normalize;
using BriefingSite.Publishing;
using BriefingSite.Rendering;

namespace BriefingSite;

/// <summary>
/// One build, stage by stage: Ingest → Normalize → Slugs → Extraction → Linking → Rendering → Publishing.
/// Nothing is written unless every earlier stage finished without errors.
/// </summary>
public static class BuildPipeline
{
    public static BuildReport Run(BuildOptions options, IProgress<BuildStep>? progress = null)
    {
        // Stamps are taken before anything is read: a file changed during this build is seen as changed by the next.
        var started = DateTime.UtcNow;
        // A large site this program built before is held from the very start (see CollectionHold): started only once the
        // stamps were compared, the hold began with a full collection of everything read so far, and reading had already
        // collected six times (measured, 10,000 articles after adding one: 7 / 6 / 6 collections and 0.35 s of pauses before
        // and at the hold, none after it). A program or option change finds no such record, and builds as a first build.
        var held = options.OwnsProcess && UpToDateCheck.PreviousArticleCount(options) is { } previous && previous >= FirstBuildProcess.MinArticles
            && CollectionHold.Begin(previous);
        // The last build's snapshot of every article is read beside the no-change check (a large site's is tens of megabytes),
        // on the other core while this one compares stamps. It stops as soon as the inputs are found unchanged: only the
        // output folder's stamps are left to compare then, and they nearly always match too.
        using var noChange = new CancellationTokenSource();
        var reuse = Task.Run(() => ArticleReuse.Open(options, started, noChange.Token));
        var upToDate = UpToDateCheck.Begin(options, started);
        if (upToDate?.TryReuse(inputsUnchanged: noChange.Cancel) is { } unchanged) return unchanged;
        // Someone changed the output folder: the snapshot read was stopped, and is read again whole.
        if (noChange.IsCancellationRequested) reuse = Task.Run(() => ArticleReuse.Open(options, started));
        if (!held && options.OwnsProcess && upToDate?.FewChanged == true) CollectionHold.Begin(upToDate.InputCount);
        // The output folder's files are stamped once, beside reading: kept pages are checked against these stamps, and the
        // next no-change check is given them as updated by Publishing.
        var outputs = options.DryRun || CacheFolder.For(options) is null ? null : Task.Run(() => OutputStamps.Take(options.OutputDir));
        var report = Build(options, progress, reuse, outputs);
        upToDate?.Commit(report, outputs?.GetAwaiter().GetResult());
        return report;
    }

    private static BuildReport Build(BuildOptions options, IProgress<BuildStep>? progress, Task<ArticleReuse> opening, Task<OutputStamps>? outputs)
    {
        var diags = new DiagnosticBag();
        progress?.Report(new BuildStep(1, "Reading content"));
        // The previous build's API tells what is new in this one. It is read beside the build, and before Publishing
        // replaces it.
        var previous = options.DryRun ? null : Task.Run(() => PreviousBuild.Read(options.OutputDir, CacheFolder.For(options)));

        // Each article's normalization and extraction are reused when its file, the program and the knowledge are unchanged;
        // an article file unchanged since the last build's snapshot is not even read.
        var reuse = opening.GetAwaiter().GetResult();
        var ingest = ContentReader.Run(options.ContentDir, reuse.Unchanged);
        diags.AddRange(ingest.Diagnostics);
        if (ingest.Value is not { } content) return Failed(diags);
        if (options.BaseUrl is { } overrideUrl)
        {
            var cleanUrl = SiteSettingsReader.NormalizeBaseUrl(overrideUrl);
            if (cleanUrl is null) diags.Add(new Diagnostic(Severity.Error, "base-url-invalid", $"--base-url '{overrideUrl}' is not a path like /repo/ or an http(s) URL"));
            else content = content with { Settings = content.Settings with { BaseUrl = cleanUrl } };
        }

        var theme = ResolveTheme(options, content.Settings, diags);
        // Reading and parsing the templates runs beside normalization and extraction. A small site interprets them (compiling
        // would cost it more than it saves); a large one compiles them in the background and interprets until they are ready.
        var articleCount = content.Articles.Length + content.UnreadArticles.Length;
        var templates = theme is null ? null : Task.Run(() => HandlebarsTemplateEngine.Adaptive(theme, articleCount));
        if (OutputProblem(options) is { } problem) diags.Add(problem);

        progress?.Report(new BuildStep(2, $"Normalizing {articleCount} articles"));
        // Normalize each article independently (parallel); drafts are dropped after normalization so their errors still show.
        var normalized = reuse.Normalize(content, ingest.Diagnostics);
        foreach (var n in normalized) diags.AddRange(n.Diagnostics);
        var published = normalized.Select(n => n.Value).Where(a => !a.Draft).ToList();
        foreach (var a in published.Where(a => a.Date is null)) diags.Add(Messages.Undated(a.Origin));

        // Slugs are assigned across all articles at once: collisions can only be seen together.
        var slugs = SlugAssigner.Run(published);
        diags.AddRange(slugs.Diagnostics);
        if (diags.HasErrors || theme is null) return Failed(diags);

        progress?.Report(new BuildStep(3, "Extracting actors, quotes and events"));
        var markdown = new MarkdownRenderer();
        // Curated actors are read before extraction: their names and aliases must be found in the text too.
        var knowledge = Knowledge.Load(CuratedActorReader.Read(content.ActorFiles).Value);
        var extractor = new FactExtractor(markdown, knowledge);
        var knowledgeKey = CacheFolder.Hash([knowledge.Fingerprint, .. content.ActorFiles.Select(f => f.ContentHash), "events", .. content.EventFiles.Select(f => f.ContentHash)]);
        var facts = slugs.Value.AsParallel().AsOrdered().Select(a => reuse.Facts(a, knowledgeKey, extractor.Run)).ToList();
        // The snapshot is saved once every article's facts are known, beside linking and rendering. The raw text of every
        // article is not needed past extraction: letting it go lowers a large site's peak memory.
        var saving = reuse.Finish(slugs.Value, facts, knowledgeKey);
        content = content with { Articles = [] };
        try
        {
            progress?.Report(new BuildStep(4, "Linking"));
            // Linking runs after every article's extraction: merging needs all mentions at once. What the pages need of the
            // actors alone is begun as soon as they are linked, beside the linking of events. The record of the pages the last
            // build rendered is read beside linking too, once the output folder is stamped.
            var loadingPages = reuse.CacheDir is not { } pageCache || outputs is null ? null
                : outputs.ContinueWith(t => PageReuse.Load(pageCache, options.OutputDir, PageReuse.Salt(theme), t.GetAwaiter().GetResult()), TaskScheduler.Default);
            RenderPrep? prepared = null;
            var linked = SiteLinker.Run(content, slugs.Value, facts, knowledge, actorsLinked: s => prepared = RenderPrep.Begin(s, knowledgeKey));
            diags.AddRange(linked.Diagnostics);
            if (diags.HasErrors) return Failed(diags);
            var site = linked.Value;

            progress?.Report(new BuildStep(5, "Rendering pages"));
            // Rendering runs after Linking: pages cross-link everything, so the whole graph must exist.
            var engine = templates!.GetAwaiter().GetResult();
            // Pages whose fingerprint matches what the last build rendered into this output folder are kept, not rendered.
            var stamps = outputs?.GetAwaiter().GetResult();
            var pages = loadingPages?.GetAwaiter().GetResult();
            var rendered = SiteRenderer.Run(new RenderContext(site, engine, markdown, new SiteUrls(site.Settings), theme)
            {
                Previous = pages, Knowledge = knowledgeKey, Prepared = prepared,
            });
            diags.AddRange(rendered.Diagnostics);
            if (diags.HasErrors) return Failed(diags);

            // Publishing is last and only reached without errors: a failed build leaves the previous output untouched.
            progress?.Report(new BuildStep(6, "Writing"));
            var before = previous?.GetAwaiter().GetResult();
            var written = options.DryRun ? null : SiteWriter.Run(options.OutputDir, rendered.Value, stamps);
            if (written is not null) stamps?.Update(written.WrittenPaths, written.RemovedPaths);
            // The page fingerprints and the list of what was published are saved side by side: separate files, each a pass over the site.
            var savingPages = pages is null ? null : Task.Run(() => pages.Save(rendered.Value));
            if (written is not null && reuse.CacheDir is { } cacheDir)
                PreviousBuild.Record(cacheDir, options.OutputDir, site.Articles.Select(a => a.Slug), site.Actors.Select(a => a.Slug), site.Events.Select(e => e.Slug));
            savingPages?.GetAwaiter().GetResult();
            return new BuildReport(diags.ToSortedArray(), site, rendered.Value, written) { Previous = before };
        }
        finally
        {
            // The next build relies on the snapshot: this one does not end before it is saved.
            saving.GetAwaiter().GetResult();
        }
    }

    private static BuildReport Failed(DiagnosticBag diags) => new(diags.ToSortedArray(), null, [], null);

    /// <summary>An explicit --theme wins; then themes/&lt;name&gt; next to the content folder; then the theme shipped with the program.</summary>
    private static string? ResolveTheme(BuildOptions options, SiteSettings settings, DiagnosticBag diags)
    {
        var name = Slugger.Slugify(settings.Theme, fallback: "default");
        string[] candidates = options.ThemeDir is { } t
            ? [t]
            : [Path.Combine(Path.GetFullPath(options.ContentDir), "..", "themes", name), Path.Combine(AppContext.BaseDirectory, "themes", name)];
        foreach (var c in candidates)
            if (File.Exists(Path.Combine(c, "layouts", "base.hbs"))) return Path.GetFullPath(c);
        diags.Add(new Diagnostic(Severity.Error, "theme-missing", $"theme '{name}' not found (looked in {string.Join(", ", candidates.Select(Path.GetFullPath))})"));
        return null;
    }

    /// <summary>Refuses an output folder that would destroy content: the content folder itself, or a folder of someone else's files.</summary>
    private static Diagnostic? OutputProblem(BuildOptions options)
    {
        var output = Path.GetFullPath(options.OutputDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var content = Path.GetFullPath(options.ContentDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (content.StartsWith(output, StringComparison.Ordinal) || output.StartsWith(content, StringComparison.Ordinal))
            return new Diagnostic(Severity.Error, "output-overlaps-content", $"output folder '{options.OutputDir}' overlaps the content folder '{options.ContentDir}'");
        if (!Directory.Exists(output) || File.Exists(Path.Combine(output, ".nojekyll"))) return null;
        var foreign = Directory.EnumerateFileSystemEntries(output).Any(e => Path.GetFileName(e) != ".gitkeep");
        return foreign
            ? new Diagnostic(Severity.Error, "output-not-ours", $"output folder '{options.OutputDir}' holds files that briefing did not write; choose an empty folder")
            : null;
    }
}
