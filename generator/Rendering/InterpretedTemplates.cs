using System.Linq.Expressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Features;

namespace BriefingSite.Rendering;

/// <summary>
/// Makes Handlebars interpret its template expression trees instead of compiling them to IL. Compiling the theme costs
/// a small site's build a large share of its time (Reflection.Emit and the JIT on every template); interpreting costs
/// nothing up front but renders more slowly, so builds start with it and compile later (see <see cref="HandlebarsTemplateEngine"/>).
/// Runs after Handlebars' own compiler feature and replaces the compiler it installed.
/// </summary>
internal sealed class InterpretedTemplates : IFeatureFactory, IFeature
{
    public IFeature CreateFeature() => this;

    public void OnCompiling(ICompiledHandlebarsConfiguration configuration) =>
        configuration.ExpressionCompiler = new Interpreter(configuration.ExpressionMiddlewares);

    public void CompilationCompleted()
    {
    }

    private sealed class Interpreter(IEnumerable<IExpressionMiddleware> middleware) : IExpressionCompiler
    {
        T IExpressionCompiler.Compile<T>(Expression<T> expression)
        {
            var e = expression;
            foreach (var m in middleware) e = m.Invoke(e);
            return (T)(object)e.Compile(preferInterpretation: true);
        }
    }
}
