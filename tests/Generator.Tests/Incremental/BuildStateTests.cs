using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Incremental;

namespace BriefingSite.Tests.Incremental;

public class BuildStateTests
{
    private static BuildState Sample() => new(
        "k1",
        [new FileStamp("0/articles/a.md", 120, 638000000000000000), new FileStamp("0/articles/tab\there\\and\nnewline.md", 5, 1),
         new FileStamp("0/articles/odd\r\u2028\u0085.md", 7, 2)],
        [new FileStamp("index.html", 3000, 638000000000000001), new FileStamp("api/actors.json", 99, 4)],
        2,
        [new Diagnostic(Severity.Warning, "undated", "no date\twith a tab", new SourceSpan("content/articles/a.md", 3)),
         new Diagnostic(Severity.Info, "note", "no place", null)]);

    [Fact]
    public void A_saved_state_reads_back_as_it_was_including_paths_with_separators()
    {
        var state = Sample();
        var back = BuildState.Parse(state.Serialize()).ShouldNotBeNull();
        back.Key.ShouldBe("k1");
        back.ArticleCount.ShouldBe(2);
        back.Inputs.ShouldBe(state.Inputs);
        back.Outputs.ShouldBe(state.Outputs);
        back.Diagnostics.ShouldBe(state.Diagnostics);
    }

    [Fact]
    public void Without_outputs_only_the_output_stamps_are_left_out()
    {
        var state = Sample();
        var back = BuildState.Parse(state.Serialize(), outputs: false).ShouldNotBeNull();
        back.Inputs.ShouldBe(state.Inputs);
        back.Outputs.ShouldBeEmpty();
        back.Diagnostics.ShouldBe(state.Diagnostics);
    }

    [Fact]
    public void Without_inputs_only_the_input_stamps_are_left_out()
    {
        var state = Sample();
        var back = BuildState.Parse(state.Serialize(), inputs: false).ShouldNotBeNull();
        back.Inputs.ShouldBeEmpty();
        back.Outputs.ShouldBe(state.Outputs);
        back.Diagnostics.ShouldBe(state.Diagnostics);
    }

    [Theory]
    [InlineData("")]
    [InlineData("briefing-build-state 1\nkey\tk1\narticles\t2\n")]            // cut short: no end line
    [InlineData("briefing-build-state 1\nkey\tk1\narticles\t2\n\nend\n")]      // an empty line
    [InlineData("briefing-build-state 1\nkey\tk1\narticles\tmany\nend\n")]     // a count that is no number
    [InlineData("briefing-build-state 1\nkey\tk1\narticles\t2\nin\ta\t1\nend\n")] // a stamp missing a field
    [InlineData("briefing-build-state 2\nkey\tk1\narticles\t2\nend\n")]       // another format
    [InlineData("briefing-build-state 1\narticles\t2\nend\n")]                // no key
    public void Anything_but_a_complete_state_of_this_format_is_no_state(string text) =>
        BuildState.Parse(text).ShouldBeNull();
}
