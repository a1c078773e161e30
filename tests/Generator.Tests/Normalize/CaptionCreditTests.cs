using System.Text.RegularExpressions;
using BriefingSite.Normalize;
using FsCheck;
using FsCheck.Fluent;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Normalize;

/// <summary>
/// Photo captions and credits are page furniture. The credit at a line's end ("... Photo: Getty Images") is looked for only
/// in lines whose last letter can end an agency's name; these tests hold that gate to the one pattern it replaced.
/// </summary>
public class CaptionCreditTests
{
    [Theory]
    [InlineData("Rescue workers search the rubble in Antakya. Photo: Getty Images")]
    [InlineData("Firefighters on the ridge above the valley (photograph: Shutterstock)")]
    [InlineData("Delegates arrive at the summit venue/AFP")]
    [InlineData("Photo: the delegation at the airport")]
    [InlineData("(Photo by Lena Ortiz)")]
    [InlineData("(AFP via Getty Images)")]
    [InlineData("A crowd outside the parliament photo Reuters)")]
    [InlineData("Polling staff count ballots in Lagos. PHOTO: PA MEDIA")]
    public void Captions_and_credits_are_furniture(string line) => BoilerplateFilter.IsFurniture(line).ShouldBeTrue();

    [Theory]
    [InlineData("The minister met Reuters reporters in Ankara on Monday.")]
    [InlineData("The agency's photo editor said the picture came from Reuters.")]
    [InlineData("He thanked the press, including Getty Images")]
    [InlineData("Talks resumed on Tuesday, said the mediator.")]
    public void Sentences_naming_an_agency_are_not(string line) => BoilerplateFilter.IsFurniture(line).ShouldBeFalse();

    /// <summary>The caption pattern as it was before it was split in two: captions and credits in one unanchored regex.</summary>
    private static readonly Regex Whole = new(@"^(?:(?:file |main )?(?:photo|image|picture|video|graphic)(?: caption| source| credit)?|caption|pictured|credit)\s*[:,|—–-]\s*\S|^\((?:photo|image|picture|file photo)s?\b[^)]*\)$|(?:/|\bphoto:?\s*|\bphotograph:?\s*)(?:getty images|reuters|ap|afp|epa|anadolu|bloomberg|shutterstock|pa media)\)?$|^\(?(?:getty images|reuters|ap photo|afp|epa)(?: via getty images)?\)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly string[] Pieces =
    [
        "Photo", "photo", "photograph", "PHOTO:", "Image", "caption", "credit", "pictured", ":", ",", " ", "  ", "/", "(", ")", "-", "—",
        "Getty Images", "getty images", "Reuters", "REUTERS", "AP", "ap", "AFP", "EPA", "Anadolu", "Bloomberg", "Shutterstock",
        "ShutterstocK", "PA Media", "via", "the minister said", "Kyiv", "talks", ".", "ſ", "\u212A", "photos", "file photo", "x",
    ];

    /// <summary>Lines made of caption words, agency names, punctuation and plain words: the split patterns find what the whole one found.</summary>
    [Fact]
    public void The_split_patterns_match_what_the_whole_one_matched()
    {
        var lines = Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts).Trim()).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5000), Prop.ForAll(lines, line => BoilerplateFilter.IsCaption(line) == Whole.IsMatch(line)));
        foreach (var piece in Pieces) BoilerplateFilter.IsCaption(piece.Trim()).ShouldBe(Whole.IsMatch(piece.Trim()), piece);
    }
}
