using System.Security.Cryptography;
using System.Text;
using BriefingSite.Cli;

namespace BriefingSite.Incremental;

/// <summary>
/// Where a build keeps what it may reuse next time: <c>--cache DIR</c>, else <c>.briefing-cache/</c> beside the output
/// folder (never inside it, so the published site stays clean). Everything in it may be deleted at any time.
/// </summary>
public static class CacheFolder
{
    public static string? For(BuildOptions options)
    {
        if (options.NoCache) return null;
        if (options.CacheDir is { } dir) return Path.GetFullPath(dir);
        var parent = Path.GetDirectoryName(Path.GetFullPath(options.OutputDir).TrimEnd(Path.DirectorySeparatorChar));
        return parent is null ? null : Path.Combine(parent, ".briefing-cache");
    }

    /// <summary>Identifies this build of the program: any change to its code or embedded data gives another id.</summary>
    public static string ProgramId { get; } = typeof(CacheFolder).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Hash(params string[] parts)
    {
        var sb = new StringBuilder();
        foreach (var p in parts) sb.Append(p.Length).Append(':').Append(p).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..32];
    }

    /// <summary>Writes through a temporary file and a rename: a reader sees the old file or the new one, never half of one.</summary>
    public static void WriteAtomically(string path, ReadOnlySpan<byte> bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = TempPath(path);
        Publishing.FreshFile.Write(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Like <see cref="WriteAtomically(string, ReadOnlySpan{byte})"/>, for a file too large to build in memory first.</summary>
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = TempPath(path);
        try
        {
            using (var stream = Publishing.FreshFile.Open(temp)) write(stream);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static string TempPath(string path) => path + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
}
