namespace SafetyModel.Office.Tests.Ofd;

/// <summary>
/// Opt-in: OFD files made by another tool (ofdrw, https://github.com/ofdrw/ofdrw, Apache-2.0, its test resources such as
/// ofdrw-layout/src/test/resources/拿来主义_page6.ofd), read from the folder named by SAFETYMODEL_REAL_OFD_DIR. They
/// are not in this repository and must not be committed; without the variable the test checks nothing.
/// </summary>
public sealed class RealOfdTests
{
    [Fact]
    public void OFD_files_made_by_another_tool_read_without_error_and_wrapped_paragraphs_join()
    {
        var folder = Environment.GetEnvironmentVariable("SAFETYMODEL_REAL_OFD_DIR");
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            return; // opt-in only
        }

        foreach (var path in Directory.GetFiles(folder, "*.ofd"))
        {
            var result = DocumentFiles.ReadTextFile(path);

            result.Success.Should().BeTrue($"{Path.GetFileName(path)}: {result.Error}");
            result.Value.Format.Should().Be(DocumentFileFormat.Ofd);
            result.Value.Text.Should().NotBeEmpty();
            if (Path.GetFileName(path) == "拿来主义_page6.ofd")
            {
                result.Value.Text.Split('\n').Should().Contain(l => l.Contains("自己不去，别人也不许来。自从给枪炮打破了大门之后", StringComparison.Ordinal),
                    "a paragraph the layout engine wrapped over several lines is read as one");
            }
        }
    }
}
