using System;
using SafetyModel.Diagnostics;

namespace SafetyModel.Accidents;

/// <summary>The text of an accident-category mapping cannot be read (<see cref="AccidentCategoryMapping.ReadCsv"/>): what, where and why.</summary>
public sealed class AccidentCategoryMappingException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The stable code, <c>SM2010</c> to <c>SM2013</c>.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="text">The message in English and Chinese.</param>
    public AccidentCategoryMappingException(string code, int line, LocalizedText text)
        : base($"{code}: {text.English}")
    {
        Code = code;
        Line = line;
        Text = text;
    }

    /// <summary>Gets the stable code (<see cref="ValidationCodes.CategoryMappingLine"/> …).</summary>
    public string Code { get; }

    /// <summary>Gets the 1-based line of the text where the problem is.</summary>
    public int Line { get; }

    /// <summary>Gets the message in English and Simplified Chinese.</summary>
    public LocalizedText Text { get; }
}
