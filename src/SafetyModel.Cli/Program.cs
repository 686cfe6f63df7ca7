using System;
using System.Text;
using SafetyModel.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return SafetyModelCli.Run(args, CliEnvironment.FromConsole());
