using System;
using System.IO;
using System.Text;
using SafetyModel.Office;

namespace SafetyModel.Cli.Input;

/// <summary>
/// A document input told apart by its content, not its name: a zip (.docx, .ofd) or an OLE compound file (.doc, .wps,
/// a password-protected .docx) goes through SafetyModel.Office, whose error says what to do; anything else is text in
/// the encoding asked for.
/// </summary>
internal static class DocumentInput
{
    public static string ReadText(string name, CliEnvironment environment, Encoding encoding)
    {
        var bytes = InputFile.ReadBytes(name, environment);
        if (!IsContainer(bytes))
        {
            return InputFile.DecodeText(bytes, name, encoding);
        }

        var result = DocumentFiles.ReadText(new MemoryStream(bytes, writable: false));
        if (!result.Success)
        {
            throw new CliException($"{InputFile.DisplayName(name)}: {result.Error!.Code}: {result.Error.Message.English} / {result.Error.Message.Chinese}");
        }

        return result.Value.Text;
    }

    private static bool IsContainer(byte[] bytes) =>
        bytes.AsSpan().StartsWith(new byte[] { (byte)'P', (byte)'K', 3, 4 }) ||
        bytes.AsSpan().StartsWith(new byte[] { (byte)'P', (byte)'K', 5, 6 }) ||
        bytes.AsSpan().StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 });
}
