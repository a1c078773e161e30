using System.CommandLine;

namespace BriefingSite.Cli;

/// <summary>Wires System.CommandLine to the commands; each command maps its result to an exit code.</summary>
public static class CommandLine
{
    public static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var contentOption = new Option<string>("--content") { Description = "Content folder (site.yml, articles/, actors/, events/)", DefaultValueFactory = _ => "content" };
        var outputOption = new Option<string>("--output") { Description = "Folder the site is written to", DefaultValueFactory = _ => "output" };
        var baseUrlOption = new Option<string?>("--base-url") { Description = "Base URL or path of the published site, e.g. /briefing/ or https://user.github.io/briefing/ (default: baseUrl in site.yml)" };
        var themeOption = new Option<string?>("--theme") { Description = "Theme folder (default: themes/<theme from site.yml> next to the content folder)" };

        var cacheOption = new Option<string?>("--cache") { Description = "Folder for results reused by the next build (default: .briefing-cache beside the output folder)" };
        var noCacheOption = new Option<bool>("--no-cache") { Description = "Build everything from scratch and keep nothing for the next build" };

        var timingsOption = new Option<bool>("--timings") { Description = "Print how long each stage of the build took (to standard error)" };

        var build = new Command("build", "Build the site from the content folder into the output folder");
        build.Options.Add(contentOption);
        build.Options.Add(outputOption);
        build.Options.Add(baseUrlOption);
        build.Options.Add(themeOption);
        build.Options.Add(cacheOption);
        build.Options.Add(noCacheOption);
        build.Options.Add(timingsOption);
        build.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(contentOption)!, parse.GetValue(outputOption)!, parse.GetValue(baseUrlOption), parse.GetValue(themeOption),
                CacheDir: parse.GetValue(cacheOption), NoCache: parse.GetValue(noCacheOption), OwnsProcess: true);
            return FirstBuildProcess.TryRun(options) ?? BuildCommand.Run(options, stdout, stderr, parse.GetValue(timingsOption));
        });

        var check = new Command("check", "Check the built site in the output folder: broken links and anchors, duplicate ids, images without alt, orphan pages");
        check.Options.Add(contentOption);
        check.Options.Add(outputOption);
        check.Options.Add(baseUrlOption);
        check.SetAction(parse => CheckCommand.Run(new BuildOptions(parse.GetValue(contentOption)!, parse.GetValue(outputOption)!, parse.GetValue(baseUrlOption)), stdout, stderr));

        var filesArgument = new Argument<string[]>("FILE") { Description = "Article files: plain text, Markdown, or saved web pages (.html)", Arity = ArgumentArity.OneOrMore };
        var add = new Command("add", "Add articles to content/articles/ as Markdown with front matter, and report what they bring to the site");
        add.Arguments.Add(filesArgument);
        add.Options.Add(contentOption);
        add.Options.Add(outputOption);
        add.SetAction(parse => AddCommand.Run(new BuildOptions(parse.GetValue(contentOption)!, parse.GetValue(outputOption)!), parse.GetValue(filesArgument) ?? [], stdout, stderr));

        var portOption = new Option<int>("--port") { Description = "Port to serve on at 127.0.0.1", DefaultValueFactory = _ => ServeCommand.DefaultPort };
        var serve = new Command("serve", "Build, serve the site on http://127.0.0.1:<port> and rebuild with live reload when content or theme change");
        serve.Options.Add(contentOption);
        serve.Options.Add(outputOption);
        serve.Options.Add(baseUrlOption);
        serve.Options.Add(themeOption);
        serve.Options.Add(portOption);
        serve.SetAction((parse, ct) => ServeCommand.RunAsync(
            new BuildOptions(parse.GetValue(contentOption)!, parse.GetValue(outputOption)!, parse.GetValue(baseUrlOption), parse.GetValue(themeOption)),
            parse.GetValue(portOption), stdout, stderr, ct));

        var root = new RootCommand("briefing: turns news articles into a static briefing website (articles, actors, events, timeline).");
        root.Subcommands.Add(build);
        root.Subcommands.Add(check);
        root.Subcommands.Add(add);
        root.Subcommands.Add(serve);
        return root;
    }
}
