using SafetyModel.Diagnostics;

namespace SafetyModel.Cli.Output;

/// <summary>
/// A JSON Pointer as table output shows it. RFC 6901 writes the whole document as the empty string, which a table
/// cell or a message would show as nothing; it is shown as <c>(root)</c> (<c>（根）</c>), as
/// <see cref="SafetyModel.Validation.ValidationIssue.ToString"/> does — never as <c>/</c>, which is the member named "".
/// JSON output writes the pointer itself (<c>""</c>).
/// </summary>
internal static class PointerText
{
    public static string Of(JsonPointer pointer, Language language) =>
        pointer.IsRoot ? language.Pick("(root)", "（根）") : pointer.ToString();
}
