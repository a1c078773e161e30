using System.Text;

namespace BriefingSite.Benchmarks.Runner;

/// <summary>Copies the shared real corpora into a benchmark content folder, skipping files that are not valid UTF-8.</summary>
public static class RealCorpus
{
    public static int CopyUtf8Articles(string corporaDir, string articlesDir, TextWriter log)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(corporaDir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            try { strict.GetString(bytes); }
            catch (DecoderFallbackException)
            {
                log.WriteLine($"  skipping {Path.GetRelativePath(corporaDir, file)}: not UTF-8");
                continue;
            }
            var flat = Path.GetRelativePath(corporaDir, file).Replace('/', '_');
            File.WriteAllBytes(Path.Combine(articlesDir, flat), bytes);
            count++;
        }
        return count;
    }
}
