using System.Globalization;
using System.Text;
using BriefingSite.Model;
using BriefingSite.Rendering;

namespace BriefingSite.Incremental;

/// <summary>
/// The pages the last successful build rendered into one output folder: path, fingerprint, and the size and time of the
/// file as it was left. A page is reused when its fingerprint matches and the file is still exactly as left. Records are
/// keyed on the program and the theme (<c>salt</c>), so a new program or an edited template renders everything again.
/// Kept in the cache folder; a missing or unreadable record only means pages are rendered.
/// </summary>
public sealed class PageReuse : IRenderedPages
{
    private const string Header = "briefing-pages 1";
    private readonly string recordPath;
    private readonly OutputStamps output;
    private readonly string salt;
    private readonly Dictionary<string, (string Fingerprint, long Size, long Ticks)> records;

    private PageReuse(string recordPath, OutputStamps output, string salt, Dictionary<string, (string, long, long)> records)
    {
        this.recordPath = recordPath;
        this.output = output;
        this.salt = salt;
        this.records = records;
    }

    /// <param name="cacheDir">The cache folder.</param>
    /// <param name="outputDir">The output folder.</param>
    /// <param name="salt">See <see cref="Salt"/>.</param>
    /// <param name="output">The output folder's files as this build found them.</param>
    public static PageReuse Load(string cacheDir, string outputDir, string salt, OutputStamps output)
    {
        var root = Path.GetFullPath(outputDir);
        var path = Path.Combine(cacheDir, "pages", CacheFolder.Hash(root) + ".tsv");
        var records = new Dictionary<string, (string, long, long)>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path))
            {
                using var reader = new StreamReader(path, Encoding.UTF8);
                if (reader.ReadLine() == Header + "\t" + salt)
                    while (reader.ReadLine() is { } line)
                    {
                        var f = line.Split('\t');
                        if (f.Length == 4 && long.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                            && long.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
                            records[f[0]] = (f[1], size, ticks);
                    }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            records.Clear();
        }
        return new PageReuse(path, output, salt, records);
    }

    /// <summary>A salt for <see cref="Load"/>: this program and every file of the theme.</summary>
    public static string Salt(string themeDir)
    {
        var parts = new List<string> { "pages", CacheFolder.ProgramId };
        foreach (var file in Directory.GetFiles(themeDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            parts.Add(Path.GetRelativePath(themeDir, file).Replace('\\', '/') + "=" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file))));
        return CacheFolder.Hash([.. parts]);
    }

    public bool Has(string relativePath) => records.ContainsKey(relativePath);

    public bool Unchanged(string relativePath, string fingerprint)
    {
        if (!records.TryGetValue(relativePath, out var r) || r.Fingerprint != fingerprint) return false;
        // A link is not a file here (OutputStamps keeps regular files only).
        return output.Find(relativePath) is { } file && file.Size == r.Size && file.ModifiedTicks == r.Ticks;
    }

    /// <summary>Records the pages of a build that was just written, as the files now are (<see cref="OutputStamps.Update"/> was told what it wrote).</summary>
    public void Save(IEnumerable<OutputFile> files)
    {
        try
        {
            var sb = new StringBuilder(Header).Append('\t').Append(salt).Append('\n');
            foreach (var f in files)
            {
                if (f.Fingerprint is null || f.RelativePath.Contains('\t') || f.RelativePath.Contains('\n') || output.Find(f.RelativePath) is not { } stamp) continue;
                sb.Append(f.RelativePath).Append('\t').Append(f.Fingerprint).Append('\t')
                  .Append(stamp.Size.ToString(CultureInfo.InvariantCulture)).Append('\t')
                  .Append(stamp.ModifiedTicks.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
            CacheFolder.WriteAtomically(recordPath, Encoding.UTF8.GetBytes(sb.ToString()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A record that cannot be written only costs the next build some rendering.
        }
    }
}
