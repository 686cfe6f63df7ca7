using System;
using SafetyModel.Diagnostics;

namespace SafetyModel.Office;

/// <summary>Carries a reading error out of the readers' depths to the entry point, which returns it as a failed result.</summary>
internal sealed class OfficeReadException : Exception
{
    public OfficeReadException(ParseDiagnostic diagnostic)
        : base(diagnostic.Message.English) => Diagnostic = diagnostic;

    public OfficeReadException()
    {
        Diagnostic = OfficeCodes.Error(OfficeCodes.UnknownFormat, "The file cannot be read.", "无法读取该文件。");
    }

    public OfficeReadException(string message)
        : this() => _ = message;

    public OfficeReadException(string message, Exception innerException)
        : this() => _ = (message, innerException);

    public ParseDiagnostic Diagnostic { get; }
}
