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

    [Fact]
    public void With_stamps_only_a_stamped_file_of_the_same_size_is_read_before_writing()
    {
        var output = Path.Combine(Path.GetTempPath(), "briefing-writer-" + Guid.NewGuid().ToString("N"));
        try
        {
            Write(output, "same.html", "same bytes");
            Write(output, "longer.html", "other, longer bytes");
            var present = OutputStamps.Take(output);
            // Written by someone else after the stamps were taken, as the build would write it.
            Write(output, "late/new.html", "new page");
            OutputFile[] site = [new("same.html", "same bytes"u8.ToArray()), new("longer.html", "short"u8.ToArray()), new("late/new.html", "new page"u8.ToArray())];

            var summary = SiteWriter.Run(output, site, present);

            // Unchanged and stamped: read, found the same, left alone. Not stamped: written without being read.
            summary.WrittenPaths.ShouldBe(["longer.html", "late/new.html"]);
            File.ReadAllText(Path.Combine(output, "longer.html")).ShouldBe("short");
            File.ReadAllText(Path.Combine(output, "late", "new.html")).ShouldBe("new page");
            // Without stamps every file is read first: nothing differs now, nothing is written.
            SiteWriter.Run(output, site).WrittenPaths.ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Pages_in_folders_not_there_yet_are_written_each_folder_made_once_asked_for()
    {
        var output = Path.Combine(Path.GetTempPath(), "briefing-writer-" + Guid.NewGuid().ToString("N"));
        try
        {
            var pages = Enumerable.Range(0, 40).Select(i => new OutputFile($"articles/a{i}/index.html", System.Text.Encoding.UTF8.GetBytes($"page {i}"))).ToList();
            SiteWriter.Run(output, pages, OutputStamps.Take(output)).WrittenPaths.Count.ShouldBe(40);
            pages.ShouldAllBe(p => File.Exists(Path.Combine(output, p.RelativePath)));
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
