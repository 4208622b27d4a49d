using System.ComponentModel.DataAnnotations;
using Plannior.Contracts;

namespace Plannior.Web.Components.Tasks;

public sealed class AddTaskModel : IValidatableObject
{
    public const int MaxTags = Limits.TagCount;
    public const int MaxTagLength = Limits.TagLength;

    [Required(ErrorMessage = "Give the task a title.")]
    [StringLength(Limits.TitleLength, ErrorMessage = "Keep the title under 200 characters.")]
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
            yield return new ValidationResult($"Use at most {MaxTags} tags.", [nameof(Tags)]);
        }
        if (tags.FirstOrDefault(tag => tag.Length > MaxTagLength) is { } longTag)
        {
            yield return new ValidationResult($"Tag \"{longTag[..12]}…\" is longer than {MaxTagLength} characters.", [nameof(Tags)]);
        }
    }
}
