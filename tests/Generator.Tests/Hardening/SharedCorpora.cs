namespace BriefingSite.Tests.Hardening;

/// <summary>
/// The real article corpora in <c>../shared/corpora</c> next to the repository (read only, never copied into it).
/// Found by walking up from the test binaries to the folder holding BriefingSite.sln.
/// </summary>
public static class SharedCorpora
{
    public static string? Find(string name)
    {
        // A worktree has no ../shared beside it; BRIEFING_CORPORA points at the corpora folder then.
        if (Environment.GetEnvironmentVariable("BRIEFING_CORPORA") is { Length: > 0 } over)
            return Directory.Exists(Path.Combine(over, name)) ? Path.GetFullPath(Path.Combine(over, name)) : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "BriefingSite.sln"))) continue;
            var corpus = Path.Combine(dir.FullName, "..", "shared", "corpora", name);
            return Directory.Exists(corpus) ? Path.GetFullPath(corpus) : null;
        }
        return null;
    }
}

/// <summary>A fact that is skipped, saying why, when the named corpus is not on this machine.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute(string corpus)
    {
        if (SharedCorpora.Find(corpus) is null) Skip = $"corpus '{corpus}' not found in ../shared/corpora";
    }
}
