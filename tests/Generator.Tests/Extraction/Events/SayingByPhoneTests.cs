namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A telephone that is only the medium of a saying ("the minister said by telephone") is no call: a call is spoken of
/// as one between two parties. Sentences written for these tests.
/// </summary>
public class SayingByPhoneTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void Saying_something_by_telephone_is_no_call()
    {
        var events = EventReadingTests.EventsOf(("2026-09-07", "Fisheries\n\n\"We will read the text first,\" Fisheries Minister Aleki Tupou said by telephone.\n\n"
            + "Tupou told Reuters by phone that the quota was too low."));
        events.ShouldNotContain(e => e.Kind == "call", Show(events));
    }

    [Fact]
    public void Speaking_to_someone_by_telephone_is_still_a_call()
    {
        var events = EventReadingTests.EventsOf(("2026-09-07", "Fisheries\n\nFisheries Minister Aleki Tupou spoke to Samoa's prime minister by telephone on Friday."));
        events.ShouldContain(e => e.Kind == "call" && e.Date.ToString() == "2026-09-04", Show(events));
    }

    [Fact]
    public void Speaking_on_the_telephone_to_a_named_person_is_a_call_and_to_reporters_is_none()
    {
        var events = EventReadingTests.EventsOf(("2026-09-07", "Quota row\n\nShe also spoke on the telephone to Prime Minister Fiame Naomi Mataafa and the president of Kiribati.\n\n"
            + "The minister later spoke on the telephone to reporters."));
        events.ShouldHaveSingleItem(Show(events)).Kind.ShouldBe("call");
    }
}
