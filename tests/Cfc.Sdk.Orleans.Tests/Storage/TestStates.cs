using Cfc.Sdk.Observations;
using Cfc.Sdk.Programmes;
using NodaTime;

namespace Cfc.Sdk.Orleans.Tests.Storage;

/// <summary>A grain state made of the SDK's domain types, as a municipality grain would hold them.</summary>
[GenerateSerializer, Alias("cfc.tests.MunicipalityFile")]
public sealed record class MunicipalityFile
{
    [Id(0)]
    public string Name { get; init; } = "";

    [Id(1)]
    public Programme Programme { get; init; } = new(ProgrammeRules.Netherlands);

    [Id(2)]
    public ObservationLedger Ledger { get; init; } = ObservationLedger.Empty;

    [Id(3)]
    public LocalDate? CouncilDecisionOn { get; init; }

    [Id(4)]
    public int Revision { get; init; }
}

/// <summary>A state of plain text, for size and count tests.</summary>
[GenerateSerializer, Alias("cfc.tests.TextState")]
public sealed record class TextState
{
    [Id(0)]
    public string Text { get; init; } = "";
}
