using System.Collections.Immutable;
using System.Text;
using BriefingSite.Cli;
using BriefingSite.Publishing;

namespace BriefingSite.Incremental;

/// <summary>
/// The no-change fast path. Before a build, stamps (size and time, no contents) of the content folder, the theme
/// folders and the output folder are compared with those the last successful build saved; when the program, the
/// options and every stamp are the same, the output is already what this build would write, so nothing is read,
/// rendered or written, and the last build's diagnostics are printed again.
/// </summary>
public sealed class UpToDateCheck
{
    private readonly string statePath;
    private readonly string key;
    private readonly string outputDir;
    private readonly List<FileStamp>? inputs;

    /// <summary>The stamps taken, even when one is too recent to trust (enough to tell how much changed).</summary>
    private List<FileStamp>? seen;

    private UpToDateCheck(string statePath, string key, string outputDir, List<FileStamp>? inputs)
    {
        this.statePath = statePath;
        this.key = key;
        this.outputDir = outputDir;
        this.inputs = inputs;
    }

    /// <summary>Stamps the inputs now, before anything is read. Null for dry runs and when caching is off.</summary>
    public static UpToDateCheck? Begin(BuildOptions options, DateTime startedUtc)
    {
        if (Identify(options) is not ({ } key, { } statePath)) return null;
        var content = Path.GetFullPath(options.ContentDir);
        var output = Path.GetFullPath(options.OutputDir);
        var theme = options.ThemeDir is { } t ? Path.GetFullPath(t) : null;
        // Theme lookup reads themes/ beside the content folder and the themes shipped with the program.
        string[] roots = theme is not null
            ? [content, theme]
            : [content, Path.Combine(content, "..", "themes"), Path.Combine(AppContext.BaseDirectory, "themes")];
        var inputs = new List<FileStamp>();
        var racy = false;
        foreach (var (root, i) in roots.Select((r, i) => (r, i)))
        {
            if (TreeSnapshot.Take(root) is not { } stamps) { inputs = null; break; }
            racy |= stamps.Exists(s => TreeSnapshot.IsRacy(s, startedUtc));
            inputs.AddRange(stamps.Select(s => s with { Path = i + "/" + s.Path }));
        }
        return new UpToDateCheck(statePath, key, output, racy ? null : inputs) { seen = inputs };
    }

    /// <summary>
    /// How many articles the last successful build of the same output folder, with the same program and options, published;
    /// null when there was none (or caching is off). Only the head of the saved state is read.
    /// </summary>
    public static int? PreviousArticleCount(BuildOptions options)
    {
        if (Identify(options) is not ({ } key, { } statePath)) return null;
        try
        {
            return File.Exists(statePath) ? BuildState.ReadHead(statePath, key) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The key of the program and options, and where the state of the output folder is saved; null without a cache.</summary>
    private static (string Key, string StatePath)? Identify(BuildOptions options)
    {
        if (options.DryRun || CacheFolder.For(options) is not { } cache) return null;
        var content = Path.GetFullPath(options.ContentDir);
        var output = Path.GetFullPath(options.OutputDir);
        var theme = options.ThemeDir is { } t ? Path.GetFullPath(t) : null;
        var key = CacheFolder.Hash("build-state", CacheFolder.ProgramId, content, output, options.BaseUrl ?? "\0", theme ?? "\0");
        return (key, Path.Combine(cache, "builds", CacheFolder.Hash(output) + ".state"));
    }

    /// <summary>How many files were stamped (content and theme).</summary>
    public int InputCount => seen?.Count ?? 0;

    /// <summary>
    /// Known after <see cref="TryReuse"/>: the last build ran the same program with the same options, and at most 16 of the
    /// stamped files, or one in 20, changed, were added or went (the bound of the article snapshot's delta).
    /// </summary>
    public bool FewChanged { get; private set; }

    /// <summary>The report of a build that has nothing to do, or null when something changed (or nothing can be known).</summary>
    /// <param name="inputsUnchanged">Called once the inputs are known to be as the last build saw them, before the outputs are compared.</param>
    public BuildReport? TryReuse(Action? inputsUnchanged = null)
    {
        if (seen is null || Read() is not { } text || Parse(text, inputs: true, outputs: false) is not { } state || state.Key != key) return null;
        if (inputs is null || !state.Inputs.SequenceEqual(inputs))
        {
            // A file changed just before the build counts as changed: it is, or it may be.
            var before = state.Inputs.ToHashSet();
            var changed = seen.Count(s => !before.Contains(s));
            var gone = before.Count - (seen.Count - changed);
            FewChanged = changed + gone <= Math.Max(16, seen.Count / 20);
            return null;
        }
        // The inputs are as the last build saw them: only now are its output stamps worth reading.
        inputsUnchanged?.Invoke();
        if (Parse(text, inputs: false, outputs: true) is not { } saved || TreeSnapshot.Take(outputDir) is not { } outputs || !saved.Outputs.SequenceEqual(outputs)) return null;
        return new BuildReport(state.Diagnostics, null, [], new WriteSummary(0, outputs.Count, 0), state.ArticleCount);
    }

    /// <summary>Saves what this successful build saw and wrote; forgets the last state when the inputs could not be stamped.</summary>
    /// <param name="report">The build's report.</param>
    /// <param name="stamps">The output folder's files as the build found and then changed them; null to stamp them now.</param>
    public void Commit(BuildReport report, OutputStamps? stamps = null)
    {
        try
        {
            if (!report.Succeeded || inputs is null || (stamps is not null ? stamps.Sorted() : TreeSnapshot.Take(outputDir)) is not { } outputs)
            {
                File.Delete(statePath);
                return;
            }
            var state = new BuildState(key, [.. inputs], [.. outputs], report.ArticleCount, report.Diagnostics);
            CacheFolder.WriteAtomically(statePath, Encoding.UTF8.GetBytes(state.Serialize()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs the next build its shortcut.
        }
    }

    /// <summary>The saved state's text, or null when there is none or it cannot be read.</summary>
    private string? Read()
    {
        try
        {
            return File.Exists(statePath) ? File.ReadAllText(statePath) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static BuildState? Parse(string text, bool inputs, bool outputs)
    {
        try
        {
            return BuildState.Parse(text, inputs, outputs);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
    }
}
