using BriefingSite.Normalize;
using BriefingSite.Tests.Hardening;
using FsCheck;
using FsCheck.Fluent;

namespace BriefingSite.Tests.Normalize;

public class DiacriticsTests
{
    [Theory]
    [InlineData("Erdoğan", "Erdogan")]
    [InlineData("ÉCOLE Ørsted", "ECOLE Orsted")]
    [InlineData("Ｓｅｏｕｌ２０２６", "Seoul2026")]
    [InlineData("Kyiv", "Kyiv")]
    [InlineData("", "")]
    public void Latin_letters_lose_their_diacritics_and_keep_their_case(string text, string expected) =>
        Slugger.WithoutDiacritics(text).ShouldBe(expected);

    /// <summary>
    /// Whatever the text, each character maps as it does alone and the length is kept: text that is ASCII in part takes the
    /// same path as any other, and text wholly ASCII (returned as it is) is unchanged.
    /// </summary>
    [Fact]
    public void Any_text_maps_as_character_by_character()
    {
        static string Reference(string text) => string.Concat(text.Select(c =>
        {
            var a = Slugger.WithoutDiacritics(c.ToString())[0];
            return char.IsUpper(c) ? char.ToUpperInvariant(a) : a;
        }));
        Check.One(HostileText.Config(500), Prop.ForAll(HostileText.Any(), s => Slugger.WithoutDiacritics(s) == Reference(s)));
    }
}
