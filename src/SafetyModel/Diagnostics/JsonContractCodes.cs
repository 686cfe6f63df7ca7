namespace SafetyModel.Diagnostics;

/// <summary>
/// The stable codes of <see cref="Serialization.JsonContractException"/>, range <c>SM8xxx</c> (see docs/diagnostic-codes.md).
/// A code is never renamed or reused; programs switch on it, people read <see cref="Serialization.JsonContractException.Reason"/>.
/// </summary>
public static class JsonContractCodes
{
    /// <summary><c>SM8001</c> — the input is not well-formed JSON (RFC 8259): truncated, a stray character, a comment, trailing content. Argument <c>detail</c>.</summary>
    public const string MalformedJson = "SM8001";

    /// <summary><c>SM8002</c> — a member holds a value of the wrong JSON kind (a string where a number belongs). Arguments <c>expected</c>, <c>found</c>.</summary>
    public const string WrongKind = "SM8002";

    /// <summary><c>SM8003</c> — strict reading met a member the contract does not define. Arguments <c>member</c>, <c>type</c>.</summary>
    public const string UnknownMember = "SM8003";

    /// <summary><c>SM8004</c> — a code that is not in its list: any unknown code of a closed list (a statute's or standard's), or of an open list in strict reading. Arguments <c>code</c>, <c>list</c>.</summary>
    public const string UnknownCode = "SM8004";

    /// <summary><c>SM8005</c> — a record's <c>type</c> names no record type of the contract, or not the one expected. Arguments <c>recordType</c>, <c>expected</c>.</summary>
    public const string UnknownRecordType = "SM8005";

    /// <summary><c>SM8006</c> — the envelope's <c>schemaVersion</c> is missing, malformed or of a major version this library does not read. Arguments <c>version</c>, <c>supported</c>.</summary>
    public const string UnsupportedSchemaVersion = "SM8006";

    /// <summary><c>SM8007</c> — the input (a document, or one JSON Lines record) is larger than the limit. Arguments <c>limit</c>.</summary>
    public const string TooLarge = "SM8007";

    /// <summary><c>SM8008</c> — the input nests arrays and objects deeper than the limit. Argument <c>limit</c>.</summary>
    public const string TooDeep = "SM8008";

    /// <summary><c>SM8009</c> — an object names the same member twice (RFC 8259 leaves the meaning open; the contract refuses it). Argument <c>member</c>.</summary>
    public const string DuplicateMember = "SM8009";

    /// <summary><c>SM8010</c> — a value of the right JSON kind that the model refuses: a date that does not exist, a malformed division code, bounds the wrong way round, a number out of range. Arguments <c>value</c>, <c>expected</c>, <c>detail</c>.</summary>
    public const string InvalidValue = "SM8010";

    /// <summary><c>SM8011</c> — a record read where its kind is not known in advance has no <c>type</c> member. No arguments.</summary>
    public const string MissingRecordType = "SM8011";

    /// <summary><c>SM8012</c> — a member the model cannot do without (a record's date, a quantity's number) is missing. Arguments <c>member</c>, <c>type</c>.</summary>
    public const string MissingMember = "SM8012";

    /// <summary><c>SM8013</c> — the bytes are not UTF-8 JSON text: invalid UTF-8, a UTF-16 or UTF-32 byte-order mark, a lone surrogate escape. Argument <c>detail</c>.</summary>
    public const string InvalidEncoding = "SM8013";

    /// <summary><c>SM8014</c> — a member the contract does not define, kept by a preserving reader for the round trip but read by nothing (a misspelled member?); a warning of validation, an error under strict validation. Argument <c>member</c>.</summary>
    public const string UnknownMemberKept = "SM8014";

    /// <summary><c>SM8015</c> — one value (a string, a member name or a number) longer than <see cref="Serialization.SafetyJsonReadOptions.MaxValueBytes"/>, refused while read, before it is held in memory. Argument <c>limit</c>.</summary>
    public const string ValueTooLong = "SM8015";
}
