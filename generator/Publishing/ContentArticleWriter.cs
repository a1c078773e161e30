using System.Text;

namespace BriefingSite.Publishing;

/// <summary>Writes an added article into content/articles/ without ever replacing a file that is already there.</summary>
public static class ContentArticleWriter
{
    public sealed record Written(string FileName, bool Renamed);

    /// <summary>Writes <paramref name="text"/> as <paramref name="fileName"/>, or as name-2.md, name-3.md... when that name is taken by a different file. Null when an identical file already exists.</summary>
    public static Written? Write(string articlesDir, string fileName, string text)
    {
        Directory.CreateDirectory(articlesDir);
        var bytes = Encoding.UTF8.GetBytes(text);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var ext = Path.GetExtension(fileName);
        for (var n = 1; n < 1000; n++)
        {
            var name = n == 1 ? fileName : $"{stem}-{n}{ext}";
            var full = Path.Combine(articlesDir, name);
            if (File.Exists(full))
            {
                if (File.ReadAllBytes(full).AsSpan().SequenceEqual(bytes)) return null;
                continue;
            }
            try
            {
                // CreateNew: if another process took the name a moment ago, this fails instead of overwriting.
                using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
                stream.Write(bytes);
                return new Written(name, n > 1);
            }
            catch (IOException) when (File.Exists(full))
            {
            }
        }
        throw new InvalidOperationException($"could not find a free file name for {fileName} in {articlesDir}");
    }
}
