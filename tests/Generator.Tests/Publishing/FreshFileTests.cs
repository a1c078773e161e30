using BriefingSite.Publishing;

namespace BriefingSite.Tests.Publishing;

public class FreshFileTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("fresh-file-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void A_new_file_holds_exactly_the_bytes()
    {
        var path = Path.Combine(dir, "page.html.tmp");
        FreshFile.Write(path, "<p>hello</p>"u8);
        File.ReadAllBytes(path).ShouldBe("<p>hello</p>"u8.ToArray());
    }

    [Fact]
    public void A_longer_file_left_by_an_interrupted_build_is_replaced_not_overwritten_in_part()
    {
        var path = Path.Combine(dir, "page.html.tmp");
        File.WriteAllText(path, "a much longer page that an earlier build left half written");
        FreshFile.Write(path, "short"u8);
        File.ReadAllText(path).ShouldBe("short");
    }

    [Fact]
    public void A_stream_writes_piece_by_piece_into_a_new_file()
    {
        var path = Path.Combine(dir, "state.tmp");
        File.WriteAllText(path, "stale contents, longer than what follows");
        using (var stream = FreshFile.Open(path))
        {
            stream.Write("one "u8);
            stream.Write("two"u8);
        }
        File.ReadAllText(path).ShouldBe("one two");
    }
}
