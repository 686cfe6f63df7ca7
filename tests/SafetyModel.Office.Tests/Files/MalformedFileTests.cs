using System.IO.Compression;
using System.Text;
using CsCheck;
using SafetyModel.Office.Tests.Fixtures;

namespace SafetyModel.Office.Tests.Files;

/// <summary>Bad files get a clear, coded error in bounded time and memory, never an exception (issue 23, last "Done when").</summary>
public sealed class MalformedFileTests
{
    private static readonly byte[] Compound = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    [Fact]
    public void A_doc_or_wps_file_is_refused_with_advice_to_save_it_as_docx()
    {
        var doc = Compound.Concat(new byte[504]).Concat(Encoding.Unicode.GetBytes("WordDocument")).Concat(new byte[1024]).ToArray();

        var result = Read(doc);

        result.Error!.Code.Should().Be(OfficeCodes.LegacyBinaryDocument);
        result.Error.Message.English.Should().Contain("save it as .docx");
        result.Error.Message.Chinese.Should().Contain("另存为 .docx");
        DocumentFiles.DetectFormat(new MemoryStream(doc)).Should().Be(DocumentFileFormat.CompoundFile);
    }

    [Fact]
    public void A_password_protected_docx_is_refused_with_advice_to_remove_the_password()
    {
        var encrypted = Compound.Concat(new byte[504]).Concat(Encoding.Unicode.GetBytes("EncryptionInfo\0EncryptedPackage")).Concat(new byte[1024]).ToArray();

        var result = Read(encrypted);

        result.Error!.Code.Should().Be(OfficeCodes.EncryptedDocument);
        result.Error.Message.English.Should().Contain("password");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void A_truncated_docx_or_ofd_is_a_damaged_zip(double keep)
    {
        foreach (var file in new[] { Layouts.Gbt9704(Seed.Lines), Fixtures.Ofd.Letter(Seed.Lines) })
        {
            var result = Read(file.Take((int)(file.Length * keep)).ToArray());

            result.Success.Should().BeFalse();
            result.Error!.Code.Should().BeOneOf(OfficeCodes.DamagedZip, OfficeCodes.UnknownFormat);
        }
    }

    [Theory]
    [InlineData("OFD.xml")]
    [InlineData("word/document.xml")]
    public void A_zip_bomb_is_stopped_by_the_compression_ratio_while_unpacking(string name)
    {
        var bomb = ZipOf((name, new byte[40 * 1024 * 1024]));

        var result = Read(bomb);

        bomb.Length.Should().BeLessThan(200_000);
        result.Error!.Code.Should().Be(OfficeCodes.CompressionRatioTooHigh);
        result.Error.Arguments["entry"].Should().Be(name);
    }

    [Fact]
    public void Entries_larger_than_the_limit_together_or_alone_and_too_many_entries_are_refused()
    {
        var ofd = Fixtures.Ofd.Letter(Seed.Lines);

        Read(ofd, new OfficeReadLimits { MaximumEntryBytes = 1000 }).Error!.Code.Should().Be(OfficeCodes.EntryTooLarge);
        Read(ofd, new OfficeReadLimits { MaximumTotalBytes = 5000 }).Error!.Code.Should().Be(OfficeCodes.PackageTooLarge);
        Read(ofd, new OfficeReadLimits { MaximumEntries = 2 }).Error!.Code.Should().Be(OfficeCodes.TooManyEntries);
        Read(ofd, new OfficeReadLimits { MaximumFileBytes = 100 }).Error!.Code.Should().Be(OfficeCodes.FileTooLarge);
    }

    [Fact]
    public void An_XML_entity_bomb_is_refused_before_any_entity_is_expanded()
    {
        const string Laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">" +
            "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">" +
            "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\"><!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">" +
            "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\"><!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">" +
            "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>&lol9;</ofd:DocRoot></ofd:DocBody></ofd:OFD>";
        var external = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";

        Read(ZipOf(("OFD.xml", Encoding.UTF8.GetBytes(Laughs)))).Error!.Code.Should().Be(OfficeCodes.XmlDtdRefused);
        var docx = ZipOf(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")), ("word/document.xml", Encoding.UTF8.GetBytes(external)));
        var result = Read(docx);
        result.Error!.Code.Should().Be(OfficeCodes.XmlDtdRefused);
        result.Error.Arguments["part"].Should().Be("word/document.xml");
    }

    [Fact]
    public void XML_nested_deeper_than_the_limit_is_refused()
    {
        var deep = "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\">" + string.Concat(Enumerable.Repeat("<a>", 10_000)) + string.Concat(Enumerable.Repeat("</a>", 10_000)) + "</ofd:OFD>";

        Read(ZipOf(("OFD.xml", Encoding.UTF8.GetBytes(deep)))).Error!.Code.Should().Be(OfficeCodes.XmlTooDeep);
    }

    [Fact]
    public void Broken_XML_and_missing_OFD_parts_name_the_part()
    {
        var broken = ZipOf(("OFD.xml", Encoding.UTF8.GetBytes("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody>")));
        var noRoot = ZipOf(("OFD.xml", Encoding.UTF8.GetBytes("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody/></ofd:OFD>")));
        var noDocument = ZipOf(("OFD.xml", Encoding.UTF8.GetBytes("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")));

        Read(broken).Error!.Code.Should().Be(OfficeCodes.MalformedXml);
        Read(broken).Error!.Arguments["part"].Should().Be("OFD.xml");
        Read(noRoot).Error!.Code.Should().Be(OfficeCodes.MissingPart);
        Read(noDocument).Error!.Arguments["part"].Should().Be("Doc_0/Document.xml");
    }

    [Fact]
    public void A_workbook_another_zip_a_binary_file_and_an_empty_document_are_refused_for_what_they_are()
    {
        Read(ZipOf(("xl/workbook.xml", Encoding.UTF8.GetBytes("<workbook/>")))).Error!.Code.Should().Be(OfficeCodes.UnknownPackage);
        Read(ZipOf(("readme.txt", Encoding.UTF8.GetBytes("hello")))).Error!.Code.Should().Be(OfficeCodes.UnknownPackage);
        Read(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0 }).Error!.Code.Should().Be(OfficeCodes.UnknownFormat);
        Read(new Docx().Add(Docx.P(string.Empty)).Build()).Error!.Code.Should().Be(OfficeCodes.NoText);
        Read(Array.Empty<byte>()).Error!.Code.Should().Be(OfficeCodes.NoText);
    }

    [Fact]
    public void Plain_text_reads_as_the_core_reads_it_and_a_span_paragraph_indexes_the_line_map()
    {
        var file = Read(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Seed.Text)).ToArray()).Value;
        var report = SafetyModel.Extraction.SummaryText.Parse(file.Text);

        file.Format.Should().Be(DocumentFileFormat.PlainText);
        Reading.Of(file.Text).SameAs(Reading.Of(Seed.Text)).Should().BeTrue();
        foreach (var figure in report.StatedFigures.Where(f => f.Source is not null))
        {
            file.LineAt(figure.Source!.Offset).Should().Be(file.Lines[figure.Source.Paragraph]);
        }
    }

    [Fact]
    public void Any_bytes_get_a_result_never_an_exception()
    {
        var docx = Layouts.Gbt9704(Seed.Lines.Take(6).ToList());
        Gen.Int[0, docx.Length - 1].Array[1, 8].Select(Gen.Byte.Array[1, 8]).Sample((positions, values) =>
        {
            var bytes = (byte[])docx.Clone();
            for (var i = 0; i < positions.Length; i++)
            {
                bytes[positions[i]] = values[i % values.Length];
            }

            _ = Read(bytes);
        }, iter: 200);
    }

    private static SafetyModel.Diagnostics.ParseResult<DocumentFileText> Read(byte[] bytes, OfficeReadLimits? limits = null) =>
        DocumentFiles.ReadText(new MemoryStream(bytes), limits);

    private static byte[] ZipOf(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return memory.ToArray();
    }
}
