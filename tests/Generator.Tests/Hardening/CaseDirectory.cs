namespace BriefingSite.Tests.Hardening;

/// <summary>
/// One case of the bad-input corpus: <c>Cases/&lt;name&gt;/content/</c> is a content folder (absent when the case is
/// "no content folder"), <c>Cases/&lt;name&gt;/expected.txt</c> says what the build must do:
/// <c>exit: N</c>, each warning and error exactly as printed (paths start at <c>content/</c>), and
/// <c>output: path</c> / <c>absent: path</c> for files that must or must not be in the built site.
/// </summary>
public sealed record CaseDirectory(string Name, string Dir)
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Hardening", "Cases");

    public static IEnumerable<object[]> All() =>
        Directory.GetDirectories(Root).Order(StringComparer.Ordinal).Select(d => new object[] { Path.GetFileName(d) });

    public static CaseDirectory Named(string name) => new(name, Path.Combine(Root, name));

    public string ContentDir => Path.Combine(Dir, "content");

    public Expectation Expected()
    {
        var exit = -1;
        var diags = new List<string>();
        var present = new List<string>();
        var absent = new List<string>();
        foreach (var raw in File.ReadAllLines(Path.Combine(Dir, "expected.txt")))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith("exit: ", StringComparison.Ordinal)) exit = int.Parse(line[6..], System.Globalization.CultureInfo.InvariantCulture);
            else if (line.StartsWith("output: ", StringComparison.Ordinal)) present.Add(line[8..]);
            else if (line.StartsWith("absent: ", StringComparison.Ordinal)) absent.Add(line[8..]);
            else diags.Add(line);
        }
        if (exit < 0) throw new InvalidDataException($"{Name}/expected.txt has no 'exit:' line");
        return new Expectation(exit, diags, present, absent);
    }

    public sealed record Expectation(int Exit, List<string> Diagnostics, List<string> Present, List<string> Absent);
}
