using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Cfc.Sample.Host.Problems;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Cfc.Sample.Host.Hosting;

/// <summary>
/// Refuses a write whose body holds a list longer than <see cref="HostLimits.MaxListItems"/> or a text longer than
/// <see cref="HostLimits.MaxTextLength"/> with a 400 problem naming the field (<c>themes</c>, <c>expertise.articles</c>,
/// <c>text</c>) and the setting, before the route does anything.
/// </summary>
/// <remarks>
/// It walks the host's own request types (records of this assembly) by reflection, so that a new request type, list or
/// text is limited without code of its own.
/// </remarks>
internal sealed class RequestLimitFilter(IOptions<HostLimits> limits, IOptions<JsonOptions> json) : IEndpointFilter
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> s_properties = new();

    /// <summary>Checks the lists and texts of the route's request body, then runs the route.</summary>
    /// <param name="context">The route's arguments.</param>
    /// <param name="next">The route.</param>
    /// <returns>The route's result, or the 400 problem.</returns>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new ValidationErrors();
        foreach (var argument in context.Arguments)
        {
            Check(argument, prefix: null, errors, depth: 0);
        }

        return errors.Any ? errors.ToResult() : await next(context);
    }

    private void Check(object? value, string? prefix, ValidationErrors errors, int depth)
    {
        if (value is null || depth > 8 || !IsRequestType(value.GetType()))
        {
            return;
        }

        var naming = json.Value.SerializerOptions.PropertyNamingPolicy ?? JsonNamingPolicy.CamelCase;
        foreach (var property in s_properties.GetOrAdd(value.GetType(), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)))
        {
            var field = prefix is null ? naming.ConvertName(property.Name) : $"{prefix}.{naming.ConvertName(property.Name)}";
            switch (property.GetValue(value))
            {
                case string text:
                    CheckText(text, field, errors);
                    break;
                case ICollection list:
                    if (list.Count > limits.Value.MaxListItems)
                    {
                        errors.Add(field, $"The list holds {list.Count} items; at most {limits.Value.MaxListItems} are taken ({HostLimits.Setting(nameof(HostLimits.MaxListItems))}).");
                        break;
                    }

                    var i = 0;
                    foreach (var item in list)
                    {
                        if (item is string text)
                        {
                            CheckText(text, $"{field}[{i++}]", errors);
                        }
                        else
                        {
                            Check(item, $"{field}[{i++}]", errors, depth + 1);
                        }
                    }

                    break;
                case var nested:
                    Check(nested, field, errors, depth + 1);
                    break;
            }
        }
    }

    private void CheckText(string text, string field, ValidationErrors errors)
    {
        if (text.Length > limits.Value.MaxTextLength)
        {
            errors.Add(field, $"The text has {text.Length} characters; at most {limits.Value.MaxTextLength} are taken ({HostLimits.Setting(nameof(HostLimits.MaxTextLength))}).");
        }
    }

    private static bool IsRequestType(Type type) => type.Assembly == typeof(RequestLimitFilter).Assembly && type is { IsClass: true, IsAbstract: false };
}
