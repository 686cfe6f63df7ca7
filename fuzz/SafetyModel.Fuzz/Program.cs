// Runs one fuzz target under afl-fuzz: dotnet SafetyModel.Fuzz.dll <target>. See fuzz/run.sh.
using System;
using System.IO;
using SafetyModel.Fuzzing;
using SharpFuzz;

if (args.Length != 1 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: SafetyModel.Fuzz <{string.Join("|", FuzzTargets.All.Keys)}>");
    return 2;
}

Fuzzer.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
