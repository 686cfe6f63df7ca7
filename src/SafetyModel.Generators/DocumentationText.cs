using System;
using System.Linq;
using System.Text;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace SafetyModel.Generators;

/// <summary>
/// The <c>&lt;summary&gt;</c> of a symbol's XML documentation as plain text, for the descriptions of the JSON Schema:
/// a cross-reference becomes the simple name it names, <c>&lt;see langword="null"/&gt;</c> the word, <c>&lt;c&gt;</c>
/// and other elements their text, <c>&lt;paramref&gt;</c> the parameter's name; white space is collapsed.
/// </summary>
internal static class DocumentationText
{
    private static readonly char[] NameEnd = { '(', '{', '<' };

    private static readonly string[] AccessorVerbs = { "Gets or sets ", "Gets " };

    /// <summary>The summary of a symbol as plain text, or the empty string when it has none.</summary>
    public static string Summary(ISymbol symbol, CancellationToken cancellationToken)
    {
        var xml = symbol.GetDocumentationCommentXml(cancellationToken: cancellationToken);
        return string.IsNullOrWhiteSpace(xml) ? string.Empty : SummaryOf(xml!);
    }

    /// <summary>
    /// The summary of a property as a description of the data it holds: the accessor's verb of the .NET convention
    /// (<c>Gets the day it was found.</c>, <c>Gets a value indicating whether …</c>) is left out.
    /// </summary>
    public static string MemberSummary(ISymbol symbol, CancellationToken cancellationToken) => WithoutAccessor(Summary(symbol, cancellationToken));

    /// <summary>The summary element of a documentation comment (a <c>&lt;member&gt;</c> element or a bare fragment) as plain text.</summary>
    public static string SummaryOf(string xml)
    {
        XElement root;
        try
        {
            root = XElement.Parse("<doc>" + xml + "</doc>", LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return string.Empty;
        }

        var summary = root.Descendants("summary").FirstOrDefault();
        if (summary is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        Append(text, summary);
        return Collapse(text.ToString());
    }

    /// <summary>Leaves out a property summary's leading <c>Gets</c> (or <c>Gets or sets</c>) and capitalizes what follows.</summary>
    public static string WithoutAccessor(string summary)
    {
        const string Whether = "Gets a value indicating whether ";
        if (summary.StartsWith(Whether, StringComparison.Ordinal))
        {
            return "Whether " + summary.Substring(Whether.Length);
        }

        foreach (var verb in AccessorVerbs)
        {
            if (summary.StartsWith(verb, StringComparison.Ordinal) && summary.Length > verb.Length)
            {
                var rest = summary.Substring(verb.Length);
                return char.ToUpperInvariant(rest[0]) + rest.Substring(1);
            }
        }

        return summary;
    }

    /// <summary>The name a documentation id stands for, without namespace, containing type, parameters or arity: <c>T:A.B.C`1</c> → <c>C</c>, <c>M:A.B.F(System.String)</c> → <c>F</c>.</summary>
    public static string SimpleName(string cref)
    {
        var name = cref;
        if (name.Length > 2 && name[1] == ':')
        {
            name = name.Substring(2);
        }

        var parameters = name.IndexOfAny(NameEnd);
        if (parameters >= 0)
        {
            name = name.Substring(0, parameters);
        }

        var dot = name.LastIndexOf('.');
        if (dot >= 0 && dot < name.Length - 1)
        {
            name = name.Substring(dot + 1);
        }

        var arity = name.IndexOf('`');
        return arity >= 0 ? name.Substring(0, arity) : name;
    }

    private static void Append(StringBuilder text, XElement element)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement e when e.Name.LocalName is "see" or "seealso":
                    if (!e.IsEmpty && e.Nodes().Any())
                    {
                        Append(text, e);
                    }
                    else if (e.Attribute("cref")?.Value is { Length: > 0 } cref)
                    {
                        text.Append(SimpleName(cref));
                    }
                    else if (e.Attribute("langword")?.Value is { Length: > 0 } word)
                    {
                        text.Append(word);
                    }
                    else if (e.Attribute("href")?.Value is { Length: > 0 } href)
                    {
                        text.Append(href);
                    }

                    break;
                case XElement e when e.Name.LocalName is "paramref" or "typeparamref":
                    text.Append(e.Attribute("name")?.Value);
                    break;
                case XElement e when e.Name.LocalName is "para" or "br":
                    text.Append(' ');
                    Append(text, e);
                    text.Append(' ');
                    break;
                case XElement e:
                    Append(text, e);
                    break;
            }
        }
    }

    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
