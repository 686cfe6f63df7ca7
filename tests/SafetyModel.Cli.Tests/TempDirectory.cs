namespace SafetyModel.Cli.Tests;

/// <summary>Fresh directories under the system's temporary directory, one per test.</summary>
public static class TempDirectory
{
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "safetymodel-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static string File(string name, string text)
    {
        var path = Path.Combine(Create(), name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public static string File(string name, byte[] bytes)
    {
        var path = Path.Combine(Create(), name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }
}
