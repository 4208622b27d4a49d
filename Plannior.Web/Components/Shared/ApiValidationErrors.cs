using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Plannior.Web.Components.Shared;

/// <summary>
/// Shows the API's per-field validation messages (<c>errors</c> of a 400 problem) next to the matching inputs.
/// API field names are snake_case (<c>due_at</c>) and are matched to the form model's properties (<c>DueAt</c>);
/// messages for fields the form doesn't have go to the form-level summary.
/// </summary>
public sealed class ApiValidationErrors : ComponentBase
{
    private ValidationMessageStore? _store;
    private IReadOnlyDictionary<string, string[]>? _shown;

    [CascadingParameter]
    private EditContext EditContext { get; set; } = default!;

    [Parameter]
    public IReadOnlyDictionary<string, string[]>? Errors { get; set; }

    protected override void OnInitialized()
    {
        _store = new ValidationMessageStore(EditContext);
        EditContext.OnValidationRequested += (_, _) => _store.Clear();
        EditContext.OnFieldChanged += (_, e) => _store.Clear(e.FieldIdentifier);
    }

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(Errors, _shown) || _store is null)
        {
            return;
        }
        _shown = Errors;
        _store.Clear();
        foreach (var (key, messages) in Errors ?? new Dictionary<string, string[]>())
        {
            _store.Add(EditContext.Field(PropertyFor(key) ?? string.Empty), messages);
        }
        EditContext.NotifyValidationStateChanged();
    }

    private string? PropertyFor(string apiField)
    {
        var name = apiField.Split('.', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? apiField;
        var bracket = name.IndexOf('[');
        var wanted = (bracket >= 0 ? name[..bracket] : name).Replace("_", "", StringComparison.Ordinal);
        return EditContext.Model.GetType().GetProperties()
            .FirstOrDefault(property => string.Equals(property.Name, wanted, StringComparison.OrdinalIgnoreCase))
            ?.Name;
    }
}
