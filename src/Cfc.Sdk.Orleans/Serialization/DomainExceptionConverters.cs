using System.Runtime.ExceptionServices;
using Cfc.Sdk.ActionPlans;
using Cfc.Sdk.Bottlenecks;
using Cfc.Sdk.Matching.Issues;
using Cfc.Sdk.Meetings;
using Cfc.Sdk.Network;
using Cfc.Sdk.Observations;
using Cfc.Sdk.Orleans.Entities;
using Cfc.Sdk.Orleans.Municipalities;
using Cfc.Sdk.Orleans.Organisations;
using Cfc.Sdk.Participation;
using Cfc.Sdk.Programmes;

namespace Cfc.Sdk.Orleans.Serialization;

// Orleans' exception codec keeps only the message, stack trace, inner exception, HResult and Data, and only for
// exceptions in the Microsoft, System and Azure namespaces; the domain's exceptions and their properties (such as
// ProgrammeRuleException.Rule) would not survive a grain call. These surrogates carry them whole, and the remote
// stack trace with them; the domain stays free of Orleans. Orleans finds them through [RegisterConverter] in this
// assembly, on the silo and on every client that references it.

/// <summary>The wire form of a <see cref="ProgrammeRuleException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.programme-rule-exception")]
internal readonly record struct ProgrammeRuleExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] ProgrammeRule Rule,
    [property: Id(2)] PhaseTransition Transition,
    [property: Id(3)] ProgrammePhase? CurrentPhase,
    [property: Id(4)] string? StackTrace);

/// <summary>Converts a <see cref="ProgrammeRuleException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class ProgrammeRuleExceptionConverter : IConverter<ProgrammeRuleException, ProgrammeRuleExceptionSurrogate>
{
    /// <inheritdoc/>
    public ProgrammeRuleException ConvertFromSurrogate(in ProgrammeRuleExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new ProgrammeRuleException(surrogate.Rule, surrogate.Transition, surrogate.CurrentPhase, surrogate.Message), surrogate.StackTrace);

    /// <inheritdoc/>
    public ProgrammeRuleExceptionSurrogate ConvertToSurrogate(in ProgrammeRuleException value) =>
        new(value.Message, value.Rule, value.Transition, value.CurrentPhase, value.StackTrace);
}

/// <summary>The wire form of an <see cref="ObservationConflictException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.observation-conflict-exception")]
internal readonly record struct ObservationConflictExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] ObservationKey Key,
    [property: Id(2)] string? StackTrace);

/// <summary>Converts an <see cref="ObservationConflictException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class ObservationConflictExceptionConverter : IConverter<ObservationConflictException, ObservationConflictExceptionSurrogate>
{
    /// <inheritdoc/>
    public ObservationConflictException ConvertFromSurrogate(in ObservationConflictExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new ObservationConflictException(surrogate.Key, surrogate.Message), surrogate.StackTrace);

    /// <inheritdoc/>
    public ObservationConflictExceptionSurrogate ConvertToSurrogate(in ObservationConflictException value) =>
        new(value.Message, value.Key, value.StackTrace);
}

/// <summary>The wire form of an <see cref="IssueNotFoundException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.issue-not-found-exception")]
internal readonly record struct IssueNotFoundExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] IssueId IssueId,
    [property: Id(2)] string? StackTrace);

/// <summary>Converts an <see cref="IssueNotFoundException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class IssueNotFoundExceptionConverter : IConverter<IssueNotFoundException, IssueNotFoundExceptionSurrogate>
{
    /// <inheritdoc/>
    public IssueNotFoundException ConvertFromSurrogate(in IssueNotFoundExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(
            surrogate.IssueId.IsDefault ? new IssueNotFoundException(surrogate.Message) : new IssueNotFoundException(surrogate.IssueId),
            surrogate.StackTrace);

    /// <inheritdoc/>
    public IssueNotFoundExceptionSurrogate ConvertToSurrogate(in IssueNotFoundException value) =>
        new(value.Message, value.IssueId, value.StackTrace);
}

/// <summary>The wire form of an <see cref="IssueLimitException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.issue-limit-exception")]
internal readonly record struct IssueLimitExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] MemberCode Member,
    [property: Id(2)] int Limit,
    [property: Id(3)] string? StackTrace);

/// <summary>Converts an <see cref="IssueLimitException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class IssueLimitExceptionConverter : IConverter<IssueLimitException, IssueLimitExceptionSurrogate>
{
    /// <inheritdoc/>
    public IssueLimitException ConvertFromSurrogate(in IssueLimitExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new IssueLimitException(surrogate.Member, surrogate.Limit, surrogate.Message), surrogate.StackTrace);

    /// <inheritdoc/>
    public IssueLimitExceptionSurrogate ConvertToSurrogate(in IssueLimitException value) =>
        new(value.Message, value.Member, value.Limit, value.StackTrace);
}

/// <summary>The wire form of a <see cref="PopulationRequiredException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.population-required-exception")]
internal readonly record struct PopulationRequiredExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] MemberCode Member,
    [property: Id(2)] string Rules,
    [property: Id(3)] string? StackTrace);

/// <summary>Converts a <see cref="PopulationRequiredException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class PopulationRequiredExceptionConverter : IConverter<PopulationRequiredException, PopulationRequiredExceptionSurrogate>
{
    /// <inheritdoc/>
    public PopulationRequiredException ConvertFromSurrogate(in PopulationRequiredExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new PopulationRequiredException(surrogate.Member, surrogate.Rules, surrogate.Message), surrogate.StackTrace);

    /// <inheritdoc/>
    public PopulationRequiredExceptionSurrogate ConvertToSurrogate(in PopulationRequiredException value) =>
        new(value.Message, value.Member, value.Rules, value.StackTrace);
}

/// <summary>The wire form of a <see cref="MeetingCancelledException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.meeting-cancelled-exception")]
internal readonly record struct MeetingCancelledExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] string? StackTrace);

/// <summary>Converts a <see cref="MeetingCancelledException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class MeetingCancelledExceptionConverter : IConverter<MeetingCancelledException, MeetingCancelledExceptionSurrogate>
{
    /// <inheritdoc/>
    public MeetingCancelledException ConvertFromSurrogate(in MeetingCancelledExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new MeetingCancelledException(surrogate.Message), surrogate.StackTrace);

    /// <inheritdoc/>
    public MeetingCancelledExceptionSurrogate ConvertToSurrogate(in MeetingCancelledException value) =>
        new(value.Message, value.StackTrace);
}

/// <summary>The wire form of a <see cref="BottleneckResolvedException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.bottleneck-resolved-exception")]
internal readonly record struct BottleneckResolvedExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] NodaTime.LocalDate ResolvedOn,
    [property: Id(2)] string? StackTrace);

/// <summary>Converts a <see cref="BottleneckResolvedException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class BottleneckResolvedExceptionConverter : IConverter<BottleneckResolvedException, BottleneckResolvedExceptionSurrogate>
{
    /// <inheritdoc/>
    public BottleneckResolvedException ConvertFromSurrogate(in BottleneckResolvedExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new BottleneckResolvedException(surrogate.ResolvedOn, surrogate.Message), surrogate.StackTrace);

    /// <inheritdoc/>
    public BottleneckResolvedExceptionSurrogate ConvertToSurrogate(in BottleneckResolvedException value) =>
        new(value.Message, value.ResolvedOn, value.StackTrace);
}

/// <summary>The wire form of an <see cref="ActionPointChangeException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.action-point-change-exception")]
internal readonly record struct ActionPointChangeExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] string? StackTrace);

/// <summary>Converts an <see cref="ActionPointChangeException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class ActionPointChangeExceptionConverter : IConverter<ActionPointChangeException, ActionPointChangeExceptionSurrogate>
{
    /// <inheritdoc/>
    public ActionPointChangeException ConvertFromSurrogate(in ActionPointChangeExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new ActionPointChangeException(surrogate.Message), surrogate.StackTrace);

    /// <inheritdoc/>
    public ActionPointChangeExceptionSurrogate ConvertToSurrogate(in ActionPointChangeException value) =>
        new(value.Message, value.StackTrace);
}

/// <summary>The wire form of an <see cref="EntityNotFoundException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.entity-not-found-exception")]
internal readonly record struct EntityNotFoundExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Key,
    [property: Id(3)] string? StackTrace);

/// <summary>Converts an <see cref="EntityNotFoundException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class EntityNotFoundExceptionConverter : IConverter<EntityNotFoundException, EntityNotFoundExceptionSurrogate>
{
    /// <inheritdoc/>
    public EntityNotFoundException ConvertFromSurrogate(in EntityNotFoundExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new EntityNotFoundException(surrogate.Kind, surrogate.Key, surrogate.Message), surrogate.StackTrace);

    /// <inheritdoc/>
    public EntityNotFoundExceptionSurrogate ConvertToSurrogate(in EntityNotFoundException value) =>
        new(value.Message, value.Kind, value.Key, value.StackTrace);
}

/// <summary>The wire form of an <see cref="OtherNetworkException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.other-network-exception")]
internal readonly record struct OtherNetworkExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] MemberCode Member,
    [property: Id(2)] string Network,
    [property: Id(3)] string? StackTrace);

/// <summary>Converts an <see cref="OtherNetworkException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class OtherNetworkExceptionConverter : IConverter<OtherNetworkException, OtherNetworkExceptionSurrogate>
{
    /// <inheritdoc/>
    public OtherNetworkException ConvertFromSurrogate(in OtherNetworkExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new OtherNetworkException(surrogate.Message, surrogate.Member, surrogate.Network), surrogate.StackTrace);

    /// <inheritdoc/>
    public OtherNetworkExceptionSurrogate ConvertToSurrogate(in OtherNetworkException value) =>
        new(value.Message, value.Member, value.Network, value.StackTrace);
}

/// <summary>The wire form of a <see cref="MemberKindException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.member-kind-exception")]
internal readonly record struct MemberKindExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] MemberId Member,
    [property: Id(2)] MemberKind Kind,
    [property: Id(3)] string? StackTrace);

/// <summary>Converts a <see cref="MemberKindException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class MemberKindExceptionConverter : IConverter<MemberKindException, MemberKindExceptionSurrogate>
{
    /// <inheritdoc/>
    public MemberKindException ConvertFromSurrogate(in MemberKindExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new MemberKindException(surrogate.Member, surrogate.Kind, surrogate.Message), surrogate.StackTrace);

    /// <inheritdoc/>
    public MemberKindExceptionSurrogate ConvertToSurrogate(in MemberKindException value) =>
        new(value.Message, value.Member, value.Kind, value.StackTrace);
}

/// <summary>Puts the thrower's stack trace on a rebuilt exception, as Orleans' own exception codec does.</summary>
internal static class RemoteStackTrace
{
    public static T Restore<T>(T exception, string? stackTrace)
        where T : Exception
    {
        if (stackTrace is not null)
        {
            ExceptionDispatchInfo.SetRemoteStackTrace(exception, stackTrace);
        }

        return exception;
    }
}

/// <summary>The wire form of a <see cref="MemberSucceededException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.member-succeeded-exception")]
internal readonly record struct MemberSucceededExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] Succession Succession,
    [property: Id(2)] string? StackTrace);

/// <summary>Converts a <see cref="MemberSucceededException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class MemberSucceededExceptionConverter : IConverter<MemberSucceededException, MemberSucceededExceptionSurrogate>
{
    /// <inheritdoc/>
    public MemberSucceededException ConvertFromSurrogate(in MemberSucceededExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new MemberSucceededException(surrogate.Succession, surrogate.Message), surrogate.StackTrace);

    /// <inheritdoc/>
    public MemberSucceededExceptionSurrogate ConvertToSurrogate(in MemberSucceededException value) =>
        new(value.Message, value.Succession, value.StackTrace);
}

/// <summary>The wire form of a <see cref="SuccessionRuleException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.succession-rule-exception")]
internal readonly record struct SuccessionRuleExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] SuccessionRule Rule,
    [property: Id(2)] Succession Succession,
    [property: Id(3)] string? StackTrace);

/// <summary>Converts a <see cref="SuccessionRuleException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class SuccessionRuleExceptionConverter : IConverter<SuccessionRuleException, SuccessionRuleExceptionSurrogate>
{
    /// <inheritdoc/>
    public SuccessionRuleException ConvertFromSurrogate(in SuccessionRuleExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new SuccessionRuleException(surrogate.Rule, surrogate.Succession, surrogate.Message), surrogate.StackTrace);

    /// <inheritdoc/>
    public SuccessionRuleExceptionSurrogate ConvertToSurrogate(in SuccessionRuleException value) =>
        new(value.Message, value.Rule, value.Succession, value.StackTrace);
}

/// <summary>The wire form of a <see cref="ThemeProposalClosedException"/>.</summary>
[GenerateSerializer, Immutable, Alias("cfc.theme-proposal-closed-exception")]
internal readonly record struct ThemeProposalClosedExceptionSurrogate(
    [property: Id(0)] string Message,
    [property: Id(1)] ThemeProposalStatus Status,
    [property: Id(2)] string? StackTrace);

/// <summary>Converts a <see cref="ThemeProposalClosedException"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class ThemeProposalClosedExceptionConverter : IConverter<ThemeProposalClosedException, ThemeProposalClosedExceptionSurrogate>
{
    /// <inheritdoc/>
    public ThemeProposalClosedException ConvertFromSurrogate(in ThemeProposalClosedExceptionSurrogate surrogate) =>
        RemoteStackTrace.Restore(new ThemeProposalClosedException(surrogate.Status, surrogate.Message), surrogate.StackTrace);

    /// <inheritdoc/>
    public ThemeProposalClosedExceptionSurrogate ConvertToSurrogate(in ThemeProposalClosedException value) =>
        new(value.Message, value.Status, value.StackTrace);
}
