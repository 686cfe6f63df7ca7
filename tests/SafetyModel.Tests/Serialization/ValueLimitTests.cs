using System.Text;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Serialization;

namespace SafetyModel.Tests.Serialization;

/// <summary>
/// One value longer than <see cref="SafetyJsonReadOptions.MaxValueBytes"/> is refused while read, with its pointer
/// (<see cref="JsonContractCodes.ValueTooLong"/>); a number nearer to zero than a decimal holds is refused, not read as
/// 0; a schema version's minor part is compared as digits (issue "Hostile and broken input", items 2 and 14).
/// </summary>
public class ValueLimitTests
{
    private static string Meeting(string id) =>
        $$"""{"type":"meeting","id":"{{id}}","division":"150626103000","date":"2022-05-01"}""";

    private static string Training(string people) =>
        $$$"""{"type":"training","id":"T-1","division":"150626103000","date":"2022-06-08","peopleTrained":{"qualifier":"exact","stated":{{{people}}},"lower":{{{people}}},"lowerInclusive":true,"upper":{{{people}}},"upperInclusive":true,"unit":"人"}}""";

    [Fact]
    public void The_default_limit_for_one_value_is_one_MiB()
    {
        new SafetyJsonReadOptions().MaxValueBytes.Should().Be(1024 * 1024);
        FluentActions.Invoking(() => new SafetyJsonReadOptions { MaxValueBytes = 0 }).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_value_longer_than_the_limit_in_a_document_is_refused_with_its_pointer()
    {
        var json = """{"schemaVersion":"1.0","records":[""" + Meeting("M-1") + "," + Meeting(new string('a', 3 * 1024 * 1024)) + "]}";

        var error = FluentActions.Invoking(() => SafetyJson.Deserialize<RecordSet>(json)).Should().Throw<JsonContractException>().Which;

        error.Code.Should().Be(JsonContractCodes.ValueTooLong);
        error.Pointer.ToString().Should().Be("/records/1/id");
        error.Arguments["limit"].Should().Be(1024 * 1024);
        error.LineNumber.Should().Be(0);
    }

    [Fact]
    public void A_value_at_the_limit_is_read()
    {
        var options = new SafetyJsonReadOptions { MaxValueBytes = 64 };
        var id = new string('a', 64);

        SafetyJson.Deserialize<IRecord>(Meeting(id), options).Id.Should().Be(id);
        FluentActions.Invoking(() => SafetyJson.Deserialize<IRecord>(Meeting(id + "a"), options))
            .Should().Throw<JsonContractException>().Which.Code.Should().Be(JsonContractCodes.ValueTooLong);
    }

    [Fact]
    public void A_long_member_name_and_a_long_number_count_as_values()
    {
        var options = new SafetyJsonReadOptions { MaxValueBytes = 64 };

        var name = FluentActions.Invoking(() => SafetyJson.Deserialize<IRecord>(Meeting("M-1").Replace("}", ",\"" + new string('x', 100) + "\":1}"), options))
            .Should().Throw<JsonContractException>().Which;
        name.Code.Should().Be(JsonContractCodes.ValueTooLong);
        name.Pointer.ToString().Should().Be(string.Empty, "the name is refused in the object it names a member of");

        var number = FluentActions.Invoking(() => SafetyJson.Deserialize<IRecord>(Meeting("M-1").Replace("}", ",\"extra\":1" + new string('0', 100) + "}"), options))
            .Should().Throw<JsonContractException>().Which;
        number.Code.Should().Be(JsonContractCodes.ValueTooLong);
        number.Pointer.ToString().Should().Be("/extra");
    }

    [Fact]
    public void A_stream_is_refused_while_the_long_value_arrives_without_reading_the_rest()
    {
        var prefix = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",\"records\":[{\"type\":\"meeting\",\"division\":\"150626103000\",\"date\":\"2022-05-01\",\"id\":\"");
        var bytes = new byte[prefix.Length + (32 * 1024 * 1024)];
        prefix.CopyTo(bytes, 0);
        bytes.AsSpan(prefix.Length).Fill((byte)'a');
        using var stream = new CountingStream(bytes);

        var error = FluentActions.Invoking(() => SafetyJson.ReadDocument(stream)).Should().Throw<JsonContractException>().Which;

        error.Code.Should().Be(JsonContractCodes.ValueTooLong);
        error.Pointer.ToString().Should().Be("/records/0/id");
        stream.Consumed.Should().BeLessThan(2 * 1024 * 1024, "the value is refused once more than the limit of it has arrived");
        FluentActions.Invoking(() => SafetyJson.Deserialize<RecordSet>(new MemoryStream(bytes))).Should().Throw<JsonContractException>()
            .Which.Code.Should().Be(JsonContractCodes.ValueTooLong);
    }

    [Fact]
    public void A_stream_without_long_values_reads_whole_as_before()
    {
        var json = Encoding.UTF8.GetBytes("\uFEFF{\"schemaVersion\":\"1.0\",\"records\":[" + Meeting("M-1") + "]}");

        SafetyJson.ReadDocument(new MemoryStream(json)).Should().Equal(json);
        SafetyJson.Deserialize<RecordSet>(new MemoryStream(json)).Records.Should().ContainSingle();
    }

    [Fact]
    public void A_JSON_Lines_record_with_a_long_value_is_an_error_at_its_line_and_pointer_and_reading_goes_on()
    {
        var lines = Meeting("M-1") + "\n" + Meeting(new string('a', 2 * 1024 * 1024)) + "\n" + Meeting("M-3") + "\n";

        var results = JsonLines.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(lines))).ToList();

        results.Select(r => r.Success).Should().Equal(true, false, true);
        results[1].Error!.Code.Should().Be(JsonContractCodes.ValueTooLong);
        results[1].Error!.Pointer.ToString().Should().Be("/id");
        results[1].Error!.LineNumber.Should().Be(1);
    }

    [Theory]
    [InlineData("1e-400")]
    [InlineData("4e-29")]
    [InlineData("-1E-29")]
    [InlineData("0.00000000000000000000000000001")]
    public void A_number_nearer_to_zero_than_a_decimal_holds_is_refused_not_read_as_0(string number)
    {
        var json = Training(number);

        var error = FluentActions.Invoking(() => SafetyJson.Deserialize<IRecord>(json)).Should().Throw<JsonContractException>().Which;

        error.Code.Should().Be(JsonContractCodes.InvalidValue);
        error.Reason.English.Should().Contain("underflow");
        error.Pointer.ToString().Should().Be("/peopleTrained/stated");
    }

    [Theory]
    [InlineData("0e-400")]
    [InlineData("0.000")]
    [InlineData("-0")]
    public void Zero_written_any_way_is_still_zero(string number)
    {
        var json = Training(number);

        FluentActions.Invoking(() => SafetyJson.Deserialize<IRecord>(json)).Should().NotThrow();
    }

    [Theory]
    [InlineData("1.99999999999999999999")]
    [InlineData("1.0")]
    [InlineData("01.3")]
    [InlineData("1.2147483648")]
    public void A_1_x_schema_version_is_read_whatever_the_size_of_its_minor_part(string version)
    {
        SafetyJson.Deserialize<RecordSet>($$"""{"schemaVersion":"{{version}}","records":[]}""").SchemaVersion.Should().Be(version);
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("99999999999999999999.0")]
    [InlineData("1.9e9")]
    [InlineData("1.-1")]
    public void Another_major_version_or_a_minor_part_that_is_not_digits_is_refused(string version)
    {
        FluentActions.Invoking(() => SafetyJson.Deserialize<RecordSet>($$"""{"schemaVersion":"{{version}}","records":[]}"""))
            .Should().Throw<JsonContractException>().Which.Code.Should().Be(JsonContractCodes.UnsupportedSchemaVersion);
    }

    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long Consumed { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = base.Read(buffer, offset, count);
            Consumed += n;
            return n;
        }
    }
}
