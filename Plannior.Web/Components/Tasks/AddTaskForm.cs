using System.ComponentModel.DataAnnotations;
using Plannior.Web.Components.Shared;
using Plannior.Contracts;

namespace Plannior.Web.Components.Tasks;

public sealed class AddTaskModel : IValidatableObject
{
    public const int MaxTags = Limits.TagCount;
    public const int MaxTagLength = Limits.TagLength;

    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.TitleRequired))]
    [StringLength(Limits.TitleLength, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.TitleTooLong))]
    public string Title { get; set; } = "";

    public TaskPriority Priority { get; set; } = TaskPriority.Medium;

    public DateTime? DueAt { get; set; }

    public string? Tags { get; set; }

    public IReadOnlyList<string> TagList() => ParseTags(Tags);

    /// <summary>"work, #errands" → [work, errands]: one reading of a typed tag list for every form.</summary>
    public static IReadOnlyList<string> ParseTags(string? tags) =>
        (tags ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(tag => tag.TrimStart('#'))
            .Where(tag => tag.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var tags = TagList();
        if (tags.Count > MaxTags)
        {
            yield return new ValidationResult(SharedResource.Format("Validation_TagCount", MaxTags), [nameof(Tags)]);
        }
        if (tags.FirstOrDefault(tag => tag.Length > MaxTagLength) is { } longTag)
        {
            yield return new ValidationResult(SharedResource.Format("Validation_TagLength", longTag[..12], MaxTagLength), [nameof(Tags)]);
        }
    }
}
