#!/usr/bin/env python3
"""Writes the JSON contract's object codecs (src/SafetyModel/Serialization/Generated/) from the table below.

The table is the contract: member names, kinds, which members are required, which types are records and their
discriminators. Run `python3 tools/json-codecs.py` after changing it or a model type, then regenerate the schema
(`dotnet test --filter JsonSchemaTests` prints the command); a test fails when the generated files are stale.
"""
import pathlib, re

root = pathlib.Path(__file__).resolve().parent.parent
src = root / "src/SafetyModel"
out = src / "Serialization/Generated"

# Closed lists (C# enums): (type, file, list name). Codes are the member names in kebab case.
ENUMS = [
    ("HazardLevel", "Work/HazardLevel.cs", "hazard level"), ("HazardStatus", "Work/HazardStatus.cs", "hazard status"),
    ("MeetingKind", "Work/MeetingKind.cs", "meeting kind"), ("Urgency", "Documents/Urgency.cs", "urgency"),
    ("SecrecyLevel", "Documents/SecrecyLevel.cs", "secrecy level"), ("DocumentDirection", "Documents/DocumentDirection.cs", "document direction"),
    ("AccidentGrade", "Accidents/AccidentGrade.cs", "accident grade"), ("GroupRole", "Work/GroupRole.cs", "group role"),
    ("OrganisationKind", "Work/OrganisationKind.cs", "organisation kind"), ("QuantityQualifier", "Primitives/QuantityQualifier.cs", "quantity qualifier"),
]
# Open lists (extensible enums): (type, list name).
EXTENSIBLE = [("InspectionType", "inspection type"), ("Sector", "sector"), ("CampaignKind", "campaign kind"),
              ("PublicityKind", "publicity kind"), ("Indicator", "indicator"), ("QuantityUnit", "unit"), ("DocumentType", "document type")]
# Values written as canonical text: kind -> (codec type, C# type, schema definition name).
TEXT = {"period": ("ReportingPeriodCodec", "ReportingPeriod", "reportingPeriod"), "docnumber": ("DocumentNumberCodec", "DocumentNumber", "documentNumber"),
        "title": ("DocumentTitleCodec", "DocumentTitle", "documentTitle"), "credit": ("CreditCodeCodec", "UnifiedSocialCreditCode", "unifiedSocialCreditCode")}
VALUE_TYPES = {"DocumentNumber", "UnifiedSocialCreditCode"}

# Object types: (type, record discriminator or None, construction "init" or "ctor", members).
# A member: (json name, property, kind, flags); kinds: str, int, bool, dec, date, datetime, division, enum:T, ext:T,
# text kinds above, obj:T, list:str, list:ext:T, list:obj:T; a trailing ? = nullable. Flags: "req" = required.
R = "req"
TYPES = [
    ("Inspection", "inspection", "init", [
        ("id", "Id", "str", ""), ("division", "Division", "division", ""), ("start", "Start", "date", R), ("end", "End", "date?", ""),
        ("types", "Types", "list:ext:InspectionType", ""), ("inspectingBody", "InspectingBody", "str?", ""), ("inspected", "Inspected", "list:str", ""),
        ("campaignId", "CampaignId", "str?", ""), ("hazardsFound", "HazardsFound", "int?", "")]),
    ("Hazard", "hazard", "init", [
        ("id", "Id", "str", ""), ("division", "Division", "division", ""), ("level", "Level", "enum:HazardLevel", ""),
        ("description", "Description", "str", ""), ("place", "Place", "str?", ""), ("sector", "Sector", "ext:Sector?", ""),
        ("inspectionId", "InspectionId", "str?", ""), ("foundOn", "FoundOn", "date", R), ("rectificationDeadline", "RectificationDeadline", "date?", ""),
        ("status", "Status", "enum:HazardStatus", ""), ("rectifiedOn", "RectifiedOn", "date?", ""), ("verifiedOn", "VerifiedOn", "date?", "")]),
    ("Meeting", "meeting", "init", [
        ("id", "Id", "str", ""), ("division", "Division", "division", ""), ("date", "Date", "date", R), ("kind", "Kind", "enum:MeetingKind", ""),
        ("attendance", "Attendance", "int?", ""), ("topics", "Topics", "list:str", ""), ("doublesAsTraining", "DoublesAsTraining", "bool", "")]),
    ("PublicityActivity", "publicity", "init", [
        ("id", "Id", "str", ""), ("division", "Division", "division", ""), ("date", "Date", "date", R), ("kinds", "Kinds", "list:ext:PublicityKind", ""),
        ("description", "Description", "str?", ""), ("campaignId", "CampaignId", "str?", ""), ("materials", "Materials", "list:obj:Figure", ""),
        ("peopleReached", "PeopleReached", "obj:Quantity?", "")]),
    ("Training", "training", "init", [
        ("id", "Id", "str", ""), ("division", "Division", "division", ""), ("date", "Date", "date", R), ("topic", "Topic", "str?", ""),
        ("peopleTrained", "PeopleTrained", "obj:Quantity?", "")]),
    ("Campaign", "campaign", "init", [
        ("id", "Id", "str", ""), ("kind", "Kind", "ext:CampaignKind", ""), ("name", "Name", "str", ""), ("period", "Period", "period?", ""),
        ("theme", "Theme", "str?", ""), ("leadBody", "LeadBody", "str?", ""), ("division", "Division", "division", ""),
        ("activityIds", "ActivityIds", "list:str", ""), ("inspectionIds", "InspectionIds", "list:str", "")]),
    ("Accident", "accident", "init", [
        ("id", "Id", "str", ""), ("occurredAt", "OccurredAt", "datetime", R), ("place", "Place", "str?", ""), ("division", "Division", "division", ""),
        ("category", "Category", "obj:AccidentCategory?", ""), ("roadTraffic", "RoadTraffic", "bool", ""), ("deaths", "Deaths", "int", ""),
        ("seriousInjuries", "SeriousInjuries", "int", ""), ("minorInjuries", "MinorInjuries", "int", ""), ("missing", "Missing", "int", ""),
        ("directLossTenThousandYuan", "DirectLossTenThousandYuan", "dec", ""), ("statedGrade", "StatedGrade", "enum:AccidentGrade?", ""),
        ("unitHeadInformedAt", "UnitHeadInformedAt", "datetime?", ""), ("reportedAt", "ReportedAt", "datetime?", "")]),
    ("WorkSummaryReport", None, "init", [
        ("document", "Document", "obj:OfficialDocument?", ""), ("division", "Division", "division", ""), ("period", "Period", "period?", ""),
        ("statedFigures", "StatedFigures", "list:obj:StatedFigure", ""), ("leadershipGroup", "LeadershipGroup", "obj:LeadershipGroup?", ""),
        ("campaigns", "Campaigns", "list:obj:Campaign", ""), ("routineSupervision", "RoutineSupervision", "list:ext:InspectionType", ""),
        ("focusAreas", "FocusAreas", "list:ext:Sector", "")]),
    ("StatedFigure", None, "init", [
        ("indicator", "Indicator", "ext:Indicator", R), ("quantity", "Quantity", "obj:Quantity?", ""), ("dimension", "Dimension", "ext:InspectionType?", ""),
        ("label", "Label", "str?", ""), ("period", "Period", "period?", ""), ("source", "Source", "obj:SourceSpan?", ""),
        ("parts", "Parts", "list:obj:StatedFigure", "")]),
    ("SourceSpan", None, "ctor", [
        ("paragraph", "Paragraph", "int", R), ("offset", "Offset", "int", R), ("text", "Text", "str", R), ("sentence", "Sentence", "str", R)]),
    ("OfficialDocument", None, "init", [
        ("copyNumber", "CopyNumber", "str?", ""), ("secrecy", "Secrecy", "obj:SecrecyMarking?", ""), ("urgency", "Urgency", "enum:Urgency?", ""),
        ("issuingOrgans", "IssuingOrgans", "list:str", ""), ("number", "Number", "docnumber?", ""), ("signers", "Signers", "list:str", ""),
        ("title", "Title", "title?", ""), ("type", "Type", "ext:DocumentType", ""), ("direction", "ExplicitDirection", "enum:DocumentDirection?", "set=Direction"),
        ("primaryRecipients", "PrimaryRecipients", "list:str", ""), ("preamble", "Preamble", "list:str", ""), ("outline", "Outline", "list:obj:OutlineSection", ""),
        ("attachmentNotes", "AttachmentNotes", "list:str", ""), ("signatureOrgans", "SignatureOrgans", "list:str", ""), ("date", "Date", "date?", ""),
        ("remarks", "Remarks", "str?", ""), ("copyRecipients", "CopyRecipients", "list:str", ""), ("printingOrgan", "PrintingOrgan", "str?", ""),
        ("printingDate", "PrintingDate", "date?", "")]),
    ("OutlineSection", None, "ctor", [
        ("level", "Level", "int", R), ("number", "Number", "int", R), ("marker", "Marker", "str", R), ("heading", "Heading", "str", R),
        ("paragraphs", "Paragraphs", "list:str", ""), ("children", "Children", "list:obj:OutlineSection", "")]),
    ("SecrecyMarking", None, "ctor", [("level", "Level", "enum:SecrecyLevel", R), ("years", "Years", "int?", "")]),
    ("LeadershipGroup", None, "init", [
        ("name", "Name", "str", ""), ("members", "Members", "list:obj:GroupMember", ""), ("fullTimeSafetyOfficers", "FullTimeSafetyOfficers", "int", "")]),
    ("GroupMember", None, "ctor", [
        ("role", "Role", "enum:GroupRole", R), ("post", "Post", "str?", ""), ("unit", "Unit", "str?", ""), ("personName", "PersonName", "str?", "")]),
    ("Figure", None, "ctor", [("indicator", "Indicator", "ext:Indicator", R), ("quantity", "Quantity", "obj:Quantity", R)]),
    ("AccidentCategory", None, "ctor", [
        ("scheme", "Scheme", "str", R), ("code", "Code", "str", R), ("chineseName", "ChineseName", "str", R), ("englishName", "EnglishName", "str", R)]),
    ("Organisation", None, "init", [
        ("name", "Name", "str", ""), ("shortName", "ShortName", "str?", ""), ("kind", "Kind", "enum:OrganisationKind", ""),
        ("division", "Division", "division", ""), ("creditCode", "CreditCode", "credit?", ""), ("sector", "Sector", "ext:Sector?", "")]),
]
OBJECTS = {t[0] for t in TYPES} | {"Quantity"}

def kebab(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()

def enum_members(path):
    text = (src / path).read_text(encoding="utf-8")
    body = text[text.index("{", text.index(" enum ")) + 1:text.rindex("}")]
    return re.findall(r"^\s*([A-Z]\w*)\s*(?:=\s*\d+)?\s*,?\s*$", body, re.M)

def parse(kind):
    nullable = kind.endswith("?")
    return kind.rstrip("?"), nullable

def cs_type(kind):
    base, nullable = parse(kind)
    if base.startswith("list:"):
        inner = base[5:]
        return f"IReadOnlyList<{cs_type(inner)}>"
    t = {"str": "string", "int": "int", "bool": "bool", "dec": "decimal", "date": "LocalDate", "datetime": "LocalDateTime", "division": "DivisionCode"}.get(base)
    if t is None:
        if base in TEXT:
            t = TEXT[base][1]
        else:
            t = base.split(":")[1]
    return t + ("?" if nullable else "")

def codec(base):
    if base == "str":
        return "Contract.String"
    if base in TEXT:
        return "Contract." + TEXT[base][1]
    return "Contract." + base.split(":")[1]

def read_expr(kind):
    base, nullable = parse(kind)
    scalar = {"str": "String", "int": "Int32", "bool": "Boolean", "dec": "Decimal", "date": "Date", "datetime": "DateTime"}
    if base in scalar:
        return f"JsonContract.Read{'Nullable' if nullable else ''}{scalar[base]}(ref reader)"
    if base == "division":
        return "JsonContract.ReadDivision(ref reader)"
    if base.startswith("list:"):
        return f"JsonContract.ReadList(ref reader, {codec(base[5:])})"
    c = codec(base)
    if not nullable:
        return f"{c}.Read(ref reader)"
    value_type = base.startswith("enum:") or base.startswith("ext:") or (base in TEXT and TEXT[base][1] in VALUE_TYPES)
    return f"JsonContract.ReadNullable{'Value' if value_type else ''}(ref reader, {c})"

def write_stmt(kind, name_ix, access, indent):
    base, nullable = parse(kind)
    n = f"Names[{name_ix}]"
    p = " " * indent
    scalar_write = {"str": "WriteString", "int": "WriteNumber", "bool": "WriteBoolean", "dec": "WriteNumber"}
    def body(v):
        if base in scalar_write:
            return [f"writer.{scalar_write[base]}({n}, {v});"]
        if base == "date":
            return [f"writer.WritePropertyName({n});", f"JsonContract.WriteDate(writer, {v});"]
        if base == "datetime":
            return [f"writer.WritePropertyName({n});", f"JsonContract.WriteDateTime(writer, {v});"]
        if base == "division":
            return [f"writer.WritePropertyName({n});", f"JsonContract.WriteDivision(writer, {v});"]
        if base.startswith("list:"):
            return [f"writer.WritePropertyName({n});", f"JsonContract.WriteList(writer, {v}, {codec(base[5:])});"]
        if base.startswith("ext:"):
            return [f"writer.WriteString({n}, {v}.Code);"]
        if base.startswith("enum:"):
            return [f"writer.WriteString({n}, {codec(base)}.Code({v}));"]
        return [f"writer.WritePropertyName({n});", f"{codec(base)}.Write(writer, {v});"]
    lines = []
    if nullable:
        lines.append(f"{p}if ({access} is {{ }} m{name_ix})")
        lines.append(f"{p}{{")
        lines += [p + "    " + s for s in body(f"m{name_ix}")]
        lines.append(f"{p}}}")
    elif base.startswith("list:"):
        lines.append(f"{p}if ({access}.Count > 0)")
        lines.append(f"{p}{{")
        lines += [p + "    " + s for s in body(access)]
        lines.append(f"{p}}}")
    elif base == "division":
        lines.append(f"{p}if ({access} != default)")
        lines.append(f"{p}{{")
        lines += [p + "    " + s for s in body(access)]
        lines.append(f"{p}}}")
    elif base.startswith("ext:"):
        lines.append(f"{p}if ({access}.Code.Length > 0)")
        lines.append(f"{p}{{")
        lines += [p + "    " + s for s in body(access)]
        lines.append(f"{p}}}")
    else:
        lines += [p + s for s in body(access)]
    return lines

HEADER = "// <auto-generated>Written by tools/json-codecs.py from its table of the contract; do not edit.</auto-generated>\n#nullable enable\n"

def gen_type(name, discriminator, construction, members):
    members = ([("type", None, "discriminator", R if False else "")] if discriminator else []) + members
    names = ", ".join(f'JsonEncodedText.Encode("{m[0]}")' for m in members)
    required = 0
    for i, m in enumerate(members):
        if m[3] == R:
            required |= 1 << i
    L = [HEADER, "using System;", "using System.Collections.Generic;", "using System.Text.Json;", "using NodaTime;",
         "using SafetyModel.Accidents;", "using SafetyModel.Documents;", "using SafetyModel.Primitives;", "using SafetyModel.Reports;", "using SafetyModel.Text;", "using SafetyModel.Work;", "",
         "namespace SafetyModel.Serialization;", "",
         f"/// <summary>Reads and writes <see cref=\"{name}\"/>{' (record type <c>' + discriminator + '</c>)' if discriminator else ''}.</summary>",
         f"internal sealed class {name}Codec : IJsonCodec<{name}>", "{",
         f"    internal const string TypeName = \"{name}\";", "",
         f"    internal static readonly JsonEncodedText[] Names = {{ {names} }};", "",
         f"    internal const ulong RequiredMembers = {required}UL;", ""]
    if discriminator:
        L += [f"    internal static readonly JsonEncodedText Discriminator = JsonEncodedText.Encode(\"{discriminator}\");", ""]
    if construction == "init":
        L += [f"    private static readonly {name} Defaults = new();", ""]
    L += [f"    public {name}Codec(JsonContract contract) => Contract = contract;", "",
          "    private JsonContract Contract { get; }", "",
          f"    public {name} Read(ref Utf8JsonReader reader)", "    {",
          "        if (reader.TokenType != JsonTokenType.StartObject)", "        {",
          f"            throw JsonContract.WrongKind(ref reader, \"an object ({name})\");", "        }", "",
          "        var start = reader.TokenStartIndex;"]
    for i, (jn, prop, kind, flags) in enumerate(members):
        if kind == "discriminator":
            continue
        setter = prop
        if flags.startswith("set="):
            setter = flags[4:]
        if construction == "init":
            init = f"Defaults.{prop}"
        else:
            base, nullable = parse(kind)
            init = "Array.Empty<" + cs_type(base[5:]) + ">()" if base.startswith("list:") else ("string.Empty" if base == "str" and not nullable else ("null!" if base.startswith("obj:") and not nullable else "default"))
        L.append(f"        {cs_type(kind)} m{i} = {init};")
    L += ["        ulong seen = 0;", "        var next = 0;", "        List<KeyValuePair<string, JsonElement>>? unknown = null;",
          "        while (true)", "        {", "            JsonContract.Next(ref reader);",
          "            if (reader.TokenType == JsonTokenType.EndObject)", "            {", "                break;", "            }", "",
          "            var i = JsonContract.Match(ref reader, Names, ref next);", "            if (i < 0)", "            {",
          "                Contract.ReadUnknown(ref reader, TypeName, ref unknown);", "                continue;", "            }", "",
          "            JsonContract.Seen(ref reader, ref seen, i, Names);", "            JsonContract.Next(ref reader);", "            try", "            {",
          "                switch (i)", "                {"]
    for i, (jn, prop, kind, flags) in enumerate(members):
        if kind == "discriminator":
            L.append(f"                    case {i}: JsonContract.ReadDiscriminator(ref reader, Discriminator); break;")
        else:
            L.append(f"                    case {i}: m{i} = {read_expr(kind)}; break;")
    L += ["                }", "            }", "            catch (JsonContractException e)", "            {",
          "                throw e.Within(Names[i].ToString());", "            }", "        }", "",
          "        JsonContract.Required(start, seen, RequiredMembers, Names, TypeName);", f"        {name} value;", "        try", "        {"]
    real = [(i, m) for i, m in enumerate(members) if m[2] != "discriminator"]
    if construction == "init":
        L.append(f"            value = new {name}")
        L.append("            {")
        for i, (jn, prop, kind, flags) in real:
            setter = flags[4:] if flags.startswith("set=") else prop
            L.append(f"                {setter} = m{i},")
        L.append("            };")
    else:
        args = ", ".join(f"m{i}" for i, _ in real)
        L.append(f"            value = new {name}({args});")
    L += ["        }", "        catch (ArgumentException e)", "        {", "            throw JsonContract.Refused(start, TypeName, e);", "        }", "",
          "        JsonContract.Keep(value, unknown);", "        return value;", "    }", "",
          f"    public void Write(Utf8JsonWriter writer, {name} value)", "    {", "        writer.WriteStartObject();"]
    for i, (jn, prop, kind, flags) in enumerate(members):
        if kind == "discriminator":
            L.append(f"        writer.WriteString(Names[{i}], Discriminator);")
        else:
            L += write_stmt(kind, i, f"value.{prop}", 8)
    L += ["        JsonContract.WriteUnknown(writer, value);", "        writer.WriteEndObject();", "    }", "}", ""]
    return "\n".join(L)

def gen_contract():
    L = [HEADER, "using SafetyModel.Accidents;", "using SafetyModel.Documents;", "using SafetyModel.Primitives;", "using SafetyModel.Reports;", "using SafetyModel.Text;", "using SafetyModel.Work;", "",
         "namespace SafetyModel.Serialization;", "", "/// <summary>The codecs of the contract (generated part).</summary>", "internal sealed partial class JsonContract", "{"]
    for t, path, list_name in ENUMS:
        L.append(f"    public EnumCodec<{t}> {t} {{ get; }} = new(\"{list_name}\", " + ", ".join(f"(global::SafetyModel.{ns_of(t)}.{t}.{m}, \"{kebab(m)}\")" for m in enum_members(path)) + ");")
        L.append("")
    for t, list_name in EXTENSIBLE:
        L.append(f"    public ExtensibleCodec<{t}> {t} {{ get; private set; }} = null!;")
        L.append("")
    for kind, (codec_type, t, _) in TEXT.items():
        L.append(f"    public {codec_type} {t} {{ get; }} = new();")
        L.append("")
    for t, _, _, _ in TYPES:
        L.append(f"    public {t}Codec {t} {{ get; private set; }} = null!;")
        L.append("")
    L.append("    public RecordCodec Record { get; private set; } = null!;")
    L.append("")
    L += ["    private void CreateCodecs()", "    {"]
    for t, list_name in EXTENSIBLE:
        L.append(f"        {t} = new ExtensibleCodec<{t}>(this, \"{list_name}\", global::SafetyModel.{ns_of(t)}.{t}.KnownValues, global::SafetyModel.{ns_of(t)}.{t}.FromCode);")
    for t, _, _, _ in TYPES:
        L.append(f"        {t} = new {t}Codec(this);")
    L.append("        Record = new RecordCodec(this);")
    for t, _, _, _ in TYPES:
        L.append(f"        _codecs.Add(typeof({t}), {t});")
    kinds = [(t, d) for t, d, _, _ in TYPES if d]
    L.append("        _recordKinds = new RecordKind[]")
    L.append("        {")
    for t, d in kinds:
        L.append(f"            new RecordKind<{t}>(\"{d}\", {t}),")
    L.append("        };")
    L.append(f"        RecordTypeList = \"{', '.join(d for _, d in kinds)}\";")
    L += ["    }", ""]
    L += ["    public System.Collections.Generic.IEnumerable<(string Name, System.Collections.Generic.IEnumerable<string> Codes)> ClosedLists()", "    {"]
    for t, _, _ in ENUMS:
        L.append(f"        yield return (\"{t}\", {t}.Codes);")
    L += ["    }", ""]
    L += ["    public System.Collections.Generic.IEnumerable<(string Name, System.Collections.Generic.IEnumerable<string> Codes)> OpenLists()", "    {"]
    for t, _ in EXTENSIBLE:
        L.append(f"        yield return (\"{t}\", {t}.KnownCodes);")
    L += ["    }", ""]
    L += ["    private void AddGeneratedConverters(System.Collections.Generic.IList<System.Text.Json.Serialization.JsonConverter> converters)", "    {"]
    for t, _, _, _ in TYPES:
        L.append(f"        converters.Add(new CodecConverter<{t}>({t}));")
    for t, _, _ in ENUMS:
        L.append(f"        converters.Add(new CodecConverter<global::SafetyModel.{ns_of(t)}.{t}>({t}));")
    for t, _ in EXTENSIBLE:
        L.append(f"        converters.Add(new CodecConverter<global::SafetyModel.{ns_of(t)}.{t}>({t}));")
    L += ["    }", "}", ""]
    return "\n".join(L)

def ns_of(t):
    for folder in ("Work", "Primitives", "Documents", "Reports", "Accidents"):
        if (src / folder / f"{t}.cs").exists():
            return folder
    raise SystemExit(f"no source file for {t}")

def schema_table():
    """The members of each object type, for the schema builder (generated part of JsonContractSchema)."""
    L = [HEADER, "namespace SafetyModel.Serialization;", "", "/// <summary>The contract's object types and members, for the schema (generated part).</summary>",
         "internal static partial class JsonContractSchema", "{", "    private static readonly (string Type, string? Discriminator, (string Name, string Kind, bool Required)[] Members)[] Objects =", "    {"]
    for t, d, _, members in TYPES:
        ms = ", ".join(f'("{m[0]}", "{m[2]}", {"true" if m[3] == R else "false"})' for m in members)
        disc = '"' + d + '"' if d else "null"
        L.append(f"        (\"{t}\", {disc}, new[] {{ {ms} }}),")
    L += ["    };", "}", ""]
    return "\n".join(L)

out.mkdir(parents=True, exist_ok=True)
written = {}
for t in TYPES:
    written[f"{t[0]}Codec.g.cs"] = gen_type(*t)
written["JsonContract.Codecs.g.cs"] = gen_contract()
written["JsonContractSchema.Members.g.cs"] = schema_table()
for old in out.glob("*.g.cs"):
    if old.name not in written:
        old.unlink()
for file, text in written.items():
    (out / file).write_text(text, encoding="utf-8")
print(f"{len(written)} files written to {out.relative_to(root)}")
