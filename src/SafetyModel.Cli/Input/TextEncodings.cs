using System;
using System.Text;

namespace SafetyModel.Cli.Input;

/// <summary>The encodings text commands accept: UTF-8 (the default) and GB18030, which covers GBK and GB2312.</summary>
internal static class TextEncodings
{
    public static readonly string[] Names = { "utf-8", "gb18030" };

    /// <summary>Returns the encoding for a name from <see cref="Names"/>.</summary>
    public static Encoding Get(string name)
    {
        if (string.Equals(name, "gb18030", StringComparison.OrdinalIgnoreCase))
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    }
}
