using System.Text;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Serialization;
using SafetyModel.Work;

namespace SafetyModel.Tests.Serialization;

/// <summary>
/// A corpus of malformed inputs: each gives the documented <see cref="JsonContractException"/> with its code and the
/// place (pointer, line, position) — never another exception, never a value.
/// </summary>
public class MalformedInputTests
{
    private const string Good = """{"type":"inspection","id":"I-1","division":"150626103000","start":"2022-05-01","types":["construction"],"hazardsFound":3}""";

    private const string AccidentCategory = """{"scheme":"GB 6441-1986","code":"4","chineseName":"机械伤害","englishName":"machinery injury"}""";

    private const string Accident = """{"type":"accident","id":"A-1","occurredAt":"2022-08-03T14:20:00","division":"150626103000","category":""" + AccidentCategory +
        ""","roadTraffic":false,"deaths":1,"seriousInjuries":0,"minorInjuries":2,"missing":0,"directLossTenThousandYuan":85.5,"statedGrade":"general","reportedAt":"2022-08-03T15:05:00"}""";

    public static TheoryData<string, string, string, string> Corpus => new()
    {
        // name, input, expected code, expected pointer
        { "empty input", "", JsonContractCodes.MalformedJson, "" },
        { "whitespace only", "   \n ", JsonContractCodes.MalformedJson, "" },
        { "truncated object", Good[..40], JsonContractCodes.MalformedJson, "/id" },
        { "truncated string", """{"type":"inspection","id":"I-""", JsonContractCodes.MalformedJson, "/id" },
        { "missing colon", """{"type" "inspection"}""", JsonContractCodes.MalformedJson, "" },
        { "trailing comma", """{"type":"inspection","id":"I-1",}""", JsonContractCodes.MalformedJson, "/id" },
        { "comment", """{"type":"inspection", /* note */ "id":"I-1"}""", JsonContractCodes.MalformedJson, "/type" },
        { "single quotes", "{'type':'inspection'}", JsonContractCodes.MalformedJson, "" },
        { "two values", Good + " " + Good, JsonContractCodes.MalformedJson, "" },
        { "a stray bracket after the value", Good + " ]", JsonContractCodes.MalformedJson, "" },
        { "bare word", "inspection", JsonContractCodes.MalformedJson, "" },
        { "array instead of object", "[]", JsonContractCodes.WrongKind, "" },
        { "number instead of object", "42", JsonContractCodes.WrongKind, "" },
        { "string where a number belongs", Good.Replace("\"hazardsFound\":3", "\"hazardsFound\":\"3\""), JsonContractCodes.WrongKind, "/hazardsFound" },
        { "number where a string belongs", Good.Replace("\"id\":\"I-1\"", "\"id\":1"), JsonContractCodes.WrongKind, "/id" },
        { "object where a list belongs", Good.Replace("[\"construction\"]", "{}"), JsonContractCodes.WrongKind, "/types" },
        { "null item in a list", Good.Replace("[\"construction\"]", "[\"construction\",null]"), JsonContractCodes.WrongKind, "/types/1" },
        { "null for a required string", Good.Replace("\"id\":\"I-1\"", "\"id\":null"), JsonContractCodes.WrongKind, "/id" },
        { "fraction where an integer belongs", Good.Replace("\"hazardsFound\":3", "\"hazardsFound\":3.5"), JsonContractCodes.InvalidValue, "/hazardsFound" },
        { "huge integer", Good.Replace("\"hazardsFound\":3", "\"hazardsFound\":99999999999999999999"), JsonContractCodes.InvalidValue, "/hazardsFound" },
        { "huge exponent", Good.Replace("\"hazardsFound\":3", "\"hazardsFound\":1e400"), JsonContractCodes.InvalidValue, "/hazardsFound" },
        { "date that does not exist", Good.Replace("2022-05-01", "2022-02-30"), JsonContractCodes.InvalidValue, "/start" },
        { "date in another form", Good.Replace("2022-05-01", "2022年5月1日"), JsonContractCodes.InvalidValue, "/start" },
        { "date as a number", Good.Replace("\"2022-05-01\"", "20220501"), JsonContractCodes.WrongKind, "/start" },
        { "division code of an unknown province", Good.Replace("150626103000", "990626103000"), JsonContractCodes.InvalidValue, "/division" },
        { "division code with a county under no prefecture", Good.Replace("150626103000", "150006103000"), JsonContractCodes.InvalidValue, "/division" },
        { "short division code", Good.Replace("150626103000", "150626"), JsonContractCodes.InvalidValue, "/division" },
        { "duplicate member", Good.Replace("\"id\":\"I-1\"", "\"id\":\"I-1\",\"id\":\"I-2\""), JsonContractCodes.DuplicateMember, "" },
        { "duplicate unknown member", Good.Replace("\"id\":\"I-1\"", "\"x\":1,\"x\":2,\"id\":\"I-1\""), JsonContractCodes.DuplicateMember, "" },
        {
            "duplicate unknown member after twenty others (found by hashing, not by scanning)",
            Good.Replace("\"id\":\"I-1\"", string.Concat(Enumerable.Range(0, 20).Select(i => $"\"x{i}\":{i},")) + "\"x3\":2,\"id\":\"I-1\""),
            JsonContractCodes.DuplicateMember, ""
        },
        { "missing required member", Good.Replace("\"start\":\"2022-05-01\",", ""), JsonContractCodes.MissingMember, "" },
        { "unknown record type", Good.Replace("\"type\":\"inspection\"", "\"type\":\"picnic\""), JsonContractCodes.UnknownRecordType, "/type" },
        { "closed-list code unknown", """{"type":"hazard","id":"H-1","foundOn":"2022-05-01","level":"huge"}""", JsonContractCodes.UnknownCode, "/level" },
        { "closed-list code in another case", """{"type":"hazard","id":"H-1","foundOn":"2022-05-01","level":"Major"}""", JsonContractCodes.UnknownCode, "/level" },
        { "lone surrogate escape", Good.Replace("I-1", "I-\\ud800"), JsonContractCodes.InvalidEncoding, "/id" },
        { "control character in a string", Good.Replace("I-1", "I-\u0001"), JsonContractCodes.MalformedJson, "/id" },
        { "boolean as a string", Accident.Replace("\"roadTraffic\":false", "\"roadTraffic\":\"no\""), JsonContractCodes.WrongKind, "/roadTraffic" },
        { "boolean as a number", Accident.Replace("\"roadTraffic\":false", "\"roadTraffic\":0"), JsonContractCodes.WrongKind, "/roadTraffic" },
        { "amount of money as a string", Accident.Replace("85.5", "\"85.5\""), JsonContractCodes.WrongKind, "/directLossTenThousandYuan" },
        { "amount of money beyond a decimal", Accident.Replace("85.5", "1e40"), JsonContractCodes.InvalidValue, "/directLossTenThousandYuan" },
        { "date and time as a number", Accident.Replace("\"2022-08-03T14:20:00\"", "20220803"), JsonContractCodes.WrongKind, "/occurredAt" },
        { "date and time without the time", Accident.Replace("2022-08-03T14:20:00", "2022-08-03"), JsonContractCodes.InvalidValue, "/occurredAt" },
        { "date and time with a letter for a digit", Accident.Replace("2022-08-03T14:20:00", "2022-08-03T1a:20:00"), JsonContractCodes.InvalidValue, "/occurredAt" },
        { "optional date and time as an object", Accident.Replace("\"2022-08-03T15:05:00\"", "{}"), JsonContractCodes.WrongKind, "/reportedAt" },
        { "date with a letter for a digit", Good.Replace("2022-05-01", "2022-0a-01"), JsonContractCodes.InvalidValue, "/start" },
        { "division code as a number", Good.Replace("\"150626103000\"", "150626103000"), JsonContractCodes.WrongKind, "/division" },
        { "division code with a letter", Good.Replace("150626103000", "15062610300a"), JsonContractCodes.InvalidValue, "/division" },
        { "accident category with an empty code", Accident.Replace("\"code\":\"4\"", "\"code\":\" \""), JsonContractCodes.InvalidValue, "/category" },
        { "accident category as a string", Accident.Replace(AccidentCategory, "\"4\""), JsonContractCodes.WrongKind, "/category" },
        { "grade code unknown", Accident.Replace("\"general\"", "\"small\""), JsonContractCodes.UnknownCode, "/statedGrade" },
        { "open-list code as a number", Good.Replace("[\"construction\"]", "[7]"), JsonContractCodes.WrongKind, "/types/0" },
        { "open-list code empty", Good.Replace("[\"construction\"]", "[\"\"]"), JsonContractCodes.InvalidValue, "/types/0" },
        { "open-list code of white space", Good.Replace("[\"construction\"]", "[\" \\t\"]"), JsonContractCodes.InvalidValue, "/types/0" },
        { "deep nesting", Good.Replace("\"hazardsFound\":3", "\"x\":" + new string('[', 100) + new string(']', 100)), JsonContractCodes.TooDeep, "/x" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Malformed_record_gives_the_documented_error(string name, string input, string code, string location)
    {
        var error = Read<IRecord>(Encoding.UTF8.GetBytes(input));

        error.Code.Should().Be(code, name);
        error.Pointer.ToString().Should().StartWith(location, name);
        error.LineNumber.Should().NotBeNull(name);
        error.Message.Should().StartWith(code);
        error.Reason.Chinese.Should().NotBeNullOrEmpty();
    }

    public static TheoryData<int> ByteCases => new() { 0, 1, 2, 3, 4 };

    [Theory]
    [MemberData(nameof(ByteCases))]
    public void Bad_bytes_give_the_encoding_error(int index)
    {
        var good = Encoding.UTF8.GetBytes(Good);
        var input = index switch
        {
            0 => good.Take(30).Append((byte)0xFF).Concat(good.Skip(30)).ToArray(),           // a byte that is never UTF-8
            1 => good.Take(30).Append((byte)0xE4).Append((byte)0xB9).Concat(good.Skip(30)).ToArray(), // a truncated sequence
            2 => new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(Good)).ToArray(),  // UTF-16 LE with its BOM
            3 => new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes(Good)).ToArray(),
            _ => good.Take(30).Concat(new byte[] { 0xC0, 0xAF }).Concat(good.Skip(30)).ToArray(), // an overlong form
        };

        var error = Read<Inspection>(input);

        error.Code.Should().Be(JsonContractCodes.InvalidEncoding);
        error.LineNumber.Should().NotBeNull();
    }

    [Theory]
    [InlineData("inspection", "hazardsFound", "\"3\"", JsonContractCodes.WrongKind, "an integer")]
    [InlineData("inspection", "hazardsFound", "3.5", JsonContractCodes.InvalidValue, "integer")]
    [InlineData("inspection", "hazardsFound", "2147483648", JsonContractCodes.InvalidValue, "integer")]
    [InlineData("inspection", "id", "true", JsonContractCodes.WrongKind, "a string")]
    [InlineData("inspection", "start", "20220501", JsonContractCodes.WrongKind, "a date (yyyy-MM-dd)")]
    [InlineData("inspection", "start", "\"2022-02-30\"", JsonContractCodes.InvalidValue, "date (yyyy-MM-dd)")]
    [InlineData("inspection", "start", "\"2022-13-01\"", JsonContractCodes.InvalidValue, "date (yyyy-MM-dd)")]
    [InlineData("inspection", "division", "150626103000", JsonContractCodes.WrongKind, "a division code (12 digits)")]
    [InlineData("inspection", "division", "\"15062610\"", JsonContractCodes.InvalidValue, "division code")]
    [InlineData("inspection", "types", "\"construction\"", JsonContractCodes.WrongKind, "an array")]
    [InlineData("inspection", "types", "[null]", JsonContractCodes.WrongKind, "a value (lists hold no null items)")]
    [InlineData("accident", "occurredAt", "7", JsonContractCodes.WrongKind, "a date and time (yyyy-MM-ddTHH:mm:ss)")]
    [InlineData("accident", "occurredAt", "\"2022-08-03\"", JsonContractCodes.InvalidValue, "date and time (yyyy-MM-ddTHH:mm:ss)")]
    [InlineData("accident", "roadTraffic", "\"no\"", JsonContractCodes.WrongKind, "a boolean")]
    [InlineData("accident", "directLossTenThousandYuan", "\"85.5\"", JsonContractCodes.WrongKind, "a number")]
    [InlineData("accident", "directLossTenThousandYuan", "1e40", JsonContractCodes.InvalidValue, "number")]
    public void A_member_of_the_wrong_kind_or_value_says_what_was_expected(string record, string member, string value, string code, string expected)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(record == "inspection" ? Good : Accident)!;
        json[member] = System.Text.Json.Nodes.JsonNode.Parse(value);

        var error = Read<IRecord>(Encoding.UTF8.GetBytes(json.ToJsonString()));

        error.Code.Should().Be(code);
        error.Arguments["expected"].Should().Be(expected);
        error.Pointer.ToString().Should().StartWith("/" + member);
    }

    [Fact]
    public void A_long_refused_number_is_quoted_to_40_characters()
    {
        var digits = "1" + new string('0', 59);
        var forty = "1" + new string('0', 39);
        var json = Good.Replace("\"hazardsFound\":3", "\"hazardsFound\":" + digits);

        var error = Read<Inspection>(Encoding.UTF8.GetBytes(json));

        error.Arguments["value"].Should().Be(forty + "…");
        Read<Inspection>(Encoding.UTF8.GetBytes(Good.Replace("\"hazardsFound\":3", "\"hazardsFound\":" + forty)))
            .Arguments["value"].Should().Be(forty, "40 characters are quoted whole");
    }

    [Fact]
    public void The_accident_the_corpus_spoils_reads()
    {
        var accident = SafetyJson.Deserialize<SafetyModel.Accidents.Accident>(Accident, SafetyJsonReadOptions.StrictDefault);

        accident.DirectLossTenThousandYuan.Should().Be(85.5m);
        accident.Category!.Code.Should().Be("4");
        accident.ReportedAt.Should().Be(new NodaTime.LocalDateTime(2022, 8, 3, 15, 5));
    }

    [Fact]
    public void A_discriminator_that_is_not_a_string_is_refused()
    {
        var error = Read<Inspection>(Encoding.UTF8.GetBytes(Good.Replace("\"type\":\"inspection\"", "\"type\":7")));

        error.Code.Should().Be(JsonContractCodes.WrongKind);
        error.Pointer.ToString().Should().Be("/type");
    }

    [Fact]
    public void Reading_a_record_as_another_type_is_refused()
    {
        var error = Read<Inspection>(Encoding.UTF8.GetBytes(Good.Replace("\"type\":\"inspection\"", "\"type\":\"hazard\"")));

        error.Code.Should().Be(JsonContractCodes.UnknownRecordType);
        error.Pointer.ToString().Should().Be("/type");
    }

    [Theory]
    [InlineData(" construction")]
    [InlineData("a\nb")]
    public void An_open_list_code_is_kept_exactly_as_given_however_odd(string code)
    {
        var input = Good.Replace("construction", code.Replace("\n", "\\n", StringComparison.Ordinal), StringComparison.Ordinal);

        var inspection = SafetyJson.Deserialize<Inspection>(input);

        inspection.Types[0].Code.Should().Be(code);
        inspection.Types[0].IsKnown.Should().BeFalse();
        SafetyJson.Serialize(inspection).Should().Be(input, "nothing a user gave is lost");
    }

    [Theory]
    [InlineData("a b", "$['a b'][1]")]
    [InlineData("it's", "$['it\\'s'][1]")]
    [InlineData("back\\\\slash", "$['back\\\\slash'][1]")]
    [InlineData("检查_1", "$.检查_1[1]")]
    [InlineData("1st", "$['1st'][1]")]
    [InlineData("", "$[''][1]")]
    public void The_JSONPath_of_a_fault_quotes_member_names_that_are_not_identifiers(string member, string path)
    {
        var input = "{\"type\":\"inspection\",\"" + member + "\":[1,}";

        var error = Read<Inspection>(Encoding.UTF8.GetBytes(input));

        error.Code.Should().Be(JsonContractCodes.MalformedJson);
        error.Path.Should().Be(path);
    }

    [Fact]
    public void Whitespace_after_the_value_is_allowed()
    {
        SafetyJson.Deserialize<Inspection>(Good + " \r\n\t ").Id.Should().Be("I-1");
    }

    [Fact]
    public void A_UTF8_byte_order_mark_at_the_start_is_skipped()
    {
        var input = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Good)).ToArray();

        SafetyJson.Deserialize<Inspection>(input.AsSpan()).Id.Should().Be("I-1");
    }

    [Fact]
    public void A_byte_order_mark_inside_the_text_is_malformed()
    {
        var input = Encoding.UTF8.GetBytes(" ").Concat(new byte[] { 0xEF, 0xBB, 0xBF }).Concat(Encoding.UTF8.GetBytes(Good)).ToArray();

        Read<Inspection>(input).Code.Should().Be(JsonContractCodes.MalformedJson);
    }

    [Fact]
    public void Line_and_position_point_at_the_fault()
    {
        var input = "{\n  \"type\": \"inspection\",\n  \"start\": \"2022-13-01\"\n}";

        var error = Read<Inspection>(Encoding.UTF8.GetBytes(input));

        error.Code.Should().Be(JsonContractCodes.InvalidValue);
        error.LineNumber.Should().Be(2);
        error.BytePositionInLine.Should().Be(11);
        error.Path.Should().Be("$.start");
        error.Arguments["value"].Should().Be("2022-13-01");
    }

    [Fact]
    public void Strict_reading_refuses_unknown_members_and_codes()
    {
        var unknownMember = Good.Replace("\"id\":\"I-1\"", "\"id\":\"I-1\",\"colour\":\"red\"");
        var unknownCode = Good.Replace("construction", "space-travel");

        Read<Inspection>(Encoding.UTF8.GetBytes(unknownMember), SafetyJsonReadOptions.StrictDefault)
            .Should().Match<JsonContractException>(e => e.Code == JsonContractCodes.UnknownMember && e.Pointer.ToString() == "/colour");
        Read<Inspection>(Encoding.UTF8.GetBytes(unknownCode), SafetyJsonReadOptions.StrictDefault)
            .Should().Match<JsonContractException>(e => e.Code == JsonContractCodes.UnknownCode && e.Pointer.ToString() == "/types/0");
        SafetyJson.Deserialize<Inspection>(unknownCode).Types[0].IsKnown.Should().BeFalse("preserving reading keeps an open-list code");
    }

    [Fact]
    public void A_record_without_a_type_read_as_any_record_is_refused()
    {
        var error = Read<IRecord>(Encoding.UTF8.GetBytes(Good.Replace("\"type\":\"inspection\",", "")));

        error.Code.Should().Be(JsonContractCodes.MissingRecordType);
        Read<IRecord>(Encoding.UTF8.GetBytes(Good.Replace("\"inspection\"", "\"picnic\""))).Code.Should().Be(JsonContractCodes.UnknownRecordType);
    }

    [Fact]
    public void A_record_set_of_another_major_version_is_refused()
    {
        Read<RecordSet>(Encoding.UTF8.GetBytes("""{"schemaVersion":"2.0","records":[]}""")).Code.Should().Be(JsonContractCodes.UnsupportedSchemaVersion);
        Read<RecordSet>(Encoding.UTF8.GetBytes("""{"records":[]}""")).Code.Should().Be(JsonContractCodes.UnsupportedSchemaVersion);
        SafetyJson.Deserialize<RecordSet>("""{"schemaVersion":"1.7","records":[]}""").SchemaVersion.Should().Be("1.7");
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.", "1.")]
    [InlineData(".1", ".1")]
    [InlineData("1.x", "1.x")]
    [InlineData("+1.0", "+1.0")]
    [InlineData(" 1.0", " 1.0")]
    [InlineData("1.0.1", "1.0.1")]
    [InlineData("", "")]
    public void A_record_set_version_that_is_not_major_dot_minor_is_refused_with_what_is_supported(string version, string quoted)
    {
        var error = Read<RecordSet>(Encoding.UTF8.GetBytes($$"""{"schemaVersion":"{{version}}","records":[]}"""));

        error.Code.Should().Be(JsonContractCodes.UnsupportedSchemaVersion);
        error.Arguments["version"].Should().Be(quoted);
        error.Arguments["supported"].Should().Be("1.x");
    }

    [Fact]
    public void A_record_set_without_a_version_says_it_is_missing_where_the_set_starts()
    {
        var error = Read<RecordSet>(Encoding.UTF8.GetBytes("""  {"records":[]}"""));

        error.Arguments["version"].Should().Be("(missing)");
        error.BytePositionInLine.Should().Be(2);
        SafetyJson.Deserialize<RecordSet>("""{"schemaVersion":"01.0","records":[]}""").SchemaVersion.Should().Be("01.0", "the major version is read as a number");
    }

    [Fact]
    public void An_error_deep_in_a_record_set_names_the_record_and_the_member()
    {
        var input = "{\"schemaVersion\":\"1.0\",\"records\":[" + Good + "," + Good.Replace("\"hazardsFound\":3", "\"hazardsFound\":true") + "]}";

        var error = Read<RecordSet>(Encoding.UTF8.GetBytes(input));

        error.Pointer.ToString().Should().Be("/records/1/hazardsFound");
        error.Path.Should().Be("$.records[1].hazardsFound");
    }

    [Fact]
    public void Limits_are_enforced()
    {
        var options = new SafetyJsonReadOptions { MaxDocumentBytes = 50 };

        Read<Inspection>(Encoding.UTF8.GetBytes(Good), options).Code.Should().Be(JsonContractCodes.TooLarge);
        var act = () => new SafetyJsonReadOptions { MaxDepth = 1 };
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Inconsistent_quantity_bounds_are_refused()
    {
        var input = """{"type":"training","id":"T-1","date":"2022-05-01","peopleTrained":{"qualifier":"exact","stated":5,"lower":6,"lowerInclusive":true,"upper":4,"upperInclusive":true}}""";

        var error = Read<IRecord>(Encoding.UTF8.GetBytes(input));

        error.Code.Should().Be(JsonContractCodes.InvalidValue);
        error.Pointer.ToString().Should().Be("/peopleTrained");
    }

    [Theory]
    [InlineData("an exact figure with bounds other than its number", "\"qualifier\":\"exact\",\"stated\":5,\"lower\":4,\"lowerInclusive\":true,\"upper\":5,\"upperInclusive\":true")]
    [InlineData("an exact figure with an open bound", "\"qualifier\":\"exact\",\"stated\":5,\"lower\":5,\"lowerInclusive\":false,\"upper\":5,\"upperInclusive\":true")]
    [InlineData("a range whose second number is below its first", "\"qualifier\":\"range\",\"stated\":5,\"statedUpper\":3,\"lower\":3,\"lowerInclusive\":true,\"upper\":5,\"upperInclusive\":true")]
    [InlineData("bounds that meet without both being inclusive", "\"qualifier\":\"more-than\",\"stated\":5,\"lower\":5,\"lowerInclusive\":false,\"upper\":5,\"upperInclusive\":true")]
    public void A_quantity_whose_members_disagree_is_refused_with_the_reason(string name, string members)
    {
        var input = "{\"type\":\"training\",\"id\":\"T-1\",\"date\":\"2022-05-01\",\"peopleTrained\":{" + members + "}}";

        var error = Read<IRecord>(Encoding.UTF8.GetBytes(input));

        error.Code.Should().Be(JsonContractCodes.InvalidValue, name);
        error.Pointer.ToString().Should().Be("/peopleTrained", name);
    }

    [Fact]
    public void The_quantities_the_refusals_are_measured_against_read()
    {
        var exact = "{\"type\":\"training\",\"id\":\"T-1\",\"date\":\"2022-05-01\",\"peopleTrained\":{\"qualifier\":\"exact\",\"stated\":5,\"lower\":5,\"lowerInclusive\":true,\"upper\":5,\"upperInclusive\":true}}";
        var range = exact.Replace("\"qualifier\":\"exact\",\"stated\":5,\"lower\":5", "\"qualifier\":\"range\",\"stated\":3,\"statedUpper\":5,\"lower\":3", StringComparison.Ordinal);

        ((Training)SafetyJson.Deserialize<IRecord>(exact)).PeopleTrained.Should().Be(Quantity.Exact(5));
        ((Training)SafetyJson.Deserialize<IRecord>(range)).PeopleTrained.Should().Be(Quantity.Range(3, 5));
    }

    [Fact]
    public void A_type_outside_the_contract_is_a_programming_error()
    {
        var act = () => SafetyJson.Deserialize<Uri>("{}");

        act.Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void Through_JsonSerializer_the_same_exception_type_escapes()
    {
        var act = () => System.Text.Json.JsonSerializer.Deserialize<Inspection>(Good.Replace("2022-05-01", "2022-02-30"), SafetyJson.Options);

        act.Should().Throw<JsonContractException>().Which.Pointer.ToString().Should().Be("/start");
    }

    private static JsonContractException Read<T>(byte[] input, SafetyJsonReadOptions? options = null)
    {
        try
        {
            var value = SafetyJson.Deserialize<T>(input.AsSpan(), options);
            throw new Xunit.Sdk.XunitException($"Expected a JsonContractException, read {value}.");
        }
        catch (JsonContractException e)
        {
            return e;
        }
    }
}
