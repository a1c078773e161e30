using BriefingSite.Incremental;
using BriefingSite.Model;
using BriefingSite.Publishing;

namespace BriefingSite.Tests.Publishing;

public class SiteWriterTests
{
    [Fact]
    public void Stale_files_are_found_among_the_stamps_taken_at_the_start_and_emptied_folders_go()
    {
        var output = Path.Combine(Path.GetTempPath(), "briefing-writer-" + Guid.NewGuid().ToString("N"));
        try
        {
            Write(output, "index.html", "old home");
            Write(output, "articles/gone/index.html", "a page of a removed article");
            Write(output, "articles/kept/index.html", "kept");
            Write(output, ".gitkeep", "");
            var present = OutputStamps.Take(output);
            // Written by someone else after the stamps were taken: the next build's stamps will see it.
            Write(output, "late.txt", "added during the build");

            var summary = SiteWriter.Run(output, [new OutputFile("index.html", "new home"u8.ToArray()), OutputFile.KeptAt("articles/kept/index.html", "k")], present);

            summary.RemovedPaths.ShouldBe(["articles/gone/index.html"]);
            summary.WrittenPaths.ShouldBe(["index.html"]);
            Directory.Exists(Path.Combine(output, "articles", "gone")).ShouldBeFalse();
            File.ReadAllText(Path.Combine(output, "index.html")).ShouldBe("new home");
            File.Exists(Path.Combine(output, "articles", "kept", "index.html")).ShouldBeTrue();
            File.Exists(Path.Combine(output, ".gitkeep")).ShouldBeTrue();
            File.Exists(Path.Combine(output, "late.txt")).ShouldBeTrue();

            // Without stamps the folder is listed: the late file is stale then.
            SiteWriter.Run(output, [new OutputFile("index.html", "new home"u8.ToArray()), OutputFile.KeptAt("articles/kept/index.html", "k")])
                .RemovedPaths.ShouldBe(["late.txt"]);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Theory]
    [InlineData("../outside.html")]
    [InlineData("a/../../outside.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b.html")]
    public void An_unsafe_path_of_a_kept_file_stops_the_writer_before_it_writes_anything(string path)
    {
        var output = Path.Combine(Path.GetTempPath(), "briefing-writer-" + Guid.NewGuid().ToString("N"));
        try
        {
            Should.Throw<InvalidOperationException>(() =>
                SiteWriter.Run(output, [new OutputFile("index.html", "home"u8.ToArray()), OutputFile.KeptAt(path, "k")]));
            File.Exists(Path.Combine(output, "index.html")).ShouldBeFalse();
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
