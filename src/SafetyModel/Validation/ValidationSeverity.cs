namespace SafetyModel.Validation;

/// <summary>How serious a validation issue is. Ordered: <see cref="Information"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.</summary>
public enum ValidationSeverity
{
    /// <summary>提示 — worth knowing (an irregular but readable figure, an unknown code kept as given); not a problem.</summary>
    Information = 0,

    /// <summary>警告 — probably wrong or inconsistent (parts that add up to more than their total); the data is still usable.</summary>
    Warning = 1,

    /// <summary>错误 — wrong: the data breaks a rule of the standard, the statute or the contract. A report with an error is not valid.</summary>
    Error = 2,
}
